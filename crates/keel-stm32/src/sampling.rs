//! Sampling: ADC1 on PA0 (channel 0 on every family here: A0 on the Nucleo boards, PA0 on the Blue Pill),
//! converted once per sample-timer interrupt with a bounded wait.
//!
//! Everything is done through the PAC, with every wait bounded: embassy-stm32's `Adc::new` waits for the
//! calibration and the ready flag without a bound (a dead converter would hang the start-up until the watchdog
//! resets it, again and again), its blocking read (F4) waits for the end of the conversion without one, and on
//! F0, F1 and L0 it has only an async read, which needs an executor. The power-up follows the reference manuals'
//! sequences (RM0008 11.4 for F1, RM0360 13.4.1 for F0, RM0377 14.3.3 for L0, RM0368 11.3.1 for F4) as
//! embassy-stm32 0.6 implements them.

use embassy_stm32::pac::adc::Adc as Registers;
use embassy_stm32::pac::timer::TimCore;
use embassy_stm32::peripherals::{ADC1, PA0};
use embassy_stm32::timer::CoreInstance;
use embassy_stm32::{pac, Peri};
use heapless::spsc::{Consumer, Producer};
use keel_runtime::{HandOff, Polls, RawSample, SampleQueue, TimedOut, Uptime as _, SIGNALS};

use crate::timers::SampleTimer;

/// The sampled channel: PA0 is ADC channel 0 on F0, F1, F4 and L0.
const CHANNEL: u8 = 0;

/// Polls of a flag of the converter: the slowest conversion here is F1's, 84 ADC clock cycles (71.5 of sampling,
/// 12.5 of conversion), about 63 us at a 1.33 MHz ADC clock; a calibration takes under 100 us; a poll is a few
/// core cycles.
const FLAG: Polls = Polls(20_000);

/// What the sample timer's interrupt owns.
struct Sampler {
    timer: TimCore,
    queue: Producer<'static, RawSample>,
}

static SAMPLER: HandOff<Sampler> = HandOff::new();

/// Sets up ADC1 on PA0 and `timer` as the sample clock feeding `queue`. Returns the sample clock for the
/// runtime, the queue's output, and whether a first conversion finished (if not, the board lists the ADC as
/// missing and the sample clock stays off).
pub fn start<T: CoreInstance>(
    _adc: Peri<'static, ADC1>,
    _pin: Peri<'static, PA0>,
    timer: Peri<'static, T>,
    queue: &'static mut SampleQueue,
) -> (SampleTimer<T>, Consumer<'static, RawSample>, bool) {
    let answered = match power_up() {
        Ok(()) => {
            configure();
            convert().is_some()
        }
        Err(TimedOut) => false,
    };
    let (producer, consumer) = queue.split();
    let (sample_timer, registers) = SampleTimer::new(timer, answered);
    SAMPLER.put(Sampler { timer: registers, queue: producer });
    (sample_timer, consumer, answered)
}

/// Clocks, powers up and calibrates the converter; an error when a flag of the sequence never comes.
fn power_up() -> Result<(), TimedOut> {
    embassy_stm32::rcc::enable_and_reset::<ADC1>();
    let r = registers();
    #[cfg(feature = "f1")]
    {
        // Powered for at least two ADC clock cycles before the calibration (a few core cycles at any clock).
        r.cr2().modify(|w| w.set_adon(true));
        cortex_m::asm::delay(64);
        r.cr2().modify(|w| w.set_rstcal(true));
        FLAG.until(|| !r.cr2().read().rstcal())?;
        r.cr2().modify(|w| w.set_cal(true));
        FLAG.until(|| !r.cr2().read().cal())?;
        cortex_m::asm::delay(64);
    }
    #[cfg(feature = "f4")]
    {
        // The ADC's clock: PCLK2 / 2 (8 MHz from the 16 MHz HSI, within the 36 MHz limit).
        pac::ADC1_COMMON.ccr().modify(|w| w.set_adcpre(pac::adccommon::vals::Adcpre::DIV2));
        r.cr2().modify(|w| w.set_adon(true));
    }
    #[cfg(any(feature = "f0", feature = "l0"))]
    {
        cortex_m::asm::delay(64);
        // L0: the ADC's clock is PCLK / 2 (the HSI16 it could use is off in embassy's default clocks).
        #[cfg(feature = "l0")]
        r.cfgr2().modify(|w| w.set_ckmode(pac::adc::vals::Ckmode::PCLK_DIV2));
        r.cfgr1().modify(|w| w.set_dmaen(false));
        #[cfg(feature = "l0")]
        r.cfgr1().modify(|w| w.set_autoff(false));
        r.cr().modify(|w| w.set_adcal(true));
        #[cfg(feature = "l0")]
        FLAG.until(|| r.isr().read().eocal())?;
        #[cfg(feature = "f0")]
        FLAG.until(|| !r.cr().read().adcal())?;
        if r.isr().read().adrdy() {
            r.isr().modify(|w| w.set_adrdy(true)); // write one to clear
        }
        // ES0233 2.4.3 (and the F0's errata): ADEN may not take right after the calibration; set it until the
        // converter reports ready.
        FLAG.until(|| {
            r.cr().modify(|w| w.set_aden(true));
            r.isr().read().adrdy()
        })?;
    }
    Ok(())
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
    #[cfg(any(feature = "f1", feature = "f4"))]
    let ended = {
        r.sr().modify(|w| w.set_eoc(false));
        // F1 starts a conversion by writing ADON again (with SWSTART as the external trigger); F4 by SWSTART.
        r.cr2().modify(|w| {
            #[cfg(feature = "f1")]
            w.set_adon(true);
            w.set_swstart(true);
        });
        FLAG.until(|| r.sr().read().eoc())
    };
    #[cfg(any(feature = "f0", feature = "l0"))]
    let ended = {
        r.isr().write(|w| w.set_eoc(true)); // write one to clear
        r.cr().modify(|w| w.set_adstart(true));
        FLAG.until(|| r.isr().read().eoc())
    };
    ended.ok().map(|()| r.dr().read().data())
}

/// From the sample timer's interrupt: acknowledges it, converts, queues the sample (drops counted).
pub fn sample_interrupt() {
    SAMPLER.with(|sampler| {
        sampler.timer.sr().modify(|w| w.set_uif(false));
        if let Some(raw) = convert() {
            SIGNALS.sample(&mut sampler.queue, raw, crate::Uptime::now_ms());
        }
    });
    keel_runtime::platform::wake();
}
