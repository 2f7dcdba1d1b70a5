//! `cargo xtask new-board --chip NAME`: a new board folder. The `memory.x` is written from the chip database
//! (and the folder's `memory-overrides.toml`, if it already has one), then checked; for an Arm Cortex-M chip
//! the rest of a board project on the shared runtime follows from `xtask/templates/board/` (keel.toml,
//! Cargo.toml, .cargo/config.toml, build.rs, src/main.rs, src/hw.rs, README.md): it builds as written, and
//! every part a human must wire (the chip's HAL, pins, clocks) is a `PORT:` note (docs/porting.md).

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};

use super::chipdb::{self, Architecture, ChipMemory, Kind, Provenance};
use super::diagnosis::{hex, linker_length, range, size, Severity};
use super::{linker_script, overrides, regions};
use crate::util;

/// Flash windows larger than this are address windows for external flash, not the flash itself.
const EXTERNAL_FLASH_WINDOW: u64 = 16 << 20;

/// Arguments of `cargo xtask new-board`.
#[derive(clap::Args)]
pub struct NewBoardArgs {
    /// Chip name as the probe-rs database spells it, any case (e.g. STM32F103C8, nRF52840_xxAA, RP2040).
    #[arg(long)]
    pub chip: String,
    /// The board folder to write memory.x into (default: boards/<chip in lower case>).
    #[arg(long, value_name = "PATH")]
    pub dir: Option<PathBuf>,
    /// On multi-core chips, the core whose view of memory to use (default: the first).
    #[arg(long)]
    pub core: Option<String>,
    /// Replace existing files.
    #[arg(long)]
    pub force: bool,
    /// The board's name (default: the folder's name).
    #[arg(long)]
    pub name: Option<String>,
}

/// The board project's files besides memory.x: (path in the board folder, template).
const TEMPLATES: &[(&str, &str)] = &[
    ("keel.toml", include_str!("../../templates/board/keel.toml.in")),
    ("Cargo.toml", include_str!("../../templates/board/Cargo.toml.in")),
    (".cargo/config.toml", include_str!("../../templates/board/config.toml.in")),
    ("build.rs", include_str!("../../templates/board/build.rs.in")),
    ("src/main.rs", include_str!("../../templates/board/main.rs.in")),
    ("src/hw.rs", include_str!("../../templates/board/hw.rs.in")),
    ("README.md", include_str!("../../templates/board/README.md.in")),
];

