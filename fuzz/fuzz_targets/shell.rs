//! Arbitrary bytes into the console, through the full line editor (escape sequences, cursor keys, history, Tab):
//! the node must never panic, and must still answer a clean line after. The line starts with Ctrl-C, which
//! abandons whatever the input left half typed or refused.
#![no_main]

use keel_core::{Action, Config, Event, Node, ResetReason};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut node = Node::new(Config::new("fuzz"));
    let mut sink = |_: Action<'_>| {};
    node.handle(Event::Boot { reason: ResetReason::PowerOn, last_panic: None }, &mut sink);
    for &byte in bytes {
        node.handle(Event::ConsoleByte(byte), &mut sink);
    }
    let mut reply = String::new();
    for &byte in b"\x03version\r" {
        node.handle(Event::ConsoleByte(byte), &mut |action: Action<'_>| {
            if let Action::Console(text) = action {
                reply.push_str(text);
            }
        });
    }
    assert!(reply.contains("keel "), "no version reply after fuzz input: {reply:?}");
});
