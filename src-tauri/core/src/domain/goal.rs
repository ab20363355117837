//! Goals: the big aspirations that micro-steps serve.

use chrono::{DateTime, Utc};

use super::{GoalId, RuleError};

/// Where a goal stands. Only active goals show on Today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalStatus {
    Active,
    Paused,
    Done,
    Archived,
}

impl GoalStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Paused => "paused",
            GoalStatus::Done => "done",
            GoalStatus::Archived => "archived",
        }
    }

    pub fn parse(text: &str) -> Result<Self, RuleError> {
        match text {
            "active" => Ok(GoalStatus::Active),
            "paused" => Ok(GoalStatus::Paused),
            "done" => Ok(GoalStatus::Done),
            "archived" => Ok(GoalStatus::Archived),
            other => Err(RuleError::new(crate::tr!(
                "error-goal-status-unknown",
                value = other
            ))),
        }
    }
}

/// The colours a goal can wear; calm, and readable in light and dark themes.
pub const GOAL_COLOURS: [&str; 8] = [
    "#5b8a72", "#4f7cac", "#c07a3a", "#9a6fb0", "#b85c6e", "#3f8f8f", "#8a7f3a", "#6b7280",
];

/// Accepts `#rrggbb` (any hex colour the UI may offer).
pub fn parse_colour(text: &str) -> Result<String, RuleError> {
    let t = text.trim();
    let ok = t.len() == 7 && t.starts_with('#') && t[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if ok {
        Ok(t.to_ascii_lowercase())
    } else {
        Err(RuleError::new(crate::tr!("error-goal-colour")))
    }
}

/// The colour a new goal gets: the palette in turn.
pub fn colour_for_new_goal(existing_goals: usize) -> &'static str {
    GOAL_COLOURS[existing_goals % GOAL_COLOURS.len()]
}

/// A big aspiration, with why it matters and how success is measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub id: GoalId,
    pub title: String,
    /// Motivation: why this goal matters to the person.
    pub why: String,
    /// A measurable definition of done ("the one-page goal").
    pub success: String,
    /// Who the person is becoming through it, in their words ("someone
    /// who writes"); blank when none. Each win under the goal is a vote
    /// for it (`domain::identity`).
    pub identity: String,
    pub status: GoalStatus,
    pub colour: String,
    /// Order among goals, 0 first.
    pub position: i64,
    pub created_at: DateTime<Utc>,
}

/// Moves `id` to `to` within an ordered list of ids, clamping `to` to the
/// list. Returns `None` when `id` is not in the list.
pub fn move_to<T: PartialEq + Clone>(order: &[T], id: &T, to: usize) -> Option<Vec<T>> {
    let from = order.iter().position(|x| x == id)?;
    let mut out = order.to_vec();
    let item = out.remove(from);
    out.insert(to.min(out.len()), item);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_round_trips() {
        for s in [
            GoalStatus::Active,
            GoalStatus::Paused,
            GoalStatus::Done,
            GoalStatus::Archived,
        ] {
            assert_eq!(GoalStatus::parse(s.as_str()), Ok(s));
        }
        assert!(GoalStatus::parse("deleted").is_err());
    }

    #[test]
    fn colours() {
        assert_eq!(parse_colour("#5B8A72"), Ok("#5b8a72".into()));
        assert!(parse_colour("red").is_err());
        assert!(parse_colour("#12345").is_err());
        assert!(parse_colour("javascript:alert(1)").is_err());
        assert_eq!(colour_for_new_goal(0), GOAL_COLOURS[0]);
        assert_eq!(colour_for_new_goal(9), GOAL_COLOURS[1]);
    }

    fn check_move(order: &[char], id: char, to: usize, expected: Option<&str>) {
        let got = move_to(order, &id, to).map(|v| v.into_iter().collect::<String>());
        assert_eq!(got.as_deref(), expected, "move {id} to {to}");
    }

    #[test]
    fn moving() {
        let abc = ['a', 'b', 'c'];
        check_move(&abc, 'a', 0, Some("abc"));
        check_move(&abc, 'a', 1, Some("bac"));
        check_move(&abc, 'a', 2, Some("bca"));
        check_move(&abc, 'c', 0, Some("cab"));
        check_move(&abc, 'b', 99, Some("acb"));
        check_move(&abc, 'z', 0, None);
    }
}
