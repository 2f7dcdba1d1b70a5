//! Sampling: TIMER1 paces it, the ADC converts one analog input per tick.

use crate::{await_event, clear, pac, trigger};

pub use pac::adc::config::PSEL_A as AnalogInput;

/// TIMER1 (16-bit) at 31,250 Hz paces sampling: from 1 Hz (31,250 counts) to 100 Hz (312). Its interrupt
/// handler calls [`SampleTimer::acknowledge`].
pub struct SampleTimer {
    timer: pac::TIMER1,
    /// Off when the ADC did not answer at start-up: a conversion attempt per tick would only spin.
    enabled: bool,
}

const SAMPLE_TIMER_HZ: u32 = 16_000_000 >> 9;

impl SampleTimer {
    /// Configures TIMER1, stopped until the first `set_rate`; it never starts unless `enabled`.
    pub fn new(timer: pac::TIMER1, enabled: bool) -> Self {
        trigger(&timer.tasks_stop);
        timer.mode.write(|w| w.mode().timer());
        timer.bitmode.write(|w| w.bitmode()._16bit());
        // SAFETY: 9 is the largest valid prescaler: 16 MHz / 512.
        timer.prescaler.write(|w| unsafe { w.prescaler().bits(9) });
        timer.shorts.write(|w| w.compare0_clear().enabled());
        timer.intenset.write(|w| w.compare0().set());
        SampleTimer { timer, enabled }
    }

    /// From TIMER1's interrupt: clears the compare event that raised it.
    pub fn acknowledge() {
        // SAFETY: the interrupt handler touches only TIMER1's compare event; `SampleTimer` writes the others.
        clear(&unsafe { pac::Peripherals::steal() }.TIMER1.events_compare[0]);
    }
}

impl keel_runtime::SampleClock for SampleTimer {
    fn set_rate(&mut self, hz: u16) {
        let counts = (SAMPLE_TIMER_HZ / u32::from(hz.max(1))).min(0xffff);
        trigger(&self.timer.tasks_stop);
        if !self.enabled {
            return;
        }
        // SAFETY: any 16-bit compare value is valid.
        self.timer.cc[0].write(|w| unsafe { w.bits(counts) });
        trigger(&self.timer.tasks_clear);
        trigger(&self.timer.tasks_start);
    }
}

/// The ADC on one analog input, 10 bits, input scaled by 1/3 against the 1.2 V band gap (0-3.6 V).
pub struct Adc {
    adc: pac::ADC,
}

impl Adc {
    /// Configures and enables the converter on `input`.
    pub fn new(adc: pac::ADC, input: AnalogInput) -> Self {
        adc.config.write(|w| {
            w.res()
                ._10bit()
                .inpsel()
                .analog_input_one_third_prescaling()
                .refsel()
                .vbg()
                .psel()
                .variant(input)
                .extrefsel()
                .none()
        });
        adc.enable.write(|w| w.enable().enabled());
        Adc { adc }
    }

    /// One conversion, or `None` if it did not finish in time.
    pub fn convert(&mut self) -> Option<u16> {
        clear(&self.adc.events_end);
        trigger(&self.adc.tasks_start);
        await_event(&self.adc.events_end).then(|| self.adc.result.read().result().bits())
    }
}
