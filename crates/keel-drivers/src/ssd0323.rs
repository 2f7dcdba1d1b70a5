//! Driver for the Solomon Systech SSD0323 OLED controller driving a 128x64 panel with 16 grey levels (the OSRAM
//! Pictiva panel of the EK-LM3S6965 board), over SPI with a data/command pin, plus a [`FrameBuffer`] to draw on
//! with `embedded-graphics`.
//!
//! # Protocol
//!
//! The controller takes a byte stream on SPI (write only). The D/C pin says what the bytes are: low for
//! commands (an opcode and its arguments), high for display RAM data. Display RAM is written in a window
//! (`0x15` column range, `0x75` row range); each data byte holds two horizontally adjacent pixels, the left one
//! in the high nibble (with the nibble remap that [`Ssd0323::init`] selects), and the address moves right along
//! the row, then wraps to the window's next row. One column address is therefore two pixels wide: the 128
//! pixels of a row are column addresses 0..=63.
//!
//! # QEMU
//!
//! QEMU's model (`hw/display/ssd0323.c`) accepts every command [`Ssd0323::init`] sends, takes the window
//! commands and the horizontal/vertical increment bit of the remap command, and ignores the rest (contrast,
//! timing, grey scale, nibble and row remapping). It shows the left pixel of each byte from the high nibble and
//! RAM row 0 at the top, as the real panel does with these settings.

use core::convert::Infallible;
use core::ops::RangeInclusive;

use embedded_graphics_core::draw_target::DrawTarget;
use embedded_graphics_core::geometry::{Dimensions, OriginDimensions, Point, Size};
use embedded_graphics_core::pixelcolor::{Gray4, GrayColor};
use embedded_graphics_core::primitives::Rectangle;
use embedded_graphics_core::Pixel;
use embedded_hal::digital::OutputPin;
use embedded_hal::spi::SpiDevice;

/// Panel width in pixels.
pub const WIDTH: u32 = 128;
/// Panel height in pixels.
pub const HEIGHT: u32 = 64;
/// Highest column address: each column address holds two pixels.
pub const LAST_COLUMN: u8 = (WIDTH / 2 - 1) as u8;
/// Highest row address of the panel (the controller has 80 rows; the panel shows 64).
pub const LAST_ROW: u8 = (HEIGHT - 1) as u8;
/// Bytes of display RAM the panel shows: 4 bits per pixel.
pub const FRAME_BUFFER_LEN: usize = (WIDTH * HEIGHT / 2) as usize;

/// Command opcodes (SSD0323 datasheet, command table).
mod command {
    /// Set column address window: start, end (column addresses, two pixels each).
    pub const SET_COLUMN_ADDRESS: u8 = 0x15;
    /// Set row address window: start, end.
    pub const SET_ROW_ADDRESS: u8 = 0x75;
    /// Set contrast current: one argument, 0..=127.
    pub const SET_CONTRAST: u8 = 0x81;
    /// Select the half current range (the panel's maximum segment current).
    pub const HALF_CURRENT_RANGE: u8 = 0x85;
    /// Set re-map and address increment mode: one argument of flag bits.
    pub const SET_REMAP: u8 = 0xa0;
    /// Set display start line: one argument.
    pub const SET_START_LINE: u8 = 0xa1;
    /// Set display offset (vertical shift of the COM mapping): one argument.
    pub const SET_OFFSET: u8 = 0xa2;
    /// Normal display: show RAM contents (as opposed to all on, all off or inverse).
    pub const NORMAL_DISPLAY: u8 = 0xa4;
    /// Set multiplex ratio: one argument, rows driven minus one.
    pub const SET_MULTIPLEX_RATIO: u8 = 0xa8;
    /// Set master configuration (DC-DC converter): one argument.
    pub const SET_MASTER_CONFIGURATION: u8 = 0xad;
    /// Display off (sleep).
    pub const DISPLAY_OFF: u8 = 0xae;
    /// Display on.
    pub const DISPLAY_ON: u8 = 0xaf;
    /// Set phase length: one argument, phase 2 in the high nibble, phase 1 in the low one, in clocks.
    pub const SET_PHASE_LENGTH: u8 = 0xb1;
    /// Set row period: one argument, in display clocks.
    pub const SET_ROW_PERIOD: u8 = 0xb2;
    /// Set display clock divide ratio and oscillator frequency: one argument.
    pub const SET_DISPLAY_CLOCK: u8 = 0xb3;
    /// Set grey scale table: eight arguments, two 4-bit pulse widths each (GS1..GS15).
    pub const SET_GREY_SCALE_TABLE: u8 = 0xb8;
    /// Set precharge voltage: one argument.
    pub const SET_PRECHARGE_VOLTAGE: u8 = 0xbc;
    /// Set VCOMH voltage: one argument.
    pub const SET_VCOMH: u8 = 0xbe;
    /// Set segment low voltage (VSL): one argument.
    pub const SET_SEGMENT_LOW_VOLTAGE: u8 = 0xbf;
}

