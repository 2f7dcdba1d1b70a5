//! `cargo xtask bench`: what the firmware costs in time, per emulated board, as figures that are the same on
//! every run.
//!
//! Each board's bench image boots under `-icount shift=0,sleep=off`: every instruction advances QEMU's virtual
//! clock by 1 ns, and time asleep in `wfi` jumps to the next timer. The firmware measures its own load (the
//! busy microseconds of each second, around its `wfi`: `keel_runtime::platform::sleep`) and sends it
//! in its status telemetry, so busy virtual nanoseconds are instructions executed. Debian's QEMU ships no TCG
//! plugins to count instructions directly; this is the count the virtual clock gives.
//!
//! Figures: the CPU load and wake-ups at 1, 10 and 100 Hz; the instructions one sample costs (ADC or timer
//! interrupt, queue, pipeline, telemetry frame), from the difference between 100 and 1 Hz; the instructions one
//! `status` command costs (its bytes' interrupts, the shell, the reply), from the load of the seconds 48 of them
//! fell in, sent one after another; flash, RAM and the stack's high-water mark. Not measured: boot to prompt, because nothing in QEMU
//! gives the virtual time of a moment before the firmware's own clock starts (`info jit` gives it only as the
//! host time at which the bench asked, which under `sleep=off` can be seconds of virtual time off). The console's commands arrive at host-chosen moments, so the phase of the sample
//! clock against the uptime counter differs between runs: measured over runs, the figures repeat within 2%,
//! and the budgets leave a wider margin. `--compare REV` builds REV in a temporary worktree: its flash differs
//! by the length of the source paths its panic locations carry, not only by what changed. Written as a Markdown table and JSON under `target/keel/`; `--check` compares them
//! with each board's `[budget]` (`sample_instructions`, `idle_cpu_ppm`), as `cargo xtask test` does.

use std::fmt::Write as _;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use keel_bench::keel_proto::Message;
use keel_bench::{Node, Options};
use serde::Serialize;

use crate::boards::{self, Board};
use crate::build::{self, Flavour};
use crate::util;

/// The sampling rates the load is measured at.
const RATES: [u32; 3] = [1, 10, 100];

/// Arguments of `cargo xtask bench`.
#[derive(clap::Args)]
pub struct BenchArgs {
    /// Only this board (default: every emulated board).
    #[arg(long)]
    pub board: Option<String>,
    /// Fail when a figure exceeds its budget in the board's keel.toml.
    #[arg(long)]
    pub check: bool,
    /// Also write the table into docs/costs.md (between its `<!-- bench` markers).
    #[arg(long)]
    pub docs: bool,
    /// Also measure this git revision (in a temporary worktree, with its own `cargo xtask bench`) and print
    /// the differences.
    #[arg(long, value_name = "REV")]
    pub compare: Option<String>,
}

/// docs/costs.md's markers around the table.
const TABLE_START: &str = "<!-- bench: written by `cargo xtask bench --docs` -->\n";
const TABLE_END: &str = "<!-- /bench -->\n";

/// `document` with the text between the markers replaced by `table`.
fn with_table(document: &str, table: &str) -> Result<String> {
    crate::util::replace_between(document, TABLE_START, TABLE_END, table)
}

/// The load at one sampling rate.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq)]
pub struct Load {
    /// Samples a second asked for.
    pub rate_hz: u32,
    /// Busy share of a second, in millionths (busy ns per ms at 1 instruction per ns).
    pub cpu_ppm: u32,
    /// Wake-ups in that second.
    pub wakeups: u16,
    /// Telemetry bytes a second on the wire (every frame of the same seconds, framing included).
    #[serde(default)]
    pub wire_bytes_per_s: f64,
}

