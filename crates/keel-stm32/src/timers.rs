//! Two general-purpose timers: a one-shot alarm for the work loop's next deadline, and the sample clock. Set up
//! through embassy-stm32's low-level timer driver; their interrupts acknowledged through its core registers.

use embassy_stm32::interrupt::typelevel::Interrupt as _;
use embassy_stm32::pac::timer::{vals, TimCore};
use embassy_stm32::time::Hertz;
use embassy_stm32::timer::low_level::Timer;
use embassy_stm32::timer::CoreInstance;
use embassy_stm32::Peri;
use keel_runtime::{HandOff, Uptime as _, SIGNALS};

/// The alarm's count rate: 10 kHz, so its 16-bit counter reaches 6.5 s.
const ALARM_TICK_HZ: u32 = 10_000;
/// The longest alarm; a later deadline is met by SysTick's restart, which checks it, or a second alarm.
const MAX_ALARM_MS: u32 = 6_000;

/// The alarm timer's registers, for its interrupt.
static ALARM: HandOff<TimCore> = HandOff::new();

/// A timer in one-pulse mode: it interrupts once, `delay_ms` after [`Alarm::set`].
pub struct Alarm<T: CoreInstance> {
    timer: Timer<'static, T>,
}

impl<T: CoreInstance> Alarm<T> {
    /// Takes `timer` (its interrupt must call [`alarm_interrupt`]: `keel_stm32::interrupts!` does).
    pub fn new(timer: Peri<'static, T>) -> Self {
        let mut timer = Timer::new(timer);
        timer.set_tick_freq(Hertz(ALARM_TICK_HZ));
        let r = timer.regs_core();
        r.cr1().modify(|w| {
            w.set_opm(true);
            w.set_urs(vals::Urs::COUNTER_ONLY);
        });
        r.sr().modify(|w| w.set_uif(false));
        timer.enable_update_interrupt(true);
        ALARM.put(r);
        T::UpdateInterrupt::unpend();
        // SAFETY: the handler exists (`interrupts!`) and only acknowledges the timer and wakes the work loop.
        unsafe { T::UpdateInterrupt::enable() };
        Alarm { timer }
    }
}

impl<T: CoreInstance> keel_runtime::Alarm for Alarm<T> {
    /// Interrupts `delay_ms` from now (at least one count, at most [`MAX_ALARM_MS`]).
    fn set(&mut self, delay_ms: u32) {
        let counts = (delay_ms.min(MAX_ALARM_MS) * (ALARM_TICK_HZ / 1000)).max(1);
        self.timer.stop();
        self.timer.reset();
        self.timer.regs_core().arr().write(|w| w.set_arr(counts as u16));
        self.timer.start();
    }
}

/// From the alarm timer's interrupt.
pub fn alarm_interrupt() {
    ALARM.with(|r| r.sr().modify(|w| w.set_uif(false)));
    keel_runtime::platform::wake();
}

/// From SysTick's restart: wakes the work loop if a deadline passed meanwhile (one further away than an alarm
/// reaches).
pub fn check_deadline() {
    if SIGNALS.due(crate::Uptime::now_ms()) {
        keel_runtime::platform::wake();
    }
}

/// The sample clock: a timer interrupting at the sampling rate; its interrupt converts (`crate::adc`).
pub struct SampleTimer<T: CoreInstance> {
    timer: Timer<'static, T>,
    /// Off when the ADC did not answer at start-up: a conversion attempt per tick would only spin.
    enabled: bool,
}

impl<T: CoreInstance> SampleTimer<T> {
    pub(crate) fn new(timer: Peri<'static, T>, enabled: bool) -> (Self, TimCore) {
        let timer = Timer::new(timer);
        // Only the counter's overflow interrupts: the update event `set_rate` makes to load a new prescaler does
        // not count as a sample.
        timer.regs_core().cr1().modify(|w| w.set_urs(vals::Urs::COUNTER_ONLY));
        timer.enable_update_interrupt(true);
        let registers = timer.regs_core();
        T::UpdateInterrupt::unpend();
        // SAFETY: the handler exists (`interrupts!`) and converts one sample per interrupt.
        unsafe { T::UpdateInterrupt::enable() };
        (SampleTimer { timer, enabled }, registers)
    }
}

impl<T: CoreInstance> keel_runtime::SampleClock for SampleTimer<T> {
    fn set_rate(&mut self, hz: u16) {
        self.timer.stop();
        if !self.enabled {
            return;
        }
        // The registers written here rather than through embassy's `set_frequency`, which divides in 64 bits
        // (`keel_runtime::time::prescaled` says what that costs).
        let (prescaler, reload) = keel_runtime::time::prescaled(self.timer.get_clock_frequency().0, hz.into());
        let registers = self.timer.regs_core();
        registers.psc().write_value(prescaler);
        registers.arr().write(|w| w.set_arr(reload));
        // The prescaler (and, with preload, the reload) take effect at the next update event: make one now, or
        // the first period after a change of rate runs with the old prescaler. It also clears the counter.
        registers.egr().write(|w| w.set_ug(true));
        self.timer.start();
    }
}
