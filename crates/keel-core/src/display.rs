//! What the 128x64 display shows, drawn with `embedded-graphics` onto any 4-bit grey target.
//!
//! Drawing lives in the core (not the board) so the layout is tested on the host against a plain frame
//! buffer; a board only supplies a `DrawTarget` for its panel and flushes it.

use embedded_graphics::image::{Image, ImageDrawableExt};
use embedded_graphics::mono_font::ascii::FONT_6X10;
use embedded_graphics::mono_font::MonoFont;
use embedded_graphics::pixelcolor::{BinaryColor, Gray4};
use embedded_graphics::prelude::*;
use embedded_graphics::primitives::Rectangle;
use keel_proto::{Alarm, SensorFault, Status};

use crate::alarm;
use crate::led::LedMode;
use crate::pipeline::ChannelSummary;
use crate::text::{display_via_show, Line, Show};

/// Display pages, cycled with the buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Temperature, ADC, alarm and uptime.
    Readings,
    /// Rate, sample count, drops and errors.
    Counters,
}

impl Page {
    /// All pages in order.
    pub const ALL: [Page; 2] = [Page::Readings, Page::Counters];

    /// The page after this one (wrapping).
    pub fn next(self) -> Page {
        Page::ALL[(self.index() + 1) % Page::ALL.len()]
    }

    /// The page before this one (wrapping).
    pub fn previous(self) -> Page {
        Page::ALL[(self.index() + Page::ALL.len() - 1) % Page::ALL.len()]
    }

    /// Zero-based position in [`Page::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The title on the page's top line.
    pub fn title(self) -> &'static str {
        match self {
            Page::Readings => "Readings",
            Page::Counters => "Counters",
        }
    }
}

/// The latest temperature reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// No reading yet.
    None,
    /// Milli-degrees C.
    Value(i32),
    /// The last read failed.
    Failed(SensorFault),
}

impl Show for Reading {
    fn show(&self, line: &mut Line) {
        match *self {
            Reading::None => line.str("none"),
            Reading::Value(mc) => line.milli(mc).str(" C"),
            Reading::Failed(SensorFault::NoDevice) => line.str("error (no device)"),
            Reading::Failed(SensorFault::Bus) => line.str("error (bus)"),
            Reading::Failed(SensorFault::BadData) => line.str("error (bad data)"),
        };
    }
}

display_via_show!(Reading);

/// A snapshot of everything the display shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct View {
    /// Which page.
    pub page: Page,
    /// Uptime, rate, counters and alarm: what telemetry's status message carries.
    pub status: Status,
    /// Latest temperature, with the cause when the last read failed.
    pub temperature: Reading,
    /// The primary analog channel, once sampled.
    pub adc: Option<ChannelSummary>,
    /// LED mode.
    pub led_mode: LedMode,
    /// Error replies on the console.
    pub console_errors: u32,
}

/// Height of one text line in pixels (the 6x10 font).
pub const LINE_HEIGHT: i32 = 10;
/// Y of the first body line, below the title bar.
pub const BODY_TOP: i32 = 14;

/// Clears `target` and draws `view` on it.
///
/// Text is drawn by [`text`], a glyph at a time, one line at a time.
pub fn draw<D: DrawTarget<Color = Gray4>>(view: &View, target: &mut D) -> Result<(), D::Error> {
    target.clear(Gray4::BLACK)?;
    let width = target.bounding_box().size.width;
    // Title bar: inverted text so the page is obvious at a glance.
    target.fill_solid(&Rectangle::new(Point::zero(), Size::new(width, 12)), Gray4::WHITE)?;
    let mut line = Line::new();
    line.str(view.page.title()).str(" ").uint(view.page.index() as u32 + 1).str("/").uint(Page::ALL.len() as u32);
    text(target, line.as_str(), Point::new(1, 1), Gray4::BLACK)?;

    let mut row = 0;
    let mut body = |line: &mut Line, target: &mut D| -> Result<(), D::Error> {
        text(target, line.as_str(), Point::new(1, BODY_TOP + row * LINE_HEIGHT), Gray4::WHITE)?;
        line.clear();
        row += 1;
        Ok(())
    };
    line.clear();
    let status = &view.status;
    match view.page {
        Page::Readings => {
            body(line.str("T ").show(&view.temperature), target)?;
            match view.adc {
                Some(adc) => {
                    body(line.str("ADC ").uint(adc.latest.into()).str(" avg ").uint(adc.moving_average.into()), target)?
                }
                None => body(line.str("ADC none"), target)?,
            }
            body(line.str("up ").uint(status.uptime_ms / 1000).str(" s"), target)?;
            if status.alarm != Alarm::Off {
                // The alarm gets a filled banner across the bottom, impossible to miss.
                let y = BODY_TOP + 3 * LINE_HEIGHT + 2;
                target.fill_solid(&Rectangle::new(Point::new(0, y), Size::new(width, 12)), Gray4::WHITE)?;
                line.str("ALARM ").str(alarm::name(status.alarm));
                text(target, line.as_str(), Point::new(1, y + 1), Gray4::BLACK)?;
            } else {
                body(line.str("alarm off"), target)?;
            }
        }
        Page::Counters => {
            body(line.str("rate ").uint(status.rate_hz.into()).str(" Hz"), target)?;
            body(line.str("samples ").uint(status.samples), target)?;
            body(line.str("drop s=").uint(status.dropped_samples).str(" b=").uint(status.dropped_bytes), target)?;
            body(line.str("err s=").uint(status.sensor_errors).str(" c=").uint(view.console_errors), target)?;
            body(line.str("led ").str(view.led_mode.name()), target)?;
        }
    }
    Ok(())
}

