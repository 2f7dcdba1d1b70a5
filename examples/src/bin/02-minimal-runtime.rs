//! # 02 · Minimal runtime: the floor every other example stands on
//!
//! What it shows: the least a cortex-m-rt program needs. `#[entry]` marks the function the runtime's
//! reset handler calls once RAM is ready (`.data` copied, `.bss` zeroed); it returns `!` because there
//! is nothing to return to. `panic_halt` is the panic handler (spin forever). The loop sleeps with `wfi`
//! so the core idles instead of burning power.
//!
//! What to look at: how little is here compared with `freestanding/src/main.rs`, which does the
//! runtime's work by hand, and its size in the README table: the vector table (16 exception entries plus
//! the LM3S6965's interrupts, from the peripheral access crate) and a few dozen bytes of code.
//!
//! Check: QEMU is asked (over QMP) where the CPU is after it has run for a while; the program counter
//! must be inside `main`, asleep in the `wfi` loop.

#![no_std]
#![no_main]

use cortex_m_rt::entry;
// The peripheral access crate supplies the interrupt half of the vector table, which cortex-m-rt's
// `device` feature requires every program to link.
use lm3s6965_pac as _;
use panic_halt as _;

#[entry]
fn main() -> ! {
    loop {
        cortex_m::asm::wfi();
    }
}
