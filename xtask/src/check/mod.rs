//! `cargo xtask check`: a `memory.x` and a built image against the chip they are for.
//!
//! The chip's flash and RAM come from a maintained database (probe-rs's target descriptions, see
//! [`chipdb`]), corrected where a board says the database is wrong ([`overrides`]). The linker script is
//! read by [`linker_script`] and checked by [`regions`]; the image by [`elf`]. Each problem is a
//! [`diagnosis::Finding`] with a stable code, the numbers, and the fix; any error makes the command fail.
//!
//! `cargo xtask test` runs [`check_repository`]: every board's memory.x and release image, and every
//! example's memory.x.

mod chipdb;
mod diagnosis;
mod elf;
mod linker_script;
mod new_board;
mod overrides;
mod regions;
#[cfg(test)]
mod tests;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

pub use new_board::{run as new_board, NewBoardArgs};

use crate::boards::{self, Board};
use crate::util;
use chipdb::{ChipMemory, Provenance};
use diagnosis::{hex, range, size, Finding, Severity};
use linker_script::LinkerScript;

/// Arguments of `cargo xtask check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// Chip name as the probe-rs database spells it, any case (e.g. STM32F103C8, nRF52840_xxAA, RP2040).
    #[arg(long, required_unless_present = "board")]
    pub chip: Option<String>,
    /// A board of this repository: its keel.toml's chip, its memory.x and (once built) its release image.
    #[arg(long, conflicts_with_all = ["chip", "memory"])]
    pub board: Option<String>,
    /// The linker script to check (a memory.x).
    #[arg(long, value_name = "PATH")]
    pub memory: Option<PathBuf>,
    /// A built firmware image (ELF) to check.
    #[arg(long, value_name = "PATH")]
    pub elf: Option<PathBuf>,
    /// Board corrections to the chip database (default: memory-overrides.toml next to the memory.x).
    #[arg(long, value_name = "PATH")]
    pub overrides: Option<PathBuf>,
    /// Least RAM the stack must have, in bytes (4096, 0x1000, 4K); default: the image's
    /// `_keel_stack_size`, else 1K.
    #[arg(long, value_name = "BYTES", value_parser = parse_bytes)]
    pub min_stack: Option<u64>,
    /// On multi-core chips, the core whose view of memory to check (default: the first).
    #[arg(long)]
    pub core: Option<String>,
}

fn parse_bytes(text: &str) -> Result<u64> {
    linker_script::parse_number(text)
}

/// What one check looks at.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The chip's name.
    pub chip: String,
    /// The core whose view of memory counts (default: the chip's first).
    pub core: Option<String>,
    /// The linker script.
    pub memory_x: Option<PathBuf>,
    /// The image.
    pub elf: Option<PathBuf>,
    /// Corrections to the database (default: `memory-overrides.toml` next to `memory_x`, if there is one).
    pub overrides: Option<PathBuf>,
    /// The least RAM the stack must have.
    pub min_stack: Option<u64>,
}

/// The outcome of one check: what was compared, and the findings.
#[derive(Debug)]
pub struct Report {
    /// The chip's memory, after overrides.
    pub chip: ChipMemory,
    /// The linker script checked, if any.
    pub script: Option<(PathBuf, LinkerScript)>,
    /// The image checked, if any.
    pub elf: Option<PathBuf>,
    /// Errors first, then warnings, then notes.
    pub findings: Vec<Finding>,
}

impl Report {
    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    /// The report as printed: what was compared, then the findings, then the tally.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let chip = &self.chip;
        let _ = writeln!(
            out,
            "chip {} ({}, core {}: {}), from the probe-rs database",
            chip.name, chip.family, chip.core, chip.core_type
        );
        for region in &chip.regions {
            let mut remark = String::new();
            if region.boot {
                remark.push_str(" (boot)");
            }
            if region.alias {
                remark.push_str(" (alias)");
            }
            if matches!(region.provenance, Provenance::Override { .. }) {
                remark.push_str(" (board override)");
            }
            let _ = writeln!(
                out,
                "  {:<5} {}  {:>8}  {}{remark}",
                region.kind.as_str(),
                range(region.range.start, region.range.end),
                size(region.len()),
                region.name
            );
        }
        if let Some((path, script)) = &self.script {
            let _ = writeln!(out, "memory.x {}", shown(path));
            for region in &script.regions {
                let kind = regions::kind_of(region, chip).map_or("?", |k| k.as_str());
                let _ = writeln!(
                    out,
                    "  {:<5} {}  {:>8}  {}",
                    kind,
                    range(region.origin, region.end()),
                    size(region.length),
                    region.name
                );
            }
            if let Some(sp) = script.symbols.get("_stack_start") {
                let _ = writeln!(out, "  _stack_start = {}", hex(*sp));
            }
        }
        if let Some(elf) = &self.elf {
            let _ = writeln!(out, "image {}", shown(elf));
        }
        out.push('\n');
        for finding in &self.findings {
            let _ = writeln!(out, "{finding}");
        }
        let (errors, warnings, notes) =
            (self.count(Severity::Error), self.count(Severity::Warning), self.count(Severity::Note));
        let verdict = if errors == 0 { "ok" } else { "FAILED" };
        let _ = writeln!(out, "{verdict}: {errors} error(s), {warnings} warning(s), {notes} note(s)");
        out
    }
}

