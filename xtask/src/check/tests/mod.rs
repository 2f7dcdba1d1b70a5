//! Table-driven tests of `cargo xtask check` on real chips from the database: STM32F0/F1/F4/L0,
//! nRF51/nRF52, RP2040, FE310 and LM3S6965, each with a correct memory.x and deliberately wrong ones
//! (committed under `xtask/tests/fixtures/memory/`), and with synthetic images that get one thing wrong
//! at a time. The tests assert finding codes and fields, not prose.

mod synthetic_elf;

use std::path::PathBuf;

use object::elf::{EM_ARM, EM_RISCV};

use super::diagnosis::{Finding, Severity};
use super::{check, elf, linker_script, Inputs, Report};
use crate::util;
use synthetic_elf::{resize, SyntheticImage};

fn fixture(path: &str) -> PathBuf {
    util::root().join("xtask/tests/fixtures/memory").join(path)
}

fn board_overrides() -> PathBuf {
    util::root().join("boards/lm3s6965evb/memory-overrides.toml")
}

/// Errors and warnings, by code, sorted: what a case must produce exactly.
fn problems(findings: &[Finding]) -> Vec<&'static str> {
    let mut codes: Vec<&str> =
        findings.iter().filter(|f| f.severity != Severity::Note).map(|f| f.code.as_str()).collect();
    codes.sort();
    codes
}

fn notes(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().filter(|f| f.severity == Severity::Note).map(|f| f.code.as_str()).collect()
}

fn check_memory(chip: &str, memory: &str, overrides: Option<PathBuf>) -> Report {
    let inputs = Inputs { chip: chip.into(), memory_x: Some(fixture(memory)), overrides, ..Inputs::default() };
    check(&inputs).unwrap_or_else(|e| panic!("{chip} {memory}: {e:#}"))
}

/// One memory.x case: the chip, the file, the overrides, and the errors and warnings it must get.
struct MemoryCase {
    chip: &'static str,
    memory: &'static str,
    overrides: Option<&'static str>,
    problems: &'static [&'static str],
}

