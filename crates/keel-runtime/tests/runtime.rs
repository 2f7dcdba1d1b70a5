//! The work loop on a fake board: what the node's actions do to the board's parts, when the watchdog is fed,
//! the telemetry sequence, and the reset record written before a reset.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;

use embedded_hal_mock::eh1::i2c::{Mock as I2cMock, Transaction as I2cTransaction};
use heapless::spsc::Queue;
use keel_core::display::View;
use keel_core::{Button, Config, Missing, ResetReason, SensorFault};
use keel_proto::{codec, Message};
use keel_runtime::{
    Board, BootCause, ButtonInputs, Display, DisplayFault, Fed, FrameSink, Outputs, Parts, RawSample, ResetRecorder,
    Runtime, SampleClock, Signals, TemperatureSensor, Watchdog,
};

/// Everything the fake board's parts saw.
#[derive(Default)]
struct Seen {
    console: String,
    frames: Vec<Vec<u8>>,
    rates: Vec<u16>,
    feeds: u32,
    redraws: u32,
    records: Vec<(ResetReason, Vec<u8>)>,
    forgotten: u32,
    temperature: Option<Result<i32, SensorFault>>,
    buttons: u8,
    warning: bool,
    led: Vec<bool>,
    sensor_starts: u32,
    /// The telemetry link takes no frames (a link slower than the data): each is dropped.
    link_full: bool,
}

type Shared = Rc<RefCell<Seen>>;

struct Led(Shared);
impl embedded_hal::digital::ErrorType for Led {
    type Error = Infallible;
}
impl embedded_hal::digital::OutputPin for Led {
    fn set_low(&mut self) -> Result<(), Infallible> {
        self.0.borrow_mut().led.push(false);
        Ok(())
    }
    fn set_high(&mut self) -> Result<(), Infallible> {
        self.0.borrow_mut().led.push(true);
        Ok(())
    }
}

struct Console(Shared);
impl embedded_io::ErrorType for Console {
    type Error = Infallible;
}
impl embedded_io::Write for Console {
    fn write(&mut self, bytes: &[u8]) -> Result<usize, Infallible> {
        self.0.borrow_mut().console.push_str(std::str::from_utf8(bytes).unwrap());
        Ok(bytes.len())
    }
    fn flush(&mut self) -> Result<(), Infallible> {
        Ok(())
    }
}
struct Frames(Shared);
impl FrameSink for Frames {
    fn send(&mut self, frame: &[u8]) -> bool {
        let mut seen = self.0.borrow_mut();
        if seen.link_full {
            return false;
        }
        seen.frames.push(frame.to_vec());
        true
    }
}
struct Clock(Shared);
impl SampleClock for Clock {
    fn set_rate(&mut self, hz: u16) {
        self.0.borrow_mut().rates.push(hz);
    }
}
struct Sensor(Shared);
impl TemperatureSensor for Sensor {
    fn start(&mut self) -> Result<(), SensorFault> {
        self.0.borrow_mut().sensor_starts += 1;
        Err(SensorFault::NoDevice)
    }
    fn read_millicelsius(&mut self) -> Result<i32, SensorFault> {
        self.0.borrow().temperature.unwrap_or(Err(SensorFault::NoDevice))
    }
}
struct Screen(Shared);
impl Display for Screen {
    fn show(&mut self, _: &View) -> Result<(), DisplayFault> {
        self.0.borrow_mut().redraws += 1;
        Ok(())
    }
}
struct Dog(Shared);
impl Watchdog for Dog {
    fn feed(&mut self) -> Fed {
        let mut seen = self.0.borrow_mut();
        seen.feeds += 1;
        if std::mem::take(&mut seen.warning) {
            Fed::AfterWarning
        } else {
            Fed::InTime
        }
    }
}
/// The buttons; `EDGE`: whether the board raises an interrupt when one changes (otherwise the runtime polls).
struct Switches<const EDGE: bool>(Shared);
impl<const EDGE: bool> ButtonInputs for Switches<EDGE> {
    const BUTTONS: &'static [Button] = &[Button::Right, Button::Select];
    const EDGE_INTERRUPTS: bool = EDGE;
    fn pressed(&mut self) -> u8 {
        self.0.borrow().buttons
    }
}
struct Recorder(Shared);
impl ResetRecorder for Recorder {
    fn store(&mut self, reason: ResetReason, message: &[u8]) {
        self.0.borrow_mut().records.push((reason, message.to_vec()));
    }
    fn forget(&mut self) {
        self.0.borrow_mut().forgotten += 1;
    }
}

