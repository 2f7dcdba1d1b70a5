//! The node: all application state, and how each event changes it.

use keel_proto::{Alarm, Message, ResetReason, Sample, SensorFault, Status, PROTOCOL_VERSION};

use crate::alarm::{self, Thresholds};
use crate::display::{Page, Reading, View};
#[cfg(feature = "line-editor")]
use crate::editor::{Edit, LineEditor as Editor};
use crate::led::{self, LedMode};
use crate::pipeline::Pipeline;
use crate::shell::{self, Band, Command, PROMPT};
#[cfg(not(feature = "line-editor"))]
use crate::shell::{SimpleEdit, SimpleEditor as Editor};
use crate::text::{Line, Show};
use crate::{Action, Button, Event, LogLevel, Sink, VERSION};

/// Sampling rate at boot, in Hz.
pub const DEFAULT_RATE_HZ: u16 = 10;
/// The analog channel the status and display report.
pub const PRIMARY_CHANNEL: u8 = 0;
/// Longest stored panic message kept for the next boot's report.
pub const PANIC_MESSAGE_LEN: usize = 96;

/// What the node needs to know about the board it runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Board name, shown by `version` and the banner.
    pub board: &'static str,
    /// Parts of the node this board does not have; `status` lists them.
    pub missing: Missing,
}

impl Config {
    /// A board that has every part of the node.
    pub const fn new(board: &'static str) -> Self {
        Config { board, missing: Missing::NONE }
    }

    /// The same board without `parts`.
    pub const fn without(mut self, parts: Missing) -> Self {
        self.missing = self.missing.and(parts);
        self
    }
}

/// A set of node parts a board lacks, or that did not answer at start-up. The node makes up no values for
/// them: `status` says they are missing and their readings stay `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Missing(u8);

impl Missing {
    /// Nothing is missing.
    pub const NONE: Missing = Missing(0);
    /// The analog input (no converter, or it never finished a conversion).
    pub const ADC: Missing = Missing(0b0001);
    /// The display.
    pub const DISPLAY: Missing = Missing(0b0010);
    /// A serial port for telemetry of its own (frames then travel another way; the board's docs say which).
    pub const TELEMETRY_UART: Missing = Missing(0b0100);
    /// Some of the five buttons (the board has fewer).
    pub const BUTTONS: Missing = Missing(0b1000);

    /// Each part's name, by its bit.
    const NAMES: &'static [&'static str] = &["adc", "display", "telemetry-uart", "buttons"];

    /// Both sets together.
    pub const fn and(self, other: Missing) -> Missing {
        Missing(self.0 | other.0)
    }

    /// Whether every part of `parts` is missing.
    pub const fn contains(self, parts: Missing) -> bool {
        self.0 & parts.0 == parts.0
    }

    /// Whether nothing is missing.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The names of the missing parts, as `status` prints them.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        names(self.0, Self::NAMES)
    }
}

/// The names of the bits set in `bits`, from `names` (one per bit, lowest first): one piece of code for both sets,
/// [`Missing`] and [`Miswired`].
fn names(bits: u8, names: &'static [&'static str]) -> impl Iterator<Item = &'static str> {
    names.iter().enumerate().filter(move |(bit, _)| bits & (1 << bit) != 0).map(|(_, name)| *name)
}

/// What the board found wrong with its own set-up when it checked itself (`keel_runtime::Board::check_wiring`):
/// an interrupt it binds that is not enabled in the interrupt controller, an uptime counter that does not run.
/// `status` lists them under `miswired:`; a part in this set is there but cannot work as wired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Miswired(u8);

impl Miswired {
    /// Nothing found wrong.
    pub const NONE: Miswired = Miswired(0);
    /// The console's receive interrupt.
    pub const CONSOLE_IRQ: Miswired = Miswired(0b000001);
    /// The sample clock's (or the converter's) interrupt.
    pub const SAMPLING_IRQ: Miswired = Miswired(0b000010);
    /// The alarm's interrupt, which wakes the work loop at its deadlines.
    pub const ALARM_IRQ: Miswired = Miswired(0b000100);
    /// A button's edge interrupt.
    pub const BUTTONS_IRQ: Miswired = Miswired(0b001000);
    /// The vector the work loop runs on (an RTIC board's software-pended task).
    pub const WORK_IRQ: Miswired = Miswired(0b010000);
    /// The uptime counter (not running, or its interrupt off).
    pub const UPTIME: Miswired = Miswired(0b100000);
    /// The telemetry UART's interrupt, which sends its queued frames.
    pub const TELEMETRY_IRQ: Miswired = Miswired(0b1000000);