const MEMORY_CASES: &[MemoryCase] = &[
    MemoryCase { chip: "STM32F030F4", memory: "stm32f0/stm32f030f4.x", overrides: None, problems: &[] },
    MemoryCase { chip: "STM32F030F4", memory: "stm32f0/ram-8k.x", overrides: None, problems: &["region-too-long"] },
    MemoryCase { chip: "STM32F103C8", memory: "stm32f1/stm32f103c8.x", overrides: None, problems: &[] },
    MemoryCase {
        chip: "STM32F103C8T6",
        memory: "stm32f1/flash-at-0.x",
        overrides: None,
        problems: &["flash-at-alias"],
    },
    MemoryCase { chip: "stm32f103c8", memory: "stm32f1/ram-64k.x", overrides: None, problems: &["region-too-long"] },
    MemoryCase {
        chip: "STM32F103C8",
        memory: "stm32f1/ram-at-ccm.x",
        overrides: None,
        problems: &["region-outside-memory"],
    },
    MemoryCase {
        chip: "STM32F103C8",
        memory: "stm32f1/no-ram.x",
        overrides: None,
        problems: &["missing-region", "missing-region"],
    },
    MemoryCase {
        chip: "STM32F103C8",
        memory: "stm32f1/stack-misaligned.x",
        overrides: None,
        problems: &["initial-sp-misaligned"],
    },
    MemoryCase {
        chip: "STM32F103C8",
        memory: "stm32f1/stm32f103c8.x",
        overrides: Some("stm32f1/redundant-overrides.toml"),
        problems: &["override-redundant"],
    },
    MemoryCase { chip: "STM32F407VG", memory: "stm32f4/stm32f407vg.x", overrides: None, problems: &[] },
    MemoryCase { chip: "STM32F407VG", memory: "stm32f4/ram-192k.x", overrides: None, problems: &["region-too-long"] },
    MemoryCase { chip: "STM32F407VG", memory: "stm32f4/flash-at-0.x", overrides: None, problems: &["flash-at-alias"] },
    MemoryCase { chip: "STM32L053R8", memory: "stm32l0/stm32l053r8.x", overrides: None, problems: &[] },
    MemoryCase { chip: "STM32L053R8", memory: "stm32l0/flash-128k.x", overrides: None, problems: &["region-too-long"] },
    MemoryCase { chip: "nRF51822_xxAA", memory: "nrf51/nrf51822_xxaa.x", overrides: None, problems: &[] },
    MemoryCase { chip: "nRF51822_xxAA", memory: "nrf51/ram-32k.x", overrides: None, problems: &["region-too-long"] },
    MemoryCase { chip: "nRF52840_xxAA", memory: "nrf52/nrf52840_xxaa.x", overrides: None, problems: &[] },
    MemoryCase {
        chip: "nRF52840_xxAA",
        memory: "nrf52/storage-overlaps.x",
        overrides: None,
        problems: &["regions-overlap"],
    },
    MemoryCase { chip: "nRF52832_xxAA", memory: "nrf52/nrf52832-ram.x", overrides: None, problems: &[] },
    MemoryCase { chip: "RP2040", memory: "rp2040/rp2040.x", overrides: None, problems: &[] },
    MemoryCase { chip: "RP2040", memory: "rp2040/flash-over-boot2.x", overrides: None, problems: &["regions-overlap"] },
    MemoryCase { chip: "RP2040", memory: "rp2040/ram-512k.x", overrides: None, problems: &["region-too-long"] },
    // The RP2040 has its boot ROM at 0x0, not a mirror of flash: FLASH there is simply not in flash.
    MemoryCase { chip: "RP2040", memory: "rp2040/flash-at-0.x", overrides: None, problems: &["region-outside-memory"] },
    MemoryCase { chip: "FE310-G002", memory: "fe310/hifive1-revb.x", overrides: None, problems: &[] },
    MemoryCase { chip: "FE310-G002", memory: "fe310/ram-64k.x", overrides: None, problems: &["region-too-long"] },
    MemoryCase {
        chip: "fe310-g002",
        memory: "fe310/alias-to-nothing.x",
        overrides: None,
        problems: &["missing-region"],
    },
    // The database's LM3S6965 SRAM is 46 KiB; the datasheet's 64 KiB only passes with the board's override.
    MemoryCase { chip: "LM3S6965", memory: "lm3s/lm3s6965.x", overrides: None, problems: &["region-too-long"] },
    MemoryCase { chip: "LM3S6965", memory: "lm3s/lm3s6965.x", overrides: Some("board"), problems: &[] },
];

#[test]
fn memory_x_table() {
    let mut failures = Vec::new();
    for case in MEMORY_CASES {
        let overrides = case.overrides.map(|o| if o == "board" { board_overrides() } else { fixture(o) });
        let report = check_memory(case.chip, case.memory, overrides);
        let got = problems(&report.findings);
        if got != case.problems {
            failures.push(format!(
                "{} {}: expected {:?}, got:\n{}",
                case.chip,
                case.memory,
                case.problems,
                report.render()
            ));
        }
        if case.overrides == Some("board") && !notes(&report.findings).contains(&"override-used") {
            failures.push(format!("{} {}: no override-used note", case.chip, case.memory));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn finding<'a>(report: &'a Report, code: &str) -> &'a Finding {
    report
        .findings
        .iter()
        .find(|f| f.code.as_str() == code)
        .unwrap_or_else(|| panic!("no {code}:\n{}", report.render()))
}

#[test]
fn diagnoses_carry_the_numbers_and_the_fix() {
    let alias = check_memory("STM32F103C8", "stm32f1/flash-at-0.x", None);
    let flash = finding(&alias, "flash-at-alias");
    assert_eq!(flash.subject, "FLASH");
    assert!(flash.message.contains("0x08000000"), "{flash}");
    assert_eq!(flash.fix.as_deref(), Some("`FLASH : ORIGIN = 0x08000000, LENGTH = 64K`"));

    let long = check_memory("STM32F103C8", "stm32f1/ram-64k.x", None);
    let ram = finding(&long, "region-too-long");
    assert_eq!(ram.subject, "RAM");
    assert!(ram.message.contains("0x20005000") && ram.message.contains("44 KiB"), "{ram}");
    assert!(ram.message.contains("initial stack pointer would be 0x20010000"), "{ram}");
    assert!(ram.fix.as_deref().unwrap().contains("LENGTH = 20K"), "{ram}");

    let outside = check_memory("STM32F103C8", "stm32f1/ram-at-ccm.x", None);
    assert!(finding(&outside, "region-outside-memory").fix.as_deref().unwrap().contains("ORIGIN = 0x20000000"));

    let missing = check_memory("STM32F103C8", "stm32f1/no-ram.x", None);
    let subjects: Vec<&str> = missing.findings.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["FLASH", "RAM"]);
    assert_eq!(missing.findings[0].fix.as_deref(), Some("rename `flash` to `FLASH`"));

    let overlap = check_memory("nRF52840_xxAA", "nrf52/storage-overlaps.x", None);
    let both = finding(&overlap, "regions-overlap");
    assert_eq!(both.subject, "FLASH and STORAGE");
    assert!(both.message.contains("0x000ff000..0x00100000 (4 KiB)"), "{both}");

    let f4 = check_memory("STM32F407VG", "stm32f4/ram-192k.x", None);
    assert!(finding(&f4, "region-too-long").fix.as_deref().unwrap().contains("LENGTH = 128K"));
}

