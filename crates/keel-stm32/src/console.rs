//! A USART as the console or the telemetry port: embassy-stm32 sets it up (pins, clock, baud rate); bytes go
//! out by polling the transmit register with a bounded wait (embassy's `blocking_write` waits without one), and
//! come in through the receive interrupt, into the runtime's queue. F1 and F4 have the older register layout
//! (SR/DR), F0 and L0 the newer one (ISR/RDR/TDR/ICR).

use embassy_stm32::mode::Blocking;
use embassy_stm32::pac::usart::Usart;
use embassy_stm32::usart::{Uart, UartRx, UartTx};
use heapless::spsc::{Consumer, Producer};
use keel_runtime::{ConsoleQueue, HandOff, Polls, SIGNALS};

/// Polls of the transmit-empty flag for one byte: a byte leaves in 87 us at 115200 baud (a few hundred polls at
/// the slowest core clock here); this allows many times more.
const ROOM: Polls = Polls(20_000);

/// A USART's transmit side, as the runtime's console (`embedded_io::Write`) or, in `keel_runtime::Serial`,
/// its telemetry port.
pub struct Tx {
    registers: Usart,
    /// Kept so the HAL keeps the pin and the clock (dropping a driver releases them).
    _driver: UartTx<'static, Blocking>,
}

impl Tx {
    /// The transmit side of `uart` (embassy's), whose registers are `registers` (`embassy_stm32::pac::USART2`
    /// for USART2).
    pub fn new(uart: UartTx<'static, Blocking>, registers: Usart) -> Self {
        Tx { registers, _driver: uart }
    }

    fn transmit_empty(&self) -> bool {
        #[cfg(any(feature = "f1", feature = "f4"))]
        return self.registers.sr().read().txe();
        #[cfg(any(feature = "f0", feature = "l0"))]
        return self.registers.isr().read().txe();
    }

    fn send(&self, byte: u8) {
        #[cfg(any(feature = "f1", feature = "f4"))]
        self.registers.dr().write(|w| w.set_dr(u16::from(byte)));
        #[cfg(any(feature = "f0", feature = "l0"))]
        self.registers.tdr().write(|w| w.set_dr(u16::from(byte)));
    }
}

impl embedded_io::ErrorType for Tx {
    type Error = core::convert::Infallible;
}

impl embedded_io::Write for Tx {
    /// Waits (bounded) for the transmit register before each byte; a USART that never empties it (not clocked)
    /// drops the rest of `bytes` rather than hang the node.
    fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
        ROOM.send_each(bytes, || self.transmit_empty(), |byte| self.send(byte));
        Ok(bytes.len())
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// What the receive interrupt owns.
struct Receiver {
    registers: Usart,
    queue: Producer<'static, u8>,
    _driver: UartRx<'static, Blocking>,
}

static RECEIVER: HandOff<Receiver> = HandOff::new();

/// Splits `uart` (set up by embassy, which also unmasks its interrupt in the NVIC) into the console's transmit
/// side and, through its receive interrupt, the runtime's queue of received bytes.
pub fn start(
    uart: Uart<'static, Blocking>,
    registers: Usart,
    queue: &'static mut ConsoleQueue,
) -> (Tx, Consumer<'static, u8>) {
    let (tx, rx) = uart.split();
    let (producer, consumer) = queue.split();
    RECEIVER.put(Receiver { registers, queue: producer, _driver: rx });
    registers.cr1().modify(|w| w.set_rxneie(true));
    (Tx::new(tx, registers), consumer)
}

/// From the USART's interrupt: queues the received byte (the receive register holds one) and counts a byte the
/// hardware lost (overrun) or garbled (framing, noise).
pub fn interrupt() {
    RECEIVER.with(|receiver| {
        let r = receiver.registers;
        #[cfg(any(feature = "f1", feature = "f4"))]
        {
            // Reading SR then DR clears RXNE and the error flags.
            let status = r.sr().read();
            if status.rxne() || status.ore() {
                let byte = r.dr().read().dr() as u8;
                SIGNALS.console_byte(&mut receiver.queue, byte);
            }
            SIGNALS.console_bytes_lost(u32::from(status.ore()) + u32::from(status.fe() || status.ne()));
        }
        #[cfg(any(feature = "f0", feature = "l0"))]
        {
            let status = r.isr().read();
            if status.rxne() {
                SIGNALS.console_byte(&mut receiver.queue, r.rdr().read().dr() as u8);
            }
            if status.ore() || status.fe() || status.ne() {
                r.icr().write(|w| {
                    w.set_ore(true);
                    w.set_fe(true);
                    w.set_ne(true);
                });
                SIGNALS.console_bytes_lost(u32::from(status.ore()) + u32::from(status.fe() || status.ne()));
            }
        }
    });
    keel_runtime::platform::wake();
}
