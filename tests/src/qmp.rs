//! A small QMP client: one JSON object per line over a unix socket; commands get a `return` or an `error`,
//! and events (WATCHDOG, RESET, ...) arrive at any time and are kept with the host time they came.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Value};

use crate::inbox::Inbox;

/// One asynchronous QMP event.
#[derive(Debug, Clone, PartialEq)]
pub struct QmpEvent {
    /// Event name, e.g. `WATCHDOG` or `RESET`.
    pub name: String,
    /// The event's `data` object (`Null` when it has none).
    pub data: Value,
    /// When the bench received it.
    pub received: Instant,
}

/// A connected QMP session (capabilities negotiated).
pub struct Qmp {
    writer: Mutex<(UnixStream, Receiver<Value>)>,
    events: Arc<Inbox<QmpEvent>>,
    timeout: Duration,
}

/// What one line from QEMU was.
#[derive(Debug, PartialEq)]
enum Incoming {
    Greeting,
    Reply(Value),
    Event(QmpEvent),
}

fn classify(line: &str) -> Result<Incoming> {
    let value: Value =
        serde_json::from_str(line).with_context(|| format!("QMP sent something that is not JSON: {line}"))?;
    if value.get("QMP").is_some() {
        Ok(Incoming::Greeting)
    } else if let Some(name) = value.get("event").and_then(Value::as_str) {
        let data = value.get("data").cloned().unwrap_or(Value::Null);
        Ok(Incoming::Event(QmpEvent { name: name.to_string(), data, received: Instant::now() }))
    } else {
        Ok(Incoming::Reply(value))
    }
}

impl Qmp {
    /// Connects to QEMU's QMP socket at `path` (retrying until `timeout` while QEMU starts), reads the
    /// greeting and enters command mode. `timeout` is also the limit for each later command.
    pub fn connect(path: &Path, timeout: Duration) -> Result<Self> {
        let stream = connect_unix(path, Instant::now() + timeout)?;
        Self::over(stream, timeout)
    }

    /// Starts a session over an already connected stream.
    pub fn over(stream: UnixStream, timeout: Duration) -> Result<Self> {
        let events = Arc::new(Inbox::default());
        let (replies_tx, replies) = mpsc::channel();
        let reader = BufReader::new(stream.try_clone()?);
        let sink = Arc::clone(&events);
        std::thread::Builder::new().name("qmp-reader".into()).spawn(move || {
            for line in reader.lines() {
                let Ok(line) = line else { break };
                match classify(&line) {
                    Ok(Incoming::Event(event)) => sink.push(event),
                    Ok(Incoming::Reply(value)) => {
                        if replies_tx.send(value).is_err() {
                            break;
                        }
                    }
                    Ok(Incoming::Greeting) | Err(_) => {}
                }
            }
            sink.close("QMP connection closed");
        })?;
        let qmp = Self { writer: Mutex::new((stream, replies)), events, timeout };
        qmp.execute("qmp_capabilities", json!({})).context("QMP capabilities negotiation")?;
        Ok(qmp)
    }

    /// Runs one command and returns its `return` value; a QMP `error` becomes an `Err` with QEMU's text.
    pub fn execute(&self, command: &str, arguments: Value) -> Result<Value> {
        let mut guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let (stream, replies) = &mut *guard;
        // Drop replies of earlier commands that timed out, so they are not taken for this one's.
        while replies.try_recv().is_ok() {}
        let request = if arguments.as_object().is_some_and(|a| a.is_empty()) {
            json!({ "execute": command })
        } else {
            json!({ "execute": command, "arguments": arguments })
        };
        let mut text = request.to_string();
        text.push('\n');
        stream.write_all(text.as_bytes()).with_context(|| format!("sending QMP `{command}`"))?;
        let reply = match replies.recv_timeout(self.timeout) {
            Ok(reply) => reply,
            Err(RecvTimeoutError::Timeout) => bail!("QMP `{command}` got no reply within {:?}", self.timeout),
            Err(RecvTimeoutError::Disconnected) => bail!("QMP `{command}`: QEMU closed the connection"),
        };
        reply_value(command, reply)
    }

    /// Sets what the temperature sensor with QEMU id `sensor` (a TMP105's `id=`) reads, in degrees C.
    pub fn set_temperature(&self, sensor: &str, celsius: f64) -> Result<()> {
        let millicelsius = (celsius * 1000.0).round() as i64;
        self.execute(
            "qom-set",
            json!({ "path": format!("/machine/peripheral/{sensor}"), "property": "temperature", "value": millicelsius }),
        )
        .map(drop)
        .with_context(|| format!("setting the emulated sensor `{sensor}` to {celsius} C"))
    }

    /// Runs a human-monitor (HMP) command through QMP and returns its text output.
    pub fn human(&self, command_line: &str) -> Result<String> {
        let value = self.execute("human-monitor-command", json!({ "command-line": command_line }))?;
        Ok(value.as_str().unwrap_or_default().to_string())
    }

