//! `cargo xtask examples`: build every teaching example in `examples/`, run each in QEMU, check what it
//! did, and keep the size table in `examples/README.md` up to date.
//!
//! Each example has one check: a golden file (`examples/expected/<name>.run`: its output, decoded when it
//! logs through defmt, and its exit status; rewritten with `--bless`) or an assertion on meaning (where the
//! CPU halted, the LED's toggle period in virtual time, the HardFault's stacked PC, the two stack-overflow
//! outcomes). Every run has a timeout; QEMU is killed and reaped when it expires. All runs use
//! `-icount`, so their output and timing do not depend on the host.
//!
//! The size table between the `sizes:start`/`sizes:end` markers of `examples/README.md` is generated
//! from the ELFs; a stale committed table fails the check (rewrite it with `--bless`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use keel_bench::qmp::Qmp;
use object::{Object, ObjectSymbol};
use serde_json::json;

use crate::util::{self, run_checked};

/// Arguments of `cargo xtask examples`.
#[derive(clap::Args)]
pub struct ExamplesArgs {
    /// Rewrite the golden files and the README's size table with what the examples produced.
    #[arg(long)]
    pub bless: bool,
    /// Only run examples whose name contains this text (the size table is then only printed).
    #[arg(long)]
    pub only: Option<String>,
}

/// Runs `cargo xtask examples`.
pub fn run(args: &ExamplesArgs) -> Result<()> {
    crate::setup::run(&Default::default())?;
    check(args.bless, args.only.as_deref())
}

/// Builds, runs and checks every example; the entry point `cargo xtask test` uses.
pub fn check_all(bless: bool) -> Result<()> {
    check(bless, None)
}

/// QEMU's virtual time step under `-icount`: 2^8 ns per instruction (about 3.9 million instructions a
/// virtual second, the order of what a 12.5 MHz Cortex-M3 manages). Fixed, so runs are reproducible.
/// The limit for connecting to an example's QMP socket and for each command on it.
const QMP_TIMEOUT: Duration = Duration::from_secs(10);
const ICOUNT_SHIFT: u32 = 8;
/// Longest a run that should end by itself may take (wall clock).
const RUN_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a program that never ends is left running before QEMU is asked where the CPU is.
const SETTLE: Duration = Duration::from_millis(700);

/// How an example is built.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Build {
    /// A binary of the `examples/` package.
    Package,
    /// The `examples/freestanding/` project.
    Freestanding,
    /// The stack-overflow example linked with flip-link.
    FlipLink,
    /// The C blinky, built with `arm-none-eabi-gcc` when it is installed.
    C,
}

/// What the check of an example asserts.
#[derive(Clone, Copy)]
enum Check {
    /// Output and exit status equal `examples/expected/<name>.run`.
    Golden,
    /// The same, for each scenario: (label, extra semihosting command-line words).
    GoldenScenarios(&'static [(&'static str, &'static [&'static str])]),
    /// The program never ends; after a while the CPU's PC is inside a function whose symbol contains
    /// one of these names.
    HaltedIn(&'static [&'static str]),
    /// PF0 toggles with this half period, in milliseconds of virtual time.
    TogglePeriod(f64),
    /// The HardFault handler's report: stacked PC in `load_pair_misaligned`, LR in `main`, UNALIGNED.
    HardFault,
    /// Stack overflow: `false` = default layout (silent corruption), `true` = flip-link (HardFault).
    StackOverflow(bool),
}

/// One row of the examples table.
struct Example {
    /// Binary name (also the golden file's name).
    name: &'static str,
    /// The concept, as the README's first column says it.
    concept: &'static str,
    /// Source file, relative to `examples/`.
    file: &'static str,
    /// What a reader should look at.
    look_at: &'static str,
    build: Build,
    /// Whether its stdout is defmt frames.
    defmt: bool,
    check: Check,
}

