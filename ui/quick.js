// The quick-log window: shown from the tray, the global shortcut or a
// reminder; logs one win and gets out of the way. Like the main window it
// reloads only on the change event (refresh.js), and not while hidden;
// every failure shows in the card's one message line.
import { api } from "./api.js";
import { load as loadWords } from "./i18n.js";
import { Refresher } from "./refresh.js";
import "./components/cairn-quick.js";

const quick = document.getElementById("quick");
let source = "quick";

const refresh = new Refresher({
  reload: async () => { quick.data = await api.today(); },
  onError: (err) => quick.showError(err.message),
});

quick.addEventListener("quick-log", async ({ detail }) => {
  try {
    const win = await refresh.afterWrite(() => (detail.stepId
      ? api.tickStep(detail.stepId, source, null, detail.amount ?? null)
      : api.logWin({ text: detail.text, goalId: detail.goalId, source })));
    quick.celebrate(win, quick.data?.winCount ?? 0);
  } catch (err) {
    quick.showError(err.message);
  }
});

quick.addEventListener("quick-undo", async ({ detail }) => {
  try {
    await refresh.afterWrite(() => api.deleteWin(detail.id));
    quick.reset();
  } catch (err) {
    quick.showError(err.message);
  }
});

quick.addEventListener("quick-hide", () => api.hideQuick().catch((err) => quick.showError(err.message)));
quick.addEventListener("quick-open-main", () => api.openMain().catch((err) => quick.showError(err.message)));

/** Opened from the tray, the shortcut or a reminder: the win says so. */
function opened(from, text) {
  source = ["tray", "shortcut", "reminder"].includes(from) ? from : "quick";
  quick.reset();
  if (text) quick.prefill(text);
}

api.onQuickShown(({ source: from, text }) => {
  opened(from, text);
  // Shown again: reload if something changed while hidden (the page may
  // hear of being shown from this event or from visibilitychange first).
  refresh.ensureFresh();
});
api.onChange(() => refresh.changed());
// The window is made on its first use, and its address says how it was
// opened that first time (the "shown" event went out before this page ran).
const first = new URLSearchParams(location.search);
opened(first.get("source"), first.get("text"));
loadWords()
  .then(() => refresh.reload())
  .catch((err) => quick.showError(err.message))
  .finally(() => { document.body.dataset.ready = "1"; });
