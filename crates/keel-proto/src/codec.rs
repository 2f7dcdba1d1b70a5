//! Telemetry framing: a [`Frame`] in postcard, followed by a CRC-32, COBS-encoded and terminated by `0x00`.
//!
//! # Wire format
//!
//! ```text
//! frame on the wire = COBS( payload ++ crc32_le(payload) ) ++ [0x00]
//! payload           = postcard(Frame)   (its first byte is Frame::version)
//! ```
//!
//! * **Payload**: [`postcard`] serialization of [`Frame`]. `Frame::version` is a `u8` and the first field, so it is
//!   always the first payload byte; every future protocol version must keep it there so that a decoder can tell
//!   a frame it does not understand ([`DecodeError::Version`]) from a damaged one.
//! * **Checksum**: CRC-32/ISO-HDLC (the CRC of Ethernet, zlib and PNG: polynomial `0x04C11DB7`, reflected, initial
//!   value and final XOR `0xFFFFFFFF`, check value `0xCBF43926`) over the payload, appended little-endian. A host
//!   tool can check it with any stock CRC-32, e.g. Python's `zlib.crc32`. It is computed bitwise (no lookup table),
//!   which saves 1 KiB of flash; frames are at most [`MAX_FRAME_LEN`] bytes, so this costs a few microseconds.
//! * **Framing**: Consistent Overhead Byte Stuffing removes every `0x00` from payload and checksum, so `0x00`
//!   marks the end of a frame and a receiver that joins mid-stream resynchronises at the next one. A lone `0x00`
//!   (an empty frame) is allowed between frames, e.g. to flush a receiver after a restart.
//!
//! Decoding checks, in this order: COBS structure, checksum, version, postcard payload. Every failure is a
//! [`DecodeError`]; nothing here panics on any input.

use crate::{Frame, Message, Sample, Status, PROTOCOL_VERSION};

/// Bytes of the checksum appended to the payload.
pub const CHECKSUM_LEN: usize = 4;

/// The CRC: CRC-32/ISO-HDLC, bitwise (see the module documentation).
const CRC32: crc::Crc<u32, crc::NoTable> = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

/// Worst-case postcard sizes of the pieces of a [`Frame`] (postcard writes `u8` as one byte, larger integers as
/// LEB128 varints with signed ones zig-zag encoded first, enum variants as a varint index, `Option` as a tag byte
/// and the value).
mod worst_case {
    /// A `u8`.
    pub const U8: usize = 1;
    /// A `u16` varint (16 bits in 7-bit groups).
    pub const U16: usize = 3;
    /// A `u32` or zig-zagged `i32` varint (32 bits in 7-bit groups).
    pub const U32: usize = 5;
    /// The variant index of an enum with fewer than 128 variants.
    pub const VARIANT: usize = 1;

    /// [`crate::Sample`]: channel, raw, mean, uptime.
    pub const SAMPLE: usize = U8 + U16 + U16 + U32;
    /// [`crate::Status`]: uptime, rate, four counters and the `Option<u32>` dropped frames, `Option<i32>`
    /// temperature, alarm and reset reason, and the load figures (`Option<u32>` CPU, `Option<u16>` wake-ups).
    pub const STATUS: usize =
        U32 + U16 + 3 * U32 + (1 + U32) + U32 + (1 + U32) + VARIANT + VARIANT + (1 + U32) + (1 + U16);
    /// The largest [`crate::Message`] payload after its variant index.
    pub const MESSAGE_BODY: usize = max(max(SAMPLE, STATUS), max(U32, VARIANT));
    /// A whole [`crate::Frame`]: version, sequence, message variant and body.
    pub const FRAME: usize = U8 + U32 + VARIANT + MESSAGE_BODY;

    /// `core::cmp::max` is not `const`.
    const fn max(a: usize, b: usize) -> usize {
        if a > b {
            a
        } else {
            b
        }
    }
}

/// The largest postcard payload of any [`Frame`] (59 bytes for protocol version 3, a `Status` message with every
/// counter at its maximum), derived field by field from postcard's varint sizes and checked by a test.
pub const MAX_PAYLOAD_LEN: usize = worst_case::FRAME;

/// Worst-case length of an encoded frame on the wire, including the terminating `0x00`: the payload and its
/// checksum, plus COBS overhead (one byte per started 254 bytes), plus the terminator. A test checks that the
/// largest frame encodes to exactly this length. Use it to size [`encode`] buffers and [`FrameReader`]s.
pub const MAX_FRAME_LEN: usize = cobs::max_encoding_length(MAX_PAYLOAD_LEN + CHECKSUM_LEN) + 1;

/// Why a frame could not be encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum EncodeError {
    /// The output buffer is shorter than the encoded frame; a buffer of [`MAX_FRAME_LEN`] bytes always suffices.
    BufferTooSmall,
    /// The frame did not fit [`MAX_PAYLOAD_LEN`] bytes. Cannot happen for the current message types (a test
    /// checks the bound); reported instead of panicking if the bound were ever wrong.
    Serialize,
    /// The frame's `version` is not [`PROTOCOL_VERSION`]: the encoder writes this version's layout only, and a
    /// frame decoded from an older sender (which keeps its sender's version) would come out under a version
    /// byte whose layout it does not have. Found by the `frame_body` fuzz target.
    Version,
}

