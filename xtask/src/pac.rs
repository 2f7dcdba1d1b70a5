//! `cargo xtask pac`: generate the LM3S6965 peripheral access crate from its SVD, and check it is current.
//!
//! `pac/lm3s6965/lm3s6965.svd` is the source; `build.rs`, `device.x` and everything under `src/` in that
//! folder are svd2rust's output, split into modules by `form` and formatted by rustfmt. The generators are
//! pinned and installed once per machine into `$CARGO_HOME/keel-tools` (out of the user's PATH). Generation
//! always happens in a scratch folder, so `cargo xtask pac` and the "PAC up to date" check of
//! `cargo xtask test` run exactly the same steps and only differ in what they do with the result.
//!
//! The check is quick when nothing changed: `generated.sha256` in the PAC's folder records what was generated
//! from what (a SHA-256 of the SVD, the generators' versions and the toolchain, and one of every generated file).
//! When both still match, the committed crate is what a regeneration would give, and nothing is built or run;
//! when either differs (the SVD was edited, a generator or the toolchain changed, a generated file was touched by
//! hand), the check generates afresh and compares, exactly as before. Building svd2rust and form from source took
//! 246 s of a fresh machine's test run; the hash check takes milliseconds.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::util::{self, Tool};

/// svd2rust turns the SVD into one large `lib.rs`.
const SVD2RUST: Tool = Tool { name: "svd2rust", version: "0.37.1" };
/// form splits that `lib.rs` into one file per module.
const FORM: Tool = Tool { name: "form", version: "0.13.0" };

/// The PAC's folder, relative to the repository root.
const PAC_DIR: &str = "pac/lm3s6965";
/// The SVD inside the PAC's folder.
const SVD_FILE: &str = "lm3s6965.svd";
/// Generated single files in the PAC's folder (besides everything under `src/`).
const GENERATED_FILES: &[&str] = &["build.rs", "device.x"];
/// The generated folder; nothing hand-written may live in it.
const GENERATED_DIR: &str = "src";
/// What was generated from what, written by `cargo xtask pac` beside the SVD.
const MANIFEST: &str = "generated.sha256";

/// Arguments of `cargo xtask pac`.
#[derive(clap::Args)]
pub struct PacArgs {
    /// Change nothing: fail if the committed crate differs from a fresh generation (what `cargo xtask test`
    /// checks).
    #[arg(long)]
    pub check: bool,
}

/// Runs `cargo xtask pac`: regenerates the committed crate from the SVD, or only checks it with `--check`.
pub fn run(args: &PacArgs) -> Result<()> {
    let started = Instant::now();
    if args.check {
        verify()?;
        eprintln!("{PAC_DIR}: up to date ({:.1?})", started.elapsed());
        return Ok(());
    }
    let scratch = generate()?;
    let pac = util::root().join(PAC_DIR);
    let changes = differences(scratch.path(), &pac)?;
    replace_generated(scratch.path(), &pac)?;
    write_manifest(&pac)?;
    if changes.is_empty() {
        eprintln!("{PAC_DIR}: already up to date ({:.1?})", started.elapsed());
    } else {
        eprintln!("{PAC_DIR}: {} file(s) regenerated ({:.1?}):", changes.len(), started.elapsed());
        eprintln!("{}", summary(&changes));
    }
    Ok(())
}

/// Fails when the committed crate is not what the SVD and the pinned generators produce.
pub fn verify() -> Result<()> {
    let pac = util::root().join(PAC_DIR);
    if manifest_matches(&pac)? {
        eprintln!("{PAC_DIR}: the SVD, the generators and the generated files are those of {MANIFEST}");
        return Ok(());
    }
    eprintln!("{PAC_DIR}: {MANIFEST} does not match: generating afresh to compare");
    let scratch = generate()?;
    let changes = differences(scratch.path(), &util::root().join(PAC_DIR))?;
    if changes.is_empty() {
        return Ok(());
    }
    bail!(
        "the committed PAC in {PAC_DIR} differs from what {SVD_FILE} generates:\n{}\n\
         generated files are not edited by hand: change {PAC_DIR}/{SVD_FILE}, run `cargo xtask pac` and commit \
         the result",
        summary(&changes)
    )
}

