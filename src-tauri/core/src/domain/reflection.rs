//! The weekly review: which days make a week, which week the weekly nudge
//! asks about, what a review holds and how a week compares with the one
//! before, in kind words.
//!
//! The week's first day is the person's choice (or their locale's), so
//! every rule takes it as an argument.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};

use super::ids::{FocusActionId, ReflectionId, StepId};
use super::schedule::{resolve_local, QuietHours};
use super::text::Note;
use super::RuleError;

/// Most focus actions a review picks for the week after it.
pub const FOCUS_MAX: usize = 4;

/// Seven days from `start`, the person's first weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week {
    pub start: NaiveDate,
}

impl Week {
    /// The week `date` falls in, when weeks start on `first`.
    pub fn containing(date: NaiveDate, first: Weekday) -> Week {
        let back = (7 + date.weekday().num_days_from_monday() - first.num_days_from_monday()) % 7;
        Week {
            start: date - Duration::days(i64::from(back)),
        }
    }

    /// The latest week whose last day is `date` or earlier: the week a
    /// review on `date` looks back on. On the week's last day that is the
    /// week itself; on any other day, the week before.
    pub fn ended_by(date: NaiveDate, first: Weekday) -> Week {
        Week::containing(date + Duration::days(1), first).previous()
    }

    /// The last day of the week.
    pub fn end(self) -> NaiveDate {
        self.start + Duration::days(6)
    }

    pub fn previous(self) -> Week {
        Week {
            start: self.start - Duration::days(7),
        }
    }

    pub fn next(self) -> Week {
        Week {
            start: self.start + Duration::days(7),
        }
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        date >= self.start && date <= self.end()
    }
}

/// What a focus action became, when the person turned it into something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Became {
    /// A new step.
    Step,
    /// A change to an existing step.
    StepChange,
    /// The one thing for the first day of the next week.
    OneThing,
}

impl Became {
    pub fn as_str(self) -> &'static str {
        match self {
            Became::Step => "step",
            Became::StepChange => "step_change",
            Became::OneThing => "one_thing",
        }
    }

    pub fn parse(text: &str) -> Result<Self, RuleError> {
        match text {
            "step" => Ok(Became::Step),
            "step_change" => Ok(Became::StepChange),
            "one_thing" => Ok(Became::OneThing),
            _ => Err(RuleError::new(crate::tr!("error-focus-became-unknown"))),
        }
    }
}

/// One of the week's focus actions.
#[derive(Debug, Clone, PartialEq)]
pub struct FocusAction {
    pub id: FocusActionId,
    pub text: String,
    pub became: Option<Became>,
    /// The step it became or changed.
    pub step_id: Option<StepId>,
}

/// A person's review of one week.
#[derive(Debug, Clone, PartialEq)]
pub struct Reflection {
    pub id: ReflectionId,
    pub week: Week,
    pub went_well: String,
    pub learned: String,
    pub adjust: String,
    pub focus: Vec<FocusAction>,
}

/// The three answers as a person wrote them, checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answers {
    pub went_well: Note,
    pub learned: Note,
    pub adjust: Note,
}

impl Answers {
    pub fn parse(went_well: &str, learned: &str, adjust: &str) -> Result<Self, RuleError> {
        Ok(Answers {
            went_well: Note::parse(went_well, "core-field-went-well")?,
            learned: Note::parse(learned, "core-field-learned")?,
            adjust: Note::parse(adjust, "core-field-adjust")?,
        })
    }

    pub fn is_blank(&self) -> bool {
        self.went_well.as_str().is_empty()
            && self.learned.as_str().is_empty()
            && self.adjust.as_str().is_empty()
    }
}

/// Checks the focus actions' number; each text is checked as a title.
pub fn check_focus_count(count: usize) -> Result<(), RuleError> {
    if count > FOCUS_MAX {
        Err(RuleError::new(crate::tr!(
            "error-focus-too-many",
            max = FOCUS_MAX
        )))
    } else {
        Ok(())
    }
}

/// A review can be written for a week that has begun, never for a later one.
pub fn check_week(week: Week, today: NaiveDate) -> Result<(), RuleError> {
    if week.start > today {
        Err(RuleError::new(crate::tr!("error-week-not-started")))
    } else {
        Ok(())
    }
}

/// How a week went next to the week before, as the draft words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared {
    /// No wins either week.
    BothQuiet,
    /// No wins this week, some the week before.
    Quiet,
    /// More wins than the week before (or the first week with any).
    More(u32),
    Same,
    /// Fewer wins, but some.
    Lighter,
}

