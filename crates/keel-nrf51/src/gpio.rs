//! GPIO pins by number: outputs (an LED), levels (buttons).

use crate::pac;

fn gpio() -> pac::GPIO {
    // SAFETY: every access below is a single write to OUTSET/OUTCLR (which change only the pins whose bits are
    // set) or a read of IN, so holders of different pins never undo each other's changes.
    unsafe { pac::Peripherals::steal() }.GPIO
}

/// Makes `pin` an output, driven `high` or low.
///
/// A pin past the port's 32 (a pin-map mistake) changes nothing here and in [`input`]: `get` rather than an index,
/// whose bounds-check panic would keep `core::fmt`'s integer formatting in flash (652 bytes on the micro:bit).
pub fn output(pin: usize, high: bool) {
    debug_assert!(pin < 32, "P0 has 32 pins");
    let gpio = gpio();
    if let Some(config) = gpio.pin_cnf.get(pin) {
        set(1 << pin, high);
        config.write(|w| w.dir().output());
    }
}

/// The pull resistor of an input: board data, as the pin map gives it (the micro:bit's buttons have external
/// pull-ups; the nRF51-DK's have none, so they need the chip's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pull {
    /// No resistor: the board drives or pulls the line.
    None,
    /// The chip's pull-up (about 13 kOhm).
    Up,
    /// The chip's pull-down (about 13 kOhm).
    Down,
}

/// Makes `pin` an input with its buffer connected and the `pull` the board needs.
pub fn input(pin: usize, pull: Pull) {
    debug_assert!(pin < 32, "P0 has 32 pins");
    let gpio = gpio();
    let Some(config) = gpio.pin_cnf.get(pin) else { return };
    config.write(|w| {
        let w = w.dir().input().input().connect();
        match pull {
            Pull::None => w.pull().disabled(),
            Pull::Up => w.pull().pullup(),
            Pull::Down => w.pull().pulldown(),
        }
    });
}

/// Drives the pins in `mask` high or low.
pub fn set(mask: u32, high: bool) {
    let gpio = gpio();
    if high {
        // SAFETY: OUTSET changes only the pins whose bits are set.
        gpio.outset.write(|w| unsafe { w.bits(mask) });
    } else {
        // SAFETY: OUTCLR changes only the pins whose bits are set.
        gpio.outclr.write(|w| unsafe { w.bits(mask) });
    }
}

/// Every pin's input level, bit n for pin n.
pub fn levels() -> u32 {
    gpio().in_.read().bits()
}
