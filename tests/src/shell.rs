//! The console contract of docs/console.md as data: the boot banner and the `status` report, parsed
//! from what the node printed so scenarios can compare fields with the state they injected.

use anyhow::{anyhow, bail, Context, Result};

use crate::console::Reply;

/// What the node printed at boot, up to the first prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    /// The first line, e.g. `Keel 0.1.0 on lm3s6965evb`.
    pub title: String,
    /// The version in the title, e.g. `0.1.0`.
    pub version: String,
    /// The board in the title.
    pub board: String,
    /// The reset reason: `power-on`, `software`, `watchdog`, `panic` or `fault`.
    pub reset: String,
    /// The stored panic message (`last panic: ...`), after a panic or fault.
    pub last_panic: Option<String>,
}

impl Banner {
    /// Parses the boot text (the console output before the first prompt of this boot). Text before the
    /// `Keel ` title line (e.g. the end of the previous boot) is ignored.
    pub fn parse(text: &str) -> Result<Self> {
        let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
        let start = lines
            .iter()
            .rposition(|l| l.starts_with("Keel "))
            .ok_or_else(|| anyhow!("no `Keel <version> on <board>` banner line in the boot output {text:?}"))?;
        let title = lines[start].to_string();
        let (version, board) = title["Keel ".len()..]
            .split_once(" on ")
            .ok_or_else(|| anyhow!("the banner line `{title}` is not `Keel <version> on <board>`"))?;
        let field = |key: &str| lines[start + 1..].iter().find_map(|l| l.strip_prefix(key)).map(str::to_string);
        let reset =
            field("reset: ").ok_or_else(|| anyhow!("no `reset: <reason>` line after the banner in {text:?}"))?;
        Ok(Self {
            version: version.to_string(),
            board: board.to_string(),
            title,
            reset,
            last_panic: field("last panic: "),
        })
    }
}

/// The `temperature:` field.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// `none`: no reading yet.
    None,
    /// A value in degrees C.
    Celsius(f64),
    /// `error (<cause>)`.
    Error(String),
}

impl std::fmt::Display for Reading {
    /// The field as `status` prints it: `none`, `21.500 C` or `error (bus)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reading::None => f.write_str("none"),
            Reading::Celsius(value) => write!(f, "{value:.3} C"),
            Reading::Error(cause) => write!(f, "error ({cause})"),
        }
    }
}

/// ADC statistics of the `adc:` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdcStats {
    /// Latest raw value.
    pub raw: u32,
    /// Moving average of the last samples.
    pub avg: u32,
    /// Mean since boot.
    pub mean: u32,
    /// Minimum seen.
    pub min: u32,
    /// Maximum seen.
    pub max: u32,
}

/// The reply to `status`, field by field.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    /// `uptime:` in seconds.
    pub uptime_s: f64,
    /// `rate:` in Hz.
    pub rate_hz: u32,
    /// `samples:` taken into the pipeline since boot.
    pub samples: u64,
    /// `adc:`, `None` while it says `none` (before the first sample).
    pub adc: Option<AdcStats>,
    /// `temperature:`.
    pub temperature: Reading,
    /// `thresholds:` low and high, degrees C.
    pub thresholds: (f64, f64),
    /// `alarm:` (`off`, `high`, `low`).
    pub alarm: String,
    /// `led:` (`on`, `off`, `blink`).
    pub led: String,
    /// `log:` level.
    pub log: String,
    /// `dropped: samples=`.
    pub dropped_samples: u64,
    /// `dropped: bytes=`.
    pub dropped_bytes: u64,
    /// `dropped: frames=`.
    pub dropped_frames: u64,
    /// `errors: sensor=`.
    pub sensor_errors: u64,
    /// `errors: console=`.
    pub console_errors: u64,
    /// `load: cpu=`: the share of the last second the CPU was busy, in percent (after the first second).
    pub cpu_percent: Option<f64>,
    /// `load: wakeups=`: how many times the CPU woke up in the last second (after the first second).
    pub wakeups_per_s: Option<u32>,
    /// `reset:` reason.
    pub reset: String,
    /// `missing:` the parts of the node the board lacks (no such line: none).
    pub missing: Vec<String>,
}

/// The `status` keys in their documented order.
pub const STATUS_KEYS: &[&str] = &[
    "uptime",
    "rate",
    "samples",
    "adc",
    "temperature",
    "thresholds",
    "alarm",
    "led",
    "log",
    "dropped",
    "errors",
    "load",
    "reset",
];

impl Status {
    /// Parses a `status` reply; the error names the field that is missing or malformed and shows the reply.
    pub fn parse(reply: &Reply) -> Result<Self> {
        Self::parse_fields(reply)
            .with_context(|| format!("parsing the `status` reply:\n  | {}", reply.lines.join("\n  | ")))
    }

