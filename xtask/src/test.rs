//! `cargo xtask test`: everything CI checks, in the order that fails fastest.
//!
//! 1. set-up (targets, QEMU);
//! 2. host tests of the workspace (unit, property and mock tests);
//! 3. the portable crates checked for a Cortex-M0 and a RISC-V target, proving they are `no_std`;
//! 4. the board PACs match a fresh generation;
//! 5. release firmware for every board (shipped and hardware flavours, and the bench flavour where QEMU runs it);
//! 6. a board project from `new-board` builds;
//! 7. size budgets;
//! 8. cost budgets (`cargo xtask bench`);
//! 9. the examples in QEMU;
//! 10. memory-map checks;
//! 11. the scenario tests;
//! 12. `cargo xtask monitor` in line mode against the emulated default board;
//! 13. `cargo xtask gdb`'s session in batch mode on it.
//!
//! With `--board` and `--filter` it runs just one board's scenarios (and what they need).

use std::time::Instant;

use anyhow::Result;

use crate::boards;
use crate::build::{self, Flavour};
use crate::util::{self, run_checked};

/// Portable crates that must build for bare-metal targets.
const PORTABLE: &[&str] = &["keel-core", "keel-proto", "keel-drivers", "keel-runtime"];
/// Bare-metal targets the portable crates are built for: the smallest Arm core and RISC-V.
const PORTABLE_TARGETS: &[&str] = &["thumbv6m-none-eabi", "riscv32imac-unknown-none-elf"];

/// Arguments of `cargo xtask test`.
#[derive(clap::Args)]
pub struct TestArgs {
    /// Only this board's firmware and scenario tests (skips host tests and examples).
    #[arg(long)]
    pub board: Option<String>,
    /// Only scenario tests whose name contains this text.
    #[arg(long)]
    pub filter: Option<String>,
    /// Rewrite golden files with what the firmware produced instead of comparing.
    #[arg(long)]
    pub bless: bool,
}

/// Runs `cargo xtask test`.
pub fn run(args: &TestArgs) -> Result<()> {
    let started = Instant::now();
    let focused = args.board.is_some() || args.filter.is_some();
    step("set-up", || crate::setup::run(&Default::default()))?;
    if !focused {
        step("host tests", host_tests)?;
        step("no_std builds", no_std_builds)?;
        step("PAC up to date", crate::pac::verify)?;
    }
    let boards = boards::select(args.board.as_deref())?;
    step("firmware builds", || {
        for board in &boards {
            // The shipped and hardware images are sized and checked on every board; the bench image (the
            // scenarios' test commands) only where an emulator runs the scenarios.
            build::firmware(board, Flavour::Release)?;
            build::firmware(board, Flavour::Hardware)?;
            if board.qemu.is_some() {
                build::firmware(board, Flavour::Bench)?;
            }
        }
        Ok(())
    })?;
    if !focused {
        step("new-board template builds", new_board_template)?;
        step("size budgets", || crate::size::report(&boards))?;
        step("cost budgets", || {
            let emulated: Vec<_> = boards.iter().filter(|b| b.qemu.is_some()).cloned().collect();
            let figures = crate::bench::measure_all(&emulated)?;
            eprint!("{}", crate::bench::markdown(&figures));
            crate::bench::check(&emulated, &figures)
        })?;
        step("examples in QEMU", || crate::examples::check_all(args.bless))?;
        step("memory-map checks", || crate::check::check_repository(&boards))?;
    }
    step("scenario tests", || scenarios(args))?;
    if !focused {
        let default = boards::one_or_default(None)?;
        step("monitor, line mode", || crate::monitor::check_line_mode(&default.name))?;
        step("gdb, batch mode", || {
            crate::setup::gdb()?;
            crate::gdb::check_batch(&default)
        })?;
    }
    eprintln!("\nall checks passed in {:.0?}", started.elapsed());
    Ok(())
}

/// Runs one named step and reports how long it took.
fn step(name: &str, body: impl FnOnce() -> Result<()>) -> Result<()> {
    eprintln!("\n==> {name}");
    let started = Instant::now();
    let result = body();
    match &result {
        Ok(()) => eprintln!("<== {name}: ok ({:.1?})", started.elapsed()),
        Err(e) => eprintln!("<== {name}: FAILED ({:.1?}): {e:#}", started.elapsed()),
    }
    result
}

fn host_tests() -> Result<()> {
    run_checked(util::cargo().current_dir(util::root()).args(["test", "--workspace", "--exclude", "keel-bench"]))?;
    // The test-only shell commands are compiled out of shipped firmware; test them in their own build.
    run_checked(util::cargo().current_dir(util::root()).args([
        "test",
        "--package",
        "keel-core",
        "--features",
        "test-commands",
    ]))?;
    run_checked(util::cargo().current_dir(util::root()).args(["test", "--package", "keel-bench", "--lib"]))
}

fn no_std_builds() -> Result<()> {
    for target in PORTABLE_TARGETS {
        let mut cargo = util::cargo();
        // `check`: whether the crates compile for the target without `std` is the question; the firmware builds
        // below produce (and link) the code itself.
        cargo.current_dir(util::root()).args(["check", "--target", target]);
        for package in PORTABLE {
            cargo.args(["--package", package]);
        }
        run_checked(&mut cargo)?;
    }
    Ok(())
}

/// `cargo xtask new-board` writes a project that builds: checked on a Cortex-M0 chip of the seeds (the
/// Nucleo-F030R8's STM32F030R8), in a scratch folder under the target directory.
fn new_board_template() -> Result<()> {
    let dir = util::target_dir().join("keel").join("new-board").join("nucleo-f030r8");
    let _ = std::fs::remove_dir_all(&dir);
    crate::check::new_board(&crate::check::NewBoardArgs {
        chip: "STM32F030R8".into(),
        dir: Some(dir.clone()),
        core: None,
        force: true,
        name: None,
    })?;
    run_checked(util::cargo().current_dir(&dir).args(["build", "--release"]))
}

fn scenarios(args: &TestArgs) -> Result<()> {
    let mut cargo = util::cargo();
    cargo.current_dir(util::root()).args(["test", "--package", "keel-bench", "--test", "scenarios"]);
    if let Some(board) = &args.board {
        cargo.env("KEEL_BOARD", board);
    }
    cargo.arg("--");
    if let Some(filter) = &args.filter {
        cargo.arg(filter);
    }
    if args.bless {
        cargo.env("KEEL_BLESS", "1");
    }
    run_checked(&mut cargo)
}
