//! The chip database: each chip's flash and RAM as probe-rs's target descriptions (built into the
//! `probe-rs` crate, generated from the vendors' CMSIS packs and maintained upstream) give them.
//!
//! Names match case-insensitively; a lower-case `x` in a database name (`STM32F103C8Tx`, `nRF52832_xxAA`)
//! matches any character, as probe-rs intends. An unknown name fails with the closest names.

use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use probe_rs::config::{Chip, ChipFamily, CoreType, MemoryRegion, Registry};

use super::diagnosis::{range, size};

/// Flash (any non-volatile memory the chip can execute or read from) or RAM.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Non-volatile memory: flash, ROM, OTP, EEPROM.
    Flash,
    /// Volatile memory: SRAM, CCM, TCM.
    Ram,
}

impl Kind {
    /// The word messages use.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Flash => "flash",
            Kind::Ram => "RAM",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The instruction set family, which decides what a valid image looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Architecture {
    /// Armv6-M, Armv7-M, Armv7E-M, Armv8-M: vector table with the initial SP, Thumb-only.
    CortexM,
    /// RISC-V: an entry point and `_stack_start`.
    RiscV,
    /// Anything else (Cortex-A/R, Xtensa): only the memory map is checked.
    Other,
}

/// Where a region's description comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Provenance {
    /// The probe-rs database.
    Database,
    /// A board's `memory-overrides.toml`.
    Override {
        /// Why the database is wrong.
        reason: String,
        /// The datasheet section that says otherwise.
        reference: String,
    },
}

/// One memory region of a chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChipRegion {
    /// The database's name for it (`BANK_1`, `SRAM`, `IRAM1`), or `flash`/`RAM` when it has none.
    pub name: String,
    /// Flash or RAM.
    pub kind: Kind,
    /// Its addresses, end exclusive.
    pub range: Range<u64>,
    /// Whether this is a second address window onto memory that also appears elsewhere.
    pub alias: bool,
    /// Whether the chip boots from it.
    pub boot: bool,
    /// Database or board override.
    pub provenance: Provenance,
}

impl ChipRegion {
    /// Size in bytes.
    pub fn len(&self) -> u64 {
        self.range.end - self.range.start
    }

    /// `SRAM 0x20000000..0x20005000 (20 KiB)`.
    pub fn describe(&self) -> String {
        format!("{} {} ({})", self.name, range(self.range.start, self.range.end), size(self.len()))
    }
}

/// Consecutive regions of one kind merged: what a memory.x region may span (e.g. STM32F407's SRAM1 and
/// SRAM2 form one 128 KiB block).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Flash or RAM.
    pub kind: Kind,
    /// Its addresses, end exclusive.
    pub range: Range<u64>,
    /// The names of the regions it is made of, joined with `+`.
    pub names: String,
    /// Whether it is an alias window.
    pub alias: bool,
}

impl Span {
    /// Size in bytes.
    pub fn len(&self) -> u64 {
        self.range.end - self.range.start
    }

    /// Whether `address` is inside.
    pub fn contains(&self, address: u64) -> bool {
        self.range.contains(&address)
    }

    /// `SRAM+SRAM2 0x20000000..0x20020000 (128 KiB)`.
    pub fn describe(&self) -> String {
        format!("{} {} ({})", self.names, range(self.range.start, self.range.end), size(self.len()))
    }
}

/// A chip's memory as one core sees it.
#[derive(Debug, Clone)]
pub struct ChipMemory {
    /// The database's name of the chip.
    pub name: String,
    /// The database's family (`STM32F1 Series`).
    pub family: String,
    /// The core whose view this is.
    pub core: String,
    /// That core's type as probe-rs names it (`Armv7m`).
    pub core_type: String,
    /// What a valid image for it looks like.
    pub architecture: Architecture,
    /// Flash and RAM regions, sorted by address.
    pub regions: Vec<ChipRegion>,
}

