//! defmt over semihosting `SYS_WRITEC`/`SYS_WRITE0`: QEMU routes exactly those two calls to the chardev
//! named by `-semihosting-config chardev=ID`, which keeps the binary log apart from the UART console, on Arm
//! and RISC-V alike (the call's instruction sequence is the architecture's: `super::arch::semihosting_call`).
//! `defmt-semihosting` uses `SYS_WRITE` instead, which QEMU 7.2 always sends to its own stdout, so this small
//! logger is written here. A semihosting call stops a core that has no debugger attached: never on silicon.

use core::cell::RefCell;
use core::sync::atomic::{AtomicBool, Ordering};

use critical_section::{Mutex, RestoreState};

/// The semihosting operations used here (Arm's semihosting specification; RISC-V's uses the same numbers).
const SYS_WRITEC: usize = 0x03;
const SYS_WRITE0: usize = 0x04;
const SYS_EXIT: usize = 0x18;
#[cfg(feature = "test-commands")]
const SYS_GET_CMDLINE: usize = 0x15;
/// SYS_EXIT's reason for a failed run (ADP_Stopped_RunTimeErrorUnknown): QEMU exits with status 1.
const ADP_STOPPED_RUN_TIME_ERROR: usize = 0x2_0023;

pub fn exit_failure() {
    // SAFETY: on 32-bit targets SYS_EXIT takes the reason code itself as its argument; QEMU runs with
    // semihosting enabled whenever the `qemu` feature is built.
    unsafe { super::arch::semihosting_call(SYS_EXIT, ADP_STOPPED_RUN_TIME_ERROR) };
}

/// The emulator's command line for the program (`SYS_GET_CMDLINE`: QEMU gives the kernel's path, a space and
/// what `-append` says) copied into `buffer`; empty when there is none or it does not fit.
#[cfg(feature = "test-commands")]
pub fn command_line(buffer: &mut [u8]) -> &[u8] {
    let mut block = [buffer.as_mut_ptr() as usize, buffer.len()];
    // SAFETY: SYS_GET_CMDLINE takes a two-word block (buffer address, its length), writes at most that many
    // bytes into the buffer, and the length written into the block's second word; both live for the call.
    let status = unsafe { super::arch::semihosting_call(SYS_GET_CMDLINE, block.as_mut_ptr() as usize) };
    let length = if status == 0 { block[1].min(buffer.len()) } else { 0 };
    &buffer[..length]
}

/// Bytes collected before one `SYS_WRITE0` call; rzcobs frames contain no zero byte before their end,
/// so a chunk is a valid C string once terminated.
const CHUNK: usize = 64;

struct State {
    encoder: defmt::Encoder,
    chunk: heapless::Vec<u8, { CHUNK + 1 }>,
}

static STATE: Mutex<RefCell<State>> =
    Mutex::new(RefCell::new(State { encoder: defmt::Encoder::new(), chunk: heapless::Vec::new() }));
static TAKEN: AtomicBool = AtomicBool::new(false);
static mut RESTORE: RestoreState = RestoreState::invalid();

#[defmt::global_logger]
struct Logger;

// SAFETY: defmt calls acquire/write/flush/release in that order from one context at a time; the
// critical section held from acquire to release (interrupts off on these single-core chips) guarantees
// nothing else logs in between, and TAKEN catches re-entry from a panic inside a log call.
unsafe impl defmt::Logger for Logger {
    fn acquire() {
        // SAFETY: paired with the release in `Logger::release`, which defmt always calls.
        let restore = unsafe { critical_section::acquire() };
        // A load and a store (Cortex-M0 has no atomic swap); interrupts are off, so nothing intervenes.
        if TAKEN.load(Ordering::Relaxed) {
            panic!("defmt logger taken reentrantly");
        }
        TAKEN.store(true, Ordering::Relaxed);
        // SAFETY: only written here and read in `release`, both inside the critical section.
        unsafe { RESTORE = restore };
        with_state(|State { encoder, chunk }| encoder.start_frame(|bytes| push(chunk, bytes)));
    }

    unsafe fn flush() {}

    unsafe fn release() {
        with_state(|State { encoder, chunk }| {
            encoder.end_frame(|bytes| push(chunk, bytes));
            send(chunk);
        });
        TAKEN.store(false, Ordering::Relaxed);
        // SAFETY: RESTORE was set by the matching `acquire`; we are still inside its critical section.
        unsafe { critical_section::release(RESTORE) };
    }

    unsafe fn write(bytes: &[u8]) {
        with_state(|State { encoder, chunk }| encoder.write(bytes, |bytes| push(chunk, bytes)));
    }
}

/// Runs `f` on the logger's state. `try_borrow_mut` rather than `borrow_mut`: TAKEN already excludes
/// re-entry, and the panicking borrow would keep core::fmt's `BorrowMutError` formatting in flash.
fn with_state(f: impl FnOnce(&mut State)) {
    critical_section::with(|cs| {
        if let Ok(mut state) = STATE.borrow(cs).try_borrow_mut() {
            f(&mut state);
        }
    });
}

/// Appends encoded bytes, sending full chunks; a zero byte (the frame delimiter) goes out on its own.
fn push(chunk: &mut heapless::Vec<u8, { CHUNK + 1 }>, bytes: &[u8]) {
    for &byte in bytes {
        if byte == 0 {
            send(chunk);
            // SAFETY: SYS_WRITEC takes a pointer to one byte, valid for the call; QEMU runs with
            // semihosting enabled whenever the `qemu` feature is built.
            unsafe { super::arch::semihosting_call(SYS_WRITEC, core::ptr::addr_of!(byte) as usize) };
            continue;
        }
        if chunk.len() == CHUNK {
            send(chunk);
        }
        let _ = chunk.push(byte); // cannot fail: at most CHUNK bytes before a send
    }
}

/// Writes the collected bytes (none of them zero) with one SYS_WRITE0 call.
fn send(chunk: &mut heapless::Vec<u8, { CHUNK + 1 }>) {
    if chunk.is_empty() {
        return;
    }
    let _ = chunk.push(0); // the spare slot holds the terminator
                           // SAFETY: SYS_WRITE0 reads a NUL-terminated string; the chunk has no zero byte before the one just
                           // pushed, and stays alive for the call.
    unsafe { super::arch::semihosting_call(SYS_WRITE0, chunk.as_ptr() as usize) };
    chunk.clear();
}