/// Runs `cargo xtask new-board`.
pub fn run(args: &NewBoardArgs) -> Result<()> {
    let mut chip = chipdb::lookup(&args.chip, args.core.as_deref())?;
    let dir = args.dir.clone().unwrap_or_else(|| util::root().join("boards").join(chip.name.to_ascii_lowercase()));
    let overrides_file = dir.join(overrides::FILE_NAME);
    if overrides_file.is_file() {
        let notes = overrides::apply(&mut chip, &overrides::load(&overrides_file)?, &overrides_file)?;
        for note in notes {
            println!("{note}");
        }
    }
    let path = dir.join("memory.x");
    let arm = chip.architecture != Architecture::RiscV;
    let targets: Vec<PathBuf> =
        std::iter::once(path.clone()).chain(TEMPLATES.iter().filter(|_| arm).map(|(file, _)| dir.join(file))).collect();
    if let Some(existing) = targets.iter().find(|p| p.exists()).filter(|_| !args.force) {
        bail!("{} exists; pass --force to replace the board's files", existing.display());
    }
    let mut text = memory_x(&chip)?;
    if arm {
        text.push_str(&stack_reserve(&chip)?);
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
    print!("{text}");
    println!("\nwrote {}", path.display());
    let script = linker_script::parse_file(&path)?;
    let findings = regions::check(&script, &chip);
    for finding in &findings {
        println!("{finding}");
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        bail!("the written memory.x does not pass `cargo xtask check` (a bug in new-board)");
    }
    if let Some(flash) = regions::suggested_region(&chip, Kind::Flash).filter(|f| f.len() > EXTERNAL_FLASH_WINDOW) {
        println!(
            "warning: {}'s flash region is {} ({}): the address window of external flash, not the flash chip. \
             Set FLASH's LENGTH to the size of the board's flash chip (and add any second-stage boot loader region \
             the chip needs).",
            chip.name,
            size(flash.len()),
            range(flash.range.start, flash.range.end)
        );
    }
    if !arm {
        println!(
            "next: the runtime has no RISC-V start-up yet (its `target` module covers Cortex-M): give the board a \
             keel.toml with `chip = \"{}\"` and `target = \"{}\"`, then run `cargo xtask check --chip {} --memory {}`",
            chip.name,
            target_hint(&chip.core_type),
            chip.name,
            path.display()
        );
        return Ok(());
    }
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let values = template_values(&chip, &name, &dir)?;
    for (file, template) in TEMPLATES {
        let target = dir.join(file);
        std::fs::create_dir_all(target.parent().expect("inside the board folder"))?;
        std::fs::write(&target, fill(template, &values)).with_context(|| format!("writing {}", target.display()))?;
        println!("wrote {}", target.display());
    }
    println!(
        "next: `cd {}` and `cargo build --release` (it builds as written), then follow docs/porting.md from step 3: \
         the chip's HAL or PAC, and each `PORT:` note in src/",
        dir.display()
    );
    Ok(())
}

/// The stack reserve and its link-time check (a quarter of small RAMs, 4 KiB from 16 KiB up).
fn stack_reserve(chip: &ChipMemory) -> Result<String> {
    let ram = regions::suggested_region(chip, Kind::Ram).context("the database lists no RAM for this chip")?;
    let stack = (ram.len() / 4).clamp(512, 4096);
    Ok(format!(
        "\n/* Stack the firmware reserves (counted by `cargo xtask size` in the RAM budget). The stack starts at the\n \
         * top of RAM; the assertion fails the link if the statics leave less than this. */\n\
         _keel_stack_size = {stack};\n\
         ASSERT(_stack_start - _stack_end >= _keel_stack_size, \"Keel: the statics leave less RAM than the reserved stack\");\n"
    ))
}

/// The values the templates' `{name}` placeholders take.
fn template_values(chip: &ChipMemory, board: &str, dir: &std::path::Path) -> Result<Vec<(&'static str, String)>> {
    let flash = regions::suggested_region(chip, Kind::Flash).context("no flash")?.len();
    let ram = regions::suggested_region(chip, Kind::Ram).context("no RAM")?.len();
    let target = match chip.core_type.as_str() {
        "Armv6m" => "thumbv6m-none-eabi",
        "Armv7m" => "thumbv7m-none-eabi",
        "Armv8m" => "thumbv8m.main-none-eabihf",
        _ => "thumbv7em-none-eabihf",
    };
    Ok(vec![
        ("{board}", board.to_string()),
        ("{chip}", chip.name.clone()),
        ("{target}", target.to_string()),
        ("{root}", relative_root(dir)?),
        ("{flash_budget}", flash.min(32 * 1024).to_string()),
        ("{ram_budget}", ram.min(8 * 1024).to_string()),
        ("{core_hz}", "8_000_000".to_string()),
    ])
}

/// The repository root as seen from `dir` (relative when `dir` is inside it, as a board folder is).
fn relative_root(dir: &std::path::Path) -> Result<String> {
    let root = util::root();
    let dir = std::path::absolute(dir)?;
    Ok(match dir.strip_prefix(&root) {
        Ok(inside) => {
            let depth = inside.components().count();
            vec![".."; depth].join("/")
        }
        Err(_) => root.display().to_string(),
    })
}

/// `template` with every placeholder replaced.
fn fill(template: &str, values: &[(&str, String)]) -> String {
    values.iter().fold(template.to_string(), |text, (key, value)| text.replace(key, value))
}

/// The memory.x text for `chip`: FLASH at its boot flash, RAM at its main RAM, other memory as comments.
pub fn memory_x(chip: &ChipMemory) -> Result<String> {
    let flash = regions::suggested_region(chip, Kind::Flash).context("the database lists no flash for this chip")?;
    let ram = regions::suggested_region(chip, Kind::Ram).context("the database lists no RAM for this chip")?;
    let mut text = String::new();
    writeln!(
        text,
        "/* {} memory map ({}), written by `cargo xtask new-board --chip {}`",
        chip.name, chip.family, chip.name
    )?;
    writeln!(text, " * from the probe-rs chip database. Check it against the datasheet; where the database is wrong,")?;
    writeln!(text, " * correct it here and record the datasheet's numbers in memory-overrides.toml so that")?;
    writeln!(text, " * `cargo xtask check` agrees.")?;
    for region in chip.regions.iter() {
        if let Provenance::Override { reference, .. } = &region.provenance {
            writeln!(text, " * {} is from memory-overrides.toml ({reference}).", region.name)?;
        }
    }
    if flash.len() > EXTERNAL_FLASH_WINDOW {
        writeln!(text, " * FLASH is the external-flash address window: set LENGTH to the board's flash chip size.")?;
    }
    writeln!(text, " */")?;
    writeln!(text, "MEMORY\n{{")?;
    writeln!(text, "  FLASH : ORIGIN = {}, LENGTH = {}", hex(flash.range.start), linker_length(flash.len()))?;
    writeln!(text, "  RAM   : ORIGIN = {}, LENGTH = {}", hex(ram.range.start), linker_length(ram.len()))?;
    writeln!(text, "}}")?;
    let others: Vec<String> = chip
        .regions
        .iter()
        .filter(|r| !(flash.range.start <= r.range.start && r.range.end <= flash.range.end))
        .filter(|r| !(ram.range.start <= r.range.start && r.range.end <= ram.range.end))
        .map(|r| {
            let alias = if r.alias { ", alias" } else { "" };
            format!("{} {} {}{alias}", r.kind, r.describe(), if r.boot { "(boot)" } else { "" })
        })
        .collect();
    if !others.is_empty() {
        writeln!(text, "\n/* Other memory the database lists (the runtime uses only FLASH and RAM):")?;
        for other in others {
            writeln!(text, " *   {}", other.trim_end())?;
        }
        writeln!(text, " */")?;
    }
    if chip.architecture == Architecture::RiscV {
        writeln!(text, "\n/* riscv-rt places sections through these aliases. */")?;
        for (alias, region) in [
            ("REGION_TEXT", "FLASH"),
            ("REGION_RODATA", "FLASH"),
            ("REGION_DATA", "RAM"),
            ("REGION_BSS", "RAM"),
            ("REGION_HEAP", "RAM"),
            ("REGION_STACK", "RAM"),
        ] {
            writeln!(text, "REGION_ALIAS(\"{alias}\", {region});")?;
        }
    }
    Ok(text)
}

/// The Rust target for a probe-rs core type, for the next-step hint.
fn target_hint(core_type: &str) -> &'static str {
    match core_type {
        "Armv6m" => "thumbv6m-none-eabi",
        "Armv7m" => "thumbv7m-none-eabi",
        "Armv7em" => "thumbv7em-none-eabihf (thumbv7em-none-eabi without an FPU)",
        "Armv8m" => "thumbv8m.main-none-eabihf (thumbv8m.base-none-eabi for a Cortex-M23)",
        "Riscv" => "riscv32imac-unknown-none-elf (match the core's extensions)",
        _ => "the target of this core",
    }
}
