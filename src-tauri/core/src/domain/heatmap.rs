//! The year heatmap's calendar: 53 weeks in columns ending with the week of
//! today, each column starting on the person's first day of the week, and
//! the shade of each day.
//!
//! Days are the stored local days of wins (`YYYY-MM-DD`, fixed when each win
//! was logged), so a clock change or a flight never moves a win to another
//! cell: the grid is pure calendar arithmetic on `NaiveDate`.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Columns in the year grid.
pub const WEEKS: i64 = 53;

/// Shades besides "no win": 1 (a little) to 4 (a lot).
pub const LEVELS: u8 = 4;

/// The day `week_start` on or before `date`: the start of its week.
pub fn week_of(date: NaiveDate, week_start: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - week_start.num_days_from_monday()) % 7;
    date - Duration::days(i64::from(back))
}

/// The first day of the grid: the start of the week 52 weeks before
/// today's week.
pub fn grid_start(today: NaiveDate, week_start: Weekday) -> NaiveDate {
    week_of(today, week_start) - Duration::weeks(WEEKS - 1)
}

/// Where `date` sits in a grid starting at `start`: (column, row), or
/// `None` before the grid.
pub fn cell(start: NaiveDate, date: NaiveDate) -> Option<(u32, u32)> {
    let n = (date - start).num_days();
    (n >= 0).then_some(((n / 7) as u32, (n % 7) as u32))
}

/// Win counts per day from `start` to `end` (inclusive), from
/// `(day, count)` pairs in any order; days outside are ignored.
pub fn bucket(
    start: NaiveDate,
    end: NaiveDate,
    counts: impl IntoIterator<Item = (NaiveDate, u32)>,
) -> Vec<u32> {
    let len = usize::try_from((end - start).num_days() + 1).unwrap_or(0);
    let mut out = vec![0; len];
    for (day, n) in counts {
        if let Ok(i) = usize::try_from((day - start).num_days()) {
            if let Some(slot) = out.get_mut(i) {
                *slot += n;
            }
        }
    }
    out
}

/// The shade of each count, 0 for none and 1..=[`LEVELS`] otherwise.
/// Up to four wins a day shade one step each. Busier histories scale
/// between one win and a busy day (the 95th percentile of days with wins,
/// so one huge day does not leave every other day pale).
pub fn levels(counts: &[u32]) -> Vec<u8> {
    let mut busy: Vec<u32> = counts.iter().copied().filter(|&c| c > 0).collect();
    busy.sort_unstable();
    let max = busy.last().copied().unwrap_or(0);
    if max <= u32::from(LEVELS) {
        return counts.iter().map(|&c| c as u8).collect();
    }
    let cap = busy[(busy.len() - 1) * 95 / 100].max(2);
    counts
        .iter()
        .map(|&c| match c {
            0 => 0,
            c => (1 + 3 * (c.min(cap) - 1) / (cap - 1)) as u8,
        })
        .collect()
}

