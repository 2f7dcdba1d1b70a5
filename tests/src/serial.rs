//! A board on the desk, reached the way a person reaches it: its console on a serial port, its telemetry on a
//! second port, and (with a probe) its defmt log and resets through probe-rs. The scenario suite runs over this
//! link with `cargo xtask test --board B --port PATH`; `cargo xtask test` proves the path on every emulated board
//! by pointing it at the pseudo-terminal QEMU gives its UART (`-serial pty`), with no QMP, qtest or semihosting
//! input, so the bench then knows no more of the node than it would of a real board.
//!
//! Ports are opened with the `serialport` crate in raw mode, 8N1, at the board's baud rate, once per run
//! ([`shared`]): each node reads what arrives from its start on, and stops reading when it is dropped.

use std::io::{ErrorKind, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use serialport::SerialPort;

use crate::board::BoardConfig;
use crate::console::{Console, PROMPT};
use crate::defmt_log::LogLine;
use crate::inbox::Inbox;

/// The console's line rate on every Keel board (`docs/console.md`).
pub const DEFAULT_BAUD: u32 = 115_200;

/// How long the bench waits for a board that does not answer before it says so (the issue's limit is 30 s from
/// the command; opening, three wake-up attempts and the reply fit well inside it).
pub const ANSWER_LIMIT: Duration = Duration::from_secs(10);

/// How a hardware run reaches the board: from `cargo xtask test --port ...`, handed to the scenario binary in the
/// environment (see [`Link::from_env`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The console's serial port (`/dev/ttyACM0`, or a pseudo-terminal `/dev/pts/N`).
    pub port: String,
    /// Its baud rate.
    pub baud: u32,
    /// The telemetry UART's port, when one is wired (a USB-serial adapter on the telemetry pin).
    pub telemetry_port: Option<String>,
    /// probe-rs's name of the chip, when a probe is attached and the image was flashed through it (`--flash`):
    /// the defmt log is read over RTT, and a node that does not answer is reset through the probe.
    pub probe_chip: Option<String>,
    /// Whether a person is at the board to press its buttons when a scenario asks (`--interactive`).
    pub interactive: bool,
    /// The port is an emulator's pseudo-terminal (the proof run inside `cargo xtask test`): only what the emulator
    /// models can be expected of the board (its `[bench] provides`), though nothing else about the run differs.
    pub emulated: bool,
}

impl Link {
    /// The link `cargo xtask test --port` describes in `KEEL_PORT`, `KEEL_BAUD`, `KEEL_TELEMETRY_PORT`,
    /// `KEEL_PROBE_CHIP`, `KEEL_INTERACTIVE` and `KEEL_PORT_EMULATED`; `None` when no port is named (the suite
    /// then boots the emulated boards itself).
    pub fn from_env() -> Result<Option<Link>> {
        let Ok(port) = std::env::var("KEEL_PORT") else { return Ok(None) };
        let baud = match std::env::var("KEEL_BAUD") {
            Ok(text) => text.parse().with_context(|| format!("KEEL_BAUD `{text}` is not a baud rate"))?,
            Err(_) => DEFAULT_BAUD,
        };
        let flag = |name: &str| std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0");
        Ok(Some(Link {
            port,
            baud,
            telemetry_port: std::env::var("KEEL_TELEMETRY_PORT").ok().filter(|p| !p.is_empty()),
            probe_chip: std::env::var("KEEL_PROBE_CHIP").ok().filter(|p| !p.is_empty()),
            interactive: flag("KEEL_INTERACTIVE"),
            emulated: flag("KEEL_PORT_EMULATED"),
        }))
    }

    /// The environment [`from_env`](Self::from_env) reads, for the command that runs the suite.
    pub fn to_env(&self) -> Vec<(&'static str, String)> {
        let mut env = vec![("KEEL_PORT", self.port.clone()), ("KEEL_BAUD", self.baud.to_string())];
        if let Some(port) = &self.telemetry_port {
            env.push(("KEEL_TELEMETRY_PORT", port.clone()));
        }
        if let Some(chip) = &self.probe_chip {
            env.push(("KEEL_PROBE_CHIP", chip.clone()));
        }
        if self.interactive {
            env.push(("KEEL_INTERACTIVE", "1".into()));
        }
        if self.emulated {
            env.push(("KEEL_PORT_EMULATED", "1".into()));
        }
        env
    }

