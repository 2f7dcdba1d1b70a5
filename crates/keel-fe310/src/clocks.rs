//! The core clock from the crystal.

use keel_runtime::ClockFallback;

use crate::{pac, FLAG};

/// The core clock after [`start`].
pub struct CoreClock {
    pub hz: u32,
    /// Whether the crystal started; without it the core runs on the internal oscillator (about 13.8 MHz, ±?%).
    pub crystal: bool,
}

/// The HiFive1's 16 MHz crystal (HFXOSC), the PLL bypassed: core and peripheral clock 16 MHz (manual, chapter
/// 7 "PRCI": `hfxosccfg` enable bit 30 and ready bit 31; `pllcfg` pllsel 16, pllrefsel 17, pllbypass 18). The
/// wait for the crystal is bounded; if it never reports ready the core stays on the internal oscillator.
pub fn start(prci: &pac::Prci) -> (CoreClock, Result<(), ClockFallback>) {
    // SAFETY: sets the documented enable bit; the other bits of hfxosccfg are read-only.
    prci.hfxosccfg().write(|w| unsafe { w.bits(1 << 30) });
    if FLAG.until(|| prci.hfxosccfg().read().bits() & (1 << 31) != 0).is_err() {
        let fallback = ClockFallback::CrystalDidNotStart;
        return (CoreClock { hz: 13_800_000, crystal: false }, Err(fallback));
    }
    // Reference the crystal and bypass the PLL, then switch the core to the PLL's output (the crystal itself).
    // SAFETY: documented bits of pllcfg, set in the order the manual gives.
    prci.pllcfg().modify(|r, w| unsafe { w.bits(r.bits() | (1 << 17) | (1 << 18)) });
    // SAFETY: as above.
    prci.pllcfg().modify(|r, w| unsafe { w.bits(r.bits() | (1 << 16)) });
    (CoreClock { hz: 16_000_000, crystal: true }, Ok(()))
}
