//! Keel's sensor node on the LM3S6965 evaluation board: the application core wired to the chip with RTIC 2.
//!
//! Interrupts do as little as possible and hand data to tasks through lock-free queues; all decisions are
//! made by `keel_core::Node` in priority-1 tasks, which share it without locking overhead:
//!
//! | priority | task | does |
//! | --- | --- | --- |
//! | 3 | `adc_sample` (ADC0 sequencer 3) | moves a timer-triggered sample into the sample queue, counts drops |
//! | 2 | `console_rx` (UART0) | moves received bytes into the console queue, counts drops |
//! | 2 | `buttons_edge` (GPIO E, F) | starts the debouncer |
//! | 2 | `watchdog_warning` (WATCHDOG0) | records a watchdog reset before the second timeout resets the chip |
//! | 1 | `ticker`, `samples`, `console`, `sensor`, `debounce`, `display`, `watchdog` | feed events to the node, carry out its actions |

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

mod fault;
mod hw;
mod stack;
mod log;
mod outputs;
mod reset;

use rtic_monotonics::rtic_time::monotonic::TimerQueueBasedDuration;
use rtic_monotonics::systick::prelude::*;

/// Core clock after `hw::clocks::init` (PLL at 400 MHz / 2 / SYSDIV 4).
pub const SYSCLK_HZ: u32 = 50_000_000;

systick_monotonic!(Mono, 1000);

/// Milliseconds since boot (the monotonic ticks at 1 kHz).
pub fn uptime_ms() -> u32 {
    Mono::now().duration_since_epoch().ticks()
}

defmt::timestamp!("{=u32:ms}", uptime_ms());

#[rtic::app(device = lm3s6965_pac, peripherals = true, dispatchers = [PWM_FAULT, PWM_GEN0, PWM_GEN1])]
mod app {
    use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

    use heapless::spsc::{Consumer, Producer, Queue};
    use keel_core::{Button, Config, Event, Node, TICK_MS};
    use keel_drivers::button::{Debouncer, Edge};
    use rtic_monotonics::systick::prelude::*;
    use rtic::mutex::prelude::*;
    use rtic_sync::make_signal;
    use rtic_sync::signal::{SignalReader, SignalWriter};

    use super::{uptime_ms, Mono};
    use crate::hw;
    use crate::outputs::Outputs;

    /// Samples in flight between the ADC interrupt and the `samples` task (over half a second at 100 Hz
    /// even if the task is held off by a long console reply).
    const SAMPLE_QUEUE: usize = 64;
    /// Console bytes in flight between the UART interrupt and the `console` task.
    const RX_QUEUE: usize = 128;
    /// How often the debouncer samples the buttons once an edge woke it, and how many equal reads count.
    const DEBOUNCE_MS: u32 = 5;
    const DEBOUNCE_READS: u8 = 4;

    /// Samples the ADC interrupt could not queue (reported to the node, which counts them).
    static DROPPED_SAMPLES: AtomicU32 = AtomicU32::new(0);
    /// Console bytes the UART interrupt could not queue (or the UART itself overran).
    static DROPPED_BYTES: AtomicU32 = AtomicU32::new(0);
    /// Set by `test stall`: the sampling task stops reporting progress to the watchdog.
    pub static STALLED: AtomicBool = AtomicBool::new(false);
    /// When each watched task last made progress (ms of uptime).
    static SAMPLES_ALIVE: AtomicU32 = AtomicU32::new(0);
    static SENSOR_ALIVE: AtomicU32 = AtomicU32::new(0);
    static TICKER_ALIVE: AtomicU32 = AtomicU32::new(0);

    /// One sample from the interrupt.
    #[derive(Clone, Copy)]
    pub struct RawSample {
        raw: u16,
        uptime_ms: u32,
    }

    #[shared]
    struct Shared {
        node: Node,
        outputs: Outputs,
    }

    /// Wakes a waiting task. Unlike spawning a task from an interrupt, a wake-up that arrives while the task
    /// is still finishing its previous run is kept, so no queued data is stranded.
    type Wake = SignalWriter<'static, ()>;
    /// What a task waits on.
    type Waiter = SignalReader<'static, ()>;

    #[local]
    struct Local {
        sample_in: Producer<'static, RawSample>,
        sample_out: Consumer<'static, RawSample>,
        samples_wake: Wake,
        samples_waiter: Waiter,
        rx_in: Producer<'static, u8>,
        rx_out: Consumer<'static, u8>,
        console_wake: Wake,
        console_waiter: Waiter,
        buttons_wake_e: Wake,
        buttons_wake_f: Wake,
        buttons_waiter: Waiter,
        display_waiter: Waiter,
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
        Mono::start(cx.core.SYST, super::SYSCLK_HZ);
        let board = hw::Board::init(p, cx.local.frame);

