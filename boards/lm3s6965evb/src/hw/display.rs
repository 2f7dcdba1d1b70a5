//! The EVB's 128x64 OLED: an SSD0323 on SSI0 (Freescale SPI mode 3, 8-bit, write-only), D/C on PC7.
//!
//! SSI0 implements `embedded_hal::spi::SpiDevice` directly: the OLED's chip select is the SSI's own Fss pin
//! (PA3), which the hardware drives for every frame, so no GPIO chip select is needed. The microSD card on the
//! same bus is deselected by holding PD0 high.

use core::convert::Infallible;

use embedded_hal::digital::{ErrorType as PinErrorType, OutputPin};
use embedded_hal::spi::{ErrorType, Operation, SpiDevice};
use keel_core::display::{draw, View};
use keel_drivers::ssd0323::{MonoFrameBuffer, Ssd0323};
use keel_runtime::DisplayFault;
use lm3s6965_pac::{Gpioa, Gpioc, Gpiod, Ssi0};

use crate::SYSCLK_HZ;

/// SSI bit clock (the SSD0323 takes up to 4 MHz).
const SPI_HZ: u32 = 1_000_000;

/// SSI0 as a write-mostly SPI device.
pub struct Spi {
    ssi: Ssi0,
}

impl Spi {
    /// Moves one byte through the SSI: transmit, then take the byte clocked in (keeping the receive FIFO
    /// empty, without which transmission stalls when it fills).
    fn exchange(&mut self, byte: u8) -> u8 {
        while self.ssi.sr().read().tnf().bit_is_clear() {}
        // SAFETY: any 8-bit value is valid data in 8-bit frame mode.
        self.ssi.dr().write(|w| unsafe { w.data().bits(u16::from(byte)) });
        while self.ssi.sr().read().rne().bit_is_clear() {}
        self.ssi.dr().read().data().bits() as u8
    }

    fn wait_idle(&mut self) {
        while self.ssi.sr().read().bsy().bit_is_set() {}
    }
}

impl ErrorType for Spi {
    type Error = Infallible;
}

impl SpiDevice for Spi {
    fn transaction(&mut self, operations: &mut [Operation<'_, u8>]) -> Result<(), Infallible> {
        for operation in operations {
            match operation {
                Operation::Write(bytes) => bytes.iter().for_each(|&b| {
                    self.exchange(b);
                }),
                Operation::Read(buffer) => buffer.iter_mut().for_each(|b| *b = self.exchange(0)),
                Operation::Transfer(read, write) => {
                    for index in 0..read.len().max(write.len()) {
                        let incoming = self.exchange(write.get(index).copied().unwrap_or(0));
                        if let Some(slot) = read.get_mut(index) {
                            *slot = incoming;
                        }
                    }
                }
                Operation::TransferInPlace(buffer) => buffer.iter_mut().for_each(|b| *b = self.exchange(*b)),
                // Rounded up to whole microseconds; 32-bit arithmetic keeps 64-bit division out of the image.
                Operation::DelayNs(ns) => cortex_m::asm::delay(ns.div_ceil(1000).saturating_mul(SYSCLK_HZ / 1_000_000)),
            }
        }
        // D/C may change after this returns: the last byte must be out first.
        self.wait_idle();
        Ok(())
    }
}

/// PC7, the OLED's data/command line (low: command, high: data).
pub struct DataCommand {
    port: Gpioc,
}

impl PinErrorType for DataCommand {
    type Error = Infallible;
}

impl OutputPin for DataCommand {
    fn set_low(&mut self) -> Result<(), Infallible> {
        self.port.data_masked(1 << 7).write(|w| w.p7().clear_bit());
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Infallible> {
        self.port.data_masked(1 << 7).write(|w| w.p7().set_bit());
        Ok(())
    }
}

/// The OLED with its frame buffer.
pub struct Display {
    controller: Ssd0323<Spi, DataCommand>,
    /// One bit per pixel: the layout draws only black and white, and this saves 3 KiB of RAM. Borrowed from
    /// static storage, so the 1 KiB is never copied across the start-up stack.
    frame: &'static mut MonoFrameBuffer,
    ready: bool,
}

impl Display {
    /// Routes the pins, configures SSI0 and initialises the controller.
    pub fn new(ssi: Ssi0, port_a: &Gpioa, port_c: Gpioc, port_d: &Gpiod, frame: &'static mut MonoFrameBuffer) -> Self {
        const SSI_PINS: u32 = (1 << 2) | (1 << 3) | (1 << 5); // SSI0Clk, SSI0Fss, SSI0Tx
        port_a.afsel().modify(|r, w| w.set(r.bits() | SSI_PINS));
        port_a.den().modify(|r, w| w.set(r.bits() | SSI_PINS));
        port_c.dir().modify(|r, w| w.set(r.bits() | 1 << 7));
        port_c.den().modify(|r, w| w.set(r.bits() | 1 << 7));
        // The microSD card's chip select (PD0) high: card deselected.
        port_d.data_masked(1).write(|w| w.p0().set_bit());
        port_d.dir().modify(|r, w| w.set(r.bits() | 1));
        port_d.den().modify(|r, w| w.set(r.bits() | 1));

        ssi.cr1().write(|w| w.sse().clear_bit().ms().clear_bit());
        // Bit rate = SYSCLK / (CPSDVSR * (1 + SCR)); CPSDVSR must be even.
        // SAFETY: CPSDVSR is an 8-bit even divider; 2 is its smallest valid value.
        ssi.cpsr().write(|w| unsafe { w.cpsdvsr().bits(2) });
        let scr = (SYSCLK_HZ / (2 * SPI_HZ) - 1) as u8;
        ssi.cr0().write(|w| w.dss().bits8().frf().freescale_spi().spo().set_bit().sph().set_bit().scr().set(scr));
        ssi.cr1().write(|w| w.sse().set_bit());

        let mut controller = Ssd0323::new(Spi { ssi }, DataCommand { port: port_c });
        let ready = match controller.init() {
            Ok(()) => true,
            Err(_) => {
                defmt::error!("OLED set-up failed: the display stays dark");
                false
            }
        };
        Display { controller, frame, ready }
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
