//! The work loop: every decision the firmware makes happens in one call, [`Runtime::run`], which a board
//! runs from a single low-priority context (an RTIC task, an embassy task, or a `wfi` loop) whenever an
//! interrupt has handed over data or the next deadline has come. It owns the node, so nothing needs a lock.
//!
//! One run: queued samples and console bytes to the node; then whichever periodic job is due (the node's
//! tick with the drop counts, the button poll, the sensor read, the watchdog check); then at most one redraw;
//! then the next deadline for the board's clock.

#![forbid(unsafe_code)]

use heapless::spsc::Consumer;
use keel_core::{Config, Event, Node, ResetReason};

use crate::board::{Board, ButtonInputs, Display, Fed, TemperatureSensor, Watchdog};
use crate::buttons::Buttons;
use crate::liveness::{Liveness, Verdict};
use crate::outputs::{Outputs, ResetRecorder};
use crate::schedule::{Periods, Schedule};
use crate::signals::{RawSample, Signals};
use crate::time::{Alarm, Uptime};

/// What the board hands the runtime at start-up.
pub struct Parts<B: Board, R: ResetRecorder> {
    /// The node's outputs.
    pub outputs: Outputs<B, R>,
    /// The temperature sensor.
    pub sensor: B::Sensor,
    /// The display.
    pub display: B::Display,
    /// The watchdog, already running.
    pub watchdog: B::Watchdog,
    /// The buttons.
    pub buttons: B::Buttons,
}

/// Why the node started, as the board found out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BootCause<'a> {
    /// The reset reason.
    pub reason: ResetReason,
    /// The panic or fault message the previous boot stored, if any.
    pub message: Option<&'a str>,
}

/// The node and everything the loop needs to run it.
pub struct Runtime<B: Board, R: ResetRecorder> {
    node: Node,
    outputs: Outputs<B, R>,
    schedule: Schedule,
    liveness: Liveness,
    buttons: Buttons<B::Buttons>,
    sensor: B::Sensor,
    display: B::Display,
    watchdog: B::Watchdog,
    /// The sensor's last fault while it keeps failing: logged when it starts or changes, not at every read
    /// (`status` counts them all).
    sensor_fault: Option<keel_core::SensorFault>,
    /// What the board's self-check found last time (`None` before the first check).
    wiring: Option<keel_core::Miswired>,
    /// When the current count of wake-ups and sleep began, in milliseconds (the window closes at a tick) and
    /// in microseconds (its length).
    wakeups_since: u32,
    load_since_us: u32,
}

impl<B: Board, R: ResetRecorder> Runtime<B, R> {
    /// Boots the node at uptime `now`: the banner and first actions go out at once; the first run of the
    /// loop reads the sensor and draws the screen. Sampling is watched for the watchdog unless the board's
    /// config lists the ADC as missing.
    // Inlined into the board's start-up, its one caller: called, it moved the parts in and the runtime out (several
    // hundred bytes each way), 80 bytes more flash on the micro:bit.
    #[inline(always)]
    pub fn start(config: Config, cause: BootCause<'_>, parts: Parts<B, R>, now: u32) -> Self {
        let Parts { mut outputs, sensor, display, watchdog, buttons } = parts;
        crate::log!(Info, "boot: reset reason {}", cause.reason);
        if let Some(message) = cause.message {
            crate::log!(Warn, "previous boot stopped: {=str}", message);
        }
        let mut node = Node::new(config);
        // The load is counted from here, so that the boot input's commands (typed at the first run) are in the first
        // second's.
        let load_since_us = B::Uptime::now_us();
        node.handle(Event::Boot { reason: cause.reason, last_panic: cause.message }, &mut outputs);
        let mut liveness = Liveness::new(now);
        if config.missing.contains(keel_core::Missing::ADC) {
            liveness = liveness.without_sampling();
        }
        let mut schedule = Schedule::new(Periods::DEFAULT, now);
        if !<B::Buttons as ButtonInputs>::EDGE_INTERRUPTS {
            schedule = schedule.with_button_polling(now);
        }
        schedule.tick_at(node.next_tick());
        Runtime {
            node,
            outputs,
            schedule,
            liveness,
            buttons: Buttons::new(buttons),
            sensor,
            display,
            watchdog,
            sensor_fault: None,
            wakeups_since: now,
            load_since_us,
            wiring: None,
        }
    }

