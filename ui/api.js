// The one door to the backend: every Tauri invoke goes through here, and
// every failure comes out as {kind, message} in words a person reads.
import { t } from "./i18n.js";

const invoke = window.__TAURI__?.core?.invoke;

/** A failure from the backend (or from reaching it), as {kind, message}. */
export class CairnError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

function normalise(err) {
  if (err && typeof err === "object" && typeof err.kind === "string" && typeof err.message === "string") {
    return new CairnError(err.kind, err.message);
  }
  // Tauri's own failures arrive as plain strings; keep the detail for the
  // console, give the person a sentence.
  console.error("backend failure", err);
  return new CairnError("internal", t("app-error-internal"));
}

// The main window keeps each answer by reference (no copy) until its first
// frame, so the start-up report can say how much data that frame carried.
// Only a page that asks keeps any: the quick window, which never reports,
// once kept every answer it was given (about 20 kB more per show, found by
// the soak in bench/).
let firstAnswers = null;

/** Keep the answers from now until `takeFirstAnswers` (the main window,
 * before its first request). */
export function keepFirstAnswers() {
  firstAnswers = [];
}

/** The answers kept since `keepFirstAnswers`, as [command, answer] pairs;
 * from then on none are kept. */
export function takeFirstAnswers() {
  const answers = firstAnswers ?? [];
  firstAnswers = null;
  return answers;
}

const calls = new Map();

/** Counts a request where it can be read from outside: one mark per
 * command, `cairn:<command>`, whose `detail` is how many calls the page has
 * made. A mark per call would pile up for as long as the page lives (about
 * 0.4 kB each, never freed). */
function countCall(command) {
  const name = `cairn:${command}`;
  const count = (calls.get(command) ?? 0) + 1;
  calls.set(command, count);
  performance.clearMarks(name);
  performance.mark(name, { detail: count });
}

async function call(command, args = {}) {
  countCall(command);
  if (!invoke) throw new CairnError("internal", t("app-error-no-bridge"));
  try {
    const answer = await invoke(command, args);
    firstAnswers?.push([command, answer]);
    return answer;
  } catch (err) {
    throw normalise(err);
  }
}

/** A written win always has a list of the milestones it reached. */
function withMilestones(win) {
  return {
    ...win,
    milestones: Array.isArray(win?.milestones) ? win.milestones : [],
    rewards: Array.isArray(win?.rewards) ? win.rewards : [],
  };
}

const listen = window.__TAURI__?.event?.listen;