    fn parse_fields(reply: &Reply) -> Result<Self> {
        let field = |key: &str| reply.field(key).ok_or_else(|| anyhow!("no `{key}:` line"));
        let adc = match field("adc")? {
            "none" => None,
            text => {
                let values = keyed(text, &["raw", "avg", "mean", "min", "max"])?;
                let [raw, avg, mean, min, max] = [0, 1, 2, 3, 4].map(|i| values[i] as u32);
                Some(AdcStats { raw, avg, mean, min, max })
            }
        };
        let dropped = keyed(field("dropped")?, &["samples", "bytes", "frames"])?;
        let load = match field("load")? {
            "none" => None,
            text => {
                let value = |key: &str, unit: &str| {
                    text.split_whitespace()
                        .find_map(|part| part.strip_prefix(key)?.strip_suffix(unit))
                        .ok_or_else(|| anyhow!("`load: {text}` is not `cpu=<n>% wakeups=<n>/s`"))
                };
                Some((number::<f64>(value("cpu=", "%")?)?, number::<u32>(value("wakeups=", "/s")?)?))
            }
        };
        let errors = keyed(field("errors")?, &["sensor", "console"])?;
        let thresholds = field("thresholds")?;
        let (low, high) = thresholds
            .strip_suffix(" C")
            .and_then(|t| t.split_once(" .. "))
            .ok_or_else(|| anyhow!("`thresholds: {thresholds}` is not `<lo> .. <hi> C`"))?;
        Ok(Self {
            uptime_s: number(field("uptime")?.strip_suffix(" s").ok_or_else(|| anyhow!("uptime has no ` s` unit"))?)?,
            rate_hz: number(field("rate")?.strip_suffix(" Hz").ok_or_else(|| anyhow!("rate has no ` Hz` unit"))?)?,
            samples: number(field("samples")?)?,
            adc,
            temperature: reading(field("temperature")?)?,
            thresholds: (number(low)?, number(high)?),
            alarm: field("alarm")?.to_string(),
            led: field("led")?.to_string(),
            log: field("log")?.to_string(),
            dropped_samples: dropped[0],
            dropped_bytes: dropped[1],
            dropped_frames: dropped[2],
            sensor_errors: errors[0],
            console_errors: errors[1],
            cpu_percent: load.map(|(cpu, _)| cpu),
            wakeups_per_s: load.map(|(_, wakeups)| wakeups),
            reset: field("reset")?.to_string(),
            missing: reply
                .field("missing")
                .map(|m| m.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default(),
        })
    }
}

fn number<T: std::str::FromStr>(text: &str) -> Result<T> {
    text.trim().parse().map_err(|_| anyhow!("`{text}` is not a number"))
}

/// The values of `keys` in `a=1 b=2` text (other keys are ignored here; [`check_layout`] flags them).
fn keyed(text: &str, keys: &[&str]) -> Result<Vec<u64>> {
    keys.iter()
        .map(|key| {
            let value = text
                .split_whitespace()
                .find_map(|part| part.strip_prefix(key).and_then(|p| p.strip_prefix('=')))
                .ok_or_else(|| anyhow!("`{text}` lacks `{key}=`"))?;
            number(value)
        })
        .collect()
}

/// The documented shape of each `status` line: key, then the value with `#` for a number (digits, an
/// optional `-` and `.`, with the text around the `#` literal) and `*` for any word.
pub const STATUS_LAYOUT: &[&str] = &[
    "uptime: # s",
    "rate: # Hz",
    "samples: #",
    "adc: raw=# avg=# mean=# min=# max=#",
    "temperature: # C",
    "thresholds: # .. # C",
    "alarm: *",
    "led: *",
    "log: *",
    "dropped: samples=# bytes=# frames=#",
    "errors: sensor=# console=#",
    "load: cpu=#% wakeups=#/s",
    "reset: *",
];

/// Checks a `status` reply line by line against [`STATUS_LAYOUT`] (also accepting `adc: none`,
/// `temperature: none` and `temperature: error (<cause>)`); the error lists every line that differs.
pub fn check_layout(reply: &Reply) -> Result<()> {
    let mut problems = Vec::new();
    // The optional last line, `missing: <part> ...`, lists what the board lacks.
    let lines: Vec<&String> = reply.lines.iter().filter(|l| !l.starts_with("missing: ")).collect();
    if lines.len() != STATUS_LAYOUT.len() {
        problems.push(format!("{} lines, documented {}", lines.len(), STATUS_LAYOUT.len()));
    }
    for (line, layout) in lines.into_iter().zip(STATUS_LAYOUT) {
        let special = matches!(line.as_str(), "adc: none" | "temperature: none" | "load: none")
            || (line.starts_with("temperature: error (") && line.ends_with(')'));
        if !special && !fits(line, layout) {
            problems.push(format!("`{line}` is not `{layout}`"));
        }
    }
    if !problems.is_empty() {
        bail!("`status` does not follow docs/console.md: {}", problems.join("; "));
    }
    Ok(())
}

/// Whether `line` fits `layout` word by word (`#` a number, `*` any word, else literally).
fn fits(line: &str, layout: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    let shapes: Vec<&str> = layout.split(' ').collect();
    words.len() == shapes.len()
        && words.iter().zip(&shapes).all(|(word, shape)| match shape.split_once('#') {
            _ if *shape == "*" => !word.is_empty(),
            Some((prefix, suffix)) => word
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(suffix))
                .is_some_and(|n| !n.is_empty() && n.parse::<f64>().is_ok()),
            _ => word == shape,
        })
}

