//! GPIO pins (datasheet chapter 8): a push-pull output as an embedded-hal `OutputPin`, and inputs with pull-ups
//! that interrupt on both edges.
//!
//! Every access goes through a port's masked DATA aperture: the word at offset `4 * mask` reads and writes only
//! the pins in `mask`, so two owners of pins on one port never need a read-modify-write of each other's bits.

use lm3s6965_pac::gpioa::RegisterBlock;

/// A GPIO port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Port {
    /// Port A.
    A,
    /// Port B.
    B,
    /// Port C.
    C,
    /// Port D.
    D,
    /// Port E.
    E,
    /// Port F.
    F,
    /// Port G.
    G,
}

impl Port {
    fn registers(self) -> &'static RegisterBlock {
        // Datasheet table 2-4 "Memory Map": ports A-D at 0x4000_4000 + n * 0x1000, E-G at 0x4002_4000 + (n - 4) *
        // 0x1000 (the PAC's `Gpioa`..`Gpiog` sit at the same addresses). Computed, not matched: a table of seven
        // pointers took 72 bytes of flash.
        let n = self as usize;
        let base = if n < 4 { 0x4000_4000 + n * 0x1000 } else { 0x4002_4000 + (n - 4) * 0x1000 };
        // SAFETY: the address of this port's register block (above), valid for the whole program. Only masked
        // DATA accesses and read-modify-writes of configuration registers at start-up (interrupts off) go
        // through it.
        unsafe { &*(base as *const RegisterBlock) }
    }

    /// Reads the pins in `mask` (a pin's bit is set when it is high).
    pub fn read(self, mask: u8) -> u8 {
        self.registers().data_masked(usize::from(mask)).read().bits() as u8
    }

    /// Clears the edge interrupts of the pins in `mask` (from the port's interrupt handler).
    pub fn acknowledge(self, mask: u8) {
        self.registers().icr().write(|w| w.set(u32::from(mask)));
    }

    /// Makes the pins in `mask` inputs with their pull-ups on (switches that pull to ground), interrupting on
    /// both edges. At start-up, with interrupts off.
    pub fn inputs_pulled_up_with_edges(self, mask: u8) {
        let port = self.registers();
        let mask = u32::from(mask);
        port.dir().modify(|r, w| w.set(r.bits() & !mask));
        port.den().modify(|r, w| w.set(r.bits() | mask));
        port.pur().modify(|r, w| w.set(r.bits() | mask));
        port.ibe().modify(|r, w| w.set(r.bits() | mask));
        port.icr().write(|w| w.set(mask));
        port.im().modify(|r, w| w.set(r.bits() | mask));
    }

    /// Routes the pins in `mask` to their peripheral (alternate function) as digital pins; `open_drain` for an
    /// I2C data line.
    pub fn alternate(self, mask: u8, open_drain: bool) {
        let port = self.registers();
        let mask = u32::from(mask);
        port.afsel().modify(|r, w| w.set(r.bits() | mask));
        if open_drain {
            port.odr().modify(|r, w| w.set(r.bits() | mask));
        }
        port.den().modify(|r, w| w.set(r.bits() | mask));
    }
}

/// One pin as a push-pull output (8 mA drive); `set_high` drives it high.
pub struct Output {
    port: Port,
    mask: u8,
}

impl Output {
    /// Pin `pin` (0-7) of `port` as an output, starting at `high`. At start-up, with interrupts off.
    pub fn new(port: Port, pin: u8, high: bool) -> Self {
        let registers = port.registers();
        let mut output = Output { port, mask: 1 << pin };
        output.set(high);
        let mask = u32::from(output.mask);
        registers.dir().modify(|r, w| w.set(r.bits() | mask));
        registers.dr8r().modify(|r, w| w.set(r.bits() | mask));
        registers.den().modify(|r, w| w.set(r.bits() | mask));
        output
    }

    fn set(&mut self, high: bool) {
        let level = if high { u32::from(self.mask) } else { 0 };
        self.port.registers().data_masked(usize::from(self.mask)).write(|w| w.set(level));
    }
}

impl embedded_hal::digital::ErrorType for Output {
    type Error = core::convert::Infallible;
}

impl embedded_hal::digital::OutputPin for Output {
    fn set_low(&mut self) -> Result<(), Self::Error> {
        self.set(false);
        Ok(())
    }

    fn set_high(&mut self) -> Result<(), Self::Error> {
        self.set(true);
        Ok(())
    }
}
