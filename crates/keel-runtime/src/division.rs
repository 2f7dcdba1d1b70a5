//! Unsigned 32-bit division written for size, for cores without a divide instruction (the Cortex-M0 and M0+ of the
//! micro:bit, the STM32F030 and the STM32L031): the platform's `__aeabi_uidiv` and `__aeabi_uidivmod`, which the
//! compiler calls for every `/` and `%` of a `u32` there, are this function.
//!
//! `compiler_builtins`' are written for speed (a normalising shift, then an unrolled long division): 442 bytes on
//! the micro:bit, against about 70 for this loop: a bit of the quotient a step, as many steps as the quotient
//! has bits. The node divides a few times a sample and a few hundred times in a
//! `status` reply; `cargo xtask bench` measures what that costs.

#![forbid(unsafe_code)]

/// `n / d` and `n % d` (shift-and-subtract long division). `d` is never 0 from Rust, which checks before it divides (a division
/// by zero panics there); 0 gives `(u32::MAX, n)` rather than a fault.
pub fn divide(n: u32, d: u32) -> (u32, u32) {
    if d == 0 {
        return (u32::MAX, n);
    }
    if n < d {
        return (0, n);
    }
    // The divisor shifted up under the dividend's top bit, so that there are as many steps as the quotient has
    // bits (10 for a count of microseconds in milliseconds, not 32): `shifted <= n / 2` keeps it from overflowing.
    let mut shifted = d;
    let mut bit = 1;
    while shifted <= n >> 1 {
        shifted <<= 1;
        bit <<= 1;
    }
    let mut quotient = 0;
    let mut remainder = n;
    loop {
        if remainder >= shifted {
            remainder -= shifted;
            quotient |= bit;
        }
        if bit == 1 {
            return (quotient, remainder);
        }
        shifted >>= 1;
        bit >>= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quotient and remainder of every pair, at the edges of the range and over a spread of others.
    #[test]
    fn divides_as_the_operators_do() {
        let edges = [1, 2, 3, 7, 10, 255, 1000, 0x7fff_ffff, 0x8000_0000, 0x8000_0001, u32::MAX - 1, u32::MAX];
        let mut values: Vec<u32> = edges.to_vec();
        let mut state = 0x9e37_79b9_u32;
        for _ in 0..400 {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            values.push(state >> (state % 32));
        }
        for &n in values.iter().chain([0].iter()) {
            for &d in values.iter().filter(|&&d| d != 0) {
                assert_eq!(divide(n, d), (n / d, n % d), "{n} / {d}");
            }
        }
    }

    #[test]
    fn by_zero_is_all_ones_and_the_dividend() {
        assert_eq!(divide(42, 0), (u32::MAX, 42));
    }
}