/// One board's figures.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Figures {
    /// The board.
    pub board: String,
    /// Flash of the shipped image, bytes.
    pub flash: u64,
    /// RAM of the shipped image (statics and the reserved stack), bytes.
    pub ram: u64,
    /// Deepest the stack went during the run, bytes.
    pub stack_peak: u64,
    /// Load at each rate of [`RATES`].
    pub load: Vec<Load>,
    /// Instructions per sample, where the emulated board samples.
    pub sample_instructions: Option<u64>,
    /// Instructions one `status` command costs, end to end (the bytes' interrupts, the shell, the reply).
    #[serde(default)]
    pub command_instructions: u64,
    /// The link's budget, where the board's `keel.toml` has a `[link]` table.
    #[serde(default)]
    pub link: Option<LinkBudget>,
}

/// What the telemetry link and the core allow (`[link]` in `keel.toml`), from the bytes and instructions measured.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq)]
pub struct LinkBudget {
    /// The telemetry UART's baud rate (`None`: telemetry in the defmt log).
    pub baud: Option<u32>,
    /// The core clock, Hz.
    pub core_hz: u32,
    /// Mean bytes a sample frame takes on the wire (COBS and the delimiter included) in the run at 100 Hz.
    pub sample_wire_bytes: Option<f64>,
    /// Mean bytes of a status frame on the wire (one a second).
    pub status_wire_bytes: f64,
    /// The highest rate the UART carries: its bytes a second (a tenth of the baud rate, 8N1), less the status
    /// frames', over the bytes a sample.
    pub link_max_hz: Option<u64>,
    /// The highest rate the core keeps up with: its cycles a second not spent at 1 Hz, over the instructions a
    /// sample (at one instruction a cycle, which no core beats: an upper bound).
    pub cpu_max_hz: Option<u64>,
}

/// Runs `cargo xtask bench`.
pub fn run(args: &BenchArgs) -> Result<()> {
    crate::setup::run(&Default::default())?;
    let boards: Vec<Board> = boards::select(args.board.as_deref())?.into_iter().filter(|b| b.qemu.is_some()).collect();
    let figures = measure_all(&boards)?;
    let table = markdown(&figures);
    println!("{table}");
    let dir = util::target_dir().join("keel");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("bench.md"), &table)?;
    std::fs::write(dir.join("bench.json"), serde_json::to_string_pretty(&figures)?)?;
    println!("written to {} and bench.json", dir.join("bench.md").display());
    if args.docs {
        let path = util::root().join("docs").join("costs.md");
        let text = std::fs::read_to_string(&path)?;
        std::fs::write(&path, with_table(&text, &table)?)?;
        println!("and into {}", path.display());
    }
    if let Some(revision) = &args.compare {
        let theirs = measure_revision(revision, args.board.as_deref())?;
        println!("\nchanges against {revision}:\n{}", differences(&theirs, &figures));
    }
    if args.check {
        check(&boards, &figures)?;
    }
    Ok(())
}

/// Runs `cargo xtask bench` of `revision` in a temporary worktree and reads its JSON.
fn measure_revision(revision: &str, board: Option<&str>) -> Result<Vec<Figures>> {
    let dir = std::env::temp_dir().join(format!("keel-bench-{}", std::process::id()));
    util::in_worktree(&dir, revision, |dir| {
        let mut command = std::process::Command::new("cargo");
        command.current_dir(dir).args(["xtask", "bench"]).env_remove("CARGO_TARGET_DIR");
        if let Some(board) = board {
            command.args(["--board", board]);
        }
        util::run_checked(&mut command)
            .with_context(|| format!("`cargo xtask bench` of {revision} (a revision without it cannot be compared)"))?;
        let json = std::fs::read_to_string(dir.join("target/keel/bench.json"))?;
        serde_json::from_str::<Vec<Figures>>(&json).with_context(|| format!("reading the figures of {revision}"))
    })
}

