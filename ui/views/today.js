// Today's controller: loads the `today` answer (which every other view
// may read through `shell.today`: it counts today's wins) and turns the
// Today view's events into writes.
import "../components/cairn-today.js";

export function setup(el, shell) {
  const { api } = shell;

  el.addEventListener("log-win", async ({ detail }) => {
    const r = await shell.write(() => api.logWin({ text: detail.text, note: detail.note, goalId: detail.goalId }),
      () => el.resetForm());
    if (r.ok) shell.celebrateWin(r.value);
  });

  el.addEventListener("tick-step", async ({ detail }) => {
    const r = await shell.write(() => api.tickStep(detail.id));
    if (r.ok) shell.celebrateWin(r.value);
  });

  return {
    async load() {
      shell.today = await api.today();
      el.data = shell.today;
    },
  };
}
