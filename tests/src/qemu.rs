//! The QEMU command line for booting a board's firmware, in one place for the tests and `cargo xtask run`.
//!
//! Channels: the first `-serial` is UART0 (console), the second UART1 (telemetry); the defmt log arrives
//! through semihosting `SYS_WRITE0`/`SYS_WRITEC`, which `-semihosting-config ...,chardev=log` routes to a
//! chardev of ours. QMP is a unix socket the bench connects to after start.

use std::path::PathBuf;
use std::process::Command;

use crate::board::{BoardConfig, QemuMachine};

/// QEMU's name for the temperature sensor model the boards attach (`-device tmp105,...`).
pub const SENSOR_MODEL: &str = "tmp105";

/// Where one character channel goes on the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// A unix socket QEMU listens on and waits for (`server=on,wait=on`), so nothing is lost before the
    /// host connects. QEMU waits for such sockets one after the other, in command-line order.
    Socket(PathBuf),
    /// QEMU's own standard input and output; with `signal` Ctrl-C stops QEMU instead of reaching the guest.
    Stdio {
        /// Whether Ctrl-C (SIGINT) ends QEMU.
        signal: bool,
    },
    /// Appended to a file.
    File(PathBuf),
    /// Discarded.
    Null,
    /// A pseudo-terminal QEMU opens and names on its standard error (`char device redirected to /dev/pts/N`): a
    /// serial port, as a board on the desk has (see [`boot_on_ptys`]).
    Pty,
}

impl Endpoint {
    /// The `-chardev` value for this endpoint with chardev id `id`.
    fn chardev(&self, id: &str) -> String {
        match self {
            Endpoint::Socket(path) => format!("socket,id={id},path={},server=on,wait=on", path.display()),
            Endpoint::Stdio { signal } => format!("stdio,id={id},signal={}", if *signal { "on" } else { "off" }),
            Endpoint::File(path) => format!("file,id={id},path={}", path.display()),
            Endpoint::Null => format!("null,id={id}"),
            Endpoint::Pty => format!("pty,id={id}"),
        }
    }
}

/// Everything that decides one QEMU invocation.
#[derive(Debug, Clone)]
pub struct QemuCommand {
    /// The board's QEMU machine (from its `keel.toml`).
    pub machine: QemuMachine,
    /// Firmware ELF passed to `-kernel`.
    pub elf: PathBuf,
    /// UART0, the console.
    pub console: Endpoint,
    /// UART1, the telemetry frames.
    pub telemetry: Endpoint,
    /// The semihosting channel carrying the defmt log.
    pub log: Endpoint,
    /// QMP unix socket (QEMU listens without waiting).
    pub qmp: Option<PathBuf>,
    /// Deterministic mode: `-icount shift=N,sleep=off` (each instruction takes 2^N ns of virtual time).
    pub icount: Option<u32>,
    /// Log GPIO output changes (this trace event, with host timestamps) to this file.
    pub gpio_trace: Option<(String, PathBuf)>,
    /// A qtest socket QEMU listens on and waits for (`-accel tcg -qtest`), for driving input pins.
    pub qtest: Option<PathBuf>,
    /// Whether the board's temperature sensor is attached (`false` boots without it).
    pub sensor: bool,
    /// Whether to open QEMU's own window (otherwise `-display none`).
    pub display: bool,
    /// Whether a guest reset ends QEMU (`-no-reboot`); watchdog and panic scenarios need this off.
    pub no_reboot: bool,
    /// Further arguments, appended last.
    pub extra: Vec<String>,
}

impl QemuCommand {
    /// A command for `board` booting `elf` with every channel discarded; set the fields you need.
    pub fn new(board: &BoardConfig, elf: PathBuf) -> anyhow::Result<Self> {
        Ok(Self::for_machine(board.machine()?.clone(), elf))
    }

    /// A command for `machine` booting `elf` with every channel discarded.
    pub fn for_machine(machine: QemuMachine, elf: PathBuf) -> Self {
        Self {
            machine,
            elf,
            console: Endpoint::Null,
            telemetry: Endpoint::Null,
            log: Endpoint::Null,
            qmp: None,
            icount: None,
            gpio_trace: None,
            qtest: None,
            sensor: true,
            display: false,
            no_reboot: false,
            extra: Vec::new(),
        }
    }

