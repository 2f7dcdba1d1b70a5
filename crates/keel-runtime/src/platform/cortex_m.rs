//! Arm Cortex-M: start-up, stack painting, the panic and fault strategy, and the defmt transports.
//!
//! The strategy:
//! * debug builds (development, tests): print the message and location through defmt and stop: in QEMU the
//!   semihosting exit makes the emulator fail, so a test run stops at the first broken invariant; on a board
//!   a breakpoint halts the core for the debugger;
//! * release builds: store the message in the no-init reset record and reset; the next boot reports it in
//!   the banner, the log and `status`. A node in the field comes back instead of hanging.

use core::panic::PanicInfo;

use cortex_m_rt::{exception, ExceptionFrame};
use keel_core::text::Line;
use keel_proto::ResetReason;

use super::noinit;
use crate::reset::Previous;

/// The word the unused stack is filled with at boot (the bench and a debugger look for it).
pub const STACK_PAINT: u32 = 0xDEAD_C0DE;

/// Bytes below the current stack pointer that painting leaves alone (the caller's frame and its own).
const PAINT_MARGIN: usize = 256;

extern "C" {
    /// cortex-m-rt: the end of the statics, the lowest address the stack may reach.
    static mut _stack_end: u32;
}

/// The first thing a board's start-up calls, while the stack is still shallow and interrupts are off:
/// paints the unused stack (for the high-water mark) and takes the previous boot's reset record.
pub fn start() -> Option<Previous> {
    paint_stack();
    noinit::take()
}

/// Fills the stack from the end of the statics up to just below the current stack pointer, so its
/// high-water mark can be read later (the emulator bench reads it through QEMU; a debugger can too).
fn paint_stack() {
    let bottom = core::ptr::addr_of_mut!(_stack_end);
    let top = (cortex_m::register::msp::read() as usize).saturating_sub(PAINT_MARGIN) as *mut u32;
    let mut word = bottom;
    while word < top {
        // SAFETY: every word from the end of the statics (`_stack_end`, placed by cortex-m-rt's linker
        // script) up to PAINT_MARGIN bytes below the current stack pointer is stack nothing has used yet:
        // nothing else lives there and no live frame reaches below the stack pointer. Both ends are 4-byte
        // aligned (the script aligns `_stack_end`; the stack pointer is 8-byte aligned).
        unsafe {
            word.write_volatile(STACK_PAINT);
            word = word.add(1);
        }
    }
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let mut message = Line::new();
    // Only a message without arguments is stored: formatting arbitrary panic arguments keeps core::fmt and
    // every Debug implementation a panic site names in flash (about 4 KiB). The location points at the line.
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
    noinit::store(reason, message);
    cortex_m::peripheral::SCB::sys_reset()
}

/// Sleeps until an interrupt, then counts the wake-up and how long the core slept. `now_us` reads the board's
/// clock in microseconds (wrapping).
///
/// The sleep is measured with interrupts masked: `wfi` still returns when one becomes pending, and the time
/// after it is read (and the sleep counted) before the handler runs, so the handlers' time counts as busy, and
/// the sleep in the second it happened.
pub fn sleep(now_us: fn() -> u32) {
    cortex_m::interrupt::free(|_| {
        let before = now_us();
        cortex_m::asm::wfi();
        // Counted before the handlers run: the work loop they wake may close the second being counted, and
        // this sleep belongs to it.
        crate::SIGNALS.woke(now_us().wrapping_sub(before));
    });
}

/// The idle loop of a firmware whose interrupts do the work: [`sleep`], again.
pub fn sleep_forever(now_us: fn() -> u32) -> ! {
    loop {
        sleep(now_us);
    }
}

/// Resets the chip through the core's AIRCR (SYSRESETREQ), which every Cortex-M has.
pub fn reset() -> ! {
    cortex_m::peripheral::SCB::sys_reset()
}

#[cfg(all(feature = "qemu", feature = "rtt"))]
compile_error!("enable one defmt transport: `qemu` (semihosting, for the emulator) or `rtt` (for a board)");

#[cfg(feature = "rtt")]
use defmt_rtt as _;

/// defmt over semihosting `SYS_WRITEC`/`SYS_WRITE0`: QEMU routes exactly those two calls to the chardev
/// named by `-semihosting-config chardev=ID`, which keeps the binary log apart from the UART console.
/// `defmt-semihosting` uses `SYS_WRITE` instead, which QEMU 7.2 always sends to its own stdout, so this small
/// logger is written here. A semihosting call stops a core that has no debugger attached: never on silicon.
#[cfg(feature = "qemu")]
mod semihosting {
    use core::cell::RefCell;
    use core::sync::atomic::{AtomicBool, Ordering};

    use critical_section::{Mutex, RestoreState};

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
                unsafe { cortex_m_semihosting::syscall(cortex_m_semihosting::nr::WRITEC, &byte) };
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
        unsafe { cortex_m_semihosting::syscall1(cortex_m_semihosting::nr::WRITE0, chunk.as_ptr() as usize) };
        chunk.clear();
    }
}
