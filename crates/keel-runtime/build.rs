//! On RISC-V firmware targets, puts the runtime's linker fragment `keel-riscv.x` on the link path, for the
//! board's `-Tkeel-riscv.x` (see `src/platform/riscv.rs`).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=keel-riscv.x");
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if arch == "riscv32" && os == "none" {
        let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
        std::fs::copy("keel-riscv.x", out.join("keel-riscv.x")).expect("copying keel-riscv.x to OUT_DIR");
        println!("cargo:rustc-link-search={}", out.display());
    }
}
