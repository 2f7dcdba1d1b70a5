//! `cargo xtask setup`: make a fresh machine ready, idempotently.
//!
//! Installs the rustup targets Keel builds for, QEMU 10 and gdb-multiarch (through `apt-get` when this is a
//! Debian machine and we are root); where it cannot install something it prints the exact command instead.
//!
//! QEMU 10 is the emulator current systems ship (Debian 13; Debian 12 through its backports), and the one the
//! bench is measured on: QEMU 7.2 (Debian 12's own) attaches `-device tmp105` differently on the LM3S6965EVB
//! and runs the FE310's `mtime` at the wrong rate (`tests/README.md`, "QEMU versions"). An older QEMU is
//! upgraded where setup can; where it cannot, setup says how and the bench still runs what behaves the same.

use std::process::Command;

use anyhow::{bail, Result};

use crate::util::{self, run_checked};

/// Targets every Keel build needs (kept in step with `rust-toolchain.toml`).
pub const TARGETS: &[&str] =
    &["thumbv6m-none-eabi", "thumbv7m-none-eabi", "thumbv7em-none-eabihf", "riscv32imac-unknown-none-elf"];

/// The QEMU release the bench is measured on.
pub const QEMU_MAJOR: u32 = 10;

/// The Debian packages that provide the emulators Keel boots boards in (from QEMU 9 on, RISC-V has its own
/// package; 7.2 shipped it in `qemu-system-misc`).
const QEMU_PACKAGES: &[&str] = &["qemu-system-arm", "qemu-system-riscv"];

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
    emulators()?;
    if args.c_compiler && !util::have("arm-none-eabi-gcc") {
        apt_install(&["gcc-arm-none-eabi"], None)?;
    }
    Ok(())
}

/// QEMU and gdb, where missing (from the package manager: a minute or more on a fresh machine); a gdb that cannot be
/// installed is a note, since only `cargo xtask gdb` needs it.
pub fn emulators() -> Result<()> {
    qemu()?;
    if let Err(e) = gdb() {
        eprintln!("note: {e:#}\n(only `cargo xtask gdb` needs it)");
    }
    Ok(())
}

/// Installs `gdb-multiarch` (gdb for Arm and RISC-V, for `cargo xtask gdb`) where it is missing, or says how.
pub fn gdb() -> Result<()> {
    if util::have("gdb-multiarch") {
        return Ok(());
    }
    apt_install(&["gdb-multiarch"], None)
}

/// The installed QEMU's version (major, minor), from `qemu-system-arm --version`.
pub fn qemu_version() -> Option<(u32, u32)> {
    keel_bench::board::qemu_version("qemu-system-arm")
}

/// Installs QEMU 10 where it is missing or older, or says how.
fn qemu() -> Result<()> {
    let version = qemu_version();
    let complete = util::have("qemu-system-arm") && util::have("qemu-system-riscv32");
    if complete && version.is_some_and(|(major, _)| major >= QEMU_MAJOR) {
        return Ok(());
    }
    let release = OsRelease::read();
    let plan = match release.as_ref() {
        Some(os) if os.id == "debian" && os.version_id == "12" => {
            Some((format!("{}-backports", os.codename), format!("QEMU {QEMU_MAJOR} from Debian 12's backports")))
        }
        Some(os) if os.id == "debian" && os.version_id.parse::<u32>().is_ok_and(|v| v >= 13) => None,
        _ => {
            let have = version.map(|(a, b)| format!("QEMU {a}.{b} is installed; ")).unwrap_or_default();
            let hint = other_system_command(QEMU_PACKAGES);
            if complete {
                eprintln!(
                    "warning: {have}the bench is measured on QEMU {QEMU_MAJOR}, which this system's packages may not have \
                     ({hint}). Boards that need QEMU {QEMU_MAJOR} are skipped by name."
                );
                return Ok(());
            }
            bail!("{have}QEMU {QEMU_MAJOR} is needed for the emulator bench. Install it with:\n    {hint}");
        }
    };
    match plan {
        Some((suite, what)) => {
            eprintln!(
                "installing {what} (found {})",
                version.map(|(a, b)| format!("QEMU {a}.{b}")).unwrap_or("no QEMU".into())
            );
            apt_install(QEMU_PACKAGES, Some(&suite))
        }
        None => apt_install(QEMU_PACKAGES, None),
    }
}

/// The fields of `/etc/os-release` setup needs.
struct OsRelease {
    id: String,
    version_id: String,
    codename: String,
}

impl OsRelease {
    fn read() -> Option<Self> {
        let text = std::fs::read_to_string("/etc/os-release").ok()?;
        let field = |key: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
                .map(|value| value.trim_matches('"').to_string())
                .unwrap_or_default()
        };
        Some(OsRelease { id: field("ID"), version_id: field("VERSION_ID"), codename: field("VERSION_CODENAME") })
    }
}

