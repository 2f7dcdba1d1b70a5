//! The node every nRF51 board runs: the board gives its pins and options as a [`Wiring`], and [`app!`](crate::app)
//! writes the rest, an RTIC 2 app whose start-up follows the runtime's order (`keel_runtime::startup`): the reset
//! cause, the watchdog (its 32 kHz clock's source chosen first), the clocks and the uptime, the console's receive
//! path, the die temperature sensor, the ADC (one that does not answer is `missing: adc`), the runtime.
//!
//! | priority | task | does |
//! | --- | --- | --- |
//! | 3 | `clock` (TIMER0: restart every 300 ms, alarm) | counts the uptime counter's periods; starts `work` at its deadline |
//! | 3 | `sample` (TIMER1, the sample rate) | converts the sampled input and queues the sample (drops counted) |
//! | 2 | `console_rx` (UART0) | queues received bytes (drops and errors counted) |
//! | 1 | `work` (SWI0, pended by software) | `Runtime::run_and_arm`: the node, its actions, the schedule; arms the alarm |
//!
//! A macro, not a function: RTIC's app is a module its attribute writes out, and interrupt tasks own their
//! handles without a critical section. A plain `wfi` loop with the handles handed off through critical sections
//! (as the STM32 and FE310 boards run) measured 612 bytes more on the micro:bit (21,880 B against 21,268 B),
//! which its flash budget has no room for.

use keel_core::Missing;

use crate::clocks::LowFrequencyClock;
use crate::console::ConsolePins;
use crate::pac::Interrupt;
use crate::sampling::AnalogInput;

/// What a board wires: its pins and the options real boards differ in.
#[derive(Debug, Clone, Copy)]
pub struct Wiring {
    /// The board's name, in the banner and `version`.
    pub name: &'static str,
    /// UART0's pins (and its flow control, where the board has it).
    pub console: ConsolePins,
    /// The 32 kHz clock's source.
    pub low_frequency_clock: LowFrequencyClock,
    /// The analog input sampled.
    pub sampled: AnalogInput,
    /// What the board does not have besides the display and a second serial port, which no nRF51 board here has
    /// (telemetry travels in the defmt stream); the ADC is added when it does not answer.
    pub missing: Missing,
}

/// The self-check of an nRF51 board on [`app!`](crate::app): every vector its RTIC app binds is enabled (RTIC
/// enables them after `init`). TIMER0 is both the uptime counter's and the alarm's.
pub fn check_wiring() -> keel_core::Miswired {
    use keel_core::Miswired;
    let off = |irq: Interrupt| !cortex_m::peripheral::NVIC::is_enabled(irq);
    Miswired::NONE
        .when(off(Interrupt::UART0), Miswired::CONSOLE_IRQ)
        .when(off(Interrupt::TIMER1), Miswired::SAMPLING_IRQ)
        .when(off(Interrupt::TIMER0), Miswired::ALARM_IRQ.and(Miswired::UPTIME))
        .when(off(Interrupt::SWI0), Miswired::WORK_IRQ)
}

/// Test firmware only (`test unwire`): masks the sample clock's vector (the console still answers).
pub fn unwire() {
    cortex_m::peripheral::NVIC::mask(Interrupt::TIMER1);
}

/// Missing on every nRF51 board here: no display, and one UART (the console).
pub const ALWAYS_MISSING: Missing = Missing::DISPLAY.and(Missing::TELEMETRY_UART);

