//! GPIO output history from QEMU's GPIO trace events, parsed into timestamped levels, and a pin's waveform
//! classified as steady or blinking. Two events are understood:
//! * `pl061_set_output` (Stellaris): `1234@1700000000.123456:pl061_set_output /machine/unattached/device[13]
//!   setting output 0 to 1`;
//! * `nrf51_gpio_update_output_irq` (micro:bit): `1234@1700000000.123456:nrf51_gpio_update_output_irq line 4
//!   value 1` (one port, so no device; a value of -1 means the pin stopped driving and is skipped);
//! * `sifive_gpio_write` (FE310): `1234@1700000000.123456:sifive_gpio_write offset 0xc value 0x680000`, a write
//!   of a GPIO register; writes of `output_val` (offset 0xc) give every pin's level (one port, no device).
//!   (`sifive_gpio_update_output_irq` is not the pins: it reports the port's interrupt lines.)
//!
//! [`TraceFile`] keeps only changes: a report of the level a line already has is dropped.
//!
//! The timestamps are host time (QEMU's `-msg timestamp=on`), so durations are only meaningful without
//! `-icount` (then virtual time follows the host clock); they are good to a few milliseconds.

use std::fmt;
use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;

use anyhow::{Context, Result};

/// One output change of one GPIO line.
#[derive(Debug, Clone, PartialEq)]
pub struct PinChange {
    /// Host time of the change, seconds since the Unix epoch.
    pub at: f64,
    /// QOM path of the GPIO port device, e.g. `/machine/unattached/device[13]` (empty where the event names
    /// no device: the chip has one port).
    pub device: String,
    /// Line number within the port (0..=7).
    pub line: u8,
    /// The new level.
    pub high: bool,
}

/// Parses one trace line; `None` for other lines (other trace events, messages).
pub fn parse_line(line: &str) -> Option<PinChange> {
    let level = |text: &str| match text {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    };
    if let Some((stamp, rest)) = line.split_once(":nrf51_gpio_update_output_irq line ") {
        let (line_number, value) = rest.trim_end().split_once(" value ")?;
        return Some(PinChange {
            at: timestamp(stamp)?,
            device: String::new(),
            line: line_number.parse().ok()?,
            high: level(value)?,
        });
    }
    let (stamp, rest) = line.split_once(":pl061_set_output ")?;
    let (device, rest) = rest.split_once(" setting output ")?;
    let (line_number, value) = rest.trim_end().split_once(" to ")?;
    Some(PinChange {
        at: timestamp(stamp)?,
        device: device.to_string(),
        line: line_number.parse().ok()?,
        high: level(value)?,
    })
}

/// The FE310's `output_val` writes (offset 0xc of its GPIO block): the host time and every pin's level.
pub fn parse_output_register(line: &str) -> Option<(f64, u32)> {
    let (stamp, rest) = line.split_once(":sifive_gpio_write offset ")?;
    let (offset, value) = rest.trim_end().split_once(" value ")?;
    let hex = |text: &str| u32::from_str_radix(text.trim_start_matches("0x"), 16).ok();
    (hex(offset)? == 0xc).then_some(())?;
    Some((timestamp(stamp)?, hex(value)?))
}

/// The host time of a `pid@seconds.micros` trace prefix.
fn timestamp(stamp: &str) -> Option<f64> {
    stamp.split_once('@')?.1.parse().ok()
}

/// A trace file QEMU appends to, read incrementally.
#[derive(Debug)]
pub struct TraceFile {
    path: PathBuf,
    offset: u64,
    partial: String,
    changes: Vec<PinChange>,
}

impl TraceFile {
    /// Follows the trace at `path` (it may not exist yet).
    pub fn new(path: PathBuf) -> Self {
        Self { path, offset: 0, partial: String::new(), changes: Vec::new() }
    }

