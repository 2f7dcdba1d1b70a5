//! Keel's emulator bench: boot a board's firmware in QEMU, drive its inputs and observe its outputs from
//! ordinary Rust tests (the one scenario suite, `tests/tests/scenarios.rs`, run by `cargo xtask test` on
//! every emulated board that provides what each scenario needs: the `[bench]` table of its `keel.toml`).
//!
//! A [`Node`] is one QEMU process with every channel connected before the guest runs:
//!
//! | what | how | API |
//! | --- | --- | --- |
//! | console (UART0) | unix socket, `wait=on` | [`Console`]: send lines, wait for text, [`Node::command`] |
//! | telemetry (UART1, or frames in the defmt stream) | unix socket, decoded with `keel_proto::codec` | [`Telemetry`] |
//! | defmt log | semihosting chardev, decoded with `defmt-decoder` | [`Node::log`], [`Node::wait_for_log`] |
//! | buttons | QMP `input-send-event` (gamepad), or qtest `set_irq_in` | [`Node::press`] |
//! | temperature | QMP `qom-set` on the TMP105 | [`Node::set_temperature`], [`Options::without_sensor`] |
//! | LED | a GPIO trace event (`pl061_set_output`, `nrf51_gpio_update_output_irq`) | [`Node::watch_pin`], [`Node::wait_for_pattern`] |
//! | display | QMP `screendump` | [`Node::screen`], [`Panel::text`], [`golden::check_panel`] |
//! | resets, watchdog | QMP events | [`Node::wait_for_event`] |
//! | exit status | the process | [`Node::wait_exit`] |
//!
//! A node can also be a board on the desk (`Options::on_port`, [`serial`]): the console and telemetry on serial
//! ports, the log through a probe, and nothing QEMU-only; the same scenarios run there, and those that need what a
//! desk lacks are skipped by name.
//!
//! Every wait has a timeout and fails with what it expected plus the last console lines; dropping a node
//! kills and reaps QEMU (and QEMU also dies with the thread that started it). Each node has its own
//! scratch folder, so tests run in parallel.
//!
//! ```no_run
//! use keel_bench::{Node, Options};
//! let node = Options::new("lm3s6965evb").boot()?;
//! let banner = node.wait_for_boot()?;
//! assert_eq!(banner.reset, "power-on");
//! assert_eq!(node.reply_line("version")?, "keel 0.1.0 (lm3s6965evb, protocol 3)");
//! # Ok::<(), anyhow::Error>(())
//! ```

#![warn(missing_docs)]

pub mod board;
pub mod console;
pub mod defmt_log;
pub mod golden;
mod inbox;
pub mod node;
pub mod qemu;
pub mod qmp;
pub mod screen;
pub mod serial;
pub mod shell;
pub mod symbols;
pub mod telemetry;
pub mod trace;

pub use board::{BoardConfig, Flavour};
pub use console::{Console, Reply};
pub use node::{Button, Node, Options, Pin, VirtualTime};
pub use screen::{Panel, Screenshot};
pub use shell::{Banner, Reading, Status};
pub use telemetry::{Received, Telemetry};
pub use trace::{Pattern, Waveform};

/// The shared protocol crate, for the message types telemetry carries.
pub use keel_proto;

/// A failed scenario. `cargo test` prints a test's error with `{:?}`; this shows the whole message (and
/// its causes) as written, without anyhow's backtrace, so a failure reads as what was expected and what
/// the node did.
pub struct Failure(anyhow::Error);

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure(error.into())
    }
}

impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:#}", self.0)
    }
}

#[doc(hidden)]
pub use anyhow as __anyhow;

/// What a scenario test returns: `?` works on any error, [`ensure!`] and [`bail!`] fail with a message.
pub type Outcome = Result<(), Failure>;

/// Fails the enclosing function (returning an [`Outcome`] or an `anyhow::Result`) with a formatted
/// message unless the condition holds.
#[macro_export]
macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return ::core::result::Result::Err(::core::convert::From::from($crate::__anyhow::anyhow!($($message)+)));
        }
    };
}

/// Fails the enclosing function (returning an [`Outcome`] or an `anyhow::Result`) with a formatted message.
#[macro_export]
macro_rules! bail {
    ($($message:tt)+) => {
        return ::core::result::Result::Err(::core::convert::From::from($crate::__anyhow::anyhow!($($message)+)))
    };
}
