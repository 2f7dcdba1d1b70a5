//! Carries out the node's actions on a board: the LED pin, console text, telemetry frames with their
//! sequence numbers, the sample rate, the log level, and resets (with the reset record written first).

#![forbid(unsafe_code)]

use embedded_hal::digital::OutputPin;
use keel_core::{Action, Sink};
use keel_proto::{codec, Frame, ResetReason, PROTOCOL_VERSION};

use crate::board::{Board, FrameSink, SampleClock};

/// Where the reset record goes before a reset the firmware causes (the no-init RAM record on a board; a fake
/// in tests).
pub trait ResetRecorder {
    /// Stores why the node is about to reset and a message.
    fn store(&mut self, reason: ResetReason, message: &[u8]);
    /// Forgets a stored record (the reset it announced did not happen).
    fn forget(&mut self);
}

/// Everything the node's actions drive.
pub struct Outputs<B: Board, R: ResetRecorder> {
    led: B::Led,
    console: B::Console,
    telemetry: B::Telemetry,
    sample_clock: B::SampleClock,
    pub(crate) recorder: R,
    sequence: u32,
    /// The node asked for a redraw; several requests in one run of the loop make one redraw at its end.
    pub(crate) redraw: bool,
    /// `test stall` was received: the loop stops counting samples as progress.
    pub(crate) stall_requested: bool,
    /// Telemetry frames the link could not take since the loop last reported them.
    pub(crate) dropped_frames: u32,
    /// `test jam` was received: the loop jams the telemetry link (`transmit::JAMMED`) and lifts it later.
    #[cfg(feature = "test-commands")]
    pub(crate) jam_requested: bool,
    /// When the loop lifts the jam.
    #[cfg(feature = "test-commands")]
    pub(crate) jam_until: Option<u32>,
}

impl<B: Board, R: ResetRecorder> Outputs<B, R> {
    /// Bundles the outputs.
    pub fn new(
        led: B::Led,
        console: B::Console,
        telemetry: B::Telemetry,
        sample_clock: B::SampleClock,
        recorder: R,
    ) -> Self {
        Outputs {
            led,
            console,
            telemetry,
            sample_clock,
            recorder,
            sequence: 0,
            redraw: false,
            stall_requested: false,
            dropped_frames: 0,
            #[cfg(feature = "test-commands")]
            jam_requested: false,
            #[cfg(feature = "test-commands")]
            jam_until: None,
        }
    }

    /// The console, for text the runtime writes itself.
    pub fn console(&mut self) -> &mut B::Console {
        &mut self.console
    }
}

impl<B: Board, R: ResetRecorder> Sink for Outputs<B, R> {
    fn act(&mut self, action: Action<'_>) {
        match action {
            // A GPIO write that fails cannot be reported anywhere better than the LED itself.
            Action::Led(on) => {
                let _ = if on { self.led.set_high() } else { self.led.set_low() };
            }
            Action::Console(text) => write_all(&mut self.console, text.as_bytes()),
            Action::Telemetry(message) => {
                let frame = Frame { version: PROTOCOL_VERSION, sequence: self.sequence, message };
                self.sequence = self.sequence.wrapping_add(1);
                let mut buffer = [0u8; codec::MAX_FRAME_LEN];
                match codec::encode(&frame, &mut buffer) {
                    Ok(length) => {
                        if !self.telemetry.send(buffer.get(..length).unwrap_or(&[])) {
                            self.dropped_frames = self.dropped_frames.saturating_add(1);
                        }
                    }
                    // Cannot happen with a buffer of MAX_FRAME_LEN; logged rather than hidden if it does.
                    Err(error) => crate::log!(Error, "telemetry frame not encoded: {}", error),
                }
            }
            Action::RefreshDisplay => self.redraw = true,
            Action::SetSampleRate(hz) => {
                crate::log!(Info, "sampling at {=u16} Hz", hz);
                self.sample_clock.set_rate(hz);
            }
            Action::SetLogLevel(level) => crate::log::set_level(level),
            Action::Reset => {
                let _ = embedded_io::Write::flush(&mut self.console);
                self.recorder.store(ResetReason::Software, b"");
                B::reset();
            }
            #[cfg(feature = "test-commands")]
            Action::Misbehave(keel_core::Misbehaviour::Stall) => {
                crate::log!(Warn, "test: sampling no longer counts as progress for the watchdog");
                self.stall_requested = true;
            }
            #[cfg(feature = "test-commands")]
            Action::Misbehave(keel_core::Misbehaviour::Jam) => {
                crate::log!(Warn, "test: the telemetry link takes nothing for two seconds");
                self.jam_requested = true;
            }
            #[cfg(feature = "test-commands")]
            Action::Misbehave(keel_core::Misbehaviour::Unwire) => {
                crate::log!(Warn, "test: the board disables one of its interrupts");
                B::unwire();
            }
            #[cfg(feature = "test-commands")]
            Action::Misbehave(keel_core::Misbehaviour::Fault) => {
                let _ = embedded_io::Write::flush(&mut self.console);
                #[cfg(target_os = "none")]
                crate::platform::fault_now();
                #[cfg(not(target_os = "none"))]
                panic!("test fault requested: a host build does not fault the core");
            }
            #[cfg(feature = "test-commands")]
            Action::Misbehave(keel_core::Misbehaviour::Panic) => {
                let _ = embedded_io::Write::flush(&mut self.console);
                panic!("test panic requested");
            }
        }
    }
}

/// Writes all of `bytes`, stopping at an error or a writer that takes nothing. `embedded_io::Write::write_all`
/// panics on the latter, which keeps a panic site (and its source path) in flash for a case a UART never has.
pub fn write_all(writer: &mut impl embedded_io::Write, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        match writer.write(bytes) {
            Ok(written) if written > 0 => bytes = bytes.get(written..).unwrap_or(&[]),
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::write_all;

    /// A writer that takes at most `chunk` bytes a call (0: none), keeping them.
    struct Chunked {
        chunk: usize,
        kept: Vec<u8>,
        calls: usize,
    }

    impl embedded_io::ErrorType for Chunked {
        type Error = core::convert::Infallible;
    }

    impl embedded_io::Write for Chunked {
        fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
            self.calls += 1;
            let taken = bytes.len().min(self.chunk);
            self.kept.extend_from_slice(&bytes[..taken]);
            Ok(taken)
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            Ok(())
        }
    }

    /// A writer that takes a few bytes at a time gets them all, in order.
    #[test]
    fn short_writes_are_continued() {
        let mut writer = Chunked { chunk: 3, kept: Vec::new(), calls: 0 };
        write_all(&mut writer, b"hello, node");
        assert_eq!(writer.kept, b"hello, node");
        assert_eq!(writer.calls, 4);
    }

    /// A writer that takes nothing (a UART that stopped) ends the write at once instead of being asked forever.
    #[test]
    fn a_writer_that_takes_nothing_ends_the_write() {
        let mut writer = Chunked { chunk: 0, kept: Vec::new(), calls: 0 };
        write_all(&mut writer, b"lost");
        assert_eq!(writer.calls, 1);
        assert!(writer.kept.is_empty());
    }
}
