//! SSI0 (datasheet chapter 13) as an embedded-hal `SpiDevice`: Freescale SPI mode 3, 8-bit frames, its own
//! frame-select pin (SSI0Fss, PA3) as the device's chip select, which the hardware drives for every frame, so no
//! GPIO chip select is needed. Clock on PA2, data out on PA5, data in on PA4.
//!
//! Every wait on the FIFOs is bounded: an SSI that stops moving bytes is [`Error::Timeout`], never a hang.

use embedded_hal::spi::{ErrorKind, ErrorType, Operation, SpiDevice};
use keel_runtime::Polls;
use lm3s6965_pac::Ssi0;

use crate::gpio::Port;
use crate::SYSCLK_HZ;

/// Polls of a FIFO flag for one frame: 8 bits at the slowest clock used here (1 MHz) take 400 core cycles, a few
/// dozen polls; this allows far more.
const FRAME: Polls = Polls(10_000);

/// What can go wrong on the bus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, defmt::Format)]
pub enum Error {
    /// The SSI did not take or return a frame within its bound (not clocked, or not enabled).
    Timeout,
}

impl embedded_hal::spi::Error for Error {
    fn kind(&self) -> ErrorKind {
        ErrorKind::Other
    }
}

/// SSI0 as the master of one device.
pub struct Spi {
    ssi: Ssi0,
}

impl Spi {
    /// Routes PA2 (clock), PA3 (frame select), PA4 (receive) and PA5 (transmit) to SSI0 and enables it as a mode-3
    /// master at `bit_hz` (up to a quarter of the core clock).
    pub fn new(ssi: Ssi0, bit_hz: u32) -> Self {
        Port::A.alternate((1 << 2) | (1 << 3) | (1 << 4) | (1 << 5), false);
        ssi.cr1().write(|w| w.sse().clear_bit().ms().clear_bit());
        // Bit rate = SYSCLK / (CPSDVSR * (1 + SCR)); CPSDVSR must be even.
        // SAFETY: CPSDVSR is an 8-bit even divider; 2 is its smallest valid value.
        ssi.cpsr().write(|w| unsafe { w.cpsdvsr().bits(2) });
        let scr = (SYSCLK_HZ / (2 * bit_hz)).saturating_sub(1).min(255) as u8;
        ssi.cr0().write(|w| w.dss().bits8().frf().freescale_spi().spo().set_bit().sph().set_bit().scr().set(scr));
        ssi.cr1().write(|w| w.sse().set_bit());
        Spi { ssi }
    }

    /// Moves one byte through the SSI: transmit, then take the byte clocked in (keeping the receive FIFO empty,
    /// without which transmission stalls when it fills).
    fn exchange(&mut self, byte: u8) -> Result<u8, Error> {
        FRAME.until(|| self.ssi.sr().read().tnf().bit_is_set()).map_err(|_| Error::Timeout)?;
        // SAFETY: any 8-bit value is valid data in 8-bit frame mode.
        self.ssi.dr().write(|w| unsafe { w.data().bits(u16::from(byte)) });
        FRAME.until(|| self.ssi.sr().read().rne().bit_is_set()).map_err(|_| Error::Timeout)?;
        Ok(self.ssi.dr().read().data().bits() as u8)
    }
}

impl ErrorType for Spi {
    type Error = Error;
}

impl SpiDevice for Spi {
    fn transaction(&mut self, operations: &mut [Operation<'_, u8>]) -> Result<(), Error> {
        for operation in operations {
            match operation {
                Operation::Write(bytes) => {
                    for &byte in bytes.iter() {
                        self.exchange(byte)?;
                    }
                }
                Operation::Read(buffer) => {
                    for slot in buffer.iter_mut() {
                        *slot = self.exchange(0)?;
                    }
                }
                Operation::Transfer(read, write) => {
                    for index in 0..read.len().max(write.len()) {
                        let incoming = self.exchange(write.get(index).copied().unwrap_or(0))?;
                        if let Some(slot) = read.get_mut(index) {
                            *slot = incoming;
                        }
                    }
                }
                Operation::TransferInPlace(buffer) => {
                    for slot in buffer.iter_mut() {
                        *slot = self.exchange(*slot)?;
                    }
                }
                // Rounded up to whole microseconds; 32-bit arithmetic keeps 64-bit division out of the image.
                Operation::DelayNs(ns) => cortex_m::asm::delay(ns.div_ceil(1000).saturating_mul(SYSCLK_HZ / 1_000_000)),
            }
        }
        // A device's control lines may change after this returns: the last frame must be out first.
        FRAME.until(|| self.ssi.sr().read().bsy().bit_is_clear()).map_err(|_| Error::Timeout)
    }
}
