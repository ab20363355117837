// Reminders inside the main window: the bar of cairn-reminder cards, and
// what Done and Later do. Loaded when the first reminder arrives.
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { reminderKey } from "../components/cairn-reminder.js";

export function setup(bar, shell) {
  const { api, notice } = shell;

  // A card removes itself once pressed, so the bar (not the card) listens.
  bar.addEventListener("reminder-done", async ({ detail }) => {
    const r = await shell.write(() => api.reminderDone(detail.slot));
    if (!r.ok) return;
    if (r.value) shell.celebrateWin(r.value);
    else notice.celebrate(t("reminder-already"));
  });

  bar.addEventListener("reminder-later", async ({ detail }) => {
    if ((await shell.write(() => api.reminderLater(detail.slot))).ok) notice.celebrate(t("reminder-later-ok"));
  });

  return {
    /** Shows `r`, replacing a card for the same reminder. */
    show(r) {
      bar.querySelector(`[data-key="${CSS.escape(reminderKey(r))}"]`)?.remove();
      const card = h("cairn-reminder");
      card.data = r;
      bar.append(card);
      bar.hidden = false;
    },
  };
}
