//! The firmware's defmt log, decoded on the host: the rzcobs byte stream from the semihosting chardev is
//! fed to `defmt-decoder` with the table parsed from the same ELF, giving lines with level and timestamp.

use std::io::Read;
use std::thread::JoinHandle;

use anyhow::{Context, Result};
use defmt_decoder::{DecodeError, Table};
use defmt_parser::Level;

/// One decoded log message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    /// `TRACE` .. `ERROR`, or empty for `println!`-style frames.
    pub level: String,
    /// The firmware's timestamp as its format prints it (empty when it has none).
    pub timestamp: String,
    /// The formatted message.
    pub message: String,
}

impl std::fmt::Display for LogLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.timestamp.is_empty(), self.level.is_empty()) {
            (true, true) => write!(f, "{}", self.message),
            (true, false) => write!(f, "{:<5} {}", self.level, self.message),
            (false, true) => write!(f, "{} {}", self.timestamp, self.message),
            (false, false) => write!(f, "{} {:<5} {}", self.timestamp, self.level, self.message),
        }
    }
}

fn level_name(level: Option<Level>) -> &'static str {
    match level {
        Some(Level::Trace) => "TRACE",
        Some(Level::Debug) => "DEBUG",
        Some(Level::Info) => "INFO",
        Some(Level::Warn) => "WARN",
        Some(Level::Error) => "ERROR",
        None => "",
    }
}

/// Decodes a whole recorded defmt stream with the table of `elf` (a program that has ended: `cargo xtask
/// examples`); an error for an ELF without a table or bytes that do not decode.
pub fn decode_all(elf: &[u8], bytes: &[u8]) -> Result<Vec<LogLine>> {
    let table =
        Table::parse(elf).context("reading the defmt table from the ELF")?.context("the ELF has no .defmt table")?;
    let mut decoder = table.new_stream_decoder();
    decoder.received(bytes);
    let mut lines = Vec::new();
    loop {
        match decoder.decode() {
            Ok(frame) => lines.push(LogLine {
                level: level_name(frame.level()).to_string(),
                timestamp: frame.display_timestamp().map(|t| t.to_string()).unwrap_or_default(),
                message: frame.display_message().to_string(),
            }),
            Err(DecodeError::UnexpectedEof) => return Ok(lines),
            Err(DecodeError::Malformed) => {
                let decoded: Vec<String> = lines.iter().map(ToString::to_string).collect();
                anyhow::bail!("malformed defmt frame after:\n{}", decoded.join("\n"))
            }
        }
    }
}

/// What the decoder thread reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogEvent {
    /// A decoded message.
    Line(LogLine),
    /// Bytes that did not decode (a frame from another build, corruption).
    Malformed,
    /// The ELF has no `.defmt` table: the channel's bytes are shown as text lines instead.
    Text(String),
}

/// Decodes `stream` with the defmt table of `elf` on a new thread, calling `sink` for each event until the
/// stream ends. Fails at once when the ELF cannot be parsed.
pub fn spawn_decoder(
    elf: Vec<u8>,
    mut stream: impl Read + Send + 'static,
    mut sink: impl FnMut(LogEvent) + Send + 'static,
) -> Result<JoinHandle<()>> {
    let table = Table::parse(&elf).context("reading the defmt table from the firmware ELF")?;
    let handle = std::thread::Builder::new().name("defmt-decoder".into()).spawn(move || {
        let mut buffer = [0u8; 4096];
        match table {
            Some(table) => {
                let mut decoder = table.new_stream_decoder();
                loop {
                    let n = match stream.read(&mut buffer) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    decoder.received(&buffer[..n]);
                    loop {
                        match decoder.decode() {
                            Ok(frame) => sink(LogEvent::Line(LogLine {
                                level: level_name(frame.level()).to_string(),
                                timestamp: frame.display_timestamp().map(|t| t.to_string()).unwrap_or_default(),
                                message: frame.display_message().to_string(),
                            })),
                            Err(DecodeError::UnexpectedEof) => break,
                            Err(DecodeError::Malformed) => sink(LogEvent::Malformed),
                        }
                    }
                }
            }
            None => {
                let mut partial = Vec::new();
                loop {
                    let n = match stream.read(&mut buffer) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    partial.extend_from_slice(&buffer[..n]);
                    while let Some(end) = partial.iter().position(|&b| b == b'\n') {
                        let line: Vec<u8> = partial.drain(..=end).collect();
                        sink(LogEvent::Text(String::from_utf8_lossy(&line).trim_end().to_string()));
                    }
                }
            }
        }
    })?;
    Ok(handle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_print_like_probe_rs() {
        let line = LogLine { level: "INFO".into(), timestamp: "1.250000".into(), message: "booted".into() };
        assert_eq!(line.to_string(), "1.250000 INFO  booted");
        let bare = LogLine { level: String::new(), timestamp: String::new(), message: "hi".into() };
        assert_eq!(bare.to_string(), "hi");
        assert_eq!(level_name(Some(Level::Warn)), "WARN");
    }

    #[test]
    fn an_elf_without_a_table_is_not_an_error() {
        // The test binary itself is an ELF without `.defmt`.
        let elf = std::fs::read(std::env::current_exe().unwrap()).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let handle = spawn_decoder(elf, &b"plain\ntext\n"[..], move |e| tx.send(e).unwrap()).unwrap();
        handle.join().unwrap();
        let events: Vec<LogEvent> = rx.iter().collect();
        assert_eq!(events, [LogEvent::Text("plain".into()), LogEvent::Text("text".into())]);
    }
}
