//! A run-time log level (the shell's `log` command) on top of defmt's compile-time filter, and the
//! [`log!`](crate::log!) macro that checks it. The transport (semihosting in an emulator, RTT on a board) is
//! chosen by the firmware's features in `platform`.

#![forbid(unsafe_code)]

use keel_core::LogLevel;
use portable_atomic::{AtomicU8, Ordering};

/// The level set with the `log` command (as `LogLevel as u8`).
static LEVEL: AtomicU8 = AtomicU8::new(LogLevel::Info as u8);

/// Sets the run-time log level.
pub fn set_level(level: LogLevel) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

/// Whether a message at `level` should be logged now.
pub fn enabled(level: LogLevel) -> bool {
    level as u8 <= LEVEL.load(Ordering::Relaxed)
}

/// `defmt::info!` and its siblings behind the run-time level: `log!(Info, "sampling at {=u16} Hz", hz)`.
/// On the host (the runtime's own tests) nothing is logged; the arguments are still evaluated.
#[macro_export]
macro_rules! log {
    ($level:ident, $($arg:tt)*) => {
        if $crate::log::enabled($crate::__private::LogLevel::$level) {
            $crate::__defmt!($level, $($arg)*);
        }
    };
}

#[doc(hidden)]
#[cfg(target_os = "none")]
#[macro_export]
macro_rules! __defmt {
    (Error, $($arg:tt)*) => { $crate::__private::defmt::error!($($arg)*) };
    (Warn, $($arg:tt)*) => { $crate::__private::defmt::warn!($($arg)*) };
    (Info, $($arg:tt)*) => { $crate::__private::defmt::info!($($arg)*) };
    (Debug, $($arg:tt)*) => { $crate::__private::defmt::debug!($($arg)*) };
    (Trace, $($arg:tt)*) => { $crate::__private::defmt::trace!($($arg)*) };
}

#[doc(hidden)]
#[cfg(not(target_os = "none"))]
#[macro_export]
macro_rules! __defmt {
    ($level:ident, $($arg:tt)*) => {
        let _ = ($($arg)*);
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_filters() {
        set_level(LogLevel::Warn);
        assert!(enabled(LogLevel::Error) && enabled(LogLevel::Warn));
        assert!(!enabled(LogLevel::Info));
        set_level(LogLevel::Off);
        assert!(!enabled(LogLevel::Error));
        set_level(LogLevel::Info);
    }
}
