//! What interrupt handlers share with the work loop: the queues' drop counters, the button-edge flag, the
//! loop's next deadline and the count of wake-ups. Handlers only move data and raise flags; every decision is
//! made in the loop.
//!
//! One `static` of [`Signals`] per firmware. Its fields are atomics, so handlers of any priority use it
//! without locks; on cores without atomic read-modify-write (Cortex-M0) portable-atomic makes the few
//! counters' increments short critical sections.

#![forbid(unsafe_code)]

use heapless::spsc::Producer;
use portable_atomic::{AtomicBool, AtomicU32, Ordering};

use crate::schedule::due;

/// Samples in flight between the sample interrupt and the loop: over half a second at 100 Hz, even while
/// the loop is held up by a long console reply.
pub const SAMPLE_QUEUE: usize = 64;
/// Console bytes in flight between the receive interrupt and the loop (a pasted line and then some).
pub const CONSOLE_QUEUE: usize = 128;

/// The queue from the sample interrupt to the loop.
pub type SampleQueue = heapless::spsc::Queue<RawSample, SAMPLE_QUEUE>;
/// The queue from the console's receive interrupt to the loop.
pub type ConsoleQueue = heapless::spsc::Queue<u8, CONSOLE_QUEUE>;

/// One sample as the interrupt took it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawSample {
    /// The converter's raw value.
    pub raw: u16,
    /// Uptime when it was taken.
    pub uptime_ms: u32,
}

/// The interrupt side's state.
pub struct Signals {
    next_wake: AtomicU32,
    wakeups: AtomicU32,
    asleep_us: AtomicU32,
    dropped_samples: AtomicU32,
    dropped_bytes: AtomicU32,
    button_edge: AtomicBool,
}

impl Default for Signals {
    fn default() -> Self {
        Self::new()
    }
}

impl Signals {
    /// All zero: the loop due at once.
    pub const fn new() -> Self {
        Signals {
            next_wake: AtomicU32::new(0),
            wakeups: AtomicU32::new(0),
            asleep_us: AtomicU32::new(0),
            dropped_samples: AtomicU32::new(0),
            dropped_bytes: AtomicU32::new(0),
            button_edge: AtomicBool::new(false),
        }
    }

    /// From the board's alarm or clock interrupt: whether the loop's next deadline has come at `now` (the
    /// board then wakes the loop).
    pub fn due(&self, now: u32) -> bool {
        due(now, self.next_wake.load(Ordering::Relaxed))
    }

    /// From the idle loop, after each `wfi` returns: the core woke up once more, after sleeping `slept_us`.
    pub fn woke(&self, slept_us: u32) {
        // One writer (idle), one reader taking the counts with a swap: increments, not load and store, so a
        // swap between the two is not undone.
        self.wakeups.fetch_add(1, Ordering::Relaxed);
        self.asleep_us.fetch_add(slept_us, Ordering::Relaxed);
    }

    /// The wake-ups and the microseconds asleep counted since the last call.
    pub(crate) fn take_sleep(&self) -> (u32, u32) {
        (self.wakeups.swap(0, Ordering::Relaxed), self.asleep_us.swap(0, Ordering::Relaxed))
    }

    /// From the sample interrupt: queues a sample taken at `uptime_ms`, counting it if the queue is full.
    pub fn sample(&self, queue: &mut Producer<'_, RawSample>, raw: u16, uptime_ms: u32) {
        if queue.enqueue(RawSample { raw, uptime_ms }).is_err() {
            self.dropped_samples.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// From the console's receive interrupt: queues a byte, counting it if the queue is full.
    pub fn console_byte(&self, queue: &mut Producer<'_, u8>, byte: u8) {
        if queue.enqueue(byte).is_err() {
            self.dropped_bytes.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// From the console's receive interrupt: `count` bytes the hardware lost (overrun, framing errors).
    pub fn console_bytes_lost(&self, count: u32) {
        if count > 0 {
            self.dropped_bytes.fetch_add(count, Ordering::Relaxed);
        }
    }

    /// From a button's edge interrupt: a pin changed, start debouncing.
    pub fn button_edge(&self) {
        self.button_edge.store(true, Ordering::Relaxed);
    }

    pub(crate) fn take_button_edge(&self) -> bool {
        self.button_edge.swap(false, Ordering::Relaxed)
    }

    pub(crate) fn take_dropped(&self) -> (u32, u32) {
        (self.dropped_samples.swap(0, Ordering::Relaxed), self.dropped_bytes.swap(0, Ordering::Relaxed))
    }

    pub(crate) fn set_next_wake(&self, deadline: u32) {
        self.next_wake.store(deadline, Ordering::Relaxed);
    }

    /// The loop's next deadline.
    pub fn next_wake(&self) -> u32 {
        self.next_wake.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use heapless::spsc::Queue;

    #[test]
    fn the_loop_is_due_at_its_deadline() {
        let signals = Signals::new();
        signals.set_next_wake(3);
        assert!(!signals.due(2));
        assert!(signals.due(3));
        assert!(signals.due(4));
    }

    #[test]
    fn wakeups_are_counted_and_taken() {
        let signals = Signals::new();
        for _ in 0..5 {
            signals.woke(100);
        }
        assert_eq!(signals.take_sleep(), (5, 500));
        assert_eq!(signals.take_sleep(), (0, 0));
    }

    #[test]
    fn a_full_queue_counts_what_it_drops() {
        let signals = Signals::new();
        let mut queue: Queue<u8, 4> = Queue::new();
        let (mut producer, mut consumer) = queue.split();
        for byte in 0..10 {
            signals.console_byte(&mut producer, byte);
        }
        signals.console_bytes_lost(2);
        // heapless's queue of N holds N - 1.
        assert_eq!(core::iter::from_fn(|| consumer.dequeue()).count(), 3);
        assert_eq!(signals.take_dropped(), (0, 9));
        assert_eq!(signals.take_dropped(), (0, 0), "taking the counts resets them");
    }

    #[test]
    fn samples_carry_the_uptime() {
        let signals = Signals::new();
        let mut queue: Queue<RawSample, 4> = Queue::new();
        let (mut producer, mut consumer) = queue.split();
        signals.sample(&mut producer, 0x205, 1);
        assert_eq!(consumer.dequeue(), Some(RawSample { raw: 0x205, uptime_ms: 1 }));
    }
}
