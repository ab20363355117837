// The Week page: one week looked back on. The draft the data tells (wins
// and days beside the week before, wins per goal, comebacks, runs still
// going, rest, one-thing days, milestones), three short answers, and one
// to four focus actions for the week after, each of which can become a
// step, a change to a step, or the next week's first one thing. Past reviews are listed below. Data in through `show(review,
// reviews, goals)`; changes go up as events: save-review, week-select,
// focus-to-step, focus-to-one-thing, focus-change-step.
import { h, emit, plural, longDate, cadenceText } from "../dom.js";

const QUESTIONS = [
  ["wentWell", "What went well?", "Small things count: a paragraph, a walk, a kind word."],
  ["learned", "What got in the way, or what did you learn?", "A miss is data, not a verdict."],
  ["adjust", "What will you adjust?", "Smaller steps, another time of day, a rest day…"],
];
const FOCUS_MAX = 4;

/** "23 – 29 November" (or across months and years as needed). */
function weekRange(start, end) {
  const fmt = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", year: "numeric" });
  return fmt.formatRange ? fmt.formatRange(new Date(`${start}T12:00`), new Date(`${end}T12:00`))
    : `${longDate(start)} – ${longDate(end)}`;
}

class CairnWeek extends HTMLElement {
  constructor() {
    super();
    this.review = null;
    this.reviews = [];
    this.goals = [];
    this.stepFormFor = null; // a focus action id whose "make it a step" form is open
  }

  show(review, reviews, goals) {
    const sameWeek = this.review?.draft.start === review.draft.start;
    this.review = review;
    this.reviews = reviews;
    this.goals = goals;
    if (!sameWeek) this.stepFormFor = null;
    this.render();
  }

  /** After a save: say so next to the button and keep the focus there. */
  saved() {
    const status = this.querySelector("#review-status");
    if (status) status.textContent = "Saved. Well looked back on.";
    this.querySelector("#save-review")?.focus();
  }

