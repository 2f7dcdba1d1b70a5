//! Keel's sensor node on the LM3S6965 evaluation board: the shared runtime (`keel-runtime`) wired to the
//! chip's interrupts with RTIC 2. Everything here is about this chip and board; what the node does is in
//! `keel-core` and how it runs in `keel-runtime`.
//!
//! | priority | task | does |
//! | --- | --- | --- |
//! | 3 | `clock` (SysTick, every 300 ms) | counts the uptime counter's periods; starts `work` if its deadline passed |
//! | 3 | `alarm` (GPTM1 timer A, one-shot) | starts `work` at its next deadline |
//! | 3 | `adc_sample` (ADC0 sequencer 3) | queues a timer-triggered sample (drops counted) |
//! | 2 | `console_rx` (UART0) | queues received bytes (drops and overruns counted) |
//! | 2 | `buttons_edge_e`, `buttons_edge_f` (GPIO E, F) | start the debouncer |
//! | 2 | `watchdog_warning` (WATCHDOG0) | records a watchdog reset before the second timeout resets the chip |
//! | 1 | `work` (PWM generator 0's vector, pended by software) | `Runtime::run`: the node, its actions, the schedule; arms the alarm |
//!
//! No tick: the core sleeps in `wfi` until an interrupt; uptime is read from SysTick (`hw::clock`).
//!
//! Why hardware tasks and one software-pended task rather than RTIC's async tasks and a monotonic timer:
//! flash. Async tasks woken by `rtic-sync` signals and `rtic-monotonics` delays measured about 4 KiB more of
//! the 24 KiB budget. Pending an interrupt is what RTIC's own dispatchers do underneath, and pending it while
//! its task runs makes it run again, so no wake-up is lost. Async tasks on a monotonic are shown in
//! `examples/src/bin/06-rtic-priorities.rs`.

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

mod hw;

use keel_runtime::platform::noinit::NoInitRecord;

/// Core clock after `hw::clocks::init` (PLL at 400 MHz / 2 / SYSDIV 4).
pub const SYSCLK_HZ: u32 = 50_000_000;

keel_runtime::defmt_uptime!(hw::clock::now_ms());

/// This board's parts, as the runtime sees them.
pub struct Evb;

impl keel_runtime::Board for Evb {
    type Led = hw::gpio::Led;
    type Console = hw::uart::Tx<lm3s6965_pac::Uart0>;
    type Telemetry = keel_runtime::Serial<hw::uart::Tx<lm3s6965_pac::Uart1>>;
    type SampleClock = hw::adc::SampleTimer;
    type Sensor = keel_drivers::tmp105::Tmp105<hw::i2c::I2c>;
    type Display = hw::display::Display;
    type Watchdog = hw::watchdog::Watchdog;
    type Buttons = hw::gpio::Buttons;

    fn reset() -> ! {
        keel_runtime::platform::reset()
    }
}

/// The runtime on this board.
type Runtime = keel_runtime::Runtime<Evb, NoInitRecord>;

#[rtic::app(device = lm3s6965_pac, peripherals = true)]
mod app {
    use cortex_m::peripheral::NVIC;
    use heapless::spsc::{Consumer, Producer};
    use keel_core::Config;
    use keel_drivers::tmp105::{Resolution, Tmp105, DEFAULT_ADDRESS};
    use keel_runtime::{BootCause, Outputs, Parts, RawSample, SampleQueue, ConsoleQueue, Serial, SIGNALS};
    use lm3s6965_pac::Interrupt;

    use super::{hw, Runtime, NoInitRecord};

    /// The vector `work` runs on: PWM generator 0's, which this firmware leaves unused, pended by software.
    const WORK: Interrupt = Interrupt::PWM_GEN0;

    #[shared]
    struct Shared {}

    #[local]
    struct Local {
        runtime: Runtime,
        sample_in: Producer<'static, RawSample>,
        sample_out: Consumer<'static, RawSample>,
        rx_in: Producer<'static, u8>,
        rx_out: Consumer<'static, u8>,
        adc: hw::adc::Adc,
        console_rx: hw::uart::Rx,
        alarm: hw::clock::Alarm,
    }

