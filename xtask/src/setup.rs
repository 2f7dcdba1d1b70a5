//! `cargo xtask setup`: make a fresh machine ready, idempotently.
//!
//! Installs the rustup targets Keel builds for and QEMU (through `apt-get` when this is a Debian/Ubuntu
//! machine and we are root); where it cannot install something it prints the exact command instead.

use std::process::Command;

use anyhow::{bail, Result};

use crate::util::{self, run_checked};

/// Targets every Keel build needs (kept in step with `rust-toolchain.toml`).
pub const TARGETS: &[&str] = &[
    "thumbv6m-none-eabi",
    "thumbv7m-none-eabi",
    "thumbv7em-none-eabihf",
    "riscv32imac-unknown-none-elf",
];

/// The Debian packages that provide the emulators Keel boots boards in.
const QEMU_PACKAGES: &[&str] = &["qemu-system-arm", "qemu-system-misc"];

/// Arguments of `cargo xtask setup`.
#[derive(clap::Args, Default)]
pub struct SetupArgs {
    /// Also install the Arm GNU C compiler (`gcc-arm-none-eabi`), for the C row of the examples' size table.
    #[arg(long)]
    pub c_compiler: bool,
}

/// Runs every set-up step.
pub fn run(args: &SetupArgs) -> Result<()> {
    rust_targets()?;
    let mut packages: Vec<&str> = Vec::new();
    if !util::have("qemu-system-arm") || !util::have("qemu-system-riscv32") {
        packages.extend(QEMU_PACKAGES);
    }
    if args.c_compiler && !util::have("arm-none-eabi-gcc") {
        packages.push("gcc-arm-none-eabi");
    }
    apt_install(&packages)
}

/// Adds the rustup targets that are not installed yet.
fn rust_targets() -> Result<()> {
    let output = Command::new("rustup").args(["target", "list", "--installed"]).output();
    let installed = match output {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        _ => {
            bail!("`rustup` is needed to add the cross-compilation targets; install it from https://rustup.rs")
        }
    };
    let missing: Vec<&str> =
        TARGETS.iter().copied().filter(|t| !installed.lines().any(|l| l.trim() == *t)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    run_checked(Command::new("rustup").args(["target", "add"]).args(&missing))
}

/// Installs Debian packages when possible, else explains how, for the package manager this machine has.
fn apt_install(packages: &[&str]) -> Result<()> {
    if packages.is_empty() {
        return Ok(());
    }
    let command = format!("apt-get update && apt-get install -y --no-install-recommends {}", packages.join(" "));
    let is_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    if !util::have("apt-get") {
        bail!("missing: {}. Install them with:\n    {}", packages.join(", "), other_system_command(packages));
    }
    if !is_root {
        bail!("missing: {}. Install them with:\n    sudo sh -c '{command}'", packages.join(", "));
    }
    eprintln!("installing {}", packages.join(", "));
    run_checked(Command::new("apt-get").arg("update").arg("-qq"))?;
    run_checked(
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// The install command on a machine without apt, by the package manager found on it.
fn other_system_command(packages: &[&str]) -> String {
    let wants_c = packages.contains(&"gcc-arm-none-eabi");
    if util::have("dnf") {
        let mut command = String::from("sudo dnf install qemu-system-arm qemu-system-riscv");
        if wants_c {
            command.push_str(" arm-none-eabi-gcc-cs arm-none-eabi-newlib");
        }
        command
    } else if util::have("pacman") {
        let mut command = String::from("sudo pacman -S qemu-system-arm qemu-system-riscv");
        if wants_c {
            command.push_str(" arm-none-eabi-gcc arm-none-eabi-newlib");
        }
        command
    } else if util::have("brew") {
        let mut command = String::from("brew install qemu");
        if wants_c {
            command.push_str(" && brew install --cask gcc-arm-embedded");
        }
        command
    } else {
        "your system's QEMU >= 7.2 with qemu-system-arm and qemu-system-riscv32 (and arm-none-eabi-gcc for the C \
         comparison)"
            .to_string()
    }
}
