//! A reminder plan's inputs, read in one snapshot inside a use case's
//! transaction: the stacks, quiet hours and pause, the steps done and rest
//! days near now, the slots already shown and the snoozes. What is due next
//! (`domain::schedule`) is decided from them; the reminders and the stacks
//! list both read them.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::domain::schedule::{local_of, Plan, QuietHours, SlotKey, Snooze, LATE_LIMIT_MINUTES};
use crate::domain::stacks::Stack;
use crate::domain::today::days_not_asked;
use crate::domain::StepId;
use crate::error::Result;
use crate::store;

/// How far ahead the plan looks, in days (a week and a day).
const AHEAD_DAYS: i64 = 8;

/// The plan's inputs, read in one snapshot of the database.
#[derive(Debug, Clone, Default)]
pub struct PlanData {
    pub stacks: Vec<Stack>,
    pub quiet: Option<QuietHours>,
    pub pause_end: Option<DateTime<Utc>>,
    pub done: HashSet<(StepId, NaiveDate)>,
    pub rest: HashSet<(Option<StepId>, NaiveDate)>,
    pub shown: HashSet<SlotKey>,
    pub snoozes: Vec<Snooze>,
}

impl PlanData {
    /// Reads what planning from `now` needs, on an open connection.
    pub fn read<Tz: TimeZone>(conn: &store::Conn, tz: &Tz, now: DateTime<Utc>) -> Result<Self> {
        let first = local_of(tz, now - Duration::minutes(LATE_LIMIT_MINUTES)).date();
        let last = first + Duration::days(AHEAD_DAYS);
        let settings = super::settings::reminder_settings_in(conn)?;
        let (shown, snoozes) = store::stacks::shown_since(conn, first)?;
        let stacks = store::stacks::list(conn)?;
        let mut done = store::stacks::steps_done_between(conn, first, last)?;
        // A step with a longer rhythm is not asked for every day: no
        // reminder on the days it rests (taken as done). Its days with a
        // win reach back a month and a day, as its rhythm does.
        for step_id in stacks.iter().filter_map(|s| s.step_id.as_ref()) {
            let Some(step) = store::steps::get(conn, step_id)? else {
                continue;
            };
            if !step.cadence.rests_some_days() {
                continue;
            }
            let won = store::chronicle::step_days_between(
                conn,
                step_id,
                first - Duration::days(32),
                last,
            )?;
            for day in days_not_asked(&step, &won, first, last) {
                done.insert((step_id.clone(), day));
            }
        }
        Ok(PlanData {
            stacks,
            quiet: settings.quiet,
            pause_end: settings.pause_end,
            done,
            rest: store::rest_days::between(conn, first, last)?
                .into_iter()
                .map(|r| (r.step_id, r.date))
                .collect(),
            shown,
            snoozes,
        })
    }

    pub fn plan(&self) -> Plan<'_> {
        Plan {
            stacks: &self.stacks,
            quiet: self.quiet,
            paused_until: self.pause_end,
            done: &self.done,
            rest: &self.rest,
            fired: &self.shown,
            snoozes: &self.snoozes,
        }
    }
}
