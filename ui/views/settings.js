// The Settings view's controller. Reminder settings are data like any
// other (their writes are announced, and the change event redraws the
// page); the shortcut and starting at login belong to the desktop, not the
// database, so after those the page reads its settings again itself.
import "../components/cairn-settings.js";

export function setup(el, shell) {
  const { api, notice } = shell;

  async function load() {
    const [settings, reminders, review] = await Promise.all([
      api.getSettings(), api.getReminderSettings(), api.getReviewSettings()]);
    el.settings = { ...settings, reminders, review };
  }

  /** A write the backend announces: the change event redraws the page. */
  async function write(action, done, next) {
    if (!(await shell.write(action)).ok) return;
    notice.celebrate(done);
    if (next) el.querySelector(next)?.focus();
  }

  /** A desktop setting, not announced: read the page again here. */
  async function desktop(action, done) {
    if (!(await shell.attempt(action)).ok) return;
    await shell.attempt(load);
    notice.celebrate(done);
  }

  el.addEventListener("set-shortcut", ({ detail }) =>
    desktop(() => api.setShortcut(detail.shortcut), `Shortcut saved: ${detail.shortcut.trim()}`));
  el.addEventListener("set-autostart", ({ detail }) =>
    desktop(() => api.setAutostart(detail.enabled), detail.enabled ? "Cairn will start when you log in." : "Cairn will not start by itself."));
  el.addEventListener("pause-reminders", ({ detail }) =>
    write(() => api.pauseReminders(detail.until), "Reminders paused. Enjoy the quiet.", "#resume"));
  el.addEventListener("resume-reminders", () =>
    write(() => api.resumeReminders(), "Reminders are back on.", "#pause-hour"));
  el.addEventListener("set-quiet-hours", ({ detail }) =>
    write(() => api.setQuietHours(detail), detail.on ? `Quiet hours: ${detail.start} to ${detail.end}.` : "Quiet hours off."));
  el.addEventListener("set-review-settings", ({ detail }) =>
    write(() => api.setReviewSettings(detail), detail.nudge ? "Weekly review saved." : "Weekly review saved; no nudge will come."));
  el.addEventListener("set-snooze", ({ detail }) =>
    write(() => api.setSnoozeMinutes(detail.minutes), `Later now waits ${detail.minutes} minutes.`));

  return { load };
}
