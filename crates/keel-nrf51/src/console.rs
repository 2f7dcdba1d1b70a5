//! UART0 as the console: 115200 8N1, transmit by polling (bounded), receive by interrupt.

use crate::{await_event, clear, gpio, pac, trigger};

/// The console's transmit side.
pub struct ConsoleTx {
    uart: pac::UART0,
}

/// The console's receive side, owned by the UART0 interrupt.
pub struct ConsoleRx {
    uart: pac::UART0,
}

/// Routes UART0 to the `tx` and `rx` pins at 115200 8N1, receive interrupt on.
pub fn console(uart: pac::UART0, tx: usize, rx: usize) -> (ConsoleTx, ConsoleRx) {
    gpio::output(tx, true); // TX idles high
    gpio::input(rx, gpio::Pull::None); // the interface chip drives it
                                       // SAFETY: PSELTXD/PSELRXD take a pin number (0-31).
    uart.pseltxd.write(|w| unsafe { w.bits(tx as u32) });
    // SAFETY: as above.
    uart.pselrxd.write(|w| unsafe { w.bits(rx as u32) });
    uart.baudrate.write(|w| w.baudrate().baud115200());
    uart.config.write(|w| w.hwfc().disabled().parity().excluded());
    uart.enable.write(|w| w.enable().enabled());
    clear(&uart.events_rxdrdy);
    clear(&uart.events_txdrdy);
    trigger(&uart.tasks_starttx);
    trigger(&uart.tasks_startrx);
    uart.intenset.write(|w| w.rxdrdy().set());
    // SAFETY: the two handles split UART0 by register: `ConsoleTx` touches only TXD and EVENTS_TXDRDY,
    // `ConsoleRx` only RXD, EVENTS_RXDRDY and ERRORSRC.
    let receiver = unsafe { pac::Peripherals::steal() }.UART0;
    (ConsoleTx { uart }, ConsoleRx { uart: receiver })
}

impl embedded_io::ErrorType for ConsoleTx {
    type Error = core::convert::Infallible;
}

impl embedded_io::Write for ConsoleTx {
    /// Write, then wait for TXDRDY (bounded). Not wait-then-write, as nrf-hal does: TXDRDY is only set
    /// after a byte went out, so the first wait of wait-then-write never ends unless a dummy byte primes it.
    fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
        for &byte in bytes {
            // SAFETY: any byte is valid data.
            self.uart.txd.write(|w| unsafe { w.txd().bits(byte) });
            await_event(&self.uart.events_txdrdy);
        }
        Ok(bytes.len())
    }

    /// Nothing to do: `write` returns once each byte has left TXD.
    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

impl ConsoleRx {
    /// Passes each received byte to `each`; returns how many the hardware lost (overrun, framing errors).
    pub fn drain(&mut self, mut each: impl FnMut(u8)) -> u32 {
        while self.uart.events_rxdrdy.read().bits() != 0 {
            // Clear before reading RXD: reading pops the FIFO and a further byte raises the event again.
            clear(&self.uart.events_rxdrdy);
            each(self.uart.rxd.read().rxd().bits());
        }
        let errors = self.uart.errorsrc.read().bits();
        // SAFETY: ERRORSRC is cleared by writing ones to its bits.
        self.uart.errorsrc.write(|w| unsafe { w.bits(errors) });
        errors.count_ones()
    }
}
