//! What the monitor knows: the telemetry byte stream decoded frame by frame, with everything counted.
//!
//! Kept apart from where the bytes come from (a serial port, an emulated board) and how they are shown (the
//! live view, lines), so that it is tested on recorded byte streams.

use std::collections::VecDeque;
use std::time::Duration;

use keel_bench::keel_proto::codec::{DecodeError, FrameReader, MAX_FRAME_LEN};
use keel_bench::keel_proto::{Alarm, Frame, Message, Status};

/// How much history the charts keep.
pub const HISTORY: Duration = Duration::from_secs(60);

/// Undecodable frames, with no frame decoded at all, after which the monitor says the baud rate may be wrong.
const BAUD_SUSPICION: u64 = 4;

/// One decoded frame or one undecodable one, at a time since the monitor started.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    Frame(Duration, Frame),
    Undecodable(Duration, DecodeError),
}

/// The counters the monitor shows.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counters {
    pub bytes: u64,
    pub frames: u64,
    pub samples: u64,
    pub undecodable: u64,
    /// Frames the sender numbered but that never arrived (gaps in the sequence numbers).
    pub lost: u64,
    /// Failed sensor reads reported by the node (its own count, from the last status).
    pub sensor_errors: u32,
    /// Samples the node dropped between its interrupt and its work loop (from the last status).
    pub dropped_samples: u32,
    /// Telemetry frames the node dropped whole because the link could not take them (from the last status; none
    /// from a sender before protocol 3).
    pub dropped_frames: Option<u32>,
}

/// The decoded telemetry so far.
#[derive(Default)]
pub struct Monitor {
    reader: FrameReader<MAX_FRAME_LEN>,
    pub counters: Counters,
    last_sequence: Option<u32>,
    /// Latest raw sample, temperature (milli-C) and alarm state.
    pub sample: Option<u16>,
    pub temperature_mc: Option<i32>,
    pub alarm: Option<Alarm>,
    pub status: Option<Status>,
    /// The last minute of samples (raw) and temperatures (C), by time since the monitor started.
    pub samples: VecDeque<(f64, f64)>,
    pub temperatures: VecDeque<(f64, f64)>,
}

impl Monitor {
    /// Decodes `bytes` received at `at` (since the monitor started) and returns what they completed.
    pub fn push(&mut self, at: Duration, bytes: &[u8]) -> Vec<Decoded> {
        self.counters.bytes += bytes.len() as u64;
        let mut out = Vec::new();
        for &byte in bytes {
            match self.reader.push(byte) {
                Some(Ok(frame)) => {
                    self.take(at, &frame);
                    out.push(Decoded::Frame(at, frame));
                }
                Some(Err(error)) => {
                    self.counters.undecodable += 1;
                    out.push(Decoded::Undecodable(at, error));
                }
                None => {}
            }
        }
        self.forget_before(at.saturating_sub(HISTORY).as_secs_f64());
        out
    }

    /// The stream was interrupted (a port that went away): a partly received frame is dropped, not glued to
    /// the bytes that come after.
    pub fn interrupted(&mut self) {
        self.reader.reset();
    }

    fn take(&mut self, at: Duration, frame: &Frame) {
        self.counters.frames += 1;
        if let Some(last) = self.last_sequence {
            self.counters.lost += u64::from(frame.sequence.wrapping_sub(last).wrapping_sub(1));
        }
        self.last_sequence = Some(frame.sequence);
        let t = at.as_secs_f64();
        match frame.message {
            Message::Sample(sample) => {
                self.counters.samples += 1;
                self.sample = Some(sample.raw);
                self.samples.push_back((t, f64::from(sample.raw)));
            }
            Message::Temperature { millicelsius } => {
                self.temperature_mc = Some(millicelsius);
                self.temperatures.push_back((t, f64::from(millicelsius) / 1000.0));
            }
            Message::SensorError(_) => self.temperature_mc = None,
            Message::AlarmChanged(alarm) => self.alarm = Some(alarm),
            Message::Status(status) => {
                self.alarm = Some(status.alarm);
                self.counters.sensor_errors = status.sensor_errors;
                self.counters.dropped_samples = status.dropped_samples;
                self.counters.dropped_frames = status.dropped_frames;
                self.status = Some(status);
            }
        }
    }

    fn forget_before(&mut self, t: f64) {
        for history in [&mut self.samples, &mut self.temperatures] {
            while history.front().is_some_and(|&(at, _)| at < t) {
                history.pop_front();
            }
        }
    }

    /// A warning for the operator when the stream looks wrong, or `None`.
    pub fn warning(&self) -> Option<&'static str> {
        (self.counters.frames == 0 && self.counters.undecodable >= BAUD_SUSPICION)
            .then_some("bytes arrive but no frame decodes: the baud rate may be wrong, or this is not Keel telemetry")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use keel_bench::keel_proto::codec::encode;
    use keel_bench::keel_proto::{ResetReason, Sample, PROTOCOL_VERSION};

