//! The scenario suite: every scenario runs on every emulated board that has what it needs, against the
//! contract in `docs/console.md`.
//!
//! Each scenario declares the capabilities it needs beyond the console and the defmt log (which every board
//! has); a board's `keel.toml` says in `[bench]` what its emulated machine provides. A scenario a board cannot
//! run is reported as ignored, and the suite prints per board which ones ran and which were skipped and why.
//! Each test boots its own node (the bench flavour: the release build plus the test-only commands).
//! Deterministic output is compared with golden files in `tests/golden/<board>/` (`cargo xtask test --bless`
//! rewrites them); everything else asserts meaning. Run one board or scenario with
//! `cargo xtask test --board <board> --filter <name>`.

use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use embedded_graphics::mono_font::ascii::FONT_6X10;
use keel_bench::board::{BoardConfig, Capability};
use keel_bench::keel_proto::{Alarm, Message, SensorFault};
use keel_bench::serial::Link;
use keel_bench::shell::{check_layout, STATUS_KEYS};
use keel_bench::{bail, ensure, golden, Button, Node, Options, Outcome, Panel, Pattern, Pin, Reading, Status};

use Capability::{
    Adc, Buttons, Clock, Display, Emulator, Led, Log, QueuedTelemetry, Sensor, Telemetry, TestCommands, Watchdog,
};

/// A scenario: what it needs, and the test.
struct Scenario {
    name: &'static str,
    needs: &'static [Capability],
    run: fn(&Board) -> Outcome,
}

/// A [`Scenario`] named after its function, with what it needs.
macro_rules! scenario {
    ($run:ident $(, $need:expr)*) => {
        Scenario { name: stringify!($run), needs: &[$($need),*], run: $run }
    };
}

/// Every scenario, in the order they are listed.
const SCENARIOS: &[Scenario] = &[
    // The slowest first (10-50 s each: they watch the node over seconds of the host's or the guest's clock), so
    // that they overlap the rest when the suite runs on several threads.
    scenario!(uptime_keeps_virtual_time_under_icount, Clock, Telemetry, Emulator),
    scenario!(uptime_keeps_host_time_without_icount, Clock, Telemetry),
    scenario!(sensor_values_alarm_and_recovery, Sensor, Led, Display, Telemetry),
    scenario!(led_command_drives_the_led, Led),
    scenario!(select_button_toggles_the_led, Buttons, Led),
    scenario!(watchdog_resets_a_stalled_node, Watchdog, TestCommands),
    // The rest, each a few seconds at most.
    scenario!(boot_banner_and_prompt),
    scenario!(every_command_gives_its_documented_reply),
    scenario!(defmt_log_decodes_and_log_off_silences_it, Log),
    scenario!(telemetry_status_frames_arrive_in_order, Telemetry),
    scenario!(reset_command_reboots_with_software_reason),
    scenario!(status_matches_injected_state, Adc, Sensor, Telemetry),
    scenario!(bad_input_gives_one_error_line_and_node_keeps_running),
    scenario!(console_keys_recall_edit_and_complete),
    scenario!(failing_sensor_is_reported_not_fatal, Sensor, Telemetry, Emulator),
    scenario!(sampling_rate_is_accurate_under_icount, Adc, Clock, Telemetry, Emulator),
    scenario!(wakeups_stay_a_few_dozen_with_the_led_steady),
    scenario!(cpu_load_is_reported_and_follows_the_work, Telemetry),
    scenario!(buttons_change_the_display_page, Buttons, Display),
    scenario!(select_button_reaches_the_node, Buttons),
    scenario!(stack_use_stays_within_the_reservation, Emulator),
    scenario!(display_shows_temperature_and_updates, Sensor, Display),
    scenario!(stalled_node_stops_feeding_the_watchdog, Log, TestCommands),
    scenario!(panic_is_stored_and_reported_after_reset, TestCommands),
    scenario!(a_fault_is_reported_with_the_function_that_faulted, TestCommands),
    scenario!(shipped_firmware_has_no_test_commands, Emulator),
    scenario!(self_check_reports_a_disabled_interrupt, TestCommands),
    scenario!(flood_is_survived_and_drops_are_counted, Telemetry, Emulator),
    scenario!(a_jammed_link_drops_whole_frames_and_counts_them, Adc, Telemetry, QueuedTelemetry, TestCommands),
];

/// The board a scenario runs on: emulated, or on a serial port (`link`).
struct Board {
    config: BoardConfig,
    link: Option<Link>,
    /// On a serial port: what the run found the board to have (see [`on_port`]).
    found: Vec<Capability>,
}

impl Board {
    fn name(&self) -> &str {
        &self.config.name
    }

    fn has(&self, capability: Capability) -> bool {
        match &self.link {
            None => self.config.provides(capability),
            Some(_) => self.found.contains(&capability),
        }
    }

    /// Why the board lacks `capability`, for the list of skipped scenarios.
    fn lack(&self, capability: Capability) -> String {
        let name = capability.name();
        match &self.link {
            None => match self.config.lacks_qemu_for(capability) {
                Some(major) => format!("{name} with QEMU {major}"),
                None => name.to_string(),
            },
            Some(link) => match capability {
                Capability::Telemetry if self.config.bench.telemetry == keel_bench::board::TelemetryChannel::Defmt => {
                    format!("{name}: in the defmt log, a probe, --flash")
                }
                Capability::Telemetry => format!("{name}: --telemetry-port"),
                Capability::Log => format!("{name}: a probe, --flash"),
                Capability::TestCommands => format!("{name}: the bench image, --flash"),
                Capability::Buttons if !link.interactive && self.config.hardware.provides.contains(&capability) => {
                    format!("{name}: a person, --interactive")
                }
                Capability::Emulator => format!("{name}: QEMU itself"),
                _ if link.emulated && self.config.hardware.provides.contains(&capability) => {
                    format!("{name}: QEMU's model of the board lacks it")
                }
                _ => format!("{name}: not on the desk"),
            },
        }
    }

    /// The user LED (`[bench] led` in its keel.toml).
    fn led(&self) -> Result<Pin> {
        let led =
            self.config.bench.led.as_ref().with_context(|| format!("{} has no `[bench] led` pin", self.name()))?;
        Ok(Pin { port: led.port, line: led.line, active_low: led.active_low })
    }

    /// `version`'s reply on this board.
    fn version(&self) -> String {
        format!("keel 0.1.0 ({}, protocol {})", self.name(), keel_bench::keel_proto::PROTOCOL_VERSION)
    }

    /// Options for this board: the display is drawn in embedded-graphics' 6x10 font (`keel-core::display`).
    fn options(&self) -> Options {
        let options = Options::new(self.name()).font(&FONT_6X10);
        match &self.link {
            Some(link) => options.on_port(link.clone()),
            None => options,
        }
    }
}

/// Every board with a `[qemu]` table, or the one `KEEL_BOARD` names.
fn emulated_boards() -> Result<Vec<Board>> {
    let only = std::env::var("KEEL_BOARD").ok();
    let boards = keel_bench::board::select(only.as_deref())?;
    Ok(boards
        .into_iter()
        .filter(|config| config.qemu.is_some())
        .map(|config| Board { config, link: None, found: Vec::new() })
        .collect())
}

/// The board `KEEL_BOARD` names, on the serial port `link` names: what it has is what its `[hardware]` table says
/// (buttons only with a person there), a telemetry port, a probe, and the test commands if its `help` lists them;
/// on an emulator's pseudo-terminal, only what QEMU models of it too. Fails, naming the port, when no Keel console
/// answers there or the board that answers is another.
fn on_port(link: Link) -> Result<Board> {
    let name = std::env::var("KEEL_BOARD").context("a run on a serial port names its board (KEEL_BOARD)")?;
    let config = BoardConfig::load(&name)?;
    let node = Options::new(&name).on_port(link.clone()).boot()?;
    node.wait_for_boot()?;
    let version = node.reply_line("version")?;
    ensure!(
        version.contains(&format!("({name},")),
        "the board on {} says `{version}`: it is not {name} (is this the right port, or the right --board?)",
        link.describe()
    );
    let help = node.command("help")?;
    let mut found: Vec<Capability> = config
        .hardware
        .provides
        .iter()
        .copied()
        .filter(|c| *c != Buttons || link.interactive)
        .filter(|c| !link.emulated || config.provides(*c))
        .collect();
    let in_log = config.bench.telemetry == keel_bench::board::TelemetryChannel::Defmt;
    if (link.telemetry_port.is_some() && !in_log) || (link.probe_chip.is_some() && in_log) {
        found.push(Telemetry);
    }
    if link.probe_chip.is_some() {
        found.push(Log);
    }
    if help.lines.iter().any(|l| l.split_whitespace().next() == Some("test")) {
        found.push(TestCommands);
    }
    eprintln!("{name} on {}: {version}", link.describe());
    Ok(Board { config, link: Some(link), found })
}

