//! The board's console on this terminal, with log lines printed above it the way a REPL does.
//!
//! QEMU's console is a socket that `cargo xtask run` relays: keystrokes go to the board, its output comes to
//! the terminal. A log line (defmt, QEMU's messages) is never written into the middle of the prompt or of what
//! is being typed: the current console line (the prompt and the board's echo of the typed text) is erased, the
//! log line printed, and the console line drawn again below it.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};

/// Erase the terminal's current line and return to its start (VT100: carriage return, erase in line).
const ERASE_LINE: &[u8] = b"\r\x1b[K";

/// What the terminal shows of the console: the bytes of its last, unfinished line.
#[derive(Default)]
pub struct Screen {
    open_line: Vec<u8>,
}

impl Screen {
    /// The bytes to write for console output `bytes` (the board's own line endings pass unchanged).
    pub fn console(&mut self, bytes: &[u8]) -> Vec<u8> {
        for &byte in bytes {
            match byte {
                b'\n' => self.open_line.clear(),
                // The board's line editor erases with backspace-space-backspace; keep the line as drawn.
                b'\x08' | b'\x7f' => {
                    self.open_line.pop();
                }
                _ => self.open_line.push(byte),
            }
        }
        // A carriage return with nothing after it leaves the line at column 0; drop it from what is redrawn.
        if let Some(at) = self.open_line.iter().rposition(|&b| b == b'\r') {
            self.open_line.drain(..=at);
        }
        bytes.to_vec()
    }

    /// The bytes that print `line` above the console's unfinished line and draw that line again.
    pub fn above(&self, line: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(line.len() + self.open_line.len() + 8);
        if !self.open_line.is_empty() {
            out.extend_from_slice(ERASE_LINE);
        }
        out.extend_from_slice(line.as_bytes());
        // The terminal is raw while the console runs: end lines with CR LF.
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&self.open_line);
        out
    }
}

/// The terminal, shared by the console relay and everything that prints log lines.
#[derive(Clone, Default)]
pub struct Terminal {
    screen: Arc<Mutex<Screen>>,
}

impl Terminal {
    /// Prints `line` above the console's prompt.
    pub fn print_above(&self, line: &str) {
        let screen = self.screen.lock().unwrap_or_else(|p| p.into_inner());
        write_out(&screen.above(line));
    }

    /// Relays the console until the board closes it: its output to stdout, keystrokes from stdin to it.
    /// Ctrl-C (the terminal is raw, so it arrives as a byte) or the end of stdin ends the relay and calls
    /// `quit`.
    pub fn relay(
        &self,
        stream: std::os::unix::net::UnixStream,
        quit: impl FnOnce() + Send + 'static,
    ) -> std::io::Result<()> {
        let mut to_board = stream.try_clone()?;
        std::thread::Builder::new().name("console-in".into()).spawn(move || {
            let mut stdin = std::io::stdin().lock();
            let mut buffer = [0u8; 256];
            loop {
                let n = match stdin.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                let keys = &buffer[..n];
                let end = keys.iter().position(|&b| b == CTRL_C);
                if to_board.write_all(&keys[..end.unwrap_or(n)]).is_err() || end.is_some() {
                    break;
                }
            }
            quit();
        })?;
        let mut from_board = stream;
        let mut buffer = [0u8; 1024];
        loop {
            let n = match from_board.read(&mut buffer) {
                Ok(0) => return Ok(()),
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let mut screen = self.screen.lock().unwrap_or_else(|p| p.into_inner());
            let out = screen.console(&buffer[..n]);
            write_out(&out);
        }
    }
}

const CTRL_C: u8 = 0x03;

fn write_out(bytes: &[u8]) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(bytes);
    let _ = stdout.flush();
}

/// Standard input in raw mode (no echo, no line buffering, Ctrl-C as a byte) while this lives, when it is a
/// terminal; its settings come back on drop, however the run ends.
pub struct RawMode(Option<libc::termios>);

impl RawMode {
    pub fn enter() -> Self {
        let mut settings = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: `tcgetattr` writes a whole `termios` into the pointer on success (checked), and reads
        // nothing from it; fd 0 stays open for the life of the process.
        if unsafe { libc::tcgetattr(0, settings.as_mut_ptr()) } != 0 {
            return RawMode(None); // not a terminal: bytes pass as they are
        }
        // SAFETY: initialised by the successful call above.
        let saved = unsafe { settings.assume_init() };
        let mut raw = saved;
        // SAFETY: `cfmakeraw` only modifies the `termios` it is given, and `tcsetattr` reads a valid one.
        unsafe {
            libc::cfmakeraw(&mut raw);
            libc::tcsetattr(0, libc::TCSANOW, &raw);
        }
        RawMode(Some(saved))
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if let Some(settings) = &self.0 {
            // SAFETY: passes a valid `termios` obtained from `tcgetattr` on the same descriptor.
            unsafe { libc::tcsetattr(0, libc::TCSANOW, settings) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Screen;

    #[test]
    fn a_log_line_goes_above_the_prompt_and_what_was_typed() {
        let mut screen = Screen::default();
        screen.console(b"keel 0.1.0\r\nkeel> sta");
        let out = screen.above("[log] 50.249 INFO sampling at 100 Hz");
        assert_eq!(out, b"\r\x1b[K[log] 50.249 INFO sampling at 100 Hz\r\nkeel> sta");
    }

    #[test]
    fn after_a_finished_line_nothing_is_erased_or_redrawn() {
        let mut screen = Screen::default();
        screen.console(b"uptime: 3 s\r\n");
        assert_eq!(screen.above("[log] x"), b"[log] x\r\n");
    }

    #[test]
    fn erased_characters_are_not_redrawn() {
        let mut screen = Screen::default();
        screen.console(b"keel> stx\x08 \x08");
        screen.console(b"a");
        assert_eq!(screen.above("[log] y"), b"\r\x1b[K[log] y\r\nkeel> sta");
    }

    #[test]
    fn output_passes_to_the_terminal_unchanged() {
        let mut screen = Screen::default();
        assert_eq!(screen.console(b"keel> \x1b[1mok\r\n"), b"keel> \x1b[1mok\r\n");
    }
}
