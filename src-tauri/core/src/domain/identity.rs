//! Who a person is becoming: a goal may name an identity in the person's
//! own words ("someone who writes", "a runner"), and every win under that
//! goal is a vote for it. This module checks the words and reads the votes'
//! history: how many came back after a quiet week.
//!
//! Votes are wins: nothing here is stored apart from the goal's words, so
//! an identity added later counts the goal's past wins too.

use chrono::NaiveDate;

use super::RuleError;

/// Most characters in an identity: a short phrase, not a paragraph.
pub const IDENTITY_MAX: usize = 80;

/// The identity as written, trimmed; blank means none (`""`). One line of
/// at most [`IDENTITY_MAX`] characters.
pub fn parse_identity(text: &str) -> Result<String, RuleError> {
    let text = text.trim();
    let count = text.chars().count();
    if count > IDENTITY_MAX {
        return Err(RuleError::new(crate::tr!(
            "error-text-too-long",
            what = crate::tr!("core-field-goal-identity"),
            count = count,
            max = IDENTITY_MAX
        )));
    }
    if text.chars().any(char::is_control) {
        return Err(RuleError::new(crate::tr!(
            "error-title-control",
            what = crate::tr!("core-field-goal-identity")
        )));
    }
    Ok(text.to_owned())
}

/// What the votes for one identity add up to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VoteStory {
    /// Every vote so far.
    pub total: u64,
    /// The day of the first one.
    pub first: Option<NaiveDate>,
    /// Weeks with a vote right after a week without one (but after the
    /// first vote): each a quiet week that did not end the story.
    pub comebacks: u32,
}

/// Reads the votes' history from the weeks that had any, as `(first day
/// of the week, votes)` in ascending order, and the first vote's day.
/// Weeks are consecutive when their first days are 7 days apart; a gap
/// between two listed weeks is a quiet week, and the week after it a
/// comeback.
pub fn vote_story(weeks_with_votes: &[(NaiveDate, u32)], first: Option<NaiveDate>) -> VoteStory {
    let mut story = VoteStory {
        first,
        ..VoteStory::default()
    };
    let mut previous: Option<NaiveDate> = None;
    for &(week, votes) in weeks_with_votes {
        if votes == 0 {
            continue;
        }
        story.total += u64::from(votes);
        if let Some(before) = previous {
            if (week - before).num_days() > 7 {
                story.comebacks += 1;
            }
        }
        previous = Some(week);
    }
    story
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn an_identity_is_trimmed_and_may_be_blank() {
        assert_eq!(
            parse_identity("  someone who writes ").unwrap(),
            "someone who writes"
        );
        assert_eq!(parse_identity("").unwrap(), "");
        assert_eq!(parse_identity("   ").unwrap(), "");
        assert_eq!(parse_identity("eine Läuferin").unwrap(), "eine Läuferin");
    }

    #[test]
    fn an_identity_is_one_short_line() {
        assert!(parse_identity(&"a".repeat(IDENTITY_MAX)).is_ok());
        // Characters, not bytes: 80 accented letters are fine.
        assert!(parse_identity(&"é".repeat(IDENTITY_MAX)).is_ok());
        let long = parse_identity(&"a".repeat(IDENTITY_MAX + 1)).unwrap_err();
        assert!(long.0.contains("81"), "{}", long.0);
        assert!(parse_identity("a runner\nand a writer").is_err());
        assert!(parse_identity("a\u{1b}[31mrunner").is_err());
    }

    #[test]
    fn no_votes_is_an_empty_story() {
        assert_eq!(vote_story(&[], None), VoteStory::default());
    }

    #[test]
    fn weeks_in_a_row_are_no_comeback() {
        let weeks = [(day(11, 2), 3), (day(11, 9), 1), (day(11, 16), 4)];
        let story = vote_story(&weeks, Some(day(11, 3)));
        assert_eq!(story.total, 8);
        assert_eq!(story.first, Some(day(11, 3)));
        assert_eq!(story.comebacks, 0);
    }

    #[test]
    fn each_return_after_a_quiet_week_is_a_comeback() {
        // Quiet weeks: 16 Nov, then 30 Nov and 7 Dec.
        let weeks = [
            (day(11, 2), 2),
            (day(11, 9), 1),
            (day(11, 23), 1),
            (day(12, 14), 5),
        ];
        let story = vote_story(&weeks, Some(day(11, 2)));
        assert_eq!(story.total, 9);
        assert_eq!(story.comebacks, 2);
    }

    #[test]
    fn weeks_listed_with_no_votes_are_quiet_weeks() {
        let weeks = [(day(11, 2), 1), (day(11, 9), 0), (day(11, 16), 1)];
        assert_eq!(vote_story(&weeks, Some(day(11, 2))).comebacks, 1);
    }
}
