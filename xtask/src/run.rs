//! `cargo xtask run` and `cargo xtask screenshot`: boot a board's shipped release firmware in QEMU.
//!
//! `run` relays the console (UART0) to this terminal, decodes the defmt log on the host and prints each log
//! line above the console's prompt (`console.rs`), and writes the decoded telemetry (UART1, or the frames a one-UART board sends
//! in its defmt stream) to a file, summarised at exit.
//! `screenshot` boots in the background and saves the display as a PNG. The QEMU command line and the
//! decoders are the scenario bench's (`keel-bench`), so a run looks exactly like a test boot.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use keel_bench::keel_proto::Message;
use keel_bench::qemu::{Endpoint, QemuCommand};
use keel_bench::qmp::Qmp;
use keel_bench::{defmt_log, telemetry, Flavour, Options};
use serde_json::json;

use crate::boards::{self, Board};
use crate::build;
use crate::console;

/// Arguments of `cargo xtask run`.
#[derive(clap::Args)]
pub struct RunArgs {
    /// Board to run (default: the board marked `default` in its keel.toml).
    #[arg(long)]
    pub board: Option<String>,
    /// Open QEMU's window showing the board's display, where one is available.
    #[arg(long)]
    pub display: bool,
    /// Boot this ELF instead of building the release firmware (a board folder's `cargo run` passes its
    /// freshly built binary here).
    #[arg(long)]
    pub elf: Option<PathBuf>,
    /// What the emulated temperature sensor reads, in degrees C (QEMU's TMP105 model starts at 0).
    /// Above the alarm band (`thresholds` in the shell, 0 .. 50 C at boot) the LED blinks fast.
    #[arg(long, default_value_t = 22.5, allow_hyphen_values = true, value_name = "CELSIUS")]
    pub temperature: f64,
    /// Boot the test flavour (the `bench` feature): the shell's `test stall|panic|unwire|fault|jam` commands, to try
    /// the failure paths and see their reports (a fault's explained under the log's report).
    #[arg(long)]
    pub bench: bool,
}

/// Arguments of `cargo xtask screenshot`.
#[derive(clap::Args)]
pub struct ScreenshotArgs {
    /// Board to boot (default: the board marked `default` in its keel.toml).
    #[arg(long)]
    pub board: Option<String>,
    /// Where to save the PNG (default: target/keel/<board>/screen.png).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// How long after the boot prompt to take the picture, in milliseconds.
    #[arg(long, default_value_t = 2000)]
    pub after_ms: u64,
    /// What the emulated temperature sensor reads, in degrees C.
    #[arg(long, default_value_t = 22.5, allow_hyphen_values = true, value_name = "CELSIUS")]
    pub temperature: f64,
}

/// The bench's view of a board's QEMU machine (the same `keel.toml` table xtask read).
fn machine(board: &Board) -> Result<keel_bench::board::QemuMachine> {
    let qemu = board
        .qemu
        .as_ref()
        .with_context(|| format!("QEMU does not emulate `{}` (its keel.toml has no [qemu] table)", board.name))?;
    Ok(keel_bench::board::QemuMachine {
        system: qemu.system.clone(),
        machine: qemu.machine.clone(),
        args: qemu.args.clone(),
    })
}

/// Set-up, then the shipped release firmware of `name` (or the default board).
pub fn firmware(name: Option<&str>) -> Result<(Board, PathBuf)> {
    firmware_of(name, build::Flavour::Release)
}

/// Set-up, then the firmware of `name` (or the default board) in `flavour`.
fn firmware_of(name: Option<&str>, flavour: build::Flavour) -> Result<(Board, PathBuf)> {
    crate::setup::run(&Default::default())?;
    let board = boards::one_or_default(name)?;
    machine(&board)?;
    let elf = build::firmware(&board, flavour)?;
    Ok((board, elf))
}