/// Each figure that changed between `before` and `after`, as `board: what before -> after (change)`.
pub fn differences(before: &[Figures], after: &[Figures]) -> String {
    let mut text = String::new();
    for now in after {
        let Some(then) = before.iter().find(|f| f.board == now.board) else {
            let _ = writeln!(text, "  {}: new", now.board);
            continue;
        };
        let mut compare = |what: &str, a: Option<u64>, b: Option<u64>| {
            if let (Some(a), Some(b)) = (a, b) {
                if a != b {
                    let change = (b as f64 - a as f64) / a.max(1) as f64 * 100.0;
                    let _ = writeln!(text, "  {}: {what} {a} -> {b} ({change:+.1}%)", now.board);
                }
            }
        };
        compare("flash", Some(then.flash), Some(now.flash));
        compare("RAM", Some(then.ram), Some(now.ram));
        compare("stack peak", Some(then.stack_peak), Some(now.stack_peak));
        compare("instructions per sample", then.sample_instructions, now.sample_instructions);
        compare("instructions per `status`", Some(then.command_instructions), Some(now.command_instructions));
        for (a, b) in then.load.iter().zip(&now.load) {
            compare(&format!("CPU ppm at {} Hz", b.rate_hz), Some(u64::from(a.cpu_ppm)), Some(u64::from(b.cpu_ppm)));
        }
    }
    if text.is_empty() {
        text.push_str("  none\n");
    }
    text
}

/// Measures every board, two at a time (each boot is one QEMU process).
pub fn measure_all(boards: &[Board]) -> Result<Vec<Figures>> {
    for board in boards {
        build::firmware(board, Flavour::Bench)?;
        build::firmware(board, Flavour::Release)?;
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = boards.iter().map(|board| scope.spawn(move || measure(board))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|_| bail!("a bench thread panicked"))).collect()
    })
}

/// Boots `board` under `-icount shift=0` once per sampling rate, and once more for the console's cost.
fn measure(board: &Board) -> Result<Figures> {
    let sizes = crate::size::measure(&board.release_elf())?;
    let mut load = Vec::new();
    let mut quiet_busy_us = 0;
    let mut wire = None;
    for rate in RATES {
        let node = boot_at(board, rate, 0)?;
        load.push(load_at(&node, rate)?);
        if rate == 1 {
            quiet_busy_us = busy_us(&node)?;
        }
        if rate == 100 {
            wire = Some(wire_bytes(&node)?);
        }
    }
    let config = keel_bench::BoardConfig::load(&board.name)?;
    let samples = config.provides(keel_bench::board::Capability::Adc);
    let sample_instructions = samples.then(|| {
        // Busy ns a second at 100 Hz less at 1 Hz, over the 99 more samples: 1 ns is one instruction.
        let [one, _, hundred] = [load[0], load[1], load[2]];
        u64::from(hundred.cpu_ppm.saturating_sub(one.cpu_ppm)) * 1000 / 99
    });
    let link = config.link.zip(wire).map(|(link, (sample_wire_bytes, status_wire_bytes))| {
        link_budget(
            link,
            sample_wire_bytes.filter(|_| samples),
            status_wire_bytes,
            sample_instructions,
            load[0].cpu_ppm,
        )
    });
    let node = boot_at(board, 1, COMMANDS)?;
    // The same run as the quiet one at 1 Hz but for the commands: the difference is what they cost.
    let command_instructions = busy_us(&node)?.saturating_sub(quiet_busy_us) * 1000 / COMMANDS as u64;
    let stack_peak = node.stack_use()?.peak;
    Ok(Figures {
        board: board.name.clone(),
        flash: sizes.flash(),
        ram: sizes.ram(),
        stack_peak,
        load,
        sample_instructions,
        command_instructions,
        link,
    })
}

