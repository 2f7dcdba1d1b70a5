//! Keel's sensor node on the LM3S6965 evaluation board: the application core wired to the chip with RTIC 2.
//!
//! Interrupts do as little as possible and hand data to one priority-1 task through lock-free queues;
//! all decisions are made by `keel_core::Node` in that task, which owns it, so nothing needs a lock:
//!
//! | priority | task | does |
//! | --- | --- | --- |
//! | 3 | `clock` (SysTick, 1 kHz) | counts uptime, starts `work` when a deadline is due |
//! | 3 | `adc_sample` (ADC0 sequencer 3) | moves a timer-triggered sample into the sample queue, counts drops |
//! | 2 | `console_rx` (UART0) | moves received bytes into the console queue, counts drops |
//! | 2 | `buttons_edge_e`, `buttons_edge_f` (GPIO E, F) | start the debouncer |
//! | 2 | `watchdog_warning` (WATCHDOG0) | records a watchdog reset before the second timeout resets the chip |
//! | 1 | `work` (PWM generator 0's vector, pended by software) | feeds events to the node, carries out its actions, keeps the schedule |
//!
//! Why hardware tasks and one software-pended task rather than RTIC's async tasks and a monotonic timer:
//! flash. The first version had seven async tasks woken by `rtic-sync` signals and `rtic-monotonics`
//! delays; RTIC's executors, the timer queue and the wakers measured about 4 KiB of the 24 KiB budget.
//! Pending an interrupt is what RTIC's own dispatchers do underneath, and pending it while its task runs
//! makes it run again, so no wake-up is lost. Async tasks on a monotonic are shown in
//! `examples/src/bin/06-rtic-priorities.rs`, where flash is not counted this closely.

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

mod fault;
mod hw;
mod log;
mod outputs;
mod reset;
mod stack;

use core::sync::atomic::{AtomicU32, Ordering};

/// Core clock after `hw::clocks::init` (PLL at 400 MHz / 2 / SYSDIV 4).
pub const SYSCLK_HZ: u32 = 50_000_000;

/// Milliseconds since boot, counted by the `clock` task.
static UPTIME_MS: AtomicU32 = AtomicU32::new(0);

/// Milliseconds since boot.
pub fn uptime_ms() -> u32 {
    UPTIME_MS.load(Ordering::Relaxed)
}

/// Whether `deadline` has been reached at `now` (both wrap after 49 days; deadlines are always near).
fn due(now: u32, deadline: u32) -> bool {
    now.wrapping_sub(deadline) as i32 >= 0
}

defmt::timestamp!("{=u32:ms}", uptime_ms());

#[rtic::app(device = lm3s6965_pac, peripherals = true)]
mod app {
    use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

    use cortex_m::peripheral::syst::SystClkSource;
    use cortex_m::peripheral::NVIC;
    use heapless::spsc::{Consumer, Producer, Queue};
    use keel_core::{Button, Config, Event, Node, TICK_MS};
    use keel_drivers::button::{Debouncer, Edge};
    use lm3s6965_pac::Interrupt;

    use super::{due, uptime_ms, UPTIME_MS};
    use crate::hw;
    use crate::outputs::Outputs;

    /// The vector `work` runs on: PWM generator 0's, which this firmware leaves unused, pended by software.
    const WORK: Interrupt = Interrupt::PWM_GEN0;
    /// Samples in flight between the ADC interrupt and `work` (over half a second at 100 Hz even if `work`
    /// is held up by a long console reply).
    const SAMPLE_QUEUE: usize = 64;
    /// Console bytes in flight between the UART interrupt and `work`.
    const RX_QUEUE: usize = 128;
    /// How often the debouncer samples the buttons once an edge woke it, and how many equal reads count.
    const DEBOUNCE_MS: u32 = 5;
    const DEBOUNCE_READS: u8 = 4;
    /// How often the TMP105 is read.
    const SENSOR_MS: u32 = 1000;
    /// How often `work` checks that sampling and the sensor make progress, and feeds the watchdog if so.
    const WATCHDOG_MS: u32 = 250;
    /// Longest sampling or the sensor may go quiet (samples arrive at >= 1 Hz, the sensor is read every
    /// second) before the watchdog is no longer fed.
    const QUIET_LIMIT_MS: u32 = 2500;

