//! A debounced push button: a pure sample-count [`Debouncer`] and a [`Button`] that feeds it from an input pin.
//!
//! A mechanical contact bounces for a few milliseconds when it closes or opens. The debouncer accepts a new
//! level only after it has been read the same `samples` times in a row, and reports each accepted change once,
//! as an [`Edge`]. With samples taken every 5 ms, `samples = 4` ignores bounces shorter than 15-20 ms.
//!
//! Polling: call [`Button::update`] (or [`Debouncer::update`] with a level you read) from a periodic task.
//!
//! Interrupt-driven: on each GPIO edge interrupt call [`Debouncer::bounced`] and make sure a periodic tick runs;
//! on each tick call [`Debouncer::update`] with the pin's level, and stop the tick once
//! [`Debouncer::is_stable`] is true. The interrupt restarts the count, so a change is only accepted once the
//! line has been quiet for `samples` ticks.

use embedded_hal::digital::InputPin;

use crate::ActiveLevel;

/// A debounced change of a button's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Edge {
    /// The button went down (and stayed down for the debounce time).
    Pressed,
    /// The button came up (and stayed up for the debounce time).
    Released,
}

/// The debounce state machine, without a pin: feed it one sampled level at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Debouncer {
    /// Consecutive samples of the new level needed to accept it (at least 1).
    samples: u8,
    /// Consecutive samples seen so far that differ from `pressed`.
    count: u8,
    /// The accepted (debounced) state.
    pressed: bool,
    /// A change is in progress: the level moved (sample or edge interrupt) and has not settled yet.
    settling: bool,
}

impl Debouncer {
    /// A debouncer in the released state that accepts a new level after `samples` equal samples in a row
    /// (`0` counts as `1`: every sample is accepted at once).
    pub const fn new(samples: u8) -> Self {
        Self::with_state(samples, false)
    }

    /// Like [`Debouncer::new`], but starting in the given state (e.g. the level read at start-up, so a button
    /// held during reset does not report a press).
    pub const fn with_state(samples: u8, pressed: bool) -> Self {
        Self { samples: if samples == 0 { 1 } else { samples }, count: 0, pressed, settling: false }
    }

    /// Takes one sample (`true` = the button reads pressed) and returns the edge if this sample completes a
    /// change. A sample equal to the accepted state cancels a change in progress.
    pub fn update(&mut self, pressed: bool) -> Option<Edge> {
        if pressed == self.pressed {
            self.count = 0;
            self.settling = false;
            return None;
        }
        self.count += 1;
        if self.count < self.samples {
            self.settling = true;
            return None;
        }
        self.count = 0;
        self.settling = false;
        self.pressed = pressed;
        Some(if pressed { Edge::Pressed } else { Edge::Released })
    }

    /// Notes that the pin changed level between samples (call it from the edge interrupt): the count of
    /// steady samples starts over, so bounces between ticks also delay acceptance.
    pub fn bounced(&mut self) {
        self.count = 0;
        self.settling = true;
    }

    /// The debounced state: `true` while the button is (accepted as) pressed.
    pub fn is_pressed(&self) -> bool {
        self.pressed
    }

    /// Whether the state is settled: no change is being confirmed, so no more samples are needed until the pin
    /// moves again. An interrupt-driven user stops its sampling tick once this is true.
    pub fn is_stable(&self) -> bool {
        !self.settling
    }
}

/// A push button on an input pin, debounced by sampling.
#[derive(Debug)]
pub struct Button<PIN> {
    /// The button's pin.
    pin: PIN,
    /// Which pin level means pressed.
    active: ActiveLevel,
    /// The debounce state.
    debouncer: Debouncer,
}

impl<PIN: InputPin> Button<PIN> {
    /// Takes the button's pin, the level that means pressed and the number of equal samples needed to accept a
    /// change (see [`Debouncer::new`]). Starts released; does not read the pin.
    pub fn new(pin: PIN, active: ActiveLevel, samples: u8) -> Self {
        Self { pin, active, debouncer: Debouncer::new(samples) }
    }

    /// Reads the pin once and returns the debounced edge, if this read completes one. Call it periodically.
    pub fn update(&mut self) -> Result<Option<Edge>, PIN::Error> {
        let pressed = match self.active {
            ActiveLevel::High => self.pin.is_high()?,
            ActiveLevel::Low => self.pin.is_low()?,
        };
        Ok(self.debouncer.update(pressed))
    }

    /// The debounced state: `true` while the button is (accepted as) pressed.
    pub fn is_pressed(&self) -> bool {
        self.debouncer.is_pressed()
    }

