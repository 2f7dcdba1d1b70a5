//! `cargo xtask monitor`: the node's telemetry, decoded live, from a real serial port or an emulated board.
//!
//! Bytes come from a source thread (`--port`: a serial port, reopened when it disappears; `--board`: the
//! board booted in QEMU); [`state::Monitor`] decodes and counts them; the result goes to a live terminal view
//! (`view.rs`), or, when stdout is not a terminal or `--json`/`--lines` is given, to one line per frame. `--csv`
//! writes every frame to a file in either mode.

pub mod state;
mod view;

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use keel_bench::keel_proto::{Frame, Message};
use keel_bench::{Flavour, Options};
use serde_json::json;

use state::{Decoded, Monitor};

/// Arguments of `cargo xtask monitor`.
#[derive(clap::Args, Clone)]
pub struct MonitorArgs {
    /// Read a real board's telemetry from this serial port (e.g. /dev/ttyUSB0).
    #[arg(long)]
    pub port: Option<String>,
    /// The serial port's baud rate (the firmware sends at 115200 8N1).
    #[arg(long, default_value_t = 115_200)]
    pub baud: u32,
    /// Boot this board in QEMU and read its telemetry (default: the default board, when no --port is given).
    #[arg(long, conflicts_with = "port")]
    pub board: Option<String>,
    /// What the emulated temperature sensor reads, in degrees C.
    #[arg(long, default_value_t = 22.5, allow_hyphen_values = true, value_name = "CELSIUS")]
    pub temperature: f64,
    /// Also write every decoded frame to this CSV file.
    #[arg(long)]
    pub csv: Option<PathBuf>,
    /// One JSON object per frame on stdout instead of the live view.
    #[arg(long)]
    pub json: bool,
    /// One text line per frame on stdout instead of the live view (the default when stdout is not a terminal).
    #[arg(long)]
    pub lines: bool,
    /// Stop after this many frames.
    #[arg(long)]
    pub frames: Option<u64>,
    /// Stop after this many seconds.
    #[arg(long)]
    pub seconds: Option<f64>,
    /// Instead of the live view, save it as text to this file after `--seconds` (default 5) and stop.
    #[arg(long, value_name = "FILE")]
    pub snapshot: Option<PathBuf>,
}

/// What a source thread sends.
pub enum Input {
    /// Bytes read, and when.
    Bytes(Instant, Vec<u8>),
    /// The stream broke off (a port that went away): a partial frame is dropped.
    Interrupted,
    /// Something for the operator to know (a port that went away, one that came back).
    Notice(String),
    /// The source ended for good, with why.
    Closed(String),
}

