//! Link set-up for the examples: the board's `memory.x` for cortex-m-rt's `link.x`, and defmt's
//! `defmt.x` for the binaries that log through defmt. Every binary in this package uses cortex-m-rt
//! (the freestanding example, which does not, is its own project in `freestanding/`).

use std::path::PathBuf;

/// Binaries that log through defmt and so need its linker script (the interned format strings).
const DEFMT_BINS: &[&str] = &["07-panic-defmt", "12-logging-defmt"];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::copy("memory.x", out.join("memory.x")).expect("copying memory.x to OUT_DIR");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-link-arg-bins=--nmagic");
    println!("cargo:rustc-link-arg-bins=-Tlink.x");
    for bin in DEFMT_BINS {
        println!("cargo:rustc-link-arg-bin={bin}=-Tdefmt.x");
    }
}
