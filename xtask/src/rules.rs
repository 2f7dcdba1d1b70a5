//! The house rules `cargo xtask test` keeps, so that no reviewer has to: rustfmt's formatting (the repository's
//! `rustfmt.toml`) on every Rust file but the generated PAC, and clippy's lints with warnings denied over the
//! host workspace and every board's firmware with every crate it builds from this repository. The lints beyond
//! clippy's defaults are declared where the code is, in each crate's `[lints]` table (`undocumented_unsafe_blocks`:
//! every `unsafe` block says why it is sound); the generated PAC's table allows clippy's.
//!
//! Clippy lints while cargo builds, not in a second `cargo clippy` pass, which would compile every dependency a
//! second time (a cold check of one STM32 board took 72 s: embassy-stm32's chip tables). For the host workspace
//! clippy-driver is the members' compiler (cargo's `RUSTC_WORKSPACE_WRAPPER`, as `cargo clippy` sets it); their
//! code is only tested. Firmware is measured and shipped, and clippy-driver compiles differently from rustc (it
//! turns MIR optimisation off for its lints: example 11 came out 6,116 B linted against 6,152 B built by rustc),
//! so a board's build runs through [`rustc_wrapper`]: this program again, as cargo's `RUSTC_WRAPPER`, which has
//! clippy-driver check each crate of this repository (`--emit=metadata` into a scratch folder) and then rustc
//! compile it. The image is rustc's to the byte, and the lints cost one more front-end pass over Keel's own
//! crates. Crates from crates.io come with `--cap-lints allow` and go straight to rustc, as `cargo clippy` leaves
//! them alone too. Cargo does not count the wrapper in what makes a crate stale (measured: a plain build after a
//! linted one compiles nothing), so a crate is linted when it compiles; every firmware build of a
//! `cargo xtask test` goes through the wrapper (`crate::build::lint_every_build`), so that whichever step compiles a
//! crate first lints it (the examples, for one, compile only in their own step).

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
    match lint {
        Lint::Workspace => cargo.env("RUSTC_WORKSPACE_WRAPPER", clippy_driver()?),
        Lint::Everything => cargo.env("RUSTC_WRAPPER", wrapper_program()?).env(CLIPPY_DRIVER, clippy_driver()?),
    };
    // clippy-driver's own way to take `cargo clippy -- <flags>`: the flags, each followed by this separator.
    let flags: String = CLIPPY_FLAGS.iter().map(|flag| format!("{flag}__CLIPPY_HACKERY__")).collect();
    cargo.env("CLIPPY_ARGS", flags);
    Ok(())
}

/// The file name this program runs under as cargo's `RUSTC_WRAPPER` (`main` looks at it first).
pub const WRAPPER_NAME: &str = "keel-lint-rustc";

/// Where the wrapper finds clippy-driver.
const CLIPPY_DRIVER: &str = "KEEL_CLIPPY_DRIVER";

/// A copy of this program named [`WRAPPER_NAME`] in the target directory: a file no build replaces while it runs
/// (the host tests build xtask again at its own path).
fn wrapper_program() -> Result<PathBuf> {
    static PROGRAM: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    if let Some(program) = PROGRAM.get() {
        return Ok(program.clone());
    }
    let this = std::env::current_exe()?;
    // Linux names a program whose file was replaced `<path> (deleted)`; the new file at the path is the same tool.
    let this = match this.to_str().and_then(|path| path.strip_suffix(" (deleted)")) {
        Some(path) => PathBuf::from(path),
        None => this,
    };
    let program = util::target_dir().join("keel").join("bin").join(WRAPPER_NAME);
    let same = std::fs::read(&program).ok().zip(std::fs::read(&this).ok()).is_some_and(|(a, b)| a == b);
    if !same {
        std::fs::create_dir_all(program.parent().unwrap())?;
        // A new file renamed into place: a build still running the old copy keeps its file.
        let part = program.with_extension("part");
        std::fs::copy(&this, &part).with_context(|| format!("copying {} to {}", this.display(), part.display()))?;
        std::fs::rename(&part, &program)?;
    }
    Ok(PROGRAM.get_or_init(|| program).clone())
}

/// Runs as cargo's `RUSTC_WRAPPER` (`args`: the compiler, then its arguments) and exits with the compile's status:
/// clippy-driver checks a crate of this repository first (failing the compile when it finds anything), then rustc
/// compiles it, as it compiles every other crate.
pub fn rustc_wrapper(args: Vec<std::ffi::OsString>) -> ! {
    let code = match run_wrapped(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{WRAPPER_NAME}: {e:#}");
            1
        }
    };
    std::process::exit(code)
}

