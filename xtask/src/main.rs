//! `cargo xtask`: the one entry point for every Keel job, locally and in CI.
//!
//! Every subcommand is a function in its own module; CI (`.ci/run`) calls `cargo xtask test`, the same
//! command a developer runs, so a green local run and a green CI run mean the same thing.

mod bench;
mod boards;
mod build;
mod check;
mod console;
mod crash;
mod examples;
mod flash;
mod fuzz;
mod gdb;
mod monitor;
mod mutants;
mod pac;
mod pictures;
mod rules;
mod run;
mod setup;
mod size;
mod test;
mod util;

use clap::{Parser, Subcommand};

/// Keel's host tool.
#[derive(Parser)]
#[command(name = "cargo xtask", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install what this machine lacks: rustup targets, QEMU, gdb-multiarch (through apt-get when run as root).
    Setup(setup::SetupArgs),
    /// Build release firmware for one board, or all boards.
    Build(build::BuildArgs),
    /// Set up, build and boot a board's firmware in QEMU: the console is this terminal.
    Run(run::RunArgs),
    /// Boot a board's firmware in QEMU in the background and save its display as a PNG.
    Screenshot(run::ScreenshotArgs),
    /// Run every check: host tests, no_std builds, firmware builds, size budgets, emulator tests.
    Test(test::TestArgs),
    /// Print each firmware's flash and RAM use and compare it with the board's budget.
    Size(size::SizeArgs),
    /// Measure what each emulated board's firmware costs in time (CPU load, instructions per sample) under -icount.
    Bench(bench::BenchArgs),
    /// Build the teaching examples in `examples/`, run each in QEMU and check its output and sizes.
    Examples(examples::ExamplesArgs),
    /// Check a memory.x and a built image against the chip's real memory map (probe-rs chip database).
    Check(check::CheckArgs),
    /// Write a new board project on the shared runtime (memory.x from the chip database, keel.toml, src/).
    NewBoard(check::NewBoardArgs),
    /// Build a board's firmware for real hardware (defmt over RTT) and flash and run it with probe-rs.
    Flash(flash::FlashArgs),
    /// Debug a board's firmware: QEMU halted with its gdb server and gdb-multiarch attached (or --probe).
    Gdb(gdb::GdbArgs),
    /// Where a crash report's addresses are: the function and source line of each `pc=`/`lr=` in a saved log
    /// or banner (a file, or standard input), from the board's ELF.
    Crash(crash::CrashArgs),
    /// Decode a board's telemetry live: from a serial port (--port) or the board booted in QEMU (--board).
    Monitor(monitor::MonitorArgs),
    /// Run the fuzz targets in `fuzz/` (cargo-fuzz, installed when missing) and report the runs each survived.
    Fuzz(fuzz::FuzzArgs),
    /// Regenerate the README's pictures (the OLED, the monitor's view) from the default board in QEMU.
    Pictures,
    /// Regenerate the LM3S6965 peripheral access crate (pac/lm3s6965) from its SVD with the pinned svd2rust.
    Pac(pac::PacArgs),
    /// Mutation testing of the portable crates with cargo-mutants: the share of mutants their tests catch, and the
    /// survivors (docs/mutants.md). Takes minutes; not part of `test`.
    Mutants(mutants::MutantsArgs),
    /// Format every Rust file of the repository (host crates, chip crates, boards, examples) as rustfmt.toml says.
    Fmt,
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args_os();
    let name = args.next().map(std::path::PathBuf::from);
    if name.as_deref().and_then(std::path::Path::file_name).is_some_and(|name| name == rules::WRAPPER_NAME) {
        rules::rustc_wrapper(args.collect());
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Setup(args) => setup::run(&args),
        Command::Build(args) => build::run(&args),
        Command::Run(args) => run::run(&args),
        Command::Screenshot(args) => run::screenshot(&args),
        Command::Test(args) => test::run(&args),
        Command::Size(args) => size::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Examples(args) => examples::run(&args),
        Command::Check(args) => check::run(&args),
        Command::NewBoard(args) => check::new_board(&args),
        Command::Flash(args) => flash::run(&args),
        Command::Gdb(args) => gdb::run(&args),
        Command::Crash(args) => crash::run(&args),
        Command::Monitor(args) => monitor::run(&args),
        Command::Fuzz(args) => fuzz::run(&args),
        Command::Pictures => pictures::run(),
        Command::Pac(args) => pac::run(&args),
        Command::Fmt => rules::format_all(),
        Command::Mutants(args) => mutants::run(&args),
    }
}
