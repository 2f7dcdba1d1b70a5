//! The EK-LM3S6965 evaluation board's pin map, from the LM3S6965 datasheet (DS-LM3S6965, table 24-5 "Signals by
//! Pin Number") and the board's schematic:
//!
//! | what | pins |
//! | --- | --- |
//! | user LED (lit when high) | PF0 |
//! | navigation switches up, down, left, right (active low) | PE0-PE3 |
//! | select switch (active low) | PF1 |
//! | UART0, the console (to the debug USB bridge) | PA0 (Rx), PA1 (Tx) |
//! | UART1, telemetry | PD2 (Rx), PD3 (Tx) |
//! | I2C1, the temperature sensor (see `keel_lm3s::i2c` for why I2C1) | PA6 (SCL), PA7 (SDA) |
//! | SSI0, the OLED | PA2 (clock), PA3 (frame select: the OLED's chip select), PA5 (Tx) |
//! | the OLED's data/command line | PC7 |
//! | the microSD card's chip select, held high so only the OLED listens on SSI0 | PD0 |
//!
//! The UART, I2C and SSI pins are those peripherals' only pins on this chip, so `keel_lm3s` routes them itself.

use keel_core::Button;
use keel_lm3s::gpio::{Output, Port};

/// The user LED.
const LED: (Port, u8) = (Port::F, 0);
/// Port E pins of the up, down, left and right switches (bits 0-3).
const PORT_E_BUTTONS: u8 = 0b1111;
/// Port F pin of the select switch.
const PORT_F_SELECT: u8 = 1 << 1;
/// The OLED's data/command line.
pub const OLED_DATA_COMMAND: (Port, u8) = (Port::C, 7);
/// The microSD card's chip select.
pub const SD_CARD_SELECT: (Port, u8) = (Port::D, 0);

/// The user LED, off.
pub fn led() -> Output {
    Output::new(LED.0, LED.1, false)
}

/// The navigation switches, interrupting on both edges (GPIOE, GPIOF).
pub struct Buttons {
    _private: (),
}

impl Buttons {
    /// Configures the switches' pins.
    pub fn new() -> Self {
        Port::E.inputs_pulled_up_with_edges(PORT_E_BUTTONS);
        Port::F.inputs_pulled_up_with_edges(PORT_F_SELECT);
        Buttons { _private: () }
    }

    /// Clears the port E switches' interrupts (from the GPIOE handler).
    pub fn acknowledge_port_e() {
        Port::E.acknowledge(PORT_E_BUTTONS);
    }

    /// Clears the select switch's interrupt (from the GPIOF handler).
    pub fn acknowledge_port_f() {
        Port::F.acknowledge(PORT_F_SELECT);
    }
}

impl keel_runtime::ButtonInputs for Buttons {
    const BUTTONS: &'static [Button] = &[Button::Up, Button::Down, Button::Left, Button::Right, Button::Select];

    /// Bits 0-3: PE0-PE3 (up, down, left, right); bit 4: PF1 (select). Active low: a pressed switch pulls its pin
    /// to ground.
    fn pressed(&mut self) -> u8 {
        let select = u8::from(Port::F.read(PORT_F_SELECT) == 0) << 4;
        (!Port::E.read(PORT_E_BUTTONS) & PORT_E_BUTTONS) | select
    }
}
