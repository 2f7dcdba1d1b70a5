//! The node driven through its public interface, as a board drives it: every shell command and error
//! reply, the alarm, the LED patterns, buttons, telemetry and counters.

use keel_core::display::{Page, Reading};
use keel_core::led::LedMode;
use keel_core::{Action, Alarm, Button, Config, Event, LogLevel, Message, Node, ResetReason, SensorFault};
use proptest::prelude::*;

/// An action with its text copied out, so tests can keep it.
#[derive(Debug, Clone, PartialEq)]
enum Did {
    Led(bool),
    Console(String),
    Telemetry(Message),
    RefreshDisplay,
    SetSampleRate(u16),
    SetLogLevel(LogLevel),
    Reset,
    #[allow(dead_code)]
    Misbehave,
}

struct Harness {
    node: Node,
    did: Vec<Did>,
}

impl Harness {
    fn booted() -> Self {
        let mut h = Harness { node: Node::new(Config::new("testboard")), did: Vec::new() };
        h.send(Event::Boot { reason: ResetReason::PowerOn, last_panic: None });
        h.did.clear();
        h
    }

    fn send(&mut self, event: Event<'_>) {
        let did = &mut self.did;
        self.node.handle(event, &mut |action: Action<'_>| {
            did.push(match action {
                Action::Led(on) => Did::Led(on),
                Action::Console(text) => Did::Console(text.to_owned()),
                Action::Telemetry(message) => Did::Telemetry(message),
                Action::RefreshDisplay => Did::RefreshDisplay,
                Action::SetSampleRate(hz) => Did::SetSampleRate(hz),
                Action::SetLogLevel(level) => Did::SetLogLevel(level),
                Action::Reset => Did::Reset,
                #[allow(unreachable_patterns)]
                _ => Did::Misbehave,
            })
        });
    }

    /// Types `bytes` and returns the console output they caused (echo included).
    fn type_bytes(&mut self, bytes: &[u8]) -> String {
        self.did.clear();
        for &b in bytes {
            self.send(Event::ConsoleByte(b));
        }
        self.console()
    }

    /// Types a line and returns the reply without the echo, the line break after it and the prompt.
    fn command(&mut self, line: &str) -> String {
        let all = self.type_bytes(format!("{line}\r").as_bytes());
        let reply = all.strip_prefix(line).unwrap_or(&all);
        let reply = reply.strip_prefix("\r\n").expect("a line break after the echo");
        reply.strip_suffix("keel> ").expect("the prompt after the reply").to_owned()
    }

    fn console(&self) -> String {
        self.did.iter().filter_map(|d| if let Did::Console(t) = d { Some(t.as_str()) } else { None }).collect()
    }

    fn status_field(&mut self, key: &str) -> String {
        let status = self.command("status");
        status
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}: ")))
            .unwrap_or_else(|| panic!("no `{key}` in status:\n{status}"))
            .to_owned()
    }

    fn leds(&self) -> Vec<bool> {
        self.did.iter().filter_map(|d| if let Did::Led(on) = d { Some(*on) } else { None }).collect()
    }

    fn telemetry(&self) -> Vec<Message> {
        self.did.iter().filter_map(|d| if let Did::Telemetry(m) = d { Some(*m) } else { None }).collect()
    }

    fn tick_until(&mut self, from_ms: u32, to_ms: u32) {
        for t in (from_ms..to_ms).step_by(keel_core::TICK_MS as usize) {
            self.send(Event::Tick { uptime_ms: t });
        }
    }
}

#[test]
fn boot_prints_banner_reason_and_prompt_and_applies_defaults() {
    let mut h = Harness { node: Node::new(Config::new("testboard")), did: Vec::new() };
    h.send(Event::Boot { reason: ResetReason::Watchdog, last_panic: None });
    assert_eq!(h.console(), format!("\r\nKeel {} on testboard\r\nreset: watchdog\r\nkeel> ", keel_core::VERSION));
    assert!(h.did.contains(&Did::SetSampleRate(10)));
    assert!(h.did.contains(&Did::SetLogLevel(LogLevel::Info)));
    assert!(h.did.contains(&Did::Led(true)), "heartbeat starts lit at t=0");
}

