//! The sampling pipeline: a fixed-capacity history per analog channel with its statistics.

/// Analog channels the pipeline tracks.
pub const CHANNELS: usize = 4;
/// Samples kept per channel; the moving average is over this many.
pub const HISTORY: usize = 16;

/// Statistics of one channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChannelSummary {
    /// Samples seen since boot.
    pub count: u32,
    /// Latest raw value.
    pub latest: u16,
    /// Moving average over the last [`HISTORY`] samples.
    pub moving_average: u16,
    /// Smallest value since boot.
    pub min: u16,
    /// Largest value since boot.
    pub max: u16,
    /// Mean since boot.
    pub mean: u16,
}

/// The last [`HISTORY`] samples of a channel, the oldest overwritten first.
///
/// Written here rather than taken from heapless (`HistoryBuf`): its indexing keeps a bounds-check panic in the
/// image, and with it `core::fmt`'s integer formatting (about 1 KiB on every board, `cargo xtask size --top`);
/// an index masked to a power-of-two length cannot fail.
#[derive(Debug, Default)]
struct Window {
    /// The samples; slots not yet written hold 0, so the sum of all of them is the sum of those written.
    values: [u16; HISTORY],
    /// Where the next sample goes.
    next: usize,
    /// How many slots hold a sample (at most [`HISTORY`]).
    len: usize,
}

const _: () = assert!(HISTORY.is_power_of_two(), "the window's index is masked");

impl Window {
    const MASK: usize = HISTORY - 1;

    fn write(&mut self, value: u16) {
        self.values[self.next & Self::MASK] = value;
        self.next = (self.next + 1) & Self::MASK;
        self.len = (self.len + 1).min(HISTORY);
    }

    fn recent(&self) -> Option<u16> {
        (self.len > 0).then(|| self.values[self.next.wrapping_sub(1) & Self::MASK])
    }

    fn sum(&self) -> u32 {
        self.values.iter().map(|&value| u32::from(value)).sum()
    }
}

/// One channel's history and running totals.
#[derive(Debug, Default)]
struct Channel {
    history: Window,
    count: u32,
    /// Sum and number of the samples behind the lifetime mean. Both are halved together before the sum
    /// would overflow: the ratio (the mean) stays, and the arithmetic stays 32-bit (a 64-bit division
    /// would add almost 1 KiB of runtime code on a Cortex-M).
    sum: u32,
    sum_count: u32,
    min: u16,
    max: u16,
}

/// Histories and statistics for every channel.
#[derive(Debug, Default)]
pub struct Pipeline {
    channels: [Channel; CHANNELS],
    /// Samples for channels the pipeline does not track (counted, not silently ignored).
    rejected: u32,
}

impl Pipeline {
    /// Adds a sample; returns the channel's summary, or `None` (and counts it) for an unknown channel.
    pub fn push(&mut self, channel: u8, raw: u16) -> Option<ChannelSummary> {
        let Some(state) = self.channels.get_mut(usize::from(channel)) else {
            self.rejected = self.rejected.saturating_add(1);
            return None;
        };
        state.history.write(raw);
        if state.count == 0 {
            state.min = raw;
            state.max = raw;
        }
        state.min = state.min.min(raw);
        state.max = state.max.max(raw);
        state.count = state.count.saturating_add(1);
        if state.sum.checked_add(u32::from(raw)).is_none() {
            state.sum /= 2;
            state.sum_count /= 2;
        }
        state.sum += u32::from(raw);
        state.sum_count += 1;
        self.summary(channel)
    }

    /// The summary of a channel, or `None` if it has no samples or is not tracked.
    pub fn summary(&self, channel: u8) -> Option<ChannelSummary> {
        let state = self.channels.get(usize::from(channel))?;
        let latest = state.history.recent()?;
        let window = state.history.sum();
        // Rounded to nearest; both quotients fit in u16 because they average u16 values.
        // `checked_div` rather than `/`: the length is never 0 here (there is a latest sample), but the
        // compiler cannot see that, and a division panic would keep its message and handler in flash.
        let length = state.history.len as u32;
        let moving_average = (window + length / 2).checked_div(length).unwrap_or(0) as u16;
        // Rounded to nearest; saturating because the sum may sit just below u32::MAX.
        // Halving an odd count rounds it down, which can push the quotient a hair past the largest sample:
        // clamp to the observed range.
        let mean = (state.sum.saturating_add(state.sum_count / 2).checked_div(state.sum_count).unwrap_or(0))
            .min(u32::from(state.max))
            .max(u32::from(state.min)) as u16;
        Some(ChannelSummary { count: state.count, latest, moving_average, min: state.min, max: state.max, mean })
    }

    /// Samples for all channels since boot.
    pub fn total(&self) -> u32 {
        self.channels.iter().fold(0u32, |acc, c| acc.saturating_add(c.count))
    }

