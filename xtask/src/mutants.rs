//! `cargo xtask mutants`: mutation testing of the portable crates with cargo-mutants (pinned, installed once per
//! machine like the PAC's generators). cargo-mutants changes one operator, return value or condition at a time and
//! runs the crate's tests; a mutant the tests do not fail on ("missed") is a line no test holds to its meaning.
//!
//! Not part of `cargo xtask test`: a full run takes many minutes on two cores. The figures of the last run of each
//! crate go into `docs/mutants.md` between its markers, with the survivors listed. Mutants that cannot change
//! behaviour (equivalent mutants) are excluded in `.cargo/mutants.toml`, each with its reason.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::util::{self, Tool};

/// The mutation tester.
const CARGO_MUTANTS: Tool = Tool { name: "cargo-mutants", version: "27.1.0" };

/// The crates whose tests are measured: everything portable, tested on the host.
const CRATES: &[&str] = &["keel-proto", "keel-core", "keel-runtime", "keel-drivers"];

/// Arguments of `cargo xtask mutants`.
#[derive(clap::Args)]
pub struct MutantsArgs {
    /// Only this crate (default: every portable crate).
    #[arg(long = "crate")]
    pub krate: Option<String>,
    /// Only this share of the mutants, `K/N` (cargo-mutants' `--shard`): to split a long run.
    #[arg(long)]
    pub shard: Option<String>,
    /// Parallel jobs (default: cargo-mutants' own, one).
    #[arg(long)]
    pub jobs: Option<u32>,
}

/// What one run found for one crate.
struct Figures {
    krate: String,
    shard: Option<String>,
    caught: Vec<String>,
    missed: Vec<String>,
    unviable: usize,
    timeouts: Vec<String>,
    seconds: u64,
}

impl Figures {
    fn share_caught(&self) -> f64 {
        let viable = self.caught.len() + self.missed.len() + self.timeouts.len();
        if viable == 0 {
            return 100.0;
        }
        (self.caught.len() + self.timeouts.len()) as f64 * 100.0 / viable as f64
    }
}

/// Runs `cargo xtask mutants`.
pub fn run(args: &MutantsArgs) -> Result<()> {
    let crates: Vec<&str> = match &args.krate {
        Some(name) if CRATES.contains(&name.as_str()) => vec![name.as_str()],
        Some(name) => bail!("`{name}` is not one of the portable crates: {}", CRATES.join(", ")),
        None => CRATES.to_vec(),
    };
    let tool = util::tool(&CARGO_MUTANTS)?;
    for krate in crates {
        let figures = mutate(&tool, krate, args)?;
        print(&figures);
    }
    // The report covers every crate's latest run, this one's and earlier ones' (each crate's results stay in its
    // folder under the target directory).
    let mut all = Vec::new();
    for krate in CRATES {
        if let Some(figures) = latest(krate)? {
            all.push(figures);
        }
    }
    write_report(&all)
}

/// The results of `krate`'s latest run, if it has one.
fn latest(krate: &str) -> Result<Option<Figures>> {
    let folder = output_dir(krate);
    let results = folder.join("mutants.out");
    if !results.join("caught.txt").is_file() {
        return Ok(None);
    }
    let meta = std::fs::read_to_string(folder.join("run.txt")).unwrap_or_default();
    let mut lines = meta.lines();
    let seconds = lines.next().and_then(|line| line.parse().ok()).unwrap_or(0);
    let shard = lines.next().filter(|shard| !shard.is_empty()).map(str::to_string);
    Ok(Some(Figures {
        krate: krate.to_string(),
        shard,
        caught: lines_of(&results.join("caught.txt"))?,
        missed: lines_of(&results.join("missed.txt"))?,
        unviable: lines_of(&results.join("unviable.txt"))?.len(),
        timeouts: lines_of(&results.join("timeout.txt"))?,
        seconds,
    }))
}

/// Where `krate`'s runs leave their results.
fn output_dir(krate: &str) -> PathBuf {
    util::target_dir().join("keel").join("mutants").join(krate)
}

fn mutate(tool: &Path, krate: &str, args: &MutantsArgs) -> Result<Figures> {
    let output = output_dir(krate);
    std::fs::create_dir_all(&output)?;
    let mut command = Command::new(tool);
    command.current_dir(util::root()).args(["mutants", "--package", krate, "--output"]).arg(&output);
    // The test-only shell commands are code too: test them as the host tests do.
    if krate == "keel-core" {
        command.args(["--features", "test-commands"]);
    }
    if let Some(shard) = &args.shard {
        command.args(["--shard", shard]);
    }
    if let Some(jobs) = args.jobs {
        command.args(["--jobs", &jobs.to_string()]);
    }
    eprintln!("$ {}", util::describe(&command));
    let started = Instant::now();
    // cargo-mutants exits non-zero when a mutant survives; what it found is in its files either way.
    let status = command.status().with_context(|| format!("starting {}", tool.display()))?;
    let seconds = started.elapsed().as_secs();
    std::fs::write(output.join("run.txt"), format!("{seconds}\n{}\n", args.shard.clone().unwrap_or_default()))?;
    latest(krate)?.with_context(|| format!("cargo-mutants ended ({status}) without results in {}", output.display()))
}

/// The lines of one of cargo-mutants' result files (an absent file has none).
fn lines_of(path: &Path) -> Result<Vec<String>> {
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text.lines().filter(|line| !line.trim().is_empty()).map(str::to_string).collect())
}

impl Figures {
    /// The crate's name, and the shard when the run was one.
    fn label(&self) -> String {
        format!("{}{}", self.krate, self.shard.as_ref().map(|s| format!(" (shard {s})")).unwrap_or_default())
    }
}

fn print(figures: &Figures) {
    eprintln!(
        "{}: {} caught, {} missed, {} timed out, {} unviable: {:.1}% of viable mutants caught ({} s)",
        figures.label(),
        figures.caught.len(),
        figures.missed.len(),
        figures.timeouts.len(),
        figures.unviable,
        figures.share_caught(),
        figures.seconds
    );
    for missed in &figures.missed {
        eprintln!("  missed: {missed}");
    }
}

/// Puts the figures in `docs/mutants.md`, between `<!-- mutants -->` and `<!-- /mutants -->`: a row per crate
/// run, then the survivors.
fn write_report(all: &[Figures]) -> Result<()> {
    let path = util::root().join("docs").join("mutants.md");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut table = String::from(
        "\n| crate | caught | missed | timed out | unviable | share caught | seconds |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for figures in all {
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} | {:.1}% | {} |\n",
            figures.label(),
            figures.caught.len(),
            figures.missed.len(),
            figures.timeouts.len(),
            figures.unviable,
            figures.share_caught(),
            figures.seconds
        ));
    }
    let survivors: Vec<&String> = all.iter().flat_map(|f| &f.missed).collect();
    if !survivors.is_empty() {
        table.push_str("\nSurvivors of this run:\n\n");
        for survivor in survivors {
            table.push_str(&format!("- `{survivor}`\n"));
        }
    }
    let text = util::replace_between(&text, "<!-- mutants -->", "<!-- /mutants -->", &table)?;
    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote the figures into {}", path.display());
    Ok(())
}
