//! A sensor node running in QEMU, as a test drives it: boot with [`Options`], then talk to the console,
//! read telemetry and the defmt log, press buttons, set the temperature, look at the LED trace and the
//! display, and wait for QMP events or the exit. Dropping the [`Node`] kills and reaps QEMU.

use std::collections::HashMap;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{anyhow, bail, ensure, Context, Result};
use embedded_graphics::mono_font::MonoFont;
use serde_json::json;

use crate::board::{BoardConfig, ButtonDrive, Flavour, TelemetryChannel};
use crate::console::{tail_lines, Console, Reply};
use crate::defmt_log::{spawn_decoder, LogEvent, LogLine};
use crate::inbox::Inbox;
use crate::qemu::{Endpoint, QemuCommand};
use crate::qmp::{connect_unix, Qmp, QmpEvent};
use crate::screen::{Panel, Screenshot, QEMU_OLED_MAGNIFICATION};
use crate::serial::{self, Link};
use crate::shell::Banner;
use crate::telemetry::Telemetry;
use crate::trace::{Pattern, TraceFile, Waveform};

/// How a node is booted. Start from [`Options::new`] and change what the scenario needs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Board name (folder under `boards/`).
    pub board: String,
    /// Firmware flavour; scenarios use [`Flavour::Bench`] (release build plus test-only commands).
    pub flavour: Flavour,
    /// Boot this ELF instead of the flavour's.
    pub elf: Option<PathBuf>,
    /// Deterministic mode: `-icount shift=N,sleep=off`.
    pub icount: Option<u32>,
    /// Whether the temperature sensor is attached.
    pub sensor: bool,
    /// Limit of each wait that takes no explicit one.
    pub timeout: Duration,
    /// QEMU is killed after this long whatever happens.
    pub lifetime: Duration,
    /// Font the display is read with in failure messages.
    pub font: Option<&'static MonoFont<'static>>,
    /// Further QEMU arguments.
    pub extra_args: Vec<String>,
    /// The board's `keel.toml`, when the board is not a folder under `boards/` (a board `cargo xtask new-board`
    /// wrote elsewhere); `None` reads `boards/<board>/keel.toml`.
    pub config: Option<BoardConfig>,
    /// A board on a serial port instead of QEMU (`crate::serial`): each boot is then a reset through its console.
    pub link: Option<Link>,
}

impl Options {
    /// Defaults: bench flavour, sensor attached, no icount, 10 s waits, 5 minute lifetime.
    pub fn new(board: &str) -> Self {
        Self {
            board: board.to_string(),
            flavour: Flavour::Bench,
            elf: None,
            icount: None,
            sensor: true,
            timeout: Duration::from_secs(10),
            lifetime: Duration::from_secs(300),
            font: None,
            extra_args: Vec::new(),
            config: None,
            link: None,
        }
    }

    /// Defaults for a board whose `keel.toml` is already read, booting `elf`.
    pub fn for_config(config: BoardConfig, elf: PathBuf) -> Self {
        Self { elf: Some(elf), config: Some(config.clone()), ..Self::new(&config.name) }
    }

    /// Boots the shipped release image instead of the bench one.
    pub fn release(mut self) -> Self {
        self.flavour = Flavour::Release;
        self
    }

    /// Deterministic mode with 2^`shift` ns of virtual time per instruction.
    pub fn icount(mut self, shift: u32) -> Self {
        self.icount = Some(shift);
        self
    }

    /// Boots without the temperature sensor (every read fails with no device).
    pub fn without_sensor(mut self) -> Self {
        self.sensor = false;
        self
    }

    /// Sets the default wait limit.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Names the font the display uses, so failure messages can show the display's text.
    pub fn font(mut self, font: &'static MonoFont<'static>) -> Self {
        self.font = Some(font);
        self
    }

    /// The board's `keel.toml` and the image to run: the ones given, or the board folder's and its flavour's.
    fn board_and_firmware(&self) -> Result<(BoardConfig, PathBuf)> {
        let board = match &self.config {
            Some(config) => config.clone(),
            None => BoardConfig::load(&self.board)?,
        };
        let elf = match &self.elf {
            Some(elf) => elf.clone(),
            None => board.firmware(self.flavour)?,
        };
        Ok((board, elf))
    }

    /// Reaches the board over `link` instead of booting it in QEMU.
    pub fn on_port(mut self, link: Link) -> Self {
        self.link = Some(link);
        self
    }

    /// Starts QEMU and connects every channel, or, on a serial port, resets the board through its console (the
    /// node then boots; see [`Node::wait_for_boot`]).
    pub fn boot(self) -> Result<Node> {
        match self.link.clone() {
            Some(link) => Node::start_on_port(self, link),
            None => Node::start(self),
        }
    }
}

/// A gamepad button of the evaluation board, with the QEMU key that presses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    /// Up (PE0).
    Up,
    /// Down (PE1).
    Down,
    /// Left (PE2).
    Left,
    /// Right (PE3).
    Right,
    /// Select (PF1).
    Select,
}

impl Button {
    /// Every button.
    pub const ALL: [Button; 5] = [Button::Up, Button::Down, Button::Left, Button::Right, Button::Select];