pub fn compare(this: u32, before: u32) -> Compared {
    match (this, before) {
        (0, 0) => Compared::BothQuiet,
        (0, _) => Compared::Quiet,
        (t, b) if t > b => Compared::More(t - b),
        (t, b) if t == b => Compared::Same,
        _ => Compared::Lighter,
    }
}

/// The draft's opening sentence about the week's wins.
pub fn wins_sentence(wins: u32, days: u32, before: u32) -> String {
    match compare(wins, before) {
        Compared::BothQuiet => crate::tr!("week-draft-both-quiet"),
        Compared::Quiet => crate::tr!("week-draft-quiet"),
        Compared::More(_) if before == 0 => {
            crate::tr!("week-draft-going-again", wins = wins, days = days)
        }
        Compared::More(n) => crate::tr!("week-draft-more", wins = wins, days = days, more = n),
        Compared::Same => crate::tr!("week-draft-same", wins = wins, days = days),
        Compared::Lighter => crate::tr!("week-draft-lighter", wins = wins, days = days),
    }
}

/// The weekly nudge's inputs besides "now" and the time zone.
#[derive(Debug, Clone, Copy)]
pub struct NudgePlan {
    pub first: Weekday,
    pub day: Weekday,
    pub time: NaiveTime,
    pub quiet: Option<QuietHours>,
    /// The end of the latest pause of reminders, even if over.
    pub paused_until: Option<DateTime<Utc>>,
    /// The week whose nudge was last shown.
    pub shown: Option<Week>,
    /// "Later" on a week's nudge: ask again then.
    pub later: Option<(Week, DateTime<Utc>)>,
}

/// A nudge shows at most this long after its time (the computer was
/// asleep or Cairn closed); after that the week is not mentioned again.
pub const NUDGE_LATE_HOURS: i64 = 24;

