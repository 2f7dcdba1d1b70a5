//! `cargo xtask check` and `new-board` as a user runs them: exit status, the printed diagnosis, and the
//! closest names for a mistyped chip.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).env("RUST_BACKTRACE", "0").output().expect("xtask starts")
}

fn fixture(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/memory").join(path).display().to_string()
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn flash_at_the_stm32_boot_alias_fails_with_the_fix() {
    let output = xtask(&["check", "--chip", "STM32F103C8", "--memory", &fixture("stm32f1/flash-at-0.x")]);
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(printed.contains("error[flash-at-alias] FLASH:"), "{printed}");
    assert!(printed.contains("fix: `FLASH : ORIGIN = 0x08000000, LENGTH = 64K`"), "{printed}");
    assert!(printed.contains("FAILED: 1 error(s)"), "{printed}");
}

#[test]
fn a_correct_memory_x_passes() {
    let output = xtask(&["check", "--chip", "stm32f103c8", "--memory", &fixture("stm32f1/stm32f103c8.x")]);
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("ok: 0 error(s)"), "{printed}");
}

#[test]
fn a_mistyped_chip_lists_the_closest_names() {
    let output = xtask(&["check", "--chip", "STM32F130C8"]);
    let printed = text(&output);
    assert!(!output.status.success(), "{printed}");
    assert!(printed.contains("no chip named `STM32F130C8`") && printed.contains("STM32F103C8"), "{printed}");
}

#[test]
fn the_default_board_passes_with_its_override() {
    let memory_x = Path::new(env!("CARGO_MANIFEST_DIR")).join("../boards/lm3s6965evb/memory.x");
    let output = xtask(&["check", "--chip", "LM3S6965", "--memory", &memory_x.display().to_string()]);
    let printed = text(&output);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("note[override-used] SRAM:"), "{printed}");
    let missing = xtask(&["check", "--chip", "LM3S6965", "--elf", "/nonexistent/firmware.elf"]);
    assert!(!missing.status.success() && text(&missing).contains("/nonexistent/firmware.elf"));
}

#[test]
fn new_board_writes_a_memory_x_that_check_accepts() {
    let dir: PathBuf = std::env::temp_dir().join(format!("keel-new-board-{}", std::process::id()));
    let output = xtask(&["new-board", "--chip", "nrf52840_xxaa", "--dir", &dir.display().to_string()]);
    assert!(output.status.success(), "{}", text(&output));
    let memory_x = dir.join("memory.x");
    let written = std::fs::read_to_string(&memory_x).unwrap();
    assert!(written.contains("FLASH : ORIGIN = 0x00000000, LENGTH = 1M"), "{written}");
    let again = xtask(&["new-board", "--chip", "nrf52840_xxaa", "--dir", &dir.display().to_string()]);
    assert!(!again.status.success() && text(&again).contains("--force"), "{}", text(&again));
    let checked = xtask(&["check", "--chip", "nRF52840_xxAA", "--memory", &memory_x.display().to_string()]);
    assert!(checked.status.success(), "{}", text(&checked));
    std::fs::remove_dir_all(&dir).unwrap();
}
