//! # 04 · Generic blinky: one `blink_led` for any board, over embedded-hal 1.0
//!
//! What it shows: `blink_led` knows nothing about the LM3S6965. It takes any `OutputPin` and any
//! `DelayNs` (the embedded-hal 1.0 traits every HAL implements), so the same function drives an LED on
//! any chip. This file then supplies the board side: `Pf0`, the EVB's LED pin, implements `OutputPin`
//! over the GPIO registers, and `SysTickDelay` implements `DelayNs` over the core's SysTick timer.
//!
//! "Done soundly": `Pf0` can only be obtained once (`Pf0::take`, like a PAC's `Peripherals::take`), so two
//! owners can never drive the pin; and it writes through GPIODATA's masked address, which changes PF0
//! alone in one store. A driver that does `data = data | mask` (read-modify-write) from safe methods
//! would race with any other code, such as an interrupt handler, writing another pin of the same port.
//!
//! What to look at: `blink_led`'s bounds; `impl OutputPin for Pf0` (`Error = Infallible`: this pin
//! cannot fail, and the type says so); the one place with `unsafe` per register access.
//!
//! Check: like example 03, the PF0 trace against QEMU's instruction counter: the half period must be
//! 250 ms of virtual time, within 2 %.

#![no_std]
#![no_main]

#[path = "../registers.rs"]
mod registers;

use core::convert::Infallible;
use core::sync::atomic::{AtomicBool, Ordering};

use cortex_m::peripheral::{syst::SystClkSource, SYST};
use cortex_m_rt::entry;
use embedded_hal::delay::DelayNs;
use embedded_hal::digital::{ErrorType, OutputPin};
use lm3s6965 as _;
use panic_halt as _;
use registers::{gpiof, sysctl};

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
    let led = Pf0::take().expect("taken once, at start-up");
    let delay = SysTickDelay::new(core.SYST, CORE_CLOCK_HZ);
    blink_led(led, delay, 250)
}

/// The EVB's user LED pin, PF0, configured as a push-pull output.
pub struct Pf0 {
    _owned: (),
}

impl Pf0 {
    /// Configures PF0 as an output and returns it; `None` if it was taken before.
    pub fn take() -> Option<Pf0> {
        static TAKEN: AtomicBool = AtomicBool::new(false);
        if TAKEN.swap(true, Ordering::Relaxed) {
            return None;
        }
        // SAFETY: `TAKEN` makes this the only configuration of GPIO port F in the program; the clock
        // gate and the port's DIR/DEN are not written anywhere else.
        unsafe {
            registers::set_bits(sysctl::RCGC2, sysctl::RCGC2_GPIOF);
            cortex_m::asm::delay(3);
            registers::set_bits(gpiof::DIR, gpiof::PF0);
            registers::set_bits(gpiof::DEN, gpiof::PF0);
        }
        Some(Pf0 { _owned: () })
    }
}

impl ErrorType for Pf0 {
    type Error = Infallible;
}

impl OutputPin for Pf0 {
    fn set_low(&mut self) -> Result<(), Infallible> {
        // SAFETY: `self` is the only `Pf0`; the masked address writes PF0 and no other pin.
        unsafe { registers::write(gpiof::DATA_PF0, 0) };
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Infallible> {
        // SAFETY: as in `set_low`.
        unsafe { registers::write(gpiof::DATA_PF0, gpiof::PF0) };
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
