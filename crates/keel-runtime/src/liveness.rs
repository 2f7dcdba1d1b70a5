//! The watchdog policy: the watchdog is fed only while the node makes progress where it matters, sampling
//! and the sensor, not merely while some loop runs.
//!
//! The check itself runs from the work loop on the board's clock, so a clock that stops or a loop that no
//! longer runs starves the watchdog as well. What counts as progress: a sample reached the node, and a sensor
//! read finished (successfully or not: an unplugged sensor is an error the node reports, not a hang).
//! A board whose sampling cannot run (its converter is missing, as in an emulator) says so with
//! [`Liveness::without_sampling`], and then only the sensor is watched.

#![forbid(unsafe_code)]

use crate::schedule::due;

/// Longest sampling or the sensor may go quiet before the watchdog is no longer fed: samples arrive at
/// 1 Hz or faster and the sensor is read every second, so 2.5 s is more than two missed periods of each.
pub const QUIET_LIMIT_MS: u32 = 2500;

/// What the watchdog check decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Everything made progress: feed the watchdog.
    Feed,
    /// Sampling has been quiet for longer than the limit: let the watchdog reset the node.
    SamplingStopped,
    /// No sensor read has finished for longer than the limit.
    SensorStopped,
}

/// When sampling and the sensor last made progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Liveness {
    samples: Option<u32>,
    sensor: u32,
    stalled: bool,
}

impl Liveness {
    /// Both watched from `now` on.
    pub fn new(now: u32) -> Self {
        Liveness { samples: Some(now), sensor: now, stalled: false }
    }

    /// Sampling is not watched (the board cannot sample here); the sensor still is.
    pub fn without_sampling(mut self) -> Self {
        self.samples = None;
        self
    }

    /// A sample taken at `at` reached the node.
    pub fn sampled(&mut self, at: u32) {
        if let (Some(alive), false) = (&mut self.samples, self.stalled) {
            if due(at, *alive) {
                *alive = at;
            }
        }
    }

    /// A sensor read finished at `at`.
    pub fn sensor_read(&mut self, at: u32) {
        self.sensor = at;
    }

    /// Test firmware only (`test stall`): samples no longer count as progress, as if sampling had hung.
    /// On a board without sampling there is nothing to stall, so the sensor counts as stopped instead and the
    /// test still starves the watchdog ([`check`](Self::check)).
    pub fn stall(&mut self) {
        self.stalled = true;
    }

    /// Whether to feed the watchdog at `now`.
    pub fn check(&self, now: u32) -> Verdict {
        let quiet = |alive: u32| now.wrapping_sub(alive) > QUIET_LIMIT_MS;
        if self.samples.is_some_and(quiet) {
            Verdict::SamplingStopped
        } else if quiet(self.sensor) || (self.stalled && self.samples.is_none()) {
            Verdict::SensorStopped
        } else {
            Verdict::Feed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fed_while_samples_and_sensor_reads_keep_coming() {
        let mut liveness = Liveness::new(0);
        for now in (0..20_000).step_by(100) {
            liveness.sampled(now);
            if now % 1000 == 0 {
                liveness.sensor_read(now);
            }
            assert_eq!(liveness.check(now), Verdict::Feed, "at {now} ms");
        }
    }

    #[test]
    fn starved_when_sampling_stops() {
        let mut liveness = Liveness::new(0);
        liveness.sampled(1_000);
        liveness.sensor_read(3_000);
        assert_eq!(liveness.check(3_500), Verdict::Feed);
        assert_eq!(liveness.check(3_501), Verdict::SamplingStopped);
    }

    #[test]
    fn starved_when_the_sensor_stops() {
        let mut liveness = Liveness::new(0);
        for now in (0..5_000).step_by(100) {
            liveness.sampled(now);
        }
        assert_eq!(liveness.check(4_900), Verdict::SensorStopped);
    }

    #[test]
    fn stalled_samples_do_not_count() {
        let mut liveness = Liveness::new(0);
        liveness.stall();
        for now in (0..3_000).step_by(100) {
            liveness.sampled(now);
            liveness.sensor_read(now);
        }
        assert_eq!(liveness.check(2_900), Verdict::SamplingStopped);
    }

    #[test]
    fn a_late_sample_does_not_move_progress_back() {
        let mut liveness = Liveness::new(0);
        liveness.sampled(2_000);
        liveness.sampled(1_500); // queued earlier, handled later
        liveness.sensor_read(4_000);
        assert_eq!(liveness.check(4_400), Verdict::Feed);
    }

    #[test]
    fn without_sampling_only_the_sensor_counts_and_stall_still_starves() {
        let mut liveness = Liveness::new(0).without_sampling();
        for now in (0..10_000).step_by(1000) {
            liveness.sensor_read(now);
            assert_eq!(liveness.check(now + 500), Verdict::Feed);
        }
        liveness.stall();
        liveness.sensor_read(10_000);
        assert_eq!(liveness.check(10_100), Verdict::SensorStopped);
    }

    #[test]
    fn progress_is_wrap_safe() {
        let start = u32::MAX - 1_000;
        let mut liveness = Liveness::new(start);
        liveness.sampled(start.wrapping_add(2_000));
        liveness.sensor_read(start.wrapping_add(2_000));
        assert_eq!(liveness.check(start.wrapping_add(3_000)), Verdict::Feed);
        assert_eq!(liveness.check(start.wrapping_add(4_501)), Verdict::SamplingStopped);
    }
}
