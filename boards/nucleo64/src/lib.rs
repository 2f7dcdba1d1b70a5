//! The Nucleo-64 boards' pin map, the same on every STM32 of that family of boards. It lives with the boards, not
//! in the chip crate: `keel-stm32` serves any STM32 board of its families, this crate the boards of one layout.
//!
//! From UM1724 rev 14 ("Nucleo-64 boards": tables "USART2 connection" and "ARDUINO connectors"): USART2 on PA2/PA3 to the ST-LINK's virtual
//! serial port, LD2 on PA5 (lit when high), B1 on PC13 (pulled up on the board, low when pressed), I2C1 on
//! PB8/PB9 (D15/D14), A0 = PA0, and USART1's TX on PA9 (D8) for telemetry. A board crate names its chip's
//! timers, the EXTI vector of line 13 and the core clock:
//!
//! ```ignore
//! keel_nucleo64::nucleo64! {
//!     board: NucleoF401re, name: "nucleo-f401re", core_hz: 16_000_000,
//!     sample_timer: TIM2, alarm_timer: TIM3, button_interrupt: EXTI15_10,
//! }
//! ```

#![no_std]

/// Defines a Nucleo-64 board's `Board` type, its interrupt handlers and its `main` (see the module).
#[macro_export]
macro_rules! nucleo64 {
    (
        board: $board:ident, name: $name:literal, core_hz: $core_hz:expr,
        sample_timer: $sample:ident, alarm_timer: $alarm:ident, button_interrupt: $button:ident $(,)?
    ) => {
        keel_runtime::defmt_uptime!(keel_stm32::Uptime);
        keel_stm32::interrupts! { console: USART2, alarm: $alarm, sampling: $sample, button: $button }
        keel_stm32::board!($board {
            sample_timer: keel_stm32::hal::peripherals::$sample,
            led: keel_stm32::hal::gpio::Output<'static>,
            telemetry: keel_runtime::Serial<keel_stm32::console::Tx>,
            buttons: keel_stm32::button::UserButton,
        });

        #[cortex_m_rt::entry]
        fn main() -> ! {
            use keel_stm32::hal::gpio::{Input, Level, Output, Pull, Speed};
            use keel_stm32::hal::{i2c::I2c, pac, usart::Uart, usart::UartTx};
            let (boot, p) = keel_stm32::boot(keel_stm32::hal::Config::default(), $core_hz);
            let serial = keel_stm32::serial_config();
            let Ok(console) = Uart::new_blocking(p.USART2, p.PA3, p.PA2, serial) else { panic!("USART2 set-up") };
            let Ok(telemetry) = UartTx::new_blocking(p.USART1, p.PA9, serial) else { panic!("USART1 set-up") };
            let i2c = I2c::new_blocking(p.I2C1, p.PB8, p.PB9, keel_stm32::i2c_config());
            let wiring = keel_stm32::Wiring::<_, _, $board> {
                name: $name,
                console: (console, pac::USART2),
                telemetry: keel_stm32::telemetry(telemetry, pac::USART1),
                led: Output::new(p.PA5, Level::Low, Speed::Low),
                sensor: keel_stm32::tmp105(i2c),
                // B1 on PC13: port C (2), EXTI line 13.
                buttons: keel_stm32::button::UserButton::new(
                    Input::new(p.PC13, Pull::None),
                    2,
                    13,
                    keel_stm32::hal::interrupt::$button,
                ),
                adc: (p.ADC1, p.PA0),
                sample_timer: p.$sample,
                alarm_timer: p.$alarm,
                missing: keel_core::Missing::DISPLAY.and(keel_core::Missing::BUTTONS),
            };
            keel_stm32::run(boot, wiring)
        }
    };
}
