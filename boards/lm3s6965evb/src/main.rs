//! Keel's sensor node on the LM3S6965 evaluation board: the shared runtime (`keel-runtime`) wired to the
//! chip's interrupts with RTIC 2. What the node does is in `keel-core`, how it runs in `keel-runtime`, the
//! LM3S6965's peripherals in `keel-lm3s`; this crate is the pin map (`pins.rs`), the OLED (`display.rs`) and
//! the wiring below.
//!
//! | priority | task | does |
//! | --- | --- | --- |
//! | 3 | `clock` (SysTick, every 300 ms) | counts the uptime counter's periods; starts `work` if its deadline passed |
//! | 3 | `alarm` (GPTM1 timer A, one-shot) | starts `work` at its next deadline |
//! | 3 | `adc_sample` (ADC0 sequencer 3) | queues a timer-triggered sample (drops counted) |
//! | 2 | `console_uart` (UART0) | queues received bytes (drops and overruns counted); fills the transmit FIFO from the console's queue |
//! | 2 | `telemetry_uart` (UART1) | fills the transmit FIFO from the telemetry's queue |
//! | 2 | `buttons_edge_e`, `buttons_edge_f` (GPIO E, F) | start the debouncer |
//! | 2 | `watchdog_warning` (WATCHDOG0) | records a watchdog reset before the second timeout resets the chip |
//! | 1 | `work` (PWM generator 0's vector, pended by software) | `Runtime::run`: the node, its actions, the schedule; arms the alarm |
//!
//! No tick: the core sleeps in `wfi` until an interrupt; uptime is read from SysTick (`keel_lm3s::uptime`).
//!
//! Why hardware tasks and one software-pended task rather than RTIC's async tasks and a monotonic timer:
//! flash. Async tasks woken by `rtic-sync` signals and `rtic-monotonics` delays measured about 4 KiB more of
//! the 24 KiB budget. Pending an interrupt is what RTIC's own dispatchers do underneath, and pending it while
//! its task runs makes it run again, so no wake-up is lost. Async tasks on a monotonic are shown in
//! `examples/src/bin/06-rtic-priorities.rs`.

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

mod display;
mod pins;

use keel_lm3s::{console, i2c, sampling, uptime, watchdog};
use keel_runtime::platform::noinit::NoInitRecord;

keel_runtime::defmt_uptime!(keel_lm3s::uptime::Uptime);

/// This board's parts, as the runtime sees them.
pub struct Evb;

impl keel_runtime::Board for Evb {
    type Uptime = uptime::Uptime;
    type Led = keel_lm3s::gpio::Output;
    type Console = keel_runtime::transmit::QueuedTx<console::Line<keel_lm3s::pac::Uart0>>;
    type Telemetry = keel_runtime::transmit::QueuedTx<console::Line<keel_lm3s::pac::Uart1>>;
    type SampleClock = sampling::SampleTimer;
    type Sensor = keel_drivers::tmp105::Tmp105<i2c::I2c>;
    type Display = display::Display;
    type Watchdog = watchdog::Watchdog;
    type Buttons = pins::Buttons;

    fn reset() -> ! {
        keel_runtime::platform::reset()
    }

    /// Every vector the RTIC app below binds is enabled (RTIC enables them after `init`), and SysTick runs.
    fn check_wiring() -> keel_core::Miswired {
        use keel_core::Miswired;
        use keel_lm3s::pac::Interrupt;
        let off = |irq: Interrupt| !cortex_m::peripheral::NVIC::is_enabled(irq);
        Miswired::NONE
            .when(off(Interrupt::UART0), Miswired::CONSOLE_IRQ)
            .when(off(Interrupt::UART1), Miswired::TELEMETRY_IRQ)
            .when(off(Interrupt::ADC0SS3), Miswired::SAMPLING_IRQ)
            .when(off(Interrupt::TIMER1A), Miswired::ALARM_IRQ)
            .when(off(Interrupt::GPIOE) || off(Interrupt::GPIOF), Miswired::BUTTONS_IRQ)
            .when(off(Interrupt::PWM_GEN0), Miswired::WORK_IRQ)
            .when(!keel_runtime::platform::cortex_m::systick_running(), Miswired::UPTIME)
    }

