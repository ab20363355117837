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

## The tray icon and its menu.

# The tray icon's tooltip; { $count } is today's wins.
tray-tooltip = { $count ->
    [0] Cairn: no wins yet today
    [one] Cairn: { $count } win today
   *[other] Cairn: { $count } wins today
}
tray-tooltip-plain = Cairn
tray-one-thing = ★ Today's one thing: { $text }
tray-one-thing-done = ★ Done today: { $text }
tray-choose-one-thing = ★ Choose today's one thing
tray-log-win = Log a win…
tray-open = Open Cairn
tray-pause = Pause reminders
tray-pause-hour = For 1 hour
tray-pause-tomorrow = Until tomorrow
tray-quit = Quit Cairn

## Notifications: their buttons, and what Settings says about them.

notify-open = Open
notify-done = Done
notify-later = Later
# { $reason } is one of the notify-reason- messages.
notify-unavailable = No notification service answers ({ $reason }), so Cairn shows due reminders at the top of its window instead.
notify-reason-no-session = there is no D-Bus session
notify-reason-no-server = no notification server on the session bus
notify-reason-not-shown = the last reminder could not be shown
notify-buttons = Reminders appear as desktop notifications, with Done and Later buttons. A click on one opens the quick-log window.
notify-own-window = Your notifications have no buttons, so Cairn shows its own small window with Done, Later and Open Cairn near the corner of the screen.
notify-own-window-always = Reminders appear in Cairn's own small window near the corner of the screen, with Done, Later and Open Cairn.
notify-asking = Cairn is still asking the desktop's notification service.

## The global shortcut and the quick window.

shortcut-via-x11 = In use: an X11 key grab.
shortcut-via-asking = In use: the desktop portal; waiting for your desktop to confirm the keys.
shortcut-via-portal-keys = In use: the desktop portal (your desktop calls the keys { $keys }).
shortcut-via-portal = In use: the desktop portal.
shortcut-via-system = In use: the system's global shortcuts.
# { $why } is a whole sentence: why there is no global shortcut.
shortcut-via-none = In use: none. { $why }
shortcut-setting-up = Being set up: Cairn starts the shortcut a moment after its window.
shortcut-no-name = Your desktop has no name for the key in { $keys }. Try another combination, like Ctrl+Alt+W.
shortcut-no-key = This keyboard has no key for { $keys }. Try another combination, like Ctrl+Alt+W.
shortcut-taken = { $keys } is taken by another program. Try another combination.
shortcut-no-desktop = Global shortcuts need an X11 desktop or a desktop portal, and this one has neither. Use the tray icon or the cairn command instead.
portal-description = Open Cairn's quick log
portal-none = Your desktop does not offer global shortcuts to apps yet; use the tray or the cairn command instead.
portal-not-bound = Your desktop did not take these keys. Save them again to ask once more, or use the tray or the cairn command.
app-quick-title = Cairn quick log
app-quick-not-hidden = The quick window would not close. Press Esc, or close it from the tray.
app-reminder-title = Cairn reminder
app-reminder-answer = Answer a reminder with Done, Later, Open Cairn or by closing it.

## The window app: starting, its folders, its settings.

app-about = Cairn's window
startup-no-database = Cairn could not open its database. Quit Cairn and start it again.
startup-no-window = Cairn could not open its window. Check that a desktop session is running, then start Cairn again.
app-not-watched = Cairn cannot watch its database, so wins logged with `cairn` show after Cairn restarts.
app-folder-not-created = Cairn could not create { $path }.
app-folder-not-opened = Cairn could not open the folder. It is { $path }.
autostart-unchanged = Cairn could not change whether it starts at login. Check your desktop's autostart settings.

## Requests from the window that Cairn cannot use.

input-malformed = Cairn could not read that request: a field is missing or has the wrong type. Reload the window and try again.
input-source = That source cannot be used from the window.
input-no-id = Cairn could not read that request: the id is missing. Reload the window.
input-page = That page of wins is not valid any more. Reload the list.
input-week-start = The first day of the week must be Monday to Sunday.
input-review-day = Choose a day from Monday to Sunday.
input-one-thing = Choose one open step, or write one line: not both, and not neither.
input-reminder-day = That reminder's day is not valid. Reload the window.
input-export-format = Export as JSON (everything) or CSV (the wins).
input-pause = Pause reminders for an hour or until tomorrow.

## File dialogs.

dialog-export-title = Export your data
dialog-kind-json = JSON
dialog-kind-csv = CSV
dialog-image-title = Save the year as a picture
dialog-kind-png = PNG image
dialog-kind-svg = SVG image
dialog-import-folder-title = Import Loop's CSV export folder
dialog-import-file-title = Import a Cairn export or a Loop Habit Tracker backup
dialog-filter-import = Cairn export, Loop backup or zip
dialog-filter-any = Any file
dialog-not-local = Choose a file or folder on this computer.
dialog-pick-again = Choose the file to import again: Cairn imports only the file you picked, after its preview.
dialog-sync-folder-title = Choose the folder your sync tool keeps in step

