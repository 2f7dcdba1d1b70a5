//! The UART console as a byte stream: send bytes or lines, wait for text with a timeout, and run shell
//! commands whose replies come back split into lines. Everything received is kept as a transcript, and
//! every failed wait shows its last lines.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::inbox::Inbox;

/// The shell's prompt (docs/console.md).
pub const PROMPT: &str = "keel> ";

/// The bytes terminals send for the keys the node's line editor knows (xterm's, in its normal cursor mode; the
/// editor also reads the application-mode and VT220 forms, which its own tests cover).
pub mod keys {
    /// Up: the previous line of the history.
    pub const UP: &[u8] = b"\x1b[A";
    /// Down: the next line of the history.
    pub const DOWN: &[u8] = b"\x1b[B";
    /// Right.
    pub const RIGHT: &[u8] = b"\x1b[C";
    /// Left.
    pub const LEFT: &[u8] = b"\x1b[D";
    /// Home.
    pub const HOME: &[u8] = b"\x1b[H";
    /// End.
    pub const END: &[u8] = b"\x1b[F";
    /// Delete (the character under the cursor).
    pub const DELETE: &[u8] = b"\x1b[3~";
    /// Backspace as most terminals send it (DEL).
    pub const BACKSPACE: &[u8] = b"\x7f";
    /// Tab: complete; twice: list the candidates.
    pub const TAB: &[u8] = b"\t";
    /// Ctrl-U: clear the line.
    pub const CTRL_U: &[u8] = b"\x15";
    /// Ctrl-C: abandon the line.
    pub const CTRL_C: &[u8] = b"\x03";
    /// Enter.
    pub const ENTER: &[u8] = b"\r";
}

/// How many console lines a failure message shows.
pub const TAIL_LINES: usize = 20;

/// The words that start the console part of a failure message.
pub(crate) const TAIL_MARK: &str = "console lines";

/// The console of a running node.
pub struct Console {
    writer: Mutex<Box<dyn Write + Send>>,
    /// The socket, when the console is one (QEMU's), to shut down on drop.
    socket: Option<UnixStream>,
    output: Arc<Inbox<u8>>,
    /// Index into the output up to which waits have consumed it.
    cursor: Mutex<usize>,
    timeout: Duration,
}

/// A shell command's reply: the echoed line and the reply lines before the next prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// What was sent (without the line ending).
    pub command: String,
    /// The echo of the command as the node printed it.
    pub echo: String,
    /// Reply lines, without line endings.
    pub lines: Vec<String>,
}

impl Console {
    /// Wraps a connected console stream; a reader thread keeps everything the node prints.
    /// `timeout` is the limit of waits that take none.
    pub fn over(stream: UnixStream, timeout: Duration) -> Result<Self> {
        stream.set_write_timeout(Some(timeout))?;
        let reader = stream.try_clone()?;
        let socket = stream.try_clone()?;
        let mut console = Self::from_parts(reader, Box::new(stream), timeout, "the console closed (QEMU exited?)")?;
        console.socket = Some(socket);
        Ok(console)
    }

    /// A console on a serial port the run keeps open (`crate::serial::shared`): it reads what arrives from now on,
    /// and its reader thread ends once `stop` is set.
    pub fn over_port(
        port: &std::sync::Arc<crate::serial::SharedPort>,
        stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
        timeout: Duration,
    ) -> Result<Self> {
        Self::from_parts(port.subscribe(stop), Box::new(port.writer()), timeout, "the serial port closed")
    }

    /// A console that reads from `reader` on its own thread and writes to `writer`; `closed` says why the reader
    /// ended when it does.
    fn from_parts(
        mut reader: impl Read + Send + 'static,
        writer: Box<dyn Write + Send>,
        timeout: Duration,
        closed: &'static str,
    ) -> Result<Self> {
        let output = Arc::new(Inbox::default());
        let sink = Arc::clone(&output);
        std::thread::Builder::new().name("console-reader".into()).spawn(move || {
            let mut buffer = [0u8; 4096];
            loop {
                match reader.read(&mut buffer) {
                    Ok(0) => break sink.close(closed),
                    Ok(n) => sink.extend(buffer[..n].iter().copied()),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => break sink.close(format!("console read failed: {e}")),
                }
            }
        })?;
        Ok(Self { writer: Mutex::new(writer), socket: None, output, cursor: Mutex::new(0), timeout })
    }