/// How many scenarios run at once on emulated boards (see `main`).
const EMULATED_THREADS: usize = 4;

fn main() -> Result<()> {
    let mut arguments = libtest_mimic::Arguments::from_args();
    let boards = match Link::from_env()? {
        // One board, one console: its scenarios run one after the other.
        Some(link) => {
            arguments.test_threads = Some(1);
            vec![on_port(link)?]
        }
        // Emulated boards: four scenarios at once unless `--test-threads` says otherwise. They wait on QEMU's clock
        // far more than they compute (99 s of processor time in 138 s on two threads, two cores), so more threads
        // shorten the suite however few cores the machine has.
        None => {
            arguments.test_threads.get_or_insert(EMULATED_THREADS);
            emulated_boards()?
        }
    };
    let mut per_board = Vec::new();
    for board in boards {
        let mut trials = Vec::new();
        let board = std::sync::Arc::new(board);
        let mut skipped = Vec::new();
        for scenario in SCENARIOS {
            let name = format!("{}::{}", board.name(), scenario.name);
            let lacking: Vec<String> =
                scenario.needs.iter().filter(|c| !board.has(**c)).map(|c| board.lack(*c)).collect();
            if lacking.is_empty() {
                let (board, run) = (std::sync::Arc::clone(&board), scenario.run);
                trials.push(libtest_mimic::Trial::test(name, move || run(&board).map_err(|e| format!("{e:?}").into())));
            } else {
                skipped.push(format!("{} (needs {})", scenario.name, lacking.join(", ")));
                trials.push(libtest_mimic::Trial::test(name, || Ok(())).with_ignored_flag(true));
            }
        }
        eprintln!(
            "{}: {} of {} scenarios run; skipped: {}",
            board.name(),
            SCENARIOS.len() - skipped.len(),
            SCENARIOS.len(),
            if skipped.is_empty() { "none".to_string() } else { skipped.join("; ") }
        );
        per_board.push(trials.into_iter());
    }
    // Scenario by scenario across the boards, so that every board's slow ones start first.
    let mut trials = Vec::new();
    while per_board.iter().any(|board| board.len() > 0) {
        trials.extend(per_board.iter_mut().filter_map(Iterator::next));
    }
    libtest_mimic::run(&arguments, trials).exit()
}

/// How long to watch the LED to classify its pattern (three heartbeat periods).
const LED_WINDOW: Duration = Duration::from_millis(3200);

/// Boots with `options` and waits for the prompt.
fn boot_with(options: Options) -> Result<Node> {
    let node = options.boot()?;
    node.wait_for_boot()?;
    Ok(node)
}

fn boot(board: &Board) -> Result<Node> {
    boot_with(board.options())
}

/// The board whose golden text a board without its own is held to.
const GOLDEN_REFERENCE: &str = "lm3s6965evb";

/// Checks `text` against the board's golden file `what` (`tests/golden/<board>/`). A board that has none (one the
/// emulator does not run, on the desk) is held to the reference board's with its name put in: the banner and `help`
/// are the shared core's text, the same on every board, and the emulated boards' files pin it.
fn check_golden(board: &Board, what: &str, text: &str) -> Result<()> {
    let own = format!("{}/{what}", board.name());
    if golden::blessing() || golden::path(&own).exists() {
        return golden::check_text(&own, text);
    }
    golden::check_text(&format!("{GOLDEN_REFERENCE}/{what}"), &text.replace(board.name(), GOLDEN_REFERENCE))
}

/// Runs `status` and parses it.
fn status(node: &Node) -> Result<Status> {
    let reply = node.command("status")?;
    Status::parse(&reply).map_err(|e| node.explain(e))
}

