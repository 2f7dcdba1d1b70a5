//! The watchdog and the reset cause.

use keel_core::ResetReason;
use keel_runtime::Fed;

use crate::{pac, trigger};

/// The watchdog: 2 s on the 32 kHz clock, reloaded through RR0, paused while a debugger halts the core.
pub struct Watchdog {
    wdt: pac::WDT,
}

impl Watchdog {
    /// Starts it; from now on only a reset stops it.
    pub fn start(wdt: pac::WDT) -> Self {
        // SAFETY: CRV is a tick count; 2 s of 32,768 Hz ticks.
        wdt.crv.write(|w| unsafe { w.bits(2 * 32_768) });
        wdt.rren.write(|w| w.rr0().enabled());
        wdt.config.write(|w| w.sleep().run().halt().pause());
        trigger(&wdt.tasks_start);
        Watchdog { wdt }
    }
}

impl keel_runtime::Watchdog for Watchdog {
    fn feed(&mut self) -> Fed {
        self.wdt.rr[0].write(|w| w.rr().reload());
        Fed::InTime
    }
}

/// Why the chip reset, from POWER.RESETREAS (cleared for the next boot). QEMU reads the register as 1
/// (the reset pin), which is reported like a power-on: the runtime has no separate pin-reset reason.
pub fn reset_reason(power: &pac::POWER) -> ResetReason {
    let cause = power.resetreas.read();
    let reason = if cause.dog().is_detected() {
        ResetReason::Watchdog
    } else if cause.lockup().is_detected() {
        ResetReason::Fault
    } else if cause.sreq().is_detected() {
        ResetReason::Software
    } else {
        ResetReason::PowerOn
    };
    // SAFETY: the register is cleared by writing ones to its bits; writing back what was read clears them.
    power.resetreas.write(|w| unsafe { w.bits(cause.bits()) });
    reason
}
