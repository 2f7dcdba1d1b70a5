//! Keel's telemetry protocol, shared by the firmware (which encodes) and host tools (which decode).
//!
//! A frame carries one [`Message`] with the protocol version and a sequence number. The codec lives in
//! [`codec`].

#![cfg_attr(not(test), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use serde::{Deserialize, Serialize};

pub mod codec;
pub mod frozen;
pub mod v1;
pub mod v2;

/// Version of the message layout; bumped on any incompatible change. Decoders read this version, version 2
/// ([`v2`]: its `Status` lacks the dropped frames) and version 1 ([`v1`]: nor the load figures), and reject others.
pub const PROTOCOL_VERSION: u8 = 3;

/// Why the node last started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum ResetReason {
    /// Power was applied (or the cause is not recorded).
    PowerOn,
    /// The firmware asked for a reset (the `reset` command).
    Software,
    /// The watchdog expired.
    Watchdog,
    /// A panic stored its message and reset.
    Panic,
    /// A HardFault (or other fault exception) reset the node.
    Fault,
}

/// Temperature sensor failure causes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum SensorFault {
    /// Nothing acknowledged the sensor's address.
    NoDevice,
    /// Any other bus error (arbitration lost, overrun, timeout).
    Bus,
    /// The sensor answered with data that cannot be a temperature.
    BadData,
}

/// Whether and how the temperature is outside the configured thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Alarm {
    /// Within the thresholds (or no reading yet).
    Off,
    /// Above the high threshold.
    High,
    /// Below the low threshold.
    Low,
}

/// One ADC sample after it went through the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Sample {
    /// Analog channel.
    pub channel: u8,
    /// Raw converter value.
    pub raw: u16,
    /// Moving average over the last samples of this channel.
    pub mean: u16,
    /// Node uptime when the sample was taken, in milliseconds.
    pub uptime_ms: u32,
}

/// Periodic summary of the node's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
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
    /// Telemetry frames dropped whole since boot because the link could not take them (where telemetry leaves from
    /// a queue, a frame that does not fit its free space); `None` from a version-1 or -2 sender, which did not
    /// report them.
    pub dropped_frames: Option<u32>,
    /// Failed sensor reads since boot.
    pub sensor_errors: u32,
    /// Latest temperature in milli-degrees C, if any.
    pub temperature_mc: Option<i32>,
    /// Alarm state.
    pub alarm: Alarm,
    /// Why the node last started.
    pub reset_reason: ResetReason,
    /// Share of the last second the CPU was busy (not asleep in `wfi`), in millionths (busy microseconds per
    /// second); `None` in the first second, and from a version-1 sender.
    pub cpu_ppm: Option<u32>,
    /// Times the CPU woke up in the last second; `None` in the first second, and from a version-1 sender.
    pub wakeups_per_s: Option<u16>,
}

/// What a telemetry frame carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Message {
    /// An ADC sample (one per sample at the configured rate).
    Sample(Sample),
    /// A temperature reading in milli-degrees C.
    Temperature {
        /// Milli-degrees C.
        millicelsius: i32,
    },
    /// A failed temperature read.
    SensorError(SensorFault),
    /// The alarm state changed.
    AlarmChanged(Alarm),
    /// Once a second.
    Status(Status),
}

/// One telemetry frame: a message with its envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Frame {
    /// [`PROTOCOL_VERSION`] of the sender.
    pub version: u8,
    /// Increments by one per frame sent (wrapping), so a receiver can count lost frames.
    pub sequence: u32,
    /// The payload.
    pub message: Message,
}
