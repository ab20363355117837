// Goals: the list (grouped by status, reorderable) and one goal's page (its
// words, status and micro-steps). Data comes in through `goals` and
// `selectedId`; actions go up as events handled by app.js.
import { h, emit, cadenceText, minutesText, plural } from "../dom.js";
import "./cairn-step-form.js";
import { refuse } from "../focus.js";

const COLOURS = [
  ["#5b8a72", "Sage"], ["#4f7cac", "Lake"], ["#c07a3a", "Amber"], ["#9a6fb0", "Heather"],
  ["#b85c6e", "Berry"], ["#3f8f8f", "Teal"], ["#8a7f3a", "Moss"], ["#6b7280", "Slate"],
];
const STATUS_TITLES = { active: "Active", paused: "Paused", done: "Done", archived: "Archived" };

/** A step row's Edit button. */
function editButton(row) {
  return [...(row?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Edit");
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
  show(goals, selectedId) {
    this.goals = goals;
    const goal = selectedId && goals.find((g) => g.id === selectedId);
    this.replaceChildren(...(goal ? this.renderGoal(goal) : this.renderList(goals)));
  }

  renderList(goals) {
    const title = h("input", { id: "goal-title", type: "text", maxlength: 200, required: true, autocomplete: "off",
      placeholder: "A big goal, e.g. Submit the thesis by June" });
    const form = h("form", { id: "new-goal", class: "inline-form", "aria-label": "New goal", novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        if (title.value.trim() === "") refuse(title, "Write the goal in a few words first: big is fine.", form);
        else emit(this, "create-goal", { title: title.value });
      } },
      h("label", { for: "goal-title", class: "visually-hidden", text: "New goal" }),
      title, h("button", { type: "submit", class: "primary", text: "Add goal" }));
    const out = [h("div", { class: "hero" }, h("div", {}, h("h1", { text: "Goals" }),
      h("p", { class: "date", text: "Big aspirations, each turned into steps small enough to start today." }))), form];
    if (goals.length === 0) {
      out.push(h("p", { class: "empty", text: "No goals yet. Write one above: big is fine." }));
      return out;
    }
    for (const status of ["active", "paused", "done", "archived"]) {
      const group = goals.filter((g) => g.status === status);
      if (group.length === 0) continue;
      const list = h("ul", { class: "goal-list", id: `goals-${status}` },
        group.map((g, i) => this.goalCard(g, i, group)));
      const heading = `${STATUS_TITLES[status]} (${group.length})`;
      out.push(status === "active"
        ? h("section", { "aria-label": heading }, h("h2", { text: heading }), list)
        : h("details", { class: "status-group" }, h("summary", { text: heading }), list));
    }
    return out;
  }

  goalCard(goal, index, group) {
    const live = goal.steps.filter((s) => !s.archived);
    const li = h("li", { class: "goal-card", "data-goal-id": goal.id });
    li.style.setProperty("--goal", goal.colour);
    // Moving past a neighbour in the same group: take that neighbour's place
    // in the one overall order.
    const placeOf = (other) => this.goals.findIndex((g) => g.id === other.id);
    li.append(
      h("a", { class: "goal-open", href: `#goal/${goal.id}` },
        h("span", { class: "goal-name", text: goal.title }),
        h("span", { class: "meta", text: live.length ? plural(live.length, "step", "steps") : "no steps yet" })),
      h("div", { class: "row-actions" },
        h("button", { type: "button", class: "icon", "aria-label": `Move ${goal.title} up`, disabled: index === 0,
          onclick: () => emit(this, "move-goal", { id: goal.id, to: placeOf(group[index - 1]) }), }, h("span", { "aria-hidden": "true", text: "↑" })),
        h("button", { type: "button", class: "icon", "aria-label": `Move ${goal.title} down`, disabled: index === group.length - 1,
          onclick: () => emit(this, "move-goal", { id: goal.id, to: placeOf(group[index + 1]) }), }, h("span", { "aria-hidden": "true", text: "↓" }))));
    return li;
  }

  renderGoal(goal) {
    const field = (id, label, control, hint) => h("div", { class: "field" },
      h("label", { for: id, text: label }), control, hint ? h("span", { class: "hint", text: hint }) : null);
    const title = h("input", { id: "edit-goal-title", type: "text", maxlength: 200, required: true, value: goal.title });
    const why = h("textarea", { id: "edit-goal-why", rows: 2, maxlength: 2000, value: goal.why,
      placeholder: "What will this change for you?" });
    const success = h("textarea", { id: "edit-goal-success", rows: 2, maxlength: 2000, value: goal.success,
      placeholder: "How will you know it is done? e.g. the PDF is with the committee" });
    const colours = h("fieldset", { class: "colours" }, h("legend", { text: "Colour" }),
      COLOURS.map(([value, name]) => {
        const input = h("input", { type: "radio", name: "goal-colour", value, id: `colour-${value.slice(1)}`, checked: goal.colour === value });
        const swatch = h("span", { class: "swatch" });
        swatch.style.setProperty("--swatch", value);
        return h("label", { for: input.id, class: "colour", title: name }, input, swatch, h("span", { class: "visually-hidden", text: name }));
      }));
    const form = h("form", { id: "goal-form", class: "card goal-form", "aria-label": "Goal details", novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        if (title.value.trim() === "") return refuse(title, "A goal needs a few words, so you know it when you see it.");
        const colour = colours.querySelector("input:checked")?.value ?? goal.colour;
        emit(this, "save-goal", { id: goal.id, title: title.value, why: why.value, success: success.value, colour });
      } },
      field(title.id, "Goal", title),
      field(why.id, "Why it matters", why),
      field(success.id, "Success looks like", success, "Make it measurable: one page, one line."),
      colours,
      h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "save-goal", text: "Save goal" })));

    const status = (to, label) => h("button", { type: "button", class: "ghost", "data-status": to,
      onclick: () => emit(this, "goal-status", { id: goal.id, status: to }), text: label });
    const statusRow = h("div", { class: "status-row", role: "group", "aria-label": "Goal status" },
      h("span", { class: `badge status-${goal.status}`, text: STATUS_TITLES[goal.status] }),
      goal.status === "active" ? status("paused", "Pause") : status("active", goal.status === "paused" ? "Resume" : "Make active"),
      goal.status !== "done" ? status("done", "Mark as done") : null,
      goal.status !== "archived" ? status("archived", "Archive") : null);

    const live = goal.steps.filter((s) => !s.archived);
    const archived = goal.steps.filter((s) => s.archived);
    const steps = h("ol", { class: "step-list", id: "steps" },
      live.length ? live.map((s, i) => this.stepRow(s, i, live)) : h("li", { class: "empty", text: "No steps yet. Make the first one so small it feels easy." }));
    const addForm = document.createElement("cairn-step-form");
    addForm.id = "add-step";
    addForm.setup({ goalId: goal.id });

    const header = h("div", { class: "hero goal-hero" },
      h("div", {}, h("a", { href: "#goals", class: "back", text: "← All goals" }), h("h1", { id: "goal-heading", text: goal.title })),
      statusRow);
    header.style.setProperty("--goal", goal.colour);
    return [header,
      h("div", { class: "goal-columns" },
        form,
        h("section", { class: "card", "aria-labelledby": "steps-title" },
          h("h2", { id: "steps-title", text: "Micro-steps" }), steps, addForm,
          archived.length ? h("details", { class: "status-group" }, h("summary", { text: `Archived steps (${archived.length})` }),
            h("ul", { class: "step-list", id: "archived-steps" }, archived.map((s) => this.stepRow(s, 0, archived)))) : null))];
  }

  stepRow(step, index, group) {
    const li = h("li", { class: "step", "data-step-id": step.id });
    const meta = [cadenceText(step.cadence), minutesText(step.minutes)].filter(Boolean).join(" · ");
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
      ? [h("button", { type: "button", class: "ghost", onclick: () => emit(this, "archive-step", { id: step.id, archived: false }), text: "Restore" })]
      : [
        h("button", { type: "button", class: "icon", "aria-label": `Move ${step.title} up`, disabled: index === 0,
          onclick: () => emit(this, "move-step", { id: step.id, to: index - 1 }), }, h("span", { "aria-hidden": "true", text: "↑" })),
        h("button", { type: "button", class: "icon", "aria-label": `Move ${step.title} down`, disabled: index === group.length - 1,
          onclick: () => emit(this, "move-step", { id: step.id, to: index + 1 }), }, h("span", { "aria-hidden": "true", text: "↓" })),
        h("button", { type: "button", class: "ghost", "aria-label": `Edit ${step.title}`, onclick: edit, text: "Edit" }),
        h("button", { type: "button", class: "ghost", "aria-label": `Archive ${step.title}`,
          onclick: () => emit(this, "archive-step", { id: step.id, archived: true }), text: "Archive" }),
      ];
    li.append(h("div", { class: "step-body" }, h("span", { class: "step-title", text: step.title }), h("span", { class: "meta", text: meta })),
      h("div", { class: "row-actions" }, actions));
    return li;
  }
}

customElements.define("cairn-goals", CairnGoals);