const EXAMPLES: &[Example] = &[
    Example {
        name: "01-freestanding",
        concept: "Freestanding: no runtime crate",
        file: "freestanding/src/main.rs",
        look_at: "vector table, `Reset` copying `.data` and zeroing `.bss`, `freestanding.ld`, hand-made semihosting",
        build: Build::Freestanding,
        defmt: false,
        check: Check::Golden,
    },
    Example {
        name: "02-minimal-runtime",
        concept: "Minimal runtime (cortex-m-rt)",
        file: "src/bin/02-minimal-runtime.rs",
        look_at: "`#[entry] fn main() -> !`, `panic_halt`, the `wfi` loop: the floor of every other row",
        build: Build::Package,
        defmt: false,
        check: Check::HaltedIn(&["main"]),
    },
    Example {
        name: "03-register-blinky",
        concept: "Register blinky",
        file: "src/bin/03-register-blinky.rs",
        look_at:
            "clock gating before use, DIR/DEN, `data_masked(PF0)` (one pin, no read-modify-write), SysTick COUNTFLAG",
        build: Build::Package,
        defmt: false,
        check: Check::TogglePeriod(500.0),
    },
    Example {
        name: "04-generic-blinky",
        concept: "Generic blinky (embedded-hal 1.0)",
        file: "src/bin/04-generic-blinky.rs",
        look_at: "`blink_led<Led: OutputPin, Delay: DelayNs>`, `impl OutputPin for Pf0` owning the PAC's `Gpiof`",
        build: Build::Package,
        defmt: false,
        check: Check::TogglePeriod(250.0),
    },
    Example {
        name: "05-interrupt-queue",
        concept: "Interrupt to main through a queue",
        file: "src/bin/05-interrupt-queue.rs",
        look_at: "`TIMER0A` producing into `heapless::spsc`, `Mutex<RefCell<_>>` statics, `wfi` with interrupts masked",
        build: Build::Package,
        defmt: false,
        check: Check::Golden,
    },
    Example {
        name: "06-rtic-priorities",
        concept: "RTIC priorities",
        file: "src/bin/06-rtic-priorities.rs",
        look_at: "the order of the output lines: preemption outside the lock, deferral inside it",
        build: Build::Package,
        defmt: false,
        check: Check::Golden,
    },
    Example {
        name: "07-panic-halt",
        concept: "Panic: panic-halt",
        file: "src/bin/07-panic-halt.rs",
        look_at: "nothing is reported; the core spins in the handler",
        build: Build::Package,
        defmt: false,
        check: Check::HaltedIn(&["rust_begin_unwind", "panic"]),
    },
    Example {
        name: "07-panic-semihosting",
        concept: "Panic: panic-semihosting",
        file: "src/bin/07-panic-semihosting.rs",
        look_at: "message and location on the host's stderr, exit status 1; the flash `core::fmt` costs",
        build: Build::Package,
        defmt: false,
        check: Check::Golden,
    },
    Example {
        name: "07-panic-defmt",
        concept: "Panic: through defmt (panic-probe)",
        file: "src/bin/07-panic-defmt.rs",
        look_at: "the panic as a defmt frame decoded on the host",
        build: Build::Package,
        defmt: true,
        check: Check::Golden,
    },
    Example {
        name: "08-hardfault",
        concept: "HardFault and the exception frame",
        file: "src/bin/08-hardfault.rs",
        look_at: "stacked PC/LR/xPSR, HFSR.FORCED, CFSR.UNALIGNED",
        build: Build::Package,
        defmt: false,
        check: Check::HardFault,
    },
    Example {
        name: "09-stack-overflow",
        concept: "Stack overflow, default layout",
        file: "src/bin/09-stack-overflow.rs",
        look_at: "the stack runs into `STATE` and nothing faults",
        build: Build::Package,
        defmt: false,
        check: Check::StackOverflow(false),
    },
    Example {
        name: "09-stack-overflow-flip-link",
        concept: "Stack overflow, linked with flip-link",
        file: "src/bin/09-stack-overflow.rs",
        look_at: "the same source faults at the first push past the stack; `STATE` intact",
        build: Build::FlipLink,
        defmt: false,
        check: Check::StackOverflow(true),
    },
    Example {
        name: "10-memory-sections",
        concept: "Memory sections",
        file: "src/bin/10-memory-sections.rs",
        look_at: "`.uninit` boot record surviving `SCB::sys_reset`, `#[repr(C)]` header, `align(4)` buffer",
        build: Build::Package,
        defmt: false,
        check: Check::Golden,
    },
    Example {
        name: "11-state-machine",
        concept: "State-machine bring-up",
        file: "src/bin/11-state-machine.rs",
        look_at: "`Board::init() -> Result<Board, InitError>`, `run(board) -> !`, the pure `Machine::step`",
        build: Build::Package,
        defmt: false,
        check: Check::GoldenScenarios(&[
            ("normal start", &[]),
            ("clock fails", &["fail=clock"]),
            ("console fails", &["fail=console"]),
            ("sensor fails", &["fail=sensor"]),
        ]),
    },
    Example {
        name: "12-logging-fmt",
        concept: "Logging: core::fmt over semihosting",
        file: "src/bin/12-logging-fmt.rs",
        look_at: "flash against the defmt row below: same lines, formatted on the target",
        build: Build::Package,
        defmt: false,
        check: Check::Golden,
    },
    Example {
        name: "12-logging-defmt",
        concept: "Logging: defmt",
        file: "src/bin/12-logging-defmt.rs",
        look_at: "flash against the row above: format strings stay in the ELF, decoding on the host",
        build: Build::Package,
        defmt: true,
        check: Check::Golden,
    },
    Example {
        name: "c-blinky",
        concept: "C blinky, for comparison",
        file: "c-blinky/main.c",
        look_at: "own startup and vector table, `arm-none-eabi-gcc -Os`: what Rust costs against C",
        build: Build::C,
        defmt: false,
        check: Check::TogglePeriod(500.0),
    },
];