/// Runs `status` until `check` accepts it (every 250 ms, up to `timeout`).
fn wait_for_status(
    node: &Node,
    timeout: Duration,
    what: &str,
    mut check: impl FnMut(&Status) -> bool,
) -> Result<Status> {
    let deadline = Instant::now() + timeout;
    loop {
        let status = status(node)?;
        if check(&status) {
            return Ok(status);
        }
        if Instant::now() >= deadline {
            return Err(node.explain(anyhow!("expected `status` to show {what} within {timeout:?}; last: {status:?}")));
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Runs `line` and checks that the reply is exactly `expected` (one line).
fn expect_reply(node: &Node, line: &str, expected: &str) -> Result<()> {
    let reply = node.reply_line(line)?;
    ensure!(reply == expected, "`{}` should reply `{expected}`, got `{reply}`\n{}", line.escape_debug(), node.report());
    Ok(())
}

/// The display's text, for messages.
fn screen_text(panel: &Panel) -> String {
    panel.text(&FONT_6X10)
}

/// Waits until the display's text contains `text`.
fn wait_for_display_text(node: &Node, text: &str) -> Result<Panel> {
    node.wait_for_screen(Duration::from_secs(5), &format!("the text {text:?}"), |panel| {
        screen_text(panel).contains(text)
    })
}

/// Waits for the LED pattern to satisfy `check`.
fn wait_for_led(board: &Board, node: &Node, what: &str, check: impl FnMut(&Pattern) -> bool) -> Result<Pattern> {
    node.wait_for_pattern(board.led()?, LED_WINDOW, Duration::from_secs(8), what, check)
}

/// Whether `pattern` blinks `on_ms`/`off_ms`, each within 30 ms + 20 %. The trace is timed in host time
/// (QEMU's clock without `-icount`), and the firmware's LED timing comes from SysTick, whose interrupts QEMU
/// merges when the host starves it, so phases stretch on a busy machine: the margin keeps a heartbeat
/// (100/900) and the alarm blink (100/100) apart however loaded the host is, not more.
fn blinks(pattern: &Pattern, on_ms: f64, off_ms: f64) -> bool {
    matches!(pattern, Pattern::Blinking { on_ms: on, off_ms: off }
        if (on - on_ms).abs() <= 30.0 + 0.2 * on_ms && (off - off_ms).abs() <= 30.0 + 0.2 * off_ms)
}

fn is_heartbeat(pattern: &Pattern) -> bool {
    blinks(pattern, 100.0, 900.0)
}

fn is_alarm_blink(pattern: &Pattern) -> bool {
    blinks(pattern, 100.0, 100.0)
}

fn boot_banner_and_prompt(board: &Board) -> Outcome {
    let node = board.options().boot()?;
    let banner = node.wait_for_boot()?;
    ensure!(
        banner.version == env!("CARGO_PKG_VERSION"),
        "banner version {} (expected {})",
        banner.version,
        env!("CARGO_PKG_VERSION")
    );
    ensure!(banner.board == board.name(), "banner board `{}`", banner.board);
    let fresh = node.fresh_reset();
    ensure!(banner.reset == fresh, "a fresh boot should report `reset: {fresh}`, got `{}`", banner.reset);
    ensure!(
        banner.last_panic.is_none(),
        "no panic happened, yet the banner says `last panic: {:?}`",
        banner.last_panic
    );
    // Everything up to the first prompt is fixed text (the golden file's is a power-on's; on a serial port each
    // boot is the console's reset).
    let boot_text = node.boot_text().replace(&format!("reset: {fresh}\r"), "reset: power-on\r");
    let end = boot_text
        .find(keel_bench::console::PROMPT)
        .map_or(boot_text.len(), |at| at + keel_bench::console::PROMPT.len());
    check_golden(board, "boot.txt", &boot_text[..end])?;
    // The prompt answers.
    expect_reply(&node, "version", &board.version())?;
    Ok(())
}

fn every_command_gives_its_documented_reply(board: &Board) -> Outcome {
    let node = boot(board)?;
    let help = node.command("help")?;
    for command in ["help", "version", "status", "led", "rate", "thresholds", "log", "reset"] {
        ensure!(
            help.lines.iter().any(|l| l.split_whitespace().next() == Some(command)),
            "`help` should have a line for `{command}`:\n{}",
            help.text()
        );
    }
    check_golden(board, "help.txt", &(help.text() + "\n"))?;
    expect_reply(&node, "version", &board.version())?;
    for mode in ["on", "off", "blink"] {
        expect_reply(&node, &format!("led {mode}"), &format!("ok: led {mode}"))?;
    }
    expect_reply(&node, "rate 50", "ok: rate 50 Hz")?;
    expect_reply(&node, "thresholds 10 40", "ok: thresholds 10.000 .. 40.000 C")?;
    expect_reply(&node, "thresholds -5.5 30.125", "ok: thresholds -5.500 .. 30.125 C")?;
    expect_reply(&node, "log debug", "ok: log debug")?;
    expect_reply(&node, "led on", "ok: led on")?;

    // Once the first sample is in (on a board that samples), every field has its documented form.
    if board.has(Adc) {
        wait_for_status(&node, Duration::from_secs(5), "an ADC reading", |s| s.adc.is_some())?;
    }
    let reply = node.command("status")?;
    let keys: Vec<&str> =
        reply.lines.iter().filter_map(|l| l.split_once(": ").map(|(k, _)| k)).filter(|k| *k != "missing").collect();
    ensure!(keys == STATUS_KEYS, "`status` keys {keys:?}, documented {STATUS_KEYS:?}");
    check_layout(&reply).map_err(|e| node.explain(e))?;
    let status = Status::parse(&reply)?;
    ensure!(status.rate_hz == 50, "status rate {} after `rate 50`", status.rate_hz);
    ensure!(status.thresholds == (-5.5, 30.125), "status thresholds {:?}", status.thresholds);
    ensure!(status.log == "debug", "status log `{}` after `log debug`", status.log);
    ensure!(status.led == "on", "status led `{}` after `led on`", status.led);
    ensure!(status.reset == node.fresh_reset(), "status reset `{}`", status.reset);
    ensure!(status.console_errors == 0, "no error replies yet, status says {}", status.console_errors);
    Ok(())
}

fn defmt_log_decodes_and_log_off_silences_it(board: &Board) -> Outcome {
    let node = boot(board)?;
    node.wait_for_log(0, "", Duration::from_secs(5))?;
    ensure!(node.log_malformed() == 0, "{} defmt frames did not decode with the ELF's table", node.log_malformed());
    ensure!(node.log().iter().all(|l| !l.level.is_empty()), "log lines without a level: {:?}", node.log());
    expect_reply(&node, "log off", "ok: log off")?;
    // Lines logged before the command may still be on their way.
    std::thread::sleep(Duration::from_millis(200));
    let silenced = node.log().len();
    // Make the node busy with things it could log about: a temperature change and an error reply.
    if board.has(Sensor) {
        node.set_temperature(42.0)?;
    }
    expect_reply(&node, "xyz", "error: unknown command `xyz` (try `help`)")?;
    std::thread::sleep(Duration::from_millis(2500));
    let after: Vec<String> = node.log().iter().skip(silenced).map(ToString::to_string).collect();
    ensure!(after.is_empty(), "after `log off` the node still logged: {after:?}");
    ensure!(status(&node)?.log == "off", "status log is not `off` after `log off`");
    Ok(())
}

fn reset_command_reboots_with_software_reason(board: &Board) -> Outcome {
    let node = boot(board)?;
    let events = node.event_count();
    node.console().send_line("reset")?;
    // `ok: reset`, not the whole line: QEMU's FE310 loses the line's last bytes at the reset now and then (about one
    // reset in eight, by hand on a pseudo-terminal), though the firmware waits 2 ms after its transmit queue is empty
    // (`keel_fe310::watchdog::reset_now`). The banner's reset reason below is what this scenario checks.
    node.console().expect("ok: reset")?;
    let banner = node.wait_for_boot()?;
    ensure!(
        banner.reset == "software",
        "after `reset` the banner should say `reset: software`, got `{}`",
        banner.reset
    );
    if node.is_emulated() {
        node.wait_for_event("RESET", events, Duration::from_secs(2))?;
    }
    let status = status(&node)?;
    ensure!(status.reset == "software", "status reset `{}` after `reset`", status.reset);
    Ok(())
}

fn status_matches_injected_state(board: &Board) -> Outcome {
    let node = boot(board)?;
    node.set_temperature(21.5)?;
    expect_reply(&node, "rate 20", "ok: rate 20 Hz")?;
    expect_reply(&node, "thresholds 0 50", "ok: thresholds 0.000 .. 50.000 C")?;
    let first = wait_for_status(&node, Duration::from_secs(5), "temperature 21.500 C", |s| {
        s.temperature == Reading::Celsius(21.5)
    })?;
    std::thread::sleep(Duration::from_millis(1500));
    let second = status(&node)?;
    ensure!(second.rate_hz == 20 && second.alarm == "off" && second.led == "blink", "status {second:?}");
    ensure!(
        second.samples > first.samples,
        "samples did not advance in 1.5 s: {} then {}",
        first.samples,
        second.samples
    );
    ensure!(second.uptime_s > first.uptime_s + 1.0, "uptime {} then {} over 1.5 s", first.uptime_s, second.uptime_s);
    let adc = second.adc.context("`adc: none` after 1.5 s of sampling")?;
    ensure!((0x200..=0x207).contains(&adc.raw), "QEMU's ADC gives 0x200..=0x207, status says raw={}", adc.raw);
    ensure!(adc.min <= adc.mean && adc.mean <= adc.max, "adc {adc:?}");
    ensure!(second.sensor_errors == 0 && second.console_errors == 0, "errors in {second:?}");
    // The periodic telemetry status agrees with the console.
    let start = node.telemetry().len().saturating_sub(50);
    let frame = node.telemetry().wait_for(start, Duration::from_secs(3), "a status with 21.500 C at 20 Hz", |m| {
        matches!(m, Message::Status(s) if s.rate_hz == 20 && s.temperature_mc == Some(21_500) && s.alarm == Alarm::Off)
    })?;
    let Message::Status(telemetry) = frame.frame.message else { unreachable!() };
    ensure!(telemetry.samples > 0 && telemetry.sensor_errors == 0, "telemetry status {telemetry:?}");
    Ok(())
}

/// The line editor through the board's UART, as a person at a terminal uses it (the bench image has it; see
/// docs/console.md): Up recalls the last line, the arrows move in it and typing inserts, Tab completes a command
/// and lists the candidates on a second press, and `help CMD` says what a command takes.
fn console_keys_recall_edit_and_complete(board: &Board) -> Outcome {
    use keel_bench::console::keys::{BACKSPACE, CTRL_C, CTRL_U, DELETE, END, ENTER, HOME, LEFT, TAB, UP};
    let node = boot(board)?;
    let console = node.console();
    let ran = |reply: &keel_bench::Reply, expected: &str, shown: &str| -> Outcome {
        ensure!(reply.lines == [expected], "typing `{}` replied {:?}, not `{expected}`", reply.command, reply.lines);
        ensure!(reply.echo == shown, "typing `{}` showed `{}`, not `{shown}`", reply.command, reply.echo);
        Ok(())
    };
    // The issue's three: `rate 7`, Enter, Up, Enter; `sttus`, Left three times, `a`, Enter; `ra`, Tab.
    ran(&console.command_keys(&[b"rate 7", ENTER])?, "ok: rate 7 Hz", "rate 7")?;
    ran(&console.command_keys(&[UP, ENTER])?, "ok: rate 7 Hz", "rate 7")?;
    let status = console.command_keys(&[b"sttus", LEFT, LEFT, LEFT, b"a", ENTER])?;
    ensure!(status.echo == "status", "the fixed line showed `{}`", status.echo);
    ensure!(status.field("rate") == Some("7 Hz"), "`status` after the edit: {:?}", status.lines);
    ran(&console.command_keys(&[b"ra", TAB, b"9", ENTER])?, "ok: rate 9 Hz", "rate 9")?;
    // Home, End, Delete, Backspace, a word completed after the command, Ctrl-U, and Up past an abandoned line.
    ran(&console.command_keys(&[b"ed b", HOME, b"l", END, TAB, ENTER])?, "ok: led blink", "led blink ")?;
    ran(&console.command_keys(&[b"xrate 33", HOME, DELETE, END, BACKSPACE, ENTER])?, "ok: rate 3 Hz", "rate 3")?;
    ran(&console.command_keys(&[b"reset", CTRL_U, b"version", ENTER])?, &board.version(), "version")?;
    console.type_keys(&[b"rate 55", CTRL_C])?;
    console.wait_for_prompt(console.timeout())?;
    ran(&console.command_keys(&[UP, ENTER])?, &board.version(), "version")?;
    // Two candidates: the first Tab adds what they share (nothing here), the second lists them.
    console.type_keys(&[b"r", TAB, TAB])?;
    let listed = console.expect("keel> r")?;
    ensure!(listed.contains("\r\nrate reset \r\n"), "a second Tab after `r` listed {:?}", listed);
    ran(&console.command_keys(&[b"ate 5", ENTER])?, "ok: rate 5 Hz", "ate 5")?;
    let help = console.command("help rate")?;
    ensure!(
        help.lines == ["usage: rate <hz>", "  sampling rate, 1..=100 Hz", "  example: rate 50"],
        "`help rate` replied {:?}",
        help.lines
    );
    let status = Status::parse(&node.command("status")?)?;
    ensure!(
        status.rate_hz == 5 && status.console_errors == 0,
        "rate {} errors {}",
        status.rate_hz,
        status.console_errors
    );
    Ok(())
}

fn bad_input_gives_one_error_line_and_node_keeps_running(board: &Board) -> Outcome {
    let node = boot(board)?;
    let before = status(&node)?;
    let events = node.event_count();
    let long_line = "a".repeat(81);
    let cases: &[(&str, &str)] = &[
        ("xyz", "error: unknown command `xyz` (try `help`)"),
        ("rate", "error: usage: rate <hz>"),
        ("rate 5 6", "error: usage: rate <hz>"),
        ("rate abc", "error: bad number `abc`"),
        ("rate 0", "error: rate must be 1..=100 Hz"),
        ("rate 101", "error: rate must be 1..=100 Hz"),
        ("thresholds 10 200", "error: threshold must be -55..=125 C"),
        ("thresholds -60 10", "error: threshold must be -55..=125 C"),
        ("thresholds 40 10", "error: low threshold must be below high"),
        ("thresholds x 10", "error: bad number `x`"),
        ("led purple", "error: led takes on, off or blink"),
        ("log loud", "error: log takes off, error, warn, info, debug or trace"),
        (&long_line, "error: line too long (max 80 bytes)"),
        // BEL: a control byte neither editor binds (the full one reads Ctrl-A as Home).
        ("rate \u{7}5", "error: invalid byte 0x07 in line"),
    ];
    for (line, expected) in cases {
        expect_reply(&node, line, expected)?;
    }
    // Binary garbage: the first bad byte is named; the line is discarded at its end.
    node.console().send(&[0xff, 0x00, 0x1b, b'[', b'A', 0x80, b'\r'])?;
    let garbage = node.console().wait_for_prompt(node.console().timeout())?;
    let errors: Vec<&str> = garbage.lines().filter(|l| l.contains("error: ")).collect();
    ensure!(errors.len() == 1, "binary garbage should give one error line, got {errors:?}\n{}", node.report());
    ensure!(errors[0].ends_with("error: invalid byte 0xff in line"), "garbage reply `{}`", errors[0].escape_debug());
    // An 80-byte line is still a line (and an unknown command).
    let longest = "b".repeat(80);
    expect_reply(&node, &longest, &format!("error: unknown command `{longest}` (try `help`)"))?;
    // Line editing: backspace and DEL erase; CR LF counts once.
    expect_reply(&node, "ratx\u{8}e 3\u{7f}30", "ok: rate 30 Hz")?;
    node.console().send(b"version\r\n")?;
    node.console().wait_for_prompt(node.console().timeout())?;
    expect_reply(&node, "version", &board.version())?;

    std::thread::sleep(Duration::from_millis(500));
    let after = status(&node)?;
    let error_replies = cases.len() as u64 + 2;
    ensure!(
        !board.has(Adc) || after.samples > before.samples,
        "sampling stopped: samples {} then {}",
        before.samples,
        after.samples
    );
    ensure!(
        after.uptime_s > before.uptime_s,
        "uptime went back from {} to {} (a reset?)",
        before.uptime_s,
        after.uptime_s
    );
    ensure!(after.reset == node.fresh_reset(), "the node reset: status reset `{}`", after.reset);
    ensure!(after.rate_hz == 30, "rate {} (only `rate 30` was valid)", after.rate_hz);
    ensure!(
        after.console_errors == before.console_errors + error_replies,
        "errors console={} after {error_replies} error replies (was {})",
        after.console_errors,
        before.console_errors
    );
    ensure!(node.resets_since(events) == 0, "QEMU saw a reset during bad input");
    Ok(())
}

fn sensor_values_alarm_and_recovery(board: &Board) -> Outcome {
    let node = boot(board)?;
    expect_reply(&node, "thresholds 10 40", "ok: thresholds 10.000 .. 40.000 C")?;
    let telemetry = node.telemetry();

    node.set_temperature(21.5)?;
    let from = telemetry.len();
    wait_for_status(&node, Duration::from_secs(5), "21.500 C, alarm off", |s| {
        s.temperature == Reading::Celsius(21.5) && s.alarm == "off"
    })?;
    telemetry.wait_for(from, Duration::from_secs(5), "a temperature frame of 21.500 C", |m| {
        *m == Message::Temperature { millicelsius: 21_500 }
    })?;
    wait_for_led(board, &node, "the heartbeat (100 ms on, 900 ms off)", is_heartbeat)?;
    wait_for_display_text(&node, "21.5")?;

    let from = telemetry.len();
    node.set_temperature(85.0)?;
    let hot = wait_for_status(&node, Duration::from_secs(5), "85.000 C, alarm high", |s| {
        s.temperature == Reading::Celsius(85.0)
    })?;
    ensure!(hot.alarm == "high", "85 C is above the high threshold 40 C, yet status says alarm `{}`", hot.alarm);
    telemetry.wait_for(from, Duration::from_secs(5), "a temperature frame of 85.000 C", |m| {
        *m == Message::Temperature { millicelsius: 85_000 }
    })?;
    telemetry
        .wait_for(from, Duration::from_secs(5), "AlarmChanged(High)", |m| *m == Message::AlarmChanged(Alarm::High))?;
    wait_for_led(board, &node, "the alarm blink (100 ms on, 100 ms off)", is_alarm_blink)?;
    let panel = wait_for_display_text(&node, "85.0")?;
    ensure!(
        screen_text(&panel).to_lowercase().contains("high"),
        "the display should show the high alarm:\n{}",
        node.describe_panel(&panel)
    );

    let from = telemetry.len();
    node.set_temperature(21.5)?;
    wait_for_status(&node, Duration::from_secs(5), "21.500 C, alarm off", |s| {
        s.temperature == Reading::Celsius(21.5) && s.alarm == "off"
    })?;
    telemetry
        .wait_for(from, Duration::from_secs(5), "AlarmChanged(Off)", |m| *m == Message::AlarmChanged(Alarm::Off))?;
    wait_for_led(board, &node, "the heartbeat again after the alarm cleared", is_heartbeat)?;
    let panel = wait_for_display_text(&node, "21.5")?;
    ensure!(
        !screen_text(&panel).to_lowercase().contains("high"),
        "the alarm cleared but the display shows:\n{}",
        node.describe_panel(&panel)
    );

    let from = telemetry.len();
    node.set_temperature(-10.0)?;
    let cold =
        wait_for_status(&node, Duration::from_secs(5), "-10.000 C", |s| s.temperature == Reading::Celsius(-10.0))?;
    ensure!(cold.alarm == "low", "-10 C is below the low threshold 10 C, yet status says alarm `{}`", cold.alarm);
    telemetry
        .wait_for(from, Duration::from_secs(5), "AlarmChanged(Low)", |m| *m == Message::AlarmChanged(Alarm::Low))?;
    Ok(())
}

fn failing_sensor_is_reported_not_fatal(board: &Board) -> Outcome {
    let node = boot_with(board.options().without_sensor())?;
    let first = wait_for_status(&node, Duration::from_secs(5), "a failed reading", |s| {
        matches!(s.temperature, Reading::Error(_))
    })?;
    // docs/console.md: QEMU's I2C model reports the missing device as lost arbitration, so the emulated node
    // says `bus` where the real chip says `no device`.
    ensure!(
        first.temperature == Reading::Error("bus".into()),
        "with no sensor on QEMU's bus `status` should say `temperature: error (bus)`, it says `temperature: {}`",
        first.temperature
    );
    ensure!(first.sensor_errors >= 1, "a failed read but errors sensor={}", first.sensor_errors);
    node.telemetry()
        .wait_for(0, Duration::from_secs(5), "SensorError(Bus)", |m| *m == Message::SensorError(SensorFault::Bus))?;
    let later = wait_for_status(&node, Duration::from_secs(6), "more sensor errors", |s| {
        s.sensor_errors > first.sensor_errors
    })?;
    ensure!(
        later.samples > first.samples,
        "sampling stopped with the sensor missing: {} then {}",
        first.samples,
        later.samples
    );
    ensure!(later.reset == "power-on" && later.uptime_s > first.uptime_s, "the node reset: {later:?}");
    expect_reply(&node, "version", &board.version())?;
    Ok(())
}

fn sampling_rate_is_accurate_under_icount(board: &Board) -> Outcome {
    const RATE: f64 = 50.0;
    let node = boot_with(board.options().icount(4).timeout(Duration::from_secs(20)))?;
    expect_reply(&node, "rate 50", "ok: rate 50 Hz")?;
    // Twenty seconds of samples by the firmware's own clock: each sample frame carries its uptime stamp.
    let from = node.telemetry().len();
    let stamp = |m: &Message| match m {
        Message::Sample(sample) => Some(sample.uptime_ms),
        _ => None,
    };
    let first = node.telemetry().wait_for(from, Duration::from_secs(10), "a sample frame", |m| stamp(m).is_some())?;
    let first_ms = stamp(&first.frame.message).expect("a sample");
    let frames = node.telemetry().wait_until(from, Duration::from_secs(60), "20 s of sample frames", |frames| {
        frames
            .iter()
            .rev()
            .find_map(|r| stamp(&r.frame.message))
            .filter(|&ms| ms.wrapping_sub(first_ms) >= 21_000)
            .map(|_| frames.to_vec())
    })?;
    let window: Vec<&keel_bench::Received> = frames
        .iter()
        .filter(|r| stamp(&r.frame.message).is_some_and(|ms| (first_ms + 1_000..first_ms + 21_000).contains(&ms)))
        .collect();
    let samples = window.len();
    let rate = samples as f64 / 20.0;
    ensure!(
        (rate - RATE).abs() <= RATE * 0.001 + 0.05,
        "after `rate 50`, {samples} samples are stamped within 20 s of the firmware's uptime: {rate:.2} per second (50 +- 0.1%)"
    );
    // Every sample the counters report was sent: between two status frames, the `samples` counter grows by
    // the number of sample frames sent between them.
    let statuses: Vec<(usize, u32)> = frames
        .iter()
        .enumerate()
        .filter_map(|(i, r)| match r.frame.message {
            Message::Status(s) => Some((i, s.samples)),
            _ => None,
        })
        .collect();
    let (Some(&(first, a)), Some(&(last, b))) = (statuses.first(), statuses.last()) else {
        bail!("no status frames in 20 s")
    };
    let sent = frames[first..last].iter().filter(|r| matches!(r.frame.message, Message::Sample(_))).count() as u32;
    ensure!(
        sent.abs_diff(b - a) <= 1,
        "the samples counter grew by {} between two status frames, but {sent} sample frames were sent",
        b - a
    );
    Ok(())
}

/// Reads QEMU's virtual clock every 20 ms until it has advanced `virtual_ms` past its first reading.
fn track_virtual_time(node: &Node, virtual_ms: f64, limit: Duration) -> Result<Vec<keel_bench::VirtualTime>> {
    let deadline = Instant::now() + limit;
    let mut readings = vec![node.virtual_time()?];
    while readings.last().expect("one").ms < readings[0].ms + virtual_ms {
        ensure!(
            Instant::now() < deadline,
            "virtual time advanced only {:.0} ms in {limit:?}",
            readings.last().expect("one").ms - readings[0].ms
        );
        // Often: a board that sleeps most of the time runs minutes of virtual time in a second of host time
        // (`sleep=off` skips idle time), and each reading pins the interpolation of the frames around it.
        std::thread::sleep(Duration::from_millis(2));
        readings.push(node.virtual_time()?);
    }
    Ok(readings)
}

/// The rate of `y` against `x`: the median of the slopes between each point and the one half the run later (0 for
/// fewer than two distinct `x`). Each pair spans half the run, so a point whose interpolated virtual time is off by
/// a few hundred ms (a reading late on a loaded host) moves its pair's slope by a few hundredths of a percent, and
/// the median leaves the worst pairs out. A least-squares line let such points at the ends tilt it past 0.1%
/// (0.99765 over ten minutes whose end points agreed to 0.99993).
fn slope(points: &[(f64, f64)]) -> f64 {
    let half = points.len() / 2;
    let mut slopes: Vec<f64> = (0..half)
        .filter_map(|i| {
            let (a, b) = (points[i], points[i + half]);
            (b.0 > a.0).then(|| (b.1 - a.1) / (b.0 - a.0))
        })
        .collect();
    if slopes.is_empty() {
        return 0.0;
    }
    slopes.sort_by(f64::total_cmp);
    slopes[slopes.len() / 2]
}

/// The virtual time at host instant `at`, interpolated between the readings around it.
fn virtual_ms_at(readings: &[keel_bench::VirtualTime], at: Instant) -> Option<f64> {
    let pair = readings.windows(2).find(|w| w[0].host <= at && at <= w[1].host)?;
    let span = (pair[1].host - pair[0].host).as_secs_f64();
    let part = if span > 0.0 { (at - pair[0].host).as_secs_f64() / span } else { 0.0 };
    Some(pair[0].ms + part * (pair[1].ms - pair[0].ms))
}

/// The status frames that arrived while `readings` were taken: (virtual ms, the status).
fn statuses_in(node: &Node, readings: &[keel_bench::VirtualTime]) -> Vec<(f64, keel_bench::keel_proto::Status)> {
    node.telemetry()
        .since(0)
        .into_iter()
        .filter_map(|r| match r.frame.message {
            Message::Status(status) => Some((virtual_ms_at(readings, r.at)?, status)),
            _ => None,
        })
        .collect()
}

/// How far the uptime's rate may be from virtual time's. The measurement's own spread sets it: each frame's virtual
/// time is interpolated between the host's readings, and on a board that wakes five times a second (the HiFive1)
/// QEMU skips idle time in jumps that put single runs' rates from 0.99765 to 1.00120 here, by least squares or
/// by a median. A clock wrong by a rounding of its tick (32,768 against 32,000 Hz is 2.4%) is far outside it.
const UPTIME_TOLERANCE: f64 = 0.0025;

fn uptime_keeps_virtual_time_under_icount(board: &Board) -> Outcome {
    // Ten minutes of virtual time: the firmware's uptime must agree with QEMU's clock within UPTIME_TOLERANCE (and,
    // where it samples, its sample count at 10 Hz with its uptime within 0.1%: 6,000 samples, 6 either way). At
    // 100 Hz the 60,000 frames, each byte through QEMU's UART to the bench's socket, took 50 s of the host's time on
    // the LM3S6965EVB, the longest scenario of the suite; `sampling_rate_is_accurate_under_icount` checks 100 Hz.
    let node = boot_with(board.options().icount(4).timeout(Duration::from_secs(20)))?;
    expect_reply(&node, "rate 10", "ok: rate 10 Hz")?;
    let readings = track_virtual_time(&node, 600_000.0, Duration::from_secs(400))?;
    std::thread::sleep(Duration::from_millis(50));
    let statuses = statuses_in(&node, &readings);
    let (Some((v1, first)), Some((v2, last))) = (statuses.get(1), statuses.last()) else {
        bail!("fewer than two status frames in 10 minutes of virtual time")
    };
    let virtual_ms = v2 - v1;
    let uptime_ms = f64::from(last.uptime_ms.wrapping_sub(first.uptime_ms));
    // The rate of uptime against virtual time is the median slope between status frames half the run apart (the
    // first frame skipped), not the ratio of two end points: each frame's virtual time is interpolated from the
    // host's readings, and a board that wakes rarely lets virtual time jump a few hundred ms between readings
    // (-icount sleep=off skips idle time), which one pair of points would carry into the ratio whole.
    let points: Vec<(f64, f64)> =
        statuses[1..].iter().map(|(v, s)| (*v, f64::from(s.uptime_ms.wrapping_sub(first.uptime_ms)))).collect();
    let rate = slope(&points);
    eprintln!(
        "{}: {uptime_ms:.0} ms of uptime in {virtual_ms:.0} ms of virtual time (rate {rate:.5} over {} frames)",
        board.name(),
        points.len()
    );
    ensure!(
        (rate - 1.0).abs() <= UPTIME_TOLERANCE,
        "over {virtual_ms:.0} ms of QEMU's virtual time the firmware's uptime advanced {uptime_ms:.0} ms (rate {rate:.5} over {} status frames, 1 +- {UPTIME_TOLERANCE})",
        points.len()
    );
    if board.has(Adc) {
        let sampled_ms = f64::from(last.samples - first.samples) * 100.0;
        eprintln!("{}: {} samples at 10 Hz in {uptime_ms:.0} ms of uptime", board.name(), last.samples - first.samples);
        ensure!(
            (sampled_ms / uptime_ms - 1.0).abs() <= 0.001,
            "at 10 Hz over {uptime_ms:.0} ms of uptime the node took {} samples ({sampled_ms:.0} ms of sampling; 1 +- 0.001)",
            last.samples - first.samples
        );
    }
    Ok(())
}

fn uptime_keeps_host_time_without_icount(board: &Board) -> Outcome {
    // Without -icount QEMU's clock follows the host's: over 20 s the firmware's uptime must agree within 1%,
    // busy host or not (the uptime is read from a counter, not counted from interrupts that can be lost).
    // A frame reaches the host some time after the node stamps it, and on a loaded host (a serial port's reader
    // behind four QEMU scenarios) that delay can be a second. It is never negative, so each end of the 20 s uses
    // the frame that arrived soonest after its stamp among the status frames of its first or last 6 s.
    let node = boot(board)?;
    let from = node.telemetry().len();
    let is_status = |m: &Message| matches!(m, Message::Status(_));
    node.telemetry().wait_for(from, Duration::from_secs(5), "a status frame", is_status)?;
    std::thread::sleep(Duration::from_secs(20));
    node.telemetry().wait_for(node.telemetry().len(), Duration::from_secs(5), "a status frame", is_status)?;
    let frames = node.telemetry().since(from);
    let Some(origin) = frames.first().map(|f| f.at) else { bail!("no frames") };
    // (uptime in ms, host time in ms since the first frame) of each status frame.
    let stamps: Vec<(f64, f64)> = frames
        .iter()
        .filter_map(|f| match f.frame.message {
            Message::Status(s) => Some((f64::from(s.uptime_ms), (f.at - origin).as_secs_f64() * 1000.0)),
            _ => None,
        })
        .collect();
    let (Some(&(first_uptime, _)), Some(&(last_uptime, _))) = (stamps.first(), stamps.last()) else {
        bail!("no status frames")
    };
    let soonest = |window: &mut dyn Iterator<Item = &(f64, f64)>| {
        window.min_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0))).copied().unwrap_or_default()
    };
    let start = soonest(&mut stamps.iter().filter(|(uptime, _)| *uptime < first_uptime + 6000.0));
    let end = soonest(&mut stamps.iter().filter(|(uptime, _)| *uptime > last_uptime - 6000.0));
    let (uptime_ms, host_ms) = (end.0 - start.0, end.1 - start.1);
    eprintln!(
        "{}: {uptime_ms:.0} ms of uptime in {host_ms:.0} ms of host time (ratio {:.4})",
        board.name(),
        uptime_ms / host_ms
    );
    ensure!(
        host_ms > 8_000.0 && (uptime_ms / host_ms - 1.0).abs() <= 0.01,
        "over {host_ms:.0} ms of host time the firmware's uptime advanced {uptime_ms:.0} ms (ratio {:.4}, 1 +- 0.01)",
        uptime_ms / host_ms
    );
    Ok(())
}