    /// Each part's name, by its bit.
    const NAMES: &'static [&'static str] =
        &["console-irq", "sampling-irq", "alarm-irq", "buttons-irq", "work-irq", "uptime", "telemetry-irq"];

    /// Both sets together.
    pub const fn and(self, other: Miswired) -> Miswired {
        Miswired(self.0 | other.0)
    }

    /// `self`, with `part` added when `wrong`: `faults.when(!enabled(UART0), Miswired::CONSOLE_IRQ)`.
    pub const fn when(self, wrong: bool, part: Miswired) -> Miswired {
        if wrong {
            self.and(part)
        } else {
            self
        }
    }

    /// Whether every part of `parts` is in the set.
    pub const fn contains(self, parts: Miswired) -> bool {
        self.0 & parts.0 == parts.0
    }

    /// Whether nothing was found wrong.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The names of the parts, as `status` prints them.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        names(self.0, Self::NAMES)
    }

    /// The set as its bits (bit n: the n-th name), for a log line.
    pub const fn bits(self) -> u8 {
        self.0
    }
}

/// The sensor node's state machine.
#[derive(Debug)]
pub struct Node {
    config: Config,
    editor: Editor,
    pipeline: Pipeline,
    thresholds: Thresholds,
    alarm: Alarm,
    led_mode: LedMode,
    led_lit: Option<bool>,
    uptime_ms: u32,
    rate_hz: u16,
    log_level: LogLevel,
    temperature: Reading,
    dropped_samples: u32,
    dropped_bytes: u32,
    dropped_frames: u32,
    sensor_errors: u32,
    console_errors: u32,
    reset_reason: ResetReason,
    last_panic: heapless::String<PANIC_MESSAGE_LEN>,
    page: Page,
    /// The last [`Event::Load`]: (cpu in millionths, wake-ups a second).
    load: Option<(u32, u16)>,
    /// The last [`Event::Wiring`]: what the board found wrong with its own set-up.
    wiring: Miswired,
}

impl Node {
    /// A node in its power-on state; send [`Event::Boot`] first.
    pub fn new(config: Config) -> Self {
        Node {
            config,
            editor: Editor::default(),
            pipeline: Pipeline::default(),
            thresholds: Thresholds::default(),
            alarm: Alarm::Off,
            led_mode: LedMode::Blink,
            led_lit: None,
            uptime_ms: 0,
            rate_hz: DEFAULT_RATE_HZ,
            log_level: LogLevel::Info,
            temperature: Reading::None,
            dropped_samples: 0,
            dropped_bytes: 0,
            dropped_frames: 0,
            sensor_errors: 0,
            console_errors: 0,
            reset_reason: ResetReason::PowerOn,
            last_panic: heapless::String::new(),
            page: Page::Readings,
            load: None,
            wiring: Miswired::NONE,
        }
    }

    /// Handles one event, emitting the resulting actions into `out`.
    pub fn handle(&mut self, event: Event<'_>, out: &mut impl Sink) {
        match event {
            Event::Boot { reason, last_panic } => self.boot(reason, last_panic, out),
            Event::Tick { uptime_ms } => self.tick(uptime_ms, out),
            Event::Button { button, pressed: true } => self.button(button, out),
            Event::Button { pressed: false, .. } => {}
            Event::Sample { channel, raw, uptime_ms } => {
                if let Some(summary) = self.pipeline.push(channel, raw) {
                    out.act(Action::Telemetry(Message::Sample(Sample {
                        channel,
                        raw,
                        mean: summary.moving_average,
                        uptime_ms,
                    })));
                }
            }
            Event::Temperature(reading) => self.temperature(reading, out),
            Event::ConsoleByte(byte) => self.console_byte(byte, out),
            Event::SamplesDropped(count) => self.dropped_samples = self.dropped_samples.saturating_add(count),
            Event::ConsoleBytesDropped(count) => self.dropped_bytes = self.dropped_bytes.saturating_add(count),
            Event::FramesDropped(count) => self.dropped_frames = self.dropped_frames.saturating_add(count),
            Event::Missing(parts) => self.config.missing = self.config.missing.and(parts),
            Event::Wiring(faults) => self.wiring = faults,
            Event::Load { cpu_ppm, wakeups_per_s } => self.load = Some((cpu_ppm, wakeups_per_s)),
        }
    }

