//! Fixed-point numbers with three decimals (milli-units), as the node shows and parses temperatures.
//!
//! The core avoids floating point: Cortex-M0 and M3 have no FPU, and soft-float formatting costs kilobytes.

use crate::text::{display_via_show, Line, Show};

/// A value in thousandths (e.g. milli-degrees C) that displays as `21.500`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milli(pub i32);

impl Show for Milli {
    fn show(&self, line: &mut Line) {
        line.milli(self.0);
    }
}

display_via_show!(Milli);

/// Why a number could not be parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    /// Not a number at all (letters, two points, more than three decimals, empty).
    Malformed,
    /// A well-formed number too large for the type.
    Overflow,
}

/// Parses an unsigned decimal integer (`0`..=`u32::MAX`), digits only.
pub fn parse_u32(text: &str) -> Result<u32, ParseError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::Malformed);
    }
    text.bytes().try_fold(0u32, |acc, digit| {
        acc.checked_mul(10).and_then(|acc| acc.checked_add(u32::from(digit - b'0'))).ok_or(ParseError::Overflow)
    })
}

/// Parses a decimal number with an optional sign and up to three decimals into thousandths:
/// `21.5` gives 21500, `-0.125` gives -125.
///
/// One pass over the bytes (no splitting, no index: nothing here can panic, and the firmware keeps no panic path).
pub fn parse_milli(text: &str) -> Result<i32, ParseError> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..).unwrap_or("")),
        Some(b'+') => (false, text.get(1..).unwrap_or("")),
        _ => (false, text),
    };
    let mut value = 0u32;
    // Digits after the point; `None` before one.
    let mut decimals: Option<u32> = None;
    let (mut digits, mut overflowed) = (0, false);
    for byte in body.bytes() {
        match (byte, decimals) {
            (b'.', None) => decimals = Some(0),
            (b'0'..=b'9', None | Some(0..=2)) => {
                match value.checked_mul(10).and_then(|v| v.checked_add(u32::from(byte - b'0'))) {
                    Some(next) => value = next,
                    None => overflowed = true,
                }
                digits += 1;
                decimals = decimals.map(|count| count + 1);
            }
            _ => return Err(ParseError::Malformed),
        }
    }
    if digits == 0 {
        return Err(ParseError::Malformed);
    }
    for _ in decimals.unwrap_or(0)..3 {
        value = value.checked_mul(10).unwrap_or_else(|| {
            overflowed = true;
            0
        });
    }
    match i32::try_from(value) {
        Ok(magnitude) if !overflowed => Ok(if negative { -magnitude } else { magnitude }),
        _ => Err(ParseError::Overflow),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_three_decimals_with_sign() {
        assert_eq!(Milli(21500).to_string(), "21.500");
        assert_eq!(Milli(-125).to_string(), "-0.125");
        assert_eq!(Milli(0).to_string(), "0.000");
        assert_eq!(Milli(i32::MIN).to_string(), "-2147483.648");
    }

    #[test]
    fn parses_decimals() {
        assert_eq!(parse_milli("21.5"), Ok(21500));
        assert_eq!(parse_milli("-0.125"), Ok(-125));
        assert_eq!(parse_milli("+3"), Ok(3000));
        assert_eq!(parse_milli(".5"), Ok(500));
        assert_eq!(parse_milli("7."), Ok(7000));
        assert_eq!(parse_milli("125"), Ok(125_000));
    }

    #[test]
    fn rejects_malformed_numbers() {
        for bad in ["", "-", ".", "1.2345", "1e3", "abc", "1.2.3", "--1", " 1", "0x10"] {
            assert_eq!(parse_milli(bad), Err(ParseError::Malformed), "{bad:?}");
        }
        assert_eq!(parse_milli("99999999"), Err(ParseError::Overflow));
        assert_eq!(parse_milli("99999999999999.5"), Err(ParseError::Overflow), "past u32 while reading");
        assert_eq!(parse_milli("99999999999999.5x"), Err(ParseError::Malformed), "malformed wins over too large");
        assert_eq!(parse_milli("2147483.647"), Ok(i32::MAX));
        assert_eq!(parse_milli("-2147483.647"), Ok(-i32::MAX));
        assert_eq!(parse_milli("2147483.648"), Err(ParseError::Overflow));
    }

    #[test]
    fn parses_unsigned_integers() {
        assert_eq!(parse_u32("50"), Ok(50));
        assert_eq!(parse_u32("4294967295"), Ok(u32::MAX));
        assert_eq!(parse_u32("4294967296"), Err(ParseError::Overflow));
        assert_eq!(parse_u32("-1"), Err(ParseError::Malformed));
        assert_eq!(parse_u32("5Hz"), Err(ParseError::Malformed));
    }

    proptest::proptest! {
        /// Every value the node shows parses back to itself (all of `i32` but its minimum, whose magnitude
        /// does not fit), with its trailing zeros or without.
        #[test]
        fn a_shown_value_parses_back(value in (i32::MIN + 1)..=i32::MAX) {
            let shown = Milli(value).to_string();
            proptest::prop_assert_eq!(parse_milli(&shown), Ok(value));
            let short = shown.trim_end_matches('0').trim_end_matches('.');
            proptest::prop_assert_eq!(parse_milli(short), Ok(value), "{}", short);
        }
    }
}
