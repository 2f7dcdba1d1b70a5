//! The link set-up every Keel firmware's `build.rs` does, in one place: a board's `build.rs` is
//! `fn main() { keel_build::firmware(&["link.x"]) }` (or `hifive1-link.x` and the like for other runtimes).
//!
//! * `memory.x` is copied to `OUT_DIR` and put on the linker's search path (cortex-m-rt's `link.x` includes it);
//! * the linker scripts are passed with `rustc-link-arg-bins`, so only the firmware binary is linked with
//!   them, never a host test or a library;
//! * exactly one defmt transport must be enabled: `qemu` (semihosting, the default) or `rtt`.

#![forbid(unsafe_code)]

use std::path::PathBuf;

/// Runs the set-up; `scripts` are the runtime's linker scripts, before `defmt.x`.
pub fn firmware(scripts: &[&str]) {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    std::fs::copy("memory.x", out.join("memory.x")).expect("copying memory.x to OUT_DIR");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-link-arg-bins=--nmagic");
    for script in scripts.iter().chain(&["defmt.x"]) {
        println!("cargo:rustc-link-arg-bins=-T{script}");
    }
    let qemu = std::env::var_os("CARGO_FEATURE_QEMU").is_some();
    let rtt = std::env::var_os("CARGO_FEATURE_RTT").is_some();
    if qemu == rtt {
        panic!("enable exactly one log transport: the `qemu` feature (default) or `rtt` (with --no-default-features)");
    }
}