    /// Every event received so far.
    pub fn events(&self) -> Vec<QmpEvent> {
        self.events.since(0)
    }

    /// Number of events received so far (an index for [`wait_for_event`](Self::wait_for_event)).
    pub fn event_count(&self) -> usize {
        self.events.len()
    }

    /// Waits for an event named `name` among those with index `from` or later.
    pub fn wait_for_event(&self, name: &str, from: usize, timeout: Duration) -> Result<QmpEvent> {
        let found = self
            .events
            .wait_for(Instant::now() + timeout, |events| events.iter().skip(from).find(|e| e.name == name).cloned());
        found.ok_or_else(|| {
            let seen: Vec<String> = self.events().iter().skip(from).map(|e| format!("{} {}", e.name, e.data)).collect();
            anyhow!(
                "expected the QMP event {name} within {timeout:?}; events since then: {}",
                if seen.is_empty() { "none".to_string() } else { seen.join(", ") }
            )
        })
    }
}

impl Drop for Qmp {
    fn drop(&mut self) {
        // Also ends the reader thread, which holds a clone of the stream.
        let guard = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let _ = guard.0.shutdown(std::net::Shutdown::Both);
    }
}

fn reply_value(command: &str, reply: Value) -> Result<Value> {
    if let Some(value) = reply.get("return") {
        return Ok(value.clone());
    }
    if let Some(error) = reply.get("error") {
        let class = error.get("class").and_then(Value::as_str).unwrap_or("error");
        let text = error.get("desc").and_then(Value::as_str).unwrap_or("(no description)");
        bail!("QMP `{command}` failed: {class}: {text}");
    }
    bail!("QMP `{command}`: unexpected reply {reply}")
}

/// Connects to a unix socket, retrying while it does not exist or refuses, until `deadline`.
pub(crate) fn connect_unix(path: &Path, deadline: Instant) -> Result<UnixStream> {
    loop {
        match UnixStream::connect(path) {
            Ok(stream) => return Ok(stream),
            Err(error) if Instant::now() >= deadline => {
                return Err(error).with_context(|| format!("connecting to {}", path.display()))
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixListener;

    #[test]
    fn lines_are_told_apart() {
        assert_eq!(classify(r#"{"QMP": {"version": {}, "capabilities": []}}"#).unwrap(), Incoming::Greeting);
        assert_eq!(classify(r#"{"return": {}}"#).unwrap(), Incoming::Reply(json!({"return": {}})));
        let Incoming::Event(event) = classify(
            r#"{"timestamp": {"seconds": 1, "microseconds": 2}, "event": "WATCHDOG", "data": {"action": "reset"}}"#,
        )
        .unwrap() else {
            panic!("not an event")
        };
        assert_eq!(event.name, "WATCHDOG");
        assert_eq!(event.data["action"], "reset");
        assert!(classify("not json").is_err());
    }

    #[test]
    fn errors_carry_qemus_text() {
        let error = reply_value("qom-set", json!({"error": {"class": "GenericError", "desc": "no such path"}}));
        assert_eq!(error.unwrap_err().to_string(), "QMP `qom-set` failed: GenericError: no such path");
        assert_eq!(reply_value("x", json!({"return": 5})).unwrap(), json!(5));
    }

    /// A fake QEMU: greets, answers each command with a counter and sends an event in between.
    #[test]
    fn a_session_with_a_fake_server() {
        let dir = std::env::temp_dir().join(format!("keel-bench-qmp-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("qmp.sock");
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path).unwrap();
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut writer = stream.try_clone().unwrap();
            writeln!(writer, r#"{{"QMP": {{"version": {{}}, "capabilities": ["oob"]}}}}"#).unwrap();
            let mut commands = Vec::new();
            for line in BufReader::new(stream).lines() {
                let line = line.unwrap();
                let request: Value = serde_json::from_str(&line).unwrap();
                commands.push(request["execute"].as_str().unwrap().to_string());
                if commands.len() == 2 {
                    writeln!(writer, r#"{{"event": "RESET", "data": {{"guest": true}}}}"#).unwrap();
                }
                writeln!(writer, r#"{{"return": {}}}"#, commands.len()).unwrap();
            }
            commands
        });
        let qmp = Qmp::connect(&path, Duration::from_secs(5)).unwrap();
        assert_eq!(qmp.execute("query-status", json!({})).unwrap(), json!(2));
        let event = qmp.wait_for_event("RESET", 0, Duration::from_secs(5)).unwrap();
        assert_eq!(event.data["guest"], true);
        let missing = qmp.wait_for_event("WATCHDOG", 0, Duration::from_millis(50)).unwrap_err().to_string();
        assert!(missing.contains("expected the QMP event WATCHDOG"), "{missing}");
        assert!(missing.contains("RESET"), "{missing}");
        drop(qmp);
        assert_eq!(server.join().unwrap(), ["qmp_capabilities", "query-status"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
