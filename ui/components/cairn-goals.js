// Goals: the list (grouped by status, reorderable) and one goal's page (its
// words, status and micro-steps). Data in through `data` =
// `{ goals, selectedId }`; actions go up as events handled by app.js.
import { h, emit, setColour, cadenceText, minutesText, measureText } from "../dom.js";
import { t, rtl } from "../i18n.js";
import "./cairn-step-form.js";
import { refuse } from "../focus.js";

const COLOURS = [
  ["#5b8a72", "sage"], ["#4f7cac", "lake"], ["#c07a3a", "amber"], ["#9a6fb0", "heather"],
  ["#b85c6e", "berry"], ["#3f8f8f", "teal"], ["#8a7f3a", "moss"], ["#6b7280", "slate"],
];

/** A step row's Edit button. */
function editButton(row) {
  return [...(row?.querySelectorAll("button") ?? [])].find((b) => b.textContent === t("common-edit"));
}

class CairnGoals extends HTMLElement {
  /** After a step was saved or archived: its row's Edit button, or the
   * next live step's, or the list's title. */
  focusStep(id, { next = false } = {}) {
    const rows = [...this.querySelectorAll("#steps > li.step")];
    let row = rows.find((r) => r.dataset.stepId === id);
    if (next || !row) row = rows.find((r) => r.dataset.stepId === this.nextAfter) ?? rows.at(-1);
    const target = editButton(row) ?? this.querySelector("#steps-title");
    if (target === this.querySelector("#steps-title")) target?.setAttribute("tabindex", "-1");
    target?.focus();
  }

  /** Notes which live step follows `id`, for focus after it leaves the list. */
  noteNext(id) {
    const rows = [...this.querySelectorAll("#steps > li.step")];
    const i = rows.findIndex((r) => r.dataset.stepId === id);
    this.nextAfter = (rows[i + 1] ?? rows[i - 1])?.dataset.stepId ?? null;
  }

  /** Renders the list, or one goal's page when `selectedId` names one. */
  set data({ goals, selectedId }) {
    this.goals = goals;
    const goal = selectedId && goals.find((g) => g.id === selectedId);
    this.replaceChildren(...(goal ? this.renderGoal(goal) : this.renderList(goals)));
  }

