//! The one bounded wait on hardware: a status flag polled a limited number of times.
//!
//! Every chip crate waits on flags (a byte left the FIFO, a conversion ended, an oscillator started) before
//! its clock runs or while interrupts are off, so the bound is counted in polls rather than in time. A wait
//! that runs out is an error its caller reports (a peripheral that does not answer, an emulator that leaves
//! the register at 0, an unplugged part), never a hang. Each caller names its bound with the slowest
//! legitimate wait it covers, so that the limit is far beyond it on silicon and still short in human terms.

#![forbid(unsafe_code)]

/// The flag did not come within its bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(target_os = "none", derive(defmt::Format))]
pub struct TimedOut;

/// A number of polls to wait at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Polls(pub u32);

impl Polls {
    /// Calls `done` until it returns `true`, at most this many times.
    pub fn until(self, mut done: impl FnMut() -> bool) -> Result<(), TimedOut> {
        let mut left = self.0;
        while left > 0 {
            if done() {
                return Ok(());
            }
            left -= 1;
        }
        Err(TimedOut)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_that_comes_ends_the_wait_at_once() {
        let mut polls = 0;
        assert_eq!(
            Polls(100).until(|| {
                polls += 1;
                polls == 7
            }),
            Ok(())
        );
        assert_eq!(polls, 7, "no poll after the flag came");
    }

    #[test]
    fn a_flag_that_never_comes_is_an_error_after_exactly_the_bound() {
        let mut polls = 0;
        assert_eq!(
            Polls(100).until(|| {
                polls += 1;
                false
            }),
            Err(TimedOut)
        );
        assert_eq!(polls, 100);
    }

    #[test]
    fn a_flag_on_the_last_poll_still_counts() {
        let mut polls = 0;
        assert_eq!(
            Polls(3).until(|| {
                polls += 1;
                polls == 3
            }),
            Ok(())
        );
        assert_eq!(Polls(0).until(|| true), Err(TimedOut), "no poll, no flag");
    }
}
