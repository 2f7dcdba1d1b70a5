//! # 07c · Panic strategy: through defmt (`panic-probe` with `print-defmt`)
//!
//! What it shows: the panic is logged as a defmt frame (an index into a table of strings kept in the
//! ELF, not in flash) and decoded on the host; `panic-probe` then raises a HardFault (`udf`), which on a
//! real board stops the core under the debug probe. Here a tiny HardFault handler ends the QEMU run
//! with status 1 instead, so the check does not have to wait.
//!
//! What to look at: the flash column against the other two panic strategies. `panic-probe` still
//! formats the panic message with `core::fmt` (the message is built at run time, so it cannot be
//! interned), so the saving over semihosting is smaller than for ordinary log lines (see example 12).
//!
//! Check: the decoded defmt output against `expected/07-panic-defmt.run`, exit status 1.

#![no_std]
#![no_main]

use cortex_m_rt::{entry, exception, ExceptionFrame};
use defmt_semihosting as _;
use lm3s6965_pac as _;
use panic_probe as _;

#[entry]
fn main() -> ! {
    defmt::println!("reading sensor 3 of 3");
    let readings = [17_u16, 23, 42];
    let index = core::hint::black_box(3);
    let reading = readings[index];
    core::hint::black_box(reading);
    loop {
        cortex_m::asm::wfi();
    }
}

/// Where `panic-probe` ends up (it executes `udf`): leave QEMU with a failure status.
#[exception]
unsafe fn HardFault(_frame: &ExceptionFrame) -> ! {
    semihosting::process::exit(1)
}
