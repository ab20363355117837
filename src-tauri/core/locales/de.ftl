### Cairns Worte auf Deutsch. Freundlich, kurz, konkret; „du“.

## Gemeinsam: wie Datum und Uhrzeit geschrieben werden (chrono-Muster).

date-long = %A, %-d. %B
date-long-year = %A, %-d. %B %Y
date-short = %-d. %b
date-weekday = %A
time-short = %H:%M
error-language-unknown = Diese Sprache spricht Cairn noch nicht. Wähle eine aus der Liste.
language-system = System ({ $language })


## ── ui-a (begin): the window's shell (navigation, notices, titles), Today, the one thing, step offers, rewards to enjoy, wins, the quick window, the reminder window and bar, goals, steps, stacks ──


## ── ui-a (end) ──


## ── ui-b (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──


## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