  /** After a focus action became something, its button is gone: focus
   * stays on its row, which now says what it became. */
  focusAction(id) {
    this.querySelector(`.focus-item[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  /** A refusal, shown next to the form and read out. */
  refused(message) {
    const status = this.querySelector("#review-status");
    if (status) status.textContent = message;
  }

  render() {
    const { draft, reflection } = this.review;
    const thisWeek = draft.until !== draft.end;
    this.replaceChildren(...[
      h("div", { class: "hero" },
        h("div", {},
          h("h1", { text: thisWeek ? "This week so far" : "Your week in review" }),
          h("p", { class: "date", text: weekRange(draft.start, draft.end) })),
        h("nav", { class: "week-nav", "aria-label": "Weeks" },
          h("button", { type: "button", class: "ghost", id: "week-prev", text: "‹ Week before",
            onclick: () => emit(this, "week-select", { date: this.review.previous }) }),
          this.review.next
            ? h("button", { type: "button", class: "ghost", id: "week-next", text: "Week after ›",
              onclick: () => emit(this, "week-select", { date: this.review.next }) })
            : null)),
      this.draftCard(draft),
      this.form(draft, reflection),
      reflection?.focus.length ? this.focusCard(reflection) : null,
      this.history()].filter(Boolean));
  }

  draftCard(d) {
    const facts = [];
    for (const g of d.perGoal) {
      const li = h("li", { class: "week-goal" },
        h("span", { class: "goal-dot", "aria-hidden": "true" }),
        h("span", { text: g.goal ? g.goal.title : "No goal" }), " ",
        h("strong", { text: plural(g.wins, "win", "wins") }));
      if (g.goal) li.style.setProperty("--goal", g.goal.colour);
      facts.push(li);
    }
    if (d.comebacks) facts.push(h("li", { text: `${plural(d.comebacks, "comeback", "comebacks")}: you came back after a pause.` }));
    for (const r of d.runs) {
      facts.push(h("li", {}, h("strong", { text: r.step.title }),
        ` — a run of ${plural(r.length, r.unit, `${r.unit}s`)}, still going.`));
    }
    if (d.restDays.length) facts.push(h("li", { text: `${plural(d.restDays.length, "rest day", "rest days")} taken. Rest is part of the trail.` }));
    if (d.oneThingsSet) {
      facts.push(h("li", { text: `Your one thing done on ${d.oneThingsDone} of ${plural(d.oneThingsSet, "day", "days")}.` }));
    }
    for (const m of d.milestones) facts.push(h("li", { class: "week-milestone", text: `Milestone: ${m.label}` }));
    for (const st of d.notFitting) {
      facts.push(h("li", { class: "week-fit" }, h("strong", { text: st.title }),
        " did not fit twice in a row. A smaller step may suit it: Today offers one."));
    }
    return h("section", { class: "card week-draft", "aria-labelledby": "week-draft-title" },
      h("h2", { id: "week-draft-title", text: "What the week holds" }),
      h("p", { class: "week-headline", text: d.headline }),
      facts.length ? h("ul", { class: "week-facts" }, facts)
        : h("p", { class: "muted", text: "Nothing logged this week. That is fine: one small step is enough to begin again." }));
  }

  form(draft, reflection) {
    const fields = QUESTIONS.map(([key, label, hint]) => {
      const id = `review-${key}`;
      return h("div", { class: "field" },
        h("label", { for: id, class: "field-label", text: label }),
        h("textarea", { id, name: key, rows: "3", maxlength: "2000", "aria-describedby": `${id}-hint`, value: reflection?.[key] ?? "" }),
        h("p", { id: `${id}-hint`, class: "hint", text: hint }));
    });
    const kept = reflection?.focus ?? [];
    const focus = Array.from({ length: FOCUS_MAX }, (_, i) => {
      const f = kept[i];
      return h("input", { type: "text", class: "focus-line", maxlength: "200", "data-id": f?.id ?? "",
        value: f?.text ?? "", "aria-label": `Focus action ${i + 1} of ${FOCUS_MAX}`,
        placeholder: i === 0 ? "Read one abstract on the train" : "" });
    });
    const submit = (e) => {
      e.preventDefault();
      const form = e.target;
      emit(this, "save-review", {
        weekStart: draft.start,
        wentWell: form.elements.wentWell.value,
        learned: form.elements.learned.value,
        adjust: form.elements.adjust.value,
        focus: focus.map((input) => ({ id: input.dataset.id || null, text: input.value })),
      });
    };
    return h("form", { class: "card week-form", "aria-labelledby": "week-form-title", onsubmit: submit },
      h("h2", { id: "week-form-title", text: reflection ? "Your review" : "Look back" }),
      fields,
      h("fieldset", { class: "focus-lines" },
        h("legend", { class: "field-label", text: "Focus for the week ahead (one to four)" }),
        focus),
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "primary", id: "save-review", text: reflection ? "Save changes" : "Save review" }),
        h("p", { id: "review-status", class: "hint", role: "status", "aria-live": "polite" })));
  }

  focusCard(reflection) {
    return h("section", { class: "card week-focus", "aria-labelledby": "week-focus-title" },
      h("h2", { id: "week-focus-title", text: "Your focus for the week ahead" }),
      h("ul", { class: "focus-list" }, reflection.focus.map((f) => this.focusItem(f))));
  }

  focusItem(f) {
    const done = f.became === "step" ? "Now a step."
      : f.became === "step_change" ? "A step was changed for it."
        : f.became === "one_thing" ? "Set as a day's one thing." : null;
    return h("li", { class: "focus-item", "data-id": f.id, tabindex: "-1" },
      h("span", { class: "focus-text", text: f.text }),
      done ? h("span", { class: "chip", text: done })
        : this.stepFormFor === f.id ? this.stepForm(f)
          : h("div", { class: "actions" },
            h("button", { type: "button", class: "ghost", text: "Make it a step", "aria-label": `Make "${f.text}" a step`,
              onclick: () => { this.stepFormFor = f.id; this.render(); this.querySelector(".focus-step-form select")?.focus(); } }),
            h("button", { type: "button", class: "ghost", text: "Next week’s first one thing",
              "aria-label": `Make "${f.text}" the one thing of next week's first day`,
              onclick: () => emit(this, "focus-to-one-thing", { id: f.id }) }),
            this.changeForm(f)));
  }

  stepForm(f) {
    const goal = h("select", { id: `focus-goal-${f.id.slice(0, 8)}`, class: "focus-goal" },
      h("option", { value: "", text: "No goal" }),
      this.goals.filter((g) => g.status === "active").map((g) => h("option", { value: g.id, text: g.title })));
    const cadences = [["once", "Once"], ["daily", cadenceText({ kind: "daily" })],
      ["weekly3", cadenceText({ kind: "weekly", timesPerWeek: 3 })], ["weekly1", cadenceText({ kind: "weekly", timesPerWeek: 1 })]];
    const cadence = h("select", { id: `focus-cadence-${f.id.slice(0, 8)}`, class: "focus-cadence" },
      cadences.map(([value, text]) => h("option", { value, text })));
    const submit = (e) => {
      e.preventDefault();
      const c = cadence.value.startsWith("weekly")
        ? { kind: "weekly", timesPerWeek: Number(cadence.value.slice(6)) } : { kind: cadence.value };
      emit(this, "focus-to-step", { id: f.id, step: { title: f.text, goalId: goal.value || null, cadence: c } });
    };
    const cancel = () => { this.stepFormFor = null; this.render(); };
    return h("form", { class: "focus-step-form", "aria-label": `Make "${f.text}" a step`, onsubmit: submit,
      onkeydown: (e) => { if (e.key === "Escape") cancel(); } },
      h("label", { for: goal.id, text: "Under" }), goal,
      h("label", { for: cadence.id, text: "How often" }), cadence,
      h("button", { type: "submit", class: "primary", text: "Add step" }),
      h("button", { type: "button", class: "ghost", text: "Cancel", onclick: cancel }));
  }

  /** "Change a step": pick the step the focus action is about; its goal's
   * page opens, where the step is edited. */
  changeForm(f) {
    const steps = this.goals.filter((g) => g.status === "active")
      .flatMap((g) => g.steps.filter((st) => !st.archived).map((st) => ({ st, g })));
    if (!steps.length) return null;
    const pick = h("select", { class: "focus-change-step", "aria-label": `The step "${f.text}" changes` },
      h("option", { value: "", text: "Change a step…" }),
      steps.map(({ st, g }) => h("option", { value: st.id, "data-goal": g.id, text: `${st.title} (${g.title})` })));
    pick.addEventListener("change", () => {
      const option = pick.selectedOptions[0];
      if (!pick.value) return;
      emit(this, "focus-change-step", { id: f.id, stepId: pick.value, goalId: option.dataset.goal });
    });
    return pick;
  }

  history() {
    const others = this.reviews.filter((r) => r.weekStart !== this.review.draft.start);
    if (!others.length) return null;
    return h("section", { class: "week-history", "aria-labelledby": "week-history-title" },
      h("h2", { id: "week-history-title", text: "Earlier reviews" }),
      h("ul", { class: "review-list" }, others.map((r) => h("li", {},
        h("button", { type: "button", class: "review-link", onclick: () => emit(this, "week-select", { date: r.weekStart }) },
          h("span", { class: "review-week", text: weekRange(r.weekStart, r.weekEnd) }),
          r.wentWell ? h("span", { class: "muted", text: r.wentWell.split("\n")[0] }) : null)))));
  }
}

customElements.define("cairn-week", CairnWeek);
