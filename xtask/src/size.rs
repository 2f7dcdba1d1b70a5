//! `cargo xtask size`: what each firmware costs in flash and RAM, read from its ELF with the `object`
//! crate (no external `size` tool), against the budget in the board's `keel.toml`.
//!
//! Flash holds the vector table, `.text`, `.rodata` and the initial values of `.data`. RAM holds `.data`,
//! `.bss`, `.uninit` (no-init data kept across resets) and the stack the board reserves. The reserve is
//! the linker symbol `_keel_stack_size`, which the board's `memory.x` defines and asserts fits.

use std::path::Path;

use anyhow::{bail, Context, Result};
use object::{Object, ObjectSection, ObjectSymbol, SectionFlags};

use crate::boards::{self, Board};

/// Arguments of `cargo xtask size`.
#[derive(clap::Args)]
pub struct SizeArgs {
    /// Board to measure (default: all boards).
    #[arg(long)]
    pub board: Option<String>,
    /// Measure the ELFs as they are, without building first.
    #[arg(long)]
    pub no_build: bool,
    /// Also list this many of the largest symbols of each image (where the bytes go).
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Also break each image's flash down by crate.
    #[arg(long)]
    pub by_crate: bool,
}

/// Byte counts of one firmware image.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// `.vector_table` (flash).
    pub vector_table: u64,
    /// `.text` (flash).
    pub text: u64,
    /// `.rodata` (flash).
    pub rodata: u64,
    /// `.data` (its initial values in flash, the variables in RAM).
    pub data: u64,
    /// `.bss` (RAM, zeroed at start-up).
    pub bss: u64,
    /// `.uninit` (RAM, left as it was: survives a reset).
    pub uninit: u64,
    /// Other allocated sections, counted in flash or RAM by their flags.
    pub other_flash: u64,
    /// Other allocated, writable sections.
    pub other_ram: u64,
    /// Stack reserved by `_keel_stack_size` (0 when the image does not define it).
    pub stack: u64,
}

impl Sizes {
    /// Total flash bytes.
    pub fn flash(&self) -> u64 {
        self.vector_table + self.text + self.rodata + self.data + self.other_flash
    }

    /// Total RAM bytes, including the reserved stack.
    pub fn ram(&self) -> u64 {
        self.data + self.bss + self.uninit + self.other_ram + self.stack
    }
}

/// Reads the section sizes of an ELF file.
pub fn measure(path: &Path) -> Result<Sizes> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let file = object::File::parse(&*bytes).with_context(|| format!("parsing {}", path.display()))?;
    let mut sizes = Sizes::default();
    for section in file.sections() {
        let name = section.name().unwrap_or("");
        let (allocated, writable) = match section.flags() {
            SectionFlags::Elf { sh_flags } => {
                (sh_flags & u64::from(object::elf::SHF_ALLOC) != 0, sh_flags & u64::from(object::elf::SHF_WRITE) != 0)
            }
            _ => (false, false),
        };
        if !allocated || section.size() == 0 {
            continue;
        }
        let size = section.size();
        match name {
            ".vector_table" => sizes.vector_table += size,
            ".text" => sizes.text += size,
            ".rodata" => sizes.rodata += size,
            ".data" => sizes.data += size,
            ".bss" => sizes.bss += size,
            ".uninit" => sizes.uninit += size,
            // riscv-rt's placeholders for the stack (all RAM above the statics) and an unused heap: the stack
            // is counted as the board's reserve instead.
            ".stack" | ".heap" => {}
            _ if writable => sizes.other_ram += size,
            _ => sizes.other_flash += size,
        }
    }
    if let Some(symbol) = file.symbols().find(|s| s.name() == Ok("_keel_stack_size")) {
        sizes.stack = symbol.address();
    }
    Ok(sizes)
}

/// Runs `cargo xtask size`.
pub fn run(args: &SizeArgs) -> Result<()> {
    let boards = boards::select(args.board.as_deref())?;
    if !args.no_build {
        crate::setup::run(&Default::default())?;
        for board in &boards {
            crate::build::firmware(board, crate::build::Flavour::Hardware)?;
            crate::build::firmware(board, crate::build::Flavour::Release)?;
        }
    }
    let verdict = report(&boards);
    if args.by_crate {
        for board in &boards {
            flash_by_crate(&board.release_elf())?;
        }
    }
    if let Some(count) = args.top {
        for board in &boards {
            largest_symbols(&board.release_elf(), count)?;
        }
    }
    verdict
}

/// Sections whose bytes are in flash.
const FLASH_SECTIONS: [&str; 4] = [".vector_table", ".text", ".rodata", ".data"];

/// Prints an image's flash bytes grouped by the crate each symbol belongs to. After LTO a function holds
/// whatever was inlined into it, so a crate's share includes code from its callees in other crates.
fn flash_by_crate(path: &Path) -> Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let file = object::File::parse(&*bytes)?;
    let mut groups: std::collections::BTreeMap<String, u64> = Default::default();
    let mut seen = std::collections::HashSet::new();
    let mut total = 0;
    for section in file.sections().filter(|s| FLASH_SECTIONS.contains(&s.name().unwrap_or(""))) {
        total += section.size();
        let mut named = 0;
        for symbol in file.symbols().filter(|s| s.size() > 0 && s.section_index() == Some(section.index())) {
            // Aliases (one function under two names) count once.
            if !seen.insert((symbol.address(), symbol.size())) {
                continue;
            }
            named += symbol.size();
            let name = format!("{:#}", rustc_demangle::demangle(symbol.name().unwrap_or("?")));
            *groups.entry(crate_of(&name)).or_default() += symbol.size();
        }
        let unnamed = section.size().saturating_sub(named);
        if unnamed > 0 {
            *groups
                .entry(format!("(no symbol in {}: string constants, tables, padding)", section.name()?))
                .or_default() += unnamed;
        }
    }
    let mut rows: Vec<(String, u64)> = groups.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("\nflash of {} by crate (after inlining):", path.display());
    for (group, size) in rows {
        println!("{size:>7}  {:>5.1}%  {group}", size as f64 * 100.0 / total.max(1) as f64);
    }
    println!("{total:>7}  total");
    Ok(())
}

