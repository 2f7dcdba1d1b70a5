//! # 11 · State-machine bring-up: fallible `init`, then a divergent run loop driven by events
//!
//! What it shows: the shape most firmware has. `Board::init` brings the hardware up step by step and
//! returns `Result<Board, InitError>`: a failure is a value the caller handles (here: report and stop),
//! not a panic. After a successful start, `run` never returns (`-> !`): it sleeps until an event arrives
//! (a SysTick tick, or a button press) and feeds it to a pure `Machine::step` function.
//!
//! Every `InitError` variant is reachable: the host picks a step to fail through the semihosting
//! command line (`fail=clock`, `fail=console`, `fail=sensor`), standing in for broken hardware.
//! The button presses come from the command line too (`press=TICK`, default ticks 2 and 6), standing in
//! for the gamepad's select key.
//!
//! What to look at: `InitError` (one documented variant per step), `Board::init` (each step can fail
//! with its own error, `?` is not needed because each check is explicit), `Machine::step` (events in,
//! state and actions out: testable on the host) and `run` (the only place that touches hardware
//! after start-up).
//!
//! Check: the golden file `expected/11-state-machine.run`: one normal run and one run per failure.

#![no_std]
#![no_main]

use core::sync::atomic::{AtomicU32, Ordering};

use cortex_m::peripheral::{syst::SystClkSource, SYST};
use cortex_m_rt::{entry, exception};
use cortex_m_semihosting::{debug, hprintln};
use lm3s6965_pac as _;
use panic_halt as _;

/// QEMU's LM3S6965 core clock after reset: 12.5 MHz (see the README).
const CORE_CLOCK_HZ: u32 = 12_500_000;
/// One tick every 10 ms.
const TICK_HZ: u32 = 100;

/// Why the board could not be brought up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InitError {
    /// The SysTick timer did not start counting.
    ClockNotReady,
    /// The debug console (semihosting) did not answer.
    ConsoleMissing,
    /// The sensor did not answer its identification request.
    SensorMissing,
}

/// Which init step the host asked to fail (from the semihosting command line).
#[derive(Clone, Copy, Default)]
struct Scenario {
    fail_clock: bool,
    fail_console: bool,
    fail_sensor: bool,
    presses: [Option<u32>; 2],
}

/// The brought-up board: owns the peripherals the run loop uses.
struct Board {
    _systick: SYST,
    scenario: Scenario,
}

impl Board {
    /// Brings the board up: clock first, then the console, then the sensor.
    fn init(mut systick: SYST, scenario: Scenario) -> Result<Board, InitError> {
        systick.set_clock_source(SystClkSource::Core);
        systick.set_reload(CORE_CLOCK_HZ / TICK_HZ - 1);
        systick.clear_current();
        if !scenario.fail_clock {
            systick.enable_counter();
        }
        // The counter counts down from the reload value once enabled; a few instructions later it has
        // moved. Checking is cheap and catches a clock that is not running.
        cortex_m::asm::delay(100);
        if SYST::get_current() == 0 {
            return Err(InitError::ClockNotReady);
        }
        if scenario.fail_console {
            return Err(InitError::ConsoleMissing);
        }
        hprintln!("init: clock running, console up");
        if scenario.fail_sensor {
            return Err(InitError::SensorMissing);
        }
        hprintln!("init: sensor answered");
        systick.enable_interrupt();
        Ok(Board { _systick: systick, scenario })
    }
}

/// What the run loop reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    /// 10 ms passed.
    Tick,
    /// The user pressed the button.
    ButtonPressed,
}

/// The application's states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Waiting for the user.
    Idle,
    /// Measuring: counts ticks, reports every fourth.
    Measuring { ticks: u32 },
    /// The user stopped the measurement.
    Stopped,
}

/// What the run loop should do after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    /// Nothing.
    None,
    /// Report progress.
    Report(u32),
    /// Shut down.
    PowerOff,
}