    /// The button's name as the node and `keel.toml` spell it.
    pub fn name(self) -> &'static str {
        match self {
            Button::Up => "up",
            Button::Down => "down",
            Button::Left => "left",
            Button::Right => "right",
            Button::Select => "select",
        }
    }

    /// The QEMU key code (`qcode`) QEMU's Stellaris gamepad maps to this button.
    pub fn qcode(self) -> &'static str {
        match self {
            Button::Up => "up",
            Button::Down => "down",
            Button::Left => "left",
            Button::Right => "right",
            Button::Select => "ctrl",
        }
    }
}

/// One GPIO output line: the port's MMIO base address and the line number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pin {
    /// Base address of the GPIO port (e.g. 0x4002_5000 for port F of the LM3S6965); 0 where the trace names
    /// no device (the micro:bit's one port).
    pub port: u64,
    /// Line within the port.
    pub line: u8,
    /// Whether the level is reported inverted (an LED lit by a low pin reads as high).
    pub active_low: bool,
}

/// A running node. Dropping it kills and reaps QEMU (or lets go of the board's serial ports) and removes its
/// temporary files.
pub struct Node {
    options: Options,
    elf: PathBuf,
    dir: PathBuf,
    stop: Arc<AtomicBool>,
    console: Console,
    telemetry: Telemetry,
    log: Arc<Inbox<LogLine>>,
    log_malformed: Arc<AtomicUsize>,
    /// QEMU and its control channels; `None` for a board on a serial port.
    emulator: Option<Emulator>,
    /// The board's `keel.toml`.
    config: BoardConfig,
    /// On a serial port: stops the ports' readers (also when the start fails half-way).
    _ports: Option<serial::StopOnDrop>,
    /// The console position where this node's boot begins: 0 in QEMU, after `ok: resetting` on a serial port.
    boot_mark: usize,
    /// How the buttons are pressed.
    buttons: Option<ButtonDrive>,
    /// The number of RESET events when the buttons were last warmed up.
    buttons_warm_at: Mutex<Option<usize>>,
    port_paths: Mutex<HashMap<u64, String>>,
    screenshots: AtomicUsize,
    /// Host time just before QEMU was started.
    started: Instant,
}

/// What a node in QEMU has beyond the console, telemetry and log.
struct Emulator {
    qemu: QemuCommand,
    child: Arc<Mutex<Child>>,
    qmp: Qmp,
    qemu_output: Arc<Inbox<u8>>,
    trace: Mutex<TraceFile>,
    /// The qtest session, for boards whose inputs are driven through it.
    qtest: Mutex<Option<std::io::BufReader<std::os::unix::net::UnixStream>>>,
}

/// The word the firmware paints its unused stack with at boot (`crates/keel-runtime/src/platform/cortex_m.rs`).
pub const STACK_PAINT: u32 = 0xDEAD_C0DE;

/// How much stack the firmware has used since boot, read from its RAM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackUse {
    /// Deepest the stack has been: bytes from its top down to the lowest word no longer painted.
    pub peak: u64,
    /// The reserve `memory.x` promises (`_keel_stack_size`), which the RAM budget counts.
    pub reserved: u64,
    /// Everything between the statics and the top of RAM, which the stack could grow into.
    pub available: u64,
}

/// A reading of QEMU's virtual clock (`-icount` only), paired with the host time it was taken.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VirtualTime {
    /// Virtual milliseconds since about the start of QEMU (the offset is the same for every reading of
    /// one node, so differences are exact to about a millisecond).
    pub ms: f64,
    /// Host time of the reading.
    pub host: Instant,
}

/// A fresh folder for one node's sockets and files: short (unix socket paths are limited to 108 bytes).
fn scratch_dir() -> Result<PathBuf> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let base = std::env::temp_dir();
    let base = if base.as_os_str().len() > 60 { PathBuf::from("/tmp") } else { base };
    let dir = base.join(format!("keel-bench-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed)));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// Copies everything `stream` yields into `sink` on a new thread.
fn collect(mut stream: impl Read + Send + 'static, sink: Arc<Inbox<u8>>) {
    let _ = std::thread::Builder::new().name("qemu-output".into()).spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = stream.read(&mut buffer) {
            if n == 0 {
                break;
            }
            sink.extend(buffer[..n].iter().copied());
        }
    });
}

/// Host time now in seconds since the Unix epoch (the clock of QEMU's trace timestamps).
fn epoch_seconds() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

impl Node {
    /// Boots `board` with the default [`Options`].
    pub fn boot(board: &str) -> Result<Node> {
        Options::new(board).boot()
    }