  renderList(goals) {
    const title = h("input", { id: "goal-title", type: "text", maxlength: 200, required: true, autocomplete: "off",
      placeholder: t("goals-new-input.placeholder") });
    const form = h("form", { id: "new-goal", class: "inline-form", "aria-label": t("goals-new-form.aria-label"), novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        if (title.value.trim() === "") refuse(title, t("goals-new-empty"), form);
        else emit(this, "create-goal", { title: title.value });
      } },
      h("label", { for: "goal-title", class: "visually-hidden", text: t("goals-new-label") }),
      title, h("button", { type: "submit", class: "primary", text: t("goals-add") }));
    const out = [h("div", { class: "hero" }, h("div", {}, h("h1", { text: t("goals-title") }),
      h("p", { class: "date", text: t("goals-subtitle") }))), form];
    if (goals.length === 0) {
      out.push(h("p", { class: "empty", text: t("goals-empty") }));
      return out;
    }
    for (const status of ["active", "paused", "done", "archived"]) {
      const group = goals.filter((g) => g.status === status);
      if (group.length === 0) continue;
      const list = h("ul", { class: "goal-list", id: `goals-${status}` },
        group.map((g, i) => this.goalCard(g, i, group)));
      const heading = t(`goals-group-${status}`, { count: group.length });
      out.push(status === "active"
        ? h("section", { "aria-label": heading }, h("h2", { text: heading }), list)
        : h("details", { class: "status-group" }, h("summary", { text: heading }), list));
    }
    return out;
  }

  goalCard(goal, index, group) {
    const live = goal.steps.filter((s) => !s.archived);
    const li = h("li", { class: "goal-card", "data-goal-id": goal.id });
    setColour(li, "--goal", goal.colour);
    // Moving past a neighbour in the same group: take that neighbour's place
    // in the one overall order.
    const placeOf = (other) => this.goals.findIndex((g) => g.id === other.id);
    li.append(
      h("a", { class: "goal-open", href: `#goal/${goal.id}` },
        h("span", { class: "goal-name", text: goal.title }),
        goal.identity ? h("span", { class: "goal-identity", text: t("goals-card-identity", { identity: goal.identity }) }) : null,
        h("span", { class: "meta", text: t("goals-step-count", { count: live.length }) })),
      h("div", { class: "row-actions" },
        h("button", { type: "button", class: "icon", "aria-label": t("goals-move-up.aria-label", { title: goal.title }), disabled: index === 0,
          onclick: () => emit(this, "move-goal", { id: goal.id, to: placeOf(group[index - 1]) }), }, h("span", { "aria-hidden": "true", text: "↑" })),
        h("button", { type: "button", class: "icon", "aria-label": t("goals-move-down.aria-label", { title: goal.title }), disabled: index === group.length - 1,
          onclick: () => emit(this, "move-goal", { id: goal.id, to: placeOf(group[index + 1]) }), }, h("span", { "aria-hidden": "true", text: "↓" }))));
    return li;
  }

  renderGoal(goal) {
    const field = (id, label, control, hint) => h("div", { class: "field" },
      h("label", { for: id, text: label }), control, hint ? h("span", { class: "hint", text: hint }) : null);
    const title = h("input", { id: "edit-goal-title", type: "text", maxlength: 200, required: true, value: goal.title });
    const identity = h("input", { id: "edit-goal-identity", type: "text", maxlength: 80, autocomplete: "off",
      value: goal.identity ?? "", placeholder: t("goals-identity-placeholder.placeholder") });
    const why = h("textarea", { id: "edit-goal-why", rows: 2, maxlength: 2000, value: goal.why,
      placeholder: t("goals-why-placeholder.placeholder") });
    const success = h("textarea", { id: "edit-goal-success", rows: 2, maxlength: 2000, value: goal.success,
      placeholder: t("goals-success-placeholder.placeholder") });
    const colours = h("fieldset", { class: "colours" }, h("legend", { text: t("goals-colour") }),
      COLOURS.map(([value, key]) => {
        const name = t(`goals-colour-${key}`);
        const input = h("input", { type: "radio", name: "goal-colour", value, id: `colour-${value.slice(1)}`, checked: goal.colour === value });
        const swatch = h("span", { class: "swatch" });
        setColour(swatch, "--swatch", value);
        return h("label", { for: input.id, class: "colour", title: name }, input, swatch, h("span", { class: "visually-hidden", text: name }));
      }));
    const form = h("form", { id: "goal-form", class: "card goal-form", "aria-label": t("goals-form.aria-label"), novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        if (title.value.trim() === "") return refuse(title, t("goals-title-empty"));
        const colour = colours.querySelector("input:checked")?.value ?? goal.colour;
        emit(this, "save-goal", { id: goal.id, title: title.value, identity: identity.value, why: why.value, success: success.value, colour });
      } },
      field(title.id, t("goals-field-goal"), title),
      field(identity.id, t("goals-field-identity"), identity, t("goals-identity-hint")),
      field(why.id, t("goals-field-why"), why),
      field(success.id, t("goals-field-success"), success, t("goals-success-hint")),
      colours,
      h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "save-goal", text: t("goals-save") })));

    const status = (to, label) => h("button", { type: "button", class: "ghost", "data-status": to,
      onclick: () => emit(this, "goal-status", { id: goal.id, status: to }), text: label });
    const statusRow = h("div", { class: "status-row", role: "group", "aria-label": t("goals-status-group.aria-label") },
      h("span", { class: `badge status-${goal.status}`, text: t(`goals-status-${goal.status}`) }),
      goal.status === "active" ? status("paused", t("goals-pause"))
        : status("active", goal.status === "paused" ? t("goals-resume") : t("goals-make-active")),
      goal.status !== "done" ? status("done", t("goals-mark-done")) : null,
      goal.status !== "archived" ? status("archived", t("goals-archive")) : null);

    const live = goal.steps.filter((s) => !s.archived);
    const archived = goal.steps.filter((s) => s.archived);
    const steps = h("ol", { class: "step-list", id: "steps" },
      live.length ? live.map((s, i) => this.stepRow(s, i, live)) : h("li", { class: "empty", text: t("goals-steps-empty") }));
    const addForm = document.createElement("cairn-step-form");
    addForm.id = "add-step";
    addForm.setup({ goalId: goal.id });

    const header = h("div", { class: "hero goal-hero" },
      h("div", {}, h("a", { href: "#goals", class: "back", text: t("goals-back", { arrow: rtl() ? "→" : "←" }) }), h("h1", { id: "goal-heading", text: goal.title })),
      statusRow);
    setColour(header, "--goal", goal.colour);
    return [header,
      h("div", { class: "goal-columns" },
        form,
        h("section", { class: "card", "aria-labelledby": "steps-title" },
          h("h2", { id: "steps-title", text: t("goals-steps-title") }), steps, addForm,
          archived.length ? h("details", { class: "status-group" }, h("summary", { text: t("goals-archived-steps", { count: archived.length }) }),
            h("ul", { class: "step-list", id: "archived-steps" }, archived.map((s) => this.stepRow(s, 0, archived)))) : null))];
  }

  stepRow(step, index, group) {
    const li = h("li", { class: "step", "data-step-id": step.id });
    const meta = [cadenceText(step.cadence), minutesText(step.minutes), measureText(step.measure)].filter(Boolean).join(" · ");
    const edit = () => {
      const form = document.createElement("cairn-step-form");
      form.setup({ step });
      form.addEventListener("cancel-step", () => {
        const row = this.stepRow(step, index, group);
        li.replaceWith(row);
        editButton(row)?.focus();
      });
      li.replaceChildren(form);
      li.classList.add("editing");
      form.focus();
    };
    const actions = step.archived
      ? [h("button", { type: "button", class: "ghost", onclick: () => emit(this, "archive-step", { id: step.id, archived: false }), text: t("goals-restore") })]
      : [
        h("button", { type: "button", class: "icon", "aria-label": t("goals-move-up.aria-label", { title: step.title }), disabled: index === 0,
          onclick: () => emit(this, "move-step", { id: step.id, to: index - 1 }), }, h("span", { "aria-hidden": "true", text: "↑" })),
        h("button", { type: "button", class: "icon", "aria-label": t("goals-move-down.aria-label", { title: step.title }), disabled: index === group.length - 1,
          onclick: () => emit(this, "move-step", { id: step.id, to: index + 1 }), }, h("span", { "aria-hidden": "true", text: "↓" })),
        h("button", { type: "button", class: "ghost", "aria-label": t("goals-edit-step.aria-label", { title: step.title }), onclick: edit, text: t("common-edit") }),
        h("button", { type: "button", class: "ghost", "aria-label": t("goals-archive-step.aria-label", { title: step.title }),
          onclick: () => emit(this, "archive-step", { id: step.id, archived: true }), text: t("goals-archive") }),
      ];
    li.append(h("div", { class: "step-body" }, h("span", { class: "step-title", text: step.title }), h("span", { class: "meta", text: meta })),
      h("div", { class: "row-actions" }, actions));
    return li;
  }
}

customElements.define("cairn-goals", CairnGoals);
