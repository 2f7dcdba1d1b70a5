//! What the frozen protocol versions share: every message but `Status` is laid out as in the current version, so
//! a frozen version is these types over its own `Status` ([`crate::v1`], [`crate::v2`]), and one conversion
//! serves them all.

use serde::{Deserialize, Serialize};

use crate::{Alarm, Sample, SensorFault};

/// A frozen version's messages, its own `Status` being `S`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Message<S> {
    /// An ADC sample.
    Sample(Sample),
    /// A temperature reading.
    Temperature {
        /// Milli-degrees C.
        millicelsius: i32,
    },
    /// A failed temperature read.
    SensorError(SensorFault),
    /// The alarm state changed.
    AlarmChanged(Alarm),
    /// Once a second.
    Status(S),
}

/// A frozen version's frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame<S> {
    /// The sender's version.
    pub version: u8,
    /// The sender's sequence number.
    pub sequence: u32,
    /// The payload.
    pub message: Message<S>,
}

/// A frozen frame as the current types, keeping its sender's version; its `Status` gives the fields it has.
impl<S: Into<crate::Status>> From<Frame<S>> for crate::Frame {
    fn from(frame: Frame<S>) -> Self {
        let message = match frame.message {
            Message::Sample(sample) => crate::Message::Sample(sample),
            Message::Temperature { millicelsius } => crate::Message::Temperature { millicelsius },
            Message::SensorError(fault) => crate::Message::SensorError(fault),
            Message::AlarmChanged(alarm) => crate::Message::AlarmChanged(alarm),
            Message::Status(status) => crate::Message::Status(status.into()),
        };
        crate::Frame { version: frame.version, sequence: frame.sequence, message }
    }
}
