//! Small helpers shared by the subcommands: the workspace root and running child processes.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context, Result};

/// The repository root, as the bench finds it (`keel_bench::board::workspace_root`: from the package folder `cargo run`
/// names at run time, else where xtask was built).
pub fn root() -> PathBuf {
    keel_bench::board::workspace_root()
}

/// Runs `work` in a worktree of `revision` checked out at `dir` (replacing one an interrupted run left there, on
/// the disk and in git's list), and removes the worktree after, whatever `work` returned.
pub fn in_worktree<T>(
    dir: &std::path::Path,
    revision: &str,
    work: impl FnOnce(&std::path::Path) -> Result<T>,
) -> Result<T> {
    let _ = std::fs::remove_dir_all(dir);
    let _ = Command::new("git").current_dir(root()).args(["worktree", "prune"]).status();
    run_checked(Command::new("git").current_dir(root()).args(["worktree", "add", "--detach"]).arg(dir).arg(revision))?;
    let result = work(dir);
    let _ = Command::new("git").current_dir(root()).args(["worktree", "remove", "--force"]).arg(dir).status();
    result
}

/// The shared cargo target directory (host crates, firmware and examples all build into it).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"))
}

/// A `cargo` command using the toolchain that runs xtask.
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs `command` with inherited stdio and fails with the command line when it exits non-zero.
pub fn run_checked(command: &mut Command) -> Result<()> {
    let line = describe(command);
    eprintln!("$ {line}");
    let status = command.status().with_context(|| format!("could not start `{line}`"))?;
    if !status.success() {
        bail!("`{line}` failed with {status}");
    }
    Ok(())
}

/// The command line of `command`, for messages.
pub fn describe(command: &Command) -> String {
    let mut line = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    if let Some(dir) = command.get_current_dir() {
        line = format!("(cd {} && {line})", dir.display());
    }
    line
}

/// Whether `program` can be started (found on PATH and answers `--version`).
pub fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// A pinned host tool installed from crates.io (svd2rust, form, flip-link).
pub struct Tool {
    /// Crate and binary name.
    pub name: &'static str,
    /// Exact version.
    pub version: &'static str,
}

/// Returns the path of a pinned tool, installing it first if that exact version is missing.
///
/// Tools live in `$CARGO_HOME/keel-tools/<name>-<version>/` (out of the user's PATH): one install per machine
/// and version, shared by every clone, so a fresh checkout (and CI) does not rebuild them.
pub fn tool(tool: &Tool) -> Result<PathBuf> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| target_dir().join("cargo-home"));
    let root = cargo_home.join("keel-tools").join(format!("{}-{}", tool.name, tool.version));
    let executable = root.join("bin").join(tool.name);
    if executable.is_file() {
        return Ok(executable);
    }
    eprintln!("installing {} {} into {} (once per machine)", tool.name, tool.version, root.display());
    run_checked(
        cargo()
            .current_dir(self::root())
            .args(["install", "--locked", "--version", tool.version, "--root"])
            .arg(&root)
            .arg(tool.name),
    )?;
    Ok(executable)
}

/// `text` with what lies between the `start` and `end` markers (both kept) replaced by `new`; an error names a
/// missing marker.
pub fn replace_between(text: &str, start: &str, end: &str, new: &str) -> Result<String> {
    let from = text.find(start).with_context(|| format!("no `{}` marker", start.trim()))? + start.len();
    let to = from + text[from..].find(end).with_context(|| format!("no `{}` marker", end.trim()))?;
    Ok(format!("{}{new}{}", &text[..from], &text[to..]))
}