/// The link's budget from the board's `[link]` table and what was measured: the bytes a sample frame and a status
/// frame take on the wire, the instructions a sample costs and the load at 1 Hz (in millionths).
fn link_budget(
    link: keel_bench::board::Link,
    sample_wire_bytes: Option<f64>,
    status_wire_bytes: f64,
    sample_instructions: Option<u64>,
    idle_ppm: u32,
) -> LinkBudget {
    let link_max_hz = link
        .baud
        .zip(sample_wire_bytes)
        .map(|(baud, per_sample)| ((f64::from(baud) / 10.0 - status_wire_bytes).max(0.0) / per_sample).floor() as u64);
    let free = 1.0 - f64::from(idle_ppm) / 1e6;
    let cpu_max_hz = sample_instructions
        .filter(|instructions| *instructions > 0)
        .map(|instructions| (f64::from(link.core_hz) * free / instructions as f64).floor() as u64);
    LinkBudget { baud: link.baud, core_hz: link.core_hz, sample_wire_bytes, status_wire_bytes, link_max_hz, cpu_max_hz }
}

/// The mean bytes on the wire of the sample frames (`None` without any) and of the status frames a node sent: each
/// frame received, encoded again as the firmware encodes it (`keel_proto::codec::encode`, which the firmware's writer
/// matches byte for byte in the host tests).
fn wire_bytes(node: &Node) -> Result<(Option<f64>, f64)> {
    let (mut samples, mut statuses) = (Vec::new(), Vec::new());
    for received in node.telemetry().since(0) {
        let length = wire_length(&received.frame)? as f64;
        match received.frame.message {
            Message::Sample(_) => samples.push(length),
            Message::Status(_) => statuses.push(length),
            _ => {}
        }
    }
    let mean = |lengths: &[f64]| (!lengths.is_empty()).then(|| lengths.iter().sum::<f64>() / lengths.len() as f64);
    Ok((mean(&samples), mean(&statuses).context("no status frame to measure")?))
}

/// `status` commands typed at boot for the console's cost.
const COMMANDS: usize = 12;

/// Boots the bench image under `-icount shift=0,sleep=off` sampling at `rate_hz` from its first instruction,
/// then running `status` `commands` times: the commands come in on QEMU's command line (`-append "keel: rate
/// N\rstatus..."`, typed at boot by the test image, `keel_runtime::platform::boot_input`), not from the console
/// at moments the host chose, so the run, and its figures, are the same every time. (Typed by the host, how
/// many keys each receive interrupt finds and which timer wake-ups they share depend on the host's speed, and
/// under `sleep=off` the guest races through thousands of idle seconds while the host types: `status` measured
/// that way cost 34,250 instructions in one run and 50,416 in another, on a busy machine.)
fn boot_at(board: &Board, rate_hz: u32, commands: usize) -> Result<Node> {
    let mut options = Options::new(&board.name).icount(0).timeout(Duration::from_secs(60));
    let input = format!("rate {rate_hz}{}", "\rstatus".repeat(commands));
    options.extra_args = vec!["-append".into(), format!("keel: {input}")];
    let node = options.boot()?;
    node.wait_for_boot()?;
    // The typed commands' echoes and replies, up to the prompt after each.
    let typed = node.console().wait_for_prompt(Duration::from_secs(20))?;
    if !typed.contains(&format!("ok: rate {rate_hz} Hz")) {
        bail!("the rate given on QEMU's command line was not taken: {typed}");
    }
    for _ in 0..commands {
        let reply = node.console().wait_for_prompt(Duration::from_secs(20))?;
        if !reply.contains("uptime:") {
            bail!("a `status` given on QEMU's command line did not answer with the status: {reply}");
        }
    }
    Ok(node)
}