#[test]
fn boot_after_panic_reports_the_stored_message_in_banner_and_status() {
    let mut h = Harness { node: Node::new(Config::new("b")), did: Vec::new() };
    h.send(Event::Boot { reason: ResetReason::Panic, last_panic: Some("test panic requested") });
    assert!(h.console().contains("reset: panic\r\nlast panic: test panic requested\r\n"));
    assert_eq!(h.status_field("reset"), "panic");
    assert_eq!(h.status_field("last panic"), "test panic requested");
}

#[test]
fn over_long_panic_message_is_cut_not_dropped() {
    let mut h = Harness { node: Node::new(Config::new("b")), did: Vec::new() };
    let long = "é".repeat(100);
    h.send(Event::Boot { reason: ResetReason::Panic, last_panic: Some(&long) });
    let stored = h.status_field("last panic");
    assert!(!stored.is_empty() && long.starts_with(&stored) && stored.len() <= keel_core::node::PANIC_MESSAGE_LEN);
}

#[test]
fn help_lists_every_command() {
    let mut h = Harness::booted();
    let help = h.command("help");
    for word in [
        "help [command]",
        "version",
        "status",
        "led on|off|blink",
        "rate <hz>",
        "thresholds <lo> <hi>",
        "log off|error",
    ] {
        assert!(help.contains(word), "`{word}` missing from help:\n{help}");
    }
    #[cfg(not(feature = "test-commands"))]
    assert!(!help.contains("test"), "test commands are not in shipped firmware");
    #[cfg(feature = "test-commands")]
    assert!(help.contains("test stall|panic"));
}

#[test]
fn version_names_board_and_protocol() {
    let mut h = Harness::booted();
    assert_eq!(h.command("version"), format!("keel {} (testboard, protocol 3)\r\n", keel_core::VERSION));
}

#[test]
fn status_reports_the_injected_state() {
    let mut h = Harness::booted();
    h.send(Event::Tick { uptime_ms: 12_345 });
    for raw in [512, 519, 517] {
        h.send(Event::Sample { channel: 0, raw, uptime_ms: 12_000 });
    }
    h.send(Event::Temperature(Ok(21_500)));
    h.send(Event::SamplesDropped(3));
    h.send(Event::ConsoleBytesDropped(7));
    h.send(Event::Temperature(Err(SensorFault::Bus)));
    h.send(Event::Temperature(Ok(21_500)));
    h.send(Event::Load { cpu_ppm: 12_345, wakeups_per_s: 23 });
    let status = h.command("status");
    let expected = "uptime: 12.345 s\r\nrate: 10 Hz\r\nsamples: 3\r\nadc: raw=517 avg=516 mean=516 min=512 max=519\r\n\
        temperature: 21.500 C\r\nthresholds: 0.000 .. 50.000 C\r\nalarm: off\r\nled: blink\r\nlog: info\r\n\
        dropped: samples=3 bytes=7 frames=0\r\nerrors: sensor=1 console=0\r\nload: cpu=1.23% wakeups=23/s\r\nreset: power-on\r\n";
    assert_eq!(status, expected);
}

#[test]
fn status_before_any_reading() {
    let mut h = Harness::booted();
    assert_eq!(h.status_field("adc"), "none");
    assert_eq!(h.status_field("temperature"), "none");
}

#[test]
fn failed_sensor_is_reported_and_counted() {
    let mut h = Harness::booted();
    h.send(Event::Temperature(Err(SensorFault::NoDevice)));
    assert!(h.telemetry().contains(&Message::SensorError(SensorFault::NoDevice)));
    assert_eq!(h.status_field("temperature"), "error (no device)");
    assert_eq!(h.status_field("errors"), "sensor=1 console=0");
    h.send(Event::Temperature(Err(SensorFault::BadData)));
    assert_eq!(h.status_field("temperature"), "error (bad data)");
}

