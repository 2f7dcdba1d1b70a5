//! A built image against the chip and its memory.x: where the vector table is, what the core loads into
//! SP and PC at reset, whether every loaded section (and `.data`'s load image) fits, and how much RAM is
//! left for the stack and whether an overflow would fault or corrupt the statics.

use std::collections::BTreeMap;

use anyhow::{bail, Context, Result};
use object::read::elf::{ElfFile32, FileHeader, ProgramHeader, SectionHeader};
use object::{Endianness, Object, ObjectSection, ObjectSymbol};

use super::chipdb::{Architecture, ChipMemory, Kind};
use super::diagnosis::{hex, range, size, Code, Finding};
use super::linker_script::{LinkerScript, Region};
use super::regions;

/// The stack minimum when neither `--min-stack` nor the image's `_keel_stack_size` gives one.
pub const DEFAULT_MIN_STACK: u64 = 1024;

/// What the checks need from an ELF file.
#[derive(Debug, Clone)]
pub struct Image {
    /// `e_machine`: `EM_ARM` (40), `EM_RISCV` (243)...
    pub machine: u16,
    /// `e_entry`.
    pub entry: u64,
    /// Allocated sections with a size, sorted by address.
    pub sections: Vec<Section>,
    /// Symbol values by name.
    pub symbols: BTreeMap<String, u64>,
}

/// One allocated section.
#[derive(Debug, Clone)]
pub struct Section {
    /// `.text`, `.data`...
    pub name: String,
    /// Run-time address (VMA).
    pub address: u64,
    /// Size in bytes.
    pub size: u64,
    /// Where its bytes are stored (LMA), when they are stored at all (not `.bss`).
    pub load_address: Option<u64>,
    /// Whether it is writable (so it must be in RAM).
    pub writable: bool,
    /// Its first bytes (up to 8), enough for the initial SP and the reset vector.
    pub head: Vec<u8>,
}

impl Section {
    /// One past its last address.
    pub fn end(&self) -> u64 {
        self.address + self.size
    }
}

/// Reads a 32-bit ELF image.
pub fn read(bytes: &[u8]) -> Result<Image> {
    match object::FileKind::parse(bytes).context("not an object file")? {
        object::FileKind::Elf32 => {}
        object::FileKind::Elf64 => bail!("a 64-bit ELF file: microcontroller images are 32-bit"),
        other => bail!("not an ELF file ({other:?})"),
    }
    let file = ElfFile32::<Endianness>::parse(bytes).context("parsing the ELF file")?;
    let endian = file.endian();
    let header = file.elf_header();
    let loads: Vec<(u64, u64, u64)> = file
        .elf_program_headers()
        .iter()
        .filter(|p| p.p_type(endian) == object::elf::PT_LOAD)
        .map(|p| (u64::from(p.p_offset(endian)), u64::from(p.p_filesz(endian)), u64::from(p.p_paddr(endian))))
        .collect();
    let mut sections = Vec::new();
    for section in file.sections() {
        let raw = section.elf_section_header();
        let flags = raw.sh_flags(endian);
        if flags & object::elf::SHF_ALLOC == 0 || section.size() == 0 {
            continue;
        }
        let stored = raw.sh_type(endian) != object::elf::SHT_NOBITS;
        let offset = u64::from(raw.sh_offset(endian));
        let load_address = if stored {
            loads
                .iter()
                .find(|(start, length, _)| *start <= offset && offset + section.size() <= start + length)
                .map(|(start, _, physical)| physical + (offset - start))
        } else {
            None
        };
        let head = if stored { section.data().unwrap_or(&[]).iter().take(8).copied().collect() } else { Vec::new() };
        sections.push(Section {
            name: section.name().unwrap_or("?").to_string(),
            address: section.address(),
            size: section.size(),
            load_address,
            writable: flags & object::elf::SHF_WRITE != 0,
            head,
        });
    }
    sections.sort_by_key(|s| s.address);
    let symbols = file
        .symbols()
        .filter_map(|s| Some((s.name().ok().filter(|n| !n.is_empty())?.to_string(), s.address())))
        .collect();
    Ok(Image { machine: header.e_machine(endian), entry: u64::from(header.e_entry(endian)), sections, symbols })
}

