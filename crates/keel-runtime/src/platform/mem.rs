//! The memory routines the compiler calls for copies and fills (`memcpy`, `memset`, and on Arm the EABI's
//! `__aeabi_memcpy*`, `__aeabi_memset*`, `__aeabi_memclr*`), written for size.
//!
//! `compiler_builtins`' are written for speed (unrolled, with shifts for misaligned copies): 1,062 B on the
//! micro:bit's Cortex-M0 (`memcpy` 594, `__aeabi_memclr` 192, `__aeabi_memclr4` 158, `__aeabi_memcpy4` 118) and
//! 1,282 B on the LM3S6965's Cortex-M3, a twentieth of an image. Its symbols are weak, so these take their place:
//! a word at a time where both ends are equally aligned, a byte at a time otherwise. The node's copies are small
//! (frames, lines, the runtime's parts at start-up), so the speed matters less than the bytes: `cargo xtask size`
//! and `cargo xtask bench` measure both. (Not a crate: none provides them for size; `memcmp` and `memmove`,
//! rarely called, stay `compiler_builtins`'.)
//!
//! The accesses are volatile so that the compiler cannot see a copy loop and turn it back into a call of
//! `memcpy`, itself.

use core::ptr::{read_volatile, write_volatile};

/// Copies `n` bytes from `src` to `dest`.
///
/// # Safety
/// `src` readable and `dest` writable for `n` bytes, the two not overlapping (the C library's contract).
unsafe fn copy(dest: *mut u8, src: *const u8, n: usize) {
    let mut i = 0;
    if (dest as usize ^ src as usize).is_multiple_of(4) {
        // Equally aligned: bytes up to the first word boundary, then words.
        while i < n && !(dest as usize + i).is_multiple_of(4) {
            // SAFETY: `i < n`, within the caller's ranges.
            unsafe { write_volatile(dest.add(i), read_volatile(src.add(i))) };
            i += 1;
        }
        while n - i >= 4 {
            // SAFETY: both word-aligned here (equally aligned, and `dest + i` is), and `i + 4 <= n`, within the
            // caller's ranges.
            unsafe { write_volatile(dest.add(i).cast::<u32>(), read_volatile(src.add(i).cast::<u32>())) };
            i += 4;
        }
    }
    while i < n {
        // SAFETY: `i < n`, within the caller's ranges.
        unsafe { write_volatile(dest.add(i), read_volatile(src.add(i))) };
        i += 1;
    }
}

/// Sets `n` bytes at `dest` to `byte`.
///
/// # Safety
/// `dest` writable for `n` bytes.
unsafe fn fill(dest: *mut u8, byte: u8, n: usize) {
    let mut i = 0;
    while i < n && !(dest as usize + i).is_multiple_of(4) {
        // SAFETY: `i < n`.
        unsafe { write_volatile(dest.add(i), byte) };
        i += 1;
    }
    let word = u32::from(byte) * 0x0101_0101;
    while n - i >= 4 {
        // SAFETY: `dest + i` is word-aligned, and `i + 4 <= n`.
        unsafe { write_volatile(dest.add(i).cast::<u32>(), word) };
        i += 4;
    }
    while i < n {
        // SAFETY: `i < n`.
        unsafe { write_volatile(dest.add(i), byte) };
        i += 1;
    }
}

/// The C library's `memcpy`.
///
/// # Safety
/// `src` readable and `dest` writable for `n` bytes, not overlapping.
#[no_mangle]
pub unsafe extern "C" fn memcpy(dest: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: the caller's contract is `copy`'s.
    unsafe { copy(dest, src, n) };
    dest
}

/// The C library's `memset` (the byte is the low 8 bits of `c`).
///
/// # Safety
/// `dest` writable for `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memset(dest: *mut u8, c: i32, n: usize) -> *mut u8 {
    // SAFETY: the caller's contract is `fill`'s.
    unsafe { fill(dest, c as u8, n) };
    dest
}

/// The Arm run-time ABI's copies (`__aeabi_memcpy`, and the forms for 4- and 8-byte aligned pointers, which
/// `copy` finds aligned by itself) and fills (`__aeabi_memset*`: the byte after the length; `__aeabi_memclr*`:
/// zeros).
#[cfg(target_arch = "arm")]
mod aeabi {
    macro_rules! copies {
        ($($name:ident),*) => {$(
            /// An Arm run-time ABI copy: `memcpy` without its result.
            ///
            /// # Safety
            /// `src` readable and `dest` writable for `n` bytes, not overlapping.
            #[no_mangle]
            pub unsafe extern "aapcs" fn $name(dest: *mut u8, src: *const u8, n: usize) {
                // SAFETY: the caller's contract is `copy`'s.
                unsafe { super::copy(dest, src, n) }
            }
        )*};
    }
    macro_rules! fills {
        ($($name:ident),*) => {$(
            /// An Arm run-time ABI fill: `memset` with the length before the byte, without its result.
            ///
            /// # Safety
            /// `dest` writable for `n` bytes.
            #[no_mangle]
            pub unsafe extern "aapcs" fn $name(dest: *mut u8, n: usize, c: i32) {
                // SAFETY: the caller's contract is `fill`'s.
                unsafe { super::fill(dest, c as u8, n) }
            }
        )*};
    }
    macro_rules! clears {
        ($($name:ident),*) => {$(
            /// An Arm run-time ABI clear: `n` zero bytes.
            ///
            /// # Safety
            /// `dest` writable for `n` bytes.
            #[no_mangle]
            pub unsafe extern "aapcs" fn $name(dest: *mut u8, n: usize) {
                // SAFETY: the caller's contract is `fill`'s.
                unsafe { super::fill(dest, 0, n) }
            }
        )*};
    }
    copies!(__aeabi_memcpy, __aeabi_memcpy4, __aeabi_memcpy8);
    fills!(__aeabi_memset, __aeabi_memset4, __aeabi_memset8);
    clears!(__aeabi_memclr, __aeabi_memclr4, __aeabi_memclr8);
}