/// Why received bytes are not a valid frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum DecodeError {
    /// No bytes before the terminator.
    Empty,
    /// More bytes arrived before a terminator than the [`FrameReader`] can hold; they were discarded up to and
    /// including the next `0x00`.
    TooLong,
    /// The bytes are not valid COBS: a length code points past the end of the frame, or a `0x00` appears
    /// before the end.
    Cobs,
    /// The decoded frame is shorter than a version byte and the checksum (a truncated frame).
    TooShort,
    /// The checksum does not match the payload: the frame was damaged or truncated on the way.
    Checksum,
    /// The checksum is right but the frame is from a protocol version this decoder does not read (it reads
    /// [`PROTOCOL_VERSION`] and versions 2 and 1).
    Version {
        /// The version byte the frame carries.
        found: u8,
    },
    /// The checksum and version are right but the payload is not a valid [`Frame`] of this version (unknown
    /// message variant, bad varint, missing or extra bytes). Points to a sender bug rather than line noise.
    Postcard,
}

/// Encodes `frame` into `out` as it goes on the wire, terminating `0x00` included, and returns how many bytes
/// were written.
///
/// The frame must carry [`PROTOCOL_VERSION`] (else [`EncodeError::Version`]): to pass on a frame decoded from a
/// version-1 sender, set its `version` to the current one, the layout it now has. A buffer of
/// [`MAX_FRAME_LEN`] bytes is always large enough; a smaller one gives [`EncodeError::BufferTooSmall`] if the
/// frame does not fit, with `out` partly overwritten.
pub fn encode(frame: &Frame, out: &mut [u8]) -> Result<usize, EncodeError> {
    if frame.version != PROTOCOL_VERSION {
        return Err(EncodeError::Version);
    }
    let mut raw = Payload::new();
    raw.frame(frame);
    let checksum = CRC32.checksum(raw.bytes()).to_le_bytes();
    checksum.iter().for_each(|&byte| raw.byte(byte));
    if raw.overflowed {
        return Err(EncodeError::Serialize);
    }
    let stuffed_len = cobs::try_encode(raw.bytes(), out).map_err(|_| EncodeError::BufferTooSmall)?;
    let terminator = out.get_mut(stuffed_len).ok_or(EncodeError::BufferTooSmall)?;
    *terminator = 0;
    Ok(stuffed_len + 1)
}

/// A frame's payload and checksum as they are built, in postcard's layout.
///
/// Written here rather than through `postcard::to_slice`, for the firmware's flash: postcard's varint encoder
/// slices its scratch buffer (`&mut out[..=i]`), which keeps a bounds-check panic and with it `core::fmt`'s
/// integer formatting in every image, and serde's generic serializer adds its own code; this writer, with a
/// test holding it to postcard's bytes for every message (`the_payload_is_postcards`), was 560 bytes smaller
/// on the LM3S6965EVB (`docs/costs.md`). Decoding stays with postcard. A field added to a message fails to
/// compile here until it is written, as every message is taken apart field by field.
struct Payload {
    buffer: [u8; MAX_PAYLOAD_LEN + CHECKSUM_LEN],
    len: usize,
    /// A byte did not fit: the bound [`MAX_PAYLOAD_LEN`] was wrong (a test says it is not).
    overflowed: bool,
}

impl Payload {
    fn new() -> Self {
        Payload { buffer: [0; MAX_PAYLOAD_LEN + CHECKSUM_LEN], len: 0, overflowed: false }
    }

    fn bytes(&self) -> &[u8] {
        self.buffer.get(..self.len).unwrap_or(&[])
    }

    fn byte(&mut self, byte: u8) {
        match self.buffer.get_mut(self.len) {
            Some(slot) => {
                *slot = byte;
                self.len += 1;
            }
            None => self.overflowed = true,
        }
    }

    /// An unsigned integer as postcard writes `u16` and `u32`: LEB128, seven bits a byte, low bits first.
    fn varint(&mut self, mut value: u32) {
        while value >= 0x80 {
            self.byte(value as u8 | 0x80);
            value >>= 7;
        }
        self.byte(value as u8);
    }

    /// An `i32` as postcard writes it: zig-zag (0, -1, 1, -2, ... to 0, 1, 2, 3, ...), then a varint.
    fn signed(&mut self, value: i32) {
        self.varint(((value << 1) ^ (value >> 31)) as u32);
    }

    /// An `Option` as postcard writes it: a tag byte, then the value when there is one.
    fn option<T>(&mut self, value: Option<T>, write: impl FnOnce(&mut Self, T)) {
        match value {
            None => self.byte(0),
            Some(value) => {
                self.byte(1);
                write(self, value);
            }
        }
    }

    fn frame(&mut self, frame: &Frame) {
        let Frame { version, sequence, message } = *frame;
        self.byte(version);
        self.varint(sequence);
        // An enum is its variant's index, in declaration order, then the variant's fields.
        match message {
            Message::Sample(Sample { channel, raw, mean, uptime_ms }) => {
                self.varint(0);
                self.byte(channel);
                self.varint(raw.into());
                self.varint(mean.into());
                self.varint(uptime_ms);
            }
            Message::Temperature { millicelsius } => {
                self.varint(1);
                self.signed(millicelsius);
            }
            Message::SensorError(fault) => {
                self.varint(2);
                self.varint(fault as u32);
            }
            Message::AlarmChanged(alarm) => {
                self.varint(3);
                self.varint(alarm as u32);
            }
            Message::Status(status) => {
                self.varint(4);
                self.status(status);
            }
        }
    }

