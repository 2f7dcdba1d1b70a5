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

keel_runtime::defmt_uptime!(keel_nrf51::uptime::Uptime);

/// This board's parts, as the runtime sees them.
pub struct Microbit;

impl keel_runtime::Board for Microbit {
    type Uptime = keel_nrf51::uptime::Uptime;
    type Led = keel_runtime::ActiveLow<keel_runtime::PortPin>;
    type Console = keel_nrf51::console::ConsoleTx;
    type Telemetry = keel_runtime::platform::DefmtFrames;
    type SampleClock = keel_nrf51::sampling::SampleTimer;
    type Sensor = keel_nrf51::temperature::DieTemperature;
    type Display = keel_runtime::NoDisplay;
    type Watchdog = keel_nrf51::watchdog::Watchdog;
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
    use keel_nrf51::pac::Interrupt;
    use keel_nrf51::uptime::{Alarm, Uptime};
    use keel_nrf51::{console, sampling, temperature, watchdog};
    use keel_runtime::platform::DefmtFrames;
    use keel_runtime::{
        Alarm as _, ConsoleQueue, NoDisplay, Outputs, Parts, RawSample, SampleQueue, Uptime as _, SIGNALS,
    };

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
        console_rx: console::ConsoleRx,
    }

    #[init(local = [
        samples: SampleQueue = SampleQueue::new(),
        rx: ConsoleQueue = ConsoleQueue::new(),
    ])]
    fn init(cx: init::Context) -> (Shared, Local) {
        // The start-up order is the runtime's (`keel_runtime::startup`); each step here is this chip's part.
        let p = cx.device;
        let boot = keel_runtime::platform::begin(|| watchdog::reset_reason(&p.POWER));
        let (boot, watchdog) = boot.watchdog(|| watchdog::Watchdog::start(p.WDT));
        let (boot, ()) = boot.clocks(|| {
            let outcome = keel_nrf51::clocks::start(&p.CLOCK);
            keel_nrf51::uptime::start(p.TIMER0);
            ((), outcome)
        });
        let (boot, (console_tx, console_rx)) =
            boot.receive(|| console::console(p.UART0, pins::CONSOLE_TX, pins::CONSOLE_RX));
        let (boot, sensor) = boot.sensor(temperature::DieTemperature::new(p.TEMP));

        let (led, buttons) = pins::led_and_buttons();
        let mut adc = sampling::Adc::new(p.ADC, pins::SAMPLED);
        // What this board does not have; the ADC is added when it does not finish a first conversion.
        let mut config =
            Config::new("microbit").without(Missing::DISPLAY.and(Missing::TELEMETRY_UART).and(Missing::BUTTONS));
        let sampling = adc.convert().is_some();
        if !sampling {
            defmt::error!("the ADC did not finish a conversion: sampling is off");
            config = config.without(Missing::ADC);
        }
        let outputs =
            Outputs::new(led, console_tx, DefmtFrames, sampling::SampleTimer::new(p.TIMER1, sampling), NoInitRecord);
        let parts = Parts { outputs, sensor, display: NoDisplay, watchdog, buttons };
        let runtime = boot.run(config, parts);

        let (sample_in, sample_out) = cx.local.samples.split();
        let (rx_in, rx_out) = cx.local.rx.split();
        NVIC::pend(WORK);
        (Shared {}, Local { runtime, sample_in, sample_out, rx_in, rx_out, adc, console_rx })
    }

    #[idle]
    fn idle(_: idle::Context) -> ! {
        keel_runtime::platform::sleep_forever::<Uptime>()
    }

    /// The uptime counter restarted, or the alarm fired: start `work` if its deadline has come, else set the
    /// alarm again (a deadline past the previous period could not be set before this restart).
    #[task(binds = TIMER0, priority = 3)]
    fn clock(_: clock::Context) {
        keel_nrf51::uptime::interrupt();
        match keel_runtime::time::until(SIGNALS.next_wake(), Uptime::now_ms()) {
            Some(delay_ms) => Alarm.set(delay_ms),
            None => NVIC::pend(WORK),
        }
    }

    /// The sample clock fired: convert and queue. A conversion that does not finish is not a sample.
    #[task(binds = TIMER1, local = [adc, sample_in], priority = 3)]
    fn sample(cx: sample::Context) {
        sampling::SampleTimer::acknowledge();
        if let Some(raw) = cx.local.adc.convert() {
            SIGNALS.sample(cx.local.sample_in, raw, Uptime::now_ms());
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
        runtime.run_and_arm(&SIGNALS, sample_out, rx_out, &mut Alarm, || NVIC::pend(WORK));
    }
}
