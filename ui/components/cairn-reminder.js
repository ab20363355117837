// One reminder inside the main window, as a card in the reminder bar:
// shown when no notification service answers, and for anchor prompts
// ("Now: stretch?"), which also appear as notifications. Done logs the
// step, Later asks again after the snooze (not for anchor prompts), ×
// dismisses. The card removes itself once a button is pressed.
// Data down: `data` (the `cairn://reminder` event's payload:
// {stackId, date, time, kind, title, body}). Events up: reminder-done
// {slot}, reminder-later {slot}, where slot is {stackId, date, time}.
import { h, emit } from "../dom.js";
import { t } from "../i18n.js";

/** Which reminder a card shows: one card per stack, day and time. */
export function reminderKey(r) {
  return `${r.stackId}|${r.date}|${r.time}`;
}

class CairnReminder extends HTMLElement {
  set data(r) {
    const slot = { stackId: r.stackId, date: r.date, time: r.time };
    const press = (name) => () => {
      if (name) emit(this, name, { slot });
      this.remove();
    };
    this.className = "reminder";
    this.setAttribute("role", "group");
    this.setAttribute("aria-label", r.title);
    this.dataset.key = reminderKey(r);
    this.replaceChildren(
      h("div", { class: "reminder-words" }, h("strong", { text: r.title }), h("span", { text: r.body })),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "primary reminder-done", text: t("common-done"), onclick: press("reminder-done") }),
        r.kind === "anchor" ? null : h("button", { type: "button", class: "reminder-later", text: t("common-later"), onclick: press("reminder-later") }),
        h("button", { type: "button", class: "ghost", "aria-label": t("reminder-dismiss.aria-label"), onclick: press(null) }, h("span", { "aria-hidden": "true", text: "×" }))));
  }
}

customElements.define("cairn-reminder", CairnReminder);