/// Remap argument for [`Ssd0323::init`]: horizontal address increment (bit 2 clear), nibble remap (bit 1: the
/// left pixel of a byte is its high nibble), COM remap (bit 4) and odd/even COM split (bit 6), as the panel's
/// rows are wired.
const REMAP: u8 = 0b0101_0010;

/// The start-up command stream: opcodes with their arguments, sent in one command burst by [`Ssd0323::init`].
///
/// The analog values (contrast, current range, timing, voltages, master configuration, offset) are those the
/// OSRAM 128x64 panel's application note specifies for this controller; the grey scale ramp is a plain
/// increasing one.
#[rustfmt::skip]
const INIT_SEQUENCE: &[u8] = &[
    command::DISPLAY_OFF,
    command::SET_CONTRAST, 50,
    command::HALF_CURRENT_RANGE,
    command::SET_REMAP, REMAP,
    command::SET_START_LINE, 0,
    // With the COM remap, RAM row 0 reaches the panel's top line through an offset of 76 (of 80 rows).
    command::SET_OFFSET, 76,
    command::NORMAL_DISPLAY,
    command::SET_MULTIPLEX_RATIO, (HEIGHT - 1) as u8,
    command::SET_PHASE_LENGTH, 0x22,
    command::SET_ROW_PERIOD, 70,
    command::SET_DISPLAY_CLOCK, 0xf1,
    command::SET_SEGMENT_LOW_VOLTAGE, 0x0d,
    command::SET_VCOMH, 0x02,
    command::SET_PRECHARGE_VOLTAGE, 0x10,
    command::SET_GREY_SCALE_TABLE, 0x01, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
    command::SET_MASTER_CONFIGURATION, 0x03,
    command::SET_COLUMN_ADDRESS, 0, LAST_COLUMN,
    command::SET_ROW_ADDRESS, 0, LAST_ROW,
    command::DISPLAY_ON,
];

/// What went wrong driving the display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Error<CommE, PinE> {
    /// The SPI transfer failed.
    Comm(CommE),
    /// Setting the data/command pin failed.
    Pin(PinE),
    /// A window outside the panel (column addresses `0..=63`, rows `0..=63`) or with its start after its end.
    Window,
}

/// An SSD0323 on an SPI device (chip select handled by the `SpiDevice`), with its data/command pin.
#[derive(Debug)]
pub struct Ssd0323<SPI, DC> {
    /// The controller's SPI device.
    spi: SPI,
    /// Data/command select: low = command, high = data.
    dc: DC,
}

/// The error type of an [`Ssd0323`] on `SPI` with D/C pin `DC`.
type DriverError<SPI, DC> =
    Error<<SPI as embedded_hal::spi::ErrorType>::Error, <DC as embedded_hal::digital::ErrorType>::Error>;

impl<SPI: SpiDevice, DC: OutputPin> Ssd0323<SPI, DC> {
    /// Takes the SPI device and the D/C pin. Does not talk to the controller; call [`Ssd0323::init`].
    pub fn new(spi: SPI, dc: DC) -> Self {
        Self { spi, dc }
    }

    /// Configures the controller for the panel and turns the display on, with a full-screen window.
    ///
    /// Call it after the controller's reset. Display RAM is not cleared (its power-up contents are random on
    /// the real part): [`Ssd0323::flush`] a cleared [`FrameBuffer`] next.
    pub fn init(&mut self) -> Result<(), DriverError<SPI, DC>> {
        self.command(INIT_SEQUENCE)
    }