    /// Tells the node that parts of it turned out missing after start-up (a converter that never answered).
    pub fn missing(&mut self, parts: keel_core::Missing) {
        if parts.contains(keel_core::Missing::ADC) {
            self.liveness = self.liveness.clone().without_sampling();
        }
        self.node.handle(Event::Missing(parts), &mut self.outputs);
    }

    /// The node (for a board's own reports).
    pub fn node(&self) -> &Node {
        &self.node
    }

    /// [`run`](Self::run) at the board's uptime, then the wake-up for the next deadline: the `alarm` set to
    /// it, or `wake_now` when it has already come (the run took that long).
    pub fn run_and_arm(
        &mut self,
        signals: &Signals,
        samples: &mut Consumer<'_, RawSample>,
        console: &mut Consumer<'_, u8>,
        alarm: &mut impl Alarm,
        wake_now: impl FnOnce(),
    ) {
        let next = self.run(B::Uptime::now_ms(), signals, samples, console);
        match crate::time::until(next, B::Uptime::now_ms()) {
            Some(delay_ms) => alarm.set(delay_ms),
            None => wake_now(),
        }
    }

    /// One run of the loop at uptime `now`. Returns the next deadline, also stored in `signals` for the
    /// board's clock interrupt.
    pub fn run(
        &mut self,
        now: u32,
        signals: &Signals,
        samples: &mut Consumer<'_, RawSample>,
        console: &mut Consumer<'_, u8>,
    ) -> u32 {
        let Runtime {
            node,
            outputs,
            schedule,
            liveness,
            buttons,
            sensor,
            display,
            watchdog,
            sensor_fault,
            wakeups_since,
            load_since_us,
            wiring,
        } = self;
        let first_run = wiring.is_none();
        if first_run {
            check_wiring::<B>(node, outputs, wiring);
        }
        // The bench's deterministic runs: console input given on QEMU's command line (`-append`), typed at the first
        // run, before any host timing can enter (`cargo xtask bench`), and with interrupts on, so that the replies
        // leave as they are written. Test images in the emulator only.
        #[cfg(all(feature = "test-commands", feature = "qemu", target_os = "none"))]
        if first_run {
            let mut buffer = [0u8; 256];
            for &byte in crate::platform::boot_input(&mut buffer) {
                node.handle(Event::ConsoleByte(byte), outputs);
            }
        }
        while let Some(sample) = samples.dequeue() {
            node.handle(Event::Sample { channel: 0, raw: sample.raw, uptime_ms: sample.uptime_ms }, outputs);
            liveness.sampled(sample.uptime_ms);
        }
        if console.ready() {
            // The node's clock moves on its ticks, which a tickless loop sends only when due: bring it up to
            // date before a command (`status`) reads it.
            node.handle(Event::Tick { uptime_ms: now }, outputs);
        }
        while let Some(byte) = console.dequeue() {
            // The self-check before each command (at its line's end), so that `status` sees what the line before
            // it did, even when both arrived together.
            if byte == b'\r' || byte == b'\n' {
                check_wiring::<B>(node, outputs, wiring);
            }
            node.handle(Event::ConsoleByte(byte), outputs);
        }
        if core::mem::take(&mut outputs.stall_requested) {
            liveness.stall();
        }
        #[cfg(feature = "test-commands")]
        jam(outputs, now);

        if signals.take_button_edge() {
            schedule.start_debouncing(now);
        }
        let mut due = schedule.take_due(now);
        if due.poll && !schedule.is_debouncing() && buttons.changed() {
            // No edge interrupts: a change seen by the poll starts the debouncer, which reads from now on.
            schedule.start_debouncing(now);
            due.debounce = true;
        }
        if due.tick {
            node.handle(Event::Tick { uptime_ms: now }, outputs);
            let (samples, bytes) = signals.take_dropped();
            if samples > 0 {
                node.handle(Event::SamplesDropped(samples), outputs);
            }
            if bytes > 0 {
                node.handle(Event::ConsoleBytesDropped(bytes), outputs);
            }
            let frames = core::mem::take(&mut outputs.dropped_frames);
            if frames > 0 {
                node.handle(Event::FramesDropped(frames), outputs);
            }
            // A window closes at the first tick a whole second (by the uptime the ticks are scheduled in) after
            // it opened; its length is measured to the microsecond, as in whole milliseconds it would be off by
            // up to one, which is 1,000 ppm of a load that is often less.
            if now.wrapping_sub(*wakeups_since) >= 1000 {
                let until_us = B::Uptime::now_us();
                let counted_us = until_us.wrapping_sub(*load_since_us);
                *load_since_us = until_us;
                let (wakeups, asleep_us) = signals.take_sleep();
                let load = crate::time::load(counted_us, wakeups, asleep_us);
                node.handle(Event::Load { cpu_ppm: load.0, wakeups_per_s: load.1 }, outputs);
                *wakeups_since = now;
            }
        }
        if due.debounce {
            let settled = buttons.poll(node, outputs);
            schedule.debounced(settled, now);
        }
        if due.sensor {
            let reading = sensor.read_millicelsius();
            match reading {
                Ok(millicelsius) => {
                    if sensor_fault.take().is_some() {
                        crate::log!(Info, "temperature sensor answers again");
                    }
                    crate::log!(Debug, "temperature {=i32} mC", millicelsius);
                }
                Err(fault) if *sensor_fault != Some(fault) => {
                    crate::log!(Warn, "temperature read failed: {} (logged again when it changes)", fault);
                    *sensor_fault = Some(fault);
                }
                Err(_) => {}
            }
            liveness.sensor_read(now);
            node.handle(Event::Temperature(reading), outputs);
        }
        if due.watchdog {
            match liveness.check(now) {
                Verdict::Feed => {
                    if watchdog.feed() == Fed::AfterWarning {
                        crate::log!(Warn, "watchdog: recovered after its warning");
                        outputs.recorder.forget();
                    }
                }
                Verdict::SamplingStopped => {
                    crate::log!(Warn, "sampling stopped making progress: not feeding the watchdog")
                }
                Verdict::SensorStopped => {
                    crate::log!(Warn, "the sensor stopped making progress: not feeding the watchdog")
                }
            }
        }

        if core::mem::take(&mut outputs.redraw) {
            if let Err(fault) = display.show(&node.view()) {
                crate::log!(Warn, "display update failed: {}", fault);
            }
        }
        // The node's next tick: its LED's next change or the next second, whatever happened in this run (a
        // command, an alarm, a button may have changed what the LED does).
        schedule.tick_at(node.next_tick());
        let next = schedule.next_wake(now);
        signals.set_next_wake(next);
        next
    }
}