/// Runs `cargo xtask run`.
pub fn run(args: &RunArgs) -> Result<()> {
    let (board, elf) = match &args.elf {
        Some(elf) => {
            let board = match args.board.as_deref() {
                Some(name) => boards::one_or_default(Some(name))?,
                None => boards::by_elf(elf)?,
            };
            (board, std::path::absolute(elf)?)
        }
        None if args.bench => firmware_of(args.board.as_deref(), build::Flavour::Bench)?,
        None => firmware(args.board.as_deref())?,
    };
    // Sockets in a short private folder (unix socket paths are limited to 108 bytes).
    let sockets = std::env::temp_dir().join(format!("keel-run-{}", std::process::id()));
    std::fs::create_dir_all(&sockets)?;
    let output_dir = board.release_elf().parent().unwrap().to_path_buf();
    let telemetry_file = output_dir.join("telemetry.log");

    let mut qemu = QemuCommand::for_machine(machine(&board)?, elf.clone());
    qemu.console = Endpoint::Socket(sockets.join("console.sock"));
    qemu.telemetry = Endpoint::Socket(sockets.join("telemetry.sock"));
    qemu.log = Endpoint::Socket(sockets.join("log.sock"));
    // With a sensor: start paused, set its temperature over QMP, then run, so the first reading is already
    // the chosen one (a `-device` property would not do: the model clears its temperature at reset).
    let sensor = qemu.sensor_id();
    if sensor.is_some() {
        qemu.qmp = Some(sockets.join("qmp.sock"));
        qemu.extra.push("-S".into());
    }
    if args.display {
        match display_unavailable(&qemu.machine.system) {
            None => qemu.display = true,
            Some(why) => eprintln!(
                "note: no display window: {why}. Running headless; `cargo xtask screenshot` saves the display as PNG."
            ),
        }
    }
    eprintln!("booting {} in QEMU: the console is this terminal, Ctrl-C quits", shown(&elf));
    eprintln!("defmt log below; decoded telemetry goes to {}", shown(&telemetry_file));

    let mut command = qemu.command();
    command.stdin(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
    let child = command.spawn().with_context(|| format!("starting `{}`", qemu.describe()))?;
    let child = Arc::new(Mutex::new(child));
    let terminal = console::Terminal::default();
    forward_stderr(child.lock().unwrap().stderr.take().expect("piped"), terminal.clone());
    // Ctrl-C in the raw terminal is a byte the relay turns into a stop; a SIGINT from elsewhere reaches QEMU,
    // which stops on it, and we stay to clean up after it.
    let previous_handler = ignore_sigint();
    let channel = keel_bench::BoardConfig::load(&board.name)?.bench.telemetry;
    let stopped_here = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let result = (|| -> Result<_> {
        let console = connect(&qemu.console)?;
        let summary = attach(&qemu, &elf, &telemetry_file, channel, &terminal)?;
        if let (Some(id), Some(path)) = (&sensor, &qemu.qmp) {
            start_with_temperature(path, id, args.temperature)?;
        }
        let _raw = console::RawMode::enter();
        let stopper = Arc::clone(&child);
        let stopped = Arc::clone(&stopped_here);
        terminal.relay(console, move || {
            stopped.store(true, std::sync::atomic::Ordering::Relaxed);
            let _ = stopper.lock().unwrap_or_else(|p| p.into_inner()).kill();
        })?;
        Ok(summary)
    })();
    let mut child = child.lock().unwrap_or_else(|p| p.into_inner());
    if result.is_err() {
        let _ = child.kill();
    }
    let status = child.wait();
    restore_sigint(previous_handler);
    let _ = std::fs::remove_dir_all(&sockets);
    let summary = result?;
    let how = if stopped_here.load(std::sync::atomic::Ordering::Relaxed) {
        "QEMU stopped by Ctrl-C".to_string()
    } else {
        format!("QEMU exited ({})", status?)
    };
    eprintln!("\n{how}; telemetry: {}", summary.lock().unwrap_or_else(|p| p.into_inner()).describe());
    Ok(())
}

/// Sets the paused machine's temperature sensor to `celsius` and starts the CPU.
fn start_with_temperature(qmp: &std::path::Path, sensor: &str, celsius: f64) -> Result<()> {
    let qmp = Qmp::connect(qmp, Duration::from_secs(10)).context("connecting to QEMU's QMP socket")?;
    qmp.set_temperature(sensor, celsius)?;
    qmp.execute("cont", json!({})).context("starting the CPU")?;
    Ok(())
}

/// What the telemetry decoder saw, for the closing summary.
#[derive(Default)]
struct TelemetrySummary {
    frames: usize,
    samples: usize,
    errors: usize,
    last_status: Option<keel_bench::keel_proto::Status>,
    file: PathBuf,
}

impl TelemetrySummary {
    fn describe(&self) -> String {
        let mut text = format!(
            "{} frames ({} samples), {} undecodable, in {}",
            self.frames,
            self.samples,
            self.errors,
            shown(&self.file)
        );
        if let Some(status) = &self.last_status {
            let _ = write!(text, "\n  last status: {status:?}");
        }
        text
    }
}

/// Connects to one of QEMU's listening sockets (it opens them one after another).
fn connect(endpoint: &Endpoint) -> Result<std::os::unix::net::UnixStream> {
    let Endpoint::Socket(path) = endpoint else { unreachable!("run uses sockets for every channel") };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match std::os::unix::net::UnixStream::connect(path) {
            Ok(stream) => return Ok(stream),
            Err(e) if std::time::Instant::now() >= deadline => {
                return Err(e).with_context(|| format!("QEMU did not open {}", path.display()))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

/// Connects the telemetry and log sockets (after the console's, in QEMU's order) and starts their decoders.
fn attach(
    qemu: &QemuCommand,
    elf: &std::path::Path,
    telemetry_file: &std::path::Path,
    channel: keel_bench::board::TelemetryChannel,
    terminal: &console::Terminal,
) -> Result<Arc<Mutex<TelemetrySummary>>> {
    // A board with one UART sends its frames in the defmt stream: the log decoder hands them over.
    let (telemetry_stream, mut defmt_frames) = telemetry::source(channel, connect(&qemu.telemetry)?)?;
    let log_stream = connect(&qemu.log)?;

    let mut file = std::io::BufWriter::new(
        std::fs::File::create(telemetry_file).with_context(|| format!("creating {}", telemetry_file.display()))?,
    );
    let summary = Arc::new(Mutex::new(TelemetrySummary { file: telemetry_file.to_path_buf(), ..Default::default() }));
    let sink = Arc::clone(&summary);
    let started = std::time::Instant::now();
    telemetry::spawn_decoder(
        telemetry_stream,
        move |chunk| {
            let mut summary = sink.lock().unwrap_or_else(|p| p.into_inner());
            let at = chunk.at.duration_since(started).as_secs_f64();
            for frame in chunk.frames {
                summary.frames += 1;
                match frame.message {
                    Message::Sample(_) => summary.samples += 1,
                    Message::Status(status) => summary.last_status = Some(status),
                    _ => {}
                }
                let _ = writeln!(file, "{at:10.3} #{} {:?}", frame.sequence, frame.message);
            }
            for error in chunk.errors {
                summary.errors += 1;
                let _ = writeln!(file, "{at:10.3} undecodable frame: {error:?}");
            }
            let _ = file.flush();
        },
        || {},
    )?;

    let elf_bytes = std::fs::read(elf).with_context(|| format!("reading {}", elf.display()))?;
    let terminal = terminal.clone();
    let elf = elf.to_path_buf();
    defmt_log::spawn_decoder(elf_bytes, log_stream, move |event| {
        let line = match event {
            defmt_log::LogEvent::Line(line) if defmt_frames.as_mut().is_some_and(|tap| tap.take(&line.message)) => {
                return
            }
            defmt_log::LogEvent::Line(line) => format!("[log] {line}"),
            defmt_log::LogEvent::Text(text) => format!("[log] {text}"),
            defmt_log::LogEvent::Malformed => "[log] (undecodable defmt frame)".to_string(),
        };
        terminal.print_above(&line);
        // A crash report (the previous boot's fault, at boot): where its addresses are, from the image's DWARF
        // (`cargo xtask crash`). Rare, so the ELF is read when one comes.
        if line.contains("pc=0x") || line.contains("mepc=0x") {
            if let Ok(symbols) = keel_bench::symbols::Symbolizer::open(&elf) {
                for explained in symbols.explain(&line) {
                    terminal.print_above(&format!("[crash] {explained}"));
                }
            }
        }
    })?;
    Ok(summary)
}

/// Prints QEMU's messages above the console's prompt, leaving out the notices every run prints (waiting for
/// our sockets, the timer warning at each reset).
fn forward_stderr(stream: std::process::ChildStderr, terminal: console::Terminal) {
    let _ = std::thread::Builder::new().name("qemu-stderr".into()).spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if line.contains("QEMU waiting for connection") || line.contains("Timer with period zero") {
                continue;
            }
            terminal.print_above(&line);
        }
    });
}

/// `path` relative to the current folder when it is below it, for messages.
fn shown(path: &std::path::Path) -> String {
    let relative = std::env::current_dir().ok().and_then(|cwd| path.strip_prefix(cwd).ok().map(|p| p.to_path_buf()));
    relative.unwrap_or_else(|| path.to_path_buf()).display().to_string()
}

/// Why QEMU cannot open a window here, or `None` when it can.
fn display_unavailable(system: &str) -> Option<String> {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        return Some("neither DISPLAY nor WAYLAND_DISPLAY is set (no graphical session)".into());
    }
    let help = std::process::Command::new(system).args(["-display", "help"]).output().ok()?;
    let text = String::from_utf8_lossy(&help.stdout);
    if !text.lines().any(|l| matches!(l.trim(), "gtk" | "sdl")) {
        return Some(format!("this {system} has no gtk or sdl display (on Debian: apt-get install qemu-system-gui)"));
    }
    None
}

