//! Cairn's own reminder window, for desktops whose notifications cannot
//! carry buttons (Windows and macOS through notify-rust, a Linux server
//! without the `actions` capability): the reminder's sentence with Done,
//! Later and Open Cairn, small, near the tray's corner, always on top.
//!
//! It is shown without taking the keyboard from what the person is typing
//! (made unfocused, shown without `set_focus`; on GTK also "no focus on
//! map"); once they move to it, Done has the focus, Enter answers Done and
//! Escape Later. One reminder shows at a time; the others wait in
//! [`queue::Queue`] and show one by one as the person answers. Closing the
//! window dismisses the one showing.
//!
//! Like the quick window (see quick.rs) it is made on first use, then only
//! hidden and shown again: a WebKit view made hidden in advance asks for
//! frames forever. Its page (`ui/reminder.html`) asks for the reminder
//! showing with `current_reminder` when it loads and whenever it hears
//! [`SHOWN_EVENT`], so a page that was still loading when the event went
//! out still shows the right one.
//!
//! [`WindowOrNotification`] is the scheduler's notifier in the app: it
//! asks the notification server at each delivery where a reminder goes.

pub mod queue;

use std::sync::{Mutex, MutexGuard};

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

use crate::error::{Error, Result};
use crate::notify::{self, Action, Notice, Notifier, OnAction, Route, Status};
use cairn_core::tr;
use queue::{Pushed, Queue};

pub const LABEL: &str = "reminder";
/// Sent to the reminder window when the reminder it should show changed.
pub const SHOWN_EVENT: &str = "cairn://reminder-shown";

const WIDTH: f64 = 360.0;
/// WebKitGTK makes a window at least 200 tall, so it is that everywhere;
/// the page centres its content.
const HEIGHT: f64 = 200.0;
/// Space between the window and the screen's edges, in logical pixels.
const MARGIN: f64 = 16.0;

/// A reminder waiting in (or showing in) the window, with what to do with
/// the person's answer.
struct Waiting {
    notice: Notice,
    on_action: OnAction,
}

/// The queue behind the window, managed as app state.
#[derive(Default)]
pub struct ReminderWindow {
    queue: Mutex<Queue<Waiting>>,
}

impl ReminderWindow {
    fn lock(&self) -> MutexGuard<'_, Queue<Waiting>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The reminder showing, as its page draws it.
    pub fn current(&self) -> Option<CardDto> {
        card(&self.lock())
    }
}

fn card(queue: &Queue<Waiting>) -> Option<CardDto> {
    queue.current().map(|e| CardDto {
        id: e.id,
        title: e.item.notice.title.clone(),
        body: e.item.notice.body.clone(),
        done: e.item.notice.done,
        later: e.item.notice.later,
        week: e.item.notice.open,
        waiting: queue.waiting(),
    })
}

/// The reminder the window shows.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CardDto {
    /// Answer with this id (a reminder answered twice counts once).
    pub id: u64,
    pub title: String,
    pub body: String,
    /// Offer Done (a habit-stack reminder, an anchor prompt).
    pub done: bool,
    /// Offer Later (not for anchor prompts).
    pub later: bool,
    /// The weekly nudge: Open Cairn opens the week's review.
    pub week: bool,
    /// How many more reminders wait behind this one.
    pub waiting: usize,
}

/// The person's answer in the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Done,
    Later,
    /// Open Cairn: the main window (on the week, for the weekly nudge).
    Open,
    /// Closed without an answer.
    Dismiss,
}

impl Answer {
    pub fn parse(text: &str) -> Result<Answer> {
        match text {
            "done" => Ok(Answer::Done),
            "later" => Ok(Answer::Later),
            "open" => Ok(Answer::Open),
            "dismiss" => Ok(Answer::Dismiss),
            _ => Err(Error::Validation(tr!("app-reminder-answer"))),
        }
    }
}

/// Queues `notice`; shows the window when nothing else was showing.
pub fn enqueue<R: Runtime>(app: &AppHandle<R>, notice: Notice, on_action: OnAction) {
    let Some(state) = app.try_state::<ReminderWindow>() else {
        tracing::warn!("no reminder window state; the reminder is not shown");
        return;
    };
    let key = notice.key.clone();
    let pushed = state.lock().push(&key, Waiting { notice, on_action });
    match pushed {
        Pushed::Shown(_) => present(app),
        // The window shows how many wait.
        Pushed::Queued(_) => tell_page(app),
        Pushed::Already => {}
    }
}

/// The person answered the reminder showing as `id`: its answer goes the
/// way a notification's would (Done logs the win, Later snoozes), then the
/// next reminder shows, or the window hides. Returns the reminder now
/// showing. An answer to a reminder no longer showing changes nothing.
pub fn answer<R: Runtime>(
    app: &AppHandle<R>,
    state: &ReminderWindow,
    id: u64,
    answer: Answer,
) -> Result<Option<CardDto>> {
    let answered = state.lock().answer(id);
    if let Some(entry) = answered {
        let Waiting { notice, on_action } = entry.item;
        let action = match answer {
            Answer::Done if notice.done => Action::Done,
            Answer::Later if notice.later => Action::Later,
            // The weekly nudge's own Open: the main window, on its week.
            Answer::Open if notice.open => Action::Open,
            Answer::Open => {
                crate::quick::show_main(app);
                Action::Dismissed
            }
            _ => Action::Dismissed,
        };
        on_action(action);
    }
    // Hidden under the lock: a reminder queued meanwhile shows after this.
    let queue = state.lock();
    let next = card(&queue);
    if next.is_none() {
        hide(app);
    }
    Ok(next)
}