    /// Samples the ADC interrupt could not queue (reported to the node, which counts them).
    static DROPPED_SAMPLES: AtomicU32 = AtomicU32::new(0);
    /// Console bytes the UART interrupt could not queue (or the UART itself overran).
    static DROPPED_BYTES: AtomicU32 = AtomicU32::new(0);
    /// The earliest deadline of `work`'s schedule; `clock` pends `work` once it is reached.
    static NEXT_WAKE: AtomicU32 = AtomicU32::new(0);
    /// A button pin changed: `work` starts debouncing.
    static BUTTON_EDGE: AtomicBool = AtomicBool::new(false);

    /// One sample from the interrupt.
    #[derive(Clone, Copy)]
    pub struct RawSample {
        raw: u16,
        uptime_ms: u32,
    }

    /// When `work`'s periodic jobs are next due (ms of uptime), and what it watches for the watchdog.
    pub struct Schedule {
        tick: u32,
        sensor: u32,
        watchdog: u32,
        /// Some while the buttons are being debounced.
        debounce: Option<u32>,
        samples_alive: u32,
        sensor_alive: u32,
    }

    impl Schedule {
        /// The earliest deadline, seen from `now` (every deadline is in the future once `work` has run).
        fn next_wake(&self, now: u32) -> u32 {
            let until = |deadline: u32| deadline.wrapping_sub(now);
            [Some(self.sensor), Some(self.watchdog), self.debounce].into_iter().flatten().fold(
                self.tick,
                |earliest, deadline| {
                    if until(deadline) < until(earliest) {
                        deadline
                    } else {
                        earliest
                    }
                },
            )
        }
    }

    /// The deadline after `deadline`, one `period` on; a period missed entirely is skipped, not caught up.
    fn after(deadline: u32, period: u32, now: u32) -> u32 {
        let next = deadline.wrapping_add(period);
        if due(now, next) {
            now.wrapping_add(period)
        } else {
            next
        }
    }

    #[shared]
    struct Shared {}

    #[local]
    struct Local {
        node: Node,
        outputs: Outputs,
        schedule: Schedule,
        sample_in: Producer<'static, RawSample>,
        sample_out: Consumer<'static, RawSample>,
        rx_in: Producer<'static, u8>,
        rx_out: Consumer<'static, u8>,
        adc: hw::adc::Adc,
        console_rx: hw::uart::Rx,
        sensor: keel_drivers::tmp105::Tmp105<hw::i2c::I2c0>,
        buttons: hw::gpio::Buttons,
        debouncers: [Debouncer; 5],
        display: hw::display::Display,
        watchdog: hw::watchdog::Watchdog,
    }

