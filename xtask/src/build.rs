//! `cargo xtask build`: release firmware for each board, in two flavours.
//!
//! The shipped image (what `size` measures and `run` boots) and the `bench` image, which adds the
//! test-only shell commands the scenario tests use. Both share one target directory; only the board crate
//! itself is rebuilt between them, and each result is copied to `target/keel/<board>/`.

use anyhow::{Context, Result};

pub use crate::boards::Flavour;
use crate::boards::{self, Board};
use crate::util::{self, run_checked};

/// Arguments of `cargo xtask build`.
#[derive(clap::Args)]
pub struct BuildArgs {
    /// Board to build (default: all boards).
    #[arg(long)]
    pub board: Option<String>,
    /// Also build the test flavour (with the `bench` feature).
    #[arg(long)]
    pub bench: bool,
}

/// Runs `cargo xtask build`.
pub fn run(args: &BuildArgs) -> Result<()> {
    crate::setup::run(&Default::default())?;
    for board in boards::select(args.board.as_deref())? {
        firmware(&board, Flavour::Release)?;
        if args.bench {
            firmware(&board, Flavour::Bench)?;
        }
    }
    Ok(())
}

/// Set (to 1) when every firmware build is the linted one, in this process and the xtask processes it starts
/// (`cargo xtask monitor` in the monitor step): [`lint_every_build`].
const LINT_EVERY_BUILD: &str = "KEEL_LINT_FIRMWARE";

/// From now on [`firmware`] builds as [`firmware_linted`] does, here and in child processes, and so do the
/// examples: `cargo xtask test` sets it, so that whichever of its steps compiles a crate first lints it (the lint
/// wrapper, `crate::rules`, does not make crates stale, and its images are rustc's to the byte).
pub fn lint_every_build() {
    // Called at the start of `cargo xtask test`, before it starts any thread.
    std::env::set_var(LINT_EVERY_BUILD, "1");
}

/// Whether [`lint_every_build`] was called here or in the process that started this one.
pub fn linting_every_build() -> bool {
    std::env::var_os(LINT_EVERY_BUILD).is_some_and(|value| value == "1")
}

/// Builds one flavour of a board's firmware and copies the ELF to its stable path.
pub fn firmware(board: &Board, flavour: Flavour) -> Result<std::path::PathBuf> {
    build_firmware(board, flavour, linting_every_build())
}

/// [`firmware`], with clippy linting every crate of this repository that compiles (the house rules:
/// `crate::rules`), as `cargo xtask test` builds it.
pub fn firmware_linted(board: &Board, flavour: Flavour) -> Result<std::path::PathBuf> {
    build_firmware(board, flavour, true)
}

use keel_bench::symbols::REPOSITORY_IN_IMAGE;

/// Where [`short_source_paths`] puts cargo's registry in the image's source paths (the repository: in
/// `REPOSITORY_IN_IMAGE`, which the crash lookup maps back).
const REGISTRY_IN_IMAGE: &str = "/cargo";

/// A `--config` for cargo that shortens the source paths compiled into the image (panic locations) and its
/// debug information (`--remap-path-prefix`): `/work/main/crates/keel-core/src/shell.rs` is
/// `/keel/crates/keel-core/src/shell.rs` and `~/.cargo/registry/src/index.crates.io-.../heapless-0.9.4/src/vec.rs`
/// is `/cargo/heapless-0.9.4/src/vec.rs`. 124 bytes of flash on the micro:bit, and the same image from any checkout
/// path (a CI machine's longer path had made it 24 bytes larger). Absolute, so that a debugger or `addr2line`
/// does not join them to the board's folder; `cargo xtask crash` and `gdb` map `/keel` back to the repository.
/// Cargo's own `trim-paths` does this but is not stable. A target's rustflags, so that they add to a board's own
/// (cargo joins arrays from several configs).
fn short_source_paths(target: &str) -> String {
    let mut prefixes = vec![(format!("{}/", util::root().display()), format!("{REPOSITORY_IN_IMAGE}/"))];
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join(".cargo")));
    if let Some(Ok(indexes)) = cargo_home.map(|home| std::fs::read_dir(home.join("registry").join("src"))) {
        prefixes.extend(
            indexes.flatten().map(|index| (format!("{}/", index.path().display()), format!("{REGISTRY_IN_IMAGE}/"))),
        );
    }
    let flags: Vec<String> = prefixes.iter().map(|(from, to)| format!("\"--remap-path-prefix={from}={to}\"")).collect();
    format!("target.{target}.rustflags=[{}]", flags.join(", "))
}

/// `cargo build --release` in a firmware project for `target`, linted as `cargo xtask test` lints (`lint`: the
/// wrapper of `crate::rules`), with the short source paths. Every firmware build goes through here so that builds
/// of different projects share their dependencies in the one target directory: different flags would compile
/// them all again.
pub fn release_cargo(dir: &std::path::Path, target: &str, lint: bool) -> Result<std::process::Command> {
    let mut cargo = util::cargo();
    if lint {
        crate::rules::with_clippy(&mut cargo, crate::rules::Lint::Everything)?;
    }
    cargo.current_dir(dir).args(["build", "--release"]);
    cargo.args(["--config", &short_source_paths(target)]);
    Ok(cargo)
}

fn build_firmware(board: &Board, flavour: Flavour, lint: bool) -> Result<std::path::PathBuf> {
    let mut cargo = release_cargo(&board.dir, &board.target, lint)?;
    let destination = match flavour {
        Flavour::Release => board.release_elf(),
        Flavour::Bench => {
            cargo.args(["--features", "bench"]);
            board.bench_elf()
        }
        Flavour::Hardware => {
            // Where the default is the hardware image already (the STM32 boards, which no emulator runs), the
            // same features: spelled out, they made cargo link the same image again.
            if !defaults_to_rtt(board)? {
                cargo.args(["--no-default-features", "--features", "rtt"]);
            }
            board.hardware_elf()
        }
        Flavour::HardwareBench => {
            cargo.args(["--no-default-features", "--features", "rtt,bench"]);
            board.elf(Flavour::HardwareBench)
        }
    };
    // The board's own .cargo/config.toml names the target and the shared target dir; make sure an outer
    // CARGO_TARGET_DIR does not point it elsewhere than where we look.
    cargo.env("CARGO_TARGET_DIR", util::target_dir());
    run_checked(&mut cargo)?;
    std::fs::create_dir_all(destination.parent().unwrap())?;
    std::fs::copy(board.cargo_elf(), &destination)
        .with_context(|| format!("copying {} to {}", board.cargo_elf().display(), destination.display()))?;
    Ok(destination)
}

/// Whether the board's default features are `rtt` alone (its `Cargo.toml`).
fn defaults_to_rtt(board: &Board) -> Result<bool> {
    let path = board.dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let manifest: toml::Value = toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let default = manifest.get("features").and_then(|features| features.get("default"));
    Ok(default.and_then(toml::Value::as_array).is_some_and(|list| list.len() == 1 && list[0].as_str() == Some("rtt")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The boards as committed: the STM32 boards, which no emulator runs, default to the hardware image; the
    /// emulated ones default to the QEMU image, so their hardware image is built with other features.
    #[test]
    fn the_stm32_boards_default_to_the_hardware_image() {
        for (name, rtt) in [("nucleo-f401re", true), ("bluepill", true), ("lm3s6965evb", false), ("microbit", false)] {
            let board = boards::select(Some(name)).unwrap().remove(0);
            assert_eq!(defaults_to_rtt(&board).unwrap(), rtt, "{name}");
        }
    }
}
