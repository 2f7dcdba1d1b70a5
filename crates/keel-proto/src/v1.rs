//! Protocol version 1, frozen: what a node running older firmware sends. The decoder reads these frames and
//! converts them to the current types, so a new host tool still reads an old node ([`crate::codec::decode`]).
//! Only `Status` changed in versions 2 and 3 (it gained the load figures, then the dropped frames, which a version-1
//! frame lacks).

use serde::{Deserialize, Serialize};

use crate::{Alarm, ResetReason};

/// Version 1's periodic summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    /// Uptime in milliseconds.
    pub uptime_ms: u32,
    /// Sampling rate in Hz.
    pub rate_hz: u16,
    /// Samples taken into the pipeline since boot.
    pub samples: u32,
    /// Samples lost because the interrupt-to-task queue was full.
    pub dropped_samples: u32,
    /// Console bytes lost because the receive queue was full.
    pub dropped_bytes: u32,
    /// Failed sensor reads since boot.
    pub sensor_errors: u32,
    /// Latest temperature in milli-degrees C, if any.
    pub temperature_mc: Option<i32>,
    /// Alarm state.
    pub alarm: Alarm,
    /// Why the node last started.
    pub reset_reason: ResetReason,
}

/// Version 1's messages: the current ones, with this version's `Status`.
pub type Message = crate::frozen::Message<Status>;

/// A version-1 frame.
pub type Frame = crate::frozen::Frame<Status>;

impl From<Status> for crate::Status {
    fn from(s: Status) -> Self {
        crate::Status {
            uptime_ms: s.uptime_ms,
            rate_hz: s.rate_hz,
            samples: s.samples,
            dropped_samples: s.dropped_samples,
            dropped_bytes: s.dropped_bytes,
            dropped_frames: None,
            sensor_errors: s.sensor_errors,
            temperature_mc: s.temperature_mc,
            alarm: s.alarm,
            reset_reason: s.reset_reason,
            cpu_ppm: None,
            wakeups_per_s: None,
        }
    }
}
