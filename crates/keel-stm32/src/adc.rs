//! Sampling: ADC1 on PA0 (channel 0 on every family here: A0 on the Nucleo boards, PA0 on the Blue Pill),
//! converted once per sample-timer interrupt with a bounded wait.
//!
//! embassy-stm32 powers and calibrates the converter (`Adc::new`); the channel, its sample time and each
//! conversion are set here through the PAC, because embassy's blocking read (F4) waits for the end of the
//! conversion without a bound and F0, F1 and L0 have only an async read, which needs an executor.

use core::cell::Cell;

use critical_section::Mutex;
use embassy_stm32::pac::adc::Adc as Registers;
use embassy_stm32::pac::timer::TimCore;
use embassy_stm32::peripherals::{ADC1, PA0};
use embassy_stm32::timer::CoreInstance;
use embassy_stm32::{adc, pac, Peri};
use heapless::spsc::{Consumer, Producer};
use keel_runtime::{RawSample, SampleQueue, SIGNALS};

use crate::timers::SampleTimer;
use crate::wait_for;

/// The sampled channel: PA0 is ADC channel 0 on F0, F1, F4 and L0.
const CHANNEL: u8 = 0;

#[cfg(feature = "f1")]
embassy_stm32::bind_interrupts!(struct Irqs { ADC1_2 => adc::InterruptHandler<ADC1>; });
#[cfg(feature = "f0")]
embassy_stm32::bind_interrupts!(struct Irqs { ADC1 => adc::InterruptHandler<ADC1>; });
#[cfg(feature = "l0")]
embassy_stm32::bind_interrupts!(struct Irqs { ADC1_COMP => adc::InterruptHandler<ADC1>; });

/// What the sample timer's interrupt owns.
struct Sampler {
    timer: TimCore,
    queue: Producer<'static, RawSample>,
}

static SAMPLER: Mutex<Cell<Option<Sampler>>> = Mutex::new(Cell::new(None));

/// Sets up ADC1 on PA0 and `timer` as the sample clock feeding `queue`. Returns the sample clock for the
/// runtime, the queue's output, and whether a first conversion finished (if not, the board lists the ADC as
/// missing and the sample clock stays off).
pub fn start<T: CoreInstance>(
    adc: Peri<'static, ADC1>,
    _pin: Peri<'static, PA0>,
    timer: Peri<'static, T>,
    queue: &'static mut SampleQueue,
) -> (SampleTimer<T>, Consumer<'static, RawSample>, bool) {
    #[cfg(any(feature = "f1", feature = "f4"))]
    let driver = adc::Adc::new(adc);
    #[cfg(any(feature = "f0", feature = "l0"))]
    let driver = adc::Adc::new(adc, Irqs);
    // The converter stays powered and calibrated for the life of the firmware: its driver is never dropped.
    core::mem::forget(driver);
    configure();
    let answered = convert().is_some();
    let (producer, consumer) = queue.split();
    let (sample_timer, registers) = SampleTimer::new(timer, answered);
    critical_section::with(|cs| SAMPLER.borrow(cs).set(Some(Sampler { timer: registers, queue: producer })));
    (sample_timer, consumer, answered)
}

fn registers() -> Registers {
    pac::ADC1
}

/// PA0 in analog mode, channel 0 alone in the regular sequence, a sample time of about 4 us at the ADC's clock.
fn configure() {
    let r = registers();
    #[cfg(feature = "f1")]
    {
        pac::GPIOA.cr(0).modify(|w| {
            w.set_mode(0, pac::gpio::vals::Mode::INPUT);
            w.set_cnf_in(0, pac::gpio::vals::CnfIn::ANALOG);
        });
        r.sqr1().modify(|w| w.set_l(0));
        r.sqr3().write(|w| w.set_sq(0, CHANNEL));
        r.smpr2().modify(|w| w.set_smp(CHANNEL as usize, pac::adc::vals::SampleTime::CYCLES71_5));
        // Conversions start by software (SWSTART is external trigger 7 on F1).
        r.cr2().modify(|w| {
            w.set_extsel(7);
            w.set_exttrig(true);
        });
    }
    #[cfg(feature = "f4")]
    {
        pac::GPIOA.moder().modify(|w| w.set_moder(0, pac::gpio::vals::Moder::ANALOG));
        r.sqr1().modify(|w| w.set_l(0));
        r.sqr3().write(|w| w.set_sq(0, CHANNEL));
        r.smpr2().modify(|w| w.set_smp(CHANNEL as usize, pac::adc::vals::SampleTime::CYCLES112));
    }
    #[cfg(any(feature = "f0", feature = "l0"))]
    {
        pac::GPIOA.moder().modify(|w| w.set_moder(0, pac::gpio::vals::Moder::ANALOG));
        r.chselr().write(|w| w.set_chsel_x(CHANNEL as usize, true));
        #[cfg(feature = "f0")]
        r.smpr().modify(|w| w.set_smp(pac::adc::vals::SampleTime::CYCLES71_5));
        #[cfg(feature = "l0")]
        r.smpr().modify(|w| w.set_smp(pac::adc::vals::SampleTime::CYCLES79_5));
    }
}

/// One conversion, or `None` when it did not finish in time.
fn convert() -> Option<u16> {
    let r = registers();
    #[cfg(feature = "f1")]
    {
        r.sr().modify(|w| w.set_eoc(false));
        r.cr2().modify(|w| {
            w.set_adon(true);
            w.set_swstart(true);
        });
        return wait_for(|| r.sr().read().eoc()).then(|| r.dr().read().data());
    }
    #[cfg(feature = "f4")]
    {
        r.sr().modify(|w| w.set_eoc(false));
        r.cr2().modify(|w| w.set_swstart(true));
        return wait_for(|| r.sr().read().eoc()).then(|| r.dr().read().data());
    }
    #[cfg(any(feature = "f0", feature = "l0"))]
    {
        r.isr().write(|w| w.set_eoc(true)); // write one to clear
        r.cr().modify(|w| w.set_adstart(true));
        return wait_for(|| r.isr().read().eoc()).then(|| r.dr().read().data());
    }
}

/// From the sample timer's interrupt: acknowledges it, converts, queues the sample (drops counted).
pub fn sample_interrupt() {
    critical_section::with(|cs| {
        let slot = SAMPLER.borrow(cs);
        let Some(mut sampler) = slot.take() else { return };
        sampler.timer.sr().modify(|w| w.set_uif(false));
        if let Some(raw) = convert() {
            SIGNALS.sample(&mut sampler.queue, raw, crate::now_ms());
        }
        slot.set(Some(sampler));
    });
    keel_runtime::platform::wake();
}