    /// What the display should show now.
    pub fn view(&self) -> View {
        View {
            page: self.page,
            status: self.status(),
            temperature: self.temperature,
            adc: self.pipeline.summary(PRIMARY_CHANNEL),
            led_mode: self.led_mode,
            console_errors: self.console_errors,
        }
    }

    /// The periodic status summary, as telemetry sends it.
    pub fn status(&self) -> Status {
        Status {
            uptime_ms: self.uptime_ms,
            rate_hz: self.rate_hz,
            samples: self.pipeline.total(),
            dropped_samples: self.dropped_samples,
            dropped_bytes: self.dropped_bytes,
            dropped_frames: Some(self.dropped_frames),
            sensor_errors: self.sensor_errors,
            temperature_mc: match self.temperature {
                Reading::Value(mc) => Some(mc),
                _ => None,
            },
            alarm: self.alarm,
            reset_reason: self.reset_reason,
            cpu_ppm: self.load.map(|(cpu, _)| cpu),
            wakeups_per_s: self.load.map(|(_, wakeups)| wakeups),
        }
    }

    /// When the node next needs [`Event::Tick`]: the LED's next change, or the next whole second (the status
    /// report), whichever comes first. A board may tick more often; ticking less often delays both.
    pub fn next_tick(&self) -> u32 {
        let now = self.uptime_ms;
        let second = now.wrapping_sub(now % 1000).wrapping_add(1000);
        match led::next_change(self.led_mode, self.alarm != Alarm::Off, now) {
            Some(change) if change.wrapping_sub(now) < second.wrapping_sub(now) => change,
            _ => second,
        }
    }

    /// The current sampling rate in Hz.
    pub fn rate_hz(&self) -> u16 {
        self.rate_hz
    }

    /// The current log level.
    pub fn log_level(&self) -> LogLevel {
        self.log_level
    }

    fn boot(&mut self, reason: ResetReason, last_panic: Option<&str>, out: &mut impl Sink) {
        self.reset_reason = reason;
        self.last_panic.clear();
        if let Some(message) = last_panic {
            // Keep as much of the message as fits, cut at a character boundary.
            let mut end = message.len().min(PANIC_MESSAGE_LEN);
            while !message.is_char_boundary(end) {
                end -= 1;
            }
            let _ = self.last_panic.push_str(message.get(..end).unwrap_or(""));
        }
        let mut line = Line::new();
        say(out, line.str("\r\nKeel ").str(VERSION).str(" on ").str(self.config.board));
        say(out, line.str("reset: ").str(reset_name(reason)));
        if !self.last_panic.is_empty() {
            say(out, line.str("last panic: ").str(&self.last_panic));
        }
        out.act(Action::SetSampleRate(self.rate_hz));
        out.act(Action::SetLogLevel(self.log_level));
        self.update_led(out);
        out.act(Action::RefreshDisplay);
        out.act(Action::Console(PROMPT));
    }

    fn tick(&mut self, uptime_ms: u32, out: &mut impl Sink) {
        let previous_second = self.uptime_ms / 1000;
        self.uptime_ms = uptime_ms;
        self.update_led(out);
        if uptime_ms / 1000 != previous_second {
            out.act(Action::Telemetry(Message::Status(self.status())));
            out.act(Action::RefreshDisplay);
        }
    }

    fn button(&mut self, button: Button, out: &mut impl Sink) {
        match button {
            Button::Up | Button::Right => self.page = self.page.next(),
            Button::Down | Button::Left => self.page = self.page.previous(),
            Button::Select => {
                let lit = self.led_lit.unwrap_or(false);
                self.led_mode = if lit { LedMode::Off } else { LedMode::On };
                self.update_led(out);
            }
        }
        out.act(Action::RefreshDisplay);
    }

    fn temperature(&mut self, reading: Result<i32, SensorFault>, out: &mut impl Sink) {
        match reading {
            Ok(millicelsius) => {
                self.temperature = Reading::Value(millicelsius);
                out.act(Action::Telemetry(Message::Temperature { millicelsius }));
                self.evaluate_alarm(out);
            }
            Err(fault) => {
                // The alarm keeps its last state: a failed read says nothing new about the temperature.
                self.temperature = Reading::Failed(fault);
                self.sensor_errors = self.sensor_errors.saturating_add(1);
                out.act(Action::Telemetry(Message::SensorError(fault)));
            }
        }
        out.act(Action::RefreshDisplay);
    }

