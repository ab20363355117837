// The Stacks page: habit stacks built as a sentence, "After I [anchor],
// I will [action]", with reminder times and days, each showing its next
// reminder in words. Data in through `show(stacks, steps)`; changes go up
// as events: save-stack, stack-enabled, delete-stack (after asking).
// `quiet` ({on, start, end}, the reminder settings) lets the form say
// when a time falls inside quiet hours, and offer to move it.
import { h, emit, WEEKDAY_NAMES } from "../dom.js";
import { refuse, clearRefusal } from "../focus.js";
import { timeField, timeValue } from "../time-field.js";

/** Whether "HH:MM" `t` falls inside quiet hours (the backend's rule:
 * the start is inside, the end is not; hours may cross midnight). */
export function inQuiet(t, quiet) {
  if (!quiet?.on) return false;
  const { start, end } = quiet;
  return start <= end ? start <= t && t < end : t >= start || t < end;
}

const SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function daysText(days) {
  if (days.length === 7) return "every day";
  if (days.length === 5 && days.every((d) => d < 5)) return "on weekdays";
  if (days.length === 2 && days.includes(5) && days.includes(6)) return "at weekends";
  return "on " + days.map((d) => SHORT[d]).join(", ");
}

class CairnStacks extends HTMLElement {
  constructor() {
    super();
    this.editing = null; // a stack id, "new", or null
    this.stacks = [];
    this.steps = [];
    this.quiet = null;
  }

