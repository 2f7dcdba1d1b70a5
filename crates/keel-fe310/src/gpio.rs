//! GPIO outputs: an LED on one pin.

use crate::pac;

fn gpio() -> &'static pac::gpio0::RegisterBlock {
    // SAFETY: the register block lives for the whole program; each access below is a read-modify-write of
    // output_val/output_en inside a critical section, so holders of different pins never undo each other.
    unsafe { &*pac::Gpio0::ptr() }
}

/// Makes the pins in `mask` outputs driven `high` or low, taken from any IOF function.
pub fn output(mask: u32, high: bool) {
    set(mask, high);
    critical_section::with(|_| {
        let gpio = gpio();
        // SAFETY: changes only the bits in `mask`.
        gpio.iof_en().modify(|r, w| unsafe { w.bits(r.bits() & !mask) });
        // SAFETY: as above.
        gpio.output_en().modify(|r, w| unsafe { w.bits(r.bits() | mask) });
    });
}

/// Drives the pins in `mask` high or low.
pub fn set(mask: u32, high: bool) {
    critical_section::with(|_| {
        // SAFETY: changes only the bits in `mask`.
        gpio().output_val().modify(|r, w| unsafe { w.bits(if high { r.bits() | mask } else { r.bits() & !mask }) });
    });
}
