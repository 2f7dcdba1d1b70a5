//! The start-up every board runs, written once: the order of its steps is a rule of the runtime, not a choice
//! each board makes again (Tock builds its boards from components for the same reason).
//!
//! 1. **The reset cause** ([`platform::begin`](crate::platform::begin)): the stack is painted and the previous
//!    boot's record taken while the stack is shallow and nothing has run, and the chip's reset-cause register
//!    is read before a later step can clear it (starting the FE310's watchdog clears its cause).
//! 2. **The watchdog** ([`Startup::watchdog`]): as early as possible, so that a step that hangs resets the chip
//!    instead of leaving it dead. Every later step waits on hardware with a bound ([`Polls`](crate::wait::Polls)),
//!    far below the watchdog's timeout, so a missing part is reported, not turned into a reset loop.
//! 3. **The clocks** ([`Startup::clocks`]): the core clock the rest is timed with. A clock that does not start
//!    leaves the chip on its reset clock (slower, never stopped), and the log says so.
//! 4. **The receive path** ([`Startup::receive`]): the console's receiver, its queue and its interrupt, complete
//!    before the node says anything, so that an answer to the first prompt is never lost.
//! 5. **The sensor** ([`Startup::sensor`]): set up once; one that does not answer is logged and the node runs
//!    without temperature (each read reports it).
//! 6. **The runtime** ([`Startup::run`]): the banner and the node's first actions.
//!
//! Each step consumes the [`Startup`] of the step before and returns the next one, so a board cannot skip or
//! reorder them: the compiler checks the order. Every step is inlined into the board's start-up: called as
//! functions, each moved the record of the previous boot (over 100 bytes) and cost 640 B of flash on the
//! HiFive1 (measured with `nm`); inlined, the sequence costs what the board's own code did.

#![forbid(unsafe_code)]

use core::marker::PhantomData;

use keel_core::{Config, ResetReason};

use crate::board::{Board, TemperatureSensor};
use crate::outputs::ResetRecorder;
use crate::reset::Previous;
use crate::runtime::{BootCause, Parts, Runtime};
use crate::time::Uptime;

/// The steps of a start-up, as the type of the [`Startup`] each step returns.
pub mod step {
    /// The reset cause is known.
    pub struct Cause;
    /// The watchdog runs.
    pub struct Guarded;
    /// The core clock is set up.
    pub struct Clocked;
    /// The console's receive path is complete.
    pub struct Listening;
    /// The sensor is set up (or known to be missing).
    pub struct Sensed;
}

/// Why the clock set-up fell back to another clock, and so what the chip runs on instead. An enum, not a text: its
/// defmt names stay out of flash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(target_os = "none", derive(defmt::Format))]
pub enum ClockFallback {
    /// The crystal did not start: the core runs on the chip's internal oscillator (less accurate: the baud rate
    /// may be off).
    CrystalDidNotStart,
    /// The PLL did not lock: the core runs on its undivided source, slower than planned (everything timed from
    /// the planned clock runs slow).
    PllDidNotLock,
}

/// A start-up in progress, at step `S`.
pub struct Startup<S> {
    previous: Option<Previous>,
    hardware: ResetReason,
    step: PhantomData<S>,
}

impl<S> Startup<S> {
    #[inline(always)]
    fn next<T>(self) -> Startup<T> {
        Startup { previous: self.previous, hardware: self.hardware, step: PhantomData }
    }
}

impl Startup<step::Cause> {
    /// Step 1, from the previous boot's record (`None` when it left none) and the cause the chip's register
    /// gives. On a firmware target, [`platform::begin`](crate::platform::begin) makes it.
    #[inline(always)]
    pub fn new(previous: Option<Previous>, hardware: ResetReason) -> Self {
        Startup { previous, hardware, step: PhantomData }
    }

    /// Why this boot happened: the record the previous boot left when it reset itself (a panic, a fault, a
    /// command, a watchdog warning), else the chip's reset cause.
    #[inline(always)]
    pub fn reason(&self) -> ResetReason {
        self.previous.as_ref().map_or(self.hardware, |previous| previous.reason)
    }

    /// Step 2: `start` starts the watchdog and returns it.
    #[inline(always)]
    pub fn watchdog<W: crate::board::Watchdog>(self, start: impl FnOnce() -> W) -> (Startup<step::Guarded>, W) {
        let watchdog = start();
        (self.next(), watchdog)
    }
}

impl Startup<step::Guarded> {
    /// Step 3: `start` sets the core clock up and returns what the chip's later steps need of it, and whether
    /// it fell back to another clock.
    #[inline(always)]
    pub fn clocks<T>(self, start: impl FnOnce() -> (T, Result<(), ClockFallback>)) -> (Startup<step::Clocked>, T) {
        let (clocks, outcome) = start();
        if let Err(_fallback) = outcome {
            // At start-up the run-time log level is its default: no level check, as `log!` would make.
            #[cfg(target_os = "none")]
            defmt::warn!("clock set-up failed: {}", _fallback);
        }
        (self.next(), clocks)
    }
}

impl Startup<step::Clocked> {
    /// Step 4: `start` completes the console's receive path (its receiver, queue and interrupt) and returns
    /// what the board keeps of it.
    #[inline(always)]
    pub fn receive<T>(self, start: impl FnOnce() -> T) -> (Startup<step::Listening>, T) {
        let receive = start();
        (self.next(), receive)
    }
}

impl Startup<step::Listening> {
    /// Step 5: sets the sensor up.
    #[inline(always)]
    pub fn sensor<S: TemperatureSensor>(self, mut sensor: S) -> (Startup<step::Sensed>, S) {
        if let Err(_fault) = sensor.start() {
            #[cfg(target_os = "none")]
            defmt::warn!("temperature sensor set-up failed: {}", _fault);
        }
        (self.next(), sensor)
    }
}

impl Startup<step::Sensed> {
    /// Step 6: starts the node on the board's parts, at the board's uptime.
    #[inline(always)]
    pub fn run<B: Board, R: ResetRecorder>(self, config: Config, parts: Parts<B, R>) -> Runtime<B, R> {
        let message = self.previous.as_ref().and_then(Previous::message);
        let reason = self.previous.as_ref().map_or(self.hardware, |previous| previous.reason);
        Runtime::start(config, BootCause { reason, message }, parts, B::Uptime::now_ms())
    }
}