#[test]
fn led_commands_set_the_pin_and_mode() {
    let mut h = Harness::booted();
    h.send(Event::Tick { uptime_ms: 500 }); // heartbeat off phase
    assert_eq!(h.command("led on"), "ok: led on\r\n");
    assert_eq!(h.leds(), [true]);
    assert_eq!(h.command("led off"), "ok: led off\r\n");
    assert_eq!(h.leds(), [false]);
    assert_eq!(h.command("led blink"), "ok: led blink\r\n");
    assert_eq!(h.status_field("led"), "blink");
}

#[test]
fn heartbeat_flashes_100_ms_each_second() {
    let mut h = Harness::booted();
    h.did.clear();
    h.tick_until(50, 3000);
    // Lit at boot; off at 100; on at 1000, off at 1100; on at 2000, off at 2100.
    assert_eq!(h.leds(), [false, true, false, true, false]);
}

#[test]
fn rate_command_changes_sampling_and_rejects_out_of_range() {
    let mut h = Harness::booted();
    assert_eq!(h.command("rate 50"), "ok: rate 50 Hz\r\n");
    assert!(h.did.contains(&Did::SetSampleRate(50)));
    assert_eq!(h.node.rate_hz(), 50);
    for bad in ["rate 0", "rate 101", "rate 65536"] {
        assert_eq!(h.command(bad), "error: rate must be 1..=100 Hz\r\n");
        assert!(!h.did.iter().any(|d| matches!(d, Did::SetSampleRate(_))), "{bad} must not change the rate");
    }
    assert_eq!(h.command("rate x"), "error: bad number `x`\r\n");
    assert_eq!(h.status_field("rate"), "50 Hz");
}

#[test]
fn alarm_trips_above_high_threshold_changes_led_pattern_and_clears() {
    let mut h = Harness::booted();
    assert_eq!(h.command("thresholds 10 40"), "ok: thresholds 10.000 .. 40.000 C\r\n");
    h.send(Event::Temperature(Ok(21_500)));
    assert_eq!(h.status_field("alarm"), "off");
    h.did.clear();
    h.send(Event::Temperature(Ok(85_000)));
    assert!(h.telemetry().contains(&Message::AlarmChanged(Alarm::High)));
    assert!(h.did.contains(&Did::RefreshDisplay));
    assert_eq!(h.status_field("alarm"), "high");
    // Alarm pattern: 100 ms on, 100 ms off.
    h.did.clear();
    h.tick_until(500, 1000);
    assert_eq!(h.leds(), [false, true, false, true, false], "toggles every 100 ms from 500 to 900");
    h.send(Event::Temperature(Ok(21_000)));
    assert!(h.telemetry().contains(&Message::AlarmChanged(Alarm::Off)));
    assert_eq!(h.status_field("alarm"), "off");
    h.send(Event::Temperature(Ok(5_000)));
    assert_eq!(h.status_field("alarm"), "low");
}

#[test]
fn changing_thresholds_reevaluates_the_alarm_at_once() {
    let mut h = Harness::booted();
    h.send(Event::Temperature(Ok(30_000)));
    assert_eq!(h.status_field("alarm"), "off");
    h.command("thresholds 0 25");
    assert_eq!(h.status_field("alarm"), "high");
}

#[test]
fn threshold_errors() {
    let mut h = Harness::booted();
    assert_eq!(h.command("thresholds 40 10"), "error: low threshold must be below high\r\n");
    assert_eq!(h.command("thresholds -60 10"), "error: threshold must be -55..=125 C\r\n");
    assert_eq!(h.command("thresholds a 10"), "error: bad number `a`\r\n");
    assert_eq!(h.command("thresholds 1"), "error: usage: thresholds <lo> <hi>\r\n");
    assert_eq!(h.status_field("thresholds"), "0.000 .. 50.000 C", "errors leave thresholds unchanged");
}

