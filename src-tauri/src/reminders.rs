//! The one reminder scheduler: a thread that asks `service::reminders` for
//! the next due instant, sleeps until then, and is woken early through a
//! channel whenever data or settings change. With nothing due it blocks on
//! the channel alone: no polling, no timer. After every sleep it reads the
//! wall clock again, so a suspend or a clock change is seen at the next
//! wake; a slot missed by less than 30 minutes then fires once.
//!
//! The window side (showing a reminder in the window, the quick window,
//! telling the windows about a new win) is behind `Host`, implemented in
//! lib.rs; notifications are behind `notify::Notifier`. In the app that is
//! `reminder_window::WindowOrNotification`: a notification where it can
//! carry Done and Later, else Cairn's own reminder window, whose answers
//! come back here the same way (`answer`).

use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};

use chrono::{Duration, TimeZone};

use crate::clock::Clock;
use crate::domain::reflection::Week;
use crate::notify::{Action, Notice, Notifier, Status};
use crate::service::reflections::{self as reviews, Nudge};
use crate::service::reminders::{self as use_case, Reminder, ReminderKind};
use crate::store::Store;

/// Overrides how long "Later" waits, in seconds (tests, demos).
pub const SNOOZE_SECONDS_ENV: &str = "CAIRN_SNOOZE_SECONDS";

/// What the scheduler needs from the app around it.
pub trait Host: Send + Sync + 'static {
    /// Runs `f` with the open database; does nothing when it is unavailable.
    fn with_store(&self, f: &mut dyn FnMut(&Store));
    /// Shows a reminder in the main window (`notified`: a notification was
    /// shown too).
    fn in_window(&self, reminder: &Reminder, notified: bool);
    /// A click on a notification's body: the quick-log window.
    fn open_quick(&self, reminder: &Reminder);
    /// A reminder's answer changed the data.
    fn changed(&self);
    /// "Open" on the weekly nudge: the main window, on that week's review.
    fn open_week(&self, week: Week);
    /// The person's day turned (local midnight passed, or the computer woke,
    /// or its clock or time zone moved, onto another day): everything that
    /// shows "today" must show the new one. Nothing was written.
    fn day_turned(&self);
}

/// The running scheduler: wake it after any change; ask it whether
/// notifications work.
pub struct Scheduler {
    wake: Mutex<Sender<()>>,
    /// The thread's end of `wake`, until [`Scheduler::run`] takes it.
    woken: Mutex<Option<Receiver<()>>>,
    status: Mutex<Option<Status>>,
    snooze_override: Option<Duration>,
}

impl Scheduler {
    /// A scheduler that plans nothing until [`Scheduler::run`]: the app
    /// holds it from the start (commands ask it for its status) but starts
    /// its thread after the first frame.
    pub fn new(snooze_override: Option<Duration>) -> Arc<Scheduler> {
        let (tx, rx) = channel();
        Arc::new(Scheduler {
            wake: Mutex::new(tx),
            woken: Mutex::new(Some(rx)),
            status: Mutex::new(None),
            snooze_override,
        })
    }

    /// Starts the scheduler thread; a second call does nothing. `tz` turns
    /// reminder times into instants (`chrono::Local` in the app).
    pub fn run<H: Host, Tz: TimeZone + Send + 'static>(
        self: &Arc<Self>,
        host: Arc<H>,
        notifier: Arc<dyn Notifier>,
        clock: Arc<dyn Clock>,
        tz: Tz,
    ) {
        let Some(rx) = self.woken.lock().unwrap_or_else(|e| e.into_inner()).take() else {
            return;
        };
        let ctx = Context {
            host,
            notifier,
            clock,
            tz,
            scheduler: self.clone(),
        };
        let spawned = std::thread::Builder::new()
            .name("cairn-reminders".into())
            .spawn(move || crate::on_async_runtime(|| run(ctx, rx)));
        if let Err(e) = spawned {
            tracing::error!(error = %e, "no reminder thread: reminders are off");
        }
    }

    /// Makes the scheduler plan again (data or settings changed).
    pub fn wake(&self) {
        let _ = self.wake.lock().unwrap_or_else(|e| e.into_inner()).send(());
    }

    /// Whether notifications can be shown; `None` until the first probe.
    pub fn status(&self) -> Option<Status> {
        self.status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The snooze length set through [`SNOOZE_SECONDS_ENV`], if any.
    pub fn snooze_override(&self) -> Option<Duration> {
        self.snooze_override
    }

    fn set_status(&self, status: Status) {
        *self.status.lock().unwrap_or_else(|e| e.into_inner()) = Some(status);
    }
}

