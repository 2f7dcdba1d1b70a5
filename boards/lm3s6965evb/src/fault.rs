//! The panic and fault strategy.
//!
//! * Debug builds (during development and in tests): print the message and location through defmt and
//!   make QEMU exit with a failure status, so a test run stops at the first broken invariant.
//! * Release builds: store the message in no-init RAM and reset; the next boot reports it in the banner,
//!   the log and `status`. A node in the field comes back instead of hanging.

use core::panic::PanicInfo;

use cortex_m_rt::{exception, ExceptionFrame};
use keel_core::text::Line;
use keel_proto::ResetReason;

use crate::reset;

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let mut message = Line::new();
    // Only a message without arguments is stored: formatting arbitrary panic arguments keeps core::fmt and
    // every Debug implementation a panic site names (slices, chars, ranges, unicode tables) in flash,
    // about 4 KiB. The location is always there, and points at the line.
    message.str(info.message().as_str().unwrap_or("panic with a formatted message"));
    if let Some(location) = info.location() {
        message.str(" (").str(location.file()).str(":").uint(location.line()).str(")");
    }
    defmt::error!("panic: {=str}", message.as_str());
    fail(ResetReason::Panic, message.as_str().as_bytes())
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    let mut message = Line::new();
    message.str("HardFault at pc=0x").hex(frame.pc(), 8).str(" lr=0x").hex(frame.lr(), 8);
    message.str(" xpsr=0x").hex(frame.xpsr(), 8);
    defmt::error!("{=str}", message.as_str());
    fail(ResetReason::Fault, message.as_str().as_bytes())
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