/// The fake board's uptime: the test's clock.
struct FakeUptime;
impl keel_runtime::Uptime for FakeUptime {
    fn now_ms() -> u32 {
        NOW_US.with(|now| now.get()) / 1000
    }
    fn now_us() -> u32 {
        NOW_US.with(|now| now.get())
    }
}

/// The fake board; `EDGE`: whether its buttons have edge interrupts.
struct Fake<const EDGE: bool = true>;
impl<const EDGE: bool> Board for Fake<EDGE> {
    type Uptime = FakeUptime;
    type Led = Led;
    type Console = Console;
    type Telemetry = Frames;
    type SampleClock = Clock;
    type Sensor = Sensor;
    type Display = Screen;
    type Watchdog = Dog;
    type Buttons = Switches<EDGE>;
    fn reset() -> ! {
        panic!("the chip was reset");
    }
    fn check_wiring() -> keel_core::Miswired {
        WIRING.with(|wiring| wiring.get())
    }
}

thread_local! {
    /// What the fake board's self-check finds.
    static WIRING: std::cell::Cell<keel_core::Miswired> = const { std::cell::Cell::new(keel_core::Miswired::NONE) };
}

thread_local! {
    /// The fake board's clock, in microseconds.
    static NOW_US: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The fake board's parts, all reporting to `seen`.
fn fake_parts<const EDGE: bool>(seen: &Shared) -> Parts<Fake<EDGE>, Recorder> {
    let outputs = Outputs::<Fake<EDGE>, _>::new(
        Led(seen.clone()),
        Console(seen.clone()),
        Frames(seen.clone()),
        Clock(seen.clone()),
        Recorder(seen.clone()),
    );
    Parts {
        outputs,
        sensor: Sensor(seen.clone()),
        display: Screen(seen.clone()),
        watchdog: Dog(seen.clone()),
        buttons: Switches(seen.clone()),
    }
}

/// A node on the fake board with its queues.
struct Bench<const EDGE: bool = true> {
    seen: Shared,
    runtime: Runtime<Fake<EDGE>, Recorder>,
    signals: Signals,
    samples: &'static mut Queue<RawSample, 64>,
    bytes: &'static mut Queue<u8, 128>,
    now: u32,
    runs: u32,
}

impl Bench {
    fn boot(config: Config, cause: BootCause<'_>) -> Bench {
        Bench::start(config, cause)
    }

    fn power_on() -> Bench {
        Bench::boot(Config::new("fake"), BootCause { reason: ResetReason::PowerOn, message: None })
    }
}

impl Bench<false> {
    /// A node on a board whose buttons have no edge interrupts: the runtime polls them.
    fn polled() -> Bench<false> {
        Bench::start(Config::new("fake"), BootCause { reason: ResetReason::PowerOn, message: None })
    }
}

impl<const EDGE: bool> Bench<EDGE> {
    fn start(config: Config, cause: BootCause<'_>) -> Bench<EDGE> {
        let seen: Shared = Rc::default();
        seen.borrow_mut().temperature = Some(Ok(21_500));
        let parts = fake_parts(&seen);
        let runtime = Runtime::start(config, cause, parts, 0);
        Bench {
            seen,
            runtime,
            signals: Signals::new(),
            samples: Box::leak(Box::new(Queue::new())),
            bytes: Box::leak(Box::new(Queue::new())),
            now: 0,
            runs: 0,
        }
    }

    /// Runs the loop at every deadline until `until`, with a sample every `sample_every` ms (0: none).
    fn run_until(&mut self, until: u32, sample_every: u32) {
        while self.now <= until {
            if sample_every > 0 && self.now.is_multiple_of(sample_every) {
                let (mut producer, _) = self.samples.split();
                let _ = producer.enqueue(RawSample { raw: 0x200, uptime_ms: self.now });
            }
            let (_, mut samples) = self.samples.split();
            let (_, mut bytes) = self.bytes.split();
            self.runs += 1;
            NOW_US.with(|now| now.set(self.now * 1000));
            let next = self.runtime.run(self.now, &self.signals, &mut samples, &mut bytes);
            let next_sample =
                self.now.checked_div(sample_every).map_or(u32::MAX, |periods| (periods + 1) * sample_every);
            let later = next.min(next_sample).max(self.now + 1);
            // The core sleeps until then and wakes once, as an idle loop around `wfi` counts it (a run here
            // takes no time).
            self.signals.woke((later - self.now) * 1000);
            self.now = later;
        }
    }

    fn type_line(&mut self, line: &str) {
        let (mut producer, _) = self.bytes.split();
        for byte in line.bytes().chain([b'\r']) {
            producer.enqueue(byte).unwrap();
        }
        self.run_until(self.now, 0);
    }

    fn messages(&self) -> Vec<keel_proto::Frame> {
        self.seen.borrow().frames.iter().map(|f| codec::decode(&mut f.clone()).unwrap()).collect()
    }
}

#[test]
fn boot_prints_the_banner_and_starts_sampling() {
    let bench = Bench::power_on();
    let seen = bench.seen.borrow();
    assert!(seen.console.contains("Keel 0.1.0 on fake"), "{}", seen.console);
    assert!(seen.console.ends_with("keel> "));
    assert_eq!(seen.rates, [keel_core::node::DEFAULT_RATE_HZ]);
}

#[test]
fn telemetry_frames_are_numbered_in_order() {
    let mut bench = Bench::power_on();
    bench.run_until(3_000, 100);
    let frames = bench.messages();
    assert!(frames.len() > 30, "{} frames", frames.len());
    for (index, frame) in frames.iter().enumerate() {
        assert_eq!(frame.sequence, index as u32);
    }
    assert!(frames.iter().any(|f| matches!(f.message, Message::Temperature { millicelsius: 21_500 })));
    assert!(frames.iter().any(|f| matches!(f.message, Message::Status(_))));
}

#[test]
fn the_watchdog_is_fed_only_while_sampling_makes_progress() {
    let mut bench = Bench::power_on();
    bench.run_until(5_000, 100);
    let fed = bench.seen.borrow().feeds;
    assert!(fed >= 19, "fed {fed} times in 5 s at a 250 ms check");
    // Sampling stops: feeding stops within the quiet limit.
    bench.run_until(10_000, 0);
    let later = bench.seen.borrow().feeds;
    assert!(later - fed <= 10, "fed {} more times with no samples for 5 s", later - fed);
    let before = later;
    bench.run_until(12_000, 0);
    assert_eq!(bench.seen.borrow().feeds, before, "still fed without samples");
}

#[test]
fn a_failing_sensor_still_counts_as_progress() {
    let mut bench = Bench::power_on();
    bench.seen.borrow_mut().temperature = Some(Err(SensorFault::NoDevice));
    bench.run_until(5_000, 100);
    assert!(bench.seen.borrow().feeds >= 19);
    bench.type_line("status");
    assert!(bench.seen.borrow().console.contains("temperature: error (no device)"));
}

#[test]
fn a_board_without_an_adc_is_watched_on_its_sensor_and_says_so() {
    let config = Config::new("fake").without(Missing::ADC.and(Missing::DISPLAY));
    let mut bench = Bench::boot(config, BootCause { reason: ResetReason::PowerOn, message: None });
    bench.run_until(5_000, 0);
    assert!(bench.seen.borrow().feeds >= 19, "a board without sampling was not fed");
    bench.type_line("status");
    let console = bench.seen.borrow().console.clone();
    assert!(console.contains("adc: none") && console.contains("samples: 0"), "{console}");
    assert!(console.contains("missing: adc display"), "{console}");
}

#[test]
fn a_feed_after_the_warning_forgets_the_watchdog_record() {
    let mut bench = Bench::power_on();
    bench.run_until(300, 100);
    assert_eq!(bench.seen.borrow().forgotten, 0, "feeds in time keep the record");
    bench.seen.borrow_mut().warning = true;
    bench.run_until(600, 100);
    assert_eq!(bench.seen.borrow().forgotten, 1, "the feed after the warning forgets it");
    bench.run_until(2_000, 100);
    assert_eq!(bench.seen.borrow().forgotten, 1, "and feeds in time after it do not");
}

#[test]
fn the_reset_command_writes_the_record_before_resetting() {
    let mut bench = Bench::power_on();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| bench.type_line("reset")));
    let message = outcome.unwrap_err();
    assert_eq!(message.downcast_ref::<&str>(), Some(&"the chip was reset"));
    let seen = bench.seen.borrow();
    assert_eq!(seen.records, [(ResetReason::Software, Vec::new())]);
    assert!(seen.console.ends_with("ok: resetting\r\n"), "{}", seen.console);
}

