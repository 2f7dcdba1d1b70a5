//! Driver for the Texas Instruments TMP105 I2C temperature sensor (-55..=125 C, 9 to 12 bit).
//!
//! # Why not the `tmp1x2` crate
//!
//! `tmp1x2` drives the TMP102/TMP112, whose configuration register is 16 bits wide with a fixed 12-bit (or
//! 13-bit extended) resolution. The TMP105 (like the TMP100/101/75) has an 8-bit configuration register whose
//! R1:R0 bits select 9 to 12 bits of resolution, and it powers up in 9-bit mode (0.5 C steps). Writing a TMP102
//! configuration to it would set the wrong bits, so this is its own small driver.
//!
//! # Registers
//!
//! The first byte of every write selects the register (the pointer):
//!
//! | pointer | register | size |
//! | --- | --- | --- |
//! | 0 | temperature, two's complement, left-justified: 1/256 C per bit of the 16-bit value, the low 4 bits always 0 (0.0625 C at 12 bit) | 16 bit, MSB first, read only |
//! | 1 | configuration: SD bit 0, TM bit 1, POL bit 2, F1:F0 bits 3-4, R1:R0 bits 5-6, OS bit 7 | 8 bit |
//! | 2 | T_LOW (alert hysteresis), same format as temperature | 16 bit |
//! | 3 | T_HIGH (alert limit), same format as temperature | 16 bit |
//!
//! Each read is two transactions: a write of the pointer (with STOP), then a read. The TMP105 keeps its pointer
//! between transactions (datasheet, "Pointer Register"), so this reads the right register on the part and
//! never depends on a pointer left from an earlier access; and it works on I2C masters that cannot issue a
//! repeated START, such as QEMU's Stellaris I2C model, which ignores a START while it holds the bus (so a
//! `write_read` there reads stale bytes). QEMU's sensor model (`hw/sensor/tmp105.c`) latches the
//! pointer from the first written byte, answers the temperature register with 2 bytes and the configuration
//! with 1, applies a configuration write after its single data byte, and (as the part does) masks the
//! temperature to the configured resolution and starts in 9-bit mode.
//!
//! The alert limits (T_LOW, T_HIGH) and the ALERT pin configuration (TM, POL, F1:F0) are left at their power-up
//! values: the node compares temperatures with its thresholds in software.

use embedded_hal::i2c::{ErrorKind, I2c, NoAcknowledgeSource};

/// The address of a TMP105 with its address option at the default (`1001000`); the TMP10x family answers at
/// `0x48..=0x4F` depending on address pins or ordering option.
pub const DEFAULT_ADDRESS: u8 = 0x48;

/// Pointer value of the temperature register.
const TEMPERATURE: u8 = 0;
/// Pointer value of the configuration register.
const CONFIGURATION: u8 = 1;

/// Configuration bit SD: shutdown (no conversions, lowest current).
const SHUTDOWN: u8 = 0b0000_0001;
/// Configuration bits R1:R0: converter resolution.
const RESOLUTION_MASK: u8 = 0b11 << RESOLUTION_SHIFT;
/// Position of R0 in the configuration register.
const RESOLUTION_SHIFT: u8 = 5;
/// Configuration bit OS: writing 1 in shutdown starts one conversion. Never written back by accident.
const ONE_SHOT: u8 = 1 << 7;

/// Bits of the temperature register that are always 0 on a TMP105.
const ALWAYS_ZERO: u16 = 0x000f;

/// Converter resolution, set with [`Tmp105::set_resolution`]. More bits take longer per conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Resolution {
    /// 0.5 C steps; the power-up setting.
    Bits9,
    /// 0.25 C steps.
    Bits10,
    /// 0.125 C steps.
    Bits11,
    /// 0.0625 C steps.
    Bits12,
}

impl Resolution {
    /// The R1:R0 field value.
    const fn bits(self) -> u8 {
        match self {
            Resolution::Bits9 => 0b00,
            Resolution::Bits10 => 0b01,
            Resolution::Bits11 => 0b10,
            Resolution::Bits12 => 0b11,
        }
    }

    /// The resolution an R1:R0 field value selects (only the low two bits are looked at).
    const fn from_bits(bits: u8) -> Self {
        match bits & 0b11 {
            0b00 => Resolution::Bits9,
            0b01 => Resolution::Bits10,
            0b10 => Resolution::Bits11,
            _ => Resolution::Bits12,
        }
    }

