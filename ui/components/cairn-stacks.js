// The Stacks page: habit stacks built as a sentence, "After I [anchor],
// I will [action]", with reminder times and days, each showing its next
// reminder in words. Data in through `data` = `{ stacks, steps }`; changes go up
// as events: save-stack, stack-enabled, delete-stack (after asking).
// `quiet` ({on, start, end}, the reminder settings) lets the form say
// when a time falls inside quiet hours, and offer to move it.
import { h, emit, weekdayNames, weekdayList, messageParts } from "../dom.js";
import { t, formatList } from "../i18n.js";
import { refuse, clearRefusal } from "../focus.js";
import { timeField, timeValue } from "../time-field.js";

/** Whether "HH:MM" `t` falls inside quiet hours (the backend's rule:
 * the start is inside, the end is not; hours may cross midnight). */
export function inQuiet(t, quiet) {
  if (!quiet?.on) return false;
  const { start, end } = quiet;
  return start <= end ? start <= t && t < end : t >= start || t < end;
}

function daysText(days) {
  if (days.length === 7) return t("stacks-days-every");
  if (days.length === 5 && days.every((d) => d < 5)) return t("cadence-weekdays");
  if (days.length === 2 && days.includes(5) && days.includes(6)) return t("cadence-weekend");
  return t("cadence-days", { days: weekdayList(days) });
}

/** "After I [anchor], I will [action]" with the person's words as `anchor`
 * and `action` nodes, in the language's order; the sentence's own words
 * as `wrap(text)`. */
function sentence(anchor, action, wrap) {
  return messageParts("stacks-sentence", { anchor, action }).map((part) => (typeof part === "string" ? wrap(part) : part));
}

/** The form's sentence: each stretch of the sentence's words labels the
 * field after it (the last, if no field follows, is plain text). */