    /// Samples refused because their channel is not tracked.
    pub fn rejected(&self) -> u32 {
        self.rejected
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Samples of a channel the pipeline does not track are refused and counted, not lost silently.
    #[test]
    fn untracked_channels_are_counted_as_rejected() {
        let mut p = Pipeline::default();
        assert_eq!(p.rejected(), 0);
        assert_eq!(p.push(200, 1), None);
        assert_eq!(p.push(201, 1), None);
        assert_eq!(p.rejected(), 2);
        assert_eq!(p.total(), 0);
    }

    /// The moving average rounds to the nearest integer (1 and 2 average to 2, not 1).
    #[test]
    fn the_moving_average_rounds_to_nearest() {
        let mut p = Pipeline::default();
        p.push(0, 1);
        let summary = p.push(0, 2).unwrap();
        assert_eq!(summary.moving_average, 2);
        assert_eq!(summary.mean, 2);
    }

    /// A sum that would overflow is halved with its count, so the mean stays right however long the node runs.
    #[test]
    fn the_mean_survives_a_sum_past_u32() {
        let mut p = Pipeline::default();
        let mut last = None;
        for index in 0..140_000u32 {
            last = p.push(0, if index % 2 == 0 { 0 } else { u16::MAX });
        }
        let summary = last.unwrap();
        assert_eq!(summary.count, 140_000);
        assert!(summary.mean.abs_diff(32_768) <= 1, "mean {} of alternating 0 and 65535", summary.mean);
    }

    #[test]
    fn empty_channel_has_no_summary() {
        assert_eq!(Pipeline::default().summary(0), None);
    }

    #[test]
    fn tracks_min_max_mean_and_moving_average() {
        let mut p = Pipeline::default();
        for v in [10, 20, 30] {
            p.push(1, v);
        }
        let s = p.summary(1).unwrap();
        assert_eq!((s.count, s.latest, s.min, s.max, s.mean, s.moving_average), (3, 30, 10, 30, 20, 20));
        assert_eq!(p.total(), 3);
    }

    #[test]
    fn moving_average_forgets_old_samples() {
        let mut p = Pipeline::default();
        p.push(0, 1000);
        for _ in 0..HISTORY {
            p.push(0, 100);
        }
        let s = p.summary(0).unwrap();
        assert_eq!(s.moving_average, 100);
        assert_eq!(s.max, 1000, "lifetime max keeps the old peak");
        assert!(s.mean > 100, "lifetime mean still includes it");
    }

    #[test]
    fn unknown_channel_is_counted_not_stored() {
        let mut p = Pipeline::default();
        assert_eq!(p.push(CHANNELS as u8, 5), None);
        assert_eq!(p.rejected(), 1);
        assert_eq!(p.total(), 0);
    }

    #[test]
    fn lifetime_mean_survives_the_sum_overflowing() {
        let mut p = Pipeline::default();
        // 70 000 samples of 65 535 overflow a 32-bit sum; then add lows and check the mean stays right.
        for _ in 0..70_000 {
            p.push(2, u16::MAX);
        }
        assert_eq!(p.summary(2).unwrap().mean, u16::MAX);
        assert_eq!(p.summary(2).unwrap().count, 70_000);
        for _ in 0..70_000 {
            p.push(2, 0);
        }
        let mean = p.summary(2).unwrap().mean;
        // After the halving, old samples weigh a little less than new ones: close to, not exactly, half.
        assert!((20_000..=45_000).contains(&mean), "{mean}");
    }

    proptest! {
        #[test]
        fn statistics_stay_within_bounds(values in proptest::collection::vec(any::<u16>(), 1..100)) {
            let mut p = Pipeline::default();
            for &v in &values {
                p.push(0, v);
            }
            let s = p.summary(0).unwrap();
            prop_assert_eq!(s.min, *values.iter().min().unwrap());
            prop_assert_eq!(s.max, *values.iter().max().unwrap());
            prop_assert!(s.min <= s.mean && s.mean <= s.max);
            prop_assert!(s.min <= s.moving_average && s.moving_average <= s.max);
        }

        /// The window holds exactly the last [`HISTORY`] samples (fewer at first), whatever came before.
        #[test]
        fn the_moving_average_is_that_of_the_last_samples(values in proptest::collection::vec(any::<u16>(), 1..100)) {
            let mut p = Pipeline::default();
            for &v in &values {
                p.push(0, v);
            }
            let last = &values[values.len().saturating_sub(HISTORY)..];
            let sum: u32 = last.iter().map(|&v| u32::from(v)).sum();
            let length = last.len() as u32;
            let s = p.summary(0).unwrap();
            prop_assert_eq!(u32::from(s.moving_average), (sum + length / 2) / length);
            prop_assert_eq!(s.latest, *values.last().unwrap());
        }
    }
}