/// The layout's font.
const FONT: MonoFont<'static> = FONT_6X10;

/// Draws `text` in the layout's font with its top left corner at `position`: the glyphs' lit pixels in `color`,
/// the others left as they are.
///
/// Glyph by glyph from the font's image, rather than through `MonoTextStyle`: its `draw_string` holds a copy of
/// the glyph drawing for each combination of text and background colour a style may have, chosen at run time,
/// where this layout uses one; this was 1,472 B smaller on the LM3S6965EVB (`docs/costs.md`). The pictures are the
/// same pixel for pixel (the golden pictures of `each_page_looks_as_designed`).
fn text<D: DrawTarget<Color = Gray4>>(
    target: &mut D,
    text: &str,
    position: Point,
    color: Gray4,
) -> Result<(), D::Error> {
    let glyph = FONT.character_size;
    let per_row = FONT.image.size().width / glyph.width;
    let mut corner = position;
    // Bytes, not `chars()`: the layout's text is ASCII (a byte past it gets the font's replacement glyph), and
    // decoding UTF-8 would cost its own code.
    for byte in text.bytes() {
        let index = FONT.glyph_mapping.index(char::from(byte)) as u32;
        let origin = Point::new((index % per_row * glyph.width) as i32, (index / per_row * glyph.height) as i32);
        let image = FONT.image.sub_image(&Rectangle::new(origin, glyph));
        Image::new(&image, corner).draw(&mut Lit { target, color })?;
        corner.x += (glyph.width + FONT.character_spacing) as i32;
    }
    Ok(())
}

/// A glyph's target: its lit pixels in `color` on `target`, the others not drawn.
struct Lit<'a, D> {
    target: &'a mut D,
    color: Gray4,
}

impl<D: DrawTarget<Color = Gray4>> Dimensions for Lit<'_, D> {
    fn bounding_box(&self) -> Rectangle {
        self.target.bounding_box()
    }
}

