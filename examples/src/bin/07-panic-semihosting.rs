//! # 07b · Panic strategy: `panic-semihosting`
//!
//! What it shows: a panic handler that formats the panic message and location with `core::fmt` and
//! writes them to the host's stderr through semihosting, then exits (the `exit` feature), which ends the
//! QEMU run with status 1. Everything a developer wants, at the price of the formatting machinery.
//!
//! What to look at: the flash column in the README against `07-panic-halt`: the difference is
//! `core::fmt` and the semihosting calls. Semihosting needs a debugger or an emulator attached; on a
//! board running alone, the breakpoint instruction it executes stops the core.
//!
//! Check: the golden file `expected/07-panic-semihosting.run` (message, location and exit status 1).

#![no_std]
#![no_main]

use cortex_m_rt::entry;
use lm3s6965_pac as _;
use panic_semihosting as _;

#[entry]
fn main() -> ! {
    let readings = [17_u16, 23, 42];
    let index = core::hint::black_box(3);
    let reading = readings[index];
    core::hint::black_box(reading);
    loop {
        cortex_m::asm::wfi();
    }
}
