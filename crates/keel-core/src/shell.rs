//! The console shell's commands: their table (which `help`, the parser and the full line editor's Tab
//! completion in `crate::editor` read), the parser, the word splitter they share, and the simple line editor of
//! the images without the full one; all free of I/O.
//!
//! Written here rather than taken from a crate: the maintained no_std shells (`menu`, `embedded-cli`,
//! `noline`) each own the output device and dispatch to callbacks with their own error texts, while the core
//! must stay I/O-free (bytes in, text out as actions) and promise exactly one documented error line per
//! bad input line (`docs/console.md`). What remains is word matching over one table.

use crate::alarm::THRESHOLD_RANGE_MC;
use crate::fixed::{self, ParseError};
use crate::led::LedMode;
use crate::text::{display_via_show, Line, Show};
use crate::LogLevel;

/// Longest accepted line, in bytes (not counting the terminator).
pub const MAX_LINE: usize = 80;
/// Accepted sampling rates in Hz.
pub const RATE_RANGE_HZ: core::ops::RangeInclusive<u16> = 1..=100;
/// The prompt printed before each line.
pub const PROMPT: &str = "keel> ";

/// A reason a whole input line is refused before it is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineError {
    /// More than [`MAX_LINE`] bytes before the end of the line.
    TooLong,
    /// A control or non-ASCII byte (the first one seen).
    InvalidByte(u8),
}

impl Show for LineError {
    fn show(&self, line: &mut Line) {
        match *self {
            LineError::TooLong => line.str("line too long (max ").uint(MAX_LINE as u32).str(" bytes)"),
            LineError::InvalidByte(byte) => line.str("invalid byte 0x").hex(byte.into(), 2).str(" in line"),
        };
    }
}

display_via_show!(LineError);

/// What one input byte did to the line [`SimpleEditor`] edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimpleEdit<'a> {
    /// Nothing visible (a discarded byte, or the LF of a CR LF pair).
    Nothing,
    /// A character was added: echo it (the character, as text).
    Echo(&'a str),
    /// The last character was erased: move back over it.
    Erase,
    /// An empty line was entered.
    Empty,
    /// A complete line.
    Line(&'a str),
    /// A complete line that is refused.
    Rejected(LineError),
}

/// Collects bytes into lines, with backspace, a length limit and rejection of binary bytes: the console of the
/// boards built without the `line-editor` feature, which have no flash for [`crate::editor::LineEditor`] (its
/// cost per board is in docs/costs.md). Escape sequences are binary bytes here: an arrow key refuses the line.
#[derive(Debug, Default)]
pub struct SimpleEditor {
    buffer: heapless::String<MAX_LINE>,
    problem: Option<LineError>,
    after_cr: bool,
    complete: bool,
}

impl SimpleEditor {
    /// Feeds one byte.
    pub fn push(&mut self, byte: u8) -> SimpleEdit<'_> {
        if self.complete {
            self.buffer.clear();
            self.problem = None;
            self.complete = false;
        }
        let after_cr = core::mem::replace(&mut self.after_cr, byte == b'\r');
        match byte {
            b'\n' if after_cr => SimpleEdit::Nothing,
            b'\r' | b'\n' => {
                self.complete = true;
                match self.problem {
                    Some(problem) => SimpleEdit::Rejected(problem),
                    None if self.buffer.is_empty() => SimpleEdit::Empty,
                    None => SimpleEdit::Line(self.buffer.as_str()),
                }
            }
            0x08 | 0x7f => {
                if self.problem.is_none() && self.buffer.pop().is_some() {
                    SimpleEdit::Erase
                } else {
                    SimpleEdit::Nothing
                }
            }
            0x20..=0x7e => {
                if self.problem.is_some() {
                    SimpleEdit::Nothing
                } else if self.buffer.push(char::from(byte)).is_err() {
                    self.problem = Some(LineError::TooLong);
                    SimpleEdit::Nothing
                } else {
                    // The byte is ASCII, so it is the buffer's last character on its own.
                    SimpleEdit::Echo(self.buffer.get(self.buffer.len() - 1..).unwrap_or(""))
                }
            }
            other => {
                self.problem.get_or_insert(LineError::InvalidByte(other));
                SimpleEdit::Nothing
            }
        }
    }
}