impl<D: DrawTarget<Color = Gray4>> DrawTarget for Lit<'_, D> {
    type Color = BinaryColor;
    type Error = D::Error;

    fn draw_iter<I: IntoIterator<Item = Pixel<BinaryColor>>>(&mut self, pixels: I) -> Result<(), D::Error> {
        let color = self.color;
        self.target
            .draw_iter(pixels.into_iter().filter(|Pixel(_, lit)| lit.is_on()).map(|Pixel(at, _)| Pixel(at, color)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_graphics::pixelcolor::GrayColor;

    /// A 128x64 frame buffer, one byte per pixel.
    struct Frame([[u8; 128]; 64]);

    impl OriginDimensions for Frame {
        fn size(&self) -> Size {
            Size::new(128, 64)
        }
    }

    impl DrawTarget for Frame {
        type Color = Gray4;
        type Error = core::convert::Infallible;
        fn draw_iter<I: IntoIterator<Item = Pixel<Gray4>>>(&mut self, pixels: I) -> Result<(), Self::Error> {
            for Pixel(p, c) in pixels {
                if (0..128).contains(&p.x) && (0..64).contains(&p.y) {
                    self.0[p.y as usize][p.x as usize] = c.luma();
                }
            }
            Ok(())
        }
    }

    fn view() -> View {
        View {
            page: Page::Readings,
            status: Status {
                uptime_ms: 0,
                rate_hz: 10,
                samples: 0,
                dropped_samples: 0,
                dropped_bytes: 0,
                dropped_frames: Some(0),
                sensor_errors: 0,
                temperature_mc: Some(21_500),
                alarm: Alarm::Off,
                reset_reason: keel_proto::ResetReason::PowerOn,
                cpu_ppm: None,
                wakeups_per_s: None,
            },
            temperature: Reading::Value(21_500),
            adc: None,
            led_mode: LedMode::Blink,
            console_errors: 0,
        }
    }

    /// The pages go round in both directions, and each says which it is in its title.
    #[test]
    fn pages_go_round_and_are_named() {
        assert_eq!(Page::Readings.next(), Page::Counters);
        assert_eq!(Page::Counters.next(), Page::Readings);
        assert_eq!(Page::Readings.previous(), Page::Counters);
        assert_eq!(Page::Counters.previous(), Page::Readings);
        assert_eq!((Page::Readings.title(), Page::Counters.title()), ("Readings", "Counters"));
        assert_eq!((Page::Readings.index(), Page::Counters.index()), (0, 1));
    }

    fn render(view: &View) -> Frame {
        let mut frame = Frame([[0; 128]; 64]);
        draw(view, &mut frame).unwrap();
        frame
    }

    fn lit_in_rows(frame: &Frame, rows: core::ops::Range<usize>) -> usize {
        frame.0[rows].iter().flatten().filter(|&&p| p > 0).count()
    }

    #[test]
    fn title_bar_is_filled_and_body_has_text() {
        let frame = render(&view());
        assert!(lit_in_rows(&frame, 0..12) > 128 * 12 / 2, "title bar is mostly lit");
        assert!(lit_in_rows(&frame, 14..24) > 20, "temperature line drawn");
    }

    #[test]
    fn alarm_draws_a_banner_and_pages_differ() {
        let quiet = render(&view());
        let alarm = render(&View { status: Status { alarm: Alarm::High, ..view().status }, ..view() });
        let banner_rows = (BODY_TOP + 3 * LINE_HEIGHT + 2) as usize..(BODY_TOP + 3 * LINE_HEIGHT + 14) as usize;
        assert!(lit_in_rows(&alarm, banner_rows.clone()) > 128 * 6, "banner is a filled bar");
        assert!(lit_in_rows(&quiet, banner_rows) < 128 * 2);
        let counters = render(&View { page: Page::Counters, ..view() });
        assert_ne!(quiet.0, counters.0);
    }

    #[test]
    fn different_temperatures_render_differently() {
        let a = render(&view());
        let b = render(&View { temperature: Reading::Value(85_000), ..view() });
        assert_ne!(a.0[14..24], b.0[14..24]);
    }

    /// `frame` as text, a character a pixel: `#` lit, `.` dark.
    fn picture(frame: &Frame) -> String {
        frame
            .0
            .iter()
            .map(|row| row.iter().map(|&p| if p > 0 { '#' } else { '.' }).collect::<String>() + "\n")
            .collect()
    }

    /// Compares the rendering of `view` with `crates/keel-core/golden/<name>.txt`; `KEEL_BLESS=1` writes it.
    fn matches_golden(name: &str, view: &View) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("golden").join(format!("{name}.txt"));
        let drawn = picture(&render(view));
        if std::env::var_os("KEEL_BLESS").is_some() {
            std::fs::write(&path, &drawn).unwrap();
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_default();
        if drawn != golden {
            let row = drawn.lines().zip(golden.lines()).position(|(a, b)| a != b).unwrap_or(0);
            panic!(
                "{name}: the page differs from {} from row {row} on (KEEL_BLESS=1 to accept):\n{drawn}",
                path.display()
            );
        }
    }

    /// Each page's layout, pixel for pixel: the title bar with the page's name and number, the body lines at
    /// their pitch below it, the alarm banner across the bottom (the OLED of the LM3S6965EVB shows these).
    #[test]
    fn each_page_looks_as_designed() {
        let adc = Some(crate::pipeline::ChannelSummary {
            count: 9,
            latest: 517,
            moving_average: 512,
            min: 1,
            max: 600,
            mean: 500,
        });
        let readings = View { adc, ..view() };
        matches_golden("readings", &readings);
        let alarm = View { status: Status { alarm: Alarm::High, uptime_ms: 754_000, ..view().status }, ..readings };
        matches_golden("readings-alarm", &alarm);
        let counters = View {
            page: Page::Counters,
            status: Status { samples: 1234, dropped_samples: 5, dropped_bytes: 67, sensor_errors: 8, ..view().status },
            console_errors: 9,
            ..view()
        };
        matches_golden("counters", &counters);
    }
}
