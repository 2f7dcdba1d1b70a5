//! What needs the chip: the only module of the runtime with `unsafe`, each block with its `// SAFETY:` reason.
//!
//! * [`mem`]: `memcpy` and `memset` (and the Arm EABI's forms), written for size.
//! * [`noinit`]: the reset record in RAM that start-up does not zero.
//! * this module: start-up (stack painting, the previous boot's record), the panic strategy, the idle sleep
//!   and the defmt transport, the same on every core;
//! * [`cortex_m`] and [`riscv`]: what differs per architecture (the fault handlers, the reset, the stack
//!   pointer, semihosting's calling convention).
//! * [`DefmtFrames`]: telemetry for boards with one serial port, carried in the defmt stream.
//!
//! The panic and fault strategy:
//! * debug builds (development, tests): print the message and location through defmt and stop: in QEMU the
//!   semihosting exit makes the emulator fail, so a test run stops at the first broken invariant; on a board
//!   a breakpoint halts the core for the debugger;
//! * release builds: store the message in the no-init reset record and reset; the next boot reports it in
//!   the banner, the log and `status`. A node in the field comes back instead of hanging.

#![allow(unsafe_code)]

#[cfg(target_arch = "arm")]
pub mod cortex_m;
#[cfg(target_arch = "arm")]
use cortex_m as arch;
#[cfg(target_arch = "riscv32")]
pub mod riscv;
#[cfg(target_arch = "riscv32")]
use riscv as arch;
pub mod mem;
pub mod noinit;
#[cfg(feature = "qemu")]
mod semihosting;

use core::panic::PanicInfo;

use keel_core::text::Line;
use keel_proto::ResetReason;

use crate::board::FrameSink;
use crate::startup::{step, Startup};
use crate::time::Uptime;

/// Telemetry for a board whose only serial port is the console: each encoded frame travels in the defmt
/// stream (semihosting in the emulator, RTT on a board) as one `keel-telemetry` message that the host
/// decodes back into the frame (`keel-bench`, `cargo xtask run`). It is not subject to the `log` level:
/// `log off` silences the log, not the telemetry.
pub struct DefmtFrames;

/// The text every telemetry message in the defmt stream starts with; the host looks for it.
pub const DEFMT_FRAME_TAG: &str = "keel-telemetry";

impl FrameSink for DefmtFrames {
    fn send(&mut self, frame: &[u8]) -> bool {
        defmt::println!("keel-telemetry {=[u8]:x}", frame);
        true
    }
}

/// Puts the board's uptime (its chip crate's [`Uptime`](crate::Uptime) type) in every defmt log line:
/// `keel_runtime::defmt_uptime!(keel_nrf51::uptime::Uptime);`.
#[macro_export]
macro_rules! defmt_uptime {
    ($uptime:ty) => {
        $crate::__private::defmt::timestamp!("{=u32:ms}", <$uptime as $crate::Uptime>::now_ms());
    };
}

/// The word the unused stack is filled with at boot (the bench and a debugger look for it).
pub const STACK_PAINT: u32 = 0xDEAD_C0DE;

/// Bytes below the current stack pointer that painting leaves alone (the caller's frame and its own).
const PAINT_MARGIN: usize = 256;

extern "C" {
    /// The end of the statics, the lowest address the stack may reach (cortex-m-rt's `link.x` defines it;
    /// on riscv-rt, the runtime's `keel-riscv.x` fragment does).
    static mut _stack_end: u32;
}

/// Step 1 of the start-up ([`startup`](crate::startup)), the first thing a board's start-up calls while the
/// stack is still shallow and interrupts are off: paints the unused stack (for the high-water mark), takes the
/// previous boot's reset record, and reads the chip's reset cause with `hardware_reason`.
#[inline(always)]
pub fn begin(hardware_reason: impl FnOnce() -> ResetReason) -> Startup<step::Cause> {
    paint_stack();
    let previous = noinit::take();
    Startup::new(previous, hardware_reason())
}

