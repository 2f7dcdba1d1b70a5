//! UART0 as the console: 115200 8N1, transmit by polling (bounded), receive by interrupt.
//!
//! Not transmit by interrupt (`keel_runtime::transmit`), as the LM3S6965 and FE310 consoles do: QEMU's model
//! (hw/char/nrf51_uart.c, `uart_transmit`) sets TXDRDY from its chardev watch, when the host's socket was full at the
//! write, without raising the interrupt, so an interrupt-driven transmit stalls in the emulator until some other
//! UART register write comes (tried: replies stopped mid-line in six scenarios). Silicon raises it; a board that
//! never runs in QEMU could take the queued transmitter as it is.

use crate::{await_within, clear, gpio, pac, trigger, EVENT};

/// The console's transmit side.
pub struct ConsoleTx {
    uart: pac::UART0,
}

/// The console's receive side, owned by the UART0 interrupt.
pub struct ConsoleRx {
    uart: pac::UART0,
}

/// The console's pins: board data (the pin map gives them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsolePins {
    /// The pin UART0 transmits on.
    pub tx: usize,
    /// The pin it receives on (no pull resistor: the other end drives it).
    pub rx: usize,
    /// RTS and CTS, where the board wires them and the other end honours them (the nRF51-DK's interface chip
    /// does); `None` runs without flow control.
    pub flow_control: Option<FlowControl>,
}

/// Hardware flow control's pins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlowControl {
    /// Request to send: driven by the nRF51.
    pub rts: usize,
    /// Clear to send: read by the nRF51.
    pub cts: usize,
}

/// Routes UART0 to `pins` at 115200 8N1, receive interrupt on.
pub fn console(uart: pac::UART0, pins: ConsolePins) -> (ConsoleTx, ConsoleRx) {
    gpio::output(pins.tx, true); // TX idles high
    gpio::input(pins.rx, gpio::Pull::None);
    // SAFETY: PSELTXD/PSELRXD take a pin number (0-31).
    uart.pseltxd.write(|w| unsafe { w.bits(pins.tx as u32) });
    // SAFETY: as above.
    uart.pselrxd.write(|w| unsafe { w.bits(pins.rx as u32) });
    uart.baudrate.write(|w| w.baudrate().baud115200());
    match pins.flow_control {
        Some(FlowControl { rts, cts }) => {
            gpio::output(rts, true);
            gpio::input(cts, gpio::Pull::None);
            // SAFETY: PSELRTS/PSELCTS take a pin number (0-31).
            uart.pselrts.write(|w| unsafe { w.bits(rts as u32) });
            // SAFETY: as above.
            uart.pselcts.write(|w| unsafe { w.bits(cts as u32) });
            uart.config.write(|w| w.hwfc().enabled().parity().excluded());
        }
        None => uart.config.write(|w| w.hwfc().disabled().parity().excluded()),
    }
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
            await_within(EVENT.for_transmit(), &self.uart.events_txdrdy);
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
