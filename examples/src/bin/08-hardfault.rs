//! # 08 · HardFault: what the core saves when an access goes wrong
//!
//! What it shows: a doubleword load (`LDRD`) from an address that is not word-aligned. The Cortex-M3
//! handles most unaligned single loads in hardware, but never unaligned `LDRD`/`LDM`: the access raises
//! a UsageFault (UNALIGNED). Configurable faults are disabled after reset, so it escalates to
//! HardFault. On exception entry the core pushes an exception frame (R0-R3, R12, LR, PC, xPSR) on the
//! stack; cortex-m-rt's trampoline hands it to the handler, which prints where the fault happened and
//! the fault status registers that say why.
//!
//! In Rust the same access happens when a byte buffer is cast to a pointer to a wider type and read
//! (`*(bytes.as_ptr().add(1) as *const u64)`): undefined behaviour, which the compiler is free to turn
//! into exactly this instruction. The example spells the instruction out in `asm!` so the program
//! itself has no undefined behaviour.
//!
//! (On QEMU's lm3s6965evb a read of unmapped memory does not fault, the machine ignores bus errors,
//! so the fault here is an alignment fault rather than a bus fault.)
//!
//! What to look at: `HardFault` below. The stacked PC is the faulting instruction (inside
//! `load_pair_misaligned`), LR is where that function returns to (in `main`), HFSR says FORCED
//! (escalated) and CFSR's UsageFault half says UNALIGNED.
//!
//! Check: the printed PC must fall inside `load_pair_misaligned` and LR inside `main` (looked up in the
//! ELF's symbol table), CFSR must show UNALIGNED, and the run must end with status 1.

#![no_std]
#![no_main]

use cortex_m_rt::{entry, exception, ExceptionFrame};
use cortex_m_semihosting::{debug, hprintln};
use lm3s6965_pac as _;
use panic_halt as _;

/// A word-aligned buffer; the load below starts one byte into it.
#[repr(C, align(8))]
struct Buffer([u8; 16]);

static BUFFER: Buffer = Buffer([0xA5; 16]);

#[entry]
fn main() -> ! {
    let address = BUFFER.0.as_ptr() as usize + 1;
    hprintln!("loading a doubleword from an odd address (buffer + 1)");
    let (low, high) = load_pair_misaligned(address);
    // Never reached: the load above faults.
    hprintln!("loaded {:#010x} {:#010x}", low, high);
    debug::exit(debug::EXIT_SUCCESS);
    loop {
        cortex_m::asm::wfi();
    }
}

/// Loads two words from `address` with one `LDRD` instruction.
#[inline(never)]
#[no_mangle]
fn load_pair_misaligned(address: usize) -> (u32, u32) {
    let (low, high): (u32, u32);
    // SAFETY: `address` points into `BUFFER` (16 readable bytes, 9 of them past `address`), so the
    // memory is valid; only its alignment is wrong, which the hardware reports as a fault, the point of
    // this example. The instruction reads registers and memory only.
    unsafe {
        core::arch::asm!(
            "ldrd {low}, {high}, [{address}]",
            address = in(reg) address,
            low = out(reg) low,
            high = out(reg) high,
            options(nostack, readonly, preserves_flags),
        );
    }
    (low, high)
}

/// Prints the stacked frame and the fault status, then ends the run with a failure status.
#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    // SAFETY: the System Control Block is only read here, in a handler that never returns; reading the
    // fault status registers has no side effects.
    let scb = unsafe { &*cortex_m::peripheral::SCB::PTR };
    let hfsr = scb.hfsr.read();
    let cfsr = scb.cfsr.read();
    hprintln!("HardFault!");
    hprintln!("  PC   = {:#010x}", frame.pc());
    hprintln!("  LR   = {:#010x}", frame.lr());
    hprintln!("  xPSR = {:#010x}", frame.xpsr());
    hprintln!("  HFSR = {:#010x} (FORCED: {})", hfsr, hfsr & (1 << 30) != 0);
    hprintln!("  CFSR = {:#010x} (UsageFault UNALIGNED: {})", cfsr, cfsr & (1 << 24) != 0);
    debug::exit(debug::EXIT_FAILURE);
    loop {
        cortex_m::asm::wfi();
    }
}
