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
pub fn parse_milli(text: &str) -> Result<i32, ParseError> {
    let (negative, body) = match text.as_bytes().first() {
        // `get` rather than indexing: no panic path (and its formatting code) in the firmware image.
        Some(b'-') => (true, text.get(1..).unwrap_or("")),
        Some(b'+') => (false, text.get(1..).unwrap_or("")),
        _ => (false, text),
    };
    // A byte search rather than `split_once('.')`: the char pattern searcher costs a few hundred bytes of flash.
    let (whole, fraction) = match body.bytes().position(|b| b == b'.') {
        Some(point) => (body.get(..point).unwrap_or(""), body.get(point + 1..).unwrap_or("")),
        None => (body, ""),
    };
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits_only(whole) || !digits_only(fraction) || fraction.len() > 3
    {
        return Err(ParseError::Malformed);
    }
    let whole = if whole.is_empty() { 0 } else { parse_u32(whole)? };
    let mut thousandths = 0u32;
    let mut place = 100;
    for digit in fraction.bytes() {
        thousandths += u32::from(digit - b'0') * place;
        place /= 10;
    }
    let magnitude = whole
        .checked_mul(1000)
        .and_then(|m| m.checked_add(thousandths))
        .and_then(|m| i32::try_from(m).ok())
        .ok_or(ParseError::Overflow)?;
    Ok(if negative { -magnitude } else { magnitude })
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
    }

    #[test]
    fn parses_unsigned_integers() {
        assert_eq!(parse_u32("50"), Ok(50));
        assert_eq!(parse_u32("4294967295"), Ok(u32::MAX));
        assert_eq!(parse_u32("4294967296"), Err(ParseError::Overflow));
        assert_eq!(parse_u32("-1"), Err(ParseError::Malformed));
        assert_eq!(parse_u32("5Hz"), Err(ParseError::Malformed));
    }
}
