//! `memory.x` against the silicon: every region must start in real memory of its kind, end before that
//! memory does, overlap no other region and not sit on an alias; the runtime's regions must exist.

use super::chipdb::{Architecture, ChipMemory, Kind, Span};
use super::diagnosis::{hex, linker_length, range, size, Code, Finding};
use super::linker_script::{LinkerScript, Region};

/// Region names cortex-m-rt's `link.x` places sections in.
const CORTEX_M_RT_REGIONS: &[(&str, Kind, &str)] = &[
    ("FLASH", Kind::Flash, "the vector table, .text, .rodata and .data's initial values"),
    ("RAM", Kind::Ram, ".data, .bss, .uninit and the stack"),
];

/// Whether a region holds flash or RAM: by its name (`FLASH`, `BOOT2`, `RAM`, `CCMRAM`), else by its
/// attributes (`w` means RAM), else by the memory the chip has at its origin.
pub fn kind_of(region: &Region, chip: &ChipMemory) -> Option<Kind> {
    const FLASH_WORDS: &[&str] = &["FLASH", "ROM", "BOOT", "TEXT", "CODE", "NVM", "OTP"];
    const RAM_WORDS: &[&str] = &["RAM", "DATA", "BSS", "STACK", "HEAP", "TCM", "CCM"];
    let name = region.name.to_ascii_uppercase();
    let flash_named = FLASH_WORDS.iter().any(|w| name.contains(w));
    let ram_named = RAM_WORDS.iter().any(|w| name.contains(w));
    match (flash_named, ram_named) {
        (true, false) => return Some(Kind::Flash),
        (false, true) => return Some(Kind::Ram),
        _ => {}
    }
    if let Some(attributes) = &region.attributes {
        let granted = attributes.split('!').next().unwrap_or("").to_ascii_lowercase();
        if granted.contains('w') {
            return Some(Kind::Ram);
        }
        if granted.contains('x') || granted.contains('r') {
            return Some(Kind::Flash);
        }
    }
    [Kind::Flash, Kind::Ram].into_iter().find(|kind| chip.span_at(*kind, region.origin).is_some())
}

/// Checks the regions of `script` against `chip`.
pub fn check(script: &LinkerScript, chip: &ChipMemory) -> Vec<Finding> {
    let mut findings = Vec::new();
    for region in &script.regions {
        findings.extend(check_region(region, kind_of(region, chip), script, chip));
    }
    findings.extend(overlaps(script));
    findings.extend(missing(script, chip));
    findings.extend(boot_start(script, chip));
    if let Some(&stack_start) = script.symbols.get("_stack_start") {
        findings.extend(stack_pointer(chip, stack_start, "_stack_start", "`_stack_start` in memory.x"));
    }
    findings
}

fn check_region(region: &Region, kind: Option<Kind>, script: &LinkerScript, chip: &ChipMemory) -> Option<Finding> {
    let name = &region.name;
    let where_ = format!("{} ({}, {})", range(region.origin, region.end()), size(region.length), region.location);
    let Some(kind) = kind else {
        if chip.span_at(Kind::Flash, region.origin).is_none() && chip.span_at(Kind::Ram, region.origin).is_none() {
            return Some(Finding::error(
                Code::RegionOutsideMemory,
                name,
                format!("{name} is at {where_}, where {} has no memory; it has {}", chip.name, every_span(chip)),
            ));
        }
        return None;
    };
    if kind == Kind::Flash {
        if let Some(finding) = flash_at_alias(region, chip) {
            return Some(finding);
        }
    }
    let Some(span) = chip.span_at(kind, region.origin) else {
        let spans = chip.spans(kind);
        let elsewhere = match chip.span_at(other(kind), region.origin) {
            Some(span) => format!("{} is {}, not {kind} ({})", hex(region.origin), other(kind), span.describe()),
            None => format!("the database lists no memory at {}", hex(region.origin)),
        };
        let mut finding = Finding::error(
            Code::RegionOutsideMemory,
            name,
            format!(
                "{name} ({kind}) is at {where_}, outside every {kind} region of {}: {elsewhere}. Its {kind}: {}",
                chip.name,
                list(&spans)
            ),
        );
        if let Some(target) = preferred(&spans, chip.architecture) {
            let length = region.length.min(target.len());
            finding = finding.with_fix(format!(
                "`{name} : ORIGIN = {}, LENGTH = {}`",
                hex(target.range.start),
                linker_length(length)
            ));
        }
        return Some(finding);
    };
    if region.end() <= span.range.end {
        return None;
    }
    let excess = region.end() - span.range.end;
    let mut message = format!(
        "{name} is {} ({:#x}) from {}, so it ends at {}, but {}'s {kind} there is {}: \
         {name} runs {} past the end of the memory",
        size(region.length),
        region.length,
        hex(region.origin),
        hex(region.end()),
        chip.name,
        span.describe(),
        size(excess)
    );
    let stack_at_end = match chip.architecture {
        Architecture::CortexM => name == "RAM" && !script.symbols.contains_key("_stack_start"),
        _ => script.region_aliases.iter().any(|a| a.alias == "REGION_STACK" && a.region == *name),
    };
    if kind == Kind::Ram && stack_at_end {
        message.push_str(&format!(
            ". The stack starts at the end of {name}, so the initial stack pointer would be {}, {} past the last \
             byte of RAM: {}",
            hex(region.end()),
            size(excess),
            first_push(chip.architecture, region.end())
        ));
    } else if kind == Kind::Flash {
        message.push_str(&format!(
            "; anything the linker places past {} is not in flash: flashing fails or the image is cut short",
            hex(span.range.end)
        ));
    } else {
        message
            .push_str(&format!("; statics the linker places past {} have no memory behind them", hex(span.range.end)));
    }
    Some(Finding::error(Code::RegionTooLong, name, message).with_fix(format!(
        "`{name} : ORIGIN = {}, LENGTH = {}` (the {} of {kind} the chip has there)",
        hex(region.origin),
        linker_length(span.range.end - region.origin),
        size(span.range.end - region.origin)
    )))
}