/// A parsed shell command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// `help`, or `help <command>`.
    Help(Option<&'static Spec>),
    /// `version`
    Version,
    /// `status`
    Status,
    /// `led on|off|blink`
    Led(LedMode),
    /// `rate <hz>`
    Rate(u16),
    /// `thresholds <lo> <hi>` in milli-degrees C.
    Thresholds {
        /// Low threshold.
        low_mc: i32,
        /// High threshold.
        high_mc: i32,
    },
    /// `log <level>`
    Log(LogLevel),
    /// `reset`
    Reset,
    /// `test stall|panic|unwire|fault|jam` (test firmware only).
    #[cfg(feature = "test-commands")]
    Test(crate::Misbehaviour),
}

/// Why a line is not a valid command. Displays as the text after `error: `.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandError<'a> {
    /// The first word is not a command.
    Unknown(&'a str),
    /// Wrong number of arguments; holds the command, whose syntax the error shows.
    Usage(&'static Spec),
    /// An argument that should be a number is not one.
    BadNumber(&'a str),
    /// `rate` outside [`RATE_RANGE_HZ`].
    RateOutOfRange,
    /// A threshold outside [`THRESHOLD_RANGE_MC`].
    ThresholdOutOfRange,
    /// The low threshold is not below the high one.
    ThresholdOrder,
    /// `led` with something other than on/off/blink.
    BadLedMode,
    /// `log` with an unknown level.
    BadLogLevel,
}

impl Show for CommandError<'_> {
    fn show(&self, line: &mut Line) {
        match *self {
            CommandError::Unknown(word) => line.str("unknown command `").str(word).str("` (try `help`)"),
            CommandError::Usage(spec) => line.str("usage: ").show(spec),
            CommandError::BadNumber(word) => line.str("bad number `").str(word).str("`"),
            CommandError::RateOutOfRange => line
                .str("rate must be ")
                .uint((*RATE_RANGE_HZ.start()).into())
                .str("..=")
                .uint((*RATE_RANGE_HZ.end()).into())
                .str(" Hz"),
            CommandError::ThresholdOutOfRange => line
                .str("threshold must be ")
                .int(THRESHOLD_RANGE_MC.start() / 1000)
                .str("..=")
                .int(THRESHOLD_RANGE_MC.end() / 1000)
                .str(" C"),
            CommandError::ThresholdOrder => line.str("low threshold must be below high"),
            CommandError::BadLedMode => line.str("led takes on, off or blink"),
            CommandError::BadLogLevel => line.str("log takes off, error, warn, info, debug or trace"),
        };
    }
}

display_via_show!(CommandError<'_>);

/// One shell command, as `help` shows it and Tab completes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// The command's word.
    pub name: &'static str,
    /// What follows the name in its syntax: nothing, placeholders (`<lo> <hi>`, `[command]`), or the words it
    /// takes as alternatives (`on|off|blink`), which Tab completes.
    pub takes: &'static str,
    /// What it does, with its range.
    pub what: &'static str,
    /// A line that runs it.
    pub example: &'static str,
}

impl Show for Spec {
    /// The syntax: `rate <hz>`.
    fn show(&self, line: &mut Line) {
        line.str(self.name);
        if !self.takes.is_empty() {
            line.str(" ").str(self.takes);
        }
    }
}

display_via_show!(Spec);

/// Every command, in `help` order.
pub const COMMANDS: &[Spec] = &[
    Spec { name: "help", takes: "[command]", what: "list the commands, or one in full", example: "help rate" },
    Spec { name: "version", takes: "", what: "firmware and protocol version", example: "version" },
    Spec { name: "status", takes: "", what: "uptime, sampling, readings, counters, reset reason", example: "status" },
    Spec { name: "led", takes: LedMode::NAMES, what: "drive the LED (blink = heartbeat)", example: "led blink" },
    Spec { name: "rate", takes: "<hz>", what: "sampling rate, 1..=100 Hz", example: "rate 50" },
    Spec { name: "thresholds", takes: "<lo> <hi>", what: "alarm band, degrees C, -55..=125", example: "thresholds 18.5 30" },
    Spec { name: "log", takes: LogLevel::NAMES, what: "how much the node logs", example: "log debug" },
    Spec { name: "reset", takes: "", what: "restart the node", example: "reset" },
    #[cfg(feature = "test-commands")]
    Spec {
        name: "test",
        takes: "stall|panic|unwire|fault|jam",
        what: "test firmware only: stall the watchdog, panic, disable an interrupt, fault, or jam the telemetry link for 2 s",
        example: "test panic",
    },
];

/// The `index`-th of the fields of `text` that `separator` ends or separates (`on|off|blink`, or lines each ended
/// by a line feed), counting from 0; none past the last. Byte by byte: `str::split` would bring a searcher, with
/// its panic formatting, into flash.
pub fn field(text: &str, separator: u8, index: usize) -> Option<&str> {
    let mut rest = text;
    for _ in 0..index {
        rest = rest.get(rest.bytes().position(|b| b == separator)? + 1..)?;
    }
    rest.get(..rest.bytes().position(|b| b == separator).unwrap_or(rest.len()))
}

/// Which of the `|`-separated words of `words` `word` is.
pub fn position(words: &str, word: &str) -> Option<usize> {
    (0..).map_while(|index| field(words, b'|', index)).position(|candidate| candidate == word)
}

/// The command called `name`.
pub fn spec(name: &str) -> Option<&'static Spec> {
    COMMANDS.iter().find(|spec| spec.name == name)
}

