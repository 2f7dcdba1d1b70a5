//! Transmission by interrupt: the work loop queues bytes and goes on; the UART's interrupt handler moves them into
//! the transmit FIFO as it empties, while the core sleeps.
//!
//! A polled transmit holds the loop for as long as the line takes (a 400-byte `status` is 35 ms at 115,200 baud),
//! and its bounded wait drops bytes when the line stalls longer than the bound: both showed in the emulator, where
//! the UART waits on the host. Here the loop's side ([`QueuedTx`]) only waits when the queue itself is full, and the
//! handler's side ([`transmit`]) never waits at all.
//!
//! Telemetry frames go in whole or not at all: when the queue lacks room for a frame, the frame is dropped and
//! counted ([`FrameSink::send`] returns `false`), so the receiver never sees a frame cut short, and sampling never
//! waits on the link.
//!
//! The loop starts the handler by pending its interrupt ([`Line::kick`]), which also primes the FIFO: a PL011's
//! transmit interrupt fires as its FIFO drains through the trigger level, not because it is below it, so an idle
//! UART would otherwise never interrupt.

#![forbid(unsafe_code)]

use heapless::spsc::{Consumer, Producer, Queue};

use crate::board::FrameSink;
use crate::wait::Polls;

/// Bytes a console's queue holds: the longest reply (`status`, `help`: about 400 bytes) at once, so the loop never
/// waits on the line. A board short of RAM may use a smaller queue; replies longer than it then wait for room.
pub const CONSOLE_TRANSMIT: usize = 512;
/// Bytes a telemetry queue holds: a few frames (the longest, a status, is under 60 bytes; a sample about 20).
pub const TELEMETRY_TRANSMIT: usize = 128;

/// The queue between a console writer and its UART's handler (one byte less than its size fits).
pub type ConsoleTransmitQueue = Queue<u8, CONSOLE_TRANSMIT>;
/// The queue between the telemetry and its UART's handler.
pub type TelemetryTransmitQueue = Queue<u8, TELEMETRY_TRANSMIT>;

/// How long the loop waits for the handler to make room in a full queue: the handler frees a byte each time the
/// UART sends one (87 us at 115,200 baud), and a poll is a few cycles, so this is seconds more than a working line
/// needs. A line that never drains ends the wait, and the rest of the text is dropped.
const ROOM: Polls = Polls(2_000_000);

/// Test images (`test jam`): the telemetry link is jammed, and [`transmit_telemetry`] sends nothing while it is (the
/// runtime lifts it two seconds later). Boards whose telemetry leaves by interrupt honour it.
#[cfg(feature = "test-commands")]
pub static JAMMED: portable_atomic::AtomicBool = portable_atomic::AtomicBool::new(false);

/// Whether the telemetry link is jammed (`test jam`); always `false` in shipped images.
pub fn jammed() -> bool {
    #[cfg(feature = "test-commands")]
    return JAMMED.load(portable_atomic::Ordering::Relaxed);
    #[cfg(not(feature = "test-commands"))]
    false
}

/// The loop's handle on a UART that its interrupt handler feeds.
pub trait Line {
    /// Has the handler send what is queued: pends its interrupt (and so fills the FIFO at once).
    fn kick(&self);
    /// Whether the UART has sent every byte it was given (FIFO empty, shift register idle).
    fn drained(&self) -> bool;
}

/// The UART's transmit FIFO as the interrupt handler drives it.
pub trait TransmitFifo {
    /// Whether the FIFO takes another byte now.
    fn has_room(&self) -> bool;
    /// Puts a byte in the FIFO.
    fn push(&mut self, byte: u8);
    /// Asks for the interrupt that says the FIFO is emptying (`true`), or stops it (`false`, nothing queued).
    fn listen(&mut self, on: bool);
}

/// The interrupt handler's part: moves queued bytes into the FIFO while it has room; listens for the FIFO emptying
/// while bytes remain, and stops listening once the queue is empty. Never waits.
pub fn transmit(queue: &mut Consumer<'_, u8>, fifo: &mut impl TransmitFifo) {
    while fifo.has_room() {
        match queue.dequeue() {
            Some(byte) => fifo.push(byte),
            None => return fifo.listen(false),
        }
    }
    fifo.listen(true);
}

/// [`transmit`] for a telemetry UART's handler: the same, except while the link is jammed (`test jam`, test images
/// only), when it sends nothing and stops listening; the next frame queued after the jam starts it again.
pub fn transmit_telemetry(queue: &mut Consumer<'_, u8>, fifo: &mut impl TransmitFifo) {
    if jammed() {
        return fifo.listen(false);
    }
    transmit(queue, fifo);
}

/// A transmitter whose bytes leave by interrupt: an `embedded_io::Write` for the console, and a [`FrameSink`] that
/// drops whole frames when the line cannot keep up.
pub struct QueuedTx<L: Line> {
    queue: Producer<'static, u8>,
    line: L,
}

impl<L: Line> QueuedTx<L> {
    /// The loop's side of `queue`, feeding `line`'s handler.
    pub fn new(queue: Producer<'static, u8>, line: L) -> Self {
        QueuedTx { queue, line }
    }

    /// Free bytes in the queue.
    fn room(&self) -> usize {
        self.queue.capacity() - self.queue.len()
    }
}

impl<L: Line> embedded_io::ErrorType for QueuedTx<L> {
    type Error = core::convert::Infallible;
}

