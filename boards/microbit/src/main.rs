//! Keel's sensor node on the BBC micro:bit v1 (nRF51822, Cortex-M0): the shared runtime wired to the chip's
//! interrupts with RTIC 2. What the node does is in `keel-core`, how it runs in `keel-runtime`, the nRF51's
//! peripherals in `keel-nrf51`; this crate is the pin map (`pins.rs`) and the wiring below.
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

mod pins;

use keel_runtime::platform::noinit::NoInitRecord;

keel_runtime::defmt_uptime!(keel_nrf51::clock::now_ms());

/// This board's parts, as the runtime sees them.
pub struct Microbit;

impl keel_runtime::Board for Microbit {
    type Led = keel_runtime::ActiveLow<keel_runtime::PortPin>;
    type Console = keel_nrf51::uart::ConsoleTx;
    type Telemetry = keel_runtime::platform::DefmtFrames;
    type SampleClock = keel_nrf51::sampling::SampleTimer;
    type Sensor = keel_nrf51::system::DieTemperature;
    type Display = keel_runtime::NoDisplay;
    type Watchdog = keel_nrf51::system::Watchdog;
    type Buttons = pins::Buttons;

    fn reset() -> ! {
        keel_runtime::platform::reset()
    }
}

type Runtime = keel_runtime::Runtime<Microbit, NoInitRecord>;

#[rtic::app(device = keel_nrf51::pac, peripherals = true)]
mod app {
    use cortex_m::peripheral::NVIC;
    use heapless::spsc::{Consumer, Producer};
    use keel_core::{Config, Missing};
    use keel_runtime::platform::DefmtFrames;
    use keel_runtime::{BootCause, NoDisplay, Outputs, Parts, RawSample, SampleQueue, ConsoleQueue, SIGNALS};
    use keel_nrf51::clock::{now_ms, now_us, set_alarm};
    use keel_nrf51::pac::Interrupt;
    use keel_nrf51::{sampling, system, uart};

    use super::{pins, NoInitRecord, Runtime};

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
        adc: sampling::Adc,
        console_rx: uart::ConsoleRx,
    }

    #[init(local = [
        samples: SampleQueue = SampleQueue::new(),
        rx: ConsoleQueue = ConsoleQueue::new(),
    ])]
    fn init(cx: init::Context) -> (Shared, Local) {
        let previous = keel_runtime::platform::start();
        let p = cx.device;
        if !keel_nrf51::clock::start(&p.CLOCK) {
            defmt::warn!("the 16 MHz crystal did not start: running on the RC oscillator");
        }
        keel_nrf51::clock::start_uptime(p.TIMER0);
        let (console_tx, console_rx) = uart::console(p.UART0, pins::CONSOLE_TX, pins::CONSOLE_RX);
        let (led, buttons) = pins::led_and_buttons();
        let mut adc = sampling::Adc::new(p.ADC, pins::SAMPLED);
        let watchdog = system::Watchdog::start(p.WDT);

        // What this board does not have; the ADC is added when it does not finish a first conversion.
        let mut config = Config::new("microbit").without(Missing::DISPLAY.and(Missing::TELEMETRY_UART).and(Missing::BUTTONS));
        let sampling = adc.convert().is_some();
        if !sampling {
            defmt::error!("the ADC did not finish a conversion: sampling is off");
            config = config.without(Missing::ADC);
        }
        let cause = match &previous {
            Some(previous) => BootCause { reason: previous.reason, message: previous.message() },
            None => BootCause { reason: system::reset_reason(&p.POWER), message: None },
        };
        let outputs = Outputs::new(led, console_tx, DefmtFrames, sampling::SampleTimer::new(p.TIMER1, sampling), NoInitRecord);
        let sensor = system::DieTemperature::new(p.TEMP);
        let parts = Parts { outputs, sensor, display: NoDisplay, watchdog, buttons, now_us };
        let runtime = Runtime::start(config, cause, parts, now_ms());

        let (sample_in, sample_out) = cx.local.samples.split();
        let (rx_in, rx_out) = cx.local.rx.split();
        NVIC::pend(WORK);
        (Shared {}, Local { runtime, sample_in, sample_out, rx_in, rx_out, adc, console_rx })
    }

    #[idle]
    fn idle(_: idle::Context) -> ! {
        keel_runtime::platform::sleep_forever(now_us)
    }

    /// The uptime counter restarted, or the alarm fired: start `work` if its deadline has come, else set the
    /// alarm again (a deadline past the previous period could not be set before this restart).
    #[task(binds = TIMER0, priority = 3)]
    fn clock(_: clock::Context) {
        keel_nrf51::clock::interrupt();
        match keel_runtime::time::until(SIGNALS.next_wake(), now_ms()) {
            Some(delay_ms) => set_alarm(delay_ms),
            None => NVIC::pend(WORK),
        }
    }

    /// The sample clock fired: convert and queue. A conversion that does not finish is not a sample.
    #[task(binds = TIMER1, local = [adc, sample_in], priority = 3)]
    fn sample(cx: sample::Context) {
        sampling::SampleTimer::acknowledge();
        if let Some(raw) = cx.local.adc.convert() {
            SIGNALS.sample(cx.local.sample_in, raw, now_ms());
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
        runtime.run_and_arm(now_ms, &SIGNALS, sample_out, rx_out, set_alarm, || NVIC::pend(WORK));
    }
}