/// Parses one line (already known to be non-empty, printable ASCII).
pub fn parse(line: &str) -> Result<Command, CommandError<'_>> {
    let mut words = line.split_ascii_whitespace();
    let Some(name) = words.next() else {
        return Err(CommandError::Unknown(""));
    };
    let mut args: heapless::Vec<&str, 3> = heapless::Vec::new();
    for word in words {
        if args.push(word).is_err() {
            return Err(usage_or_unknown(name));
        }
    }
    // Slice patterns rather than `args[0]`: the arity is checked where the words are taken, and no index can fail
    // (an index would keep a bounds-check panic, and with it `core::fmt`'s integer formatting, in flash).
    match (name, args.as_slice()) {
        ("help", &[]) => Ok(Command::Help(None)),
        ("help", &[command]) => {
            spec(command).map(|spec| Command::Help(Some(spec))).ok_or(CommandError::Unknown(command))
        }
        ("version", &[]) => Ok(Command::Version),
        ("status", &[]) => Ok(Command::Status),
        ("reset", &[]) => Ok(Command::Reset),
        ("led", &[mode]) => LedMode::from_name(mode).map(Command::Led).ok_or(CommandError::BadLedMode),
        ("rate", &[hz]) => match fixed::parse_u32(hz) {
            Ok(hz) => u16::try_from(hz)
                .ok()
                .filter(|hz| RATE_RANGE_HZ.contains(hz))
                .map(Command::Rate)
                .ok_or(CommandError::RateOutOfRange),
            Err(ParseError::Overflow) => Err(CommandError::RateOutOfRange),
            Err(ParseError::Malformed) => Err(CommandError::BadNumber(hz)),
        },
        ("thresholds", &[low, high]) => {
            let low_mc = threshold(low)?;
            let high_mc = threshold(high)?;
            if low_mc >= high_mc {
                return Err(CommandError::ThresholdOrder);
            }
            Ok(Command::Thresholds { low_mc, high_mc })
        }
        ("log", &[level]) => LogLevel::from_name(level).map(Command::Log).ok_or(CommandError::BadLogLevel),
        #[cfg(feature = "test-commands")]
        ("test", &[what]) => match what {
            "stall" => Ok(Command::Test(crate::Misbehaviour::Stall)),
            "panic" => Ok(Command::Test(crate::Misbehaviour::Panic)),
            "unwire" => Ok(Command::Test(crate::Misbehaviour::Unwire)),
            "fault" => Ok(Command::Test(crate::Misbehaviour::Fault)),
            "jam" => Ok(Command::Test(crate::Misbehaviour::Jam)),
            _ => Err(usage_or_unknown(name)),
        },
        _ => Err(usage_or_unknown(name)),
    }
}

