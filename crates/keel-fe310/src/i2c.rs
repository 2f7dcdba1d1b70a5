//! I2C0 as an embedded-hal 1.0 bus (manual, chapter 20 "I2C": the OpenCores I2C master), for a TMP105 or any
//! other sensor behind `keel-drivers`. Every wait is bounded, and the controller is probed before use: a
//! register the emulator does not model reads 0, which a naive driver takes for "transfer done, acknowledged"
//! and returns zeros as data. QEMU's `sifive_e` has no I2C, so there every transfer is a bus error.

use embedded_hal::i2c::{ErrorKind, ErrorType, I2c, NoAcknowledgeSource, Operation, SevenBitAddress};

use crate::{pac, FLAG};

/// Runs register accesses that fault where the peripheral does not exist; whether they completed.
fn probe(access: impl FnOnce()) -> bool {
    #[cfg(all(target_arch = "riscv32", target_os = "none"))]
    return keel_runtime::platform::riscv::probe(access);
    #[cfg(not(all(target_arch = "riscv32", target_os = "none")))]
    {
        access();
        true
    }
}

/// Command register bits (written to `cr`).
const STA: u32 = 1 << 7;
const STO: u32 = 1 << 6;
const RD: u32 = 1 << 5;
const WR: u32 = 1 << 4;
const NACK: u32 = 1 << 3;
/// Status register bits (read from `sr`, the same address).
const RX_NACK: u32 = 1 << 7;
const BUSY: u32 = 1 << 6;
const ARBITRATION_LOST: u32 = 1 << 5;
const TRANSFER: u32 = 1 << 1;
/// Control register: the core enabled.
const ENABLE: u32 = 1 << 7;

/// I2C0 at 100 kHz.
pub struct Bus {
    i2c: &'static pac::i2c0::RegisterBlock,
    /// Whether the controller answered at start-up.
    present: bool,
}

/// Why a transfer failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The address or a byte was not acknowledged.
    NoAcknowledge(NoAcknowledgeSource),
    /// Another master won the bus.
    ArbitrationLoss,
    /// The controller did not finish in time, or did not answer at start-up.
    Bus,
}

impl embedded_hal::i2c::Error for Error {
    fn kind(&self) -> ErrorKind {
        match *self {
            Error::NoAcknowledge(source) => ErrorKind::NoAcknowledge(source),
            Error::ArbitrationLoss => ErrorKind::ArbitrationLoss,
            Error::Bus => ErrorKind::Bus,
        }
    }
}

impl Bus {
    /// Routes `sda` and `scl` (GPIO 12 and 13 on the FE310-G002) to I2C0 and starts it at 100 kHz from the
    /// peripheral clock `clock_hz`. The controller is probed first: where there is none (QEMU's `sifive_e`
    /// maps no I2C, so its registers raise access faults) or it does not keep its configuration (an unmodelled
    /// one that reads 0), the bus fails every transfer rather than fault or return zeros as data.
    pub fn start(_i2c: pac::I2c0, sda: u32, scl: u32, clock_hz: u32) -> Self {
        // SAFETY: the register block lives for the whole program; `_i2c` proves this is its one owner.
        let i2c = unsafe { &*pac::I2c0::ptr() };
        let pins = 1 << sda | 1 << scl;
        // SAFETY: the register block lives for the whole program.
        let gpio = unsafe { &*pac::Gpio0::ptr() };
        critical_section::with(|_| {
            // SAFETY: changes only these pins' bits: IOF0 selected and enabled.
            gpio.iof_sel().modify(|r, w| unsafe { w.bits(r.bits() & !pins) });
            // SAFETY: as above.
            gpio.iof_en().modify(|r, w| unsafe { w.bits(r.bits() | pins) });
        });
        // prescale = clock / (5 * SCL) - 1 (the controller's documented formula), written with the core off.
        let prescale = clock_hz / (5 * 100_000) - 1;
        let mut kept = false;
        let answered = probe(|| {
            // SAFETY: documented register values.
            unsafe {
                i2c.ctr().write(|w| w.bits(0));
                i2c.prer_lo().write(|w| w.bits(prescale & 0xFF));
                i2c.prer_hi().write(|w| w.bits(prescale >> 8 & 0xFF));
                i2c.ctr().write(|w| w.bits(ENABLE));
            }
            kept = i2c.ctr().read().bits() & ENABLE != 0;
        });
        Bus { i2c, present: answered && kept }
    }

    /// Sends one command and waits (bounded) for the transfer it starts; then checks the outcome.
    fn command(&mut self, command: u32, check_ack: Option<NoAcknowledgeSource>) -> Result<(), Error> {
        // SAFETY: documented command bits.
        self.i2c.cr_sr().write(|w| unsafe { w.bits(command) });
        if FLAG.until(|| self.i2c.cr_sr().read().bits() & TRANSFER == 0).is_err() {
            return Err(Error::Bus);
        }
        let status = self.i2c.cr_sr().read().bits();
        if status & ARBITRATION_LOST != 0 {
            return Err(Error::ArbitrationLoss);
        }
        match check_ack {
            Some(source) if status & RX_NACK != 0 => Err(Error::NoAcknowledge(source)),
            _ => Ok(()),
        }
    }

    fn send(&mut self, byte: u8, command: u32, source: NoAcknowledgeSource) -> Result<(), Error> {
        // SAFETY: any byte is valid data.
        self.i2c.txr_rxr().write(|w| unsafe { w.bits(u32::from(byte)) });
        self.command(command, Some(source))
    }

    /// Ends the transfer with a stop condition and waits (bounded) for the bus to be free.
    fn stop(&mut self) {
        // SAFETY: documented command bit.
        self.i2c.cr_sr().write(|w| unsafe { w.bits(STO) });
        let _ = FLAG.until(|| self.i2c.cr_sr().read().bits() & BUSY == 0);
    }

    fn run(&mut self, address: u8, operations: &mut [Operation<'_>]) -> Result<(), Error> {
        let count = operations.len();
        let mut previous_was_read = None;
        for (index, operation) in operations.iter_mut().enumerate() {
            let last_operation = index + 1 == count;
            let is_read = matches!(operation, Operation::Read(_));
            // A (repeated) start with the address whenever the direction changes, as embedded-hal requires.
            if previous_was_read != Some(is_read) {
                self.send(address << 1 | u8::from(is_read), STA | WR, NoAcknowledgeSource::Address)?;
            }
            previous_was_read = Some(is_read);
            match operation {
                Operation::Write(bytes) => {
                    for &byte in bytes.iter() {
                        self.send(byte, WR, NoAcknowledgeSource::Data)?;
                    }
                }
                Operation::Read(buffer) => {
                    let length = buffer.len();
                    for (n, slot) in buffer.iter_mut().enumerate() {
                        // The last byte of the transaction is not acknowledged: the device releases the bus.
                        let ack = if last_operation && n + 1 == length { NACK } else { 0 };
                        self.command(RD | ack, None)?;
                        *slot = self.i2c.txr_rxr().read().bits() as u8;
                    }
                }
            }
        }
        Ok(())
    }
}

impl ErrorType for Bus {
    type Error = Error;
}

impl I2c<SevenBitAddress> for Bus {
    fn transaction(&mut self, address: u8, operations: &mut [Operation<'_>]) -> Result<(), Self::Error> {
        if !self.present {
            return Err(Error::Bus);
        }
        let result = self.run(address, operations);
        self.stop();
        result
    }
}
