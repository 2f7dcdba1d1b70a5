//! Arbitrary bytes into the telemetry decoder: errors are fine, panics are not; whatever decodes must
//! encode back to a frame that decodes to the same value.
#![no_main]

use keel_proto::codec::{self, FrameReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut reader = FrameReader::<{ codec::MAX_FRAME_LEN }>::default();
    for &byte in bytes {
        if let Some(Ok(frame)) = reader.push(byte) {
            // Restamped as a current frame (one from a version-1 sender keeps its version, which the encoder
            // refuses: see `frame_body`).
            let current = keel_proto::Frame { version: keel_proto::PROTOCOL_VERSION, ..frame };
            let mut buffer = [0u8; codec::MAX_FRAME_LEN];
            let length = codec::encode(&current, &mut buffer).expect("a decoded frame re-encodes");
            assert_eq!(codec::decode(&mut buffer[..length]), Ok(current));
        }
    }
    let mut copy = bytes.to_vec();
    let _ = codec::decode(&mut copy);
});
