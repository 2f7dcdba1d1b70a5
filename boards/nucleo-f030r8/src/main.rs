//! Keel's sensor node on the ST Nucleo-F030R8 (STM32F030R8, Cortex-M0). The Nucleo-64 pin map is
//! `keel_nucleo64::nucleo64!` (`boards/nucleo64`, UM1724: the same on every Nucleo-64); this chip's part of it is which timers pace
//! sampling and the alarm (the F030R8 has no TIM2: TIM14 and TIM3), which vector serves B1's EXTI line 13, and
//! the core clock. Everything else is shared: the node (`keel-core`), how it runs (`keel-runtime`), and what every
//! STM32 board does (`keel-stm32`).

#![no_std]
#![no_main]

keel_nucleo64::nucleo64! {
    board: NucleoF030r8,
    name: "nucleo-f030r8",
    // `embassy_stm32::init` with the default configuration: the 8 MHz HSI.
    core_hz: 8_000_000,
    sample_timer: TIM14,
    alarm_timer: TIM3,
    button_interrupt: EXTI4_15,
}