#[test]
fn log_command_sets_level() {
    let mut h = Harness::booted();
    assert_eq!(h.command("log debug"), "ok: log debug\r\n");
    assert!(h.did.contains(&Did::SetLogLevel(LogLevel::Debug)));
    assert_eq!(h.node.log_level(), LogLevel::Debug);
    assert_eq!(h.command("log loud"), "error: log takes off, error, warn, info, debug or trace\r\n");
}

#[test]
fn reset_replies_then_resets_without_prompt() {
    let mut h = Harness::booted();
    let out = h.type_bytes(b"reset\r");
    assert_eq!(out, "reset\r\nok: resetting\r\n");
    assert_eq!(h.did.last(), Some(&Did::Reset));
}

#[test]
fn unknown_and_malformed_lines_get_one_error_each_and_are_counted() {
    let mut h = Harness::booted();
    assert_eq!(h.command("dance"), "error: unknown command `dance` (try `help`)\r\n");
    assert_eq!(h.command("led"), "error: usage: led on|off|blink\r\n");
    assert_eq!(h.command("led purple"), "error: led takes on, off or blink\r\n");
    let long = "x".repeat(200);
    assert_eq!(h.type_bytes(format!("{long}\r").as_bytes()).matches("error:").count(), 1);
    assert!(h.console().ends_with("\r\nerror: line too long (max 80 bytes)\r\nkeel> "));
    let garbage = h.type_bytes(b"\x00\x01\xfe\xff\r");
    assert_eq!(garbage, "\r\nerror: invalid byte 0x00 in line\r\nkeel> ");
    assert_eq!(h.status_field("errors"), "sensor=0 console=5");
}

#[test]
fn empty_line_just_prompts() {
    let mut h = Harness::booted();
    assert_eq!(h.type_bytes(b"\r"), "\r\nkeel> ");
}

#[test]
fn backspace_edits_and_echo_shows_it() {
    let mut h = Harness::booted();
    let out = h.type_bytes(b"versiom\x08n\r");
    // The full editor moves back and erases to the end; the simple one backs over the character.
    let erase = if cfg!(feature = "line-editor") { "\x1b[1D\x1b[K" } else { "\x08 \x08" };
    assert!(out.starts_with(&format!("versiom{erase}n\r\nkeel ")), "{out:?}");
}

/// `help <command>`: the syntax, what it does with its range, and an example, each on its own line.
#[test]
fn help_with_a_command_says_what_it_takes() {
    let mut h = Harness::booted();
    assert_eq!(h.command("help rate"), "usage: rate <hz>\r\n  sampling rate, 1..=100 Hz\r\n  example: rate 50\r\n");
    for spec in keel_core::shell::COMMANDS {
        let (name, example) = (spec.name, spec.example);
        let reply = h.command(&format!("help {name}"));
        assert!(reply.starts_with(&format!("usage: {spec}\r\n")), "{reply}");
        assert!(example.starts_with(name), "the example of `{name}` uses it");
        if !example.starts_with("reset") && !example.starts_with("test") {
            assert!(!h.command(example).starts_with("error"), "the example `{example}` works");
        }
    }
    assert_eq!(h.command("help me"), "error: unknown command `me` (try `help`)\r\n");
}

/// The keys of a terminal reach the editor through the node: Up recalls, Tab completes, and the node runs the
/// line the editor made (the editor's own tests cover each key).
#[cfg(feature = "line-editor")]
#[test]
fn history_and_completion_run_commands() {
    let mut h = Harness::booted();
    h.command("rate 7");
    h.did.clear();
    h.type_bytes(b"\x1b[A\r");
    assert!(h.did.contains(&Did::SetSampleRate(7)), "{:?}", h.did);
    assert!(h.console().contains("ok: rate 7 Hz"), "{}", h.console());
    let out = h.type_bytes(b"sttus\x1b[D\x1b[D\x1b[Da\r");
    assert!(out.contains("\r\nuptime: "), "{out:?}");
    let out = h.type_bytes(b"ra\t");
    assert_eq!(out, "rate ");
}

