//! `cargo xtask run`: boot a board's release firmware in QEMU with the console on this terminal.
//! (Being written with the emulator bench, see issue 4.)

/// Arguments of `cargo xtask run`.
#[derive(clap::Args)]
pub struct RunArgs {
    /// Board to run (default: the board marked `default` in its keel.toml).
    #[arg(long)]
    pub board: Option<String>,
    /// Open QEMU's window showing the board's display, where one is available.
    #[arg(long)]
    pub display: bool,
}

/// Runs `cargo xtask run`.
pub fn run(_args: &RunArgs) -> anyhow::Result<()> {
    anyhow::bail!("`cargo xtask run` is not written yet")
}
