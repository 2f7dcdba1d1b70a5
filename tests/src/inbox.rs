//! A growing list that background reader threads append to and tests wait on, with a deadline.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Instant;

/// Items received so far from one channel, plus whether the channel has closed (and why).
#[derive(Debug)]
pub(crate) struct Inbox<T> {
    state: Mutex<State<T>>,
    changed: Condvar,
}

#[derive(Debug)]
struct State<T> {
    items: Vec<T>,
    closed: Option<String>,
}

impl<T> Default for Inbox<T> {
    fn default() -> Self {
        Self { state: Mutex::new(State { items: Vec::new(), closed: None }), changed: Condvar::new() }
    }
}

impl<T> Inbox<T> {
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        // A panicking reader thread must not hide what was received before it: ignore poisoning.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Appends one item and wakes the waiters.
    pub fn push(&self, item: T) {
        self.lock().items.push(item);
        self.changed.notify_all();
    }

    /// Appends several items and wakes the waiters.
    pub fn extend(&self, items: impl IntoIterator<Item = T>) {
        self.lock().items.extend(items);
        self.changed.notify_all();
    }

    /// Marks the channel closed (nothing more will arrive) and wakes the waiters.
    pub fn close(&self, why: impl Into<String>) {
        let mut state = self.lock();
        if state.closed.is_none() {
            state.closed = Some(why.into());
        }
        drop(state);
        self.changed.notify_all();
    }

    /// Why the channel closed, if it did.
    pub fn closed(&self) -> Option<String> {
        self.lock().closed.clone()
    }

    /// Runs `look` on everything received so far.
    pub fn with<R>(&self, look: impl FnOnce(&[T]) -> R) -> R {
        look(&self.lock().items)
    }

    /// Number of items received so far.
    pub fn len(&self) -> usize {
        self.lock().items.len()
    }

    /// Calls `check` on the items each time they change until it returns `Some`, the channel closes
    /// (`check` gets one last look) or `deadline` passes; `None` means it never matched.
    pub fn wait_for<R>(&self, deadline: Instant, mut check: impl FnMut(&[T]) -> Option<R>) -> Option<R> {
        let mut state = self.lock();
        loop {
            if let Some(found) = check(&state.items) {
                return Some(found);
            }
            let now = Instant::now();
            if now >= deadline || state.closed.is_some() {
                return None;
            }
            state = self.changed.wait_timeout(state, deadline - now).unwrap_or_else(|p| p.into_inner()).0;
        }
    }
}

impl<T: Clone> Inbox<T> {
    /// A copy of the items from `start` on.
    pub fn since(&self, start: usize) -> Vec<T> {
        self.with(|items| items.get(start..).map(<[T]>::to_vec).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::time::Duration;

    #[test]
    fn wait_for_sees_items_pushed_by_another_thread() {
        let inbox = Arc::new(Inbox::default());
        let writer = Arc::clone(&inbox);
        let thread = std::thread::spawn(move || {
            for i in 0..5 {
                std::thread::sleep(Duration::from_millis(5));
                writer.push(i);
            }
        });
        let found = inbox.wait_for(Instant::now() + Duration::from_secs(5), |items| items.iter().position(|&i| i == 4));
        assert_eq!(found, Some(4));
        thread.join().unwrap();
        assert_eq!(inbox.since(3), vec![3, 4]);
    }

    #[test]
    fn wait_for_gives_up_at_the_deadline_and_when_closed() {
        let inbox: Inbox<u8> = Inbox::default();
        let started = Instant::now();
        assert_eq!(inbox.wait_for(started + Duration::from_millis(50), |_| None::<()>), None);
        assert!(started.elapsed() >= Duration::from_millis(50));
        inbox.close("gone");
        let started = Instant::now();
        assert_eq!(inbox.wait_for(started + Duration::from_secs(5), |_| None::<()>), None);
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(inbox.closed().as_deref(), Some("gone"));
    }
}
