//! # 10 · Memory sections: no-init data, a wire struct and an aligned buffer
//!
//! What it shows:
//! - `BOOT_COUNT` lives in `.uninit` (`#[link_section = ".uninit.*"]`), which cortex-m-rt's start-up
//!   neither copies nor zeroes, so its value survives a soft reset (`SCB::sys_reset`, which resets the
//!   core and peripherals but not the SRAM contents). A magic word tells a cold boot (garbage) from a warm
//!   one.
//! - `Header` is a `#[repr(C)]` wire struct: field order, offsets and size are fixed, so it can be sent
//!   as bytes and read by C or by the host.
//! - `DmaBuffer` is `#[repr(C, align(4))]`: a buffer a word-wide DMA engine could use.
//!
//! What to look at: the `.uninit` line in the size report (RAM that start-up leaves alone), the
//! `MaybeUninit` type that makes reading garbage sound, and the reset: after `sys_reset` the program
//! starts again from the reset vector and sees its own boot count.
//!
//! Check: the golden file `expected/10-memory-sections.run`: boot 1 on the cold start, boot 2 after the
//! soft reset, then exit.

#![no_std]
#![no_main]

use core::cell::UnsafeCell;
use core::mem::{align_of, offset_of, size_of, MaybeUninit};

use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprintln};
use lm3s6965_pac as _;
use panic_halt as _;

/// Marks `BootRecord` as written by this program (anything else is power-on garbage).
const MAGIC: u32 = 0x4B45_454C; // "KEEL"

/// What survives a soft reset.
#[repr(C)]
#[derive(Clone, Copy)]
struct BootRecord {
    magic: u32,
    boots: u32,
}

/// RAM the start-up code does not initialise. `MaybeUninit` because after power-on it holds whatever the
/// SRAM held; `UnsafeCell` because it is written through a shared static.
#[repr(transparent)]
struct NoInit(UnsafeCell<MaybeUninit<BootRecord>>);

// SAFETY: the record is only touched by `main`, before interrupts are enabled (none are ever enabled in
// this program), so there is never concurrent access.
unsafe impl Sync for NoInit {}

#[link_section = ".uninit.BOOT_RECORD"]
static BOOT_RECORD: NoInit = NoInit(UnsafeCell::new(MaybeUninit::uninit()));

/// A frame header as it goes on the wire: 8 bytes, fields at fixed offsets, no hidden padding.
#[repr(C)]
struct Header {
    kind: u8,
    flags: u8,
    length: u16,
    sequence: u32,
}

/// A buffer whose start is word-aligned, as a 32-bit DMA transfer needs.
#[repr(C, align(4))]
struct DmaBuffer([u8; 16]);

static DMA_BUFFER: DmaBuffer = DmaBuffer([0; 16]);

#[entry]
fn main() -> ! {
    // SAFETY: single-threaded, no interrupts (see `impl Sync for NoInit`). Every bit pattern is a valid
    // `u32`, so reading the possibly-garbage record as two integers is defined; the magic check decides
    // whether its contents mean anything.
    let record = unsafe { (*BOOT_RECORD.0.get()).assume_init_read() };
    let boots = if record.magic == MAGIC { record.boots + 1 } else { 1 };
    // SAFETY: as above; nothing else refers to the record.
    unsafe { (*BOOT_RECORD.0.get()).write(BootRecord { magic: MAGIC, boots }) };

    let address = BOOT_RECORD.0.get() as usize;
    hprintln!("boot {}: boot record in .uninit: {}", boots, in_uninit(address));
    if boots == 1 {
        hprintln!("Header: size {} align {}", size_of::<Header>(), align_of::<Header>());
        hprintln!(
            "  offsets: kind {} flags {} length {} sequence {}",
            offset_of!(Header, kind),
            offset_of!(Header, flags),
            offset_of!(Header, length),
            offset_of!(Header, sequence)
        );
        let buffer = &DMA_BUFFER as *const DmaBuffer as usize;
        hprintln!(
            "DmaBuffer: size {} align {}, address % 4 = {}",
            size_of::<DmaBuffer>(),
            align_of::<DmaBuffer>(),
            buffer % 4
        );
        hprintln!("soft reset (SCB::sys_reset)");
        cortex_m::peripheral::SCB::sys_reset();
    }
    hprintln!("the boot count survived the reset");
    debug::exit(debug::EXIT_SUCCESS);
    loop {
        cortex_m::asm::wfi();
    }
}

/// Whether `address` is inside the `.uninit` section (bounds from cortex-m-rt's linker script).
fn in_uninit(address: usize) -> bool {
    extern "C" {
        static __suninit: u8;
        static __euninit: u8;
    }
    // Only the addresses of the linker symbols are taken, never their (meaningless) contents.
    let (start, end) = (&raw const __suninit as usize, &raw const __euninit as usize);
    (start..end).contains(&address)
}