/// Checks `image` against `chip` and, when given, the memory.x it should have been linked with.
pub fn check(image: &Image, script: Option<&LinkerScript>, chip: &ChipMemory, min_stack: Option<u64>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let expected = match chip.architecture {
        Architecture::CortexM => Some((object::elf::EM_ARM, "Arm")),
        Architecture::RiscV => Some((object::elf::EM_RISCV, "RISC-V")),
        Architecture::Other => None,
    };
    if let Some((machine, name)) = expected {
        if image.machine != machine {
            findings.push(
                Finding::error(
                    Code::ArchitectureMismatch,
                    "image",
                    format!(
                        "the image is for ELF machine {} but {} is {name} ({}): it cannot run there",
                        image.machine, chip.name, chip.core_type
                    ),
                )
                .with_fix("build for the chip's target (see the board's keel.toml `target`)"),
            );
            return findings;
        }
    }
    let declared: Vec<(&Region, Option<Kind>)> =
        script.map(|s| s.regions.iter().map(|r| (r, regions::kind_of(r, chip))).collect()).unwrap_or_default();
    let initial_sp = match chip.architecture {
        Architecture::CortexM => cortex_m_vectors(image, script, chip, &declared, &mut findings),
        Architecture::RiscV => {
            check_entry(chip, &declared, image.entry, "entry point", "the ELF entry point", &mut findings);
            let sp = image.symbols.get("_stack_start").copied();
            if let Some(sp) = sp {
                findings.extend(regions::stack_pointer(chip, sp, "initial SP", "`_stack_start`"));
            }
            sp
        }
        Architecture::Other => None,
    };
    for section in &image.sections {
        findings.extend(section_fits(section, chip, &declared));
    }
    if let Some(sp) = initial_sp {
        findings.extend(stack(image, chip, &declared, sp, min_stack));
    }
    findings
}

/// Checks the vector table's place and its first two words; returns the initial SP it holds.
fn cortex_m_vectors(
    image: &Image,
    script: Option<&LinkerScript>,
    chip: &ChipMemory,
    declared: &[(&Region, Option<Kind>)],
    findings: &mut Vec<Finding>,
) -> Option<u64> {
    let by_symbol = || {
        let address = *image.symbols.get("__vector_table")?;
        image.sections.iter().find(|s| s.address <= address && address < s.end())
    };
    let Some(table) = image.sections.iter().find(|s| s.name == ".vector_table").or_else(by_symbol) else {
        findings.push(
            Finding::error(
                Code::NoVectorTable,
                "vector table",
                "the image has no `.vector_table` section and no `__vector_table` symbol: at reset the core reads \
                 the initial stack pointer and reset vector from the start of boot memory, and nothing put them there",
            )
            .with_fix("link with cortex-m-rt's link.x (`-Tlink.x`), which places the vector table at ORIGIN(FLASH)"),
        );
        return None;
    };
    let (flash_start, flash_name) = match script.and_then(|s| s.region("FLASH")) {
        Some(flash) => (flash.origin, "the FLASH region".to_string()),
        None => match chip.boot_flash() {
            Some(boot) => (boot.range.start, format!("boot flash ({})", boot.name)),
            None => (table.address, String::new()),
        },
    };
    if table.address != flash_start {
        let offset = if table.address > flash_start {
            format!("{} past", size(table.address - flash_start))
        } else {
            format!("{} before", size(flash_start - table.address))
        };
        findings.push(
            Finding::error(
                Code::VectorTableNotAtFlashStart,
                &table.name,
                format!(
                    "the vector table ({}) is at {}, {offset} the start of {flash_name} ({}): the core (or the \
                     boot loader) takes the initial stack pointer and reset vector from the first two words at {}, \
                     so it would start from whatever the linker put there instead",
                    table.name,
                    hex(table.address),
                    hex(flash_start),
                    hex(flash_start)
                ),
            )
            .with_fix(
                "keep the vector table first in FLASH (cortex-m-rt's link.x puts it at ORIGIN(FLASH)): look for a \
                 section put before it (INSERT BEFORE, a custom linker script)",
            ),
        );
    }
    if table.head.len() < 8 {
        findings.push(Finding::error(
            Code::NoVectorTable,
            &table.name,
            format!(
                "the vector table holds {} bytes: too few for the initial stack pointer and reset vector",
                table.head.len()
            ),
        ));
        return None;
    }
    let word = |i: usize| u64::from(u32::from_le_bytes(table.head[i..i + 4].try_into().expect("4 bytes")));
    let (sp, reset) = (word(0), word(4));
    findings.extend(regions::stack_pointer(chip, sp, "initial SP", "word 0 of the vector table"));
    if reset & 1 == 0 {
        findings.push(
            Finding::error(
                Code::ResetVectorNotThumb,
                "reset vector",
                format!(
                    "the reset vector (word 1 of the vector table) is {}, with bit 0 clear: Cortex-M runs only Thumb \
                     code, and a vector with bit 0 clear clears the EPSR.T bit, so the very first instruction raises \
                     a UsageFault (INVSTATE), escalated to HardFault, before any of the reset handler runs",
                    hex(reset)
                ),
            )
            .with_fix(format!(
                "store the handler's address with bit 0 set ({}): the linker does this for Thumb function symbols, \
                 so point the vector at a function, not at data or a section start",
                hex(reset | 1)
            )),
        );
    }
    check_entry(chip, declared, reset & !1, "reset vector", "the reset vector", findings);
    Some(sp)
}

