//! Where a board's firmware and QEMU set-up come from: `boards/<name>/keel.toml` (the same file xtask
//! reads) and the ELF files `cargo xtask build` leaves under `<target dir>/keel/<board>/`.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// The parts of a board's `keel.toml` the bench needs (other keys are xtask's business and ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct BoardConfig {
    /// Folder name under `boards/`.
    #[serde(skip)]
    pub name: String,
    /// Name of the firmware binary (the cargo package's bin).
    pub binary: String,
    /// How QEMU emulates the board; `None` for boards that are only built.
    pub qemu: Option<QemuMachine>,
    /// What the emulated board offers the bench.
    #[serde(default)]
    pub bench: Bench,
}

/// The `[bench]` table of a board's `keel.toml`: how the bench reaches the emulated board, and which of the
/// node's parts QEMU emulates well enough for a scenario to drive or observe them.
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
    /// The firmware's uptime counter keeps the emulator's clock (virtual time under `-icount`).
    Clock,
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
        }
    }
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
        self.bench.provides.contains(&capability) && self.lacks_qemu_for(capability).is_none()
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
pub struct QemuMachine {
    /// QEMU system emulator, e.g. `qemu-system-arm`.
    pub system: String,
    /// `-M` machine name.
    pub machine: String,
    /// Extra arguments every boot of this board gets (e.g. attached sensors).
    #[serde(default)]
    pub args: Vec<String>,
}

/// Which firmware image to boot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// The shipped release image (`<binary>.elf`).
    Release,
    /// The release image with the test-only `bench` feature (`<binary>-bench.elf`).
    Bench,
}

/// The repository root (the parent of this crate's folder).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the bench lives one level below the root").to_path_buf()
}

/// The shared cargo target directory: `$CARGO_TARGET_DIR` or `<root>/target`, as xtask uses it.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace_root().join("target"))
}

impl BoardConfig {
    /// Reads `boards/<name>/keel.toml`.
    pub fn load(name: &str) -> Result<Self> {
        let file = workspace_root().join("boards").join(name).join("keel.toml");
        let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        Self::parse(name, &text).with_context(|| format!("parsing {}", file.display()))
    }

    /// Parses the text of a board's `keel.toml`.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let mut config: BoardConfig = toml::from_str(text)?;
        config.name = name.to_string();
        Ok(config)
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
    fn reads_the_machine_and_ignores_xtask_keys() {
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
        for entry in std::fs::read_dir(workspace_root().join("boards")).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            BoardConfig::load(&name).unwrap_or_else(|e| panic!("{name}: {e:#}"));
        }
    }
}
