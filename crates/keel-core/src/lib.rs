//! The sensor node's brain: a state machine that takes [`Event`]s and emits [`Action`]s.
//!
//! Nothing here touches hardware, so every decision the firmware makes (what the shell answers, when the
//! alarm trips, how the LED blinks, what telemetry goes out) is tested on the host with `cargo test`.
//! A board crate turns interrupts and driver results into events, and actions into register writes.
//!
//! ```
//! use keel_core::{Action, Config, Event, Node};
//! let mut node = Node::new(Config::new("host"));
//! let mut replies = String::new();
//! for byte in b"version\r" {
//!     node.handle(Event::ConsoleByte(*byte), &mut |action: Action<'_>| {
//!         if let Action::Console(text) = action { replies.push_str(text) }
//!     });
//! }
//! assert!(replies.contains("keel 0.1.0 (host, protocol 3)"));
//! ```

#![cfg_attr(not(test), no_std)]
#![forbid(unsafe_code)]

pub mod alarm;
pub mod display;
pub mod editor;
pub mod fixed;
pub mod led;
pub mod node;
pub mod pipeline;
pub mod shell;
pub mod text;

pub use keel_proto::{Alarm, Message, ResetReason, SensorFault};
pub use node::{Config, Missing, Miswired, Node};

/// Version of the firmware, reported by `version` and the boot banner.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The buttons of the node, by what they mean rather than which pin they are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Button {
    /// Next display page.
    Up,
    /// Previous display page.
    Down,
    /// Previous display page.
    Left,
    /// Next display page.
    Right,
    /// Toggles the LED between steady on and steady off.
    Select,
}

/// Log verbosity, set with the `log` command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum LogLevel {
    /// Nothing is logged.
    Off,
    /// Errors only.
    Error,
    /// Warnings and errors.
    Warn,
    /// Normal operation.
    Info,
    /// Diagnostics.
    Debug,
    /// Everything.
    Trace,
}

impl LogLevel {
    /// Every level's name as the shell spells it, in the order of the variants (`log`'s syntax, and what Tab
    /// completes after it).
    pub const NAMES: &'static str = "off|error|warn|info|debug|trace";

    /// The level's name as the shell spells it.
    pub fn name(self) -> &'static str {
        shell::field(Self::NAMES, b'|', self as usize).unwrap_or("")
    }

    /// Parses a level name.
    pub fn from_name(name: &str) -> Option<Self> {
        let levels = [LogLevel::Off, LogLevel::Error, LogLevel::Warn, LogLevel::Info, LogLevel::Debug, LogLevel::Trace];
        shell::position(Self::NAMES, name).and_then(|index| levels.get(index).copied())
    }
}

/// Something that happened, as the board reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// The node started. Sent once, first.
    Boot {
        /// Why the node started.
        reason: ResetReason,
        /// The message a panic or fault stored before the reset, if any.
        last_panic: Option<&'a str>,
    },
    /// The periodic tick (every [`TICK_MS`] milliseconds) with the node's uptime.
    Tick {
        /// Milliseconds since boot.
        uptime_ms: u32,
    },
    /// A debounced button changed state.
    Button {
        /// Which button.
        button: Button,
        /// `true` when pressed, `false` when released.
        pressed: bool,
    },
    /// An analog sample.
    Sample {
        /// Analog channel.
        channel: u8,
        /// Raw converter value.
        raw: u16,
        /// Milliseconds since boot when it was taken.
        uptime_ms: u32,
    },
    /// A temperature reading in milli-degrees C, or why it failed.
    Temperature(Result<i32, SensorFault>),
    /// A byte received on the console.
    ConsoleByte(u8),
    /// Samples the board lost because its queue was full (a count since the last such event).
    SamplesDropped(u32),
    /// Console bytes the board lost because its receive queue was full (a count since the last such event).
    ConsoleBytesDropped(u32),
    /// Telemetry frames dropped whole because the link could not take them (a count since the last such event).
    FramesDropped(u32),
    /// Parts of the node found missing while the board started (they did not answer).
    Missing(Missing),
    /// What the board found wrong with its own set-up, the latest check (it replaces the one before).
    Wiring(Miswired),
    /// How busy the last second was: the share of it the CPU spent outside its sleep, in millionths, and how
    /// many times it woke up.
    Load {
        /// Busy time over the last second, in millionths (busy microseconds per second).
        cpu_ppm: u32,
        /// Wake-ups in the last second.
        wakeups_per_s: u16,
    },
}

/// The finest period of [`Event::Tick`], in milliseconds: the LED patterns and the status report are timed in
/// steps of it. A tickless board sends a tick only when [`Node::next_tick`] says one is due.
pub const TICK_MS: u32 = 50;

/// Something the board must do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    /// Drive the LED: `true` is lit.
    Led(bool),
    /// Write this text to the console.
    Console(&'a str),
    /// Send this message as a telemetry frame.
    Telemetry(Message),
    /// Redraw the display from [`Node::view`].
    RefreshDisplay,
    /// Sample the analog input at this rate.
    SetSampleRate(u16),
    /// Log at this level from now on.
    SetLogLevel(LogLevel),
    /// Reset the node (after flushing the console).
    Reset,
    /// Test firmware only: misbehave on purpose so a test can check the node's defences.
    #[cfg(feature = "test-commands")]
    Misbehave(Misbehaviour),
}

/// Deliberate failures that test firmware can be asked for.
#[cfg(feature = "test-commands")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misbehaviour {
    /// Stop feeding the watchdog.
    Stall,
    /// Panic with the message `test panic requested`.
    Panic,
    /// Disable one interrupt the board binds (one the console does not need), so that its self-check has
    /// something to find (`keel_runtime::Board::unwire`).
    Unwire,
    /// Execute an undefined instruction: a real fault (a HardFault, a RISC-V illegal instruction), which the next
    /// boot reports with the instruction's address (`cargo xtask crash` names its function).
    Fault,
    /// Stop the telemetry link for two seconds, as a link slower than the data would: on a board whose telemetry
    /// leaves by interrupt from a queue, the frames that do not fit are dropped whole and counted
    /// (`keel_runtime::transmit`).
    Jam,
}

/// Receives the actions the node emits while it handles an event.
pub trait Sink {
    /// Carries out (or records) one action.
    fn act(&mut self, action: Action<'_>);
}

impl<F: FnMut(Action<'_>)> Sink for F {
    fn act(&mut self, action: Action<'_>) {
        self(action)
    }
}
