//! TIMER0 as the uptime counter and the work loop's alarm (the nRF51's Cortex-M0 has no SysTick): the runtime's
//! [`Uptime`] and [`Alarm`].

use crate::{clear, pac, trigger};

/// The uptime counter's period: TIMER0 restarts every 300 ms (a whole number of milliseconds).
const PERIOD_MS: u32 = 300;

/// The uptime: TIMER0's periods, counted by its compare-1 interrupt, plus its position in the current one.
static UPTIME: keel_runtime::PeriodicClock = keel_runtime::PeriodicClock::new(PERIOD_MS);

/// TIMER0 at 1 MHz: compare 1 restarts it every [`PERIOD_MS`] and interrupts; compare 0 is the work loop's
/// alarm within the current period; capture 2 reads it. Its interrupt handler calls [`interrupt`].
pub fn start(timer: pac::TIMER0) {
    trigger(&timer.tasks_stop);
    timer.mode.write(|w| w.mode().timer());
    timer.bitmode.write(|w| w.bitmode()._32bit());
    // SAFETY: 4 is a valid prescaler (0..=9): 16 MHz / 2^4 = 1 MHz.
    timer.prescaler.write(|w| unsafe { w.prescaler().bits(4) });
    // SAFETY: any compare value is valid.
    timer.cc[1].write(|w| unsafe { w.bits(PERIOD_MS * 1000) });
    timer.shorts.write(|w| w.compare1_clear().enabled());
    timer.intenset.write(|w| w.compare1().set());
    trigger(&timer.tasks_clear);
    trigger(&timer.tasks_start);
}

fn timer0() -> pac::TIMER0 {
    // SAFETY: `start` consumed TIMER0; from then on only this module touches it (capture 2, compare 0,
    // the events), each access one register write or read.
    unsafe { pac::Peripherals::steal() }.TIMER0
}

/// Microseconds into the current period.
fn position_us(timer: &pac::TIMER0) -> u32 {
    trigger(&timer.tasks_capture[2]);
    timer.cc[2].read().bits()
}

/// TIMER0's uptime, for the runtime.
pub struct Uptime;

impl keel_runtime::Uptime for Uptime {
    fn now_ms() -> u32 {
        let timer = timer0();
        UPTIME.now_ms(|| (position_us(&timer) / 1000, timer.events_compare[1].read().bits() != 0))
    }

    fn now_us() -> u32 {
        let timer = timer0();
        UPTIME.now_us(|| (position_us(&timer), timer.events_compare[1].read().bits() != 0))
    }
}

/// From TIMER0's interrupt: counts a restart and clears the alarm's event.
pub fn interrupt() {
    let timer = timer0();
    if timer.events_compare[1].read().bits() != 0 {
        clear(&timer.events_compare[1]);
        UPTIME.wrapped();
    }
    clear(&timer.events_compare[0]);
}

/// TIMER0's compare 0 as the alarm. It interrupts `delay_ms` from now when that falls within the current period;
/// a later deadline is set again at the restart (the interrupt handler checks the runtime's next wake-up there
/// and re-arms).
pub struct Alarm;

impl keel_runtime::Alarm for Alarm {
    fn set(&mut self, delay_ms: u32) {
        set_alarm(delay_ms);
    }
}

fn set_alarm(delay_ms: u32) {
    let timer = timer0();
    let at = position_us(&timer).saturating_add(delay_ms.saturating_mul(1000));
    if at < PERIOD_MS * 1000 {
        // SAFETY: any compare value is valid.
        timer.cc[0].write(|w| unsafe { w.bits(at) });
        timer.intenset.write(|w| w.compare0().set());
    } else {
        timer.intenclr.write(|w| w.compare0().clear());
    }
}