    fn evaluate_alarm(&mut self, out: &mut impl Sink) {
        let Reading::Value(millicelsius) = self.temperature else {
            return;
        };
        let alarm = self.thresholds.classify(millicelsius);
        if alarm != self.alarm {
            self.alarm = alarm;
            out.act(Action::Telemetry(Message::AlarmChanged(alarm)));
            out.act(Action::RefreshDisplay);
            self.update_led(out);
        }
    }

    fn update_led(&mut self, out: &mut impl Sink) {
        let lit = led::level(self.led_mode, self.alarm != Alarm::Off, self.uptime_ms);
        if self.led_lit != Some(lit) {
            self.led_lit = Some(lit);
            out.act(Action::Led(lit));
        }
    }

    fn console_byte(&mut self, byte: u8, out: &mut impl Sink) {
        let mut line: heapless::String<{ shell::MAX_LINE }> = heapless::String::new();
        #[cfg(feature = "line-editor")]
        let rejected = {
            let mut echo = Line::new();
            match self.editor.push(byte, &mut echo) {
                Edit::Nothing => return,
                Edit::Echo => {
                    out.act(Action::Console(echo.as_str()));
                    return;
                }
                Edit::Empty => None,
                Edit::Rejected(problem) => Some(problem),
                Edit::Line(text) => {
                    // Same capacity as the editor's buffer, so this cannot fail.
                    let _ = line.push_str(text);
                    None
                }
            }
        };
        #[cfg(not(feature = "line-editor"))]
        let rejected = match self.editor.push(byte) {
            SimpleEdit::Nothing => return,
            SimpleEdit::Echo(text) => {
                out.act(Action::Console(text));
                return;
            }
            SimpleEdit::Erase => {
                out.act(Action::Console("\x08 \x08"));
                return;
            }
            SimpleEdit::Empty => None,
            SimpleEdit::Rejected(problem) => Some(problem),
            SimpleEdit::Line(text) => {
                let _ = line.push_str(text);
                None
            }
        };
        out.act(Action::Console("\r\n"));
        if let Some(problem) = rejected {
            self.error(problem, out);
        } else if !line.is_empty() {
            match shell::parse(&line) {
                Ok(command) => {
                    if !self.execute(command, out) {
                        return;
                    }
                }
                Err(error) => self.error(error, out),
            }
        }
        out.act(Action::Console(PROMPT));
    }

    fn error(&mut self, error: impl Show, out: &mut impl Sink) {
        self.console_errors = self.console_errors.saturating_add(1);
        say(out, Line::new().str("error: ").show(&error));
    }

    /// Runs a command; returns `false` when no prompt should follow (the node is about to reset).
    fn execute(&mut self, command: Command, out: &mut impl Sink) -> bool {
        let mut line = Line::new();
        match command {
            Command::Help(Some(spec)) => {
                say(out, line.str("usage: ").show(spec));
                say(out, line.str("  ").str(spec.what));
                say(out, line.str("  example: ").str(spec.example));
            }
            Command::Help(None) => {
                say(out, line.str("commands:"));
                for spec in shell::COMMANDS {
                    line.str("  ").show(spec);
                    // The descriptions in one column, at least one space after the syntax.
                    // (A space at a time: as many as it takes, and at least one.)
                    while line.str(" ").as_str().len() < 24 {}
                    say(out, line.str(spec.what));
                }
            }
            Command::Version => say(
                out,
                line.str("keel ")
                    .str(VERSION)
                    .str(" (")
                    .str(self.config.board)
                    .str(", protocol ")
                    .uint(PROTOCOL_VERSION.into())
                    .str(")"),
            ),
            Command::Status => self.print_status(out),
            Command::Led(mode) => {
                self.led_mode = mode;
                self.update_led(out);
                out.act(Action::RefreshDisplay);
                say(out, line.str("ok: led ").str(mode.name()));
            }
            Command::Rate(hz) => {
                self.rate_hz = hz;
                out.act(Action::SetSampleRate(hz));
                say(out, line.str("ok: rate ").uint(hz.into()).str(" Hz"));
            }
            Command::Thresholds { low_mc, high_mc } => {
                self.thresholds = Thresholds { low_mc, high_mc };
                self.evaluate_alarm(out);
                say(out, line.str("ok: thresholds ").show(&Band(low_mc, high_mc)));
            }
            Command::Log(level) => {
                self.log_level = level;
                out.act(Action::SetLogLevel(level));
                say(out, line.str("ok: log ").str(level.name()));
            }
            Command::Reset => {
                say(out, line.str("ok: resetting"));
                out.act(Action::Reset);
                return false;
            }
            #[cfg(feature = "test-commands")]
            Command::Test(misbehaviour) => {
                let name = match misbehaviour {
                    crate::Misbehaviour::Stall => "stall",
                    crate::Misbehaviour::Panic => "panic",
                    crate::Misbehaviour::Unwire => "unwire",
                    crate::Misbehaviour::Fault => "fault",
                    crate::Misbehaviour::Jam => "jam",
                };
                say(out, line.str("ok: test ").str(name));
                out.act(Action::Misbehave(misbehaviour));
            }
        }
        true
    }