    /// Turns the display on (`true`) or puts it to sleep (`false`); RAM is kept.
    pub fn set_display_on(&mut self, on: bool) -> Result<(), DriverError<SPI, DC>> {
        self.command(&[if on { command::DISPLAY_ON } else { command::DISPLAY_OFF }])
    }

    /// Sets the contrast current, `0..=127` (larger values are limited to 127).
    pub fn set_contrast(&mut self, contrast: u8) -> Result<(), DriverError<SPI, DC>> {
        self.command(&[command::SET_CONTRAST, contrast.min(127)])
    }

    /// Sets the RAM window that [`Ssd0323::write_pixels`] fills: `columns` are column addresses (two pixels
    /// each, `0..=63`), `rows` are pixel rows (`0..=63`), both inclusive. Writing starts at the window's top
    /// left corner and goes along each row.
    pub fn set_window(
        &mut self,
        columns: RangeInclusive<u8>,
        rows: RangeInclusive<u8>,
    ) -> Result<(), DriverError<SPI, DC>> {
        let (first_column, last_column) = (*columns.start(), *columns.end());
        let (first_row, last_row) = (*rows.start(), *rows.end());
        if first_column > last_column || last_column > LAST_COLUMN || first_row > last_row || last_row > LAST_ROW {
            return Err(Error::Window);
        }
        self.command(&[
            command::SET_COLUMN_ADDRESS,
            first_column,
            last_column,
            command::SET_ROW_ADDRESS,
            first_row,
            last_row,
        ])
    }

    /// Writes packed pixels into the current window: two pixels a byte, the left one in the high nibble, rows
    /// in order. Nothing is sent for an empty slice.
    pub fn write_pixels(&mut self, data: &[u8]) -> Result<(), DriverError<SPI, DC>> {
        if data.is_empty() {
            return Ok(());
        }
        self.dc.set_high().map_err(Error::Pin)?;
        self.spi.write(data).map_err(Error::Comm)
    }

    /// Sends the whole frame buffer to the display.
    pub fn flush(&mut self, frame: &FrameBuffer) -> Result<(), DriverError<SPI, DC>> {
        self.set_window(0..=LAST_COLUMN, 0..=LAST_ROW)?;
        self.write_pixels(frame.as_bytes())
    }

    /// Sends a two-level frame to the whole panel: lit pixels at full brightness, the rest black.
    pub fn flush_mono(&mut self, frame: &MonoFrameBuffer) -> Result<(), DriverError<SPI, DC>> {
        self.set_window(0..=LAST_COLUMN, 0..=LAST_ROW)?;
        let mut row = [0u8; (WIDTH / 2) as usize];
        for y in 0..HEIGHT as usize {
            for (column, byte) in row.iter_mut().enumerate() {
                let left = frame.lit(2 * column, y);
                let right = frame.lit(2 * column + 1, y);
                *byte = if left { 0xf0 } else { 0 } | if right { 0x0f } else { 0 };
            }
            self.write_pixels(&row)?;
        }
        Ok(())
    }

    /// Sends raw command bytes (opcodes and their arguments), for commands this driver has no method for.
    pub fn command(&mut self, bytes: &[u8]) -> Result<(), DriverError<SPI, DC>> {
        self.dc.set_low().map_err(Error::Pin)?;
        self.spi.write(bytes).map_err(Error::Comm)
    }

    /// Gives back the SPI device and the D/C pin.
    pub fn destroy(self) -> (SPI, DC) {
        (self.spi, self.dc)
    }
}

/// An off-screen copy of the panel, 4 bits per pixel, to draw on with `embedded-graphics` and send with
/// [`Ssd0323::flush`]. Drawing outside the panel is clipped. Starts black.
#[derive(Clone, PartialEq, Eq)]
pub struct FrameBuffer {
    /// Rows top to bottom, each 64 bytes of two pixels, the left one in the high nibble (the RAM layout).
    bytes: [u8; FRAME_BUFFER_LEN],
}

impl FrameBuffer {
    /// An all-black frame.
    pub const fn new() -> Self {
        Self { bytes: [0; FRAME_BUFFER_LEN] }
    }

