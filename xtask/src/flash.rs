//! `cargo xtask flash`: build a board's firmware for real hardware (defmt over RTT instead of semihosting)
//! and flash and run it with probe-rs, which also prints the decoded defmt log.

use std::process::Command;

use anyhow::{bail, Result};

use crate::boards;
use crate::util::{self, run_checked};

/// Arguments of `cargo xtask flash`.
#[derive(clap::Args)]
pub struct FlashArgs {
    /// Board to flash (default: the default board).
    #[arg(long)]
    pub board: Option<String>,
    /// Passed to `probe-rs run --probe` when several probes are attached (VID:PID[:serial]).
    #[arg(long)]
    pub probe: Option<String>,
    /// Only build the hardware image and print the probe-rs command.
    #[arg(long)]
    pub dry_run: bool,
}

/// Runs `cargo xtask flash`.
pub fn run(args: &FlashArgs) -> Result<()> {
    crate::setup::run(&Default::default())?;
    let board = boards::one_or_default(args.board.as_deref())?;
    // A semihosting call halts a core that has no debugger attached, so the hardware image logs over RTT.
    let elf = crate::build::firmware(&board, crate::build::Flavour::Hardware)?;

    let mut probe_rs = Command::new("probe-rs");
    probe_rs.args(["run", "--chip", &board.chip]);
    if let Some(probe) = &args.probe {
        probe_rs.args(["--probe", probe]);
    }
    probe_rs.arg(&elf);
    if args.dry_run {
        println!("{}", util::describe(&probe_rs));
        return Ok(());
    }
    if !util::have("probe-rs") {
        bail!(
            "probe-rs is not installed. Install it with `cargo install probe-rs-tools --locked` \
             (see https://probe.rs), then run:\n    {}",
            util::describe(&probe_rs)
        );
    }
    run_checked(&mut probe_rs)
}
