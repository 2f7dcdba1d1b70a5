//! # 03 · Register blinky: SysTick and direct register writes
//!
//! What it shows: blinking the EVB's user LED (PF0) with nothing between the program and the hardware:
//! the core's SysTick timer (through `cortex_m::peripheral::SYST`) counts down from a reload value and
//! sets COUNTFLAG each time it wraps; the loop waits for the flag and flips the pin by writing GPIO port
//! F's data register. Before that, the port's clock is switched on (RCGC2) and PF0 made a digital output
//! (DIR, DEN): a peripheral whose clock is gated off ignores its registers.
//!
//! What to look at: the order of the set-up writes; the data register address (`DATA_PF0`): GPIODATA
//! uses address bits 9:2 as a mask, so writing through that address changes PF0 and nothing else, with
//! no read-modify-write; `RELOAD`, computed from the core clock (12.5 MHz in QEMU after reset).
//!
//! Check: QEMU traces every PF0 change (`-trace pl061_set_output`) while the check samples QEMU's
//! instruction counter (under `-icount`, virtual time is the count times a fixed step); the half period
//! between two changes must be 500 ms of virtual time, within 2 %.

#![no_std]
#![no_main]

#[path = "../registers.rs"]
mod registers;

use cortex_m::peripheral::syst::SystClkSource;
use cortex_m_rt::entry;
use lm3s6965 as _;
use panic_halt as _;
use registers::{gpiof, sysctl};

/// QEMU's LM3S6965 core clock after reset: 12.5 MHz (see the README).
const CORE_CLOCK_HZ: u32 = 12_500_000;
/// SysTick wraps every 500 ms: it counts RELOAD..=0, RELOAD + 1 core clock cycles.
const RELOAD: u32 = CORE_CLOCK_HZ / 2 - 1;

#[entry]
fn main() -> ! {
    let core = cortex_m::Peripherals::take().expect("taken once, at start-up");
    let mut systick = core.SYST;

    // SAFETY: this program is the only code touching System Control and GPIO port F, and nothing runs
    // concurrently (no interrupts are enabled).
    unsafe {
        registers::set_bits(sysctl::RCGC2, sysctl::RCGC2_GPIOF);
        // The datasheet asks for a few clocks after enabling a peripheral before touching it.
        cortex_m::asm::delay(3);
        registers::set_bits(gpiof::DIR, gpiof::PF0);
        registers::set_bits(gpiof::DEN, gpiof::PF0);
    }

    systick.set_clock_source(SystClkSource::Core);
    systick.set_reload(RELOAD);
    systick.clear_current();
    systick.enable_counter();

    let mut on = false;
    loop {
        while !systick.has_wrapped() {}
        on = !on;
        // SAFETY: PF0 is configured above and owned by this loop; the masked address changes only PF0.
        unsafe { registers::write(gpiof::DATA_PF0, if on { gpiof::PF0 } else { 0 }) };
    }
}
