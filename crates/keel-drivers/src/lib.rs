//! Keel's device drivers, generic over the embedded-hal 1.0 traits so they run on any chip and are tested on
//! the host against `embedded-hal-mock`.
//!
//! | module | device | bus |
//! | --- | --- | --- |
//! | [`blinker`] | an LED | [`OutputPin`](embedded_hal::digital::OutputPin) + [`DelayNs`](embedded_hal::delay::DelayNs) |
//! | [`button`] | a push button, debounced | [`InputPin`](embedded_hal::digital::InputPin) (or none: [`button::Debouncer`]) |
//! | [`tmp105`] | TI TMP105 temperature sensor | [`I2c`](embedded_hal::i2c::I2c) |
//! | [`ssd0323`] | Solomon SSD0323 128x64 16-grey OLED controller | [`SpiDevice`](embedded_hal::spi::SpiDevice) + D/C [`OutputPin`](embedded_hal::digital::OutputPin) |
//!
//! Every driver takes its bus or pins by value in `new()` and hands them back from `destroy()`. Bus drivers
//! return their own `Error<E>` with the bus error in `Comm(E)`; pin-only drivers return the pin's error as is.
//! With the `defmt` feature, public types derive `defmt::Format`.

#![cfg_attr(not(test), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod blinker;
pub mod button;
pub mod ssd0323;
pub mod tmp105;

/// Which electrical level of a pin means "on" (LED lit, button pressed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum ActiveLevel {
    /// High means on (an LED from the pin to ground, a button to the supply with a pull-down).
    High,
    /// Low means on (an LED from the supply to the pin, a button to ground with a pull-up).
    Low,
}
