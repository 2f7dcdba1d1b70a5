//! `cargo xtask gdb`: a debugger on the firmware in one command.
//!
//! In the emulator: the board's shipped release image boots in QEMU halted at its reset vector with QEMU's gdb
//! server on a free local port, and `gdb-multiarch` starts with the ELF loaded, connected, with breakpoints on
//! `main` and the fault handlers, and runs to `main`. On a real board (`--probe`): `probe-rs gdb` serves the
//! chip through the debug probe and gdb attaches to it, with the hardware image (defmt over RTT) flashed.
//! The release profile keeps full debug information (`debug = true`: symbols and lines, not in flash), so
//! source lines, backtraces and statics (`print keel_runtime::platform::cortex_m::SYSTICK`) work at `opt-level = "z"`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use keel_bench::qemu::{Endpoint, QemuCommand};

use crate::boards::{self, Board};
use crate::util;

/// Arguments of `cargo xtask gdb`.
#[derive(clap::Args)]
pub struct GdbArgs {
    /// Board to debug (default: the default board).
    #[arg(long)]
    pub board: Option<String>,
    /// Debug a real board through its debug probe (`probe-rs gdb`) instead of the emulator.
    #[arg(long)]
    pub probe: bool,
    /// Instead of an interactive session, run the batch session `cargo xtask test` checks (default board).
    #[arg(long, conflicts_with = "probe")]
    pub check: bool,
    /// Further gdb commands to run after the set-up (each as `-ex`), e.g. `--ex "break TIMER1A"`.
    #[arg(long = "ex", value_name = "COMMAND")]
    pub commands: Vec<String>,
}

/// Breakpoints set in every session: the entry, and where faults and unexpected interrupts go (cortex-m-rt).
const BREAKPOINTS: &[&str] = &["main", "HardFault", "DefaultHandler"];

pub fn run(args: &GdbArgs) -> Result<()> {
    crate::setup::run(&Default::default())?;
    let board = boards::one_or_default(args.board.as_deref())?;
    if args.probe {
        return with_probe(&board, &args.commands);
    }
    if args.check {
        return check_batch(&board);
    }
    let elf = crate::build::firmware(&board, crate::build::Flavour::Release)?;
    let session = Emulator::start(&board, &elf)?;
    eprintln!("QEMU is halted at the reset vector; its gdb server is on 127.0.0.1:{}.", session.port);
    eprintln!("The console (UART0) goes to {}.", session.console.display());
    let mut gdb = gdb_command(&elf, session.port);
    gdb.args(["-ex", "continue"]);
    for command in &args.commands {
        gdb.args(["-ex", command]);
    }
    let status = gdb.status().context("starting gdb-multiarch")?;
    drop(session);
    if !status.success() {
        bail!("gdb exited with {status}");
    }
    Ok(())
}

/// gdb on `elf`, connected to a gdb server on `port`, with the standard breakpoints.
fn gdb_command(elf: &Path, port: u16) -> Command {
    let mut gdb = Command::new("gdb-multiarch");
    gdb.arg("-q").arg(elf);
    // The image's source paths name the repository `/keel` (`build::short_source_paths`).
    let repository = crate::util::root();
    gdb.args([
        "-ex",
        &format!("set substitute-path {} {}", keel_bench::symbols::REPOSITORY_IN_IMAGE, repository.display()),
    ]);
    gdb.args(["-ex", &format!("target extended-remote 127.0.0.1:{port}")]);
    for symbol in BREAKPOINTS {
        gdb.args(["-ex", &format!("break {symbol}")]);
    }
    gdb
}

/// A board booted halted in QEMU with its gdb server; QEMU is stopped on drop.
struct Emulator {
    child: Child,
    port: u16,
    console: PathBuf,
}

impl Emulator {
    fn start(board: &Board, elf: &Path) -> Result<Self> {
        let machine = board.qemu.as_ref().with_context(|| format!("QEMU does not emulate `{}`", board.name))?;
        let machine = keel_bench::board::QemuMachine {
            system: machine.system.clone(),
            machine: machine.machine.clone(),
            args: machine.args.clone(),
        };
        let console = board.release_elf().parent().expect("in a folder").join("gdb-console.log");
        let port = free_port()?;
        let mut qemu = QemuCommand::for_machine(machine, elf.to_path_buf());
        qemu.console = Endpoint::File(console.clone());
        qemu.extra.extend(["-S".into(), "-gdb".into(), format!("tcp:127.0.0.1:{port}")]);
        let mut command = qemu.command();
        command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        let child = command.spawn().with_context(|| format!("starting `{}`", qemu.describe()))?;
        let emulator = Emulator { child, port, console };
        emulator.wait_for_server()?;
        Ok(emulator)
    }

