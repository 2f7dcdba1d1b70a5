//! Keel's sensor node on the BBC micro:bit v1 (nRF51822, Cortex-M0): the shared runtime wired to the chip's
//! interrupts with RTIC 2. Everything here is about this chip and board; what the node does is in `keel-core`
//! and how it runs in `keel-runtime`.
//!
//! | priority | task | does |
//! | --- | --- | --- |
//! | 3 | `clock` (TIMER0: restart every 300 ms, alarm) | counts the uptime counter's periods; starts `work` at its deadline |
//! | 3 | `sample` (TIMER1, the sample rate) | converts the edge pad P0 and queues the sample (drops counted) |
//! | 2 | `console_rx` (UART0) | queues received bytes (drops and errors counted) |
//! | 1 | `work` (SWI0, pended by software) | `Runtime::run`: the node, its actions, the schedule; arms the alarm |
//!
//! What the micro:bit lacks, the node says in `status` (`missing:`): the display, a second serial port (the
//! telemetry frames travel in the defmt stream instead: `keel_runtime::platform::DefmtFrames`), three of the
//! five buttons, and the ADC when it does not answer at start-up (QEMU does not model it).

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

mod hw;

use keel_runtime::platform::noinit::NoInitRecord;

keel_runtime::defmt_uptime!(hw::now_ms());

/// This board's parts, as the runtime sees them.
pub struct Microbit;

impl keel_runtime::Board for Microbit {
    type Led = hw::Led;
    type Console = hw::ConsoleTx;
    type Telemetry = keel_runtime::platform::DefmtFrames;
    type SampleClock = hw::SampleTimer;
    type Sensor = hw::DieTemperature;
    type Display = keel_runtime::NoDisplay;
    type Watchdog = hw::Watchdog;
    type Buttons = hw::Buttons;

    fn reset() -> ! {
        keel_runtime::platform::cortex_m::reset()
    }
}

type Runtime = keel_runtime::Runtime<Microbit, NoInitRecord>;

#[rtic::app(device = nrf51_pac, peripherals = true)]
mod app {
    use cortex_m::peripheral::NVIC;
    use heapless::spsc::{Consumer, Producer};
    use keel_core::{Config, Missing};
    use keel_runtime::platform::DefmtFrames;
    use keel_runtime::{BootCause, NoDisplay, Outputs, Parts, RawSample, SampleQueue, ConsoleQueue, SIGNALS};
    use nrf51_pac::Interrupt;

    use super::{hw, NoInitRecord, Runtime};

    /// The vector `work` runs on: software interrupt 0, pended by the other tasks.
    const WORK: Interrupt = Interrupt::SWI0;

    #[shared]
    struct Shared {}

    #[local]
    struct Local {
        runtime: Runtime,
        sample_in: Producer<'static, RawSample>,
        sample_out: Consumer<'static, RawSample>,
        rx_in: Producer<'static, u8>,
        rx_out: Consumer<'static, u8>,
        adc: hw::Adc,
        console_rx: hw::ConsoleRx,
    }

    #[init(local = [
        samples: SampleQueue = SampleQueue::new(),
        rx: ConsoleQueue = ConsoleQueue::new(),
    ])]
    fn init(cx: init::Context) -> (Shared, Local) {
        let previous = keel_runtime::platform::cortex_m::start();
        let p = cx.device;
        if !hw::start_clocks(&p.CLOCK) {
            defmt::warn!("the 16 MHz crystal did not start: running on the RC oscillator");
        }
        hw::start_clock(&p.TIMER0);
        let (console_tx, console_rx) = hw::console(p.UART0, &p.GPIO);
        let (led, buttons) = hw::led_and_buttons(&p.GPIO);
        let mut adc = hw::Adc::new(p.ADC);
        let watchdog = hw::Watchdog::start(p.WDT);

        // What this board does not have; the ADC is added when it does not finish a first conversion.
        let mut config = Config::new("microbit").without(Missing::DISPLAY.and(Missing::TELEMETRY_UART).and(Missing::BUTTONS));
        let sampling = adc.convert().is_some();
        if !sampling {
            defmt::error!("the ADC did not finish a conversion: sampling is off");
            config = config.without(Missing::ADC);
        }
        let cause = match &previous {
            Some(previous) => BootCause { reason: previous.reason, message: previous.message() },
            None => BootCause { reason: hw::reset_reason(&p.POWER), message: None },
        };
        let outputs = Outputs::new(led, console_tx, DefmtFrames, hw::SampleTimer::new(p.TIMER1, sampling), NoInitRecord);
        let sensor = hw::DieTemperature::new(p.TEMP);
        let parts = Parts { outputs, sensor, display: NoDisplay, watchdog, buttons, now_us: hw::now_us };
        let runtime = Runtime::start(config, cause, parts, hw::now_ms());

        let (sample_in, sample_out) = cx.local.samples.split();
        let (rx_in, rx_out) = cx.local.rx.split();
        NVIC::pend(WORK);
        (Shared {}, Local { runtime, sample_in, sample_out, rx_in, rx_out, adc, console_rx })
    }

    #[idle]
    fn idle(_: idle::Context) -> ! {
        keel_runtime::platform::cortex_m::sleep_forever(hw::now_us)
    }

    /// The uptime counter restarted, or the alarm fired: start `work` if its deadline has come, else set the
    /// alarm again (a deadline past the previous period could not be set before this restart).
    #[task(binds = TIMER0, priority = 3)]
    fn clock(_: clock::Context) {
        hw::clock_interrupt();
        match keel_runtime::time::until(SIGNALS.next_wake(), hw::now_ms()) {
            Some(delay_ms) => hw::set_alarm(delay_ms),
            None => NVIC::pend(WORK),
        }
    }

    /// The sample clock fired: convert and queue. A conversion that does not finish is not a sample.
    #[task(binds = TIMER1, local = [adc, sample_in], priority = 3)]
    fn sample(cx: sample::Context) {
        // SAFETY: only this task touches TIMER1's compare event; `SampleTimer` writes its other registers.
        hw::acknowledge_timer(&unsafe { nrf51_pac::Peripherals::steal() }.TIMER1);
        if let Some(raw) = cx.local.adc.convert() {
            SIGNALS.sample(cx.local.sample_in, raw, hw::now_ms());
            NVIC::pend(WORK);
        }
    }

    /// UART0 received bytes.
    #[task(binds = UART0, local = [console_rx, rx_in], priority = 2)]
    fn console_rx(cx: console_rx::Context) {
        let queue = cx.local.rx_in;
        let lost = cx.local.console_rx.drain(|byte| SIGNALS.console_byte(queue, byte));
        SIGNALS.console_bytes_lost(lost);
        NVIC::pend(WORK);
    }

    /// Runs the node whenever an interrupt hands over data or a deadline passes.
    #[task(binds = SWI0, priority = 1, local = [runtime, sample_out, rx_out])]
    fn work(cx: work::Context) {
        let work::LocalResources { runtime, sample_out, rx_out, .. } = cx.local;
        runtime.run_and_arm(hw::now_ms, &SIGNALS, sample_out, rx_out, hw::set_alarm, || NVIC::pend(WORK));
    }
}