fn wakeups_stay_a_few_dozen_with_the_led_steady(board: &Board) -> Outcome {
    // Tickless: at 10 Hz with the LED held steady the core wakes for samples, console bytes, the loop's jobs
    // (watchdog check 4/s, sensor 1/s, status 1/s, button polls where there are no edge interrupts) and the
    // uptime counter's restart (3.3/s): a few dozen times a second, not the thousand of a 1 ms tick.
    let node = boot(board)?;
    expect_reply(&node, "led on", "ok: led on")?;
    expect_reply(&node, "rate 10", "ok: rate 10 Hz")?;
    std::thread::sleep(Duration::from_millis(2500));
    let wakeups = status(&node)?.wakeups_per_s.context("`wakeups: none` after 2.5 s")?;
    eprintln!("{}: {wakeups} wake-ups a second at 10 Hz with the LED steady", board.name());
    ensure!(
        (1..=40).contains(&wakeups),
        "{wakeups} wake-ups a second at 10 Hz with the LED steady (expected a few dozen)"
    );
    Ok(())
}

fn buttons_change_the_display_page(board: &Board) -> Outcome {
    let node = boot(board)?;
    let on_page =
        |title: &'static str| move |panel: &Panel| panel.find_text(title, &FONT_6X10).is_some_and(|(_, y)| y < 12);
    node.wait_for_screen(Duration::from_secs(5), "page `Readings` at the top", on_page("Readings"))?;
    for (button, title) in
        [(Button::Right, "Counters"), (Button::Left, "Readings"), (Button::Down, "Counters"), (Button::Up, "Readings")]
    {
        node.press(button)?;
        node.wait_for_screen(
            Duration::from_secs(3),
            &format!("page `{title}` after pressing {button:?}"),
            on_page(title),
        )?;
    }
    Ok(())
}

