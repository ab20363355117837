//! "Today's one thing": the single most important thing for a day, however
//! small; doing it is the day's main win. It is an open step or a line of
//! free text, one per local day.
//!
//! It is done when the win logged against it is live, or (for a step) when
//! any live win on that step was logged that day. A free-text one thing is
//! done by its own ✓ or by a win with the same words. An unfinished one
//! thing is offered the next morning, once, to carry over; never imposed.

use chrono::{Duration, NaiveDate};

use super::{StepId, Win, WinId};

/// A day's one thing, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct OneThing {
    pub date: NaiveDate,
    /// The step chosen, if it was a step (and it still exists).
    pub step_id: Option<StepId>,
    /// The free text, or the step's title when it was chosen.
    pub text: String,
    /// The win logged against it, if any.
    pub win_id: Option<WinId>,
}

/// Whether a one thing is done: the win linked to it is live, or it is a
/// step and some live win on that step was logged on its day.
pub fn is_done(linked_win_live: bool, live_step_wins_that_day: u32) -> bool {
    linked_win_live || live_step_wins_that_day > 0
}

/// Two texts name the same thing: equal once trimmed, ignoring case.
fn same_words(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether `win` is a win for `one`: logged on its day, and on its step
/// (a step's one thing) or with its words (a free-text one).
pub fn win_does(one: &OneThing, win: &Win) -> bool {
    win.local_date == one.date
        && match &one.step_id {
            Some(step) => win.step_id.as_ref() == Some(step),
            None => same_words(&one.text, &win.text),
        }
}

/// Whether to offer `previous` (the latest one thing before `today`, with
/// whether it was done) to carry over: it was yesterday's, it is not done,
/// today has none yet, and the offer was not set aside today.
pub fn offer_carry_over(
    today: NaiveDate,
    today_is_set: bool,
    previous: Option<(&OneThing, bool)>,
    set_aside_on: Option<NaiveDate>,
) -> bool {
    match previous {
        Some((one, done)) => {
            !done
                && !today_is_set
                && one.date == today - Duration::days(1)
                && set_aside_on != Some(today)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::WinSource;
    use chrono::{TimeZone, Utc};

    /// Saturday 21 November 2026 plus `n` days.
    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap() + Duration::days(n)
    }

    fn step(n: u8) -> StepId {
        StepId::from_trusted(format!("00000000-0000-4000-8000-00000000000{n}"))
    }

    fn one(date: NaiveDate, step_id: Option<StepId>, text: &str) -> OneThing {
        OneThing {
            date,
            step_id,
            text: text.into(),
            win_id: None,
        }
    }

    fn win(date: NaiveDate, step_id: Option<StepId>, text: &str) -> Win {
        Win {
            id: WinId::from_trusted("w".into()),
            text: text.into(),
            note: String::new(),
            logged_at: Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap(),
            local_date: date,
            goal_id: None,
            step_id,
            source: WinSource::Window,
            amount: None,
        }
    }

    #[test]
    fn done_by_its_win_or_any_win_on_its_step() {
        for (linked, step_wins, done) in [
            (false, 0, false),
            (true, 0, true),
            (false, 1, true),
            (true, 3, true),
        ] {
            assert_eq!(is_done(linked, step_wins), done, "{linked} {step_wins}");
        }
    }

    #[test]
    fn which_wins_do_it() {
        let by_step = one(day(0), Some(step(1)), "Write one paragraph");
        let by_text = one(day(0), None, "Call Mum");
        let cases = [
            (&by_step, win(day(0), Some(step(1)), "anything"), true),
            (
                &by_step,
                win(day(0), Some(step(2)), "Write one paragraph"),
                false,
            ),
            (&by_step, win(day(0), None, "Write one paragraph"), false),
            (&by_step, win(day(1), Some(step(1)), "x"), false),
            (&by_text, win(day(0), None, "Call Mum"), true),
            (&by_text, win(day(0), None, "  call mum "), true),
            (&by_text, win(day(0), Some(step(1)), "Call Mum"), true),
            (&by_text, win(day(0), None, "Call Dad"), false),
            (&by_text, win(day(-1), None, "Call Mum"), false),
        ];
        for (one, win, expected) in cases {
            assert_eq!(win_does(one, &win), expected, "{one:?} {win:?}");
        }
    }

    #[test]
    fn carry_over_is_offered_the_next_morning_only() {
        let yesterday = one(day(-1), None, "Call Mum");
        let older = one(day(-2), None, "Call Mum");
        let cases = [
            // (today set, previous, done, set aside on, offered)
            (false, Some(&yesterday), false, None, true),
            (false, Some(&yesterday), true, None, false),
            (true, Some(&yesterday), false, None, false),
            (false, Some(&older), false, None, false),
            (false, None, false, None, false),
            (false, Some(&yesterday), false, Some(day(0)), false),
            // Set aside on an earlier day: offered again today.
            (false, Some(&yesterday), false, Some(day(-1)), true),
        ];
        for (set, previous, done, aside, expected) in cases {
            assert_eq!(
                offer_carry_over(day(0), set, previous.map(|p| (p, done)), aside),
                expected,
                "{set} {previous:?} {done} {aside:?}"
            );
        }
    }
}