/// The snooze length from the environment, if set to a whole number of
/// seconds.
pub fn snooze_override_from_env() -> Option<Duration> {
    std::env::var(SNOOZE_SECONDS_ENV)
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .filter(|s| *s > 0)
        .map(Duration::seconds)
}

struct Context<H, Tz> {
    host: Arc<H>,
    notifier: Arc<dyn Notifier>,
    clock: Arc<dyn Clock>,
    tz: Tz,
    scheduler: Arc<Scheduler>,
}

/// Wakes the scheduler when the computer resumes from sleep (logind's
/// `PrepareForSleep(false)` on the system bus), so a reminder missed while
/// asleep is weighed at once; its timer alone would fire late, as it does
/// not count the time asleep. The thread waits on the bus, never on a
/// timer. Without a system bus (or off Linux) this does nothing.
pub fn wake_after_suspend(scheduler: Arc<Scheduler>) {
    #[cfg(target_os = "linux")]
    std::thread::Builder::new()
        .name("cairn-resume".into())
        .spawn(move || crate::on_async_runtime(|| {
            let signals = zbus::blocking::Connection::system().and_then(|bus| {
                let manager = zbus::blocking::Proxy::new(
                    &bus,
                    "org.freedesktop.login1",
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                )?;
                let signals = manager.receive_signal("PrepareForSleep")?;
                for signal in signals {
                    if let Ok(false) = signal.body().deserialize::<bool>() {
                        scheduler.wake();
                    }
                }
                Ok(())
            });
            if let Err(e) = signals {
                tracing::debug!(error = %e, "no resume signal; reminders re-plan on their own timer");
            }
        }))
        .map(drop)
        .unwrap_or_else(|e| tracing::warn!(error = %e, "no resume watcher"));
    #[cfg(not(target_os = "linux"))]
    drop(scheduler);
}

fn run<H: Host, Tz: TimeZone>(ctx: Context<H, Tz>, wake: Receiver<()>) {
    ctx.scheduler.set_status(ctx.notifier.probe());
    let mut since = ctx.clock.now();
    let mut day = ctx.clock.today();
    loop {
        while wake.try_recv().is_ok() {}
        // Whatever woke the thread (the day's own timer, a resume, a write),
        // the day is read again from the clock: a wake from sleep or a
        // changed clock is noticed at the first wake after it.
        let today = ctx.clock.today();
        if today != day {
            day = today;
            ctx.host.day_turned();
        }
        let (prompts, nudge, sleep) = plan(&ctx, &mut since);
        // Each one shown was recorded (its slot is spent, "Next" moves on):
        // the windows and the tray hear of it as of any other write.
        let recorded = !prompts.is_empty() || nudge.is_some();
        for reminder in prompts {
            deliver(&ctx, reminder);
        }
        if let Some(nudge) = nudge {
            deliver_nudge(&ctx, nudge);
        }
        if recorded {
            ctx.host.changed();
        }
        // The next local midnight is always due: the one timer a day that
        // fires with no reminder planned.
        let midnight = until_tomorrow(ctx.clock.as_ref());
        let sleep = sleep.map_or(midnight, |s| s.min(midnight));
        let woken = match wake.recv_timeout(sleep.to_std().unwrap_or_default()) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => true,
            Err(RecvTimeoutError::Disconnected) => false,
        };
        if !woken {
            return;
        }
    }
}

/// How long until the person's next day begins (its first valid instant,
/// on a day whose midnight a clock change skips), from the clock's now.
/// Never zero, so a clock that stands still cannot spin the thread.
pub fn until_tomorrow(clock: &dyn Clock) -> Duration {
    let now = clock.now();
    let next = clock.start_of_day(clock.local_date(now) + chrono::Days::new(1));
    (next - now).max(Duration::seconds(1))
}