fn stack_use_stays_within_the_reservation(board: &Board) -> Outcome {
    // Exercise the deepest paths the node has: every command (status is the longest reply), an alarm with
    // its display banner, both display pages and a panic-free error reply; then read the high-water mark.
    let node = boot(board)?;
    if board.has(Sensor) {
        node.set_temperature(85.0)?;
        wait_for_status(&node, Duration::from_secs(5), "the alarm after 85 C", |s| s.alarm == "high")?;
    }
    for line in ["help", "version", "status", "thresholds -10.5 40.25", "rate 100", "log debug", "led off", "dance"] {
        node.command(line)?;
    }
    if board.has(Buttons) {
        node.press(Button::Right)?;
        node.press(Button::Select)?;
    }
    node.command("status")?;
    let stack = node.stack_use().map_err(|e| node.explain(e))?;
    eprintln!("stack: peak {} of {} bytes reserved ({} available)", stack.peak, stack.reserved, stack.available);
    ensure!(stack.peak > 0, "the stack reads as never used: the paint or the read-back is broken");
    ensure!(
        stack.peak <= stack.reserved,
        "the stack reached {} bytes, past the {} bytes memory.x reserves: raise `_keel_stack_size` (and the RAM budget)",
        stack.peak,
        stack.reserved
    );
    Ok(())
}