    /// The board's extra arguments, without the sensor's `-device` when [`sensor`](Self::sensor) is off.
    fn board_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        let mut iter = self.machine.args.iter().peekable();
        while let Some(arg) = iter.next() {
            let is_sensor = arg == "-device" && iter.peek().is_some_and(|value| is_sensor_device(value));
            if is_sensor && !self.sensor {
                iter.next();
                continue;
            }
            args.push(arg.clone());
        }
        args
    }

    /// The arguments after the program name.
    pub fn args(&self) -> Vec<String> {
        let mut args: Vec<String> = vec!["-M".into(), self.machine.machine.clone()];
        if !self.display {
            args.extend(["-display".into(), "none".into()]);
        }
        args.extend(["-monitor".into(), "none".into()]);
        // Chardevs in the order the bench connects to them (QEMU waits for each listening socket in turn).
        for (id, endpoint) in [("con", &self.console), ("tel", &self.telemetry), ("log", &self.log)] {
            args.extend(["-chardev".into(), endpoint.chardev(id)]);
        }
        args.extend(["-serial".into(), "chardev:con".into(), "-serial".into(), "chardev:tel".into()]);
        args.extend(["-semihosting-config".into(), "enable=on,target=native,chardev=log".into()]);
        if let Some(path) = &self.qmp {
            args.extend(["-qmp".into(), format!("unix:{},server=on,wait=off", path.display())]);
        }
        if let Some(shift) = self.icount {
            args.extend(["-icount".into(), format!("shift={shift},sleep=off")]);
        }
        if let Some(path) = &self.qtest {
            args.extend([
                "-accel".into(),
                "tcg".into(),
                "-qtest".into(),
                format!("unix:{},server=on,wait=on", path.display()),
            ]);
        }
        if let Some((event, path)) = &self.gpio_trace {
            args.extend(["-trace".into(), event.clone(), "-D".into(), path.display().to_string()]);
            // Prefixes each trace line with `pid@seconds.micros:` (host time).
            args.extend(["-msg".into(), "timestamp=on".into()]);
        }
        if self.no_reboot {
            args.push("-no-reboot".into());
        }
        args.extend(self.board_args());
        args.extend(["-kernel".into(), self.elf.display().to_string()]);
        args.extend(self.extra.iter().cloned());
        args
    }

    /// The QEMU id of the board's temperature sensor (`id=` of its `-device`), when it has one.
    pub fn sensor_id(&self) -> Option<String> {
        let mut iter = self.machine.args.iter();
        while let Some(arg) = iter.next() {
            if arg == "-device" {
                if let Some(value) = iter.next().filter(|v| is_sensor_device(v)) {
                    return value.split(',').find_map(|part| part.strip_prefix("id=")).map(str::to_string);
                }
            }
        }
        None
    }

    /// A `std::process::Command` running QEMU with these arguments (standard streams untouched).
    pub fn command(&self) -> Command {
        let mut command = Command::new(&self.machine.system);
        command.args(self.args());
        command
    }

    /// The command line, for messages.
    pub fn describe(&self) -> String {
        let mut line = self.machine.system.clone();
        for arg in self.args() {
            line.push(' ');
            line.push_str(&arg);
        }
        line
    }
}

fn is_sensor_device(value: &str) -> bool {
    value.split(',').next() == Some(SENSOR_MODEL)
}

/// A board booted in QEMU with its UARTs on pseudo-terminals and nothing else attached (no QMP, qtest or
/// semihosting input; the defmt log discarded): to the bench, a board on serial ports. Dropping it ends QEMU.
pub struct PtyMachine {
    child: std::process::Child,
    /// The ports, as `cargo xtask test --port` would be given them for a real board.
    pub link: crate::serial::Link,
}

