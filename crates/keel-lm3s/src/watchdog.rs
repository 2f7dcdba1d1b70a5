//! WATCHDOG0 (datasheet chapter 10): the first timeout raises an interrupt, the second resets the chip; and the
//! reset cause the chip recorded.
//!
//! The board binds the WATCHDOG interrupt to a handler that records a watchdog reset in the runtime's no-init
//! record and masks the interrupt (clearing it would reload the counter); [`Watchdog::feed`] unmasks it again
//! when a late feed saved the node.

use keel_proto::ResetReason;
use keel_runtime::Fed;
use lm3s6965_pac::{Interrupt, Sysctl, Watchdog0};

use crate::SYSCLK_HZ;

/// Time to each timeout: two seconds, so a stall resets the node within four. Generous on purpose: in an
/// emulator on a busy host the virtual clock runs on while the CPU thread waits for the host.
const TIMEOUT_TICKS: u32 = 2 * SYSCLK_HZ;

/// The running watchdog.
pub struct Watchdog {
    watchdog: Watchdog0,
}

impl Watchdog {
    /// Loads the timeout, enables the interrupt and the reset, and locks the registers. Its clock must run
    /// ([`clocks::enable_peripherals`](crate::clocks::enable_peripherals)). Started before the PLL, it counts
    /// the slower reset clock until then: the first timeout only comes later.
    pub fn start(watchdog: Watchdog0) -> Self {
        watchdog.lock().write(|w| w.wdtlock().key());
        watchdog.load().write(|w| w.wdtload().set(TIMEOUT_TICKS));
        // Stop the counter while a debugger halts the core, so stepping does not reset the board.
        watchdog.test().write(|w| w.stall().set_bit());
        watchdog.ctl().write(|w| w.inten().set_bit().resen().set_bit());
        // SAFETY: any value other than the key locks the registers again.
        watchdog.lock().write(|w| unsafe { w.bits(0) });
        Watchdog { watchdog }
    }
}

impl keel_runtime::Watchdog for Watchdog {
    /// Restarts the countdown (clearing the interrupt reloads the counter). When the first timeout had already
    /// passed (the node came within one timeout of a reset), listens for the next warning again.
    fn feed(&mut self) -> Fed {
        let expired = self.watchdog.ris().read().wdtris().bit_is_set();
        self.watchdog.lock().write(|w| w.wdtlock().key());
        // Any write to ICR clears the interrupt and reloads the counter.
        self.watchdog.icr().write(|w| w.set(0));
        // SAFETY: as in `start`: any value but the key is valid and locks.
        self.watchdog.lock().write(|w| unsafe { w.bits(0) });
        if !expired {
            return Fed::InTime;
        }
        // SAFETY: unmasks the interrupt the warning handler masked; its handler is bound by RTIC and shares no
        // resources, so this breaks no critical section.
        unsafe { cortex_m::peripheral::NVIC::unmask(Interrupt::WATCHDOG) };
        Fed::AfterWarning
    }
}

/// The reset cause the chip recorded (RESC), for boots the firmware did not announce itself; cleared after
/// reading, so the next boot sees only its own. QEMU leaves RESC at 0, which reads as a power-on.
pub fn reset_reason(sysctl: &Sysctl) -> ResetReason {
    let resc = sysctl.resc().read();
    let reason = if resc.wdt().bit_is_set() {
        ResetReason::Watchdog
    } else if resc.sw().bit_is_set() {
        ResetReason::Software
    } else {
        ResetReason::PowerOn
    };
    sysctl.resc().write(|w| w.wdt().clear_bit().sw().clear_bit().por().clear_bit().bor().clear_bit().ext().clear_bit());
    reason
}
