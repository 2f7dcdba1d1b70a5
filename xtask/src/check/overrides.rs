//! Board corrections to the chip database: `memory-overrides.toml` next to a board's `memory.x`.
//!
//! Chip databases are generated from vendor packs and have mistakes. A board that knows better states
//! the region as the datasheet gives it, with the reason and the datasheet section, and `check` uses it
//! instead of the database's (and says so). An override the database has come to agree with is reported
//! as redundant.
//!
//! ```toml
//! chip = "LM3S6965"            # optional: the chip these corrections are for
//! [[region]]
//! name = "SRAM"
//! kind = "ram"                 # "flash" or "ram"
//! origin = 0x2000_0000
//! length = "64K"               # a number, or a string in linker notation
//! reason = "the database gives 46 KiB; the part has 64 KiB"
//! reference = "LM3S6965 datasheet, section 2.4, Table 2-4"
//! ```

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use super::chipdb::{ChipMemory, ChipRegion, Kind, Provenance};
use super::diagnosis::{range, size, Code, Finding};
use super::linker_script::parse_number;

/// The file name `check` looks for next to `memory.x`.
pub const FILE_NAME: &str = "memory-overrides.toml";

/// A parsed `memory-overrides.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overrides {
    /// The chip the corrections are for; when set, using them with another chip is an error.
    pub chip: Option<String>,
    /// The corrected regions.
    #[serde(rename = "region", default)]
    pub regions: Vec<RegionOverride>,
}

/// One corrected region.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionOverride {
    /// Its name in messages (`SRAM`).
    pub name: String,
    /// Flash or RAM.
    pub kind: Kind,
    /// First address.
    pub origin: Number,
    /// Size in bytes.
    pub length: Number,
    /// Why the database is wrong.
    pub reason: String,
    /// Where the datasheet says so.
    pub reference: String,
}

/// A number in TOML (`0x2000_0000`) or in linker notation (`"64K"`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Number {
    /// A TOML integer.
    Integer(u64),
    /// A string such as `"64K"` or `"0x10000"`.
    Text(String),
}

impl Number {
    fn value(&self) -> Result<u64> {
        match self {
            Number::Integer(n) => Ok(*n),
            Number::Text(text) => parse_number(text),
        }
    }
}

/// Reads an overrides file.
pub fn load(path: &Path) -> Result<Overrides> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse(&text).with_context(|| format!("parsing {}", path.display()))
}

/// Parses overrides text.
pub fn parse(text: &str) -> Result<Overrides> {
    let overrides: Overrides = toml::from_str(text)?;
    for region in &overrides.regions {
        let (origin, length) = (region.origin.value()?, region.length.value()?);
        if length == 0 || origin.checked_add(length).is_none() {
            bail!("region `{}`: origin {origin:#x} and length {length:#x} do not make a region", region.name);
        }
        if region.reason.trim().is_empty() || region.reference.trim().is_empty() {
            bail!("region `{}`: an override needs a `reason` and a datasheet `reference`", region.name);
        }
    }
    Ok(overrides)
}

/// Replaces the database's regions with the board's corrections, returning a note for each.
///
/// An override replaces every database region of its kind that it overlaps; one that overlaps none is
/// added.
pub fn apply(chip: &mut ChipMemory, overrides: &Overrides, source: &Path) -> Result<Vec<Finding>> {
    if let Some(for_chip) = &overrides.chip {
        if !for_chip.eq_ignore_ascii_case(&chip.name) {
            bail!("{} corrects chip `{for_chip}`, not `{}`", source.display(), chip.name);
        }
    }
    let mut findings = Vec::new();
    for correction in &overrides.regions {
        let start = correction.origin.value()?;
        let end = start + correction.length.value()?;
        let (replaced, kept): (Vec<ChipRegion>, Vec<ChipRegion>) = std::mem::take(&mut chip.regions)
            .into_iter()
            .partition(|r| r.kind == correction.kind && r.range.start < end && start < r.range.end);
        chip.regions = kept;
        chip.regions.push(ChipRegion {
            name: correction.name.clone(),
            kind: correction.kind,
            range: start..end,
            alias: false,
            boot: replaced.iter().any(|r| r.boot),
            provenance: Provenance::Override {
                reason: correction.reason.clone(),
                reference: correction.reference.clone(),
            },
        });
        chip.regions.sort_by_key(|r| (r.range.start, r.range.end));
        let ours = format!("{} {} ({})", correction.name, range(start, end), size(end - start));
        if let [same] = replaced.as_slice() {
            if same.range == (start..end) {
                findings.push(
                    Finding::warning(
                        Code::OverrideRedundant,
                        &correction.name,
                        format!(
                            "{} overrides {ours}, but the database already says {}",
                            source.display(),
                            same.describe()
                        ),
                    )
                    .with_fix(format!(
                        "remove the `{}` override from {}",
                        correction.name,
                        source.display()
                    )),
                );
                continue;
            }
        }
        let theirs = if replaced.is_empty() {
            format!("the database has no {} there", correction.kind)
        } else {
            format!(
                "instead of the database's {}",
                replaced.iter().map(ChipRegion::describe).collect::<Vec<_>>().join(", ")
            )
        };
        findings.push(Finding::note(
            Code::OverrideUsed,
            &correction.name,
            format!(
                "using {ours} from {} {theirs}: {} [{}]",
                source.display(),
                correction.reason.trim(),
                correction.reference.trim()
            ),
        ));
    }
    Ok(findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_toml_and_linker_numbers_and_demands_a_reason() {
        let overrides = parse(
            "chip = \"LM3S6965\"\n[[region]]\nname = \"SRAM\"\nkind = \"ram\"\norigin = 0x2000_0000\nlength = \"64K\"\n\
             reason = \"r\"\nreference = \"datasheet 2.4\"\n",
        )
        .unwrap();
        assert_eq!(overrides.regions[0].origin.value().unwrap(), 0x2000_0000);
        assert_eq!(overrides.regions[0].length.value().unwrap(), 0x1_0000);
        let missing = parse(
            "[[region]]\nname = \"SRAM\"\nkind = \"ram\"\norigin = 0\nlength = 1\nreason = \"\"\nreference = \"x\"\n",
        );
        assert!(missing.unwrap_err().to_string().contains("reason"));
        assert!(parse("[[region]]\nname = \"X\"\nkind = \"rom\"\n").is_err());
    }
}
