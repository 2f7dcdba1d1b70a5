//! `cargo xtask new-board --chip NAME`: a new board folder. The `memory.x` is written from the chip database
//! (and the folder's `memory-overrides.toml`, if it already has one), then checked. The rest of the project
//! depends on the chip:
//!
//! * a chip a chip crate of this repository serves gets a board on that crate: an STM32 of the F0, F1, F4 or L0
//!   family on `keel-stm32` (`xtask/templates/stm32/`), an nRF51 on `keel-nrf51` (`xtask/templates/nrf51/`, with
//!   the QEMU machine, the bench table and the golden files, so it boots and runs the suite as written); the
//!   start-up, console, sampling and work loop are the crate's, and `src/` is a pin map and options with `PORT:`
//!   notes on what to confirm; an FE310 on `keel-fe310` (`xtask/templates/fe310/`, its memory.x included, with
//!   the QEMU machine, the bench table and the golden files, so it boots and runs the suite as written);
//! * any other Arm Cortex-M chip gets the generic project from `xtask/templates/board/` (keel.toml, Cargo.toml,
//!   .cargo/config.toml, build.rs, src/main.rs, src/hw.rs, README.md), where every part a human must wire (the
//!   chip's HAL, pins, clocks) is a `PORT:` note (docs/porting.md).
//!
//! Both build as written.

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

/// The files of a board on `keel-stm32`.
const STM32_TEMPLATES: &[(&str, &str)] = &[
    ("keel.toml", include_str!("../../templates/stm32/keel.toml.in")),
    ("Cargo.toml", include_str!("../../templates/stm32/Cargo.toml.in")),
    (".cargo/config.toml", include_str!("../../templates/stm32/config.toml.in")),
    ("build.rs", include_str!("../../templates/board/build.rs.in")),
    ("src/main.rs", include_str!("../../templates/stm32/main.rs.in")),
    ("README.md", include_str!("../../templates/stm32/README.md.in")),
];

/// The files of a board on `keel-nrf51`.
const NRF51_TEMPLATES: &[(&str, &str)] = &[
    ("keel.toml", include_str!("../../templates/nrf51/keel.toml.in")),
    ("Cargo.toml", include_str!("../../templates/nrf51/Cargo.toml.in")),
    (".cargo/config.toml", include_str!("../../templates/nrf51/config.toml.in")),
    ("build.rs", include_str!("../../templates/board/build.rs.in")),
    ("src/main.rs", include_str!("../../templates/nrf51/main.rs.in")),
    ("src/pins.rs", include_str!("../../templates/nrf51/pins.rs.in")),
    ("README.md", include_str!("../../templates/nrf51/README.md.in")),
];

/// The files of a board on `keel-fe310` (its `memory.x` among them: the boot loader's offset and the flash chip
/// are the board's, which the chip database cannot say).
const FE310_TEMPLATES: &[(&str, &str)] = &[
    ("keel.toml", include_str!("../../templates/fe310/keel.toml.in")),
    ("Cargo.toml", include_str!("../../templates/fe310/Cargo.toml.in")),
    (".cargo/config.toml", include_str!("../../templates/fe310/config.toml.in")),
    ("build.rs", include_str!("../../templates/fe310/build.rs.in")),
    ("src/main.rs", include_str!("../../templates/fe310/main.rs.in")),
    ("README.md", include_str!("../../templates/fe310/README.md.in")),
];

/// The FE310 board's memory.x.
const FE310_MEMORY: &str = include_str!("../../templates/fe310/memory.x.in");

/// Whether `keel-fe310` serves `chip` (an FE310).
fn is_fe310(chip: &str) -> bool {
    chip.to_ascii_lowercase().starts_with("fe310")
}