/// The first instruction must be in flash: RAM holds no code at reset.
fn check_entry(
    chip: &ChipMemory,
    declared: &[(&Region, Option<Kind>)],
    target: u64,
    subject: &str,
    what: &str,
    findings: &mut Vec<Finding>,
) {
    let in_chip_flash = chip.span_at(Kind::Flash, target).is_some();
    let in_declared_flash = declared.is_empty()
        || declared.iter().any(|(r, k)| *k == Some(Kind::Flash) && r.origin <= target && target < r.end());
    if in_chip_flash && in_declared_flash {
        return;
    }
    let place = if !in_chip_flash {
        match chip.span_at(Kind::Ram, target) {
            Some(ram) => format!("in RAM ({}), which holds no code at reset", ram.describe()),
            None => "where the chip has no flash".to_string(),
        }
    } else {
        "in the chip's flash but outside every flash region of memory.x (was the image linked with another memory.x?)"
            .to_string()
    };
    findings.push(
        Finding::error(
            Code::ResetVectorOutsideFlash,
            subject,
            format!("{what} points to {}, {place}: the core starts executing there after reset", hex(target)),
        )
        .with_fix("the reset handler must be linked into FLASH: check memory.x's FLASH region and the vector table's contents"),
    );
}

/// One section against the chip's memory, then against memory.x; and its load image against flash.
fn section_fits(section: &Section, chip: &ChipMemory, declared: &[(&Region, Option<Kind>)]) -> Option<Finding> {
    let name = &section.name;
    let span = range(section.address, section.end());
    let kinds: &[Kind] = if section.writable { &[Kind::Ram] } else { &[Kind::Flash, Kind::Ram] };
    let fits = |kind: Kind, start: u64, end: u64| chip.span_at(kind, start).is_some_and(|s| end <= s.range.end);
    if !kinds.iter().any(|k| fits(*k, section.address, section.end())) {
        let home = kinds.iter().find_map(|k| chip.span_at(*k, section.address));
        let reason = match home {
            Some(memory) => format!(
                "it runs {} past the end of {} (memory.x's region is longer than the chip's memory?)",
                size(section.end() - memory.range.end),
                memory.describe()
            ),
            None if section.writable && chip.span_at(Kind::Flash, section.address).is_some() => {
                "it is writable but placed in flash: writes to it do nothing (or fault)".to_string()
            }
            None => {
                format!("the chip has no {} there", kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(" or "))
            }
        };
        return Some(
            Finding::error(
                Code::SectionOutsideRegion,
                name,
                format!("{name} occupies {span} ({}), but {reason}", size(section.size)),
            )
            .with_fix("correct memory.x (see the region findings) and rebuild, or make the section smaller"),
        );
    }
    if !declared.is_empty() && !declared.iter().any(|(r, _)| r.origin <= section.address && section.end() <= r.end()) {
        let reason = match declared.iter().find(|(r, _)| r.origin <= section.address && section.address < r.end()) {
            Some((region, _)) => {
                format!("it runs {} past the end of {}", size(section.end() - region.end()), region.name)
            }
            None => "no region of memory.x holds it".to_string(),
        };
        return Some(
            Finding::error(
                Code::SectionOutsideRegion,
                name,
                format!(
                    "{name} occupies {span} ({}), but {reason}: the image was linked with another memory.x",
                    size(section.size)
                ),
            )
            .with_fix("rebuild the image with this memory.x"),
        );
    }
    let load = section.load_address.filter(|l| *l != section.address)?;
    let load_end = load + section.size;
    let in_flash = fits(Kind::Flash, load, load_end)
        && (declared.is_empty()
            || declared.iter().any(|(r, k)| *k == Some(Kind::Flash) && r.origin <= load && load_end <= r.end()));
    if in_flash {
        return None;
    }
    let reason = match chip.span_at(Kind::Flash, load) {
        Some(flash) if load_end > flash.range.end => {
            format!("which runs {} past the end of {}", size(load_end - flash.range.end), flash.describe())
        }
        Some(_) => "outside memory.x's flash regions".to_string(),
        None => "where the chip has no flash".to_string(),
    };
    Some(
        Finding::error(
            Code::SectionOutsideRegion,
            format!("{name} (load image)"),
            format!(
                "{name}'s initial values are stored at {} ({}), {reason}: the start-up code copies them into RAM \
                 from there, so the statics would start with whatever that memory holds",
                range(load, load_end),
                size(section.size)
            ),
        )
        .with_fix("make the statics smaller or the code smaller: .data's initial values follow .rodata in FLASH"),
    )
}

