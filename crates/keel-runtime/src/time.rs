//! Uptime without a tick: milliseconds since boot read from a board's hardware counter, which interrupts
//! only when it restarts (every few hundred milliseconds), plus a one-shot alarm the board arms for the work
//! loop's next deadline. The node then wakes when something is due, not a thousand times a second.
//!
//! The board's counter restarts every [`PeriodicClock::period_ms`] (an exact number of milliseconds, so no
//! 64-bit division is needed anywhere): SysTick reloaded every 300 ms on the LM3S6965, TIMER0 cleared every
//! 300 ms on the nRF51. Its interrupt calls [`PeriodicClock::wrapped`]; reading the time combines the count of
//! periods with the position in the current one. Uptime is a `u32` of milliseconds and wraps after 49.7
//! days; everything that compares times does so on wrapping differences (`schedule::due`).

#![forbid(unsafe_code)]

use portable_atomic::{AtomicU32, Ordering};

/// The board's uptime, read from any context: every chip crate implements it on a type without data (its
/// counter's state is a `static`), so the runtime, the idle loop's sleep measurement and the defmt timestamp
/// call it directly, with no function pointer or closure handed around (as Tock's `hil::time::Time`).
pub trait Uptime {
    /// Milliseconds since the clock started (wrapping after 49.7 days).
    fn now_ms() -> u32;
    /// Microseconds since the clock started (wrapping after 71.6 minutes), for measuring short spans.
    fn now_us() -> u32;
}

/// A one-shot alarm: the interrupt that wakes the work loop at its next deadline (Tock's `hil::time::Alarm`).
pub trait Alarm {
    /// Interrupts once, `delay_ms` from now (as soon as it can for 0), replacing an alarm set before.
    fn set(&mut self, delay_ms: u32);
}

/// A free-running time base made of whole periods (counted by the period interrupt) and the position in the
/// current period (read from the counter).
pub struct PeriodicClock {
    periods: AtomicU32,
    period_ms: u32,
}

impl PeriodicClock {
    /// A clock whose counter restarts every `period_ms` milliseconds.
    pub const fn new(period_ms: u32) -> Self {
        PeriodicClock { periods: AtomicU32::new(0), period_ms }
    }

    /// The counter's period.
    pub fn period_ms(&self) -> u32 {
        self.period_ms
    }

    /// From the counter's period interrupt, its only writer: one more period has passed.
    pub fn wrapped(&self) {
        // A load and a store: one writer, and Cortex-M0 has no atomic increment.
        self.periods.store(self.periods.load(Ordering::Relaxed).wrapping_add(1), Ordering::Relaxed);
    }

    /// Microseconds since the counter started, wrapping every 71.6 minutes (for measuring short spans).
    /// `read` is as for [`now_ms`](Self::now_ms), with the position in microseconds.
    pub fn now_us(&self, read: impl FnMut() -> (u32, bool)) -> u32 {
        self.now_in(self.period_ms.wrapping_mul(1000), read)
    }

    /// Milliseconds since the counter started. `read` returns the milliseconds into the current period and
    /// whether the counter has restarted without its interrupt having run yet (it is pending: the caller is an
    /// interrupt of the same or a higher priority, or interrupts are off); that restart is then counted here.
    pub fn now_ms(&self, read: impl FnMut() -> (u32, bool)) -> u32 {
        self.now_in(self.period_ms, read)
    }

    /// The time in units of which a period has `per_period`.
    fn now_in(&self, per_period: u32, mut read: impl FnMut() -> (u32, bool)) -> u32 {
        loop {
            let periods = self.periods.load(Ordering::Relaxed);
            let (into_period, restart_pending) = read();
            if self.periods.load(Ordering::Relaxed) != periods {
                continue; // the period interrupt ran in between: read again
            }
            // A pending restart shows as a small position: only then does it belong to the next period (a
            // position near the end was read before the restart).
            let periods =
                if restart_pending && into_period < per_period / 2 { periods.wrapping_add(1) } else { periods };
            return periods.wrapping_mul(per_period).wrapping_add(into_period);
        }
    }
}