#[test]
fn the_boot_cause_reaches_the_banner_and_status() {
    let mut bench =
        Bench::boot(Config::new("fake"), BootCause { reason: ResetReason::Panic, message: Some("oops (main.rs:1)") });
    bench.type_line("status");
    let console = bench.seen.borrow().console.clone();
    assert!(console.contains("reset: panic\r\nlast panic: oops (main.rs:1)"), "{console}");
}

#[test]
fn frames_the_link_cannot_take_are_counted_at_the_next_tick() {
    let mut bench = Bench::power_on();
    bench.run_until(100, 0);
    bench.seen.borrow_mut().link_full = true;
    let sent = bench.seen.borrow().frames.len();
    // Two seconds of status frames (and the tick's) the link refuses, then the link takes frames again.
    bench.run_until(2_100, 0);
    bench.seen.borrow_mut().link_full = false;
    bench.run_until(2_200, 0);
    bench.type_line("status");
    let console = bench.seen.borrow().console.clone();
    let dropped: u32 = console
        .split("frames=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("a `frames=` count in status");
    assert!(dropped >= 2, "at least the two status frames were refused, status says {dropped}:\n{console}");
    assert_eq!(bench.seen.borrow().frames.len(), sent, "no frame was sent while the link was full");
}

#[test]
fn dropped_input_is_counted_at_the_next_tick() {
    let mut bench = Bench::power_on();
    {
        let (mut producer, _) = bench.bytes.split();
        for _ in 0..200 {
            bench.signals.console_byte(&mut producer, b'x');
        }
    }
    bench.run_until(100, 0);
    bench.type_line("");
    bench.type_line("status");
    let console = bench.seen.borrow().console.clone();
    assert!(console.contains("dropped: samples=0 bytes=73 frames=0"), "{console}");
}

#[test]
fn a_button_edge_is_debounced_into_one_press() {
    let mut bench = Bench::power_on();
    bench.run_until(100, 0);
    let redraws = bench.seen.borrow().redraws;
    bench.seen.borrow_mut().buttons = 0b01; // right
    bench.signals.button_edge();
    bench.run_until(bench.now + 40, 0);
    assert!(bench.seen.borrow().redraws > redraws, "the page change was not drawn");
    assert!(!bench.runtime_is_debouncing());
    bench.type_line("status");
}

impl<const EDGE: bool> Bench<EDGE> {
    fn runtime_is_debouncing(&self) -> bool {
        // Once settled the next wake is the tick, not a 5 ms poll.
        let next = self.signals.next_wake();
        next.wrapping_sub(self.now) > 5
    }
}

#[test]
fn the_led_follows_the_heartbeat() {
    let mut bench = Bench::power_on();
    bench.run_until(2_000, 100);
    let changes = bench.seen.borrow().led.len();
    assert!((4..=6).contains(&changes), "{changes} LED changes in 2 s of heartbeat");
}

#[test]
fn a_tmp105_that_does_not_answer_is_no_device() {
    use embedded_hal::i2c::{ErrorKind, NoAcknowledgeSource};
    let address = keel_drivers::tmp105::DEFAULT_ADDRESS;
    let expectations = [
        I2cTransaction::write(address, vec![0x00]),
        I2cTransaction::read(address, vec![0x15, 0x80]),
        I2cTransaction::write(address, vec![0x00]).with_error(ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address)),
        I2cTransaction::write(address, vec![0x00]).with_error(ErrorKind::ArbitrationLoss),
    ];
    let mut bus = I2cMock::new(&expectations);
    let mut sensor = keel_drivers::tmp105::Tmp105::new(bus.clone(), address);
    assert_eq!(TemperatureSensor::read_millicelsius(&mut sensor), Ok(21_500));
    assert_eq!(TemperatureSensor::read_millicelsius(&mut sensor), Err(SensorFault::NoDevice));
    assert_eq!(TemperatureSensor::read_millicelsius(&mut sensor), Err(SensorFault::Bus));
    bus.done();
}

