//! RISC-V (riscv-rt): the trap handlers for exceptions and unexpected interrupts, the reset through the
//! board, and the pieces of start-up, sleep and semihosting that take a RISC-V instruction.
//!
//! riscv-rt defines `ExceptionHandler` and `DefaultHandler` as weak symbols in assembly, which a Rust function
//! of the same name cannot override under LTO; the runtime's linker fragment `keel-riscv.x` (put on the link
//! path by this crate's build script; a board passes `-Tkeel-riscv.x` after `link.x`) points them at
//! [`keel_exception`] and [`keel_interrupt`], defines `_stack_end` for stack painting, and places `.uninit`
//! (the reset record) after `.bss`, where start-up neither zeroes nor loads it.
//!
//! RISC-V has no architectural reset: the board names its own with [`reset_with!`](crate::reset_with) (the
//! FE310 resets through its watchdog).

use core::sync::atomic::{AtomicBool, Ordering};
use keel_core::text::Line;
use keel_proto::ResetReason;

use riscv::register::{mcause, mepc, mtval};

extern "Rust" {
    /// The board's chip reset, defined by `keel_runtime::reset_with!`.
    fn __keel_reset() -> !;
}

/// Names the board's chip reset, which the runtime calls for a reset command, after a panic and after a
/// fault: `keel_runtime::reset_with!(keel_fe310::watchdog::reset_now);`.
#[macro_export]
macro_rules! reset_with {
    ($reset:path) => {
        #[no_mangle]
        fn __keel_reset() -> ! {
            $reset()
        }
    };
}

/// Resets the chip through the board's reset.
pub fn reset() -> ! {
    // SAFETY: `reset_with!` defines the symbol as a Rust function of this signature; without it the image
    // does not link.
    unsafe { __keel_reset() }
}

/// Set while [`probe`] runs its accesses.
static PROBING: AtomicBool = AtomicBool::new(false);
/// Set by the exception handler when an access under [`probe`] faulted.
static PROBE_FAULTED: AtomicBool = AtomicBool::new(false);

/// Load and store access faults (`mcause` 5 and 7): what an access to an address with no device raises.
const LOAD_ACCESS_FAULT: usize = 5;
const STORE_ACCESS_FAULT: usize = 7;

/// Runs `access` (register accesses to a peripheral that may not exist) and returns whether it completed
/// without an access fault. A faulting access is skipped instead of ending the boot: the board then knows the
/// part is missing and says so. QEMU's `sifive_e`, for one, maps no I2C controller, so the FE310's I2C0
/// registers fault there; on silicon they answer.
pub fn probe(access: impl FnOnce()) -> bool {
    PROBE_FAULTED.store(false, Ordering::Relaxed);
    PROBING.store(true, Ordering::SeqCst);
    access();
    PROBING.store(false, Ordering::SeqCst);
    !PROBE_FAULTED.load(Ordering::Relaxed)
}

/// Every synchronous exception (an access fault, an illegal instruction, a misaligned access): reported with
/// the cause, the instruction's address and the faulting value, then the build's failure strategy. An access
/// fault under [`probe`] is recorded and the faulting instruction skipped instead.
#[no_mangle]
extern "C" fn keel_exception(_frame: *const u8) {
    let cause = mcause::read();
    let access_fault = !cause.is_interrupt() && matches!(cause.code(), LOAD_ACCESS_FAULT | STORE_ACCESS_FAULT);
    if access_fault && PROBING.load(Ordering::SeqCst) {
        PROBE_FAULTED.store(true, Ordering::Relaxed);
        let at = mepc::read();
        // SAFETY: `mepc` holds the address of the instruction that trapped, which was fetched from there, so
        // it is readable; its low two bits tell a 16-bit (compressed) from a 32-bit instruction.
        let first = unsafe { (at as *const u16).read_volatile() };
        let length = if first & 0b11 == 0b11 { 4 } else { 2 };
        // Resume after the faulting load or store (a load's destination register keeps whatever it held:
        // `probe`'s caller only asks whether the access faulted). riscv-rt returns with `mret` to `mepc`.
        mepc::write(at + length);
        return;
    }
    let mut message = Line::new();
    message.str("exception mcause=").uint(mcause::read().bits() as u32);
    message.str(" mepc=0x").hex(mepc::read() as u32, 8).str(" mtval=0x").hex(mtval::read() as u32, 8);
    defmt::error!("{=str}", message.as_str());
    super::fail(ResetReason::Fault, message.as_str().as_bytes())
}

/// An interrupt the board enabled but gave no handler: a bug, treated as a fault rather than a silent hang.
#[no_mangle]
extern "C" fn keel_interrupt() {
    let mut message = Line::new();
    message.str("unexpected interrupt mcause=0x").hex(mcause::read().bits() as u32, 8);
    defmt::error!("{=str}", message.as_str());
    super::fail(ResetReason::Fault, message.as_str().as_bytes())
}

pub(super) fn stack_pointer() -> usize {
    let sp: usize;
    // SAFETY: copies the stack pointer into a register; reads no memory, changes nothing.
    unsafe { core::arch::asm!("mv {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
    sp
}

pub(super) fn disable_interrupts() {
    riscv::interrupt::disable();
}

pub(super) fn wait_for_interrupt() {
    riscv::asm::wfi();
}

/// Stops at a breakpoint, for the debugger.
pub(super) fn stop_for_debugger() -> ! {
    loop {
        // SAFETY: a breakpoint: a debugger stops here; without one the trap handler reports it as a fault.
        unsafe { riscv::asm::ebreak() };
    }
}

/// A semihosting call (the `slli`/`ebreak`/`srai` sequence of the RISC-V semihosting specification).
///
/// # Safety
/// `nr` must be a semihosting operation and `arg` valid for it; a debugger or emulator must serve it.
#[cfg(feature = "qemu")]
pub(super) unsafe fn semihosting_call(nr: usize, arg: usize) -> usize {
    // SAFETY: forwarded from the caller.
    unsafe { riscv_semihosting::syscall1(nr, arg) }
}