pub fn run(args: &MonitorArgs) -> Result<()> {
    let (inputs, source) = start_source(args)?;
    let live =
        args.snapshot.is_none() && !args.json && !args.lines && std::io::IsTerminal::is_terminal(&std::io::stdout());
    let mut csv = args.csv.as_ref().map(|path| Csv::create(path)).transpose()?;
    let mut session = Session { monitor: Monitor::default(), started: Instant::now(), source, notice: None };
    let stop_after = args.seconds.map(Duration::from_secs_f64);
    if let Some(path) = &args.snapshot {
        let seconds = args.seconds.unwrap_or(5.0);
        let deadline = Instant::now() + Duration::from_secs_f64(seconds);
        while let Some(remaining) = deadline.checked_duration_since(Instant::now()) {
            match inputs.recv_timeout(remaining) {
                Ok(input) => session.take(input, csv.as_mut(), |_| {})?,
                Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        std::fs::write(path, view::snapshot(&session, 100, 30))
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!("saved the monitor's view after {seconds} s to {}", path.display());
        return Ok(());
    }
    if live {
        return view::live(&mut session, &inputs, csv.as_mut(), stop_after, args.frames);
    }
    let json = args.json;
    let mut stdout = std::io::stdout().lock();
    loop {
        if stop_after.is_some_and(|limit| session.started.elapsed() >= limit)
            || args.frames.is_some_and(|n| session.monitor.counters.frames >= n)
        {
            break;
        }
        let input = match inputs.recv_timeout(Duration::from_millis(100)) {
            Ok(input) => input,
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let mut printed = Ok(());
        let closed = matches!(input, Input::Closed(_));
        session.take(input, csv.as_mut(), |decoded| {
            if printed.is_ok() {
                printed = writeln!(stdout, "{}", if json { json_line(decoded) } else { text_line(decoded) });
            }
        })?;
        if printed.is_err() {
            break; // the reader of our output went away (`| head`)
        }
        if closed {
            break;
        }
    }
    eprintln!("{}", session.summary());
    Ok(())
}

/// The decoded stream and what the operator was last told.
pub struct Session {
    pub monitor: Monitor,
    pub started: Instant,
    /// Where the bytes come from, for the title.
    pub source: String,
    pub notice: Option<String>,
}

impl Session {
    /// Takes one input: decodes bytes (each result to `each` and the CSV file), keeps notices.
    fn take(&mut self, input: Input, csv: Option<&mut Csv>, mut each: impl FnMut(&Decoded)) -> Result<()> {
        match input {
            Input::Bytes(at, bytes) => {
                let decoded = self.monitor.push(at.saturating_duration_since(self.started), &bytes);
                if let Some(csv) = csv {
                    for item in &decoded {
                        csv.write(item)?;
                    }
                }
                decoded.iter().for_each(&mut each);
                if let Some(warning) = self.monitor.warning() {
                    if self.notice.as_deref() != Some(warning) {
                        eprintln!("monitor: {warning}");
                        self.notice = Some(warning.to_string());
                    }
                }
            }
            Input::Interrupted => self.monitor.interrupted(),
            Input::Notice(text) | Input::Closed(text) => {
                eprintln!("monitor: {text}");
                self.notice = Some(text);
            }
        }
        Ok(())
    }

    /// The counters in one line, for the end of a line-mode run.
    pub fn summary(&self) -> String {
        let c = &self.monitor.counters;
        format!(
            "monitor: {} frames ({} samples), {} undecodable, {} lost, {} bytes from {}",
            c.frames, c.samples, c.undecodable, c.lost, c.bytes, self.source
        )
    }
}

/// A frame as one JSON object: `t` (seconds since the monitor started), the envelope, the message as keel-proto
/// names it; an undecodable frame as `t` and `error`.
pub fn json_line(decoded: &Decoded) -> String {
    match decoded {
        Decoded::Frame(at, frame) => json!({
            "t": round_ms(*at),
            "version": frame.version,
            "sequence": frame.sequence,
            "message": frame.message,
        })
        .to_string(),
        Decoded::Undecodable(at, error) => json!({ "t": round_ms(*at), "error": format!("{error:?}") }).to_string(),
    }
}

fn round_ms(at: Duration) -> f64 {
    (at.as_secs_f64() * 1000.0).round() / 1000.0
}

fn text_line(decoded: &Decoded) -> String {
    match decoded {
        Decoded::Frame(at, Frame { sequence, message, .. }) => {
            format!("{:9.3} #{sequence} {message:?}", at.as_secs_f64())
        }
        Decoded::Undecodable(at, error) => format!("{:9.3} undecodable frame: {error:?}", at.as_secs_f64()),
    }
}

/// Every decoded frame as a CSV row, one column per field any message has (empty where it has none).
struct Csv(std::io::BufWriter<std::fs::File>);

const CSV_HEADER: &str =
    "t_s,sequence,kind,uptime_ms,raw,mean,millicelsius,alarm,rate_hz,samples,dropped_samples,sensor_errors,cpu_ppm,dropped_frames,error";

impl Csv {
    fn create(path: &std::path::Path) -> Result<Self> {
        let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let mut csv = Csv(std::io::BufWriter::new(file));
        writeln!(csv.0, "{CSV_HEADER}")?;
        Ok(csv)
    }

    fn write(&mut self, decoded: &Decoded) -> Result<()> {
        writeln!(self.0, "{}", csv_row(decoded))?;
        self.0.flush()?;
        Ok(())
    }
}

fn csv_row(decoded: &Decoded) -> String {
    let opt = |value: Option<String>| value.unwrap_or_default();
    match decoded {
        Decoded::Undecodable(at, error) => format!("{:.3},,undecodable,,,,,,,,,,,,{error:?}", at.as_secs_f64()),
        Decoded::Frame(at, frame) => {
            let t = at.as_secs_f64();
            let seq = frame.sequence;
            match frame.message {
                Message::Sample(s) => format!("{t:.3},{seq},sample,{},{},{},,,,,,,,,", s.uptime_ms, s.raw, s.mean),
                Message::Temperature { millicelsius } => format!("{t:.3},{seq},temperature,,,,{millicelsius},,,,,,,,"),
                Message::SensorError(fault) => format!("{t:.3},{seq},sensor_error,,,,,,,,,,,,{fault:?}"),
                Message::AlarmChanged(alarm) => format!("{t:.3},{seq},alarm,,,,,{alarm:?},,,,,,,"),
                Message::Status(s) => format!(
                    "{t:.3},{seq},status,{},,,{},{:?},{},{},{},{},{},{},",
                    s.uptime_ms,
                    opt(s.temperature_mc.map(|v| v.to_string())),
                    s.alarm,
                    s.rate_hz,
                    s.samples,
                    s.dropped_samples,
                    s.sensor_errors,
                    opt(s.cpu_ppm.map(|v| v.to_string())),
                    opt(s.dropped_frames.map(|v| v.to_string())),
                ),
            }
        }
    }
}

/// Starts the thread that reads the chosen source; returns its channel and a description.
fn start_source(args: &MonitorArgs) -> Result<(mpsc::Receiver<Input>, String)> {
    let (send, receive) = mpsc::channel();
    let description = match &args.port {
        Some(port) => {
            let (port, baud) = (port.clone(), args.baud);
            let description = format!("{port} at {baud} baud");
            std::thread::Builder::new().name("monitor-port".into()).spawn(move || read_port(&port, baud, &send))?;
            description
        }
        None => {
            let (board, elf) = crate::run::firmware(args.board.as_deref())?;
            let mut options = Options::new(&board.name);
            options.flavour = Flavour::Release;
            options.elf = Some(elf);
            let node = options.boot()?;
            node.wait_for_boot().context("the emulated board did not reach its prompt")?;
            if let Err(e) = node.set_temperature(args.temperature) {
                let _ = send.send(Input::Notice(format!("the emulated temperature sensor was not set: {e:#}")));
            }
            std::thread::Builder::new().name("monitor-qemu".into()).spawn(move || read_emulator(&node, &send))?;
            format!("{} in QEMU", board.name)
        }
    };
    Ok((receive, description))
}

/// Reads a serial port until the monitor stops, reopening it every second while it is gone.
fn read_port(path: &str, baud: u32, send: &mpsc::Sender<Input>) {
    let mut reported_missing = false;
    loop {
        let port = serialport::new(path, baud).timeout(Duration::from_millis(200)).open();
        let mut port = match port {
            Ok(port) => port,
            Err(e) => {
                if !reported_missing {
                    let text = format!("cannot open {path}: {e}; retrying every second (is the adapter plugged in?)");
                    if send.send(Input::Notice(text)).is_err() {
                        return;
                    }
                    reported_missing = true;
                }
                std::thread::sleep(Duration::from_secs(1));
                continue;
            }
        };
        if reported_missing && send.send(Input::Notice(format!("{path} is back"))).is_err() {
            return;
        }
        let mut buffer = [0u8; 1024];
        loop {
            match port.read(&mut buffer) {
                Ok(0) => continue,
                Ok(n) => {
                    if send.send(Input::Bytes(Instant::now(), buffer[..n].to_vec())).is_err() {
                        return;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut || e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let text = format!("{path} went away ({e}): unplugged? retrying every second");
                    if send.send(Input::Interrupted).is_err() || send.send(Input::Notice(text)).is_err() {
                        return;
                    }
                    reported_missing = true;
                    break;
                }
            }
        }
    }
}

/// Passes on the telemetry bytes of a board running in QEMU until it exits or the monitor stops.
fn read_emulator(node: &keel_bench::Node, send: &mpsc::Sender<Input>) {
    let mut offset = 0;
    loop {
        let bytes = node.telemetry().raw_since(offset);
        if !bytes.is_empty() {
            offset += bytes.len();
            if send.send(Input::Bytes(Instant::now(), bytes)).is_err() {
                return;
            }
        } else if let Some(why) = node.telemetry().closed() {
            let _ = send.send(Input::Closed(why));
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Checks the monitor's line mode against the emulated default board, as `cargo xtask test` does: JSON lines,
/// numbered without gaps, with samples, statuses and temperatures, the last at the value the sensor was set to.
pub fn check_line_mode(board: &str) -> Result<()> {
    // This program, or the same program rebuilt at the same path: the host tests' linted build of the workspace
    // replaces the file this process was started from, and Linux then names it `<path> (deleted)`.
    let exe = std::env::current_exe()?;
    let exe = match exe.to_str().and_then(|path| path.strip_suffix(" (deleted)")) {
        Some(path) => std::path::PathBuf::from(path),
        None => exe,
    };
    let output = std::process::Command::new(&exe)
        .args(["monitor", "--board", board, "--json", "--seconds", "4", "--temperature", "31.5"])
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("running the monitor")?;
    if !output.status.success() {
        bail!("`xtask monitor --board {board} --json` failed with {}", output.status);
    }
    let frames = check_json_lines(&String::from_utf8_lossy(&output.stdout))?;
    eprintln!("monitor, line mode on {board}: {frames} frames printed and checked");
    Ok(())
}

/// Checks JSON lines as `--json` prints them; returns how many frames there were.
fn check_json_lines(text: &str) -> Result<usize> {
    let mut sequences = Vec::new();
    let (mut samples, mut statuses, mut temperatures) = (0, 0, Vec::new());
    for line in text.lines() {
        let value: serde_json::Value = serde_json::from_str(line).with_context(|| format!("not JSON: {line}"))?;
        if let Some(error) = value.get("error") {
            bail!("the monitor printed an undecodable frame: {error}");
        }
        sequences.push(value["sequence"].as_u64().with_context(|| format!("no sequence in {line}"))?);
        let message = &value["message"];
        if message.get("Sample").is_some() {
            samples += 1;
        } else if message.get("Status").is_some() {
            statuses += 1;
        } else if let Some(mc) = message["Temperature"]["millicelsius"].as_i64() {
            temperatures.push(mc);
        }
    }
    if sequences.windows(2).any(|pair| pair[1] != pair[0] + 1) {
        bail!("the frames are not numbered one after another: {sequences:?}");
    }
    if samples < 10 || statuses < 2 || temperatures.is_empty() {
        bail!("expected samples, statuses and temperatures in 4 s; got {samples} samples, {statuses} statuses, temperatures {temperatures:?}");
    }
    // The first reading may come before the sensor was set (QEMU's TMP105 starts at 0 C); the last may not.
    if temperatures.last().is_none_or(|&mc| (mc - 31_500).abs() > 100) {
        bail!("the last temperature is not the 31.5 C the sensor was set to: {temperatures:?}");
    }
    Ok(sequences.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use keel_bench::keel_proto::{Sample, PROTOCOL_VERSION};

    fn sample_frame(sequence: u32) -> Decoded {
        let message = Message::Sample(Sample { channel: 0, raw: 512, mean: 500, uptime_ms: 1_200 });
        Decoded::Frame(Duration::from_millis(1_500), Frame { version: PROTOCOL_VERSION, sequence, message })
    }

    #[test]
    fn json_lines_name_the_message_and_time() {
        let line = json_line(&sample_frame(7));
        assert_eq!(
            line,
            r#"{"message":{"Sample":{"channel":0,"mean":500,"raw":512,"uptime_ms":1200}},"sequence":7,"t":1.5,"version":3}"#
        );
        let error = json_line(&Decoded::Undecodable(
            Duration::from_secs(2),
            keel_bench::keel_proto::codec::DecodeError::Checksum,
        ));
        assert_eq!(error, r#"{"error":"Checksum","t":2.0}"#);
    }

    #[test]
    fn csv_rows_have_a_column_for_every_header_field() {
        let columns = CSV_HEADER.split(',').count();
        let row = csv_row(&sample_frame(1));
        assert_eq!(row.split(',').count(), columns, "{row}");
        assert_eq!(row, "1.500,1,sample,1200,512,500,,,,,,,,,");
    }

    #[test]
    fn the_line_mode_check_fails_on_a_gap_or_a_wrong_temperature() {
        let sample = |n: u32| json_line(&sample_frame(n));
        let temperature = |n: u32, mc: i32| {
            json_line(&Decoded::Frame(
                Duration::ZERO,
                Frame { version: PROTOCOL_VERSION, sequence: n, message: Message::Temperature { millicelsius: mc } },
            ))
        };
        let status = |n: u32| json!({"t": 0.0, "version": 3, "sequence": n, "message": {"Status": {}}}).to_string();
        let mut good: Vec<String> = (0..10).map(sample).collect();
        // The first reading, taken before the sensor was set, may be 0 C.
        good.extend([temperature(10, 0), temperature(11, 31_500), status(12), status(13)]);
        assert_eq!(check_json_lines(&good.join("\n")).unwrap(), 14);
        let mut gap = good.clone();
        gap.remove(3);
        assert!(check_json_lines(&gap.join("\n")).is_err());
        let mut cold = good.clone();
        cold[11] = temperature(11, 0);
        assert!(check_json_lines(&cold.join("\n")).is_err());
    }
}
