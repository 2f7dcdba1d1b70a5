//! LM3S6965 register addresses used by examples 03, 04 and 05, from the Stellaris LM3S6965 datasheet
//! (DS-LM3S6965): section 6 "System Control" (register map, RCGC0-2), section 9 "General-Purpose
//! Input/Outputs" (GPIO register map), section 10 "General-Purpose Timers" (GPTM register map) and
//! section 12 "Analog-to-Digital Converter" (ADC register map).
//!
//! STAND-IN: these examples switch to the generated peripheral access crate (`pac/lm3s6965`, crate
//! `lm3s6965_pac`) when it lands; until then this module is their whole view of the hardware. Only the
//! registers the examples touch are listed.

#![allow(dead_code)]

/// System Control: run-mode clock gating (a peripheral's registers only respond once its clock is on).
pub mod sysctl {
    /// Run Mode Clock Gating Control 0: bit 16 = ADC.
    pub const RCGC0: usize = 0x400F_E100;
    /// Run Mode Clock Gating Control 1: bit 16 = Timer 0.
    pub const RCGC1: usize = 0x400F_E104;
    /// Run Mode Clock Gating Control 2: bit 5 = GPIO port F.
    pub const RCGC2: usize = 0x400F_E108;
    pub const RCGC0_ADC: u32 = 1 << 16;
    pub const RCGC1_TIMER0: u32 = 1 << 16;
    pub const RCGC2_GPIOF: u32 = 1 << 5;
}

/// GPIO port F (the EVB's user LED is on PF0).
pub mod gpiof {
    const BASE: usize = 0x4002_5000;
    /// GPIODATA is 256 words: address bits 9:2 mask which pins a write changes. The word at offset
    /// `0x004` (mask `0b1`) reads and writes PF0 alone, without touching the other pins.
    pub const DATA_PF0: usize = BASE + (1 << 2);
    /// Direction: 1 = output.
    pub const DIR: usize = BASE + 0x400;
    /// Digital enable: 1 = the pin's digital function is on.
    pub const DEN: usize = BASE + 0x51C;
    pub const PF0: u32 = 1 << 0;
}

/// General-purpose timer 0, used as one 32-bit periodic timer (timer A).
pub mod timer0 {
    const BASE: usize = 0x4003_0000;
    /// Configuration: 0 = one 32-bit timer.
    pub const CFG: usize = BASE + 0x000;
    /// Timer A mode: 0x2 = periodic.
    pub const TAMR: usize = BASE + 0x004;
    /// Control: bit 0 TAEN (enable), bit 5 TAOTE (trigger the ADC on time-out).
    pub const CTL: usize = BASE + 0x00C;
    /// Interrupt mask: bit 0 TATOIM (time-out).
    pub const IMR: usize = BASE + 0x018;
    /// Interrupt clear: bit 0 TATOCINT.
    pub const ICR: usize = BASE + 0x024;
    /// Timer A interval load.
    pub const TAILR: usize = BASE + 0x028;
    pub const TAMR_PERIODIC: u32 = 0x2;
    pub const CTL_TAEN: u32 = 1 << 0;
    pub const CTL_TAOTE: u32 = 1 << 5;
    pub const TIMEOUT: u32 = 1 << 0;
}

/// ADC0, sample sequencer 3 (one sample per trigger).
pub mod adc0 {
    const BASE: usize = 0x4003_8000;
    /// Active sample sequencers: bit 3 ASEN3.
    pub const ACTSS: usize = BASE + 0x000;
    /// Interrupt status and clear: bit 3 IN3.
    pub const ISC: usize = BASE + 0x00C;
    /// Event multiplexer: bits 15:12 choose sequencer 3's trigger; 0x5 = timer.
    pub const EMUX: usize = BASE + 0x014;
    /// Sequencer 3 control: bit 1 END0 (last sample), bit 2 IE0 (raise the interrupt flag).
    pub const SSCTL3: usize = BASE + 0x0A4;
    /// Sequencer 3 result FIFO.
    pub const SSFIFO3: usize = BASE + 0x0A8;
    /// Sequencer 3 FIFO status: bit 8 EMPTY.
    pub const SSFSTAT3: usize = BASE + 0x0AC;
    pub const ACTSS_ASEN3: u32 = 1 << 3;
    pub const EMUX3_TIMER: u32 = 0x5 << 12;
    pub const SSCTL_END0_IE0: u32 = 0b110;
    pub const FIFO_EMPTY: u32 = 1 << 8;
    pub const IN3: u32 = 1 << 3;
}

/// Writes `value` to the memory-mapped register at `address`.
///
/// # Safety
///
/// `address` must be one of the registers above, and the caller must own the peripheral it belongs
/// to (no other code may be configuring it at the same time).
pub unsafe fn write(address: usize, value: u32) {
    // SAFETY: the caller guarantees `address` is a valid, owned device register; device memory is
    // accessed with volatile operations only.
    unsafe { core::ptr::write_volatile(address as *mut u32, value) }
}

/// Reads the memory-mapped register at `address`.
///
/// # Safety
///
/// As for [`write`].
pub unsafe fn read(address: usize) -> u32 {
    // SAFETY: as for `write`.
    unsafe { core::ptr::read_volatile(address as *const u32) }
}

/// Sets `bits` in the register at `address` (read-modify-write).
///
/// # Safety
///
/// As for [`write`]; additionally no interrupt handler may write the same register.
pub unsafe fn set_bits(address: usize, bits: u32) {
    // SAFETY: forwarded to the caller.
    unsafe { write(address, read(address) | bits) }
}
