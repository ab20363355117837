//! Milestones: the 1st, 10th, 25th ... 1000th win, overall and per goal, and
//! each step's first run of seven. Each is reached on a day and celebrated
//! once; the timeline shows them as quiet markers.

use chrono::NaiveDate;

/// Win counts worth a marker.
pub const WIN_COUNTS: [u32; 8] = [1, 10, 25, 50, 100, 250, 500, 1000];

/// What a milestone is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MilestoneKind {
    /// The `n`th win overall.
    Wins(u32),
    /// The `n`th win for a goal (its id).
    GoalWins(u32, String),
    /// A step's first run of seven (its id).
    FirstRun(String),
}

/// A milestone and the day it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub reached_on: NaiveDate,
}

impl Milestone {
    /// A stable key, to remember that it was celebrated.
    pub fn key(&self) -> String {
        match &self.kind {
            MilestoneKind::Wins(n) => format!("wins:{n}"),
            MilestoneKind::GoalWins(n, goal) => format!("goal:{goal}:{n}"),
            MilestoneKind::FirstRun(step) => format!("run7:{step}"),
        }
    }
}

/// The days on which each of [`WIN_COUNTS`] was reached, from win counts
/// per day in ascending day order. Stops reading once the last is reached.
pub fn win_counts_reached(
    per_day: impl IntoIterator<Item = (NaiveDate, u32)>,
) -> Vec<(u32, NaiveDate)> {
    let mut out = Vec::new();
    let mut total = 0u32;
    let mut next = WIN_COUNTS.iter().copied().peekable();
    for (day, n) in per_day {
        total += n;
        while let Some(&m) = next.peek() {
            if total < m {
                break;
            }
            out.push((m, day));
            next.next();
        }
        if next.peek().is_none() {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(n)
    }

    fn check(per_day: &[u32], expected: &[(u32, i64)]) {
        let got = win_counts_reached(per_day.iter().enumerate().map(|(i, n)| (day(i as i64), *n)));
        let expected: Vec<(u32, NaiveDate)> = expected.iter().map(|&(m, d)| (m, day(d))).collect();
        assert_eq!(got, expected, "{per_day:?}");
    }

    #[test]
    fn win_counts() {
        check(&[], &[]);
        check(&[1], &[(1, 0)]);
        check(&[0, 3, 6, 1], &[(1, 1), (10, 3)]);
        // One big day passes several at once.
        check(&[30], &[(1, 0), (10, 0), (25, 0)]);
        check(
            &[600, 400, 5],
            &[
                (1, 0),
                (10, 0),
                (25, 0),
                (50, 0),
                (100, 0),
                (250, 0),
                (500, 0),
                (1000, 1),
            ],
        );
    }

    #[test]
    fn keys_are_stable() {
        let m = |kind| Milestone {
            kind,
            reached_on: day(0),
        };
        assert_eq!(m(MilestoneKind::Wins(10)).key(), "wins:10");
        assert_eq!(
            m(MilestoneKind::GoalWins(25, "g".into())).key(),
            "goal:g:25"
        );
        assert_eq!(m(MilestoneKind::FirstRun("s".into())).key(), "run7:s");
    }
}
