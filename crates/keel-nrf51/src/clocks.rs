//! The clock sources: the 16 MHz crystal for the core and the peripherals, the 32 kHz RC oscillator for the
//! watchdog.

use keel_runtime::ClockFallback;

use crate::{await_event, clear, pac, trigger};

/// The 32 kHz clock's source: board data (whether a 32 kHz crystal is fitted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LowFrequencyClock {
    /// The internal RC oscillator (250 ppm after calibration; the micro:bit has no 32 kHz crystal).
    Rc,
    /// A 32.768 kHz crystal on XL1/XL2 (the nRF51-DK has one).
    Crystal,
}

/// Chooses the 32 kHz clock's source. Before the watchdog starts: starting it starts the 32 kHz clock, and
/// LFCLKSRC can only change while that clock is stopped (nRF51 Reference Manual, "LFCLKSRC"), which a running
/// watchdog never lets it be.
pub fn select_low_frequency(clock: &pac::CLOCK, low: LowFrequencyClock) {
    match low {
        LowFrequencyClock::Rc => clock.lfclksrc.write(|w| w.src().rc()),
        LowFrequencyClock::Crystal => clock.lfclksrc.write(|w| w.src().xtal()),
    }
}

/// Starts the 16 MHz crystal (the core runs from the RC oscillator until then) and the 32 kHz clock from the
/// source [`select_low_frequency`] chose (the watchdog may have started it already). A 16 MHz crystal that does
/// not report running leaves the chip on the RC oscillator, whose 2% error skews the baud rate.
pub fn start(clock: &pac::CLOCK) -> Result<(), ClockFallback> {
    clear(&clock.events_hfclkstarted);
    trigger(&clock.tasks_hfclkstart);
    let crystal = await_event(&clock.events_hfclkstarted);
    trigger(&clock.tasks_lfclkstart);
    await_event(&clock.events_lfclkstarted);
    if crystal {
        Ok(())
    } else {
        Err(ClockFallback::CrystalDidNotStart)
    }
}
