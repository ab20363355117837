// The quick-log window: shown from the tray, the global shortcut or the
// main window; logs one win and gets out of the way.
import { api } from "./api.js";
import "./components/cairn-quick.js";

const quick = document.getElementById("quick");
let source = "quick";

async function load() {
  try {
    quick.data = await api.today();
  } catch (err) {
    quick.showError(err.message);
  }
}

quick.addEventListener("quick-log", async ({ detail }) => {
  try {
    const win = detail.stepId
      ? await api.tickStep(detail.stepId, source)
      : await api.logWin({ text: detail.text, goalId: detail.goalId, source });
    await load();
    quick.celebrate(win, quick.data.wins.length);
  } catch (err) {
    quick.showError(err.message);
  }
});

quick.addEventListener("quick-undo", async ({ detail }) => {
  try {
    await api.deleteWin(detail.id);
    await load();
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
  load();
});
api.onChange(load);
// The window is made on its first use, and its address says how it was
// opened that first time (the "shown" event went out before this page ran).
const first = new URLSearchParams(location.search);
opened(first.get("source"), first.get("text"));
load().then(() => { document.body.dataset.ready = "1"; });
