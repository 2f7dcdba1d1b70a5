//! The console's line editor: what a terminal's keys do to the line being typed, and the bytes that show it.
//!
//! It knows the keys people reach for at a shell prompt: the arrows, Home and End, Delete and Backspace,
//! Tab to complete, Up and Down to recall earlier lines, and the readline control keys (Ctrl-A, -E, -B, -F,
//! -D, -K, -U, -P, -N, -C). Terminals send the named keys as escape sequences, in more than one dialect: the
//! arrows as `ESC [ A` in normal mode and `ESC O A` in application mode, Home as `ESC [ H`, `ESC O H`,
//! `ESC [ 1 ~` or `ESC [ 7 ~`, Delete as `ESC [ 3 ~`. Each sequence is read into the control key that does
//! the same thing, so the editing itself is one `match`. A sequence the editor does not know (a function
//! key, Alt with a letter) is read to its end and dropped; one cut short (by Enter, by a second ESC, by any
//! byte that cannot continue it) ends there, and that byte counts on its own.
//!
//! The terminal is redrawn with relative moves (`ESC [ n D`, `ESC [ n C`) and erase-to-end (`ESC [ K`), from
//! the first column that changed: typing at the end of the line echoes one byte, as a plain echo does. A line
//! wider than the terminal wraps, and the relative moves then stop at its edge; a line is at most
//! [`MAX_LINE`] bytes, so that takes a terminal narrower than 86 columns.
//!
//! Written here rather than taken from a crate: `noline` and `embedded-cli` own the output device and
//! history storage, while the node is I/O-free and the smallest board has about 150 bytes of flash to spare.
//! This is one state byte for escapes, one `match` on keys and one redraw routine (its cost is measured in
//! docs/costs.md).

use crate::shell::{self, LineError, MAX_LINE, PROMPT};
use crate::text::Line;

/// The bytes of RAM that hold the lines Up recalls: as many of the last lines as fit, each with its line feed
/// (eight of `rate 10`, one of the longest line and a few short ones). The node is built on the stack at start-up
/// and moved into place, so every byte here counts two or three times in the stack's peak as well.
pub const HISTORY_BYTES: usize = 128;

/// The text of a line: printable ASCII only, so every byte index is a character boundary.
type Text = heapless::String<MAX_LINE, u8>;

/// What one input byte did to the line being edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit<'a> {
    /// Nothing to show (a byte inside an escape sequence, a key with nothing to do, the LF of a CR LF pair).
    Nothing,
    /// The line changed on the terminal: send the text the editor wrote into the echo [`Line`].
    Echo,
    /// An empty line was entered.
    Empty,
    /// A complete line.
    Line(&'a str),
    /// A complete line that is refused.
    Rejected(LineError),
}

// The control keys that the named keys are read into (readline's bindings of the same keys).
const HOME: u8 = 0x01; // Ctrl-A
const LEFT: u8 = 0x02; // Ctrl-B
const CANCEL: u8 = 0x03; // Ctrl-C
const DELETE: u8 = 0x04; // Ctrl-D
const END: u8 = 0x05; // Ctrl-E
const RIGHT: u8 = 0x06; // Ctrl-F
const TAB: u8 = 0x09;
const KILL_TO_END: u8 = 0x0b; // Ctrl-K
const DOWN: u8 = 0x0e; // Ctrl-N
const UP: u8 = 0x10; // Ctrl-P
const KILL_LINE: u8 = 0x15; // Ctrl-U
const ESC: u8 = 0x1b;

/// The bytes that end `ESC [` and `ESC O` sequences for xterm's cursor keys, Home and End, and those keys.
const FINALS: &[u8; 6] = b"ABCDHF";
const FINAL_KEYS: [u8; 6] = [UP, DOWN, RIGHT, LEFT, HOME, END];
/// What `ESC [ n ~` means for n = 1 to 8 (VT220: Home, Insert, Delete, End, Page Up, Page Down; rxvt: Home,
/// End); 0 is a key the editor does not use.
const TILDE_KEYS: [u8; 8] = [HOME, 0, DELETE, END, 0, 0, HOME, END];

