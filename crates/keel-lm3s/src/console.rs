//! UART0 (console, receive interrupt driven) and UART1 (telemetry, transmit only), 115200 8N1.
//!
//! Both are ARM PL011 cells (datasheet chapter 12). Transmission polls the FIFO-full flag: a console reply
//! or a telemetry frame is short, and the tasks that send them run at the lowest priority, so interrupts
//! are never held off by it. Each poll is bounded: a UART that never drains (not clocked, not enabled) drops
//! the rest of what was written instead of hanging the node.

use keel_runtime::Polls;
use lm3s6965_pac::{Uart0, Uart1};

use crate::SYSCLK_HZ;

/// Polls of the FIFO-full flag for one byte's room: a byte leaves in 87 us at 115200 baud (4,340 core cycles, a
/// few hundred polls); this allows many times more.
const ROOM: Polls = Polls(20_000);
/// Polls of the busy flag for the whole FIFO (16 bytes) to leave.
const DRAINED: Polls = Polls(16 * 20_000);

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

/// A UART peripheral of either instance.
pub trait Instance: core::ops::Deref<Target = Registers> + Send {}
impl Instance for Uart0 {}
impl Instance for Uart1 {}

/// A transmit-only handle on one UART.
pub struct Tx<U: Instance> {
    registers: U,
}

impl<U: Instance> embedded_io::ErrorType for Tx<U> {
    type Error = core::convert::Infallible;
}

impl<U: Instance> embedded_io::Write for Tx<U> {
    /// Queues bytes in the transmit FIFO, waiting (bounded) for room before each; a UART that does not drain
    /// drops the rest of `bytes`.
    fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
        let registers = &self.registers;
        ROOM.send_each(
            bytes,
            || registers.fr().read().txff().bit_is_clear(),
            |byte| {
                registers.dr().write(|w| w.data().set(byte));
            },
        );
        Ok(bytes.len())
    }

    /// Waits (bounded) until every byte has left the shift register.
    fn flush(&mut self) -> Result<(), Self::Error> {
        let _ = DRAINED.until(|| self.registers.fr().read().busy().bit_is_clear());
        Ok(())
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
    if receive_interrupts {
        // Interrupt when the FIFO is 1/8 full, or when bytes wait with no new ones (receive timeout).
        registers.ifls().write(|w| w.rxiflsel().one_eighth());
        registers.im().write(|w| w.rxim().set_bit().rtim().set_bit().oeim().set_bit());
    }
    registers.ctl().write(|w| w.uarten().set_bit().txe().set_bit().rxe().set_bit());
}

/// UART0 on PA0 (U0Rx) and PA1 (U0Tx).
pub fn init_console(uart: Uart0) -> (Tx<Uart0>, Rx) {
    crate::gpio::Port::A.alternate(0b11, false);
    configure(&uart, true);
    // SAFETY: the two handles split UART0 by register: `Tx` only touches FR and DR writes, `Rx` only FR, DR
    // reads and ICR; the FIFOs make DR's read and write sides independent, and FR is read-only.
    let receiver = unsafe { Uart0::steal() };
    (Tx { registers: uart }, Rx { registers: receiver })
}

/// UART1 on PD2 (U1Rx) and PD3 (U1Tx).
pub fn init_telemetry(uart: Uart1) -> Tx<Uart1> {
    crate::gpio::Port::D.alternate(0b1100, false);
    configure(&uart, false);
    Tx { registers: uart }
}
