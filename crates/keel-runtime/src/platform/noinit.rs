//! The reset record's storage: one [`Record`] in `.uninit`, which the start-up code neither zeroes nor
//! initialises, so what the previous boot wrote is still there (cortex-m-rt places `.uninit` after `.bss`;
//! riscv-rt needs the board's linker fragment to do the same).

use core::mem::MaybeUninit;

use keel_proto::ResetReason;

use crate::outputs::ResetRecorder;
use crate::reset::{Previous, Record};

#[link_section = ".uninit.keel_reset"]
static mut RECORD: MaybeUninit<Record> = MaybeUninit::uninit();

/// Reads the record the previous boot wrote (`None` for RAM garbage: a power-on) and clears it.
/// Call once at start-up, before interrupts are enabled.
pub fn take() -> Option<Previous> {
    critical_section::with(|_| {
        let slot = core::ptr::addr_of_mut!(RECORD).cast::<Record>();
        // SAFETY: `slot` points at the static, aligned for `Record`; inside the critical section on a single
        // core nothing else accesses it. Any bit pattern is a valid `Record` (integers and bytes only), so
        // reading RAM never written since power-on is sound; `Record::read` rejects garbage.
        let record = unsafe { slot.read_volatile() };
        clear(slot);
        record.read()
    })
}

/// Stores why the node is about to reset. Safe from any context, the panic and fault handlers included.
pub fn store(reason: ResetReason, message: &[u8]) {
    let record = Record::new(reason, message);
    critical_section::with(|_| {
        // SAFETY: inside a critical section on a single core nothing else accesses RECORD; the write is a
        // whole-value volatile store to the aligned static.
        unsafe { core::ptr::addr_of_mut!(RECORD).cast::<Record>().write_volatile(record) };
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
