//! Boards as data: each `boards/<name>/keel.toml` says which chip, target and QEMU machine a board uses
//! and what its firmware may cost. xtask reads these files; nothing about a board is typed twice.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::util;

/// One board's description, read from `boards/<name>/keel.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Board {
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
    /// How to boot the board in QEMU, when QEMU models it.
    pub qemu: Option<QemuMachine>,
    /// Flash and RAM budgets for the release firmware.
    pub budget: Budget,
    /// What the emulated board offers the scenario tests (read by `keel-bench`, which checks it).
    #[serde(default)]
    #[allow(dead_code)] // read and checked by keel-bench; here only so that `deny_unknown_fields` accepts it
    pub bench: Option<toml::Value>,
}

/// The QEMU machine that emulates a board.
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

/// Size budgets in bytes.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Flash: vector table, code, read-only data and `.data`'s initial values.
    pub flash: u64,
    /// RAM: `.data`, `.bss`, no-init data and the reserved stack.
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
}

impl Board {
    /// Where cargo leaves the release binary (overwritten by each build of another flavour).
    pub fn cargo_elf(&self) -> PathBuf {
        util::target_dir().join(&self.target).join("release").join(&self.binary)
    }

    /// The shipped release firmware, copied here by `cargo xtask build`.
    pub fn release_elf(&self) -> PathBuf {
        util::target_dir().join("keel").join(&self.name).join(format!("{}.elf", self.binary))
    }

    /// The release firmware with the test-only `bench` feature (scenario tests boot this one).
    pub fn bench_elf(&self) -> PathBuf {
        util::target_dir().join("keel").join(&self.name).join(format!("{}-bench.elf", self.binary))
    }

    /// The release firmware for real hardware (defmt over RTT), as `cargo xtask flash` writes it.
    pub fn hardware_elf(&self) -> PathBuf {
        util::target_dir().join("keel").join(&self.name).join(format!("{}-rtt.elf", self.binary))
    }

    /// The board's `memory.x`.
    pub fn memory_x(&self) -> PathBuf {
        self.dir.join("memory.x")
    }
}

/// Reads every `boards/*/keel.toml`, sorted by name.
pub fn all() -> Result<Vec<Board>> {
    let boards_dir = util::root().join("boards");
    let mut boards = Vec::new();
    for entry in std::fs::read_dir(&boards_dir).with_context(|| format!("reading {}", boards_dir.display()))? {
        let dir = entry?.path();
        let file = dir.join("keel.toml");
        if file.is_file() {
            boards.push(load(&dir, &file)?);
        }
    }
    boards.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(boards)
}

fn load(dir: &Path, file: &Path) -> Result<Board> {
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let mut board: Board = toml::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
    board.name = dir.file_name().unwrap().to_string_lossy().into_owned();
    board.dir = dir.to_path_buf();
    Ok(board)
}

/// The boards a command applies to: the named one, or all of them.
pub fn select(name: Option<&str>) -> Result<Vec<Board>> {
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
pub fn by_elf(elf: &Path) -> Result<Board> {
    let name = elf.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.strip_suffix("-bench").or_else(|| name.strip_suffix("-rtt")).unwrap_or(&name).to_string();
    all()?.into_iter().find(|b| b.binary == name).with_context(|| format!("no board builds a binary named `{name}`"))
}

/// The named board, or the default one.
pub fn one_or_default(name: Option<&str>) -> Result<Board> {
    if name.is_some() {
        return Ok(select(name)?.remove(0));
    }
    all()?.into_iter().find(|b| b.default).context("no board has `default = true` in its keel.toml")
}
