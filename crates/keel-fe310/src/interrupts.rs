//! The PLIC (manual, chapter 10): the external interrupts a board uses, and its claim loop.

use crate::pac;
use pac::interrupt::{ExternalInterrupt, Hart, Priority};

/// Enables UART0's receive interrupt through the PLIC (priority 1 over a threshold of 0) and the machine's
/// external interrupt; the board's `MachineExternal` handler calls [`dispatch`].
pub fn enable_uart0() {
    let context = pac::PLIC::ctx(Hart::H0);
    // SAFETY: enabling an interrupt whose handler exists (the board's `MachineExternal` dispatches it); the
    // priorities and threshold only decide which sources reach the hart.
    unsafe {
        pac::PLIC::priorities().set_priority(ExternalInterrupt::UART0, Priority::P1);
        context.threshold().set_threshold(Priority::P0);
        context.enables().enable(ExternalInterrupt::UART0);
        riscv::register::mie::set_mext();
    }
}

/// The self-check of an FE310 board: UART0's receive interrupt reaches the hart (enabled in the PLIC and the
/// machine's external interrupt on), and the alarm's machine timer interrupt is on.
pub fn check_wiring() -> keel_core::Miswired {
    use keel_core::Miswired;
    let mie = riscv::register::mie::read();
    let uart0 = pac::PLIC::ctx(Hart::H0).enables().is_enabled(ExternalInterrupt::UART0);
    Miswired::NONE.when(!mie.mext() || !uart0, Miswired::CONSOLE_IRQ).when(!mie.mtimer(), Miswired::ALARM_IRQ)
}

/// Test firmware only (`test unwire`): turns the machine timer interrupt off (the alarm; the console still answers).
pub fn unwire() {
    // SAFETY: disabling an interrupt only keeps its handler from running; nothing waits for it under a lock.
    unsafe { riscv::register::mie::clear_mtimer() };
}

/// Hart 0's machine-mode claim/complete register (PLIC base 0x0C00_0000 + 0x20_0004, manual chapter 10).
/// Read and written directly: riscv-peripheral's `claim()` unwraps the source number's conversion, which keeps
/// about 7 KiB of `core::fmt` in flash for a panic that cannot happen here.
const CLAIM_COMPLETE: *mut u32 = 0x0C20_0004 as *mut u32;
/// UART0's PLIC source number (manual, table "PLIC Interrupt IDs").
const UART0_SOURCE: u32 = 3;

/// Claims and serves pending external interrupts: `uart0` for UART0's. A source without a handler here is
/// completed and ignored. Bounded: at most 8 claims per call (the hart returns here if more are pending).
pub fn dispatch(mut uart0: impl FnMut()) {
    for _ in 0..8 {
        // SAFETY: reading the claim register claims the highest-priority pending source (0: none).
        let source = unsafe { CLAIM_COMPLETE.read_volatile() };
        if source == 0 {
            break;
        }
        if source == UART0_SOURCE {
            uart0();
        }
        // SAFETY: writing the claimed source's number back completes it, as the PLIC requires.
        unsafe { CLAIM_COMPLETE.write_volatile(source) };
    }
}
