//! Keel's sensor node on the ST Nucleo-F401RE (STM32F401RE, Cortex-M4F). The Nucleo-64 pin map is
//! `keel_nucleo64::nucleo64!` (`boards/nucleo64`, UM1724: the same on every Nucleo-64); this chip's part of it is which timers pace
//! sampling and the alarm, which vector serves B1's EXTI line 13, and the core clock. Everything else is shared:
//! the node (`keel-core`), how it runs (`keel-runtime`), and what every STM32 board does (`keel-stm32`).

#![no_std]
#![no_main]

keel_nucleo64::nucleo64! {
    board: NucleoF401re,
    name: "nucleo-f401re",
    // `embassy_stm32::init` with the default configuration: the 16 MHz HSI.
    core_hz: 16_000_000,
    sample_timer: TIM2,
    alarm_timer: TIM3,
    button_interrupt: EXTI15_10,
}
