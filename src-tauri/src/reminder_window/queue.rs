//! The reminder window's queue, without a window: one reminder shows at a
//! time, the rest wait in the order they came, the same reminder (by key)
//! is never queued twice, and an answer to the one showing brings the next.
//! Pure, so its rules are tested without Tauri.

use std::collections::VecDeque;

/// One queued reminder: `id` tells answers to different showings apart
/// (an answer to one no longer showing is ignored), `key` which reminder
/// it is (a stack's slot, a week).
#[derive(Debug)]
pub struct Entry<T> {
    pub id: u64,
    pub key: String,
    pub item: T,
}

/// What [`Queue::push`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pushed {
    /// Nothing was showing: this one shows now.
    Shown(u64),
    /// Another one shows; this one waits its turn.
    Queued(u64),
    /// The same reminder already shows or waits; nothing changed.
    Already,
}

/// Reminders to show, the first one showing.
#[derive(Debug)]
pub struct Queue<T> {
    entries: VecDeque<Entry<T>>,
    next_id: u64,
}

impl<T> Default for Queue<T> {
    fn default() -> Self {
        Queue {
            entries: VecDeque::new(),
            next_id: 1,
        }
    }
}

impl<T> Queue<T> {
    /// Adds a reminder at the end, unless one with the same key is there.
    pub fn push(&mut self, key: &str, item: T) -> Pushed {
        if self.entries.iter().any(|e| e.key == key) {
            return Pushed::Already;
        }
        let id = self.next_id;
        self.next_id += 1;
        self.entries.push_back(Entry {
            id,
            key: key.to_owned(),
            item,
        });
        if self.entries.len() == 1 {
            Pushed::Shown(id)
        } else {
            Pushed::Queued(id)
        }
    }

    /// The reminder showing, if any.
    pub fn current(&self) -> Option<&Entry<T>> {
        self.entries.front()
    }

    /// How many wait behind the one showing.
    pub fn waiting(&self) -> usize {
        self.entries.len().saturating_sub(1)
    }

    /// The person answered the reminder showing as `id`: it leaves the
    /// queue and is returned, and the next one (see [`Queue::current`])
    /// shows. An answer to any other id changes nothing and returns `None`.
    pub fn answer(&mut self, id: u64) -> Option<Entry<T>> {
        if self.entries.front().is_some_and(|e| e.id == id) {
            self.entries.pop_front()
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(q: &Queue<&str>) -> Vec<String> {
        q.entries.iter().map(|e| e.key.clone()).collect()
    }

    #[test]
    fn the_first_shows_and_the_rest_wait_in_order() {
        let mut q = Queue::default();
        assert_eq!(q.push("a", "coffee"), Pushed::Shown(1));
        assert_eq!(q.push("b", "laptop"), Pushed::Queued(2));
        assert_eq!(q.push("c", "week"), Pushed::Queued(3));
        assert_eq!(q.current().map(|e| e.item), Some("coffee"));
        assert_eq!(q.waiting(), 2);
        assert_eq!(keys(&q), ["a", "b", "c"]);
    }

    #[test]
    fn an_answer_brings_the_next_one() {
        let mut q = Queue::default();
        q.push("a", "coffee");
        q.push("b", "laptop");
        let answered = q.answer(1).expect("the one showing");
        assert_eq!((answered.key.as_str(), answered.item), ("a", "coffee"));
        assert_eq!(q.current().map(|e| (e.id, e.item)), Some((2, "laptop")));
        assert_eq!(q.waiting(), 0);
        assert!(q.answer(2).is_some());
        assert!(q.current().is_none());
        // Empty again: the next one shows at once.
        assert_eq!(q.push("c", "week"), Pushed::Shown(3));
    }

    #[test]
    fn an_answer_to_a_reminder_not_showing_changes_nothing() {
        let mut q = Queue::default();
        q.push("a", "coffee");
        q.push("b", "laptop");
        for stale in [0, 2, 99] {
            assert!(q.answer(stale).is_none(), "{stale}");
        }
        assert_eq!(q.current().map(|e| e.id), Some(1));
        assert!(q.answer(1).is_some());
        assert!(q.answer(1).is_none(), "answered once");
        assert_eq!(q.current().map(|e| e.id), Some(2));
    }

    #[test]
    fn the_same_reminder_is_not_queued_twice() {
        let mut q = Queue::default();
        q.push("a", "coffee");
        q.push("b", "laptop");
        // Showing, or waiting: either way once.
        assert_eq!(q.push("a", "coffee again"), Pushed::Already);
        assert_eq!(q.push("b", "laptop again"), Pushed::Already);
        assert_eq!(keys(&q), ["a", "b"]);
        // Once answered, the same slot may come again (after Later).
        q.answer(1);
        assert_eq!(q.push("a", "coffee, later"), Pushed::Queued(3));
        assert_eq!(keys(&q), ["b", "a"]);
    }
}
