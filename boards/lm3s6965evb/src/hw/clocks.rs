//! The system clock: the main oscillator (8 MHz crystal on the EVB) through the PLL to 50 MHz.
//!
//! Datasheet section 6.1.3 "Clock Control": the PLL runs at 400 MHz and is divided by 2, then by SYSDIV+1;
//! SYSDIV = 3 gives 50 MHz, the fastest the LM3S6965 allows. QEMU models the same divider (its clock period is
//! 5 ns times SYSDIV+1) and reports PLL lock in RIS as the chip does.

use keel_proto::ResetReason;
use lm3s6965_pac::Sysctl;

/// Why the clock could not be set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, defmt::Format)]
pub enum ClockError {
    /// The PLL did not report lock in time; the chip stays on the crystal, undivided.
    PllLockTimeout,
}

/// Switches to the 50 MHz PLL clock; on failure leaves a working (slower) clock and says so.
pub fn init(sysctl: &Sysctl) -> Result<(), ClockError> {
    // 1. Bypass the PLL and the divider while changing them.
    sysctl.rcc().modify(|_, w| w.bypass().set_bit().usesysdiv().clear_bit());
    // 2. Crystal value and oscillator source, main oscillator on, PLL powered up and its output enabled
    //    (PWRDN and OEN are both set at reset; the PLL drives the system clock only with both clear).
    sysctl.misc().write(|w| w.plllmis().clear_bit_by_one()); // clear a stale lock flag
    sysctl.rcc().modify(|_, w| w.xtal().mhz8_000().oscsrc().mosc().moscdis().clear_bit().pwrdn().clear_bit().oen().clear_bit());
    // 3. Divider for 50 MHz.
    sysctl.rcc().modify(|_, w| w.sysdiv().div4().usesysdiv().set_bit());
    // 4. Wait for lock (the datasheet gives at most 0.5 ms; allow far more), then drop the bypass.
    for _ in 0..100_000 {
        if sysctl.ris().read().plllris().bit_is_set() {
            sysctl.rcc().modify(|_, w| w.bypass().clear_bit());
            return Ok(());
        }
    }
    sysctl.rcc().modify(|_, w| w.usesysdiv().clear_bit());
    Err(ClockError::PllLockTimeout)
}

/// The reset cause the chip recorded (RESC), for boots the firmware did not announce itself.
/// QEMU leaves RESC at 0, which reads as a power-on.
pub fn hardware_reset_reason() -> ResetReason {
    // SAFETY: read-only use of a register no other code touches after init.
    let sysctl = unsafe { Sysctl::steal() };
    let resc = sysctl.resc().read();
    let reason = if resc.wdt().bit_is_set() {
        ResetReason::Watchdog
    } else if resc.sw().bit_is_set() {
        ResetReason::Software
    } else {
        ResetReason::PowerOn
    };
    // Clear the sticky bits so the next boot sees only its own cause.
    sysctl.resc().write(|w| w.wdt().clear_bit().sw().clear_bit().por().clear_bit().bor().clear_bit().ext().clear_bit());
    reason
}