#[test]
fn an_application_behind_a_boot_loader_gets_a_note() {
    let report = check_memory("nRF52832_xxAA", "nrf52/nrf52832-ram.x", None);
    let note = finding(&report, "flash-not-at-boot-start");
    assert_eq!((note.severity, note.subject.as_str()), (Severity::Note, "FLASH"));
    assert!(note.message.contains("0x00026000") && note.message.contains("152 KiB"), "{note}");
    let rp2040 = check_memory("RP2040", "rp2040/rp2040.x", None);
    assert!(!notes(&rp2040.findings).contains(&"flash-not-at-boot-start"), "BOOT2 starts the boot flash");
}

#[test]
fn the_board_override_replaces_the_database_sram_and_says_so() {
    let report = check_memory("LM3S6965", "lm3s/lm3s6965.x", Some(board_overrides()));
    let note = finding(&report, "override-used");
    assert_eq!(note.subject, "SRAM");
    assert!(note.message.contains("0x2000b800") && note.message.contains("Table 2-4"), "{note}");
    let sram = report.chip.regions.iter().find(|r| r.name == "SRAM").unwrap();
    assert_eq!(sram.range, 0x2000_0000..0x2001_0000);
    let error = check(&Inputs { chip: "STM32F103C8".into(), overrides: Some(board_overrides()), ..Inputs::default() })
        .unwrap_err();
    assert!(error.to_string().contains("corrects chip `LM3S6965`"), "{error}");
}

/// A chip for the image table: name, its good memory.x, and the board override it needs.
const IMAGE_CHIPS: &[(&str, &str, bool)] = &[
    ("STM32F030F4", "stm32f0/stm32f030f4.x", false),
    ("STM32F103C8", "stm32f1/stm32f103c8.x", false),
    ("STM32F407VG", "stm32f4/stm32f407vg.x", false),
    ("STM32L053R8", "stm32l0/stm32l053r8.x", false),
    ("nRF51822_xxAA", "nrf51/nrf51822_xxaa.x", false),
    ("nRF52840_xxAA", "nrf52/nrf52840_xxaa.x", false),
    ("RP2040", "rp2040/rp2040.x", false),
    ("LM3S6965", "lm3s/lm3s6965.x", true),
];

/// Where a chip's memory.x puts FLASH and RAM.
#[derive(Clone, Copy)]
struct Map {
    flash: u32,
    flash_end: u32,
    ram: u32,
    ram_end: u32,
}

/// One image case: how to spoil a correct cortex-m-rt image, the errors it must then get, and the notes
/// that must (and must not) appear.
struct ImageCase {
    name: &'static str,
    spoil: fn(&mut SyntheticImage, Map),
    problems: &'static [&'static str],
    notes: &'static [&'static str],
    not_notes: &'static [&'static str],
}