## The command line: `cairn --help`.

cli-about = Cairn: log small wins, see how far you have come.
cli-after-help = Without a command, Cairn opens its window.
cli-help-log = Log a win and print it.
cli-help-log-text = What you did.
cli-help-log-goal = The goal it counts for (its name, or the start of it).
cli-help-log-step = The step it counts for (its name, or the start of it).
cli-help-log-note = A note to keep with it.
cli-help-today = List today's one thing, today's wins and the steps still open today.
cli-help-week = Print this week's review: the draft from your wins, and your answers.
cli-help-week-last = The week before this one.
cli-help-week-markdown = As markdown, to paste into a journal.
cli-help-focus = Set today's one thing: a line of text or an open step (without either, print it).
cli-help-focus-text = The one thing, in a few words.
cli-help-focus-step = An open step instead (its name, or the start of it).
cli-help-focus-clear = Clear today's one thing.
cli-help-backup = Back up the database now, into the backups folder beside it.
cli-help-export = Export everything to a JSON file (or the wins alone, with a .csv name).
cli-help-export-file = Where to write, e.g. cairn.json or wins.csv.
cli-help-import = Import a Cairn export, a Loop Habit Tracker backup (.db) or Loop's CSV export (its folder or a zip), recognised by content.
cli-help-import-file = The file or folder to import.
cli-help-import-dry-run = Only say what would be added; change nothing.
cli-help-sync = Sync through a folder your sync tool already syncs (Syncthing, Nextcloud, Dropbox, a USB stick): `cairn sync --folder PATH` turns it on; without anything, print the sync status.
cli-help-sync-folder = The sync folder: Cairn writes under PATH/Cairn/ only.
cli-help-sync-name = This computer's name, as the other computers show it.
cli-help-sync-status = Print the sync folder, this computer, the computers seen, the changes waiting and the notes from the last sync.
cli-help-sync-now = Write this computer's changes and apply what the other computers wrote.
cli-help-sync-off = Stop syncing on this computer (the folder keeps what is in it).
cli-help-sync-compact = Fold this computer's files in the sync folder into one snapshot.

## The command line: what it prints.

cli-output-closed-logged = Cairn could not print its answer: the output was closed. Anything it logged is saved.
cli-output-closed = Cairn could not print its answer: the output was closed. Anything it changed is saved.
cli-window-missing = Cairn's window is missing (no { $app } beside this program). Reinstall Cairn, or use a command such as `cairn today`.
cli-window-not-started = Cairn's window could not start. Try again, or reinstall Cairn.
# { $kind } is goal, step or open-step.
cli-none-yet = { $kind ->
    [goal] There is no goal called "{ $name }" (there are none yet).
    [open-step] There is no open step called "{ $name }" (there are none yet).
   *[step] There is no step called "{ $name }" (there are none yet).
}
# { $names } is the list of names, separated by commas.
cli-none-called = { $kind ->
    [goal] There is no goal called "{ $name }". Try one of: { $names }.
    [open-step] There is no open step called "{ $name }". Try one of: { $names }.
   *[step] There is no step called "{ $name }". Try one of: { $names }.
}
cli-ambiguous = { $kind ->
    [goal] "{ $name }" could be any of { $count } goals: { $names }. Write more of the name.
    [open-step] "{ $name }" could be any of { $count } open steps: { $names }. Write more of the name.
   *[step] "{ $name }" could be any of { $count } steps: { $names }. Write more of the name.
}
cli-logged = ✓ Logged "{ $text }". { $count ->
    [one] { $count } win
   *[other] { $count } wins
} today.
cli-logged-for = ✓ Logged "{ $text }" for { $goal }. { $count ->
    [one] { $count } win
   *[other] { $count } wins
} today.
cli-milestone = ◆ Milestone: { $label }.
cli-was-one-thing = ★ That was today's one thing: the day's main win.
cli-reward = ♥ You've earned: { $reward }. Enjoy it.
# `cairn today`'s first line: { $date } is the day, written out.
cli-today = { $date }: { $count ->
    [one] { $count } win
   *[other] { $count } wins
}
cli-today-nothing-open = Nothing else is asking for you today.
cli-today-open-steps = Open steps:
cli-one-thing = ★ Today's one thing: { $text }
cli-one-thing-goal = ★ Today's one thing: { $text } ({ $goal })
# Written after the one thing, once it is done.
cli-one-thing-done = ✓ done
cli-focus-cleared = Today's one thing is cleared. Choose another whenever you like.
cli-focus-none = No one thing for today yet. Choose one with `cairn focus "a few words"` or `cairn focus --step NAME`.
cli-exported-wins = ✓ Exported { $count ->
    [one] { $count } win
   *[other] { $count } wins
} to { $path }
cli-exported = ✓ Exported { $goals ->
    [one] { $goals } goal
   *[other] { $goals } goals
}, { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} and { $wins ->
    [one] { $wins } win
   *[other] { $wins } wins
} to { $path }
# { $source } is what the file is, e.g. "a Cairn export"; { $parts } a list such as "2 goals, 1 step and 6 wins".
cli-import-adds-nothing = This is { $source }. Importing it would add nothing: everything in it is already here.
cli-import-would-add = This is { $source }. Importing it would add { $parts }. Nothing was changed (dry run).
cli-import-nothing-new = Nothing to add: everything in { $path } is already here.
cli-imported = ✓ Imported { $parts } from { $path }
cli-nothing = nothing
# The parts of an import, listed together.
cli-count-goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
cli-count-steps = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
cli-count-wins = { $count ->
    [one] { $count } win
   *[other] { $count } wins
}
cli-count-rest-days = { $count ->
    [one] { $count } rest day
   *[other] { $count } rest days
}
cli-count-stacks = { $count ->
    [one] { $count } habit stack
   *[other] { $count } habit stacks
}
cli-count-reviews = { $count ->
    [one] { $count } weekly review
   *[other] { $count } weekly reviews
}
cli-count-one-things = { $count ->
    [one] { $count } day's one thing
   *[other] { $count } days' one things
}
cli-count-step-story = { $count ->
    [one] { $count } entry in a step's story
   *[other] { $count } entries in steps' stories
}
cli-count-rewards = { $count ->
    [one] { $count } reward
   *[other] { $count } rewards
}
# The end of a list: "2 goals, 1 step and 6 wins"; { $first } is the rest, separated by commas.
cli-list-and = { $first } and { $last }
cli-backed-up = ✓ Backed up { $count ->
    [one] { $count } win
   *[other] { $count } wins
} ({ $size }) to { $path }
cli-size-kb = { $kb } KB
cli-size-mb = { NUMBER($mb, minimumFractionDigits: 1) } MB