/// Where the examples' sources live.
fn examples_dir() -> PathBuf {
    util::root().join("examples")
}

/// Where the checked ELFs and the run logs go.
fn out_dir() -> PathBuf {
    util::target_dir().join("examples")
}

fn check(bless: bool, only: Option<&str>) -> Result<()> {
    let started = Instant::now();
    let selected: Vec<&Example> = EXAMPLES.iter().filter(|e| only.is_none_or(|o| e.name.contains(o))).collect();
    ensure!(!selected.is_empty(), "no example matches {:?}", only.unwrap_or(""));
    let elfs = build_all(&selected)?;

    let mut failures = Vec::new();
    for example in &selected {
        let Some(elf) = elfs.get(example.name) else {
            eprintln!(
                "{:<28} skipped (arm-none-eabi-gcc not installed: `cargo xtask setup --c-compiler`)",
                example.name
            );
            continue;
        };
        let run_started = Instant::now();
        match check_one(example, elf, bless) {
            Ok(summary) => eprintln!("{:<28} ok ({:.1?}) {summary}", example.name, run_started.elapsed()),
            Err(error) => {
                eprintln!("{:<28} FAILED ({:.1?}): {error:#}", example.name, run_started.elapsed());
                failures.push(example.name);
            }
        }
    }

    let table = size_table(&elfs)?;
    println!("{table}");
    if only.is_none() {
        if let Err(error) = check_readme_table(&table, bless) {
            eprintln!("size table: FAILED: {error:#}");
            failures.push("size table");
        }
    }
    eprintln!("examples checked in {:.1?}", started.elapsed());
    if !failures.is_empty() {
        bail!("{} example check(s) failed: {}", failures.len(), failures.join(", "));
    }
    Ok(())
}

