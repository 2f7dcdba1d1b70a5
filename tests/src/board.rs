//! Boards as data, for the whole repository: the one parser of `boards/<name>/keel.toml` (which chip, target and
//! QEMU machine a board uses, what its firmware may cost, what the bench can drive on it), which xtask uses too,
//! and where `cargo xtask build` leaves each board's ELF files (`<target dir>/keel/<board>/`).

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// One board's `keel.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardConfig {
    /// Folder name under `boards/`, also the name used on the command line.
    #[serde(skip)]
    pub name: String,
    /// The board folder (a standalone cargo project).
    #[serde(skip)]
    pub dir: PathBuf,
    /// Chip name as the probe-rs chip database spells it (used by `check` and for flashing).
    pub chip: String,
    /// Rust target triple.
    pub target: String,
    /// Name of the firmware binary (the cargo package's bin).
    pub binary: String,
    /// Whether `cargo xtask run` picks this board when none is named.
    #[serde(default)]
    pub default: bool,
    /// How QEMU emulates the board; `None` for boards that are only built.
    pub qemu: Option<QemuMachine>,
    /// Flash, RAM and cost budgets of the release firmware.
    pub budget: Budget,
    /// What the emulated board offers the bench.
    #[serde(default)]
    pub bench: Bench,
    /// What the real board offers the scenario suite on a serial port (`cargo xtask test --port`).
    #[serde(default)]
    pub hardware: Hardware,
    /// The telemetry link's and the core's speeds, for the link's budget (`cargo xtask bench`).
    pub link: Option<Link>,
}

/// The `[link]` table of a board's `keel.toml`: what bounds the sampling rate on the real board. `cargo xtask bench`
/// measures the bytes and instructions a sample costs in QEMU and turns them into the highest rate the board could
/// sustain with these.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The telemetry UART's baud rate (8N1: ten bits on the wire a byte); `None` where telemetry has no UART of
    /// its own (it travels in the defmt log: RTT on the board).
    pub baud: Option<u32>,
    /// The core clock the firmware sets up, in Hz (one instruction a cycle, at best).
    pub core_hz: u32,
}

/// The `[hardware]` table of a board's `keel.toml`: what `cargo xtask test --board B --port P` can check on the
/// real board. A desk has no temperature injection, no gamepad, no GPIO trace and no QMP: the suite sees the board
/// through its console, its telemetry port when one is wired, and a probe when one is attached.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hardware {
    /// What the board provides beyond the console: the parts the node drives that the console or telemetry can
    /// observe (`adc`, `watchdog`, `clock`), and `buttons` when a person can press them (`--interactive`).
    #[serde(default)]
    pub provides: Vec<Capability>,
    /// The board's name for each of the node's buttons it has (`select = "B1, the blue button"`), for the
    /// requests `--interactive` prints.
    #[serde(default)]
    pub buttons: std::collections::BTreeMap<String, String>,
    /// The probe-rs commands' extra arguments (`--probe VID:PID`, `--connect-under-reset`).
    #[serde(default)]
    pub probe_args: Vec<String>,
}

/// Size and cost budgets (`[budget]`), checked by `cargo xtask test`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Flash in bytes: vector table, code, read-only data and `.data`'s initial values.
    pub flash: u64,
    /// RAM in bytes: `.data`, `.bss`, no-init data and the reserved stack.
    pub ram: u64,
    /// Instructions one sample costs end to end (`cargo xtask bench`), where the emulated board samples.
    #[serde(default)]
    pub sample_instructions: Option<u64>,
    /// CPU load at 1 Hz in millionths (`cargo xtask bench`): what the node costs when it does least.
    #[serde(default)]
    pub idle_cpu_ppm: Option<u64>,
    /// Most instructions one `status` command may cost (`cargo xtask bench`).
    #[serde(default)]
    pub command_instructions: Option<u64>,
    /// Bytes of `core::fmt` the image may hold (`cargo xtask size`); 0 when not set. Keel prints through
    /// `keel_core::text::Line` and defmt, so `core::fmt` comes in only behind a panic that formats its message (an
    /// index or a slice out of range, an `expect`), from Keel's code or a dependency's; the budget says which.
    #[serde(default)]
    pub core_fmt: u64,
    /// Most telemetry bytes one sample may cost on the wire, framing included (`cargo xtask bench`: the mean over
    /// the sample frames of a run at 100 Hz).
    #[serde(default)]
    pub sample_wire_bytes: Option<f64>,
}

