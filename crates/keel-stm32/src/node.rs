//! The start-up and the work loop every STM32 board runs: the board gives its pins as a [`Wiring`], this does
//! the rest in the runtime's order (`keel_runtime::startup`): the reset flags, the watchdog (through the PAC,
//! before embassy's clock set-up), the clocks (`embassy_stm32::init`), the console's receive path, the sensor,
//! the ADC (every wait bounded: one that does not answer is `missing: adc`, not a reset loop), the runtime.

use embassy_stm32::mode::Blocking;
use embassy_stm32::pac::usart::Usart;
use embassy_stm32::peripherals::{ADC1, PA0};
use embassy_stm32::timer::CoreInstance;
use embassy_stm32::usart::{self, Uart, UartTx};
use embassy_stm32::{i2c, Peri};
use keel_core::{Config, Missing};
use keel_drivers::tmp105::{Tmp105, DEFAULT_ADDRESS};
use keel_runtime::platform::noinit::NoInitRecord;
use keel_runtime::startup::{step, Startup};
use keel_runtime::{Board, ConsoleQueue, NoDisplay, Outputs, Parts, SampleQueue, SIGNALS};
use static_cell::StaticCell;

use crate::console::Tx;
use crate::timers::{Alarm, SampleTimer};
use crate::watchdog::Watchdog;

/// The watchdog's timeout: the runtime feeds it every 250 ms while the node makes progress.
const WATCHDOG_MS: u32 = 2_000;
/// The console's and the telemetry port's line settings.
pub const BAUD: u32 = 115_200;

/// What the board wires, in the order the node uses it.
pub struct Wiring<S: CoreInstance, A: CoreInstance, B: Board> {
    /// The board's name, in the banner and `version`.
    pub name: &'static str,
    /// The console's USART (embassy's, both directions) and its registers (`embassy_stm32::pac::USART2`).
    pub console: (Uart<'static, Blocking>, Usart),
    pub telemetry: B::Telemetry,
    pub led: B::Led,
    pub sensor: B::Sensor,
    pub buttons: B::Buttons,
    /// The converter and its input (PA0 on every board here).
    pub adc: (Peri<'static, ADC1>, Peri<'static, PA0>),
    /// The timer that paces sampling, and the one that wakes the work loop at its deadline.
    pub sample_timer: Peri<'static, S>,
    pub alarm_timer: Peri<'static, A>,
    /// What the board does not have (the ADC is added when it does not answer).
    pub missing: Missing,
}

/// The first three steps of the start-up, from [`boot`] for [`run`].
pub struct Boot {
    startup: Startup<step::Clocked>,
    watchdog: Watchdog,
}

/// The first steps of every boot: the stack painted and the previous boot's record taken (before anything
/// else), the reset flags read, the watchdog started, embassy's clock set-up (`config`), and SysTick started
/// as the uptime at the resulting core clock `core_hz`. Returns the chip's peripherals for the board's pin map.
pub fn boot(config: embassy_stm32::Config, core_hz: u32) -> (Boot, embassy_stm32::Peripherals) {
    let startup = keel_runtime::platform::begin(crate::watchdog::reset_reason);
    let (startup, watchdog) = startup.watchdog(|| Watchdog::start(WATCHDOG_MS));
    let (startup, peripherals) = startup.clocks(|| {
        // embassy's clock set-up has no failure to report: it waits for its oscillators without a bound (the
        // watchdog, already running, resets a chip whose oscillator never starts).
        let peripherals = embassy_stm32::init(config);
        let Some(core) = cortex_m::Peripherals::take() else {
            panic!("the core peripherals were taken before start-up")
        };
        keel_runtime::platform::cortex_m::SYSTICK.start(core.SYST, core_hz);
        (peripherals, Ok(()))
    });
    (Boot { startup, watchdog }, peripherals)
}

/// A USART's settings for the console and telemetry: 115200 8N1.
pub fn serial_config() -> usart::Config {
    let mut config = usart::Config::default();
    config.baudrate = BAUD;
    config
}

/// A transmit-only USART as the telemetry port.
pub fn telemetry(uart: UartTx<'static, Blocking>, registers: Usart) -> keel_runtime::Serial<Tx> {
    keel_runtime::Serial(Tx::new(uart, registers))
}

/// I2C1's settings for the TMP105: 100 kHz, a 50 ms timeout for every wait (embassy-time on the uptime), and
/// the internal pull-ups where the GPIO has them in alternate-function mode (not on F1: its board needs
/// external ones), so that an unplugged sensor answers with a NACK instead of floating lines.
pub fn i2c_config() -> i2c::Config {
    let mut config = i2c::Config::default();
    config.frequency = embassy_stm32::time::Hertz::khz(100);
    config.timeout = embassy_time::Duration::from_millis(50);
    #[cfg(not(feature = "f1"))]
    {
        config.scl_pullup = true;
        config.sda_pullup = true;
    }
    config
}

/// A TMP105 (or TMP102, TMP75) at its default address on `bus` (the start-up sets it up).
pub fn tmp105<I: embedded_hal::i2c::I2c>(bus: I) -> Tmp105<I> {
    Tmp105::new(bus, DEFAULT_ADDRESS)
}

/// Starts the node on `wiring` and runs it: interrupts queue and wake, this loop does the work.
pub fn run<S, A, B>(boot: Boot, wiring: Wiring<S, A, B>) -> !
where
    S: CoreInstance,
    A: CoreInstance,
    B: Board<Console = Tx, SampleClock = SampleTimer<S>, Display = NoDisplay, Watchdog = Watchdog>,
{
    static CONSOLE: StaticCell<ConsoleQueue> = StaticCell::new();
    static SAMPLES: StaticCell<SampleQueue> = StaticCell::new();
    let Wiring { name, console, telemetry, led, sensor, buttons, adc, sample_timer, alarm_timer, missing } = wiring;
    let Boot { startup, watchdog } = boot;
    let (startup, (console_tx, mut console_out)) =
        startup.receive(|| crate::console::start(console.0, console.1, CONSOLE.init(ConsoleQueue::new())));
    let (startup, sensor) = startup.sensor(sensor);
    let (sample_clock, mut samples_out, sampling) =
        crate::sampling::start(adc.0, adc.1, sample_timer, SAMPLES.init(SampleQueue::new()));
    let mut config = Config::new(name).without(missing);
    if !sampling {
        defmt::error!("the ADC did not answer: sampling is off");
        config = config.without(Missing::ADC);
    }
    let mut alarm = Alarm::new(alarm_timer);
    let outputs = Outputs::new(led, console_tx, telemetry, sample_clock, NoInitRecord);
    let parts = Parts { outputs, sensor, display: NoDisplay, watchdog, buttons };
    let mut runtime = startup.run::<B, NoInitRecord>(config, parts);
    keel_runtime::platform::serve::<crate::Uptime>(|| {
        runtime.run_and_arm(&SIGNALS, &mut samples_out, &mut console_out, &mut alarm, keel_runtime::platform::wake);
    })
}