/// Where STM32 flash lives (and GD32's, AT32's and the other parts that follow ST's memory map): these
/// chips mirror the memory their BOOT pins select at 0x0.
const ST_STYLE_FLASH: u64 = 0x0800_0000;

/// FLASH on a window that only mirrors flash: a database alias region, or the boot alias at 0x0 of the
/// Cortex-M parts whose flash is at 0x0800_0000. (Other chips with flash elsewhere put a boot ROM or TCM
/// at 0x0, not a mirror of flash: FLASH there is plainly outside flash.)
fn flash_at_alias(region: &Region, chip: &ChipMemory) -> Option<Finding> {
    let name = &region.name;
    let real_flash = chip.spans(Kind::Flash).into_iter().filter(|s| !s.alias).collect::<Vec<_>>();
    if let Some(alias) = chip.spans(Kind::Flash).into_iter().find(|s| s.alias && s.contains(region.origin)) {
        return Some(
            Finding::error(
                Code::FlashAtAlias,
                name,
                format!(
                    "{name} starts at {}, in {}, which the chip database marks as an alias: a second window onto \
                     memory whose own address is elsewhere. Flash tools program the real address, and code linked \
                     for the window breaks when the mapping changes. {}'s flash: {}",
                    hex(region.origin),
                    alias.describe(),
                    chip.name,
                    list(&real_flash)
                ),
            )
            .with_fix("link FLASH at the flash's own address".to_string()),
        );
    }
    let boot = chip.boot_flash()?;
    let at_boot_alias = chip.architecture == Architecture::CortexM
        && boot.range.start == ST_STYLE_FLASH
        && region.origin < boot.len()
        && chip.span_at(Kind::Flash, region.origin).is_none()
        && chip.span_at(Kind::Ram, region.origin).is_none();
    if !at_boot_alias {
        return None;
    }
    let real = boot.range.start + region.origin;
    Some(
        Finding::error(
            Code::FlashAtAlias,
            name,
            format!(
                "{name} starts at {}, the boot alias: at reset {} mirrors its boot memory (chosen by the BOOT pins) \
                 at 0x00000000, but its flash is {} at {}. An image linked at the alias cannot be programmed by tools \
                 that place it by address (there is no flash at {} to write), and written to {} by hand it runs \
                 only while the BOOT pins map flash at 0x0",
                hex(region.origin),
                chip.name,
                boot.describe(),
                hex(boot.range.start),
                hex(region.origin),
                hex(boot.range.start)
            ),
        )
        .with_fix(format!(
            "`{name} : ORIGIN = {}, LENGTH = {}`",
            hex(real),
            linker_length(region.length.min(boot.len()))
        )),
    )
}