    /// The packed pixels, as [`Ssd0323::write_pixels`] takes them for a full-screen window.
    pub fn as_bytes(&self) -> &[u8; FRAME_BUFFER_LEN] {
        &self.bytes
    }

    /// The pixel at `point`, or `None` outside the panel.
    pub fn pixel(&self, point: Point) -> Option<Gray4> {
        let (index, high) = Self::locate(point)?;
        let byte = self.bytes[index];
        Some(Gray4::new(if high { byte >> 4 } else { byte & 0x0f }))
    }

    /// Sets the pixel at `point`; does nothing outside the panel.
    pub fn set_pixel(&mut self, point: Point, color: Gray4) {
        if let Some((index, high)) = Self::locate(point) {
            let byte = &mut self.bytes[index];
            let luma = color.luma() & 0x0f;
            *byte = if high { (*byte & 0x0f) | (luma << 4) } else { (*byte & 0xf0) | luma };
        }
    }

    /// The byte holding `point` and whether it is that byte's high nibble, or `None` outside the panel.
    fn locate(point: Point) -> Option<(usize, bool)> {
        let x = u32::try_from(point.x).ok().filter(|&x| x < WIDTH)?;
        let y = u32::try_from(point.y).ok().filter(|&y| y < HEIGHT)?;
        Some((((y * WIDTH + x) / 2) as usize, x % 2 == 0))
    }
}

impl Default for FrameBuffer {
    fn default() -> Self {
        Self::new()
    }
}

impl core::fmt::Debug for FrameBuffer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let lit = self.bytes.iter().filter(|&&b| b != 0).count();
        f.debug_struct("FrameBuffer").field("non_black_bytes", &lit).finish()
    }
}

impl OriginDimensions for FrameBuffer {
    fn size(&self) -> Size {
        Size::new(WIDTH, HEIGHT)
    }
}

impl DrawTarget for FrameBuffer {
    type Color = Gray4;
    type Error = Infallible;

    fn draw_iter<I>(&mut self, pixels: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Pixel<Self::Color>>,
    {
        for Pixel(point, color) in pixels {
            self.set_pixel(point, color);
        }
        Ok(())
    }

    fn fill_solid(&mut self, area: &Rectangle, color: Self::Color) -> Result<(), Self::Error> {
        let area = area.intersection(&self.bounding_box());
        for y in area.rows() {
            for x in area.columns() {
                self.set_pixel(Point::new(x, y), color);
            }
        }
        Ok(())
    }

    fn clear(&mut self, color: Self::Color) -> Result<(), Self::Error> {
        let luma = color.luma() & 0x0f;
        self.bytes.fill((luma << 4) | luma);
        Ok(())
    }
}

/// A 128x64 frame with two levels, one bit per pixel (1 KiB instead of [`FrameBuffer`]'s 4 KiB), for
/// firmware that draws only black and white: a grey of luma 8 or more counts as lit.
/// [`Ssd0323::flush_mono`] sends it.
pub struct MonoFrameBuffer {
    /// Rows top to bottom, 16 bytes each, the leftmost pixel in bit 7.
    bits: [u8; (WIDTH * HEIGHT / 8) as usize],
}

impl MonoFrameBuffer {
    /// An all-black frame.
    pub const fn new() -> Self {
        Self { bits: [0; (WIDTH * HEIGHT / 8) as usize] }
    }

    /// Whether the pixel at column `x`, row `y` is lit (false outside the panel).
    pub fn lit(&self, x: usize, y: usize) -> bool {
        if x >= WIDTH as usize || y >= HEIGHT as usize {
            return false;
        }
        self.bits[(y * WIDTH as usize + x) / 8] & (0x80 >> (x % 8)) != 0
    }

    fn set(&mut self, point: Point, lit: bool) {
        let (Ok(x), Ok(y)) = (usize::try_from(point.x), usize::try_from(point.y)) else {
            return;
        };
        if x >= WIDTH as usize || y >= HEIGHT as usize {
            return;
        }
        let byte = &mut self.bits[(y * WIDTH as usize + x) / 8];
        let mask = 0x80 >> (x % 8);
        if lit {
            *byte |= mask;
        } else {
            *byte &= !mask;
        }
    }
}

impl Default for MonoFrameBuffer {
    fn default() -> Self {
        Self::new()
    }
}

impl OriginDimensions for MonoFrameBuffer {
    fn size(&self) -> Size {
        Size::new(WIDTH, HEIGHT)
    }
}

impl DrawTarget for MonoFrameBuffer {
    type Color = Gray4;
    type Error = Infallible;

