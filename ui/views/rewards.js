// The Rewards view's controller: the rewards a person named, and the goals
// a reward can wait for.
import { t } from "../i18n.js";
import "../components/cairn-rewards.js";

export function setup(el, shell) {
  const { api, notice } = shell;

  el.addEventListener("save-reward", async ({ detail }) => {
    const r = await shell.write(() => api.saveReward(detail), () => el.resetForm());
    if (r.ok) notice.celebrate(t("done-reward-added", { text: r.value.text }));
  });

  el.addEventListener("reward-enjoyed", async ({ detail }) => {
    const r = await shell.write(() => api.setRewardEnjoyed(detail.id, true));
    if (r.ok) {
      notice.celebrate(t("done-reward-enjoyed", { text: detail.text }));
      el.focusText();
    }
  });

  el.addEventListener("delete-reward", async ({ detail }) => {
    const r = await shell.write(() => api.deleteReward(detail.id));
    if (r.ok) {
      notice.celebrate(t("done-reward-removed", { text: detail.text }));
      el.focusText();
    }
  });

  return {
    async load() {
      const [rewards, goals] = await Promise.all([api.listRewards(), api.listGoals()]);
      el.data = { rewards, goals };
    },
  };
}