/// The load of a board booted at `rate_hz`: the mean of the status frames 4 to 6, after start-up settled (the
/// first screen, the buttons' warm-up).
fn load_at(node: &Node, rate_hz: u32) -> Result<Load> {
    let statuses = first_statuses(node)?;
    let statuses = &statuses[3..6];
    if statuses.iter().any(|s| u32::from(s.rate_hz) != rate_hz) {
        bail!("the node did not sample at {rate_hz} Hz from boot (`-append` not taken?): {statuses:?}");
    }
    let mut cpu_sum = 0;
    let mut wakeup_sum = 0;
    for status in statuses {
        cpu_sum += status.cpu_ppm.context("a status frame without the CPU load")?;
        wakeup_sum += u32::from(status.wakeups_per_s.context("a status frame without the wake-up count")?);
    }
    let (cpu_ppm, wakeups) = (cpu_sum / 3, (wakeup_sum / 3) as u16);
    Ok(Load { rate_hz, cpu_ppm, wakeups, wire_bytes_per_s: wire_bytes_per_s(node)? })
}

/// The bytes `frame` takes on the wire, framing included: encoded again as the firmware encodes it.
fn wire_length(frame: &keel_bench::keel_proto::Frame) -> Result<usize> {
    let mut buffer = [0u8; keel_bench::keel_proto::codec::MAX_FRAME_LEN];
    keel_bench::keel_proto::codec::encode(frame, &mut buffer)
        .map_err(|e| anyhow::anyhow!("encoding a received frame again: {e:?}"))
}

/// The telemetry bytes a second on the wire over the seconds [`load_at`] averages: every frame after the fourth
/// status frame up to the seventh (each second's samples, then its status), encoded again as in [`wire_bytes`].
/// [`load_at`] has waited for those frames.
fn wire_bytes_per_s(node: &Node) -> Result<f64> {
    let (mut statuses, mut bytes) = (0, 0);
    for received in node.telemetry().since(0) {
        if statuses >= 4 {
            bytes += wire_length(&received.frame)?;
        }
        if matches!(received.frame.message, Message::Status(_)) {
            statuses += 1;
            if statuses == 7 {
                return Ok(bytes as f64 / 3.0);
            }
        }
    }
    bail!("fewer than seven status frames to measure the link's bytes with")
}

/// The first seven status frames since boot.
fn first_statuses(node: &Node) -> Result<Vec<keel_bench::keel_proto::Status>> {
    node.telemetry().wait_until(0, Duration::from_secs(60), "seven status frames", |frames| {
        let statuses: Vec<_> = frames
            .iter()
            .filter_map(|r| match r.frame.message {
                Message::Status(status) => Some(status),
                _ => None,
            })
            .collect();
        (statuses.len() >= 7).then(|| statuses[..7].to_vec())
    })
}

/// The busy microseconds of the first six seconds (the load of a second, in millionths, is its busy
/// microseconds) from the end of start-up, the commands typed at boot and the buttons' warm-up included: the
/// first status frame comes before the first second's load, the next six carry the loads.
fn busy_us(node: &Node) -> Result<u64> {
    let mut sum = 0;
    for status in &first_statuses(node)?[1..] {
        sum += u64::from(status.cpu_ppm.context("a status frame without the CPU load")?);
    }
    Ok(sum)
}

/// The figures as Markdown tables: the costs, then the link's budget.
pub fn markdown(figures: &[Figures]) -> String {
    let mut text = costs_table(figures);
    text.push_str(
        "\nThe link's budget (`[link]` in each `keel.toml`; the bytes and instructions of the run at 100 Hz):\n\n\
         | board | telemetry link | core clock | wire bytes a second at 1, 10, 100 Hz | wire bytes a sample | status bytes a second | highest rate the link carries | highest rate the core keeps up with |\n\
         | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for f in figures {
        let Some(link) = f.link else { continue };
        let none = || "(no samples in QEMU)".to_string();
        let per_second = f.load.iter().map(|l| format!("{:.0}", l.wire_bytes_per_s)).collect::<Vec<_>>().join(", ");
        let _ = writeln!(
            text,
            "| {} | {} | {} MHz | {per_second} | {} | {:.0} | {} | {} |",
            f.board,
            link.baud.map_or("defmt log (RTT)".to_string(), |baud| format!("UART, {baud} baud")),
            f64::from(link.core_hz) / 1e6,
            link.sample_wire_bytes.map_or_else(none, |bytes| format!("{bytes:.2}")),
            link.status_wire_bytes,
            match (link.baud, link.link_max_hz) {
                (None, _) => "(RTT: not bounded here)".to_string(),
                (Some(_), Some(hz)) => format!("{hz} Hz"),
                (Some(_), None) => none(),
            },
            link.cpu_max_hz.map_or_else(none, |hz| format!("{hz} Hz")),
        );
    }
    text
}

