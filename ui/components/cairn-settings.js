// The Settings page: the quick-log shortcut, starting at login, reminders
// (pause for an hour or until tomorrow, resume, quiet hours, how long Later
// waits, and whether desktop notifications work), the weekly review (the
// week's first day, the weekly nudge), and how to log from a terminal. It
// is redrawn whole from `data` (get_settings with the reminder settings
// under `reminders`, the review's under `review`); changes go up as events:
// set-shortcut {shortcut}, set-autostart {enabled}, pause-reminders
// {until}, resume-reminders, set-quiet-hours {on, start, end}, set-snooze
// {minutes}, set-review-settings {weekStart, nudge, nudgeDay, nudgeTime}.
// The sync card (`sync`, cairn-sync.js) sends its own events.
// The language field, at the top, reads and saves the choice itself
// (languageSettings, setLanguage): every window then reloads in the new
// language (i18n.js), this page with it; a failure goes up as cairn-error.
import { h, emit, weekdayNames } from "../dom.js";
import { api } from "../api.js";
import { refuse } from "../focus.js";
import { t, formatDate } from "../i18n.js";
import { localeWeekStart } from "../dates.js";
import { timeField, timeValue } from "../time-field.js";
import { recordShortcut } from "../key-recorder.js";
import "./cairn-sync.js";

/** Refuses a time field that holds no time of day; true if it does. */
function timeOk(input, after = input) {
  return Boolean(timeValue(input)) || refuse(input, t("settings-time-invalid"), after);
}

class CairnSettings extends HTMLElement {
  set data(s) {
    // A redraw keeps focus on the sync card's control it was on (a sync
    // from the folder watch may redraw just after focus moved there).
    const syncFocus = document.activeElement?.closest?.("#sync") ? document.activeElement.id : null;
    const shortcut = h("input", { id: "shortcut", type: "text", value: s.shortcut, autocomplete: "off", spellcheck: "false",
      "aria-describedby": "shortcut-hint" });
    recordShortcut(shortcut);
    const autostart = h("input", { id: "autostart", type: "checkbox", checked: s.autostart,
      onchange: () => emit(this, "set-autostart", { enabled: autostart.checked }) });
    const paused = s.pausedUntil
      ? [h("p", { id: "pause-state", text: t("settings-paused-until",
        { when: formatDate(new Date(s.pausedUntil), { weekday: "long", hour: "2-digit", minute: "2-digit" }) }) }),
        h("button", { type: "button", id: "resume", class: "primary", onclick: () => emit(this, "resume-reminders", {}), text: t("settings-resume") })]
      : [h("p", { id: "pause-state", class: "muted", text: t("settings-reminders-on") }),
        h("div", { class: "actions" },
          h("button", { type: "button", id: "pause-hour", onclick: () => emit(this, "pause-reminders", { until: "hour" }), text: t("settings-pause-hour") }),
          h("button", { type: "button", id: "pause-tomorrow", onclick: () => emit(this, "pause-reminders", { until: "tomorrow" }), text: t("settings-pause-tomorrow") }))];
    this.replaceChildren(
      h("div", { class: "hero" }, h("div", {}, h("h1", { text: t("settings-title") }),
        h("p", { class: "date", text: t("settings-subtitle") }))),
      h("div", { class: "settings-grid" },
        this.languageCard(),
        h("form", { class: "card", id: "shortcut-form", "aria-labelledby": "shortcut-title", novalidate: true,
          onsubmit: (e) => {
            e.preventDefault();
            if (shortcut.value.trim() === "") refuse(shortcut, t("settings-shortcut-empty"), shortcut.parentElement);
            else emit(this, "set-shortcut", { shortcut: shortcut.value });
          } },
          h("h2", { id: "shortcut-title", text: t("settings-shortcut-title") }),
          h("div", { class: "inline-form" },
            h("label", { for: "shortcut", class: "visually-hidden", text: t("settings-shortcut") }), shortcut,
            h("button", { type: "submit", class: "primary", text: t("settings-save") })),
          h("p", { id: "shortcut-hint", class: "hint",
            text: t("settings-shortcut-hint") }),
          // How the keys reach Cairn: an X11 key grab, the desktop portal
          // (Wayland), or none and why.
          h("p", { id: "shortcut-via", class: "hint", role: "status", text: s.shortcutVia ?? "" })),
        h("section", { class: "card", "aria-labelledby": "first-run-settings-title" },
          h("h2", { id: "first-run-settings-title", text: t("settings-first-run-title") }),
          h("p", { class: "hint", text: t("settings-first-run-hint") }),
          h("button", { type: "button", id: "first-run-again", onclick: () => emit(this, "first-run-again", {}), text: t("settings-first-run") })),
        h("section", { class: "card", "aria-labelledby": "start-title" },
          h("h2", { id: "start-title", text: t("settings-start-title") }),
          h("label", { for: "autostart", class: "check-row" }, autostart, h("span", { text: t("settings-autostart") }))),
        h("section", { class: "card", "aria-labelledby": "pause-title" },
          h("h2", { id: "pause-title", text: t("settings-reminders") }), ...paused, ...this.reminderFields(s.reminders)),
        this.reviewCard(s.review),
        this.syncCard(s.sync),
        h("section", { class: "card", "aria-labelledby": "cli-title" },
          h("h2", { id: "cli-title", text: t("settings-cli") }),
          h("pre", { class: "cli" }, h("code", { text: [`cairn log "${t("settings-cli-win")}" --goal ${t("settings-cli-goal")}`,
            `cairn log "" --step "${t("settings-cli-step")}"`, "cairn today", "cairn week --markdown"].join("\n") })))));
    if (syncFocus) document.getElementById(syncFocus)?.focus();
  }

