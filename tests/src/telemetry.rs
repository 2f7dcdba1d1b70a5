//! The telemetry UART decoded with the shared protocol crate (`keel_proto::codec::FrameReader`): every
//! frame is kept with the host time it arrived, every undecodable frame is counted.

use std::io::Read;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use keel_proto::codec::{DecodeError, FrameReader, MAX_FRAME_LEN};
use keel_proto::{Frame, Message};

use crate::inbox::Inbox;

/// A decoded frame and when the bench received it.
#[derive(Debug, Clone, PartialEq)]
pub struct Received {
    /// The frame.
    pub frame: Frame,
    /// Host time of arrival.
    pub at: Instant,
}

/// Frames received from a node's telemetry UART.
pub struct Telemetry {
    frames: Arc<Inbox<Received>>,
    errors: Arc<Inbox<DecodeError>>,
    /// Every byte received, as received (for tools that decode the stream themselves, such as the monitor).
    raw: Arc<Inbox<u8>>,
}

impl Telemetry {
    /// Decodes `stream` on a new thread until it ends.
    pub fn over(stream: impl Read + Send + 'static) -> Result<Self> {
        let frames = Arc::new(Inbox::default());
        let errors = Arc::new(Inbox::default());
        let raw = Arc::new(Inbox::default());
        let (frame_sink, error_sink, raw_sink) = (Arc::clone(&frames), Arc::clone(&errors), Arc::clone(&raw));
        let closed = Arc::clone(&frames);
        spawn_decoder(
            stream,
            move |chunk| {
                // Counts and errors first: a waiter woken by the frames sees them complete.
                raw_sink.extend(chunk.data);
                error_sink.extend(chunk.errors);
                frame_sink.extend(chunk.frames.into_iter().map(|frame| Received { frame, at: chunk.at }));
            },
            move || closed.close("the telemetry channel closed (QEMU exited?)"),
        )?;
        Ok(Self { frames, errors, raw })
    }

    /// A telemetry channel the bench cannot reach: every wait on it fails at once, saying `why`.
    pub fn unavailable(why: &str) -> Self {
        let frames = Arc::new(Inbox::default());
        frames.close(why);
        Self { frames, errors: Arc::new(Inbox::default()), raw: Arc::new(Inbox::default()) }
    }

    /// Number of frames received so far (an index for the waits).
    pub fn len(&self) -> usize {
        self.frames.len()
    }

    /// Whether no frame arrived yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every frame from index `start` on.
    pub fn since(&self, start: usize) -> Vec<Received> {
        self.frames.since(start)
    }

    /// Frames that failed to decode so far, with the reasons.
    pub fn errors(&self) -> Vec<DecodeError> {
        self.errors.since(0)
    }

    /// Bytes received so far.
    pub fn bytes(&self) -> usize {
        self.raw.len()
    }

    /// Why the channel closed, once it has (QEMU exited).
    pub fn closed(&self) -> Option<String> {
        self.frames.closed()
    }

    /// The bytes received from offset `start` on, as they came.
    pub fn raw_since(&self, start: usize) -> Vec<u8> {
        self.raw.since(start)
    }

    /// Waits until `check` returns `Some` for the frames from index `start` on; `what` names the
    /// expectation in the error, which also lists the last frames seen.
    pub fn wait_until<R>(
        &self,
        start: usize,
        timeout: Duration,
        what: &str,
        mut check: impl FnMut(&[Received]) -> Option<R>,
    ) -> Result<R> {
        let found = self.frames.wait_for(Instant::now() + timeout, |frames| check(frames.get(start..).unwrap_or(&[])));
        found.ok_or_else(|| {
            let recent = self.since(start);
            let mut text = format!(
                "expected telemetry: {what}, within {timeout:?}; {} frames arrived since ({} undecodable so far){}",
                recent.len(),
                self.errors.len(),
                self.frames.closed().map(|why| format!(", and {why}")).unwrap_or_default()
            );
            for received in recent.iter().rev().take(8).rev() {
                text.push_str(&format!("\n  | #{} {:?}", received.frame.sequence, received.frame.message));
            }
            anyhow!(text)
        })
    }

    /// Waits for the first frame from index `start` on whose message satisfies `matches`.
    pub fn wait_for(
        &self,
        start: usize,
        timeout: Duration,
        what: &str,
        mut matches: impl FnMut(&Message) -> bool,
    ) -> Result<Received> {
        self.wait_until(start, timeout, what, |frames| frames.iter().find(|r| matches(&r.frame.message)).cloned())
    }
}

/// The text a telemetry frame carried in the defmt stream starts with (`keel_runtime::platform::DEFMT_FRAME_TAG`).
pub const DEFMT_FRAME_TAG: &str = "keel-telemetry";

/// The frame bytes of a `keel-telemetry [1a, 2b, ...]` defmt message, or `None` for any other message.
pub fn frame_in_log(message: &str) -> Option<Vec<u8>> {
    let list = message.strip_prefix(DEFMT_FRAME_TAG)?.trim().strip_prefix('[')?.strip_suffix(']')?;
    list.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| u8::from_str_radix(item.trim_start_matches("0x"), 16).ok())
        .collect()
}