impl Drop for PtyMachine {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Boots `elf` on `board` in QEMU with the console, and the telemetry UART where the board has one, on
/// pseudo-terminals; returns when QEMU has named them (within 10 s).
pub fn boot_on_ptys(board: &BoardConfig, elf: PathBuf) -> anyhow::Result<PtyMachine> {
    use anyhow::Context;
    use std::io::BufRead;
    let mut qemu = QemuCommand::new(board, elf)?;
    let telemetry_uart = board.bench.telemetry == crate::board::TelemetryChannel::Uart1;
    qemu.console = Endpoint::Pty;
    if telemetry_uart {
        qemu.telemetry = Endpoint::Pty;
    }
    let mut command = qemu.command();
    // QEMU names the pseudo-terminals on its standard output (`qemu_printf` without a monitor), errors on stderr.
    command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = command.spawn().with_context(|| format!("starting `{}`", qemu.describe()))?;
    let (sender, receiver) = std::sync::mpsc::channel();
    let streams: [Box<dyn std::io::Read + Send>; 2] =
        [Box::new(child.stdout.take().expect("piped")), Box::new(child.stderr.take().expect("piped"))];
    for stream in streams {
        let sender = sender.clone();
        std::thread::Builder::new().name("qemu-ptys".into()).spawn(move || {
            for line in std::io::BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                // Read to the end whether or not anyone listens: QEMU must never block on a full pipe.
                let _ = sender.send(line);
            }
        })?;
    }
    let mut ptys = std::collections::HashMap::new();
    let mut said = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while ptys.len() < 1 + usize::from(telemetry_uart) {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let Ok(line) = receiver.recv_timeout(left) else {
            let _ = child.kill();
            let _ = child.wait();
            anyhow::bail!("QEMU did not name its pseudo-terminals within 10 s; it said: {said:?}");
        };
        match parse_pty_line(&line) {
            Some((path, label)) => {
                ptys.insert(label, path);
            }
            None => said.push(line),
        }
    }
    let link = crate::serial::Link {
        port: ptys.remove("con").context("no console pseudo-terminal")?,
        baud: crate::serial::DEFAULT_BAUD,
        telemetry_port: ptys.remove("tel"),
        probe_chip: None,
        interactive: false,
        emulated: true,
    };
    Ok(PtyMachine { child, link })
}

/// `char device redirected to /dev/pts/3 (label con)` -> (`/dev/pts/3`, `con`).
pub fn parse_pty_line(line: &str) -> Option<(String, String)> {
    let rest = line.split("char device redirected to ").nth(1)?;
    let (path, label) = rest.split_once(" (label ")?;
    Some((path.trim().to_string(), label.trim_end_matches(')').trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn command() -> QemuCommand {
        let board = BoardConfig::parse(
            "b",
            "chip = \"LM3S6965\"\ntarget = \"thumbv7m-none-eabi\"\nbinary = \"fw\"\n\
             [qemu]\nsystem = \"qemu-system-arm\"\nmachine = \"lm3s6965evb\"\n\
             args = [\"-device\", \"tmp105,id=t0,address=0x48\", \"-m\", \"1\"]\n\
             [budget]\nflash = 1\nram = 1\n",
        )
        .unwrap();
        QemuCommand::new(&board, "fw.elf".into()).unwrap()
    }

    #[test]
    fn qemu_names_its_pseudo_terminals() {
        assert_eq!(
            parse_pty_line("char device redirected to /dev/pts/3 (label con)"),
            Some(("/dev/pts/3".to_string(), "con".to_string()))
        );
        assert_eq!(parse_pty_line("qemu-system-arm: warning: something"), None);
        let mut qemu = command();
        qemu.console = Endpoint::Pty;
        assert!(qemu.describe().contains("-chardev pty,id=con"), "{}", qemu.describe());
    }

    #[test]
    fn serial_order_is_console_then_telemetry() {
        let mut qemu = command();
        qemu.console = Endpoint::Socket("/tmp/c.sock".into());
        let line = qemu.describe();
        assert!(line.contains("-chardev socket,id=con,path=/tmp/c.sock,server=on,wait=on"));
        let first = line.find("-serial chardev:con").unwrap();
        let second = line.find("-serial chardev:tel").unwrap();
        assert!(first < second);
        assert!(line.contains("-semihosting-config enable=on,target=native,chardev=log"));
        assert!(line.ends_with("-kernel fw.elf"));
        assert!(line.contains("-display none"));
        assert!(!line.contains("-no-reboot"));
    }

    #[test]
    fn the_sensor_can_be_left_out() {
        let mut qemu = command();
        assert_eq!(qemu.sensor_id().as_deref(), Some("t0"));
        assert!(qemu.args().contains(&"tmp105,id=t0,address=0x48".to_string()));
        qemu.sensor = false;
        let args = qemu.args();
        assert!(!args.iter().any(|a| a.starts_with("tmp105")));
        assert!(args.windows(2).any(|w| w == ["-m", "1"]), "other board arguments stay: {args:?}");
    }

    #[test]
    fn deterministic_mode_and_trace() {
        let mut qemu = command();
        qemu.icount = Some(4);
        qemu.gpio_trace = Some(("pl061_set_output".into(), "/tmp/t.log".into()));
        let line = qemu.describe();
        assert!(line.contains("-icount shift=4,sleep=off"));
        assert!(line.contains("-trace pl061_set_output -D /tmp/t.log -msg timestamp=on"));
    }
}
