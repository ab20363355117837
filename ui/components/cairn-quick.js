// The quick-log card: one field (Enter logs, Esc hides), today's open steps
// as one-click chips, `#goal` to count the win for a goal (with completion),
// and after a log a short celebration (today's count, any milestone the win
// reached) with Undo before the window hides.
// A measured step's chip opens a small amount field (its usual amount,
// selected): Enter logs it, Esc goes back.
// Events: quick-log {text, goalId} or {stepId, amount}, quick-undo {id},
// quick-hide, quick-open-main.
import { h, emit, setColour, milestoneText, rewardText, amountFieldText } from "../dom.js";
import { t, rtl, load, warmUpIntl } from "../i18n.js";

/** How long the celebration (and its Undo) stays before the window hides. */
const CELEBRATION_MS = 2200;

/** The `#word` being typed at the end of `text`, if any. */
export function goalQuery(text) {
  const m = /(?:^|\s)#([^\s#]*)$/.exec(text);
  return m ? m[1] : null;
}

/** Goals whose title contains `query` (case-insensitive), best first. */
export function matchGoals(goals, query) {
  const q = query.toLowerCase();
  return goals
    .filter((g) => g.title.toLowerCase().includes(q))
    .sort((a, b) => Number(!a.title.toLowerCase().startsWith(q)) - Number(!b.title.toLowerCase().startsWith(q)));
}