/// The placeholders of the FE310 templates: the RAM from the chip database.
fn fe310_values(chip: &ChipMemory, board: &str, dir: &std::path::Path) -> Result<Vec<(&'static str, String)>> {
    let ram = regions::suggested_region(chip, Kind::Ram).context("the database lists no RAM for this chip")?;
    Ok(vec![
        ("{board}", board.to_string()),
        ("{chip}", chip.name.clone()),
        ("{root}", relative_root(dir)?),
        ("{ram_origin}", hex(ram.range.start)),
        ("{ram_length}", linker_length(ram.len())),
        ("{ram_note}", format!("{} at {} (the probe-rs database)", size(ram.len()), hex(ram.range.start))),
    ])
}

/// Whether `keel-nrf51` serves `chip` (any nRF51).
fn is_nrf51(chip: &str) -> bool {
    chip.to_ascii_lowercase().starts_with("nrf51")
}

/// The placeholders of the nRF51 templates: QEMU's micro:bit machine has 16 KiB of RAM, as the nRF51822_xxAA;
/// a chip with more (the nRF51422_xxAC of the nRF51-DK has 32 KiB) needs the machine told, or the stack at the
/// top of its RAM lies outside QEMU's and the first push locks the core up.
fn nrf51_values(chip: &ChipMemory) -> Result<Vec<(&'static str, String)>> {
    let ram = regions::suggested_region(chip, Kind::Ram).context("no RAM")?.len();
    let (note, args) = if ram > 16 * 1024 {
        (
            format!("; its RAM is the micro:bit's 16 KiB unless told: this chip has {} KiB.", ram / 1024),
            format!("args = [\"-global\", \"nrf51-soc.sram-size={ram}\"]\n"),
        )
    } else {
        (".".to_string(), String::new())
    };
    Ok(vec![("{qemu_ram_note}", note), ("{qemu_args}", args), ("{low_frequency_clock}", "Crystal".to_string())])
}

/// Golden files of a new emulated board, for the scenarios that compare with them (the banner, `help`): those of
/// the board `from` of the same chip family with the board's name, which is all that differs between them. Only for a board
/// under `boards/`, where the suite looks for them.
fn write_golden_files(board: &str, dir: &std::path::Path, from: &str) -> Result<()> {
    let boards = util::root().join("boards");
    if std::path::absolute(dir)?.parent() != Some(boards.as_path()) {
        return Ok(());
    }
    let golden = util::root().join("tests").join("golden");
    for file in ["boot.txt", "help.txt"] {
        let text = std::fs::read_to_string(golden.join(from).join(file))?;
        let target = golden.join(board).join(file);
        std::fs::create_dir_all(target.parent().expect("in the golden folder"))?;
        std::fs::write(&target, text.replace(from, board))?;
        println!("wrote {}", target.display());
    }
    Ok(())
}

/// An STM32 family `keel-stm32` runs, with what a new board of it starts from.
struct Stm32Family {
    /// The chip-name prefix.
    prefix: &'static str,
    /// keel-stm32's feature.
    feature: &'static str,
    /// Timers every chip of the family that the seeds' boards use has (the STM32F030 has no TIM2, the STM32L031
    /// no TIM3).
    sample_timer: &'static str,
    alarm_timer: &'static str,
    /// The core clock and the `embassy_stm32::Config` that gives it.
    core_hz: &'static str,
    clock_config: &'static str,
    /// Whether its small parts have a USART1 for telemetry (the STM32L031 has USART2 and LPUART1 only).
    usart1: bool,
}

