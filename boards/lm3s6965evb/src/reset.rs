//! Why the node last reset, kept across resets in RAM that start-up does not zero.
//!
//! The LM3S6965's reset-cause register (SYSCTL RESC) tells power-on, external, brown-out, watchdog and
//! software resets apart on silicon, but not *why* the firmware reset itself (a panic, a fault) — and QEMU
//! leaves it at 0. So the firmware writes a record before every reset it causes, and the watchdog's first
//! timeout interrupt writes one before the second timeout resets the chip.

use core::mem::MaybeUninit;

use keel_proto::ResetReason;

/// Longest stored panic message.
pub const MESSAGE_LEN: usize = keel_core::node::PANIC_MESSAGE_LEN;
const MAGIC: u32 = 0x4b45_454c; // "KEEL"

/// The record as it sits in `.uninit`.
#[repr(C)]
struct Record {
    magic: u32,
    reason: u32,
    length: u32,
    message: [u8; MESSAGE_LEN],
    /// `magic ^ reason ^ length ^ sum of message bytes`: tells a written record from RAM garbage.
    check: u32,
}

#[link_section = ".uninit.keel_reset"]
static mut RECORD: MaybeUninit<Record> = MaybeUninit::uninit();

/// What the previous boot left behind.
pub struct Previous {
    /// Why it reset.
    pub reason: ResetReason,
    /// Its panic message, if it stored one.
    pub message: heapless::String<MESSAGE_LEN>,
}

fn check(record: &Record) -> u32 {
    record.message.iter().fold(record.magic ^ record.reason ^ record.length, |acc, &b| acc.wrapping_add(u32::from(b)))
}

/// Reads the record the previous boot wrote (or `None` for RAM garbage: a power-on) and clears it.
/// Call once, before interrupts are enabled.
pub fn take() -> Option<Previous> {
    // SAFETY: called once from `init` with interrupts disabled, so nothing else touches RECORD; every bit
    // pattern is a valid `Record` (plain integers and bytes), so reading uninitialised-at-power-on RAM
    // through `MaybeUninit` as raw bytes is sound; the check rejects garbage.
    let record = unsafe { &mut *core::ptr::addr_of_mut!(RECORD) }.as_mut_ptr();
    // SAFETY: `record` points at the static, aligned for Record; see above for validity.
    let (valid, reason, length, message) = unsafe {
        let r = core::ptr::read_volatile(record);
        let valid = r.magic == MAGIC && r.check == check(&r);
        (*record).magic = 0;
        (valid, r.reason, r.length, r.message)
    };
    if !valid {
        return None;
    }
    let reason = match reason {
        1 => ResetReason::Software,
        2 => ResetReason::Watchdog,
        3 => ResetReason::Panic,
        4 => ResetReason::Fault,
        _ => ResetReason::PowerOn,
    };
    let mut text = heapless::String::new();
    let length = (length as usize).min(MESSAGE_LEN);
    // Printable ASCII is kept and anything else shown as `?`: panic messages and source paths are ASCII,
    // and this needs no UTF-8 validation (`str::from_utf8` and its table cost 600 bytes of flash).
    for &byte in message.iter().take(length) {
        let _ = text.push(if byte.is_ascii_graphic() || byte == b' ' { char::from(byte) } else { '?' });
    }
    Some(Previous { reason, message: text })
}

/// Stores why the node is about to reset, and a message (cut to [`MESSAGE_LEN`] bytes).
/// Safe to call from any context, including the panic handler and HardFault.
pub fn store(reason: ResetReason, message: &[u8]) {
    let code = match reason {
        ResetReason::PowerOn => 0,
        ResetReason::Software => 1,
        ResetReason::Watchdog => 2,
        ResetReason::Panic => 3,
        ResetReason::Fault => 4,
    };
    let mut bytes = [0u8; MESSAGE_LEN];
    let length = message.len().min(MESSAGE_LEN);
    bytes[..length].copy_from_slice(&message[..length]);
    let mut record = Record { magic: MAGIC, reason: code, length: length as u32, message: bytes, check: 0 };
    record.check = check(&record);
    critical_section::with(|_| {
        // SAFETY: inside a critical section on a single core nothing else accesses RECORD; the write is a
        // whole-value volatile store to a properly aligned static.
        unsafe { core::ptr::write_volatile(core::ptr::addr_of_mut!(RECORD).cast::<Record>(), record) };
    });
}

/// Forgets a stored record (the reset it announced did not happen).
pub fn clear() {
    critical_section::with(|_| {
        // SAFETY: inside a critical section on a single core nothing else accesses RECORD; writing the magic
        // word alone invalidates the record.
        unsafe { core::ptr::addr_of_mut!((*core::ptr::addr_of_mut!(RECORD).cast::<Record>()).magic).write_volatile(0) };
    });
}
