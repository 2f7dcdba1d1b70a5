//! `cargo xtask crash`: the function and source line of the code addresses in a crash report, from the board's
//! ELF. The node keeps a report of a fault across the reset (`HardFault at pc=0x... lr=0x... xpsr=0x...` in the
//! banner, `status` and the log; the node has no symbol table); this reads one from a saved console log, the
//! banner or the log (a file, or standard input), and prints each `pc=`, `lr=`, `ra=` or `mepc=` address with
//! the function it lies in, the functions inlined there, and `file:line`. `cargo xtask run` does the same for
//! every log line that carries such an address.
//!
//! The lookup is `keel_bench::symbols`, which the scenario suite uses too.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result};
use keel_bench::symbols::Symbolizer;
use keel_bench::Flavour;

use crate::boards;

/// Arguments of `cargo xtask crash`.
#[derive(clap::Args)]
pub struct CrashArgs {
    /// Board whose image made the report (default: the default board).
    #[arg(long)]
    pub board: Option<String>,
    /// The ELF to read instead of the board's release image (e.g. its `-bench.elf` or `-rtt.elf`).
    #[arg(long)]
    pub elf: Option<PathBuf>,
    /// The report: a saved console log, banner or defmt log (default: standard input).
    pub file: Option<PathBuf>,
}

pub fn run(args: &CrashArgs) -> Result<()> {
    let elf = match &args.elf {
        Some(elf) => elf.clone(),
        None => boards::one_or_default(args.board.as_deref())?.elf(Flavour::Release),
    };
    let mut text = String::new();
    match &args.file {
        Some(file) => text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let symbols = Symbolizer::open(&elf)?;
    let lines = symbols.explain(&text);
    if lines.is_empty() {
        println!("no `pc=`, `lr=`, `ra=` or `mepc=` address in the report");
    }
    for line in lines {
        println!("{line}");
    }
    Ok(())
}
