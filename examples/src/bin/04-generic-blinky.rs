//! # 04 · Generic blinky: one `blink_led` for any board, over embedded-hal 1.0
//!
//! What it shows: `blink_led` knows nothing about the LM3S6965. It takes any `OutputPin` and any
//! `DelayNs` (the embedded-hal 1.0 traits every HAL implements), so the same function drives an LED on
//! any chip. This file then supplies the board side: `Pf0`, the EVB's LED pin, implements `OutputPin`
//! over the GPIO registers, and `SysTickDelay` implements `DelayNs` over the core's SysTick timer.
//!
//! "Done soundly": `Pf0` owns GPIO port F (`pac::Gpiof`, handed out once by the PAC's
//! `Peripherals::take`), so no other code can drive the pin, and no `unsafe` is needed; and it writes
//! through GPIODATA's masked word, which changes PF0 alone in one store. The seed's driver did
//! `odr = odr | mask` (read-modify-write) through a raw pointer from safe methods: any other code, such as
//! an interrupt handler writing another pin of the same port between the read and the write, would have
//! its change undone, and nothing stopped two such drivers from existing.
//!
//! What to look at: `blink_led`'s bounds; `impl OutputPin for Pf0` (`Error = Infallible`: this pin
//! cannot fail, and the type says so); `SysTickDelay`, which owns SysTick for the same reason.
//!
//! Check: like example 03, the PF0 trace against QEMU's instruction counter: the half period must be
//! 250 ms of virtual time, within 2 %.

#![no_std]
#![no_main]

use core::convert::Infallible;

use cortex_m::peripheral::{syst::SystClkSource, SYST};
use cortex_m_rt::entry;
use embedded_hal::delay::DelayNs;
use embedded_hal::digital::{ErrorType, OutputPin};
use lm3s6965_pac as pac;
use panic_halt as _;

/// QEMU's LM3S6965 core clock after reset: 12.5 MHz (see the README).
const CORE_CLOCK_HZ: u32 = 12_500_000;

/// Blinks `led` forever: on for `half_period_ms`, off for as long. Works with any HAL.
fn blink_led<Led, Delay>(mut led: Led, mut delay: Delay, half_period_ms: u32) -> !
where
    Led: OutputPin,
    Delay: DelayNs,
{
    loop {
        // An LED pin that reports an error has nothing better to do than try again next time.
        led.set_high().ok();
        delay.delay_ms(half_period_ms);
        led.set_low().ok();
        delay.delay_ms(half_period_ms);
    }
}

#[entry]
fn main() -> ! {
    let core = cortex_m::Peripherals::take().expect("taken once, at start-up");
    let device = pac::Peripherals::take().expect("taken once, at start-up");
    let led = Pf0::new(&device.sysctl, device.gpiof);
    let delay = SysTickDelay::new(core.SYST, CORE_CLOCK_HZ);
    blink_led(led, delay, 250)
}

/// The EVB's user LED pin, PF0, configured as a push-pull output.
pub struct Pf0 {
    /// The whole port: owning it is what makes this the only code driving its pins.
    port: pac::Gpiof,
}

impl Pf0 {
    /// PF0's bit in the port's registers, and the index of the data word that reaches PF0 alone.
    const MASK: usize = 1 << 0;

    /// Clocks GPIO port F and makes PF0 a digital output.
    pub fn new(sysctl: &pac::Sysctl, port: pac::Gpiof) -> Pf0 {
        sysctl.rcgc2().modify(|_, w| w.gpiof().set_bit());
        let _ = sysctl.rcgc2().read(); // the few cycles the datasheet asks for before using the port
        port.dir().modify(|_, w| w.p(0).set_bit());
        port.den().modify(|_, w| w.p(0).set_bit());
        Pf0 { port }
    }
}

impl ErrorType for Pf0 {
    type Error = Infallible;
}

impl OutputPin for Pf0 {
    fn set_low(&mut self) -> Result<(), Infallible> {
        self.port.data_masked(Self::MASK).write(|w| w.p(0).clear_bit());
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Infallible> {
        self.port.data_masked(Self::MASK).write(|w| w.p(0).set_bit());
        Ok(())
    }
}

/// A blocking delay that counts SysTick cycles (SysTick free-running over its full 24 bits).
pub struct SysTickDelay {
    /// Owned, so that nothing else can reconfigure SysTick under the delay.
    _systick: SYST,
    core_clock_hz: u64,
}

impl SysTickDelay {
    /// Largest SysTick reload value (the counter is 24 bits wide).
    const MAX_RELOAD: u32 = 0x00FF_FFFF;

    /// Takes over SysTick, counting core clock cycles at `core_clock_hz`.
    pub fn new(mut systick: SYST, core_clock_hz: u32) -> SysTickDelay {
        systick.set_clock_source(SystClkSource::Core);
        systick.set_reload(Self::MAX_RELOAD);
        systick.clear_current();
        systick.enable_counter();
        SysTickDelay { _systick: systick, core_clock_hz: u64::from(core_clock_hz) }
    }

    /// Waits for `cycles` core clock cycles.
    fn wait_cycles(&mut self, mut cycles: u64) {
        let mut last = SYST::get_current();
        while cycles > 0 {
            let now = SYST::get_current();
            // The counter counts down and wraps from 0 to MAX_RELOAD.
            let elapsed = last.wrapping_sub(now) & Self::MAX_RELOAD;
            cycles = cycles.saturating_sub(u64::from(elapsed));
            last = now;
        }
    }
}

impl DelayNs for SysTickDelay {
    fn delay_ns(&mut self, ns: u32) {
        self.wait_cycles(u64::from(ns) * self.core_clock_hz / 1_000_000_000);
    }

    fn delay_us(&mut self, us: u32) {
        self.wait_cycles(u64::from(us) * self.core_clock_hz / 1_000_000);
    }

    fn delay_ms(&mut self, ms: u32) {
        self.wait_cycles(u64::from(ms) * self.core_clock_hz / 1_000);
    }
}
