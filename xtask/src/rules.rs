//! The house rules `cargo xtask test` keeps, so that no reviewer has to: rustfmt's formatting (the repository's
//! `rustfmt.toml`) on every Rust file but the generated PAC, and clippy's lints with warnings denied over the
//! host workspace and every board's firmware with every crate it builds from this repository. The lints beyond
//! clippy's defaults are declared where the code is, in each crate's `[lints]` table (`undocumented_unsafe_blocks`:
//! every `unsafe` block says why it is sound); the generated PAC's table allows clippy's.
//!
//! Clippy runs as the compiler of the builds `cargo xtask test` makes anyway (cargo's `RUSTC_WORKSPACE_WRAPPER`
//! for the host workspace, `RUSTC_WRAPPER` for a board, whose path dependencies are not members of its
//! workspace), not as a second `cargo clippy` pass: linting costs little, compiling everything twice would cost
//! minutes. clippy-driver lints only what cargo lets warn: crates from crates.io come with `--cap-lints allow`,
//! and it leaves those alone. `cargo clippy` itself works the same way (it sets the wrapper and passes the lint
//! flags in `CLIPPY_ARGS`). Cargo does not count `RUSTC_WRAPPER` in what makes a crate stale, so a firmware crate
//! is linted when it compiles: always on a fresh clone (CI), and on a developer's machine whenever it changed.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::util;

/// The lint flags, as `cargo clippy -- <flags>` would take them (the lints themselves are in `[lints]` tables).
const CLIPPY_FLAGS: &[&str] = &["-Dwarnings"];

/// Folders whose Rust files are generated, not formatted by the house style.
const GENERATED: &[&str] = &["pac/"];

/// clippy-driver of the toolchain that runs this cargo (rust-toolchain.toml names the `clippy` component).
fn clippy_driver() -> Result<PathBuf> {
    let cargo = PathBuf::from(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    let beside = cargo.parent().map(|dir| dir.join("clippy-driver"));
    if let Some(driver) = beside.filter(|driver| driver.is_file()) {
        return Ok(driver);
    }
    let output = Command::new("rustup")
        .current_dir(util::root())
        .args(["which", "clippy-driver"])
        .output()
        .context("finding clippy-driver (is the toolchain's clippy component installed?)")?;
    if !output.status.success() {
        bail!("no clippy-driver in the toolchain: `rustup component add clippy`");
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
}

/// Which crates of a build clippy lints.
#[derive(Clone, Copy)]
pub enum Lint {
    /// The host workspace's members.
    Workspace,
    /// A firmware project: its own crate and every path dependency (the runtime, the chip crates, the drivers).
    Everything,
}

/// Makes `cargo` lint with clippy while it builds.
pub fn with_clippy(cargo: &mut Command, lint: Lint) -> Result<()> {
    let wrapper = match lint {
        Lint::Workspace => "RUSTC_WORKSPACE_WRAPPER",
        Lint::Everything => "RUSTC_WRAPPER",
    };
    cargo.env(wrapper, clippy_driver()?);
    // clippy-driver's own way to take `cargo clippy -- <flags>`: the flags, each followed by this separator.
    let flags: String = CLIPPY_FLAGS.iter().map(|flag| format!("{flag}__CLIPPY_HACKERY__")).collect();
    cargo.env("CLIPPY_ARGS", flags);
    Ok(())
}

/// Fails when a Rust file is not formatted as `rustfmt.toml` says (`cargo fmt` for the host workspace and the
/// same for the firmware projects, whose crates `cargo fmt` in the root does not reach).
pub fn check_formatting() -> Result<()> {
    rustfmt(true)
}

/// `cargo xtask fmt`: formats every Rust file of the repository but the generated PAC.
pub fn format_all() -> Result<()> {
    rustfmt(false)
}

fn rustfmt(check: bool) -> Result<()> {
    let output = Command::new("git")
        .current_dir(util::root())
        .args(["ls-files", "--cached", "--others", "--exclude-standard", "*.rs"])
        .output()
        .context("listing the repository's Rust files with git")?;
    let files: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|file| !GENERATED.iter().any(|dir| file.starts_with(dir)))
        .filter(|file| util::root().join(file).is_file())
        .map(str::to_string)
        .collect();
    if files.is_empty() {
        bail!("git listed no Rust files: is this a git checkout?");
    }
    for chunk in files.chunks(200) {
        let mut rustfmt = Command::new("rustfmt");
        rustfmt.current_dir(util::root()).args(["--edition", "2021"]).args(chunk);
        if check {
            rustfmt.arg("--check");
        }
        let status = rustfmt.status().context("starting rustfmt (the toolchain's rustfmt component)")?;
        if !status.success() {
            bail!(
                "rustfmt {}: the files above differ from rustfmt.toml's style; `cargo xtask fmt` formats them",
                if check { "--check failed" } else { "failed" }
            );
        }
    }
    eprintln!("{} Rust files {} as rustfmt.toml says", files.len(), if check { "formatted" } else { "now formatted" });
    Ok(())
}