/// On Cortex-M the core takes its initial SP and reset vector from the start of boot memory; when no flash
/// region of memory.x starts there, the image only runs behind a boot loader that lives there.
fn boot_start(script: &LinkerScript, chip: &ChipMemory) -> Option<Finding> {
    let boot = chip.boot_flash()?;
    let flash_regions: Vec<&Region> = script.regions.iter().filter(|r| kind_of(r, chip) == Some(Kind::Flash)).collect();
    let in_boot_flash = flash_regions.iter().any(|r| boot.range.contains(&r.origin));
    if chip.architecture != Architecture::CortexM
        || !in_boot_flash
        || flash_regions.iter().any(|r| r.origin == boot.range.start)
    {
        return None;
    }
    let first = flash_regions.iter().filter(|r| boot.range.contains(&r.origin)).min_by_key(|r| r.origin)?;
    Some(
        Finding::note(
            Code::FlashNotAtBootStart,
            &first.name,
            format!(
                "{} starts at {}, {} into {}: at reset the core takes the initial SP and reset vector from {},                  so this image runs only behind a boot loader that lives there",
                first.name,
                hex(first.origin),
                size(first.origin - boot.range.start),
                boot.describe(),
                hex(boot.range.start)
            ),
        )
        .with_fix(format!("without a boot loader, start {} at {}", first.name, hex(boot.range.start))),
    )
}

fn overlaps(script: &LinkerScript) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (i, a) in script.regions.iter().enumerate() {
        for b in &script.regions[i + 1..] {
            let (start, end) = (a.origin.max(b.origin), a.end().min(b.end()));
            if start < end {
                findings.push(
                    Finding::error(
                        Code::RegionsOverlap,
                        format!("{} and {}", a.name, b.name),
                        format!(
                            "{} {} and {} {} share {} ({}): the linker may place two sections on the same bytes",
                            a.name,
                            range(a.origin, a.end()),
                            b.name,
                            range(b.origin, b.end()),
                            range(start, end),
                            size(end - start)
                        ),
                    )
                    .with_fix(format!(
                        "make {} end where {} begins (or move one of them)",
                        if a.origin <= b.origin { &a.name } else { &b.name },
                        if a.origin <= b.origin { &b.name } else { &a.name }
                    )),
                );
            }
        }
    }
    findings
}

fn missing(script: &LinkerScript, chip: &ChipMemory) -> Vec<Finding> {
    let mut findings = Vec::new();
    if chip.architecture == Architecture::CortexM {
        for (required, kind, holds) in CORTEX_M_RT_REGIONS {
            if script.region(required).is_some() {
                continue;
            }
            let suggestion = suggested_region(chip, *kind).map(|s| {
                format!("`{required} : ORIGIN = {}, LENGTH = {}`", hex(s.range.start), linker_length(s.len()))
            });
            let finding = match script.regions.iter().find(|r| r.name.eq_ignore_ascii_case(required)) {
                Some(near) => Finding::error(
                    Code::MissingRegion,
                    *required,
                    format!(
                        "memory.x has `{}` ({}) but no `{required}`: cortex-m-rt's link.x puts {holds} in `{required}`, \
                         and region names are case-sensitive",
                        near.name, near.location
                    ),
                )
                .with_fix(format!("rename `{}` to `{required}`", near.name)),
                None => {
                    let finding = Finding::error(
                        Code::MissingRegion,
                        *required,
                        format!("memory.x declares no `{required}` region: cortex-m-rt's link.x puts {holds} there"),
                    );
                    match suggestion {
                        Some(line) => finding.with_fix(format!("add {line} to the MEMORY block")),
                        None => finding,
                    }
                }
            };
            findings.push(finding);
        }
        return findings;
    }
    for alias in &script.region_aliases {
        if script.region(&alias.region).is_none() {
            findings.push(
                Finding::error(
                    Code::MissingRegion,
                    &alias.region,
                    format!(
                        "REGION_ALIAS(\"{}\", {}) at {} names a region memory.x does not declare",
                        alias.alias, alias.region, alias.location
                    ),
                )
                .with_fix(format!("declare `{}` in MEMORY or alias an existing region", alias.region)),
            );
        }
    }
    for kind in [Kind::Flash, Kind::Ram] {
        if !script.regions.iter().any(|r| kind_of(r, chip) == Some(kind)) {
            let mut finding = Finding::error(
                Code::MissingRegion,
                kind.as_str(),
                format!("memory.x declares no {kind} region: code and data need both flash and RAM"),
            );
            if let Some(span) = suggested_region(chip, kind) {
                let name = if kind == Kind::Flash { "FLASH" } else { "RAM" };
                finding = finding.with_fix(format!(
                    "add `{name} : ORIGIN = {}, LENGTH = {}`",
                    hex(span.range.start),
                    linker_length(span.len())
                ));
            }
            findings.push(finding);
        }
    }
    findings
}

