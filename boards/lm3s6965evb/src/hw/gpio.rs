//! The user LED (PF0) and the five navigation switches (PE0-PE3, PF1; active low, edge interrupts).

use keel_core::Button;
use lm3s6965_pac::{Gpioe, Gpiof};

/// Port E pins of the up, down, left and right switches (bits 0-3).
const PORT_E_BUTTONS: u8 = 0b1111;
/// Port F pin of the select switch.
const PORT_F_SELECT: u8 = 1 << 1;
/// Port F pin of the LED.
const PORT_F_LED: u8 = 1 << 0;

/// The user LED on PF0 (lit when high).
pub struct Led {
    _private: (),
}

impl Led {
    /// Drives the LED.
    fn set(&mut self, on: bool) {
        // SAFETY: the masked DATA aperture for PF0 only changes PF0, so this write cannot disturb PF1 (a button
        // input owned by `Buttons`); `Led` is the only owner of PF0.
        let port = unsafe { Gpiof::steal() };
        port.data_masked(usize::from(PORT_F_LED)).write(|w| w.p0().bit(on));
    }
}

impl embedded_hal::digital::ErrorType for Led {
    type Error = core::convert::Infallible;
}

impl embedded_hal::digital::OutputPin for Led {
    fn set_low(&mut self) -> Result<(), Self::Error> {
        self.set(false);
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Self::Error> {
        self.set(true);
        Ok(())
    }
}

/// The navigation switches.
pub struct Buttons {
    _private: (),
}

impl keel_runtime::ButtonInputs for Buttons {
    const BUTTONS: &'static [Button] = &[Button::Up, Button::Down, Button::Left, Button::Right, Button::Select];

    /// Bits 0-3: PE0-PE3 (up, down, left, right); bit 4: PF1 (select).
    fn pressed(&mut self) -> u8 {
        // SAFETY: reads of the masked DATA apertures of input pins owned by `Buttons`; reading has no side effects.
        let (e, f) = unsafe { (Gpioe::steal(), Gpiof::steal()) };
        let e = e.data_masked(usize::from(PORT_E_BUTTONS)).read().bits() as u8;
        let f = f.data_masked(usize::from(PORT_F_SELECT)).read().bits() as u8;
        // Active low: a pressed switch pulls its pin to ground.
        let select = u8::from(f & PORT_F_SELECT == 0) << 4;
        (!e & PORT_E_BUTTONS) | select
    }
}

impl Buttons {
    /// Clears the port E button interrupts (called from the GPIOE handler).
    pub fn acknowledge_port_e() {
        // SAFETY: ICR is write-one-to-clear; clearing only the button bits touches nothing else.
        let port = unsafe { Gpioe::steal() };
        port.icr().write(|w| w.set(u32::from(PORT_E_BUTTONS)));
    }

    /// Clears the select button interrupt (called from the GPIOF handler).
    pub fn acknowledge_port_f() {
        // SAFETY: as above, for PF1 only.
        let port = unsafe { Gpiof::steal() };
        port.icr().write(|w| w.set(u32::from(PORT_F_SELECT)));
    }
}

/// Configures PF0 as a push-pull output and the switches as pulled-up inputs interrupting on both edges.
pub fn init(e: &Gpioe, f: &Gpiof) -> (Led, Buttons) {
    f.dir().modify(|r, w| w.set(r.bits() | u32::from(PORT_F_LED)));
    f.dr8r().modify(|r, w| w.set(r.bits() | u32::from(PORT_F_LED)));
    f.den().modify(|r, w| w.set(r.bits() | u32::from(PORT_F_LED | PORT_F_SELECT)));
    f.pur().modify(|r, w| w.set(r.bits() | u32::from(PORT_F_SELECT)));
    f.ibe().modify(|r, w| w.set(r.bits() | u32::from(PORT_F_SELECT)));
    f.icr().write(|w| w.set(u32::from(PORT_F_SELECT)));
    f.im().modify(|r, w| w.set(r.bits() | u32::from(PORT_F_SELECT)));

    e.dir().modify(|r, w| w.set(r.bits() & !u32::from(PORT_E_BUTTONS)));
    e.den().modify(|r, w| w.set(r.bits() | u32::from(PORT_E_BUTTONS)));
    e.pur().modify(|r, w| w.set(r.bits() | u32::from(PORT_E_BUTTONS)));
    e.ibe().modify(|r, w| w.set(r.bits() | u32::from(PORT_E_BUTTONS)));
    e.icr().write(|w| w.set(u32::from(PORT_E_BUTTONS)));
    e.im().modify(|r, w| w.set(r.bits() | u32::from(PORT_E_BUTTONS)));
    (Led { _private: () }, Buttons { _private: () })
}