    /// Longest time one conversion takes at this resolution, in milliseconds (datasheet maximum: 37.5, 75, 150
    /// and 300 ms, rounded up). Reading faster than this returns the previous conversion again.
    pub const fn max_conversion_ms(self) -> u32 {
        match self {
            Resolution::Bits9 => 38,
            Resolution::Bits10 => 75,
            Resolution::Bits11 => 150,
            Resolution::Bits12 => 300,
        }
    }
}

/// What went wrong talking to the sensor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Error<E> {
    /// The I2C transfer failed; [`Error::cause`] tells a missing device from other bus trouble.
    Comm(E),
    /// The sensor answered, but with a temperature whose always-zero low four bits are set: not a TMP105 at
    /// this address, or corrupted data.
    BadData {
        /// The 16-bit temperature register as read.
        raw: u16,
    },
}

/// A coarse classification of an [`Error`], as the console reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Cause {
    /// Nothing acknowledged the address: no sensor there, unpowered, or wrong address.
    NoDevice,
    /// Any other bus failure: arbitration lost, bus error, overrun, a data byte not acknowledged, or a
    /// controller-specific error.
    Bus,
    /// The sensor answered with data that cannot be a temperature.
    BadData,
}

impl Cause {
    /// The words the console uses for this cause: `no device`, `bus` or `bad data`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Cause::NoDevice => "no device",
            Cause::Bus => "bus",
            Cause::BadData => "bad data",
        }
    }
}

impl<E: embedded_hal::i2c::Error> Error<E> {
    /// Classifies the error by [`embedded_hal::i2c::Error::kind`]: a missing acknowledge of the address (or an
    /// acknowledge failure the controller cannot attribute) means no device; a refused data byte means a device
    /// that is there but misbehaving, so a bus error.
    pub fn cause(&self) -> Cause {
        match self {
            Error::Comm(error) => match error.kind() {
                ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address | NoAcknowledgeSource::Unknown) => {
                    Cause::NoDevice
                }
                _ => Cause::Bus,
            },
            Error::BadData { .. } => Cause::BadData,
        }
    }
}

/// A TMP105 on an I2C bus.
#[derive(Debug)]
pub struct Tmp105<I2C> {
    /// The bus.
    i2c: I2C,
    /// The sensor's 7-bit address.
    address: u8,
}

impl<I2C: I2c> Tmp105<I2C> {
    /// Takes the bus and the sensor's 7-bit address (see [`DEFAULT_ADDRESS`]). Does not touch the bus: the first
    /// access tells whether the sensor is there.
    pub fn new(i2c: I2C, address: u8) -> Self {
        Self { i2c, address }
    }

    /// The sensor's 7-bit address.
    pub fn address(&self) -> u8 {
        self.address
    }

    /// Reads the latest conversion in milli-degrees C, rounded to the nearest (half a milli-degree away from
    /// zero: the 12-bit step is 62.5 m°C).
    pub fn read_millicelsius(&mut self) -> Result<i32, Error<I2C::Error>> {
        self.read_raw().map(raw_to_millicelsius)
    }

    /// Reads the temperature register: two's complement in 1/256 C, the low four bits zero (and more of them
    /// at lower resolutions).
    pub fn read_raw(&mut self) -> Result<i16, Error<I2C::Error>> {
        let mut bytes = [0u8; 2];
        self.read_register(TEMPERATURE, &mut bytes)?;
        let raw = u16::from_be_bytes(bytes);
        if raw & ALWAYS_ZERO != 0 {
            return Err(Error::BadData { raw });
        }
        Ok(raw as i16)
    }

    /// Sets the converter resolution, keeping the other configuration bits. It applies from the next conversion
    /// on; the one in progress finishes at the old resolution.
    pub fn set_resolution(&mut self, resolution: Resolution) -> Result<(), Error<I2C::Error>> {
        self.update_configuration(RESOLUTION_MASK, resolution.bits() << RESOLUTION_SHIFT)
    }

    /// Reads the configured resolution back from the sensor.
    pub fn resolution(&mut self) -> Result<Resolution, Error<I2C::Error>> {
        let configuration = self.read_configuration()?;
        Ok(Resolution::from_bits(configuration >> RESOLUTION_SHIFT))
    }

    /// Stops conversions (shutdown mode, about 0.1 µA); the temperature register keeps the last result.
    pub fn shutdown(&mut self) -> Result<(), Error<I2C::Error>> {
        self.update_configuration(SHUTDOWN, SHUTDOWN)
    }

    /// Resumes continuous conversions after [`Tmp105::shutdown`]. The first new result is ready after
    /// [`Resolution::max_conversion_ms`].
    pub fn wake(&mut self) -> Result<(), Error<I2C::Error>> {
        self.update_configuration(SHUTDOWN, 0)
    }