/// The region `new-board` and fixes propose for `kind`: the boot flash, or the main RAM.
pub fn suggested_region(chip: &ChipMemory, kind: Kind) -> Option<Span> {
    match kind {
        Kind::Flash => {
            let boot = chip.boot_flash()?;
            chip.span_at(Kind::Flash, boot.range.start)
        }
        Kind::Ram => preferred(&chip.spans(Kind::Ram), chip.architecture),
    }
}

/// The RAM block a runtime should use: on Cortex-M the one in the SRAM area of the architecture's memory
/// map (0x2000_0000-0x3fff_ffff), else the largest.
fn preferred(spans: &[Span], architecture: Architecture) -> Option<Span> {
    let sram_area = 0x2000_0000..0x4000_0000;
    let in_area = spans.iter().filter(|s| sram_area.contains(&s.range.start)).max_by_key(|s| s.len());
    match (architecture, in_area) {
        (Architecture::CortexM, Some(span)) => Some(span.clone()),
        _ => spans.iter().filter(|s| !s.alias).max_by_key(|s| s.len()).or(spans.first()).cloned(),
    }
}

/// Checks an initial stack pointer: inside RAM (it may equal RAM's end: the first push decrements first)
/// and aligned as the ABI requires.
pub fn stack_pointer(chip: &ChipMemory, sp: u64, subject: &str, source: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let ram = chip.spans(Kind::Ram);
    if !ram.iter().any(|s| s.range.start < sp && sp <= s.range.end) {
        let position = match ram.iter().filter(|s| s.range.end < sp).max_by_key(|s| s.range.end) {
            Some(below) if chip.span_at(Kind::Flash, sp).is_none() => {
                format!("{} past the end of {}", size(sp - below.range.end), below.describe())
            }
            _ => match chip.span_at(Kind::Flash, sp) {
                Some(flash) => format!("in flash ({}), not RAM", flash.describe()),
                None => format!("below every RAM region ({})", list(&ram)),
            },
        };
        findings.push(
            Finding::error(
                Code::InitialSpOutsideRam,
                subject,
                format!(
                    "the initial stack pointer ({source}) is {}, {position}: {}",
                    hex(sp),
                    first_push(chip.architecture, sp)
                ),
            )
            .with_fix(match preferred(&ram, chip.architecture) {
                Some(span) => format!(
                    "the stack must start at most at the end of RAM, {}: correct RAM's ORIGIN/LENGTH (or `_stack_start`) in memory.x",
                    hex(span.range.end)
                ),
                None => "point the stack at RAM".to_string(),
            }),
        );
    }
    let alignment = if chip.architecture == Architecture::RiscV { 16 } else { 8 };
    if !sp.is_multiple_of(alignment) {
        let why = if chip.architecture == Architecture::RiscV {
            "the RISC-V calling convention requires a 16-byte aligned stack"
        } else {
            "the Arm procedure call standard (AAPCS) requires an 8-byte aligned stack at every call: 64-bit \
             values and `ldrd`/`strd` on it break, and cortex-m-rt's own link check rejects it"
        };
        findings.push(
            Finding::error(
                Code::InitialSpMisaligned,
                subject,
                format!("the initial stack pointer ({source}) is {}, not a multiple of {alignment}: {why}", hex(sp)),
            )
            .with_fix(format!("make it {} (round down to a multiple of {alignment})", hex(sp / alignment * alignment))),
        );
    }
    findings
}

/// What happens when the first push lands where there is no RAM.
pub fn first_push(architecture: Architecture, sp: u64) -> String {
    match architecture {
        Architecture::CortexM => format!(
            "the first push writes below it (at {}), where no memory answers: a bus fault, escalated to HardFault, \
             whose own exception entry pushes to the same stack and faults again, so the core locks up before \
             main, with no message",
            hex(sp.wrapping_sub(4))
        ),
        Architecture::RiscV => format!(
            "the first store through sp (at {}) raises a store access fault, and the trap handler saves its \
             registers on the same stack: the hart hangs before main, with no message",
            hex(sp.wrapping_sub(4))
        ),
        Architecture::Other => format!("the first push (at {}) hits no memory", hex(sp.wrapping_sub(4))),
    }
}

fn other(kind: Kind) -> Kind {
    match kind {
        Kind::Flash => Kind::Ram,
        Kind::Ram => Kind::Flash,
    }
}

fn list(spans: &[Span]) -> String {
    if spans.is_empty() {
        return "none".to_string();
    }
    spans.iter().map(Span::describe).collect::<Vec<_>>().join(", ")
}

fn every_span(chip: &ChipMemory) -> String {
    format!("flash {}; RAM {}", list(&chip.spans(Kind::Flash)), list(&chip.spans(Kind::Ram)))
}