class CairnQuick extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.goals = [];
    this.goal = null;
    this.input = h("input", {
      id: "quick-text", type: "text", maxlength: 200, autocomplete: "off", spellcheck: "false",
      placeholder: t("quick-input.placeholder"), "aria-label": t("quick-input.aria-label"),
      role: "combobox", "aria-autocomplete": "list", "aria-controls": "quick-goals", "aria-expanded": "false",
      oninput: () => this.complete(),
      onkeydown: (e) => this.onKey(e),
    });
    this.goalPill = h("button", { type: "button", class: "goal-pill", id: "quick-goal", hidden: true,
      title: t("quick-remove-goal.title"), onclick: () => this.setGoal(null) });
    this.completions = h("ul", { id: "quick-goals", class: "completions", role: "listbox", hidden: true, "aria-label": t("quick-goals.aria-label") });
    this.chips = h("ul", { id: "quick-steps", class: "chips", "aria-label": t("quick-steps.aria-label") });
    this.message = h("p", { id: "quick-message", class: "quick-message", role: "status" });
    this.amount = h("input", { id: "quick-amount", type: "text", inputmode: "decimal", autocomplete: "off", size: 6,
      onkeydown: (e) => {
        if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); this.closeAmount(); }
      } });
    this.amountLabel = h("label", { for: "quick-amount", class: "quick-amount-label" });
    this.amountForm = h("form", { id: "quick-amount-form", class: "quick-amount", hidden: true, novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        emit(this, "quick-log", { stepId: this.amountStep.id, amount: this.amount.value.trim() || null });
        this.amountForm.hidden = true;
      } },
      this.amountLabel, this.amount,
      h("button", { type: "submit", class: "primary", text: t("quick-amount-log") }));
    // The card is the page's one landmark, with its one heading. The field
    // and the feedback come first; the chips scroll inside their own area
    // and the completions float over them, so a confirmation or an error
    // is always in view however many steps are open.
    this.card = h("main", { class: "quick-card" },
      h("div", { class: "quick-head" },
        h("img", { src: "cairn.png", alt: "", width: 22, height: 22 }),
        h("h1", { class: "quick-title", text: t("quick-title") }),
        h("button", { type: "button", class: "ghost quick-open", onclick: () => emit(this, "quick-open-main", {}), text: t("common-open-cairn") })),
      h("div", { class: "quick-field-wrap" }, h("div", { class: "quick-field" }, this.goalPill, this.input), this.completions),
      this.message,
      this.amountForm,
      h("div", { class: "quick-chips" }, this.chips),
      h("p", { class: "quick-keys", "aria-hidden": "true", text: t("quick-keys") }));
    this.append(this.card);
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        this.hide();
      }
    });
  }

  /** A measured step's amount, asked for beside the field. */
  askAmount(step) {
    this.amountStep = step;
    this.amountLabel.textContent = t("quick-amount", { title: step.title, unit: step.measure.unit });
    this.amount.value = amountFieldText(step.measure.usual);
    this.amountForm.hidden = false;
    this.amount.focus();
    this.amount.select();
  }

  closeAmount() {
    this.amountForm.hidden = true;
    this.chips.querySelector(`[data-step-id="${CSS.escape(this.amountStep.id)}"]`)?.focus();
  }

  set data(today) {
    this.connectedCallback();
    this.today = today;
    this.goals = today.goals.map((g) => g.goal);
    // Today's one thing first, while it is open: one click logs it.
    const one = today.focus?.oneThing;
    const first = one && !one.done
      ? h("li", {}, h("button", { type: "button", class: "step-chip one-thing-chip", id: "quick-one-thing",
        title: t("quick-one-thing.title"), "aria-label": t("quick-one-thing.aria-label", { text: one.text }),
        onclick: () => emit(this, "quick-log", one.stepId ? { stepId: one.stepId } : { text: one.text, goalId: null }) },
      h("span", { class: "check-small", "aria-hidden": "true", text: "★" }), one.text))
      : null;
    const others = today.openSteps.filter((o) => !(first && o.step.id === one.stepId));
    this.chips.replaceChildren(...(first ? [first] : []), ...others.slice(0, first ? 5 : 6).map((o) => {
      const chip = h("button", { type: "button", class: "step-chip", "data-step-id": o.step.id,
        title: o.goalTitle ? t("quick-for-goal.title", { goal: o.goalTitle }) : "",
        onclick: () => (o.step.measure ? this.askAmount(o.step) : emit(this, "quick-log", { stepId: o.step.id })) },
        h("span", { class: "check-small", "aria-hidden": "true", text: "✓" }), o.step.title,
        // A measured step's chip logs its usual amount, and says so.
        o.step.measure ? h("span", { class: "chip-amount", text: ` · ${t("amount-plain", { amount: o.step.measure.usual, unit: o.step.measure.unit })}` }) : null);
      setColour(chip, "--goal", o.goalColour);
      return h("li", {}, chip);
    }));
    this.chips.hidden = this.chips.children.length === 0;
  }

  get data() {
    return this.today;
  }

  reset() {
    clearTimeout(this.timer);
    this.card.classList.remove("celebrating");
    this.input.value = "";
    this.setGoal(null);
    this.closeCompletions();
    this.message.replaceChildren();
    this.input.focus();
  }

  /** Puts `text` in the field, ready to log with Enter or to edit. */
  prefill(text) {
    this.input.value = text;
    this.input.focus();
    this.input.setSelectionRange(text.length, text.length);
  }

  hide() {
    clearTimeout(this.timer);
    emit(this, "quick-hide", {});
  }

  setGoal(goal) {
    this.goal = goal;
    this.goalPill.hidden = !goal;
    // Its name is what it shows ("→ Thesis ×" reads "Thesis, remove goal").
    this.goalPill.replaceChildren(...(goal ? [h("span", { "aria-hidden": "true", text: rtl() ? "← " : "→ " }), h("span", { text: goal.title }),
      h("span", { class: "visually-hidden", text: t("quick-remove-goal-hidden") }), h("span", { "aria-hidden": "true", text: " ×" })] : []));
    setColour(this.goalPill, "--goal", goal?.colour);
    this.input.focus();
  }

  complete() {
    const query = goalQuery(this.input.value);
    const found = query === null ? [] : matchGoals(this.goals, query).slice(0, 5);
    this.matches = found;
    this.active = 0;
    if (found.length === 0) return this.closeCompletions();
    this.completions.replaceChildren(...found.map((g, i) => h("li", {
      role: "option", id: `quick-goal-${i}`, class: "completion", "aria-selected": String(i === 0),
      onmousedown: (e) => { e.preventDefault(); this.pick(g); },
    }, g.title)));
    this.completions.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.input.setAttribute("aria-activedescendant", "quick-goal-0");
  }

  closeCompletions() {
    this.matches = [];
    this.completions.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  /** Takes the completed goal and removes the `#query` from the text. */
  pick(goal) {
    this.input.value = this.input.value.replace(/(^|\s)#[^\s#]*$/, "$1").trimEnd();
    this.closeCompletions();
    this.setGoal(goal);
  }

  onKey(e) {
    const open = this.matches?.length > 0;
    if (open && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : this.matches.length - 1)) % this.matches.length;
      [...this.completions.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
      this.input.setAttribute("aria-activedescendant", `quick-goal-${this.active}`);
    } else if (open && (e.key === "Enter" || e.key === "Tab")) {
      e.preventDefault();
      this.pick(this.matches[this.active]);
    } else if (e.key === "Enter") {
      e.preventDefault();
      this.submit();
    }
  }

  submit() {
    let text = this.input.value;
    let goal = this.goal;
    // "#word" typed without picking: use the one goal it names.
    const query = goalQuery(text);
    if (!goal && query) {
      const found = matchGoals(this.goals, query);
      if (found.length !== 1) {
        this.showError(found.length ? t("quick-many-goals", { query, count: found.length }) : t("quick-no-goal", { query }));
        return;
      }
      goal = found[0];
      text = text.replace(/(^|\s)#[^\s#]*$/, "$1").trim();
    }
    emit(this, "quick-log", { text, goalId: goal?.id ?? null });
  }

  /** The logged `win` (with the milestones it reached), today's `count`. */
  celebrate(win, count) {
    const milestones = [milestoneText(win.milestones), rewardText(win.rewards)].filter(Boolean).join(" · ");
    this.input.value = "";
    this.setGoal(null);
    this.card.classList.add("celebrating");
    const undo = h("button", { type: "button", id: "quick-undo", class: "ghost",
      onclick: () => { clearTimeout(this.timer); emit(this, "quick-undo", { id: win.id }); }, text: t("common-undo") });
    this.message.replaceChildren(h("span", { class: "pop" },
      h("span", { class: "check", "aria-hidden": "true", text: win.oneThing ? "★" : "✓" }),
      h("span", { text: win.oneThing ? t("quick-logged-one-thing", { count }) : t("quick-logged", { count }) }),
      milestones ? h("span", { class: "quick-milestone", text: ` · ${milestones}` }) : null,
      undo));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Keep the card while the person is about to press Undo.
      if (document.activeElement === undo || undo.matches(":hover")) return;
      this.reset();
      this.hide();
    }, win.oneThing || win.rewards?.length ? 2 * CELEBRATION_MS : CELEBRATION_MS);
  }

  showError(message) {
    this.card.classList.remove("celebrating");
    this.message.replaceChildren(h("span", { class: "quick-error", role: "alert", text: message }));
  }
}

// The element is in quick.html, so defining it builds it at once: its
// words must be there first.
const words = load();
warmUpIntl();
await words;
customElements.define("cairn-quick", CairnQuick);