const STM32_FAMILIES: &[Stm32Family] = &[
    Stm32Family {
        prefix: "STM32F0",
        feature: "f0",
        sample_timer: "TIM14",
        alarm_timer: "TIM3",
        core_hz: "8_000_000",
        clock_config: "// embassy-stm32's default clocks: the 8 MHz HSI. PORT: a crystal or the PLL.\n    let config = Config::default();",
        usart1: true,
    },
    Stm32Family {
        prefix: "STM32F1",
        feature: "f1",
        sample_timer: "TIM2",
        alarm_timer: "TIM3",
        core_hz: "8_000_000",
        clock_config: "// embassy-stm32's default clocks: the 8 MHz HSI. PORT: a crystal or the PLL.\n    let config = Config::default();",
        usart1: true,
    },
    Stm32Family {
        prefix: "STM32F4",
        feature: "f4",
        sample_timer: "TIM2",
        alarm_timer: "TIM3",
        core_hz: "16_000_000",
        clock_config: "// embassy-stm32's default clocks: the 16 MHz HSI. PORT: a crystal or the PLL (SysTick counts up to\n    // 55 MHz with `keel_stm32::Uptime`).\n    let config = Config::default();",
        usart1: true,
    },
    Stm32Family {
        prefix: "STM32L0",
        feature: "l0",
        sample_timer: "TIM21",
        alarm_timer: "TIM2",
        core_hz: "16_000_000",
        clock_config: "// The 16 MHz HSI (embassy-stm32 would run the L0 from its MSI at 4.19 MHz, too coarse for 115200 baud).\n    let mut config = Config::default();\n    config.rcc.hsi = true;\n    config.rcc.sys = embassy_stm32::rcc::Sysclk::HSI;",
        usart1: false,
    },
];

/// The STM32 family of `chip` that `keel-stm32` runs, if it is one.
fn stm32_family(chip: &str) -> Option<&'static Stm32Family> {
    let upper = chip.to_ascii_uppercase();
    STM32_FAMILIES.iter().find(|family| upper.starts_with(family.prefix))
}

/// The placeholders of the STM32 templates.
fn stm32_values(chip: &ChipMemory, family: &Stm32Family) -> Result<Vec<(&'static str, String)>> {
    // embassy-stm32 names a chip by its first eleven characters (`STM32F411CEUx`: `stm32f411ce`).
    let embassy_chip = chip.name.get(..11).context("an STM32 name of at least eleven characters")?.to_ascii_lowercase();
    let (telemetry_type, telemetry_setup, missing) = if family.usart1 {
        (
            "keel_runtime::Serial<keel_stm32::console::Tx>",
            "// PORT: telemetry: USART1's TX on PA9.\n    let Ok(telemetry) = embassy_stm32::usart::UartTx::new_blocking(p.USART1, p.PA9, keel_stm32::serial_config()) else {\n        panic!(\"USART1 set-up\")\n    };\n    let telemetry = keel_stm32::telemetry(telemetry, pac::USART1);",
            "Missing::DISPLAY.and(Missing::BUTTONS)",
        )
    } else {
        (
            "keel_runtime::platform::DefmtFrames",
            "// No USART1: telemetry frames travel in the defmt stream (RTT), as on the Nucleo-L031K6.\n    let telemetry = keel_runtime::platform::DefmtFrames;",
            "Missing::DISPLAY.and(Missing::BUTTONS).and(Missing::TELEMETRY_UART)",
        )
    };
    Ok(vec![
        ("{family_name}", format!("{}x", family.prefix)),
        ("{family}", family.feature.to_string()),
        ("{embassy_chip}", embassy_chip),
        ("{sample_timer}", family.sample_timer.to_string()),
        ("{alarm_timer}", family.alarm_timer.to_string()),
        ("{clock_config}", family.clock_config.to_string()),
        ("{telemetry_type}", telemetry_type.to_string()),
        ("{telemetry_setup}", telemetry_setup.to_string()),
        ("{missing}", missing.to_string()),
        ("{core_hz}", family.core_hz.to_string()),
    ])
}

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
    if is_fe310(&chip.name) {
        return write_fe310_board(args, &chip, &dir);
    }
    let arm = chip.architecture != Architecture::RiscV;
    let stm32 = stm32_family(&chip.name);
    let nrf51 = is_nrf51(&chip.name);
    let templates = if stm32.is_some() {
        STM32_TEMPLATES
    } else if nrf51 {
        NRF51_TEMPLATES
    } else {
        TEMPLATES
    };
    let targets: Vec<PathBuf> =
        std::iter::once(path.clone()).chain(templates.iter().filter(|_| arm).map(|(file, _)| dir.join(file))).collect();
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
    let mut values = template_values(&chip, &name, &dir)?;
    let specific = match stm32 {
        // The family's values first: `{family_name}` before `{family}`, and its clock over the generic one.
        Some(family) => Some(stm32_values(&chip, family)?),
        None if nrf51 => Some(nrf51_values(&chip)?),
        None => None,
    };
    if let Some(mut specific) = specific {
        values.retain(|(key, _)| !specific.iter().any(|(own, _)| own == key));
        specific.append(&mut values);
        values = specific;
    }
    for (file, template) in templates {
        let target = dir.join(file);
        std::fs::create_dir_all(target.parent().expect("inside the board folder"))?;
        std::fs::write(&target, fill(template, &values)).with_context(|| format!("writing {}", target.display()))?;
        println!("wrote {}", target.display());
    }
    // In the house style, so that the new board passes `cargo xtask test`'s formatting check as written.
    let sources: Vec<PathBuf> =
        templates.iter().filter(|(file, _)| file.ends_with(".rs")).map(|(file, _)| dir.join(file)).collect();
    let formatted = std::process::Command::new("rustfmt")
        .arg("--edition")
        .arg("2021")
        .arg("--config-path")
        .arg(util::root().join("rustfmt.toml"))
        .args(&sources)
        .status();
    if !formatted.is_ok_and(|status| status.success()) {
        println!("warning: rustfmt did not format the new sources (is the toolchain's rustfmt installed?)");
    }
    if nrf51 {
        write_golden_files(&name, &dir, "microbit")?;
    }
    match stm32 {
        None if nrf51 => println!(
            "next: `cd {}` and `cargo run --release` (it boots in QEMU's micro:bit machine as written, on keel-nrf51); \
             confirm each `PORT:` pin and option in src/ against the board's schematic (docs/porting.md)",
            dir.display()
        ),
        Some(family) => println!(
            "next: `cd {}` and `cargo build --release` (it builds as written, on keel-stm32's {}x support); confirm \
             each `PORT:` pin in src/main.rs against the board's schematic (docs/porting.md)",
            dir.display(),
            family.prefix
        ),
        None => println!(
            "next: `cd {}` and `cargo build --release` (it builds as written), then follow docs/porting.md from step \
             3: the chip's HAL or PAC, and each `PORT:` note in src/",
            dir.display()
        ),
    }
    Ok(())
}