    /// The alarm's vector: the work loop then wakes at SysTick's restarts only, and the console still answers.
    fn unwire() {
        cortex_m::peripheral::NVIC::mask(keel_lm3s::pac::Interrupt::TIMER1A);
    }
}

/// The runtime on this board.
type Runtime = keel_runtime::Runtime<Evb, NoInitRecord>;

#[rtic::app(device = keel_lm3s::pac, peripherals = true)]
mod app {
    use cortex_m::peripheral::NVIC;
    use heapless::spsc::{Consumer, Producer};
    use keel_core::Config;
    use keel_drivers::tmp105::{Tmp105, DEFAULT_ADDRESS};
    use keel_lm3s::pac::Interrupt;
    use keel_lm3s::uptime::{Alarm, Uptime};
    use keel_runtime::platform::cortex_m::SYSTICK;
    use keel_runtime::transmit::{transmit, QueuedTx, TelemetryTransmitQueue};
    use keel_runtime::{ConsoleQueue, Outputs, Parts, RawSample, SampleQueue, Uptime as _, SIGNALS};

    use super::{console, display, i2c, pins, sampling, uptime, watchdog, NoInitRecord, Runtime};

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
        adc: sampling::Adc,
        console_rx: console::Rx,
        console_fifo: console::Transmit<keel_lm3s::pac::Uart0>,
        console_out: Consumer<'static, u8>,
        telemetry_fifo: console::Transmit<keel_lm3s::pac::Uart1>,
        telemetry_out: Consumer<'static, u8>,
        alarm: Alarm,
    }

    #[init(local = [
        samples: SampleQueue = SampleQueue::new(),
        rx: ConsoleQueue = ConsoleQueue::new(),
        // Half the runtime's console queue (`ConsoleTransmitQueue`): the image with RTT is at 8,080 B of its 8 KiB
        // RAM budget. `status` and `help` wait for room once, for the time the line takes to send the difference.
        console_tx: heapless::spsc::Queue<u8, 256> = heapless::spsc::Queue::new(),
        telemetry_tx: TelemetryTransmitQueue = TelemetryTransmitQueue::new(),
        frame: keel_drivers::ssd0323::MonoFrameBuffer = keel_drivers::ssd0323::MonoFrameBuffer::new(),
    ])]
    fn init(cx: init::Context) -> (Shared, Local) {
        // The start-up order is the runtime's (`keel_runtime::startup`); each step here is this chip's part.
        let p = cx.device;
        let boot = keel_runtime::platform::begin(|| watchdog::reset_reason(&p.sysctl));
        let (boot, watchdog) = boot.watchdog(|| {
            keel_lm3s::clocks::enable_peripherals(&p.sysctl);
            watchdog::Watchdog::start(p.watchdog0)
        });
        let (boot, ()) = boot.clocks(|| {
            let outcome = keel_lm3s::clocks::init(&p.sysctl);
            uptime::start(cx.core.SYST);
            ((), outcome)
        });
        let (boot, (console_fifo, console_rx)) = boot.receive(|| console::init_console(p.uart0));
        let (console_in, console_out) = cx.local.console_tx.split();
        let console_tx = QueuedTx::new(console_in, console_fifo.line());
        let (boot, sensor) = boot.sensor(Tmp105::new(i2c::I2c::new(p.i2c1), DEFAULT_ADDRESS));

        let telemetry_fifo = console::init_telemetry(p.uart1);
        let (telemetry_in, telemetry_out) = cx.local.telemetry_tx.split();
        let telemetry = QueuedTx::new(telemetry_in, telemetry_fifo.line());
        let (sample_timer, adc) = sampling::init(p.timer0, p.adc0);
        let outputs = Outputs::new(pins::led(), console_tx, telemetry, sample_timer, NoInitRecord);
        let display = display::Display::new(p.ssi0, cx.local.frame);
        let parts = Parts { outputs, sensor, display, watchdog, buttons: pins::Buttons::new() };
        let runtime = boot.run(Config::new("lm3s6965evb"), parts);

        let (sample_in, sample_out) = cx.local.samples.split();
        let (rx_in, rx_out) = cx.local.rx.split();
        NVIC::pend(WORK);
        let alarm = Alarm::new(p.timer1);
        let local = Local {
            runtime,
            sample_in,
            sample_out,
            rx_in,
            rx_out,
            adc,
            console_rx,
            console_fifo,
            console_out,
            telemetry_fifo,
            telemetry_out,
            alarm,
        };
        (Shared {}, local)
    }

    #[idle]
    fn idle(_: idle::Context) -> ! {
        keel_runtime::platform::sleep_forever::<Uptime>()
    }

    /// The uptime counter restarted: one more period.
    #[task(binds = SysTick, priority = 3)]
    fn clock(_: clock::Context) {
        SYSTICK.wrapped();
        if SIGNALS.due(Uptime::now_ms()) {
            NVIC::pend(WORK);
        }
    }

    /// The alarm `work` set for its next deadline.
    #[task(binds = TIMER1A, priority = 3)]
    fn alarm(_: alarm::Context) {
        Alarm::acknowledge();
        NVIC::pend(WORK);
    }

    /// ADC0 sequencer 3 finished a timer-triggered conversion.
    #[task(binds = ADC0SS3, local = [adc, sample_in], priority = 3)]
    fn adc_sample(cx: adc_sample::Context) {
        SIGNALS.sample(cx.local.sample_in, cx.local.adc.take_sample(), Uptime::now_ms());
        NVIC::pend(WORK);
    }

    /// UART0 received bytes (or timed out with some in the FIFO), its transmit FIFO drained through half full, or
    /// the loop queued text and pended this: received bytes go to the loop, queued ones to the FIFO.
    #[task(binds = UART0, local = [console_rx, rx_in, console_fifo, console_out], priority = 2)]
    fn console_uart(cx: console_uart::Context) {
        let queue = cx.local.rx_in;
        let mut received = 0u32;
        let lost = cx.local.console_rx.drain(|byte| {
            received += 1;
            SIGNALS.console_byte(queue, byte);
        });
        SIGNALS.console_bytes_lost(lost);
        if received + lost > 0 {
            NVIC::pend(WORK);
        }
        cx.local.console_fifo.acknowledge();
        transmit(cx.local.console_out, cx.local.console_fifo);
    }

    /// UART1's transmit FIFO drained through half full, or the loop queued a frame and pended this.
    #[task(binds = UART1, local = [telemetry_fifo, telemetry_out], priority = 2)]
    fn telemetry_uart(cx: telemetry_uart::Context) {
        cx.local.telemetry_fifo.acknowledge();
        keel_runtime::transmit::transmit_telemetry(cx.local.telemetry_out, cx.local.telemetry_fifo);
    }

    /// A switch on port E changed: start debouncing.
    #[task(binds = GPIOE, priority = 2)]
    fn buttons_edge_e(_: buttons_edge_e::Context) {
        pins::Buttons::acknowledge_port_e();
        SIGNALS.button_edge();
        NVIC::pend(WORK);
    }

    /// The select switch changed: start debouncing.
    #[task(binds = GPIOF, priority = 2)]
    fn buttons_edge_f(_: buttons_edge_f::Context) {
        pins::Buttons::acknowledge_port_f();
        SIGNALS.button_edge();
        NVIC::pend(WORK);
    }

    /// Runs the node whenever an interrupt hands over data or a deadline passes.
    #[task(binds = PWM_GEN0, priority = 1, local = [runtime, sample_out, rx_out, alarm])]
    fn work(cx: work::Context) {
        let work::LocalResources { runtime, sample_out, rx_out, alarm, .. } = cx.local;
        runtime.run_and_arm(&SIGNALS, sample_out, rx_out, alarm, || NVIC::pend(WORK));
    }

    /// The watchdog's first timeout: the second one resets the chip. Record why, so the next boot can say.
    #[task(binds = WATCHDOG, priority = 2)]
    fn watchdog_warning(_: watchdog_warning::Context) {
        defmt::error!("watchdog expired: resetting at the next timeout");
        keel_runtime::platform::noinit::store(keel_proto::ResetReason::Watchdog, b"");
        // The interrupt stays pending on purpose (clearing it would reload the counter); mask it so it does
        // not fire again until the reset (or until a late feed unmasks it: `keel_lm3s::watchdog`).
        NVIC::mask(Interrupt::WATCHDOG);
    }
}