/// The `[bench]` table of a board's `keel.toml`: how the bench reaches the board (where its telemetry travels, in
/// QEMU and on the desk), and which of the node's parts QEMU emulates well enough for a scenario to drive or
/// observe them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bench {
    /// Where telemetry frames arrive.
    #[serde(default)]
    pub telemetry: TelemetryChannel,
    /// What the emulated board provides beyond the console and the defmt log, which every board has.
    #[serde(default)]
    pub provides: Vec<Capability>,
    /// The user LED's pin, when the bench can watch it.
    pub led: Option<LedPin>,
    /// How the bench presses the buttons, when it can.
    pub buttons: Option<ButtonDrive>,
    /// Capabilities that need a QEMU release of at least this major version (with an older QEMU the bench
    /// treats them as missing, and the scenarios that need them are skipped by name).
    #[serde(default)]
    pub since: std::collections::BTreeMap<Capability, u32>,
}

/// How the bench presses a board's buttons.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ButtonDrive {
    /// QEMU's Stellaris gamepad, through QMP key events.
    Gamepad,
    /// GPIO input lines of a device, driven through qtest `set_irq_in` (active low).
    Qtest {
        /// The QOM path of the device with the GPIO inputs (e.g. `/machine/nrf51`).
        device: String,
        /// Input line of each button the board has, by the node's name (`select`, `right`, ...).
        lines: std::collections::BTreeMap<String, u32>,
    },
}

/// Where a board's telemetry frames travel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TelemetryChannel {
    /// The second UART (`-serial` number two).
    #[default]
    Uart1,
    /// The defmt stream, as `keel-telemetry` messages (boards with one UART: `keel_runtime::platform::DefmtFrames`).
    Defmt,
}

/// A part of the node that a scenario may need from the emulated board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Capability {
    /// The ADC delivers samples (QEMU's values, not a real signal).
    Adc,
    /// A temperature sensor whose reading QMP sets (`-device tmp105`).
    Sensor,
    /// The LED's pin can be watched.
    Led,
    /// The five buttons can be pressed from QMP.
    Buttons,
    /// The display can be read with a screendump.
    Display,
    /// A watchdog that resets the machine.
    Watchdog,
    /// The firmware's uptime counter keeps the emulator's clock (virtual time under `-icount`), or, on a board on
    /// a serial port, the host's.
    Clock,
    /// The telemetry leaves by interrupt from a queue (`keel_runtime::transmit`), so `test jam` can stop the link
    /// and the node drops whole frames and counts them.
    QueuedTelemetry,
    /// Telemetry frames reach the bench (QEMU's second UART or the defmt stream; on a desk, a second serial port).
    /// Implied in QEMU.
    Telemetry,
    /// The defmt log reaches the bench (QEMU's semihosting; on a desk, RTT through a probe). Implied in QEMU.
    Log,
    /// The image has the test-only commands (`test stall`, `test panic`): the bench flavour. Implied in QEMU; on a
    /// desk, found by asking the board's `help`.
    TestCommands,
    /// The bench controls the machine itself: boots any image or none of its sensor, reads its memory and its
    /// virtual clock (QMP). Only QEMU.
    Emulator,
}

impl Capability {
    /// The name `keel.toml` uses.
    pub fn name(self) -> &'static str {
        match self {
            Capability::Adc => "adc",
            Capability::Sensor => "sensor",
            Capability::Led => "led",
            Capability::Buttons => "buttons",
            Capability::Display => "display",
            Capability::Watchdog => "watchdog",
            Capability::Clock => "clock",
            Capability::QueuedTelemetry => "queued-telemetry",
            Capability::Telemetry => "telemetry",
            Capability::Log => "log",
            Capability::TestCommands => "test-commands",
            Capability::Emulator => "emulator",
        }
    }

    /// What every node in QEMU has, whatever its `[bench] provides` says.
    pub const IN_QEMU: [Capability; 4] =
        [Capability::Telemetry, Capability::Log, Capability::TestCommands, Capability::Emulator];
}