        let (sample_in, sample_out) = cx.local.samples.split();
        let (rx_in, rx_out) = cx.local.rx.split();
        let (samples_wake, samples_waiter) = make_signal!(());
        let (console_wake, console_waiter) = make_signal!(());
        let (buttons_wake_e, buttons_waiter) = make_signal!(());
        // Both GPIO handlers wake the one debounce task (a signal may have several writers).
        let buttons_wake_f = buttons_wake_e.clone();
        let (display_wake, display_waiter) = make_signal!(());
        let mut node = Node::new(Config { board: "lm3s6965evb" });
        let mut outputs =
            Outputs::new(board.led, board.console_tx, board.telemetry_tx, board.sample_timer, display_wake);
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

        for spawned in [
            ticker::spawn(),
            samples::spawn(),
            console::spawn(),
            debounce::spawn(),
            sensor_task::spawn(),
            watchdog::spawn(),
            display::spawn(),
        ] {
            // Each task is spawned once, here, before anything runs: this cannot fail.
            spawned.ok();
        }
        (
            Shared { node, outputs },
            Local {
                sample_in,
                sample_out,
                samples_wake,
                samples_waiter,
                rx_in,
                rx_out,
                console_wake,
                console_waiter,
                buttons_wake_e,
                buttons_wake_f,
                buttons_waiter,
                display_waiter,
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

    /// The periodic tick: LED patterns, once-a-second status, and a check for dropped input.
    #[task(shared = [node, outputs], priority = 1)]
    async fn ticker(mut cx: ticker::Context) {
        let mut next = Mono::now();
        loop {
            next += TICK_MS.millis();
            Mono::delay_until(next).await;
            let now = uptime_ms();
            TICKER_ALIVE.store(now, Ordering::Relaxed);
            (&mut cx.shared.node, &mut cx.shared.outputs).lock(|node, outputs| {
                node.handle(Event::Tick { uptime_ms: now }, outputs);
                let dropped = DROPPED_SAMPLES.swap(0, Ordering::Relaxed);
                if dropped > 0 {
                    node.handle(Event::SamplesDropped(dropped), outputs);
                }
                let dropped = DROPPED_BYTES.swap(0, Ordering::Relaxed);
                if dropped > 0 {
                    node.handle(Event::ConsoleBytesDropped(dropped), outputs);
                }
            });
        }
    }

    /// ADC0 sequencer 3 finished a timer-triggered conversion.
    #[task(binds = ADC0SS3, local = [adc, sample_in, samples_wake], priority = 3)]
    fn adc_sample(cx: adc_sample::Context) {
        let raw = cx.local.adc.take_sample();
        if cx.local.sample_in.enqueue(RawSample { raw, uptime_ms: uptime_ms() }).is_err() {
            DROPPED_SAMPLES.fetch_add(1, Ordering::Relaxed);
        }
        cx.local.samples_wake.write(());
    }

    /// Moves queued samples into the node.
    #[task(shared = [node, outputs], local = [sample_out, samples_waiter], priority = 1)]
    async fn samples(mut cx: samples::Context) {
        loop {
            cx.local.samples_waiter.wait().await;
            let queue = &mut *cx.local.sample_out;
            (&mut cx.shared.node, &mut cx.shared.outputs).lock(|node, outputs| {
                while let Some(sample) = queue.dequeue() {
                    node.handle(Event::Sample { channel: 0, raw: sample.raw, uptime_ms: sample.uptime_ms }, outputs);
                    if !STALLED.load(Ordering::Relaxed) {
                        SAMPLES_ALIVE.store(sample.uptime_ms, Ordering::Relaxed);
                    }
                }
            });
        }
    }

    /// UART0 received bytes (or timed out with some in the FIFO).
    #[task(binds = UART0, local = [console_rx, rx_in, console_wake], priority = 2)]
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
        cx.local.console_wake.write(());
    }

    /// Feeds received console bytes to the shell.
    #[task(shared = [node, outputs], local = [rx_out, console_waiter], priority = 1)]
    async fn console(mut cx: console::Context) {
        loop {
            cx.local.console_waiter.wait().await;
            let queue = &mut *cx.local.rx_out;
            (&mut cx.shared.node, &mut cx.shared.outputs).lock(|node, outputs| {
                while let Some(byte) = queue.dequeue() {
                    node.handle(Event::ConsoleByte(byte), outputs);
                }
            });
        }
    }

    /// Reads the TMP105 once a second.
    #[task(shared = [node, outputs], local = [sensor], priority = 1)]
    async fn sensor_task(mut cx: sensor_task::Context) {
        let mut next = Mono::now();
        loop {
            let reading = cx.local.sensor.read_millicelsius().map_err(hw::i2c::fault);
            match reading {
                Ok(mc) => crate::log!(Debug, "temperature {=i32} mC", mc),
                Err(fault) => crate::log!(Warn, "temperature read failed: {}", fault),
            }
            SENSOR_ALIVE.store(uptime_ms(), Ordering::Relaxed);
            (&mut cx.shared.node, &mut cx.shared.outputs)
                .lock(|node, outputs| node.handle(Event::Temperature(reading), outputs));
            next += 1000.millis();
            Mono::delay_until(next).await;
        }
    }

    /// A button pin changed: start debouncing.
    #[task(binds = GPIOE, local = [buttons_wake_e], priority = 2)]
    fn buttons_edge_e(cx: buttons_edge_e::Context) {
        hw::gpio::Buttons::acknowledge_port_e();
        cx.local.buttons_wake_e.write(());
    }

    /// A button pin changed: start debouncing.
    #[task(binds = GPIOF, local = [buttons_wake_f], priority = 2)]
    fn buttons_edge_f(cx: buttons_edge_f::Context) {
        hw::gpio::Buttons::acknowledge_port_f();
        cx.local.buttons_wake_f.write(());
    }

    /// Reads the buttons every few milliseconds until all are stable, reporting each settled change.
    #[task(shared = [node, outputs], local = [buttons, debouncers, buttons_waiter], priority = 1)]
    async fn debounce(mut cx: debounce::Context) {
        loop {
            cx.local.buttons_waiter.wait().await;
            debounce_until_settled(&mut cx).await;
        }
    }

    async fn debounce_until_settled(cx: &mut debounce::Context<'_>) {
        const ORDER: [Button; 5] = [Button::Up, Button::Down, Button::Left, Button::Right, Button::Select];
        loop {
            let levels = cx.local.buttons.pressed();
            let mut settled = true;
            for (index, debouncer) in cx.local.debouncers.iter_mut().enumerate() {
                match debouncer.update(levels[index]) {
                    Some(edge) => {
                        let event = Event::Button { button: ORDER[index], pressed: edge == Edge::Pressed };
                        crate::log!(Debug, "button {} {}", ORDER[index], edge == Edge::Pressed);
                        (&mut cx.shared.node, &mut cx.shared.outputs).lock(|node, outputs| node.handle(event, outputs));
                    }
                    None => settled &= debouncer.is_stable(),
                }
            }
            if settled {
                return;
            }
            Mono::delay(DEBOUNCE_MS.millis()).await;
        }
    }

    /// Redraws the OLED from the node's view whenever the node asks (several requests make one redraw).
    #[task(shared = [node], local = [display, display_waiter], priority = 1)]
    async fn display(mut cx: display::Context) {
        loop {
            let view = cx.shared.node.lock(|node| node.view());
            if let Err(error) = cx.local.display.show(&view) {
                crate::log!(Warn, "display update failed: {}", error);
            }
            cx.local.display_waiter.wait().await;
        }
    }

    /// Feeds the watchdog only while every watched task keeps making progress.
    #[task(local = [watchdog], priority = 1)]
    async fn watchdog(cx: watchdog::Context) {
        // Longest a task may go quiet: the ticker runs every 50 ms; samples arrive at >= 1 Hz; the sensor is
        // read every second.
        const LIMITS_MS: [u32; 3] = [500, 2500, 2500];
        let watched = [&TICKER_ALIVE, &SAMPLES_ALIVE, &SENSOR_ALIVE];
        loop {
            Mono::delay(250.millis()).await;
            let now = uptime_ms();
            let healthy = watched
                .iter()
                .zip(LIMITS_MS)
                .all(|(alive, limit)| now.wrapping_sub(alive.load(Ordering::Relaxed)) <= limit);
            if healthy {
                if cx.local.watchdog.feed() {
                    // The first timeout passed but every task recovered in time: forget the watchdog record
                    // written by `watchdog_warning`, and listen for the next warning.
                    crate::log!(Warn, "watchdog: recovered after the first timeout");
                    crate::reset::clear();
                    // SAFETY: unmasking an interrupt whose handler is bound by RTIC; it does not break a
                    // critical section (RTIC does not use NVIC masking for this priority-2 handler's resources).
                    unsafe { cortex_m::peripheral::NVIC::unmask(lm3s6965_pac::Interrupt::WATCHDOG) };
                }
            } else {
                crate::log!(Warn, "a task stopped making progress: not feeding the watchdog");
            }
        }
    }

    /// The watchdog's first timeout: the second one resets the chip. Record why, so the next boot can say.
    #[task(binds = WATCHDOG, priority = 2)]
    fn watchdog_warning(_: watchdog_warning::Context) {
        defmt::error!("watchdog expired: resetting at the next timeout");
        crate::reset::store(keel_proto::ResetReason::Watchdog, b"");
        // The interrupt stays pending on purpose (clearing it would reload the counter); mask it so it
        // does not fire again until the reset.
        cortex_m::peripheral::NVIC::mask(lm3s6965_pac::Interrupt::WATCHDOG);
    }
}
