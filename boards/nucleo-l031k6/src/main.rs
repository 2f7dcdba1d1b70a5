//! Keel's sensor node on the ST Nucleo-L031K6 (STM32L031K6, Cortex-M0+, 32 KiB of flash, 8 KiB of RAM): the pin
//! map. Everything else is shared: the node (`keel-core`), how it runs (`keel-runtime`), and what every STM32
//! board does (`keel-stm32`).
//!
//! Pins from the board's user manual (UM1956 rev 4: "Nucleo-32 boards", tables "USART2 pins" and "ARDUINO Nano
//! connectors"): USART2 TX on PA2 and RX on PA15 to the ST-LINK's virtual serial port, LD3 on PB3 (D13, lit when
//! high), I2C1 on PB6/PB7 (D5/D4; the solder bridges SB16/SB18 also tie them to PA5/PA6, which stay inputs),
//! A0 = PA0. No user button. No second free USART (LPUART1 would take the virtual port's pin or SWD's): the
//! telemetry frames travel in the defmt stream over RTT, as on the micro:bit. The L031 has no TIM3: TIM2 is the
//! alarm and TIM21 the sample clock.

#![no_std]
#![no_main]

use embassy_stm32::gpio::{Level, Output, Speed};
use embassy_stm32::i2c::I2c;
use embassy_stm32::peripherals::{TIM2, TIM21};
use embassy_stm32::usart::Uart;
use embassy_stm32::{pac, rcc, Config};
use keel_core::Missing;
use keel_runtime::platform::DefmtFrames;
use keel_runtime::NoButtons;

keel_runtime::defmt_uptime!(keel_stm32::Uptime);
keel_stm32::interrupts! { console: USART2, alarm: TIM2, sampling: TIM21 }

/// The core clock: the 16 MHz HSI, set below (embassy-stm32 0.6 otherwise runs the L0 from its MSI at 4.19 MHz,
/// whose error at 115200 baud is several times the HSI's).
const CORE_HZ: u32 = 16_000_000;

keel_stm32::board!(NucleoL031k6 { sample_timer: TIM21, led: Output<'static>, telemetry: DefmtFrames, buttons: NoButtons });

#[cortex_m_rt::entry]
fn main() -> ! {
    let mut config = Config::default();
    config.rcc.hsi = true;
    config.rcc.sys = rcc::Sysclk::HSI;
    let (boot, p) = keel_stm32::boot(config, CORE_HZ);
    let Ok(console) = Uart::new_blocking(p.USART2, p.PA15, p.PA2, keel_stm32::serial_config()) else {
        panic!("USART2 set-up")
    };
    let i2c = I2c::new_blocking(p.I2C1, p.PB6, p.PB7, keel_stm32::i2c_config());
    let wiring = keel_stm32::Wiring::<TIM21, TIM2, NucleoL031k6> {
        name: "nucleo-l031k6",
        console: (console, pac::USART2),
        telemetry: DefmtFrames,
        led: Output::new(p.PB3, Level::Low, Speed::Low),
        sensor: keel_stm32::tmp105(i2c),
        buttons: NoButtons,
        adc: (p.ADC1, p.PA0),
        sample_timer: p.TIM21,
        alarm_timer: p.TIM2,
        missing: Missing::DISPLAY.and(Missing::BUTTONS).and(Missing::TELEMETRY_UART),
    };
    keel_stm32::run(boot, wiring)
}