    /// The default wait limit.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Sends raw bytes.
    pub fn send(&self, bytes: &[u8]) -> Result<()> {
        let mut writer = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        writer.write_all(bytes).with_context(|| format!("sending {} bytes to the console", bytes.len()))?;
        writer.flush()?;
        Ok(())
    }

    /// Sends keys: text and [`keys`], in order, as one write (a person types slower; the node's editor takes them
    /// one byte at a time either way).
    pub fn type_keys(&self, keys: &[&[u8]]) -> Result<()> {
        self.send(&keys.concat())
    }

    /// Sends keys that end with Enter and returns the reply printed before the next prompt, as
    /// [`command`](Self::command) does for a line; the reply's echo is the line as the terminal shows it
    /// ([`shown`]), the editor's cursor moves and erases applied.
    pub fn command_keys(&self, keys: &[&[u8]]) -> Result<Reply> {
        let typed = String::from_utf8_lossy(&keys.concat()).escape_debug().to_string();
        self.type_keys(keys)?;
        let text = self.wait_for_prompt(self.timeout).with_context(|| format!("typing `{typed}`"))?;
        let mut reply = Reply::parse(&typed, &text);
        reply.echo = shown(reply.echo.as_bytes());
        Ok(reply)
    }

    /// Sends a line followed by CR.
    pub fn send_line(&self, line: &str) -> Result<()> {
        let mut bytes = line.as_bytes().to_vec();
        bytes.push(b'\r');
        self.send(&bytes)
    }

    /// Waits (up to the default timeout) until `pattern` appears after what earlier waits consumed, and
    /// returns the text from there up to and including it.
    pub fn expect(&self, pattern: &str) -> Result<String> {
        self.expect_within(pattern, self.timeout)
    }

    /// [`expect`](Self::expect) with an explicit limit.
    pub fn expect_within(&self, pattern: &str, timeout: Duration) -> Result<String> {
        self.expect_any_within(&[pattern], timeout).map(|(_, text)| text)
    }

    /// Waits for whichever of `patterns` comes first; returns its index and the text up to its end.
    pub fn expect_any_within(&self, patterns: &[&str], timeout: Duration) -> Result<(usize, String)> {
        let mut cursor = self.cursor.lock().unwrap_or_else(|p| p.into_inner());
        let start = *cursor;
        let found = self.output.wait_for(Instant::now() + timeout, |bytes| {
            let rest = bytes.get(start..)?;
            patterns
                .iter()
                .enumerate()
                .filter_map(|(i, p)| find(rest, p.as_bytes()).map(|at| (at + p.len(), i)))
                .min()
                .map(|(end, i)| (i, start + end, String::from_utf8_lossy(&rest[..end]).into_owned()))
        });
        match found {
            Some((index, end, text)) => {
                *cursor = end;
                Ok((index, text))
            }
            None => {
                let wanted: Vec<String> = patterns.iter().map(|p| format!("`{}`", p.escape_debug())).collect();
                let closed = self.output.closed().map(|why| format!(" ({why})")).unwrap_or_default();
                bail!(
                    "expected {} on the console within {timeout:?}{closed}; it printed since: {:?}\n{}",
                    wanted.join(" or "),
                    String::from_utf8_lossy(&self.output.since(start)).chars().take(400).collect::<String>(),
                    self.tail_report()
                )
            }
        }
    }

    /// Waits for the next prompt and returns the text before it.
    pub fn wait_for_prompt(&self, timeout: Duration) -> Result<String> {
        let text = self.expect_within(PROMPT, timeout)?;
        Ok(text[..text.len() - PROMPT.len()].to_string())
    }

    /// Sends `line` and returns the reply printed before the next prompt.
    pub fn command(&self, line: &str) -> Result<Reply> {
        self.command_within(line, self.timeout)
    }

