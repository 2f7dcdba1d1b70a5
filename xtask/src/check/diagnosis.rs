//! What `cargo xtask check` finds: one [`Finding`] per cause, with a stable [`Code`] that tests and
//! scripts match on, the numbers in the message, and the fix.

use std::fmt;

/// How bad a finding is. Any [`Severity::Error`] makes `check` exit non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The image will not run as intended on this chip.
    Error,
    /// Probably wrong, but the image can still run.
    Warning,
    /// Information: what was checked against what, and choices worth knowing about.
    Note,
}

impl Severity {
    /// The word printed before the code.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// The stable name of a finding's cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// A memory.x region starts where the chip has no memory of its kind.
    RegionOutsideMemory,
    /// A memory.x region starts in real memory but runs past its end.
    RegionTooLong,
    /// Two memory.x regions share addresses.
    RegionsOverlap,
    /// A flash region sits at an address where the chip only mirrors its flash (e.g. 0x0 on STM32).
    FlashAtAlias,
    /// memory.x lacks a region the runtime's linker script needs (FLASH, RAM, or a REGION_ALIAS target).
    MissingRegion,
    /// The image has no vector table, or one too short to hold the initial SP and reset vector.
    NoVectorTable,
    /// The vector table is not at the start of the FLASH region.
    VectorTableNotAtFlashStart,
    /// The initial stack pointer is not inside the chip's RAM.
    InitialSpOutsideRam,
    /// The initial stack pointer is not aligned as the ABI requires (8 bytes on Arm, 16 on RISC-V).
    InitialSpMisaligned,
    /// The initial stack pointer lies inside a section: the first push overwrites its data.
    InitialSpInsideSection,
    /// The reset vector's Thumb bit (bit 0) is clear.
    ResetVectorNotThumb,
    /// The reset vector (or ELF entry point) does not point into flash.
    ResetVectorOutsideFlash,
    /// A loaded section, or `.data`'s load image, does not fit the region (or the memory) it is in.
    SectionOutsideRegion,
    /// Less RAM is left for the stack than the minimum.
    StackBelowMinimum,
    /// How much RAM is left for the stack (information).
    StackSpace,
    /// The stack grows towards the statics: an overflow corrupts them silently (no flip-link layout).
    NoStackOverflowProtection,
    /// The image was built for another architecture than the chip's.
    ArchitectureMismatch,
    /// A board override replaced the database's description of a region.
    OverrideUsed,
    /// A board override says what the database already says: it can go.
    OverrideRedundant,
    /// No flash region starts where the chip boots: right for an application behind a boot loader only.
    FlashNotAtBootStart,
}

impl Code {
    /// Every code, in the order the documentation lists them.
    #[cfg(test)]
    pub const ALL: &'static [Code] = &[
        Code::RegionOutsideMemory,
        Code::RegionTooLong,
        Code::RegionsOverlap,
        Code::FlashAtAlias,
        Code::MissingRegion,
        Code::NoVectorTable,
        Code::VectorTableNotAtFlashStart,
        Code::InitialSpOutsideRam,
        Code::InitialSpMisaligned,
        Code::InitialSpInsideSection,
        Code::ResetVectorNotThumb,
        Code::ResetVectorOutsideFlash,
        Code::SectionOutsideRegion,
        Code::StackBelowMinimum,
        Code::StackSpace,
        Code::NoStackOverflowProtection,
        Code::ArchitectureMismatch,
        Code::OverrideUsed,
        Code::OverrideRedundant,
        Code::FlashNotAtBootStart,
    ];

    /// The kebab-case name printed in brackets, e.g. `flash-at-alias`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::RegionOutsideMemory => "region-outside-memory",
            Code::RegionTooLong => "region-too-long",
            Code::RegionsOverlap => "regions-overlap",
            Code::FlashAtAlias => "flash-at-alias",
            Code::MissingRegion => "missing-region",
            Code::NoVectorTable => "no-vector-table",
            Code::VectorTableNotAtFlashStart => "vector-table-not-at-flash-start",
            Code::InitialSpOutsideRam => "initial-sp-outside-ram",
            Code::InitialSpMisaligned => "initial-sp-misaligned",
            Code::InitialSpInsideSection => "initial-sp-inside-section",
            Code::ResetVectorNotThumb => "reset-vector-not-thumb",
            Code::ResetVectorOutsideFlash => "reset-vector-outside-flash",
            Code::SectionOutsideRegion => "section-outside-region",
            Code::StackBelowMinimum => "stack-below-minimum",
            Code::StackSpace => "stack-space",
            Code::NoStackOverflowProtection => "no-stack-overflow-protection",
            Code::ArchitectureMismatch => "architecture-mismatch",
            Code::OverrideUsed => "override-used",
            Code::OverrideRedundant => "override-redundant",
            Code::FlashNotAtBootStart => "flash-not-at-boot-start",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One diagnosis: what is wrong (or worth knowing), with the numbers, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How bad it is.
    pub severity: Severity,
    /// The stable name of the cause.
    pub code: Code,
    /// What the finding is about: a memory.x region (`RAM`), a section (`.data`), `vector table`...
    pub subject: String,
    /// The diagnosis, with the addresses and sizes involved.
    pub message: String,
    /// What to change, when there is something to change.
    pub fix: Option<String>,
}

