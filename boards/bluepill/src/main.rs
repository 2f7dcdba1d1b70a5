//! Keel's sensor node on the Blue Pill (STM32F103C8, Cortex-M3): the pin map. Everything else is shared: the
//! node (`keel-core`), how it runs (`keel-runtime`), and what every STM32 board does (`keel-stm32`).
//!
//! Pins from the Blue Pill's schematic (the widely copied "STM32F103C8T6 minimum system" board) and the
//! STM32F103x8 datasheet's pin table: USART1 on PA9 (TX) / PA10 (RX) to a USB-serial adapter (the board has no
//! debug probe's serial port), USART2 TX on PA2 for telemetry, the LED on PC13 (lit when low), I2C1 on PB6/PB7
//! (no remap; F1 pins have no internal pull-up in this mode, so the sensor's board or two resistors pull the
//! lines up), PA0 = ADC channel 0. No user button.

#![no_std]
#![no_main]

use embassy_stm32::gpio::{Level, Output, Speed};
use embassy_stm32::i2c::I2c;
use embassy_stm32::peripherals::{TIM2, TIM3};
use embassy_stm32::usart::{Uart, UartTx};
use embassy_stm32::{pac, Config};
use keel_core::Missing;
use keel_runtime::{ActiveLow, NoButtons, Serial};
use keel_stm32::console::Tx;

keel_runtime::defmt_uptime!(keel_stm32::Uptime);
keel_stm32::interrupts! { console: USART1, alarm: TIM3, sampling: TIM2 }

/// The core clock after `embassy_stm32::init` with the default configuration: the 8 MHz HSI.
const CORE_HZ: u32 = 8_000_000;

keel_stm32::board!(BluePill { sample_timer: TIM2, led: ActiveLow<Output<'static>>, telemetry: Serial<Tx>, buttons: NoButtons });

#[cortex_m_rt::entry]
fn main() -> ! {
    let (boot, p) = keel_stm32::boot(Config::default(), CORE_HZ);
    let serial = keel_stm32::serial_config();
    let Ok(console) = Uart::new_blocking(p.USART1, p.PA10, p.PA9, serial) else { panic!("USART1 set-up") };
    let Ok(telemetry) = UartTx::new_blocking(p.USART2, p.PA2, serial) else { panic!("USART2 set-up") };
    let i2c = I2c::new_blocking(p.I2C1, p.PB6, p.PB7, keel_stm32::i2c_config());
    let wiring = keel_stm32::Wiring::<TIM2, TIM3, BluePill> {
        name: "bluepill",
        console: (console, pac::USART1),
        telemetry: keel_stm32::telemetry(telemetry, pac::USART2),
        led: ActiveLow(Output::new(p.PC13, Level::High, Speed::Low)),
        sensor: keel_stm32::tmp105(i2c),
        buttons: NoButtons,
        adc: (p.ADC1, p.PA0),
        sample_timer: p.TIM2,
        alarm_timer: p.TIM3,
        missing: Missing::DISPLAY.and(Missing::BUTTONS),
    };
    keel_stm32::run(boot, wiring)
}
