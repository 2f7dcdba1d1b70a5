//! The OLED as a test sees it: a QMP `screendump` PNG scaled back to panel pixels, which a scenario can
//! read as text (matching the glyphs of the embedded-graphics font the firmware draws with), compare
//! region by region with a committed reference, or print as block art in a failure message.

use std::collections::HashMap;
use std::convert::Infallible;
use std::path::Path;

use anyhow::{bail, Context, Result};
use embedded_graphics::mono_font::{MonoFont, MonoTextStyleBuilder};
use embedded_graphics::pixelcolor::BinaryColor;
use embedded_graphics::prelude::*;
use embedded_graphics::text::{Baseline, Text};

/// QEMU draws each pixel of its OLED models (SSD0303, SSD0323) as a square of this many screen pixels.
pub const QEMU_OLED_MAGNIFICATION: u32 = 4;

/// A decoded screendump: one brightness (0..=255, the brightest colour channel) per screen pixel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screenshot {
    /// Width in screen pixels.
    pub width: u32,
    /// Height in screen pixels.
    pub height: u32,
    /// Row-major brightness values.
    pub brightness: Vec<u8>,
}

/// The display's own pixels (one per panel dot), each a brightness 0..=255.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    /// Width in dots.
    pub width: u32,
    /// Height in dots.
    pub height: u32,
    /// Row-major brightness values.
    pub levels: Vec<u8>,
}

/// A line of text found on a panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    /// Left edge of the first character.
    pub x: u32,
    /// Top edge of the character cells.
    pub y: u32,
    /// The characters, with spaces where whole character cells are blank.
    pub text: String,
}

impl Screenshot {
    /// Decodes a PNG (any bit depth and colour type the `png` crate expands to 8 bits).
    pub fn from_png(bytes: &[u8]) -> Result<Self> {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info().context("reading the PNG header")?;
        let mut buffer = vec![0; reader.output_buffer_size().context("PNG too large")?];
        let info = reader.next_frame(&mut buffer).context("decoding the PNG")?;
        let channels = info.color_type.samples();
        let (width, height) = (info.width, info.height);
        let brightness = buffer[..info.buffer_size()]
            .chunks_exact(channels)
            .map(|px| match channels {
                // Grey, grey+alpha: the grey value; RGB(A): the brightest colour channel.
                1 | 2 => px[0],
                _ => px[0].max(px[1]).max(px[2]),
            })
            .collect();
        Ok(Self { width, height, brightness })
    }

    /// Reads and decodes a PNG file.
    pub fn load(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        Self::from_png(&bytes).with_context(|| format!("decoding {}", path.display()))
    }

    /// The panel dots, taking the centre screen pixel of each `magnification`-sized square.
    pub fn panel(&self, magnification: u32) -> Panel {
        let (width, height) = (self.width / magnification, self.height / magnification);
        let mut levels = Vec::with_capacity((width * height) as usize);
        for y in 0..height {
            for x in 0..width {
                let (sx, sy) = (x * magnification + magnification / 2, y * magnification + magnification / 2);
                levels.push(self.brightness[(sy * self.width + sx) as usize]);
            }
        }
        Panel { width, height, levels }
    }
}

impl Panel {
    /// A dark panel.
    pub fn blank(width: u32, height: u32) -> Self {
        Self { width, height, levels: vec![0; (width * height) as usize] }
    }

    /// Brightness of dot (x, y).
    pub fn level(&self, x: u32, y: u32) -> u8 {
        self.levels[(y * self.width + x) as usize]
    }

    /// Whether dot (x, y) is lit at all.
    pub fn lit(&self, x: u32, y: u32) -> bool {
        self.level(x, y) > 0
    }

    /// Number of lit dots.
    pub fn lit_count(&self) -> usize {
        self.levels.iter().filter(|&&l| l > 0).count()
    }

    /// The rectangle at (x, y) of size w x h (clipped to the panel).
    pub fn region(&self, x: u32, y: u32, w: u32, h: u32) -> Panel {
        let (w, h) = (w.min(self.width.saturating_sub(x)), h.min(self.height.saturating_sub(y)));
        let mut levels = Vec::with_capacity((w * h) as usize);
        for row in y..y + h {
            for column in x..x + w {
                levels.push(self.level(column, row));
            }
        }
        Panel { width: w, height: h, levels }
    }

    /// Number of dots whose lit state differs from `other` (a size mismatch counts every dot).
    pub fn differences(&self, other: &Panel) -> usize {
        if (self.width, self.height) != (other.width, other.height) {
            return self.levels.len().max(other.levels.len());
        }
        self.levels.iter().zip(&other.levels).filter(|(a, b)| (**a > 0) != (**b > 0)).count()
    }

