//! How the backend's threads reach the app: the change listener every
//! write tells (windows reload, the tray rebuilds, reminders re-plan, sync
//! writes out), and the hosts through which the sync watch and the
//! reminder scheduler use the store and the windows without knowing Tauri.

use std::sync::Arc;

use tauri::{Emitter, Manager, Runtime};

use crate::commands::{self, AppState, ChangeListener};
use crate::events::{CHANGED_EVENT, NAVIGATE_EVENT, REMINDER_EVENT};
use crate::store::Store;
use crate::{memory, quick, reminders, service, sync_watch, tray};

/// Tells every window and the tray that the data changed.
pub(crate) struct DesktopListener<R: Runtime>(pub tauri::AppHandle<R>);

impl<R: Runtime> DesktopListener<R> {
    /// Every window reloads what it shows and the tray rebuilds its menu
    /// and tooltip: both read "today" afresh.
    pub fn show_again(&self) {
        if let Err(e) = self.0.emit(CHANGED_EVENT, ()) {
            tracing::warn!(error = %e, "could not tell the windows about a change");
        }
        tray::refresh(&self.0);
        if let Some(trimmer) = self.0.try_state::<memory::Trimmer>() {
            trimmer.poke();
        }
    }
}

impl<R: Runtime> ChangeListener for DesktopListener<R> {
    fn data_changed(&self) {
        self.show_again();
        // Any write may change what is due next: the scheduler plans again.
        if let Some(scheduler) = self.0.try_state::<Arc<reminders::Scheduler>>() {
            scheduler.wake();
        }
        // With sync on, this computer's changes go to the sync folder, on
        // the watch's thread (nothing while sync is off).
        if let Some(watch) = self.0.try_state::<sync_watch::SyncWatch>() {
            watch.local_write();
        }
    }
}

/// The sync watch's view of the app: the store's sync use cases and the one
/// refresh (`DesktopListener`).
pub(crate) struct SyncHost<R: Runtime>(pub tauri::AppHandle<R>);

impl<R: Runtime> sync_watch::Host for SyncHost<R> {
    /// True when the data changed, or what Settings shows of sync (the
    /// computers seen, the notes) did.
    fn sync(&self) -> bool {
        let state = self.0.state::<AppState>();
        let Ok(store) = state.store() else {
            return false;
        };
        let shown = |s: service::sync::SyncStatus| (s.devices, s.notes);
        let before = service::sync::status(store).map(shown).ok();
        match service::sync::sync_now(store, state.clock()) {
            Ok(report) => {
                report.applied > 0 || service::sync::status(store).map(shown).ok() != before
            }
            Err(e) => {
                tracing::warn!(error = %e, "sync: the folder could not be read now");
                false
            }
        }
    }

    fn flush(&self) {
        let state = self.0.state::<AppState>();
        if let Err(e) = state
            .store()
            .and_then(|s| service::sync::flush_outbox(s, state.clock()))
        {
            tracing::warn!(error = %e, "sync: changes stay pending until the folder is back");
        }
    }

    fn own_device(&self) -> Option<String> {
        let state = self.0.state::<AppState>();
        let status = state.store().and_then(service::sync::status).ok()?;
        status.this_device.map(|d| d.id)
    }

    fn changed(&self) {
        DesktopListener(self.0.clone()).data_changed();
    }
}

/// The reminder scheduler's view of the app: the store, the main window,
/// the quick window.
pub(crate) struct ReminderHost<R: Runtime>(pub tauri::AppHandle<R>);

impl<R: Runtime> reminders::Host for ReminderHost<R> {
    fn with_store(&self, f: &mut dyn FnMut(&Store)) {
        if let Ok(store) = self.0.state::<AppState>().store() {
            f(store);
        }
    }

    fn in_window(&self, reminder: &service::reminders::Reminder, notified: bool) {
        let dto = commands::stacks::ReminderDto::new(reminder, notified);
        if let Err(e) = self.0.emit_to("main", REMINDER_EVENT, dto) {
            tracing::warn!(error = %e, "could not show a reminder in the window");
        }
    }

    fn open_quick(&self, reminder: &service::reminders::Reminder) {
        // The action as the person wrote it, never the translated sentence
        // around it ("I will …", "werde ich …").
        quick::show_prefilled(&self.0, "reminder", &reminder.action);
    }

    fn changed(&self) {
        DesktopListener(self.0.clone()).data_changed();
    }

    fn day_turned(&self) {
        // Nothing was written: no reminder to re-plan, nothing to sync.
        DesktopListener(self.0.clone()).show_again();
    }

    fn open_week(&self, week: crate::domain::reflection::Week) {
        quick::show_main(&self.0);
        let route = serde_json::json!({ "view": "week", "id": week.start.to_string() });
        if let Err(e) = self.0.emit_to("main", NAVIGATE_EVENT, route) {
            tracing::warn!(error = %e, "could not open the week's review");
        }
    }
}