    /// `PATH at N baud`, for messages.
    pub fn describe(&self) -> String {
        format!("{} at {} baud", self.port, self.baud)
    }
}

/// Opens `path` at `baud`, 8N1, raw, with a short read timeout. A port another process is just letting go of (the
/// check `cargo xtask test --port` makes before the suite opens it) is busy for a moment: retried for up to two
/// seconds.
pub fn open(path: &str, baud: u32) -> Result<Box<dyn SerialPort>> {
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        match serialport::new(path, baud).timeout(Duration::from_millis(50)).open() {
            Ok(port) => return Ok(port),
            Err(error) if is_busy(&error) && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(error) => {
                let hint = match error.kind() {
                    _ if is_busy(&error) => " (busy: another program, a monitor or picocom, has it open)",
                    serialport::ErrorKind::NoDevice => " (no such device: is the board plugged in, is this its port?)",
                    serialport::ErrorKind::Io(ErrorKind::NotFound) => " (no such file: is this the board's port?)",
                    serialport::ErrorKind::Io(ErrorKind::PermissionDenied) => {
                        " (permission denied: add yourself to the `dialout` group, or use sudo)"
                    }
                    _ => "",
                };
                bail!("cannot open the serial port {path} at {baud} baud: {error}{hint}");
            }
        }
    }
}

/// Busy: another open file holds the port (serialport takes it exclusively, `TIOCEXCL`).
fn is_busy(error: &serialport::Error) -> bool {
    error.description.contains("busy") || error.description.contains("exclusive lock")
}

/// A serial port the whole run keeps open, as a person's terminal stays attached: one thread reads it for as long as
/// the process runs, and each node reads from where it began ([`Subscription`]). Opening and closing the port for
/// every scenario loses what arrives in between, and QEMU's pseudo-terminals were seen to stop passing a
/// HiFive1's bytes after such churn.
pub struct SharedPort {
    output: Arc<Inbox<u8>>,
    writer: std::sync::Mutex<Box<dyn SerialPort>>,
}

/// The port at `path`, opened at `baud` the first time it is asked for and kept open from then on.
pub fn shared(path: &str, baud: u32) -> Result<Arc<SharedPort>> {
    static PORTS: std::sync::Mutex<Vec<(String, Arc<SharedPort>)>> = std::sync::Mutex::new(Vec::new());
    let mut ports = PORTS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, port)) = ports.iter().find(|(open, _)| open == path) {
        return Ok(Arc::clone(port));
    }
    let port = open(path, baud)?;
    let mut reader = port.try_clone().with_context(|| format!("cloning {path} for reading"))?;
    let output = Arc::new(Inbox::default());
    let sink = Arc::clone(&output);
    let name = path.to_string();
    std::thread::Builder::new().name("serial-reader".into()).spawn(move || {
        let mut buffer = [0u8; 4096];
        loop {
            match reader.read(&mut buffer) {
                Ok(0) => break sink.close(format!("{name} closed")),
                Ok(n) => sink.extend(buffer[..n].iter().copied()),
                Err(e) if matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted) => {}
                Err(e) => break sink.close(format!("reading {name} failed: {e}")),
            }
        }
    })?;
    let shared = Arc::new(SharedPort { output, writer: std::sync::Mutex::new(port) });
    ports.push((path.to_string(), Arc::clone(&shared)));
    Ok(shared)
}

impl SharedPort {
    /// A reader of what arrives from now on, until `stop` is set.
    pub fn subscribe(self: &Arc<Self>, stop: Arc<AtomicBool>) -> Subscription {
        Subscription { port: Arc::clone(self), at: self.output.len(), stop }
    }

    /// A writer to the port.
    pub fn writer(self: &Arc<Self>) -> SharedWriter {
        SharedWriter(Arc::clone(self))
    }
}