    fn wait_for_server(&self) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            if Instant::now() >= deadline {
                bail!("QEMU's gdb server did not open port {}", self.port);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A local TCP port nothing listens on now.
fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Flashes the hardware image and debugs it through `probe-rs gdb`.
fn with_probe(board: &Board, commands: &[String]) -> Result<()> {
    let elf = crate::build::firmware(board, crate::build::Flavour::Hardware)?;
    let port = 1337;
    let mut server = Command::new("probe-rs");
    server.args(["gdb", "--chip", &board.chip, "--gdb-connection-string", &format!("127.0.0.1:{port}")]);
    if !util::have("probe-rs") {
        bail!(
            "probe-rs is not installed. Install it with `cargo install probe-rs-tools --locked` (see https://probe.rs); \
             this command then runs `{}` and attaches gdb-multiarch to it",
            util::describe(&server)
        );
    }
    let mut server = server.spawn().context("starting probe-rs gdb")?;
    let mut gdb = gdb_command(&elf, port);
    gdb.args(["-ex", "load", "-ex", "monitor reset halt", "-ex", "continue"]);
    for command in commands {
        gdb.args(["-ex", command]);
    }
    let status = gdb.status().context("starting gdb-multiarch");
    let _ = server.kill();
    let _ = server.wait();
    if !status?.success() {
        bail!("gdb exited with an error");
    }
    Ok(())
}

/// What `cargo xtask test` checks on the default board (the LM3S6965EVB): gdb in batch mode stops at `main`,
/// then in the work loop's interrupt handler after it ran 30 times, reads the uptime counter there (a static
/// of the board's clock), detaches, and QEMU is stopped.
pub fn check_batch(board: &Board) -> Result<()> {
    const HANDLER: &str = "PWM_GEN0"; // the vector the LM3S app runs `work` on (boards/lm3s6965evb/src/main.rs)
    const UPTIME: &str = "keel_runtime::platform::cortex_m::SYSTICK"; // periods of 300 ms since boot
    if board.name != "lm3s6965evb" {
        bail!("the gdb check knows the LM3S6965EVB's symbols, not {}'s", board.name);
    }
    let elf = crate::build::firmware(board, crate::build::Flavour::Release)?;
    let session = Emulator::start(board, &elf)?;
    let mut gdb = gdb_command(&elf, session.port);
    gdb.arg("-batch").arg("-nx");
    for command in [
        "continue",
        "bt 2",
        &format!("break {HANDLER}"),
        "ignore 4 30",
        "continue",
        &format!("print {UPTIME}"),
        "detach",
    ] {
        gdb.args(["-ex", command]);
    }
    let output = run_with_timeout(gdb, Duration::from_secs(60))?;
    drop(session);
    let periods = check_gdb_output(&output, HANDLER)?;
    eprintln!("gdb stopped at main, then in {HANDLER} after 30 runs at uptime >= {} ms", periods * 300);
    Ok(())
}

fn run_with_timeout(mut command: Command, limit: Duration) -> Result<String> {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().context("starting gdb-multiarch")?;
    let deadline = Instant::now() + limit;
    while child.try_wait()?.is_none() {
        if Instant::now() >= deadline {
            let _ = child.kill();
            bail!("gdb did not finish in {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output()?;
    Ok(format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr)))
}

/// Checks a batch session's output; returns the uptime counter's periods read at the handler.
fn check_gdb_output(output: &str, handler: &str) -> Result<u32> {
    let fail = |what: &str| anyhow::anyhow!("{what}; gdb said:\n{output}");
    let at_main = output.lines().any(|l| l.starts_with("Breakpoint 1,")) && output.contains("main ()");
    if !at_main {
        return Err(fail("gdb did not stop at main"));
    }
    if !output.lines().any(|l| l.starts_with("Breakpoint 4,")) {
        return Err(fail(&format!("gdb did not stop in {handler}")));
    }
    let value = output
        .lines()
        .find(|l| l.starts_with("$1 = "))
        .and_then(|l| l.split("value: ").nth(1))
        .and_then(|rest| rest.split('}').next())
        .and_then(|n| n.trim().parse::<u32>().ok())
        .ok_or_else(|| fail("gdb did not print the uptime counter"))?;
    // 30 runs of the work loop (a 50 ms tick, samples at 10 Hz) take between 0.3 s and a few seconds.
    if !(1..=30).contains(&value) {
        return Err(fail(&format!("the uptime counter read {value} periods of 300 ms after 30 work runs")));
    }
    if !output.contains(") detached]") {
        return Err(fail("gdb did not detach"));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::check_gdb_output;

    const SESSION: &str = "Breakpoint 1 at 0x3ba6: file src/main.rs, line 57.\n\
        Breakpoint 1, cortex_m::interrupt::disable () at interrupt.rs:46\n\
        #1  keel_lm3s6965evb::app::main () at src/main.rs:57\n\
        Breakpoint 4, core::ops::function::Fn::call () at function.rs:79\n\
        $1 = keel_runtime::time::PeriodicClock {periods: portable_atomic::AtomicU32 {inner: core::sync::atomic::AtomicU32 {v: core::cell::UnsafeCell<u32> {value: 6}}}, period_ms: <synthetic pointer>}\n\
        [Inferior 1 (process 1) detached]\n";

    #[test]
    fn a_session_that_stopped_and_read_the_uptime_passes() {
        assert_eq!(check_gdb_output(SESSION, "PWM_GEN0").unwrap(), 6);
    }

    #[test]
    fn a_session_that_missed_a_stop_or_read_nothing_fails() {
        assert!(check_gdb_output(&SESSION.replace("Breakpoint 4,", "Breakpoint 5,"), "PWM_GEN0").is_err());
        assert!(check_gdb_output(&SESSION.replace("value: 6", "value: 0"), "PWM_GEN0").is_err());
        assert!(check_gdb_output(&SESSION.replace("main ()", "Reset ()"), "PWM_GEN0").is_err());
    }
}