#[test]
fn with_the_led_steady_the_loop_wakes_only_for_what_is_due() {
    let mut bench = Bench::power_on();
    bench.type_line("led on");
    bench.run_until(1_000, 0);
    let before = bench.runs;
    bench.run_until(11_000, 0);
    let per_second = (bench.runs - before) / 10;
    // The watchdog check (4/s), with the sensor read and the status tick at the same instants once a
    // second: not the 20 ticks of 50 ms.
    assert_eq!(per_second, 4, "{per_second} runs a second");
    bench.type_line("status");
    let console = bench.seen.borrow().console.clone();
    let reported = console.lines().rev().find_map(|l| l.strip_prefix("load: ")).unwrap().to_string();
    assert_eq!(reported, "cpu=0.00% wakeups=4/s", "status says load: {reported}");
}

#[test]
fn a_blinking_led_is_ticked_at_its_changes() {
    let mut bench = Bench::power_on();
    bench.run_until(1_000, 0);
    let changes = bench.seen.borrow().led.len();
    bench.run_until(11_000, 0);
    // The heartbeat: on and off once a second, each change on time.
    assert_eq!(bench.seen.borrow().led.len() - changes, 20);
}

/// The start-up sequence: the previous boot's record wins over the chip's reset cause (a watchdog reset that
/// the firmware announced as a panic is reported as the panic), the sensor is set up exactly once, and a sensor
/// or a clock that fails at start-up still gives a running node.
#[test]
fn the_startup_reports_the_recorded_cause_and_survives_failed_steps() {
    use keel_runtime::reset::Previous;
    use keel_runtime::{ClockFallback, Startup};

    let seen: Shared = Rc::default();
    let previous = Previous { reason: ResetReason::Panic, message: "oops (main.rs:1)".try_into().unwrap() };
    let boot = Startup::new(Some(previous), ResetReason::Watchdog);
    assert_eq!(boot.reason(), ResetReason::Panic);
    assert_eq!(Startup::new(None, ResetReason::Watchdog).reason(), ResetReason::Watchdog);
    let (boot, watchdog) = boot.watchdog(|| Dog(seen.clone()));
    let (boot, clocks) = boot.clocks(|| (7u32, Err(ClockFallback::CrystalDidNotStart)));
    assert_eq!(clocks, 7, "what the clock step gave reaches the board");
    let (boot, ()) = boot.receive(|| ());
    let (boot, sensor) = boot.sensor(Sensor(seen.clone()));
    assert_eq!(seen.borrow().sensor_starts, 1);
    let parts = Parts { sensor, watchdog, ..fake_parts::<true>(&seen) };
    let _runtime = boot.run(Config::new("fake"), parts);
    let seen = seen.borrow();
    assert_eq!(seen.sensor_starts, 1, "set up once, at start-up");
    assert!(seen.console.contains("Keel 0.1.0 on fake"), "{}", seen.console);
    assert!(seen.console.contains("oops (main.rs:1)"), "the previous boot's message: {}", seen.console);
}