    /// Block art of the lit dots, two dot rows per text row, framed, for failure messages.
    pub fn to_art(&self) -> String {
        let mut art = format!("+{}+\n", "-".repeat(self.width as usize));
        for y in (0..self.height).step_by(2) {
            art.push('|');
            for x in 0..self.width {
                let top = self.lit(x, y);
                let bottom = y + 1 < self.height && self.lit(x, y + 1);
                art.push(match (top, bottom) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            art.push_str("|\n");
        }
        art.push_str(&format!("+{}+", "-".repeat(self.width as usize)));
        art
    }

    /// Encodes the panel as an 8-bit greyscale PNG (one PNG pixel per dot).
    pub fn to_png(&self) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, self.width, self.height);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&self.levels)?;
        writer.finish()?;
        Ok(bytes)
    }

    /// Decodes a panel PNG written by [`to_png`](Self::to_png) (or any PNG, one pixel per dot).
    pub fn from_png(bytes: &[u8]) -> Result<Self> {
        let shot = Screenshot::from_png(bytes)?;
        Ok(Self { width: shot.width, height: shot.height, levels: shot.brightness })
    }

    /// Where `text` drawn in `font` (lit on dark, or dark on lit) appears, as the top-left corner of its
    /// first character cell.
    pub fn find_text(&self, text: &str, font: &MonoFont<'_>) -> Option<(u32, u32)> {
        let stamp = render(text, font);
        if stamp.width > self.width || stamp.height > self.height {
            return None;
        }
        for y in 0..=self.height - stamp.height {
            for x in 0..=self.width - stamp.width {
                for inverted in [false, true] {
                    let matches = (0..stamp.height).all(|sy| {
                        (0..stamp.width).all(|sx| self.lit(x + sx, y + sy) == (stamp.lit(sx, sy) != inverted))
                    });
                    if matches {
                        return Some((x, y));
                    }
                }
            }
        }
        None
    }

    /// Reads every line of text drawn in `font`: each character cell that exactly matches a glyph
    /// (including its blank dots; lit on dark or inverted) is a character; bigger glyphs win over smaller
    /// ones they overlap; cells on the same row form a line, blank cells between them spaces.
    pub fn text_lines(&self, font: &MonoFont<'_>) -> Vec<TextLine> {
        let glyphs = GlyphTable::new(font);
        let (cw, ch) = (glyphs.width, glyphs.height);
        if cw > self.width || ch > self.height {
            return Vec::new();
        }
        // (weight, y, x, char): every cell that is exactly a glyph.
        let mut found = Vec::new();
        let mut cell = vec![false; (cw * ch) as usize];
        for y in 0..=self.height - ch {
            for x in 0..=self.width - cw {
                for (i, bit) in cell.iter_mut().enumerate() {
                    *bit = self.lit(x + i as u32 % cw, y + i as u32 / cw);
                }
                if let Some(&(c, weight)) = glyphs.lookup.get(&cell) {
                    found.push((weight, y, x, c));
                }
            }
        }
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut taken: Vec<(u32, u32, char)> = Vec::new();
        for (_, y, x, c) in found {
            let overlaps = taken.iter().any(|&(ty, tx, _)| tx < x + cw && x < tx + cw && ty < y + ch && y < ty + ch);
            if !overlaps {
                taken.push((y, x, c));
            }
        }
        taken.sort();
        let advance = cw + font.character_spacing;
        let mut lines: Vec<TextLine> = Vec::new();
        let mut end = 0;
        for (y, x, c) in taken {
            match lines.last_mut() {
                Some(line) if line.y == y => {
                    let gap = x.saturating_sub(end);
                    line.text.extend(std::iter::repeat_n(' ', ((gap + advance / 2) / advance) as usize));
                    line.text.push(c);
                }
                _ => lines.push(TextLine { x, y, text: c.to_string() }),
            }
            end = x + advance;
        }
        lines
    }

    /// [`text_lines`](Self::text_lines) as plain text, one line per line.
    pub fn text(&self, font: &MonoFont<'_>) -> String {
        self.text_lines(font).into_iter().map(|l| l.text).collect::<Vec<_>>().join("\n")
    }
}

/// Every printable ASCII glyph of a font as its exact cell bitmap.
struct GlyphTable {
    width: u32,
    height: u32,
    /// Cell bitmap (normal and inverted) to (character, number of glyph dots).
    lookup: HashMap<Vec<bool>, (char, usize)>,
}

impl GlyphTable {
    fn new(font: &MonoFont<'_>) -> Self {
        let (width, height) = (font.character_size.width, font.character_size.height);
        let mut lookup = HashMap::new();
        for c in '!'..='~' {
            let stamp = render(&c.to_string(), font);
            let bits: Vec<bool> = stamp.levels.iter().map(|&l| l > 0).take((width * height) as usize).collect();
            let weight = bits.iter().filter(|&&b| b).count();
            if weight == 0 || bits.len() != (width * height) as usize {
                continue;
            }
            lookup.entry(bits.iter().map(|b| !b).collect()).or_insert((c, weight));
            lookup.entry(bits).or_insert((c, weight));
        }
        Self { width, height, lookup }
    }
}