#[test]
fn buttons_cycle_pages_and_select_toggles_led() {
    let mut h = Harness::booted();
    assert_eq!(h.node.view().page, Page::Readings);
    h.send(Event::Button { button: Button::Up, pressed: true });
    h.send(Event::Button { button: Button::Up, pressed: false });
    assert_eq!(h.node.view().page, Page::Counters);
    h.send(Event::Button { button: Button::Right, pressed: true });
    assert_eq!(h.node.view().page, Page::Readings, "wraps");
    h.send(Event::Button { button: Button::Left, pressed: true });
    assert_eq!(h.node.view().page, Page::Counters);
    h.send(Event::Button { button: Button::Down, pressed: true });
    assert_eq!(h.node.view().page, Page::Readings);

    h.send(Event::Tick { uptime_ms: 500 }); // heartbeat off
    h.did.clear();
    h.send(Event::Button { button: Button::Select, pressed: true });
    assert_eq!(h.leds(), [true]);
    assert_eq!(h.node.view().led_mode, LedMode::On);
    h.did.clear();
    h.send(Event::Button { button: Button::Select, pressed: true });
    assert_eq!(h.leds(), [false]);
    h.send(Event::Button { button: Button::Select, pressed: false });
    assert_eq!(h.node.view().led_mode, LedMode::Off, "release does nothing");
}

#[test]
fn samples_go_out_as_telemetry_with_moving_average() {
    let mut h = Harness::booted();
    h.send(Event::Sample { channel: 0, raw: 100, uptime_ms: 5 });
    h.send(Event::Sample { channel: 0, raw: 200, uptime_ms: 105 });
    let means: Vec<(u16, u16, u32)> = h
        .telemetry()
        .into_iter()
        .filter_map(|m| if let Message::Sample(s) = m { Some((s.raw, s.mean, s.uptime_ms)) } else { None })
        .collect();
    assert_eq!(means, [(100, 100, 5), (200, 150, 105)]);
}

#[test]
fn status_telemetry_and_display_refresh_once_a_second() {
    let mut h = Harness::booted();
    h.did.clear();
    h.tick_until(50, 3000);
    let statuses = h.telemetry().iter().filter(|m| matches!(m, Message::Status(_))).count();
    assert_eq!(statuses, 2, "at 1 s and 2 s");
    let Some(Message::Status(last)) = h.telemetry().into_iter().rev().find(|m| matches!(m, Message::Status(_))) else {
        unreachable!()
    };
    assert_eq!(last.uptime_ms, 2000);
    assert_eq!(last.reset_reason, ResetReason::PowerOn);
}

#[test]
fn view_tracks_temperature() {
    let mut h = Harness::booted();
    h.send(Event::Temperature(Ok(-10_000)));
    assert_eq!(h.node.view().temperature, Reading::Value(-10_000));
    assert_eq!(h.status_field("temperature"), "-10.000 C");
}

proptest! {
    #[test]
    fn random_console_bytes_never_panic_and_each_line_gets_one_reply(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut h = Harness::booted();
        h.type_bytes(&bytes);
        // Whatever came in, a clean line afterwards still gets its normal answer.
        h.type_bytes(b"\r");
        prop_assert_eq!(h.command("version"), format!("keel {} (testboard, protocol 3)\r\n", keel_core::VERSION));
    }

    #[test]
    fn random_events_never_panic(events in proptest::collection::vec((0u8..6, any::<u32>(), any::<u16>()), 0..300)) {
        let mut h = Harness::booted();
        for (kind, a, b) in events {
            let event = match kind {
                0 => Event::Tick { uptime_ms: a },
                1 => Event::Sample { channel: (a % 8) as u8, raw: b, uptime_ms: a },
                2 => Event::Temperature(if b % 5 == 0 { Err(SensorFault::Bus) } else { Ok(a as i32) }),
                3 => Event::Button { button: [Button::Up, Button::Down, Button::Left, Button::Right, Button::Select][(a % 5) as usize], pressed: b % 2 == 0 },
                4 => Event::SamplesDropped(a),
                _ => Event::ConsoleByte(b as u8),
            };
            h.send(event);
        }
        h.type_bytes(b"\r");
        prop_assert!(h.command("status").contains("uptime: "));
    }
}

