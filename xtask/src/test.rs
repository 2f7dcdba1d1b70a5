//! `cargo xtask test`: everything CI checks, in the order that fails fastest.
//!
//! 1. set-up (targets, QEMU);
//! 2. the house style: every Rust file formatted as `rustfmt.toml` says (`crate::rules`);
//! 3. host tests of the workspace (unit, property and mock tests), compiled with clippy's lints, warnings denied;
//! 4. the board PACs match what their SVD generates;
//! 5. release firmware for every board (shipped and hardware flavours, and the bench flavour where QEMU runs it),
//!    compiled with clippy's lints over every crate of this repository it builds: this also proves the portable
//!    crates build without `std` for Cortex-M0, M3, M4F and RISC-V;
//! 6. board projects from `new-board` build (on a chip crate, and the generic one);
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
        step("formatting", crate::rules::check_formatting)?;
        step("host tests, clippy", host_tests)?;
        step("PAC up to date", crate::pac::verify)?;
    }
    let boards = boards::select(args.board.as_deref())?;
    step("firmware builds, clippy", || {
        for board in &boards {
            // The shipped and hardware images are sized and checked on every board; the bench image (the
            // scenarios' test commands) only where an emulator runs the scenarios.
            build::firmware_linted(board, Flavour::Release)?;
            build::firmware_linted(board, Flavour::Hardware)?;
            if board.qemu.is_some() {
                build::firmware_linted(board, Flavour::Bench)?;
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

/// `cargo` in the host workspace, compiling its members with clippy's lints.
fn host_cargo() -> Result<std::process::Command> {
    let mut cargo = util::cargo();
    cargo.current_dir(util::root());
    crate::rules::with_clippy(&mut cargo, crate::rules::Lint::Workspace)?;
    Ok(cargo)
}

fn host_tests() -> Result<()> {
    run_checked(host_cargo()?.args(["test", "--workspace", "--exclude", "keel-bench"]))?;
    // The test-only shell commands are compiled out of shipped firmware; test them in their own build.
    run_checked(host_cargo()?.args(["test", "--package", "keel-core", "--features", "test-commands"]))?;
    run_checked(host_cargo()?.args(["test", "--package", "keel-bench", "--lib"]))
}

/// `cargo xtask new-board` writes a project that builds, in a scratch folder under the target directory: for chips
/// the chip crates serve (the STM32F411CE of the "Black Pill" boards on `keel-stm32`; the nRF51422 of the nRF51-DK
/// on `keel-nrf51` and the FE310-G002 on `keel-fe310`, which then boot in QEMU and answer on their consoles) and for
/// one none does (the nRF52840: the generic project with a `PORT:` note per part). All are linted as the boards are: what a user starts from keeps
/// the house rules.
fn new_board_template() -> Result<()> {
    for (chip, folder) in [
        ("STM32F411CE", "blackpill-f411ce"),
        ("nRF51422_xxAC", "nrf51dk"),
        ("FE310-G002", "fe310-board"),
        ("nRF52840_xxAA", "nrf52840"),
    ] {
        let dir = util::target_dir().join("keel").join("new-board").join(folder);
        let _ = std::fs::remove_dir_all(&dir);
        crate::check::new_board(&crate::check::NewBoardArgs {
            chip: chip.into(),
            dir: Some(dir.clone()),
            core: None,
            force: true,
            name: None,
        })?;
        let mut cargo = util::cargo();
        crate::rules::with_clippy(&mut cargo, crate::rules::Lint::Everything)?;
        run_checked(cargo.current_dir(&dir).args(["build", "--release"]))?;
        let config = keel_bench::board::BoardConfig::load_dir(&dir)?;
        if config.qemu.is_some() {
            console_answers(config)?;
        }
    }
    Ok(())
}

/// Boots a board `new-board` wrote in QEMU, as written, and checks its console: the banner, `version` with the
/// board's name, `led on`, and `status` saying what the board lacks.
fn console_answers(config: keel_bench::board::BoardConfig) -> Result<()> {
    let name = config.name.clone();
    let elf = config.cargo_elf();
    let node = keel_bench::node::Options::for_config(config, elf).release().boot()?;
    let banner = node.wait_for_boot()?;
    let version = node.reply_line("version")?;
    anyhow::ensure!(version.contains(&name), "`version` on the new board {name} answered {version:?}");
    let led = node.reply_line("led on")?;
    anyhow::ensure!(led.starts_with("ok"), "`led on` on the new board {name} answered {led:?}");
    let status = node.command("status")?.text();
    anyhow::ensure!(status.contains("missing:"), "`status` on the new board {name} answered:\n{status}");
    eprintln!("new board {name} in QEMU: {banner:?}; version: {version}; led on: {led}");
    Ok(())
}

fn scenarios(args: &TestArgs) -> Result<()> {
    let mut cargo = host_cargo()?;
    cargo.args(["test", "--package", "keel-bench", "--test", "scenarios"]);
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