/// Where this machine's apt gets Debian's main suite: (URI, `Signed-By` value if any), from
/// `/etc/apt/sources.list.d/*.sources` (deb822) or `/etc/apt/sources.list` (one-line entries). The backports
/// suite is added from the same mirror, so setup names no host of its own.
fn debian_mirror(codename: &str) -> Option<(String, Option<String>)> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir("/etc/apt/sources.list.d")
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "sources"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for stanza in text.split("\n\n") {
            let field = |key: &str| stanza.lines().find_map(|l| l.strip_prefix(key).map(|v| v.trim().to_string()));
            let suites = field("Suites:").unwrap_or_default();
            if suites.split_whitespace().any(|s| s == codename) {
                if let Some(uri) = field("URIs:").and_then(|u| u.split_whitespace().next().map(str::to_string)) {
                    return Some((uri, field("Signed-By:")));
                }
            }
        }
    }
    let text = std::fs::read_to_string("/etc/apt/sources.list").unwrap_or_default();
    text.lines().find_map(|line| {
        let words: Vec<&str> = line.split_whitespace().filter(|w| !w.starts_with('[')).collect();
        (words.first() == Some(&"deb") && words.get(2) == Some(&codename)).then(|| (words[1].to_string(), None))
    })
}

/// Adds `suite` (a backports suite) to apt's sources, from the mirror the main suite comes from.
fn add_suite(suite: &str) -> Result<()> {
    let file = std::path::Path::new("/etc/apt/sources.list.d/keel-backports.sources");
    if file.exists() {
        return Ok(());
    }
    let codename = suite.split('-').next().unwrap_or(suite);
    let Some((uri, signed_by)) = debian_mirror(codename) else {
        bail!("found no apt source for Debian `{codename}` to add `{suite}` from; add `{suite}` to apt's sources and run setup again");
    };
    let mut text = format!("# Added by `cargo xtask setup` for QEMU {QEMU_MAJOR}.\nTypes: deb\nURIs: {uri}\nSuites: {suite}\nComponents: main\n");
    if let Some(key) = signed_by {
        text.push_str(&format!("Signed-By: {key}\n"));
    }
    std::fs::write(file, text).map_err(|e| anyhow::anyhow!("writing {}: {e}", file.display()))?;
    eprintln!("added {suite} ({uri}) in {}", file.display());
    Ok(())
}

/// Adds the rustup targets that are not installed yet.
/// Adds the cross-compilation targets rust-toolchain.toml names, where missing.
pub fn rust_targets() -> Result<()> {
    let output = Command::new("rustup").args(["target", "list", "--installed"]).output();
    let installed = match output {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        _ => {
            bail!("`rustup` is needed to add the cross-compilation targets; install it from https://rustup.rs")
        }
    };
    let missing: Vec<&str> = TARGETS.iter().copied().filter(|t| !installed.lines().any(|l| l.trim() == *t)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    run_checked(Command::new("rustup").args(["target", "add"]).args(&missing))
}

/// Installs Debian packages (from `suite`, a backports suite, when given) when possible, else explains how,
/// for the package manager this machine has.
fn apt_install(packages: &[&str], suite: Option<&str>) -> Result<()> {
    if packages.is_empty() {
        return Ok(());
    }
    // `-t SUITE` rather than `package/SUITE`: naming the suite per package leaves the new QEMU's own
    // dependencies to the old suite, and apt refuses with unmet dependencies.
    let target: Vec<&str> = suite.map(|s| vec!["-t", s]).unwrap_or_default();
    let command = format!(
        "apt-get update && apt-get install -y {}--no-install-recommends {}",
        suite.map(|s| format!("-t {s} ")).unwrap_or_default(),
        packages.join(" ")
    );
    let is_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    if !util::have("apt-get") {
        bail!("missing: {}. Install them with:\n    {}", packages.join(", "), other_system_command(packages));
    }
    if !is_root {
        bail!("missing: {}. Install them with:\n    sudo sh -c '{command}'", packages.join(", "));
    }
    if let Some(suite) = suite {
        add_suite(suite)?;
    }
    eprintln!("installing {}", packages.join(", "));
    run_checked(Command::new("apt-get").arg("update").arg("-qq"))?;
    run_checked(
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(&target)
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
        let mut text = format!(
            "QEMU {QEMU_MAJOR} or later with qemu-system-arm and qemu-system-riscv32 (and arm-none-eabi-gcc for the C \
             comparison)"
        );
        if util::have("apt-get") {
            // Ubuntu and other apt systems: the packages' names are Debian's; their versions are the release's.
            text.push_str(&format!(
                ": `sudo apt-get install --no-install-recommends {}` where the release ships QEMU {QEMU_MAJOR} \
                 (check with `apt-cache policy qemu-system-arm`), or QEMU's own release otherwise",
                QEMU_PACKAGES.join(" ")
            ));
        }
        text
    }
}
