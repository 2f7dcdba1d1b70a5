//! Timer-triggered sampling: GPTM0 timer A runs periodically at the sample rate and triggers ADC0 sample
//! sequencer 3 (one step, channel 0), whose interrupt hands each conversion to the firmware.
//!
//! Datasheet chapter 9 (GPTM: 32-bit periodic mode, TAOTE output trigger) and chapter 11 (ADC: EMUX trigger
//! source "timer", SSCTL3 END0 | IE0). QEMU implements exactly this path (its ADC has no processor trigger)
//! and returns pseudo-random values 0x200-0x207, since it models no analog input.

use lm3s6965_pac::{Adc0, Timer0};

use crate::SYSCLK_HZ;

/// Sample sequencer used (3: one sample per trigger).
const SEQUENCER: u8 = 3;

/// GPTM0 timer A as the sample clock.
pub struct SampleTimer {
    timer: Timer0,
}

impl keel_runtime::SampleClock for SampleTimer {
    /// Retimes the trigger to `hz` samples per second (1..=SYSCLK).
    fn set_rate(&mut self, hz: u16) {
        let reload = SYSCLK_HZ / u32::from(hz.max(1)) - 1;
        self.timer.ctl().modify(|_, w| w.taen().clear_bit());
        self.timer.tailr().write(|w| w.tailr().set(reload));
        self.timer.ctl().modify(|_, w| w.taote().set_bit().taen().set_bit());
    }
}

/// ADC0 sequencer 3, owned by its interrupt handler (ADC0SS3).
pub struct Adc {
    adc: Adc0,
}

impl Adc {
    /// Reads the conversion that raised the interrupt and acknowledges it.
    pub fn take_sample(&mut self) -> u16 {
        // The 10-bit result is in the low bits of the FIFO word.
        let raw = (self.adc.ssfifo3().read().bits() & 0x3ff) as u16;
        self.adc.isc().write(|w| w.in_(SEQUENCER).clear_bit_by_one());
        raw
    }
}

/// Sets up the timer (stopped until the first `set_rate`) and the ADC sequencer.
pub fn init(timer: Timer0, adc: Adc0) -> (SampleTimer, Adc) {
    timer.ctl().write(|w| w.taen().clear_bit());
    timer.cfg().write(|w| w.gptmcfg().timer_32bit());
    timer.tamr().write(|w| w.tamr().periodic());

    adc.actss().modify(|_, w| w.asen(SEQUENCER).clear_bit());
    adc.emux().modify(|_, w| w.em(SEQUENCER).timer());
    // The single step samples analog input 0 (ADC0).
    adc.ssmux3().write(|w| w.mux(0).set(0));
    // One step: it is the end of the sequence and raises the interrupt (END0 | IE0).
    adc.ssctl3().write(|w| w.end(0).set_bit().ie(0).set_bit());
    adc.im().modify(|_, w| w.mask(SEQUENCER).set_bit());
    adc.actss().modify(|_, w| w.asen(SEQUENCER).set_bit());
    (SampleTimer { timer }, Adc { adc })
}