impl ChipMemory {
    /// Regions of one kind merged where they touch (aliases stay apart), sorted by address.
    pub fn spans(&self, kind: Kind) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        for region in self.regions.iter().filter(|r| r.kind == kind) {
            match spans.last_mut() {
                Some(last) if last.range.end == region.range.start && last.alias == region.alias => {
                    last.range.end = region.range.end;
                    last.names.push('+');
                    last.names.push_str(&region.name);
                }
                _ => spans.push(Span {
                    kind,
                    range: region.range.clone(),
                    names: region.name.clone(),
                    alias: region.alias,
                }),
            }
        }
        spans
    }

    /// The span of `kind` holding `address`, if any.
    pub fn span_at(&self, kind: Kind, address: u64) -> Option<Span> {
        self.spans(kind).into_iter().find(|s| s.contains(address))
    }

    /// The flash the chip boots from: the region marked as boot memory, else the first non-alias flash.
    pub fn boot_flash(&self) -> Option<&ChipRegion> {
        let flash = || self.regions.iter().filter(|r| r.kind == Kind::Flash && !r.alias);
        flash().find(|r| r.boot).or_else(|| flash().next())
    }
}

/// No chip of that name: the closest names the database has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownChip {
    /// The name asked for.
    pub name: String,
    /// Database names that look most like it, best first.
    pub closest: Vec<String>,
}

impl fmt::Display for UnknownChip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the probe-rs chip database ({} chips) has no chip named `{}`", chip_count(), self.name)?;
        if !self.closest.is_empty() {
            write!(f, "; closest: {}", self.closest.join(", "))?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownChip {}

/// The built-in database, decoded once.
fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::from_builtin_families)
}

/// Every (family, chip, name) the database answers to: chip names and package names.
fn names() -> impl Iterator<Item = (&'static ChipFamily, &'static Chip, &'static str)> {
    registry().families().iter().flat_map(|family| {
        family.variants.iter().flat_map(move |chip| {
            std::iter::once(chip.name.as_str())
                .chain(chip.package_variants.iter().map(String::as_str))
                .map(move |name| (family, chip, name))
        })
    })
}

/// Whether `wanted` names `candidate`: equal ignoring case, with each lower-case `x` of the database's
/// name standing for any character.
fn matches_name(candidate: &str, wanted: &str) -> bool {
    candidate.len() == wanted.len()
        && candidate.bytes().zip(wanted.bytes()).all(|(c, w)| c == b'x' || c.eq_ignore_ascii_case(&w))
}