/// `text` drawn in `font` (lit on dark, whole character cells) on a panel just big enough.
pub fn render(text: &str, font: &MonoFont<'_>) -> Panel {
    let count = text.chars().count() as u32;
    let width = count * font.character_size.width + count.saturating_sub(1) * font.character_spacing;
    let mut canvas = Canvas(Panel::blank(width, font.character_size.height));
    let style =
        MonoTextStyleBuilder::new().font(font).text_color(BinaryColor::On).background_color(BinaryColor::Off).build();
    // Drawing on a canvas cannot fail.
    let _ = Text::with_baseline(text, Point::zero(), style, Baseline::Top).draw(&mut canvas);
    canvas.0
}

/// A panel embedded-graphics can draw on.
struct Canvas(Panel);

impl OriginDimensions for Canvas {
    fn size(&self) -> Size {
        Size::new(self.0.width, self.0.height)
    }
}

impl DrawTarget for Canvas {
    type Color = BinaryColor;
    type Error = Infallible;

    fn draw_iter<I: IntoIterator<Item = Pixel<BinaryColor>>>(&mut self, pixels: I) -> Result<(), Infallible> {
        for Pixel(point, color) in pixels {
            if point.x >= 0 && point.y >= 0 && (point.x as u32) < self.0.width && (point.y as u32) < self.0.height {
                let index = (point.y as u32 * self.0.width + point.x as u32) as usize;
                self.0.levels[index] = if color.is_on() { 255 } else { 0 };
            }
        }
        Ok(())
    }
}

/// Checks that `panel` has the expected size.
pub fn check_size(panel: &Panel, width: u32, height: u32) -> Result<()> {
    if (panel.width, panel.height) != (width, height) {
        bail!("the display is {}x{} dots, expected {width}x{height}", panel.width, panel.height);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_graphics::mono_font::ascii::FONT_6X10;

    /// A 128x64 panel with `lines` drawn at the given positions.
    fn panel_with(lines: &[(u32, u32, &str)], inverted_row: Option<u32>) -> Panel {
        let mut panel = Panel::blank(128, 64);
        for &(x, y, text) in lines {
            let stamp = render(text, &FONT_6X10);
            for sy in 0..stamp.height {
                for sx in 0..stamp.width {
                    let on = stamp.lit(sx, sy) != (inverted_row == Some(y));
                    panel.levels[((y + sy) * 128 + x + sx) as usize] = if on { 0xff } else { 0 };
                }
            }
        }
        panel
    }

    #[test]
    fn reads_back_what_the_font_draws() {
        let lines = [
            (0, 0, "Readings"),
            (0, 12, "T: 21.500 C"),
            (6, 24, "ADC 517 / 515.0"),
            (0, 36, "alarm: HIGH -_.,:;'|`"),
            (3, 50, "up 12.3 s  #2"),
        ];
        let panel = panel_with(&lines, None);
        let read = panel.text_lines(&FONT_6X10);
        let texts: Vec<(u32, u32, &str)> = read.iter().map(|l| (l.x, l.y, l.text.as_str())).collect();
        assert_eq!(texts, lines);
        assert_eq!(panel.find_text("21.500", &FONT_6X10), Some((18, 12)));
        assert_eq!(panel.find_text("21.600", &FONT_6X10), None);
    }

    #[test]
    fn reads_inverted_titles_and_ignores_rules() {
        let mut panel = panel_with(&[(10, 0, "Counters"), (0, 14, "rate 50 Hz")], Some(0));
        // A horizontal rule under the title, as a page layout might draw.
        for x in 0..128 {
            panel.levels[(11 * 128 + x) as usize] = 0xff;
        }
        let text = panel.text(&FONT_6X10);
        assert!(text.contains("Counters"), "{text}");
        assert!(text.contains("rate 50 Hz"), "{text}");
        assert_eq!(panel.find_text("Counters", &FONT_6X10), Some((10, 0)));
    }

    #[test]
    fn png_round_trip_and_scaling() {
        let panel = panel_with(&[(0, 0, "ok")], None);
        let back = Panel::from_png(&panel.to_png().unwrap()).unwrap();
        assert_eq!(back, panel);
        // A 4x magnified RGB screendump of the same panel.
        let mut rgb = Vec::new();
        for y in 0..256u32 {
            for x in 0..512u32 {
                let level = panel.level(x / 4, y / 4);
                rgb.extend([level, level, level]);
            }
        }
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, 512, 256);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.write_header().unwrap().write_image_data(&rgb).unwrap();
        let shot = Screenshot::from_png(&bytes).unwrap();
        assert_eq!(shot.panel(QEMU_OLED_MAGNIFICATION), panel);
        assert_eq!(panel.region(0, 0, 12, 10).differences(&back.region(0, 0, 12, 10)), 0);
        assert!(panel.to_art().lines().count() == 34);
    }
}