/// Checks what `inputs` names.
pub fn check(inputs: &Inputs) -> Result<Report> {
    let mut chip = chipdb::lookup(&inputs.chip, inputs.core.as_deref())?;
    let mut findings = Vec::new();
    let overrides_file = inputs.overrides.clone().or_else(|| {
        let beside = inputs.memory_x.as_ref()?.parent()?.join(overrides::FILE_NAME);
        beside.is_file().then_some(beside)
    });
    if let Some(file) = &overrides_file {
        findings.extend(overrides::apply(&mut chip, &overrides::load(file)?, Path::new(&shown(file)))?);
    }
    let script = match &inputs.memory_x {
        Some(path) => {
            let mut script = linker_script::parse_file(path)?;
            for region in &mut script.regions {
                region.location = shown(Path::new(&region.location));
            }
            Some((path.clone(), script))
        }
        None => None,
    };
    if let Some((_, script)) = &script {
        findings.extend(regions::check(script, &chip));
    }
    if let Some(path) = &inputs.elf {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        let image = elf::read(&bytes).with_context(|| format!("reading {}", path.display()))?;
        findings.extend(elf::check(&image, script.as_ref().map(|(_, s)| s), &chip, inputs.min_stack));
    }
    findings.sort_by_key(|f| f.severity);
    Ok(Report { chip, script, elf: inputs.elf.clone(), findings })
}

/// Runs `cargo xtask check`.
pub fn run(args: &CheckArgs) -> Result<()> {
    let mut inputs = Inputs {
        chip: args.chip.clone().unwrap_or_default(),
        core: args.core.clone(),
        memory_x: args.memory.clone(),
        elf: args.elf.clone(),
        overrides: args.overrides.clone(),
        min_stack: args.min_stack,
    };
    if let Some(name) = &args.board {
        let board = boards::select(Some(name))?.remove(0);
        inputs.chip = board.chip.clone();
        inputs.memory_x = Some(board.memory_x());
        if inputs.elf.is_none() && board.release_elf().is_file() {
            inputs.elf = Some(board.release_elf());
        }
    }
    let report = check(&inputs)?;
    print!("{}", report.render());
    match report.count(Severity::Error) {
        0 => Ok(()),
        errors => bail!("memory-map check failed with {errors} error(s)"),
    }
}

/// Checks one memory.x (and image) for `chip`, prints the report, and fails on errors: the one function
/// `cargo xtask test` calls for every board and example. `overrides` defaults to the file beside memory.x.
pub fn check_and_print(chip: &str, memory_x: &Path, elf: Option<&Path>, overrides: Option<&Path>) -> Result<()> {
    let inputs = Inputs {
        chip: chip.to_string(),
        memory_x: Some(memory_x.to_path_buf()),
        elf: elf.map(Path::to_path_buf),
        overrides: overrides.map(Path::to_path_buf),
        ..Inputs::default()
    };
    let report = check(&inputs).with_context(|| format!("checking {}", shown(memory_x)))?;
    print!("{}", report.render());
    match report.count(Severity::Error) {
        0 => Ok(()),
        errors => bail!("{}: {errors} error(s)", shown(memory_x)),
    }
}

/// `cargo xtask test`'s step: every board's memory.x and release image, every example's memory.x.
pub fn check_repository(boards: &[Board]) -> Result<()> {
    let mut failures = Vec::new();
    for board in boards {
        println!("--- board {}", board.name);
        let elf = board.release_elf();
        if let Err(e) = check_and_print(&board.chip, &board.memory_x(), Some(&elf), None) {
            failures.push(format!("board {}: {e:#}", board.name));
        }
    }
    let all_boards = boards::all()?;
    let examples = util::root().join("examples");
    for memory_x in find_files(&examples, "memory.x")? {
        println!("--- {}", shown(&memory_x));
        match example_chip(&memory_x, &examples, &all_boards)? {
            Some(ExampleChip { chip, how, overrides }) => {
                println!("chip {chip}: {how}");
                if let Err(e) = check_and_print(&chip, &memory_x, None, overrides.as_deref()) {
                    failures.push(format!("{}: {e:#}", shown(&memory_x)));
                }
                // The images `cargo xtask examples` built (the test runs that step first), against the same
                // chip: each example links with this memory.x, or (freestanding, C) a script with the same map.
                let images = util::target_dir().join("examples");
                let mut elfs: Vec<PathBuf> = std::fs::read_dir(&images)
                    .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
                    .unwrap_or_default();
                elfs.retain(|path| path.extension().is_some_and(|ext| ext == "elf"));
                elfs.sort();
                for elf in elfs {
                    println!("--- {}", shown(&elf));
                    if let Err(e) = check_and_print(&chip, &memory_x, Some(&elf), overrides.as_deref()) {
                        failures.push(format!("{}: {e:#}", shown(&elf)));
                    }
                }
            }
            None => println!(
                "skipped: no chip named for it (add `chip = \"...\"` to a keel.toml beside it, or a runner \
                 with `--chip` or a board's QEMU machine to its .cargo/config.toml)"
            ),
        }
    }
    if !failures.is_empty() {
        bail!("memory-map checks failed:\n  {}", failures.join("\n  "));
    }
    Ok(())
}