/// The load over `counted_us` (at least a millisecond, at most an hour) in which the core woke `wakeups` times
/// and slept `asleep_us` microseconds: (busy time in millionths, wake-ups a second).
pub fn load(counted_us: u32, wakeups: u32, asleep_us: u32) -> (u32, u16) {
    let busy_us = counted_us.saturating_sub(asleep_us);
    let counted_ms = (counted_us / 1000).clamp(1, 3_600_000);
    // Busy microseconds per second, without 64-bit arithmetic: per millisecond counted, times 1000, plus the
    // remainder's share (both terms fit 32 bits for windows up to an hour).
    let busy_ppm = busy_us / counted_ms * 1000 + busy_us % counted_ms * 1000 / counted_ms;
    let wakeups_per_s = wakeups.saturating_mul(1000) / counted_ms;
    (busy_ppm.min(1_000_000), wakeups_per_s.min(u32::from(u16::MAX)) as u16)
}

/// How long from `now` until `deadline`, in milliseconds; `None` when it has come (wake the loop at once).
pub fn until(deadline: u32, now: u32) -> Option<u32> {
    let delay = deadline.wrapping_sub(now) as i32;
    (delay > 0).then_some(delay as u32)
}

/// A timer with a 16-bit prescaler and a 16-bit reload (the STM32s' basic and general-purpose timers) set to
/// `rate_hz` from its `timer_hz` clock: `(prescaler, reload)`, the register values (each a divisor less one).
/// The period is never shorter than asked (the rate rounds down, as a rate past what was asked could outrun what
/// the node was sized for); the smallest prescaler that reaches keeps the most resolution.
///
/// In 32-bit arithmetic: embassy-stm32's `set_frequency` computes this in 64-bit, and on a Cortex-M0 that brings
/// the 64-bit division (904 bytes on the STM32F030, `docs/costs.md`).
pub fn prescaled(timer_hz: u32, rate_hz: u32) -> (u16, u16) {
    let clocks = (timer_hz / rate_hz.max(1)).max(2);
    // The prescaler's divisor: the fewest that bring the period within 65,536 counts.
    let divisor = (clocks - 1) / 65_536 + 1;
    let counts = clocks.div_ceil(divisor);
    ((divisor - 1).min(0xffff) as u16, (counts - 1).min(0xffff) as u16)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_prescaled_period_is_the_nearest_not_shorter() {
        // 8 MHz at 10 Hz: 800,000 clocks, 13 x 61,539 (800,007): the smallest divisor that fits 16 bits.
        assert_eq!(super::prescaled(8_000_000, 10), (12, 61_538));
        // 84 MHz at 100 Hz: 840,000 clocks, 13 x 64,616 (840,008).
        assert_eq!(super::prescaled(84_000_000, 100), (12, 64_615));
        // Exact where no prescaler is needed.
        assert_eq!(super::prescaled(1_000_000, 1_000), (0, 999));
        assert_eq!(super::prescaled(48_000_000, 1), (732, 65_484));
        // The extremes stay within the registers: rate 0 is read as 1, a rate past the clock as the shortest period.
        assert_eq!(super::prescaled(u32::MAX, 0), (65_535, 65_535));
        assert_eq!(super::prescaled(1_000, 5_000), (0, 1));
    }

    proptest::proptest! {
        /// For any clock and rate: the period is not shorter than asked and less than one prescaled count longer,
        /// where the registers can reach it.
        #[test]
        fn a_prescaled_period_is_never_short(timer_hz in 1_000u32..200_000_000, rate_hz in 1u32..20_000) {
            let (prescaler, reload) = super::prescaled(timer_hz, rate_hz);
            let divisor = u64::from(prescaler) + 1;
            let period = divisor * (u64::from(reload) + 1);
            let clocks = u64::from((timer_hz / rate_hz).max(2));
            proptest::prop_assert!(period >= clocks, "{period} < {clocks}");
            proptest::prop_assert!(period < clocks + divisor, "{period} vs {clocks}");
        }
    }

    #[test]
    fn load_is_the_share_not_asleep() {
        assert_eq!(super::load(1_000_000, 17, 990_000), (10_000, 17));
        assert_eq!(super::load(2_000_000, 40, 1_000_000), (500_000, 20));
        assert_eq!(super::load(1_000_000, 0, 0), (1_000_000, 0));
        assert_eq!(super::load(1_003_000, 100, 1_000_000), (2_991, 99));
        assert_eq!(super::load(1_000_400, 10, 999_600), (800, 10));
        // More sleep than the window (cannot happen; saturation keeps it sane) reads as idle, not negative.
        assert_eq!(super::load(1_000_000, 1, 1_500_000), (0, 1));
    }

    #[test]
    fn until_the_deadline() {
        assert_eq!(super::until(150, 100), Some(50));
        assert_eq!(super::until(100, 100), None);
        assert_eq!(super::until(90, 100), None);
        assert_eq!(super::until(5, u32::MAX - 4), Some(10));
    }
}

