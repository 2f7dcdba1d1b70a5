//! The LM3S6965's peripherals as Keel's runtime uses them, written against the generated PAC
//! (`pac/lm3s6965`) with every wait bounded. Any LM3S6965 board uses these; what is about one board (which
//! pins, which LED, what hangs on SSI0) stays in its `boards/<board>` crate.
//!
//! Modules by the runtime's contracts: [`clocks`] (the core clock and the peripherals' clock gates),
//! [`uptime`] (the runtime's `Uptime` and `Alarm`), [`console`] (the UARTs), [`sampling`] (the ADC and its
//! trigger timer), [`watchdog`] (with the reset cause), [`gpio`], [`i2c`], [`spi`]. Register behaviour from the
//! Stellaris LM3S6965 datasheet (DS-LM3S6965); QEMU's `lm3s6965evb` models the UARTs, GPIO, I2C, SSI, the
//! GPTMs, the ADC's timer trigger and the watchdog, and leaves the rest of the chip unimplemented.
//!
//! Every wait on a status flag is a [`Polls`](keel_runtime::Polls) with a bound far beyond its slowest
//! legitimate duration: a peripheral that never answers (not clocked, unplugged, unmodelled) is an error or a
//! dropped byte, never a hang.

#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]

pub mod clocks;
pub mod console;
pub mod gpio;
pub mod i2c;
pub mod sampling;
pub mod spi;
pub mod uptime;
pub mod watchdog;

pub use clocks::SYSCLK_HZ;
pub use lm3s6965_pac as pac;