fn display_shows_temperature_and_updates(board: &Board) -> Outcome {
    let node = boot(board)?;
    node.set_temperature(21.5)?;
    let panel = wait_for_display_text(&node, "21.5")?;
    // The title bar is deterministic: compare it with the committed picture.
    golden::check_panel(&format!("{}/display-readings-title.png", board.name()), &panel.region(0, 0, 128, 12))
        .map_err(|e| node.explain(e))?;
    node.set_temperature(30.25)?;
    let panel = wait_for_display_text(&node, "30.25")?;
    ensure!(
        !screen_text(&panel).contains("21.5"),
        "the old temperature is still shown:\n{}",
        node.describe_panel(&panel)
    );
    Ok(())
}

fn watchdog_resets_a_stalled_node(board: &Board) -> Outcome {
    let node = boot(board)?;
    let events = node.event_count();
    node.console().send_line("test stall")?;
    if node.is_emulated() {
        node.wait_for_event("WATCHDOG", events, Duration::from_secs(20))?;
        node.wait_for_event("RESET", events, Duration::from_secs(5))?;
    }
    let banner = node.wait_for_boot_within(Duration::from_secs(20))?;
    ensure!(
        banner.reset == "watchdog",
        "after a watchdog reset the banner should say `reset: watchdog`, got `{}`",
        banner.reset
    );
    let status = status(&node)?;
    ensure!(status.reset == "watchdog", "status reset `{}` after the watchdog", status.reset);
    // One reset, not a loop: a watchdog restarted without clearing what survives its reset (the FE310's count
    // and pending bit) fires again at once. Past a whole timeout (2 s) more, no second WATCHDOG event, and the
    // node still answers.
    let after_reset = node.event_count();
    std::thread::sleep(Duration::from_secs(3));
    ensure!(
        !node.is_emulated() || node.wait_for_event("WATCHDOG", after_reset, Duration::ZERO).is_err(),
        "the watchdog fired again after the reset it caused: a reset loop"
    );
    let later = self::status(&node)?;
    ensure!(later.reset == "watchdog", "the node rebooted again after the watchdog reset (reset `{}`)", later.reset);
    // On a board whose resets only the console shows: a second watchdog reset would have started the uptime again.
    ensure!(
        later.uptime_s > status.uptime_s + 2.0,
        "the uptime went from {} s to {} s in 3 s: the node rebooted again (a reset loop)",
        status.uptime_s,
        later.uptime_s
    );
    Ok(())
}

/// Boots `board`, types `test <misbehaviour>` and waits for the node to come back: the new banner must give
/// `reason` as the reset's; returns the node and the report it kept of the failure (its `last panic:` line).
fn misbehave_until_reset(board: &Board, misbehaviour: &str, reason: &str) -> Result<(Node, String)> {
    let node = boot(board)?;
    node.console().send_line(&format!("test {misbehaviour}"))?;
    let banner = node.wait_for_boot_within(Duration::from_secs(15))?;
    ensure!(
        banner.reset == reason,
        "after `test {misbehaviour}` the banner should say `reset: {reason}`, got `{}`",
        banner.reset
    );
    let report = banner.last_panic.with_context(|| format!("no `last panic:` line after `test {misbehaviour}`"))?;
    Ok((node, report))
}

fn panic_is_stored_and_reported_after_reset(board: &Board) -> Outcome {
    let (node, message) = misbehave_until_reset(board, "panic", "panic")?;
    ensure!(
        message.contains("test panic requested"),
        "`last panic: {message}` lacks the message `test panic requested`"
    );
    ensure!(node.is_running(), "QEMU exited on the panic; the release strategy is store-and-reset");
    let status = status(&node)?;
    ensure!(status.reset == "panic", "status reset `{}` after the panic", status.reset);
    Ok(())
}

/// A real fault (`test fault`: an undefined instruction) is reported at the next boot with the instruction's
/// address, and that address, looked up in the image (`keel_bench::symbols`, as `cargo xtask crash` does), names
/// the function that faulted.
fn a_fault_is_reported_with_the_function_that_faulted(board: &Board) -> Outcome {
    let (node, report) = misbehave_until_reset(board, "fault", "fault")?;
    let symbols = keel_bench::symbols::Symbolizer::open(node.elf())?;
    let explained = symbols.explain(&report);
    ensure!(
        explained.iter().any(|line| line.contains("platform::fault_now")),
        "the report `{report}` does not lead to the function that faulted: {explained:#?}"
    );
    eprintln!("{}: {report}\n  {}", board.name(), explained.join("\n  "));
    Ok(())
}

