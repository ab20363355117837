// The Week page: one week looked back on. The draft the data tells (wins
// and days beside the week before, wins per goal, comebacks, runs still
// going, rest, one-thing days, milestones), three short answers, and one
// to four focus actions for the week after, each of which can become a
// step, a change to a step, or the next week's first one thing. Past reviews are listed below. Data in through `data` =
// `{ review, reviews, goals }`; changes go up as events: save-review, week-select,
// focus-to-step, focus-to-one-thing, focus-change-step.
import { h, emit, setColour, cadenceText } from "../dom.js";
import { t, formatDate, locale } from "../i18n.js";

// The three questions: the answer's field, its message (the hint is `-hint`).
const QUESTIONS = [["wentWell", "week-went-well"], ["learned", "week-learned"], ["adjust", "week-adjust"]];
const FOCUS_MAX = 4;
const RANGE = { day: "numeric", month: "long", year: "numeric" };

/** "23 – 29 November" (or across months and years as needed), as the
 * language writes a range. */
function weekRange(start, end) {
  const fmt = new Intl.DateTimeFormat(locale(), RANGE);
  const [from, to] = [new Date(`${start}T12:00`), new Date(`${end}T12:00`)];
  return fmt.formatRange ? t("week-range", { range: fmt.formatRange(from, to) })
    : `${formatDate(from, RANGE)} – ${formatDate(to, RANGE)}`;
}

class CairnWeek extends HTMLElement {
  constructor() {
    super();
    this.review = null;
    this.reviews = [];
    this.goals = [];
    this.stepFormFor = null; // a focus action id whose "make it a step" form is open
  }

  set data({ review, reviews, goals }) {
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
    if (status) status.textContent = t("week-saved");
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
          h("h1", { text: t(thisWeek ? "week-this-week" : "week-in-review") }),
          h("p", { class: "date", text: weekRange(draft.start, draft.end) })),
        h("nav", { class: "week-nav", "aria-label": t("week-nav") },
          h("button", { type: "button", class: "ghost", id: "week-prev", text: t("week-prev"),
            onclick: () => emit(this, "week-select", { date: this.review.previous }) }),
          this.review.next
            ? h("button", { type: "button", class: "ghost", id: "week-next", text: t("week-next"),
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
        h("span", { text: g.goal ? g.goal.title : t("week-no-goal") }), " ",
        h("strong", { text: t("week-wins", { count: g.wins }) }),
        g.goal?.identity ? h("span", { class: "week-votes", text: t("week-votes", { count: g.wins, identity: g.goal.identity }) }) : null);
      setColour(li, "--goal", g.goal?.colour);
      facts.push(li);
    }
    if (d.comebacks) facts.push(h("li", { text: t("week-comebacks", { count: d.comebacks }) }));
    for (const r of d.runs) {
      facts.push(h("li", {}, h("strong", { text: r.step.title }),
        " ", t({ week: "week-run-weeks", month: "week-run-months", time: "week-run-times" }[r.unit] ?? "week-run-days", { count: r.length })));
    }
    for (const a of d.amounts ?? []) {
      facts.push(h("li", { class: "week-amount" }, h("strong", { text: a.step.title }),
        " ", t("amount-plain", { amount: a.amount, unit: a.step.measure.unit })));
    }
    if (d.restDays.length) facts.push(h("li", { text: t("week-rest", { count: d.restDays.length }) }));
    if (d.oneThingsSet) {
      facts.push(h("li", { text: t("week-one-things", { done: d.oneThingsDone, count: d.oneThingsSet }) }));
    }
    for (const m of d.milestones) facts.push(h("li", { class: "week-milestone", text: t("week-milestone", { label: m.label }) }));
    for (const st of d.notFitting) {
      facts.push(h("li", { class: "week-fit" }, h("strong", { text: st.title }),
        " ", t("week-not-fitting")));
    }
    return h("section", { class: "card week-draft", "aria-labelledby": "week-draft-title" },
      h("h2", { id: "week-draft-title", text: t("week-draft-title") }),
      h("p", { class: "week-headline", text: d.headline }),
      facts.length ? h("ul", { class: "week-facts" }, facts)
        : h("p", { class: "muted", text: t("week-nothing") }));
  }

