//! The LED: what mode the user chose, and the pattern each mode (and the alarm) shows over time.

/// What the user asked the LED to do (`led on|off|blink`, or the select button).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedMode {
    /// Steady on.
    On,
    /// Steady off.
    Off,
    /// Heartbeat: a short flash once a second.
    Blink,
}

impl LedMode {
    /// Every mode's name as the shell spells it, in the order of the variants (`led`'s syntax, and what Tab
    /// completes after it).
    pub const NAMES: &'static str = "on|off|blink";

    /// The mode's name as the shell spells it.
    pub fn name(self) -> &'static str {
        crate::shell::field(Self::NAMES, b'|', self as usize).unwrap_or("")
    }

    /// Parses a mode's name.
    pub fn from_name(name: &str) -> Option<Self> {
        let modes = [LedMode::On, LedMode::Off, LedMode::Blink];
        crate::shell::position(Self::NAMES, name).and_then(|index| modes.get(index).copied())
    }
}

/// Heartbeat period and on-time, in milliseconds.
pub const HEARTBEAT_PERIOD_MS: u32 = 1000;
/// How long the heartbeat flash lasts.
pub const HEARTBEAT_ON_MS: u32 = 100;
/// Alarm blink half-period: on this long, then off this long.
pub const ALARM_HALF_PERIOD_MS: u32 = 100;

/// Whether the LED is lit at `uptime_ms`, given the mode and whether an alarm is active.
/// The alarm pattern overrides the user's mode until the alarm clears.
pub fn level(mode: LedMode, alarm_active: bool, uptime_ms: u32) -> bool {
    if alarm_active {
        return (uptime_ms / ALARM_HALF_PERIOD_MS).is_multiple_of(2);
    }
    match mode {
        LedMode::On => true,
        LedMode::Off => false,
        LedMode::Blink => uptime_ms % HEARTBEAT_PERIOD_MS < HEARTBEAT_ON_MS,
    }
}

/// The uptime after `uptime_ms` at which the LED next changes level, or `None` while it holds steady (so a
/// tickless firmware need not wake for it).
pub fn next_change(mode: LedMode, alarm_active: bool, uptime_ms: u32) -> Option<u32> {
    let step_to = |period: u32, edge: u32| {
        let phase = uptime_ms % period;
        let start = uptime_ms.wrapping_sub(phase);
        start.wrapping_add(if phase < edge { edge } else { period })
    };
    if alarm_active {
        return Some(step_to(ALARM_HALF_PERIOD_MS, ALARM_HALF_PERIOD_MS));
    }
    match mode {
        LedMode::On | LedMode::Off => None,
        LedMode::Blink => Some(step_to(HEARTBEAT_PERIOD_MS, HEARTBEAT_ON_MS)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_change_is_where_the_level_flips() {
        for (mode, alarm) in [(LedMode::Blink, false), (LedMode::On, true), (LedMode::Off, true)] {
            for now in (0..5_000).step_by(7) {
                let next = next_change(mode, alarm, now).unwrap();
                assert!(next > now, "{next} after {now}");
                assert!(
                    (now..next).all(|t| level(mode, alarm, t) == level(mode, alarm, now)),
                    "a change before {next} (from {now})"
                );
                assert_ne!(level(mode, alarm, next), level(mode, alarm, now), "no change at {next} (from {now})");
            }
        }
        assert_eq!(next_change(LedMode::On, false, 1234), None);
        assert_eq!(next_change(LedMode::Blink, false, 0), Some(100));
        assert_eq!(next_change(LedMode::Blink, false, 100), Some(1000));
    }

    #[test]
    fn heartbeat_is_lit_for_the_first_100_ms_of_each_second() {
        assert!(level(LedMode::Blink, false, 0));
        assert!(level(LedMode::Blink, false, 99));
        assert!(!level(LedMode::Blink, false, 100));
        assert!(!level(LedMode::Blink, false, 999));
        assert!(level(LedMode::Blink, false, 1000));
    }

    #[test]
    fn alarm_overrides_every_mode() {
        for mode in [LedMode::On, LedMode::Off, LedMode::Blink] {
            assert!(level(mode, true, 0));
            assert!(!level(mode, true, 150));
            assert!(level(mode, true, 250));
        }
    }

    #[test]
    fn steady_modes_do_not_change_over_time() {
        assert!((0..3000).step_by(50).all(|t| level(LedMode::On, false, t)));
        assert!((0..3000).step_by(50).all(|t| !level(LedMode::Off, false, t)));
    }
}