/// Anchor prompts since the last look, then every reminder due now, then
/// the weekly nudge if due; returns what to show and how long to sleep
/// (`None`: until woken), to whichever comes first.
fn plan<H: Host, Tz: TimeZone>(
    ctx: &Context<H, Tz>,
    since: &mut chrono::DateTime<chrono::Utc>,
) -> (Vec<Reminder>, Option<Nudge>, Option<Duration>) {
    let (out, mut sleep) = plan_reminders(ctx, since);
    let mut nudge = None;
    ctx.host.with_store(&mut |store| {
        let now = ctx.clock.now();
        match reviews::next_nudge(store, &ctx.tz, now) {
            Ok(Some((week, at))) if at <= now => {
                match reviews::show_nudge(store, ctx.clock.as_ref(), week) {
                    Ok(n) => nudge = Some(n),
                    Err(e) => tracing::warn!(error = %e, "could not record the weekly nudge"),
                }
                // The next one is a week away; plan again after this one.
                if let Ok(Some((_, next))) = reviews::next_nudge(store, &ctx.tz, now) {
                    sleep = Some(sleep.map_or(next - now, |s: Duration| s.min(next - now)));
                }
            }
            Ok(Some((_, at))) => {
                sleep = Some(sleep.map_or(at - now, |s: Duration| s.min(at - now)));
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "could not plan the weekly nudge"),
        }
    });
    (out, nudge, sleep)
}

/// Anchor prompts since the last look, then every reminder due now.
fn plan_reminders<H: Host, Tz: TimeZone>(
    ctx: &Context<H, Tz>,
    since: &mut chrono::DateTime<chrono::Utc>,
) -> (Vec<Reminder>, Option<Duration>) {
    let mut out = Vec::new();
    let mut sleep = None;
    ctx.host.with_store(&mut |store| {
        match use_case::anchor_prompts(store, ctx.clock.as_ref(), *since) {
            Ok((prompts, seen)) => {
                *since = seen;
                out.extend(prompts);
            }
            Err(e) => tracing::warn!(error = %e, "anchor prompts"),
        }
        // Several slots may be due at once (after a wake-up); each is shown
        // once, then the plan moves on. The bound guards against a loop.
        for _ in 0..32 {
            let now = ctx.clock.now();
            match use_case::next_reminder(store, &ctx.tz, now) {
                Ok(Some(due)) if due.at <= now => {
                    match use_case::show(store, ctx.clock.as_ref(), &due) {
                        Ok(r) => out.push(r),
                        Err(e) => {
                            tracing::warn!(error = %e, "could not record a reminder");
                            return;
                        }
                    }
                }
                Ok(Some(due)) => {
                    sleep = Some(due.at - now);
                    return;
                }
                Ok(None) => return,
                Err(e) => {
                    tracing::warn!(error = %e, "could not plan reminders");
                    return;
                }
            }
        }
    });
    (out, sleep)
}

fn deliver<H: Host, Tz: TimeZone>(ctx: &Context<H, Tz>, reminder: Reminder) {
    let notice = Notice {
        key: format!(
            "{}|{}|{}",
            reminder.slot.stack,
            reminder.slot.date,
            crate::domain::stacks::time_text(reminder.slot.time)
        ),
        title: reminder.title.clone(),
        body: reminder.body.clone(),
        done: true,
        later: reminder.kind != ReminderKind::Anchor,
        open: false,
    };
    let host = ctx.host.clone();
    let clock = ctx.clock.clone();
    let snooze = ctx.scheduler.snooze_override();
    let r = reminder.clone();
    let on_action =
        Box::new(move |action: Action| answer(host.as_ref(), clock.as_ref(), &r, action, snooze));
    match ctx.notifier.show(&notice, on_action) {
        Ok(()) => {
            if reminder.kind == ReminderKind::Anchor {
                ctx.host.in_window(&reminder, true);
            }
        }
        Err(e) => {
            tracing::info!(error = %e, "no notification; showing the reminder in the window");
            ctx.scheduler
                .set_status(crate::notify::unavailable("notify-reason-not-shown"));
            ctx.host.in_window(&reminder, false);
        }
    }
}