/// The application's decisions: pure, no hardware.
struct Machine {
    state: State,
}

impl Machine {
    fn step(&mut self, event: Event) -> Action {
        let (next, action) = match (self.state, event) {
            (State::Idle, Event::ButtonPressed) => (State::Measuring { ticks: 0 }, Action::None),
            (State::Idle, Event::Tick) => (State::Idle, Action::None),
            (State::Measuring { ticks }, Event::Tick) => {
                let ticks = ticks + 1;
                let action = if ticks % 2 == 0 { Action::Report(ticks) } else { Action::None };
                (State::Measuring { ticks }, action)
            }
            (State::Measuring { .. }, Event::ButtonPressed) => (State::Stopped, Action::PowerOff),
            (State::Stopped, _) => (State::Stopped, Action::PowerOff),
        };
        if next != self.state {
            hprintln!("  {:?} --{:?}--> {:?}", self.state, event, next);
        }
        self.state = next;
        action
    }
}

/// Ticks counted by the SysTick exception, consumed by the run loop.
static TICKS: AtomicU32 = AtomicU32::new(0);

#[exception]
fn SysTick() {
    TICKS.fetch_add(1, Ordering::Relaxed);
}

#[entry]
fn main() -> ! {
    let peripherals = cortex_m::Peripherals::take().expect("taken once, at start-up");
    let scenario = read_scenario();
    match Board::init(peripherals.SYST, scenario) {
        Ok(board) => run(board),
        Err(error) => {
            hprintln!("init failed: {:?}", error);
            debug::exit(debug::EXIT_FAILURE);
            loop {
                cortex_m::asm::wfi();
            }
        }
    }
}

/// The run loop: sleep, turn what happened into events, step the machine, act.
fn run(board: Board) -> ! {
    let mut machine = Machine { state: State::Idle };
    let mut seen = 0;
    loop {
        cortex_m::asm::wfi();
        let now = TICKS.load(Ordering::Relaxed);
        while seen < now {
            seen += 1;
            let mut events = [Some(Event::Tick), None];
            if board.scenario.presses.contains(&Some(seen)) {
                events[1] = Some(Event::ButtonPressed);
            }
            for event in events.into_iter().flatten() {
                match machine.step(event) {
                    Action::None => {}
                    Action::Report(ticks) => hprintln!("tick {}: measured for {} ticks", seen, ticks),
                    Action::PowerOff => {
                        hprintln!("tick {}: stopped, powering off", seen);
                        debug::exit(debug::EXIT_SUCCESS);
                    }
                }
            }
        }
    }
}

/// Reads `fail=STEP` and `press=TICK` words from the semihosting command line.
fn read_scenario() -> Scenario {
    let mut buffer = [0_u8; 128];
    let mut block = [buffer.as_mut_ptr() as usize, buffer.len()];
    // SAFETY: SYS_GET_CMDLINE writes at most `block[1]` bytes into `buffer` and stores the length it
    // wrote back into `block[1]`; both outlive the call.
    let status = unsafe { cortex_m_semihosting::syscall1!(GET_CMDLINE, block.as_mut_ptr()) };
    let mut scenario = Scenario { presses: [Some(2), Some(6)], ..Scenario::default() };
    if status != 0 {
        return scenario;
    }
    let line = core::str::from_utf8(&buffer[..block[1].min(buffer.len())]).unwrap_or("");
    let mut presses = 0;
    for word in line.split(' ') {
        match word {
            "fail=clock" => scenario.fail_clock = true,
            "fail=console" => scenario.fail_console = true,
            "fail=sensor" => scenario.fail_sensor = true,
            _ => {
                if let Some(tick) = word.strip_prefix("press=").and_then(|t| t.parse().ok()) {
                    if presses < scenario.presses.len() {
                        scenario.presses[presses] = Some(tick);
                        presses += 1;
                    }
                }
            }
        }
    }
    scenario
}
