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
    /// Also build REV (a commit, a branch) in a temporary worktree and print what each board's image gained or
    /// lost since; `A..B` compares two revisions (`HEAD~1..HEAD`: what the last commit changed).
    #[arg(long, value_name = "REV")]
    pub compare: Option<String>,
    /// With `--compare`: add those differences to the table of savings in docs/costs.md, as a row for CHANGE.
    #[arg(long, value_name = "CHANGE", requires = "compare")]
    pub record: Option<String>,
    /// Also build each board's shipped image with these cargo features added (`keel-core/line-editor`), and print
    /// what they cost in flash and RAM and whether the image would still fit the board's budget.
    #[arg(long, value_name = "FEATURES")]
    pub with: Option<String>,
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
    /// Bytes of the image's code and data that are `core::fmt`'s (already counted in `.text` and `.rodata`).
    pub core_fmt: u64,
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
    sizes.core_fmt = file.symbols().filter(|s| s.name().is_ok_and(is_core_fmt)).map(|s| s.size()).sum();
    Ok(sizes)
}

/// Whether a (mangled) symbol is `core::fmt`'s: both Rust manglings spell the path `4core3fmt`
/// (`_ZN4core3fmt...`, `_RNv..._4core3fmt3num...`, and so do trait impls such as `<usize as core::fmt::Display>`).
fn is_core_fmt(name: &str) -> bool {
    name.contains("4core3fmt")
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
    if let Some(revision) = &args.compare {
        // `A..B` compares two revisions, each built in a worktree; `REV` compares it with the working tree.
        let (then, now, label) = match revision.split_once("..") {
            Some((base, head)) => (
                measure_revision(base, args.board.as_deref())?,
                measure_revision(head, args.board.as_deref())?,
                format!("{head} against {base}"),
            ),
            None => {
                let now = boards
                    .iter()
                    .map(|board| Ok((board.name.clone(), measure(&board.release_elf())?.flash())))
                    .collect::<Result<Vec<_>>>()?;
                (measure_revision(revision, args.board.as_deref())?, now, format!("against {revision}"))
            }
        };
        println!("\nflash {label}:");
        for (board, flash) in &now {
            match then.iter().find(|(name, _)| name == board) {
                Some((_, before)) => {
                    println!("  {board:<18} {before:>6} -> {flash:>6} B ({})", signed(*flash, *before))
                }
                None => println!("  {board:<18} new: {flash} B"),
            }
        }
        if let Some(change) = &args.record {
            let path = crate::util::root().join("docs").join("costs.md");
            let text = std::fs::read_to_string(&path)?;
            std::fs::write(&path, with_saving(&text, change, &then, &now)?)?;
            println!("recorded in {}", path.display());
        }
    }
    if let Some(features) = &args.with {
        println!("\nwith {features}:");
        for board in &boards {
            let (then, now) = (measure(&board.release_elf())?, measure(&with_features(board, features)?)?);
            let fits = match now.flash().checked_sub(board.budget.flash) {
                None | Some(0) => format!("fits, {} B to spare", board.budget.flash - now.flash()),
                Some(over) => format!("{over} B over the budget"),
            };
            println!(
                "  {:<18} flash {:>6} -> {:>6} B ({}), RAM {} -> {} B ({}): {fits}",
                board.name,
                then.flash(),
                now.flash(),
                signed(now.flash(), then.flash()),
                then.ram(),
                now.ram(),
                signed(now.ram(), then.ram())
            );
        }
    }
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

/// The board's shipped image built with `features` added, copied beside the others as `<binary>-with.elf`; the
/// next build of the shipped image compiles the crates the features touch again.
fn with_features(board: &Board, features: &str) -> Result<std::path::PathBuf> {
    let mut cargo = crate::build::release_cargo(&board.dir, &board.target, false)?;
    cargo.args(["--features", features]).env("CARGO_TARGET_DIR", crate::util::target_dir());
    crate::util::run_checked(&mut cargo)?;
    let copy = board.release_elf().with_file_name(format!("{}-with.elf", board.binary));
    std::fs::copy(board.cargo_elf(), &copy)?;
    Ok(copy)
}

/// `after - before` with its sign, as the table of savings shows it.
fn signed(after: u64, before: u64) -> String {
    match after.cmp(&before) {
        std::cmp::Ordering::Less => format!("-{}", before - after),
        std::cmp::Ordering::Equal => "0".into(),
        std::cmp::Ordering::Greater => format!("+{}", after - before),
    }
}

/// Each board's flash (the QEMU image) at `revision`, from `cargo xtask size` run in a temporary worktree and read
/// from its table (every revision prints it, whatever flags it has). The worktree is always at the same path and
/// builds in a target directory of its own that outlives it (`target/keel/compare`), so only the first comparison
/// builds the dependencies.
fn measure_revision(revision: &str, board: Option<&str>) -> Result<Vec<(String, u64)>> {
    // One path for every comparison: the builds' `--remap-path-prefix` names the checkout, so a new path would
    // rebuild every dependency.
    let dir = crate::util::target_dir().join("keel").join("compare-tree");
    crate::util::in_worktree(&dir, revision, |dir| {
        let mut command = std::process::Command::new("cargo");
        let target = crate::util::target_dir().join("keel").join("compare");
        command.current_dir(dir).args(["xtask", "size"]).env("CARGO_TARGET_DIR", target);
        if let Some(board) = board {
            command.args(["--board", board]);
        }
        eprintln!("$ (cd {} && cargo xtask size)", dir.display());
        let output = command.stderr(std::process::Stdio::inherit()).output()?;
        let table = String::from_utf8_lossy(&output.stdout);
        let flash = flash_column(&table);
        if flash.is_empty() {
            bail!("`cargo xtask size` of {revision} printed no sizes:\n{table}");
        }
        Ok(flash)
    })
}

/// The board and flash of each QEMU image's row of the table `cargo xtask size` prints (its flash is the
/// `flash/budget` column, the second last).
fn flash_column(table: &str) -> Vec<(String, u64)> {
    table
        .lines()
        .filter(|line| !line.contains("(rtt)"))
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let flash = words.len().checked_sub(2).and_then(|i| words[i].split_once('/'))?.0.parse().ok()?;
            Some((words.first()?.to_string(), flash))
        })
        .collect()
}

