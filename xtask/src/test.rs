//! `cargo xtask test`: everything CI checks, in the order that fails fastest.
//!
//! 1. set-up (targets, QEMU);
//! 2. the house style: every Rust file formatted as `rustfmt.toml` says (`crate::rules`);
//! 3. host tests of the workspace (unit, property and mock tests), compiled with clippy's lints, warnings denied;
//! 4. the board PACs match what their SVD generates;
//! 5. release firmware for every board (shipped and hardware flavours, and the bench flavour where QEMU runs it),
//!    compiled with clippy's lints over every crate of this repository it builds: this also proves the portable
//!    crates build without `std` for Cortex-M0, M3, M4F and RISC-V;
//! 6. board projects from `new-board` build (on a chip crate, and the generic one; with the boards in step 5), and
//!    those QEMU runs answer on their consoles;
//! 7. size budgets;
//! 8. cost budgets (`cargo xtask bench`);
//! 9. the examples in QEMU;
//! 10. memory-map checks;
//! 11. the scenario tests, in QEMU and over a serial port (QEMU's UARTs on pseudo-terminals, as a board on the desk
//!     is reached: `--port`);
//! 12. `cargo xtask monitor` in line mode against the emulated default board;
//! 13. `cargo xtask gdb`'s session in batch mode on it.
//!
//! With `--board` and `--filter` it runs just one board's scenarios (and what they need).

use std::time::Instant;

use std::process::Command;

use anyhow::{Context, Result};
use keel_bench::serial::Link;

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
    /// Run the scenario suite against the board on this serial port (its console), not in QEMU: every scenario
    /// whose needs the board's `[hardware]` table, the ports and the probe meet (needs --board).
    #[arg(long, requires = "board", value_name = "PATH")]
    pub port: Option<String>,
    /// The serial port of the board's telemetry UART (a USB-serial adapter on its telemetry pin).
    #[arg(long, requires = "port", value_name = "PATH")]
    pub telemetry_port: Option<String>,
    /// The ports' baud rate.
    #[arg(long, requires = "port", default_value_t = keel_bench::serial::DEFAULT_BAUD)]
    pub baud: u32,
    /// Build the board's bench image for real hardware (RTT, test commands), flash it with probe-rs and read its
    /// defmt log through the probe while the suite runs.
    #[arg(long, requires = "port")]
    pub flash: bool,
    /// A person is at the board: scenarios that need a button pressed ask for it and wait (30 s).
    #[arg(long, requires = "port")]
    pub interactive: bool,
    /// The ELF the board runs, for decoding its log and crash reports (default: the image --flash writes, or
    /// else the one `cargo xtask flash` writes).
    #[arg(long, requires = "port", conflicts_with = "flash")]
    pub elf: Option<std::path::PathBuf>,
    /// Print the probe-rs commands --flash would run, and stop.
    #[arg(long, requires = "flash")]
    pub dry_run: bool,
    /// Run the serial-port suite against the board booted in QEMU with its UARTs on pseudo-terminals (what
    /// `cargo xtask test` does for every emulated board to prove the serial-port path).
    #[arg(long, requires = "board", conflicts_with = "port")]
    pub over_pty: bool,
}

