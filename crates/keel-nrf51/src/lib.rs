//! The nRF51's peripherals as Keel's runtime uses them, written against the PAC (`nrf51-pac`) with every wait
//! bounded. Any nRF51 board uses these; what is about one board (which pins, which LED, which buttons) stays in
//! its `boards/<board>` crate.
//!
//! Why by hand and not `nrf51-hal`: the HAL's UART writes TXD before enabling the peripheral and then waits for
//! TXDRDY without a bound (nrf-rs/nrf-hal#426), and its ADC and TEMP reads wait without a bound too. QEMU models
//! neither the ADC, TEMP nor the watchdog (their registers read 0), and a real peripheral can fail; here a wait
//! that runs out is an error the node reports, never a hang. Register behaviour from the nRF51 Series Reference
//! Manual v3.0.

#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]

pub mod clocks;
pub mod console;
pub mod gpio;
pub mod node;
pub mod sampling;
pub mod temperature;
pub mod uptime;
pub mod watchdog;

pub use nrf51_pac as pac;

use pac::generic::{Readable, Reg, RegisterSpec, Resettable, Writable};

/// Polls of an event register before giving up: far more than the slowest wait here takes on silicon
/// (a 10-bit conversion 68 us, a temperature measurement 36 us, a byte at 115200 baud 87 us, the crystal's
/// start-up about 800 us; a poll is a few cycles at 16 MHz).
const EVENT: keel_runtime::Polls = keel_runtime::Polls(20_000);

/// A 32-bit register of the PAC that takes any value (the EVENTS_ and TASKS_ registers).
trait Register {
    fn set(&self, value: u32);
}

impl<R: Writable + Resettable + RegisterSpec<Ux = u32>> Register for Reg<R> {
    fn set(&self, value: u32) {
        // SAFETY: EVENTS_ and TASKS_ registers take any value (0 clears an event, 1 starts a task).
        self.write(|w| unsafe { w.bits(value) });
    }
}

/// Waits (at most [`EVENT`] polls) for `event` to be set, and clears it. Returns whether it came.
fn await_event<R: Readable + Writable + Resettable + RegisterSpec<Ux = u32>>(event: &Reg<R>) -> bool {
    await_within(EVENT, event)
}

/// Waits at most `polls` for `event` to be set, and clears it. Returns whether it came.
fn await_within<R: Readable + Writable + Resettable + RegisterSpec<Ux = u32>>(
    polls: keel_runtime::Polls,
    event: &Reg<R>,
) -> bool {
    let came = polls.until(|| event.read().bits() != 0).is_ok();
    clear(event);
    came
}

fn clear(event: &impl Register) {
    event.set(0);
}

fn trigger(task: &impl Register) {
    task.set(1);
}