/// The manifest's text for the crate in `crate_dir`: the hash of the inputs, then the hash of the output.
fn manifest(crate_dir: &Path) -> Result<String> {
    use sha2::{Digest, Sha256};
    let mut inputs = Sha256::new();
    for tool in [&SVD2RUST, &FORM] {
        inputs.update(format!("{} {}\n", tool.name, tool.version));
    }
    // rustfmt formats the output: the toolchain's version is an input too.
    let toolchain = util::root().join("rust-toolchain.toml");
    inputs.update(std::fs::read(&toolchain).with_context(|| format!("reading {}", toolchain.display()))?);
    let svd = crate_dir.join(SVD_FILE);
    inputs.update(std::fs::read(&svd).with_context(|| format!("reading {}", svd.display()))?);
    let mut output = Sha256::new();
    for file in generated_files(crate_dir)? {
        output.update(file.to_string_lossy().as_bytes());
        output.update([0]);
        output.update(std::fs::read(crate_dir.join(&file))?);
        output.update([0]);
    }
    let hex = |digest: &[u8]| digest.iter().map(|byte| format!("{byte:02x}")).collect::<String>();
    Ok(format!(
        "# Written by `cargo xtask pac`: what was generated (the files under src/, build.rs, device.x) from what\n\
         # (the SVD, the generators' versions, rust-toolchain.toml). `cargo xtask test` regenerates only when one differs.\n\
         inputs {}\noutput {}\n",
        hex(&inputs.finalize()),
        hex(&output.finalize())
    ))
}

/// Records the crate's current inputs and output.
fn write_manifest(crate_dir: &Path) -> Result<()> {
    let path = crate_dir.join(MANIFEST);
    std::fs::write(&path, manifest(crate_dir)?).with_context(|| format!("writing {}", path.display()))
}

/// Whether the recorded manifest is the one the crate's files give now.
fn manifest_matches(crate_dir: &Path) -> Result<bool> {
    let recorded = std::fs::read_to_string(crate_dir.join(MANIFEST)).unwrap_or_default();
    Ok(recorded == manifest(crate_dir)?)
}

/// The first changes, one per line, and how many more there are.
fn summary(changes: &[String]) -> String {
    const SHOWN: usize = 20;
    let mut lines: Vec<String> = changes.iter().take(SHOWN).map(|change| format!("  {change}")).collect();
    if changes.len() > SHOWN {
        lines.push(format!("  ... and {} more", changes.len() - SHOWN));
    }
    lines.join("\n")
}

/// Generates the crate's files into a fresh scratch folder.
fn generate() -> Result<Scratch> {
    let svd2rust = util::tool(&SVD2RUST)?;
    let form = util::tool(&FORM)?;
    let svd = util::root().join(PAC_DIR).join(SVD_FILE);
    let scratch = Scratch::new()?;
    let dir = scratch.path();

    // `--strict` makes the SVD parser check the file more thoroughly than a plain parse.
    let mut command = Command::new(&svd2rust);
    command.arg("--strict").arg("--reexport-interrupt").arg("--log").arg("warn").arg("-i").arg(&svd).arg("-o").arg(dir);
    run_quiet(&mut command)?;

    let mut command = Command::new(&form);
    command.arg("-i").arg(dir.join("lib.rs")).arg("-o").arg(dir.join(GENERATED_DIR));
    run_quiet(&mut command)?;
    std::fs::remove_file(dir.join("lib.rs"))?;

    // rustfmt reads the nearest rustfmt.toml above each file: put one in the scratch folder so that no
    // configuration of the machine or of the temporary directory's parents changes the output.
    let config = dir.join("rustfmt.toml");
    std::fs::write(&config, "edition = \"2021\"\n")?;
    let mut command = Command::new("rustfmt");
    // Run from the repository root so that rustup picks the pinned toolchain's rustfmt.
    command
        .current_dir(util::root())
        .arg("--edition")
        .arg("2021")
        .arg(dir.join(GENERATED_DIR).join("lib.rs"))
        .arg(dir.join("build.rs"));
    run_quiet(&mut command)?;
    std::fs::remove_file(&config)?;
    Ok(scratch)
}