function sentenceForm(anchor, action) {
  const parts = messageParts("stacks-sentence", { anchor, action });
  return parts.map((part, i) => {
    if (typeof part !== "string") return part;
    const next = parts.slice(i + 1).find((p) => typeof p !== "string");
    return next ? h("label", { for: next.id, text: part.trim() }) : h("span", { text: part });
  });
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
    const edit = [...(item?.querySelectorAll("button") ?? [])].find((b) => b.textContent === t("common-edit"));
    (edit ?? this.querySelector("#new-stack"))?.focus();
  }

  set data({ stacks, steps }) {
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
      ? h("ul", { class: "stack-list", id: "stacks", "aria-label": t("stacks-list.aria-label") },
        this.stacks.map((s) => (this.editing === s.id ? h("li", {}, this.form(s)) : this.item(s))))
      : h("div", { class: "card empty-stacks" },
        h("p", { text: t("stacks-empty") }),
        h("p", { class: "muted", text: t("stacks-empty-hint") }));
    this.replaceChildren(...[
      h("div", { class: "hero" },
        h("div", {}, h("h1", { text: t("stacks-title") }),
          h("p", { class: "date", text: t("stacks-subtitle") })),
        this.editing === "new" ? null
          : h("button", { type: "button", class: "primary", id: "new-stack", onclick: () => this.edit("new"), text: t("stacks-new") })),
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
      "aria-label": t("stacks-enabled.aria-label", { anchor: s.anchor }),
      onchange: () => emit(this, "stack-enabled", { id: s.id, enabled: toggle.checked }) });
    return h("li", { class: "card stack" + (s.enabled ? "" : " off"), "data-id": s.id },
      h("p", { class: "stack-sentence" },
        sentence(h("strong", { text: s.anchor }), h("strong", { text: s.action }), (text) => h("span", { class: "lead", text }))),
      h("p", { class: "stack-meta" },
        h("span", { class: "chip", text: s.times.join(" · ") }),
        h("span", { text: daysText(s.weekdays) }),
        s.stepTitle ? h("span", { text: t("stacks-logs", { step: s.stepTitle }) }) : null,
        s.anchorStepTitle ? h("span", { text: t("stacks-offered", { step: s.anchorStepTitle }) }) : null),
      h("div", { class: "stack-foot" },
        h("p", { class: "stack-next", text: s.enabled ? (s.next ? t("stacks-next", { when: s.next }) : t("stacks-nothing-due")) : t("stacks-off") }),
        h("div", { class: "actions" },
          h("label", { class: "check-row switch" }, toggle, h("span", { text: t("stacks-on") })),
          h("button", { type: "button", class: "ghost", onclick: () => this.edit(s.id), text: t("common-edit"),
            "aria-label": t("stacks-edit.aria-label", { anchor: s.anchor }) }),
          h("button", { type: "button", class: "ghost", text: t("common-delete"), "aria-label": t("stacks-delete.aria-label", { anchor: s.anchor }),
            onclick: (e) => this.confirmDelete(s, e.currentTarget) }))));
  }

  /** Asks before a stack is deleted: deleting cannot be undone. */
  confirmDelete(s, button) {
    this.querySelector(".confirm-delete")?.remove();
    const keep = () => { panel.remove(); button.focus(); };
    const panel = h("div", { class: "confirm-delete", role: "group", "aria-label": t("stacks-confirm.aria-label"),
      onkeydown: (e) => { if (e.key === "Escape") { e.preventDefault(); keep(); } } },
      h("p", { text: t("stacks-confirm-text", { anchor: s.anchor, action: s.action }) }),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "primary confirm-delete-yes", text: t("stacks-delete-yes"),
          onclick: () => emit(this, "delete-stack", { id: s.id }) }),
        h("button", { type: "button", class: "confirm-delete-no", text: t("stacks-keep"), onclick: keep })));
    button.closest(".stack").append(panel);
    panel.querySelector("button").focus();
  }

  form(s) {
    const uid = s ? s.id.slice(0, 8) : "new";
    const anchor = h("input", { id: `anchor-${uid}`, class: "stack-anchor", type: "text", required: true, value: s?.anchor ?? "",
      placeholder: t("stacks-anchor-placeholder.placeholder"), list: "stack-step-titles", autocomplete: "off" });
    const action = h("input", { id: `action-${uid}`, class: "stack-action", type: "text", required: true, value: s?.action ?? "",
      placeholder: t("stacks-action-placeholder.placeholder"), autocomplete: "off" });
    const step = h("select", { id: `step-${uid}`, class: "stack-step" },
      h("option", { value: "", text: t("stacks-no-step") }),
      h("option", { value: "new", text: t("stacks-new-step"), selected: !s }),
      this.steps.map((st) => h("option", { value: st.id, text: st.title, selected: s?.stepId === st.id })));
    const times = h("div", { class: "stack-times" });
    const addTime = (value) => {
      const input = timeField({ class: "stack-time", value, required: true, "aria-label": t("stacks-time.aria-label") });
      const row = h("span", { class: "time-row" }, input,
        h("button", { type: "button", class: "icon", "aria-label": t("stacks-remove-time.aria-label"),
          onclick: () => { if (times.children.length > 1) row.remove(); } }, h("span", { "aria-hidden": "true", text: "×" })));
      times.append(row);
      return input;
    };
    for (const t of s?.times ?? ["07:30"]) addTime(t);
    const short = weekdayNames("short");
    const days = weekdayNames("long").map((name, i) => h("label", { class: "day" },
      h("input", { type: "checkbox", value: String(i), checked: s ? s.weekdays.includes(i) : true, "aria-label": name }),
      h("span", { text: short[i], "aria-hidden": "true" })));
    const daysSet = h("fieldset", { class: "days" }, h("legend", { class: "field-label", text: t("stacks-days-legend") }), days);
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
      if (anchor.value.trim() === "") return refuse(anchor, t("stacks-anchor-empty"), anchor.parentElement);
      if (action.value.trim() === "") return refuse(action, t("stacks-action-empty"), action.parentElement);
      const bad = timeInputs().find((i) => !timeValue(i));
      if (bad) return refuse(bad, t("stacks-time-bad"), times);
      timeInputs().forEach(clearRefusal);
      const dayBoxes = days.map((d) => d.querySelector("input"));
      if (!dayBoxes.some((i) => i.checked)) return refuse(dayBoxes[0], t("stacks-days-empty"), daysSet);
      clearRefusal(dayBoxes[0]);
      const quiet = timeInputs().filter((i) => inQuiet(i.value, this.quiet));
      if (quiet.length === 0) return send();
      const q = this.quiet;
      const names = formatList(quiet.map((i) => i.value));
      const move = h("button", { type: "button", class: "primary", id: "quiet-move", text: t("stacks-move-to", { end: q.end }),
        onclick: () => { for (const i of quiet) i.value = q.end; send(); } });
      quietNote.replaceChildren(
        h("p", { text: t("stacks-quiet", { count: quiet.length, times: names, start: q.start, end: q.end }) }),
        h("div", { class: "actions" }, move,
          h("button", { type: "button", id: "quiet-keep", text: t("common-keep-as-is"), onclick: send })));
      move.focus();
    };
    return h("form", { class: "card stack-form", novalidate: true, "aria-label": s ? t("stacks-edit-form.aria-label") : t("stacks-new-form.aria-label"), onsubmit: submit,
      onkeydown: (e) => { if (e.key === "Escape" && !e.defaultPrevented) { e.preventDefault(); this.cancel(s); } } },
      h("datalist", { id: "stack-step-titles" }, this.steps.map((st) => h("option", { value: st.title }))),
      h("p", { class: "sentence-form" }, sentenceForm(anchor, action)),
      h("div", { class: "stack-fields" },
        h("div", {}, h("label", { for: step.id, class: "field-label", text: t("stacks-done-logs") }), step),
        h("fieldset", {}, h("legend", { class: "field-label", text: t("stacks-at") }), times,
          h("button", { type: "button", class: "ghost", text: t("stacks-add-time"), onclick: () => addTime("12:00").focus() })),
        daysSet),
      quietNote,
      h("p", { class: "hint", text: t("stacks-hint") }),
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "primary", text: s ? t("common-save") : t("stacks-add") }),
        h("button", { type: "button", class: "ghost", text: t("common-cancel"), onclick: () => this.cancel(s) })));
  }
}

customElements.define("cairn-stacks", CairnStacks);