/// The crate a demangled symbol belongs to, or a description for symbols without a crate path.
fn crate_of(name: &str) -> String {
    let path = name.trim_start_matches(['<', '&', '*', ' ']).trim_start_matches("mut ").trim_start_matches("dyn ");
    if let Some((first, _)) = path.split_once("::") {
        if !first.is_empty() && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return if first == "__rustc" { "(the panic handler)".to_owned() } else { first.to_owned() };
        }
    }
    let group = match name {
        n if n.starts_with("__aeabi_") || n.starts_with("mem") || n.starts_with("__") && n.ends_with("i3") => {
            "compiler_builtins"
        }
        n if n.starts_with("_defmt_") => "defmt",
        n if n.starts_with("OUTLINED_FUNCTION_") => "(code the outliner shares between functions)",
        "__INTERRUPTS" | "__EXCEPTIONS" | "__RESET_VECTOR" => "(vector table)",
        "Reset" | "DefaultHandler_" | "DefaultPreInit" | "HardFaultTrampoline" | "HardFault_" => "cortex_m_rt",
        _ => "(interrupt and exception handlers, with the tasks RTIC inlines into them)",
    };
    group.to_owned()
}

/// Prints the `count` largest symbols of an image, with their section and demangled-enough names.
fn largest_symbols(path: &Path, count: usize) -> Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let file = object::File::parse(&*bytes)?;
    let mut symbols: Vec<(u64, String, String)> = file
        .symbols()
        .filter(|s| s.size() > 0)
        .map(|s| {
            let section = s
                .section_index()
                .and_then(|i| file.section_by_index(i).ok())
                .and_then(|sec| sec.name().ok().map(str::to_owned))
                .unwrap_or_default();
            (s.size(), section, s.name().unwrap_or("?").to_owned())
        })
        .collect();
    symbols.sort_by_key(|symbol| std::cmp::Reverse(symbol.0));
    println!("\nlargest symbols of {}:", path.display());
    for (size, section, name) in symbols.into_iter().take(count) {
        println!("{size:>7}  {section:<14} {name}");
    }
    Ok(())
}

/// Prints the table for `boards` and fails when one is over budget.
pub fn report(boards: &[Board]) -> Result<()> {
    let mut over = Vec::new();
    println!(
        "{:<18} {:>7} {:>7} {:>7} {:>7} | {:>6} {:>6} {:>6} {:>6} | {:>14} {:>14}",
        "firmware",
        "vectors",
        ".text",
        ".rodata",
        ".data",
        ".data",
        ".bss",
        "uninit",
        "stack",
        "flash/budget",
        "RAM/budget"
    );
    // Both images a board ships: the QEMU one (`cargo xtask run`) and the one flashed on hardware.
    let images = boards
        .iter()
        .flat_map(|b| [(b, b.name.clone(), b.release_elf()), (b, format!("{} (rtt)", b.name), b.hardware_elf())]);
    for (board, name, elf) in images {
        let s = measure(&elf).with_context(|| format!("{name}: build it first with `cargo xtask build`"))?;
        println!(
            "{:<18} {:>7} {:>7} {:>7} {:>7} | {:>6} {:>6} {:>6} {:>6} | {:>6}/{:<7} {:>6}/{:<7}",
            name,
            s.vector_table,
            s.text,
            s.rodata,
            s.data,
            s.data,
            s.bss,
            s.uninit,
            s.stack,
            s.flash(),
            board.budget.flash,
            s.ram(),
            board.budget.ram
        );
        if s.stack == 0 {
            over.push(format!("{}: the image reserves no stack (`_keel_stack_size` missing from memory.x)", name));
        }
        if s.flash() > board.budget.flash {
            over.push(format!("{}: flash {} B exceeds the budget of {} B", name, s.flash(), board.budget.flash));
        }
        if s.ram() > board.budget.ram {
            over.push(format!("{}: RAM {} B exceeds the budget of {} B", name, s.ram(), board.budget.ram));
        }
    }
    if !over.is_empty() {
        bail!("size budget check failed:\n  {}", over.join("\n  "));
    }
    println!("all firmware within budget");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::crate_of;

    #[test]
    fn symbols_group_by_crate() {
        assert_eq!(crate_of("keel_core::node::Node::handle"), "keel_core");
        assert_eq!(crate_of("<keel_lm3s6965evb::outputs::Outputs as keel_core::Sink>::act"), "keel_lm3s6965evb");
        assert_eq!(
            crate_of("<&mut postcard::ser::serializer::Serializer<F> as serde_core::ser::Serializer>::x"),
            "postcard"
        );
        assert_eq!(crate_of("core::fmt::num::imp::<impl core::fmt::Display for u32>::fmt"), "core");
        assert_eq!(crate_of("__aeabi_memcpy4"), "compiler_builtins");
        assert_eq!(crate_of("memcmp"), "compiler_builtins");
        assert_eq!(crate_of("_defmt_write"), "defmt");
        assert_eq!(crate_of("UART0"), "(interrupt and exception handlers, with the tasks RTIC inlines into them)");
    }
}