/// The chip an example's memory.x is for.
struct ExampleChip {
    /// The chip's name.
    chip: String,
    /// How it was found, for the log.
    how: String,
    /// The board's corrections, when the chip was found through a board.
    overrides: Option<PathBuf>,
}

/// The chip an example's memory.x is for, and how that was found: a `chip` in a keel.toml beside it (or in
/// a folder above, up to `examples/`), or the runner in its `.cargo/config.toml` (`probe-rs run --chip X`,
/// or a QEMU machine that one of the boards uses, whose corrections then apply too).
fn example_chip(memory_x: &Path, top: &Path, boards: &[Board]) -> Result<Option<ExampleChip>> {
    let mut dir = memory_x.parent();
    while let Some(current) = dir {
        let keel = current.join("keel.toml");
        if keel.is_file() {
            let value: toml::Value = toml::from_str(&std::fs::read_to_string(&keel)?)
                .with_context(|| format!("parsing {}", keel.display()))?;
            if let Some(chip) = value.get("chip").and_then(|c| c.as_str()) {
                let how = format!("from {}", shown(&keel));
                return Ok(Some(ExampleChip { chip: chip.to_string(), how, overrides: None }));
            }
        }
        let config = current.join(".cargo/config.toml");
        if config.is_file() {
            let value: toml::Value = toml::from_str(&std::fs::read_to_string(&config)?)
                .with_context(|| format!("parsing {}", config.display()))?;
            for runner in runners(&value) {
                let words: Vec<&str> = runner.split_whitespace().collect();
                let after = |flags: &[&str]| words.windows(2).find(|w| flags.contains(&w[0])).map(|w| w[1].to_string());
                if let Some(chip) = after(&["--chip"]) {
                    let how = format!("the runner's --chip in {}", shown(&config));
                    return Ok(Some(ExampleChip { chip, how, overrides: None }));
                }
                if words.first().is_some_and(|w| w.starts_with("qemu-system-")) {
                    if let Some(machine) = after(&["-M", "-machine", "--machine"]) {
                        let machine = machine.split(',').next().unwrap_or_default().to_string();
                        if let Some(board) =
                            boards.iter().find(|b| b.qemu.as_ref().is_some_and(|q| q.machine == machine))
                        {
                            let beside_board = board.dir.join(overrides::FILE_NAME);
                            return Ok(Some(ExampleChip {
                                chip: board.chip.clone(),
                                how: format!(
                                    "QEMU machine `{machine}` in {}, as board {} uses",
                                    shown(&config),
                                    board.name
                                ),
                                overrides: beside_board.is_file().then_some(beside_board),
                            }));
                        }
                    }
                }
            }
        }
        if current == top {
            break;
        }
        dir = current.parent();
    }
    Ok(None)
}

/// Every `runner` in a cargo config (`[target.<triple>] runner = "..."` or `[...]`).
fn runners(config: &toml::Value) -> Vec<String> {
    let Some(targets) = config.get("target").and_then(|t| t.as_table()) else { return Vec::new() };
    targets
        .values()
        .filter_map(|t| t.get("runner"))
        .map(|runner| match runner {
            toml::Value::Array(words) => words.iter().filter_map(|w| w.as_str()).collect::<Vec<_>>().join(" "),
            other => other.as_str().unwrap_or_default().to_string(),
        })
        .collect()
}

/// Files named `name` under `dir`, sorted, skipping `target` and hidden folders.
fn find_files(dir: &Path, name: &str) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Ok(found);
    }
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if path.is_dir() {
            if file_name != "target" && !file_name.starts_with('.') {
                found.extend(find_files(&path, name)?);
            }
        } else if file_name == name {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// A path as messages show it: relative to the repository when inside it.
fn shown(path: &Path) -> String {
    path.strip_prefix(util::root()).unwrap_or(path).display().to_string()
}
