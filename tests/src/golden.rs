//! Committed expected outputs under `tests/golden/`: a check compares with the file, and with
//! `KEEL_BLESS=1` (what `cargo xtask test --bless` sets) it rewrites the file with what the firmware did.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::screen::Panel;

/// Whether this run rewrites golden files instead of comparing (`KEEL_BLESS=1`).
pub fn blessing() -> bool {
    std::env::var_os("KEEL_BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The folder holding golden files.
pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("golden")
}

/// Path of the golden file `name` (relative to [`dir`]).
pub fn path(name: &str) -> PathBuf {
    dir().join(name)
}

fn write(name: &str, bytes: &[u8]) -> Result<()> {
    let file = path(name);
    std::fs::create_dir_all(file.parent().unwrap())?;
    std::fs::write(&file, bytes).with_context(|| format!("writing {}", file.display()))?;
    eprintln!("blessed {}", file.display());
    Ok(())
}

/// Compares `actual` text with the golden file `name`; line endings are normalised to `\n`.
pub fn check_text(name: &str, actual: &str) -> Result<()> {
    let actual = actual.replace("\r\n", "\n");
    // Golden files are per board (`<board>/<what>.txt`): the hint blesses that board's files and no other's.
    let board = name.split_once('/').map_or("<board>", |(board, _)| board);
    compare(&path(name), &actual, blessing(), &format!("cargo xtask test --board {board} --bless"))
}

/// Compares `actual` with the golden file at `file`, or with `bless` writes it there. `bless_command` is the
/// command that rewrites the file, for the error message: as printed, it blesses this file and no other.
pub fn compare(file: &Path, actual: &str, bless: bool, bless_command: &str) -> Result<()> {
    if bless {
        std::fs::create_dir_all(file.parent().unwrap_or(Path::new(".")))?;
        std::fs::write(file, actual).with_context(|| format!("writing {}", file.display()))?;
        eprintln!("blessed {}", file.display());
        return Ok(());
    }
    let expected = std::fs::read_to_string(file)
        .with_context(|| format!("no golden file {}: create it with `{bless_command}`", file.display()))?;
    if expected == actual {
        return Ok(());
    }
    bail!(
        "output differs from the golden file {} (`-` expected, `+` actual; if the change is intended run \
         `{bless_command}`):\n{}",
        file.display(),
        diff(&expected, actual)
    )
}

/// Compares a display region with the golden PNG `name` (one pixel per dot, lit or dark); on a mismatch
/// the actual image is saved beside it as `<name>.actual` and both are drawn in the error.
pub fn check_panel(name: &str, actual: &Panel) -> Result<()> {
    if blessing() {
        return write(name, &actual.to_png()?);
    }
    let file = path(name);
    let bless =
        format!("cargo xtask test --board {} --bless", name.split_once('/').map_or("<board>", |(board, _)| board));
    let bytes = std::fs::read(&file)
        .with_context(|| format!("no golden image {}: create it with `{bless}`", file.display()))?;
    let expected = Panel::from_png(&bytes).with_context(|| format!("decoding {}", file.display()))?;
    let differences = actual.differences(&expected);
    if differences == 0 {
        return Ok(());
    }
    let saved = file.with_extension("png.actual");
    std::fs::write(&saved, actual.to_png()?)?;
    bail!(
        "the display differs from the golden image {} in {differences} dots (actual saved as {}; if the change is \
         intended run `{bless}`)\nexpected:\n{}\nactual:\n{}",
        file.display(),
        saved.display(),
        expected.to_art(),
        actual.to_art()
    )
}

/// A line diff: common lines with two spaces, removed with `-`, added with `+` (longest common subsequence).
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lengths = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i][j] =
                if a[i] == b[j] { lengths[i + 1][j + 1] + 1 } else { lengths[i + 1][j].max(lengths[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push(format!("  {}", a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lengths[i + 1][j] >= lengths[i][j + 1]) {
            out.push(format!("- {}", a[i]));
            i += 1;
        } else {
            out.push(format!("+ {}", b[j]));
            j += 1;
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_mark_changed_lines() {
        assert_eq!(diff("a\nb\nc", "a\nx\nc"), "  a\n- b\n+ x\n  c");
        assert_eq!(diff("a", "a\nb"), "  a\n+ b");
        assert_eq!(diff("a\nb", "b"), "- a\n  b");
    }
}
