//! The board's buttons, debounced: an edge interrupt starts polling, each poll reads every button through
//! its [`Debouncer`], and polling stops once all have settled. Each settled change becomes a button event.

#![forbid(unsafe_code)]

use keel_core::{Event, Node, Sink};
use keel_drivers::button::{Debouncer, Edge};

use crate::board::ButtonInputs;

/// Equal reads in a row that make a level count (at the 5 ms poll: 15-20 ms of quiet).
pub const DEBOUNCE_READS: u8 = 4;
/// Most buttons a board may have.
pub const MAX_BUTTONS: usize = 8;

/// The buttons with their debouncers.
pub struct Buttons<B: ButtonInputs> {
    inputs: B,
    debouncers: [Debouncer; MAX_BUTTONS],
}

impl<B: ButtonInputs> Buttons<B> {
    /// Starts each debouncer from the level its button has now, so a button held at boot (or an emulator
    /// whose buttons read pressed until first released) reports no phantom press.
    pub fn new(mut inputs: B) -> Self {
        let levels = inputs.pressed();
        let mut debouncers = [Debouncer::new(DEBOUNCE_READS); MAX_BUTTONS];
        for (index, debouncer) in debouncers.iter_mut().enumerate() {
            *debouncer = Debouncer::with_state(DEBOUNCE_READS, levels & (1 << index) != 0);
        }
        Buttons { inputs, debouncers }
    }

    /// Whether any button reads differently from its debounced state (for boards without edge interrupts).
    pub fn changed(&mut self) -> bool {
        let levels = self.inputs.pressed();
        self.debouncers
            .iter()
            .take(B::BUTTONS.len())
            .enumerate()
            .any(|(index, d)| d.is_pressed() != (levels & (1 << index) != 0))
    }

    /// Reads every button once, reporting each settled change to the node; returns whether all are stable.
    pub fn poll(&mut self, node: &mut Node, out: &mut impl Sink) -> bool {
        let levels = self.inputs.pressed();
        let mut settled = true;
        for (index, (&button, debouncer)) in B::BUTTONS.iter().zip(self.debouncers.iter_mut()).enumerate() {
            match debouncer.update(levels & (1 << index) != 0) {
                Some(edge) => {
                    let pressed = edge == Edge::Pressed;
                    crate::log!(Debug, "button {} {}", button, pressed);
                    node.handle(Event::Button { button, pressed }, out);
                }
                None => settled &= debouncer.is_stable(),
            }
        }
        settled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A board without edge interrupts relies on `changed`: a level that differs from the debounced state is a
    /// change (the debouncer starts), a steady level is not (no work for nothing), and a settled press is steady.
    #[test]
    fn a_polled_change_is_seen_and_a_steady_level_is_not() {
        let level = core::cell::Cell::new(0);
        let mut buttons = Buttons::new(Levels(&level));
        let mut node = Node::new(Config::new("test"));
        assert!(!buttons.changed(), "nothing pressed, nothing changed");
        level.set(0b01);
        assert!(buttons.changed(), "right pressed");
        while !buttons.poll(&mut node, &mut |_: Action<'_>| {}) {}
        assert!(!buttons.changed(), "the press has settled: steady");
        level.set(0b11);
        assert!(buttons.changed(), "select pressed too");
        level.set(0b00);
        assert!(buttons.changed(), "right released");
    }
    use keel_core::{Action, Button, Config};

    struct Levels<'a>(&'a core::cell::Cell<u8>);
    impl ButtonInputs for Levels<'_> {
        const BUTTONS: &'static [Button] = &[Button::Right, Button::Select];
        fn pressed(&mut self) -> u8 {
            self.0.get()
        }
    }

    #[test]
    fn a_press_is_reported_once_after_it_settles() {
        let level = core::cell::Cell::new(0);
        let mut buttons = Buttons::new(Levels(&level));
        let mut node = Node::new(Config::new("test"));
        let leds = core::cell::RefCell::new(Vec::new());
        let mut record = |action: Action<'_>| {
            if let Action::Led(on) = action {
                leds.borrow_mut().push(on)
            }
        };
        level.set(0b10); // select pressed (bit 1)
        let mut polls = 0;
        while !buttons.poll(&mut node, &mut record) {
            polls += 1;
            assert!(polls < 10, "never settled");
        }
        assert_eq!(polls, DEBOUNCE_READS as usize - 1);
        assert_eq!(leds.borrow().last(), Some(&true), "select toggles the LED on");
        // Held: nothing more.
        let before = leds.borrow().len();
        assert!(buttons.poll(&mut node, &mut record));
        assert_eq!(leds.borrow().len(), before);
    }

    #[test]
    fn a_button_held_at_boot_is_not_a_press() {
        let level = core::cell::Cell::new(0b10);
        let mut buttons = Buttons::new(Levels(&level));
        let mut node = Node::new(Config::new("test"));
        let mut actions = 0;
        for _ in 0..10 {
            buttons.poll(&mut node, &mut |_: Action<'_>| actions += 1);
        }
        assert_eq!(actions, 0);
    }

    #[test]
    fn a_bounce_shorter_than_the_reads_is_ignored() {
        let level = core::cell::Cell::new(0);
        let mut buttons = Buttons::new(Levels(&level));
        let mut node = Node::new(Config::new("test"));
        let mut actions = 0;
        level.set(0b01);
        buttons.poll(&mut node, &mut |_: Action<'_>| actions += 1);
        level.set(0);
        for _ in 0..10 {
            buttons.poll(&mut node, &mut |_: Action<'_>| actions += 1);
        }
        assert_eq!(actions, 0, "a single bouncing read made an event");
    }
}
