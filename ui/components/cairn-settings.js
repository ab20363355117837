// Settings: the quick-log shortcut, starting at login, pausing reminders,
// and how to log from a terminal. Data in through `settings`; changes go up
// as events: set-shortcut, set-autostart, pause-reminders, resume-reminders.
import { h, emit } from "../dom.js";

const timeFormat = () => new Intl.DateTimeFormat(undefined, { weekday: "long", hour: "2-digit", minute: "2-digit" });

class CairnSettings extends HTMLElement {
  set settings(s) {
    const shortcut = h("input", { id: "shortcut", type: "text", value: s.shortcut, autocomplete: "off", spellcheck: "false",
      "aria-describedby": "shortcut-hint" });
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
        h("form", { class: "card", id: "shortcut-form", "aria-labelledby": "shortcut-title",
          onsubmit: (e) => { e.preventDefault(); emit(this, "set-shortcut", { shortcut: shortcut.value }); } },
          h("h2", { id: "shortcut-title", text: "Quick-log shortcut" }),
          h("div", { class: "inline-form" },
            h("label", { for: "shortcut", class: "visually-hidden", text: "Shortcut" }), shortcut,
            h("button", { type: "submit", class: "primary", text: "Save" })),
          h("p", { id: "shortcut-hint", class: "hint",
            text: "Opens the quick-log window from anywhere, e.g. Ctrl+Alt+W. Works on X11 desktops; on Wayland use the tray icon or the command line." })),
        h("section", { class: "card", "aria-labelledby": "start-title" },
          h("h2", { id: "start-title", text: "Start with the computer" }),
          h("label", { for: "autostart", class: "check-row" }, autostart, h("span", { text: "Start Cairn in the tray when I log in" }))),
        h("section", { class: "card", "aria-labelledby": "pause-title" },
          h("h2", { id: "pause-title", text: "Reminders" }), ...paused),
        h("section", { class: "card", "aria-labelledby": "cli-title" },
          h("h2", { id: "cli-title", text: "From a terminal" }),
          h("pre", { class: "cli" }, h("code", { text: 'cairn log "Wrote one paragraph" --goal thesis\ncairn log "" --step "stretch"\ncairn today' })))));
  }
}

customElements.define("cairn-settings", CairnSettings);