/// Builds what `selected` needs and copies each ELF to `target/examples/<name>.elf`.
fn build_all(selected: &[&Example]) -> Result<BTreeMap<&'static str, PathBuf>> {
    let out = out_dir();
    std::fs::create_dir_all(&out)?;
    let cargo_out = util::target_dir().join("thumbv7m-none-eabi").join("release");
    let needs = |build: Build| selected.iter().any(|e| e.build == build);
    let mut elfs = BTreeMap::new();
    let mut copy = |name: &'static str, from: &Path| -> Result<()> {
        let to = out.join(format!("{name}.elf"));
        std::fs::copy(from, &to).with_context(|| format!("copying {} to {}", from.display(), to.display()))?;
        elfs.insert(name, to);
        Ok(())
    };

    if needs(Build::Package) || needs(Build::FlipLink) {
        run_checked(cargo_in(&examples_dir())?.args(["build", "--release", "--bins"]))?;
        for example in selected.iter().filter(|e| e.build == Build::Package) {
            copy(example.name, &cargo_out.join(example.name))?;
        }
    }
    if needs(Build::Freestanding) {
        run_checked(cargo_in(&examples_dir().join("freestanding"))?.args(["build", "--release"]))?;
        copy("01-freestanding", &cargo_out.join("01-freestanding"))?;
    }
    if needs(Build::FlipLink) {
        let flip_link = ensure_flip_link()?;
        // Only the final link differs, so `cargo rustc` passes the linker to this one binary; its
        // dependencies stay shared with the normal build. The next normal build relinks it.
        run_checked(
            cargo_in(&examples_dir())?
                .args(["rustc", "--release", "--bin", "09-stack-overflow", "--", "-C"])
                .arg(format!("linker={}", flip_link.display())),
        )?;
        copy("09-stack-overflow-flip-link", &cargo_out.join("09-stack-overflow"))?;
    }
    if needs(Build::C) && util::have("arm-none-eabi-gcc") {
        let elf = out.join("c-blinky.elf");
        let dir = examples_dir().join("c-blinky");
        run_checked(
            Command::new("arm-none-eabi-gcc")
                .current_dir(&dir)
                .args(["-Os", "-g", "-mcpu=cortex-m3", "-mthumb", "-std=c11", "-Wall", "-Wextra", "-Werror"])
                .args(["-ffreestanding", "-nostdlib", "-ffunction-sections", "-fdata-sections"])
                .args(["-Wl,--gc-sections", "-L..", "-Tlink.ld", "startup.c", "main.c", "-o"])
                .arg(&elf),
        )?;
        elfs.insert("c-blinky", elf);
    }
    Ok(elfs)
}

/// A `cargo` command run in the project at `dir`, building into the shared target directory.
/// In `cargo xtask test`, linted as the boards are (`crate::build::lint_every_build`).
fn cargo_in(dir: &Path) -> Result<Command> {
    let mut cargo = util::cargo();
    if crate::build::linting_every_build() {
        crate::rules::with_clippy(&mut cargo, crate::rules::Lint::Everything)?;
    }
    cargo.current_dir(dir).env("CARGO_TARGET_DIR", util::target_dir());
    Ok(cargo)
}

/// The pinned flip-link (installed once per machine); returns its path.
fn ensure_flip_link() -> Result<PathBuf> {
    util::tool(&util::Tool { name: "flip-link", version: "0.1.12" })
}