fn reading(text: &str) -> Result<Reading> {
    if text == "none" {
        return Ok(Reading::None);
    }
    if let Some(cause) = text.strip_prefix("error (").and_then(|t| t.strip_suffix(')')) {
        return Ok(Reading::Error(cause.to_string()));
    }
    let value = text
        .strip_suffix(" C")
        .ok_or_else(|| anyhow!("temperature `{text}` is not `none`, `<value> C` or `error (<cause>)`"))?;
    Ok(Reading::Celsius(number(value)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = "status\r\nuptime: 12.345 s\r\nrate: 10 Hz\r\nsamples: 123\r\nadc: raw=517 avg=515 mean=514 min=512 max=519\r\n\
        temperature: 21.500 C\r\nthresholds: 0.000 .. 50.000 C\r\nalarm: off\r\nled: blink\r\nlog: info\r\n\
        dropped: samples=0 bytes=0 frames=0\r\nerrors: sensor=0 console=0\r\nload: cpu=2.93% wakeups=17/s\r\nreset: power-on\r\n";

    #[test]
    fn the_documented_example_parses() {
        let status = Status::parse(&Reply::parse("status", EXAMPLE)).unwrap();
        assert_eq!(status.uptime_s, 12.345);
        assert_eq!(status.rate_hz, 10);
        assert_eq!(status.samples, 123);
        assert_eq!(status.adc, Some(AdcStats { raw: 517, avg: 515, mean: 514, min: 512, max: 519 }));
        check_layout(&Reply::parse("status", EXAMPLE)).unwrap();
        assert_eq!(status.temperature, Reading::Celsius(21.5));
        assert_eq!(status.thresholds, (0.0, 50.0));
        assert_eq!((status.alarm.as_str(), status.led.as_str(), status.log.as_str()), ("off", "blink", "info"));
        assert_eq!(
            (status.dropped_samples, status.dropped_bytes, status.sensor_errors, status.console_errors),
            (0, 0, 0, 0)
        );
        assert_eq!((status.cpu_percent, status.wakeups_per_s), (Some(2.93), Some(17)));
        assert_eq!(status.reset, "power-on");
    }

    #[test]
    fn other_readings_and_bad_fields() {
        assert_eq!(reading("none").unwrap(), Reading::None);
        assert_eq!(Reading::Celsius(-10.0).to_string(), "-10.000 C");
        assert_eq!(Reading::Error("no device".into()).to_string(), "error (no device)");
        assert_eq!(reading("error (no device)").unwrap(), Reading::Error("no device".into()));
        assert_eq!(reading("-10.000 C").unwrap(), Reading::Celsius(-10.0));
        assert!(reading("hot").is_err());
        let broken = EXAMPLE.replace("samples: 123", "samples: many");
        let error = format!("{:#}", Status::parse(&Reply::parse("status", &broken)).unwrap_err());
        assert!(error.contains("`many` is not a number"), "{error}");
    }

    #[test]
    fn layout_deviations_are_named() {
        let extra = EXAMPLE.replace("raw=517 avg", "raw=517 last=516 avg");
        let status = Status::parse(&Reply::parse("status", &extra)).unwrap();
        assert_eq!(status.adc.unwrap().mean, 514);
        let error = check_layout(&Reply::parse("status", &extra)).unwrap_err().to_string();
        assert!(
            error.contains(
                "`adc: raw=517 last=516 avg=515 mean=514 min=512 max=519` is not `adc: raw=# avg=# mean=# min=# max=#`"
            ),
            "{error}"
        );
        let early = EXAMPLE
            .replace("adc: raw=517 avg=515 mean=514 min=512 max=519", "adc: none")
            .replace("21.500 C", "error (bus)");
        check_layout(&Reply::parse("status", &early)).unwrap();
        assert_eq!(Status::parse(&Reply::parse("status", &early)).unwrap().adc, None);
        assert!(check_layout(&Reply::parse("status", &EXAMPLE.replace("rate: 10 Hz", "rate: fast Hz"))).is_err());
    }

    #[test]
    fn banners() {
        let banner =
            Banner::parse("junk\r\nKeel 0.1.0 on lm3s6965evb\r\nreset: panic\r\nlast panic: test panic requested\r\n")
                .unwrap();
        assert_eq!(banner.version, "0.1.0");
        assert_eq!(banner.board, "lm3s6965evb");
        assert_eq!(banner.reset, "panic");
        assert_eq!(banner.last_panic.as_deref(), Some("test panic requested"));
        assert!(Banner::parse("hello\r\n").is_err());
    }
}