/// Where the editor is in an escape sequence (the `escape` field).
const GROUND: u8 = 0;
const AFTER_ESC: u8 = 1;
/// After `ESC [` or `ESC O`, with the parameter read so far in `parameter`.
const IN_SEQUENCE: u8 = 2;

/// Collects bytes into lines, with cursor movement, history and completion, a length limit and rejection of
/// binary bytes.
#[derive(Debug, Default)]
pub struct LineEditor {
    buffer: Text,
    /// Where the cursor is in `buffer` (and on the terminal, after the prompt).
    cursor: usize,
    problem: Option<LineError>,
    escape: u8,
    parameter: u8,
    after_cr: bool,
    after_tab: bool,
    complete: bool,
    /// Earlier lines, the newest first, each ended by a line feed.
    history: heapless::String<HISTORY_BYTES, u8>,
    /// Which of them the line shows (1 = the newest), or 0 when it is a new line.
    recalled: usize,
}

impl LineEditor {
    /// Feeds one byte. What the terminal should show goes into `echo` (which is emptied first) when the
    /// result is [`Edit::Echo`].
    pub fn push(&mut self, byte: u8, echo: &mut Line) -> Edit<'_> {
        echo.clear();
        if self.complete {
            self.buffer.clear();
            self.cursor = 0;
            self.problem = None;
            self.recalled = 0;
            self.complete = false;
        }
        let after_cr = core::mem::replace(&mut self.after_cr, byte == b'\r');
        let after_tab = core::mem::replace(&mut self.after_tab, byte == TAB);
        let Some(key) = self.decode(byte) else {
            return Edit::Nothing;
        };
        let cursor = self.cursor;
        let length = self.buffer.len();
        // Every edit replaces `remove` bytes at `at` with `insert` and leaves the cursor at `to`.
        let (mut at, mut remove, mut to) = (cursor, 0, cursor);
        let mut typed = Text::new();
        let mut insert = "";
        match key {
            b'\n' if after_cr => return Edit::Nothing,
            b'\r' | b'\n' => return self.finish(),
            CANCEL => {
                echo.str("^C\r\n").str(PROMPT);
                self.complete = true;
                return Edit::Echo;
            }
            KILL_LINE => {
                self.problem = None;
                (at, remove, to) = (0, length, 0);
            }
            // Once a line is refused, only its end, Ctrl-C and Ctrl-U do anything.
            _ if self.problem.is_some() => {}
            HOME => to = 0,
            END => to = length,
            LEFT => to = cursor.saturating_sub(1),
            RIGHT => to = length.min(cursor + 1),
            0x08 | 0x7f => {
                if cursor > 0 {
                    (at, remove, to) = (cursor - 1, 1, cursor - 1);
                }
            }
            DELETE => remove = usize::from(cursor < length),
            KILL_TO_END => remove = length - cursor,
            UP | DOWN => {
                let next = if key == UP { self.recalled + 1 } else { self.recalled.saturating_sub(1) };
                if let Some(line) = if next == 0 { Some("") } else { remembered(&self.history, next) } {
                    self.recalled = next;
                    insert = line;
                    (at, remove, to) = (0, length, line.len());
                }
            }
            TAB => {
                let (completion, whole) = self.complete(after_tab, echo);
                let _ = typed.push_str(completion);
                if whole {
                    let _ = typed.push(' ');
                }
                insert = &typed;
                to = cursor + insert.len();
            }
            0x20..=0x7e => {
                let _ = typed.push(char::from(byte));
                insert = &typed;
                to = cursor + 1;
            }
            other => self.problem = Some(LineError::InvalidByte(other)),
        }
        let mut from = None;
        if remove > 0 || !insert.is_empty() {
            if splice(&mut self.buffer, at, remove, insert) {
                from = Some(at);
            } else {
                self.problem = Some(LineError::TooLong);
                to = cursor;
            }
        }
        self.cursor = to;
        // What brings the terminal from its cursor at `cursor` to showing the line now: the text from the first
        // changed column on, an erase when the line got shorter, and the cursor put where it belongs.
        match from {
            None => step(echo, cursor, to),
            Some(from) => {
                step(echo, cursor, from);
                echo.str(self.buffer.get(from..).unwrap_or(""));
                if self.buffer.len() < length {
                    echo.str("\x1b[K");
                }
                step(echo, self.buffer.len(), to);
            }
        }
        if echo.as_str().is_empty() {
            Edit::Nothing
        } else {
            Edit::Echo
        }
    }

    /// Reads escape sequences into the control key that does the same; `None` while inside one. A byte that
    /// cannot continue a sequence ends it and counts on its own.
    fn decode(&mut self, byte: u8) -> Option<u8> {
        let state = core::mem::replace(&mut self.escape, GROUND);
        match (state, byte) {
            (_, ESC) => self.escape = AFTER_ESC,
            (AFTER_ESC, b'[' | b'O') => {
                self.escape = IN_SEQUENCE;
                self.parameter = 0;
            }
            (IN_SEQUENCE, b'0'..=b'9') => {
                self.escape = IN_SEQUENCE;
                self.parameter = self.parameter.saturating_mul(10).saturating_add(byte - b'0');
            }
            // A parameter separator (`ESC [ 1 ; 5 D` is Ctrl-Left: a left here) or an intermediate byte.
            (IN_SEQUENCE, 0x20..=0x2f | b';') => {
                self.escape = IN_SEQUENCE;
                self.parameter = 0;
            }
            (IN_SEQUENCE, b'~') => {
                return TILDE_KEYS.get(usize::from(self.parameter).wrapping_sub(1)).copied().filter(|&key| key != 0);
            }
            (IN_SEQUENCE, 0x40..=0x7e) => {
                return FINALS.iter().position(|&end| end == byte).and_then(|index| FINAL_KEYS.get(index)).copied();
            }
            // After a lone ESC, a printable byte is Alt with that key: dropped, as a final byte not known above is.
            (AFTER_ESC, 0x20..=0x7e) => {}
            _ => return Some(byte),
        }
        None
    }

    /// The line has ended: it is refused, empty, or remembered and returned.
    fn finish(&mut self) -> Edit<'_> {
        self.complete = true;
        if let Some(problem) = self.problem {
            return Edit::Rejected(problem);
        }
        if self.buffer.is_empty() {
            return Edit::Empty;
        }
        if remembered(&self.history, 1) != Some(&self.buffer) {
            // The line first, then the older ones for as long as they fit whole.
            let mut kept = heapless::String::new();
            let _ = kept.push_str(&self.buffer).and(kept.push('\n'));
            let mut older = self.history.as_str();
            while let Some(end) = older.bytes().position(|b| b == b'\n') {
                if older.get(..=end).is_none_or(|line| kept.push_str(line).is_err()) {
                    break;
                }
                older = older.get(end + 1..).unwrap_or("");
            }
            self.history = kept;
        }
        Edit::Line(&self.buffer)
    }

    /// Tab: what completes the word before the cursor (a command name first, then a word the command takes), as
    /// far as the candidates agree, and whether it completed a whole word (which then gets its space). When
    /// there is nothing to add, a second Tab in a row lists the candidates into `echo`, with the prompt and the
    /// line drawn again below.
    fn complete(&self, list: bool, echo: &mut Line) -> (&'static str, bool) {
        let before = self.buffer.get(..self.cursor).unwrap_or("");
        let space = before.bytes().position(|b| b == b' ');
        // After a second space no candidate matches: the words of alternatives hold none.
        let word = before.get(space.map_or(0, |at| at + 1)..).unwrap_or("");
        let (mut count, mut first, mut agreed) = (0, "", 0);
        echo.str("\r\n");
        for spec in shell::COMMANDS {
            let words = match space {
                None => spec.name,
                Some(at) if before.get(..at) == Some(spec.name) => spec.takes,
                _ => continue,
            };
            // The `|`-separated alternatives; a placeholder (`<hz>`) is not a word to type.
            for candidate in (0..).map_while(|index| shell::field(words, b'|', index)) {
                if candidate.starts_with(word) && candidate.bytes().next().is_some_and(|b| b.is_ascii_lowercase()) {
                    if count == 0 {
                        (first, agreed) = (candidate, candidate.len());
                    }
                    agreed = agreed.min(first.bytes().zip(candidate.bytes()).take_while(|(a, b)| a == b).count());
                    count += 1;
                    echo.str(candidate).str(" ");
                }
            }
        }
        let insert = first.get(word.len()..agreed).unwrap_or("");
        if insert.is_empty() && list && count > 1 {
            echo.str("\r\n").str(PROMPT).str(&self.buffer);
            step(echo, self.buffer.len(), self.cursor);
        } else {
            echo.clear();
        }
        (insert, count == 1)
    }
}