    #[init(local = [
        samples: Queue<RawSample, SAMPLE_QUEUE> = Queue::new(),
        rx: Queue<u8, RX_QUEUE> = Queue::new(),
        frame: keel_drivers::ssd0323::MonoFrameBuffer = keel_drivers::ssd0323::MonoFrameBuffer::new(),
    ])]
    fn init(cx: init::Context) -> (Shared, Local) {
        crate::stack::paint();
        let previous = crate::reset::take();
        let p = cx.device;
        if let Err(error) = hw::clocks::init(&p.sysctl) {
            // Safe state: keep running from the reset clock; timings scale but nothing hangs.
            defmt::error!("clock set-up failed: {}", error);
        }
        // The uptime clock: SysTick interrupts at 1 kHz (the `clock` task).
        let mut systick = cx.core.SYST;
        systick.set_clock_source(SystClkSource::Core);
        systick.set_reload(super::SYSCLK_HZ / 1000 - 1);
        systick.clear_current();
        systick.enable_interrupt();
        systick.enable_counter();
        let board = hw::Board::init(p, cx.local.frame);

        let (sample_in, sample_out) = cx.local.samples.split();
        let (rx_in, rx_out) = cx.local.rx.split();
        let mut node = Node::new(Config { board: "lm3s6965evb" });
        let mut outputs = Outputs::new(board.led, board.console_tx, board.telemetry_tx, board.sample_timer);
        let (reason, message) = match &previous {
            Some(p) => (p.reason, Some(p.message.as_str()).filter(|m| !m.is_empty())),
            None => (hw::clocks::hardware_reset_reason(), None),
        };
        defmt::info!("boot: reset reason {}", reason);
        if let Some(message) = message {
            defmt::warn!("previous boot panicked: {=str}", message);
        }
        node.handle(Event::Boot { reason, last_panic: message }, &mut outputs);

        let mut sensor = keel_drivers::tmp105::Tmp105::new(board.i2c, keel_drivers::tmp105::DEFAULT_ADDRESS);
        if let Err(error) = sensor.set_resolution(keel_drivers::tmp105::Resolution::Bits12) {
            // Not fatal: the node runs without temperature and reports each failed read.
            defmt::warn!("TMP105 set-up failed: {}", hw::i2c::fault(error));
        }

        // Start each debouncer from the level its pin has now, so a switch held at boot (or QEMU's gamepad,
        // which reads all switches pressed until each is first released) reports no phantom press.
        let mut buttons = board.buttons;
        let levels = buttons.pressed();
        let debouncers = levels.map(|pressed| Debouncer::with_state(DEBOUNCE_READS, pressed));

        // The sensor is read (and the boot screen drawn) as soon as `work` first runs, right after `init`.
        let schedule = Schedule {
            tick: TICK_MS,
            sensor: 0,
            watchdog: WATCHDOG_MS,
            debounce: None,
            samples_alive: 0,
            sensor_alive: 0,
        };
        NVIC::pend(WORK);
        (
            Shared {},
            Local {
                node,
                outputs,
                schedule,
                sample_in,
                sample_out,
                rx_in,
                rx_out,
                adc: board.adc,
                console_rx: board.console_rx,
                sensor,
                buttons,
                debouncers,
                display: board.display,
                watchdog: board.watchdog,
            },
        )
    }

    #[idle]
    fn idle(_: idle::Context) -> ! {
        loop {
            cortex_m::asm::wfi();
        }
    }

    /// One millisecond passed.
    #[task(binds = SysTick, priority = 3)]
    fn clock(_: clock::Context) {
        // Only this task writes UPTIME_MS, so a load and a store cannot lose a count.
        let now = UPTIME_MS.load(Ordering::Relaxed).wrapping_add(1);
        UPTIME_MS.store(now, Ordering::Relaxed);
        if due(now, NEXT_WAKE.load(Ordering::Relaxed)) {
            NVIC::pend(WORK);
        }
    }

    /// ADC0 sequencer 3 finished a timer-triggered conversion.
    #[task(binds = ADC0SS3, local = [adc, sample_in], priority = 3)]
    fn adc_sample(cx: adc_sample::Context) {
        let raw = cx.local.adc.take_sample();
        if cx.local.sample_in.enqueue(RawSample { raw, uptime_ms: uptime_ms() }).is_err() {
            DROPPED_SAMPLES.fetch_add(1, Ordering::Relaxed);
        }
        NVIC::pend(WORK);
    }

    /// UART0 received bytes (or timed out with some in the FIFO).
    #[task(binds = UART0, local = [console_rx, rx_in], priority = 2)]
    fn console_rx(cx: console_rx::Context) {
        let queue = cx.local.rx_in;
        let overruns = cx.local.console_rx.drain(|byte| {
            if queue.enqueue(byte).is_err() {
                DROPPED_BYTES.fetch_add(1, Ordering::Relaxed);
            }
        });
        if overruns > 0 {
            DROPPED_BYTES.fetch_add(overruns, Ordering::Relaxed);
        }
        NVIC::pend(WORK);
    }

    /// A button pin changed: start debouncing.
    #[task(binds = GPIOE, priority = 2)]
    fn buttons_edge_e(_: buttons_edge_e::Context) {
        hw::gpio::Buttons::acknowledge_port_e();
        BUTTON_EDGE.store(true, Ordering::Relaxed);
        NVIC::pend(WORK);
    }

    /// A button pin changed: start debouncing.
    #[task(binds = GPIOF, priority = 2)]
    fn buttons_edge_f(_: buttons_edge_f::Context) {
        hw::gpio::Buttons::acknowledge_port_f();
        BUTTON_EDGE.store(true, Ordering::Relaxed);
        NVIC::pend(WORK);
    }

    /// Everything that decides: queued input to the node, then whatever periodic job is due, then one
    /// redraw if the node asked for any. Runs whenever an interrupt hands over data or a deadline passes.
    #[task(binds = PWM_GEN0, priority = 1, local = [
        node, outputs, schedule, sample_out, rx_out, sensor, buttons, debouncers, display, watchdog,
    ])]
    fn work(cx: work::Context) {
        let work::LocalResources {
            node,
            outputs,
            schedule,
            sample_out,
            rx_out,
            sensor,
            buttons,
            debouncers,
            display,
            watchdog,
            ..
        } = cx.local;
        let now = uptime_ms();

        while let Some(sample) = sample_out.dequeue() {
            node.handle(Event::Sample { channel: 0, raw: sample.raw, uptime_ms: sample.uptime_ms }, outputs);
            if !outputs.stalled {
                schedule.samples_alive = sample.uptime_ms;
            }
        }
        while let Some(byte) = rx_out.dequeue() {
            node.handle(Event::ConsoleByte(byte), outputs);
        }

        // The periodic tick: LED patterns, once-a-second status, and the input dropped since the last one.
        if due(now, schedule.tick) {
            schedule.tick = after(schedule.tick, TICK_MS, now);
            node.handle(Event::Tick { uptime_ms: now }, outputs);
            let dropped = DROPPED_SAMPLES.swap(0, Ordering::Relaxed);
            if dropped > 0 {
                node.handle(Event::SamplesDropped(dropped), outputs);
            }
            let dropped = DROPPED_BYTES.swap(0, Ordering::Relaxed);
            if dropped > 0 {
                node.handle(Event::ConsoleBytesDropped(dropped), outputs);
            }
        }

        // Buttons: read every few milliseconds from the first edge until all have settled.
        if BUTTON_EDGE.swap(false, Ordering::Relaxed) && schedule.debounce.is_none() {
            schedule.debounce = Some(now);
        }
        if let Some(deadline) = schedule.debounce.filter(|&deadline| due(now, deadline)) {
            let settled = debounce(buttons.pressed(), debouncers, node, outputs);
            schedule.debounce = (!settled).then(|| after(deadline, DEBOUNCE_MS, now));
        }

        if due(now, schedule.sensor) {
            schedule.sensor = after(schedule.sensor, SENSOR_MS, now);
            let reading = sensor.read_millicelsius().map_err(hw::i2c::fault);
            match reading {
                Ok(mc) => crate::log!(Debug, "temperature {=i32} mC", mc),
                Err(fault) => crate::log!(Warn, "temperature read failed: {}", fault),
            }
            schedule.sensor_alive = now;
            node.handle(Event::Temperature(reading), outputs);
        }

        // The watchdog is fed only while sampling and the sensor make progress. This check itself runs
        // only while uptime advances (SysTick) and `work` runs, so a stop of either starves it too.
        if due(now, schedule.watchdog) {
            schedule.watchdog = after(schedule.watchdog, WATCHDOG_MS, now);
            let quiet = |alive: u32| now.wrapping_sub(alive) > QUIET_LIMIT_MS;
            if quiet(schedule.samples_alive) || quiet(schedule.sensor_alive) {
                crate::log!(Warn, "sampling or the sensor stopped making progress: not feeding the watchdog");
            } else if watchdog.feed() {
                // The first timeout passed but everything recovered in time: forget the watchdog record
                // written by `watchdog_warning`, and listen for the next warning.
                crate::log!(Warn, "watchdog: recovered after the first timeout");
                crate::reset::clear();
                // SAFETY: unmasking an interrupt whose handler is bound by RTIC; it does not break a
                // critical section (RTIC does not use NVIC masking for this priority-2 handler's resources).
                unsafe { NVIC::unmask(Interrupt::WATCHDOG) };
            }
        }

        if core::mem::take(&mut outputs.redraw) {
            if let Err(error) = display.show(&node.view()) {
                crate::log!(Warn, "display update failed: {}", error);
            }
        }
        NEXT_WAKE.store(schedule.next_wake(now), Ordering::Relaxed);
    }

    /// Reads the buttons once through their debouncers, reporting each settled change to the node.
    /// Returns whether every button is stable.
    fn debounce(levels: [bool; 5], debouncers: &mut [Debouncer; 5], node: &mut Node, outputs: &mut Outputs) -> bool {
        const ORDER: [Button; 5] = [Button::Up, Button::Down, Button::Left, Button::Right, Button::Select];
        let mut settled = true;
        for ((debouncer, pressed), button) in debouncers.iter_mut().zip(levels).zip(ORDER) {
            match debouncer.update(pressed) {
                Some(edge) => {
                    crate::log!(Debug, "button {} {}", button, edge == Edge::Pressed);
                    node.handle(Event::Button { button, pressed: edge == Edge::Pressed }, outputs);
                }
                None => settled &= debouncer.is_stable(),
            }
        }
        settled
    }

    /// The watchdog's first timeout: the second one resets the chip. Record why, so the next boot can say.
    #[task(binds = WATCHDOG, priority = 2)]
    fn watchdog_warning(_: watchdog_warning::Context) {
        defmt::error!("watchdog expired: resetting at the next timeout");
        crate::reset::store(keel_proto::ResetReason::Watchdog, b"");
        // The interrupt stays pending on purpose (clearing it would reload the counter); mask it so it
        // does not fire again until the reset.
        NVIC::mask(Interrupt::WATCHDOG);
    }
}
