//! When the work loop's periodic jobs are next due: the node's tick, the sensor read, the watchdog check and,
//! while buttons settle, the debounce poll; and the earliest of them, which the board's clock wakes the loop
//! for.
//!
//! Times are milliseconds of uptime in a `u32`, which wraps after 49.7 days. Every comparison is made on the
//! wrapping difference, so the schedule keeps working across the wrap as long as deadlines are less than
//! 24.8 days away (they are at most a second away).

#![forbid(unsafe_code)]

/// Whether `deadline` has been reached at `now` (wrap-safe: the difference is read as signed).
pub fn due(now: u32, deadline: u32) -> bool {
    now.wrapping_sub(deadline) as i32 >= 0
}

/// The deadline after `deadline`, one `period` later. When the loop was held up so long that this next
/// deadline has passed too, the missed periods are skipped (the next one is a period from `now`), not
/// caught up in a burst.
pub fn after(deadline: u32, period: u32, now: u32) -> u32 {
    let next = deadline.wrapping_add(period);
    if due(now, next) {
        now.wrapping_add(period)
    } else {
        next
    }
}

/// The periods of the jobs, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    /// The node's tick when nothing says otherwise (`keel_core::TICK_MS`); a tickless loop sets each tick's
    /// deadline from the node instead ([`Schedule::tick_at`]).
    pub tick: u32,
    /// Temperature reads.
    pub sensor: u32,
    /// Watchdog checks.
    pub watchdog: u32,
    /// Button polls while a change settles.
    pub debounce: u32,
    /// Button reads looking for a change, on boards without edge interrupts.
    pub poll: u32,
}

impl Periods {
    /// The periods every Keel board runs with.
    pub const DEFAULT: Periods =
        Periods { tick: keel_core::TICK_MS, sensor: 1000, watchdog: 250, debounce: 5, poll: 50 };
}

/// The jobs that are due at one run of the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Due {
    /// Send the node its tick.
    pub tick: bool,
    /// Read the temperature.
    pub sensor: bool,
    /// Check progress and feed the watchdog.
    pub watchdog: bool,
    /// Poll the buttons.
    pub debounce: bool,
    /// Look for a button change (boards without edge interrupts).
    pub poll: bool,
}

/// The next deadline of each job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    periods: Periods,
    tick: u32,
    sensor: u32,
    watchdog: u32,
    /// `Some` while the buttons are being debounced.
    debounce: Option<u32>,
    /// `Some` on boards whose buttons are polled for changes.
    poll: Option<u32>,
}

impl Schedule {
    /// A schedule starting at `now`: the sensor is read at once (so the first screen has a temperature), the
    /// tick and the watchdog check come one period later.
    pub fn new(periods: Periods, now: u32) -> Self {
        Schedule {
            periods,
            tick: now.wrapping_add(periods.tick),
            sensor: now,
            watchdog: now.wrapping_add(periods.watchdog),
            debounce: None,
            poll: None,
        }
    }

    /// Also reads the buttons every [`Periods::poll`] for a change (a board without edge interrupts).
    pub fn with_button_polling(mut self, now: u32) -> Self {
        self.poll = Some(now.wrapping_add(self.periods.poll));
        self
    }

    /// Sets the next tick's deadline (the node's [`next_tick`](keel_core::Node::next_tick)).
    pub fn tick_at(&mut self, deadline: u32) {
        self.tick = deadline;
    }

    /// The periods.
    pub fn periods(&self) -> Periods {
        self.periods
    }

    /// Starts polling the buttons now (a pin changed), unless a poll is already scheduled.
    pub fn start_debouncing(&mut self, now: u32) {
        self.debounce.get_or_insert(now);
    }

    /// Which jobs are due at `now`; each due job's deadline moves on by its period (missed periods skipped).
    /// The debounce poll is rescheduled by [`debounced`](Self::debounced) once the loop has polled.
    pub fn take_due(&mut self, now: u32) -> Due {
        let step = |deadline: &mut u32, period: u32| {
            let is_due = due(now, *deadline);
            if is_due {
                *deadline = after(*deadline, period, now);
            }
            is_due
        };
        let poll = match &mut self.poll {
            Some(deadline) => step(deadline, self.periods.poll),
            None => false,
        };
        Due {
            tick: step(&mut self.tick, self.periods.tick),
            sensor: step(&mut self.sensor, self.periods.sensor),
            watchdog: step(&mut self.watchdog, self.periods.watchdog),
            debounce: self.debounce.is_some_and(|deadline| due(now, deadline)),
            poll,
        }
    }

    /// After a due debounce poll: poll again a period later unless every button has `settled`.
    pub fn debounced(&mut self, settled: bool, now: u32) {
        self.debounce = match self.debounce {
            Some(deadline) if !settled => Some(after(deadline, self.periods.debounce, now)),
            _ => None,
        };
    }

    /// Whether the buttons are being debounced.
    pub fn is_debouncing(&self) -> bool {
        self.debounce.is_some()
    }

