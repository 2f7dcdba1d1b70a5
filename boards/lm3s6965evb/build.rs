//! Link set-up for the firmware: `memory.x` into the linker's search path, and the linker scripts for
//! the binary only (so nothing else in the build is linked with a firmware script).

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    std::fs::copy("memory.x", out.join("memory.x")).expect("copy memory.x");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-link-arg-bins=--nmagic");
    println!("cargo:rustc-link-arg-bins=-Tlink.x");
    println!("cargo:rustc-link-arg-bins=-Tdefmt.x");
    let qemu = std::env::var_os("CARGO_FEATURE_QEMU").is_some();
    let rtt = std::env::var_os("CARGO_FEATURE_RTT").is_some();
    if qemu == rtt {
        panic!("enable exactly one log transport: the `qemu` feature (default) or `rtt` (with --no-default-features)");
    }
}
