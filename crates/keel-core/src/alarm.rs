//! Over-range detection: the temperature against the configured low and high thresholds.

use keel_proto::Alarm;

/// Lowest and highest threshold the shell accepts, in milli-degrees C (the TMP105's operating range).
pub const THRESHOLD_RANGE_MC: core::ops::RangeInclusive<i32> = -55_000..=125_000;

/// The alarm band, in milli-degrees C.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    /// Below this the alarm is `Low`.
    pub low_mc: i32,
    /// Above this the alarm is `High`.
    pub high_mc: i32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { low_mc: 0, high_mc: 50_000 }
    }
}

impl Thresholds {
    /// The alarm state for a temperature: a reading exactly on a threshold is still in range.
    pub fn classify(&self, millicelsius: i32) -> Alarm {
        if millicelsius > self.high_mc {
            Alarm::High
        } else if millicelsius < self.low_mc {
            Alarm::Low
        } else {
            Alarm::Off
        }
    }
}

/// The alarm state's name as the shell and display show it.
pub fn name(alarm: Alarm) -> &'static str {
    match alarm {
        Alarm::Off => "off",
        Alarm::High => "high",
        Alarm::Low => "low",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_against_band_inclusively() {
        let t = Thresholds { low_mc: 10_000, high_mc: 40_000 };
        assert_eq!(t.classify(25_000), Alarm::Off);
        assert_eq!(t.classify(40_000), Alarm::Off);
        assert_eq!(t.classify(40_001), Alarm::High);
        assert_eq!(t.classify(10_000), Alarm::Off);
        assert_eq!(t.classify(9_999), Alarm::Low);
    }
}