/// What a [`SharedPort`] received from one moment on; reads 0 bytes (the end) once its `stop` is set.
pub struct Subscription {
    port: Arc<SharedPort>,
    at: usize,
    stop: Arc<AtomicBool>,
}

impl Read for Subscription {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return Ok(0);
            }
            let at = self.at;
            let deadline = Instant::now() + Duration::from_millis(50);
            let bytes = self.port.output.wait_for(deadline, |bytes| {
                let new = bytes.get(at..).filter(|new| !new.is_empty())?;
                Some(new[..new.len().min(buffer.len())].to_vec())
            });
            match bytes {
                Some(bytes) => {
                    buffer[..bytes.len()].copy_from_slice(&bytes);
                    self.at += bytes.len();
                    return Ok(bytes.len());
                }
                None if self.port.output.closed().is_some() => return Ok(0),
                None => {}
            }
        }
    }
}

/// Writes to a [`SharedPort`]; `flush` returns at once (the kernel's queue sends the bytes in order, and
/// serialport's flush, `tcdrain`, would wait until they have left, which the bench has no use for).
pub struct SharedWriter(Arc<SharedPort>);

impl std::io::Write for SharedWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.writer.lock().unwrap_or_else(|p| p.into_inner()).write(bytes)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Sets its flag when dropped: the readers of a node's ports stop, and the ports close, however the node's start
/// ends (a board that did not answer included).
pub struct StopOnDrop(pub Arc<AtomicBool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Passes a byte stream on from the first frame delimiter (0x00) after the start, inclusive: a telemetry port
/// opened while a frame is on the wire would otherwise hand the decoder that frame's tail, which is not a frame.
pub struct FromFirstDelimiter<R> {
    inner: R,
    synced: bool,
}

impl<R> FromFirstDelimiter<R> {
    /// Wraps `inner`.
    pub fn new(inner: R) -> Self {
        Self { inner, synced: false }
    }
}

impl<R: Read> Read for FromFirstDelimiter<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let n = self.inner.read(buffer)?;
            if n == 0 || self.synced {
                return Ok(n);
            }
            if let Some(at) = buffer[..n].iter().position(|&b| b == 0) {
                self.synced = true;
                buffer.copy_within(at..n, 0);
                return Ok(n - at);
            }
        }
    }
}

/// Why bytes that arrived are not a Keel console: most often a wrong baud rate, which turns text into bytes
/// outside printable ASCII.
pub fn explain_garbage(bytes: &[u8]) -> Option<String> {
    if bytes.is_empty() {
        return None;
    }
    let odd = bytes.iter().filter(|&&b| !(b.is_ascii_graphic() || b" \r\n\t".contains(&b))).count();
    (odd * 4 >= bytes.len()).then(|| {
        format!(
            "{odd} of the {} bytes that arrived are not text (a wrong baud rate, or not Keel's console?): {:02x?}",
            bytes.len(),
            &bytes[..bytes.len().min(24)]
        )
    })
}

/// The message for a board that did not answer on `link` within `waited`, given what arrived meanwhile.
pub fn no_answer(link: &Link, waited: Duration, arrived: &[u8]) -> anyhow::Error {
    let what = explain_garbage(arrived).unwrap_or_else(|| match arrived.len() {
        0 => "nothing arrived: is the board powered and running Keel, and is this its console's port?".to_string(),
        _ => format!(
            "it printed {:?}, but no `keel> ` prompt",
            String::from_utf8_lossy(&arrived[arrived.len().saturating_sub(200)..])
        ),
    });
    anyhow!("no Keel console answered on {} within {:.1} s: {what}", link.describe(), waited.as_secs_f64())
}

/// Whether a Keel console answers on `link`: a prompt after a return, within [`ANSWER_LIMIT`]; otherwise an error
/// naming the port and saying what arrived (nothing, or bytes that look like a wrong baud rate).
pub fn check_answers(link: &Link) -> Result<()> {
    check_answers_within(link, ANSWER_LIMIT)
}

