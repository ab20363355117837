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

  // Today's one thing and gentle rewards.
  const oneThing = () => el.querySelector("cairn-one-thing");
  el.addEventListener("one-thing-set", async ({ detail }) => {
    const r = await shell.write(() => api.setOneThing(detail));
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-clear", async () => {
    const r = await shell.write(() => api.clearOneThing());
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-carry", async () => {
    const r = await shell.write(() => api.carryOverOneThing());
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-aside", async () => {
    const r = await shell.write(() => api.setCarryOverAside());
    if (r.ok) oneThing().focusNext();
  });
  el.addEventListener("one-thing-log", async () => {
    const r = await shell.write(() => api.logOneThing());
    if (r.ok) {
      shell.celebrateWin(r.value);
      el.focusInput();
    }
  });
  el.addEventListener("reward-enjoyed", async ({ detail }) => {
    const r = await shell.write(() => api.setRewardEnjoyed(detail.id, true));
    if (r.ok) {
      shell.notice.celebrate(`Enjoyed: ${detail.text}. Lovely.`);
      const list = el.querySelector("cairn-to-enjoy");
      if (list.hidden) el.focusInput();
      else list.focusNext();
    }
  });

  return {
    async load() {
      shell.today = await api.today();
      el.data = shell.today;
    },
  };
}