/// Runs one example's check; returns a one-line summary of what was verified.
fn check_one(example: &Example, elf: &Path, bless: bool) -> Result<String> {
    match example.check {
        Check::Golden => {
            let run = run_to_end(example, elf, &[])?;
            golden(example.name, &run.transcript(), bless)?;
            Ok(format!("matches expected/{}.run", example.name))
        }
        Check::GoldenScenarios(scenarios) => {
            let mut transcript = String::new();
            for (label, words) in scenarios {
                let run = run_to_end(example, elf, words)?;
                let _ = writeln!(
                    transcript,
                    "## {label} ({})",
                    if words.is_empty() { "no arguments".into() } else { words.join(" ") }
                );
                transcript.push_str(&run.transcript());
            }
            golden(example.name, &transcript, bless)?;
            Ok(format!("{} scenarios match expected/{}.run", scenarios.len(), example.name))
        }
        Check::HaltedIn(names) => {
            let pc = halted_pc(example.name, elf)?;
            let symbol = symbol_at(elf, pc)?;
            ensure!(
                names.iter().any(|n| symbol.contains(n)),
                "the CPU is at {pc:#010x} in `{symbol}`, expected a function named like {names:?}"
            );
            Ok(format!("still running; PC {pc:#010x} in `{symbol}`"))
        }
        Check::TogglePeriod(half_period_ms) => {
            let measured = toggle_half_period_ms(example.name, elf)?;
            let error = (measured - half_period_ms).abs() / half_period_ms;
            ensure!(
                error <= 0.02,
                "PF0 toggles every {measured:.1} ms of virtual time, expected {half_period_ms} ms (within 2 %)"
            );
            Ok(format!("PF0 toggles every {measured:.1} ms of virtual time (expected {half_period_ms})"))
        }
        Check::HardFault => {
            let run = run_to_end(example, elf, &[])?;
            ensure!(run.status == Some(1), "exit status {:?}, expected 1\n{}", run.status, run.transcript());
            let pc = hex_after(&run.stdout, "PC   = ")?;
            let lr = hex_after(&run.stdout, "LR   = ")?;
            let pc_symbol = symbol_at(elf, pc)?;
            let lr_symbol = symbol_at(elf, lr & !1)?;
            ensure!(pc_symbol.contains("load_pair_misaligned"), "stacked PC {pc:#x} is in `{pc_symbol}`");
            ensure!(lr_symbol.contains("main"), "stacked LR {lr:#x} is in `{lr_symbol}`");
            ensure!(run.stdout.contains("UsageFault UNALIGNED: true"), "no UNALIGNED fault reported:\n{}", run.stdout);
            ensure!(run.stdout.contains("FORCED: true"), "HardFault not reported as escalated:\n{}", run.stdout);
            Ok(format!("PC in `{pc_symbol}`, LR in `{lr_symbol}`, UNALIGNED"))
        }
        Check::StackOverflow(flip_link) => {
            let run = run_to_end(example, elf, &[])?;
            if flip_link {
                ensure!(run.status == Some(1), "exit status {:?}, expected 1\n{}", run.status, run.transcript());
                ensure!(
                    run.stdout.contains("layout flipped")
                        && run.stdout.contains("HardFault: stack overflow caught at once")
                        && run.stdout.contains("STATE intact: 0 of"),
                    "expected the flipped layout to fault with STATE intact:\n{}",
                    run.transcript()
                );
                Ok("HardFault at the first push past the stack, STATE intact".into())
            } else {
                ensure!(run.status == Some(0), "exit status {:?}, expected 0\n{}", run.status, run.transcript());
                ensure!(
                    run.stdout.contains("layout default") && run.stdout.contains("STATE corrupted after"),
                    "expected the default layout to corrupt STATE silently:\n{}",
                    run.transcript()
                );
                let line = run.stdout.lines().find(|l| l.contains("STATE corrupted")).unwrap_or_default();
                Ok(line.to_string())
            }
        }
    }
}

/// What one QEMU run produced.
struct Run {
    stdout: String,
    stderr: String,
    /// Exit status; `None` when the run timed out and was killed.
    status: Option<i32>,
}

impl Run {
    /// The text a golden file holds: output, then stderr (if any), then the exit status.
    fn transcript(&self) -> String {
        let mut text = self.stdout.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        if !self.stderr.is_empty() {
            text.push_str("[stderr]\n");
            text.push_str(&self.stderr);
            if !self.stderr.ends_with('\n') {
                text.push('\n');
            }
        }
        match self.status {
            Some(status) => {
                let _ = writeln!(text, "[exit status {status}]");
            }
            None => text.push_str("[timed out]\n"),
        }
        text
    }
}