    fn frame(sequence: u32, message: Message) -> Vec<u8> {
        let mut buffer = [0u8; MAX_FRAME_LEN];
        let length = encode(&Frame { version: PROTOCOL_VERSION, sequence, message }, &mut buffer).unwrap();
        buffer[..length].to_vec()
    }

    fn sample(raw: u16) -> Message {
        Message::Sample(Sample { channel: 0, raw, mean: raw, uptime_ms: 0 })
    }

    fn at(seconds: u64) -> Duration {
        Duration::from_secs(seconds)
    }

    /// Telemetry UART bytes recorded from the LM3S6965EVB in QEMU 10: the first 5 s after boot of UART1 to a
    /// file (`-chardev file,id=tel,path=...`, the TMP105 at 0 C). Whatever the firmware sent decodes, numbered
    /// without gaps.
    #[test]
    fn a_recorded_stream_decodes_without_loss() {
        let bytes = include_bytes!("recorded/telemetry-lm3s6965evb.bin");
        let mut monitor = Monitor::default();
        // In pieces of odd sizes, as reads from a port return them.
        for (i, piece) in bytes.chunks(7).enumerate() {
            monitor.push(at(i as u64 / 100), piece);
        }
        let c = &monitor.counters;
        assert!(c.frames >= 20, "{c:?}");
        assert!(c.samples >= 10, "{c:?}");
        assert_eq!((c.undecodable, c.lost), (0, 0), "{c:?}");
        assert!(monitor.status.is_some() && monitor.temperature_mc.is_some());
    }

    #[test]
    fn corrupt_and_truncated_frames_are_counted_and_the_next_frame_decodes() {
        let mut monitor = Monitor::default();
        let mut bytes = frame(1, sample(100));
        let mut corrupt = frame(2, sample(200));
        corrupt[3] ^= 0x40;
        bytes.extend(corrupt);
        let truncated = frame(3, sample(300));
        bytes.extend(&truncated[..truncated.len() - 4]);
        bytes.push(0); // the line recovered mid-frame: what came before the 0 is one bad frame
        bytes.extend(frame(4, Message::Temperature { millicelsius: 21_500 }));
        let decoded = monitor.push(at(1), &bytes);
        assert_eq!(decoded.len(), 4);
        assert_eq!(monitor.counters.undecodable, 2);
        assert_eq!(monitor.counters.frames, 2);
        assert_eq!(monitor.counters.lost, 2, "frames 2 and 3 never arrived whole");
        assert_eq!(monitor.temperature_mc, Some(21_500));
        assert_eq!(monitor.sample, Some(100));
    }

    #[test]
    fn a_frame_cut_by_an_unplugged_port_is_not_glued_to_the_next() {
        let mut monitor = Monitor::default();
        let first = frame(1, sample(1));
        monitor.push(at(0), &first[..5]);
        monitor.interrupted();
        let decoded = monitor.push(at(1), &frame(2, sample(2)));
        assert!(matches!(decoded.as_slice(), [Decoded::Frame(_, f)] if f.sequence == 2), "{decoded:?}");
        assert_eq!(monitor.counters.undecodable, 0);
    }

    #[test]
    fn noise_at_the_wrong_baud_rate_is_flagged() {
        let mut monitor = Monitor::default();
        // What 115200-baud frames look like read at 9600: bytes, with zeros among them, that never decode.
        let noise: Vec<u8> = (0..400u32).map(|i| if i % 23 == 0 { 0 } else { (i * 97 % 251) as u8 | 1 }).collect();
        monitor.push(at(0), &noise);
        assert_eq!(monitor.counters.frames, 0);
        assert!(monitor.counters.undecodable >= 4);
        assert!(monitor.warning().is_some_and(|w| w.contains("baud rate")));
    }

    #[test]
    fn status_updates_the_counters_and_history_keeps_one_minute() {
        let mut monitor = Monitor::default();
        monitor.push(at(0), &frame(1, sample(10)));
        monitor.push(at(30), &frame(2, sample(20)));
        let status = Status {
            uptime_ms: 61_000,
            rate_hz: 10,
            samples: 600,
            dropped_samples: 3,
            dropped_bytes: 0,
            dropped_frames: Some(4),
            sensor_errors: 2,
            temperature_mc: Some(20_000),
            alarm: Alarm::High,
            reset_reason: ResetReason::PowerOn,
            cpu_ppm: Some(12_000),
            wakeups_per_s: Some(20),
        };
        monitor.push(at(61), &frame(3, Message::Status(status)));
        assert_eq!(
            monitor.samples.iter().map(|&(_, v)| v).collect::<Vec<_>>(),
            [20.0],
            "the sample at 0 s is older than a minute"
        );
        assert_eq!((monitor.counters.sensor_errors, monitor.counters.dropped_samples), (2, 3));
        assert_eq!(monitor.counters.dropped_frames, Some(4));
        assert_eq!(monitor.alarm, Some(Alarm::High));
        assert!(monitor.warning().is_none());
    }
}
