//! Keel's firmware runtime: everything that is the same on every board.
//!
//! A board is a pin map and its peripherals' bring-up; it implements the small traits in [`board`] and
//! hands its parts to [`Runtime::start`]. From then on:
//!
//! * interrupt handlers only move data into lock-free queues and raise flags, through [`SIGNALS`]
//!   ([`Signals::sample`], [`Signals::console_byte`], [`Signals::button_edge`]); the board's clock
//!   ([`PeriodicClock`]) gives the uptime, and its alarm wakes the loop when [`Signals::due`];
//! * one low-priority context calls [`Runtime::run`] whenever a handler asks for it or the next deadline
//!   comes: the node gets its events, the schedule its periodic jobs (tick, sensor, watchdog check, button
//!   debouncing), and the node's actions are carried out ([`Outputs`]).
//!
//! The runtime does not care what runs it: an RTIC 2 task (the LM3S6965 and micro:bit boards), an embassy
//! task, or a plain `#[entry]` loop around `wfi` all work.
//!
//! On a firmware target, [`platform`] adds what needs the chip: the reset record in no-init RAM, the panic and
//! fault strategy, stack painting and the defmt transport. That module is the only place with `unsafe`; every
//! other module is `#![forbid(unsafe_code)]` and tested on the host.

#![cfg_attr(not(test), no_std)]
#![deny(unsafe_code)]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

pub mod board;
pub mod buttons;
pub mod division;
pub mod handoff;
pub mod liveness;
pub mod log;
pub mod outputs;
#[cfg(target_os = "none")]
pub mod platform;
pub mod reset;
pub mod runtime;
pub mod schedule;
pub mod signals;
pub mod startup;
pub mod time;
pub mod transmit;
pub mod wait;

pub use board::{
    ActiveLow, Board, ButtonInputs, Display, DisplayFault, Fed, FrameSink, NoButtons, NoDisplay, NoSampling, PortPin,
    SampleClock, Serial, TemperatureSensor, Watchdog,
};
pub use handoff::HandOff;
pub use outputs::{Outputs, ResetRecorder};
pub use runtime::{BootCause, Parts, Runtime};
pub use signals::{ConsoleQueue, RawSample, SampleQueue, Signals};
pub use startup::{ClockFallback, Startup};
pub use time::{Alarm, PeriodicClock, Uptime};
pub use wait::{Polls, TimedOut};

/// The one [`Signals`] of the firmware, shared by its interrupt handlers and the work loop.
pub static SIGNALS: Signals = Signals::new();

#[doc(hidden)]
pub mod __private {
    pub use defmt;
    pub use keel_core::LogLevel;
}
