//! # 07a · Panic strategy: `panic-halt`
//!
//! What it shows: the cheapest panic handler. On a panic the core spins in the handler forever: nothing
//! is reported, the message and location are optimised away, and only a debugger (or a watchdog) can
//! tell that anything happened.
//!
//! What to look at: the flash column in the README next to `07-panic-semihosting` and `07-panic-defmt`;
//! the three programs are identical apart from the panic crate they link.
//!
//! Check: the run never ends by itself; QEMU is asked (over QMP) where the CPU is, and the program
//! counter must be inside the panic handler.

#![no_std]
#![no_main]

use cortex_m_rt::entry;
use lm3s6965_pac as _;
use panic_halt as _;

#[entry]
fn main() -> ! {
    let readings = [17_u16, 23, 42];
    // `black_box` hides the index from the optimiser, so the bounds check (and its panic) stays.
    let index = core::hint::black_box(3);
    let reading = readings[index];
    core::hint::black_box(reading);
    loop {
        cortex_m::asm::wfi();
    }
}
