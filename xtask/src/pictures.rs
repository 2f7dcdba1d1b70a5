//! `cargo xtask pictures`: the README's pictures, made by the tools they show: the OLED as `cargo xtask
//! screenshot` saves it and the monitor's live view as `cargo xtask monitor --snapshot` renders it, both of the
//! default board in QEMU.

use anyhow::Result;

use crate::monitor::MonitorArgs;
use crate::run::ScreenshotArgs;
use crate::util::root;

/// Where the pictures go (the README links them).
const FOLDER: &str = "docs/pictures";

pub fn run() -> Result<()> {
    let folder = root().join(FOLDER);
    std::fs::create_dir_all(&folder)?;
    crate::run::screenshot(&ScreenshotArgs {
        board: None,
        out: Some(folder.join("oled.png")),
        after_ms: 3000,
        temperature: 23.5,
    })?;
    crate::monitor::run(&MonitorArgs {
        port: None,
        baud: 115_200,
        board: None,
        temperature: 23.5,
        csv: None,
        json: false,
        lines: false,
        frames: None,
        seconds: Some(20.0),
        snapshot: Some(folder.join("monitor.txt")),
    })?;
    let view = std::fs::read_to_string(folder.join("monitor.txt"))?;
    let readme = root().join("README.md");
    let text = std::fs::read_to_string(&readme)?;
    let block = format!("```text\n{}\n```\n", view.trim_end());
    std::fs::write(&readme, crate::util::replace_between(&text, README_START, README_END, &block)?)?;
    eprintln!("updated the monitor's view in README.md");
    Ok(())
}

/// The README's markers around the monitor's view.
const README_START: &str = "<!-- monitor: written by `cargo xtask pictures` -->\n";
const README_END: &str = "<!-- /monitor -->\n";
