//! # 03 · Register blinky: SysTick and direct register writes
//!
//! What it shows: blinking the EVB's user LED (PF0) with nothing between the program and the hardware:
//! the core's SysTick timer (through `cortex_m::peripheral::SYST`) counts down from a reload value and
//! sets COUNTFLAG each time it wraps; the loop waits for the flag and flips the pin by writing GPIO port
//! F's data register. Before that, the port's clock is switched on (RCGC2) and PF0 made a digital output
//! (DIR, DEN): a peripheral whose clock is gated off ignores its registers.
//!
//! What to look at: the order of the set-up writes; `data_masked(PF0)`: GPIODATA is mirrored over 256
//! words whose address bits 9:2 mask the pins a write changes, so writing the word at index `PF0`
//! changes PF0 and nothing else, with no read-modify-write; `RELOAD`, computed from the core clock
//! (12.5 MHz in QEMU after reset). The register access goes through Keel's PAC (`pac/lm3s6965`), whose
//! `Peripherals::take` hands out the registers once: no `unsafe` is needed.
//!
//! Check: QEMU traces every PF0 change (`-trace pl061_set_output`) while the check samples QEMU's
//! instruction counter (under `-icount`, virtual time is the count times a fixed step); the half period
//! between two changes must be 500 ms of virtual time, within 2 %.

#![no_std]
#![no_main]

use cortex_m::peripheral::syst::SystClkSource;
use cortex_m_rt::entry;
use lm3s6965_pac as pac;
use panic_halt as _;

/// QEMU's LM3S6965 core clock after reset: 12.5 MHz (see the README).
const CORE_CLOCK_HZ: u32 = 12_500_000;
/// SysTick wraps every 500 ms: it counts RELOAD..=0, RELOAD + 1 core clock cycles.
const RELOAD: u32 = CORE_CLOCK_HZ / 2 - 1;
/// PF0's bit in port F's registers, which is also the index of the data word that reaches PF0 alone.
const PF0: usize = 1 << 0;

#[entry]
fn main() -> ! {
    let core = cortex_m::Peripherals::take().expect("taken once, at start-up");
    let device = pac::Peripherals::take().expect("taken once, at start-up");
    let mut systick = core.SYST;

    // Clock GPIO port F; the datasheet asks for a few cycles before its registers answer, which reading
    // the clock gate back provides.
    device.sysctl.rcgc2().modify(|_, w| w.gpiof().set_bit());
    let _ = device.sysctl.rcgc2().read();
    let port = &device.gpiof;
    port.dir().modify(|_, w| w.p(0).set_bit());
    port.den().modify(|_, w| w.p(0).set_bit());

    systick.set_clock_source(SystClkSource::Core);
    systick.set_reload(RELOAD);
    systick.clear_current();
    systick.enable_counter();

    let mut on = false;
    loop {
        while !systick.has_wrapped() {}
        on = !on;
        port.data_masked(PF0).write(|w| w.p(0).bit(on));
    }
}
