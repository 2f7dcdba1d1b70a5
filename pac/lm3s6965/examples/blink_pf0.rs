//! Drives PF0 (the evaluation board's status LED) through the PAC and exits: proof that the generated
//! register blocks reach the real (emulated) hardware.
//!
//! `cargo run --release --example blink_pf0 --features rt,critical-section` boots it in QEMU. QEMU's
//! `-trace pl061_set_output` shows each change of the pin: it goes high and low four times through the
//! masked data aperture, then high once through the all-pins DATA view.

#![no_std]
#![no_main]

use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprintln};
use lm3s6965_pac as pac;

/// PF0's bit in the port's registers, and the index of its masked DATA word.
const PF0: u8 = 1 << 0;

#[entry]
fn main() -> ! {
    let peripherals = pac::Peripherals::take().expect("the peripherals are taken once, here");

    // Clock port F; the datasheet asks for a few cycles before its registers answer, which the read-back covers.
    peripherals.sysctl.rcgc2().modify(|_, w| w.gpiof().set_bit());
    let _ = peripherals.sysctl.rcgc2().read();

    let port = &peripherals.gpiof;
    port.dir().modify(|_, w| w.p(0).set_bit());
    port.den().modify(|_, w| w.p(0).set_bit());

    // The word at index PF0 of the masked aperture writes PF0 only, whatever the other bits say.
    for _ in 0..4 {
        port.data_masked(usize::from(PF0)).write(|w| w.set(0xFF));
        port.data_masked(usize::from(PF0)).write(|w| w.p(0).clear_bit());
    }
    port.data().modify(|_, w| w.p(0).set_bit());

    let level = port.data().read().p(0).bit();
    hprintln!("PF0 is {}", if level { "high" } else { "low" });
    debug::exit(if level { debug::EXIT_SUCCESS } else { debug::EXIT_FAILURE });
    loop {}
}

/// Any panic ends the emulation with a failure status.
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    debug::exit(debug::EXIT_FAILURE);
    loop {}
}