export const api = {
  /** The language's catalogue for this window (i18n.js formats it). */
  language: () => call("language"),
  languageSettings: () => call("language_settings"),
  setLanguage: (choice) => call("set_language", { input: { choice } }),
  finishFirstRun: (input) => call("finish_first_run", { input }),
  skipFirstRun: () => call("skip_first_run"),
  showFirstRunAgain: () => call("show_first_run_again"),
  /** Calls `handler` when the person picked another language. */
  onLanguage: (handler) => listen?.("cairn://language", () => handler()),
  /** Calls `handler` whenever any window, the tray or the CLI changed data. */
  onChange: (handler) => listen?.("cairn://changed", () => handler()),
  today: () => call("today"),
  listGoals: () => call("list_goals"),
  createGoal: (goal) => call("create_goal", { input: goal }),
  updateGoal: (goal) => call("update_goal", { input: goal }),
  setGoalStatus: (id, status) => call("set_goal_status", { input: { id, status } }),
  moveGoal: (id, to) => call("move_goal", { input: { id, to } }),
  addStep: (step) => call("add_step", { input: step }),
  updateStep: (step) => call("update_step", { input: step }),
  setStepArchived: (id, archived) => call("set_step_archived", { input: { id, archived } }),
  moveStep: (id, to) => call("move_step", { input: { id, to } }),
  /** Logs a win; the answer is the win with `milestones`, those this win
   * reached (each is returned once). */
  logWin: (win) => call("log_win", { input: win }).then(withMilestones),
  /** `day`: an earlier day, `YYYY-MM-DD` (absent: today); `amount`: a
   * measured step's amount as typed (absent: its usual amount). */
  tickStep: (id, source = "window", day = null, amount = null) =>
    call("tick_step", { input: { id, source, ...(day ? { day } : {}), ...(amount ? { amount } : {}) } })
      .then(withMilestones),
  /** `day`: the day to move the win to (absent: it stays). */
  editWin: (id, text, note, day = null, amount = null) =>
    call("edit_win", { input: { id, text, note, ...(day ? { day } : {}), ...(amount ? { amount } : {}) } }),
  deleteWin: (id) => call("delete_win", { input: { id } }),
  undoDeleteWin: (id) => call("undo_delete_win", { input: { id } }),
  listWins: (after, limit = 50) => call("list_wins", { input: after ? { after, limit } : { limit } }),
  firstFrame: (page) => call("first_frame", { page }),
  chronicle: (query) => call("chronicle", { input: query }),
  chronicleDay: (date) => call("chronicle_day", { input: { date } }),
  chronicleTimeline: (query) => call("chronicle_timeline", { input: query }),
  setRestDay: (rest) => call("set_rest_day", { input: rest }),
  clearRestDay: (rest) => call("clear_rest_day", { input: rest }),
  /** Milestones reached and not celebrated yet (those imports reached; a
   * logged win brings its own). */
  takeMilestones: () => call("take_milestones"),
  saveChronicleImage: (format, bytes) => call("save_chronicle_image", { input: { format, bytes } }),
  listBackups: () => call("list_backups"),
  backUpNow: () => call("back_up_now"),
  restoreBackup: (name, carryOver = false) => call("restore_backup", { input: { name, carryOver } }),
  openBackupsFolder: () => call("open_backups_folder"),
  exportData: (format) => call("export_data", { input: { format } }),
  previewImport: (folder) => call("preview_import", { input: { folder } }),
  runImport: (path) => call("run_import", { input: { path } }),
  recoveryNotice: () => call("recovery_notice"),
  listStacks: () => call("list_stacks"),
  saveStack: (stack) => call("save_stack", { input: stack }),
  setStackEnabled: (id, enabled) => call("set_stack_enabled", { input: { id, enabled } }),
  deleteStack: (id) => call("delete_stack", { input: { id } }),
  reminderDone: (slot) => call("reminder_done", { input: slot }),
  reminderLater: (slot) => call("reminder_later", { input: slot }),
  getReminderSettings: () => call("get_reminder_settings"),
  setQuietHours: (quiet) => call("set_quiet_hours", { input: quiet }),
  setSnoozeMinutes: (minutes) => call("set_snooze_minutes", { input: { minutes } }),
  /** Calls `handler(reminder)` when a reminder should show in the window. */
  onReminder: (handler) => listen?.("cairn://reminder", (event) => handler(event.payload)),
  getSettings: () => call("get_settings"),
  setShortcut: (shortcut) => call("set_shortcut", { input: { shortcut } }),
  setAutostart: (enabled) => call("set_autostart", { input: { enabled } }),
  pauseReminders: (until) => call("pause_reminders", { input: { until } }),
  resumeReminders: () => call("resume_reminders"),
  hideQuick: () => call("hide_quick"),
  openMain: () => call("open_main"),
  /** A week's draft and review: the week holding `date`, or (no date) the
   * latest week that has ended. Where weeks start is the backend's to say. */
  weekReview: (date = null) => call("week_review", { input: date ? { date } : {} }),
  saveReflection: (review) => call("save_reflection", { input: review }),
  listReflections: () => call("list_reflections"),
  markFocusAction: (id, became, stepId = null) => call("mark_focus_action", { input: { id, became, stepId } }),
  /** Makes a focus action a new step (`step` as for addStep). */
  focusActionToStep: (id, step) => call("focus_action_to_step", { input: { id, step } }),
  /** Makes a focus action the next week's first one thing; answers the day. */
  focusActionToOneThing: (id) => call("focus_action_to_one_thing", { input: { id } }),
  getReviewSettings: () => call("get_review_settings"),
  setReviewSettings: (settings) => call("set_review_settings", { input: settings }),
  /** Calls `handler({view, id})` when the app asks the window to show a
   * route (the weekly nudge's Open). */
  onNavigate: (handler) => listen?.("cairn://navigate", (event) => handler(event.payload)),
  // The check after the first frame found the database damaged.
  onRecovery: (handler) => listen?.("cairn://recovery", () => handler()),
  // Today's one thing and gentle rewards.
  /** `{stepId}` or `{text}`. */
  setOneThing: (choice) => call("set_one_thing", { input: choice }),
  clearOneThing: () => call("clear_one_thing"),
  carryOverOneThing: () => call("carry_over_one_thing"),
  setCarryOverAside: () => call("set_carry_over_aside"),
  logOneThing: (source = "window") => call("log_one_thing", { input: { source } }).then(withMilestones),
  listRewards: () => call("list_rewards"),
  saveReward: (reward) => call("save_reward", { input: reward }),
  setRewardEnjoyed: (id, enjoyed) => call("set_reward_enjoyed", { input: { id, enjoyed } }),
  deleteReward: (id) => call("delete_reward", { input: { id } }),
  /** Calls `handler(source)` each time the quick window is shown. */
  onQuickShown: (handler) => listen?.("cairn://quick-shown", (event) => handler(event.payload)),
  // A step that fits the week: Today's one offer and its answers.
  /** "Make it smaller?" or "Ready for a bit more?" for one step, or null. */
  stepOffer: () => call("step_offer"),
  /** {id, kind: "smaller"|"bigger", title, cadence, minutes}: the step from today. */
  adjustStep: (change) => call("adjust_step", { input: change }),
  dismissStepOffer: (id) => call("dismiss_step_offer", { input: { id } }),
  restStepAFewDays: (id) => call("rest_step_a_few_days", { input: { id } }),
  // Cairn's own reminder window (where notifications have no buttons).
  /** The reminder the window shows: {id, title, body, done, later, week, waiting}, or null. */
  currentReminder: () => call("current_reminder"),
  /** `action`: done, later, open or dismiss; answers the reminder shown next, or null. */
  answerReminder: (id, action) => call("answer_reminder", { input: { id, action } }),
  /** Calls `handler()` when the reminder window should show another reminder. */
  onReminderShown: (handler) => listen?.("cairn://reminder-shown", () => handler()),
  // Sync with the person's other computers (Settings).
  /** {on, folder, thisDevice, devices: [{id, name, lastChangeAt}], pending, notes, suggestedName}. */
  syncStatus: () => call("sync_status"),
  /** The folder dialog: a path, or null when cancelled. */
  syncPickFolder: () => call("sync_pick_folder"),
  syncConfigure: (folder, name) => call("sync_configure", { input: { folder, name } }),
  /** {applied, filesRead, written, notes}. */
  syncNow: () => call("sync_now"),
  syncTurnOff: () => call("sync_turn_off"),
};