    fn status(&mut self, status: Status) {
        let Status {
            uptime_ms,
            rate_hz,
            samples,
            dropped_samples,
            dropped_bytes,
            dropped_frames,
            sensor_errors,
            temperature_mc,
            alarm,
            reset_reason,
            cpu_ppm,
            wakeups_per_s,
        } = status;
        self.varint(uptime_ms);
        self.varint(rate_hz.into());
        for counter in [samples, dropped_samples, dropped_bytes] {
            self.varint(counter);
        }
        self.option(dropped_frames, Self::varint);
        self.varint(sensor_errors);
        self.option(temperature_mc, Self::signed);
        self.varint(alarm as u32);
        self.varint(reset_reason as u32);
        self.option(cpu_ppm, Self::varint);
        self.option(wakeups_per_s, |payload, wakeups| payload.varint(wakeups.into()));
    }
}

/// Decodes one frame's bytes as they came off the wire, with or without the terminating `0x00`.
///
/// The buffer is decoded in place (its contents are garbage afterwards). Any `0x00` other than a final one
/// makes the frame invalid ([`DecodeError::Cobs`]): to split a byte stream into frames use [`FrameReader`].
pub fn decode(frame_bytes: &mut [u8]) -> Result<Frame, DecodeError> {
    let stuffed_len = match frame_bytes.last() {
        Some(0) => frame_bytes.len() - 1,
        _ => frame_bytes.len(),
    };
    let stuffed = &mut frame_bytes[..stuffed_len];
    if stuffed.is_empty() {
        return Err(DecodeError::Empty);
    }
    if stuffed.contains(&0) {
        return Err(DecodeError::Cobs);
    }
    let raw_len = cobs::decode_in_place(stuffed).map_err(|_| DecodeError::Cobs)?;
    let raw = &stuffed[..raw_len];
    if raw_len < 1 + CHECKSUM_LEN {
        return Err(DecodeError::TooShort);
    }

    let (payload, checksum) = raw.split_at(raw_len - CHECKSUM_LEN);
    let mut received = [0u8; CHECKSUM_LEN];
    received.copy_from_slice(checksum);
    if CRC32.checksum(payload) != u32::from_le_bytes(received) {
        return Err(DecodeError::Checksum);
    }

    // Trailing bytes after a complete frame are as malformed as missing ones.
    match payload[0] {
        PROTOCOL_VERSION => match postcard::take_from_bytes::<Frame>(payload) {
            Ok((frame, [])) => Ok(frame),
            Ok((_, _)) | Err(_) => Err(DecodeError::Postcard),
        },
        2 => match postcard::take_from_bytes::<crate::v2::Frame>(payload) {
            Ok((frame, [])) => Ok(frame.into()),
            Ok((_, _)) | Err(_) => Err(DecodeError::Postcard),
        },
        1 => match postcard::take_from_bytes::<crate::v1::Frame>(payload) {
            Ok((frame, [])) => Ok(frame.into()),
            Ok((_, _)) | Err(_) => Err(DecodeError::Postcard),
        },
        found => Err(DecodeError::Version { found }),
    }
}

/// Splits a received byte stream into frames and decodes them, one byte at a time (e.g. from a UART interrupt
/// or a host serial port).
///
/// Bytes are buffered until a `0x00`, which ends the frame; the buffered bytes are then decoded with [`decode`].
/// `N` is the longest frame (without its terminator) the reader holds; `FrameReader<MAX_FRAME_LEN>` holds every
/// frame of this protocol version. Every non-empty frame gives exactly one result when its `0x00` arrives, so
/// damaged frames are counted, not silently dropped; a frame longer than `N` gives [`DecodeError::TooLong`] then,
/// and the reader is back in step with the sender from the next byte on.
#[derive(Debug, Clone)]
pub struct FrameReader<const N: usize> {
    /// Bytes of the current frame received so far.
    buffer: [u8; N],
    /// How many bytes of `buffer` are in use.
    len: usize,
    /// The current frame outgrew `buffer`; its bytes are being discarded up to the next `0x00`.
    overflowed: bool,
}

impl<const N: usize> FrameReader<N> {
    /// An empty reader, expecting the first byte of a frame.
    pub const fn new() -> Self {
        Self { buffer: [0; N], len: 0, overflowed: false }
    }

    /// Takes the next received byte. Returns `None` while a frame is incomplete (and for a `0x00` with no frame
    /// before it), and the decoded frame or the reason it is invalid when a `0x00` ends a frame.
    pub fn push(&mut self, byte: u8) -> Option<Result<Frame, DecodeError>> {
        if byte != 0 {
            match self.buffer.get_mut(self.len) {
                Some(slot) if !self.overflowed => {
                    *slot = byte;
                    self.len += 1;
                }
                _ => self.overflowed = true,
            }
            return None;
        }

        let result = if self.overflowed {
            Some(Err(DecodeError::TooLong))
        } else if self.len == 0 {
            None
        } else {
            Some(decode(&mut self.buffer[..self.len]))
        };
        self.reset();
        result
    }

    /// Forgets any partly received frame, e.g. after a receive error on the line. The next byte starts a frame.
    pub fn reset(&mut self) {
        self.len = 0;
        self.overflowed = false;
    }

