//! Where a crash report's code addresses are in the firmware image: the function, the functions inlined there,
//! and `file:line`, from the ELF's DWARF, read with `addr2line` (on gimli), the maintained crate for it; names
//! are demangled with `rustc-demangle`, and taken from the symbol table where the DWARF has none. The node keeps
//! a report of a fault across the reset (`HardFault at pc=0x... lr=0x...`, on RISC-V `mcause=5 mepc=0x...`);
//! `cargo xtask crash`, `cargo xtask run` and the scenario suite explain it with this. The link register (or
//! `ra`) is a return address: the call it returns from is the instruction before it, so it is looked up one byte
//! earlier, as debuggers do.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Where the firmware's build puts the repository in the image's source paths (xtask's `--remap-path-prefix`):
/// the lookup shows the repository's files relative to it.
pub const REPOSITORY_IN_IMAGE: &str = "/keel";

/// An ELF's debug information, for looking up code addresses.
pub struct Symbolizer {
    context: addr2line::Context<addr2line::gimli::EndianRcSlice<addr2line::gimli::RunTimeEndian>>,
    /// The symbol table's functions (start, size, name), sorted: the name where the DWARF has none (a build
    /// with line tables only).
    functions: Vec<(u64, u64, String)>,
    elf: PathBuf,
}

impl Symbolizer {
    /// Reads `elf`'s DWARF.
    pub fn open(elf: &Path) -> Result<Self> {
        let bytes = std::fs::read(elf).with_context(|| format!("reading {}", elf.display()))?;
        let file =
            addr2line::object::File::parse(bytes.as_slice()).with_context(|| format!("parsing {}", elf.display()))?;
        let context =
            addr2line::Context::new(&file).with_context(|| format!("reading the DWARF of {}", elf.display()))?;
        use addr2line::object::{Object, ObjectSymbol, SymbolKind};
        let mut functions: Vec<(u64, u64, String)> = file
            .symbols()
            .filter(|symbol| symbol.kind() == SymbolKind::Text && symbol.size() > 0)
            .filter_map(|symbol| Some((symbol.address() & !1, symbol.size(), symbol.name().ok()?.to_string())))
            .collect();
        functions.sort();
        Ok(Self { context, functions, elf: elf.to_path_buf() })
    }

    /// The symbol table's function that holds `address`.
    fn function_at(&self, address: u64) -> Option<String> {
        let index = self.functions.partition_point(|(start, _, _)| *start <= address).checked_sub(1)?;
        let (start, size, name) = &self.functions[index];
        (address < start + size).then(|| format!("{:#}", rustc_demangle::demangle(name)))
    }

    /// Where `address` is: the functions (innermost first, with what was inlined there) and their source lines.
    pub fn describe(&self, address: u64) -> Vec<String> {
        let mut described = Vec::new();
        if let Ok(mut frames) = self.context.find_frames(address).skip_all_loads() {
            while let Ok(Some(frame)) = frames.next() {
                let function = frame
                    .function
                    .as_ref()
                    .and_then(|name| name.raw_name().ok())
                    .map(|name| format!("{:#}", rustc_demangle::demangle(&name)))
                    .or_else(|| self.function_at(address))
                    .unwrap_or_else(|| "?".to_string());
                // The repository's files relative to it (the image names it `/keel`: `build::short_source_paths`).
                let place = frame
                    .location
                    .map(|at| {
                        let file = at.file.unwrap_or("?");
                        let file = file
                            .strip_prefix(REPOSITORY_IN_IMAGE)
                            .map_or(file, |rest| rest.strip_prefix('/').unwrap_or(rest));
                        format!("{file}:{}", at.line.unwrap_or(0))
                    })
                    .unwrap_or_else(|| "?".to_string());
                described.push(format!("{function} at {place}"));
            }
        }
        described
    }

    /// One line per register address in `text` (`pc=0x...`, `lr=0x...`, `ra=0x...`, `mepc=0x...`), with where it
    /// is in the image, inlined frames indented below it.
    pub fn explain(&self, text: &str) -> Vec<String> {
        let mut lines = Vec::new();
        for (register, address) in addresses(text) {
            // A return address points after its call: the call is the instruction before it.
            let probe = if register == "lr" || register == "ra" { address.saturating_sub(1) } else { address };
            let mut frames = self.describe(probe & !1).into_iter();
            match frames.next() {
                Some(first) => {
                    lines.push(format!("{register}=0x{address:08x}: {first}"));
                    lines.extend(frames.map(|frame| format!("    inlined into {frame}")));
                }
                None => lines.push(format!("{register}=0x{address:08x}: not in {}", self.elf.display())),
            }
        }
        lines
    }
}

/// The `name=0x...` register addresses in `text`, in order.
fn addresses(text: &str) -> Vec<(&'static str, u64)> {
    let mut found = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        for register in ["pc", "lr", "ra", "mepc"] {
            let Some(hex) = word.strip_prefix(register).and_then(|rest| rest.strip_prefix("=0x")) else { continue };
            let digits: String = hex.chars().take_while(char::is_ascii_hexdigit).collect();
            if let Ok(address) = u64::from_str_radix(&digits, 16) {
                found.push((register, address));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_register_addresses_of_a_report() {
        let report = "previous boot stopped: HardFault at pc=0x00001a2b lr=0x0000ffff xpsr=0x61000000";
        assert_eq!(addresses(report), [("pc", 0x1a2b), ("lr", 0xffff)]);
        assert_eq!(
            addresses("trap: mepc=0x20010abc ra=0x20010000, mcause=5"),
            [("mepc", 0x2001_0abc), ("ra", 0x2001_0000)]
        );
        assert!(addresses("no addresses, 0x1234 alone").is_empty());
    }

    #[inline(never)]
    fn a_function_to_find() -> u32 {
        std::hint::black_box(42)
    }

    /// The symbolizer on this test's own executable: the address of a function names it and this file.
    #[test]
    fn names_the_function_and_the_file_of_an_address() {
        let exe = std::env::current_exe().unwrap();
        let symbols = Symbolizer::open(&exe).unwrap();
        let address = a_function_to_find as *const () as usize as u64;
        let relocated = relocation(&exe);
        let found = symbols.describe(address - relocated);
        assert!(a_function_to_find() == 42);
        assert!(
            found.first().is_some_and(|frame| frame.contains("a_function_to_find") && frame.contains("symbols.rs")),
            "{found:?} at {address:#x} less {relocated:#x}"
        );
    }

    /// How far the running executable was moved from its link addresses (a position-independent executable is
    /// loaded at a random base): the address of `main`'s symbol in memory less in the file.
    fn relocation(exe: &Path) -> u64 {
        use addr2line::object::{Object, ObjectSymbol};
        let bytes = std::fs::read(exe).unwrap();
        let file = addr2line::object::File::parse(bytes.as_slice()).unwrap();
        let linked = file
            .symbols()
            .find(|symbol| symbol.name().is_ok_and(|name| name.contains("a_function_to_find")))
            .map(|symbol| symbol.address())
            .expect("the test function's symbol");
        (a_function_to_find as *const () as usize as u64).wrapping_sub(linked)
    }
}
