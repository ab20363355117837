// The Rewards page: name a kind, non-material reward (a walk, a favourite
// song) and tie it to a moment (a number of wins, overall or for a goal; a
// first 7-day run; a goal done; a reviewed week). Earned rewards wait in
// "To enjoy" until marked enjoyed; a reward is never taken back.
// Data: `data = { rewards, goals }` (list_rewards, list_goals).
// Events: save-reward {text, moment, goalId, count}, reward-enjoyed {id,
// text}, delete-reward {id, text}.
import { h, emit } from "../dom.js";
import { refuse } from "../focus.js";
import { t } from "../i18n.js";

// The moments a reward waits for; each is named by `rewards-moment-<id>`
// and explained, kindly, by `rewards-hint-<id>` (id with dashes).
const MOMENTS = ["wins", "goal_wins", "first_run", "goal_done", "week_reviewed"];
const momentId = (moment) => moment.replaceAll("_", "-");

class CairnRewards extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.text = h("input", { id: "reward-text", type: "text", maxlength: 200, autocomplete: "off", required: true,
      placeholder: t("rewards-placeholder") });
    this.moment = h("select", { id: "reward-moment", onchange: () => this.showFields() },
      MOMENTS.map((value) => h("option", { value, text: t(`rewards-moment-${momentId(value)}`) })));
    this.goal = h("select", { id: "reward-goal" });
    this.count = h("input", { id: "reward-count", type: "number", min: 1, max: 1000000, value: "10", inputmode: "numeric" });
    this.hint = h("p", { class: "hint", id: "reward-hint" });
    this.goalField = h("div", { class: "field" }, h("label", { for: "reward-goal", text: t("rewards-goal") }), this.goal);
    this.countField = h("div", { class: "field small" }, h("label", { for: "reward-count", text: t("rewards-wins") }), this.count);
    const form = h("form", { class: "card reward-form", id: "reward-form", "aria-labelledby": "reward-form-title", novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        const moment = this.moment.value;
        if (this.text.value.trim() === "") return refuse(this.text, t("rewards-need-text"));
        const count = Number(this.count.value);
        if (moment.endsWith("wins") && !(Number.isInteger(count) && count >= 1 && count <= 1000000)) {
          return refuse(this.count, t("rewards-need-count"), this.countField);
        }
        emit(this, "save-reward", {
          text: this.text.value,
          moment,
          goalId: moment.startsWith("goal_") ? this.goal.value || null : null,
          count: moment.endsWith("wins") ? Number(this.count.value) : null,
        });
      } },
      h("h2", { id: "reward-form-title", text: t("rewards-form-title") }),
      h("div", { class: "field" }, h("label", { for: "reward-text", text: t("rewards-text-label") }), this.text),
      h("div", { class: "reward-when" },
        h("div", { class: "field" }, h("label", { for: "reward-moment", text: t("rewards-when") }), this.moment),
        this.goalField, this.countField),
      this.hint,
      h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "reward-add", text: t("rewards-add") })));
    this.enjoyList = h("ul", { class: "enjoy-list", id: "rewards-to-enjoy" });
    this.waitingList = h("ul", { class: "enjoy-list", id: "rewards-waiting" });
    this.enjoyedList = h("ul", { class: "enjoy-list", id: "rewards-enjoyed" });
    this.enjoyedGroup = h("details", { class: "status-group" },
      h("summary", { text: t("rewards-enjoyed") }), this.enjoyedList);
    this.append(
      h("div", { class: "hero" }, h("div", {}, h("h1", { text: t("rewards-title") }),
        h("p", { class: "date", text: t("rewards-subtitle") }))),
      form,
      h("section", { "aria-labelledby": "rewards-enjoy-title" },
        h("h2", { id: "rewards-enjoy-title", text: t("rewards-to-enjoy") }), this.enjoyList),
      h("section", { "aria-labelledby": "rewards-waiting-title" },
        h("h2", { id: "rewards-waiting-title", text: t("rewards-waiting") }), this.waitingList),
      this.enjoyedGroup);
    this.showFields();
  }

  set data({ rewards, goals }) {
    this.connectedCallback();
    const selected = this.goal.value;
    const open = goals.filter((g) => g.status === "active" || g.status === "paused");
    this.goal.replaceChildren(...(open.length
      ? open.map((g) => h("option", { value: g.id, text: g.title, selected: g.id === selected }))
      : [h("option", { value: "", text: t("rewards-no-goals") })]));
    const toEnjoy = rewards.filter((r) => r.earnedAt && !r.enjoyedAt);
    const waiting = rewards.filter((r) => !r.earnedAt);
    const enjoyed = rewards.filter((r) => r.enjoyedAt);
    const empty = (text) => [h("li", { class: "empty", text })];
    this.enjoyList.replaceChildren(...(toEnjoy.length
      ? toEnjoy.map((r) => this.row(r, t("rewards-enjoyed-button"), "reward-enjoyed", t("rewards-enjoyed-label", { text: r.text })))
      : empty(t("rewards-enjoy-empty"))));
    this.waitingList.replaceChildren(...(waiting.length
      ? waiting.map((r) => this.row(r, t("rewards-remove"), "delete-reward", t("rewards-remove-label", { text: r.text })))
      : empty(t("rewards-waiting-empty"))));
    this.enjoyedList.replaceChildren(...enjoyed.map((r) => this.row(r, t("rewards-remove"), "delete-reward", t("rewards-remove-label", { text: r.text }))));
    this.enjoyedGroup.hidden = enjoyed.length === 0;
  }

  row(r, label, event, ariaLabel) {
    return h("li", { class: "enjoy", "data-reward-id": r.id },
      h("span", { class: "gift", "aria-hidden": "true", text: "♥" }),
      h("div", { class: "enjoy-body" },
        h("span", { class: "enjoy-text", text: r.text }),
        h("span", { class: "meta", text: r.earnedAt ? t("rewards-earned", { moment: r.momentWords }) : r.momentWords })),
      h("button", { type: "button", class: "ghost", "aria-label": ariaLabel,
        onclick: () => emit(this, event, { id: r.id, text: r.text }), text: label }));
  }

  showFields() {
    const m = this.moment.value;
    this.goalField.hidden = !m.startsWith("goal_");
    this.countField.hidden = !m.endsWith("wins");
    this.hint.textContent = t(`rewards-hint-${momentId(m)}`);
  }

  /** After a reward was added: the form is fresh, the text has the focus. */
  resetForm() {
    this.text.value = "";
    this.text.focus();
  }

  focusText() {
    this.text.focus();
  }
}

customElements.define("cairn-rewards", CairnRewards);