    fn start(options: Options) -> Result<Node> {
        let (board, elf) = options.board_and_firmware()?;
        let dir = scratch_dir()?;
        let mut qemu = QemuCommand::new(&board, elf.clone())?;
        qemu.console = Endpoint::Socket(dir.join("console.sock"));
        qemu.telemetry = Endpoint::Socket(dir.join("telemetry.sock"));
        qemu.log = Endpoint::Socket(dir.join("log.sock"));
        qemu.qmp = Some(dir.join("qmp.sock"));
        if let Some(led) = &board.bench.led {
            qemu.gpio_trace = Some((led.trace.clone(), dir.join("gpio.trace")));
        }
        if matches!(board.bench.buttons, Some(ButtonDrive::Qtest { .. })) {
            qemu.qtest = Some(dir.join("qtest.sock"));
        }
        qemu.icount = options.icount;
        qemu.sensor = options.sensor;
        qemu.extra = options.extra_args.clone();
        let mut command = qemu.command();
        command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        kill_with_parent(&mut command);
        let started = Instant::now();
        let mut child = command.spawn().with_context(|| format!("starting `{}`", qemu.describe()))?;
        let qemu_output = Arc::new(Inbox::default());
        collect(child.stdout.take().expect("piped"), Arc::clone(&qemu_output));
        collect(child.stderr.take().expect("piped"), Arc::clone(&qemu_output));
        let child = Arc::new(Mutex::new(child));
        let stop = Arc::new(AtomicBool::new(false));
        reap_after(Arc::clone(&child), Arc::clone(&stop), options.lifetime);

        let connect = |name: &str, path: PathBuf| -> Result<std::os::unix::net::UnixStream> {
            let deadline = Instant::now() + options.timeout;
            loop {
                match connect_unix(&path, Instant::now() + Duration::from_millis(100)) {
                    Ok(stream) => return Ok(stream),
                    Err(error) => {
                        let exited = child.lock().unwrap_or_else(|p| p.into_inner()).try_wait()?;
                        if exited.is_some() || Instant::now() >= deadline {
                            std::thread::sleep(Duration::from_millis(100));
                            let output = String::from_utf8_lossy(&qemu_output.since(0)).into_owned();
                            bail!(
                                "QEMU did not open its {name} socket ({error:#}); exit: {exited:?}\ncommand: {}\nQEMU said: {output}",
                                qemu.describe()
                            );
                        }
                    }
                }
            }
        };
        // In command-line order: QEMU waits for each listening socket before creating the next.
        let console = Console::over(connect("console", dir.join("console.sock"))?, options.timeout)?;
        // A board with one UART sends its frames in the defmt stream: the log decoder hands them over.
        let (telemetry_stream, mut defmt_frames) =
            crate::telemetry::source(board.bench.telemetry, connect("telemetry", dir.join("telemetry.sock"))?)?;
        let telemetry = Telemetry::over(telemetry_stream)?;
        let log_stream = connect("log", dir.join("log.sock"))?;
        let qtest = match &board.bench.buttons {
            Some(ButtonDrive::Qtest { device, lines }) => {
                let stream = connect("qtest", dir.join("qtest.sock"))?;
                stream.set_read_timeout(Some(options.timeout))?;
                let mut session = std::io::BufReader::new(stream);
                // Floating inputs read low, which is pressed: release every button before the firmware looks.
                for line in lines.values() {
                    qtest_exchange(&mut session, &format!("set_irq_in {device} unnamed-gpio-in {line} 1"))?;
                }
                Some(session)
            }
            _ => None,
        };
        let log = Arc::new(Inbox::default());
        let log_malformed = Arc::new(AtomicUsize::new(0));
        let elf_bytes = std::fs::read(&elf).with_context(|| format!("reading {}", elf.display()))?;
        let (log_sink, malformed) = (Arc::clone(&log), Arc::clone(&log_malformed));
        spawn_decoder(elf_bytes, log_stream, move |event| match event {
            LogEvent::Line(line) => {
                if !defmt_frames.as_mut().is_some_and(|tap| tap.take(&line.message)) {
                    log_sink.push(line)
                }
            }
            LogEvent::Text(text) => {
                log_sink.push(LogLine { level: String::new(), timestamp: String::new(), message: text })
            }
            LogEvent::Malformed => {
                malformed.fetch_add(1, Ordering::Relaxed);
            }
        })?;
        let qmp = Qmp::connect(&dir.join("qmp.sock"), options.timeout).context("connecting to QMP")?;
        Ok(Node {
            emulator: Some(Emulator {
                trace: Mutex::new(TraceFile::new(dir.join("gpio.trace"))),
                qemu,
                child,
                qmp,
                qemu_output,
                qtest: Mutex::new(qtest),
            }),
            boot_mark: 0,
            _ports: None,
            config: board.clone(),
            options,
            elf,
            dir,
            stop,
            console,
            telemetry,
            log,
            log_malformed,
            buttons: board.bench.buttons.clone(),
            buttons_warm_at: Mutex::new(None),
            port_paths: Mutex::new(HashMap::new()),
            screenshots: AtomicUsize::new(0),
            started,
        })
    }