fn usage_or_unknown(name: &str) -> CommandError<'_> {
    spec(name).map_or(CommandError::Unknown(name), CommandError::Usage)
}

fn threshold(word: &str) -> Result<i32, CommandError<'_>> {
    match fixed::parse_milli(word) {
        Ok(mc) if THRESHOLD_RANGE_MC.contains(&mc) => Ok(mc),
        Ok(_) | Err(ParseError::Overflow) => Err(CommandError::ThresholdOutOfRange),
        Err(ParseError::Malformed) => Err(CommandError::BadNumber(word)),
    }
}

/// Formats a threshold pair as the shell shows it: `10.000 .. 40.000 C`.
pub struct Band(pub i32, pub i32);

impl Show for Band {
    fn show(&self, line: &mut Line) {
        line.milli(self.0).str(" .. ").milli(self.1).str(" C");
    }
}

display_via_show!(Band);

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(editor: &mut SimpleEditor, bytes: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        for &b in bytes {
            match editor.push(b) {
                SimpleEdit::Line(line) => out.push(format!("line:{line}")),
                SimpleEdit::Rejected(e) => out.push(format!("rejected:{e}")),
                SimpleEdit::Empty => out.push("empty".into()),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn lines_end_at_cr_lf_or_crlf_once() {
        let mut e = SimpleEditor::default();
        assert_eq!(feed(&mut e, b"a\rb\nc\r\nd\n\r"), ["line:a", "line:b", "line:c", "line:d", "empty"]);
    }

    #[test]
    fn backspace_and_delete_erase() {
        let mut e = SimpleEditor::default();
        assert_eq!(e.push(b'x'), SimpleEdit::Echo("x"));
        assert_eq!(e.push(0x08), SimpleEdit::Erase);
        assert_eq!(e.push(0x7f), SimpleEdit::Nothing, "nothing left to erase");
        assert_eq!(feed(&mut e, b"ledd\x7f on\r"), ["line:led on"]);
    }

    #[test]
    fn over_long_line_is_rejected_once_and_the_next_line_works() {
        let mut e = SimpleEditor::default();
        let mut input = vec![b'a'; MAX_LINE + 10];
        input.extend_from_slice(b"\rhelp\r");
        assert_eq!(feed(&mut e, &input), ["rejected:line too long (max 80 bytes)", "line:help"]);
        let exact = [b'b'; MAX_LINE];
        assert_eq!(feed(&mut e, &[&exact[..], b"\r"].concat()).len(), 1);
        assert!(feed(&mut e, &[&exact[..], b"\r"].concat())[0].starts_with("line:"));
    }

    #[test]
    fn binary_bytes_reject_the_line_naming_the_first() {
        let mut e = SimpleEditor::default();
        assert_eq!(feed(&mut e, b"st\x00\xffatus\r"), ["rejected:invalid byte 0x00 in line"]);
        assert_eq!(feed(&mut e, b"\x1b[A\r"), ["rejected:invalid byte 0x1b in line"]);
    }

    #[test]
    fn parses_every_command() {
        assert_eq!(parse("help"), Ok(Command::Help(None)));
        assert_eq!(parse("help rate"), Ok(Command::Help(Some(&COMMANDS[4]))));
        assert_eq!(parse("version"), Ok(Command::Version));
        assert_eq!(parse("status"), Ok(Command::Status));
        assert_eq!(parse("reset"), Ok(Command::Reset));
        assert_eq!(parse("led on"), Ok(Command::Led(LedMode::On)));
        assert_eq!(parse("led off"), Ok(Command::Led(LedMode::Off)));
        assert_eq!(parse("  led   blink "), Ok(Command::Led(LedMode::Blink)));
        assert_eq!(parse("rate 50"), Ok(Command::Rate(50)));
        assert_eq!(parse("rate 1"), Ok(Command::Rate(1)));
        assert_eq!(parse("rate 100"), Ok(Command::Rate(100)));
        assert_eq!(parse("thresholds 10 40.5"), Ok(Command::Thresholds { low_mc: 10_000, high_mc: 40_500 }));
        assert_eq!(parse("thresholds -55 125"), Ok(Command::Thresholds { low_mc: -55_000, high_mc: 125_000 }));
        assert_eq!(parse("log debug"), Ok(Command::Log(LogLevel::Debug)));
        assert_eq!(parse("log off"), Ok(Command::Log(LogLevel::Off)));
    }

    fn error(line: &str) -> String {
        parse(line).unwrap_err().to_string()
    }

    #[test]
    fn every_error_has_its_message() {
        assert_eq!(error("frobnicate"), "unknown command `frobnicate` (try `help`)");
        assert_eq!(error("HELP"), "unknown command `HELP` (try `help`)");
        assert_eq!(error("rate"), "usage: rate <hz>");
        assert_eq!(error("rate 1 2"), "usage: rate <hz>");
        assert_eq!(error("help me"), "unknown command `me` (try `help`)");
        assert_eq!(error("help me now"), "usage: help [command]");
        assert_eq!(error("led"), "usage: led on|off|blink");
        assert_eq!(error("thresholds 1"), "usage: thresholds <lo> <hi>");
        assert_eq!(error("status a b c d"), "usage: status");
        assert_eq!(error("log"), "usage: log off|error|warn|info|debug|trace");
        assert_eq!(error("rate fast"), "bad number `fast`");
        assert_eq!(error("rate -5"), "bad number `-5`");
        assert_eq!(error("rate 0"), "rate must be 1..=100 Hz");
        assert_eq!(error("rate 101"), "rate must be 1..=100 Hz");
        assert_eq!(error("rate 99999999999999"), "rate must be 1..=100 Hz");
        assert_eq!(error("thresholds x 10"), "bad number `x`");
        assert_eq!(error("thresholds 10 1.2345"), "bad number `1.2345`");
        assert_eq!(error("thresholds -60 10"), "threshold must be -55..=125 C");
        assert_eq!(error("thresholds 10 200"), "threshold must be -55..=125 C");
        assert_eq!(error("thresholds 40 10"), "low threshold must be below high");
        assert_eq!(error("thresholds 10 10"), "low threshold must be below high");
        assert_eq!(error("led purple"), "led takes on, off or blink");
        assert_eq!(error("log loud"), "log takes off, error, warn, info, debug or trace");
    }

    #[test]
    fn help_names_one_command() {
        for spec in COMMANDS {
            assert_eq!(parse(&format!("help {}", spec.name)), Ok(Command::Help(Some(spec))));
        }
    }

    #[cfg(not(feature = "test-commands"))]
    #[test]
    fn test_commands_do_not_exist_in_shipped_firmware() {
        assert_eq!(error("test panic"), "unknown command `test` (try `help`)");
    }

    #[cfg(feature = "test-commands")]
    #[test]
    fn test_commands_parse_in_test_firmware() {
        assert_eq!(parse("test stall"), Ok(Command::Test(crate::Misbehaviour::Stall)));
        assert_eq!(parse("test panic"), Ok(Command::Test(crate::Misbehaviour::Panic)));
        assert_eq!(parse("test unwire"), Ok(Command::Test(crate::Misbehaviour::Unwire)));
        assert_eq!(parse("test fault"), Ok(Command::Test(crate::Misbehaviour::Fault)));
        assert_eq!(parse("test jam"), Ok(Command::Test(crate::Misbehaviour::Jam)));
        assert_eq!(error("test dance"), "usage: test stall|panic|unwire|fault|jam");
    }
}
