//! What every command shares: the database (or why it could not be opened),
//! the clock, and who to tell about changes.

use std::sync::OnceLock;

use crate::clock::Clock;
use crate::error::Result;
use crate::store::Store;

/// Told after every successful write, so that every window and the tray
/// can show the new state. The app emits an event; tests record or ignore.
pub trait ChangeListener: Send + Sync {
    fn data_changed(&self);
}

/// A listener that does nothing (tests, and before the app is set up).
pub struct NoListener;

impl ChangeListener for NoListener {
    fn data_changed(&self) {}
}

/// What every command shares: the database (or why it could not be
/// opened), the clock, and who to tell about changes.
pub struct AppState {
    /// Set once: at once in tests, by the opening thread in the app (the
    /// database opens and is checked while the web view starts).
    store: OnceLock<Result<Store>>,
    clock: Box<dyn Clock>,
    listener: Box<dyn ChangeListener>,
}

impl AppState {
    pub fn new(store: Result<Store>, clock: Box<dyn Clock>) -> Self {
        let state = AppState::opening(clock);
        state.set_store(store);
        state
    }

    /// A state whose database is still opening: [`AppState::store`] waits
    /// until [`AppState::set_store`] is called.
    pub fn opening(clock: Box<dyn Clock>) -> Self {
        AppState {
            store: OnceLock::new(),
            clock,
            listener: Box::new(NoListener),
        }
    }

    /// Hands over the opened database (or why it could not open); only the
    /// first call counts.
    pub fn set_store(&self, store: Result<Store>) {
        let _ = self.store.set(store);
    }

    pub fn with_listener(mut self, listener: Box<dyn ChangeListener>) -> Self {
        self.listener = listener;
        self
    }

    /// Passes a write's result through, telling the listener when it worked.
    pub fn changed<T>(&self, result: Result<T>) -> Result<T> {
        if result.is_ok() {
            self.listener.data_changed();
        }
        result
    }

    /// The open database, or the reason it could not be opened at start.
    /// Waits while it is still opening (the first moments after launch).
    pub fn store(&self) -> Result<&Store> {
        self.store.wait().as_ref().map_err(Clone::clone)
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }
}
