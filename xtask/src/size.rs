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
            crate::build::firmware(board, crate::build::Flavour::Release)?;
        }
    }
    let verdict = report(&boards);
    if let Some(count) = args.top {
        for board in &boards {
            largest_symbols(&board.release_elf(), count)?;
        }
    }
    verdict
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
    symbols.sort_by(|a, b| b.0.cmp(&a.0));
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
        "{:<16} {:>7} {:>7} {:>7} {:>7} | {:>6} {:>6} {:>6} {:>6} | {:>14} {:>14}",
        "firmware", "vectors", ".text", ".rodata", ".data", ".data", ".bss", "uninit", "stack", "flash/budget", "RAM/budget"
    );
    for board in boards {
        let elf = board.release_elf();
        let s = measure(&elf).with_context(|| format!("{}: build it first with `cargo xtask build`", board.name))?;
        println!(
            "{:<16} {:>7} {:>7} {:>7} {:>7} | {:>6} {:>6} {:>6} {:>6} | {:>6}/{:<7} {:>6}/{:<7}",
            board.name,
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
            over.push(format!("{}: the image reserves no stack (`_keel_stack_size` missing from memory.x)", board.name));
        }
        if s.flash() > board.budget.flash {
            over.push(format!("{}: flash {} B exceeds the budget of {} B", board.name, s.flash(), board.budget.flash));
        }
        if s.ram() > board.budget.ram {
            over.push(format!("{}: RAM {} B exceeds the budget of {} B", board.name, s.ram(), board.budget.ram));
        }
    }
    if !over.is_empty() {
        bail!("size budget check failed:\n  {}", over.join("\n  "));
    }
    println!("all firmware within budget");
    Ok(())
}