/// When the weekly nudge is next due, and for which week: the nudge day's
/// time (moved out of quiet hours and past a pause), for the week that
/// ends by that day, unless that week was already nudged or `skip` says
/// so (it has a review, or nothing to look back on). A "Later" asks again
/// at its instant. `None`: nothing due within a week.
pub fn next_nudge<Tz: TimeZone>(
    tz: &Tz,
    now: DateTime<Utc>,
    plan: &NudgePlan,
    skip: impl Fn(Week) -> bool,
) -> Option<(Week, DateTime<Utc>)> {
    let late = Duration::hours(NUDGE_LATE_HOURS);
    if let Some((week, at)) = plan.later {
        if !skip(week) && now < at + late {
            return Some((week, at));
        }
    }
    let today = now.with_timezone(tz).date_naive();
    let back = (7 + today.weekday().num_days_from_monday() - plan.day.num_days_from_monday()) % 7;
    let last = today - Duration::days(i64::from(back));
    [last, last + Duration::days(7)]
        .into_iter()
        .find_map(|day| {
            let week = Week::ended_by(day, plan.first);
            if plan.shown == Some(week) || skip(week) {
                return None;
            }
            let mut time = plan.time;
            if let Some(q) = plan.quiet.filter(|q| q.contains(plan.time)) {
                time = q.end;
            }
            // Quiet hours that end after midnight move the nudge to the next
            // morning.
            let date = if time < plan.time {
                day + Duration::days(1)
            } else {
                day
            };
            let mut at = resolve_local(tz, date, time)?;
            if let Some(until) = plan.paused_until.filter(|&u| u > at) {
                at = until;
            }
            (now < at + late).then_some((week, at))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// `date` in weeks starting on `first` begins on `start`.
    fn check_containing(date: &str, first: Weekday, start: &str) {
        assert_eq!(
            Week::containing(d(date), first).start,
            d(start),
            "{date} from {first}"
        );
    }

    #[test]
    fn a_day_belongs_to_the_week_of_its_first_weekday() {
        // 2026-11-29 is a Sunday, 2026-11-30 a Monday.
        check_containing("2026-11-29", Weekday::Mon, "2026-11-23");
        check_containing("2026-11-30", Weekday::Mon, "2026-11-30");
        check_containing("2026-11-29", Weekday::Sun, "2026-11-29");
        check_containing("2026-11-28", Weekday::Sun, "2026-11-22");
        check_containing("2026-11-28", Weekday::Sat, "2026-11-28");
        check_containing("2026-12-04", Weekday::Sat, "2026-11-28");
        // Across a year's end.
        check_containing("2027-01-01", Weekday::Mon, "2026-12-28");
    }

    /// A review on `date` looks back on the week starting `start`.
    fn check_ended_by(date: &str, first: Weekday, start: &str) {
        assert_eq!(
            Week::ended_by(d(date), first).start,
            d(start),
            "{date} from {first}"
        );
    }

    #[test]
    fn the_review_looks_back_on_the_latest_week_that_has_ended() {
        // Monday weeks: Sunday evening reviews the week ending that day;
        // Monday morning reviews the week that ended yesterday.
        check_ended_by("2026-11-29", Weekday::Mon, "2026-11-23");
        check_ended_by("2026-11-30", Weekday::Mon, "2026-11-23");
        check_ended_by("2026-11-28", Weekday::Mon, "2026-11-16");
        // Sunday weeks: Sunday reviews the week that ended on Saturday.
        check_ended_by("2026-11-29", Weekday::Sun, "2026-11-22");
        check_ended_by("2026-11-28", Weekday::Sun, "2026-11-22");
    }

    #[test]
    fn a_week_across_a_clock_change_still_has_seven_days() {
        // Europe's clocks went back on 25 October 2026: the week is made of
        // calendar days, so the change moves nothing.
        let week = Week::containing(d("2026-10-25"), Weekday::Mon);
        assert_eq!(week.start, d("2026-10-19"));
        assert_eq!(week.end(), d("2026-10-25"));
        assert!(week.contains(d("2026-10-25")));
        assert!(!week.contains(d("2026-10-26")));
        assert_eq!(week.next().start, d("2026-10-26"));
    }

    fn check_compare(this: u32, before: u32, expected: Compared) {
        assert_eq!(compare(this, before), expected, "{this} vs {before}");
    }

    #[test]
    fn weeks_compare_kindly() {
        check_compare(0, 0, Compared::BothQuiet);
        check_compare(0, 5, Compared::Quiet);
        check_compare(5, 0, Compared::More(5));
        check_compare(7, 5, Compared::More(2));
        check_compare(5, 5, Compared::Same);
        check_compare(2, 5, Compared::Lighter);
    }

    #[test]
    fn the_wins_sentence_counts_and_never_scolds() {
        assert_eq!(
            wins_sentence(7, 4, 5),
            "7 wins on 4 days, 2 more than the week before."
        );
        assert_eq!(
            wins_sentence(1, 1, 0),
            "1 win on 1 day: you got going again."
        );
        assert_eq!(
            wins_sentence(3, 2, 3),
            "3 wins on 2 days, as many as the week before: steady."
        );
        for (this, before) in [(0, 0), (0, 4), (2, 9)] {
            let s = wins_sentence(this, this.min(7), before).to_lowercase();
            for word in ["fail", "lost", "missed", "streak", "broken"] {
                assert!(!s.contains(word), "{s}");
            }
        }
    }

    #[test]
    fn at_most_four_focus_actions() {
        assert!(check_focus_count(0).is_ok());
        assert!(check_focus_count(4).is_ok());
        assert!(check_focus_count(5).is_err());
    }

    #[test]
    fn no_review_for_a_week_not_yet_begun() {
        let today = d("2026-11-30");
        assert!(check_week(Week::containing(today, Weekday::Mon), today).is_ok());
        assert!(check_week(
            Week {
                start: d("2026-12-07")
            },
            today
        )
        .is_err());
    }

    fn plan() -> NudgePlan {
        NudgePlan {
            first: Weekday::Mon,
            day: Weekday::Sun,
            time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            quiet: Some(QuietHours {
                start: NaiveTime::from_hms_opt(22, 0, 0).unwrap(),
                end: NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
            }),
            paused_until: None,
            shown: None,
            later: None,
        }
    }

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .unwrap()
            .with_timezone(&Utc)
    }

    /// Berlin's offset in late November.
    fn berlin() -> chrono::FixedOffset {
        chrono::FixedOffset::east_opt(3600).unwrap()
    }

    /// At `now`, the nudge is next due for the week starting `week`, at
    /// `due` (or nothing is due).
    fn check_nudge(now: &str, plan: &NudgePlan, reviewed: &[&str], expected: Option<(&str, &str)>) {
        let reviewed: Vec<Week> = reviewed.iter().map(|w| Week { start: d(w) }).collect();
        let got = next_nudge(&berlin(), at(now), plan, |w| reviewed.contains(&w));
        let expected = expected.map(|(week, due)| (Week { start: d(week) }, at(due)));
        assert_eq!(got, expected, "at {now}");
    }

    #[test]
    fn the_nudge_comes_on_its_day_for_the_week_that_ends() {
        let p = plan();
        // Saturday: the coming Sunday, for the week 23–29 November.
        check_nudge(
            "2026-11-28T10:00:00+01:00",
            &p,
            &[],
            Some(("2026-11-23", "2026-11-29T18:00:00+01:00")),
        );
        // Sunday after six: due now (the scheduler shows it at once).
        check_nudge(
            "2026-11-29T19:00:00+01:00",
            &p,
            &[],
            Some(("2026-11-23", "2026-11-29T18:00:00+01:00")),
        );
        // Monday morning, asleep all Sunday evening: still due, once.
        check_nudge(
            "2026-11-30T08:00:00+01:00",
            &p,
            &[],
            Some(("2026-11-23", "2026-11-29T18:00:00+01:00")),
        );
        // A day late: that week is not mentioned again; next Sunday's is due.
        check_nudge(
            "2026-11-30T18:30:00+01:00",
            &p,
            &[],
            Some(("2026-11-30", "2026-12-06T18:00:00+01:00")),
        );
    }

    #[test]
    fn the_nudge_stays_quiet_for_a_week_reviewed_or_already_nudged() {
        let mut p = plan();
        check_nudge(
            "2026-11-29T19:00:00+01:00",
            &p,
            &["2026-11-23"],
            Some(("2026-11-30", "2026-12-06T18:00:00+01:00")),
        );
        p.shown = Some(Week {
            start: d("2026-11-23"),
        });
        check_nudge(
            "2026-11-29T19:00:00+01:00",
            &p,
            &[],
            Some(("2026-11-30", "2026-12-06T18:00:00+01:00")),
        );
    }

    #[test]
    fn later_asks_again_unless_the_week_was_reviewed_meanwhile() {
        let mut p = plan();
        p.shown = Some(Week {
            start: d("2026-11-23"),
        });
        p.later = Some((
            Week {
                start: d("2026-11-23"),
            },
            at("2026-11-29T18:30:00+01:00"),
        ));
        check_nudge(
            "2026-11-29T18:05:00+01:00",
            &p,
            &[],
            Some(("2026-11-23", "2026-11-29T18:30:00+01:00")),
        );
        check_nudge(
            "2026-11-29T18:05:00+01:00",
            &p,
            &["2026-11-23"],
            Some(("2026-11-30", "2026-12-06T18:00:00+01:00")),
        );
    }

    #[test]
    fn quiet_hours_and_pauses_move_the_nudge() {
        let mut p = plan();
        p.time = NaiveTime::from_hms_opt(22, 30, 0).unwrap();
        // Inside quiet hours: the next morning, when they end.
        check_nudge(
            "2026-11-29T12:00:00+01:00",
            &p,
            &[],
            Some(("2026-11-23", "2026-11-30T07:00:00+01:00")),
        );
        p.time = NaiveTime::from_hms_opt(18, 0, 0).unwrap();
        p.paused_until = Some(at("2026-11-29T20:00:00+01:00"));
        check_nudge(
            "2026-11-29T12:00:00+01:00",
            &p,
            &[],
            Some(("2026-11-23", "2026-11-29T20:00:00+01:00")),
        );
        p.quiet = None;
        p.paused_until = None;
        p.first = Weekday::Sun;
        // Sunday weeks: Sunday's nudge looks back on the week that ended
        // on Saturday.
        check_nudge(
            "2026-11-29T12:00:00+01:00",
            &p,
            &[],
            Some(("2026-11-22", "2026-11-29T18:00:00+01:00")),
        );
    }

    #[test]
    fn became_round_trips() {
        for b in [Became::Step, Became::StepChange, Became::OneThing] {
            assert_eq!(Became::parse(b.as_str()), Ok(b));
        }
        assert!(Became::parse("goal").is_err());
    }

    #[test]
    fn the_wins_sentence_in_german_and_spanish() {
        use crate::i18n::with_language;
        for (lang, (wins, days, before), want) in [
            ("de", (1, 1, 0), "1 Erfolg an 1 Tag: Du bist wieder in Gang gekommen."),
            ("de", (7, 4, 5), "7 Erfolge an 4 Tagen, 2 mehr als in der Woche davor."),
            ("de", (3, 2, 3), "3 Erfolge an 2 Tagen, so viele wie in der Woche davor: beständig."),
            ("es", (1, 1, 0), "1 logro en 1 día: has vuelto a arrancar."),
            ("es", (2, 2, 5), "2 logros en 2 días. Una semana más ligera que la anterior; cada logro sigue contando."),
            ("es", (0, 0, 0), "Una semana tranquila, y está bien. El siguiente paso pequeño sigue ahí."),
        ] {
            assert_eq!(with_language(lang, || wins_sentence(wins, days, before)), want);
        }
    }
}
