//! # 09 · Stack overflow: silent corruption with the default layout, a fault at once with flip-link
//!
//! What it shows: cortex-m-rt's default layout puts the statics (`.data`, `.bss`) at the bottom of RAM
//! and starts the stack at the top, growing down towards them. Nothing stands between the two: when
//! `recurse` below recurses without bound, its frames silently overwrite `STATE`, a static the program
//! relies on. The program only finds out because it checks `STATE` in every frame, which real code does
//! not do.
//!
//! The same source linked with `flip-link` (`cargo xtask examples` builds it both ways) gets the flipped
//! layout: the stack at the bottom of RAM, growing down towards the *start* of RAM, the statics above it.
//! Overflowing now runs off the start of RAM: on silicon that is a bus error and a HardFault at the first
//! push. QEMU's lm3s6965evb ignores bus errors (an access to unmapped memory reads 0 and is dropped), so
//! `main` programs one MPU region as a no-access guard just below RAM to raise the fault the real chip
//! would raise. The guard does nothing for the default layout, where the stack never gets there.
//!
//! What to look at: `recurse` (64 bytes of locals per frame, plus saved registers); the two outcomes in
//! the output; the `HardFault` entry in assembly, which first moves the stack pointer back to the top of
//! the stack, because the overflowed stack cannot hold even the handler's own frame.
//!
//! Check: built without flip-link the run must report `STATE` corrupted and exit with status 0; built
//! with flip-link it must report the HardFault with `STATE` intact and exit with status 1.

#![no_std]
#![no_main]

use core::fmt::Write;
use core::sync::atomic::{AtomicU32, Ordering};

use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hio};
use lm3s6965_pac as _;
use panic_halt as _;

/// What `STATE` holds until something overwrites it.
const PATTERN: u32 = 0x5AFE_C0DE;
/// Words in `STATE`.
const STATE_WORDS: usize = 64;
/// Start of SRAM (LM3S6965 datasheet, section 2.4, Table 2-4).
const RAM_START: u32 = 0x2000_0000;
/// Size of the MPU guard just below RAM (a power of two, at least 32 bytes).
const GUARD_SIZE: u32 = 1024;

/// Application state in `.data`: the stack must never touch it.
static STATE: [AtomicU32; STATE_WORDS] = [const { AtomicU32::new(PATTERN) }; STATE_WORDS];

#[entry]
fn main() -> ! {
    let mut out = hio::hstdout().unwrap_or_else(|()| exit(2));
    guard_below_ram();
    let stack_top = stack_start();
    let state = STATE.as_ptr() as u32;
    let layout =
        if stack_top <= state { "flipped: stack below the statics" } else { "default: stack above the statics" };
    writeln!(out, "layout {layout}").ok();
    writeln!(out, "recursing without bound...").ok();
    let depth = recurse(1);
    // Only reached when the stack overwrote `STATE` without any fault.
    writeln!(
        out,
        "STATE corrupted after {depth} frames: {} of {STATE_WORDS} words overwritten by the stack, no fault",
        damaged_words()
    )
    .ok();
    exit(0)
}

/// Recurses until it notices that `STATE` has been damaged (which a real program would not notice).
#[inline(never)]
fn recurse(depth: u32) -> u32 {
    let mut locals = [0_u32; 16];
    locals.fill(depth);
    core::hint::black_box(&mut locals);
    if damaged_words() != 0 {
        return depth;
    }
    let deepest = recurse(depth + 1);
    core::hint::black_box(&locals);
    deepest
}

/// How many words of `STATE` no longer hold `PATTERN`.
fn damaged_words() -> usize {
    STATE.iter().filter(|word| word.load(Ordering::Relaxed) != PATTERN).count()
}

/// The initial stack pointer (the top of the stack) from the linker script.
fn stack_start() -> u32 {
    extern "C" {
        static _stack_start: u32;
    }
    &raw const _stack_start as u32
}

/// Makes the `GUARD_SIZE` bytes below RAM a no-access MPU region, so an access there faults in QEMU
/// as it does on silicon (see the module documentation).
fn guard_below_ram() {
    const RASR_ENABLE: u32 = 1;
    const RASR_XN: u32 = 1 << 28; // never execute; AP (bits 26:24) = 0b000: no access
    const CTRL_ENABLE: u32 = 1;
    const CTRL_PRIVDEFENA: u32 = 1 << 2; // everything else keeps the default memory map
    let size_field = (GUARD_SIZE.trailing_zeros() - 1) << 1;
    // SAFETY: the MPU is configured once, before anything depends on it; region 0 covers only the
    // unmapped addresses just below SRAM, and PRIVDEFENA keeps the default map for everything else, so
    // no access the program makes legitimately changes meaning.
    unsafe {
        let mpu = &*cortex_m::peripheral::MPU::PTR;
        mpu.rnr.write(0);
        mpu.rbar.write(RAM_START - GUARD_SIZE);
        mpu.rasr.write(RASR_XN | size_field | RASR_ENABLE);
        mpu.ctrl.write(CTRL_ENABLE | CTRL_PRIVDEFENA);
    }
    cortex_m::asm::dsb();
    cortex_m::asm::isb();
}

// The HardFault entry. After an overflow the stack pointer is inside the guard, so nothing may be
// pushed: move MSP back to the top of the stack first, passing the faulting SP to the report.
core::arch::global_asm!(
    ".section .HardFault.user, \"ax\"",
    ".global HardFault",
    ".type HardFault,%function",
    ".thumb_func",
    "HardFault:",
    "    mrs r0, msp",
    "    ldr r1, =_stack_start",
    "    msr msp, r1",
    "    b {report}",
    report = sym stack_overflow_report,
);

/// Reports the fault and ends the run with status 1.
extern "C" fn stack_overflow_report(faulting_sp: u32) -> ! {
    // SAFETY: the System Control Block is only read, from a handler that never returns.
    let scb = unsafe { &*cortex_m::peripheral::SCB::PTR };
    let cfsr = scb.cfsr.read();
    let mut out = hio::hstdout().unwrap_or_else(|()| exit(2));
    writeln!(out, "HardFault: stack overflow caught at once").ok();
    writeln!(out, "  SP {faulting_sp:#010x} ran off the start of RAM ({RAM_START:#010x})").ok();
    writeln!(out, "  CFSR {cfsr:#010x} (MemManage: stacking error {})", cfsr & (1 << 4) != 0).ok();
    writeln!(out, "  STATE intact: {} of {STATE_WORDS} words damaged", damaged_words()).ok();
    exit(1)
}

/// Ends the QEMU run with `status` (0 success, anything else failure).
fn exit(status: u8) -> ! {
    debug::exit(if status == 0 { debug::EXIT_SUCCESS } else { debug::EXIT_FAILURE });
    loop {
        cortex_m::asm::wfi();
    }
}
