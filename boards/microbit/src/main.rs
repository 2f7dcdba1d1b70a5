//! Keel's sensor node on the BBC micro:bit v1 (nRF51822, Cortex-M0). What the node does is in `keel-core`, how
//! it runs in `keel-runtime`, the nRF51's peripherals and the start-up every nRF51 board runs in `keel-nrf51`
//! (`keel_nrf51::node`); this crate is the pin map (`pins.rs`) and its options below.
//!
//! The RTIC app, its tasks and their priorities are `keel_nrf51::app!`'s (`crates/keel-nrf51/src/node.rs`), the
//! same for every nRF51 board.
//!
//! What the micro:bit lacks, the node says in `status` (`missing:`): the display, a second serial port (the
//! telemetry frames travel in the defmt stream instead: `keel_runtime::platform::DefmtFrames`), three of the
//! five buttons, and the ADC when it does not answer at start-up (QEMU does not model it).

#![no_std]
#![no_main]
#![deny(unsafe_op_in_unsafe_fn)]

mod pins;

use keel_core::Missing;
use keel_nrf51::clocks::LowFrequencyClock;
use keel_nrf51::node::Wiring;

/// The micro:bit's wiring of the nRF51.
const WIRING: Wiring = Wiring {
    name: "microbit",
    console: pins::CONSOLE,
    // No 32 kHz crystal on the micro:bit.
    low_frequency_clock: LowFrequencyClock::Rc,
    sampled: pins::SAMPLED,
    // Two of the node's five buttons.
    missing: Missing::BUTTONS,
};

keel_nrf51::app!(Microbit {
    wiring: WIRING,
    led: keel_runtime::ActiveLow<keel_runtime::PortPin>,
    buttons: pins::Buttons,
    pins: pins::led_and_buttons,
});