/// Shows the weekly nudge with Open and Later. Without a notification
/// server it is left for the Week page, where the draft waits anyway.
fn deliver_nudge<H: Host, Tz: TimeZone>(ctx: &Context<H, Tz>, nudge: Nudge) {
    let notice = Notice {
        key: format!("week|{}", nudge.week.start),
        title: nudge.title.clone(),
        body: nudge.body.clone(),
        done: false,
        later: true,
        open: true,
    };
    let host = ctx.host.clone();
    let clock = ctx.clock.clone();
    let snooze = ctx.scheduler.snooze_override();
    let week = nudge.week;
    let on_action = Box::new(move |action: Action| match action {
        Action::Open => host.open_week(week),
        Action::Later => {
            let mut ok = false;
            host.with_store(&mut |store| match reviews::nudge_later(
                store,
                clock.as_ref(),
                week,
                snooze,
            ) {
                Ok(_) => ok = true,
                Err(e) => tracing::warn!(error = %e, "weekly nudge later"),
            });
            if ok {
                host.changed();
            }
        }
        Action::Done | Action::Dismissed => {}
    });
    if let Err(e) = ctx.notifier.show(&notice, on_action) {
        tracing::info!(error = %e, "no notification for the weekly nudge");
    }
}

/// The person answered a notification.
fn answer<H: Host>(
    host: &H,
    clock: &dyn Clock,
    r: &Reminder,
    action: Action,
    snooze: Option<Duration>,
) {
    match action {
        Action::Done | Action::Later => {
            let mut ok = false;
            host.with_store(&mut |store| {
                let result = if action == Action::Done {
                    use_case::done(store, clock, &r.slot).map(drop)
                } else {
                    use_case::later(store, clock, &r.slot, snooze).map(drop)
                };
                match result {
                    Ok(()) => ok = true,
                    Err(e) => tracing::warn!(error = %e, "reminder answer"),
                }
            });
            if ok {
                host.changed();
            }
        }
        Action::Open => host.open_quick(r),
        Action::Dismissed => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::notify::RecordingNotifier;
    use crate::service::stacks::{save_stack, StackDraft, StepChoice};
    use crate::store::test_support::{temp_store, TempStore};
    use chrono::FixedOffset;
    use std::time::Duration as StdDuration;

    struct TestHost {
        t: TempStore,
        windows: Mutex<Vec<(String, bool)>>,
        changes: Mutex<u32>,
        scheduler: Mutex<Option<Arc<Scheduler>>>,
        weeks: Mutex<Vec<Week>>,
        days_turned: Mutex<u32>,
    }

    impl Host for TestHost {
        fn with_store(&self, f: &mut dyn FnMut(&Store)) {
            f(&self.t.store)
        }
        fn in_window(&self, r: &Reminder, notified: bool) {
            self.windows
                .lock()
                .unwrap()
                .push((r.title.clone(), notified));
        }
        fn open_quick(&self, _: &Reminder) {}
        fn open_week(&self, week: Week) {
            self.weeks.lock().unwrap().push(week);
        }
        fn changed(&self) {
            *self.changes.lock().unwrap() += 1;
            if let Some(s) = self.scheduler.lock().unwrap().as_ref() {
                s.wake();
            }
        }
        fn day_turned(&self) {
            *self.days_turned.lock().unwrap() += 1;
        }
    }

    /// Saturday 21 November 2026, 09:30 in Berlin: the stack's slot.
    const SATURDAY: &str = "2026-11-21T09:30:00+01:00";

    fn wait_for(mut check: impl FnMut() -> bool) -> bool {
        (0..200).any(|_| {
            std::thread::sleep(StdDuration::from_millis(10));
            check()
        })
    }

    fn setup(
        fail: bool,
        at: &str,
    ) -> (
        Arc<TestHost>,
        Arc<RecordingNotifier>,
        Arc<FixedClock>,
        Arc<Scheduler>,
    ) {
        let host = Arc::new(TestHost {
            t: temp_store(),
            windows: Mutex::default(),
            changes: Mutex::default(),
            scheduler: Mutex::default(),
            weeks: Mutex::default(),
            days_turned: Mutex::default(),
        });
        let clock = Arc::new(FixedClock::at(at));
        save_stack(
            &host.t.store,
            clock.as_ref(),
            None,
            &StackDraft {
                anchor: "pour my coffee".into(),
                action: "stretch for one minute".into(),
                step: StepChoice::New,
                times: vec!["09:30".into()],
                weekdays: (0..7).collect(),
                enabled: true,
            },
        )
        .unwrap();
        let notifier = Arc::new(RecordingNotifier::new(fail));
        let scheduler = Scheduler::new(Some(Duration::seconds(5)));
        scheduler.run(
            host.clone(),
            notifier.clone(),
            clock.clone(),
            FixedOffset::east_opt(3600).unwrap(),
        );
        *host.scheduler.lock().unwrap() = Some(scheduler.clone());
        (host, notifier, clock, scheduler)
    }

    #[test]
    fn a_due_slot_notifies_once_and_done_logs_a_win() {
        let (host, notifier, _clock, scheduler) = setup(false, SATURDAY);
        assert!(wait_for(|| notifier.shown().len() == 1));
        assert_eq!(notifier.shown()[0].title, "After I pour my coffee");
        assert_eq!(notifier.shown()[0].body, "I will stretch for one minute");
        assert!(notifier.shown()[0].later);
        assert!(scheduler.status().unwrap().available);
        // The spent slot is a change the windows hear of ("Next" moves on).
        assert!(wait_for(|| *host.changes.lock().unwrap() == 1));
        scheduler.wake();
        std::thread::sleep(StdDuration::from_millis(100));
        assert_eq!(notifier.shown().len(), 1, "at most one per slot");
        assert_eq!(*host.changes.lock().unwrap(), 1, "a wake with nothing due");
        notifier.answer(0, Action::Done);
        assert_eq!(*host.changes.lock().unwrap(), 2);
        let sources: Vec<String> = host
            .t
            .store
            .read(|c| crate::store::wins::on_day(c, "2026-11-21".parse().unwrap()))
            .unwrap()
            .into_iter()
            .map(|w| w.win.source.as_str().to_owned())
            .collect();
        assert_eq!(sources, ["reminder"]);
    }

    #[test]
    fn later_brings_it_back_after_the_snooze() {
        let (_host, notifier, clock, scheduler) = setup(false, SATURDAY);
        assert!(wait_for(|| notifier.shown().len() == 1));
        notifier.answer(0, Action::Later);
        clock.advance(Duration::seconds(6));
        scheduler.wake();
        assert!(wait_for(|| notifier.shown().len() == 2));
    }

    #[test]
    fn without_a_notification_server_the_window_shows_it() {
        let (host, notifier, _clock, scheduler) = setup(true, SATURDAY);
        assert!(wait_for(|| host.windows.lock().unwrap().len() == 1));
        assert_eq!(
            host.windows.lock().unwrap()[0],
            ("After I pour my coffee".to_owned(), false)
        );
        assert!(notifier.shown().is_empty());
        assert!(!scheduler.status().unwrap().available);
    }

    /// A clock in a real time zone (with its clock changes), standing where
    /// it is put.
    struct ZoneClock {
        now: Mutex<chrono::DateTime<chrono::Utc>>,
        tz: chrono_tz::Tz,
    }

    impl Clock for ZoneClock {
        fn now(&self) -> chrono::DateTime<chrono::Utc> {
            *self.now.lock().unwrap()
        }
        fn local_datetime(&self, instant: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDateTime {
            instant.with_timezone(&self.tz).naive_local()
        }
        fn start_of_day(&self, date: chrono::NaiveDate) -> chrono::DateTime<chrono::Utc> {
            crate::clock::first_instant(&self.tz, date)
        }
    }

    /// How long the scheduler sleeps, with nothing else due, until the day
    /// turns: to the next local midnight, 23 or 25 hours on a day the clocks
    /// change, and to 01:00 where a clock change skips midnight.
    #[test]
    fn the_day_turns_at_the_next_local_midnight_in_every_zone() {
        // (zone, local now, expected sleep in minutes)
        let cases = [
            ("Europe/Berlin", "2026-12-07 23:59", 1),
            ("Europe/Berlin", "2026-12-07 00:00", 24 * 60),
            ("Europe/Berlin", "2026-12-07 12:30", 11 * 60 + 30),
            // Spring forward on 29 March 2026 (02:00 -> 03:00): a day of 23 h.
            ("Europe/Berlin", "2026-03-29 00:00", 23 * 60),
            // Fall back on 25 October 2026 (03:00 -> 02:00): a day of 25 h.
            ("Europe/Berlin", "2026-10-25 00:00", 25 * 60),
            ("America/New_York", "2026-03-08 22:00", 2 * 60),
            ("America/New_York", "2026-11-01 00:30", 24 * 60 + 30),
            // The southern hemisphere: Sydney springs forward on 4 October
            // 2026 (02:00 -> 03:00), Santiago at midnight on 6 September
            // 2026 (00:00 -> 01:00): that day begins at 01:00.
            ("Australia/Sydney", "2026-10-04 00:00", 23 * 60),
            ("America/Santiago", "2026-09-05 23:00", 60),
        ];
        for (zone, local, minutes) in cases {
            let tz: chrono_tz::Tz = zone.parse().unwrap();
            let naive = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
            let now = tz.from_local_datetime(&naive).earliest().unwrap();
            let clock = ZoneClock {
                now: Mutex::new(now.with_timezone(&chrono::Utc)),
                tz,
            };
            assert_eq!(
                until_tomorrow(&clock),
                Duration::minutes(minutes),
                "{zone} at {local}"
            );
        }
    }

    /// Past midnight the host hears once that the day turned; a wake on the
    /// same day says nothing more.
    #[test]
    fn the_host_hears_once_that_the_day_turned() {
        let (host, _notifier, clock, scheduler) = setup(false, "2026-11-21T23:59:58+01:00");
        std::thread::sleep(StdDuration::from_millis(50));
        assert_eq!(*host.days_turned.lock().unwrap(), 0);
        clock.advance(Duration::seconds(3));
        scheduler.wake();
        assert!(wait_for(|| *host.days_turned.lock().unwrap() == 1));
        scheduler.wake();
        std::thread::sleep(StdDuration::from_millis(100));
        assert_eq!(*host.days_turned.lock().unwrap(), 1);
        // A wake from sleep two days later: one turn, to the day it is now.
        clock.advance(Duration::days(2));
        scheduler.wake();
        assert!(wait_for(|| *host.days_turned.lock().unwrap() == 2));
    }

    /// A win on Sunday, so the week has something to look back on; the
    /// write wakes the scheduler, as the app's writes do.
    fn a_win_this_week(host: &TestHost, clock: &FixedClock, scheduler: &Scheduler) {
        let draft = crate::service::wins::WinDraft {
            text: "Walked".into(),
            note: String::new(),
            goal: None,
            step: None,
            source: crate::domain::WinSource::Window,
            amount: None,
        };
        crate::service::wins::log_win(&host.t.store, clock, &draft).unwrap();
        scheduler.wake();
    }

    /// Sunday evening: the weekly nudge shows once, with Open and Later;
    /// Open asks for the week's page, Later brings it back after the snooze.
    #[test]
    fn the_weekly_nudge_shows_once_and_opens_its_week() {
        let (host, notifier, clock, scheduler) = setup(false, "2026-11-29T18:05:00+01:00");
        a_win_this_week(&host, &clock, &scheduler);
        assert!(wait_for(|| notifier.shown().len() == 1));
        let nudge = &notifier.shown()[0];
        assert_eq!(nudge.title, "Your week is ready to look back on");
        assert!(nudge.open && nudge.later && !nudge.done);
        scheduler.wake();
        std::thread::sleep(StdDuration::from_millis(100));
        assert_eq!(notifier.shown().len(), 1, "one nudge a week");
        notifier.answer(0, Action::Open);
        let weeks = host.weeks.lock().unwrap().clone();
        assert_eq!(weeks.len(), 1);
        // The week that ended by Sunday: 23–29 November for Monday weeks,
        // 22–28 for Sunday weeks (the locale decides).
        let end = weeks[0].end().to_string();
        assert!(
            ["2026-11-29", "2026-11-28"].contains(&end.as_str()),
            "{end}"
        );
    }

    #[test]
    fn later_on_the_weekly_nudge_asks_again_after_the_snooze() {
        let (host, notifier, clock, scheduler) = setup(false, "2026-11-29T18:05:00+01:00");
        a_win_this_week(&host, &clock, &scheduler);
        assert!(wait_for(|| notifier.shown().len() == 1));
        notifier.answer(0, Action::Later);
        clock.advance(Duration::seconds(6));
        scheduler.wake();
        assert!(wait_for(|| notifier.shown().len() == 2));
        assert_eq!(
            notifier.shown()[1].title,
            "Your week is ready to look back on"
        );
    }
}