    /// [`command`](Self::command) with an explicit limit.
    pub fn command_within(&self, line: &str, timeout: Duration) -> Result<Reply> {
        self.send_line(line)?;
        let text = self.wait_for_prompt(timeout).with_context(|| format!("running `{}`", line.escape_debug()))?;
        Ok(Reply::parse(line, &text))
    }

    /// Marks everything received so far as consumed.
    pub fn skip_all(&self) {
        *self.cursor.lock().unwrap_or_else(|p| p.into_inner()) = self.output.len();
    }

    /// The position up to which waits have consumed the output.
    pub fn position_after_waits(&self) -> usize {
        *self.cursor.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Number of bytes received so far (a position for [`text_since`](Self::text_since)).
    pub fn position(&self) -> usize {
        self.output.len()
    }

    /// Everything received from byte `start` on, as (lossy) text.
    pub fn text_since(&self, start: usize) -> String {
        String::from_utf8_lossy(&self.output.since(start)).into_owned()
    }

    /// The bytes received from byte `start` on.
    pub fn bytes_since(&self, start: usize) -> Vec<u8> {
        self.output.since(start)
    }

    /// Everything received since boot, as (lossy) text.
    pub fn transcript(&self) -> String {
        self.text_since(0)
    }

    /// The last `count` lines received, control characters escaped.
    pub fn tail(&self, count: usize) -> Vec<String> {
        tail_lines(&self.transcript(), count)
    }

    /// "last N console lines:" followed by them, indented, for failure messages.
    pub fn tail_report(&self) -> String {
        let lines = self.tail(TAIL_LINES);
        if lines.is_empty() {
            return format!("(no {TAIL_MARK}: the node printed nothing on the console)");
        }
        let mut text = format!("last {} {TAIL_MARK}:", lines.len());
        for line in lines {
            text.push_str("\n  | ");
            text.push_str(&line);
        }
        text
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        // A socket's reader thread ends when the socket is shut down; a serial port's when its stop flag is set.
        if let Some(socket) = &self.socket {
            let _ = socket.shutdown(std::net::Shutdown::Both);
        }
    }
}

/// The line a terminal shows after `bytes` of the node's output, from the start of the line: text overwrites at
/// the cursor, CR goes to column 0, LF starts a new line, and the line editor's sequences move the cursor
/// (`ESC [ n D`, `ESC [ n C`) and erase to the end of the line (`ESC [ K`). Other sequences are dropped.
pub fn shown(bytes: &[u8]) -> String {
    let (mut line, mut cursor): (Vec<u8>, usize) = (Vec::new(), 0);
    let mut rest = bytes;
    while let Some((&byte, after)) = rest.split_first() {
        rest = after;
        match byte {
            b'\r' => cursor = 0,
            b'\n' => line.clear(),
            0x1b => {
                let end = rest.iter().position(|b| b.is_ascii_alphabetic() || *b == b'~').unwrap_or(rest.len());
                let count = std::str::from_utf8(rest.get(1..end).unwrap_or_default())
                    .ok()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(1usize);
                match rest.get(end) {
                    Some(b'D') => cursor = cursor.saturating_sub(count),
                    Some(b'C') => cursor += count,
                    Some(b'K') => line.truncate(cursor),
                    _ => {}
                }
                rest = rest.get(end + 1..).unwrap_or_default();
            }
            0x08 => cursor = cursor.saturating_sub(1),
            _ => {
                if cursor >= line.len() {
                    line.resize(cursor, b' ');
                    line.push(byte);
                } else {
                    line[cursor] = byte;
                }
                cursor += 1;
            }
        }
    }
    String::from_utf8_lossy(&line).into_owned()
}

/// Position of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The last `count` non-empty lines of `text`, with control characters (other than the line breaks)
/// shown as escapes.
pub fn tail_lines(text: &str, count: usize) -> Vec<String> {
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.chars()
                .flat_map(|c| if c.is_control() { c.escape_debug().collect::<Vec<_>>() } else { vec![c] })
                .collect()
        })
        .collect();
    lines[lines.len().saturating_sub(count)..].to_vec()
}