/// The QEMU command line every example run shares.
fn qemu(elf: &Path, semihosting_words: &[&str], name: &str) -> Command {
    let mut semihosting = String::from("enable=on,target=native");
    if !semihosting_words.is_empty() {
        let _ = write!(semihosting, ",arg={name}");
        for word in semihosting_words {
            let _ = write!(semihosting, ",arg={word}");
        }
    }
    let mut command = Command::new("qemu-system-arm");
    command
        .args(["-M", "lm3s6965evb", "-display", "none", "-semihosting-config", &semihosting])
        .args(["-icount", &format!("shift={ICOUNT_SHIFT},sleep=off")])
        .arg("-kernel")
        .arg(elf)
        .stdin(Stdio::null());
    command
}

/// A QEMU process whose output goes to files; killed and reaped when dropped.
struct Qemu {
    child: Child,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl Qemu {
    fn spawn(mut command: Command, name: &str) -> Result<Qemu> {
        let dir = out_dir().join("runs");
        std::fs::create_dir_all(&dir)?;
        let stdout = dir.join(format!("{name}.stdout"));
        let stderr = dir.join(format!("{name}.stderr"));
        command.stdout(std::fs::File::create(&stdout)?).stderr(std::fs::File::create(&stderr)?);
        let child = command.spawn().with_context(|| format!("starting `{}`", util::describe(&command)))?;
        Ok(Qemu { child, stdout, stderr })
    }

    /// Waits up to `timeout` for QEMU to exit; kills it after that. Returns the exit status, `None` when
    /// it had to be killed.
    fn finish(&mut self, timeout: Duration) -> Result<Option<i32>> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait()? {
                return Ok(status.code());
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                self.child.wait()?;
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Qemu {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Runs an example that ends by itself and collects its (decoded) output and exit status.
fn run_to_end(example: &Example, elf: &Path, words: &[&str]) -> Result<Run> {
    let mut qemu = Qemu::spawn(qemu(elf, words, example.name), example.name)?;
    let status = qemu.finish(RUN_TIMEOUT)?;
    let raw = std::fs::read(&qemu.stdout)?;
    let stdout = if example.defmt { decode_defmt(elf, &raw)? } else { String::from_utf8_lossy(&raw).into_owned() };
    let stderr = clean_stderr(&std::fs::read_to_string(&qemu.stderr)?);
    Ok(Run { stdout, stderr, status })
}

/// QEMU's stderr without the lines it prints on every run of this machine.
fn clean_stderr(stderr: &str) -> String {
    const NOISE: &[&str] =
        &["Timer with period zero, disabling", "icount sleep disabled and no active timers", "terminating on signal"];
    stderr.lines().filter(|line| !NOISE.iter().any(|n| line.contains(n))).map(|line| format!("{line}\n")).collect()
}

/// Decodes defmt frames with the table in `elf`, one message a line: its level in capitals (when it has one),
/// a space, the message.
fn decode_defmt(elf: &Path, bytes: &[u8]) -> Result<String> {
    let lines = keel_bench::defmt_log::decode_all(&std::fs::read(elf)?, bytes)?;
    Ok(lines
        .iter()
        .map(|line| {
            if line.level.is_empty() {
                format!("{}\n", line.message)
            } else {
                format!("{} {}\n", line.level, line.message)
            }
        })
        .collect())
}

/// Compares `actual` with `examples/expected/<name>.run`, or writes it there when blessing. The files are
/// QEMU 10's output; where QEMU 7.2's differs, its output is in `examples/expected/qemu-7/<name>.run`, used
/// when the installed QEMU is 7.x. Measured: only example 05 differs. Under the same `-icount`, 7.2 lets more
/// timer periods pass during `main`'s semihosting prints, so its queue of 4 overflows (12 samples produced,
/// 3 dropped) where 10's does not (8 produced, none dropped).
fn golden(name: &str, actual: &str, bless: bool) -> Result<()> {
    let file = format!("{name}.run");
    let older = examples_dir().join("expected").join("qemu-7").join(&file);
    let on_qemu_7 = crate::setup::qemu_version().is_some_and(|(major, _)| major == 7);
    let path =
        if on_qemu_7 && (older.is_file() || bless) { older } else { examples_dir().join("expected").join(&file) };
    keel_bench::golden::compare(&path, actual, bless, &format!("cargo xtask examples --only {name} --bless"))
}

/// Lets a never-ending example run, then asks QEMU (over QMP) for the CPU's program counter.
fn halted_pc(name: &str, elf: &Path) -> Result<u32> {
    let socket = out_dir().join("runs").join(format!("{name}.qmp"));
    let _ = std::fs::remove_file(&socket);
    let mut command = qemu(elf, &[], name);
    command.arg("-qmp").arg(format!("unix:{},server=on,wait=off", socket.display()));
    let mut qemu = Qemu::spawn(command, name)?;
    std::thread::sleep(SETTLE);
    ensure!(qemu.child.try_wait()?.is_none(), "the program ended; it should run forever");
    let qmp = Qmp::connect(&socket, QMP_TIMEOUT)?;
    qmp.execute("stop", json!({}))?;
    let registers = qmp.human("info registers")?;
    let _ = qmp.execute("quit", json!({}));
    qemu.finish(Duration::from_secs(5))?;
    hex_after(&registers, "R15=")
}

/// Measures PF0's half period in milliseconds of virtual time.
///
/// QEMU traces each PF0 change (`-trace pl061_set_output`) to a file. Trace lines carry no virtual time,
/// so the check polls the file and, as soon as a new change appears, asks QEMU over QMP for its
/// instruction count (`query-replay`); under `-icount` virtual time is that count times 2^shift ns
/// (exact while the program busy-waits, as the blinkies do). The latency between the change and the
/// query is usually a fraction of a host millisecond and the same for every edge, so it cancels in the
/// interval; on a busy host a query is now and then late by several milliseconds, which skews the two
/// intervals next to it, so the result is the median interval, not the mean.
fn toggle_half_period_ms(name: &str, elf: &Path) -> Result<f64> {
    const EDGES: usize = 10;
    let runs = out_dir().join("runs");
    std::fs::create_dir_all(&runs)?;
    let socket = runs.join(format!("{name}.qmp"));
    let trace = runs.join(format!("{name}.trace"));
    let _ = std::fs::remove_file(&socket);
    std::fs::write(&trace, "")?;
    let mut command = qemu(elf, &[], name);
    command.arg("-qmp").arg(format!("unix:{},server=on,wait=off", socket.display()));
    command.args(["-trace", "pl061_set_output", "-D"]).arg(&trace);
    let mut qemu = Qemu::spawn(command, name)?;
    let qmp = Qmp::connect(&socket, QMP_TIMEOUT)?;

    let deadline = Instant::now() + RUN_TIMEOUT;
    let mut seen = 0;
    let mut edges: Vec<u64> = Vec::new();
    while edges.len() < EDGES {
        ensure!(Instant::now() < deadline, "only {} PF0 changes in {RUN_TIMEOUT:?}", edges.len());
        ensure!(qemu.child.try_wait()?.is_none(), "QEMU ended before PF0 toggled {EDGES} times");
        let changes = std::fs::read_to_string(&trace)?.lines().filter(|l| l.contains("setting output 0 to")).count();
        if changes > seen {
            let icount = qmp_icount(&qmp)?;
            // Two changes between polls would make the timestamp ambiguous: start over from here.
            if changes == seen + 1 {
                edges.push(icount);
            } else {
                edges.clear();
                edges.push(icount);
            }
            seen = changes;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let _ = qmp.execute("quit", json!({}));
    qemu.finish(Duration::from_secs(5))?;
    let mut intervals: Vec<u64> = edges.windows(2).map(|pair| pair[1] - pair[0]).collect();
    intervals.sort_unstable();
    let median = intervals[intervals.len() / 2];
    Ok(median as f64 * f64::from(1_u32 << ICOUNT_SHIFT) / 1e6)
}

fn qmp_icount(qmp: &Qmp) -> Result<u64> {
    let reply = qmp.execute("query-replay", json!({}))?;
    reply["icount"].as_u64().with_context(|| format!("no icount in query-replay's reply {reply}"))
}

/// The hexadecimal number right after `marker` in `text`.
fn hex_after(text: &str, marker: &str) -> Result<u32> {
    let start = text.find(marker).with_context(|| format!("`{marker}` not found in:\n{text}"))? + marker.len();
    let digits: String = text[start..].trim_start_matches("0x").chars().take_while(char::is_ascii_hexdigit).collect();
    u32::from_str_radix(&digits, 16).with_context(|| format!("parsing the number after `{marker}`"))
}

/// The name of the function symbol in `elf` that contains `address`.
fn symbol_at(elf: &Path, address: u32) -> Result<String> {
    let bytes = std::fs::read(elf)?;
    let file = object::File::parse(&*bytes)?;
    let address = u64::from(address & !1);
    file.symbols()
        .filter(|s| s.kind() == object::SymbolKind::Text && s.size() > 0)
        .find(|s| (s.address() & !1) <= address && address < (s.address() & !1) + s.size())
        .map(|s| s.name().unwrap_or("?").to_string())
        .with_context(|| format!("no function contains {address:#x}"))
}

/// Marks the generated table in `examples/README.md`.
const TABLE_START: &str = "<!-- sizes:start (generated by `cargo xtask examples --bless`) -->";
const TABLE_END: &str = "<!-- sizes:end -->";

/// The README's table: one row per example with its measured flash and RAM.
fn size_table(elfs: &BTreeMap<&'static str, PathBuf>) -> Result<String> {
    let committed = committed_rows();
    let mut table = String::from(
        "| # | concept | file | what to look at | flash (bytes) | RAM (bytes) |\n| --- | --- | --- | --- | ---: | ---: |\n",
    );
    for example in EXAMPLES {
        let number = example.name.split('-').next().filter(|n| n.chars().all(|c| c.is_ascii_digit())).unwrap_or("C");
        let sizes = match elfs.get(example.name) {
            Some(elf) => {
                let s = crate::size::measure(elf)?;
                format!("{} | {}", s.flash(), s.ram())
            }
            // Not built in this run: keep the committed measurement (the C row without the compiler).
            None => committed.get(example.name).cloned().unwrap_or_else(|| "not built | not built".to_string()),
        };
        let _ = writeln!(
            table,
            "| {number} | {} | [`{}`]({}) | {} | {sizes} |",
            example.concept, example.file, example.file, example.look_at
        );
    }
    Ok(table)
}

/// The flash and RAM cells of each row of the committed README table, by example name.
fn committed_rows() -> BTreeMap<&'static str, String> {
    let readme = std::fs::read_to_string(examples_dir().join("README.md")).unwrap_or_default();
    let mut rows = BTreeMap::new();
    for example in EXAMPLES {
        let link = format!("[`{}`]({})", example.file, example.file);
        let concept = format!("| {} |", example.concept);
        if let Some(line) = readme.lines().find(|l| l.contains(&link) && l.contains(&concept)) {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
            if cells.len() >= 6 && cells[4] != "not built" {
                rows.insert(example.name, format!("{} | {}", cells[4], cells[5]));
            }
        }
    }
    rows
}

/// Checks (or with `bless`, rewrites) the table between the markers in `examples/README.md`.
fn check_readme_table(table: &str, bless: bool) -> Result<()> {
    let path = examples_dir().join("README.md");
    let readme = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let start =
        readme.find(TABLE_START).with_context(|| format!("{} has no `{TABLE_START}` marker", path.display()))?;
    let end = readme.find(TABLE_END).with_context(|| format!("{} has no `{TABLE_END}` marker", path.display()))?;
    let current = &readme[start + TABLE_START.len()..end];
    let wanted = format!("\n{table}");
    if current == wanted {
        return Ok(());
    }
    if bless {
        let updated = format!("{}{TABLE_START}{wanted}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated)?;
        return Ok(());
    }
    bail!("the size table in {} is stale: rewrite it with `cargo xtask examples --bless`", path.display())
}
