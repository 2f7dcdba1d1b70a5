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
//! the consumer on its stack, and the producer is moved, together with the timer and the ADC the handler
//! drives, into `SAMPLER`, a `critical_section::Mutex<RefCell<Option<_>>>` that the handler borrows
//! inside a critical section. `STATS`, the counters both sides read, lives in a Mutex too. See the
//! README for why the `static mut PRODUCER` / `static mut CONSUMER` pattern is unsound.
//!
//! What to look at: `TIMER0A` (clear the interrupt, drain the FIFO, enqueue, count drops when the
//! queue is full); no `unsafe` but unmasking the interrupt, since the PAC's owned register blocks move
//! into the handler's state; the sleep in `main`, which checks the queue and executes `wfi` with interrupts
//! masked, so an interrupt arriving between the check and the sleep still wakes it.
//!
//! Check: the golden file `expected/05-interrupt-queue.run` (QEMU's ADC returns a fixed pseudo-random
//! sequence of values from 0x200 to 0x207, the same on every run).

#![no_std]
#![no_main]

use core::cell::RefCell;

use cortex_m::peripheral::NVIC;
use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprintln};
use critical_section::Mutex;
use heapless::spsc::{Producer, Queue};
use lm3s6965_pac::{self as pac, interrupt, Interrupt};
use panic_halt as _;

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

/// Everything the interrupt handler owns: the timer (to acknowledge it), the ADC (to read samples) and
/// the producer half of the queue.
struct Sampler {
    timer: pac::Timer0,
    adc: pac::Adc0,
    producer: Producer<'static, u16>,
}

static SAMPLER: Mutex<RefCell<Option<Sampler>>> = Mutex::new(RefCell::new(None));
static STATS: Mutex<RefCell<Stats>> = Mutex::new(RefCell::new(Stats { produced: 0, dropped: 0 }));

#[entry]
fn main() -> ! {
    let device = pac::Peripherals::take().expect("taken once, at start-up");
    let queue: &'static mut Queue<u16, QUEUE_LENGTH> =
        cortex_m::singleton!(: Queue<u16, QUEUE_LENGTH> = Queue::new()).expect("runs once");
    let (producer, mut consumer) = queue.split();

    let (timer, adc) = start_sampling(&device.sysctl, device.timer0, device.adc0);
    critical_section::with(|cs| SAMPLER.borrow_ref_mut(cs).replace(Sampler { timer, adc, producer }));
    // SAFETY: unmasking an interrupt can break a critical section that relies on it being masked; none
    // does here, and everything the handler uses is in `SAMPLER` and `STATS` already.
    unsafe { NVIC::unmask(Interrupt::TIMER0A) };
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
fn start_sampling(sysctl: &pac::Sysctl, timer: pac::Timer0, adc: pac::Adc0) -> (pac::Timer0, pac::Adc0) {
    sysctl.rcgc0().modify(|_, w| w.adc().set_bit());
    sysctl.rcgc1().modify(|_, w| w.timer0().set_bit());
    let _ = sysctl.rcgc1().read(); // the few cycles the datasheet asks for before using them
                                   // ADC sequencer 3: one sample per timer trigger, flagged as the end of the sequence.
    adc.emux().modify(|_, w| w.em3().timer());
    adc.ssctl3().write(|w| w.end0().set_bit().ie0().set_bit());
    adc.actss().modify(|_, w| w.asen3().set_bit());
    // Timer 0: one 32-bit periodic timer, time-out interrupt, ADC trigger on time-out.
    timer.cfg().write(|w| w.gptmcfg().timer_32bit());
    timer.tamr().write(|w| w.tamr().periodic());
    timer.tailr().write(|w| w.tailr().set(CORE_CLOCK_HZ / SAMPLE_HZ - 1));
    timer.imr().write(|w| w.tatoim().set_bit());
    timer.ctl().write(|w| w.taen().set_bit().taote().set_bit());
    (timer, adc)
}

/// Timer 0 time-out: move the sample(s) the time-out triggered from the ADC into the queue.
#[interrupt]
fn TIMER0A() {
    critical_section::with(|cs| {
        let mut sampler = SAMPLER.borrow_ref_mut(cs);
        let Some(sampler) = sampler.as_mut() else { return };
        let mut stats = STATS.borrow_ref_mut(cs);
        sampler.timer.icr().write(|w| w.tatocint().clear_bit_by_one());
        sampler.adc.isc().write(|w| w.in3().clear_bit_by_one());
        while !sampler.adc.ssfstat3().read().empty().bit() {
            let sample = sampler.adc.ssfifo3().read().data().bits();
            stats.produced += 1;
            if sampler.producer.enqueue(sample).is_err() {
                stats.dropped += 1;
            }
        }
    });
}
