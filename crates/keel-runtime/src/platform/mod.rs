//! What needs the chip: the only module of the runtime with `unsafe`, each block with its `// SAFETY:` reason.
//!
//! * [`noinit`]: the reset record in RAM that start-up does not zero.
//! * [`cortex_m`]: start-up, stack painting, the panic and HardFault handlers, and the defmt transports for
//!   Arm cores.
//! * [`DefmtFrames`]: telemetry for boards with one serial port, carried in the defmt stream.

#![allow(unsafe_code)]

#[cfg(target_arch = "arm")]
pub mod cortex_m;
pub mod noinit;

use crate::board::FrameSink;

/// Telemetry for a board whose only serial port is the console: each encoded frame travels in the defmt
/// stream (semihosting in the emulator, RTT on a board) as one `keel-telemetry` message that the host
/// decodes back into the frame (`keel-bench`, `cargo xtask run`). It is not subject to the `log` level:
/// `log off` silences the log, not the telemetry.
pub struct DefmtFrames;

/// The text every telemetry message in the defmt stream starts with; the host looks for it.
pub const DEFMT_FRAME_TAG: &str = "keel-telemetry";

impl FrameSink for DefmtFrames {
    fn send(&mut self, frame: &[u8]) {
        defmt::println!("keel-telemetry {=[u8]:x}", frame);
    }
}

/// Puts the board's uptime (an expression giving milliseconds as a `u32`) in every defmt log line:
/// `keel_runtime::defmt_uptime!(clock::now_ms());`.
#[macro_export]
macro_rules! defmt_uptime {
    ($now:expr) => {
        $crate::__private::defmt::timestamp!("{=u32:ms}", $now);
    };
}
