// The Settings page: the quick-log shortcut, starting at login, reminders
// (pause for an hour or until tomorrow, resume, quiet hours, how long Later
// waits, and whether desktop notifications work), the weekly review (the
// week's first day, the weekly nudge), and how to log from a terminal. It
// is redrawn whole from `settings` (get_settings with the reminder settings
// under `reminders`, the review's under `review`); changes go up as events:
// set-shortcut {shortcut}, set-autostart {enabled}, pause-reminders
// {until}, resume-reminders, set-quiet-hours {on, start, end}, set-snooze
// {minutes}, set-review-settings {weekStart, nudge, nudgeDay, nudgeTime}.
// The sync card (`sync`, cairn-sync.js) sends its own events.
import { h, emit, WEEKDAY_NAMES } from "../dom.js";
import { localeWeekStart } from "../dates.js";
import { refuse } from "../focus.js";
import { timeField, timeValue } from "../time-field.js";
import { recordShortcut } from "../key-recorder.js";
import "./cairn-sync.js";

/** Refuses a time field that holds no time of day; true if it does. */
function timeOk(input, after = input) {
  return Boolean(timeValue(input)) || refuse(input, "A time looks like 07:30, or 0730: hours, then minutes.", after);
}

const timeFormat = () => new Intl.DateTimeFormat(undefined, { weekday: "long", hour: "2-digit", minute: "2-digit" });

class CairnSettings extends HTMLElement {
  set settings(s) {
    // A redraw keeps focus on the sync card's control it was on (a sync
    // from the folder watch may redraw just after focus moved there).
    const syncFocus = document.activeElement?.closest?.("#sync") ? document.activeElement.id : null;
    const shortcut = h("input", { id: "shortcut", type: "text", value: s.shortcut, autocomplete: "off", spellcheck: "false",
      "aria-describedby": "shortcut-hint" });
    recordShortcut(shortcut);
    const autostart = h("input", { id: "autostart", type: "checkbox", checked: s.autostart,
      onchange: () => emit(this, "set-autostart", { enabled: autostart.checked }) });
    const paused = s.pausedUntil
      ? [h("p", { id: "pause-state", text: `Reminders are paused until ${timeFormat().format(new Date(s.pausedUntil))}.` }),
        h("button", { type: "button", id: "resume", class: "primary", onclick: () => emit(this, "resume-reminders", {}), text: "Resume reminders" })]
      : [h("p", { id: "pause-state", class: "muted", text: "Reminders are on. Quiet hours still apply." }),
        h("div", { class: "actions" },
          h("button", { type: "button", id: "pause-hour", onclick: () => emit(this, "pause-reminders", { until: "hour" }), text: "Pause for 1 hour" }),
          h("button", { type: "button", id: "pause-tomorrow", onclick: () => emit(this, "pause-reminders", { until: "tomorrow" }), text: "Pause until tomorrow" }))];
    this.replaceChildren(
      h("div", { class: "hero" }, h("div", {}, h("h1", { text: "Settings" }),
        h("p", { class: "date", text: "Small things that make logging a win take a second." }))),
      h("div", { class: "settings-grid" },
        h("form", { class: "card", id: "shortcut-form", "aria-labelledby": "shortcut-title", novalidate: true,
          onsubmit: (e) => {
            e.preventDefault();
            if (shortcut.value.trim() === "") refuse(shortcut, "Type a key combination, e.g. Ctrl+Alt+W.", shortcut.parentElement);
            else emit(this, "set-shortcut", { shortcut: shortcut.value });
          } },
          h("h2", { id: "shortcut-title", text: "Quick-log shortcut" }),
          h("div", { class: "inline-form" },
            h("label", { for: "shortcut", class: "visually-hidden", text: "Shortcut" }), shortcut,
            h("button", { type: "submit", class: "primary", text: "Save" })),
          h("p", { id: "shortcut-hint", class: "hint",
            text: "Press the keys you want here (or type them, like Ctrl+Alt+W), then Save. They open the quick-log window from anywhere." }),
          // How the keys reach Cairn: an X11 key grab, the desktop portal
          // (Wayland), or none and why.
          h("p", { id: "shortcut-via", class: "hint", role: "status", text: s.shortcutVia ?? "" })),
        h("section", { class: "card", "aria-labelledby": "start-title" },
          h("h2", { id: "start-title", text: "Start with the computer" }),
          h("label", { for: "autostart", class: "check-row" }, autostart, h("span", { text: "Start Cairn in the tray when I log in" }))),
        h("section", { class: "card", "aria-labelledby": "pause-title" },
          h("h2", { id: "pause-title", text: "Reminders" }), ...paused, ...this.reminderFields(s.reminders)),
        this.reviewCard(s.review),
        this.syncCard(s.sync),
        h("section", { class: "card", "aria-labelledby": "cli-title" },
          h("h2", { id: "cli-title", text: "From a terminal" }),
          h("pre", { class: "cli" }, h("code", { text: 'cairn log "Wrote one paragraph" --goal thesis\ncairn log "" --step "stretch"\ncairn today\ncairn week --markdown' })))));
    if (syncFocus) document.getElementById(syncFocus)?.focus();
  }

