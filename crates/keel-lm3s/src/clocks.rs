//! The system clock: the main oscillator (an 8 MHz crystal on the EVB) through the PLL to 50 MHz, and the clock
//! gates of the peripherals this crate drives.
//!
//! Datasheet section 6.1.3 "Clock Control": the PLL runs at 400 MHz and is divided by 2, then by SYSDIV+1;
//! SYSDIV = 3 gives 50 MHz, the fastest the LM3S6965 allows. QEMU models the same divider (its clock period is
//! 5 ns times SYSDIV+1) and reports PLL lock in RIS as the chip does.

use keel_runtime::{ClockFallback, Polls};
use lm3s6965_pac::Sysctl;

/// Core clock after [`init`] (PLL at 400 MHz / 2 / SYSDIV 4).
pub const SYSCLK_HZ: u32 = 50_000_000;

/// Polls of the PLL's lock flag: the datasheet gives at most 0.5 ms to lock (4,000 cycles of the 8 MHz crystal
/// the core runs from meanwhile); this allows far more.
const PLL_LOCK: Polls = Polls(100_000);

/// Turns on the clocks of every peripheral this crate drives (RCGC0-2): the ADC, the watchdog, UART0 and 1,
/// SSI0, I2C1, GPTM0 and 1, GPIO ports A, C, D, E and F. The first step of a start-up on this chip: the
/// watchdog's registers answer only once its clock runs.
pub fn enable_peripherals(sysctl: &Sysctl) {
    sysctl.rcgc0().modify(|_, w| w.adc().set_bit().wdt().set_bit());
    sysctl.rcgc1().modify(|_, w| {
        w.uart0().set_bit().uart1().set_bit().ssi0().set_bit().i2c1().set_bit().timer0().set_bit().timer1().set_bit()
    });
    sysctl
        .rcgc2()
        .modify(|_, w| w.gpioa().set_bit().gpioc().set_bit().gpiod().set_bit().gpioe().set_bit().gpiof().set_bit());
    // The datasheet asks for a few clock cycles between enabling a peripheral's clock and touching it.
    cortex_m::asm::delay(16);
}

/// Switches to the 50 MHz PLL clock. When the PLL does not lock, the chip stays on the crystal, undivided (8 MHz
/// on the EVB: everything timed from [`SYSCLK_HZ`] runs 6.25 times slower, and nothing hangs).
pub fn init(sysctl: &Sysctl) -> Result<(), ClockFallback> {
    // 1. Bypass the PLL and the divider while changing them.
    sysctl.rcc().modify(|_, w| w.bypass().set_bit().usesysdiv().clear_bit());
    // 2. Crystal value and oscillator source, main oscillator on, PLL powered up and its output enabled
    //    (PWRDN and OEN are both set at reset; the PLL drives the system clock only with both clear).
    sysctl.misc().write(|w| w.plllmis().clear_bit_by_one()); // clear a stale lock flag
    sysctl
        .rcc()
        .modify(|_, w| w.xtal().mhz8_000().oscsrc().mosc().moscdis().clear_bit().pwrdn().clear_bit().oen().clear_bit());
    // 3. Divider for 50 MHz.
    sysctl.rcc().modify(|_, w| w.sysdiv().div4().usesysdiv().set_bit());
    // 4. Wait for lock, then drop the bypass.
    if PLL_LOCK.until(|| sysctl.ris().read().plllris().bit_is_set()).is_ok() {
        sysctl.rcc().modify(|_, w| w.bypass().clear_bit());
        return Ok(());
    }
    sysctl.rcc().modify(|_, w| w.usesysdiv().clear_bit());
    Err(ClockFallback::PllDidNotLock)
}
