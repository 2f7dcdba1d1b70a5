//! The independent watchdog and the reset flags.

use embassy_stm32::peripherals::IWDG;
use embassy_stm32::wdg::IndependentWatchdog;
use embassy_stm32::{pac, Peri};
use keel_core::ResetReason;
use keel_runtime::Fed;

/// The independent watchdog, frozen while a debugger halts the core (so stepping does not reset the chip).
pub struct Watchdog {
    watchdog: IndependentWatchdog<'static, IWDG>,
}

impl Watchdog {
    /// Starts it with a timeout of `timeout_ms` (embassy takes the LSI as 40 kHz on F0 and F1, 32 kHz on F4 and
    /// L0; the LSI varies by tens of percent between chips, which the runtime's 250 ms feeding absorbs).
    pub fn start(iwdg: Peri<'static, IWDG>, timeout_ms: u32) -> Self {
        #[cfg(feature = "f1")]
        pac::DBGMCU.cr().modify(|w| w.set_iwdg(true));
        #[cfg(feature = "f4")]
        pac::DBGMCU.apb1fzr().modify(|w| w.set_iwdg(true));
        #[cfg(feature = "f0")]
        {
            pac::RCC.apb2enr().modify(|w| w.set_dbgmcuen(true));
            pac::DBGMCU.apb1_fz().modify(|w| w.set_iwdg(true));
        }
        #[cfg(feature = "l0")]
        {
            pac::RCC.apb2enr().modify(|w| w.set_dbgen(true));
            pac::DBGMCU.apb1fzr().modify(|w| w.set_iwdg(true));
        }
        let mut watchdog = IndependentWatchdog::new(iwdg, timeout_ms * 1000);
        watchdog.unleash();
        Watchdog { watchdog }
    }
}

impl keel_runtime::Watchdog for Watchdog {
    fn feed(&mut self) -> Fed {
        self.watchdog.pet();
        Fed::InTime
    }
}

/// Why the chip reset, from RCC's reset flags (cleared for the next boot). F4 calls the independent watchdog's
/// flag WDGRSTF and the pin's PADRSTF; the other families IWDGRSTF and PINRSTF. A reset by the pin is reported as
/// a power-on (the runtime has no separate reason for it).
pub fn reset_reason() -> ResetReason {
    let flags = pac::RCC.csr().read();
    #[cfg(feature = "f4")]
    let independent_watchdog = flags.wdgrstf();
    #[cfg(not(feature = "f4"))]
    let independent_watchdog = flags.iwdgrstf();
    let reason = if independent_watchdog || flags.wwdgrstf() {
        ResetReason::Watchdog
    } else if flags.sftrstf() {
        ResetReason::Software
    } else {
        ResetReason::PowerOn
    };
    pac::RCC.csr().modify(|w| w.set_rmvf(true));
    reason
}
