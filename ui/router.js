// Routes: which view the main window shows, kept in the address's hash
// (#today, #goals, #goal/<id>, #wins, #week, #week/<day>, #chronicle,
// #stacks, #data, #settings, #rewards), so Back and Forward work and a view
// can be linked to. The router only says which route is current; app.js
// shows it.
import { t } from "./i18n.js";

export const VIEWS = ["today", "goals", "wins", "week", "chronicle", "stacks", "rewards", "data", "settings"];

/** The route a hash names; anything unknown is Today. */
export function parseRoute(hash) {
  const [view, id] = hash.replace(/^#/, "").split("/");
  if (view === "goal" && id) return { view: "goals", id };
  if (view === "week" && /^\d{4}-\d{2}-\d{2}$/.test(id ?? "")) return { view: "week", id };
  return { view: VIEWS.includes(view) ? view : "today", id: null };
}

/** The hash of a route. */
export function routeHash({ view, id }) {
  if (view === "goals" && id) return `#goal/${id}`;
  return view === "week" && id ? `#week/${id}` : `#${view}`;
}

/** The window's title on `view`. */
export function routeTitle(view) {
  return t(`app-title-${VIEWS.includes(view) ? view : "today"}`);
}

export class Router {
  /** Calls `onRoute(route, previous)` whenever the hash changes. */
  constructor(onRoute) {
    this.route = parseRoute(location.hash);
    window.addEventListener("hashchange", () => {
      const previous = this.route;
      this.route = parseRoute(location.hash);
      onRoute(this.route, previous);
    });
  }

  /** Goes to `route` ({view, id}); `onRoute` follows through the hash. */
  go(route) {
    location.hash = routeHash(route);
  }
}