fn run_wrapped(args: &[std::ffi::OsString]) -> Result<i32> {
    let [rustc, args @ ..] = args else { bail!("started without a compiler to run (it is cargo's RUSTC_WRAPPER)") };
    let text: Vec<&str> = args.iter().map(|arg| arg.to_str().unwrap_or("")).collect();
    let compiles = text.contains(&"--crate-name") && !text.contains(&"-") && !text.contains(&"--cap-lints");
    if compiles {
        let driver = std::env::var_os(CLIPPY_DRIVER).context("KEEL_CLIPPY_DRIVER is not set")?;
        let scratch = std::env::temp_dir().join(format!("{WRAPPER_NAME}-{}", std::process::id()));
        std::fs::create_dir_all(&scratch)?;
        let status = Command::new(&driver).arg(rustc).args(lint_arguments(&text, &scratch)).status();
        let _ = std::fs::remove_dir_all(&scratch);
        let status = status.with_context(|| format!("starting {}", PathBuf::from(&driver).display()))?;
        if !status.success() {
            return Ok(status.code().unwrap_or(1));
        }
    }
    let status = Command::new(rustc).args(args).status().context("starting rustc")?;
    Ok(status.code().unwrap_or(1))
}

/// rustc's arguments for a compile, made a check whose output goes to `scratch`: metadata only, no artifact
/// notices (cargo would take the scratch file for the crate's), no incremental state, no LTO.
fn lint_arguments(args: &[&str], scratch: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut args = args.iter();
    while let Some(&arg) = args.next() {
        match arg {
            "--out-dir" | "--emit" | "--json" => {
                let value = args.next().copied().unwrap_or("");
                out.extend(lint_argument(&format!("{arg}={value}"), scratch));
            }
            "-C" => {
                let value = args.next().copied().unwrap_or("");
                if !dropped_codegen_option(value) {
                    out.extend(["-C".to_string(), value.to_string()]);
                }
            }
            _ => out.extend(lint_argument(arg, scratch)),
        }
    }
    out
}

/// One argument of [`lint_arguments`], `--name=value` or a single word.
fn lint_argument(arg: &str, scratch: &std::path::Path) -> Option<String> {
    if arg.starts_with("--out-dir=") {
        Some(format!("--out-dir={}", scratch.display()))
    } else if arg.starts_with("--emit=") {
        Some("--emit=metadata".to_string())
    } else if let Some(kinds) = arg.strip_prefix("--json=") {
        let kept: Vec<&str> = kinds.split(',').filter(|kind| *kind != "artifacts").collect();
        (!kept.is_empty()).then(|| format!("--json={}", kept.join(",")))
    } else if let Some(option) = arg.strip_prefix("-C") {
        (!dropped_codegen_option(option)).then(|| arg.to_string())
    } else {
        Some(arg.to_string())
    }
}

/// Code generation options a metadata-only check has no use for (and rustc may refuse beside `--emit=metadata`).
fn dropped_codegen_option(option: &str) -> bool {
    ["incremental", "lto", "linker-plugin-lto", "embed-bitcode"].iter().any(|name| option.starts_with(name))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What cargo passes for a library of this repository in a release build, and the check clippy gets instead.
    #[test]
    fn a_compile_becomes_a_metadata_check_in_the_scratch_folder() {
        let args = [
            "--crate-name",
            "keel_core",
            "--edition=2021",
            "crates/keel-core/src/lib.rs",
            "--error-format=json",
            "--json=diagnostic-rendered-ansi,artifacts,future-incompat",
            "--crate-type",
            "lib",
            "--emit=dep-info,metadata,link",
            "-C",
            "opt-level=z",
            "-C",
            "embed-bitcode=no",
            "-Clinker-plugin-lto",
            "--out-dir",
            "/t/release/deps",
            "-C",
            "incremental=/t/inc",
        ];
        let checked = lint_arguments(&args, std::path::Path::new("/scratch"));
        assert_eq!(
            checked,
            [
                "--crate-name",
                "keel_core",
                "--edition=2021",
                "crates/keel-core/src/lib.rs",
                "--error-format=json",
                "--json=diagnostic-rendered-ansi,future-incompat",
                "--crate-type",
                "lib",
                "--emit=metadata",
                "-C",
                "opt-level=z",
                "--out-dir=/scratch",
            ]
        );
        assert_eq!(lint_arguments(&["--json=artifacts"], std::path::Path::new("/s")), Vec::<String>::new());
    }
}