impl Reply {
    /// Splits the text the node printed between sending `command` and the next prompt: the first line is
    /// the echo, the rest is the reply.
    pub fn parse(command: &str, text: &str) -> Self {
        let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l).to_string());
        let echo = lines.next().unwrap_or_default();
        let mut lines: Vec<String> = lines.collect();
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        Self { command: command.to_string(), echo, lines }
    }

    /// The reply lines joined with `\n`.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// The reply when it is exactly one line, else an error showing it.
    pub fn single_line(&self) -> Result<&str> {
        match self.lines.as_slice() {
            [line] => Ok(line),
            _ => bail!(
                "`{}` should reply with one line, got {} lines: {:?}",
                self.command.escape_debug(),
                self.lines.len(),
                self.lines
            ),
        }
    }

    /// The value of a `key: value` line.
    pub fn field(&self, key: &str) -> Option<&str> {
        self.lines.iter().find_map(|line| line.strip_prefix(key)?.strip_prefix(": "))
    }

    /// Whether the reply is an error line (`error: ...`).
    pub fn is_error(&self) -> bool {
        self.lines.first().is_some_and(|l| l.starts_with("error: "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_split_echo_and_lines() {
        let reply = Reply::parse("status", "status\r\nuptime: 1.000 s\r\nrate: 10 Hz\r\n");
        assert_eq!(reply.echo, "status");
        assert_eq!(reply.lines, ["uptime: 1.000 s", "rate: 10 Hz"]);
        assert_eq!(reply.field("rate"), Some("10 Hz"));
        assert_eq!(reply.field("rat"), None);
        assert!(reply.single_line().is_err());
        let error = Reply::parse("xyz", "xyz\r\nerror: unknown command `xyz` (try `help`)\r\n");
        assert!(error.is_error());
        assert_eq!(error.single_line().unwrap(), "error: unknown command `xyz` (try `help`)");
    }

    #[test]
    fn the_shown_line_applies_moves_and_erases() {
        assert_eq!(shown(b"sttus\x1b[3Dat\x1b[K"), "stat");
        assert_eq!(shown(b"sttus\x1b[3Datus\x1b[4D"), "status");
        assert_eq!(shown(b"rate 7\x1b[6Dstatus"), "status");
        assert_eq!(shown(b"ab\x1b[1D\x1b[K\x1b[1Cx"), "a x");
        assert_eq!(shown(b"old\r\nnew"), "new");
        assert_eq!(shown(b"x\x08 \x08y"), "y", "the simple editor's erase");
    }

    #[test]
    fn tails_escape_control_characters() {
        let text = "a\r\nb\x01c\r\n\r\nd\r\ne";
        assert_eq!(tail_lines(text, 3), ["b\\u{1}c", "d", "e"]);
        assert_eq!(tail_lines(text, 10).len(), 4);
    }

    #[test]
    fn a_console_over_a_socket_pair() {
        let (ours, mut node) = UnixStream::pair().unwrap();
        let console = Console::over(ours, Duration::from_secs(5)).unwrap();
        let fake = std::thread::spawn(move || {
            node.write_all(b"Keel 0.1.0 on test\r\nreset: power-on\r\nkeel> ").unwrap();
            let mut line = Vec::new();
            let mut byte = [0u8];
            while node.read(&mut byte).unwrap() == 1 && byte[0] != b'\r' {
                line.push(byte[0]);
            }
            assert_eq!(line, b"version");
            node.write_all(b"version\r\nkeel 0.1.0 (test, protocol 2)\r\nkeel> ").unwrap();
            node
        });
        let banner = console.wait_for_prompt(Duration::from_secs(5)).unwrap();
        assert!(banner.contains("reset: power-on"));
        let reply = console.command("version").unwrap();
        assert_eq!(reply.single_line().unwrap(), "keel 0.1.0 (test, protocol 2)");
        let node = fake.join().unwrap();
        let error = console.expect_within("never", Duration::from_millis(50)).unwrap_err().to_string();
        assert!(error.contains("expected `never` on the console"), "{error}");
        assert!(error.contains("  | keel 0.1.0 (test, protocol 2)"), "{error}");
        drop(node);
        let closed = console.expect_within("never", Duration::from_secs(5)).unwrap_err().to_string();
        assert!(closed.contains("console closed"), "{closed}");
    }
}