    /// How many bytes of an unfinished frame are buffered.
    pub fn buffered(&self) -> usize {
        self.len
    }
}

impl<const N: usize> Default for FrameReader<N> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each worst-case size is what postcard writes for the largest value of that piece, so buffers sized from them
    /// hold every frame and waste nothing.
    #[test]
    fn worst_case_sizes_are_the_encoded_sizes_of_maximal_values() {
        let mut buffer = [0u8; 64];
        assert_eq!(postcard::to_slice(&u8::MAX, &mut buffer).unwrap().len(), worst_case::U8);
        assert_eq!(postcard::to_slice(&u16::MAX, &mut buffer).unwrap().len(), worst_case::U16);
        assert_eq!(postcard::to_slice(&u32::MAX, &mut buffer).unwrap().len(), worst_case::U32);
        assert_eq!(postcard::to_slice(&i32::MIN, &mut buffer).unwrap().len(), worst_case::U32);
        let sample = crate::Sample { channel: u8::MAX, raw: u16::MAX, mean: u16::MAX, uptime_ms: u32::MAX };
        assert_eq!(postcard::to_slice(&sample, &mut buffer).unwrap().len(), worst_case::SAMPLE);
        let status = tests_status_at_maximum();
        assert_eq!(postcard::to_slice(&status, &mut buffer).unwrap().len(), worst_case::STATUS);
        assert_eq!(worst_case::MESSAGE_BODY, worst_case::STATUS, "the status is the largest message");
        assert_eq!(worst_case::FRAME, 1 + worst_case::U32 + 1 + worst_case::STATUS);
    }

    fn tests_status_at_maximum() -> crate::Status {
        crate::Status {
            uptime_ms: u32::MAX,
            rate_hz: u16::MAX,
            samples: u32::MAX,
            dropped_samples: u32::MAX,
            dropped_bytes: u32::MAX,
            dropped_frames: Some(u32::MAX),
            sensor_errors: u32::MAX,
            temperature_mc: Some(i32::MIN),
            alarm: crate::Alarm::High,
            reset_reason: crate::ResetReason::Fault,
            cpu_ppm: Some(u32::MAX),
            wakeups_per_s: Some(u16::MAX),
        }
    }

    /// A frame too short to hold a version byte and its checksum is an error, not an index out of range: four
    /// bytes (a checksum alone) are too short; five (one payload byte and its checksum) pass the length check and
    /// the checksum, and fail as an incomplete message.
    #[test]
    fn a_checksum_alone_is_too_short_and_one_byte_more_is_a_message() {
        let mut wire = [0u8; 16];
        let length = cobs::encode(&[1, 2, 3, 4], &mut wire);
        assert_eq!(decode(&mut wire[..length]), Err(DecodeError::TooShort));
        let mut raw = [PROTOCOL_VERSION, 0, 0, 0, 0];
        let checksum = CRC32.checksum(&raw[..1]).to_le_bytes();
        raw[1..].copy_from_slice(&checksum);
        let length = cobs::encode(&raw, &mut wire);
        assert_eq!(decode(&mut wire[..length]), Err(DecodeError::Postcard));
    }
    use crate::{Alarm, Message, ResetReason, Sample, SensorFault, Status};
    use proptest::prelude::*;

    fn frame(sequence: u32, message: Message) -> Frame {
        Frame { version: PROTOCOL_VERSION, sequence, message }
    }

    fn status(fill: u32, temperature_mc: Option<i32>) -> Status {
        Status {
            uptime_ms: fill,
            rate_hz: fill as u16,
            samples: fill,
            dropped_samples: fill,
            dropped_bytes: fill,
            dropped_frames: Some(fill),
            sensor_errors: fill,
            temperature_mc,
            alarm: Alarm::High,
            reset_reason: ResetReason::Watchdog,
            cpu_ppm: Some(fill),
            wakeups_per_s: Some(fill as u16),
        }
    }

    /// One frame of every message variant, with small, large and extreme values.
    fn examples() -> Vec<Frame> {
        let mut frames = vec![
            frame(0, Message::Sample(Sample { channel: 0, raw: 517, mean: 515, uptime_ms: 12_345 })),
            frame(u32::MAX, Message::Sample(Sample { channel: u8::MAX, raw: u16::MAX, mean: 0, uptime_ms: u32::MAX })),
            frame(1, Message::Temperature { millicelsius: 21_500 }),
            frame(2, Message::Temperature { millicelsius: -55_000 }),
            frame(3, Message::Temperature { millicelsius: i32::MIN }),
            frame(4, Message::Temperature { millicelsius: i32::MAX }),
            frame(5, Message::Status(status(0, None))),
            frame(6, Message::Status(status(1000, Some(-1)))),
            frame(7, Message::Status(status(u32::MAX, Some(i32::MIN)))),
        ];
        for fault in [SensorFault::NoDevice, SensorFault::Bus, SensorFault::BadData] {
            frames.push(frame(8, Message::SensorError(fault)));
        }
        for alarm in [Alarm::Off, Alarm::High, Alarm::Low] {
            frames.push(frame(9, Message::AlarmChanged(alarm)));
        }
        for reason in
            [ResetReason::PowerOn, ResetReason::Software, ResetReason::Watchdog, ResetReason::Panic, ResetReason::Fault]
        {
            let mut s = status(10, Some(25_000));
            s.reset_reason = reason;
            s.alarm = Alarm::Low;
            frames.push(frame(10, Message::Status(s)));
        }
        frames
    }

    fn encoded(frame: &Frame) -> Vec<u8> {
        let mut out = [0u8; MAX_FRAME_LEN];
        let len = encode(frame, &mut out).expect("MAX_FRAME_LEN fits every frame");
        out[..len].to_vec()
    }

    /// COBS-frames arbitrary payload bytes with a correct checksum, for payloads `encode` would never produce.
    fn frame_raw_payload(payload: &[u8]) -> Vec<u8> {
        let mut raw = payload.to_vec();
        raw.extend_from_slice(&CRC32.checksum(payload).to_le_bytes());
        let mut out = vec![0u8; cobs::max_encoding_length(raw.len()) + 1];
        let len = cobs::encode(&raw, &mut out);
        out.truncate(len);
        out.push(0);
        out
    }

    #[test]
    fn every_variant_round_trips_with_and_without_terminator() {
        for original in examples() {
            let bytes = encoded(&original);
            assert_eq!(bytes.last(), Some(&0));
            assert!(!bytes[..bytes.len() - 1].contains(&0), "only the terminator is zero: {bytes:02x?}");
            assert_eq!(decode(&mut bytes.clone()), Ok(original));
            assert_eq!(decode(&mut bytes[..bytes.len() - 1].to_vec()), Ok(original));
        }
    }

    #[test]
    fn known_bytes_for_a_temperature_frame() {
        // Payload 03 07 01 f8 cf 02: version 3, sequence 7, variant 1 (Temperature), zig-zag varint of 21500.
        // CRC-32/ISO-HDLC of it is 0x2471e0bd (as zlib.crc32 computes it), appended little-endian, then COBS.
        let original = frame(7, Message::Temperature { millicelsius: 21_500 });
        assert_eq!(decode(&mut encoded(&original)), Ok(original));
        let bytes = encoded(&original);
        assert_eq!(bytes, [0x0b, 0x03, 0x07, 0x01, 0xf8, 0xcf, 0x02, 0xbd, 0xe0, 0x71, 0x24, 0x00]);
        // The same message from a version-1 or -2 sender (laid out the same) decodes, keeping its version.
        for version in [1, 2] {
            let mut old = frame_raw_payload(&[version, 0x07, 0x01, 0xf8, 0xcf, 0x02]);
            assert_eq!(decode(&mut old), Ok(Frame { version, ..original }));
        }
    }

    /// A frame of an older version, checksummed and framed as its sender did.
    fn frame_old<T: serde::Serialize>(old: &T) -> Vec<u8> {
        let mut payload = [0u8; MAX_PAYLOAD_LEN];
        let length = postcard::to_slice(old, &mut payload).unwrap().len();
        frame_raw_payload(&payload[..length])
    }

    /// A version-2 status (every field but the dropped frames) decodes with the dropped frames unknown.
    #[test]
    fn a_version_2_status_is_read_without_the_dropped_frames() {
        let old = crate::v2::Frame {
            version: 2,
            sequence: 7,
            message: crate::v2::Message::Status(crate::v2::Status {
                uptime_ms: 2_000,
                rate_hz: 100,
                samples: 200,
                dropped_samples: 3,
                dropped_bytes: 4,
                sensor_errors: 5,
                temperature_mc: None,
                alarm: Alarm::High,
                reset_reason: ResetReason::Watchdog,
                cpu_ppm: Some(1_234),
                wakeups_per_s: Some(17),
            }),
        };
        let decoded = decode(&mut frame_old(&old)).unwrap();
        let Message::Status(status) = decoded.message else { panic!("{decoded:?}") };
        assert_eq!((decoded.version, decoded.sequence, status.dropped_bytes, status.sensor_errors), (2, 7, 4, 5));
        assert_eq!((status.dropped_frames, status.cpu_ppm, status.wakeups_per_s), (None, Some(1_234), Some(17)));
        // The other messages are laid out as in version 3.
        let old = crate::v2::Frame { version: 2, sequence: 8, message: crate::v2::Message::AlarmChanged(Alarm::Low) };
        assert_eq!(
            decode(&mut frame_old(&old)),
            Ok(Frame { version: 2, sequence: 8, message: Message::AlarmChanged(Alarm::Low) })
        );
        // A version-2 byte before a version-3 status is a malformed frame, not a misread one.
        let mut current = encoded(&frame(1, Message::Status(status_with_frames())));
        let mut raw = [0u8; MAX_FRAME_LEN];
        let length = cobs::decode(&current[..current.len() - 1], &mut raw).unwrap();
        raw[0] = 2;
        current = frame_raw_payload(&raw[..length - CHECKSUM_LEN]);
        assert_eq!(decode(&mut current), Err(DecodeError::Postcard));
    }

    fn status_with_frames() -> Status {
        Status { dropped_frames: Some(300), ..status(1, Some(20_000)) }
    }

    #[test]
    fn a_version_1_status_is_read_without_the_load_figures() {
        let old = crate::v1::Frame {
            version: 1,
            sequence: 9,
            message: crate::v1::Message::Status(crate::v1::Status {
                uptime_ms: 12_345,
                rate_hz: 10,
                samples: 120,
                dropped_samples: 0,
                dropped_bytes: 1,
                sensor_errors: 2,
                temperature_mc: Some(21_500),
                alarm: Alarm::Off,
                reset_reason: ResetReason::PowerOn,
            }),
        };
        let mut payload = [0u8; MAX_PAYLOAD_LEN + CHECKSUM_LEN];
        let length = postcard::to_slice(&old, &mut payload).unwrap().len();
        let checksum = CRC32.checksum(&payload[..length]).to_le_bytes();
        payload[length..length + CHECKSUM_LEN].copy_from_slice(&checksum);
        let mut wire = vec![0u8; MAX_FRAME_LEN];
        let stuffed = cobs::encode(&payload[..length + CHECKSUM_LEN], &mut wire);
        wire.truncate(stuffed);
        let frame = decode(&mut wire).unwrap();
        let Message::Status(status) = frame.message else { panic!("{frame:?}") };
        assert_eq!((frame.version, frame.sequence, status.samples, status.temperature_mc), (1, 9, 120, Some(21_500)));
        assert_eq!((status.cpu_ppm, status.wakeups_per_s), (None, None));
        // It keeps its sender's version, so it cannot be re-encoded as it is (the v2 layout under a v1 byte
        // would not decode: the fuzz target `frame_body` found that); as a current frame it round-trips.
        let mut buffer = [0u8; MAX_FRAME_LEN];
        assert_eq!(encode(&frame, &mut buffer), Err(EncodeError::Version));
        let current = Frame { version: PROTOCOL_VERSION, ..frame };
        let length = encode(&current, &mut buffer).unwrap();
        assert_eq!(decode(&mut buffer[..length]), Ok(current));
    }

    #[test]
    fn crc_is_the_standard_crc32() {
        assert_eq!(CRC32.checksum(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn max_frame_len_is_the_encoded_length_of_the_largest_frame() {
        let largest = frame(u32::MAX, Message::Status(status(u32::MAX, Some(i32::MIN))));
        let mut payload = [0u8; 64];
        assert_eq!(postcard::to_slice(&largest, &mut payload).unwrap().len(), MAX_PAYLOAD_LEN);
        assert_eq!(MAX_PAYLOAD_LEN, 59);
        assert_eq!(encoded(&largest).len(), MAX_FRAME_LEN);
        for example in examples() {
            assert!(encoded(&example).len() <= MAX_FRAME_LEN);
        }
    }

    #[test]
    fn a_short_buffer_is_an_error_not_a_panic() {
        for original in examples() {
            let needed = encoded(&original).len();
            for size in 0..needed {
                let mut out = vec![0u8; size];
                assert_eq!(encode(&original, &mut out), Err(EncodeError::BufferTooSmall), "{size}-byte buffer");
            }
            let mut exact = vec![0u8; needed];
            assert_eq!(encode(&original, &mut exact), Ok(needed));
        }
    }

    #[test]
    fn every_flipped_bit_is_detected() {
        for original in examples() {
            let bytes = encoded(&original);
            for index in 0..bytes.len() {
                for bit in 0..8 {
                    let mut damaged = bytes.clone();
                    damaged[index] ^= 1 << bit;
                    let result = decode(&mut damaged.clone());
                    assert!(
                        matches!(result, Err(DecodeError::Checksum | DecodeError::Cobs)),
                        "byte {index} bit {bit} of {bytes:02x?}: {result:?}"
                    );
                    let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
                    damaged.push(0);
                    for byte in damaged {
                        assert!(!matches!(reader.push(byte), Some(Ok(_))));
                    }
                }
            }
        }
    }

    #[test]
    fn another_version_is_reported_as_such() {
        for version in [0, 4, 0xff] {
            // `encode` writes the current version only; the bytes another sender would send, by hand.
            let other = Frame { version, ..frame(1, Message::AlarmChanged(Alarm::High)) };
            let mut payload = [0u8; MAX_PAYLOAD_LEN];
            let length = postcard::to_slice(&other, &mut payload).unwrap().len();
            let mut bytes = frame_raw_payload(&payload[..length]);
            assert_eq!(decode(&mut bytes), Err(DecodeError::Version { found: version }));
        }
    }

    #[test]
    fn truncated_frames_are_errors() {
        for original in examples() {
            let bytes = encoded(&original);
            let stuffed = &bytes[..bytes.len() - 1];
            assert_eq!(decode(&mut []), Err(DecodeError::Empty));
            assert_eq!(decode(&mut [0]), Err(DecodeError::Empty));
            for len in 1..stuffed.len() {
                let result = decode(&mut stuffed[..len].to_vec());
                assert!(
                    matches!(result, Err(DecodeError::Cobs | DecodeError::TooShort | DecodeError::Checksum)),
                    "first {len} bytes of {bytes:02x?}: {result:?}"
                );
                // Same when the sender stops mid-frame and starts over: the reader sees a short frame.
                let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
                let results: Vec<_> = stuffed[..len].iter().chain(&[0]).filter_map(|&byte| reader.push(byte)).collect();
                assert_eq!(results.len(), 1);
                assert!(results[0].is_err());
            }
        }
    }

    #[test]
    fn a_checksummed_but_malformed_payload_is_a_postcard_error() {
        // Version 1, sequence 0, message variant 5 (there are five, 0..=4).
        let mut unknown_variant = frame_raw_payload(&[PROTOCOL_VERSION, 0, 5, 0]);
        assert_eq!(decode(&mut unknown_variant), Err(DecodeError::Postcard));
        // A valid frame followed by an extra byte.
        let mut payload = [0u8; MAX_PAYLOAD_LEN];
        let len = postcard::to_slice(&frame(3, Message::AlarmChanged(Alarm::Off)), &mut payload).unwrap().len();
        let mut trailing = payload[..len].to_vec();
        trailing.push(0x2a);
        assert_eq!(decode(&mut frame_raw_payload(&trailing)), Err(DecodeError::Postcard));
        // A frame cut short before the checksum was computed.
        assert_eq!(decode(&mut frame_raw_payload(&payload[..len - 1])), Err(DecodeError::Postcard));
        // Just a version byte.
        assert_eq!(decode(&mut frame_raw_payload(&[PROTOCOL_VERSION])), Err(DecodeError::Postcard));
    }

    #[test]
    fn too_short_and_misplaced_zero() {
        assert_eq!(decode(&mut [0x03, 0x01, 0x02]), Err(DecodeError::TooShort));
        let mut bytes = encoded(&frame(1, Message::Temperature { millicelsius: 1 }));
        bytes[3] = 0;
        assert_eq!(decode(&mut bytes), Err(DecodeError::Cobs));
    }

    #[test]
    fn reader_splits_a_stream_and_skips_empty_frames() {
        let frames = examples();
        let mut stream = vec![0, 0];
        for f in &frames {
            stream.extend(encoded(f));
            stream.push(0);
        }
        let mut reader = FrameReader::<MAX_FRAME_LEN>::default();
        let decoded: Vec<_> = stream.iter().filter_map(|&b| reader.push(b)).collect();
        assert_eq!(decoded, frames.into_iter().map(Ok).collect::<Vec<_>>());
        assert_eq!(reader.buffered(), 0);
    }

    #[test]
    fn reader_resynchronises_after_joining_mid_frame() {
        let first = encoded(&frame(1, Message::Temperature { millicelsius: 20_000 }));
        let second = frame(2, Message::AlarmChanged(Alarm::Low));
        let mut stream = first[4..].to_vec();
        stream.extend(encoded(&second));
        let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
        let results: Vec<_> = stream.iter().filter_map(|&b| reader.push(b)).collect();
        assert_eq!(results.len(), 2);
        assert!(results[0].is_err());
        assert_eq!(results[1], Ok(second));
    }

    #[test]
    fn reader_reports_over_long_input_once_and_recovers() {
        let good = frame(5, Message::SensorError(SensorFault::NoDevice));
        let mut reader = FrameReader::<16>::new();
        let mut results = Vec::new();
        for _ in 0..100 {
            results.extend(reader.push(0x55));
        }
        assert!(results.is_empty());
        results.extend(reader.push(0));
        assert_eq!(results, [Err(DecodeError::TooLong)]);
        let decoded: Vec<_> = encoded(&good).iter().filter_map(|&b| reader.push(b)).collect();
        assert_eq!(decoded, [Ok(good)]);
    }

    #[test]
    fn reader_holds_exactly_n_bytes() {
        // Payload 01 01 01 00 and a 4-byte CRC: 8 bytes, 9 after COBS, plus the terminator.
        let f = frame(1, Message::Temperature { millicelsius: 0 });
        let bytes = encoded(&f);
        assert_eq!(bytes.len(), 9 + 1);
        let mut fits = FrameReader::<9>::new();
        let decoded: Vec<_> = bytes.iter().filter_map(|&b| fits.push(b)).collect();
        assert_eq!(decoded, [Ok(f)]);
        let mut short = FrameReader::<8>::new();
        let decoded: Vec<_> = bytes.iter().filter_map(|&b| short.push(b)).collect();
        assert_eq!(decoded, [Err(DecodeError::TooLong)]);
    }

    #[test]
    fn reset_drops_a_partial_frame() {
        let f = frame(9, Message::AlarmChanged(Alarm::Off));
        let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
        for &b in &encoded(&f)[..5] {
            assert_eq!(reader.push(b), None);
        }
        assert_eq!(reader.buffered(), 5);
        reader.reset();
        let decoded: Vec<_> = encoded(&f).iter().filter_map(|&b| reader.push(b)).collect();
        assert_eq!(decoded, [Ok(f)]);
    }

    fn any_alarm() -> impl Strategy<Value = Alarm> {
        prop_oneof![Just(Alarm::Off), Just(Alarm::High), Just(Alarm::Low)]
    }

    fn any_reset_reason() -> impl Strategy<Value = ResetReason> {
        prop_oneof![
            Just(ResetReason::PowerOn),
            Just(ResetReason::Software),
            Just(ResetReason::Watchdog),
            Just(ResetReason::Panic),
            Just(ResetReason::Fault),
        ]
    }

    fn any_status() -> impl Strategy<Value = Status> {
        (
            (any::<u32>(), any::<u16>(), any::<u32>(), any::<u32>(), any::<u32>(), any::<Option<u32>>()),
            (
                any::<u32>(),
                any::<Option<i32>>(),
                any_alarm(),
                any_reset_reason(),
                any::<Option<u32>>(),
                any::<Option<u16>>(),
            ),
        )
            .prop_map(
                |(
                    (uptime_ms, rate_hz, samples, dropped_samples, dropped_bytes, dropped_frames),
                    (sensor_errors, temperature_mc, alarm, reset_reason, cpu_ppm, wakeups_per_s),
                )| Status {
                    uptime_ms,
                    rate_hz,
                    samples,
                    dropped_samples,
                    dropped_bytes,
                    dropped_frames,
                    sensor_errors,
                    temperature_mc,
                    alarm,
                    reset_reason,
                    cpu_ppm,
                    wakeups_per_s,
                },
            )
    }

    fn any_message() -> impl Strategy<Value = Message> {
        prop_oneof![
            (any::<u8>(), any::<u16>(), any::<u16>(), any::<u32>())
                .prop_map(|(channel, raw, mean, uptime_ms)| Message::Sample(Sample { channel, raw, mean, uptime_ms })),
            any::<i32>().prop_map(|millicelsius| Message::Temperature { millicelsius }),
            prop_oneof![Just(SensorFault::NoDevice), Just(SensorFault::Bus), Just(SensorFault::BadData)]
                .prop_map(Message::SensorError),
            any_alarm().prop_map(Message::AlarmChanged),
            any_status().prop_map(Message::Status),
        ]
    }

    fn any_frame() -> impl Strategy<Value = Frame> {
        (any::<u32>(), any_message()).prop_map(|(sequence, message)| frame(sequence, message))
    }

    /// The payload writer's bytes, for `frame`, before the checksum.
    fn written(frame: &Frame) -> Vec<u8> {
        let mut payload = Payload::new();
        payload.frame(frame);
        assert!(!payload.overflowed);
        payload.bytes().to_vec()
    }

    /// The firmware's payload writer writes postcard's bytes: for every example, the largest status, and the
    /// extremes of each integer (where varints change length and zig-zag wraps).
    #[test]
    fn the_payload_is_postcards_for_the_examples_and_the_extremes() {
        let mut buffer = [0u8; MAX_PAYLOAD_LEN];
        let mut frames = examples();
        frames.push(frame(u32::MAX, Message::Status(tests_status_at_maximum())));
        for millicelsius in [0, -1, 1, 63, -64, 64, -65, 8191, -8192, i32::MAX, i32::MIN] {
            frames.push(frame(127, Message::Temperature { millicelsius }));
        }
        for value in [0, 127, 128, 16_383, 16_384, u32::MAX] {
            let sample = Sample { channel: value as u8, raw: value as u16, mean: value as u16, uptime_ms: value };
            frames.push(frame(value, Message::Sample(sample)));
        }
        for original in frames {
            let expected = postcard::to_slice(&original, &mut buffer).unwrap().to_vec();
            assert_eq!(written(&original), expected, "{original:?}");
        }
    }

    proptest! {
        /// The same for any frame.
        #[test]
        fn the_payload_is_postcards(original in any_frame()) {
            let mut buffer = [0u8; MAX_PAYLOAD_LEN];
            prop_assert_eq!(written(&original), postcard::to_slice(&original, &mut buffer).unwrap().to_vec());
        }

        #[test]
        fn random_frames_round_trip(original in any_frame()) {
            let bytes = encoded(&original);
            prop_assert!(bytes.len() <= MAX_FRAME_LEN);
            prop_assert!(!bytes[..bytes.len() - 1].contains(&0));
            prop_assert_eq!(decode(&mut bytes.clone()), Ok(original));
            let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
            let decoded: Vec<_> = bytes.iter().filter_map(|&b| reader.push(b)).collect();
            prop_assert_eq!(decoded, vec![Ok(original)]);
        }

        #[test]
        fn random_bit_flips_are_detected(original in any_frame(), position in any::<prop::sample::Index>(), bit in 0..8u8) {
            let mut bytes = encoded(&original);
            let index = position.index(bytes.len());
            bytes[index] ^= 1 << bit;
            let result = decode(&mut bytes);
            prop_assert!(matches!(result, Err(DecodeError::Checksum | DecodeError::Cobs)), "{:?}", result);
        }

        #[test]
        fn random_streams_never_panic_and_give_one_result_per_frame(
            stream in prop::collection::vec(prop_oneof![3 => any::<u8>(), 1 => Just(0u8)], 0..600)
        ) {
            let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
            let results = stream.iter().filter_map(|&b| reader.push(b)).count();
            let frames = stream.split(|&b| b == 0).filter(|chunk| !chunk.is_empty()).count()
                - usize::from(stream.last().is_some_and(|&b| b != 0));
            prop_assert_eq!(results, frames);
        }

        #[test]
        fn random_bytes_never_panic_decode(mut bytes in prop::collection::vec(any::<u8>(), 0..80)) {
            let _ = decode(&mut bytes);
        }

        #[test]
        fn frames_survive_garbage_between_them(
            frames in prop::collection::vec(any_frame(), 1..5),
            garbage in prop::collection::vec(prop::collection::vec(1..=255u8, 0..70), 5),
        ) {
            let mut stream = Vec::new();
            for (f, junk) in frames.iter().zip(&garbage) {
                stream.extend(junk);
                stream.push(0);
                stream.extend(encoded(f));
            }
            let mut reader = FrameReader::<MAX_FRAME_LEN>::new();
            let decoded: Vec<Frame> = stream.iter().filter_map(|&b| reader.push(b)).filter_map(Result::ok).collect();
            prop_assert_eq!(decoded, frames);
        }
    }
}
