//! The clock sources: the 16 MHz crystal for the core and the peripherals, the 32 kHz RC oscillator for the
//! watchdog.

use keel_runtime::ClockFallback;

use crate::{await_event, clear, pac, trigger};

/// Starts the 16 MHz crystal (the core runs from the RC oscillator until then) and the 32 kHz RC oscillator the
/// watchdog counts with (for boards without a 32 kHz crystal, such as the micro:bit; a watchdog started before
/// has already requested it from the same source). A crystal that does not report running leaves the chip on
/// the 16 MHz RC oscillator, whose 2% error skews the baud rate.
pub fn start(clock: &pac::CLOCK) -> Result<(), ClockFallback> {
    clear(&clock.events_hfclkstarted);
    trigger(&clock.tasks_hfclkstart);
    let crystal = await_event(&clock.events_hfclkstarted);
    clock.lfclksrc.write(|w| w.src().rc());
    trigger(&clock.tasks_lfclkstart);
    await_event(&clock.events_lfclkstarted);
    if crystal {
        Ok(())
    } else {
        Err(ClockFallback::CrystalDidNotStart)
    }
}