/// A GPIO output line the bench watches through a QEMU trace event.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedPin {
    /// The trace event that reports the pin's changes (`pl061_set_output`, `nrf51_gpio_update_output_irq`).
    pub trace: String,
    /// MMIO base address of the GPIO port (0 where the event names no device).
    #[serde(default)]
    pub port: u64,
    /// Line within the port.
    pub line: u8,
    /// Whether the LED lights when the pin is low.
    #[serde(default)]
    pub active_low: bool,
}

impl BoardConfig {
    /// Whether the emulated board provides `capability` with the QEMU installed here.
    pub fn provides(&self, capability: Capability) -> bool {
        (Capability::IN_QEMU.contains(&capability) || self.bench.provides.contains(&capability))
            && self.lacks_qemu_for(capability).is_none()
    }

    /// The QEMU major version `capability` needs, when the installed QEMU is older.
    pub fn lacks_qemu_for(&self, capability: Capability) -> Option<u32> {
        let needed = *self.bench.since.get(&capability)?;
        let installed = self.qemu.as_ref().and_then(|q| qemu_major(&q.system));
        installed.filter(|&major| major < needed).map(|_| needed)
    }
}

/// The major version of the QEMU system emulator `system` (e.g. `qemu-system-arm`), asked once per program.
pub fn qemu_major(system: &str) -> Option<u32> {
    static VERSIONS: std::sync::Mutex<Vec<(String, Option<u32>)>> = std::sync::Mutex::new(Vec::new());
    let mut versions = VERSIONS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, major)) = versions.iter().find(|(name, _)| name == system) {
        return *major;
    }
    let major = qemu_version(system).map(|(major, _)| major);
    versions.push((system.to_string(), major));
    major
}

/// The version (major, minor) of the QEMU system emulator `system`, asked now (setup asks again after
/// installing).
pub fn qemu_version(system: &str) -> Option<(u32, u32)> {
    let output = std::process::Command::new(system).arg("--version").output().ok()?;
    parse_qemu_version(&String::from_utf8_lossy(&output.stdout))
}

/// `QEMU emulator version 7.2.22 (Debian ...)` -> (7, 2).
pub fn parse_qemu_version(text: &str) -> Option<(u32, u32)> {
    let version = text.lines().next()?.split("version ").nth(1)?.split_whitespace().next()?;
    let mut parts = version.split('.').map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??))
}

/// The `[qemu]` table of a board's `keel.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QemuMachine {
    /// QEMU system emulator, e.g. `qemu-system-arm`.
    pub system: String,
    /// `-M` machine name.
    pub machine: String,
    /// Extra arguments every boot of this board gets (e.g. attached sensors).
    #[serde(default)]
    pub args: Vec<String>,
}

/// Which firmware image: `cargo xtask build` builds each from the same sources with other features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// The shipped release image (`<binary>.elf`): what `size` measures and `run` boots.
    Release,
    /// The release image with the test-only `bench` feature (`<binary>-bench.elf`): the scenarios boot it.
    Bench,
    /// The image for a real board (`<binary>-rtt.elf`): defmt over RTT instead of semihosting (a semihosting call
    /// halts a core that has no debugger attached). `cargo xtask flash` writes this one.
    Hardware,
    /// The hardware image with the test-only commands (`<binary>-rtt-bench.elf`): what
    /// `cargo xtask test --port P --flash` flashes, so that the scenarios that need `test stall` and the like run on
    /// the board.
    HardwareBench,
}

/// The repository root: the parent of the package folder that `cargo run` or `cargo test` names at run time
/// (`xtask/` or `tests/`), else of this crate's folder where it was built. The first matters when one build serves
/// two checkouts (`cargo xtask size --compare` builds revisions in worktrees that share a target directory, and
/// cargo may take a library built in one for another).
pub fn workspace_root() -> PathBuf {
    let running =
        std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).and_then(|dir| Some(dir.parent()?.to_path_buf()));
    running
        .filter(|root| root.join("boards").is_dir() && root.join("tests").join("src").join("board.rs").is_file())
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .expect("the bench lives one level below the root")
                .to_path_buf()
        })
}

