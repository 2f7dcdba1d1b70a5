//! The micro:bit v1's pin map, from its v1.5 schematic (and the `microbit` board crate's pin map): UART0 to the
//! interface chip's USB serial port, one LED of the matrix, buttons A and B, edge pad P0. Everything about the
//! nRF51 itself is in `keel-nrf51`.

use keel_core::Button;
use keel_nrf51::console::ConsolePins;
use keel_nrf51::{gpio, sampling::AnalogInput};
use keel_runtime::{ActiveLow, PortPin};

/// UART0 on P0.24 (TX) and P0.25 (RX), bridged to USB by the interface chip; no flow control.
pub const CONSOLE: ConsolePins = ConsolePins { tx: 24, rx: 25, flow_control: None };
/// Edge pad P0: P0.03, analog input 4.
pub const SAMPLED: AnalogInput = AnalogInput::ANALOG_INPUT4;
/// Buttons A and B, active low (pulled up on the board).
const BUTTON_A: usize = 17;
const BUTTON_B: usize = 26;
/// The board pulls the buttons up (10 kOhm, schematic): no resistor of the chip's.
const BUTTON_PULL: gpio::Pull = gpio::Pull::None;
/// The LED matrix: rows P0.13-P0.15 and columns P0.04-P0.12. An LED lights with its row high and its column
/// low; the top-left one is row 1 and column 1.
const ROWS: core::ops::RangeInclusive<usize> = 13..=15;
const COLUMNS: core::ops::RangeInclusive<usize> = 4..=12;
const ROW1: usize = 13;
const COL1: u32 = 4;

/// The matrix with every LED off but row 1 powered, so that column 1 alone switches the top-left LED; and the
/// buttons as inputs.
pub fn led_and_buttons() -> (ActiveLow<PortPin>, Buttons) {
    for row in ROWS {
        gpio::output(row, row == ROW1);
    }
    for column in COLUMNS {
        gpio::output(column, true);
    }
    gpio::input(BUTTON_A, BUTTON_PULL);
    gpio::input(BUTTON_B, BUTTON_PULL);
    (ActiveLow(PortPin::new(COL1, gpio::set)), Buttons)
}

/// Buttons A and B. QEMU's micro:bit has no GPIOTE, so there are no edge interrupts: the runtime polls.
pub struct Buttons;

impl keel_runtime::ButtonInputs for Buttons {
    /// A toggles the LED (the node's select), B shows the next display page (the node's right).
    const BUTTONS: &'static [Button] = &[Button::Select, Button::Right];
    const EDGE_INTERRUPTS: bool = false;

    fn pressed(&mut self) -> u8 {
        let levels = gpio::levels();
        // Active low: a pressed button pulls its pin to ground.
        u8::from(levels & (1 << BUTTON_A) == 0) | u8::from(levels & (1 << BUTTON_B) == 0) << 1
    }
}