    /// The earliest deadline, seen from `now` (the one nearest in the future, or the most overdue).
    pub fn next_wake(&self, now: u32) -> u32 {
        let distance = |deadline: u32| deadline.wrapping_sub(now) as i32;
        [Some(self.sensor), Some(self.watchdog), self.debounce, self.poll].into_iter().flatten().fold(
            self.tick,
            |earliest, deadline| if distance(deadline) < distance(earliest) { deadline } else { earliest },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: Periods = Periods::DEFAULT;

    #[test]
    fn due_is_wrap_safe() {
        assert!(due(10, 10));
        assert!(due(11, 10));
        assert!(!due(9, 10));
        // Across the wrap: 5 ms after u32::MAX - 2 is 2.
        assert!(due(2, u32::MAX - 2));
        assert!(!due(u32::MAX - 2, 2));
    }

    #[test]
    fn after_steps_by_the_period_and_skips_missed_ones() {
        assert_eq!(after(100, 50, 120), 150);
        // Held up past the next deadline: the next one is a period from now, no burst of catch-ups.
        assert_eq!(after(100, 50, 400), 450);
        assert_eq!(after(u32::MAX - 10, 50, u32::MAX - 5), 39);
    }

    #[test]
    fn a_new_schedule_reads_the_sensor_first() {
        let mut schedule = Schedule::new(P, 0);
        assert_eq!(schedule.take_due(0), Due { sensor: true, ..Due::default() });
        assert_eq!(schedule.next_wake(0), 50);
        assert_eq!(schedule.take_due(50), Due { tick: true, ..Due::default() });
        assert_eq!(schedule.next_wake(50), 100);
    }

    #[test]
    fn each_job_runs_at_its_own_period() {
        let mut schedule = Schedule::new(P, 0);
        let (mut ticks, mut sensors, mut watchdogs) = (0, 0, 0);
        for now in 0..=10_000 {
            let due = schedule.take_due(now);
            ticks += u32::from(due.tick);
            sensors += u32::from(due.sensor);
            watchdogs += u32::from(due.watchdog);
        }
        assert_eq!((ticks, sensors, watchdogs), (200, 11, 40));
    }

    #[test]
    fn waking_only_at_next_wake_runs_every_job_on_time() {
        let mut schedule = Schedule::new(P, 0);
        let mut now = 0;
        let mut ticks = 0;
        while now < 10_000 {
            ticks += u32::from(schedule.take_due(now).tick);
            let next = schedule.next_wake(now);
            assert!(next.wrapping_sub(now) <= 50, "the loop must wake at least every tick");
            now = next;
        }
        assert_eq!(ticks, 199);
    }

    #[test]
    fn a_missed_period_is_skipped_not_caught_up() {
        let mut schedule = Schedule::new(P, 0);
        schedule.take_due(0);
        // The loop is held up for a second: each job runs once, then is due a period later.
        let due = schedule.take_due(1_000);
        assert!(due.tick && due.sensor && due.watchdog);
        assert_eq!(schedule.take_due(1_001), Due::default());
        assert_eq!(schedule.next_wake(1_001), 1_050);
    }

    #[test]
    fn the_schedule_survives_the_uptime_wrap() {
        let start = u32::MAX - 120;
        let mut schedule = Schedule::new(P, start);
        let mut now = start;
        let mut ticks = 0;
        for _ in 0..100 {
            ticks += u32::from(schedule.take_due(now).tick);
            now = schedule.next_wake(now);
        }
        assert!(ticks > 50, "ticks kept coming across the wrap: {ticks}");
        assert!(now < 10_000, "the clock wrapped and the schedule followed: {now}");
    }

    #[test]
    fn the_tick_follows_the_deadline_it_is_given() {
        let mut schedule = Schedule::new(P, 0);
        schedule.take_due(0);
        schedule.tick_at(1_000);
        // Nothing wakes for the tick before its deadline: the watchdog check (250 ms) comes first.
        assert_eq!(schedule.next_wake(0), 250);
        assert!(!schedule.take_due(250).tick);
        assert!(schedule.take_due(1_000).tick);
    }

    #[test]
    fn polled_buttons_are_read_every_poll_period() {
        let mut schedule = Schedule::new(P, 0).with_button_polling(0);
        let polls = (0..=1_000).filter(|&now| schedule.take_due(now).poll).count();
        assert_eq!(polls, 20);
    }

    #[test]
    fn debouncing_polls_until_settled() {
        let mut schedule = Schedule::new(P, 0);
        schedule.take_due(0);
        schedule.start_debouncing(10);
        schedule.start_debouncing(12); // a second edge does not move the poll
        assert_eq!(schedule.next_wake(10), 10);
        assert!(schedule.take_due(10).debounce);
        schedule.debounced(false, 10);
        assert_eq!(schedule.next_wake(10), 15);
        assert!(!schedule.take_due(14).debounce);
        assert!(schedule.take_due(15).debounce);
        schedule.debounced(true, 15);
        assert!(!schedule.is_debouncing());
        assert_eq!(schedule.next_wake(15), 50);
    }
}
