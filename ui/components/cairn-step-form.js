// The form for a micro-step, used to add one and to edit one: title,
// cadence (once, daily, N times a week, chosen weekdays, every N days, N
// times a month, a day of the month), minutes and, for a measurable step,
// its unit, target ("at least" or "at most", a day or a week) and the
// amount one click logs.
// Sends `save-step` with the step's fields; `cancel-step` when cancelled
// (the Cancel button, or Esc anywhere in the form). A value the backend
// would refuse is refused here first, beside its field (WebKitGTK shows
// no validation bubble, so `required`/`min`/`max` alone say nothing).
import { h, emit, weekdayNames, amountFieldText, isAmountText } from "../dom.js";
import { t } from "../i18n.js";
import { refuse } from "../focus.js";

let counter = 0;

class CairnStepForm extends HTMLElement {
  /** `step` to edit, or null to add; `goalId` for a new step. */
  setup({ step = null, goalId = null }) {
    const n = ++counter;
    const id = (name) => `${name}-${n}`;
    this.step = step;
    this.goalId = goalId;
    const cadence = step?.cadence ?? { kind: "daily", timesPerWeek: 3, weekdays: [0, 1, 2, 3, 4] };

    this.titleInput = h("input", { id: id("step-title"), class: "step-title-input", type: "text", maxlength: 200, required: true,
      value: step?.title ?? "", placeholder: t("step-title-input.placeholder") });
    this.kind = h("select", { id: id("step-cadence"), class: "step-cadence", onchange: () => this.sync() },
      ["once", "daily", "weekly", "weekdays", "every_n_days", "monthly", "month_day"]
        .map((value) => h("option", { value, text: t(`step-cadence-${value}`), selected: cadence.kind === value })));
    this.times = h("input", { id: id("step-times"), class: "step-times", type: "number", min: 1, max: 7,
      value: String(cadence.timesPerWeek ?? 3) });
    this.timesRow = h("label", { class: "inline", for: id("step-times") }, this.times, " ", t("step-times-label"));
    const names = weekdayNames("long");
    const short = weekdayNames("short");
    this.days = names.map((name, i) => h("input", {
      type: "checkbox", class: "weekday", value: String(i), id: id(`day${i}`),
      checked: (cadence.weekdays ?? []).includes(i), "aria-label": name }));
    this.daysRow = h("fieldset", { class: "weekdays" },
      h("legend", { class: "visually-hidden", text: t("step-days") }),
      this.days.map((box, i) => h("label", { for: box.id, class: "weekday-label" }, box, h("span", { text: short[i] }))));
    // The longer rhythms: one number each, in words around it.
    const numberRow = (kind, name, min, max, fallback, before, after) => {
      const input = h("input", { id: id(name), class: name, type: "number", min, max,
        value: String(cadence.kind === kind ? cadence.number : fallback) });
      const row = h("label", { class: "inline", for: input.id }, before ? `${before} ` : "", input, " ", after);
      return { kind, input, row, min, max };
    };
    this.numbers = [
      numberRow("every_n_days", "step-every", 2, 30, 2, t("step-every-before"), t("step-every-after")),
      numberRow("monthly", "step-month-times", 1, 30, 2, "", t("step-month-times-label")),
      numberRow("month_day", "step-month-day", 1, 31, 1, t("step-month-day-before"), t("step-month-day-after")),
    ];
    this.minutes = h("input", { id: id("step-minutes"), class: "step-minutes", type: "number", min: 1, max: 600,
      value: step?.minutes ? String(step.minutes) : "", placeholder: t("step-minutes-placeholder.placeholder") });

    // A measurable step: amounts are typed as text, so "2,5" works too.
    const m = step?.measure ?? null;
    this.measured = h("input", { id: id("step-measured"), class: "step-measured", type: "checkbox", checked: Boolean(m),
      onchange: () => { this.sync(); if (this.measured.checked) this.unit.focus(); } });
    this.unit = h("input", { id: id("step-unit"), class: "step-unit", type: "text", maxlength: 24, list: id("step-units"),
      autocomplete: "off", value: m?.unit ?? "", placeholder: t("step-unit-input.placeholder") });
    const units = h("datalist", { id: id("step-units") },
      t("step-unit-suggestions").split(",").map((u) => h("option", { value: u.trim() })));
    this.bound = h("select", { id: id("step-bound"), class: "step-bound", "aria-label": t("step-target") },
      ["at_least", "at_most"].map((value) => h("option", { value, text: t(`step-bound-${value}`), selected: (m?.bound ?? "at_least") === value })));
    this.target = h("input", { id: id("step-target"), class: "step-target", type: "text", inputmode: "decimal", autocomplete: "off",
      value: amountFieldText(m?.target), placeholder: t("step-target-input.placeholder") });
    this.per = h("select", { id: id("step-per"), class: "step-per", "aria-label": t("step-target") },
      ["day", "week"].map((value) => h("option", { value, text: t(`step-per-${value}`), selected: (m?.per ?? "day") === value })));
    this.usual = h("input", { id: id("step-usual"), class: "step-usual", type: "text", inputmode: "decimal", autocomplete: "off",
      value: amountFieldText(m?.usualSet) });
    this.measureRow = h("div", { class: "measure-fields" },
      h("div", { class: "field small" }, h("label", { for: this.unit.id, text: t("step-unit") }), this.unit, units),
      h("div", { class: "field" }, h("label", { for: this.target.id, text: t("step-target") }),
        h("div", { class: "inline" }, this.bound, this.target, this.per)),
      h("div", { class: "field small" }, h("label", { for: this.usual.id, text: t("step-usual") }), this.usual));

    const form = h("form", { class: "step-form", novalidate: true, "aria-label": step ? t("step-edit-form.aria-label", { title: step.title }) : t("step-add-form.aria-label"),
      onsubmit: (e) => { e.preventDefault(); if (this.check()) emit(this, "save-step", this.value()); },
      onkeydown: (e) => {
        if (e.key === "Escape" && step) { e.preventDefault(); e.stopPropagation(); emit(this, "cancel-step", {}); }
      } },
      h("div", { class: "field grow" }, h("label", { for: this.titleInput.id, text: step ? t("step-label") : t("step-new-label") }), this.titleInput),
      h("div", { class: "field" }, h("label", { for: this.kind.id, text: t("step-how-often") }), this.kind),
      this.timesRow, this.daysRow, this.numbers.map((n) => n.row),
      h("div", { class: "field small" }, h("label", { for: this.minutes.id, text: t("step-minutes") }), this.minutes),
      h("label", { class: "inline measure-toggle", for: this.measured.id }, this.measured, " ", t("step-measure")),
      this.measureRow,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "primary", text: step ? t("step-save") : t("step-add") }),
        step ? h("button", { type: "button", class: "ghost", onclick: () => emit(this, "cancel-step", {}), text: t("common-cancel") }) : null));
    this.replaceChildren(form);
    this.sync();
  }

  sync() {
    this.timesRow.hidden = this.kind.value !== "weekly";
    this.daysRow.hidden = this.kind.value !== "weekdays";
    for (const n of this.numbers) n.row.hidden = this.kind.value !== n.kind;
    this.measureRow.hidden = !this.measured.checked;
  }

  focus() {
    this.titleInput?.focus();
  }

  /** Refuses, beside the field, what the backend would refuse; true if all is well. */
  check() {
    if (this.titleInput.value.trim() === "") {
      return refuse(this.titleInput, t("step-title-empty"));
    }
    const kind = this.kind.value;
    const times = Number(this.times.value);
    if (kind === "weekly" && !(Number.isInteger(times) && times >= 1 && times <= 7)) {
      return refuse(this.times, t("step-times-range"), this.timesRow);
    }
    if (kind === "weekdays" && !this.days.some((d) => d.checked)) {
      return refuse(this.days[0], t("step-days-empty"), this.daysRow);
    }
    const number = this.numbers.find((n) => n.kind === kind);
    if (number) {
      const v = Number(number.input.value);
      if (!(Number.isInteger(v) && v >= number.min && v <= number.max)) {
        return refuse(number.input, t("step-number-range", { min: number.min, max: number.max }), number.row);
      }
    }
    const raw = this.minutes.value.trim();
    const minutes = Number(raw);
    if (this.minutes.validity?.badInput || (raw !== "" && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 600))) {
      return refuse(this.minutes, t("step-minutes-range"));
    }
    if (this.measured.checked) {
      const unit = this.unit.value.trim();
      if (unit === "" || [...unit].length > 24) return refuse(this.unit, t("step-unit-empty"));
      for (const input of [this.target, this.usual]) {
        if (input.value.trim() !== "" && !isAmountText(input.value)) return refuse(input, t("step-amount-bad"));
      }
    }
    return true;
  }

  value() {
    const kind = this.kind.value;
    const minutes = this.minutes.value.trim();
    return {
      ...(this.step ? { id: this.step.id } : { goalId: this.goalId }),
      title: this.titleInput.value,
      cadence: {
        kind,
        timesPerWeek: kind === "weekly" ? Number(this.times.value) : null,
        weekdays: kind === "weekdays" ? this.days.filter((d) => d.checked).map((d) => Number(d.value)) : [],
        number: this.numbers.some((n) => n.kind === kind) ? Number(this.numbers.find((n) => n.kind === kind).input.value) : null,
      },
      minutes: minutes === "" ? null : Number(minutes),
      measure: this.measured.checked
        ? { unit: this.unit.value.trim(), target: this.target.value.trim(), per: this.per.value,
          bound: this.bound.value, usual: this.usual.value.trim() }
        : null,
    };
  }
}

customElements.define("cairn-step-form", CairnStepForm);