/// The board's self-check reaches `status`: nothing while the wiring is right, the parts it names once it is not,
/// and nothing again after it is repaired (the check runs again before each command, not only at boot).
#[test]
fn the_self_check_is_in_status_and_follows_the_wiring() {
    use keel_core::Miswired;
    let mut bench = Bench::power_on();
    bench.run_until(100, 0);
    bench.type_line("status");
    assert!(!bench.seen.borrow().console.contains("miswired"), "{}", bench.seen.borrow().console);
    WIRING.with(|wiring| wiring.set(Miswired::ALARM_IRQ.and(Miswired::UPTIME)));
    bench.type_line("status");
    assert!(bench.seen.borrow().console.contains("miswired: alarm-irq uptime\r\n"), "{}", bench.seen.borrow().console);
    WIRING.with(|wiring| wiring.set(Miswired::NONE));
    bench.seen.borrow_mut().console.clear();
    bench.type_line("status");
    assert!(!bench.seen.borrow().console.contains("miswired"), "{}", bench.seen.borrow().console);
}

/// A converter found missing after start-up (it never finished a conversion): `status` lists it, and the
/// watchdog is fed on the sensor's progress alone, as on a board built without one.
#[test]
fn an_adc_found_missing_after_start_up_is_listed_and_no_longer_watched() {
    let mut bench = Bench::power_on();
    bench.runtime.missing(Missing::ADC);
    bench.run_until(10_000, 0);
    let fed = bench.seen.borrow().feeds;
    bench.run_until(12_000, 0);
    assert!(bench.seen.borrow().feeds > fed, "not fed without samples though the ADC is missing");
    bench.type_line("status");
    assert!(bench.seen.borrow().console.contains("missing: adc"), "{}", bench.seen.borrow().console);
}