/// Runs a generator, showing its output only when it fails.
fn run_quiet(command: &mut Command) -> Result<()> {
    let line = util::describe(command);
    let output = command.stdin(Stdio::null()).output().with_context(|| format!("could not start `{line}`"))?;
    if !output.status.success() {
        bail!(
            "`{line}` failed with {}:\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

/// The generated files, relative to a crate folder, sorted.
fn generated_files(crate_dir: &Path) -> Result<BTreeSet<PathBuf>> {
    let mut files = BTreeSet::new();
    for name in GENERATED_FILES {
        if crate_dir.join(name).is_file() {
            files.insert(PathBuf::from(name));
        }
    }
    let mut pending = vec![PathBuf::from(GENERATED_DIR)];
    while let Some(relative) = pending.pop() {
        let absolute = crate_dir.join(&relative);
        if !absolute.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&absolute).with_context(|| format!("reading {}", absolute.display()))? {
            let entry = entry?;
            let path = relative.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                pending.push(path);
            } else {
                files.insert(path);
            }
        }
    }
    Ok(files)
}

/// How the committed crate differs from a fresh generation, one line per file.
fn differences(fresh: &Path, committed: &Path) -> Result<Vec<String>> {
    let fresh_files = generated_files(fresh)?;
    let committed_files = generated_files(committed)?;
    let mut changes = Vec::new();
    for file in fresh_files.union(&committed_files) {
        let shown = file.display();
        match (fresh_files.contains(file), committed_files.contains(file)) {
            (true, false) => changes.push(format!("missing:  {shown}")),
            (false, true) => changes.push(format!("extra:    {shown} (not generated from the SVD)")),
            _ => {
                if std::fs::read(fresh.join(file))? != std::fs::read(committed.join(file))? {
                    changes.push(format!("differs:  {shown}"));
                }
            }
        }
    }
    Ok(changes)
}

/// Brings the crate's generated files in line with fresh ones, leaving the hand-written files alone.
///
/// Only files whose content changed are written, so an up-to-date crate keeps its timestamps and nothing
/// that depends on it rebuilds.
fn replace_generated(fresh: &Path, committed: &Path) -> Result<()> {
    let fresh_files = generated_files(fresh)?;
    for stale in generated_files(committed)?.difference(&fresh_files) {
        let path = committed.join(stale);
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
    }
    for file in &fresh_files {
        let content = std::fs::read(fresh.join(file))?;
        let destination = committed.join(file);
        if std::fs::read(&destination).ok().as_deref() == Some(content.as_slice()) {
            continue;
        }
        if let Some(parent) = destination.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&destination, content).with_context(|| format!("writing {}", destination.display()))?;
    }
    remove_empty_dirs(&committed.join(GENERATED_DIR))
}

/// Removes the folders under `dir` (not `dir` itself) that a removed module left empty.
fn remove_empty_dirs(dir: &Path) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            remove_empty_dirs(&path)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                std::fs::remove_dir(&path)?;
            }
        }
    }
    Ok(())
}

/// A scratch folder under the shared target directory, removed when dropped.
struct Scratch {
    path: PathBuf,
}

impl Scratch {
    /// Creates an empty folder whose name no other run uses at the same time.
    fn new() -> Result<Self> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|elapsed| elapsed.subsec_nanos())
            .unwrap_or_default();
        let path = util::target_dir().join("pac-scratch").join(format!("{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(Self { path })
    }

    /// The folder.
    fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
