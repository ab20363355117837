// The Settings view's controller. Reminder settings are data like any
// other (their writes are announced, and the change event redraws the
// page); the shortcut and starting at login belong to the desktop, not the
// database, so after those the page reads its settings again itself.
import { t } from "../i18n.js";
import "../components/cairn-settings.js";

export function setup(el, shell) {
  const { api, notice } = shell;
  // Sync: the folder chosen and not saved yet, what the last Sync now did.
  const sync = { picked: null, report: null };

  async function load() {
    const [settings, reminders, review, syncStatus] = await Promise.all([
      api.getSettings(), api.getReminderSettings(), api.getReviewSettings(), api.syncStatus()]);
    el.data = { ...settings, reminders, review, sync: { ...sync, status: syncStatus } };
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
    desktop(() => api.setShortcut(detail.shortcut), t("done-shortcut", { shortcut: detail.shortcut.trim() })));
  el.addEventListener("first-run-again", async () => {
    const r = await shell.write(() => api.showFirstRunAgain());
    if (!r.ok) return;
    // Today already holds the first run (the write's reload drew it); its
    // title takes the focus as the view's heading.
    shell.go({ view: "today", id: null });
  });
  el.addEventListener("set-autostart", ({ detail }) =>
    desktop(() => api.setAutostart(detail.enabled), detail.enabled ? t("done-autostart-on") : t("done-autostart-off")));
  el.addEventListener("pause-reminders", ({ detail }) =>
    write(() => api.pauseReminders(detail.until), t("done-paused"), "#resume"));
  el.addEventListener("resume-reminders", () =>
    write(() => api.resumeReminders(), t("done-resumed"), "#pause-hour"));
  el.addEventListener("set-quiet-hours", ({ detail }) =>
    write(() => api.setQuietHours(detail), detail.on ? t("done-quiet-hours", { start: detail.start, end: detail.end }) : t("done-quiet-off")));
  el.addEventListener("set-review-settings", ({ detail }) =>
    write(() => api.setReviewSettings(detail), detail.nudge ? t("done-review-saved") : t("done-review-saved-no-nudge")));
  el.addEventListener("set-snooze", ({ detail }) =>
    write(() => api.setSnoozeMinutes(detail.minutes), t("done-snooze", { minutes: detail.minutes })));

  // Sync with the other computers. Choosing a folder, saving and stopping
  // change no data here, so the page is read again here; Sync now's
  // arrivals are announced and redraw the page themselves.
  async function syncAction(action, after, focus) {
    const r = await shell.attempt(action);
    if (!r.ok) return r;
    after?.(r.value);
    await shell.attempt(load);
    if (focus) el.querySelector(focus)?.focus();
    return r;
  }
  el.addEventListener("sync-pick", async () => {
    await syncAction(() => api.syncPickFolder(), (folder) => { if (folder) sync.picked = folder; }, "#sync-name");
  });
  el.addEventListener("sync-save", async ({ detail }) => {
    const r = await syncAction(() => api.syncConfigure(detail.folder, detail.name),
      () => { sync.picked = null; sync.report = null; }, "#sync-now");
    if (r.ok) notice.celebrate(t("done-sync-on", { folder: r.value.folder, name: r.value.thisDevice?.name ?? detail.name }));
  });
  el.addEventListener("sync-now", async () => {
    await syncAction(() => api.syncNow(), (report) => { sync.report = report; }, "#sync-now");
  });
  el.addEventListener("sync-stop", async () => {
    const r = await syncAction(() => api.syncTurnOff(), () => { sync.picked = null; sync.report = null; }, "#sync-pick");
    if (r.ok) notice.celebrate(t("done-sync-off"));
  });

  return { load };
}