const IMAGE_CASES: &[ImageCase] = &[
    ImageCase {
        name: "cortex-m-rt layout",
        spoil: |_, _| {},
        problems: &[],
        notes: &["stack-space", "no-stack-overflow-protection"],
        not_notes: &[],
    },
    ImageCase {
        name: "flip-link layout",
        spoil: |image, map| {
            let data = map.ram_end - 0x500;
            image.section_mut(".data").address = data;
            image.section_mut(".bss").address = data + 0x100;
            image.set_vectors(data, map.flash + 0x101);
            image.set_symbol("_stack_start", data);
            image.set_symbol("_stack_end", map.ram);
        },
        problems: &[],
        notes: &["stack-space"],
        not_notes: &["no-stack-overflow-protection"],
    },
    ImageCase {
        name: "vector table not first in flash",
        spoil: |image, map| image.section_mut(".vector_table").address = map.flash + 0x1400,
        problems: &["vector-table-not-at-flash-start"],
        notes: &[],
        not_notes: &[],
    },
    ImageCase {
        name: "initial SP past the end of RAM",
        spoil: |image, map| image.set_vectors(map.ram_end + 0x8000, map.flash + 0x101),
        problems: &["initial-sp-outside-ram"],
        notes: &[],
        not_notes: &["stack-space"],
    },
    ImageCase {
        name: "initial SP in flash",
        spoil: |image, map| image.set_vectors(map.flash + 0x800, map.flash + 0x101),
        problems: &["initial-sp-outside-ram"],
        notes: &[],
        not_notes: &[],
    },
    ImageCase {
        name: "initial SP 4-byte aligned",
        spoil: |image, map| image.set_vectors(map.ram_end - 4, map.flash + 0x101),
        problems: &["initial-sp-misaligned"],
        notes: &["stack-space"],
        not_notes: &[],
    },
    ImageCase {
        name: "reset vector without the Thumb bit",
        spoil: |image, map| image.set_vectors(map.ram_end, map.flash + 0x100),
        problems: &["reset-vector-not-thumb"],
        notes: &[],
        not_notes: &[],
    },
    ImageCase {
        name: "reset vector into RAM",
        spoil: |image, map| image.set_vectors(map.ram_end, map.ram + 0x101),
        problems: &["reset-vector-outside-flash"],
        notes: &[],
        not_notes: &[],
    },
    ImageCase {
        name: ".bss past the end of RAM",
        spoil: |image, map| resize(image.section_mut(".bss"), map.ram_end - map.ram),
        problems: &["initial-sp-inside-section", "section-outside-region"],
        notes: &[],
        not_notes: &[],
    },
    ImageCase {
        name: ".data's initial values past the end of flash",
        spoil: |image, map| image.section_mut(".data").load_address = map.flash_end - 0x80,
        problems: &["section-outside-region"],
        notes: &[],
        not_notes: &[],
    },
    ImageCase {
        name: "statics leave 512 bytes for a 2 KiB stack",
        spoil: |image, map| {
            resize(image.section_mut(".bss"), map.ram_end - map.ram - 0x100 - 0x200);
            image.set_symbol("_keel_stack_size", 0x800);
        },
        problems: &["stack-below-minimum"],
        notes: &["stack-space"],
        not_notes: &[],
    },
    ImageCase {
        name: "no vector table",
        spoil: |image, _| image.sections.retain(|s| s.name != ".vector_table"),
        problems: &["no-vector-table"],
        notes: &[],
        not_notes: &[],
    },
    ImageCase {
        name: "built for RISC-V",
        spoil: |image, _| image.machine = EM_RISCV,
        problems: &["architecture-mismatch"],
        notes: &[],
        not_notes: &[],
    },
];

fn check_image(chip: &str, memory: &str, board_override: bool, image: &SyntheticImage) -> Report {
    let path = std::env::temp_dir().join(format!(
        "keel-check-{}-{}-{}.elf",
        std::process::id(),
        chip,
        std::thread::current().name().unwrap_or("t").replace("::", "-")
    ));
    std::fs::write(&path, image.build()).unwrap();
    let inputs = Inputs {
        chip: chip.into(),
        memory_x: Some(fixture(memory)),
        elf: Some(path.clone()),
        overrides: board_override.then(board_overrides),
        ..Inputs::default()
    };
    let report = check(&inputs).unwrap_or_else(|e| panic!("{chip}: {e:#}"));
    std::fs::remove_file(&path).unwrap();
    report
}

