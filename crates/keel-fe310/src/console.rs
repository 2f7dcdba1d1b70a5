//! UART0 and UART1 (manual, chapter 18 "UART"): 8N1. UART0, the console, transmits by interrupt
//! (`keel_runtime::transmit`: the loop queues, the transmit watermark interrupt fills the FIFO, [`Tx::queued`]) and
//! receives by the receive watermark interrupt; UART1, the telemetry, transmits by polling the FIFO's full flag
//! (bounded).
//!
//! Why not the telemetry by interrupt too: QEMU's model reports the transmit watermark pending whatever its FIFO
//! holds, and leaves the FIFO full while a pseudo-terminal behind it has no reader, so the handler is called again
//! and again and the loop starves (tried: the watchdog reset the node every two seconds until the telemetry port
//! was opened). The console does the same in QEMU while nobody reads it; the bench always reads it. On silicon
//! the watermark says what it should, and a UART with nothing on its line still sends.

use crate::{pac, FLAG};

type Registers = &'static pac::uart0::RegisterBlock;

/// Which UART, and the pins its IOF0 function uses on the board.
pub struct Port {
    registers: Registers,
    tx_pin: u32,
    rx_pin: Option<u32>,
}

impl Port {
    /// UART0, on `tx` and `rx` (GPIO 17 and 16 on every FE310-G002 package).
    pub fn uart0(_uart: pac::Uart0, tx: u32, rx: u32) -> Self {
        // SAFETY: the register block lives for the whole program; `_uart` proves this is its one owner.
        Port { registers: unsafe { &*pac::Uart0::ptr() }, tx_pin: tx, rx_pin: Some(rx) }
    }

    /// UART1, transmitting only, on `tx` (GPIO 18 on the FE310-G002).
    pub fn uart1_tx(_uart: pac::Uart1, tx: u32) -> Self {
        // SAFETY: as for UART0.
        Port { registers: unsafe { &*pac::Uart1::ptr() }, tx_pin: tx, rx_pin: None }
    }

    /// Routes the pins to the UART (IOF0) and starts it at `baud` from the peripheral clock `clock_hz`.
    /// Returns the transmit side and, for a port with a receive pin, the receive side with its receive
    /// interrupt enabled at the UART (the PLIC's enable is [`crate::interrupts`]').
    pub fn start(self, clock_hz: u32, baud: u32) -> (Tx, Option<Rx>) {
        let Port { registers, tx_pin, rx_pin } = self;
        let pins = 1 << tx_pin | rx_pin.map_or(0, |pin| 1 << pin);
        // SAFETY: the register block lives for the whole program.
        let gpio = unsafe { &*pac::Gpio0::ptr() };
        critical_section::with(|_| {
            // SAFETY: clears/sets only these pins' bits: IOF0 selected, IOF enabled.
            gpio.iof_sel().modify(|r, w| unsafe { w.bits(r.bits() & !pins) });
            // SAFETY: as above.
            gpio.iof_en().modify(|r, w| unsafe { w.bits(r.bits() | pins) });
        });
        // SAFETY: div is the baud divisor minus one (manual, 18.9); txctrl: txen (bit 0) and a watermark of 1
        // (bits 18:16); rxctrl: rxen (bit 0) and a watermark of 0, so the receive interrupt is pending while the
        // FIFO holds any byte.
        unsafe {
            registers.div().write(|w| w.bits(clock_hz / baud - 1));
            registers.txctrl().write(|w| w.bits(1 | 1 << 16));
            if rx_pin.is_some() {
                registers.rxctrl().write(|w| w.bits(1));
            }
        }
        let rx = rx_pin.map(|_| {
            registers.ie().write(|w| w.rxwm().set_bit());
            Rx { registers }
        });
        (Tx { registers }, rx)
    }
}

/// A UART's transmit side.
pub struct Tx {
    registers: Registers,
}

impl embedded_io::ErrorType for Tx {
    type Error = core::convert::Infallible;
}

