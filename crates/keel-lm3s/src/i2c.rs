//! I2C1 master (datasheet chapter 14) as an `embedded_hal::i2c::I2c` bus, on PA6 (I2C1SCL) and PA7 (I2C1SDA)
//! (datasheet table "Signals by Pin Number", pins 34 and 35).
//!
//! Why I2C1 and not I2C0: the EVB has no temperature sensor, so one is added on either port, and QEMU decides
//! which. QEMU 10's lm3s6965evb models both controllers, and `-device tmp105` always lands on I2C1 (both buses
//! are named `i2c`, and neither `bus=` nor a qdev path can pick I2C0; measured, `tests/README.md`); QEMU 7.2
//! models I2C0 only. On a real board a TMP102/TMP105 breakout wired to PA6/PA7 is read the same way.
//!
//! Each byte is one command to the master control register (MCS): START, RUN, STOP and ACK bits chosen from
//! the byte's place in the transaction, then a poll of BUSY with a bound, so a stuck bus becomes a timeout
//! error instead of a hang. Adjacent operations of one direction continue without a new START, as
//! embedded-hal specifies; a change of direction is a repeated START.

use embedded_hal::i2c::{ErrorKind, ErrorType, NoAcknowledgeSource, Operation, SevenBitAddress};
use keel_runtime::Polls;
use lm3s6965_pac::I2c1 as Registers;

use crate::gpio::Port;
use crate::SYSCLK_HZ;

/// Bus clock (standard mode).
const SCL_HZ: u32 = 100_000;
/// Polls of BUSY before giving up on a byte: far longer than one byte takes at 100 kHz (90 us).
const BUSY: Polls = Polls(50_000);

/// What can go wrong on the bus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The address or a data byte was not acknowledged.
    NoAcknowledge(
        /// Which one.
        NoAcknowledgeSource,
    ),
    /// Another master won arbitration (QEMU reports a missing device this way).
    ArbitrationLoss,
    /// The controller stayed busy past [`BUSY`].
    Timeout,
}

// By hand: embedded-hal's NoAcknowledgeSource has no defmt support, and `Debug2Format` would pull
// `core::fmt`'s Debug machinery (over 1 KiB) into the image.
impl defmt::Format for Error {
    fn format(&self, f: defmt::Formatter<'_>) {
        match self {
            Error::NoAcknowledge(NoAcknowledgeSource::Address) => defmt::write!(f, "address not acknowledged"),
            Error::NoAcknowledge(_) => defmt::write!(f, "data not acknowledged"),
            Error::ArbitrationLoss => defmt::write!(f, "arbitration lost"),
            Error::Timeout => defmt::write!(f, "timeout"),
        }
    }
}

impl embedded_hal::i2c::Error for Error {
    fn kind(&self) -> ErrorKind {
        match *self {
            Error::NoAcknowledge(source) => ErrorKind::NoAcknowledge(source),
            Error::ArbitrationLoss => ErrorKind::ArbitrationLoss,
            Error::Timeout => ErrorKind::Other,
        }
    }
}

/// The I2C1 master.
pub struct I2c {
    registers: Registers,
}

impl I2c {
    /// Routes PA6/PA7 to I2C1 (SDA open drain, as the bus requires) and enables the master at 100 kHz.
    pub fn new(registers: Registers) -> Self {
        Port::A.alternate(1 << 6, false); // SCL
        Port::A.alternate(1 << 7, true); // SDA, open drain
        registers.mcr().write(|w| w.mfe().set_bit());
        // SCL period = 2 * (1 + TPR) * 10 system clocks (datasheet 14.3.1).
        let tpr = SYSCLK_HZ / (2 * 10 * SCL_HZ) - 1;
        // SAFETY: TPR is a 7-bit divider; 24 for 100 kHz at 50 MHz.
        registers.mtpr().write(|w| unsafe { w.tpr().bits(tpr as u8) });
        I2c { registers }
    }

    /// Runs one byte through the master and waits for it.
    fn byte(&mut self, start: bool, stop: bool, ack: bool) -> Result<(), Error> {
        self.registers.mcs_control().write(|w| w.run().set_bit().start().bit(start).stop().bit(stop).ack().bit(ack));
        BUSY.until(|| self.registers.mcs().read().busy().bit_is_clear()).map_err(|_| Error::Timeout)?;
        let status = self.registers.mcs().read();
        if status.error().bit_is_clear() {
            return Ok(());
        }
        let error = if status.arblst().bit_is_set() {
            Error::ArbitrationLoss
        } else if status.adrack().bit_is_set() {
            Error::NoAcknowledge(NoAcknowledgeSource::Address)
        } else {
            Error::NoAcknowledge(NoAcknowledgeSource::Data)
        };
        if error != Error::ArbitrationLoss {
            // After a NACK the master still holds the bus: release it (datasheet figure 14-9).
            self.registers.mcs_control().write(|w| w.stop().set_bit());
        }
        Err(error)
    }
}

impl ErrorType for I2c {
    type Error = Error;
}

impl embedded_hal::i2c::I2c<SevenBitAddress> for I2c {
    fn transaction(&mut self, address: u8, operations: &mut [Operation<'_>]) -> Result<(), Error> {
        let count = operations.len();
        let mut previous_was_read: Option<bool> = None;
        for index in 0..count {
            let is_read = matches!(operations[index], Operation::Read(_));
            let next_is_read = operations.get(index + 1).map(|op| matches!(op, Operation::Read(_)));
            let last_operation = index + 1 == count;
            let new_start = previous_was_read != Some(is_read);
            previous_was_read = Some(is_read);
            self.registers.msa().write(|w| {
                // SAFETY: SA is the 7-bit address field; `address` is a 7-bit address by the trait's contract.
                unsafe { w.sa().bits(address & 0x7f) };
                w.rs().bit(is_read)
            });
            match &mut operations[index] {
                Operation::Write(bytes) => {
                    let length = bytes.len();
                    for (position, &byte) in bytes.iter().enumerate() {
                        // SAFETY: any byte is valid data.
                        self.registers.mdr().write(|w| unsafe { w.data().bits(byte) });
                        let last_byte = position + 1 == length;
                        self.byte(new_start && position == 0, last_operation && last_byte, false)?;
                    }
                }
                Operation::Read(buffer) => {
                    let length = buffer.len();
                    for (position, slot) in buffer.iter_mut().enumerate() {
                        let last_byte = position + 1 == length;
                        // Acknowledge every byte but the one before a STOP or a change of direction.
                        let ack = !(last_byte && next_is_read != Some(true));
                        self.byte(new_start && position == 0, last_operation && last_byte, ack)?;
                        *slot = self.registers.mdr().read().data().bits();
                    }
                }
            }
        }
        Ok(())
    }
}