    /// Gives back the pin.
    pub fn destroy(self) -> PIN {
        self.pin
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use embedded_hal_mock::eh1::digital::{Mock as PinMock, State, Transaction as PinTransaction};
    use embedded_hal_mock::eh1::MockError;
    use std::io::ErrorKind;

    fn run(debouncer: &mut Debouncer, samples: &[bool]) -> Vec<Option<Edge>> {
        samples.iter().map(|&s| debouncer.update(s)).collect()
    }

    #[test]
    fn a_change_is_accepted_after_n_equal_samples_and_reported_once() {
        let mut d = Debouncer::new(3);
        let results = run(&mut d, &[true, true, true, true, true]);
        assert_eq!(results, [None, None, Some(Edge::Pressed), None, None]);
        assert!(d.is_pressed());
        let results = run(&mut d, &[false, false, false]);
        assert_eq!(results, [None, None, Some(Edge::Released)]);
        assert!(!d.is_pressed());
    }

    #[test]
    fn bounces_shorter_than_n_samples_are_ignored() {
        let mut d = Debouncer::new(3);
        let bouncy = [true, false, true, true, false, true, false, false, false];
        assert!(run(&mut d, &bouncy).iter().all(Option::is_none));
        assert!(!d.is_pressed());
        assert!(d.is_stable());
    }

    #[test]
    fn stable_is_false_only_while_a_change_is_pending() {
        let mut d = Debouncer::new(2);
        assert!(d.is_stable());
        assert_eq!(d.update(true), None);
        assert!(!d.is_stable());
        assert_eq!(d.update(true), Some(Edge::Pressed));
        assert!(d.is_stable());
    }

    #[test]
    fn an_edge_interrupt_restarts_the_count() {
        let mut d = Debouncer::new(3);
        assert_eq!(d.update(true), None);
        assert_eq!(d.update(true), None);
        d.bounced();
        assert!(!d.is_stable());
        assert_eq!(d.update(true), None);
        assert_eq!(d.update(true), None);
        assert_eq!(d.update(true), Some(Edge::Pressed));
        // An interrupt whose level turns out unchanged settles at the next sample.
        d.bounced();
        assert_eq!(d.update(true), None);
        assert!(d.is_stable());
    }

    #[test]
    fn zero_or_one_sample_accepts_at_once() {
        for samples in [0, 1] {
            let mut d = Debouncer::new(samples);
            assert_eq!(run(&mut d, &[true, false]), [Some(Edge::Pressed), Some(Edge::Released)]);
        }
    }

    #[test]
    fn with_state_starts_pressed() {
        let mut d = Debouncer::with_state(2, true);
        assert!(d.is_pressed());
        assert_eq!(run(&mut d, &[true, false, false]), [None, None, Some(Edge::Released)]);
    }

    #[test]
    fn max_samples_does_not_overflow() {
        let mut d = Debouncer::new(u8::MAX);
        let results = run(&mut d, &[true; 300]);
        assert_eq!(results.iter().filter(|r| r.is_some()).count(), 1);
        assert_eq!(results[254], Some(Edge::Pressed));
    }

    #[test]
    fn active_low_button_reports_press_and_release() {
        let pin = PinMock::new(&[
            PinTransaction::get(State::High),
            PinTransaction::get(State::Low),
            PinTransaction::get(State::Low),
            PinTransaction::get(State::High),
            PinTransaction::get(State::High),
        ]);
        let mut button = Button::new(pin, ActiveLevel::Low, 2);
        let edges: Vec<_> = (0..5).map(|_| button.update().unwrap()).collect();
        assert_eq!(edges, [None, None, Some(Edge::Pressed), None, Some(Edge::Released)]);
        assert!(!button.is_pressed());
        button.destroy().done();
    }

    #[test]
    fn active_high_button() {
        let pin = PinMock::new(&[PinTransaction::get(State::High), PinTransaction::get(State::Low)]);
        let mut button = Button::new(pin, ActiveLevel::High, 1);
        assert_eq!(button.update(), Ok(Some(Edge::Pressed)));
        assert!(button.is_pressed());
        assert_eq!(button.update(), Ok(Some(Edge::Released)));
        button.destroy().done();
    }

    #[test]
    fn pin_errors_are_returned_and_leave_the_state_alone() {
        let error = MockError::Io(ErrorKind::NotConnected);
        let pin = PinMock::new(&[
            PinTransaction::get(State::Low),
            PinTransaction::get(State::Low).with_error(error.clone()),
            PinTransaction::get(State::Low),
        ]);
        let mut button = Button::new(pin, ActiveLevel::Low, 2);
        assert_eq!(button.update(), Ok(None));
        assert_eq!(button.update(), Err(error));
        assert_eq!(button.update(), Ok(Some(Edge::Pressed)));
        button.destroy().done();
    }
}
