// The one way a page reloads what it shows after data changed.
//
// The backend emits `cairn://changed` to every window once after every
// successful write, whoever wrote: this window, the other one, the tray,
// a reminder, the command line, an import. That event is the only thing
// that reloads a page; a handler that wrote does not reload by itself, it
// waits for the reload that follows its write (`afterWrite`).
//
// - Events that come together (in one task, or while a reload runs) make
//   one reload, not one each.
// - A hidden page (the main window closed to the tray, the quick window
//   between uses) does not reload; it notes that it is stale and reloads
//   once when it is shown again, and also when it was last loaded on an
//   earlier day.
// - The event may reach the page before or after the write's answer, so
//   `afterWrite` counts events rather than trusting their order; if none
//   comes soon after a successful write, it reloads once anyway, so a
//   handler never hangs.

import { localToday } from "./dates.js";

/** How long a successful write waits for its change event before the page
 * reloads without it. The event normally comes within milliseconds. */
const FALLBACK_MS = 1500;

export class Refresher {
  /**
   * `reload()` loads everything the page shows; if it fails, `onError(err)`
   * gets the failure (the page's one place for errors).
   */
  constructor({ reload, onError, fallbackMs = FALLBACK_MS }) {
    this.reload = reload;
    this.onError = onError;
    this.fallbackMs = fallbackMs;
    this.seen = 0; // change events received (or taken as received)
    this.started = 0; // events the latest reload started after
    this.covered = 0; // events the page has caught up with
    this.forced = false; // a reload is wanted without a new event
    this.stale = false; // changes came while the page was hidden
    this.day = localToday(); // when the page was last loaded
    this.busy = false;
    this.timer = null;
    this.waiters = [];
    document.addEventListener("visibilitychange", () => {
      if (!document.hidden) this.ensureFresh();
    });
  }

  /** The change event: data changed somewhere. */
  changed() {
    this.seen += 1;
    this.schedule();
  }

  /** Reloads if changes came while the page was hidden, or if it was last
   * loaded on an earlier day; otherwise does nothing. */
  ensureFresh() {
    if (this.stale || this.day !== localToday()) {
      this.forced = true;
      this.schedule();
    }
  }

  /**
   * Runs `action` (a backend write) and resolves with its answer once the
   * page has reloaded after it, so the handler sees the new data (today's
   * count, the new item). `written(answer)`, if given, runs as soon as the
   * write succeeded, before the reload (to clear a form, say). A failed
   * write rejects at once and reloads nothing.
   */
  async afterWrite(action, written) {
    const before = this.seen;
    const answer = await action();
    written?.(answer);
    // The write's own event is the next one after `before`; if events
    // already came meanwhile, the latest of them may be it.
    await this.caughtUpWith(Math.max(before + 1, this.seen));
    return answer;
  }

  /** Resolves once a reload that started after event `need` has finished
   * (or the page, hidden, has noted it must reload when shown). */
  caughtUpWith(need) {
    if (this.covered >= need) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = { need, resolve, timer: null };
      this.waiters.push(waiter);
      if (this.seen < need) {
        waiter.timer = setTimeout(() => {
          // No event came for this write: take it as come, once.
          if (this.waiters.includes(waiter) && this.seen < need) this.changed();
        }, this.fallbackMs);
      }
    });
  }

  schedule() {
    // A reload under way looks again when it ends.
    if (this.timer !== null || this.busy) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, 0);
  }

  async run() {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.forced || this.started < this.seen) {
        this.forced = false;
        const upTo = this.seen;
        this.started = upTo;
        if (document.hidden) {
          this.stale = true;
          this.caughtUp(upTo);
          break;
        }
        this.stale = false;
        this.day = localToday();
        try {
          await this.reload();
        } catch (err) {
          this.onError(err);
        }
        this.caughtUp(upTo);
      }
    } finally {
      this.busy = false;
    }
  }

  caughtUp(upTo) {
    this.covered = Math.max(this.covered, upTo);
    this.waiters = this.waiters.filter((w) => {
      if (w.need > this.covered) return true;
      clearTimeout(w.timer);
      w.resolve();
      return false;
    });
  }
}