    /// Reads what QEMU appended since the last call and returns every change so far.
    pub fn poll(&mut self) -> Result<&[PinChange]> {
        let mut file = match std::fs::File::open(&self.path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(&self.changes),
            Err(e) => return Err(e).with_context(|| format!("opening {}", self.path.display())),
        };
        file.seek(SeekFrom::Start(self.offset))?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        self.offset += bytes.len() as u64;
        self.partial.push_str(&String::from_utf8_lossy(&bytes));
        while let Some(end) = self.partial.find('\n') {
            let line: String = self.partial.drain(..=end).collect();
            let reported: Vec<PinChange> = match parse_output_register(&line) {
                Some((at, levels)) => (0..32)
                    .map(|pin| PinChange { at, device: String::new(), line: pin, high: levels >> pin & 1 == 1 })
                    .collect(),
                None => parse_line(&line).into_iter().collect(),
            };
            for change in reported {
                // A report of the level a line already has is not a change.
                let last = self.changes.iter().rev().find(|c| c.device == change.device && c.line == change.line);
                if last.is_none_or(|last| last.high != change.high) {
                    self.changes.push(change);
                }
            }
        }
        Ok(&self.changes)
    }
}

/// One pin's levels over a time window.
#[derive(Debug, Clone, PartialEq)]
pub struct Waveform {
    /// Level at the start of the window.
    pub initial: bool,
    /// Changes inside the window: (host time, new level).
    pub changes: Vec<(f64, bool)>,
    /// Window start and end (host time, seconds).
    pub window: (f64, f64),
}

/// What a pin does, in the terms the LED contract uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pattern {
    /// No change during the window.
    Steady {
        /// The level held.
        high: bool,
    },
    /// Periodic: median high and low times in milliseconds.
    Blinking {
        /// Median time high.
        on_ms: f64,
        /// Median time low.
        off_ms: f64,
    },
    /// Changed, but too few whole periods to measure.
    Irregular,
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Pattern::Steady { high } => write!(f, "steady {}", if *high { "on" } else { "off" }),
            Pattern::Blinking { on_ms, off_ms } => write!(f, "blinking {on_ms:.0} ms on / {off_ms:.0} ms off"),
            Pattern::Irregular => write!(f, "irregular"),
        }
    }
}

impl Pattern {
    /// Whether this is a blink with `on_ms`/`off_ms` each within `tolerance_ms`.
    pub fn is_blinking(&self, on_ms: f64, off_ms: f64, tolerance_ms: f64) -> bool {
        matches!(self, Pattern::Blinking { on_ms: on, off_ms: off }
            if (on - on_ms).abs() <= tolerance_ms && (off - off_ms).abs() <= tolerance_ms)
    }
}

impl Waveform {
    /// The waveform of `device` line `line` between host times `start` and `end`, from all `changes`.
    pub fn of(changes: &[PinChange], device: &str, line: u8, start: f64, end: f64) -> Self {
        let pin: Vec<&PinChange> = changes.iter().filter(|c| c.device == device && c.line == line).collect();
        // Before any recorded change the pin is low (PL061 outputs reset low).
        let initial = pin.iter().rev().find(|c| c.at < start).map(|c| c.high).unwrap_or(false);
        let inside = pin.iter().filter(|c| c.at >= start && c.at < end).map(|c| (c.at, c.high)).collect();
        Self { initial, changes: inside, window: (start, end) }
    }

    /// The same waveform with every level inverted (for a pin that is active low).
    pub fn inverted(self) -> Self {
        Waveform {
            initial: !self.initial,
            changes: self.changes.into_iter().map(|(at, high)| (at, !high)).collect(),
            window: self.window,
        }
    }

    /// Durations (ms) of the complete high and low phases (between two changes inside the window).
    pub fn phases(&self) -> (Vec<f64>, Vec<f64>) {
        let mut high = Vec::new();
        let mut low = Vec::new();
        for pair in self.changes.windows(2) {
            let duration = (pair[1].0 - pair[0].0) * 1000.0;
            if pair[0].1 {
                high.push(duration)
            } else {
                low.push(duration)
            }
        }
        (high, low)
    }

    /// Classifies the waveform.
    pub fn pattern(&self) -> Pattern {
        if self.changes.is_empty() {
            return Pattern::Steady { high: self.initial };
        }
        let (high, low) = self.phases();
        match (median(&high), median(&low)) {
            (Some(on_ms), Some(off_ms)) => Pattern::Blinking { on_ms, off_ms },
            _ => Pattern::Irregular,
        }
    }

    /// A one-line picture of the changes, for failure messages: `+12ms 1, +112ms 0, ...`.
    pub fn describe(&self) -> String {
        let mut text = format!("starts {}", if self.initial { "high" } else { "low" });
        for (at, high) in self.changes.iter().take(40) {
            text.push_str(&format!(", +{:.0}ms {}", (at - self.window.0) * 1000.0, u8::from(*high)));
        }
        if self.changes.len() > 40 {
            text.push_str(&format!(", ... ({} changes)", self.changes.len()));
        }
        text
    }
}

fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    Some(sorted[sorted.len() / 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    const PORT: &str = "/machine/unattached/device[13]";

    #[test]
    fn parses_sifive_output_register_writes() {
        assert_eq!(
            parse_output_register("1@1796175410.5:sifive_gpio_write offset 0xc value 0x680000\n"),
            Some((1796175410.5, 0x68_0000))
        );
        assert_eq!(
            parse_output_register("1@2.0:sifive_gpio_write offset 0x8 value 0x680000"),
            None,
            "output_en, not the levels"
        );
        assert_eq!(parse_output_register("1@2.0:sifive_gpio_read offset 0xc value 0x0"), None);
    }

    #[test]
    fn parses_nrf51_trace_lines() {
        let change = parse_line("10402@1796165911.437920:nrf51_gpio_update_output_irq line 4 value 0\n").unwrap();
        assert_eq!(change, PinChange { at: 1796165911.43792, device: String::new(), line: 4, high: false });
        assert_eq!(parse_line("1@2.0:nrf51_gpio_update_output_irq line 24 value -1"), None);
    }

    #[test]
    fn parses_trace_lines() {
        let change = parse_line(
            "8355@1795268104.502648:pl061_set_output /machine/unattached/device[13] setting output 0 to 1\n",
        )
        .unwrap();
        assert_eq!(change, PinChange { at: 1795268104.502648, device: PORT.into(), line: 0, high: true });
        assert_eq!(parse_line("8355@1.5:pl061_set_output x setting output 3 to 0").unwrap().line, 3);
        assert!(parse_line("pl061_set_output x setting output 0 to 1").is_none(), "needs -msg timestamp=on");
        assert!(parse_line("8355@1.5:pl061_update x GPIODIR 0x1").is_none());
        assert!(parse_line("Timer with period zero, disabling").is_none());
    }

    fn square(on: f64, off: f64, periods: usize) -> Vec<PinChange> {
        let mut t = 100.0;
        let mut changes = Vec::new();
        for _ in 0..periods {
            changes.push(PinChange { at: t, device: PORT.into(), line: 0, high: true });
            t += on / 1000.0;
            changes.push(PinChange { at: t, device: PORT.into(), line: 0, high: false });
            t += off / 1000.0;
        }
        changes
    }

    #[test]
    fn classifies_blinking_and_steady() {
        let heartbeat = square(100.0, 900.0, 5);
        let pattern = Waveform::of(&heartbeat, PORT, 0, 99.0, 106.0).pattern();
        assert!(pattern.is_blinking(100.0, 900.0, 1.0), "{pattern}");
        assert!(!pattern.is_blinking(100.0, 100.0, 20.0));
        assert_eq!(pattern.to_string(), "blinking 100 ms on / 900 ms off");
        let after = Waveform::of(&heartbeat, PORT, 0, 110.0, 112.0);
        assert_eq!(after.pattern(), Pattern::Steady { high: false });
        let mut on = heartbeat.clone();
        on.push(PinChange { at: 105.5, device: PORT.into(), line: 0, high: true });
        assert_eq!(Waveform::of(&on, PORT, 0, 106.0, 108.0).pattern(), Pattern::Steady { high: true });
        assert_eq!(Waveform::of(&heartbeat, PORT, 1, 99.0, 106.0).pattern(), Pattern::Steady { high: false });
        assert_eq!(Waveform::of(&heartbeat, PORT, 0, 99.0, 100.05).pattern(), Pattern::Irregular);
    }

    #[test]
    fn follows_a_growing_file() {
        let path = std::env::temp_dir().join(format!("keel-bench-trace-test-{}.log", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut trace = TraceFile::new(path.clone());
        assert!(trace.poll().unwrap().is_empty());
        std::fs::write(&path, "1@1.0:pl061_set_output d setting output 0 to 1\n1@2.0:pl061_set_out").unwrap();
        assert_eq!(trace.poll().unwrap().len(), 1);
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(b"put d setting output 0 to 0\n").unwrap();
        let changes = trace.poll().unwrap();
        assert_eq!(changes.len(), 2);
        assert!(!changes[1].high);
        std::fs::remove_file(&path).unwrap();
    }
}
