//! Time without a tick: the core's SysTick as the uptime (the runtime's `SysTickUptime`, restarting every
//! 300 ms), and GPTM1 timer A as the one-shot [`Alarm`] for the work loop's next deadline.
//!
//! GPTM1 (datasheet chapter 9) in 32-bit one-shot mode interrupts once at the deadline. Measured in QEMU 10 under
//! `-icount`: both keep virtual time (SysTick and the GPTM interrupts); QEMU 7.2 runs SysTick at half speed under
//! `-icount` (`tests/README.md`).

use keel_runtime::platform::cortex_m::SYSTICK;
use lm3s6965_pac::Timer1;

pub use keel_runtime::platform::cortex_m::SysTickUptime as Uptime;

use crate::SYSCLK_HZ;

/// Core clock counts per millisecond (for the alarm).
const COUNTS_PER_MS: u32 = SYSCLK_HZ / 1000;

/// Starts SysTick counting periods, with its exception on (its handler calls `SYSTICK.wrapped()`).
pub fn start(systick: cortex_m::peripheral::SYST) {
    SYSTICK.start(systick, SYSCLK_HZ);
}

/// GPTM1 timer A as a one-shot alarm; its interrupt (TIMER1A) calls [`Alarm::acknowledge`].
pub struct Alarm {
    timer: Timer1,
}

impl Alarm {
    /// Configures the timer (stopped until `set`).
    pub fn new(timer: Timer1) -> Self {
        timer.ctl().write(|w| w.taen().clear_bit());
        timer.cfg().write(|w| w.gptmcfg().timer_32bit());
        timer.tamr().write(|w| w.tamr().one_shot());
        timer.imr().write(|w| w.tatoim().set_bit());
        Alarm { timer }
    }

    /// Acknowledges the alarm's interrupt (from its handler; the work loop owns the `Alarm`).
    pub fn acknowledge() {
        // SAFETY: a write of the time-out bit to ICR (write-one-to-clear) has no effect on the registers `set`
        // uses; the handler and `work` never race on it (the alarm fires only after `set` finished).
        let timer = unsafe { Timer1::steal() };
        timer.icr().write(|w| w.tatocint().clear_bit_by_one());
    }
}

impl keel_runtime::Alarm for Alarm {
    /// Interrupts `delay_ms` from now (at once if 0).
    fn set(&mut self, delay_ms: u32) {
        self.timer.ctl().modify(|_, w| w.taen().clear_bit());
        self.timer.tailr().write(|w| w.tailr().set(delay_ms.max(1).saturating_mul(COUNTS_PER_MS)));
        self.timer.ctl().modify(|_, w| w.taen().set_bit());
    }
}