impl Finding {
    /// An error about `subject`.
    pub fn error(code: Code, subject: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, subject, message)
    }

    /// A warning about `subject`.
    pub fn warning(code: Code, subject: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, subject, message)
    }

    /// A note about `subject`.
    pub fn note(code: Code, subject: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Note, code, subject, message)
    }

    fn new(severity: Severity, code: Code, subject: impl Into<String>, message: impl Into<String>) -> Self {
        Finding { severity, code, subject: subject.into(), message: message.into(), fix: None }
    }

    /// The same finding with a fix.
    pub fn with_fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
}

/// Width the printed findings are wrapped to.
const WIDTH: usize = 110;

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let head = format!("{}[{}] {}: {}", self.severity.as_str(), self.code, self.subject, self.message);
        f.write_str(&wrap(&head, ""))?;
        if let Some(fix) = &self.fix {
            write!(f, "\n{}", wrap(&format!("  fix: {fix}"), "       "))?;
        }
        Ok(())
    }
}

/// Breaks `text` into lines of at most [`WIDTH`] characters at spaces; lines after the first start with
/// four spaces (or `indent`, when longer).
fn wrap(text: &str, indent: &str) -> String {
    let indent = if indent.len() > 4 { indent } else { "    " };
    let words = text.trim_start();
    let mut out = text[..text.len() - words.len()].to_string();
    let mut line_length = out.len();
    let mut line_start = true;
    for word in words.split(' ') {
        if !line_start && line_length + 1 + word.len() > WIDTH {
            out.push('\n');
            out.push_str(indent);
            line_length = indent.len();
        } else if !line_start {
            out.push(' ');
            line_length += 1;
        }
        out.push_str(word);
        line_length += word.len();
        line_start = false;
    }
    out
}

/// An address as memory.x and datasheets write it: `0x08000000`.
pub fn hex(address: u64) -> String {
    if address > u64::from(u32::MAX) {
        format!("{address:#x}")
    } else {
        format!("{address:#010x}")
    }
}

/// A range of addresses, end exclusive: `0x20000000..0x20005000`.
pub fn range(start: u64, end: u64) -> String {
    format!("{}..{}", hex(start), hex(end))
}

/// A size in the unit that shows it exactly: `64 KiB`, `1 MiB`, `1536 B (1.5 KiB)`, `300 B`.
pub fn size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB", bytes / KIB)
    } else if bytes >= KIB {
        format!("{bytes} B ({:.1} KiB)", bytes as f64 / KIB as f64)
    } else {
        format!("{bytes} B")
    }
}

/// A size as memory.x's LENGTH writes it: `64K`, `1M`, or hex when it is not a whole number of KiB.
pub fn linker_length(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{}M", bytes >> 20)
    } else if bytes.is_multiple_of(1024) && bytes > 0 {
        format!("{}K", bytes >> 10)
    } else {
        format!("{bytes:#x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_addresses_read_like_a_datasheet() {
        assert_eq!(hex(0x0800_0000), "0x08000000");
        assert_eq!(hex(0), "0x00000000");
        assert_eq!(range(0x2000_0000, 0x2000_5000), "0x20000000..0x20005000");
        assert_eq!(size(64 * 1024), "64 KiB");
        assert_eq!(size(2 << 20), "2 MiB");
        assert_eq!(size(1536), "1536 B (1.5 KiB)");
        assert_eq!(size(300), "300 B");
        assert_eq!(linker_length(20 * 1024), "20K");
        assert_eq!(linker_length(1 << 20), "1M");
        assert_eq!(linker_length(0x1f0), "0x1f0");
    }

    #[test]
    fn long_findings_wrap_and_keep_every_word() {
        let finding = Finding::error(Code::RegionTooLong, "RAM", "word ".repeat(60).trim_end().to_string())
            .with_fix("fix ".repeat(40).trim_end().to_string());
        let text = finding.to_string();
        assert!(text.lines().all(|l| l.len() <= WIDTH), "{text}");
        assert_eq!(text.split_whitespace().filter(|w| *w == "word").count(), 60);
        assert!(text.contains("\n  fix: fix"));
    }

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert!(names.iter().all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
    }
}
