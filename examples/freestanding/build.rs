//! Link set-up for the freestanding example: our own linker script (`freestanding.ld`), which includes
//! the board's memory map (`../memory.x`, copied to OUT_DIR so there is one copy of the map).

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::copy("../memory.x", out.join("memory.x")).expect("copying ../memory.x to OUT_DIR");
    std::fs::copy("freestanding.ld", out.join("freestanding.ld")).expect("copying freestanding.ld");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=../memory.x");
    println!("cargo:rerun-if-changed=freestanding.ld");
    println!("cargo:rerun-if-changed=build.rs");
    // No start files or C library are linked for a `-none-` target; the script is all the linker gets.
    println!("cargo:rustc-link-arg-bins=-Tfreestanding.ld");
}