  form(draft, reflection) {
    const fields = QUESTIONS.map(([key, message]) => {
      const id = `review-${key}`;
      return h("div", { class: "field" },
        h("label", { for: id, class: "field-label", text: t(message) }),
        h("textarea", { id, name: key, rows: "3", maxlength: "2000", "aria-describedby": `${id}-hint`, value: reflection?.[key] ?? "" }),
        h("p", { id: `${id}-hint`, class: "hint", text: t(`${message}-hint`) }));
    });
    const kept = reflection?.focus ?? [];
    const focus = Array.from({ length: FOCUS_MAX }, (_, i) => {
      const f = kept[i];
      return h("input", { type: "text", class: "focus-line", maxlength: "200", "data-id": f?.id ?? "",
        value: f?.text ?? "", "aria-label": t("week-focus-action", { n: i + 1, max: FOCUS_MAX }),
        placeholder: i === 0 ? t("week-focus-placeholder") : "" });
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
      h("h2", { id: "week-form-title", text: t(reflection ? "week-form-review" : "week-form-look-back") }),
      fields,
      h("fieldset", { class: "focus-lines" },
        h("legend", { class: "field-label", text: t("week-focus-legend") }),
        focus),
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "primary", id: "save-review", text: t(reflection ? "week-save-changes" : "week-save") }),
        h("p", { id: "review-status", class: "hint", role: "status", "aria-live": "polite" })));
  }

  focusCard(reflection) {
    return h("section", { class: "card week-focus", "aria-labelledby": "week-focus-title" },
      h("h2", { id: "week-focus-title", text: t("week-focus-title") }),
      h("ul", { class: "focus-list" }, reflection.focus.map((f) => this.focusItem(f))));
  }

  focusItem(f) {
    const done = f.became === "step" ? t("week-became-step")
      : f.became === "step_change" ? t("week-became-change")
        : f.became === "one_thing" ? t("week-became-one-thing") : null;
    return h("li", { class: "focus-item", "data-id": f.id, tabindex: "-1" },
      h("span", { class: "focus-text", text: f.text }),
      done ? h("span", { class: "chip", text: done })
        : this.stepFormFor === f.id ? this.stepForm(f)
          : h("div", { class: "actions" },
            h("button", { type: "button", class: "ghost", text: t("week-make-step"), "aria-label": t("week-make-step-label", { text: f.text }),
              onclick: () => { this.stepFormFor = f.id; this.render(); this.querySelector(".focus-step-form select")?.focus(); } }),
            h("button", { type: "button", class: "ghost", text: t("week-next-one-thing"),
              "aria-label": t("week-next-one-thing-label", { text: f.text }),
              onclick: () => emit(this, "focus-to-one-thing", { id: f.id }) }),
            this.changeForm(f)));
  }

  stepForm(f) {
    const goal = h("select", { id: `focus-goal-${f.id.slice(0, 8)}`, class: "focus-goal" },
      h("option", { value: "", text: t("week-no-goal") }),
      this.goals.filter((g) => g.status === "active").map((g) => h("option", { value: g.id, text: g.title })));
    const cadences = [["once", t("week-once")], ["daily", cadenceText({ kind: "daily" })],
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
    return h("form", { class: "focus-step-form", "aria-label": t("week-make-step-label", { text: f.text }), onsubmit: submit,
      onkeydown: (e) => { if (e.key === "Escape") cancel(); } },
      h("label", { for: goal.id, text: t("week-under") }), goal,
      h("label", { for: cadence.id, text: t("week-how-often") }), cadence,
      h("button", { type: "submit", class: "primary", text: t("week-add-step") }),
      h("button", { type: "button", class: "ghost", text: t("week-cancel"), onclick: cancel }));
  }

  /** "Change a step": pick the step the focus action is about; its goal's
   * page opens, where the step is edited. */
  changeForm(f) {
    const steps = this.goals.filter((g) => g.status === "active")
      .flatMap((g) => g.steps.filter((st) => !st.archived).map((st) => ({ st, g })));
    if (!steps.length) return null;
    const pick = h("select", { class: "focus-change-step", "aria-label": t("week-change-label", { text: f.text }) },
      h("option", { value: "", text: t("week-change-pick") }),
      steps.map(({ st, g }) => h("option", { value: st.id, "data-goal": g.id, text: t("week-step-of-goal", { step: st.title, goal: g.title }) })));
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
      h("h2", { id: "week-history-title", text: t("week-earlier") }),
      h("ul", { class: "review-list" }, others.map((r) => h("li", {},
        h("button", { type: "button", class: "review-link", onclick: () => emit(this, "week-select", { date: r.weekStart }) },
          h("span", { class: "review-week", text: weekRange(r.weekStart, r.weekEnd) }),
          r.wentWell ? h("span", { class: "muted", text: r.wentWell.split("\n")[0] }) : null)))));
  }
}

customElements.define("cairn-week", CairnWeek);
