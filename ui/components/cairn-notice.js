// The one place where errors and celebrations are shown. Errors go to an
// alert region (read out at once), celebrations to a polite status region.
import { h } from "../dom.js";
import { t } from "../i18n.js";

class CairnNotice extends HTMLElement {
  connectedCallback() {
    if (this.alertEl) return;
    this.alertEl = h("div", { class: "notice-error", role: "alert", id: "error" });
    this.statusEl = h("div", { class: "notice-celebrate", role: "status", id: "celebration" });
    this.append(this.alertEl, this.statusEl);
  }

  /** Shows a failure as the sentence the backend wrote. */
  error(message) {
    clearTimeout(this.timer);
    this.statusEl.replaceChildren();
    this.alertEl.replaceChildren(
      h("span", { class: "notice-icon", "aria-hidden": "true", text: "!" }),
      h("span", { class: "notice-text", text: message }),
      h("button", { class: "ghost", type: "button", "aria-label": t("notice-dismiss.aria-label"), onclick: () => this.clear() }, h("span", { "aria-hidden": "true", text: "×" })),
    );
    this.keepClearOfFocus();
  }

  /** The notice floats in the window's bottom corner, over the page
   * without moving it; if it would cover the focused control, it moves to
   * the top corner instead. */
  keepClearOfFocus() {
    this.classList.remove("at-top");
    const focused = document.activeElement;
    if (!focused || focused === document.body || this.contains(focused)) return;
    const a = this.getBoundingClientRect();
    const b = focused.getBoundingClientRect();
    const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    if (overlaps) this.classList.add("at-top");
  }

  /** A brief, gentle celebration: a check and a count. `big` (today's
   * one thing, a reward earned) stays longer, with a star and a close
   * button. */
  celebrate(message, { big = false } = {}) {
    this.alertEl.replaceChildren();
    const badge = h("span", { class: "check", "aria-hidden": "true", text: big ? "★" : "✓" });
    const close = big
      ? h("button", { class: "ghost", type: "button", "aria-label": t("notice-dismiss.aria-label"), onclick: () => this.clear() }, h("span", { "aria-hidden": "true", text: "×" }))
      : null;
    this.statusEl.replaceChildren(h("span", { class: big ? "pop big" : "pop" }, badge, h("span", { text: message }), close));
    this.keepClearOfFocus();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.statusEl.replaceChildren(), big ? 8000 : 4000);
  }

  clear() {
    clearTimeout(this.timer);
    this.alertEl.replaceChildren();
    this.statusEl.replaceChildren();
  }
}

customElements.define("cairn-notice", CairnNotice);