#[test]
fn the_next_tick_follows_the_led_and_the_second() {
    let mut h = Harness::booted();
    h.send(Event::Tick { uptime_ms: 12_345 });
    // Heartbeat: off from 12,100 until the flash at 13,000, which is also the next second.
    assert_eq!(h.node.next_tick(), 13_000);
    h.command("led on");
    // Steady: only the once-a-second status needs a tick.
    assert_eq!(h.node.next_tick(), 13_000);
    h.send(Event::Tick { uptime_ms: 13_050 });
    assert_eq!(h.node.next_tick(), 14_000);
    h.command("thresholds 30 40");
    h.send(Event::Temperature(Ok(21_500)));
    // The alarm blinks every 100 ms.
    assert_eq!(h.node.next_tick(), 13_100);
}

/// What the board lacks and what it found miswired are each one line of `status`, naming every part, and absent
/// when there is nothing to say; the node answers for both sets as it was told.
#[test]
fn missing_and_miswired_parts_are_named_in_status() {
    use keel_core::{Missing, Miswired};
    let mut h = Harness::booted();
    let plain = h.command("status");
    assert!(!plain.contains("missing:") && !plain.contains("miswired:"), "{plain}");
    let mut h =
        Harness { node: Node::new(Config::new("x").without(Missing::ADC.and(Missing::BUTTONS))), did: Vec::new() };
    h.send(Event::Wiring(Miswired::ALARM_IRQ.and(Miswired::UPTIME)));
    assert_eq!(h.node.missing(), Missing::ADC.and(Missing::BUTTONS));
    assert_eq!(h.node.wiring(), Miswired::ALARM_IRQ.and(Miswired::UPTIME));
    assert_eq!(h.status_field("missing"), "adc buttons");
    assert_eq!(h.status_field("miswired"), "alarm-irq uptime");
    h.send(Event::Wiring(Miswired::NONE));
    assert!(!h.command("status").contains("miswired:"), "a repaired wiring is no longer reported");
}

/// `help` is a table: each description starts in the same column (24) after at least one space; a syntax of the
/// column's width or more (the test firmware's `test ...`) is followed by one space.
#[test]
fn help_is_a_table() {
    let mut h = Harness::booted();
    let help = h.command("help");
    let rows: Vec<&str> = help.lines().filter(|line| line.starts_with("  ")).collect();
    assert_eq!(rows.len(), keel_core::shell::COMMANDS.len(), "{help}");
    for (row, spec) in rows.iter().zip(keel_core::shell::COMMANDS) {
        let (syntax, what) = (spec.to_string(), spec.what);
        let expected = if syntax.len() < 22 { format!("  {syntax:<22}{what}") } else { format!("  {syntax} {what}") };
        assert_eq!(*row, expected, "{help}");
    }
}

/// A panic message longer than the node keeps is cut at a character boundary: the banner shows what fits, and
/// never a broken character or nothing at all.
#[test]
fn a_long_panic_message_is_cut_at_a_character_boundary() {
    let mut message = "x".repeat(keel_core::node::PANIC_MESSAGE_LEN - 1);
    message.push('é'); // two bytes, straddling the limit
    let mut h = Harness { node: Node::new(Config::new("x")), did: Vec::new() };
    h.send(Event::Boot { reason: ResetReason::Panic, last_panic: Some(&message) });
    let kept = h.status_field("last panic");
    assert_eq!(kept, "x".repeat(keel_core::node::PANIC_MESSAGE_LEN - 1));
}

/// The status the node reports (in its telemetry frame and on the display) carries the latest temperature, and
/// none while the sensor fails.
#[test]
fn the_status_carries_the_latest_temperature() {
    let mut h = Harness::booted();
    h.send(Event::Temperature(Ok(21_500)));
    assert_eq!(h.node.status().temperature_mc, Some(21_500));
    h.send(Event::Temperature(Err(keel_core::SensorFault::Bus)));
    assert_eq!(h.node.status().temperature_mc, None);
}