  /** Focuses a stack's Edit button, or New stack if it is gone. */
  focusStack(id) {
    const item = [...this.querySelectorAll(".stack")].find((li) => li.dataset.id === id);
    const edit = [...(item?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Edit");
    (edit ?? this.querySelector("#new-stack"))?.focus();
  }

  show(stacks, steps) {
    this.stacks = stacks;
    this.steps = steps;
    if (this.editing && this.editing !== "new" && !stacks.some((s) => s.id === this.editing)) this.editing = null;
    this.render();
  }

  /** Closes the form after a successful save. */
  saved() {
    this.editing = null;
    this.render();
    this.querySelector("#new-stack")?.focus();
  }

  render() {
    const list = this.stacks.length
      ? h("ul", { class: "stack-list", id: "stacks", "aria-label": "Habit stacks" },
        this.stacks.map((s) => (this.editing === s.id ? h("li", {}, this.form(s)) : this.item(s))))
      : h("div", { class: "card empty-stacks" },
        h("p", { text: "No habit stacks yet." }),
        h("p", { class: "muted", text: "Tie a tiny action to something you already do every day: after I pour my coffee, I will stretch for one minute." }));
    this.replaceChildren(...[
      h("div", { class: "hero" },
        h("div", {}, h("h1", { text: "Habit stacks" }),
          h("p", { class: "date", text: "A gentle nudge at the right moment. Done or Later, never a scolding." })),
        this.editing === "new" ? null
          : h("button", { type: "button", class: "primary", id: "new-stack", onclick: () => this.edit("new"), text: "New stack" })),
      this.editing === "new" ? this.form(null) : null,
      list].filter(Boolean));
  }

  /** Closes the form unsaved; focus goes back to what opened it. */
  cancel(s) {
    this.editing = null;
    this.render();
    this.focusStack(s?.id ?? null);
  }

  edit(id) {
    this.editing = id;
    this.render();
    this.querySelector(".stack-form input")?.focus();
  }

  item(s) {
    const toggle = h("input", { type: "checkbox", checked: s.enabled, class: "stack-enabled",
      "aria-label": `Reminders for "After I ${s.anchor}"`,
      onchange: () => emit(this, "stack-enabled", { id: s.id, enabled: toggle.checked }) });
    return h("li", { class: "card stack" + (s.enabled ? "" : " off"), "data-id": s.id },
      h("p", { class: "stack-sentence" },
        h("span", { class: "lead", text: "After I " }), h("strong", { text: s.anchor }),
        h("span", { class: "lead", text: ", I will " }), h("strong", { text: s.action })),
      h("p", { class: "stack-meta" },
        h("span", { class: "chip", text: s.times.join(" · ") }),
        h("span", { text: daysText(s.weekdays) }),
        s.stepTitle ? h("span", { text: `logs “${s.stepTitle}”` }) : null,
        s.anchorStepTitle ? h("span", { text: `offered when you log “${s.anchorStepTitle}”` }) : null),
      h("div", { class: "stack-foot" },
        h("p", { class: "stack-next", text: s.enabled ? (s.next ? `Next: ${s.next}` : "Nothing due this week.") : "Reminders off." }),
        h("div", { class: "actions" },
          h("label", { class: "check-row switch" }, toggle, h("span", { text: "On" })),
          h("button", { type: "button", class: "ghost", onclick: () => this.edit(s.id), text: "Edit",
            "aria-label": `Edit "After I ${s.anchor}"` }),
          h("button", { type: "button", class: "ghost", text: "Delete", "aria-label": `Delete "After I ${s.anchor}"`,
            onclick: (e) => this.confirmDelete(s, e.currentTarget) }))));
  }

  /** Asks before a stack is deleted: deleting cannot be undone. */
  confirmDelete(s, button) {
    this.querySelector(".confirm-delete")?.remove();
    const keep = () => { panel.remove(); button.focus(); };
    const panel = h("div", { class: "confirm-delete", role: "group", "aria-label": "Delete this stack?",
      onkeydown: (e) => { if (e.key === "Escape") { e.preventDefault(); keep(); } } },
      h("p", { text: `Delete “After I ${s.anchor}, I will ${s.action}”? Its reminders stop; the wins it logged stay.` }),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "primary confirm-delete-yes", text: "Delete it",
          onclick: () => emit(this, "delete-stack", { id: s.id }) }),
        h("button", { type: "button", class: "confirm-delete-no", text: "Keep it", onclick: keep })));
    button.closest(".stack").append(panel);
    panel.querySelector("button").focus();
  }

  form(s) {
    const uid = s ? s.id.slice(0, 8) : "new";
    const anchor = h("input", { id: `anchor-${uid}`, class: "stack-anchor", type: "text", required: true, value: s?.anchor ?? "",
      placeholder: "pour my coffee", list: "stack-step-titles", autocomplete: "off" });
    const action = h("input", { id: `action-${uid}`, class: "stack-action", type: "text", required: true, value: s?.action ?? "",
      placeholder: "stretch for one minute", autocomplete: "off" });
    const step = h("select", { id: `step-${uid}`, class: "stack-step" },
      h("option", { value: "", text: "No step: log the action as a free win" }),
      h("option", { value: "new", text: "Create a step from the action", selected: !s }),
      this.steps.map((st) => h("option", { value: st.id, text: st.title, selected: s?.stepId === st.id })));
    const times = h("div", { class: "stack-times" });
    const addTime = (value) => {
      const input = timeField({ class: "stack-time", value, required: true, "aria-label": "Reminder time" });
      const row = h("span", { class: "time-row" }, input,
        h("button", { type: "button", class: "icon", "aria-label": "Remove this time",
          onclick: () => { if (times.children.length > 1) row.remove(); } }, h("span", { "aria-hidden": "true", text: "×" })));
      times.append(row);
      return input;
    };
    for (const t of s?.times ?? ["07:30"]) addTime(t);
    const days = WEEKDAY_NAMES.map((name, i) => h("label", { class: "day" },
      h("input", { type: "checkbox", value: String(i), checked: s ? s.weekdays.includes(i) : true, "aria-label": name }),
      h("span", { text: SHORT[i], "aria-hidden": "true" })));
    const daysSet = h("fieldset", { class: "days" }, h("legend", { class: "field-label", text: "On" }), days);
    const timeInputs = () => [...times.querySelectorAll("input")];
    const quietNote = h("div", { class: "quiet-note", role: "status" });
    const send = () => {
      emit(this, "save-stack", {
        id: s?.id ?? null,
        anchor: anchor.value,
        action: action.value,
        step: step.value || null,
        times: [...times.querySelectorAll("input")].map((i) => i.value).filter(Boolean),
        weekdays: days.map((d) => d.querySelector("input")).filter((i) => i.checked).map((i) => Number(i.value)),
        enabled: s?.enabled ?? true,
      });
    };
    const submit = (e) => {
      e.preventDefault();
      quietNote.replaceChildren();
      if (anchor.value.trim() === "") return refuse(anchor, "What do you already do every day? A few words, e.g. pour my coffee.", anchor.parentElement);
      if (action.value.trim() === "") return refuse(action, "What tiny thing will you do then? A few words, e.g. stretch for one minute.", action.parentElement);
      const bad = timeInputs().find((i) => !timeValue(i));
      if (bad) return refuse(bad, "A reminder time looks like 07:30, or 0730: hours, then minutes.", times);
      timeInputs().forEach(clearRefusal);
      const dayBoxes = days.map((d) => d.querySelector("input"));
      if (!dayBoxes.some((i) => i.checked)) return refuse(dayBoxes[0], "Choose at least one day for the reminder.", daysSet);
      clearRefusal(dayBoxes[0]);
      const quiet = timeInputs().filter((i) => inQuiet(i.value, this.quiet));
      if (quiet.length === 0) return send();
      const q = this.quiet;
      const names = quiet.map((i) => i.value).join(" and ");
      const move = h("button", { type: "button", class: "primary", id: "quiet-move", text: `Move to ${q.end}`,
        onclick: () => { for (const i of quiet) i.value = q.end; send(); } });
      quietNote.replaceChildren(
        h("p", { text: `${names} ${quiet.length === 1 ? "is" : "are"} inside your quiet hours (${q.start}–${q.end}), so no reminder would come then. Move ${quiet.length === 1 ? "it" : "them"} to ${q.end}, when quiet hours end?` }),
        h("div", { class: "actions" }, move,
          h("button", { type: "button", id: "quiet-keep", text: "Keep it as it is", onclick: send })));
      move.focus();
    };
    return h("form", { class: "card stack-form", novalidate: true, "aria-label": s ? "Edit habit stack" : "New habit stack", onsubmit: submit,
      onkeydown: (e) => { if (e.key === "Escape" && !e.defaultPrevented) { e.preventDefault(); this.cancel(s); } } },
      h("datalist", { id: "stack-step-titles" }, this.steps.map((st) => h("option", { value: st.title }))),
      h("p", { class: "sentence-form" },
        h("label", { for: anchor.id, text: "After I" }), anchor,
        h("label", { for: action.id, text: ", I will" }), action),
      h("div", { class: "stack-fields" },
        h("div", {}, h("label", { for: step.id, class: "field-label", text: "“Done” logs a win for" }), step),
        h("fieldset", {}, h("legend", { class: "field-label", text: "At" }), times,
          h("button", { type: "button", class: "ghost", text: "+ Add a time", onclick: () => addTime("12:00").focus() })),
        daysSet),
      quietNote,
      h("p", { class: "hint", text: "If the anchor is one of your steps, logging it offers the action at once." }),
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "primary", text: s ? "Save" : "Add stack" }),
        h("button", { type: "button", class: "ghost", text: "Cancel", onclick: () => this.cancel(s) })));
  }
}

customElements.define("cairn-stacks", CairnStacks);
