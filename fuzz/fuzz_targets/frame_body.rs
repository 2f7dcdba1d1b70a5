//! Arbitrary message bodies behind a valid checksum: random bytes almost never pass the frame's CRC-32, so
//! `frame_decoder` rarely gets past it. Here the input is the payload itself (its first byte steered to a
//! protocol version the decoder knows, 1 or 2), sealed the way a sender seals it (CRC-32/ISO-HDLC appended
//! little-endian, COBS, `0x00`), so every run reaches postcard's decoding of the message. Errors are fine,
//! panics are not; what decodes must re-encode to a frame that decodes to the same value.
#![no_main]

use keel_proto::codec::{self, FrameReader};
use libfuzzer_sys::fuzz_target;

const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

fuzz_target!(|body: &[u8]| {
    let Some((&first, rest)) = body.split_first() else { return };
    let mut payload = Vec::with_capacity(body.len() + 4);
    payload.push(1 + (first & 1));
    payload.extend_from_slice(rest);
    payload.extend_from_slice(&CRC32.checksum(&payload).to_le_bytes());
    let mut wire = cobs::encode_vec(&payload);
    wire.push(0);

    let mut reader = FrameReader::<{ codec::MAX_FRAME_LEN }>::default();
    let mut streamed = None;
    for &byte in &wire {
        if let Some(result) = reader.push(byte) {
            streamed = Some(result);
        }
    }
    let whole = codec::decode(&mut wire.clone());
    let streamed = streamed.expect("a terminated, non-empty frame gives a result");
    if wire.len() - 1 > codec::MAX_FRAME_LEN {
        // Longer than any frame of the protocol: the reader does not buffer it (the one-shot decoder, given
        // all of it, rejects it for what it contains).
        assert_eq!(streamed, Err(codec::DecodeError::TooLong));
        assert!(whole.is_err(), "a frame longer than MAX_FRAME_LEN decoded: {whole:?}");
    } else {
        assert_eq!(streamed, whole, "the stream reader and the one-shot decoder agree");
    }
    if let Ok(frame) = whole {
        // A frame from a version-1 sender keeps that version, and the encoder refuses it (it writes the current
        // layout only); restamped as a current frame it must round-trip like any other.
        let mut buffer = [0u8; codec::MAX_FRAME_LEN];
        if frame.version != keel_proto::PROTOCOL_VERSION {
            assert_eq!(codec::encode(&frame, &mut buffer), Err(codec::EncodeError::Version));
        }
        let current = keel_proto::Frame { version: keel_proto::PROTOCOL_VERSION, ..frame };
        let length = codec::encode(&current, &mut buffer).expect("a decoded frame re-encodes");
        assert_eq!(codec::decode(&mut buffer[..length]), Ok(current));
    }
});