    #[init(local = [
        samples: SampleQueue = SampleQueue::new(),
        rx: ConsoleQueue = ConsoleQueue::new(),
        frame: keel_drivers::ssd0323::MonoFrameBuffer = keel_drivers::ssd0323::MonoFrameBuffer::new(),
    ])]
    fn init(cx: init::Context) -> (Shared, Local) {
        let previous = keel_runtime::platform::start();
        let p = cx.device;
        if let Err(error) = hw::clocks::init(&p.sysctl) {
            // Safe state: keep running from the reset clock; timings scale but nothing hangs.
            defmt::error!("clock set-up failed: {}", error);
        }
        hw::clock::start(cx.core.SYST);
        let board = hw::Board::init(p, cx.local.frame);

        let mut sensor = Tmp105::new(board.i2c, DEFAULT_ADDRESS);
        if let Err(error) = sensor.set_resolution(Resolution::Bits12) {
            // Not fatal: the node runs without temperature and reports each failed read.
            defmt::warn!("TMP105 set-up failed: {}", error.cause());
        }
        let cause = match &previous {
            Some(previous) => BootCause { reason: previous.reason, message: previous.message() },
            None => BootCause { reason: hw::clocks::hardware_reset_reason(), message: None },
        };
        let outputs = Outputs::new(board.led, board.console_tx, Serial(board.telemetry_tx), board.sample_timer, NoInitRecord);
        let parts = Parts { outputs, sensor, display: board.display, watchdog: board.watchdog, buttons: board.buttons, now_us: hw::clock::now_us };
        let runtime = Runtime::start(Config::new("lm3s6965evb"), cause, parts, hw::clock::now_ms());

        let (sample_in, sample_out) = cx.local.samples.split();
        let (rx_in, rx_out) = cx.local.rx.split();
        NVIC::pend(WORK);
        (Shared {}, Local { runtime, sample_in, sample_out, rx_in, rx_out, adc: board.adc, console_rx: board.console_rx, alarm: board.alarm })
    }

    #[idle]
    fn idle(_: idle::Context) -> ! {
        keel_runtime::platform::sleep_forever(hw::clock::now_us)
    }

    /// The uptime counter restarted: one more period.
    #[task(binds = SysTick, priority = 3)]
    fn clock(_: clock::Context) {
        hw::clock::CLOCK.wrapped();
        if SIGNALS.due(hw::clock::now_ms()) {
            NVIC::pend(WORK);
        }
    }

    /// The alarm `work` set for its next deadline.
    #[task(binds = TIMER1A, priority = 3)]
    fn alarm(_: alarm::Context) {
        hw::clock::Alarm::acknowledge();
        NVIC::pend(WORK);
    }

    /// ADC0 sequencer 3 finished a timer-triggered conversion.
    #[task(binds = ADC0SS3, local = [adc, sample_in], priority = 3)]
    fn adc_sample(cx: adc_sample::Context) {
        SIGNALS.sample(cx.local.sample_in, cx.local.adc.take_sample(), hw::clock::now_ms());
        NVIC::pend(WORK);
    }

    /// UART0 received bytes (or timed out with some in the FIFO).
    #[task(binds = UART0, local = [console_rx, rx_in], priority = 2)]
    fn console_rx(cx: console_rx::Context) {
        let queue = cx.local.rx_in;
        let lost = cx.local.console_rx.drain(|byte| SIGNALS.console_byte(queue, byte));
        SIGNALS.console_bytes_lost(lost);
        NVIC::pend(WORK);
    }

    /// A button pin changed: start debouncing.
    #[task(binds = GPIOE, priority = 2)]
    fn buttons_edge_e(_: buttons_edge_e::Context) {
        hw::gpio::Buttons::acknowledge_port_e();
        SIGNALS.button_edge();
        NVIC::pend(WORK);
    }

    /// A button pin changed: start debouncing.
    #[task(binds = GPIOF, priority = 2)]
    fn buttons_edge_f(_: buttons_edge_f::Context) {
        hw::gpio::Buttons::acknowledge_port_f();
        SIGNALS.button_edge();
        NVIC::pend(WORK);
    }

    /// Runs the node whenever an interrupt hands over data or a deadline passes.
    #[task(binds = PWM_GEN0, priority = 1, local = [runtime, sample_out, rx_out, alarm])]
    fn work(cx: work::Context) {
        let work::LocalResources { runtime, sample_out, rx_out, alarm, .. } = cx.local;
        runtime.run_and_arm(hw::clock::now_ms, &SIGNALS, sample_out, rx_out, |ms| alarm.set(ms), || NVIC::pend(WORK));
    }

    /// The watchdog's first timeout: the second one resets the chip. Record why, so the next boot can say.
    #[task(binds = WATCHDOG, priority = 2)]
    fn watchdog_warning(_: watchdog_warning::Context) {
        defmt::error!("watchdog expired: resetting at the next timeout");
        keel_runtime::platform::noinit::store(keel_proto::ResetReason::Watchdog, b"");
        // The interrupt stays pending on purpose (clearing it would reload the counter); mask it so it does
        // not fire again until the reset (or until a late feed unmasks it: `hw::watchdog`).
        NVIC::mask(Interrupt::WATCHDOG);
    }
}