/// The markers around the table of savings in docs/costs.md.
const SAVINGS_BEGIN: &str = "<!-- savings: rows written by `cargo xtask size --compare REV --record CHANGE` -->";
const SAVINGS_END: &str = "<!-- /savings -->";

/// `text` with a row for `change` added to its table of savings: one column per board, in the table's order (the
/// header row names them), each the difference from `then` to `now`; a board not measured gets `-`.
fn with_saving(text: &str, change: &str, then: &[(String, u64)], now: &[(String, u64)]) -> Result<String> {
    let (Some(begin), Some(end)) = (text.find(SAVINGS_BEGIN), text.find(SAVINGS_END)) else {
        bail!("docs/costs.md has no table of savings ({SAVINGS_BEGIN} ... {SAVINGS_END})");
    };
    let table = &text[begin + SAVINGS_BEGIN.len()..end];
    let header = table.lines().find(|line| line.starts_with('|')).context("the table of savings has no header")?;
    let boards: Vec<&str> = header.split('|').map(str::trim).filter(|cell| !cell.is_empty()).skip(1).collect();
    let mut row = format!("| {} |", change.replace('|', "\\|"));
    for board in boards {
        let before = then.iter().find(|(name, _)| name == board).map(|(_, flash)| *flash);
        let after = now.iter().find(|(name, _)| name == board).map(|(_, flash)| *flash);
        let cell = match (before, after) {
            (Some(before), Some(after)) => signed(after, before),
            _ => "-".into(),
        };
        row.push_str(&format!(" {cell} |"));
    }
    let mut table = table.trim_end().to_string();
    table.push('\n');
    table.push_str(&row);
    table.push('\n');
    Ok(format!("{}{SAVINGS_BEGIN}{table}{}", &text[..begin], &text[end..]))
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
    let mut formatting = Vec::new();
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
        if s.core_fmt > 0 {
            formatting.push(format!("{name} {} B (budget {} B)", s.core_fmt, board.budget.core_fmt));
        }
        if s.core_fmt > board.budget.core_fmt {
            over.push(format!(
                "{name}: {} B of core::fmt, over its budget of {} B: a panic that formats its message (an index or a \
                 slice out of range, an `expect`) came into the image; `cargo xtask size --board {} --top 60` shows \
                 core::fmt's symbols, `llvm-objdump -d` the calls into them, and `llvm-addr2line -i` the source of a call",
                s.core_fmt, board.budget.core_fmt, board.name
            ));
        }
    }
    if !formatting.is_empty() {
        println!("core::fmt in the images: {}", formatting.join(", "));
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

    /// Both manglings of `core::fmt`'s symbols are found, and nothing else is.
    #[test]
    fn core_fmt_symbols_are_recognised() {
        assert!(super::is_core_fmt("_RNvXsd_NtNtNtCs2fZl91Oq0qp_4core3fmt3num3impjNtB9_7Display3fmt"));
        assert!(super::is_core_fmt("_ZN4core3fmt9Formatter3pad17h0123456789abcdefE"));
        assert!(!super::is_core_fmt("_ZN5defmt6export3fmt17ha039b6b06693af75E"));
        assert!(!super::is_core_fmt("_RNvNtCs2fZl91Oq0qp_4core9panicking9panic_fmt"));
    }

    /// The flash column of `cargo xtask size`'s table, the QEMU images' rows only.
    #[test]
    fn the_flash_column_is_read_from_the_table() {
        let table = "firmware vectors .text .rodata .data | .data .bss uninit stack | flash/budget RAM/budget\n\
                     lm3s6965evb 240 20244 3136 8 | 8 2200 776 4096 | 23628/26624 7080/8192\n\
                     lm3s6965evb (rtt) 240 20248 3160 64 | 64 2120 1800 4096 | 23712/26624 8080/8192\n\
                     all firmware within budget\n";
        assert_eq!(super::flash_column(table), [("lm3s6965evb".to_string(), 23628)]);
    }

    /// A recorded saving is a row in the table's board order, signed, `-` where a board was not measured.
    #[test]
    fn a_saving_is_a_row_in_the_boards_order() {
        let text = format!(
            "before\n{}\n| change | a | b | c |\n| --- | ---: | ---: | ---: |\n| old | -1 | -2 | -3 |\n{}\nafter\n",
            super::SAVINGS_BEGIN,
            super::SAVINGS_END
        );
        let then = [("b".to_string(), 100), ("a".to_string(), 50)];
        let now = [("a".to_string(), 40), ("b".to_string(), 100)];
        let written = super::with_saving(&text, "cut | this", &then, &now).unwrap();
        assert!(
            written.contains("| old | -1 | -2 | -3 |\n| cut \\| this | -10 | 0 | - |\n<!-- /savings -->\nafter"),
            "{written}"
        );
    }

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