/// The `index`-th line of `history` (lines each ended by a line feed, the newest first), 1 being the newest.
fn remembered(history: &str, index: usize) -> Option<&str> {
    shell::field(history, b'\n', index.checked_sub(1)?).filter(|line| !line.is_empty())
}

/// Replaces `remove` bytes of `text` at `at` with `insert`; `false`, and no change, when the result would not
/// fit.
fn splice(text: &mut Text, at: usize, remove: usize, insert: &str) -> bool {
    let mut spliced = Text::new();
    let head = text.get(..at).unwrap_or("");
    let tail = text.get(at + remove..).unwrap_or("");
    let fits = spliced.push_str(head).and(spliced.push_str(insert)).and(spliced.push_str(tail)).is_ok();
    if fits {
        *text = spliced;
    }
    fits
}

/// Moves the terminal's cursor from column `from` to column `to` of the line.
fn step(echo: &mut Line, from: usize, to: usize) {
    if from != to {
        echo.str("\x1b[").uint(from.abs_diff(to) as u32).str(if to < from { "D" } else { "C" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A terminal's line as the editor's output draws it: the text and the cursor's column, prompt included.
    struct Terminal {
        line: Vec<u8>,
        cursor: usize,
    }

    impl Terminal {
        fn new() -> Self {
            Terminal { line: PROMPT.as_bytes().to_vec(), cursor: PROMPT.len() }
        }

        /// Applies the editor's output: text overwrites at the cursor, CR and LF, and the three sequences the
        /// editor sends (`ESC [ n D`, `ESC [ n C`, `ESC [ K`). Anything else fails the test.
        fn apply(&mut self, bytes: &[u8]) {
            let mut rest = bytes;
            while let Some((&byte, after)) = rest.split_first() {
                rest = after;
                match byte {
                    b'\r' => self.cursor = 0,
                    b'\n' => self.line.clear(),
                    0x1b => {
                        let end = rest.iter().position(|b| b.is_ascii_alphabetic()).expect("a whole sequence");
                        let (body, command) = (&rest[1..end], rest[end]);
                        assert_eq!(rest[0], b'[', "{bytes:?}");
                        let n: usize = std::str::from_utf8(body).unwrap().parse().unwrap_or(0);
                        match command {
                            b'D' => self.cursor = self.cursor.checked_sub(n).expect("no move left of column 0"),
                            b'C' => self.cursor += n,
                            b'K' => self.line.truncate(self.cursor),
                            other => panic!("unexpected sequence ending {other}"),
                        }
                        rest = &rest[end + 1..];
                    }
                    0x20..=0x7e => {
                        if self.cursor < self.line.len() {
                            self.line[self.cursor] = byte;
                        } else {
                            self.line.resize(self.cursor, b' ');
                            self.line.push(byte);
                        }
                        self.cursor += 1;
                    }
                    other => panic!("the editor wrote byte {other:#04x}"),
                }
            }
        }

        fn shows(&self) -> String {
            String::from_utf8(self.line.clone()).unwrap()
        }
    }

    /// An editor and the terminal it draws on; `type_in` returns the lines it completed.
    struct Session {
        editor: LineEditor,
        terminal: Terminal,
        output: String,
    }

    impl Session {
        fn new() -> Self {
            Session { editor: LineEditor::default(), terminal: Terminal::new(), output: String::new() }
        }

        fn type_in(&mut self, bytes: &[u8]) -> Vec<String> {
            let mut lines = Vec::new();
            let mut echo = Line::new();
            for &byte in bytes {
                match self.editor.push(byte, &mut echo) {
                    Edit::Nothing => assert_eq!(echo.as_str(), ""),
                    Edit::Echo => {
                        self.output.push_str(echo.as_str());
                        self.terminal.apply(echo.as_str().as_bytes());
                    }
                    done => {
                        lines.push(match done {
                            Edit::Line(line) => format!("line:{line}"),
                            Edit::Rejected(problem) => format!("rejected:{problem}"),
                            _ => "empty".into(),
                        });
                        // The node answers and prints a fresh prompt.
                        self.terminal = Terminal::new();
                    }
                }
                if !self.editor.complete {
                    assert_eq!(self.terminal.shows(), format!("{PROMPT}{}", self.editor.buffer), "after {byte:#04x}");
                    assert_eq!(self.terminal.cursor, PROMPT.len() + self.editor.cursor, "after {byte:#04x}");
                }
            }
            lines
        }
    }

    fn lines(bytes: &[u8]) -> Vec<String> {
        Session::new().type_in(bytes)
    }

    #[test]
    fn lines_end_at_cr_lf_or_crlf_once() {
        assert_eq!(lines(b"a\rb\nc\r\nd\n\r"), ["line:a", "line:b", "line:c", "line:d", "empty"]);
    }

    #[test]
    fn typing_at_the_end_echoes_each_byte_alone() {
        let mut session = Session::new();
        session.type_in(b"status");
        assert_eq!(session.output, "status");
    }

    #[test]
    fn backspace_and_delete_erase_before_the_cursor() {
        assert_eq!(lines(b"ledd\x7f on\r"), ["line:led on"]);
        assert_eq!(lines(b"x\x08\x08\x7fversion\r"), ["line:version"], "nothing left to erase is harmless");
        let mut session = Session::new();
        session.type_in(b"ab\x08");
        assert_eq!(session.output, "ab\x1b[1D\x1b[K");
    }

    /// The issue's example: `sttus`, Left three times, `a`, Enter runs `status`; the terminal shows it too.
    #[test]
    fn a_typo_is_fixed_in_the_middle_of_the_line() {
        let mut session = Session::new();
        assert_eq!(session.type_in(b"sttus\x1b[D\x1b[D\x1b[Da"), Vec::<String>::new());
        assert_eq!(session.terminal.shows(), "keel> status");
        assert_eq!(session.type_in(b"\r"), ["line:status"]);
    }

    /// Sequences as terminals send them: xterm and VTE in normal (`ESC [`) and application (`ESC O`) cursor
    /// mode, Home/End/Delete as xterm (`ESC [ H`, `ESC [ F`, `ESC [ 3 ~`), PuTTY and screen (`ESC [ 1 ~`,
    /// `ESC [ 4 ~`) and rxvt (`ESC [ 7 ~`, `ESC [ 8 ~`) send them, and xterm's Ctrl-Left (`ESC [ 1 ; 5 D`).
    #[test]
    fn keys_in_every_dialect() {
        assert_eq!(lines(b"bc\x1b[Ha\x1b[Fd\r"), ["line:abcd"]);
        assert_eq!(lines(b"bc\x1bOHa\x1bOFd\r"), ["line:abcd"]);
        assert_eq!(lines(b"bc\x1b[1~a\x1b[4~d\r"), ["line:abcd"]);
        assert_eq!(lines(b"bc\x1b[7~a\x1b[8~d\r"), ["line:abcd"]);
        assert_eq!(lines(b"ac\x1bODb\x1bOCd\r"), ["line:abcd"]);
        assert_eq!(lines(b"axbc\x1b[1;5D\x1b[1;5D\x1b[1;5D\x1b[3~\r"), ["line:abc"]);
        assert_eq!(lines(b"bc\x01a\x05d\r"), ["line:abcd"], "Ctrl-A and Ctrl-E");
        assert_eq!(lines(b"ac\x02b\x06d\r"), ["line:abcd"], "Ctrl-B and Ctrl-F");
        assert_eq!(lines(b"abxc\x02\x02\x04\r"), ["line:abc"], "Ctrl-D deletes under the cursor");
        assert_eq!(lines(b"abcxyz\x1b[D\x1b[D\x1b[D\x0b\r"), ["line:abc"], "Ctrl-K");
        assert_eq!(lines(b"\x1b[D\x1b[C\x1b[3~x\x1b[C\r"), ["line:x"], "moves and deletes past either end do nothing");
    }

    #[test]
    fn unknown_and_cut_short_sequences_are_dropped_without_touching_the_line() {
        // F1 (SS3 P), F5 (CSI 15 ~), Alt-x, a mouse-ish CSI with an intermediate byte, Page Up (CSI 5 ~).
        assert_eq!(lines(b"ab\x1bOP\x1b[15~\x1bx\x1b[1 q\x1b[5~c\r"), ["line:abc"]);
        // Cut short by Enter, by a second ESC, and by a control byte.
        assert_eq!(lines(b"ab\x1b[\r"), ["line:ab"]);
        assert_eq!(lines(b"ab\x1b\x1b[Dx\r"), ["line:axb"]);
        assert_eq!(lines(b"ab\x1bO\x7fc\r"), ["line:ac"]);
        // An endless parameter neither overflows nor grows.
        let mut long = b"ab\x1b[".to_vec();
        long.extend_from_slice(&[b'9'; 300]);
        long.extend_from_slice(b"~c\r");
        assert_eq!(lines(&long), ["line:abc"]);
    }

    #[test]
    fn up_and_down_recall_the_last_lines() {
        let mut session = Session::new();
        session.type_in(b"rate 7\r");
        assert_eq!(session.type_in(b"\x1b[A\r"), ["line:rate 7"], "the issue's example");
        assert_eq!(session.type_in(b"a\rb\rc\rd\re\r").len(), 5);
        let recalled: Vec<String> = (1..=5)
            .map(|ups| {
                session.type_in(&b"\x1bOA".repeat(ups));
                let shown = session.terminal.shows();
                session.type_in(b"\x03");
                shown
            })
            .collect();
        assert_eq!(recalled, ["keel> e", "keel> d", "keel> c", "keel> b", "keel> a"]);
        assert_eq!(session.type_in(b"x\r\x1b[A\x1b[A\x1b[B\r"), ["line:x", "line:x"], "down comes back");
        assert_eq!(session.type_in(b"\x1b[A\x1b[B\r"), ["empty"], "past the newest: an empty line");
        assert_eq!(session.type_in(b"\x1b[A!\r"), ["line:x!"], "a recalled line can be edited");
        assert_eq!(session.type_in(b"\x1b[A\r\x1b[A\x1b[A\r"), ["line:x!", "line:x"], "a repeat is kept once");
    }

    /// The history keeps as many whole lines as fit in its bytes, the newest first; the oldest fall off whole.
    #[test]
    fn the_history_keeps_the_newest_lines_that_fit() {
        let mut session = Session::new();
        let long = "x".repeat(MAX_LINE);
        session.type_in(format!("{long}\rrate 1\rrate 2\rrate 3\rrate 4\rrate 5\rrate 6\r").as_bytes());
        let shown = |session: &mut Session, ups: usize| {
            session.type_in(&b"\x1b[A".repeat(ups));
            let shown = session.terminal.shows();
            session.type_in(b"\x03");
            shown
        };
        assert_eq!(shown(&mut session, 7), format!("keel> {long}"), "81 + 6 x 7 bytes fit in {HISTORY_BYTES}");
        session.type_in(b"rate 7\r");
        assert_eq!(shown(&mut session, 9), "keel> rate 1", "the long line fell off whole");
        assert!(session.editor.history.len() <= HISTORY_BYTES);
    }

    #[test]
    fn recalling_a_long_line_over_a_short_one_redraws_it() {
        let mut session = Session::new();
        session.type_in(b"thresholds 10 40\rled on\r");
        session.type_in(b"\x1b[A\x1b[A");
        assert_eq!(session.terminal.shows(), "keel> thresholds 10 40");
        session.type_in(b"\x1b[B");
        assert_eq!(session.terminal.shows(), "keel> led on");
    }

    #[test]
    fn tab_completes_commands_and_their_words() {
        assert_eq!(lines(b"ra\t50\r"), ["line:rate 50"]);
        assert_eq!(lines(b"led b\t\r"), ["line:led blink "], "the issue's example (a whole word gets its space)");
        assert_eq!(lines(b"log d\t\r"), ["line:log debug "]);
        assert_eq!(lines(b"vers\t\r"), ["line:version "]);
        assert_eq!(lines(b"led on \t\r"), ["line:led on "], "led takes one word");
        assert_eq!(lines(b"thresholds 1\t\r"), ["line:thresholds 1"]);
        assert_eq!(lines(b"help \t\r"), ["line:help "]);
        assert_eq!(lines(b"th\t1 2\r"), ["line:thresholds 1 2"]);
        assert_eq!(lines(b"rate \t5\r"), ["line:rate 5"], "no word to offer for a number");
        assert_eq!(lines(b"zz\t\t\r"), ["line:zz"], "no candidate: nothing happens");
    }

    #[test]
    fn a_second_tab_lists_the_candidates() {
        let mut session = Session::new();
        session.type_in(b"led o\t");
        assert_eq!(session.terminal.shows(), "keel> led o", "on and off share only the o");
        session.output.clear();
        session.type_in(b"\t");
        assert_eq!(session.output, "\r\non off \r\nkeel> led o");
        assert_eq!(session.type_in(b"n\r"), ["line:led on"]);
        session.output.clear();
        session.type_in(b"r\t");
        assert_eq!(session.output, "r", "rate and reset agree on r alone");
        session.type_in(b"\t");
        assert!(session.output.ends_with("\r\nrate reset \r\nkeel> r"), "{:?}", session.output);
    }

    #[test]
    fn completion_in_the_middle_of_the_line() {
        let mut session = Session::new();
        assert_eq!(session.type_in(b"ra 9\x1b[D\x1b[D\t\r"), ["line:rate  9"]);
    }

    #[test]
    fn ctrl_u_clears_and_ctrl_c_abandons_the_line() {
        assert_eq!(lines(b"status\x15version\r"), ["line:version"]);
        let mut session = Session::new();
        session.type_in(b"rate 5\x03");
        assert!(session.output.ends_with("^C\r\nkeel> "), "{:?}", session.output);
        assert_eq!(session.type_in(b"\r"), ["empty"]);
        assert_eq!(
            session.type_in(b"\x1b[A\r"),
            Vec::<String>::new().into_iter().chain(["empty".to_string()]).collect::<Vec<_>>(),
            "an abandoned line is not remembered"
        );
    }

    #[test]
    fn over_long_line_is_rejected_once_and_the_next_line_works() {
        let mut input = vec![b'a'; MAX_LINE + 10];
        input.extend_from_slice(b"\rhelp\r");
        assert_eq!(lines(&input), ["rejected:line too long (max 80 bytes)", "line:help"]);
        let exact = [b'b'; MAX_LINE];
        assert!(lines(&[&exact[..], b"\r"].concat())[0].starts_with("line:"));
        let mut middle = vec![b'c'; MAX_LINE];
        middle.extend_from_slice(b"\x1b[Hd\r");
        assert_eq!(lines(&middle), ["rejected:line too long (max 80 bytes)"], "inserting also counts");
        assert_eq!(lines(&[&exact[..], b"\x15ok\r"].concat()), ["line:ok"], "Ctrl-U starts over");
    }

    #[test]
    fn binary_bytes_reject_the_line_naming_the_first() {
        assert_eq!(lines(b"st\x00\xffatus\r"), ["rejected:invalid byte 0x00 in line"]);
        assert_eq!(lines(b"st\x07\r"), ["rejected:invalid byte 0x07 in line"]);
        assert_eq!(lines(b"\x1b[A\r"), ["empty"], "an arrow is a key now, not a bad byte");
    }

    /// The bytes a person's keyboard makes, weighted toward the ones that start and continue sequences.
    fn keyboard() -> impl Strategy<Value = Vec<u8>> {
        let interesting = prop::sample::select(
            b"\x1b[O;0134578~ABCDHFPx \t\r\n\x7f\x08\x01\x02\x03\x04\x05\x06\x0b\x0e\x10\x15".to_vec(),
        );
        proptest::collection::vec(prop_oneof![3 => interesting, 1 => any::<u8>()], 0..2000)
    }

    proptest! {
        /// Whatever is typed, nothing panics, the terminal shows exactly the editor's line with the cursor where
        /// the editor has it (`Session::type_in` checks after every byte), and a clean line still works after.
        #[test]
        fn any_keys_keep_the_terminal_and_the_line_in_step(keys in keyboard()) {
            let mut session = Session::new();
            session.type_in(&keys);
            let after = session.type_in(b"\x03version\r");
            prop_assert_eq!(after.last().map(String::as_str), Some("line:version"));
        }
    }
}