/// The shared cargo target directory: `$CARGO_TARGET_DIR` or `<root>/target`, as xtask uses it.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace_root().join("target"))
}

/// Reads every `boards/*/keel.toml`, sorted by name.
pub fn all() -> Result<Vec<BoardConfig>> {
    let boards_dir = workspace_root().join("boards");
    let mut boards = Vec::new();
    for entry in std::fs::read_dir(&boards_dir).with_context(|| format!("reading {}", boards_dir.display()))? {
        let dir = entry?.path();
        if dir.join("keel.toml").is_file() {
            boards.push(BoardConfig::load(&dir.file_name().unwrap_or_default().to_string_lossy())?);
        }
    }
    boards.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(boards)
}

/// The boards a command applies to: the named one, or all of them.
pub fn select(name: Option<&str>) -> Result<Vec<BoardConfig>> {
    let boards = all()?;
    match name {
        None => Ok(boards),
        Some(name) => match boards.iter().find(|b| b.name.eq_ignore_ascii_case(name)) {
            Some(board) => Ok(vec![board.clone()]),
            None => bail!(
                "no board named `{name}`; boards: {}",
                boards.iter().map(|b| b.name.as_str()).collect::<Vec<_>>().join(", ")
            ),
        },
    }
}

/// The board whose firmware binary is named like `elf` (a board folder's `cargo run` passes only the ELF).
pub fn by_elf(elf: &Path) -> Result<BoardConfig> {
    let name = elf.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.strip_suffix("-bench").or_else(|| name.strip_suffix("-rtt")).unwrap_or(&name).to_string();
    all()?.into_iter().find(|b| b.binary == name).with_context(|| format!("no board builds a binary named `{name}`"))
}

/// The named board, or the default one.
pub fn one_or_default(name: Option<&str>) -> Result<BoardConfig> {
    if name.is_some() {
        return Ok(select(name)?.remove(0));
    }
    all()?.into_iter().find(|b| b.default).context("no board has `default = true` in its keel.toml")
}

impl BoardConfig {
    /// Reads `boards/<name>/keel.toml`.
    pub fn load(name: &str) -> Result<Self> {
        let dir = workspace_root().join("boards").join(name);
        let file = dir.join("keel.toml");
        let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        let mut config = Self::parse(name, &text).with_context(|| format!("parsing {}", file.display()))?;
        config.dir = dir;
        Ok(config)
    }

    /// Reads the `keel.toml` of a board folder anywhere (one `cargo xtask new-board` wrote outside `boards/`).
    pub fn load_dir(dir: &Path) -> Result<Self> {
        let file = dir.join("keel.toml");
        let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        let name = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let mut config = Self::parse(&name, &text).with_context(|| format!("parsing {}", file.display()))?;
        config.dir = dir.to_path_buf();
        Ok(config)
    }