    fn draw_iter<I>(&mut self, pixels: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Pixel<Self::Color>>,
    {
        for Pixel(point, color) in pixels {
            self.set(point, color.luma() >= 8);
        }
        Ok(())
    }

    fn clear(&mut self, color: Self::Color) -> Result<(), Self::Error> {
        self.bits.fill(if color.luma() >= 8 { 0xff } else { 0 });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_graphics::mock_display::MockDisplay;
    use embedded_graphics::mono_font::{ascii::FONT_6X10, MonoTextStyle};
    use embedded_graphics::prelude::*;
    use embedded_graphics::text::{Baseline, Text};
    use embedded_hal::spi::ErrorKind as SpiErrorKind;
    use embedded_hal_mock::eh1::digital::{Mock as PinMock, State, Transaction as PinTransaction};
    use embedded_hal_mock::eh1::spi::{Mock as SpiMock, Transaction as SpiTransaction};
    use embedded_hal_mock::eh1::MockError;
    use std::io::ErrorKind;

    /// The SPI transactions of one `SpiDevice::write`.
    fn spi_write(bytes: &[u8]) -> [SpiTransaction<u8>; 3] {
        [
            SpiTransaction::transaction_start(),
            SpiTransaction::write_vec(bytes.to_vec()),
            SpiTransaction::transaction_end(),
        ]
    }

    fn display(spi: &[SpiTransaction<u8>], dc: &[PinTransaction]) -> Ssd0323<SpiMock<u8>, PinMock> {
        Ssd0323::new(SpiMock::new(spi), PinMock::new(dc))
    }

    fn done(display: Ssd0323<SpiMock<u8>, PinMock>) {
        let (mut spi, mut dc) = display.destroy();
        spi.done();
        dc.done();
    }

    #[test]
    fn init_sends_the_command_sequence_with_dc_low() {
        #[rustfmt::skip]
        let expected: Vec<u8> = vec![
            0xae, // display off
            0x81, 50, // contrast
            0x85, // half current range
            0xa0, 0x52, // remap: horizontal increment, nibble remap, COM remap and split
            0xa1, 0, // start line
            0xa2, 76, // offset
            0xa4, // normal display
            0xa8, 63, // multiplex ratio: 64 rows
            0xb1, 0x22, // phase length
            0xb2, 70, // row period
            0xb3, 0xf1, // display clock
            0xbf, 0x0d, // VSL
            0xbe, 0x02, // VCOMH
            0xbc, 0x10, // precharge voltage
            0xb8, 0x01, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, // grey scale table
            0xad, 0x03, // master configuration
            0x15, 0, 63, // column window
            0x75, 0, 63, // row window
            0xaf, // display on
        ];
        let mut oled = display(&spi_write(&expected), &[PinTransaction::set(State::Low)]);
        oled.init().unwrap();
        done(oled);
    }

    /// Each command with the number of argument bytes QEMU's model waits for (`hw/display/ssd0323.c`).
    fn qemu_argument_count(opcode: u8) -> Option<usize> {
        match opcode {
            0x15 | 0x75 => Some(2),
            0x81 | 0xa0 | 0xa1 | 0xa2 | 0xa8 | 0xad | 0xb1 | 0xb2 | 0xb3 | 0xbc | 0xbe | 0xbf => Some(1),
            0x84..=0x86 | 0xa4..=0xa7 | 0xae | 0xaf | 0xe3 => Some(0),
            0xb8 => Some(8),
            _ => None,
        }
    }

    #[test]
    fn init_sequence_parses_as_whole_commands_qemu_knows() {
        let mut rest = INIT_SEQUENCE;
        let mut opcodes = Vec::new();
        while let Some((&opcode, tail)) = rest.split_first() {
            let count = qemu_argument_count(opcode).unwrap_or_else(|| panic!("unknown command {opcode:#04x}"));
            assert!(tail.len() >= count, "command {opcode:#04x} is cut short");
            opcodes.push(opcode);
            rest = &tail[count..];
        }
        assert_eq!(opcodes.first(), Some(&0xae));
        assert_eq!(opcodes.last(), Some(&0xaf));
        // Horizontal increment: QEMU (and the layout of FrameBuffer) need the vertical bit clear.
        assert_eq!(REMAP & 0x04, 0);
    }

    #[test]
    fn set_window_sends_both_ranges_and_rejects_bad_ones() {
        let mut oled = display(&spi_write(&[0x15, 2, 10, 0x75, 8, 15]), &[PinTransaction::set(State::Low)]);
        oled.set_window(2..=10, 8..=15).unwrap();
        assert_eq!(oled.set_window(0..=64, 0..=63), Err(Error::Window));
        assert_eq!(oled.set_window(0..=63, 0..=64), Err(Error::Window));
        #[allow(clippy::reversed_empty_ranges)]
        let backwards = 5..=4;
        assert_eq!(oled.set_window(backwards, 0..=1), Err(Error::Window));
        done(oled);
    }

    #[test]
    fn write_pixels_sends_data_with_dc_high() {
        let mut oled = display(&spi_write(&[0xf0, 0x0f]), &[PinTransaction::set(State::High)]);
        oled.write_pixels(&[0xf0, 0x0f]).unwrap();
        oled.write_pixels(&[]).unwrap();
        done(oled);
    }

    #[test]
    fn contrast_and_power_commands() {
        let mut spi = Vec::new();
        for bytes in [&[0x81, 127][..], &[0x81, 12], &[0xae], &[0xaf]] {
            spi.extend(spi_write(bytes));
        }
        let dc: Vec<_> = (0..4).map(|_| PinTransaction::set(State::Low)).collect();
        let mut oled = display(&spi, &dc);
        oled.set_contrast(200).unwrap();
        oled.set_contrast(12).unwrap();
        oled.set_display_on(false).unwrap();
        oled.set_display_on(true).unwrap();
        done(oled);
    }

    #[test]
    fn flush_sets_a_full_window_then_sends_the_frame() {
        let mut frame = FrameBuffer::new();
        frame.set_pixel(Point::new(0, 0), Gray4::WHITE);
        frame.set_pixel(Point::new(1, 0), Gray4::new(1));
        frame.set_pixel(Point::new(127, 63), Gray4::new(7));
        let mut expected = vec![0u8; FRAME_BUFFER_LEN];
        expected[0] = 0xf1;
        expected[FRAME_BUFFER_LEN - 1] = 0x07;

        let mut spi = spi_write(&[0x15, 0, 63, 0x75, 0, 63]).to_vec();
        spi.extend(spi_write(&expected));
        let mut oled = display(&spi, &[PinTransaction::set(State::Low), PinTransaction::set(State::High)]);
        oled.flush(&frame).unwrap();
        done(oled);
    }

    #[test]
    fn pin_and_bus_errors_are_returned() {
        let error = MockError::Io(ErrorKind::NotConnected);
        let mut oled = display(&[], &[PinTransaction::set(State::Low).with_error(error.clone())]);
        assert_eq!(oled.init(), Err(Error::Pin(error)));
        done(oled);
        // The SPI mock cannot fail a write, so check the mapping on its error type directly.
        let comm: Error<SpiErrorKind, MockError> = Error::Comm(SpiErrorKind::Overrun);
        assert_ne!(comm, Error::Window);
    }

    #[test]
    fn pixels_pack_two_per_byte_left_pixel_high() {
        let mut frame = FrameBuffer::default();
        frame.set_pixel(Point::new(2, 1), Gray4::new(0xa));
        frame.set_pixel(Point::new(3, 1), Gray4::new(0x5));
        assert_eq!(frame.as_bytes()[64 + 1], 0xa5);
        frame.set_pixel(Point::new(2, 1), Gray4::BLACK);
        assert_eq!(frame.as_bytes()[64 + 1], 0x05);
        assert_eq!(frame.pixel(Point::new(3, 1)), Some(Gray4::new(5)));
        assert_eq!(frame.pixel(Point::new(128, 0)), None);
        assert_eq!(frame.pixel(Point::new(0, -1)), None);
        // Off-panel pixels are clipped, not wrapped.
        frame.set_pixel(Point::new(-1, 0), Gray4::WHITE);
        frame.set_pixel(Point::new(128, 0), Gray4::WHITE);
        frame.set_pixel(Point::new(0, 64), Gray4::WHITE);
        assert_eq!(frame.as_bytes().iter().filter(|&&b| b != 0).count(), 1);
    }

    #[test]
    fn clear_and_fill_solid() {
        let mut frame = FrameBuffer::new();
        frame.clear(Gray4::new(3)).unwrap();
        assert!(frame.as_bytes().iter().all(|&b| b == 0x33));
        frame.fill_solid(&Rectangle::new(Point::new(125, 62), Size::new(10, 10)), Gray4::WHITE).unwrap();
        for y in 0..64 {
            for x in 0..128 {
                let expected = if x >= 125 && y >= 62 { Gray4::WHITE } else { Gray4::new(3) };
                assert_eq!(frame.pixel(Point::new(x, y)), Some(expected), "({x}, {y})");
            }
        }
        assert_eq!(frame.size(), Size::new(128, 64));
    }

    #[test]
    fn drawn_text_lands_on_the_right_pixels() {
        let style = MonoTextStyle::new(&FONT_6X10, Gray4::WHITE);
        let text = Text::with_baseline("Keel 21.5", Point::new(4, 20), style, Baseline::Top);
        let mut frame = FrameBuffer::new();
        text.draw(&mut frame).unwrap();

        // embedded-graphics' own reference target (64x64) draws the same glyph pixels.
        let mut reference = MockDisplay::<Gray4>::new();
        reference.set_allow_out_of_bounds_drawing(true);
        text.draw(&mut reference).unwrap();

        let area = text.bounding_box();
        assert_eq!(area, Rectangle::new(Point::new(4, 20), Size::new(9 * 6, 10)));
        let mut lit = 0;
        for y in 0..64 {
            for x in 0..128 {
                let point = Point::new(x, y);
                let pixel = frame.pixel(point).unwrap();
                if area.contains(point) {
                    let expected = reference.get_pixel(point).unwrap_or(Gray4::BLACK);
                    assert_eq!(pixel, expected, "({x}, {y})");
                    lit += usize::from(pixel == Gray4::WHITE);
                } else {
                    assert_eq!(pixel, Gray4::BLACK, "outside the text at ({x}, {y})");
                }
            }
        }
        assert!(lit > 50, "only {lit} pixels lit");
        // The 'K' starts with a full-height vertical stroke in its first column.
        assert_eq!(frame.pixel(Point::new(4, 21)), Some(Gray4::WHITE));
        assert_eq!(frame.pixel(Point::new(4, 27)), Some(Gray4::WHITE));
    }

    #[test]
    fn text_past_the_edge_is_clipped() {
        let style = MonoTextStyle::new(&FONT_6X10, Gray4::new(9));
        let mut frame = FrameBuffer::new();
        Text::with_baseline("clipped", Point::new(120, 58), style, Baseline::Top).draw(&mut frame).unwrap();
        assert!(frame.as_bytes().iter().any(|&b| b != 0));
    }

    #[test]
    fn mono_frame_sends_lit_pixels_at_full_brightness() {
        let mut frame = MonoFrameBuffer::new();
        frame.set(Point::new(0, 0), true);
        frame.set(Point::new(3, 0), true);
        frame.set(Point::new(127, 63), true);
        frame.set(Point::new(128, 0), true); // outside: ignored
        assert!(frame.lit(0, 0) && frame.lit(3, 0) && frame.lit(127, 63) && !frame.lit(1, 0));
        let mut expected = vec![PinTransaction::set(State::Low)];
        expected.push(PinTransaction::set(State::High));
        let mut spi_expected: Vec<SpiTransaction<u8>> = Vec::new();
        spi_expected.extend(spi_write(&[
            command::SET_COLUMN_ADDRESS,
            0,
            LAST_COLUMN,
            command::SET_ROW_ADDRESS,
            0,
            LAST_ROW,
        ]));
        let mut pins = vec![PinTransaction::set(State::Low)];
        for y in 0..64 {
            let mut row = vec![0u8; 64];
            if y == 0 {
                row[0] = 0xf0;
                row[1] = 0x0f;
            }
            if y == 63 {
                row[63] = 0x0f;
            }
            spi_expected.extend(spi_write(&row));
            pins.push(PinTransaction::set(State::High));
        }
        let _ = expected;
        let mut spi = SpiMock::new(&spi_expected);
        let mut dc = PinMock::new(&pins);
        let mut display = Ssd0323::new(spi.clone(), dc.clone());
        display.flush_mono(&frame).unwrap();
        spi.done();
        dc.done();
    }

    #[test]
    fn a_window_of_one_column_or_one_row_is_valid_and_a_backwards_one_is_not() {
        let mut spi = spi_write(&[0x15, 5, 5, 0x75, 0, 63]).to_vec();
        spi.extend(spi_write(&[0x15, 0, 63, 0x75, 7, 7]));
        let mut oled = display(&spi, &[PinTransaction::set(State::Low), PinTransaction::set(State::Low)]);
        oled.set_window(5..=5, 0..=LAST_ROW).unwrap();
        oled.set_window(0..=LAST_COLUMN, 7..=7).unwrap();
        #[allow(clippy::reversed_empty_ranges)]
        let backwards = 5..=4;
        assert_eq!(oled.set_window(0..=1, backwards), Err(Error::Window), "rows backwards");
        done(oled);
    }

    #[test]
    fn a_frame_buffer_debugs_as_its_count_of_non_black_bytes() {
        let mut frame = FrameBuffer::new();
        assert_eq!(format!("{frame:?}"), "FrameBuffer { non_black_bytes: 0 }");
        frame.set_pixel(Point::new(0, 0), Gray4::WHITE);
        frame.set_pixel(Point::new(1, 0), Gray4::WHITE);
        frame.set_pixel(Point::new(9, 9), Gray4::WHITE);
        assert_eq!(format!("{frame:?}"), "FrameBuffer { non_black_bytes: 2 }");
    }

    #[test]
    fn a_mono_frame_is_the_panel_size_and_off_panel_pixels_are_unlit() {
        let mut frame = MonoFrameBuffer::new();
        assert_eq!(frame.size(), Size::new(128, 64));
        // Pixel (72, 1) is bit 7 of byte 25, where (200, 0) would land if it were not checked against the width.
        frame.set(Point::new(72, 1), true);
        assert!(frame.lit(72, 1));
        assert!(!frame.lit(200, 0), "past the right edge");
        // Pixel (0, 63) is where (128, 62) would land.
        frame.set(Point::new(0, 63), true);
        assert!(!frame.lit(128, 62));
        assert!(!frame.lit(0, 64), "below the bottom edge");
    }

    #[test]
    fn mono_drawing_lights_from_luma_8_and_unlights_one_pixel_only() {
        let mut frame = MonoFrameBuffer::new();
        let pixels = [
            Pixel(Point::new(8, 2), Gray4::new(8)),
            Pixel(Point::new(9, 2), Gray4::new(7)),
            Pixel(Point::new(10, 2), Gray4::WHITE),
        ];
        frame.draw_iter(pixels).unwrap();
        assert!(frame.lit(8, 2), "luma 8 counts as lit");
        assert!(!frame.lit(9, 2), "luma 7 does not");
        assert!(frame.lit(10, 2));
        frame.draw_iter([Pixel(Point::new(8, 2), Gray4::BLACK)]).unwrap();
        assert!(!frame.lit(8, 2), "drawn black, the pixel goes dark");
        assert!(frame.lit(10, 2), "and its neighbours in the byte stay as they were");
        assert!(!frame.lit(9, 2));
    }

    #[test]
    fn a_mono_frame_clears_to_lit_or_dark_by_luma() {
        let mut frame = MonoFrameBuffer::new();
        frame.clear(Gray4::WHITE).unwrap();
        assert!(frame.lit(0, 0) && frame.lit(127, 63) && frame.lit(64, 32));
        frame.clear(Gray4::new(7)).unwrap();
        assert!(!frame.lit(0, 0) && !frame.lit(127, 63) && !frame.lit(64, 32));
        frame.clear(Gray4::new(8)).unwrap();
        assert!(frame.lit(5, 5));
    }
}