/// Looks a chip up and returns the memory `core` (default: its first core) sees.
pub fn lookup(name: &str, core: Option<&str>) -> anyhow::Result<ChipMemory> {
    let wanted = name.trim();
    let exact = names().find(|(_, _, candidate)| candidate.eq_ignore_ascii_case(wanted));
    let (family, chip) = match exact {
        Some((family, chip, _)) => (family, chip),
        None => {
            let mut found: Vec<(&ChipFamily, &Chip)> = Vec::new();
            for (family, chip, candidate) in names() {
                if matches_name(candidate, wanted) && !found.iter().any(|(_, c)| c.name == chip.name) {
                    found.push((family, chip));
                }
            }
            match found.as_slice() {
                [one] => *one,
                [] => return Err(UnknownChip { name: wanted.to_string(), closest: closest(wanted, 8) }.into()),
                many => anyhow::bail!(
                    "`{wanted}` matches several chips in the probe-rs database: {}; name one of them",
                    many.iter().map(|(_, c)| c.name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            }
        }
    };
    memory_of(family, chip, core)
}

fn memory_of(family: &ChipFamily, chip: &Chip, core: Option<&str>) -> anyhow::Result<ChipMemory> {
    let selected = match core {
        None => chip.cores.first(),
        Some(wanted) => chip.cores.iter().find(|c| c.name.eq_ignore_ascii_case(wanted)),
    };
    let Some(selected) = selected else {
        anyhow::bail!(
            "{} has no core named `{}`; its cores: {}",
            chip.name,
            core.unwrap_or_default(),
            chip.cores.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
        );
    };
    let architecture = match selected.core_type {
        t if t.is_cortex_m() => Architecture::CortexM,
        CoreType::Riscv => Architecture::RiscV,
        _ => Architecture::Other,
    };
    let visible = |cores: &[String]| cores.is_empty() || cores.contains(&selected.name);
    let mut regions: Vec<ChipRegion> = chip
        .memory_map
        .iter()
        .filter_map(|region| match region {
            MemoryRegion::Nvm(nvm) if visible(&nvm.cores) => Some(ChipRegion {
                name: nvm.name.clone().unwrap_or_else(|| "flash".into()),
                kind: Kind::Flash,
                range: nvm.range.clone(),
                alias: nvm.is_alias,
                boot: nvm.is_boot_memory(),
                provenance: Provenance::Database,
            }),
            MemoryRegion::Ram(ram) if visible(&ram.cores) => Some(ChipRegion {
                name: ram.name.clone().unwrap_or_else(|| "RAM".into()),
                kind: Kind::Ram,
                range: ram.range.clone(),
                alias: ram.is_alias,
                boot: ram.is_boot_memory(),
                provenance: Provenance::Database,
            }),
            _ => None,
        })
        .filter(|r| r.range.end > r.range.start)
        .collect();
    regions.sort_by_key(|r| (r.range.start, r.range.end));
    Ok(ChipMemory {
        name: chip.name.clone(),
        family: family.name.clone(),
        core: selected.name.clone(),
        core_type: format!("{:?}", selected.core_type),
        architecture,
        regions,
    })
}

/// The `count` database names that look most like `wanted`: names it begins first, then by edit distance.
pub fn closest(wanted: &str, count: usize) -> Vec<String> {
    let normal = |s: &str| s.to_ascii_lowercase().replace(['-', '_', ' '], "");
    let wanted = normal(wanted);
    let mut scored: Vec<(usize, usize, &str)> = names()
        .map(|(_, chip, candidate)| {
            let candidate_normal = normal(candidate);
            let score =
                if candidate_normal.starts_with(&wanted) { 0 } else { 1 + edit_distance(&wanted, &candidate_normal) };
            (score, chip.name.len(), chip.name.as_str())
        })
        .collect();
    scored.sort();
    let mut result: Vec<String> = Vec::new();
    for (_, _, name) in scored {
        if !result.iter().any(|r| r == name) {
            result.push(name.to_string());
        }
        if result.len() == count {
            break;
        }
    }
    result
}

/// Edit distance over bytes, counting a swap of two neighbours as one edit (typed chip names transpose
/// digits: `STM32F130` for `STM32F103`).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// How many chips the database describes.
pub fn chip_count() -> usize {
    registry().families().iter().map(|f| f.variants.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_case_insensitively_and_through_x_wildcards() {
        assert_eq!(lookup("stm32f103c8", None).unwrap().name, "STM32F103C8");
        assert_eq!(lookup("STM32F103C8T6", None).unwrap().name, "STM32F103C8");
        assert_eq!(lookup("nrf52840_xxaa", None).unwrap().name, "nRF52840_xxAA");
        assert_eq!(lookup("lm3s6965", None).unwrap().name, "LM3S6965");
        assert_eq!(lookup("FE310-G002", None).unwrap().architecture, Architecture::RiscV);
    }

    #[test]
    fn an_unknown_name_lists_the_closest() {
        let error = lookup("STM32F130C8", None).unwrap_err();
        let unknown = error.downcast_ref::<UnknownChip>().expect("an UnknownChip");
        assert!(unknown.closest.iter().any(|n| n == "STM32F103C8"), "{unknown}");
        let error = lookup("lm3s6956", None).unwrap_err();
        assert!(error.downcast_ref::<UnknownChip>().unwrap().closest.contains(&"LM3S6965".to_string()));
    }

    #[test]
    fn consecutive_ram_banks_form_one_span() {
        let chip = lookup("STM32F407VG", None).unwrap();
        let ram = chip.spans(Kind::Ram);
        let main = ram.iter().find(|s| s.range.start == 0x2000_0000).unwrap();
        assert_eq!(main.range.end, 0x2002_0000, "SRAM1 + SRAM2 = 128 KiB");
        assert!(ram.iter().any(|s| s.range.start == 0x1000_0000), "CCM RAM");
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
        assert_eq!(edit_distance("stm32f130c8", "stm32f103c8"), 1);
    }

    #[test]
    fn multi_core_chips_name_their_cores() {
        let error = lookup("RP2040", Some("core7")).unwrap_err();
        assert!(error.to_string().contains("core0"), "{error}");
        assert_eq!(lookup("RP2040", Some("core1")).unwrap().core, "core1");
    }
}
