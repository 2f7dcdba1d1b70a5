//! Text built without `core::fmt`: everything the node prints (console replies, display lines) and what
//! the firmware stores about a panic goes through [`Line`].
//!
//! Written here rather than taken from a crate, for flash. On the default board, moving the node's text from
//! `core::fmt` to [`Line`] saved 2.1 KiB of a 24 KiB budget: `fmt::write`, `Formatter::pad`, one `Display`
//! impl per integer type, and an argument table at every call site. `ufmt` was measured as well and made the
//! image larger, because it generates its code per writer type. `itoa`/`numtoa` cover integers only and bring
//! a 200-byte digit table. [`Line`] is one concrete type with a few appenders, a few hundred bytes in all.
//!
//! Types with a text form implement [`Show`]; on the host they also get `Display` (for tests and tools)
//! through [`Line`], so there is one rendering of each.

/// How many bytes a [`Line`] holds: more than any line the node prints (the longest, `help`'s, is 76).
pub const CAPACITY: usize = 160;

const DIGITS: &str = "0123456789abcdef";

/// A bounded line of text. Appending past [`CAPACITY`] keeps what fits (cut at a character boundary) and
/// marks the line as cut, so the caller can say so rather than lose it silently.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Line {
    text: heapless::String<CAPACITY>,
    cut: bool,
}

impl Line {
    /// An empty line.
    pub const fn new() -> Self {
        Line { text: heapless::String::new(), cut: false }
    }

    /// The text so far.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether something did not fit.
    pub fn is_cut(&self) -> bool {
        self.cut
    }

    /// Empties the line (and forgets that it was cut).
    pub fn clear(&mut self) {
        self.text.clear();
        self.cut = false;
    }

    /// Shortens the line to at most `len` bytes, at a character boundary.
    pub fn truncate(&mut self, len: usize) {
        let mut end = len.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        self.text.truncate(end);
    }

    /// Appends `text`, or as much of it as fits.
    pub fn str(&mut self, text: &str) -> &mut Self {
        if self.text.push_str(text).is_err() {
            let mut end = CAPACITY - self.text.len();
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let _ = self.text.push_str(text.get(..end).unwrap_or(""));
            self.cut = true;
        }
        self
    }

    /// Appends `value` in decimal.
    pub fn uint(&mut self, value: u32) -> &mut Self {
        let mut place = 1_000_000_000;
        while place > 1 && place > value {
            place /= 10;
        }
        while place > 0 {
            self.digit(value / place % 10);
            place /= 10;
        }
        self
    }

    /// Appends `value` in decimal, with a `-` when negative.
    pub fn int(&mut self, value: i32) -> &mut Self {
        if value < 0 {
            self.str("-");
        }
        self.uint(value.unsigned_abs())
    }

    /// Appends thousandths as a decimal with three places: 21500 as `21.500`, -125 as `-0.125`.
    pub fn milli(&mut self, value: i32) -> &mut Self {
        if value < 0 {
            self.str("-");
        }
        self.thousandths(value.unsigned_abs())
    }

    /// Appends an unsigned count of thousandths as a decimal with three places: 61005 as `61.005`.
    pub fn thousandths(&mut self, value: u32) -> &mut Self {
        self.uint(value / 1000).str(".");
        let fraction = value % 1000;
        self.digit(fraction / 100).digit(fraction / 10 % 10).digit(fraction % 10)
    }

    /// Appends the low `digits` nibbles of `value` in lower-case hex, zero-padded, without a prefix.
    pub fn hex(&mut self, value: u32, digits: u32) -> &mut Self {
        for place in (0..digits.min(8)).rev() {
            self.digit((value >> (4 * place)) & 0xf);
        }
        self
    }

    /// Appends `value`'s text form.
    pub fn show(&mut self, value: &impl Show) -> &mut Self {
        value.show(self);
        self
    }

    fn digit(&mut self, digit: u32) -> &mut Self {
        let digit = digit as usize;
        self.str(DIGITS.get(digit..=digit).unwrap_or("?"))
    }
}

/// A value with a text form, written into a [`Line`].
pub trait Show {
    /// Appends the text form to `line`.
    fn show(&self, line: &mut Line);
}

/// Gives types that implement [`Show`] a `core::fmt::Display` impl with the same text, for host code.
/// The firmware never calls it, so it costs no flash there.
macro_rules! display_via_show {
    ($($ty:ty),* $(,)?) => {$(
        impl core::fmt::Display for $ty {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                let mut line = $crate::text::Line::new();
                $crate::text::Show::show(self, &mut line);
                f.write_str(line.as_str())
            }
        }
    )*};
}
pub(crate) use display_via_show;

#[cfg(test)]
mod tests {
    use super::*;

    fn text(build: impl FnOnce(&mut Line) -> &mut Line) -> String {
        build(&mut Line::new()).as_str().to_string()
    }

    #[test]
    fn integers_match_core_fmt() {
        for value in [0, 1, 9, 10, 99, 100, 101, 65_535, 999_999_999, 1_000_000_000, u32::MAX] {
            assert_eq!(text(|l| l.uint(value)), value.to_string());
        }
        for value in [0, -1, 7, -10, 12_345, i32::MAX, i32::MIN] {
            assert_eq!(text(|l| l.int(value)), value.to_string());
        }
    }

    #[test]
    fn thousandths_have_three_places_and_a_sign() {
        assert_eq!(text(|l| l.milli(21_500)), "21.500");
        assert_eq!(text(|l| l.milli(-125)), "-0.125");
        assert_eq!(text(|l| l.milli(0)), "0.000");
        assert_eq!(text(|l| l.milli(-55_000)), "-55.000");
        assert_eq!(text(|l| l.milli(i32::MIN)), "-2147483.648");
        assert_eq!(text(|l| l.thousandths(61_005)), "61.005");
        assert_eq!(text(|l| l.thousandths(u32::MAX)), "4294967.295");
    }

    #[test]
    fn hex_is_zero_padded_lower_case() {
        assert_eq!(text(|l| l.hex(0x1b, 2)), "1b");
        assert_eq!(text(|l| l.hex(0x0000_0a0f, 8)), "00000a0f");
        assert_eq!(text(|l| l.hex(0xdead_beef, 8)), "deadbeef");
        assert_eq!(text(|l| l.hex(0x123, 2)), "23");
    }

    #[test]
    fn appends_chain() {
        assert_eq!(text(|l| l.str("rate: ").uint(50).str(" Hz")), "rate: 50 Hz");
    }

    #[test]
    fn overflow_keeps_what_fits_and_is_marked() {
        let mut line = Line::new();
        line.str(&"x".repeat(CAPACITY - 2));
        assert!(!line.is_cut());
        line.str("abcd");
        assert!(line.is_cut());
        assert_eq!(line.as_str().len(), CAPACITY);
        assert!(line.as_str().ends_with("ab"));
        // A multi-byte character that does not fit whole is left out, never split.
        let mut line = Line::new();
        line.str(&"x".repeat(CAPACITY - 1)).str("é");
        assert!(line.is_cut());
        assert_eq!(line.as_str().len(), CAPACITY - 1);
        // What fits before such a character is kept.
        let mut line = Line::new();
        line.str(&"x".repeat(CAPACITY - 2)).str("aé");
        assert!(line.is_cut());
        assert!(line.as_str().ends_with("xa"), "{}", line.as_str());
        line.clear();
        assert!(!line.is_cut() && line.as_str().is_empty());
    }

    #[test]
    fn truncate_respects_characters() {
        let mut line = Line::new();
        line.str("aé");
        line.truncate(2);
        assert_eq!(line.as_str(), "a");
    }
}
