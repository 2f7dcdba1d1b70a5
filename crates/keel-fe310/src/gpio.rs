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

/// An LED on one pin: `set_high` lights it, whichever level that takes.
pub struct Led {
    mask: u32,
    lit_level: bool,
}

impl Led {
    /// An LED on `pin`, lit when the pin is at `lit_level`; made an output, off.
    pub fn new(pin: u32, lit_level: bool) -> Self {
        output(1 << pin, !lit_level);
        Led { mask: 1 << pin, lit_level }
    }
}

impl embedded_hal::digital::ErrorType for Led {
    type Error = core::convert::Infallible;
}

impl embedded_hal::digital::OutputPin for Led {
    fn set_low(&mut self) -> Result<(), Self::Error> {
        set(self.mask, !self.lit_level);
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Self::Error> {
        set(self.mask, self.lit_level);
        Ok(())
    }
}
