//! # 05 · From an interrupt to `main` through a queue
//!
//! What it shows: general-purpose timer 0 fires every 10 ms. Each time-out also triggers an ADC
//! conversion (the timer is the ADC's trigger source), and the timer's interrupt handler takes the new
//! sample from the ADC FIFO and puts it into a `heapless::spsc` queue. `main` takes samples out of the
//! queue and prints them. The queue is single-producer single-consumer and lock-free: the producer half
//! belongs to the interrupt handler, the consumer half to `main`.
//!
//! How the halves get to their owners without `static mut`: the queue itself is created by
//! `cortex_m::singleton!` (a `&'static mut` handed out once), `split` gives the two halves, `main` keeps
//! the consumer on its stack, and the producer is moved into `PRODUCER`, a
//! `critical_section::Mutex<RefCell<Option<_>>>` that the handler borrows inside a critical section.
//! `STATS`, the counters both sides read and write, lives in a Mutex too. See the README for why the
//! `static mut PRODUCER` / `static mut CONSUMER` pattern is unsound.
//!
//! What to look at: `TIMER_0A` (clear the interrupt, drain the FIFO, enqueue, count drops when the
//! queue is full); the sleep in `main`, which checks the queue and executes `wfi` with interrupts
//! masked, so an interrupt arriving between the check and the sleep still wakes it.
//!
//! Check: the golden file `expected/05-interrupt-queue.run` (QEMU's ADC returns a fixed pseudo-random
//! sequence of values from 0x200 to 0x207, the same on every run).

#![no_std]
#![no_main]

#[path = "../registers.rs"]
mod registers;

use core::cell::RefCell;

use cortex_m::peripheral::NVIC;
use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprintln};
use critical_section::Mutex;
use heapless::spsc::{Producer, Queue};
use lm3s6965::{interrupt, Interrupt};
use panic_halt as _;
use registers::{adc0, sysctl, timer0};

/// QEMU's LM3S6965 core clock after reset: 12.5 MHz (see the README).
const CORE_CLOCK_HZ: u32 = 12_500_000;
/// One sample every 10 ms.
const SAMPLE_HZ: u32 = 100;
/// Queue slots.
const QUEUE_LENGTH: usize = 4;
/// Samples `main` prints before it ends the run.
const SAMPLES: u32 = 8;

/// Counters shared by the interrupt handler and `main`.
#[derive(Default, Clone, Copy)]
struct Stats {
    /// Samples read from the ADC.
    produced: u32,
    /// Samples dropped because the queue was full.
    dropped: u32,
}

/// The producer half of the queue, owned by `TIMER_0A` once `main` has put it here.
static PRODUCER: Mutex<RefCell<Option<Producer<'static, u16>>>> = Mutex::new(RefCell::new(None));
static STATS: Mutex<RefCell<Stats>> = Mutex::new(RefCell::new(Stats { produced: 0, dropped: 0 }));

#[entry]
fn main() -> ! {
    let queue: &'static mut Queue<u16, QUEUE_LENGTH> =
        cortex_m::singleton!(: Queue<u16, QUEUE_LENGTH> = Queue::new()).expect("runs once");
    let (producer, mut consumer) = queue.split();
    critical_section::with(|cs| PRODUCER.borrow_ref_mut(cs).replace(producer));

    start_sampling();
    hprintln!("sampling every {} ms", 1_000 / SAMPLE_HZ);

    let mut consumed = 0;
    while consumed < SAMPLES {
        match consumer.dequeue() {
            Some(sample) => {
                consumed += 1;
                hprintln!("main: sample {} = {:#05x}", consumed, sample);
            }
            // Sleep until the next interrupt. Interrupts are masked while checking, so one that arrives
            // after the check stays pending and makes `wfi` return at once instead of being slept through.
            None => cortex_m::interrupt::free(|_| {
                if !consumer.ready() {
                    cortex_m::asm::wfi();
                }
            }),
        }
    }
    let stats = critical_section::with(|cs| *STATS.borrow_ref(cs));
    hprintln!("produced {} samples, dropped {}", stats.produced, stats.dropped);
    debug::exit(debug::EXIT_SUCCESS);
    loop {
        cortex_m::asm::wfi();
    }
}

/// Starts timer 0 as a periodic timer that triggers the ADC and interrupts on every time-out.
fn start_sampling() {
    // SAFETY: `main` calls this once, before the interrupt is unmasked; nothing else touches System
    // Control, timer 0 or the ADC.
    unsafe {
        registers::set_bits(sysctl::RCGC0, sysctl::RCGC0_ADC);
        registers::set_bits(sysctl::RCGC1, sysctl::RCGC1_TIMER0);
        cortex_m::asm::delay(3);
        // ADC sequencer 3: one sample per timer trigger.
        registers::write(adc0::EMUX, adc0::EMUX3_TIMER);
        registers::write(adc0::SSCTL3, adc0::SSCTL_END0_IE0);
        registers::write(adc0::ACTSS, adc0::ACTSS_ASEN3);
        // Timer 0: 32-bit periodic, time-out interrupt, ADC trigger.
        registers::write(timer0::CFG, 0);
        registers::write(timer0::TAMR, timer0::TAMR_PERIODIC);
        registers::write(timer0::TAILR, CORE_CLOCK_HZ / SAMPLE_HZ - 1);
        registers::write(timer0::IMR, timer0::TIMEOUT);
        registers::write(timer0::CTL, timer0::CTL_TAEN | timer0::CTL_TAOTE);
        // SAFETY: the handler only uses `PRODUCER` and `STATS` (both behind a Mutex), already set up.
        NVIC::unmask(Interrupt::TIMER_0A);
    }
}

/// Timer 0 time-out: move the sample(s) the time-out triggered from the ADC into the queue.
#[interrupt]
fn TIMER_0A() {
    // SAFETY: this handler owns timer 0's interrupt clear and ADC sequencer 3's FIFO; `main` stopped
    // touching both before unmasking the interrupt.
    unsafe {
        registers::write(timer0::ICR, timer0::TIMEOUT);
        registers::write(adc0::ISC, adc0::IN3);
    }
    critical_section::with(|cs| {
        let mut producer = PRODUCER.borrow_ref_mut(cs);
        let mut stats = STATS.borrow_ref_mut(cs);
        // SAFETY: as above.
        while unsafe { registers::read(adc0::SSFSTAT3) } & adc0::FIFO_EMPTY == 0 {
            // SAFETY: as above; reading the FIFO pops one sample.
            let sample = unsafe { registers::read(adc0::SSFIFO3) } as u16;
            stats.produced += 1;
            if let Some(producer) = producer.as_mut() {
                if producer.enqueue(sample).is_err() {
                    stats.dropped += 1;
                }
            }
        }
    });
}
