//! Keel's sensor node on the SiFive HiFive1 Rev B (FE310-G002, RISC-V rv32imac): the shared runtime on
//! riscv-rt, run from a plain `#[entry]` loop. What the node does is in `keel-core`, how it runs in
//! `keel-runtime`, the FE310's peripherals in `keel-fe310`; this crate is the pin map and the wiring below.
//!
//! | context | does |
//! | --- | --- |
//! | `MachineTimer` | the alarm the work loop set for its next deadline: wakes it |
//! | `MachineExternal` (PLIC: UART0) | queues received bytes (drops counted) and wakes the work loop |
//! | `main` (`keel_runtime::platform::serve`) | `Runtime::run_and_arm`: the node, its actions, the schedule; then `wfi` |
//!
//! Why not RTIC, as the Arm boards use: RTIC's RISC-V backend (`riscv-clint-backend`) runs software tasks at
//! priorities through the SLIC, but tasks bound to the machine timer or the PLIC run with interrupts off and
//! are not masked by its locks. With the runtime's design (interrupts only queue and wake; one context does
//! all the work; nothing shared but lock-free queues and atomics) RTIC would add its executor and nothing else.
//!
//! What the board lacks, the node says in `status` (`missing:`): an analog input (the FE310 has no ADC),
//! the display and the buttons (the HiFive1 has neither). The temperature comes from a TMP105 wired to I2C0
//! (README); QEMU's `sifive_e` has no I2C, so there every read is a bus error.

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

use heapless::spsc::{Producer, Queue};
use keel_core::{Config, Missing};
use keel_drivers::tmp105::{Tmp105, DEFAULT_ADDRESS};
use keel_fe310::uptime::{Alarm, Uptime};
use keel_fe310::{console, gpio, i2c, interrupts, pac, uptime, watchdog};
use keel_runtime::platform::noinit::NoInitRecord;
use keel_runtime::{
    ConsoleQueue, HandOff, NoButtons, NoDisplay, NoSampling, Outputs, Parts, RawSample, Serial, SIGNALS,
};
use static_cell::StaticCell;

keel_runtime::defmt_uptime!(Uptime);
keel_runtime::reset_with!(watchdog::reset_now);

/// The HiFive1 Rev B's pins (its schematic, and the FE310-G002 manual's IOF table): UART0 to the J-Link's
/// virtual serial port, UART1's TX on header pin 1, the RGB LED (lit when low), I2C0 on the SDA/SCL header.
const CONSOLE_TX: u32 = 17;
const CONSOLE_RX: u32 = 16;
const TELEMETRY_TX: u32 = 18;
const LED_GREEN: u32 = 19;
const LED_BLUE: u32 = 21;
const LED_RED: u32 = 22;
const I2C_SDA: u32 = 12;
const I2C_SCL: u32 = 13;
const BAUD: u32 = 115_200;
/// The watchdog's timeout: the runtime feeds it every 250 ms while the node makes progress.
const WATCHDOG_MS: u32 = 2_000;

/// This board's parts, as the runtime sees them.
pub struct HiFive1;

impl keel_runtime::Board for HiFive1 {
    type Uptime = Uptime;
    type Led = keel_runtime::ActiveLow<keel_runtime::PortPin>;
    type Console = console::Tx;
    type Telemetry = Serial<console::Tx>;
    type SampleClock = NoSampling;
    type Sensor = Tmp105<i2c::Bus>;
    type Display = NoDisplay;
    type Watchdog = watchdog::Watchdog;
    type Buttons = NoButtons;

    fn reset() -> ! {
        watchdog::reset_now()
    }

    fn check_wiring() -> keel_core::Miswired {
        interrupts::check_wiring()
    }

    fn unwire() {
        interrupts::unwire()
    }
}

/// UART0's receive side and the console queue's input half, for the external interrupt.
static CONSOLE_IN: HandOff<(console::Rx, Producer<'static, u8>)> = HandOff::new();

#[riscv_rt::entry]
fn main() -> ! {
    // The start-up order is the runtime's (`keel_runtime::startup`); each step here is this chip's part.
    let Some(p) = pac::Peripherals::take() else { panic!("the peripherals were taken before start-up") };
    let boot = keel_runtime::platform::begin(|| watchdog::reset_reason(&p.pmu));
    let (boot, watchdog) = boot.watchdog(|| watchdog::Watchdog::start(p.wdog, WATCHDOG_MS));
    let (boot, core_clock) = boot.clocks(|| keel_fe310::clocks::start(&p.prci));
    let (boot, (console_tx, mut console_out)) = boot.receive(|| {
        let (console_tx, console_rx) = console::Port::uart0(p.uart0, CONSOLE_TX, CONSOLE_RX).start(core_clock.hz, BAUD);
        static CONSOLE: StaticCell<ConsoleQueue> = StaticCell::new();
        let (console_in, console_out) = CONSOLE.init(ConsoleQueue::new()).split();
        if let Some(rx) = console_rx {
            CONSOLE_IN.put((rx, console_in));
        }
        interrupts::enable_uart0();
        // SAFETY: every handler the enabled interrupts reach is defined below (and riscv-rt's default traps).
        unsafe { riscv::interrupt::enable() };
        (console_tx, console_out)
    });
    let bus = i2c::Bus::start(p.i2c0, I2C_SDA, I2C_SCL, core_clock.hz);
    let (boot, sensor) = boot.sensor(Tmp105::new(bus, DEFAULT_ADDRESS));

    let (telemetry_tx, _) = console::Port::uart1_tx(p.uart1, TELEMETRY_TX).start(core_clock.hz, BAUD);
    gpio::output(1 << LED_RED | 1 << LED_BLUE, true); // the other two colours off
    gpio::output(1 << LED_GREEN, true); // off until the node lights it
    let led = keel_runtime::ActiveLow(keel_runtime::PortPin::new(LED_GREEN, gpio::set));
    // No analog input: the sample queue stays empty (the smallest one the runtime's `run` takes).
    let mut no_samples: Queue<RawSample, 2> = Queue::new();
    let (_, mut sample_out) = no_samples.split();
    let mut alarm = Alarm::start();
    let config = Config::new("hifive1-revb").without(Missing::ADC.and(Missing::DISPLAY).and(Missing::BUTTONS));
    let outputs = Outputs::new(led, console_tx, Serial(telemetry_tx), NoSampling, NoInitRecord);
    let parts = Parts { outputs, sensor, display: NoDisplay, watchdog, buttons: NoButtons };
    let mut runtime = boot.run::<HiFive1, NoInitRecord>(config, parts);

    keel_runtime::platform::serve::<Uptime>(|| {
        runtime.run_and_arm(&SIGNALS, &mut sample_out, &mut console_out, &mut alarm, keel_runtime::platform::wake);
    })
}

/// The alarm: the work loop's deadline came.
#[riscv_rt::core_interrupt(pac::interrupt::CoreInterrupt::MachineTimer)]
fn machine_timer() {
    uptime::interrupt();
    keel_runtime::platform::wake();
}

/// The PLIC: UART0 received bytes.
#[riscv_rt::core_interrupt(pac::interrupt::CoreInterrupt::MachineExternal)]
fn machine_external() {
    interrupts::dispatch(|| {
        CONSOLE_IN.with(|(rx, queue)| rx.drain(|byte| SIGNALS.console_byte(queue, byte)));
        keel_runtime::platform::wake();
    });
}
