//! Arm Cortex-M: the HardFault handler, the reset through the core's AIRCR, and the pieces of start-up,
//! sleep and semihosting that take an Arm instruction.

use cortex_m_rt::{exception, ExceptionFrame};
use keel_core::text::Line;
use keel_proto::ResetReason;

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    let mut message = Line::new();
    message.str("HardFault at pc=0x").hex(frame.pc(), 8).str(" lr=0x").hex(frame.lr(), 8);
    message.str(" xpsr=0x").hex(frame.xpsr(), 8);
    defmt::error!("{=str}", message.as_str());
    super::fail(ResetReason::Fault, message.as_str().as_bytes())
}

/// Resets the chip through the core's AIRCR (SYSRESETREQ), which every Cortex-M has.
pub fn reset() -> ! {
    cortex_m::peripheral::SCB::sys_reset()
}

pub(super) fn stack_pointer() -> usize {
    cortex_m::register::msp::read() as usize
}

pub(super) fn disable_interrupts() {
    cortex_m::interrupt::disable();
}

pub(super) fn wait_for_interrupt() {
    cortex_m::asm::wfi();
}

/// Halts at a breakpoint, for the debugger (a core without one attached takes a HardFault).
pub(super) fn stop_for_debugger() -> ! {
    loop {
        cortex_m::asm::bkpt();
    }
}

/// A semihosting call (`BKPT 0xAB`).
///
/// # Safety
/// `nr` must be a semihosting operation and `arg` valid for it; a debugger or emulator must serve it.
#[cfg(feature = "qemu")]
pub(super) unsafe fn semihosting_call(nr: usize, arg: usize) -> usize {
    // SAFETY: forwarded from the caller.
    unsafe { cortex_m_semihosting::syscall1(nr, arg) }
}