/// Where a board's telemetry bytes come from: its second UART (`uart`, returned as it is), or, for a board
/// whose frames travel in the defmt stream, a socket pair whose reading end is returned and whose writing
/// end is the [`DefmtTap`] the log decoder hands each message to.
pub fn source(
    channel: crate::board::TelemetryChannel,
    uart: std::os::unix::net::UnixStream,
) -> Result<(std::os::unix::net::UnixStream, Option<DefmtTap>)> {
    match channel {
        crate::board::TelemetryChannel::Uart1 => Ok((uart, None)),
        crate::board::TelemetryChannel::Defmt => {
            let (writer, reader) = std::os::unix::net::UnixStream::pair()?;
            Ok((reader, Some(DefmtTap(writer))))
        }
    }
}

/// Takes telemetry frames out of a defmt log (see [`source`]).
pub struct DefmtTap(std::os::unix::net::UnixStream);

impl DefmtTap {
    /// Passes the frame a `keel-telemetry` message carries on to the telemetry decoder; returns whether the
    /// message was one (and so is not a log line).
    pub fn take(&mut self, message: &str) -> bool {
        match frame_in_log(message) {
            Some(frame) => {
                let _ = std::io::Write::write_all(&mut self.0, &frame);
                true
            }
            None => false,
        }
    }
}

/// What one read from the telemetry stream decoded to.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// Host time of the read.
    pub at: Instant,
    /// The bytes read.
    pub data: Vec<u8>,
    /// Frames completed by these bytes.
    pub frames: Vec<Frame>,
    /// Frames these bytes completed that did not decode.
    pub errors: Vec<DecodeError>,
}

/// Decodes a telemetry byte stream on a new thread: `sink` gets each read's frames and errors, `end` is
/// called once the stream ends.
pub fn spawn_decoder(
    mut stream: impl Read + Send + 'static,
    mut sink: impl FnMut(Chunk) + Send + 'static,
    end: impl FnOnce() + Send + 'static,
) -> Result<std::thread::JoinHandle<()>> {
    let handle = std::thread::Builder::new().name("telemetry-decoder".into()).spawn(move || {
        let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
        let mut buffer = [0u8; 4096];
        loop {
            let n = match stream.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let mut chunk =
                Chunk { at: Instant::now(), data: buffer[..n].to_vec(), frames: Vec::new(), errors: Vec::new() };
            for &byte in &buffer[..n] {
                match reader.push(byte) {
                    Some(Ok(frame)) => chunk.frames.push(frame),
                    Some(Err(error)) => chunk.errors.push(error),
                    None => {}
                }
            }
            sink(chunk);
        }
        end();
    })?;
    Ok(handle)
}

/// Frames lost between consecutive received frames, from gaps in the (wrapping) sequence numbers.
pub fn lost_frames(frames: &[Received]) -> u64 {
    frames
        .windows(2)
        .map(|pair| u64::from(pair[1].frame.sequence.wrapping_sub(pair[0].frame.sequence).wrapping_sub(1)))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_read_back_from_defmt_messages() {
        assert_eq!(frame_in_log("keel-telemetry [1a, 0x2b, 0]"), Some(vec![0x1a, 0x2b, 0]));
        assert_eq!(frame_in_log("keel-telemetry []"), Some(vec![]));
        assert_eq!(frame_in_log("temperature 21500 mC"), None);
        assert_eq!(frame_in_log("keel-telemetry [zz]"), None);
    }
    use keel_proto::codec::encode;
    use keel_proto::{Alarm, PROTOCOL_VERSION};

    fn wire(sequence: u32, message: Message) -> Vec<u8> {
        let mut out = [0u8; MAX_FRAME_LEN];
        let n = encode(&Frame { version: PROTOCOL_VERSION, sequence, message }, &mut out).unwrap();
        out[..n].to_vec()
    }

    #[test]
    fn decodes_frames_and_counts_damage() {
        let mut bytes = wire(1, Message::Temperature { millicelsius: 21_500 });
        let mut damaged = wire(2, Message::AlarmChanged(Alarm::High));
        damaged[2] ^= 0x55;
        bytes.extend(damaged);
        bytes.extend(wire(4, Message::AlarmChanged(Alarm::Off)));
        let telemetry = Telemetry::over(std::io::Cursor::new(bytes)).unwrap();
        let found = telemetry
            .wait_for(0, Duration::from_secs(5), "the alarm clearing", |m| *m == Message::AlarmChanged(Alarm::Off))
            .unwrap();
        assert_eq!(found.frame.sequence, 4);
        assert_eq!(telemetry.len(), 2);
        assert_eq!(telemetry.errors().len(), 1);
        assert_eq!(lost_frames(&telemetry.since(0)), 2);
        let error = telemetry
            .wait_for(0, Duration::from_millis(20), "a status", |m| matches!(m, Message::Status(_)))
            .unwrap_err();
        let text = error.to_string();
        assert!(text.contains("expected telemetry: a status"), "{text}");
        assert!(text.contains("#1 Temperature { millicelsius: 21500 }"), "{text}");
    }
}
