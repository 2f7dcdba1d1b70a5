//! The panic and fault strategy.
//!
//! * Debug builds (during development and in tests): print the message and location through defmt and
//!   make QEMU exit with a failure status, so a test run stops at the first broken invariant.
//! * Release builds: store the message in no-init RAM and reset; the next boot reports it in the banner,
//!   the log and `status`. A node in the field comes back instead of hanging.

use core::fmt::Write as _;
use core::panic::PanicInfo;

use cortex_m_rt::{exception, ExceptionFrame};
use keel_proto::ResetReason;

use crate::reset::{self, Truncating};

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let mut message = Truncating::new();
    // Only a message without arguments is stored: formatting arbitrary panic arguments keeps every Debug
    // implementation a panic site names (slices, chars, ranges, unicode tables) in flash, about 4 KiB.
    // The location is always there, and points at the line.
    let _ = message.write_str(info.message().as_str().unwrap_or("panic with a formatted message"));
    if let Some(location) = info.location() {
        let _ = write!(message, " ({}:{})", location.file(), location.line());
    }
    let text = core::str::from_utf8(message.bytes()).unwrap_or("(message not UTF-8)");
    defmt::error!("panic: {=str}", text);
    fail(ResetReason::Panic, message.bytes())
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    let mut message = Truncating::new();
    let _ = write!(message, "HardFault at pc={} lr={} xpsr={}", Hex(frame.pc()), Hex(frame.lr()), Hex(frame.xpsr()));
    defmt::error!("{=str}", core::str::from_utf8(message.bytes()).unwrap_or("HardFault"));
    fail(ResetReason::Fault, message.bytes())
}

/// Ends this boot according to the build's strategy.
fn fail(reason: ResetReason, message: &[u8]) -> ! {
    if cfg!(debug_assertions) {
        #[cfg(feature = "qemu")]
        cortex_m_semihosting::debug::exit(cortex_m_semihosting::debug::EXIT_FAILURE);
        loop {
            cortex_m::asm::bkpt();
        }
    }
    reset::store(reason, message);
    cortex_m::peripheral::SCB::sys_reset()
}

/// `0x` and eight hex digits, formatted by hand: `{:08x}` would pull in core::fmt's padding code.
struct Hex(u32);

impl core::fmt::Display for Hex {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut text = *b"0x00000000";
        for (index, slot) in text[2..].iter_mut().enumerate() {
            let nibble = (self.0 >> (28 - 4 * index)) & 0xf;
            *slot = b"0123456789abcdef"[nibble as usize];
        }
        f.write_str(core::str::from_utf8(&text).unwrap_or("0x????????"))
    }
}
