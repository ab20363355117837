// Calendar days as the backend writes them, `YYYY-MM-DD`. The day of a win
// is computed once, by the backend, when it is logged; the UI only reads
// such days, counts between them and names them, all through here.

/** The year, month (1–12) and day of a `YYYY-MM-DD` day. */
export function dayParts(day) {
  const [y, m, d] = day.split("-").map(Number);
  return [y, m, d];
}

/** A day as a local calendar date at midnight (no time zone shift), for
 * formatting. */
export function parseDay(day) {
  const [y, m, d] = dayParts(day);
  return new Date(y, m - 1, d);
}

/** A day as UTC milliseconds: arithmetic on these never meets a clock
 * change. */
function utc(day) {
  const [y, m, d] = dayParts(day);
  return Date.UTC(y, m - 1, d);
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day, n) {
  return new Date(utc(day) + n * 86400000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from, to) {
  return Math.round((utc(to) - utc(from)) / 86400000);
}

/** The weekday of `day`, 0 (Monday) to 6 (Sunday). */
export function weekday(day) {
  return (new Date(utc(day)).getUTCDay() + 6) % 7;
}

/** Today on this computer's clock, as `YYYY-MM-DD`. Only to notice that a
 * page was last loaded on an earlier day; what day a win belongs to is the
 * backend's to say. */
export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The language's locale's first day of the week, 1 (Monday) to 7
 * (Sunday), by the core's rule: i18n.js has it with the words. */
export { weekStart as localeWeekStart } from "./i18n.js";
