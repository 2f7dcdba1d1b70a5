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

/// Uptime from SysTick, which every Cortex-M has: it counts the core clock down from a reload value and restarts
/// every `period_ms` (a whole number of milliseconds, so the uptime needs no 64-bit arithmetic:
/// [`PeriodicClock`](crate::PeriodicClock)); its exception handler calls [`SysTickClock::wrapped`]. The core
/// clock's frequency is given at [`start`](SysTickClock::start) (it is known only after the clock set-up).
/// SysTick (ARMv7-M and ARMv6-M Architecture Reference Manuals, B3.3) has 24 bits: `period_ms` times the counts
/// per millisecond must stay below 2^24 (300 ms up to 55 MHz, 100 ms up to 167 MHz); [`start`](Self::start) logs
/// an error when they do not.
pub struct SysTickClock {
    clock: crate::PeriodicClock,
    counts_per_ms: core::sync::atomic::AtomicU32,
}

impl SysTickClock {
    /// A clock restarting every `period_ms`, not started.
    pub const fn new(period_ms: u32) -> Self {
        SysTickClock {
            clock: crate::PeriodicClock::new(period_ms),
            counts_per_ms: core::sync::atomic::AtomicU32::new(1),
        }
    }

    /// Starts SysTick on the core clock (`core_hz`) with its exception on.
    pub fn start(&self, mut systick: cortex_m::peripheral::SYST, core_hz: u32) {
        use cortex_m::peripheral::syst::SystClkSource;
        let counts_per_ms = (core_hz / 1000).max(1);
        self.counts_per_ms.store(counts_per_ms, core::sync::atomic::Ordering::Relaxed);
        if self.clock.period_ms() * counts_per_ms > 1 << 24 {
            defmt::error!(
                "SysTick cannot count {=u32} ms at {=u32} Hz: the uptime is wrong",
                self.clock.period_ms(),
                core_hz
            );
        }
        systick.set_clock_source(SystClkSource::Core);
        systick.set_reload(self.clock.period_ms() * counts_per_ms - 1);
        systick.clear_current();
        systick.enable_interrupt();
        systick.enable_counter();
    }

    /// Counts in the current period so far, and whether a restart is pending (not yet counted by the handler).
    fn position(&self) -> (u32, u32, bool) {
        let counts_per_ms = self.counts_per_ms.load(core::sync::atomic::Ordering::Relaxed);
        let reload = cortex_m::peripheral::SYST::get_reload();
        let elapsed = reload - cortex_m::peripheral::SYST::get_current();
        (elapsed, counts_per_ms, cortex_m::peripheral::SCB::is_pendst_pending())
    }

    /// Milliseconds since [`start`](Self::start).
    pub fn now_ms(&self) -> u32 {
        self.clock.now_ms(|| {
            let (elapsed, counts_per_ms, pending) = self.position();
            (elapsed / counts_per_ms, pending)
        })
    }

    /// Microseconds since [`start`](Self::start) (wrapping), for the idle loop's sleep measurement.
    pub fn now_us(&self) -> u32 {
        self.clock.now_us(|| {
            let (elapsed, counts_per_ms, pending) = self.position();
            (elapsed / (counts_per_ms / 1000).max(1), pending)
        })
    }

    /// From the SysTick exception: one more period.
    pub fn wrapped(&self) {
        self.clock.wrapped();
    }
}

/// The core's one SysTick as the uptime, restarting every 300 ms: for a core clock up to 55 MHz (every board here
/// runs at 50 MHz or less); a faster board keeps its own `SysTickClock::new(100)` and `Uptime` type.
/// A board that uses it starts it with [`SysTickClock::start`] in its clock step and calls
/// [`SysTickClock::wrapped`] from the SysTick exception.
pub static SYSTICK: SysTickClock = SysTickClock::new(300);

/// [`SYSTICK`] as the runtime's [`Uptime`](crate::Uptime), for every Cortex-M board that has SysTick (the
/// LM3S6965 and STM32 boards; the nRF51's Cortex-M0 has none).
pub struct SysTickUptime;

impl crate::Uptime for SysTickUptime {
    fn now_ms() -> u32 {
        SYSTICK.now_ms()
    }

    fn now_us() -> u32 {
        SYSTICK.now_us()
    }
}

/// Whether SysTick counts with its exception enabled (SYST_CSR's ENABLE and TICKINT), as [`SysTickClock::start`]
/// sets it: the self-check of a board whose uptime it is.
pub fn systick_running() -> bool {
    // SAFETY: a read of SYST_CSR, which has no side effect but clearing COUNTFLAG, which nothing here uses.
    let csr = unsafe { (*cortex_m::peripheral::SYST::PTR).csr.read() };
    csr & 0b11 == 0b11
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

/// The Arm run-time ABI's unsigned division, for cores without a divide instruction ([`crate::division`]:
/// `compiler_builtins`' is weak, and 380 bytes larger). Cores with one never call it, and the linker drops it.
#[no_mangle]
pub extern "aapcs" fn __aeabi_uidiv(n: u32, d: u32) -> u32 {
    crate::division::divide(n, d).0
}

/// The same with the remainder: the quotient in r0 and the remainder in r1, as a 64-bit result's two words.
#[no_mangle]
pub extern "aapcs" fn __aeabi_uidivmod(n: u32, d: u32) -> u64 {
    let (quotient, remainder) = crate::division::divide(n, d);
    (u64::from(remainder) << 32) | u64::from(quotient)
}