    /// Parses the text of a board's `keel.toml`.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let mut config: BoardConfig = toml::from_str(text)?;
        config.name = name.to_string();
        config.dir = workspace_root().join("boards").join(name);
        Ok(config)
    }

    /// Where cargo leaves the release binary (overwritten by each build of another flavour).
    pub fn cargo_elf(&self) -> PathBuf {
        target_dir().join(&self.target).join("release").join(&self.binary)
    }

    /// The shipped release firmware, copied here by `cargo xtask build`.
    pub fn release_elf(&self) -> PathBuf {
        self.elf(Flavour::Release)
    }

    /// The release firmware with the test-only `bench` feature.
    pub fn bench_elf(&self) -> PathBuf {
        self.elf(Flavour::Bench)
    }

    /// The release firmware for real hardware (defmt over RTT).
    pub fn hardware_elf(&self) -> PathBuf {
        self.elf(Flavour::Hardware)
    }

    /// The board's `memory.x`.
    pub fn memory_x(&self) -> PathBuf {
        self.dir.join("memory.x")
    }

    /// The `[qemu]` table, or an error saying the board is not emulated.
    pub fn machine(&self) -> Result<&QemuMachine> {
        match &self.qemu {
            Some(machine) => Ok(machine),
            None => bail!("board `{}` has no [qemu] table in its keel.toml: QEMU does not emulate it", self.name),
        }
    }

    /// Where `cargo xtask build` leaves the firmware of this flavour.
    pub fn elf(&self, flavour: Flavour) -> PathBuf {
        let file = match flavour {
            Flavour::Release => format!("{}.elf", self.binary),
            Flavour::Bench => format!("{}-bench.elf", self.binary),
            Flavour::Hardware => format!("{}-rtt.elf", self.binary),
            Flavour::HardwareBench => format!("{}-rtt-bench.elf", self.binary),
        };
        target_dir().join("keel").join(&self.name).join(file)
    }

    /// The firmware to boot: `$KEEL_FIRMWARE` when set (for trying an ELF built elsewhere), else
    /// [`elf`](Self::elf), with an error naming the build command when the file is missing.
    pub fn firmware(&self, flavour: Flavour) -> Result<PathBuf> {
        let path = match std::env::var_os("KEEL_FIRMWARE") {
            Some(path) => PathBuf::from(path),
            None => self.elf(flavour),
        };
        if !path.is_file() {
            bail!(
                "no firmware at {}: build it with `cargo xtask build --board {} --bench` \
                 (`cargo xtask test` does this first)",
                path.display(),
                self.name
            );
        }
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_machine_and_the_budget() {
        let text = r#"
            chip = "LM3S6965"
            target = "thumbv7m-none-eabi"
            binary = "keel-x"
            [qemu]
            system = "qemu-system-arm"
            machine = "lm3s6965evb"
            args = ["-device", "tmp105,id=t0,address=0x48"]
            [budget]
            flash = 1
            ram = 2
        "#;
        let board = BoardConfig::parse("x", text).unwrap();
        assert_eq!(board.machine().unwrap().machine, "lm3s6965evb");
        assert_eq!(board.machine().unwrap().args.len(), 2);
        assert!(board.elf(Flavour::Bench).ends_with("keel/x/keel-x-bench.elf"));
        assert!(board.elf(Flavour::Release).ends_with("keel/x/keel-x.elf"));
        assert!(board.elf(Flavour::Hardware).ends_with("keel/x/keel-x-rtt.elf"));
        assert_eq!((board.budget.flash, board.budget.ram), (1, 2));
    }

    #[test]
    fn an_unknown_key_is_an_error() {
        let text = "chip = \"X\"\ntarget = \"t\"\nbinary = \"b\"\nflashh = 1\n[budget]\nflash = 1\nram = 2\n";
        let error = BoardConfig::parse("x", text).unwrap_err();
        assert!(format!("{error:#}").contains("flashh"), "{error:#}");
    }

    #[test]
    fn the_default_board_file_parses() {
        let board = BoardConfig::load("lm3s6965evb").unwrap();
        assert_eq!(board.machine().unwrap().system, "qemu-system-arm");
        assert!(board.provides(Capability::Display));
        assert_eq!(board.bench.telemetry, TelemetryChannel::Uart1);
    }

    #[test]
    fn reads_the_qemu_version() {
        assert_eq!(
            parse_qemu_version("QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)\n"),
            Some((7, 2))
        );
        assert_eq!(
            parse_qemu_version("QEMU emulator version 10.0.2 (Debian 1:10.0.2+ds-2~bpo12+1)\nCopyright"),
            Some((10, 0))
        );
        assert_eq!(parse_qemu_version("garbage"), None);
        assert_eq!(parse_qemu_version(""), None);
    }

    #[test]
    fn every_board_file_parses() {
        let boards = all().unwrap_or_else(|e| panic!("{e:#}"));
        assert!(boards.len() >= 7, "{} boards", boards.len());
        assert!(boards.iter().any(|board| board.default), "no default board");
    }
}
