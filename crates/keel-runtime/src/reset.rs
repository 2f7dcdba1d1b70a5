//! Why the node last reset, kept across resets in RAM that start-up does not zero.
//!
//! A chip's reset-cause register tells power-on, pin, watchdog and software resets apart (where the chip has
//! one, and where the emulator models it), but never *why* the firmware reset itself: a panic, a fault, a
//! `reset` command. So the firmware writes a [`Record`] before every reset it causes, and a two-stage
//! watchdog's warning interrupt writes one before the second stage resets the chip. This module is the
//! record's format, checked so RAM garbage at power-on is never read as a record; the no-init storage itself
//! is in `platform::noinit`.

#![forbid(unsafe_code)]

use keel_proto::ResetReason;

/// Longest stored message.
pub const MESSAGE_LEN: usize = keel_core::node::PANIC_MESSAGE_LEN;
const MAGIC: u32 = 0x4b45_454c; // "KEEL"

/// The record as it sits in no-init RAM: plain integers and bytes, so any bit pattern is a valid value.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Record {
    /// [`MAGIC`] in a written record; clearing this word alone invalidates the record.
    pub(crate) magic: u32,
    reason: u32,
    length: u32,
    message: [u8; MESSAGE_LEN],
    /// `magic ^ reason ^ length`, plus the sum of the message bytes: tells a written record from garbage.
    check: u32,
}

/// What the previous boot left behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Previous {
    /// Why it reset.
    pub reason: ResetReason,
    /// Its message, if it stored one: printable ASCII, anything else shown as `?`.
    pub message: heapless::String<MESSAGE_LEN>,
}

impl Previous {
    /// The message, or `None` when empty.
    pub fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

impl Record {
    /// A record that reads as nothing (what [`Record::cleared`] leaves).
    pub const EMPTY: Record = Record { magic: 0, reason: 0, length: 0, message: [0; MESSAGE_LEN], check: 0 };

    fn checksum(&self) -> u32 {
        self.message.iter().fold(self.magic ^ self.reason ^ self.length, |sum, &b| sum.wrapping_add(u32::from(b)))
    }

    /// The record for a reset with `reason`, keeping the first [`MESSAGE_LEN`] bytes of `message`.
    pub fn new(reason: ResetReason, message: &[u8]) -> Record {
        let code = match reason {
            ResetReason::PowerOn => 0,
            ResetReason::Software => 1,
            ResetReason::Watchdog => 2,
            ResetReason::Panic => 3,
            ResetReason::Fault => 4,
        };
        let length = message.len().min(MESSAGE_LEN);
        let mut record = Record { magic: MAGIC, reason: code, length: length as u32, ..Record::EMPTY };
        // Zipped rather than sliced: no bounds check, so no panic site in the panic handler's own path.
        for (slot, &byte) in record.message.iter_mut().zip(message) {
            *slot = byte;
        }
        record.check = record.checksum();
        record
    }

    /// What the record says, or `None` for garbage (a power-on) or a cleared record.
    pub fn read(&self) -> Option<Previous> {
        if self.magic != MAGIC || self.check != self.checksum() {
            return None;
        }
        let reason = match self.reason {
            1 => ResetReason::Software,
            2 => ResetReason::Watchdog,
            3 => ResetReason::Panic,
            4 => ResetReason::Fault,
            _ => ResetReason::PowerOn,
        };
        let mut message = heapless::String::new();
        let length = (self.length as usize).min(MESSAGE_LEN);
        // Kept as printable ASCII without UTF-8 validation (`str::from_utf8` and its tables cost 600 bytes
        // of flash): panic messages and source paths are ASCII.
        for &byte in self.message.iter().take(length) {
            let _ = message.push(if byte.is_ascii_graphic() || byte == b' ' { char::from(byte) } else { '?' });
        }
        Some(Previous { reason, message })
    }

    /// The record with its magic word cleared, so it reads as nothing.
    pub fn cleared(mut self) -> Record {
        self.magic = 0;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The record's format is fixed: a record the previous build wrote reads back in this one (and a debugger or
    /// the bench can check one by hand). The check word of a known record, worked out from the format.
    #[test]
    fn the_check_word_of_a_known_record() {
        let record = Record::new(ResetReason::Panic, b"ab");
        // magic ^ reason ^ length, plus the message bytes: 0x4b45_454c ^ 3 ^ 2 = 0x4b45_454d; + 97 + 98.
        assert_eq!(record.check, 0x4b45_454d + 97 + 98);
    }

    /// A record whose reason or length changed (a bit flipped in RAM) fails the check, even where the change keeps
    /// the bits the magic word already has: an OR or an AND of the fields would miss that.
    #[test]
    fn a_changed_reason_or_length_fails_the_check() {
        for (from, to) in [(0u32, 4u32), (4, 0), (1, 3), (3, 1), (2, 0)] {
            let mut record = Record::new(ResetReason::PowerOn, b"x");
            record.reason = from;
            record.check = record.checksum();
            assert!(record.read().is_some());
            record.reason = to;
            assert_eq!(record.read(), None, "reason {from} changed to {to} was not noticed");
        }
        let mut record = Record::new(ResetReason::Panic, b"xy");
        record.length = 1;
        assert_eq!(record.read(), None, "a shorter length was not noticed");
    }

    #[test]
    fn a_record_reads_back() {
        let record = Record::new(ResetReason::Panic, b"oops (src/main.rs:12)");
        let previous = record.read().unwrap();
        assert_eq!(previous.reason, ResetReason::Panic);
        assert_eq!(previous.message(), Some("oops (src/main.rs:12)"));
        assert_eq!(Record::new(ResetReason::Software, b"").read().unwrap().message(), None);
    }

    #[test]
    fn garbage_and_cleared_records_read_as_nothing() {
        assert_eq!(Record::EMPTY.read(), None);
        assert_eq!(Record::new(ResetReason::Watchdog, b"x").cleared().read(), None);
        let mut flipped = Record::new(ResetReason::Fault, b"HardFault");
        flipped.message[0] ^= 1;
        assert_eq!(flipped.read(), None, "a changed byte fails the check");
    }

    #[test]
    fn long_and_binary_messages_are_cut_and_shown_safely() {
        let long = [b'a'; 200];
        assert_eq!(Record::new(ResetReason::Panic, &long).read().unwrap().message.len(), MESSAGE_LEN);
        let record = Record::new(ResetReason::Panic, b"bad \xff\x00 bytes");
        assert_eq!(record.read().unwrap().message(), Some("bad ?? bytes"));
    }

    #[test]
    fn every_reason_survives() {
        for reason in
            [ResetReason::PowerOn, ResetReason::Software, ResetReason::Watchdog, ResetReason::Panic, ResetReason::Fault]
        {
            assert_eq!(Record::new(reason, b"").read().unwrap().reason, reason);
        }
    }
}