  /** Sync with the person's other computers (components/cairn-sync.js);
   * `sync` is {status, picked, report} from the view. */
  syncCard(sync) {
    if (!sync?.status) return null;
    const card = h("cairn-sync", { id: "sync" });
    card.show(sync);
    return card;
  }

  /** The weekly review: the week's first day and the weekly nudge. */
  reviewCard(r) {
    if (!r) return null;
    const locale = WEEKDAY_NAMES[localeWeekStart() - 1];
    const weekStart = h("select", { id: "week-start" },
      h("option", { value: "0", text: `As my language says (${locale})`, selected: r.weekStart === 0 }),
      WEEKDAY_NAMES.map((name, i) => h("option", { value: String(i + 1), text: name, selected: r.weekStart === i + 1 })));
    const nudge = h("input", { id: "review-nudge", type: "checkbox", checked: r.nudge });
    const day = h("select", { id: "review-day", "aria-label": "Day of the weekly nudge" },
      WEEKDAY_NAMES.map((name, i) => h("option", { value: String(i + 1), text: name, selected: r.nudgeDay === i + 1 })));
    const time = timeField({ id: "review-time", value: r.nudgeTime, required: true, "aria-label": "Time of the weekly nudge" });
    const submit = (e) => {
      e.preventDefault();
      if (!timeOk(time, time.parentElement)) return;
      emit(this, "set-review-settings", { weekStart: Number(weekStart.value), nudge: nudge.checked,
        nudgeDay: Number(day.value), nudgeTime: time.value });
    };
    return h("form", { class: "card", id: "review-form", "aria-labelledby": "review-title", novalidate: true, onsubmit: submit },
      h("h2", { id: "review-title", text: "Weekly review" }),
      h("div", { class: "snooze-row" }, h("label", { for: "week-start", text: "Weeks start on" }), weekStart),
      h("div", { class: "quiet-form" },
        h("label", { for: "review-nudge", class: "check-row" }, nudge, h("span", { text: "A gentle nudge to look back, on" })),
        day, time),
      h("p", { class: "hint", text: "Once a week at most, only for a week with a win, never during quiet hours. Later asks once more." }),
      h("button", { type: "submit", text: "Save" }));
  }

  /** Quiet hours, how long Later waits, and whether notifications work. */
  reminderFields(r) {
    if (!r) return [];
    const on = h("input", { id: "quiet-on", type: "checkbox", checked: r.quietOn });
    const start = timeField({ id: "quiet-start", value: r.quietStart, required: true });
    const end = timeField({ id: "quiet-end", value: r.quietEnd, required: true });
    const snooze = h("select", { id: "snooze-minutes",
      onchange: () => emit(this, "set-snooze", { minutes: Number(snooze.value) }) },
      r.snoozeChoices.map((m) => h("option", { value: String(m), text: `${m} minutes`, selected: m === r.snoozeMinutes })));
    const status = r.notificationsAvailable === false ? "notify-state off" : "notify-state";
    return [
      h("form", { id: "quiet-form", class: "quiet-form", "aria-label": "Quiet hours", novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          if (timeOk(start, form) && timeOk(end, form)) emit(this, "set-quiet-hours", { on: on.checked, start: start.value, end: end.value });
        } },
        h("label", { for: "quiet-on", class: "check-row" }, on, h("span", { text: "Quiet hours: no reminders from" })),
        h("label", { for: "quiet-start", class: "visually-hidden", text: "Quiet hours start" }), start,
        h("span", { text: "to" }),
        h("label", { for: "quiet-end", class: "visually-hidden", text: "Quiet hours end" }), end,
        h("button", { type: "submit", text: "Save" })),
      h("p", { class: "hint", text: "A reminder time inside quiet hours is skipped, not saved for later." }),
      h("div", { class: "snooze-row" },
        h("label", { for: "snooze-minutes", text: "Later waits" }), snooze),
      h("p", { id: "notify-state", class: status, role: "status", text: r.notifications }),
    ];
  }
}

customElements.define("cairn-settings", CairnSettings);
