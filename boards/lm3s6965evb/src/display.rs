//! The EVB's 128x64 OLED: an SSD0323 on SSI0 (`keel_lm3s::spi`, whose frame-select pin is the OLED's chip
//! select), its data/command line on PC7. The microSD card on the same bus is deselected by holding its chip
//! select high.

use keel_core::display::{draw, View};
use keel_drivers::ssd0323::{MonoFrameBuffer, Ssd0323};
use keel_lm3s::gpio::Output;
use keel_lm3s::pac::Ssi0;
use keel_lm3s::spi::Spi;
use keel_runtime::DisplayFault;

use crate::pins;

/// SSI bit clock (the SSD0323 takes up to 4 MHz).
const SPI_HZ: u32 = 1_000_000;

/// The OLED with its frame buffer.
pub struct Display {
    controller: Ssd0323<Spi, Output>,
    /// One bit per pixel: the layout draws only black and white, and this saves 3 KiB of RAM. Borrowed from
    /// static storage, so the 1 KiB is never copied across the start-up stack.
    frame: &'static mut MonoFrameBuffer,
    ready: bool,
    /// Kept high: the card stays deselected.
    _sd_card_select: Output,
}

impl Display {
    /// Sets SSI0 and the control lines up and initialises the controller; one that fails stays dark.
    pub fn new(ssi: Ssi0, frame: &'static mut MonoFrameBuffer) -> Self {
        let sd_card_select = Output::new(pins::SD_CARD_SELECT.0, pins::SD_CARD_SELECT.1, true);
        let data_command = Output::new(pins::OLED_DATA_COMMAND.0, pins::OLED_DATA_COMMAND.1, false);
        let mut controller = Ssd0323::new(Spi::new(ssi, SPI_HZ), data_command);
        let ready = match controller.init() {
            Ok(()) => true,
            Err(_) => {
                defmt::error!("OLED set-up failed: the display stays dark");
                false
            }
        };
        Display { controller, frame, ready, _sd_card_select: sd_card_select }
    }
}

impl keel_runtime::Display for Display {
    fn show(&mut self, view: &View) -> Result<(), DisplayFault> {
        if !self.ready {
            return Err(DisplayFault::NotInitialised);
        }
        let Ok(()) = draw(view, &mut *self.frame);
        self.controller.flush_mono(self.frame).map_err(|_| DisplayFault::Bus)
    }
}
