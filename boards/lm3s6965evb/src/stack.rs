//! Stack painting: at boot the unused stack is filled with a known word, so its high-water mark can be
//! read back later (the emulator bench reads RAM through QEMU and reports the peak; a debugger can do the
//! same on a board). This is how the 4 KiB stack reserve in `memory.x` is checked against what the
//! firmware really uses, rather than guessed.

/// The word the unused stack is filled with.
pub const PAINT: u32 = 0xDEAD_C0DE;

/// Bytes below the current stack pointer left alone (the caller's frame and this function's).
const MARGIN: usize = 256;

extern "C" {
    /// cortex-m-rt: the end of the statics, the lowest address the stack may reach.
    static mut _stack_end: u32;
}

/// Fills the stack from the end of the statics up to just below the current stack pointer.
/// Call once, first thing in `init`, while the stack is still shallow.
pub fn paint() {
    let bottom = core::ptr::addr_of_mut!(_stack_end);
    let top = (cortex_m::register::msp::read() as usize).saturating_sub(MARGIN) as *mut u32;
    let mut word = bottom;
    while word < top {
        // SAFETY: every word from the end of the statics (`_stack_end`, placed by cortex-m-rt's linker
        // script) up to MARGIN bytes below the current stack pointer is stack that nothing has used yet:
        // nothing else lives there, and no live frame reaches below the stack pointer. The addresses are
        // 4-byte aligned (the script aligns `_stack_end` to 4, and `top` steps down from an aligned SP).
        unsafe {
            word.write_volatile(PAINT);
            word = word.add(1);
        }
    }
}
