//! The FE310-G002's peripherals as Keel's runtime uses them, written against the PAC (`e310x`) with every wait
//! bounded. Any FE310 board uses these; what is about one board (which pins, which LED) stays in its
//! `boards/<board>` crate.
//!
//! Register layouts from SiFive's FE310-G002 Manual v1p1 (the PAC's SVD says the same); QEMU's behaviour from
//! `hw/riscv/sifive_e*.c` of 10.0.2 (`tests/README.md`, "What QEMU models"). QEMU models the UARTs, GPIO, PRCI, the CLINT, the
//! PLIC and (from 10) the AON watchdog, but not the PMU, whose registers read 0.

#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]

pub mod clocks;
pub mod console;
pub mod gpio;
pub mod i2c;
pub mod interrupts;
pub mod node;
pub mod uptime;
pub mod watchdog;

pub use e310x as pac;

/// The console's and the telemetry's baud rate.
pub const BAUD: u32 = 115_200;
/// The watchdog's timeout: the runtime feeds it every 250 ms while the node makes progress.
pub const WATCHDOG_MS: u32 = 2_000;

/// Polls of a status flag before giving up: far more than the slowest wait here takes on silicon (a byte
/// at 115200 baud is 87 us, the crystal starts in a few ms; a poll is a few cycles at 16 MHz).
const FLAG: keel_runtime::Polls = keel_runtime::Polls(100_000);
