### Cairn's words in English: the catalogue every other language follows.
### Every message Cairn shows is here; `cargo test -p cairn-core --test catalogues`
### checks that each other catalogue has all of them.

## Shared: how dates and times are written (chrono patterns), the language list.

date-long = %A, %B %-d
date-long-year = %A, %B %-d, %Y
date-short = %b %-d
date-weekday = %A
time-short = %-I:%M %p
# The "System" choice in Settings names the language it gives now.
error-language-unknown = Cairn does not speak that language yet. Choose one from the list.
language-system = System ({ $language })


## ── ui-a (begin): the window's shell (navigation, notices, titles), Today, the one thing, step offers, rewards to enjoy, wins, the quick window, the reminder window and bar, goals, steps, stacks ──


## ── ui-a (end) ──


## ── ui-b (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──


## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