/// The alarm the board's clock sets after a run: the delay to the loop's next deadline.
#[derive(Default)]
struct Alarm(Vec<u32>);
impl keel_runtime::Alarm for Alarm {
    fn set(&mut self, delay_ms: u32) {
        self.0.push(delay_ms);
    }
}

/// After a run, the board's alarm is set to the next deadline (as a delay from now), or, when that deadline
/// has already come, the loop is woken at once instead.
#[test]
fn run_and_arm_sets_the_alarm_to_the_next_deadline() {
    let mut bench = Bench::power_on();
    let mut alarm = Alarm::default();
    let mut woken = false;
    NOW_US.with(|now| now.set(0));
    let (_, mut samples) = bench.samples.split();
    let (_, mut bytes) = bench.bytes.split();
    bench.runtime.run_and_arm(&bench.signals, &mut samples, &mut bytes, &mut alarm, || woken = true);
    let next = bench.signals.next_wake();
    assert_eq!(alarm.0, [next], "the alarm is the delay to the next deadline, {next} ms");
    assert!(!woken);
}

/// A board without button interrupts: the runtime reads the buttons when its poll is due, and a change it sees
/// becomes one debounced press; a steady level is no press, and no debouncing. (Select toggles the LED.)
#[test]
fn polled_buttons_report_a_change_once_and_a_steady_level_never() {
    let mut bench = Bench::polled();
    let led = |bench: &mut Bench<false>| {
        bench.type_line("status");
        let console = bench.seen.borrow().console.clone();
        console.lines().rev().find_map(|line| line.strip_prefix("led: ")).unwrap_or_default().to_string()
    };
    bench.run_until(2_000, 0);
    let before = led(&mut bench);
    assert!(!bench.runtime_is_debouncing(), "debouncing with nothing pressed");
    bench.seen.borrow_mut().buttons = 0b10; // select, held
    bench.run_until(2_300, 0);
    let pressed = led(&mut bench);
    assert_ne!(pressed, before, "the poll did not see the press");
    bench.run_until(6_000, 0);
    assert!(!bench.runtime_is_debouncing(), "still debouncing a steady press");
    assert_eq!(led(&mut bench), pressed, "a held button was pressed again");
}

/// Samples the interrupt could not queue are counted in `status` at the next tick, as bytes are.
#[test]
fn dropped_samples_are_counted_at_the_next_tick() {
    let mut bench = Bench::power_on();
    {
        let (mut producer, _) = bench.samples.split();
        for index in 0..80 {
            bench.signals.sample(&mut producer, 1, index);
        }
    }
    bench.run_until(1_100, 0);
    bench.type_line("status");
    let console = bench.seen.borrow().console.clone();
    assert!(console.contains("dropped: samples=17 bytes=0 frames=0"), "{console}");
}

#[cfg(feature = "test-commands")]
#[test]
fn test_jam_jams_the_telemetry_link_for_two_seconds() {
    use keel_runtime::transmit::jammed;
    let mut bench = Bench::power_on();
    bench.run_until(100, 0);
    assert!(!jammed());
    bench.type_line("test jam");
    assert!(bench.seen.borrow().console.contains("ok: test jam"));
    bench.run_until(1_500, 0);
    assert!(jammed(), "the link is jammed for two seconds");
    bench.run_until(3_200, 0);
    assert!(!jammed(), "and free again after them");
}