## The command line: `cairn sync`.

cli-sync-stopped = Sync is off on this computer. What Cairn wrote in { $folder } stays there; turn it on again with `cairn sync --folder PATH`.
cli-sync-already-off = Sync was already off on this computer.
cli-sync-compacted = ✓ Folded this computer's files into one snapshot: { $path }
cli-sync-not-on = Sync is not on yet. Choose a sync folder first: `cairn sync --folder PATH --name NAME`.
cli-sync-not-turned-on = Sync could not be turned on. Try again; nothing in the folder was changed.
cli-sync-on = ✓ Sync is on: this computer, “{ $name }”, writes its changes to { $path } and reads the other computers' there.
cli-sync-moved = ✓ Sync moved to { $folder }: this computer, “{ $name }”, wrote everything there anew.
cli-sync-already-on = Sync is already on: this computer, “{ $name }”, syncs through { $folder }.
cli-sync-renamed = ✓ This computer is now called “{ $name }”.
cli-sync-run-now = Run `cairn sync now` to apply what the other computers wrote.
cli-sync-wrote = ✓ Wrote { $count ->
    [one] { $count } change
   *[other] { $count } changes
} from this computer.
cli-sync-nothing-new = Nothing new from the other computers.
cli-sync-applied-files = ✓ Applied { $count ->
    [one] { $count } change
   *[other] { $count } changes
} from { $files ->
    [one] { $files } file
   *[other] { $files } files
}.
# { $names } lists the computers, each in quotes.
cli-sync-applied-from = ✓ Applied { $count ->
    [one] { $count } change
   *[other] { $count } changes
} from { $names }.
cli-sync-off-status = Sync is off. Turn it on with `cairn sync --folder PATH --name NAME`, choosing a folder your sync tool already syncs.
cli-sync-folder = Sync folder: { $folder }
cli-sync-this-computer = This computer: { $name } ({ $id }), last change { $when }
cli-sync-this-computer-new = This computer: { $name } ({ $id }), no changes yet
cli-sync-others-none = Other computers: none seen yet.
cli-sync-others = Other computers:
cli-sync-other = { $name }, last change { $when }
cli-sync-other-new = { $name }, no changes yet
# When a computer last changed something: { $date } and { $time } as the language writes them.
cli-sync-when = { $date } at { $time }
cli-sync-all-written = Every change made here is in the folder.
cli-sync-pending = { $count ->
    [one] { $count } change made here is not in the folder yet (`cairn sync now` writes it).
   *[other] { $count } changes made here are not in the folder yet (`cairn sync now` writes them).
}
cli-sync-last-notes = From the last sync:
cli-sync-folder-away = The sync folder { $folder } is not there right now; this change is saved here and goes there at the next sync.
cli-sync-not-written = This change is saved here; Cairn could not write it to the sync folder { $folder } yet (check that it is writable). It goes there at the next sync.

## More of the window's requests.

shortcut-not-understood = "{ $text }" is not a shortcut Cairn understands. Write modifiers and one key joined by +, like Ctrl+Alt+W.
input-date-day = "{ $text }" is not a date Cairn can read. Pick a day from the calendar.
input-date-week = "{ $text }" is not a date Cairn can read. Pick a week from the list.

## ── app-cli (end) ──
