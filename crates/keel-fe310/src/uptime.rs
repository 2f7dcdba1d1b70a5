//! The CLINT's `mtime` as the uptime counter and the work loop's alarm: the runtime's [`Uptime`] and [`Alarm`].
//!
//! `mtime` counts the 32,768 Hz real-time clock (manual, chapter 9 "CLINT"; QEMU 10 too, but QEMU 7.2 runs it
//! at 10 MHz, so the board needs QEMU 10) in 64 bits: it never wraps in practice, so no restart counting is
//! needed, unlike the boards whose timers are 24 or 32 bits wide.

/// `mtime` (the CLINT at 0x0200_0000, `mtime` at +0xBFF8) and hart 0's `mtimecmp` (+0x4000).
const MTIME_LO: *const u32 = 0x0200_BFF8 as *const u32;
const MTIME_HI: *const u32 = 0x0200_BFFC as *const u32;
const MTIMECMP_LO: *mut u32 = 0x0200_4000 as *mut u32;
const MTIMECMP_HI: *mut u32 = 0x0200_4004 as *mut u32;

/// Ticks of `mtime` a second.
const MTIME_HZ: u64 = 32_768;

/// The 64-bit `mtime` on a 32-bit hart: high, low, high again, until the high half did not change between.
fn mtime() -> u64 {
    loop {
        // SAFETY: reads of the CLINT's mtime halves, which have no side effects.
        let (hi, lo, again) = unsafe { (MTIME_HI.read_volatile(), MTIME_LO.read_volatile(), MTIME_HI.read_volatile()) };
        if hi == again {
            return u64::from(hi) << 32 | u64::from(lo);
        }
    }
}

/// `mtime` as the runtime's uptime.
pub struct Uptime;

impl keel_runtime::Uptime for Uptime {
    /// Milliseconds since reset (wrapping at 2^32): ticks * 1000 / 32768 = ticks * 125 / 4096, exactly, with a
    /// shift (rv32 has no 64-bit divide; the library routine costs about 1 KiB).
    fn now_ms() -> u32 {
        ((mtime() * 125) >> 12) as u32
    }

    /// Microseconds since reset (wrapping at 2^32), for the idle loop's sleep measurement: ticks * 10^6 / 32768
    /// = ticks * 15625 / 512, exactly.
    fn now_us() -> u32 {
        ((mtime() * 15_625) >> 9) as u32
    }
}

/// Writes `mtimecmp` without passing through a smaller value between the halves (the RISC-V privileged
/// specification's sequence: low half all ones first).
fn set_mtimecmp(at: u64) {
    // SAFETY: writes of hart 0's mtimecmp, which only decide when the machine timer interrupt is pending.
    unsafe {
        MTIMECMP_LO.write_volatile(u32::MAX);
        MTIMECMP_HI.write_volatile((at >> 32) as u32);
        MTIMECMP_LO.write_volatile(at as u32);
    }
}

/// The machine timer's `mtimecmp` as the one-shot alarm.
pub struct Alarm {
    _private: (),
}

impl Alarm {
    /// Enables the machine timer interrupt, disarmed until the first `set`.
    pub fn start() -> Self {
        set_mtimecmp(u64::MAX);
        // SAFETY: enables the machine timer interrupt, whose handler the board defines (it calls [`interrupt`]).
        unsafe { riscv::register::mie::set_mtimer() };
        Alarm { _private: () }
    }
}

/// The longest alarm: the work loop's deadlines are at most a few seconds away (and 32-bit arithmetic holds).
const MAX_ALARM_MS: u32 = 60_000;

impl keel_runtime::Alarm for Alarm {
    /// The machine timer interrupts `delay_ms` from now (rounded up to the next tick of `mtime`; a deadline
    /// further than [`MAX_ALARM_MS`] wakes the loop early, which then sets the alarm again).
    fn set(&mut self, delay_ms: u32) {
        let ticks = (delay_ms.min(MAX_ALARM_MS) * MTIME_HZ as u32).div_ceil(1000);
        set_mtimecmp(mtime() + u64::from(ticks.max(1)));
    }
}

/// From the machine timer interrupt: disarms the alarm (it stays pending until `mtimecmp` moves past `mtime`).
pub fn interrupt() {
    set_mtimecmp(u64::MAX);
}