/// [`check_answers`] with another limit.
pub fn check_answers_within(link: &Link, limit: Duration) -> Result<()> {
    // Its own port, closed on return, not the run's shared one: the command that checks (xtask) is not the one that
    // runs the suite, and a port it kept open would be busy for the suite.
    let mut port = open(&link.port, link.baud)?;
    let started = Instant::now();
    let mut arrived = Vec::new();
    let mut buffer = [0u8; 256];
    while started.elapsed() < limit {
        port.write_all(b"\r").with_context(|| format!("writing to {}", link.port))?;
        let poke = Instant::now();
        while poke.elapsed() < Duration::from_secs(1) {
            match port.read(&mut buffer) {
                Ok(n) => arrived.extend_from_slice(&buffer[..n]),
                Err(e) if matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted) => {}
                Err(e) => {
                    return Err(no_answer(link, started.elapsed(), &arrived)
                        .context(format!("reading {} failed: {e}", link.port)))
                }
            }
            if arrived.windows(PROMPT.len()).any(|w| w == PROMPT.as_bytes()) {
                eprintln!("a Keel console answers on {}", link.describe());
                return Ok(());
            }
        }
    }
    Err(no_answer(link, started.elapsed(), &arrived))
}

/// Begins a fresh boot of the board on `link` through its console: wakes the prompt (a return every second, for up
/// to [`ANSWER_LIMIT`]; a node that a scenario left stalled is reset by its watchdog meanwhile, and with a probe one
/// that stays silent is reset through it), then types `reset` and waits for `ok: reset` (QEMU's FE310 sometimes
/// loses the rest of the line at the reset). Returns the console position after it, where the new boot's output
/// begins.
pub fn reset_over_console(console: &Console, link: &Link, board: &BoardConfig) -> Result<usize> {
    let started = Instant::now();
    let first = console.position();
    let mut probe_reset = false;
    loop {
        console.send(b"\r")?;
        if console.expect_within(PROMPT, Duration::from_secs(1)).is_ok() {
            break;
        }
        if started.elapsed() >= ANSWER_LIMIT {
            match &link.probe_chip {
                Some(chip) if !probe_reset => {
                    probe_reset = true;
                    run_probe_rs(probe_rs_command(chip, board, "reset", &[]))?;
                }
                _ => return Err(no_answer(link, started.elapsed(), &console.bytes_since(first))),
            }
        }
    }
    console.send_line("reset")?;
    console
        .expect_within("ok: reset", Duration::from_secs(5))
        .with_context(|| format!("the board on {} answered, but not to `reset`", link.describe()))?;
    Ok(console.position_after_waits())
}

/// The probe-rs command `probe-rs <command> --chip <chip> <the board's probe arguments> <args...>`.
pub fn probe_rs_command(chip: &str, board: &BoardConfig, command: &str, args: &[&str]) -> std::process::Command {
    let mut probe_rs = std::process::Command::new("probe-rs");
    probe_rs.args([command, "--chip", chip]).args(&board.hardware.probe_args).args(args);
    probe_rs
}