/// How much RAM is left for the stack, and whether an overflow faults (flip-link) or corrupts statics.
fn stack(
    image: &Image,
    chip: &ChipMemory,
    declared: &[(&Region, Option<Kind>)],
    sp: u64,
    min_stack: Option<u64>,
) -> Vec<Finding> {
    let holds = |start: u64, end: u64| start < sp && sp <= end;
    let memory = declared
        .iter()
        .find(|(r, k)| *k == Some(Kind::Ram) && holds(r.origin, r.end()))
        .map(|(r, _)| (r.origin, r.end(), r.name.clone()))
        .or_else(|| {
            chip.spans(Kind::Ram)
                .into_iter()
                .find(|s| holds(s.range.start, s.range.end))
                .map(|s| (s.range.start, s.range.end, s.names))
        });
    let Some((start, end, ram_name)) = memory else { return Vec::new() };
    // A `.stack` section (riscv-rt reserves one) is the stack itself, not a static.
    let statics: Vec<&Section> = image
        .sections
        .iter()
        .filter(|s| s.writable && !s.name.starts_with(".stack") && s.address < end && s.end() > start)
        .collect();
    if let Some(inside) = statics.iter().find(|s| s.address < sp && sp < s.end()) {
        return vec![Finding::error(
            Code::InitialSpInsideSection,
            "initial SP",
            format!(
                "the initial stack pointer {} is inside {} ({}): the first push overwrites its data",
                hex(sp),
                inside.name,
                range(inside.address, inside.end())
            ),
        )
        .with_fix("start the stack above the statics (the end of RAM) or, with flip-link, below them")];
    }
    let below: Vec<&&Section> = statics.iter().filter(|s| s.end() <= sp).collect();
    let highest_below = below.iter().max_by_key(|s| s.end());
    let (bottom, protected) = match highest_below {
        None => (start, true),
        Some(last) => {
            let stack_end = image.symbols.get("_stack_end").copied().filter(|e| *e >= last.end() && *e <= sp);
            (stack_end.unwrap_or(last.end()), false)
        }
    };
    let (minimum, source) = match (min_stack, image.symbols.get("_keel_stack_size")) {
        (Some(minimum), _) => (minimum, "--min-stack".to_string()),
        (None, Some(reserved)) => (*reserved, "the image's `_keel_stack_size`".to_string()),
        (None, None) => (DEFAULT_MIN_STACK, "the default".to_string()),
    };
    let space = sp - bottom;
    let floor = match highest_below {
        Some(last) if bottom == last.end() => format!("the end of {}", last.name),
        Some(_) => "`_stack_end`".to_string(),
        None => format!("the start of {ram_name}"),
    };
    let layout = if protected && !statics.is_empty() {
        "; flip-link layout: the statics sit above the stack, so an overflow faults at the start of RAM"
    } else {
        ""
    };
    let mut findings = vec![Finding::note(
        Code::StackSpace,
        "stack",
        format!(
            "{} of RAM left for the stack: {} (from {floor} up to the initial SP); minimum {} ({source}){layout}",
            size(space),
            range(bottom, sp),
            size(minimum)
        ),
    )];
    if space < minimum {
        let statics_size: u64 = statics.iter().map(|s| s.size).sum();
        findings.push(
            Finding::error(
                Code::StackBelowMinimum,
                "stack",
                format!(
                    "only {} of RAM is left for the stack ({}), less than the minimum of {} ({source}); the statics \
                     take {} of {}'s {}",
                    size(space),
                    range(bottom, sp),
                    size(minimum),
                    size(statics_size),
                    ram_name,
                    size(end - start)
                ),
            )
            .with_fix(
                "make the statics smaller (large buffers in .bss), or lower the minimum if the stack really needs less",
            ),
        );
    }
    if !protected {
        findings.push(
            Finding::note(
                Code::NoStackOverflowProtection,
                "stack",
                format!(
                    "the stack grows down from {} towards the statics ({floor} at {}): an overflow overwrites them \
                     silently instead of faulting",
                    hex(sp),
                    hex(bottom)
                ),
            )
            .with_fix(
                "link with flip-link (`linker = \"flip-link\"` in .cargo/config.toml, `cargo install flip-link`): \
                 it puts the stack below the statics, so an overflow runs off the start of RAM and faults",
            ),
        );
    }
    findings
}