/// The board's type for the runtime and its RTIC app: `keel_nrf51::app!(Microbit { wiring: WIRING, led: ..,
/// buttons: .., pins: pins::led_and_buttons })`, where `pins` makes the LED and the buttons after the start-up
/// steps (it configures GPIO pins only). The board crate depends on `rtic` (with `thumbv6-backend`), `heapless`,
/// `cortex-m`, `defmt`, `keel-core` and `keel-runtime`.
#[macro_export]
macro_rules! app {
    ($board:ident { wiring: $wiring:expr, led: $led:ty, buttons: $buttons:ty, pins: $pins:path $(,)? }) => {
        /// This board's parts, as the runtime sees them.
        pub struct $board;

        impl keel_runtime::Board for $board {
            type Uptime = keel_nrf51::uptime::Uptime;
            type Led = $led;
            type Console = keel_nrf51::console::ConsoleTx;
            type Telemetry = keel_runtime::platform::DefmtFrames;
            type SampleClock = keel_nrf51::sampling::SampleTimer;
            type Sensor = keel_nrf51::temperature::DieTemperature;
            type Display = keel_runtime::NoDisplay;
            type Watchdog = keel_nrf51::watchdog::Watchdog;
            type Buttons = $buttons;

            fn reset() -> ! {
                keel_runtime::platform::reset()
            }

            fn check_wiring() -> keel_core::Miswired {
                keel_nrf51::node::check_wiring()
            }

            fn unwire() {
                keel_nrf51::node::unwire()
            }
        }

        keel_runtime::defmt_uptime!(keel_nrf51::uptime::Uptime);

        #[rtic::app(device = keel_nrf51::pac, peripherals = true)]
        mod app {
            use cortex_m::peripheral::NVIC;
            use heapless::spsc::{Consumer, Producer};
            use keel_core::{Config, Missing};
            use keel_nrf51::pac::Interrupt;
            use keel_nrf51::uptime::{Alarm, Uptime};
            use keel_nrf51::{clocks, console, node, sampling, temperature, uptime, watchdog};
            use keel_runtime::platform::noinit::NoInitRecord;
            use keel_runtime::platform::DefmtFrames;
            use keel_runtime::{
                Alarm as _, ConsoleQueue, NoDisplay, Outputs, Parts, RawSample, SampleQueue, Uptime as _, SIGNALS,
            };

            /// The vector `work` runs on: software interrupt 0, pended by the other tasks.
            const WORK: Interrupt = Interrupt::SWI0;

            #[shared]
            struct Shared {}

            #[local]
            struct Local {
                runtime: keel_runtime::Runtime<super::$board, NoInitRecord>,
                sample_in: Producer<'static, RawSample>,
                sample_out: Consumer<'static, RawSample>,
                rx_in: Producer<'static, u8>,
                rx_out: Consumer<'static, u8>,
                adc: sampling::Adc,
                console_rx: console::ConsoleRx,
            }

            #[init(local = [samples: SampleQueue = SampleQueue::new(), rx: ConsoleQueue = ConsoleQueue::new()])]
            fn init(cx: init::Context) -> (Shared, Local) {
                // The board's items, named as in the board's root module.
                use super::*;
                let wiring: node::Wiring = $wiring;
                let p = cx.device;
                let boot = keel_runtime::platform::begin(|| watchdog::reset_reason(&p.POWER));
                let (boot, watchdog) = boot.watchdog(|| {
                    clocks::select_low_frequency(&p.CLOCK, wiring.low_frequency_clock);
                    watchdog::Watchdog::start(p.WDT)
                });
                let (boot, ()) = boot.clocks(|| {
                    let outcome = clocks::start(&p.CLOCK);
                    uptime::start(p.TIMER0);
                    ((), outcome)
                });
                let (boot, (console_tx, console_rx)) = boot.receive(|| console::console(p.UART0, wiring.console));
                let (boot, sensor) = boot.sensor(temperature::DieTemperature::new(p.TEMP));

                let (led, buttons) = $pins();
                let mut adc = sampling::Adc::new(p.ADC, wiring.sampled);
                let mut config = Config::new(wiring.name).without(wiring.missing.and(node::ALWAYS_MISSING));
                let sampling = adc.convert().is_some();
                if !sampling {
                    defmt::error!("the ADC did not finish a conversion: sampling is off");
                    config = config.without(Missing::ADC);
                }
                let clock = sampling::SampleTimer::new(p.TIMER1, sampling);
                let outputs = Outputs::new(led, console_tx, DefmtFrames, clock, NoInitRecord);
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

            /// The uptime counter restarted, or the alarm fired: start `work` if its deadline has come, else set
            /// the alarm again (a deadline past the previous period could not be set before this restart).
            #[task(binds = TIMER0, priority = 3)]
            fn clock(_: clock::Context) {
                uptime::interrupt();
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
    };
}