    /// Reaches a board on a serial port and resets it through its console for a fresh boot (see
    /// [`crate::serial`]). Its telemetry port, when there is one, is opened once the reset is under way and read
    /// from the first frame delimiter on; with a probe, the defmt log is read over RTT by `probe-rs attach`.
    fn start_on_port(options: Options, link: Link) -> Result<Node> {
        let (board, elf) = options.board_and_firmware()?;
        let dir = scratch_dir()?;
        let stop = Arc::new(AtomicBool::new(false));
        let ports = serial::StopOnDrop(Arc::clone(&stop));
        let started = Instant::now();
        let console = Console::over_port(&serial::shared(&link.port, link.baud)?, Arc::clone(&stop), options.timeout)?;
        let boot_mark = serial::reset_over_console(&console, &link, &board)?;
        let in_log = board.bench.telemetry == TelemetryChannel::Defmt;
        let (telemetry, frames) = match (&link.telemetry_port, &link.probe_chip) {
            (_, Some(_)) if in_log => {
                let (stream, tap) =
                    crate::telemetry::source(TelemetryChannel::Defmt, std::os::unix::net::UnixStream::pair()?.0)?;
                (Telemetry::over(stream)?, tap)
            }
            (Some(path), _) if !in_log => {
                let port = serial::shared(path, link.baud)?;
                let stream = serial::FromFirstDelimiter::new(port.subscribe(Arc::clone(&stop)));
                (Telemetry::over(stream)?, None)
            }
            _ if in_log => (
                Telemetry::unavailable("no telemetry: it travels in the defmt log, read through a probe (--flash)"),
                None,
            ),
            _ => (
                Telemetry::unavailable("no telemetry port: the board's telemetry UART is not wired (--telemetry-port)"),
                None,
            ),
        };
        let log = Arc::new(Inbox::default());
        match &link.probe_chip {
            Some(chip) => serial::spawn_probe_log(chip, &board, &elf, Arc::clone(&log), frames, Arc::clone(&stop))?,
            None => log.close("no defmt log: it travels over RTT, and no probe is attached (--flash)"),
        }
        Ok(Node {
            emulator: None,
            _ports: Some(ports),
            boot_mark,
            config: board.clone(),
            options,
            elf,
            dir,
            stop,
            console,
            telemetry,
            log,
            log_malformed: Arc::new(AtomicUsize::new(0)),
            buttons: None,
            buttons_warm_at: Mutex::new(None),
            port_paths: Mutex::new(HashMap::new()),
            screenshots: AtomicUsize::new(0),
            started,
        })
    }

    /// The board's `keel.toml`.
    pub fn board_config(&self) -> &BoardConfig {
        &self.config
    }

    /// How long a scenario waits for what an input does: a person at a board (`--interactive`) needs longer than
    /// the emulator.
    pub fn input_wait(&self) -> Duration {
        if self.is_emulated() {
            Duration::from_secs(5)
        } else {
            Duration::from_secs(30)
        }
    }

    /// The options this node was booted with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The firmware ELF it runs.
    pub fn elf(&self) -> &Path {
        &self.elf
    }

    /// The QEMU command line (or the serial link's description).
    pub fn command_line(&self) -> String {
        match (&self.emulator, &self.options.link) {
            (Some(emulator), _) => emulator.qemu.describe(),
            (None, Some(link)) => link.describe(),
            (None, None) => String::new(),
        }
    }

    /// QEMU, or an error saying that `what` needs it and this node is a board on a serial port.
    fn emulator(&self, what: &str) -> Result<&Emulator> {
        self.emulator.as_ref().ok_or_else(|| {
            let port = self.options.link.as_ref().map_or_else(String::new, |link| format!(" ({})", link.port));
            anyhow!("{what} needs the emulator, and this node is a board on a serial port{port}")
        })
    }

    /// Whether the node runs in QEMU (rather than on a board on a serial port).
    pub fn is_emulated(&self) -> bool {
        self.emulator.is_some()
    }