    // Not inlined into `handle`: 32 bytes smaller on the LM3S6965 (`cargo xtask size`).
    #[inline(never)]
    fn print_status(&self, out: &mut impl Sink) {
        let mut line = Line::new();
        say(out, line.str("uptime: ").thousandths(self.uptime_ms).str(" s"));
        say(out, line.str("rate: ").uint(self.rate_hz.into()).str(" Hz"));
        say(out, line.str("samples: ").uint(self.pipeline.total()));
        match self.pipeline.summary(PRIMARY_CHANNEL) {
            Some(s) => {
                line.str("adc: raw=").uint(s.latest.into()).str(" avg=").uint(s.moving_average.into());
                line.str(" mean=").uint(s.mean.into()).str(" min=").uint(s.min.into()).str(" max=").uint(s.max.into());
                say(out, &mut line);
            }
            None => say(out, line.str("adc: none")),
        }
        say(out, line.str("temperature: ").show(&self.temperature));
        say(out, line.str("thresholds: ").show(&Band(self.thresholds.low_mc, self.thresholds.high_mc)));
        say(out, line.str("alarm: ").str(alarm::name(self.alarm)));
        say(out, line.str("led: ").str(self.led_mode.name()));
        say(out, line.str("log: ").str(self.log_level.name()));
        say(
            out,
            line.str("dropped: samples=")
                .uint(self.dropped_samples)
                .str(" bytes=")
                .uint(self.dropped_bytes)
                .str(" frames=")
                .uint(self.dropped_frames),
        );
        say(out, line.str("errors: sensor=").uint(self.sensor_errors).str(" console=").uint(self.console_errors));
        line.str("load: ");
        match self.load {
            Some((cpu, wakeups)) => {
                // Percent with two decimals: millionths / 10,000.
                let hundredths = cpu / 100;
                line.str("cpu=").uint(hundredths / 100).str(".").uint(hundredths / 10 % 10).uint(hundredths % 10);
                line.str("% wakeups=").uint(wakeups.into()).str("/s")
            }
            None => line.str("none"),
        };
        say(out, &mut line);
        say(out, line.str("reset: ").str(reset_name(self.reset_reason)));
        if !self.last_panic.is_empty() {
            say(out, line.str("last panic: ").str(&self.last_panic));
        }
        say_parts(out, &mut line, "missing:", self.config.missing.0, Missing::NAMES);
        say_parts(out, &mut line, "miswired:", self.wiring.0, Miswired::NAMES);
    }

    /// What the board last found wrong with its own set-up.
    pub fn wiring(&self) -> Miswired {
        self.wiring
    }

    /// The parts of the node this board lacks.
    pub fn missing(&self) -> Missing {
        self.config.missing
    }
}

/// `label` and the names of the bits set in `bits`, as one line of `status`; nothing when none is set.
fn say_parts(out: &mut impl Sink, line: &mut Line, label: &str, bits: u8, all: &'static [&'static str]) {
    if bits == 0 {
        return;
    }
    line.str(label);
    for name in names(bits, all) {
        line.str(" ").str(name);
    }
    say(out, line);
}

