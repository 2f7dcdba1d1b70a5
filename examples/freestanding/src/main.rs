//! # 01 · Freestanding: what the runtime does for you, done by hand
//!
//! What it shows: a complete Cortex-M program with no runtime crate and no dependencies:
//! - the vector table (`VECTORS` here plus the initial stack pointer, which `freestanding.ld` writes),
//!   placed at address 0 by our own linker script;
//! - the reset handler (`Reset`, in assembly) that copies `.data`'s initial values from flash to RAM,
//!   zeroes `.bss`, then calls `main`;
//! - a `#[panic_handler]`, which every `no_std` program must provide exactly once;
//! - semihosting done by hand: a `bkpt 0xAB` with an operation number in r0 and its argument in r1,
//!   which QEMU (or a debugger) services on the host; used to open the console, write and exit.
//!
//! What to look at: `freestanding.ld` next to this file, `Reset`, and the two statics: `BOOT_MESSAGES`
//! starts at 41 (so it lives in `.data`) and `ERRORS` at 0 (`.bss`); the program prints both to show the
//! reset handler initialised them. Then compare with `src/bin/02-minimal-runtime.rs`, where
//! cortex-m-rt does all of this.
//!
//! Why `Reset` is assembly: Rust code may assume every static already holds its initial value, so the
//! code that establishes that cannot itself be Rust (cortex-m-rt made the same change in 0.7.4).
//!
//! Check: the golden file `expected/01-freestanding.run`.

#![no_std]
#![no_main]

use core::panic::PanicInfo;
use core::sync::atomic::{AtomicU32, Ordering};

/// Initialised to a non-zero value, so it lives in `.data`: its 41 comes from flash, via `Reset`.
static BOOT_MESSAGES: AtomicU32 = AtomicU32::new(41);
/// Initialised to zero, so it lives in `.bss`: `Reset` zeroes it.
static ERRORS: AtomicU32 = AtomicU32::new(0);

/// One entry of the vector table: a handler address, or 0 for a reserved slot.
type Vector = Option<unsafe extern "C" fn()>;

extern "C" {
    /// The reset handler (assembly below).
    fn Reset();
}

/// Exceptions 1 to 15 of the Cortex-M3; word 0, the initial stack pointer, comes from the linker script.
/// The device's interrupts would follow; this program enables none, so the table stops here.
#[link_section = ".vector_table.exceptions"]
#[no_mangle]
#[used]
static VECTORS: [Vector; 15] = [
    Some(Reset),
    Some(unexpected_exception), // NMI
    Some(unexpected_exception), // HardFault
    Some(unexpected_exception), // MemManage
    Some(unexpected_exception), // BusFault
    Some(unexpected_exception), // UsageFault
    None,
    None,
    None,
    None,
    Some(unexpected_exception), // SVCall
    Some(unexpected_exception), // DebugMonitor
    None,
    Some(unexpected_exception), // PendSV
    Some(unexpected_exception), // SysTick
];

// The reset handler. The core arrives here with MSP already loaded from word 0 of the vector table.
core::arch::global_asm!(
    ".section .text.Reset, \"ax\"",
    ".global Reset",
    ".type Reset,%function",
    ".thumb_func",
    "Reset:",
    // Copy .data: from __sidata (in flash) to __sdata..__edata (in RAM), a word at a time.
    "    ldr r0, =__sdata",
    "    ldr r1, =__edata",
    "    ldr r2, =__sidata",
    "1:  cmp r0, r1",
    "    beq 2f",
    "    ldr r3, [r2], #4",
    "    str r3, [r0], #4",
    "    b 1b",
    // Zero .bss: __sbss..__ebss.
    "2:  ldr r0, =__sbss",
    "    ldr r1, =__ebss",
    "    movs r2, #0",
    "3:  cmp r0, r1",
    "    beq 4f",
    "    str r2, [r0], #4",
    "    b 3b",
    // Every static now holds its initial value: Rust may run.
    "4:  bl main",
    "    udf #0",
);

#[no_mangle]
extern "C" fn main() -> ! {
    let messages = BOOT_MESSAGES.fetch_add(1, Ordering::Relaxed) + 1;
    print("hello from a freestanding program\n");
    print(".data copied: BOOT_MESSAGES = ");
    print_number(messages);
    print(" (41 in flash, plus this one)\n.bss zeroed: ERRORS = ");
    print_number(ERRORS.load(Ordering::Relaxed));
    print("\n");
    exit(true)
}

/// Every exception this program does not expect ends the run.
unsafe extern "C" fn unexpected_exception() {
    print("unexpected exception\n");
    exit(false)
}

#[panic_handler]
fn panic(_info: &PanicInfo) -> ! {
    ERRORS.fetch_add(1, Ordering::Relaxed);
    print("panic\n");
    exit(false)
}

/// Semihosting operation numbers (Arm "Semihosting for AArch32 and AArch64", version 2.0).
const SYS_OPEN: usize = 0x01;
const SYS_WRITE: usize = 0x05;
const SYS_EXIT: usize = 0x18;
/// `SYS_OPEN` mode 4 ("w"): with the special name ":tt", the host's standard output.
const OPEN_MODE_WRITE: usize = 4;
/// `ADP_Stopped_ApplicationExit`, and the run-time-error reason for a failure exit.
const ADP_STOPPED_APPLICATION_EXIT: usize = 0x20026;
const ADP_STOPPED_RUNTIME_ERROR_UNKNOWN: usize = 0x20023;

/// Performs semihosting operation `operation` with argument `argument`.
fn semihosting(operation: usize, argument: usize) -> usize {
    let result;
    // SAFETY: `bkpt 0xAB` traps to the semihosting host, which reads r0/r1 and writes r0. The argument is
    // either a value or the address of a parameter block (and the buffers it points to) that lives for
    // the whole call; the host only writes where an operation says it does (none of ours do). Without a debugger or an
    // emulator attached, the breakpoint stops the core (the usual semihosting caveat).
    unsafe {
        core::arch::asm!("bkpt 0xAB", inout("r0") operation => result, in("r1") argument, options(nostack));
    }
    result
}

/// Writes `bytes` to the host's standard output: opens ":tt" (the console) and writes to that handle.
/// (Re-opening per call keeps the program free of state; a real program would keep the handle.)
fn write(bytes: &[u8]) {
    const CONSOLE: &[u8] = b":tt\0";
    let open = [CONSOLE.as_ptr() as usize, OPEN_MODE_WRITE, CONSOLE.len() - 1];
    let handle = semihosting(SYS_OPEN, open.as_ptr() as usize);
    let request = [handle, bytes.as_ptr() as usize, bytes.len()];
    semihosting(SYS_WRITE, request.as_ptr() as usize);
}

/// Writes `text` to the host's standard output.
fn print(text: &str) {
    write(text.as_bytes());
}

/// Writes `value` in decimal.
fn print_number(mut value: u32) {
    let mut digits = [0_u8; 10];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    write(&digits[start..]);
}

/// Ends the run: QEMU exits with status 0 for success, 1 otherwise.
fn exit(success: bool) -> ! {
    let reason = if success { ADP_STOPPED_APPLICATION_EXIT } else { ADP_STOPPED_RUNTIME_ERROR_UNKNOWN };
    semihosting(SYS_EXIT, reason);
    // Not reached under QEMU; without a debugger the semihosting call itself faults.
    loop {
        core::hint::spin_loop();
    }
}
