//! `cargo xtask fuzz`: the fuzz targets in `fuzz/` (libFuzzer through cargo-fuzz), each for a fixed time, with
//! the number of runs each survived.
//!
//! cargo-fuzz needs nightly compiler flags (`-Zsanitizer`); on the stable toolchain this machine has, the run
//! sets `RUSTC_BOOTSTRAP=1`, which unlocks them for this build only. cargo-fuzz is installed when missing.

use anyhow::{bail, Context, Result};

use crate::util::{cargo, have, root, run_checked};

/// Every target in `fuzz/Cargo.toml`.
const TARGETS: &[&str] = &["shell", "frame_decoder", "frame_body"];

/// Arguments of `cargo xtask fuzz`.
#[derive(clap::Args)]
pub struct FuzzArgs {
    /// Targets to run (default: all of them).
    #[arg(long = "target", value_parser = clap::builder::PossibleValuesParser::new(TARGETS))]
    pub targets: Vec<String>,
    /// How long to run each target, in seconds.
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
}

pub fn run(args: &FuzzArgs) -> Result<()> {
    if !have_cargo_fuzz() {
        run_checked(cargo().args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let targets: Vec<&str> =
        if args.targets.is_empty() { TARGETS.to_vec() } else { args.targets.iter().map(String::as_str).collect() };
    let mut report = Vec::new();
    for target in targets {
        let output = cargo()
            .current_dir(root().join("fuzz"))
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", target, "--", &format!("-max_total_time={}", args.seconds)])
            .stderr(std::process::Stdio::piped())
            .output()
            .with_context(|| format!("running fuzz target {target}"))?;
        let log = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            eprintln!("{log}");
            bail!("fuzz target {target} failed (the crashing input is under fuzz/artifacts/{target}/)");
        }
        report.push(format!("{target}: {}", summary(&log)));
    }
    println!("{}", report.join("\n"));
    Ok(())
}

fn have_cargo_fuzz() -> bool {
    have("cargo-fuzz") || cargo().args(["fuzz", "--version"]).output().is_ok_and(|o| o.status.success())
}

/// "N runs in S s, C edges covered" from libFuzzer's closing lines (`Done N runs in S second(s)` and the last
/// `cov: C` status line).
fn summary(log: &str) -> String {
    let done = log.lines().rev().find_map(|line| line.strip_prefix("Done ")).unwrap_or("(no summary line)");
    let coverage = log
        .lines()
        .rev()
        .find_map(|line| line.split_whitespace().skip_while(|w| *w != "cov:").nth(1))
        .map(|edges| format!(", {edges} edges covered"))
        .unwrap_or_default();
    format!("{done}{coverage}, no crash")
}

#[cfg(test)]
mod tests {
    #[test]
    fn summary_reads_libfuzzers_closing_lines() {
        let log = "#2 INITED cov: 120 ft: 121 corp: 1/1b\n#4096 pulse cov: 612 ft: 900 corp: 40/1Kb\nDone 1234567 runs in 61 second(s)\n";
        assert_eq!(super::summary(log), "1234567 runs in 61 second(s), 612 edges covered, no crash");
    }
}
