//! The hand-off of a peripheral handle from start-up to the interrupt handler that owns it afterwards, for a
//! firmware without RTIC (whose `#[local]` resources do this): one type instead of a `Mutex<Cell<Option<T>>>`
//! in every chip crate.
//!
//! The handler takes the value out, uses it and puts it back, all in one critical section: no borrow flag, so no
//! `RefCell` panic path (whose message formatting would keep `core::fmt` in flash).

#![forbid(unsafe_code)]

use core::cell::Cell;

use critical_section::Mutex;

/// A value handed from start-up to one interrupt handler.
pub struct HandOff<T> {
    slot: Mutex<Cell<Option<T>>>,
}

impl<T> HandOff<T> {
    /// An empty slot (for a `static`).
    pub const fn new() -> Self {
        HandOff { slot: Mutex::new(Cell::new(None)) }
    }

    /// Hands `value` over (replacing one handed over before).
    pub fn put(&self, value: T) {
        critical_section::with(|cs| self.slot.borrow(cs).set(Some(value)));
    }

    /// Runs `use_it` on the value in a critical section; `None` when nothing was handed over yet (an interrupt
    /// that came before start-up finished).
    pub fn with<R>(&self, use_it: impl FnOnce(&mut T) -> R) -> Option<R> {
        critical_section::with(|cs| {
            let slot = self.slot.borrow(cs);
            let mut value = slot.take()?;
            let result = use_it(&mut value);
            slot.set(Some(value));
            Some(result)
        })
    }
}

impl<T> Default for HandOff<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_used_before_it_is_handed_over() {
        let slot: HandOff<u32> = HandOff::new();
        assert_eq!(slot.with(|value| *value), None);
    }

    #[test]
    fn the_value_stays_with_its_changes() {
        let slot = HandOff::new();
        slot.put(1u32);
        assert_eq!(
            slot.with(|value| {
                *value += 1;
                *value
            }),
            Some(2)
        );
        assert_eq!(slot.with(|value| *value), Some(2));
        slot.put(10);
        assert_eq!(slot.with(|value| *value), Some(10));
    }
}