impl<L: Line> embedded_io::Write for QueuedTx<L> {
    /// Queues `bytes`; when the queue is full, waits (bounded) for the handler to make room. Returns how many were
    /// queued: fewer than all only when the line stopped draining.
    fn write(&mut self, bytes: &[u8]) -> Result<usize, Self::Error> {
        let mut queued = 0;
        for &byte in bytes {
            if !self.queue.ready() {
                self.line.kick();
                if ROOM.until(|| self.queue.ready()).is_err() {
                    break;
                }
            }
            // Cannot fail: the queue was just seen to have room, and only this side fills it.
            let _ = self.queue.enqueue(byte);
            queued += 1;
        }
        self.line.kick();
        Ok(queued)
    }

    /// Waits (bounded) until the queue is empty and the UART has sent its last byte: before a reset.
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.line.kick();
        let _ = ROOM.for_transmit().until(|| self.queue.is_empty() && self.line.drained());
        Ok(())
    }
}

impl<L: Line> FrameSink for QueuedTx<L> {
    fn send(&mut self, frame: &[u8]) -> bool {
        let fits = self.room() >= frame.len();
        if fits {
            for &byte in frame {
                let _ = self.queue.enqueue(byte);
            }
        }
        // Kicked either way: a full queue whose handler had stopped (a line that stalled, then came back) starts
        // moving again here.
        self.line.kick();
        fits
    }
}

#[cfg(test)]
mod tests {
    use core::cell::Cell;

    use embedded_io::Write;

    use super::*;

    /// A line that counts its kicks; its handler runs only when a test calls [`transmit`].
    struct Wire<'a> {
        kicks: &'a Cell<usize>,
    }

    impl Line for Wire<'_> {
        fn kick(&self) {
            self.kicks.set(self.kicks.get() + 1);
        }
        fn drained(&self) -> bool {
            true
        }
    }

    /// A FIFO of `room` places.
    struct Fifo {
        room: usize,
        pushed: Vec<u8>,
        listening: Option<bool>,
    }

    impl TransmitFifo for Fifo {
        fn has_room(&self) -> bool {
            self.pushed.len() < self.room
        }
        fn push(&mut self, byte: u8) {
            self.pushed.push(byte);
        }
        fn listen(&mut self, on: bool) {
            self.listening = Some(on);
        }
    }

    fn leak<const N: usize>() -> (Producer<'static, u8>, Consumer<'static, u8>) {
        Box::leak(Box::new(Queue::<u8, N>::new())).split()
    }

    #[test]
    fn written_bytes_are_queued_and_the_handler_is_kicked() {
        let kicks = Cell::new(0);
        let (producer, mut consumer) = leak::<16>();
        let mut tx = QueuedTx::new(producer, Wire { kicks: &kicks });
        assert_eq!(tx.write(b"hello").unwrap(), 5);
        assert_eq!(kicks.get(), 1);
        let mut fifo = Fifo { room: 3, pushed: Vec::new(), listening: None };
        transmit(&mut consumer, &mut fifo);
        assert_eq!(fifo.pushed, b"hel", "the FIFO is filled while it has room");
        assert_eq!(fifo.listening, Some(true), "bytes remain: the handler waits for the FIFO to empty");
        fifo.room = 16;
        transmit(&mut consumer, &mut fifo);
        assert_eq!(fifo.pushed, b"hello");
        assert_eq!(fifo.listening, Some(false), "nothing left: the interrupt is turned off");
    }

    #[test]
    fn a_full_queue_whose_line_never_drains_drops_the_rest() {
        let kicks = Cell::new(0);
        let (producer, _consumer) = leak::<4>();
        let mut tx = QueuedTx::new(producer, Wire { kicks: &kicks });
        assert_eq!(tx.write(b"abcdef").unwrap(), 3, "three places, then a bounded wait that runs out");
        assert!(kicks.get() >= 2, "the handler was kicked before the wait and after");
        assert_eq!(tx.write(b"x").unwrap(), 0, "a line that stays stuck takes nothing more");
        tx.flush().unwrap();
    }

    #[cfg(feature = "test-commands")]
    #[test]
    fn a_jammed_telemetry_link_sends_nothing_until_the_jam_is_lifted() {
        let (mut producer, mut consumer) = leak::<8>();
        producer.enqueue(7).unwrap();
        let mut fifo = Fifo { room: 16, pushed: Vec::new(), listening: None };
        JAMMED.store(true, portable_atomic::Ordering::Relaxed);
        transmit_telemetry(&mut consumer, &mut fifo);
        assert!(fifo.pushed.is_empty(), "a jammed link sends nothing");
        assert_eq!(fifo.listening, Some(false), "and stops listening");
        JAMMED.store(false, portable_atomic::Ordering::Relaxed);
        transmit_telemetry(&mut consumer, &mut fifo);
        assert_eq!(fifo.pushed, [7]);
    }

    #[test]
    fn a_frame_goes_whole_or_is_dropped_whole() {
        let kicks = Cell::new(0);
        let (producer, mut consumer) = leak::<8>();
        let mut tx = QueuedTx::new(producer, Wire { kicks: &kicks });
        assert!(tx.send(&[1, 2, 3, 4, 0]));
        assert!(!tx.send(&[5, 6, 7, 0]), "four bytes do not fit in the two places left: dropped");
        assert!(tx.send(&[8, 0]), "two do");
        let mut fifo = Fifo { room: 16, pushed: Vec::new(), listening: None };
        transmit(&mut consumer, &mut fifo);
        assert_eq!(fifo.pushed, [1, 2, 3, 4, 0, 8, 0], "no part of the dropped frame left");
        assert_eq!(kicks.get(), 3, "a dropped frame kicks the handler too: a stopped line starts again");
    }
}
