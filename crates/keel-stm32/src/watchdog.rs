//! The independent watchdog and the reset flags.
//!
//! The watchdog is started through the PAC, not embassy's `IndependentWatchdog`: the start-up order
//! (`keel_runtime::startup`) starts it before the clocks, and embassy hands out its peripheral only from
//! `embassy_stm32::init`, which sets the clocks up. The IWDG runs from the LSI, which needs nothing of that.

use embassy_stm32::pac;
use embassy_stm32::pac::iwdg::vals::{Key, Pr};
use keel_core::ResetReason;
use keel_runtime::{Fed, Polls};

/// The LSI's typical frequency (datasheets: STM32F030x8 and STM32F103x8 40 kHz, STM32F401xE 32 kHz, STM32L031x6
/// 38 kHz). It varies by tens of percent between chips, which the runtime's 250 ms feeding absorbs.
#[cfg(any(feature = "f0", feature = "f1"))]
const LSI_HZ: u32 = 40_000;
#[cfg(feature = "f4")]
const LSI_HZ: u32 = 32_000;
#[cfg(feature = "l0")]
const LSI_HZ: u32 = 38_000;

/// The prescaler: LSI / 64, so the 12-bit reload reaches 6.5 s at 40 kHz.
const PRESCALER: u32 = 64;

/// Polls of the update flags after writing the prescaler and the reload: the IWDG takes up to five LSI periods
/// (about 150 us) to take each; this allows far more.
const UPDATE: Polls = Polls(50_000);

/// The independent watchdog, frozen while a debugger halts the core (so stepping does not reset the chip).
pub struct Watchdog {
    _private: (),
}

impl Watchdog {
    /// Starts it with a timeout of `timeout_ms` (at most 6 s); from then on only a reset stops it.
    pub fn start(timeout_ms: u32) -> Self {
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
        let iwdg = pac::IWDG;
        // Start first (it starts the LSI), then unlock the prescaler and reload registers (RM0008 19.3, RM0360
        // 19.3, RM0368 17.3, RM0377 22.3).
        iwdg.kr().write(|w| w.set_key(Key::START));
        iwdg.kr().write(|w| w.set_key(Key::ENABLE));
        iwdg.pr().write(|w| w.set_pr(Pr::DIVIDE_BY64));
        let reload = (timeout_ms * (LSI_HZ / 1000) / PRESCALER).clamp(1, 0xfff);
        iwdg.rlr().write(|w| w.set_rl(reload as u16));
        // A watchdog whose registers do not update keeps its reset values (the longest timeout): still a
        // watchdog, so only logged.
        if UPDATE.until(|| !iwdg.sr().read().pvu() && !iwdg.sr().read().rvu()).is_err() {
            defmt::warn!("the watchdog did not take its timeout: it runs with its longest");
        }
        iwdg.kr().write(|w| w.set_key(Key::RESET));
        Watchdog { _private: () }
    }
}

impl keel_runtime::Watchdog for Watchdog {
    fn feed(&mut self) -> Fed {
        pac::IWDG.kr().write(|w| w.set_key(Key::RESET));
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