/// The firmware's self-check: a node as built has nothing `miswired:`; after `test unwire` has disabled one of the
/// interrupts its board binds, `status` names it (and the console, which needs none of those, still answers).
fn self_check_reports_a_disabled_interrupt(board: &Board) -> Outcome {
    const NAMES: [&str; 7] =
        ["console-irq", "sampling-irq", "alarm-irq", "buttons-irq", "work-irq", "uptime", "telemetry-irq"];
    let node = boot(board)?;
    let before = node.command("status")?;
    ensure!(
        !before.lines.iter().any(|line| line.starts_with("miswired:")),
        "a freshly booted node reports its own wiring wrong:\n{}",
        before.text()
    );
    // Both lines at once, so that `status` runs right after the interrupt goes: on a board where that interrupt
    // is what wakes the loop to feed the watchdog (the HiFive1's machine timer), the node resets two seconds
    // later, and a loaded host can take that long between two commands.
    let console = node.console();
    console.send(b"test unwire\rstatus\r")?;
    let unwired = console.wait_for_prompt(console.timeout())?;
    ensure!(unwired.contains("ok: test unwire"), "`test unwire` answered {unwired:?}");
    let after = keel_bench::Reply::parse("status", &console.wait_for_prompt(console.timeout())?);
    let line = after
        .lines
        .iter()
        .find(|line| line.starts_with("miswired:"))
        .with_context(|| format!("no `miswired:` line after `test unwire`:\n{}", after.text()))?;
    let named: Vec<&str> = line.trim_start_matches("miswired:").split_whitespace().collect();
    ensure!(
        !named.is_empty() && named.iter().all(|name| NAMES.contains(name)),
        "`{line}` should name what was disabled, among {NAMES:?}"
    );
    ensure!(!named.contains(&"console-irq"), "`{line}`: the console answered, so its interrupt is on");
    Ok(())
}

fn shipped_firmware_has_no_test_commands(board: &Board) -> Outcome {
    let node = boot_with(board.options().release())?;
    expect_reply(&node, "test panic", "error: unknown command `test` (try `help`)")?;
    let help = node.command("help")?;
    ensure!(
        !help.lines.iter().any(|l| l.trim_start().starts_with("test")),
        "the shipped `help` lists a test command:\n{}",
        help.text()
    );
    expect_reply(&node, "version", &board.version())?;
    Ok(())
}