/// Runs a probe-rs command ([`probe_rs_command`]: `reset`, `download`) to its end, bounded: a probe that hangs is
/// an error after 60 s.
pub fn run_probe_rs(mut probe_rs: std::process::Command) -> Result<()> {
    let text = format!("{probe_rs:?}");
    eprintln!("$ {text}");
    let mut child = probe_rs.spawn().with_context(|| format!("starting {text} (is probe-rs installed?)"))?;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait()? {
            anyhow::ensure!(status.success(), "{text} failed: {status}");
            return Ok(());
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            bail!("{text} did not finish within 60 s (is the probe connected?)");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The defmt log format the bench asks probe-rs for: the level, then the message.
pub const PROBE_LOG_FORMAT: &str = "{L} {s}";

/// Reads the defmt log over RTT with `probe-rs attach --log-format "{L} {s}" ELF` (which decodes it with the ELF's
/// table, as the bench's own decoder does in QEMU) into `log`, until `stop` is set; probe-rs's own messages become
/// lines without a level. On a board whose telemetry travels in the defmt stream, `frames` takes its frames out.
pub(crate) fn spawn_probe_log(
    chip: &str,
    board: &BoardConfig,
    elf: &std::path::Path,
    log: Arc<Inbox<LogLine>>,
    mut frames: Option<crate::telemetry::DefmtTap>,
    stop: Arc<AtomicBool>,
) -> Result<()> {
    use std::io::BufRead;
    let elf = elf.display().to_string();
    let mut probe_rs = probe_rs_command(chip, board, "attach", &["--log-format", PROBE_LOG_FORMAT, &elf]);
    probe_rs.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::null());
    let text = format!("{probe_rs:?}");
    let mut child = probe_rs.spawn().with_context(|| format!("starting {text} (is probe-rs installed?)"))?;
    let stdout = child.stdout.take().context("probe-rs's output")?;
    std::thread::Builder::new().name("probe-log".into()).spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let line = parse_probe_line(&line);
            if !frames.as_mut().is_some_and(|tap| tap.take(&line.message)) {
                log.push(line);
            }
        }
        log.close("probe-rs attach ended");
    })?;
    std::thread::Builder::new().name("probe-log-stop".into()).spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            if matches!(child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
    })?;
    Ok(())
}

/// One line of `probe-rs attach --log-format "{L} {s}"`: a defmt line when it starts with a level.
pub fn parse_probe_line(line: &str) -> LogLine {
    let trimmed = line.trim();
    let (first, rest) = trimmed.split_once(char::is_whitespace).unwrap_or((trimmed, ""));
    match first.to_ascii_uppercase().as_str() {
        level @ ("TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR") => {
            LogLine { level: level.to_string(), timestamp: String::new(), message: rest.trim().to_string() }
        }
        _ => LogLine { level: String::new(), timestamp: String::new(), message: trimmed.to_string() },
    }
}

