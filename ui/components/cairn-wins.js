// Past wins, by day, newest first, one page at a time. Each win can be
// edited in place or deleted (with Undo, handled by app.js).
// Data in through `data` = `{ wins, hasMore, today }`.
// Events: edit-win, delete-win, load-more.
import { h, emit, formatDay, amountFieldText, isAmountText } from "../dom.js";
import { t, formatNumber } from "../i18n.js";
import { winRow } from "./cairn-today.js";
import { refuse } from "../focus.js";

class CairnWins extends HTMLElement {
  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.days = h("div", { id: "win-days" });
    this.more = h("button", { type: "button", class: "ghost", id: "load-more", hidden: true,
      onclick: () => emit(this, "load-more", {}), text: t("wins-more") });
    this.append(
      h("div", { class: "hero" }, h("div", {}, h("h1", { text: t("wins-title") }),
        h("p", { class: "date", text: t("wins-subtitle") }))),
      this.days, this.more);
  }

  /** Shows `wins` (newest first); `hasMore` offers the next page. */
  set data({ wins, hasMore, today }) {
    this.connectedCallback();
    this.today = today;
    const byDay = new Map();
    for (const w of wins) {
      if (!byDay.has(w.localDate)) byDay.set(w.localDate, []);
      byDay.get(w.localDate).push(w);
    }
    const sections = [...byDay].map(([day, list]) => h("section", { class: "day", "data-day": day },
      h("h2", {}, h("span", { text: formatDay(day, today) }), h("span", { class: "day-count", text: formatNumber(list.length) })),
      h("ol", { class: "win-list" }, list.map((w) => this.row(w)))));
    // A win being edited keeps its form (and what was typed) across reloads.
    const editing = this.days.querySelector(".win.editing");
    if (editing) {
      const fresh = sections.flatMap((sec) => [...sec.querySelectorAll(".win")])
        .find((li) => li.dataset.winId === editing.dataset.winId);
      fresh?.replaceWith(editing);
    }
    this.days.replaceChildren(...(sections.length ? sections
      : [h("p", { class: "empty", text: t("wins-empty") })]));
    this.more.hidden = !hasMore;
  }

  /** Ends editing (after a save), so the next reload shows the saved row. */
  closeEditing() {
    this.days.querySelector(".win.editing")?.classList.remove("editing");
  }

  /** Focuses a win's Edit button (after a save, a cancel or an Undo);
   * false if the win is not shown. */
  focusWin(id) {
    const row = [...this.days.querySelectorAll(".win")].find((li) => li.dataset.winId === id);
    const edit = [...(row?.querySelectorAll("button") ?? [])].find((b) => b.textContent === t("common-edit"));
    edit?.focus();
    return Boolean(edit);
  }

  row(win) {
    let li;
    const edit = () => {
      const text = h("input", { type: "text", class: "edit-win-text", maxlength: 200, required: true, value: win.text, "aria-label": t("wins-text.aria-label") });
      const note = h("textarea", { class: "edit-win-note", rows: 2, maxlength: 2000, value: win.note, "aria-label": t("wins-note.aria-label"), placeholder: t("common-note-placeholder") });
      // The day it counts for: today or any earlier day.
      const day = h("input", { type: "date", class: "edit-win-day", value: win.localDate, min: "2000-01-01",
        max: this.today || null, required: true });
      // A measured step's win: its amount, typed as text ("2,5" too).
      const amount = win.amount != null && win.unit
        ? h("input", { type: "text", inputmode: "decimal", class: "edit-win-amount", autocomplete: "off", size: 6,
          value: amountFieldText(win.amount) })
        : null;
      const form = h("form", { class: "edit-win", "aria-label": t("wins-edit-form.aria-label"), novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          if (text.value.trim() === "") refuse(text, t("wins-edit-empty"));
          else if (!day.value) refuse(day, t("wins-day-empty"));
          else if (amount && !isAmountText(amount.value)) refuse(amount, t("step-amount-bad"));
          else {
            emit(this, "edit-win", { id: win.id, text: text.value, note: note.value, day: day.value === win.localDate ? null : day.value,
              amount: amount ? amount.value.trim() : null });
          }
        },
        onkeydown: (e) => { if (e.key === "Escape") cancel(); } },
        text, note,
        h("label", { class: "edit-win-day-row" }, h("span", { text: t("wins-day") }), day),
        amount ? h("label", { class: "edit-win-day-row" }, h("span", { text: t("wins-amount", { unit: win.unit }) }), amount) : null,
        h("div", { class: "actions" },
          h("button", { type: "submit", class: "primary", text: t("common-save") }),
          h("button", { type: "button", class: "ghost", onclick: () => cancel(), text: t("common-cancel") })));
      const editing = h("li", { class: "win editing", "data-win-id": win.id }, form);
      const cancel = () => {
        const row = this.row(win);
        editing.replaceWith(row);
        this.focusWin(win.id);
      };
      li.replaceWith(editing);
      text.focus();
    };
    li = winRow(win, h("div", { class: "row-actions" },
      h("button", { type: "button", class: "ghost", "aria-label": t("wins-edit.aria-label", { text: win.text }), onclick: edit, text: t("common-edit") }),
      h("button", { type: "button", class: "ghost", "aria-label": t("wins-delete.aria-label", { text: win.text }),
        onclick: () => emit(this, "delete-win", { id: win.id, text: win.text }), text: t("common-delete") })));
    return li;
  }
}

customElements.define("cairn-wins", CairnWins);