  /** The language: "System (English)", then each language by its own
   * name. Read once per page (a new language reloads the page). */
  languageCard() {
    const select = h("select", { id: "language", "aria-describedby": "language-forced",
      onchange: () => this.chooseLanguage(select) });
    const note = h("p", { id: "language-forced", class: "hint", hidden: true });
    const fill = (l) => {
      select.replaceChildren(
        h("option", { value: "system", text: t("language-system", { language: l.systemName }) }),
        ...l.options.map((o) => h("option", { value: o.id, lang: o.id, text: o.name })));
      select.value = l.choice;
      select.dataset.choice = l.choice;
      note.hidden = !l.forcedBy;
      note.textContent = l.forcedBy ? t("language-forced") : "";
    };
    this.languages ??= api.languageSettings();
    this.languages.then(fill, (err) => {
      this.languages = null;
      emit(this, "cairn-error", { message: err.message });
    });
    return h("section", { class: "card", "aria-labelledby": "language-title" },
      h("h2", { id: "language-title" }, h("label", { for: "language", text: t("language-label") })),
      select, note);
  }

  /** Saves the language chosen; the page then reloads in it. */
  async chooseLanguage(select) {
    try {
      await api.setLanguage(select.value);
    } catch (err) {
      select.value = select.dataset.choice ?? "system";
      emit(this, "cairn-error", { message: err.message });
    }
  }

  /** Sync with the person's other computers (components/cairn-sync.js);
   * `sync` is {status, picked, report} from the view. */
  syncCard(sync) {
    if (!sync?.status) return null;
    const card = h("cairn-sync", { id: "sync" });
    card.data = sync;
    return card;
  }

  /** The weekly review: the week's first day and the weekly nudge. */
  reviewCard(r) {
    if (!r) return null;
    const names = weekdayNames("long");
    const weekStart = h("select", { id: "week-start" },
      h("option", { value: "0", text: t("settings-week-start-locale", { day: names[localeWeekStart() - 1] }), selected: r.weekStart === 0 }),
      names.map((name, i) => h("option", { value: String(i + 1), text: name, selected: r.weekStart === i + 1 })));
    const nudge = h("input", { id: "review-nudge", type: "checkbox", checked: r.nudge });
    const day = h("select", { id: "review-day", "aria-label": t("settings-nudge-day") },
      names.map((name, i) => h("option", { value: String(i + 1), text: name, selected: r.nudgeDay === i + 1 })));
    const time = timeField({ id: "review-time", value: r.nudgeTime, required: true, "aria-label": t("settings-nudge-time") });
    const submit = (e) => {
      e.preventDefault();
      if (!timeOk(time, time.parentElement)) return;
      emit(this, "set-review-settings", { weekStart: Number(weekStart.value), nudge: nudge.checked,
        nudgeDay: Number(day.value), nudgeTime: time.value });
    };
    return h("form", { class: "card", id: "review-form", "aria-labelledby": "review-title", novalidate: true, onsubmit: submit },
      h("h2", { id: "review-title", text: t("settings-review-title") }),
      h("div", { class: "snooze-row" }, h("label", { for: "week-start", text: t("settings-weeks-start") }), weekStart),
      h("div", { class: "quiet-form" },
        h("label", { for: "review-nudge", class: "check-row" }, nudge, h("span", { text: t("settings-nudge") })),
        day, time),
      h("p", { class: "hint", text: t("settings-nudge-hint") }),
      h("button", { type: "submit", text: t("settings-save") }));
  }

  /** Quiet hours, how long Later waits, and whether notifications work. */
  reminderFields(r) {
    if (!r) return [];
    const on = h("input", { id: "quiet-on", type: "checkbox", checked: r.quietOn });
    const start = timeField({ id: "quiet-start", value: r.quietStart, required: true });
    const end = timeField({ id: "quiet-end", value: r.quietEnd, required: true });
    const snooze = h("select", { id: "snooze-minutes",
      onchange: () => emit(this, "set-snooze", { minutes: Number(snooze.value) }) },
      r.snoozeChoices.map((m) => h("option", { value: String(m), text: t("settings-minutes", { count: m }), selected: m === r.snoozeMinutes })));
    const status = r.notificationsAvailable === false ? "notify-state off" : "notify-state";
    return [
      h("form", { id: "quiet-form", class: "quiet-form", "aria-label": t("settings-quiet-hours"), novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          if (timeOk(start, form) && timeOk(end, form)) emit(this, "set-quiet-hours", { on: on.checked, start: start.value, end: end.value });
        } },
        h("label", { for: "quiet-on", class: "check-row" }, on, h("span", { text: t("settings-quiet-from") })),
        h("label", { for: "quiet-start", class: "visually-hidden", text: t("settings-quiet-start") }), start,
        h("span", { text: t("settings-quiet-to") }),
        h("label", { for: "quiet-end", class: "visually-hidden", text: t("settings-quiet-end") }), end,
        h("button", { type: "submit", text: t("settings-save") })),
      h("p", { class: "hint", text: t("settings-quiet-hint") }),
      h("div", { class: "snooze-row" },
        h("label", { for: "snooze-minutes", text: t("settings-later-waits") }), snooze),
      h("p", { id: "notify-state", class: status, role: "status", text: r.notifications }),
    ];
  }
}

customElements.define("cairn-settings", CairnSettings);
