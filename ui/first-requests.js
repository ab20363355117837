// The first frame's two requests, sent the moment the page's code has
// arrived and before any of it runs: the words and, when the window opens
// on Today, Today's data, side by side. Sent one after the other (the
// words first, since the Today component waits for them before it is
// defined) they made the first frame wait for two round trips: 15–25 ms
// more, measured with marks in each module.
import { api, keepFirstAnswers } from "./api.js";
import { load, warmUpIntl } from "./i18n.js";
import { parseRoute } from "./router.js";

keepFirstAnswers();
load();
let today = parseRoute(location.hash).view === "today" ? api.today() : null;
// Whoever takes it handles a failure; until then it is not "unhandled".
today?.catch(() => {});
// Both requests are out: the page's Intl set-up runs while they travel.
warmUpIntl();

/** Today's first answer (a promise), once; `null` afterwards, or when the
 * window opened on another view. */
export function takeFirstToday() {
  const first = today;
  today = null;
  return first;
}