/// A board on `keel-fe310`: the templates, formatted, with the golden files of a board under `boards/`.
fn write_fe310_board(args: &NewBoardArgs, chip: &ChipMemory, dir: &std::path::Path) -> Result<()> {
    let files: Vec<(&str, &str)> =
        std::iter::once(("memory.x", FE310_MEMORY)).chain(FE310_TEMPLATES.iter().copied()).collect();
    if let Some(existing) = files.iter().map(|(file, _)| dir.join(file)).find(|p| p.exists()).filter(|_| !args.force) {
        bail!("{} exists; pass --force to replace the board's files", existing.display());
    }
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let values = fe310_values(chip, &name, dir)?;
    for (file, template) in &files {
        let target = dir.join(file);
        std::fs::create_dir_all(target.parent().expect("inside the board folder"))?;
        std::fs::write(&target, fill(template, &values)).with_context(|| format!("writing {}", target.display()))?;
        println!("wrote {}", target.display());
    }
    let script = linker_script::parse_file(&dir.join("memory.x"))?;
    let findings = regions::check(&script, chip);
    for finding in &findings {
        println!("{finding}");
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        bail!("the written memory.x does not pass `cargo xtask check` (a bug in new-board)");
    }
    write_golden_files(&name, dir, "hifive1-revb")?;
    println!(
        "next: `cd {}` and `cargo run --release` (it boots in QEMU's sifive_e machine as written, on keel-fe310); \
         confirm each `PORT:` pin in src/main.rs and the flash in memory.x against the board (docs/porting.md)",
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
