//! The node every FE310 board runs: the shared runtime on riscv-rt, from a plain `#[entry]` loop. A board crate
//! is its pins and this macro (`boards/hifive1-revb/src/main.rs`; `cargo xtask new-board --chip FE310-G002`
//! writes one).
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
//! What an FE310 board lacks, the node says in `status` (`missing:`): an analog input (the chip has no ADC), and
//! a display and buttons (the macro gives none). The temperature comes from a TMP105 on I2C0; QEMU's `sifive_e`
//! has no I2C, so there every read is a bus error.

/// An FE310 board's node: its type for the runtime, its start-up and work loop, its interrupt handlers.
///
/// ```ignore
/// keel_fe310::app!(HiFive1 {
///     name: "hifive1-revb",
///     console: { tx: 17, rx: 16 },
///     telemetry_tx: 18,
///     led: 19,
///     other_leds: [21, 22],
///     i2c: { sda: 12, scl: 13 },
/// });
/// ```
///
/// The pins are GPIO numbers (the FE310-G002 manual's IOF table says which can carry UART0, UART1 and I2C0); the
/// LED is lit when its pin is low, and `other_leds` (an RGB LED's other colours, also active low) are turned off.
/// The board crate depends on `keel-core`, `keel-drivers`, `keel-runtime`, `riscv-rt`, `riscv`, `heapless` and
/// `static_cell`.
#[macro_export]
macro_rules! app {
    ($board:ident {
        name: $name:literal,
        console: { tx: $console_tx:expr, rx: $console_rx:expr $(,)? },
        telemetry_tx: $telemetry_tx:expr,
        led: $led:expr,
        other_leds: [$($other_led:expr),* $(,)?],
        i2c: { sda: $sda:expr, scl: $scl:expr $(,)? } $(,)?
    }) => {
        keel_runtime::defmt_uptime!(keel_fe310::uptime::Uptime);
        keel_runtime::reset_with!(keel_fe310::watchdog::reset_now);

        /// This board's parts, as the runtime sees them.
        pub struct $board;

        impl keel_runtime::Board for $board {
            type Uptime = keel_fe310::uptime::Uptime;
            type Led = keel_runtime::ActiveLow<keel_runtime::PortPin>;
            type Console = keel_runtime::transmit::QueuedTx<keel_fe310::console::Line>;
            type Telemetry = keel_runtime::Serial<keel_fe310::console::Tx>;
            type SampleClock = keel_runtime::NoSampling;
            type Sensor = keel_drivers::tmp105::Tmp105<keel_fe310::i2c::Bus>;
            type Display = keel_runtime::NoDisplay;
            type Watchdog = keel_fe310::watchdog::Watchdog;
            type Buttons = keel_runtime::NoButtons;

            fn reset() -> ! {
                keel_fe310::watchdog::reset_now()
            }

            fn check_wiring() -> keel_core::Miswired {
                keel_fe310::interrupts::check_wiring()
            }

            fn unwire() {
                keel_fe310::interrupts::unwire()
            }
        }

        /// UART0's receive side and the console queue's input half, for the external interrupt.
        static CONSOLE_IN: keel_runtime::HandOff<(
            keel_fe310::console::Rx,
            heapless::spsc::Producer<'static, u8>,
            keel_fe310::console::Transmit,
            heapless::spsc::Consumer<'static, u8>,
        )> = keel_runtime::HandOff::new();

        #[riscv_rt::entry]
        fn main() -> ! {
            use keel_fe310::{console, gpio, i2c, interrupts, pac, watchdog};
            use keel_runtime::platform::noinit::NoInitRecord;
            // The start-up order is the runtime's (`keel_runtime::startup`); each step here is this chip's part.
            let Some(p) = pac::Peripherals::take() else { panic!("the peripherals were taken before start-up") };
            let boot = keel_runtime::platform::begin(|| watchdog::reset_reason(&p.pmu));
            let (boot, watchdog) = boot.watchdog(|| watchdog::Watchdog::start(p.wdog, keel_fe310::WATCHDOG_MS));
            let (boot, core_clock) = boot.clocks(|| keel_fe310::clocks::start(&p.prci));
            let (boot, (console_tx, mut console_out)) = boot.receive(|| {
                let (console_tx, console_rx) = console::Port::uart0(p.uart0, $console_tx, $console_rx)
                    .start(core_clock.hz, keel_fe310::BAUD);
                static CONSOLE: static_cell::StaticCell<keel_runtime::ConsoleQueue> = static_cell::StaticCell::new();
                let (console_in, console_out) = CONSOLE.init(keel_runtime::ConsoleQueue::new()).split();
                static CONSOLE_TX: static_cell::StaticCell<keel_runtime::transmit::ConsoleTransmitQueue> =
                    static_cell::StaticCell::new();
                let (queued, sending) = CONSOLE_TX.init(keel_runtime::transmit::ConsoleTransmitQueue::new()).split();
                let (fifo, line) = console_tx.queued();
                if let Some(rx) = console_rx {
                    CONSOLE_IN.put((rx, console_in, fifo, sending));
                }
                let console_tx = keel_runtime::transmit::QueuedTx::new(queued, line);
                interrupts::enable_uart0();
                // SAFETY: every handler the enabled interrupts reach is defined below (and riscv-rt's default traps).
                unsafe { riscv::interrupt::enable() };
                (console_tx, console_out)
            });
            let bus = i2c::Bus::start(p.i2c0, $sda, $scl, core_clock.hz);
            let sensor = keel_drivers::tmp105::Tmp105::new(bus, keel_drivers::tmp105::DEFAULT_ADDRESS);
            let (boot, sensor) = boot.sensor(sensor);

            let (telemetry_tx, _) = console::Port::uart1_tx(p.uart1, $telemetry_tx).start(core_clock.hz, keel_fe310::BAUD);
            gpio::output(0 $(| 1 << $other_led)*, true); // lit when low: off
            gpio::output(1 << $led, true); // off until the node lights it
            let led = keel_runtime::ActiveLow(keel_runtime::PortPin::new($led, gpio::set));
            // No analog input: the sample queue stays empty (the smallest one the runtime's `run` takes).
            let mut no_samples: heapless::spsc::Queue<keel_runtime::RawSample, 2> = heapless::spsc::Queue::new();
            let (_, mut sample_out) = no_samples.split();
            let mut alarm = keel_fe310::uptime::Alarm::start();
            let missing = keel_core::Missing::ADC.and(keel_core::Missing::DISPLAY).and(keel_core::Missing::BUTTONS);
            let config = keel_core::Config::new($name).without(missing);
            let outputs = keel_runtime::Outputs::new(
                led,
                console_tx,
                keel_runtime::Serial(telemetry_tx),
                keel_runtime::NoSampling,
                NoInitRecord,
            );
            let parts = keel_runtime::Parts {
                outputs,
                sensor,
                display: keel_runtime::NoDisplay,
                watchdog,
                buttons: keel_runtime::NoButtons,
            };
            let mut runtime = boot.run::<$board, NoInitRecord>(config, parts);

            keel_runtime::platform::serve::<keel_fe310::uptime::Uptime>(|| {
                runtime.run_and_arm(
                    &keel_runtime::SIGNALS,
                    &mut sample_out,
                    &mut console_out,
                    &mut alarm,
                    keel_runtime::platform::wake,
                );
            })
        }

        /// The alarm: the work loop's deadline came.
        #[riscv_rt::core_interrupt(keel_fe310::pac::interrupt::CoreInterrupt::MachineTimer)]
        fn machine_timer() {
            keel_fe310::uptime::interrupt();
            keel_runtime::platform::wake();
        }

        /// The PLIC: UART0 received bytes.
        #[riscv_rt::core_interrupt(keel_fe310::pac::interrupt::CoreInterrupt::MachineExternal)]
        fn machine_external() {
            keel_fe310::interrupts::dispatch(|| {
                let received = CONSOLE_IN.with(|(rx, queue, fifo, sending)| {
                    let received = rx.drain(|byte| keel_runtime::SIGNALS.console_byte(queue, byte));
                    keel_runtime::transmit::transmit(sending, fifo);
                    received
                });
                // Only received bytes are the loop's business; a transmit interrupt is not.
                if received != Some(0) {
                    keel_runtime::platform::wake();
                }
            });
        }
    };
}