fn flood_is_survived_and_drops_are_counted(board: &Board) -> Outcome {
    /// 115200 baud, 8N1: ten bits per byte.
    const BYTES_PER_SECOND: f64 = 11_520.0;
    const FLOOD_MS: f64 = 4_000.0;
    // Out of range however bytes are lost from it (a lost digit or CR must not make a valid `rate`).
    const LINE: &[u8] = b"rate 0000\r";
    // Deterministic mode: the flood is paced in virtual time, and a busy host cannot starve the guest of
    // its own interrupts (virtual time only moves while the guest runs).
    let node = boot_with(board.options().icount(4).timeout(Duration::from_secs(20)))?;
    expect_reply(&node, "rate 100", "ok: rate 100 Hz")?;
    let telemetry = node.telemetry();
    let status_frame = |from: usize| {
        telemetry.wait_for(from, Duration::from_secs(10), "a status frame", |m| matches!(m, Message::Status(_))).map(
            |r| match r.frame.message {
                Message::Status(s) => s,
                _ => unreachable!(),
            },
        )
    };
    let before = status_frame(telemetry.len())?;
    let before_at = node.virtual_time()?;
    let events = node.event_count();
    let start = node.console().position();

    // Four seconds of virtual time at full line speed, all of it sent however late the host reads the clock: on
    // a loaded host one QMP round trip can outlast the flood (virtual time runs on while the guest sleeps), and
    // what is due by then goes at once.
    let total = (FLOOD_MS / 1000.0 * BYTES_PER_SECOND) as usize;
    let mut sent = 0;
    loop {
        let now = node.virtual_time()?;
        let elapsed = now.ms - before_at.ms;
        let due = ((elapsed / 1000.0 * BYTES_PER_SECOND) as usize).min(total);
        while sent + LINE.len() <= due {
            node.console().send(LINE)?;
            sent += LINE.len();
        }
        if elapsed >= FLOOD_MS {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let lines = sent / LINE.len();
    ensure!(lines > 1000, "only {lines} lines sent during the flood");

    // Replies resume: an empty line, then a command. First the node works off what it queued: wait until the
    // console has been quiet for a while (a board whose UART model waits on the host's socket prints the
    // flood's replies for a while after the flood ends).
    node.console().send(b"\r")?;
    let quiet_deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let printed = node.console().position();
        std::thread::sleep(Duration::from_millis(300));
        if node.console().position() == printed || Instant::now() >= quiet_deadline {
            break;
        }
    }
    node.console().skip_all();
    node.console().send(b"\r")?;
    node.console().wait_for_prompt(Duration::from_secs(10))?;
    // What the flood produced, before the replies to the commands below add their own digits.
    let flood_text = node.console().text_since(start);
    expect_reply(&node, "version", &board.version())?;
    let after = status_frame(telemetry.len())?;
    let after_at = node.virtual_time()?;
    let counters = status(&node)?;

    ensure!(node.resets_since(events) == 0, "the node reset during the flood\n{}", node.report());
    ensure!(counters.reset == "power-on", "the node restarted during the flood: {counters:?}");
    ensure!(!node.console().text_since(start).contains("Keel "), "a boot banner appeared during the flood");

    // Every sample tick (100 per second of virtual time) is either taken or counted as dropped.
    if !board.has(Adc) {
        ensure!(after.samples == 0 && after.dropped_samples == 0, "a board without samples reports some: {after:?}");
        return check_flood_bytes(&counters, before.dropped_bytes, &flood_text, sent, lines);
    }
    let seconds = (after_at.ms - before_at.ms) / 1000.0;
    let ticks = seconds * 100.0;
    let accounted = f64::from(after.samples + after.dropped_samples - before.samples - before.dropped_samples);
    ensure!(
        (accounted - ticks).abs() <= ticks * 0.02 + 3.0,
        "over {seconds:.2} s of virtual time at 100 Hz, {accounted} samples were taken or counted dropped (expected about \
         {ticks:.0}: {} taken, {} dropped)",
        after.samples - before.samples,
        after.dropped_samples - before.dropped_samples
    );

    check_flood_bytes(&counters, before.dropped_bytes, &flood_text, sent, lines)
}

/// After a flood of `lines` lines (`sent` bytes) that made the console print `text`: every byte was either
/// handled (echoed, and its line answered) or counted as dropped.
fn check_flood_bytes(counters: &Status, dropped_before: u32, text: &str, sent: usize, lines: usize) -> Outcome {
    let dropped_bytes = counters.dropped_bytes - u64::from(dropped_before);
    let replies = text.matches("error: rate must be 1..=100 Hz").count();
    let echoed_zeros: usize = text.lines().filter(|l| !l.contains("error: ")).map(|l| l.matches('0').count()).sum();
    if dropped_bytes == 0 {
        ensure!(
            replies == lines && echoed_zeros == lines * 4,
            "no byte counted as dropped, yet of {lines} lines sent {replies} were answered and {echoed_zeros} of {} digits echoed",
            lines * 4
        );
    } else {
        ensure!(dropped_bytes as usize <= sent, "{dropped_bytes} bytes counted dropped of {sent} sent");
        ensure!(
            replies < lines || echoed_zeros < lines * 4,
            "{dropped_bytes} bytes counted dropped but every line was handled"
        );
    }
    // Before the flood only `rate 100` was sent, so every console error is from the flood.
    ensure!(
        counters.console_errors as usize >= replies,
        "errors console is {} but {replies} error replies were printed",
        counters.console_errors
    );
    Ok(())
}

/// A link slower than the data, at its extreme (`test jam`: the telemetry UART sends nothing for two seconds). At
/// 100 Hz the queue fills within a tenth of a second; every frame that does not fit is dropped whole and counted,
/// while sampling and the console go on. Every frame that arrives decodes, and the gaps in their sequence numbers
/// (the node numbers each frame before it is queued) are exactly the frames `status` says it dropped.
fn a_jammed_link_drops_whole_frames_and_counts_them(board: &Board) -> Outcome {
    let node = boot(board)?;
    expect_reply(&node, "rate 100", "ok: rate 100 Hz")?;
    let before = status(&node)?;
    ensure!(before.dropped_frames == 0, "frames dropped before the jam: {before:?}");
    expect_reply(&node, "test jam", "ok: test jam")?;
    std::thread::sleep(Duration::from_millis(1000));
    let during = status(&node)?;
    ensure!(during.samples > before.samples, "sampling stopped while the link was jammed: {during:?}");
    // The jam lasts two seconds, lifted at the loop's next run after them; the count comes at its next tick.
    std::thread::sleep(Duration::from_millis(2500));
    let telemetry = node.telemetry();
    let frames_after = |what: &str| {
        telemetry.wait_until(telemetry.len(), Duration::from_secs(5), what, |frames| (frames.len() >= 50).then_some(()))
    };
    // Frames flow again: a second of them, so that every gap is closed by a frame after it and the count is final.
    frames_after("frames after the jam")?;
    let after = status(&node)?;
    ensure!(after.dropped_frames > 0, "no frame counted as dropped after a two-second jam at 100 Hz: {after:?}");
    frames_after("more frames after the jam")?;
    let last = status(&node)?;
    ensure!(
        last.dropped_frames == after.dropped_frames,
        "frames still dropped after the jam was lifted: {} then {}",
        after.dropped_frames,
        last.dropped_frames
    );
    ensure!(telemetry.errors().is_empty(), "frames that did not decode: {:?}", telemetry.errors());
    let sequences: Vec<u32> = telemetry.since(0).iter().map(|r| r.frame.sequence).collect();
    let gaps: u64 = sequences.windows(2).map(|w| u64::from(w[1].wrapping_sub(w[0]).wrapping_sub(1))).sum();
    eprintln!(
        "{}: {} frames dropped whole during the jam, {gaps} missing from the sequence numbers",
        board.name(),
        last.dropped_frames
    );
    ensure!(
        gaps == last.dropped_frames,
        "{gaps} frames are missing from the sequence numbers, but status counts {} dropped",
        last.dropped_frames
    );
    // The status frames say it too (protocol 3): the newest agrees with `status`.
    let newest = statuses_of(&telemetry.since(0)).last().copied().context("no status frame")?;
    ensure!(
        newest.dropped_frames == Some(last.dropped_frames as u32),
        "the newest status frame counts {:?} dropped frames, `status` {}",
        newest.dropped_frames,
        last.dropped_frames
    );
    Ok(())
}

/// The status messages among received frames, in order.
fn statuses_of(frames: &[keel_bench::Received]) -> Vec<keel_bench::keel_proto::Status> {
    frames
        .iter()
        .filter_map(|r| match r.frame.message {
            Message::Status(s) => Some(s),
            _ => None,
        })
        .collect()
}

fn telemetry_status_frames_arrive_in_order(board: &Board) -> Outcome {
    let node = boot(board)?;
    let telemetry = node.telemetry();
    // The node sends a status frame every second; three in a row, numbered in order, agreeing with `status`.
    telemetry.wait_until(0, Duration::from_secs(10), "three status frames", |frames| {
        (frames.iter().filter(|r| matches!(r.frame.message, Message::Status(_))).count() >= 3).then_some(())
    })?;
    let frames = telemetry.since(0);
    for pair in frames.windows(2) {
        ensure!(
            pair[1].frame.sequence == pair[0].frame.sequence.wrapping_add(1),
            "telemetry sequence numbers jump from {} to {}",
            pair[0].frame.sequence,
            pair[1].frame.sequence
        );
    }
    ensure!(telemetry.errors().is_empty(), "undecodable telemetry frames: {:?}", telemetry.errors());
    let statuses = statuses_of(&frames);
    ensure!(
        statuses.windows(2).all(|w| w[1].uptime_ms > w[0].uptime_ms),
        "status frames' uptime does not advance: {statuses:?}"
    );
    let console = status(&node)?;
    let last = statuses.last().expect("three status frames");
    ensure!(
        u64::from(last.rate_hz) == u64::from(console.rate_hz) && last.reset_reason == fresh_reset_reason(&node),
        "the status frame {last:?} disagrees with `status` {console:?}"
    );
    Ok(())
}

/// The telemetry's name for [`Node::fresh_reset`].
fn fresh_reset_reason(node: &Node) -> keel_bench::keel_proto::ResetReason {
    if node.is_emulated() {
        keel_bench::keel_proto::ResetReason::PowerOn
    } else {
        keel_bench::keel_proto::ResetReason::Software
    }
}

fn stalled_node_stops_feeding_the_watchdog(board: &Board) -> Outcome {
    // The watchdog policy itself, on every board (whether or not the emulator models the watchdog): once the
    // node stalls, the runtime's check says so and stops feeding.
    let node = boot(board)?;
    let from = node.log().len();
    expect_reply(&node, "test stall", "ok: test stall")?;
    node.wait_for_log(from, "not feeding the watchdog", Duration::from_secs(8))?;
    Ok(())
}

fn led_command_drives_the_led(board: &Board) -> Outcome {
    let node = boot(board)?;
    wait_for_led(board, &node, "the heartbeat (100 ms on, 900 ms off) after boot", is_heartbeat)?;
    expect_reply(&node, "led on", "ok: led on")?;
    wait_for_led(board, &node, "steady on after `led on`", |p| *p == Pattern::Steady { high: true })?;
    expect_reply(&node, "led off", "ok: led off")?;
    wait_for_led(board, &node, "steady off after `led off`", |p| *p == Pattern::Steady { high: false })?;
    expect_reply(&node, "led blink", "ok: led blink")?;
    wait_for_led(board, &node, "the heartbeat again after `led blink`", is_heartbeat)?;
    Ok(())
}

/// The select button reaches the node, seen through `status` rather than the LED itself, so it runs on a desk too,
/// with a person pressing the button (B1 on the Nucleo boards, whose interrupt the self-check also verifies).
fn select_button_reaches_the_node(board: &Board) -> Outcome {
    let node = boot(board)?;
    let before = status(&node)?.led;
    ensure!(before == "blink", "a fresh node's LED should blink the heartbeat, status says led `{before}`");
    node.press(Button::Select)?;
    let first = wait_for_status(&node, node.input_wait(), "the LED held steady by select", |s| s.led != "blink")?.led;
    ensure!(first == "on" || first == "off", "after select, status says led `{first}`");
    // The first press's release must outlast the debouncer (20 ms) before the next press, or it is a bounce.
    std::thread::sleep(Duration::from_millis(200));
    let other = if first == "on" { "off" } else { "on" };
    node.press(Button::Select)?;
    wait_for_status(&node, node.input_wait(), &format!("led {other} after a second select"), |s| s.led == other)?;
    Ok(())
}

fn select_button_toggles_the_led(board: &Board) -> Outcome {
    let node = boot(board)?;
    wait_for_led(board, &node, "the heartbeat before select", is_heartbeat)?;
    node.press(Button::Select)?;
    let first = wait_for_led(board, &node, "steady after select", |p| matches!(p, Pattern::Steady { .. }))?;
    let Pattern::Steady { high } = first else { unreachable!() };
    let led = status(&node)?.led;
    ensure!(
        led == if high { "on" } else { "off" },
        "the LED is steady {} but status says led `{led}`",
        if high { "on" } else { "off" }
    );
    node.press(Button::Select)?;
    wait_for_led(board, &node, "steady at the other level after a second select", |p| {
        *p == Pattern::Steady { high: !high }
    })?;
    Ok(())
}

fn cpu_load_is_reported_and_follows_the_work(board: &Board) -> Outcome {
    // The busy share of each second, measured around the idle loop's `wfi`, in `status` and in the status
    // telemetry (protocol 2); on a board that samples, 100 Hz costs more than 1 Hz.
    let node = boot_with(board.options().icount(4).timeout(Duration::from_secs(20)))?;
    let load_at = |hz: u32| -> Result<f64> {
        expect_reply(&node, &format!("rate {hz}"), &format!("ok: rate {hz} Hz"))?;
        // Two whole seconds at the new rate, by the firmware's clock, then the next status frame's figure.
        let from = node.telemetry().len();
        let frame = node.telemetry().wait_until(
            from,
            Duration::from_secs(30),
            "a status frame 2 s after the change",
            |frames| statuses_of(frames).get(2).copied(),
        )?;
        let ppm = frame.cpu_ppm.context("a status frame without the CPU load (protocol 1?)")?;
        ensure!(frame.wakeups_per_s.is_some(), "a status frame without the wake-up count: {frame:?}");
        Ok(f64::from(ppm) / 10_000.0)
    };
    let low = load_at(1)?;
    let reported = status(&node)?;
    let cpu = reported.cpu_percent.context("`load: none` after seconds of running")?;
    ensure!((0.0..=100.0).contains(&cpu), "status says cpu={cpu}%");
    if board.has(Adc) {
        let high = load_at(100)?;
        eprintln!("{}: CPU busy {low:.1}% at 1 Hz, {high:.1}% at 100 Hz", board.name());
        ensure!(high > low, "sampling at 100 Hz shows no more CPU load ({high}%) than at 1 Hz ({low}%)");
    }
    Ok(())
}
