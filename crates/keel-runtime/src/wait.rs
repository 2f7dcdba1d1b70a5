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
    /// The bound of a wait on a serial transmitter's ready flag: this one on silicon; in the emulator (images
    /// with the `qemu` feature) a hundred times more. QEMU's nRF51 UART holds TXDRDY until the host's socket
    /// takes the byte, and a host under load (the bench's scenarios: two cores, several QEMUs) can take
    /// milliseconds: with the silicon bound the micro:bit dropped a byte of a reply on a busy machine. A
    /// transmitter that never gets ready still ends the wait, later. Not for every byte where the emulated
    /// watchdog runs (the HiFive1's fired during such waits): there only the flush before a reset uses it.
    pub const fn for_transmit(self) -> Polls {
        if cfg!(feature = "qemu") {
            Polls(self.0.saturating_mul(100))
        } else {
            self
        }
    }

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

    /// Sends `bytes` one at a time through a transmitter: before each, waits at most this many polls for
    /// `ready` (room in its FIFO), then calls `send`. Returns how many bytes went out; when the transmitter
    /// never gets ready (not clocked, not enabled) the rest are dropped rather than waited for. The transmit
    /// loop of every chip crate's console.
    pub fn send_each(self, bytes: &[u8], mut ready: impl FnMut() -> bool, mut send: impl FnMut(u8)) -> usize {
        for (sent, &byte) in bytes.iter().enumerate() {
            if self.until(&mut ready).is_err() {
                return sent;
            }
            send(byte);
        }
        bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transmitter_on_silicon_keeps_its_bound() {
        // Host tests build without the `qemu` feature: the bound is the silicon one.
        assert_eq!(Polls(20_000).for_transmit(), Polls(20_000));
    }

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
    fn bytes_go_out_while_the_transmitter_takes_them() {
        let mut out = Vec::new();
        assert_eq!(Polls(10).send_each(b"abc", || true, |byte| out.push(byte)), 3);
        assert_eq!(out, b"abc");
    }

    #[test]
    fn a_transmitter_that_stops_taking_bytes_drops_the_rest() {
        let mut out = Vec::new();
        let mut room = 1;
        let ready = || {
            room -= 1;
            room >= 0
        };
        // Room for one byte, then none: the second byte waits its ten polls and is dropped with the third.
        assert_eq!(Polls(10).send_each(b"abc", ready, |byte| out.push(byte)), 1);
        assert_eq!(out, b"a");
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