#[test]
fn image_table_chips_by_cases() {
    let mut failures = Vec::new();
    let mut ran = 0;
    for (chip, memory, board_override) in IMAGE_CHIPS {
        let script = linker_script::parse_file(&fixture(memory)).unwrap();
        let (flash, ram) = (script.region("FLASH").unwrap(), script.region("RAM").unwrap());
        let map = Map {
            flash: flash.origin as u32,
            flash_end: flash.end() as u32,
            ram: ram.origin as u32,
            ram_end: ram.end() as u32,
        };
        for case in IMAGE_CASES {
            let mut image = SyntheticImage::cortex_m(map.flash, map.ram, map.ram_end - map.ram);
            (case.spoil)(&mut image, map);
            let report = check_image(chip, memory, *board_override, &image);
            let got = problems(&report.findings);
            let notes = notes(&report.findings);
            let notes_ok =
                case.notes.iter().all(|n| notes.contains(n)) && !case.not_notes.iter().any(|n| notes.contains(n));
            if got != case.problems || !notes_ok {
                failures.push(format!(
                    "{chip} / {}: expected {:?} (notes {:?}, not {:?}), got:\n{}",
                    case.name,
                    case.problems,
                    case.notes,
                    case.not_notes,
                    report.render()
                ));
            }
            ran += 1;
        }
    }
    assert_eq!(ran, IMAGE_CHIPS.len() * IMAGE_CASES.len());
    assert!(failures.is_empty(), "{} of {ran} failed:\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn risc_v_images_on_the_fe310() {
    let memory = "fe310/hifive1-revb.x";
    let (flash, ram, ram_end) = (0x2000_0000, 0x8000_0000, 0x8000_4000);
    type Case = (&'static str, fn(&mut SyntheticImage), &'static [&'static str]);
    let cases: &[Case] = &[
        ("riscv-rt layout", |_| {}, &[]),
        ("entry point in RAM", |image| image.entry = 0x8000_0000, &["reset-vector-outside-flash"]),
        ("stack 8-byte aligned", |image| image.set_symbol("_stack_start", 0x8000_3ff8), &["initial-sp-misaligned"]),
        (
            "stack past the 16 KiB DTIM",
            |image| image.set_symbol("_stack_start", 0x8001_0000),
            &["initial-sp-outside-ram"],
        ),
        ("built for Arm", |image| image.machine = EM_ARM, &["architecture-mismatch"]),
    ];
    for (name, spoil, expected) in cases {
        let mut image = SyntheticImage::riscv(flash, ram, ram_end - ram);
        spoil(&mut image);
        let report = check_image("FE310-G002", memory, false, &image);
        assert_eq!(problems(&report.findings), *expected, "{name}:\n{}", report.render());
    }
}

#[test]
fn the_classic_stm32_mistake_shows_in_the_image_too() {
    // Linked with FLASH at 0x0: the memory.x error, and an image whose code is where the chip has no flash.
    let mut image = SyntheticImage::cortex_m(0, 0x2000_0000, 20 * 1024);
    image.set_vectors(0x2000_5000, 0x101);
    let report = check_image("STM32F103C8", "stm32f1/flash-at-0.x", false, &image);
    let got = problems(&report.findings);
    assert!(got.contains(&"flash-at-alias"), "{}", report.render());
    assert!(got.contains(&"reset-vector-outside-flash"), "{}", report.render());
    assert!(got.contains(&"section-outside-region"), "{}", report.render());
}

#[test]
fn images_check_against_the_chip_alone() {
    let image = SyntheticImage::cortex_m(0x0800_0000, 0x2000_0000, 20 * 1024);
    let parsed = elf::read(&image.build()).unwrap();
    assert_eq!(parsed.sections.iter().find(|s| s.name == ".data").unwrap().load_address, Some(0x0800_1300));
    assert_eq!(parsed.symbols.get("_stack_start"), Some(&0x2000_5000));
    let chip = super::chipdb::lookup("STM32F103C8", None).unwrap();
    let findings = elf::check(&parsed, None, &chip, Some(19 * 1024));
    assert_eq!(problems(&findings), ["stack-below-minimum"], "--min-stack 19K on 20 KiB with 1.25 KiB of statics");
}

#[test]
fn new_board_writes_a_memory_x_that_passes() {
    for chip in ["STM32F103C8", "STM32F407VG", "nRF52840_xxAA", "RP2040", "FE310-G002", "STM32L053R8"] {
        let memory = super::chipdb::lookup(chip, None).unwrap();
        let text = super::new_board::memory_x(&memory).unwrap();
        let script = linker_script::parse_str(&text, "memory.x", std::path::Path::new(".")).unwrap();
        let findings = super::regions::check(&script, &memory);
        assert!(problems(&findings).is_empty(), "{chip}:\n{text}\n{findings:?}");
        assert!(script.region("FLASH").is_some() && script.region("RAM").is_some(), "{chip}:\n{text}");
    }
    let stm32 = super::new_board::memory_x(&super::chipdb::lookup("STM32F103C8", None).unwrap()).unwrap();
    assert!(stm32.contains("FLASH : ORIGIN = 0x08000000, LENGTH = 64K"), "{stm32}");
    assert!(stm32.contains("RAM   : ORIGIN = 0x20000000, LENGTH = 20K"), "{stm32}");
    let nrf = super::new_board::memory_x(&super::chipdb::lookup("nRF52840_xxAA", None).unwrap()).unwrap();
    assert!(nrf.contains("RAM   : ORIGIN = 0x20000000, LENGTH = 256K"), "the data-bus RAM, not the code alias:\n{nrf}");
    let fe310 = super::new_board::memory_x(&super::chipdb::lookup("FE310-G002", None).unwrap()).unwrap();
    assert!(fe310.contains("REGION_ALIAS(\"REGION_STACK\", RAM);"), "{fe310}");
}

#[test]
fn every_board_memory_x_passes() {
    for board in crate::boards::all().unwrap() {
        let inputs = Inputs { chip: board.chip.clone(), memory_x: Some(board.memory_x()), ..Inputs::default() };
        let report = check(&inputs).unwrap();
        assert_eq!(problems(&report.findings), Vec::<&str>::new(), "{}:\n{}", board.name, report.render());
    }
}

#[test]
fn examples_name_their_chip_by_keel_toml_probe_rs_runner_or_board_qemu_machine() {
    let top = std::env::temp_dir().join(format!("keel-examples-{}", std::process::id()));
    let write = |path: &str, text: &str| {
        let path = top.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(".cargo/config.toml", "[target.thumbv7m-none-eabi]\nrunner = \"qemu-system-arm -M lm3s6965evb -kernel\"\n");
    write("memory.x", "");
    write("nrf/keel.toml", "chip = \"nRF52840_xxAA\"\n");
    write("nrf/memory.x", "");
    write(
        "stm32/.cargo/config.toml",
        "[target.'cfg(all())']\nrunner = [\"probe-rs\", \"run\", \"--chip\", \"STM32F103C8\"]\n",
    );
    write("stm32/memory.x", "");
    write("unknown/memory.x", "");
    let boards = crate::boards::all().unwrap();
    let chip = |path: &str| super::example_chip(&top.join(path), &top, &boards).unwrap().map(|c| c.chip);
    let qemu = super::example_chip(&top.join("memory.x"), &top, &boards).unwrap().unwrap();
    assert_eq!(qemu.chip, "LM3S6965");
    assert!(qemu.overrides.is_some_and(|o| o.ends_with("boards/lm3s6965evb/memory-overrides.toml")));
    assert_eq!(chip("nrf/memory.x").as_deref(), Some("nRF52840_xxAA"));
    assert_eq!(chip("stm32/memory.x").as_deref(), Some("STM32F103C8"));
    assert_eq!(chip("unknown/memory.x").as_deref(), Some("LM3S6965"), "inherits the folder above");
    let found = super::find_files(&top, "memory.x").unwrap();
    assert_eq!(found.len(), 4);
    std::fs::remove_dir_all(&top).unwrap();
}
