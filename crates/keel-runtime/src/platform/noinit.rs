//! The reset record's storage: one [`Record`] in `.uninit`, which the start-up code neither zeroes nor
//! initialises, so what the previous boot wrote is still there (cortex-m-rt places `.uninit` after `.bss`;
//! riscv-rt needs the board's linker fragment to do the same).

use core::mem::MaybeUninit;

use keel_proto::ResetReason;

use crate::outputs::ResetRecorder;
use crate::reset::{Previous, Record};

#[link_section = ".uninit.keel_reset"]
static mut RECORD: MaybeUninit<Record> = MaybeUninit::uninit();

/// The record in words: it is read and written a word at a time, with volatile accesses (the compiler must not
/// assume what the static holds, as nothing in this boot wrote it before the first read). One volatile access of
/// the whole `Record` was lowered to a load and a store per byte of its message: 1,112 bytes of code at start-up
/// on the LM3S6965EVB, where this loop is a few dozen.
const WORDS: usize = core::mem::size_of::<Record>() / 4;
const _: () = assert!(
    core::mem::size_of::<Record>() == 4 * 4 + crate::reset::MESSAGE_LEN
        && crate::reset::MESSAGE_LEN.is_multiple_of(4)
        && core::mem::align_of::<Record>() >= 4,
    "the record is read and written in whole, aligned words, and has no padding (every word initialised)"
);

/// Reads the record the previous boot wrote (`None` for RAM garbage: a power-on) and clears it.
/// Call once at start-up, before interrupts are enabled.
pub fn take() -> Option<Previous> {
    critical_section::with(|_| {
        let slot = core::ptr::addr_of_mut!(RECORD).cast::<Record>();
        let mut copy = MaybeUninit::<Record>::uninit();
        for word in 0..WORDS {
            // SAFETY: `slot` points at the static, aligned for `Record` (so for `u32`), and `word` is within its
            // `WORDS` whole words, as is the same word of `copy`; inside the critical section on a single core
            // nothing else accesses the static.
            unsafe { copy.as_mut_ptr().cast::<u32>().add(word).write(slot.cast::<u32>().add(word).read_volatile()) };
        }
        // SAFETY: every word of `copy` was written above, and any bit pattern is a valid `Record` (integers and
        // bytes only), so RAM never written since power-on reads as a value; `Record::read` rejects garbage.
        let record = unsafe { copy.assume_init() };
        clear(slot);
        record.read()
    })
}

/// Stores why the node is about to reset. Safe from any context, the panic and fault handlers included.
pub fn store(reason: ResetReason, message: &[u8]) {
    let record = MaybeUninit::new(Record::new(reason, message));
    critical_section::with(|_| {
        let slot = core::ptr::addr_of_mut!(RECORD).cast::<u32>();
        for word in 0..WORDS {
            // SAFETY: inside a critical section on a single core nothing else accesses RECORD; `word` is within
            // the `WORDS` whole, aligned words of both the static and `record` (a `Record` of integers and bytes,
            // every word of it initialised).
            unsafe { slot.add(word).write_volatile(record.as_ptr().cast::<u32>().add(word).read()) };
        }
    });
}

/// Forgets a stored record (the reset it announced did not happen).
pub fn forget() {
    critical_section::with(|_| clear(core::ptr::addr_of_mut!(RECORD).cast::<Record>()));
}

/// Clears the record's magic word, which alone invalidates it (one word written, not the whole record).
fn clear(slot: *mut Record) {
    // SAFETY: callers pass the static's address inside a critical section, so nothing else accesses it;
    // `magic` is an aligned `u32` field of it.
    unsafe { core::ptr::addr_of_mut!((*slot).magic).write_volatile(0) };
}

/// The no-init record as the outputs' [`ResetRecorder`].
pub struct NoInitRecord;

impl ResetRecorder for NoInitRecord {
    fn store(&mut self, reason: ResetReason, message: &[u8]) {
        store(reason, message);
    }

    fn forget(&mut self) {
        forget();
    }
}