impl embedded_io::Write for Tx {
    /// Waits (bounded) for room in the 8-byte FIFO before each byte. A FIFO that stays full (a UART that is
    /// not clocked) drops the rest of `bytes` rather than hang the node: the write returns either way.
    fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
        let registers = &self.registers;
        FLAG.send_each(
            bytes,
            || registers.txdata().read().full().bit_is_clear(),
            |byte| {
                // SAFETY: any byte is valid data.
                registers.txdata().write(|w| unsafe { w.bits(u32::from(byte)) });
            },
        );
        Ok(bytes.len())
    }

    /// Waits (bounded) until the FIFO has drained (the transmit watermark of 1 is pending when it is empty).
    fn flush(&mut self) -> Result<(), Self::Error> {
        // The emulator's longer bound (`Polls::for_transmit`): QEMU's FE310 UART drains its FIFO only as the host
        // reads, and a flush before a reset that gave up early cut the last bytes of `ok: resetting` on a busy
        // machine. Not for each byte's room: a hundred times the bound per byte let the watchdog fire.
        let _ = FLAG.for_transmit().until(|| self.registers.ip().read().txwm().bit_is_set());
        Ok(())
    }
}

impl Tx {
    /// The transmitter, fed by its interrupt from now on: the handler's FIFO side and the loop's line.
    pub fn queued(self) -> (Transmit, Line) {
        (Transmit { registers: self.registers }, Line { registers: self.registers })
    }
}

/// The transmit FIFO as the UART's interrupt handler fills it. The transmit watermark (1, set by [`Port::start`])
/// is pending while the FIFO is empty: a level, so the interrupt comes whenever it is enabled and the FIFO has
/// emptied.
pub struct Transmit {
    registers: Registers,
}

// SAFETY: a `Transmit` is the one writer of its UART's txdata and (after start-up) of its `ie` register outside a
// critical section (`Line::kick` writes `ie` inside one); moving it to the interrupt handler's static moves that
// role, and nothing else is shared.
unsafe impl Send for Transmit {}

impl keel_runtime::transmit::TransmitFifo for Transmit {
    fn has_room(&self) -> bool {
        self.registers.txdata().read().full().bit_is_clear()
    }

    fn push(&mut self, byte: u8) {
        // SAFETY: any byte is valid data.
        self.registers.txdata().write(|w| unsafe { w.bits(u32::from(byte)) });
    }

    fn listen(&mut self, on: bool) {
        self.registers.ie().modify(|_, w| w.txwm().bit(on));
    }
}

/// The loop's side of the console's transmitter.
pub struct Line {
    registers: Registers,
}

impl keel_runtime::transmit::Line for Line {
    /// Turns the transmit watermark interrupt on: the handler then runs at once if the FIFO has room. In a critical
    /// section, as the handler turns it off (a read-modify-write of `ie` each).
    fn kick(&self) {
        critical_section::with(|_| self.registers.ie().modify(|_, w| w.txwm().set_bit()));
    }

    /// The FIFO is empty (the watermark of 1 is pending).
    fn drained(&self) -> bool {
        self.registers.ip().read().txwm().bit_is_set()
    }
}

/// UART0's receive side, owned by its interrupt.
pub struct Rx {
    registers: Registers,
}

// SAFETY: an `Rx` is the only user of its UART's rxdata register (`Port::start` hands out one); moving it to the
// interrupt handler's static moves that ownership, nothing is shared.
unsafe impl Send for Rx {}

impl Rx {
    /// Passes each received byte to `each` (reading `rxdata` pops the FIFO; bit 31 says it was empty) and returns
    /// how many there were. The FIFO holds 8 bytes: the loop ends within 8 reads plus what arrives meanwhile,
    /// bounded all the same.
    pub fn drain(&mut self, mut each: impl FnMut(u8)) -> usize {
        let mut received = 0;
        for _ in 0..64 {
            let word = self.registers.rxdata().read().bits();
            if word & (1 << 31) != 0 {
                break;
            }
            each(word as u8);
            received += 1;
        }
        received
    }
}