/// The reset reason's name as the banner and `status` show it.
pub fn reset_name(reason: ResetReason) -> &'static str {
    match reason {
        ResetReason::PowerOn => "power-on",
        ResetReason::Software => "software",
        ResetReason::Watchdog => "watchdog",
        ResetReason::Panic => "panic",
        ResetReason::Fault => "fault",
    }
}

/// Ends `line` (CR LF), emits it as one console action and empties it for the next. Every line the node prints
/// fits a [`Line`]; should one ever not, it is cut and ends with `~`, never dropped.
fn say(out: &mut impl Sink, line: &mut Line) {
    if line.is_cut() || line.as_str().len() > crate::text::CAPACITY - 2 {
        line.truncate(crate::text::CAPACITY - 3);
        line.str("~");
    }
    line.str("\r\n");
    out.act(Action::Console(line.as_str()));
    line.clear();
}

#[cfg(test)]
mod set_tests {
    use super::*;

    /// Each part is its own bit, so a set says exactly which parts are in it, by name, in a fixed order.
    #[test]
    fn missing_parts_are_distinct_and_named() {
        let all = [Missing::ADC, Missing::DISPLAY, Missing::TELEMETRY_UART, Missing::BUTTONS];
        for (index, part) in all.iter().enumerate() {
            assert!(!part.is_empty());
            assert!(!Missing::NONE.contains(*part));
            for (other_index, other) in all.iter().enumerate() {
                assert_eq!(part.contains(*other), index == other_index, "{part:?} and {other:?}");
            }
        }
        assert!(Missing::NONE.is_empty());
        let some = Missing::DISPLAY.and(Missing::ADC);
        assert!(some.contains(Missing::ADC) && some.contains(Missing::DISPLAY) && !some.contains(Missing::BUTTONS));
        assert!(!some.contains(Missing::ADC.and(Missing::BUTTONS)), "a set holds a set only when it holds all of it");
        assert_eq!(some.names().collect::<Vec<_>>(), ["adc", "display"]);
        assert_eq!(Missing::NONE.names().count(), 0);
        assert_eq!(Missing::ADC.and(Missing::ADC), Missing::ADC, "adding a part twice keeps it");
    }

    /// The same for what the self-check finds, and `when` adds a part only when it is wrong.
    #[test]
    fn miswired_parts_are_distinct_and_named() {
        let all = [
            Miswired::CONSOLE_IRQ,
            Miswired::SAMPLING_IRQ,
            Miswired::ALARM_IRQ,
            Miswired::BUTTONS_IRQ,
            Miswired::WORK_IRQ,
            Miswired::UPTIME,
        ];
        for (index, part) in all.iter().enumerate() {
            assert!(!part.is_empty());
            assert_eq!(part.bits(), 1 << index);
            for (other_index, other) in all.iter().enumerate() {
                assert_eq!(part.contains(*other), index == other_index, "{part:?} and {other:?}");
            }
        }
        let found = Miswired::NONE
            .when(true, Miswired::UPTIME)
            .when(false, Miswired::CONSOLE_IRQ)
            .when(true, Miswired::ALARM_IRQ);
        assert_eq!(found, Miswired::UPTIME.and(Miswired::ALARM_IRQ));
        assert_eq!(found.names().collect::<Vec<_>>(), ["alarm-irq", "uptime"]);
        assert!(Miswired::NONE.is_empty() && !found.is_empty());
        assert!(!Miswired::NONE.contains(Miswired::UPTIME), "the empty set holds no part");
        assert_eq!(Miswired::UPTIME.and(Miswired::UPTIME), Miswired::UPTIME, "adding a part twice keeps it");
        assert!(!found.contains(Miswired::UPTIME.and(Miswired::WORK_IRQ)));
    }

    /// A reply line longer than a [`Line`] holds goes out cut, whole lines only: it fills the buffer and ends
    /// with `~` and the line end, so the terminal shows that something was cut and the next line starts clean.
    #[test]
    fn an_over_long_reply_is_cut_and_marked() {
        let mut said = String::new();
        let mut out = |action: Action<'_>| {
            if let Action::Console(text) = action {
                said.push_str(text);
            }
        };
        let mut line = Line::new();
        line.str(&"x".repeat(crate::text::CAPACITY + 20));
        say(&mut out, &mut line);
        assert_eq!(said.len(), crate::text::CAPACITY);
        assert!(said.ends_with("x~\r\n"), "{said:?}");
        assert!(line.as_str().is_empty(), "the line is emptied for the next");
    }
}