/// Runs the board's self-check and tells the node when the result changed; a wrong wiring is logged.
fn check_wiring<B: Board>(node: &mut Node, out: &mut impl keel_core::Sink, last: &mut Option<keel_core::Miswired>) {
    let found = B::check_wiring();
    if *last != Some(found) {
        if !found.is_empty() {
            // The set's bits, in the order `status` names them (console-irq first): one log line, no names in flash.
            crate::log!(Error, "self-check: miswired {=u8:#08b} (`status` names them)", found.bits());
        }
        node.handle(Event::Wiring(found), out);
        *last = Some(found);
    }
}

/// `test jam`: jams the telemetry link when asked, and lifts the jam two seconds later (at the first run after).
#[cfg(feature = "test-commands")]
fn jam<B: Board, R: ResetRecorder>(outputs: &mut Outputs<B, R>, now: u32) {
    use portable_atomic::Ordering::Relaxed;
    if core::mem::take(&mut outputs.jam_requested) {
        crate::transmit::JAMMED.store(true, Relaxed);
        outputs.jam_until = Some(now.wrapping_add(2_000));
    }
    if outputs.jam_until.is_some_and(|until| crate::time::until(until, now).is_none()) {
        crate::transmit::JAMMED.store(false, Relaxed);
        outputs.jam_until = None;
    }
}