/// Fills the stack from the end of the statics up to just below the current stack pointer, so its
/// high-water mark can be read later (the emulator bench reads it through QEMU; a debugger can too).
fn paint_stack() {
    let bottom = core::ptr::addr_of_mut!(_stack_end);
    let top = arch::stack_pointer().saturating_sub(PAINT_MARGIN) as *mut u32;
    let mut word = bottom;
    while word < top {
        // SAFETY: every word from the end of the statics (`_stack_end`, placed by the linker script) up to
        // PAINT_MARGIN bytes below the current stack pointer is stack nothing has used yet: nothing else
        // lives there and no live frame reaches below the stack pointer. Both ends are 4-byte aligned (the
        // scripts align `_stack_end`; the stack pointer is 8- or 16-byte aligned).
        unsafe {
            word.write_volatile(STACK_PAINT);
            word = word.add(1);
        }
    }
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    arch::disable_interrupts();
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

/// Ends this boot according to the build's strategy (see the module documentation).
fn fail(reason: ResetReason, message: &[u8]) -> ! {
    if cfg!(debug_assertions) {
        #[cfg(feature = "qemu")]
        semihosting::exit_failure();
        arch::stop_for_debugger();
    }
    noinit::store(reason, message);
    arch::reset()
}

/// Sleeps until an interrupt, then counts the wake-up and how long the core slept on the board's uptime `U`.
///
/// The sleep is measured with interrupts masked: `wfi` still returns when one becomes pending (on Cortex-M
/// and RISC-V alike), and the time after it is read (and the sleep counted) before the handler runs, so the
/// handlers' time counts as busy, and the sleep in the second it happened.
pub fn sleep<U: Uptime>() {
    sleep_unless::<U>(|| false);
}

/// [`sleep`], unless `pending()` says there is work, checked with interrupts masked so that an interrupt
/// between the check and the `wfi` cannot be missed: it stays pending and `wfi` returns at once.
fn sleep_unless<U: Uptime>(pending: impl Fn() -> bool) {
    critical_section::with(|_| {
        if pending() {
            return;
        }
        let before = U::now_us();
        arch::wait_for_interrupt();
        // Counted before the handlers run: the work loop they wake may close the second being counted, and
        // this sleep belongs to it.
        crate::SIGNALS.woke(U::now_us().wrapping_sub(before));
    });
}

/// The idle loop of a firmware whose interrupts do the work (an RTIC `idle`): [`sleep`], again.
pub fn sleep_forever<U: Uptime>() -> ! {
    loop {
        sleep::<U>();
    }
}

/// Set by [`wake`]: the work loop has something to do.
static WORK: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

/// Asks [`serve`]'s loop to run again (from an interrupt that queued something, or from the loop itself when
/// a deadline has already passed).
pub fn wake() {
    WORK.store(true, core::sync::atomic::Ordering::Release);
}

/// The work loop of a firmware without an executor, on a plain `#[entry]`: runs `work` (the board's call of
/// `Runtime::run_and_arm` with [`wake`] as its `wake_now`), then sleeps until an interrupt or a [`wake`].
/// Interrupt handlers queue their data, call [`wake`] and return; all the node's work happens here.
pub fn serve<U: Uptime>(mut work: impl FnMut()) -> ! {
    loop {
        WORK.store(false, core::sync::atomic::Ordering::Relaxed);
        work();
        sleep_unless::<U>(|| WORK.load(core::sync::atomic::Ordering::Acquire));
    }
}

/// Console input for the node at boot, from the emulator's command line: what follows `keel: ` in QEMU's
/// `-append` (QEMU gives the program's path, a space and the `-append` text; the marker keeps a path with spaces
/// from being typed), ending in a carriage return; nothing when there is none. For the bench's deterministic
/// runs: test images (`test-commands`) in the emulator (`qemu`) only.
#[cfg(all(feature = "qemu", feature = "test-commands"))]
pub fn boot_input(buffer: &mut [u8]) -> &[u8] {
    const MARKER: &[u8] = b" keel: ";
    let length = semihosting::command_line(buffer).len();
    let Some(at) = buffer[..length].windows(MARKER.len()).position(|w| w == MARKER) else { return &[] };
    let start = at + MARKER.len();
    let end = length.min(buffer.len() - 1);
    if start >= end {
        return &[];
    }
    buffer[end] = b'\r';
    &buffer[start..=end]
}

/// Executes an undefined instruction, for `test fault` (test images only): a real fault on every core, which its
/// handler reports (Cortex-M: a HardFault, escalated from the usage fault, with the instruction's `pc`; RISC-V:
/// an illegal instruction, `mcause=2`, with its `mepc`), and the build's failure strategy follows. Not a read
/// of an address with no device: QEMU's lm3s6965evb ignores failed bus transactions, so such a read returns 0.
#[cfg(feature = "test-commands")]
#[inline(never)]
pub fn fault_now() -> ! {
    #[cfg(target_arch = "arm")]
    ::cortex_m::asm::udf();
    // SAFETY: `unimp` only traps (an illegal instruction); the trap handler does not return here.
    #[cfg(target_arch = "riscv32")]
    unsafe {
        core::arch::asm!("unimp", options(noreturn))
    }
}

/// Resets the chip (Cortex-M: the core's reset request; RISC-V: the board's reset, see [`riscv`]).
pub fn reset() -> ! {
    arch::reset()
}

#[cfg(all(feature = "qemu", feature = "rtt"))]
compile_error!("enable one defmt transport: `qemu` (semihosting, for the emulator) or `rtt` (for a board)");

#[cfg(feature = "rtt")]
use defmt_rtt as _;