#[cfg(test)]
mod clock_tests {
    use super::*;

    /// Microseconds come from the same periods: 300 ms periods are 300,000 us each, plus the position.
    #[test]
    fn microseconds_are_periods_plus_the_position() {
        let clock = PeriodicClock::new(300);
        assert_eq!(clock.period_ms(), 300);
        clock.wrapped();
        assert_eq!(clock.now_us(|| (1_234, false)), 301_234);
        // A pending restart read early in the new period counts it; late in the old one, not.
        assert_eq!(clock.now_us(|| (10, true)), 600_010);
        assert_eq!(clock.now_us(|| (299_990, true)), 599_990);
    }

    #[test]
    fn time_is_periods_plus_the_position() {
        let clock = PeriodicClock::new(300);
        assert_eq!(clock.now_ms(|| (120, false)), 120);
        clock.wrapped();
        clock.wrapped();
        assert_eq!(clock.now_ms(|| (5, false)), 605);
    }

    #[test]
    fn a_pending_restart_is_counted_once() {
        let clock = PeriodicClock::new(300);
        clock.wrapped();
        // The counter restarted (position 2) but its interrupt has not run: 600 + 2, not 300 + 2.
        assert_eq!(clock.now_ms(|| (2, true)), 602);
        // Read just before the restart, with the interrupt pending by the time the flag is read.
        assert_eq!(clock.now_ms(|| (299, true)), 599);
    }

    #[test]
    fn an_interrupt_between_the_reads_makes_it_read_again() {
        let clock = PeriodicClock::new(300);
        let mut first = true;
        let now = clock.now_ms(|| {
            if std::mem::take(&mut first) {
                clock.wrapped(); // the period interrupt preempts the read
                (299, false)
            } else {
                (1, false)
            }
        });
        assert_eq!(now, 301);
    }

    #[test]
    fn uptime_wraps_like_a_u32() {
        let clock = PeriodicClock::new(300);
        for _ in 0..(u32::MAX / 300 + 1) {
            clock.wrapped();
        }
        // 14,316,558 periods of 300 ms is 4,294,967,400 ms: 104 past the wrap.
        assert_eq!(clock.now_ms(|| (0, false)), 104);
    }

    #[test]
    fn time_never_goes_back_across_a_restart() {
        let clock = PeriodicClock::new(300);
        let mut last = 0;
        for period in 0..10u32 {
            for position in (0..300).step_by(13) {
                let now = clock.now_ms(|| (position, false));
                assert!(now >= last, "{now} after {last} in period {period}");
                last = now;
            }
            // The restart happens; a read before its interrupt runs sees it pending.
            let now = clock.now_ms(|| (1, true));
            assert!(now >= last);
            clock.wrapped();
            assert_eq!(clock.now_ms(|| (1, false)), now);
        }
    }
}