/// The window was closed: the reminder showing is dismissed.
pub fn dismiss_current<R: Runtime>(app: &AppHandle<R>) {
    let Some(state) = app.try_state::<ReminderWindow>() else {
        return;
    };
    let id = state.current().map(|c| c.id);
    match id {
        Some(id) => {
            if answer(app, &state, id, Answer::Dismiss)
                .ok()
                .flatten()
                .is_some()
            {
                tell_page(app);
            }
        }
        None => hide(app),
    }
}

fn tell_page<R: Runtime>(app: &AppHandle<R>) {
    if app.get_webview_window(LABEL).is_some() {
        let _ = app.emit_to(LABEL, SHOWN_EVENT, ());
    }
}

fn hide<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(LABEL) {
        if let Err(e) = window.hide() {
            tracing::warn!(error = %e, "could not hide the reminder window");
        }
    }
}

/// Makes the window, unfocused and hidden; its page asks for the reminder
/// showing once it runs.
fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<tauri::WebviewWindow<R>> {
    WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("reminder.html".into()))
        .title(tr!("app-reminder-title"))
        .inner_size(WIDTH, HEIGHT)
        .resizable(false)
        .decorations(false)
        .always_on_top(true)
        .skip_taskbar(true)
        .focused(false)
        .visible(false)
        .build()
}

/// Shows the window near the tray's corner, without taking the focus.
fn present<R: Runtime>(app: &AppHandle<R>) {
    let (window, fresh) = match app.get_webview_window(LABEL) {
        Some(window) => (window, false),
        None => match create(app) {
            Ok(window) => (window, true),
            Err(e) => {
                tracing::warn!(error = %e, "no reminder window");
                return;
            }
        },
    };
    place(&window);
    show_unfocused(&window);
    if !fresh {
        tell_page(app);
    }
}

/// Bottom right of the primary screen's work area (above a bottom panel or
/// taskbar); top right on macOS, where the menu bar and its icons are.
fn place<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    let monitor = match window.primary_monitor() {
        Ok(Some(m)) => m,
        _ => match window.current_monitor() {
            Ok(Some(m)) => m,
            _ => return,
        },
    };
    let scale = monitor.scale_factor();
    let area = monitor.work_area();
    // The size it has, if the system made it larger than asked.
    let (w, h) = window
        .outer_size()
        .map_or((WIDTH * scale, HEIGHT * scale), |s| {
            (
                f64::from(s.width).max(WIDTH * scale),
                f64::from(s.height).max(HEIGHT * scale),
            )
        });
    let margin = MARGIN * scale;
    let right = f64::from(area.position.x) + f64::from(area.size.width);
    let x = right - w - margin;
    let y = if cfg!(target_os = "macos") {
        f64::from(area.position.y) + margin
    } else {
        f64::from(area.position.y) + f64::from(area.size.height) - h - margin
    };
    let _ = window.set_position(tauri::PhysicalPosition::new(
        x.round() as i32,
        y.round() as i32,
    ));
}

/// Shows the window and does not focus it. On GTK the window is also told
/// not to take the focus when mapped (window managers otherwise give a
/// newly shown window the focus); the person can still click or Alt+Tab
/// to it.
fn show_unfocused<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    {
        // On the main thread, beside the web view's GTK window.
        let w = window.clone();
        let shown = window.with_webview(move |view| {
            use gtk::glib::Cast;
            use gtk::prelude::{GtkWindowExt, WidgetExt};
            if let Some(top) = view.inner().toplevel() {
                if let Ok(gtk) = top.downcast::<gtk::Window>() {
                    gtk.set_focus_on_map(false);
                }
            }
            if let Err(e) = w.show() {
                tracing::warn!(error = %e, "could not show the reminder window");
            }
        });
        if let Err(e) = shown {
            tracing::warn!(error = %e, "could not show the reminder window");
        }
    }
    // Elsewhere `focused(false)` holds only while the window is made (tao
    // on Windows then shows it with SW_SHOW, which activates it; on macOS
    // showing makes it the key window): it is shown while it cannot take
    // the focus, then made focusable again, so a click or Alt+Tab reaches
    // it. (Not tried on those systems by the tests, which run on Linux.)
    #[cfg(not(target_os = "linux"))]
    {
        let _ = window.set_focusable(false);
        if let Err(e) = window.show() {
            tracing::warn!(error = %e, "could not show the reminder window");
        }
        let _ = window.set_focusable(true);
    }
}

/// The scheduler's notifier in the app: a system notification where it
/// carries buttons, else Cairn's own window. The notification server is
/// asked at every delivery (one short D-Bus call), since it may have been
/// restarted or replaced since the last one.
pub struct WindowOrNotification<R: Runtime> {
    app: AppHandle<R>,
    desktop: notify::DesktopNotifier,
}

impl<R: Runtime> WindowOrNotification<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        WindowOrNotification {
            app,
            desktop: notify::DesktopNotifier,
        }
    }
}

impl<R: Runtime> Notifier for WindowOrNotification<R> {
    fn probe(&self) -> Status {
        self.desktop.probe()
    }

    fn show(&self, notice: &Notice, on_action: OnAction) -> std::result::Result<(), String> {
        match notify::route()? {
            Route::Notification => self.desktop.show(notice, on_action),
            Route::OwnWindow => {
                enqueue(&self.app, notice.clone(), on_action);
                Ok(())
            }
        }
    }
}
