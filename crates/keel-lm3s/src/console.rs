//! UART0 (console, receive and transmit by interrupt) and UART1 (telemetry, transmit by interrupt), 115200 8N1.
//!
//! Both are ARM PL011 cells (datasheet chapter 12). The work loop queues what it sends
//! (`keel_runtime::transmit::QueuedTx`) and pends the UART's interrupt; the handler ([`Transmit`]) fills the
//! transmit FIFO from the queue and asks for the interrupt again while bytes remain. The PL011 raises its transmit
//! interrupt as the FIFO drains through the trigger level (half empty, here), not while it is below it, so the handler
//! acknowledges it first and fills the FIFO until it is full: the next drain through the level raises it again. The
//! loop waits only to flush before a reset, bounded by the UART's busy flag.

use cortex_m::peripheral::NVIC;
use lm3s6965_pac::{Interrupt, Uart0, Uart1};

use crate::SYSCLK_HZ;

/// Baud rate of both UARTs.
pub const BAUD: u32 = 115_200;

/// Divisor registers for `BAUD`: BRD = SYSCLK / (16 * BAUD), IBRD its integer part, FBRD its fraction * 64
/// rounded (datasheet 12.3.2).
const DIVISORS: (u16, u8) = divisors();

const fn divisors() -> (u16, u8) {
    let times_64 = (SYSCLK_HZ as u64 * 4 + BAUD as u64 / 2) / BAUD as u64; // 64 * SYSCLK / (16 * BAUD), rounded
    ((times_64 / 64) as u16, (times_64 % 64) as u8)
}

/// The register block shared by UART0 and UART1 (the PAC gives each its own type over one layout).
type Registers = lm3s6965_pac::uart0::RegisterBlock;

/// A UART peripheral of either instance, with its interrupt.
pub trait Instance: core::ops::Deref<Target = Registers> + Send {
    /// The UART's interrupt (receive and transmit share it).
    const INTERRUPT: Interrupt;
    /// Another handle on the same registers.
    ///
    /// # Safety
    /// The caller keeps each handle to registers the others do not write (see each use).
    unsafe fn alias() -> Self;
}

impl Instance for Uart0 {
    const INTERRUPT: Interrupt = Interrupt::UART0;
    unsafe fn alias() -> Self {
        // SAFETY: passed on to the caller, whose contract this function's is.
        unsafe { Uart0::steal() }
    }
}

impl Instance for Uart1 {
    const INTERRUPT: Interrupt = Interrupt::UART1;
    unsafe fn alias() -> Self {
        // SAFETY: passed on to the caller, whose contract this function's is.
        unsafe { Uart1::steal() }
    }
}

/// The transmit FIFO, owned by the UART's interrupt handler: the only writer of DR's transmit side and of IM after
/// start-up. Generic over the instance, so each copy's register addresses are constants (measured: smaller than
/// one copy that loads them).
pub struct Transmit<U: Instance> {
    registers: U,
}

impl<U: Instance> Transmit<U> {
    /// Acknowledges the transmit interrupt: call at the start of the handler, before
    /// [`keel_runtime::transmit::transmit`].
    pub fn acknowledge(&mut self) {
        self.registers.icr().write(|w| w.txic().clear_bit_by_one());
    }

    /// The work loop's handle on this UART.
    pub fn line(&self) -> Line<U> {
        // SAFETY: the line only reads FR (read-only) and pends the UART's interrupt in the NVIC; every write to the
        // UART stays with this handle and the receive side.
        Line { registers: unsafe { U::alias() } }
    }
}

impl<U: Instance> keel_runtime::transmit::TransmitFifo for Transmit<U> {
    fn has_room(&self) -> bool {
        self.registers.fr().read().txff().bit_is_clear()
    }

    fn push(&mut self, byte: u8) {
        self.registers.dr().write(|w| w.data().set(byte));
    }

    fn listen(&mut self, on: bool) {
        self.registers.im().modify(|_, w| w.txim().bit(on));
    }
}

/// The work loop's side of a UART: starts its handler, and tells whether all was sent.
pub struct Line<U: Instance> {
    registers: U,
}

impl<U: Instance> keel_runtime::transmit::Line for Line<U> {
    fn kick(&self) {
        NVIC::pend(U::INTERRUPT);
    }

    fn drained(&self) -> bool {
        let flags = self.registers.fr().read();
        flags.txfe().bit_is_set() && flags.busy().bit_is_clear()
    }
}

/// The receive side of the console UART, owned by its interrupt handler.
pub struct Rx {
    registers: Uart0,
}

impl Rx {
    /// Passes every byte waiting in the receive FIFO to `each` and clears the interrupt; returns how many
    /// bytes the hardware lost to an overrun since the last call (they count as dropped input).
    pub fn drain(&mut self, mut each: impl FnMut(u8)) -> u32 {
        // Acknowledge first, then empty the FIFO: a byte that arrives after the last read then raises a fresh
        // interrupt. The other order can clear the interrupt of a byte that came in between and strand it
        // (QEMU's PL011 raises RX only when the FIFO level reaches the trigger, and has no receive timeout).
        self.registers.icr().write(|w| w.rxic().clear_bit_by_one().rtic().clear_bit_by_one().oeic().clear_bit_by_one());
        let mut lost = 0;
        while self.registers.fr().read().rxfe().bit_is_clear() {
            let data = self.registers.dr().read();
            if data.oe().bit_is_set() {
                lost += 1;
            }
            if data.fe().bit_is_set() || data.pe().bit_is_set() || data.be().bit_is_set() {
                lost += 1; // a damaged byte is a lost byte
                continue;
            }
            each(data.data().bits());
        }
        lost
    }
}

fn configure(registers: &Registers, receive_interrupts: bool) {
    // A constant: computed by the compiler, so no 64-bit division code in the image.
    let (integer, fraction) = DIVISORS;
    registers.ctl().write(|w| w.uarten().clear_bit());
    registers.ibrd().write(|w| w.divint().set(integer));
    registers.fbrd().write(|w| w.divfrac().set(fraction));
    registers.lcrh().write(|w| w.wlen().bits8().fen().set_bit());
    // Transmit interrupt as the FIFO drains through half full; receive at 1/8 full (or on the receive timeout).
    registers.ifls().write(|w| w.rxiflsel().one_eighth().txiflsel().half());
    if receive_interrupts {
        registers.im().write(|w| w.rxim().set_bit().rtim().set_bit().oeim().set_bit());
    }
    registers.ctl().write(|w| w.uarten().set_bit().txe().set_bit().rxe().set_bit());
}

/// UART0 on PA0 (U0Rx) and PA1 (U0Tx): its transmit FIFO and its receive side, both for its interrupt handler.
pub fn init_console(uart: Uart0) -> (Transmit<Uart0>, Rx) {
    crate::gpio::Port::A.alternate(0b11, false);
    configure(&uart, true);
    // SAFETY: the handles split UART0 by register: `Transmit` writes DR (transmit side), IM and ICR's transmit
    // bit; `Rx` reads DR (receive side) and writes ICR's receive bits; the FIFOs make DR's read and write sides
    // independent, ICR's bits clear only what is written as 1, and both run in the one interrupt handler.
    let receiver = unsafe { Uart0::steal() };
    (Transmit { registers: uart }, Rx { registers: receiver })
}

/// UART1 on PD2 (U1Rx) and PD3 (U1Tx): its transmit FIFO, for its interrupt handler.
pub fn init_telemetry(uart: Uart1) -> Transmit<Uart1> {
    crate::gpio::Port::D.alternate(0b1100, false);
    configure(&uart, false);
    Transmit { registers: uart }
}