/// A day's level (1 to [`LEVELS`]) for the share of a target it kept, for
/// a measured step's grid: any amount logged shows, a full share is the
/// darkest.
pub fn share_level(share: f64) -> u8 {
    (share * f64::from(LEVELS))
        .ceil()
        .clamp(1.0, f64::from(LEVELS)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use chrono_tz::Europe::Berlin;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn check(input: (NaiveDate, Weekday), expected: NaiveDate) {
        assert_eq!(week_of(input.0, input.1), expected, "{input:?}");
    }

    #[test]
    fn weeks_start_on_monday_or_sunday() {
        // 2027-01-01 is a Friday.
        check((date(2027, 1, 1), Weekday::Mon), date(2026, 12, 28));
        check((date(2027, 1, 1), Weekday::Sun), date(2026, 12, 27));
        check((date(2026, 12, 28), Weekday::Mon), date(2026, 12, 28));
        check((date(2026, 12, 27), Weekday::Sun), date(2026, 12, 27));
        check((date(2026, 12, 27), Weekday::Mon), date(2026, 12, 21));
        check((date(2026, 11, 21), Weekday::Sat), date(2026, 11, 21));
    }

    #[test]
    fn the_grid_is_53_weeks_ending_with_this_week() {
        let today = date(2026, 11, 21); // a Saturday
        let start = grid_start(today, Weekday::Mon);
        assert_eq!(start, date(2025, 11, 17));
        assert_eq!(start.weekday(), Weekday::Mon);
        assert_eq!(cell(start, today), Some((52, 5)));
        let sunday_start = grid_start(today, Weekday::Sun);
        assert_eq!(sunday_start, date(2025, 11, 16));
        assert_eq!(cell(sunday_start, today), Some((52, 6)));
        assert_eq!(cell(start, start - Duration::days(1)), None);
    }

    #[test]
    fn the_year_boundary_stays_in_one_column() {
        // The week of New Year 2027, Monday start: Dec 28 .. Jan 3.
        let start = grid_start(date(2027, 1, 2), Weekday::Mon);
        let (c1, r1) = cell(start, date(2026, 12, 31)).unwrap();
        let (c2, r2) = cell(start, date(2027, 1, 1)).unwrap();
        assert_eq!((c1, r1 + 1), (c2, r2));
        assert_eq!(c2, 52);
        // Sunday start: Dec 27 .. Jan 2, and Jan 3 opens a new column.
        let start = grid_start(date(2027, 1, 3), Weekday::Sun);
        assert_eq!(cell(start, date(2027, 1, 2)), Some((51, 6)));
        assert_eq!(cell(start, date(2027, 1, 3)), Some((52, 0)));
    }

    #[test]
    fn wins_bucket_by_their_local_day_across_dst() {
        // Local days as Cairn stores them when logging in Berlin.
        let local = |y, m, d, h, min| {
            Utc.with_ymd_and_hms(y, m, d, h, min, 0)
                .unwrap()
                .with_timezone(&Berlin)
                .date_naive()
        };
        let wins = [
            // 29 March 2026, clocks go forward at 02:00: 00:30 and 03:30 local.
            local(2026, 3, 28, 23, 30),
            local(2026, 3, 29, 1, 30),
            // 25 October 2026, clocks go back: 02:30 local happens twice.
            local(2026, 10, 25, 0, 30),
            local(2026, 10, 25, 1, 30),
            // 23:30 local on 25 October is still the 25th (22:30 UTC).
            local(2026, 10, 25, 22, 30),
            // New Year's Eve at 23:30 local is 22:30 UTC on the 31st.
            local(2026, 12, 31, 22, 30),
            local(2026, 12, 31, 23, 30),
        ];
        let start = date(2026, 3, 28);
        let end = date(2027, 1, 1);
        let counts = bucket(start, end, wins.iter().map(|d| (*d, 1)));
        let at = |d: NaiveDate| counts[(d - start).num_days() as usize];
        assert_eq!(at(date(2026, 3, 28)), 0);
        assert_eq!(at(date(2026, 3, 29)), 2);
        assert_eq!(at(date(2026, 10, 25)), 3);
        assert_eq!(at(date(2026, 10, 26)), 0);
        assert_eq!(at(date(2026, 12, 31)), 1);
        assert_eq!(at(date(2027, 1, 1)), 1);
        assert_eq!(counts.iter().sum::<u32>(), 7);
        assert_eq!(counts.len(), 280);
    }

    #[test]
    fn shades() {
        assert_eq!(levels(&[0, 1, 2, 3, 4]), [0, 1, 2, 3, 4]);
        assert_eq!(levels(&[0, 0]), [0, 0]);
        assert_eq!(levels(&[]), Vec::<u8>::new());
        // Busy days scale up to the 95th percentile (10 here), not to 40.
        assert_eq!(levels(&[0, 1, 2, 5, 10, 40]), [0, 1, 1, 2, 4, 4]);
        // A typical day of 3 among many is a full day.
        assert_eq!(levels(&[3, 3, 3, 3, 1, 5]), [4, 4, 4, 4, 1, 4]);
        // Every busy day alike: all of them dark.
        assert_eq!(levels(&[0, 30, 30, 30]), [0, 4, 4, 4]);
    }
}
