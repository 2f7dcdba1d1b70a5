//! An LED on an output pin, with a blocking blink helper.
//!
//! ```
//! # use embedded_hal_mock::eh1::{delay::NoopDelay, digital::{Mock, State, Transaction}};
//! use keel_drivers::{blinker::Blinker, ActiveLevel};
//!
//! # let mut pin = Mock::new(&[Transaction::set(State::High), Transaction::set(State::Low)]);
//! # let delay = NoopDelay::new();
//! let mut led = Blinker::new(pin, delay, ActiveLevel::High);
//! led.blink(1, 100, 900)?; // on for 100 ms, off for 900 ms
//! let (mut pin, _delay) = led.destroy();
//! # pin.done();
//! # Ok::<(), embedded_hal_mock::eh1::MockError>(())
//! ```
//!
//! Every pin error is returned to the caller (a GPIO expander on I2C can fail); none is unwrapped.

use embedded_hal::delay::DelayNs;
use embedded_hal::digital::OutputPin;

use crate::ActiveLevel;

/// An LED driven by `PIN`, timed by `DELAY`.
#[derive(Debug)]
pub struct Blinker<PIN, DELAY> {
    /// The LED's pin.
    pin: PIN,
    /// Blocking delay for [`Blinker::blink`].
    delay: DELAY,
    /// Which level lights the LED.
    active: ActiveLevel,
}

impl<PIN: OutputPin, DELAY: DelayNs> Blinker<PIN, DELAY> {
    /// Takes the LED's pin, a delay and the level that lights the LED. Does not touch the pin.
    pub fn new(pin: PIN, delay: DELAY, active: ActiveLevel) -> Self {
        Self { pin, delay, active }
    }

    /// Lights the LED.
    pub fn on(&mut self) -> Result<(), PIN::Error> {
        self.set(true)
    }

    /// Turns the LED off.
    pub fn off(&mut self) -> Result<(), PIN::Error> {
        self.set(false)
    }

    /// Lights the LED (`true`) or turns it off (`false`).
    pub fn set(&mut self, lit: bool) -> Result<(), PIN::Error> {
        match (lit, self.active) {
            (true, ActiveLevel::High) | (false, ActiveLevel::Low) => self.pin.set_high(),
            (true, ActiveLevel::Low) | (false, ActiveLevel::High) => self.pin.set_low(),
        }
    }

    /// Blinks `times` times: on for `on_ms`, then off for `off_ms`, each time, blocking throughout.
    ///
    /// The LED is off when this returns `Ok`, and the last off time has passed, so back-to-back calls keep the
    /// rhythm. On a pin error it stops at once and returns the error (the LED may be left on). `times == 0` does
    /// nothing.
    pub fn blink(&mut self, times: u32, on_ms: u32, off_ms: u32) -> Result<(), PIN::Error> {
        for _ in 0..times {
            self.on()?;
            self.delay.delay_ms(on_ms);
            self.off()?;
            self.delay.delay_ms(off_ms);
        }
        Ok(())
    }

    /// Gives back the pin and the delay.
    pub fn destroy(self) -> (PIN, DELAY) {
        (self.pin, self.delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_hal_mock::eh1::delay::{CheckedDelay, NoopDelay, Transaction as DelayTransaction};
    use embedded_hal_mock::eh1::digital::{Mock as PinMock, State, Transaction as PinTransaction};
    use embedded_hal_mock::eh1::MockError;
    use std::io::ErrorKind;

    #[test]
    fn blink_toggles_and_waits_in_order() {
        let pin = PinMock::new(&[
            PinTransaction::set(State::High),
            PinTransaction::set(State::Low),
            PinTransaction::set(State::High),
            PinTransaction::set(State::Low),
        ]);
        let delay = CheckedDelay::new(&[
            DelayTransaction::delay_ms(100),
            DelayTransaction::delay_ms(900),
            DelayTransaction::delay_ms(100),
            DelayTransaction::delay_ms(900),
        ]);
        let mut led = Blinker::new(pin, delay, ActiveLevel::High);
        led.blink(2, 100, 900).unwrap();
        let (mut pin, mut delay) = led.destroy();
        pin.done();
        delay.done();
    }

    #[test]
    fn active_low_inverts_levels() {
        let pin = PinMock::new(&[
            PinTransaction::set(State::Low),
            PinTransaction::set(State::High),
            PinTransaction::set(State::Low),
        ]);
        let mut led = Blinker::new(pin, NoopDelay::new(), ActiveLevel::Low);
        led.on().unwrap();
        led.off().unwrap();
        led.set(true).unwrap();
        let (mut pin, _) = led.destroy();
        pin.done();
    }

    #[test]
    fn zero_blinks_touch_nothing() {
        let pin = PinMock::new(&[]);
        let delay = CheckedDelay::new(&[]);
        let mut led = Blinker::new(pin, delay, ActiveLevel::High);
        led.blink(0, 100, 100).unwrap();
        let (mut pin, mut delay) = led.destroy();
        pin.done();
        delay.done();
    }

    #[test]
    fn a_pin_error_stops_the_blink_and_is_returned() {
        let error = MockError::Io(ErrorKind::NotConnected);
        let pin = PinMock::new(&[
            PinTransaction::set(State::High),
            PinTransaction::set(State::Low).with_error(error.clone()),
        ]);
        let delay = CheckedDelay::new(&[DelayTransaction::delay_ms(50)]);
        let mut led = Blinker::new(pin, delay, ActiveLevel::High);
        assert_eq!(led.blink(3, 50, 50), Err(error));
        let (mut pin, mut delay) = led.destroy();
        pin.done();
        delay.done();
    }
}