/// The costs table.
fn costs_table(figures: &[Figures]) -> String {
    let mut text = String::from(
        "| board | flash (B) | RAM (B) | stack peak (B) | CPU at 1 Hz | at 10 Hz | at 100 Hz | wake-ups/s at 1, 10, 100 Hz | instructions per sample | per `status` |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for f in figures {
        let cpu = |i: usize| format!("{:.4}%", f64::from(f.load[i].cpu_ppm) / 10_000.0);
        let wakeups = f.load.iter().map(|l| l.wakeups.to_string()).collect::<Vec<_>>().join(", ");
        let per_sample = f.sample_instructions.map_or("(no samples in QEMU)".to_string(), |n| n.to_string());
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} | {} | {} | {wakeups} | {per_sample} | {} |",
            f.board,
            f.flash,
            f.ram,
            f.stack_peak,
            cpu(0),
            cpu(1),
            cpu(2),
            f.command_instructions
        );
    }
    text
}

/// Compares the figures with the boards' budgets.
pub fn check(boards: &[Board], figures: &[Figures]) -> Result<()> {
    let mut over = Vec::new();
    for (board, f) in boards.iter().zip(figures) {
        if let (Some(budget), Some(cost)) = (board.budget.sample_instructions, f.sample_instructions) {
            if cost > budget {
                over.push(format!("{}: a sample costs {cost} instructions, over the budget of {budget}", board.name));
            }
        }
        if let Some(budget) = board.budget.command_instructions {
            if f.command_instructions > budget {
                over.push(format!(
                    "{}: a `status` command costs {} instructions, over the budget of {budget}",
                    board.name, f.command_instructions
                ));
            }
        }
        if let (Some(budget), Some(bytes)) =
            (board.budget.sample_wire_bytes, f.link.and_then(|link| link.sample_wire_bytes))
        {
            if bytes > budget {
                over.push(format!(
                    "{}: a sample costs {bytes:.2} bytes on the wire, over the budget of {budget}",
                    board.name
                ));
            }
        }
        if let Some(budget) = board.budget.idle_cpu_ppm {
            let cost = u64::from(f.load[0].cpu_ppm);
            if cost > budget {
                over.push(format!(
                    "{}: the CPU load at 1 Hz is {cost} ppm, over the budget of {budget} ppm",
                    board.name
                ));
            }
        }
    }
    if !over.is_empty() {
        bail!("cost budgets exceeded:\n  {}", over.join("\n  "));
    }
    eprintln!("all costs within budget");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(per_sample: u64, idle_ppm: u32) -> Figures {
        let load = RATES
            .iter()
            .map(|&rate_hz| Load { rate_hz, cpu_ppm: idle_ppm, wakeups: 10, wire_bytes_per_s: 0.0 })
            .collect();
        Figures {
            board: "b".into(),
            flash: 1,
            ram: 1,
            stack_peak: 1,
            load,
            sample_instructions: Some(per_sample),
            command_instructions: 0,
            link: None,
        }
    }

    fn board(sample_instructions: Option<u64>, idle_cpu_ppm: Option<u64>) -> Board {
        let text = format!(
            "chip = \"X\"\ntarget = \"t\"\nbinary = \"b\"\n[budget]\nflash = 1\nram = 1\n{}{}",
            sample_instructions.map(|n| format!("sample_instructions = {n}\n")).unwrap_or_default(),
            idle_cpu_ppm.map(|n| format!("idle_cpu_ppm = {n}\n")).unwrap_or_default()
        );
        let mut board: Board = toml::from_str(&text).unwrap();
        board.name = "b".into();
        board
    }

    #[test]
    fn a_cost_over_its_budget_fails_with_both_figures() {
        assert!(check(&[board(Some(4000), Some(1000))], &[figures(3400, 811)]).is_ok());
        let error = check(&[board(Some(3000), Some(1000))], &[figures(3400, 811)]).unwrap_err().to_string();
        assert!(error.contains("a sample costs 3400 instructions, over the budget of 3000"), "{error}");
        let error = check(&[board(None, Some(800))], &[figures(3400, 811)]).unwrap_err().to_string();
        assert!(error.contains("811 ppm, over the budget of 800 ppm"), "{error}");
    }

    #[test]
    fn the_readme_table_is_replaced_between_its_markers() {
        let readme = format!("intro\n{TABLE_START}old table\n{TABLE_END}after\n");
        assert_eq!(with_table(&readme, "new\n").unwrap(), format!("intro\n{TABLE_START}new\n{TABLE_END}after\n"));
        assert!(with_table("no markers", "x").is_err());
    }

    #[test]
    fn differences_name_what_changed() {
        let before = [figures(3400, 811)];
        let after = [Figures { flash: 2, ..figures(3600, 811) }];
        let text = differences(&before, &after);
        assert!(text.contains("b: flash 1 -> 2 (+100.0%)"), "{text}");
        assert!(text.contains("b: instructions per sample 3400 -> 3600 (+5.9%)"), "{text}");
        assert!(!text.contains("CPU"), "{text}");
        assert_eq!(differences(&before, &before), "  none\n");
    }

    /// The LM3S6965EVB's figures: 115,200 baud carry 11,520 bytes a second, less a 30-byte status frame, at 19.5
    /// bytes a sample; 50 MHz less the idle load's 0.0765%, at 3,525 instructions a sample.
    #[test]
    fn the_highest_rates_come_from_the_bytes_and_instructions() {
        let link = keel_bench::board::Link { baud: Some(115_200), core_hz: 50_000_000 };
        let budget = link_budget(link, Some(19.5), 30.0, Some(3525), 765);
        assert_eq!(budget.link_max_hz, Some(589));
        assert_eq!(budget.cpu_max_hz, Some(14_173));
        // No UART of its own (the defmt log), no samples in QEMU: nothing to bound.
        let budget = link_budget(keel_bench::board::Link { baud: None, core_hz: 16_000_000 }, None, 30.0, None, 144);
        assert_eq!((budget.link_max_hz, budget.cpu_max_hz), (None, None));
    }

    #[test]
    fn a_sample_over_its_wire_budget_fails() {
        let mut board = board(None, None);
        board.budget.sample_wire_bytes = Some(19.0);
        let link = keel_bench::board::Link { baud: Some(115_200), core_hz: 50_000_000 };
        let over = Figures { link: Some(link_budget(link, Some(19.5), 30.0, Some(3525), 765)), ..figures(3525, 765) };
        let error = check(&[board.clone()], &[over]).unwrap_err().to_string();
        assert!(error.contains("a sample costs 19.50 bytes on the wire, over the budget of 19"), "{error}");
        let within = Figures { link: Some(link_budget(link, Some(18.5), 30.0, Some(3525), 765)), ..figures(3525, 765) };
        assert!(check(&[board], &[within]).is_ok());
    }

    #[test]
    fn the_table_has_a_row_per_board() {
        let table = markdown(&[figures(3400, 811)]);
        assert!(table.lines().nth(2).unwrap().starts_with("| b | 1 | 1 | 1 | 0.0811% |"), "{table}");
    }
}