    /// The reset a fresh boot reports: `power-on` in QEMU, which starts the machine for each node; `software` on a
    /// serial port, where each node begins with the console's `reset`.
    pub fn fresh_reset(&self) -> &'static str {
        if self.is_emulated() {
            "power-on"
        } else {
            "software"
        }
    }

    /// Everything the console printed since this node's boot began: the console's transcript in QEMU; on a serial
    /// port, from the line break before the banner that followed the reset (what the UART sent while the reset
    /// happened, the end of `ok: resetting` or a stray byte of its start-up, is not the boot's).
    pub fn boot_text(&self) -> String {
        let text = self.console.text_since(self.boot_mark);
        match (&self.emulator, text.find("\r\nKeel ")) {
            (None, Some(at)) => text[at..].to_string(),
            _ => text,
        }
    }

    /// The console (UART0).
    pub fn console(&self) -> &Console {
        &self.console
    }

    /// The decoded telemetry (UART1).
    pub fn telemetry(&self) -> &Telemetry {
        &self.telemetry
    }

    /// The QMP session (QEMU only).
    pub fn qmp(&self) -> Result<&Qmp> {
        Ok(&self.emulator("QMP")?.qmp)
    }

    /// How many resets QEMU reported since the event index `from` (0 on a serial port, where only the console can
    /// show a reset: a banner, or `status` saying so).
    pub fn resets_since(&self, from: usize) -> usize {
        self.emulator.as_ref().map_or(0, |e| e.qmp.events().iter().skip(from).filter(|e| e.name == "RESET").count())
    }

    /// Waits for the boot banner and the prompt after it; returns the parsed banner. Also warms up the
    /// buttons (see [`press`](Self::press)).
    pub fn wait_for_boot(&self) -> Result<Banner> {
        self.wait_for_boot_within(self.options.timeout)
    }

    /// [`wait_for_boot`](Self::wait_for_boot) with an explicit limit.
    pub fn wait_for_boot_within(&self, timeout: Duration) -> Result<Banner> {
        let started = Instant::now();
        self.console
            .expect_within("Keel ", timeout)
            .map_err(|e| self.explain(e.context("waiting for the boot banner")))?;
        let rest =
            self.console.wait_for_prompt(timeout.saturating_sub(started.elapsed())).map_err(|e| self.explain(e))?;
        let banner = Banner::parse(&format!("Keel {rest}")).map_err(|e| self.explain(e))?;
        self.warm_up_buttons()?;
        Ok(banner)
    }

    /// Runs a shell command and returns its reply.
    pub fn command(&self, line: &str) -> Result<Reply> {
        self.console.command(line).map_err(|e| self.explain(e))
    }

    /// Runs a command that must answer with exactly one line, and returns that line.
    pub fn reply_line(&self, line: &str) -> Result<String> {
        let reply = self.command(line)?;
        reply.single_line().map(str::to_string).map_err(|e| self.explain(e))
    }

    /// Sets the emulated sensor's temperature in degrees C (QMP `qom-set`, milli-degrees).
    pub fn set_temperature(&self, celsius: f64) -> Result<()> {
        let emulator = self.emulator("setting the temperature")?;
        let id = emulator.qemu.sensor_id().context("the board has no temperature sensor in its keel.toml")?;
        if !self.options.sensor {
            bail!("this node was booted without its temperature sensor");
        }
        emulator.qmp.set_temperature(&id, celsius)
    }

    /// Taps every button once. After a boot or reset QEMU's gamepad reads every button as pressed and the
    /// first press of each is invisible; a release fixes that. [`press`](Self::press) does this by itself
    /// when a reset happened since the last time.
    pub fn warm_up_buttons(&self) -> Result<()> {
        // Only QEMU's gamepad needs it.
        if !matches!(self.buttons, Some(ButtonDrive::Gamepad)) {
            return Ok(());
        }
        let resets = self.resets();
        for button in Button::ALL {
            self.key(button, true)?;
            self.key(button, false)?;
        }
        *self.buttons_warm_at.lock().unwrap_or_else(|p| p.into_inner()) = Some(resets);
        std::thread::sleep(Duration::from_millis(50));
        Ok(())
    }

    fn resets(&self) -> usize {
        self.resets_since(0)
    }

    fn key(&self, button: Button, down: bool) -> Result<()> {
        let emulator = self.emulator("pressing a button")?;
        if let Some(ButtonDrive::Qtest { device, lines }) = &self.buttons {
            let line =
                lines.get(button.name()).with_context(|| format!("this board has no {} button", button.name()))?;
            // Active low: a pressed button pulls its pin to ground.
            return self.qtest(&format!("set_irq_in {device} unnamed-gpio-in {line} {}", u8::from(!down)));
        }
        let event =
            json!({ "type": "key", "data": { "down": down, "key": { "type": "qcode", "data": button.qcode() } } });
        emulator.qmp.execute("input-send-event", json!({ "events": [event] })).map(drop)
    }

    /// Sends one qtest command and checks its `OK`.
    fn qtest(&self, command: &str) -> Result<()> {
        let mut session = self.emulator("qtest")?.qtest.lock().unwrap_or_else(|p| p.into_inner());
        let session = session.as_mut().context("this node has no qtest session")?;
        qtest_exchange(session, command).map_err(|e| self.explain(e))
    }

    /// Presses and releases `button`, holding it 100 ms.
    pub fn press(&self, button: Button) -> Result<()> {
        self.press_for(button, Duration::from_millis(100))
    }

    /// Presses `button`, holds it for `hold`, releases it. On a serial port, with a person at the board
    /// (`--interactive`), asks them to press it (named as the board's `[hardware] buttons` table names it) and
    /// returns at once: the scenario then waits for what the press does, as long as
    /// [`input_wait`](Self::input_wait) says.
    pub fn press_for(&self, button: Button, hold: Duration) -> Result<()> {
        if let Some(link) = self.options.link.as_ref().filter(|_| !self.is_emulated()) {
            if !link.interactive {
                bail!("pressing {} on a board on a serial port needs a person there (--interactive)", button.name());
            }
            let config = self.board_config();
            let name = config.hardware.buttons.get(button.name()).cloned().unwrap_or_else(|| button.name().into());
            crate::serial::ask_person(&format!("Press {name} on the board now (once, briefly)."));
            return Ok(());
        }
        let warm = *self.buttons_warm_at.lock().unwrap_or_else(|p| p.into_inner());
        if warm != Some(self.resets()) {
            self.warm_up_buttons()?;
        }
        self.key(button, true)?;
        std::thread::sleep(hold);
        self.key(button, false)
    }

    /// The stack's high-water mark so far: the firmware paints its unused stack at boot, and this reads the
    /// stack's RAM through QMP `memsave` and finds the lowest word that is no longer the paint.
    pub fn stack_use(&self) -> Result<StackUse> {
        use object::{Object, ObjectSymbol};
        let bytes = std::fs::read(&self.elf).with_context(|| format!("reading {}", self.elf.display()))?;
        let file = object::File::parse(&*bytes).with_context(|| format!("parsing {}", self.elf.display()))?;
        let symbol = |name: &str| {
            file.symbols()
                .find(|s| s.name() == Ok(name))
                .map(|s| s.address())
                .with_context(|| format!("{} has no `{name}` symbol", self.elf.display()))
        };
        let (top, bottom, reserved) = (symbol("_stack_start")?, symbol("_stack_end")?, symbol("_keel_stack_size")?);
        ensure!(top > bottom, "`_stack_start` 0x{top:x} is not above `_stack_end` 0x{bottom:x}");
        let file = self.dir.join("stack.bin");
        // `memsave` reads through the CPU's view of memory: the micro:bit's SoC maps its RAM in a container
        // that `pmemsave` (the system address space) does not see, and on these MMU-less cores the two agree.
        self.emulator("reading the stack")?.qmp.execute(
            "memsave",
            json!({ "val": bottom, "size": top - bottom, "filename": file.display().to_string() }),
        )?;
        let ram = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
        let _ = std::fs::remove_file(&file);
        let untouched =
            ram.chunks_exact(4).take_while(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]) == STACK_PAINT).count();
        ensure!(
            untouched > 0,
            "no painted stack left at all: the stack reached the statics (or the firmware does not paint)"
        );
        Ok(StackUse { peak: (top - bottom) - 4 * untouched as u64, reserved, available: top - bottom })
    }

    /// Takes a screendump and returns the screen as QEMU shows it.
    pub fn screenshot(&self) -> Result<Screenshot> {
        let index = self.screenshots.fetch_add(1, Ordering::Relaxed);
        let file = self.dir.join(format!("screen-{index}.png"));
        self.emulator("a screendump")?
            .qmp
            .execute("screendump", json!({ "filename": file.display().to_string(), "format": "png" }))?;
        let shot = Screenshot::load(&file);
        let _ = std::fs::remove_file(&file);
        shot
    }

    /// The display's dots (the screendump scaled back by QEMU's OLED magnification).
    pub fn screen(&self) -> Result<Panel> {
        Ok(self.screenshot()?.panel(QEMU_OLED_MAGNIFICATION))
    }

    /// Saves a screendump PNG to `path` (as QEMU draws it, magnified).
    pub fn save_screenshot(&self, path: &Path) -> Result<()> {
        self.emulator("a screendump")?
            .qmp
            .execute("screendump", json!({ "filename": path.display().to_string(), "format": "png" }))
            .map(drop)
    }

    /// Takes screendumps until `check` accepts one (every 200 ms, up to `timeout`); the error describes
    /// the expectation with `what` and shows the last screen.
    pub fn wait_for_screen(
        &self,
        timeout: Duration,
        what: &str,
        mut check: impl FnMut(&Panel) -> bool,
    ) -> Result<Panel> {
        let deadline = Instant::now() + timeout;
        loop {
            let panel = self.screen()?;
            if check(&panel) {
                return Ok(panel);
            }
            if Instant::now() >= deadline {
                return Err(self.explain(anyhow!(
                    "expected the display to show {what} within {timeout:?}; it shows:\n{}",
                    self.describe_panel(&panel)
                )));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Block art of a panel, plus its text when the options name the font.
    pub fn describe_panel(&self, panel: &Panel) -> String {
        match self.options.font {
            Some(font) => format!("{}\ntext read: {:?}", panel.to_art(), panel.text(font)),
            None => panel.to_art(),
        }
    }

    /// The QOM path of the GPIO port device at MMIO address `port` (from `info mtree -o`).
    fn port_path(&self, port: u64) -> Result<String> {
        if let Some(path) = self.port_paths.lock().unwrap_or_else(|p| p.into_inner()).get(&port) {
            return Ok(path.clone());
        }
        let tree = self.emulator("watching a pin")?.qmp.human("info mtree -o")?;
        let path = owner_at(&tree, port).with_context(|| format!("no device at {port:#x} in QEMU's memory tree"))?;
        self.port_paths.lock().unwrap_or_else(|p| p.into_inner()).insert(port, path.clone());
        Ok(path)
    }

    /// The waveform of `pin` over the next `window` (host time; meaningful without `-icount`).
    pub fn watch_pin(&self, pin: Pin, window: Duration) -> Result<Waveform> {
        let device = if pin.port == 0 { String::new() } else { self.port_path(pin.port)? };
        let start = epoch_seconds();
        std::thread::sleep(window);
        let end = epoch_seconds();
        // QEMU writes trace lines as they happen; allow a moment for the file system.
        std::thread::sleep(Duration::from_millis(20));
        let mut trace = self.emulator("watching a pin")?.trace.lock().unwrap_or_else(|p| p.into_inner());
        let waveform = Waveform::of(trace.poll()?, &device, pin.line, start, end);
        Ok(if pin.active_low { waveform.inverted() } else { waveform })
    }

    /// Watches `pin` in windows of `window` until its pattern satisfies `check` or `timeout` passes; the
    /// error names the expectation (`what`) and shows the last waveform.
    pub fn wait_for_pattern(
        &self,
        pin: Pin,
        window: Duration,
        timeout: Duration,
        what: &str,
        mut check: impl FnMut(&Pattern) -> bool,
    ) -> Result<Pattern> {
        let deadline = Instant::now() + timeout;
        loop {
            let waveform = self.watch_pin(pin, window)?;
            let pattern = waveform.pattern();
            if check(&pattern) {
                return Ok(pattern);
            }
            if Instant::now() >= deadline {
                return Err(self.explain(anyhow!(
                    "expected the pin {:#x}:{} to be {what} within {timeout:?}; over the last {window:?} it was {pattern} ({})",
                    pin.port,
                    pin.line,
                    waveform.describe()
                )));
            }
        }
    }

    /// Reads the virtual clock, for rate and timing checks in deterministic mode.
    ///
    /// Under `-icount ...,sleep=off` virtual time is the instruction count times 2^shift ns plus the jumps
    /// QEMU makes to the next timer deadline whenever the CPU idles, so it runs far ahead of the host.
    /// QEMU does not report it directly, but HMP `info jit` reports the drift `Host - Guest clock`
    /// (host time since the VM started minus virtual time); virtual time is host time minus that drift.
    pub fn virtual_time(&self) -> Result<VirtualTime> {
        if self.options.icount.is_none() {
            bail!("virtual time is only measured in deterministic mode (Options::icount)");
        }
        let before = Instant::now();
        let text = self.emulator("virtual time")?.qmp.human("info jit")?;
        let after = Instant::now();
        let drift = parse_drift_ms(&text).with_context(|| format!("no `Host - Guest clock` in `info jit`: {text}"))?;
        let host = before + (after - before) / 2;
        Ok(VirtualTime { ms: (host - self.started).as_secs_f64() * 1000.0 - drift, host })
    }

    /// Number of QMP events so far (an index for [`wait_for_event`](Self::wait_for_event)).
    pub fn event_count(&self) -> usize {
        self.emulator.as_ref().map_or(0, |e| e.qmp.event_count())
    }

    /// Waits for the QMP event `name` among those from index `from` on.
    pub fn wait_for_event(&self, name: &str, from: usize, timeout: Duration) -> Result<QmpEvent> {
        self.emulator("QEMU's events")?.qmp.wait_for_event(name, from, timeout).map_err(|e| self.explain(e))
    }

    /// The decoded defmt log so far.
    pub fn log(&self) -> Vec<LogLine> {
        self.log.since(0)
    }

    /// Number of defmt frames that did not decode.
    pub fn log_malformed(&self) -> usize {
        self.log_malformed.load(Ordering::Relaxed)
    }

    /// Waits for a defmt log message containing `text` among those from index `from` on.
    pub fn wait_for_log(&self, from: usize, text: &str, timeout: Duration) -> Result<LogLine> {
        let found = self.log.wait_for(Instant::now() + timeout, |lines| {
            lines.iter().skip(from).find(|l| l.message.contains(text)).cloned()
        });
        found
            .ok_or_else(|| self.explain(anyhow!("expected a defmt log message containing {text:?} within {timeout:?}")))
    }

    /// Waits for QEMU to exit (the node stops running) and returns its status.
    pub fn wait_exit(&self, timeout: Duration) -> Result<ExitStatus> {
        let deadline = Instant::now() + timeout;
        let emulator = self.emulator("an exit status")?;
        loop {
            if let Some(status) = emulator.child.lock().unwrap_or_else(|p| p.into_inner()).try_wait()? {
                return Ok(status);
            }
            if Instant::now() >= deadline {
                return Err(self.explain(anyhow!("expected QEMU to exit within {timeout:?}; it is still running")));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether QEMU is still running (a board on a serial port always is, as far as the bench can tell).
    pub fn is_running(&self) -> bool {
        self.emulator
            .as_ref()
            .is_none_or(|e| matches!(e.child.lock().unwrap_or_else(|p| p.into_inner()).try_wait(), Ok(None)))
    }

    /// What QEMU itself printed (its stdout and stderr; nothing on a serial port).
    pub fn qemu_output(&self) -> String {
        self.emulator
            .as_ref()
            .map_or_else(String::new, |e| String::from_utf8_lossy(&e.qemu_output.since(0)).into_owned())
    }

    /// The context a failure message ends with: the last console lines, the last log lines and anything
    /// QEMU printed besides its usual reset notice.
    pub fn report(&self) -> String {
        let mut text = self.console.tail_report();
        text.push_str(&self.report_without_console());
        text
    }

    fn report_without_console(&self) -> String {
        let mut text = String::new();
        let log = self.log();
        if !log.is_empty() {
            text.push_str(&format!("\nlast {} defmt log lines:", log.len().min(10)));
            for line in &log[log.len().saturating_sub(10)..] {
                text.push_str(&format!("\n  | {line}"));
            }
        }
        let output: Vec<String> = tail_lines(&self.qemu_output(), 10)
            .into_iter()
            .filter(|l| !l.contains("Timer with period zero") && !l.contains("waiting for connection"))
            .collect();
        if !output.is_empty() {
            text.push_str("\nQEMU printed:");
            for line in output {
                text.push_str(&format!("\n  | {line}"));
            }
        }
        if !self.is_running() {
            text.push_str("\n(QEMU has exited)");
        }
        text
    }

    /// Adds [`report`](Self::report) to an error (the console part only when the error does not show it).
    pub fn explain(&self, error: anyhow::Error) -> anyhow::Error {
        let text = format!("{error:#}");
        if text.contains(crate::console::TAIL_MARK) {
            anyhow!("{text}{}", self.report_without_console())
        } else {
            anyhow!("{text}\n{}", self.report())
        }
    }

    /// Kills QEMU now, or lets go of the serial ports (also done on drop).
    pub fn kill(&self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(emulator) = &self.emulator {
            let mut child = emulator.child.lock().unwrap_or_else(|p| p.into_inner());
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill();
        if std::env::var_os("KEEL_BENCH_KEEP").is_some() {
            eprintln!("kept {} (KEEL_BENCH_KEEP)", self.dir.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Sends a qtest command line and reads its answer, which must be `OK`.
fn qtest_exchange(session: &mut std::io::BufReader<std::os::unix::net::UnixStream>, command: &str) -> Result<()> {
    use std::io::{BufRead, Write};
    session.get_mut().write_all(format!("{command}\n").as_bytes())?;
    let mut answer = String::new();
    session.read_line(&mut answer).with_context(|| format!("qtest did not answer `{command}`"))?;
    ensure!(answer.trim() == "OK", "qtest answered `{}` to `{command}`", answer.trim());
    Ok(())
}

/// The `Host - Guest clock  N ms` value of HMP `info jit` (present under `-icount`).
pub fn parse_drift_ms(text: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.trim().strip_prefix("Host - Guest clock")?.trim().strip_suffix("ms")?.trim().parse().ok())
}

/// The QOM path owning the memory region that starts at `address`, from `info mtree -o` output lines like
/// `0000000040025000-0000000040025fff (prio 0, i/o): pl061 owner:{dev path=/machine/unattached/device[13]}`.
pub fn owner_at(tree: &str, address: u64) -> Option<String> {
    let start = format!("{address:016x}-");
    tree.lines().find_map(|line| {
        let line = line.trim();
        if !line.starts_with(&start) {
            return None;
        }
        let path = line.split("path=").nth(1)?;
        Some(path.trim_end_matches('}').trim().to_string())
    })
}

/// Makes the child die with the thread that starts it (`PR_SET_PDEATHSIG`), so a test binary that is
/// killed (by a timeout, Ctrl-C) leaves no QEMU behind. Start a node on the thread that will drop it.
fn kill_with_parent(command: &mut std::process::Command) {
    // SAFETY: the closure runs in the forked child between fork and exec. It only calls `prctl`, which
    // is async-signal-safe, allocates nothing and touches no memory shared with the parent.
    unsafe {
        command.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// Kills the child after `lifetime` unless `stop` is set first: no wait in a test can keep QEMU alive.
fn reap_after(child: Arc<Mutex<Child>>, stop: Arc<AtomicBool>, lifetime: Duration) {
    let _ = std::thread::Builder::new().name("qemu-reaper".into()).spawn(move || {
        let deadline = Instant::now() + lifetime;
        while !stop.load(Ordering::Relaxed) {
            if Instant::now() >= deadline {
                eprintln!("keel-bench: QEMU ran longer than {lifetime:?}; killing it");
                let mut child = child.lock().unwrap_or_else(|p| p.into_inner());
                let _ = child.kill();
                let _ = child.wait();
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_owner_of_a_region() {
        let tree = "address-space: memory\r\n  0000000000000000-ffffffffffffffff (prio -1, i/o): system\r\n    \
            0000000040025000-0000000040025fff (prio 0, i/o): pl061 owner:{dev path=/machine/unattached/device[13]}\r\n";
        assert_eq!(owner_at(tree, 0x4002_5000).as_deref(), Some("/machine/unattached/device[13]"));
        assert_eq!(owner_at(tree, 0x4002_4000), None);
    }

    #[test]
    fn reads_the_clock_drift() {
        let text = "Translation buffer state:\r\ngen code size       1 / 2\r\nHost - Guest clock  -58643 ms\r\n";
        assert_eq!(parse_drift_ms(text), Some(-58643.0));
        assert_eq!(parse_drift_ms("gen code size 1"), None);
    }

    #[test]
    fn scratch_dirs_are_unique_and_short() {
        let a = scratch_dir().unwrap();
        let b = scratch_dir().unwrap();
        assert_ne!(a, b);
        assert!(a.join("telemetry.sock").as_os_str().len() < 100);
        std::fs::remove_dir_all(a).unwrap();
        std::fs::remove_dir_all(b).unwrap();
    }
}