/// Ignores SIGINT in this process (QEMU, already started, keeps its own handler) and returns the
/// previous disposition.
fn ignore_sigint() -> libc::sighandler_t {
    // SAFETY: installs the predefined SIG_IGN disposition; no handler code of ours runs.
    unsafe { libc::signal(libc::SIGINT, libc::SIG_IGN) }
}

fn restore_sigint(previous: libc::sighandler_t) {
    // SAFETY: puts back the disposition `signal` returned before.
    unsafe { libc::signal(libc::SIGINT, previous) };
}

/// Runs `cargo xtask screenshot`.
pub fn screenshot(args: &ScreenshotArgs) -> Result<()> {
    let (board, elf) = firmware(args.board.as_deref())?;
    let out = args.out.clone().unwrap_or_else(|| board.release_elf().parent().unwrap().join("screen.png"));
    let out = if out.is_absolute() { out } else { std::env::current_dir()?.join(out) };
    let mut options = Options::new(&board.name);
    options.flavour = Flavour::Release;
    options.elf = Some(elf);
    let node = options.boot()?;
    if let Err(e) = node.wait_for_boot() {
        eprintln!("warning: no boot prompt on the console ({e:#}); taking the picture anyway");
    }
    if let Err(e) = node.set_temperature(args.temperature) {
        eprintln!("warning: the temperature sensor was not set ({e:#})");
    }
    std::thread::sleep(Duration::from_millis(args.after_ms));
    node.save_screenshot(&out)?;
    let shot = keel_bench::Screenshot::load(&out)?;
    eprintln!("saved the {}x{} display of {} to {}", shot.width, shot.height, board.name, shown(&out));
    Ok(())
}