/// Runs `cargo xtask test`.
pub fn run(args: &TestArgs) -> Result<()> {
    let started = Instant::now();
    if let Some(port) = &args.port {
        return on_port(args, port);
    }
    let focused = args.board.is_some() || args.filter.is_some();
    build::lint_every_build();
    // The set-up beside the first steps: the Rust targets (rustup's downloads), which the firmware builds wait for,
    // and QEMU and gdb (on a fresh machine the package manager takes a minute or more), which the first QEMU boot
    // waits for. The formatting check, the PAC check and the host tests need neither.
    let mut targets = Background::start("set-up: Rust targets", crate::setup::rust_targets);
    let mut emulators = Background::start("set-up: QEMU and gdb", crate::setup::emulators);
    if args.over_pty {
        targets.ready()?;
        emulators.ready()?;
        let board = boards::one_or_default(args.board.as_deref())?;
        build::firmware(&board, Flavour::Bench)?;
        return step("scenarios over a serial port", || over_pty(&[board], args.filter.as_deref(), None));
    }
    if !focused {
        step("formatting", crate::rules::check_formatting)?;
        step("PAC up to date", crate::pac::verify)?;
    }
    let boards = boards::select(args.board.as_deref())?;
    let templates = if focused { Vec::new() } else { write_templates()? };
    let mut firmware = || {
        targets.ready()?;
        step("firmware builds, clippy", || build_firmware(&boards, &templates))
    };
    if focused {
        firmware()?;
    } else {
        // The host tests (cargo's `target/debug`) and the firmware (`target/<triple>/release`) lock different
        // directories, so they build at once: each leaves a core idle for long stretches (one crate's
        // compile, LTO's link, a test binary's run).
        beside_logged("host tests, clippy", host_tests, firmware)?;
    }
    emulators.ready()?;
    if !focused {
        step("new-board templates in QEMU", || templates_answer(&templates))?;
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
    // The suite over pseudo-terminals beside the QEMU suite: both wait on the guests far more than they compute
    // (measured: 100 s of processor time in 77 s, and 5 s in 45 s). Their binary is compiled before either starts
    // (`scenario_binary`): with cold builds beside them, a node on a pseudo-terminal was once seen to restart
    // mid-scenario.
    let emulated: Vec<_> = boards.iter().filter(|b| b.qemu.is_some()).cloned().collect();
    scenario_binary()?;
    beside_logged(
        "scenarios over a serial port",
        |log| over_pty(&emulated, args.filter.as_deref(), Some(log)),
        || step("scenario tests", || scenarios(args)),
    )?;
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

/// A set-up step on its own thread, reported when a later step waits for it ([`Background::ready`]).
struct Background {
    name: &'static str,
    thread: Option<std::thread::JoinHandle<(Result<()>, std::time::Duration)>>,
}

impl Background {
    fn start(name: &'static str, body: fn() -> Result<()>) -> Self {
        eprintln!("\n==> {name}, beside the next steps");
        let thread = std::thread::spawn(move || {
            let started = Instant::now();
            (body(), started.elapsed())
        });
        Background { name, thread: Some(thread) }
    }

    /// Waits for the step (once) and fails if it did.
    fn ready(&mut self) -> Result<()> {
        let Some(thread) = self.thread.take() else { return Ok(()) };
        let name = self.name;
        let (result, took) = thread.join().map_err(|_| anyhow::anyhow!("the `{name}` thread panicked"))?;
        match &result {
            Ok(()) => eprintln!("<== {name}: ok ({took:.1?})"),
            Err(e) => eprintln!("<== {name}: FAILED ({took:.1?}): {e:#}"),
        }
        result
    }
}

impl Drop for Background {
    /// A run that fails before it needs the step still lets it finish (a package manager is not stopped halfway).
    fn drop(&mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Runs one named step and reports how long it took, and the processor time its child processes used (cargo and
/// the compilers, QEMU, the test binaries): on a two-core machine, what a step can gain from running beside another.
fn step(name: &str, body: impl FnOnce() -> Result<()>) -> Result<()> {
    eprintln!("\n==> {name}");
    let started = Instant::now();
    let cpu = children_cpu();
    let result = body();
    let took = format!("{:.1?}, {:.1?} of processor time", started.elapsed(), children_cpu().saturating_sub(cpu));
    match &result {
        Ok(()) => eprintln!("<== {name}: ok ({took})"),
        Err(e) => eprintln!("<== {name}: FAILED ({took}): {e:#}"),
    }
    result
}

/// Runs `logged` (a step named `name`, its commands' output into a log file) on a thread beside `main` (a step
/// printing as usual), then prints the log: two steps at once, their output not interleaved. Fails with
/// `logged`'s error first.
fn beside_logged(
    name: &str,
    logged: impl FnOnce(&std::fs::File) -> Result<()> + Send,
    main: impl FnOnce() -> Result<()>,
) -> Result<()> {
    let path = util::target_dir().join("keel").join(format!("{}.log", name.replace([' ', ','], "-")));
    std::fs::create_dir_all(path.parent().unwrap())?;
    let log = std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    eprintln!("\n==> {name}, beside the next step (its output: {})", path.display());
    let (logged, main) = std::thread::scope(|scope| {
        let log = &log;
        let logged = scope.spawn(move || {
            let started = Instant::now();
            (logged(log), started.elapsed())
        });
        let main = main();
        (logged.join(), main)
    });
    let (result, took) = logged.map_err(|_| anyhow::anyhow!("the `{name}` thread panicked"))?;
    eprintln!("\n==> {name}: its output (the processor time above counts both steps')");
    eprint!("{}", std::fs::read_to_string(&path).unwrap_or_default());
    match &result {
        Ok(()) => eprintln!("<== {name}: ok ({took:.1?})"),
        Err(e) => eprintln!("<== {name}: FAILED ({took:.1?}): {e:#}"),
    }
    result.and(main)
}

/// User and system time of the child processes this process has waited for.
fn children_cpu() -> std::time::Duration {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `getrusage` writes a whole `rusage` into the buffer it is given, which is one, zeroed beforehand.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr());
        usage.assume_init()
    };
    let time = |t: libc::timeval| {
        std::time::Duration::from_secs(t.tv_sec as u64) + std::time::Duration::from_micros(t.tv_usec as u64)
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// `cargo` in the host workspace, compiling its members with clippy's lints.
fn host_cargo() -> Result<std::process::Command> {
    let mut cargo = util::cargo();
    cargo.current_dir(util::root());
    crate::rules::with_clippy(&mut cargo, crate::rules::Lint::Workspace)?;
    Ok(cargo)
}

/// The arguments that select the scenario suite. `--workspace`, as the host tests build, so that cargo resolves the
/// dependencies' features as it did there and compiles nothing again (`--package keel-bench` alone gives serde,
/// keel-proto and the bench other features, and a cold run compiled them twice).
const SCENARIO_SUITE: [&str; 4] = ["test", "--workspace", "--test", "scenarios"];

/// The host tests, their output into `log`.
fn host_tests(log: &std::fs::File) -> Result<()> {
    let cargo = || -> Result<Command> {
        let mut cargo = host_cargo()?;
        cargo.stdout(log.try_clone()?).stderr(log.try_clone()?);
        Ok(cargo)
    };
    // The scenario suite is `test = false`: it needs the firmware images, built later. With the test-only shell
    // commands, so that their tests run too: the shipped firmware's build is compiled and linted for every board,
    // and the scenario `shipped_firmware_has_no_test_commands` checks in QEMU that it has none (a second host
    // build without them cost about 40 s of a cold run's processor time for one assertion of `help`). With the
    // full line editor, as the bench images have it (`keel-core/line-editor`); then the core alone as the shipped
    // images build it, with the simple editor, whose node tests differ (a few seconds: the core is small).
    run_checked(cargo()?.args([
        "test",
        "--workspace",
        "--features",
        "keel-core/test-commands,keel-runtime/test-commands,keel-core/line-editor",
    ]))?;
    run_checked(cargo()?.args(["test", "--package", "keel-core"]))
}

/// `cargo xtask new-board` writes a project that builds, in a scratch folder under the target directory: for chips
/// the chip crates serve (the STM32F411CE of the "Black Pill" boards on `keel-stm32`; the nRF51422 of the nRF51-DK
/// on `keel-nrf51` and the FE310-G002 on `keel-fe310`, which then boot in QEMU and answer on their consoles) and for
/// one none does (the nRF52840: the generic project with a `PORT:` note per part). They build with the boards (and
/// are linted as the boards are: what a user starts from keeps the house rules). Each gets the lock file of a board
/// on the same chip crate: the boards' versions, so that they share the boards' compiled dependencies (a fresh
/// lock took newer patch releases, which compiled again).
const TEMPLATES: [(&str, &str, &str); 4] = [
    ("STM32F411CE", "blackpill-f411ce", "nucleo-f401re"),
    ("nRF51422_xxAC", "nrf51dk", "microbit"),
    ("FE310-G002", "fe310-board", "hifive1-revb"),
    ("nRF52840_xxAA", "nrf52840", "lm3s6965evb"),
];

/// Writes the [`TEMPLATES`] afresh; returns their folders.
fn write_templates() -> Result<Vec<std::path::PathBuf>> {
    let mut dirs = Vec::new();
    for (chip, folder, lock_of) in TEMPLATES {
        let dir = util::target_dir().join("keel").join("new-board").join(folder);
        let _ = std::fs::remove_dir_all(&dir);
        crate::check::new_board(&crate::check::NewBoardArgs {
            chip: chip.into(),
            dir: Some(dir.clone()),
            core: None,
            force: true,
            name: None,
        })?;
        let lock = util::root().join("boards").join(lock_of).join("Cargo.lock");
        std::fs::copy(&lock, dir.join("Cargo.lock")).with_context(|| format!("copying {}", lock.display()))?;
        dirs.push(dir);
    }
    Ok(dirs)
}

/// Every board's images, and the templates' (`templates`), in two groups by the project's `DEFMT_LOG`: the
/// default board's last, since every later step builds the emulated boards again (a no-op when nothing changed).
/// defmt's crates are compiled with the filter (`DEFMT_LOG` is tracked in their fingerprints) but it is not in
/// their file names, so a build with another filter compiles them again over the others' files, and every crate
/// above them follows: alternating the STM32 boards' `info` and the emulated boards' `debug` cost minutes.
fn build_firmware(boards: &[boards::Board], templates: &[std::path::PathBuf]) -> Result<()> {
    let last = defmt_log(&boards::one_or_default(None)?.dir)?;
    for last_group in [false, true] {
        for board in boards {
            if (defmt_log(&board.dir)? == last) != last_group {
                continue;
            }
            // The shipped and hardware images are sized and checked on every board; the bench image (the
            // scenarios' test commands) only where an emulator runs the scenarios.
            build::firmware_linted(board, Flavour::Release)?;
            build::firmware_linted(board, Flavour::Hardware)?;
            if board.qemu.is_some() {
                build::firmware_linted(board, Flavour::Bench)?;
            }
        }
        for dir in templates {
            if (defmt_log(dir)? == last) == last_group {
                let config = keel_bench::board::BoardConfig::load_dir(dir)?;
                run_checked(&mut build::release_cargo(dir, &config.target, true)?)?;
            }
        }
    }
    Ok(())
}

/// The `DEFMT_LOG` a firmware project's `.cargo/config.toml` sets (`None` when it sets none).
fn defmt_log(dir: &std::path::Path) -> Result<Option<String>> {
    let path = dir.join(".cargo").join("config.toml");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let config: toml::Value = toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    Ok(config.get("env").and_then(|env| env.get("DEFMT_LOG")).and_then(toml::Value::as_str).map(str::to_string))
}

/// The templates `new-board` wrote, built: those QEMU runs boot and answer on their consoles.
fn templates_answer(templates: &[std::path::PathBuf]) -> Result<()> {
    for dir in templates {
        let config = keel_bench::board::BoardConfig::load_dir(dir)?;
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
    cargo.args(SCENARIO_SUITE);
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

/// The scenario binary run against a board on a serial port (`link`), with `elf` as the image it runs: `cargo test`
/// (which builds it first), or the built binary itself when `binary` names it.
fn port_suite(
    board: &boards::Board,
    link: &Link,
    elf: &std::path::Path,
    filter: Option<&str>,
    binary: Option<&std::path::Path>,
) -> Result<Command> {
    let mut command = match binary {
        Some(binary) => {
            let mut command = Command::new(binary);
            command.current_dir(util::root().join("tests"));
            command
        }
        None => {
            let mut cargo = host_cargo()?;
            cargo.args(SCENARIO_SUITE).arg("--");
            cargo
        }
    };
    command.env("KEEL_BOARD", &board.name).env("KEEL_FIRMWARE", elf);
    for (name, value) in link.to_env() {
        command.env(name, value);
    }
    if let Some(filter) = filter {
        command.arg(filter);
    }
    Ok(command)
}

/// Builds the scenario binary and returns its path (from cargo's JSON messages).
fn scenario_binary() -> Result<std::path::PathBuf> {
    let mut cargo = host_cargo()?;
    cargo.args(SCENARIO_SUITE).args(["--no-run", "--message-format=json"]);
    let line = util::describe(&cargo);
    let output = cargo.stderr(std::process::Stdio::inherit()).output().with_context(|| format!("running `{line}`"))?;
    anyhow::ensure!(output.status.success(), "`{line}` failed with {}", output.status);
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "scenarios")
        .find_map(|message| message["executable"].as_str().map(std::path::PathBuf::from))
        .with_context(|| format!("`{line}` named no executable for the scenarios"))
}

/// `cargo xtask test --board B --port P`: the suite against the board on the desk. With `--flash` the bench image
/// for real hardware is built and flashed first (`probe-rs download`, `probe-rs reset`), and the suite reads the
/// defmt log with `probe-rs attach`; otherwise the board runs what it runs, and the suite asks its `help` whether
/// the test commands are there. Before anything is compiled, the port must answer with a prompt: a wrong port or
/// baud rate fails here, in seconds, naming the port.
fn on_port(args: &TestArgs, port: &str) -> Result<()> {
    let board = boards::one_or_default(args.board.as_deref())?;
    let mut link = Link {
        port: port.to_string(),
        baud: args.baud,
        telemetry_port: args.telemetry_port.clone(),
        probe_chip: None,
        interactive: args.interactive,
        emulated: false,
    };
    let elf = if args.flash {
        let elf = if args.dry_run {
            board.elf(Flavour::HardwareBench)
        } else {
            build::firmware(&board, Flavour::HardwareBench)?
        };
        let elf_text = elf.display().to_string();
        let commands = [
            keel_bench::serial::probe_rs_command(&board.chip, &board, "download", &[&elf_text]),
            keel_bench::serial::probe_rs_command(&board.chip, &board, "reset", &[]),
            keel_bench::serial::probe_rs_command(
                &board.chip,
                &board,
                "attach",
                &["--log-format", keel_bench::serial::PROBE_LOG_FORMAT, &elf_text],
            ),
        ];
        if args.dry_run {
            println!(
                "# flash the bench image for real hardware, start it, and (for each scenario) read its defmt log:"
            );
            for command in &commands {
                println!("{}", util::describe(command));
            }
            println!("# when the console stops answering, the suite resets the board through the probe:");
            println!("{}", util::describe(&keel_bench::serial::probe_rs_command(&board.chip, &board, "reset", &[])));
            return Ok(());
        }
        anyhow::ensure!(
            util::have("probe-rs"),
            "--flash needs probe-rs: install it with `cargo install probe-rs-tools --locked` (https://probe.rs)"
        );
        let [download, reset, _] = commands;
        keel_bench::serial::run_probe_rs(download)?;
        keel_bench::serial::run_probe_rs(reset)?;
        link.probe_chip = Some(board.chip.clone());
        elf
    } else {
        args.elf.clone().unwrap_or_else(|| board.elf(Flavour::Hardware))
    };
    step("the board answers", || keel_bench::serial::check_answers(&link))?;
    step("scenarios on the board", || run_checked(&mut port_suite(&board, &link, &elf, args.filter.as_deref(), None)?))
}

/// The serial-port path, proved without hardware: each board booted in QEMU with its UARTs on pseudo-terminals
/// (`keel_bench::qemu::boot_on_ptys`), and the suite run against those ports as against a board on the desk. The
/// boards run at once (each suite is one scenario at a time, on one console); each one's output is shown when it
/// ends.
/// Runs the suite over pseudo-terminals on `boards`, each board's output in one block on standard error or in `log`.
fn over_pty(boards: &[boards::Board], filter: Option<&str>, log: Option<&std::fs::File>) -> Result<()> {
    if boards.is_empty() {
        return Ok(());
    }
    // Compiled once, before the boards start, and run directly: three `cargo test`s at once wait on cargo's locks
    // for seconds while their QEMUs run, and a HiFive1 whose console nobody opened in its first seconds was seen
    // not to answer at all (not yet understood; on a desk the console is opened before the board is reset).
    let binary = scenario_binary()?;
    let binary = binary.as_path();
    let results: Vec<Result<()>> = std::thread::scope(|scope| {
        let runs: Vec<_> = boards
            .iter()
            .map(|board| {
                scope.spawn(move || -> Result<()> {
                    let config = keel_bench::BoardConfig::load(&board.name)?;
                    let elf = board.elf(Flavour::Bench);
                    let machine = keel_bench::qemu::boot_on_ptys(&config, elf.clone())?;
                    // The check `--port` makes before the suite, as a user's run makes it (its port must be free again
                    // for the suite).
                    keel_bench::serial::check_answers(&machine.link)?;
                    let mut suite = port_suite(board, &machine.link, &elf, filter, Some(binary))?;
                    let line = util::describe(&suite);
                    let output = suite.output().with_context(|| format!("could not start `{line}`"))?;
                    drop(machine);
                    let block = format!(
                        "--- {} over {}:\n{}{}",
                        board.name,
                        machine_ports(&config),
                        String::from_utf8_lossy(&output.stderr),
                        String::from_utf8_lossy(&output.stdout)
                    );
                    match log {
                        Some(mut log) => std::io::Write::write_all(&mut log, block.as_bytes())?,
                        None => eprintln!("{block}"),
                    }
                    anyhow::ensure!(output.status.success(), "`{line}` failed with {}", output.status);
                    Ok(())
                })
            })
            .collect();
        runs.into_iter()
            .map(|run| run.join().unwrap_or_else(|_| Err(anyhow::anyhow!("a board's run panicked"))))
            .collect()
    });
    let failed: Vec<String> = results.into_iter().filter_map(|r| r.err().map(|e| format!("{e:#}"))).collect();
    anyhow::ensure!(failed.is_empty(), "the suite over a serial port failed:\n{}", failed.join("\n"));
    Ok(())
}

/// Which of a board's UARTs the pseudo-terminal run reaches.
fn machine_ports(config: &keel_bench::BoardConfig) -> &'static str {
    match config.bench.telemetry {
        keel_bench::board::TelemetryChannel::Uart1 => "pseudo-terminals (console, telemetry)",
        keel_bench::board::TelemetryChannel::Defmt => "a pseudo-terminal (console; its telemetry travels in the log)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filters the boards and the examples set, which the firmware step groups its builds by.
    #[test]
    fn the_defmt_filter_is_read_from_each_projects_cargo_config() {
        let root = util::root();
        assert_eq!(defmt_log(&root.join("boards/lm3s6965evb")).unwrap().as_deref(), Some("debug"));
        assert_eq!(defmt_log(&root.join("boards/nucleo-f401re")).unwrap().as_deref(), Some("info"));
        assert_eq!(defmt_log(&root.join("examples")).unwrap().as_deref(), Some("debug"));
        assert_eq!(defmt_log(&root.join("examples/freestanding")).unwrap(), None, "it has no defmt, and sets none");
        assert!(defmt_log(&root.join("docs")).is_err(), "no .cargo/config.toml there");
    }
}
