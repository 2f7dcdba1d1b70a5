//! What Keel's STM32 boards share, on embassy-stm32 (unpatched) for the F0, F1, F4 and L0 families: a board is
//! its pin map and a call of [`interrupts!`]; everything here is the same for every STM32 board, with the few
//! register-level differences between families behind the `f0`/`f1`/`f4`/`l0` features.
//!
//! From embassy-stm32: clocks (`embassy_stm32::init`), GPIO, the USARTs' set-up and blocking transmit, I2C with
//! timeouts, the timers' set-up, the ADC's set-up and calibration, the independent watchdog. Written here,
//! against the PAC, where the HAL has no blocking-with-a-bound or no interrupt-driven path outside its async
//! executor: the console's receive interrupt, one ADC conversion with a bounded wait (embassy's blocking read
//! waits without a bound, and on F0, F1 and L0 there is only an async read), the timers' interrupts, the reset
//! flags and the debug freeze of the watchdog, the button's EXTI line.
//!
//! Uptime is SysTick's (`keel_runtime::platform::cortex_m::SysTickUptime`), which also drives embassy-time
//! (`time_driver`), so the I2C driver's timeouts need no timer of their own.
//!
//! Modules by the runtime's contracts: `console`, `sampling` (the ADC and its timer), `watchdog` (with the reset
//! flags), `timers` (the alarm and the sample clock), `button` (an EXTI line); `node` is the start-up and work
//! loop every STM32 board runs, in the runtime's order (`keel_runtime::startup`).

#![no_std]
#![deny(unsafe_op_in_unsafe_fn)]

#[cfg(not(any(feature = "f0", feature = "f1", feature = "f4", feature = "l0")))]
compile_error!("choose the chip's family: one of the features f0, f1, f4, l0");

pub mod button;
pub mod console;
mod node;
pub mod sampling;
mod time_driver;
pub mod timers;
pub mod watchdog;

#[doc(hidden)]
pub use cortex_m_rt as __cortex_m_rt;
pub use embassy_stm32 as hal;
/// The uptime: SysTick, restarting every 300 ms (a whole number of milliseconds, within its 24 bits at every
/// core clock these boards run).
pub use keel_runtime::platform::cortex_m::SysTickUptime as Uptime;
pub use node::{boot, i2c_config, run, serial_config, telemetry, tmp105, Boot, Wiring};

/// Defines the board's interrupt handlers, each a call into this crate: SysTick (the uptime), the console's
/// USART, the alarm timer, the sample timer and, where the board has a button, its EXTI vector.
///
/// ```ignore
/// keel_stm32::interrupts! { console: USART2, alarm: TIM3, sampling: TIM2, button: EXTI15_10 }
/// ```
#[macro_export]
macro_rules! interrupts {
    (console: $console:ident, alarm: $alarm:ident, sampling: $sampling:ident $(, button: $button:ident)? $(,)?) => {
        mod __keel_interrupts {
            use $crate::hal::interrupt;

            #[$crate::__cortex_m_rt::exception]
            fn SysTick() {
                keel_runtime::platform::cortex_m::SYSTICK.wrapped();
                $crate::timers::check_deadline();
            }

            #[interrupt]
            fn $console() {
                $crate::console::interrupt();
            }

            #[interrupt]
            fn $alarm() {
                $crate::timers::alarm_interrupt();
            }

            #[interrupt]
            fn $sampling() {
                $crate::sampling::sample_interrupt();
            }

            $(
                #[interrupt]
                fn $button() {
                    $crate::button::interrupt();
                }
            )?
        }

        /// The board's self-check (`keel_runtime::Board::check_wiring`, which `keel_stm32::board!` implements with
        /// it): every vector above is enabled in the NVIC, as the code that set each up enabled it, and SysTick
        /// runs.
        pub(crate) fn __keel_check_wiring() -> keel_core::Miswired {
            use keel_core::Miswired;
            use $crate::hal::interrupt::Interrupt;
            let off = |irq: Interrupt| !cortex_m::peripheral::NVIC::is_enabled(irq);
            Miswired::NONE
                .when(off(Interrupt::$console), Miswired::CONSOLE_IRQ)
                .when(off(Interrupt::$alarm), Miswired::ALARM_IRQ)
                .when(off(Interrupt::$sampling), Miswired::SAMPLING_IRQ)
                $(.when(off(Interrupt::$button), Miswired::BUTTONS_IRQ))?
                .when(!keel_runtime::platform::cortex_m::systick_running(), Miswired::UPTIME)
        }

        /// Test firmware only (`test unwire`): masks the alarm's vector (the console still answers).
        pub(crate) fn __keel_unwire() {
            cortex_m::peripheral::NVIC::mask($crate::hal::interrupt::Interrupt::$alarm);
        }
    };
}

/// The board's type for the runtime (`keel_runtime::Board`): the parts every STM32 board here has in common
/// (the console, the TMP105 on I2C, no display, the independent watchdog), and the ones it names.
///
/// ```ignore
/// keel_stm32::board!(NucleoF401re { sample_timer: TIM2, led: Output<'static>, telemetry: Serial<Tx>, buttons: UserButton });
/// ```
// `crate::` on purpose: the self-check is the function `interrupts!` defines in the board's crate.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! board {
    ($name:ident { sample_timer: $timer:ty, led: $led:ty, telemetry: $telemetry:ty, buttons: $buttons:ty $(,)? }) => {
        /// This board's parts, as the runtime sees them.
        pub struct $name;

        impl keel_runtime::Board for $name {
            type Uptime = $crate::Uptime;
            type Led = $led;
            type Console = $crate::console::Tx;
            type Telemetry = $telemetry;
            type SampleClock = $crate::timers::SampleTimer<$timer>;
            type Sensor = $crate::Sensor;
            type Display = keel_runtime::NoDisplay;
            type Watchdog = $crate::watchdog::Watchdog;
            type Buttons = $buttons;

            fn reset() -> ! {
                keel_runtime::platform::reset()
            }

            fn check_wiring() -> keel_core::Miswired {
                crate::__keel_check_wiring()
            }

            fn unwire() {
                crate::__keel_unwire()
            }
        }
    };
}

/// The temperature sensor of every STM32 board here: a TMP105 (or TMP102, TMP75) on I2C1.
pub type Sensor = keel_drivers::tmp105::Tmp105<hal::i2c::I2c<'static, hal::mode::Blocking, hal::i2c::Master>>;
