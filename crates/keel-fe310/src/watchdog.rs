//! The AON block's watchdog (manual, chapter 12 "Watchdog Timer"), the chip's only reset source software can
//! trigger, and the reset cause.
//!
//! Two traps, measured in QEMU 10 (`tests/README.md`, "What QEMU models"), that e310x-hal falls into:
//! * every write to a watchdog register must follow a write of the key 0x51F15E to `wdogkey`, which unlocks
//!   exactly one write; without it the write is ignored (the HAL writes the compare value without it, so the
//!   compare value stays at its reset value);
//! * a watchdog reset leaves `wdogcount` (at or past the compare value) and the pending bit `cmpip` set: enabling
//!   it again before zeroing the count and clearing `cmpip` resets again at once, in a loop. So [`Watchdog::start`]
//!   stops it (clearing `cmpip`), feeds it (zeroing the count), sets the compare value and only then enables it.

use keel_core::ResetReason;
use keel_runtime::Fed;

use crate::pac;

const KEY: u32 = 0x0051_F15E;
const FOOD: u32 = 0x0D09_F00D;
/// `wdogcfg` bits: the prescaler (`wdogs` = `wdogcount` >> scale), reset enable, count always, pending.
const SCALE_MASK: u32 = 0xF;
const RSTEN: u32 = 1 << 8;
const ENALWAYS: u32 = 1 << 12;
const CMPIP: u32 = 1 << 28;
/// The AON clock: the 32,768 Hz real-time oscillator.
const AON_HZ: u32 = 32_768;

fn registers() -> &'static pac::wdog::RegisterBlock {
    // SAFETY: the register block lives for the whole program; its users are the one `Watchdog`, the reset
    // (which ends the program) and the reset cause read before the watchdog starts.
    unsafe { &*pac::Wdog::ptr() }
}

/// Writes a watchdog register after the key that unlocks it.
fn unlocked<T>(write: impl FnOnce(&pac::wdog::RegisterBlock) -> T) {
    critical_section::with(|_| {
        let wdog = registers();
        // SAFETY: the key is the documented unlock value.
        wdog.wdogkey().write(|w| unsafe { w.bits(KEY) });
        write(wdog);
    });
}

/// The running watchdog.
pub struct Watchdog {
    _private: (),
}

impl Watchdog {
    /// Starts it with a timeout of about `timeout_ms` (at most 2^16 << 15 ticks, about 18 hours); from now on
    /// only a feed keeps the chip from resetting.
    pub fn start(_wdog: pac::Wdog, timeout_ms: u32) -> Self {
        let ticks = u64::from(timeout_ms) * u64::from(AON_HZ) / 1000;
        // The smallest prescaler that fits the count in the 16-bit compare value.
        let scale = (0..=15u32).find(|&scale| ticks >> scale <= 0xFFFF).unwrap_or(15);
        let compare = (ticks >> scale).clamp(1, 0xFFFF) as u32;
        // Stop (which clears cmpip), count from 0, compare value, then start: each a documented value written
        // after the key.
        // SAFETY: 0 is a valid configuration (everything off).
        unlocked(|w| w.wdogcfg().write(|w| unsafe { w.bits(0) }));
        // SAFETY: FOOD is the documented feed value (it zeroes the count).
        unlocked(|w| w.wdogfeed().write(|w| unsafe { w.bits(FOOD) }));
        // SAFETY: any 16-bit compare value is valid; `compare` is clamped to 16 bits.
        unlocked(|w| w.wdogcmp().write(|w| unsafe { w.bits(compare) }));
        // SAFETY: a scale within SCALE_MASK and the documented RSTEN and ENALWAYS bits.
        unlocked(|w| w.wdogcfg().write(|w| unsafe { w.bits(scale & SCALE_MASK | RSTEN | ENALWAYS) }));
        Watchdog { _private: () }
    }
}

impl keel_runtime::Watchdog for Watchdog {
    fn feed(&mut self) -> Fed {
        // SAFETY: the documented feed value, after the key.
        unlocked(|w| w.wdogfeed().write(|w| unsafe { w.bits(FOOD) }));
        Fed::InTime
    }
}

/// Resets the chip now: the FE310 has no reset request register, so the watchdog does it, with a compare value
/// of 0 (it fires on its next tick, about 31 us later).
pub fn reset_now() -> ! {
    let_the_uarts_finish();
    riscv::interrupt::disable();
    // SAFETY: 0 is a valid configuration (everything off).
    unlocked(|w| w.wdogcfg().write(|w| unsafe { w.bits(0) }));
    // SAFETY: a compare value of 0 is valid: it fires at the next tick.
    unlocked(|w| w.wdogcmp().write(|w| unsafe { w.bits(0) }));
    // SAFETY: the documented RSTEN and ENALWAYS bits, scale 0.
    unlocked(|w| w.wdogcfg().write(|w| unsafe { w.bits(RSTEN | ENALWAYS) }));
    loop {
        riscv::asm::wfi();
    }
}

/// Waits 2 ms (by `mtime`, bounded in polls too) so that what the UARTs still hold leaves before the reset cuts it
/// off: the transmit watermark says the FIFO is empty while its last byte is still being shifted out (87 us at
/// 115,200 baud), and QEMU's model sends its FIFO to the host on a timer and reports the watermark pending whatever
/// the FIFO holds (seen: the end of `ok: resetting` lost at the reset). `mtime` is read every thousand spins, not
/// in a tight loop: each read is a device access for which QEMU's vCPU takes the lock its timers need, and a tight
/// loop of them kept the UART's timer from running (the end of the reply was still lost once in six resets).
fn let_the_uarts_finish() {
    use keel_runtime::Uptime as _;
    let start = crate::uptime::Uptime::now_us();
    let _ = keel_runtime::Polls(1_000).until(|| {
        for _ in 0..1_000 {
            riscv::asm::nop();
        }
        crate::uptime::Uptime::now_us().wrapping_sub(start) >= 2_000
    });
}

/// Why the chip started, read before [`Watchdog::start`] clears the evidence: the PMU's `pmucause` reset cause
/// (bits 9:8: 0 power-on, 1 the reset pin, 2 the watchdog) on silicon; QEMU does not model the PMU (it reads 0),
/// but leaves the watchdog's `cmpip` set after a watchdog reset, which silicon does too.
pub fn reset_reason(pmu: &pac::Pmu) -> ResetReason {
    let cause = (pmu.pmucause().read().bits() >> 8) & 0b11;
    let fired = registers().wdogcfg().read().bits() & CMPIP != 0;
    match cause {
        _ if fired => ResetReason::Watchdog,
        2 => ResetReason::Watchdog,
        _ => ResetReason::PowerOn,
    }
}