/// Prints a request to the person at the board (`--interactive`) where they see it, whatever the test harness
/// captures.
pub fn ask_person(request: &str) {
    eprintln!("\n>>> {request}\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_goes_through_the_environment_and_back() {
        let link = Link {
            port: "/dev/ttyACM0".into(),
            baud: 9600,
            telemetry_port: Some("/dev/ttyUSB0".into()),
            probe_chip: Some("STM32F401RETx".into()),
            interactive: true,
            emulated: false,
        };
        let env = link.to_env();
        let get = |name: &str| env.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        assert_eq!(get("KEEL_PORT").as_deref(), Some("/dev/ttyACM0"));
        assert_eq!(get("KEEL_BAUD").as_deref(), Some("9600"));
        assert_eq!(get("KEEL_PROBE_CHIP").as_deref(), Some("STM32F401RETx"));
        assert_eq!(get("KEEL_INTERACTIVE").as_deref(), Some("1"));
        assert_eq!(get("KEEL_PORT_EMULATED"), None);
        assert_eq!(link.describe(), "/dev/ttyACM0 at 9600 baud");
    }

    #[test]
    fn a_stream_starts_at_its_first_delimiter() {
        let stream: &[u8] = &[7, 8, 9, 0, 1, 2, 0, 3];
        let mut reader = FromFirstDelimiter::new(stream);
        let mut out = Vec::new();
        reader.read_to_end(&mut out).unwrap();
        assert_eq!(out, [0, 1, 2, 0, 3]);
        let mut none = FromFirstDelimiter::new(&[1u8, 2, 3][..]);
        out.clear();
        none.read_to_end(&mut out).unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn garbage_is_told_from_text() {
        assert_eq!(explain_garbage(b""), None);
        assert_eq!(explain_garbage(b"\r\nkeel> "), None);
        let wrong_baud = [0xf8, 0x80, 0x00, 0xfe, b'k', 0x80, 0x78, 0xe0];
        assert!(explain_garbage(&wrong_baud).unwrap().contains("wrong baud rate"));
    }

    #[test]
    fn probe_rs_lines_become_log_lines() {
        let line = parse_probe_line("INFO  boot: reset reason PowerOn");
        assert_eq!((line.level.as_str(), line.message.as_str()), ("INFO", "boot: reset reason PowerOn"));
        let line = parse_probe_line("      Attached to STM32F401RETx");
        assert_eq!((line.level.as_str(), line.message.as_str()), ("", "Attached to STM32F401RETx"));
        let board = BoardConfig::parse(
            "x",
            "chip = \"C\"\ntarget = \"t\"\nbinary = \"b\"\n[budget]\nflash = 1\nram = 2\n[hardware]\nprobe_args = [\"--probe\", \"0483:374b\"]\n",
        )
        .unwrap();
        let command = probe_rs_command("STM32F401RETx", &board, "reset", &[]);
        let args: Vec<_> = command.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
        assert_eq!(args, ["reset", "--chip", "STM32F401RETx", "--probe", "0483:374b"]);
    }

    /// A pseudo-terminal pair: the far end (a fake board), and the near end (the board's port: kept open, or the far
    /// end's reads fail until the port is opened) with its path.
    fn pseudo_terminal() -> (std::fs::File, (std::fs::File, String)) {
        use std::os::fd::FromRawFd;
        let (mut far, mut near) = (0, 0);
        // SAFETY: `openpty` writes two file descriptors into the integers it is given and reads nothing else (the
        // name, terminal settings and window size are null, which it accepts); the descriptors are then owned here.
        let status =
            unsafe { libc::openpty(&mut far, &mut near, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
        assert_eq!(status, 0, "openpty: {}", std::io::Error::last_os_error());
        let path = std::fs::read_link(format!("/proc/self/fd/{near}")).unwrap().display().to_string();
        // SAFETY: `near` and `far` are descriptors `openpty` just opened and nothing else owns; each becomes one
        // File's, which closes it.
        let (near, far) = unsafe { (std::fs::File::from_raw_fd(near), std::fs::File::from_raw_fd(far)) };
        (far, (near, path))
    }

    fn link(port: String) -> Link {
        Link { port, baud: DEFAULT_BAUD, telemetry_port: None, probe_chip: None, interactive: false, emulated: false }
    }

    #[test]
    fn a_port_where_nothing_answers_is_named_within_the_limit() {
        let (_board, (_near, path)) = pseudo_terminal();
        let started = Instant::now();
        let error = check_answers_within(&link(path.clone()), Duration::from_secs(2)).unwrap_err();
        let text = format!("{error:#}");
        assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
        assert!(text.contains(&path) && text.contains("nothing arrived"), "{text}");
    }

    #[test]
    fn garbage_on_the_port_suggests_a_wrong_baud_rate() {
        use std::io::Write;
        let (mut board, (_near, path)) = pseudo_terminal();
        let link = link(path);
        let writer = std::thread::spawn(move || {
            for _ in 0..40 {
                let _ = board.write_all(&[0xf8, 0x80, 0xfe, 0x00, 0xe0, 0x78]);
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        let text = format!("{:#}", check_answers_within(&link, Duration::from_secs(1)).unwrap_err());
        writer.join().unwrap();
        assert!(text.contains("wrong baud rate") && text.contains(&link.port), "{text}");
    }

    #[test]
    fn a_console_that_answers_passes() {
        use std::io::Write;
        let (mut board, (_near, path)) = pseudo_terminal();
        let mut reader = board.try_clone().unwrap();
        // The fake board answers each return with a prompt (for as long as the test process runs: the port stays
        // open, as the bench keeps it).
        std::thread::spawn(move || {
            let mut byte = [0u8; 1];
            while reader.read(&mut byte).is_ok_and(|n| n == 1) {
                if byte[0] == b'\r' {
                    let _ = board.write_all(b"\r\nkeel> ");
                }
            }
        });
        check_answers_within(&link(path), Duration::from_secs(5)).unwrap();
    }

    #[test]
    fn a_missing_port_is_named() {
        let Err(error) = open("/dev/keel-no-such-port", 115_200) else { panic!("opened a port that does not exist") };
        let text = format!("{error:#}");
        assert!(text.contains("/dev/keel-no-such-port") && text.contains("115200"), "{text}");
    }
}