    /// Gives back the bus.
    pub fn destroy(self) -> I2C {
        self.i2c
    }

    /// Reads the 8-bit configuration register.
    fn read_configuration(&mut self) -> Result<u8, Error<I2C::Error>> {
        let mut configuration = [0u8];
        self.read_register(CONFIGURATION, &mut configuration)?;
        Ok(configuration[0])
    }

    /// Points the sensor at `register`, then reads it in a transaction of its own (see the module doc).
    fn read_register(&mut self, register: u8, bytes: &mut [u8]) -> Result<(), Error<I2C::Error>> {
        self.i2c.write(self.address, &[register]).map_err(Error::Comm)?;
        self.i2c.read(self.address, bytes).map_err(Error::Comm)
    }

    /// Read-modify-write of the configuration register: clears `mask`, sets `bits`. The one-shot bit is written
    /// as 0 so a stale read-back value never starts a conversion.
    fn update_configuration(&mut self, mask: u8, bits: u8) -> Result<(), Error<I2C::Error>> {
        let old = self.read_configuration()?;
        let new = ((old & !mask) | bits) & !ONE_SHOT;
        self.i2c.write(self.address, &[CONFIGURATION, new]).map_err(Error::Comm)
    }
}

/// Converts the temperature register (1/256 C) to milli-degrees C, rounding half away from zero.
fn raw_to_millicelsius(raw: i16) -> i32 {
    let scaled = i32::from(raw) * 1000;
    let half = if scaled < 0 { -128 } else { 128 };
    (scaled + half) / 256
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_hal_mock::eh1::i2c::{Mock as I2cMock, Transaction};

    const ADDRESS: u8 = 0x49;

    fn sensor(transactions: &[Transaction]) -> Tmp105<I2cMock> {
        Tmp105::new(I2cMock::new(transactions), ADDRESS)
    }

    /// Pointer write, then the two-byte read, as separate transactions.
    fn temperature_read(msb: u8, lsb: u8) -> [Transaction; 2] {
        [Transaction::write(ADDRESS, vec![TEMPERATURE]), Transaction::read(ADDRESS, vec![msb, lsb])]
    }

    /// A pointer write to the temperature register that fails with `kind` (no read follows).
    fn failed_temperature_read(kind: ErrorKind) -> Transaction {
        Transaction::write(ADDRESS, vec![TEMPERATURE]).with_error(kind)
    }

    #[test]
    fn converts_register_values_to_millicelsius() {
        let cases: [(u8, u8, i32); 10] = [
            (0x00, 0x00, 0),
            (0x15, 0x80, 21_500),   // 21.5 C, as QEMU stores 21500 m°C
            (0x7f, 0xf0, 127_938),  // 127.9375, the largest register value
            (0x7d, 0x00, 125_000),  // top of the datasheet range
            (0x00, 0x10, 63),       // +0.0625 -> 62.5, rounded away from zero
            (0xff, 0xf0, -63),      // -0.0625
            (0xff, 0x80, -500),     // -0.5
            (0xc9, 0x00, -55_000),  // bottom of the datasheet range
            (0xe7, 0x00, -25_000),  // -25 C
            (0x80, 0x00, -128_000), // the smallest register value
        ];
        let transactions: Vec<_> = cases.iter().flat_map(|&(m, l, _)| temperature_read(m, l)).collect();
        let mut tmp = sensor(&transactions);
        for &(msb, lsb, expected) in &cases {
            assert_eq!(tmp.read_millicelsius(), Ok(expected), "{msb:02x} {lsb:02x}");
        }
        tmp.destroy().done();
    }

    #[test]
    fn raw_read_keeps_the_register_value() {
        let mut tmp = sensor(&temperature_read(0xe7, 0x00));
        assert_eq!(tmp.read_raw(), Ok(-25 * 256));
        tmp.destroy().done();
    }

    #[test]
    fn set_low_bits_are_bad_data() {
        let mut tmp = sensor(&[temperature_read(0xff, 0xff), temperature_read(0x12, 0x01)].concat());
        let error = tmp.read_millicelsius().unwrap_err();
        assert_eq!(error, Error::BadData { raw: 0xffff });
        assert_eq!(error.cause(), Cause::BadData);
        assert_eq!(tmp.read_millicelsius(), Err(Error::BadData { raw: 0x1201 }));
        tmp.destroy().done();
    }

    #[test]
    fn set_resolution_rewrites_only_r1_r0() {
        let mut tmp = sensor(&[
            // Power-up configuration: everything 0 (9 bit).
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x00]),
            Transaction::write(ADDRESS, vec![CONFIGURATION, 0x60]),
            // Other bits set (TM, POL, F1:F0, SD) are kept; a stale OS bit is not written back.
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x9f]),
            Transaction::write(ADDRESS, vec![CONFIGURATION, 0x5f]),
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x60]),
            Transaction::write(ADDRESS, vec![CONFIGURATION, 0x00]),
        ]);
        tmp.set_resolution(Resolution::Bits12).unwrap();
        tmp.set_resolution(Resolution::Bits11).unwrap();
        tmp.set_resolution(Resolution::Bits9).unwrap();
        tmp.destroy().done();
    }

    #[test]
    fn resolution_reads_back() {
        let mut tmp = sensor(&[
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x00]),
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x20]),
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x41]),
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0xe0]),
        ]);
        assert_eq!(tmp.resolution(), Ok(Resolution::Bits9));
        assert_eq!(tmp.resolution(), Ok(Resolution::Bits10));
        assert_eq!(tmp.resolution(), Ok(Resolution::Bits11));
        assert_eq!(tmp.resolution(), Ok(Resolution::Bits12));
        tmp.destroy().done();
    }

    #[test]
    fn shutdown_and_wake_toggle_sd() {
        let mut tmp = sensor(&[
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x60]),
            Transaction::write(ADDRESS, vec![CONFIGURATION, 0x61]),
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x61]),
            Transaction::write(ADDRESS, vec![CONFIGURATION, 0x60]),
        ]);
        tmp.shutdown().unwrap();
        tmp.wake().unwrap();
        tmp.destroy().done();
    }

    #[test]
    fn a_missing_sensor_is_no_device() {
        let mut tmp = sensor(&[
            failed_temperature_read(ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address)),
            Transaction::write(ADDRESS, vec![CONFIGURATION])
                .with_error(ErrorKind::NoAcknowledge(NoAcknowledgeSource::Unknown)),
        ]);
        let error = tmp.read_millicelsius().unwrap_err();
        assert_eq!(error, Error::Comm(ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address)));
        assert_eq!(error.cause(), Cause::NoDevice);
        assert_eq!(error.cause().as_str(), "no device");
        // A failed read of the configuration stops before the write.
        let error = tmp.set_resolution(Resolution::Bits12).unwrap_err();
        assert_eq!(error.cause(), Cause::NoDevice);
        tmp.destroy().done();
    }

    #[test]
    fn other_bus_errors_are_bus() {
        let kinds = [
            ErrorKind::Bus,
            ErrorKind::ArbitrationLoss,
            ErrorKind::Overrun,
            ErrorKind::Other,
            ErrorKind::NoAcknowledge(NoAcknowledgeSource::Data),
        ];
        let transactions: Vec<_> = kinds.iter().map(|&kind| failed_temperature_read(kind)).collect();
        let mut tmp = sensor(&transactions);
        for kind in kinds {
            let error = tmp.read_millicelsius().unwrap_err();
            assert_eq!(error, Error::Comm(kind));
            assert_eq!(error.cause(), Cause::Bus);
            assert_eq!(error.cause().as_str(), "bus");
        }
        tmp.destroy().done();
    }

    #[test]
    fn a_failed_configuration_write_is_returned() {
        let mut tmp = sensor(&[
            Transaction::write(ADDRESS, vec![CONFIGURATION]),
            Transaction::read(ADDRESS, vec![0x00]),
            Transaction::write(ADDRESS, vec![CONFIGURATION, 0x01]).with_error(ErrorKind::Bus),
        ]);
        assert_eq!(tmp.shutdown(), Err(Error::Comm(ErrorKind::Bus)));
        tmp.destroy().done();
    }

    #[test]
    fn address_and_conversion_times() {
        let tmp = Tmp105::new(I2cMock::new(&[]), DEFAULT_ADDRESS);
        assert_eq!(tmp.address(), 0x48);
        tmp.destroy().done();
        assert!(Resolution::Bits9.max_conversion_ms() < Resolution::Bits12.max_conversion_ms());
    }

    #[test]
    fn rounding_is_symmetric() {
        for raw in (i16::MIN..=i16::MAX).step_by(16) {
            if raw != i16::MIN {
                assert_eq!(raw_to_millicelsius(-raw), -raw_to_millicelsius(raw));
            }
            let exact = f64::from(raw) * 1000.0 / 256.0;
            assert!((f64::from(raw_to_millicelsius(raw)) - exact).abs() <= 0.5);
        }
    }
}
