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

api.onQuickShown(({ source: from, text }) => {
  // Opened from the tray, the shortcut or a reminder: the win says so.
  source = ["tray", "shortcut", "reminder"].includes(from) ? from : "quick";
  quick.reset();
  if (text) quick.prefill(text);
  load();
});
api.onChange(load);
load().then(() => { document.body.dataset.ready = "1"; });
