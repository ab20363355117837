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

## Errors: storage, things that are gone, references.

error-storage-busy = The database is busy: another program is using it. Nothing was saved; try again in a moment.
error-storage-read-only = Cairn cannot write to its database file. Nothing was saved; check that the data folder is writable and has free space.
error-storage-disk-full = The disk is full. Nothing was saved; free some space and try again.
error-storage-damaged = Cairn's database file is damaged. Nothing was saved; quit Cairn and restore a backup of its data folder.
error-storage-other = Cairn could not save or read its data. Nothing was changed; try again, and restart Cairn if it keeps happening.
# $what: goal, step, win, reward, habit-stack, focus-action, computer, backup.
error-not-found = { $what ->
    [goal] That goal no longer exists. It may have been deleted; reload the window to see the current list.
    [step] That step no longer exists. It may have been deleted; reload the window to see the current list.
    [win] That win no longer exists. It may have been deleted; reload the window to see the current list.
    [reward] That reward no longer exists. It may have been deleted; reload the window to see the current list.
    [habit-stack] That habit stack no longer exists. It may have been deleted; reload the window to see the current list.
    [focus-action] That focus action no longer exists. It may have been deleted; reload the window to see the current list.
    [computer] That computer no longer exists. It may have been deleted; reload the window to see the current list.
    [backup] That backup no longer exists. It may have been deleted; reload the window to see the current list.
   *[other] That item no longer exists. It may have been deleted; reload the window to see the current list.
}
# $what: goal, step, win, weekly-review, focus-action, one-thing, step-version, habit-stack, reward.
error-reference-invalid = { $what ->
    [goal] That goal reference is not valid. Reload the window and try again.
    [step] That step reference is not valid. Reload the window and try again.
    [win] That win reference is not valid. Reload the window and try again.
    [weekly-review] That weekly review reference is not valid. Reload the window and try again.
    [focus-action] That focus action reference is not valid. Reload the window and try again.
    [one-thing] That one thing reference is not valid. Reload the window and try again.
    [step-version] That step version reference is not valid. Reload the window and try again.
    [habit-stack] That habit stack reference is not valid. Reload the window and try again.
    [reward] That reward reference is not valid. Reload the window and try again.
   *[other] That reference is not valid. Reload the window and try again.
}

## Text a person writes: the field's name starts the sentence ($what).

core-field-goal-title = The goal's title
core-field-goal-why = "Why it matters"
core-field-goal-success = "Success looks like"
core-field-step-title = The step's title
core-field-win = The win
core-field-note = The note
core-field-reward = The reward
core-field-one-thing = Today's one thing
core-field-focus-action = A focus action
core-field-anchor = The anchor (After I …)
core-field-action = The action (I will …)
core-field-went-well = What went well
core-field-learned = What you learned
core-field-adjust = What you will adjust
error-text-empty = { $what } is empty. Write a few words.
error-text-too-long = { $what } is { $count } characters long; keep it to { $max } or fewer.
error-title-control = { $what } contains a control character (such as a line break or tab). Keep it to one line of plain text.
error-note-control = { $what } contains a control character. Remove it and try again.

## Rules of goals, steps, stacks, rewards and rest days.

error-reward-count-range = The number of wins should be between 1 and { $max }.
error-reward-count-missing = How many wins? Write a number, such as 10.
error-reward-goal-missing = Which goal is it for? Pick one from the list.
error-reward-moment-unknown = "{ $value }" is not a moment for a reward. Choose wins, wins for a goal, a first run, a goal done or a reviewed week.
error-rest-reason-unknown = "{ $value }" is not a reason for a rest day. Choose sick, travel, rest or other.
error-rest-too-far = Rest days can be planned up to a year ahead. Pick a nearer day.
error-weekdays-none = Choose at least one weekday for this step.
error-weekday-range = A weekday must be Monday to Sunday.
error-times-per-week-range = Times per week must be between 1 and 7. For more, choose daily.
error-cadence-unknown = "{ $value }" is not a cadence. Choose once, daily, weekly or weekdays.
error-goal-status-unknown = "{ $value }" is not a goal status. Choose active, paused, done or archived.
error-goal-colour = A goal colour must look like #5b8a72. Pick one of the offered colours.
error-minutes-range = Minutes must be between 1 and { $max }. Smaller is better: try 1.
error-time-invalid = "{ $value }" is not a time. Write it like 07:30.
error-times-none = Add a reminder time, like 07:30.
error-times-too-many = A stack can have up to { $max } reminder times. Fewer is gentler.
error-change-kind-unknown = "{ $value }" is not a kind of change. Choose smaller or bigger.
error-win-source-unknown = "{ $value }" is not a win source.
error-sync-clock-invalid = “{ $value }” is not a sync clock value.
error-focus-became-unknown = A focus action can become a step, a change to a step or a day's one thing.
error-focus-too-many = Pick up to { $max } focus actions; fewer keeps the week light.
error-week-not-started = That week has not started yet. Look back on this week or an earlier one.

## Rewards: when one is earned ($goal is the goal's title).

reward-moment-wins = { $count ->
    [one] After { $count } win
   *[other] After { $count } wins
}
reward-moment-goal-wins = { $count ->
    [one] After { $count } win for { $goal }
   *[other] After { $count } wins for { $goal }
}
reward-moment-first-run = On a { $count }-day run
reward-moment-goal-done = When { $goal } is done
reward-moment-week-reviewed = When you review a week

## Milestones ($name is the goal's or the step's title).

milestone-wins = { $count ->
    [1] Your first win
   *[other] Your { $count }th win
}
milestone-goal-wins = { $count ->
    [1] First win for { $name }
   *[other] { $count }th win for { $name }
}
milestone-first-run-days = First { $count }-day run: { $name }
milestone-first-run-weeks = First { $count }-week run: { $name }

## Habit stacks' reminders ($anchor, $action: the person's words).

reminder-stack-title = After I { $anchor }
reminder-stack-body = I will { $action }
reminder-stack-prompt = Now: { $action }?
# When the next reminder comes; $time is 07:30, $day a weekday's name, $date from reminder-day-month.
reminder-next-today = today at { $time }
reminder-next-tomorrow = tomorrow at { $time }
reminder-next-weekday = on { $day } at { $time }
reminder-next-date = on { $date } at { $time }
# A chrono pattern: the day and the month's name.
reminder-day-month = %-d %B

## The week's draft: its opening sentence.

week-draft-both-quiet = A quiet week, and that is allowed. The next small step is still there.
week-draft-quiet = A quiet week after a busier one. Rest counts too; pick one small step to begin again.
week-draft-going-again = { $wins ->
    [one] { $wins } win
   *[other] { $wins } wins
} on { $days ->
    [one] { $days } day
   *[other] { $days } days
}: you got going again.
week-draft-more = { $wins ->
    [one] { $wins } win
   *[other] { $wins } wins
} on { $days ->
    [one] { $days } day
   *[other] { $days } days
}, { $more } more than the week before.
week-draft-same = { $wins ->
    [one] { $wins } win
   *[other] { $wins } wins
} on { $days ->
    [one] { $days } day
   *[other] { $days } days
}, as many as the week before: steady.
week-draft-lighter = { $wins ->
    [one] { $wins } win
   *[other] { $wins } wins
} on { $days ->
    [one] { $days } day
   *[other] { $days } days
}. A lighter week than the one before; every win still counts.

## The week: the review, its nudge, and the text `cairn week` prints.

error-review-empty = Write a line in any of the answers, or a focus action, and then save.
# $text: that day's one thing, as the person wrote it.
error-focus-day-taken = That day already has its one thing: "{ $text }". Change it on Today when the day comes.
nudge-review-title = Your week is ready to look back on
# $headline: the draft's opening sentence (week-draft-…).
nudge-review-body = { $headline } A few minutes, when it suits you.
week-fact-goal-wins = { $count ->
    [one] { $goal }: { $count } win
   *[other] { $goal }: { $count } wins
}
week-fact-no-goal-wins = { $count ->
    [one] No goal: { $count } win
   *[other] No goal: { $count } wins
}
week-fact-comebacks = { $count ->
    [one] { $count } comeback
   *[other] { $count } comebacks
}
week-fact-run-days = { $count ->
    [one] { $step }: a run of { $count } day, still going
   *[other] { $step }: a run of { $count } days, still going
}
week-fact-run-weeks = { $count ->
    [one] { $step }: a run of { $count } week, still going
   *[other] { $step }: a run of { $count } weeks, still going
}
week-fact-rest-days = { $count ->
    [one] { $count } rest day
   *[other] { $count } rest days
}
week-fact-one-things = { $count ->
    [one] One thing done on { $done } of { $count } day
   *[other] One thing done on { $done } of { $count } days
}
# $label: a milestone's words (milestone-…).
week-fact-milestone = Milestone: { $label }
week-fact-not-fitting = { $step }: did not fit twice in a row; a smaller step may suit it
# $start, $end: days written with week-date.
week-text-heading = Week of { $start } to { $end }
# A chrono pattern: day, month's name, year.
week-date = %-d %B %Y
week-text-not-reviewed = Not looked back on yet.
week-text-not-reviewed-open = Not looked back on yet: open Cairn's Week page to write it.
week-text-went-well = What went well
week-text-learned = What got in the way, or what I learned
week-text-adjust = What I will adjust
week-text-focus = Focus for next week

## Sync: errors and the notes a sync leaves ($path a folder, $name a computer's name, $file a file's name).

error-sync-not-set-up = Sync is not set up on this computer yet. Choose a sync folder in Settings first.
error-sync-io = { $op ->
    [create] Cairn cannot create the folder { $path }. Check that the sync folder is there and writable; nothing here was changed.
    [write] Cairn cannot write { $path }. Check that the sync folder is there and writable; nothing here was changed.
   *[read] Cairn cannot read { $path }. Check that the sync folder is there and writable; nothing here was changed.
}
# The name offered for this computer when its own cannot be read.
core-this-computer = This computer
error-sync-device-name = Give this computer a name of 1 to { $max } characters, such as “Laptop”.
error-sync-folder-missing = The folder { $path } is not there. Choose a folder your sync tool already syncs.
error-sync-folder-unusual = Choose a folder whose path has no unusual characters.
error-sync-folder-away = The sync folder { $path } is not there right now (a drive not connected?). Connect it, then try again; nothing was changed.
sync-note-folder-away = The sync folder { $path } is not there right now (a drive not connected?). Nothing was read or written; Cairn tries again next time.
# $id: the first characters of this computer's new id.
sync-note-new-id = This computer's sync folder held changes this copy of Cairn did not write: its data was copied from another computer or restored from a backup. It now writes under a new id ({ $id }) and reads the older folder like any other computer's; everything in both is kept.
sync-note-own-folder-gone = This computer's folder was gone from the sync folder; Cairn wrote everything anew.
sync-note-peer-folder-gone = The folder of “{ $name }” is no longer in the sync folder. Everything it sent is kept here; when that computer syncs again, it writes its folder anew.
sync-note-waiting = { $count ->
    [one] { $count } change from other computers refers to something that has not arrived yet; Cairn applies it once it does.
   *[other] { $count } changes from other computers refer to something that has not arrived yet; Cairn applies them once it does.
}
# A computer that has not told its name yet; $id: the first characters of its id.
sync-note-unnamed-computer = computer { $id }
sync-note-newer = “{ $name }” uses a newer Cairn. Update Cairn on this computer to read its changes; nothing from it was applied.
sync-note-conflict-copy = “{ $file }” in the folder of “{ $name }” is a copy your sync tool made when two computers changed one file. Cairn leaves it alone: its own files already carry every change.
sync-note-arriving = A file from “{ $name }” is still arriving ({ $file }); Cairn reads it once it is complete.
sync-note-unreadable = A file from “{ $name }” ({ $file }) is not one Cairn can read; it was left alone and nothing from it was applied.
sync-note-newer-writer = “{ $name }” writes with a newer Cairn. Update Cairn on this computer to read its changes; nothing from it was applied.
sync-note-foreign-file = A file in the folder of “{ $name }” ({ $file }) says it comes from another computer; it was left alone.
sync-note-clock-ahead = { $count ->
    [one] The clock of “{ $name }” is about { $count } hour ahead of this computer's. Its changes were applied; edits made at nearly the same time are ordered by that clock.
   *[other] The clock of “{ $name }” is about { $count } hours ahead of this computer's. Its changes were applied; edits made at nearly the same time are ordered by that clock.
}

## Backups and the data folder ($path: a file or folder).

error-backup-io = { $op ->
    [move-aside] Cairn could not move aside { $path }. Check that the folder exists and is writable.
    [read-folder] Cairn could not read the backups folder { $path }. Check that the folder exists and is writable.
    [remove] Cairn could not remove { $path }. Check that the folder exists and is writable.
    [create] Cairn could not create { $path }. Check that the folder exists and is writable.
   *[read] Cairn could not read { $path }. Check that the folder exists and is writable.
}
error-backup-damaged = { $path } is damaged or not a Cairn database.
error-backup-newer = { $path } was written by a newer version of Cairn. Install the newer Cairn to use it.
error-backup-write = Cairn could not write { $path }. Check that the disk has free space.
error-storage-open = Cairn cannot open its database at { $path }. Check that the folder exists and is writable.
error-storage-create-folder = Cairn cannot create its data folder { $path }. Check its permissions, or set CAIRN_DATA_DIR to a writable folder.
# $env: the name of the environment variable (CAIRN_DATA_DIR).
error-storage-no-folder = Cairn cannot find a folder for its data on this system. Set { $env } to a writable folder.

## Imports: what is read, and why a file cannot be imported.

import-error-not-loop-backup = Cairn cannot import this file: it is a database, but not a Loop Habit Tracker backup. Nothing was changed.
import-error-loop-damaged = Cairn cannot import this file: the Loop backup is damaged. Nothing was changed.
# $version, $newest: Loop's database versions.
import-error-loop-newer = This Loop Habit Tracker backup is from a newer Loop (database version { $version }) than Cairn knows (up to { $newest }). Nothing was changed.
import-error-loop-old = This Loop Habit Tracker backup is from a very old Loop (database version { $version }). Open it in a current Loop, back up again, and import that. Nothing was changed.
# $kind: cairn, loopBackup, loopCsv. Used inside other sentences ("This is { … }").
import-source = { $kind ->
    [loopBackup] a Loop Habit Tracker backup
    [loopCsv] a Loop Habit Tracker CSV export
   *[cairn] a Cairn export
}
import-error-unreadable = { $why ->
    [not-json] Cairn cannot import this file: it is not valid JSON (it may be cut short). Nothing was changed.
    [not-cairn] Cairn cannot import this file: it is JSON, but not a Cairn export. Nothing was changed.
    [no-version] Cairn cannot import this file: its version is missing. Nothing was changed.
    [wrong-field] Cairn cannot import this file: a field is missing or has the wrong type. Nothing was changed.
    [too-large] Cairn cannot import this file: it is larger than 256 MB. Nothing was changed.
    [unknown-kind] Cairn cannot import this file: it is not a Cairn export, a Loop Habit Tracker backup or Loop's CSV export. Nothing was changed.
    [cannot-open] Cairn cannot import this file: it could not be opened. Nothing was changed.
    [csv-habits-empty] Cairn cannot import this file: it does not look like Loop Habit Tracker's CSV export (Habits.csv is empty). Nothing was changed.
    [csv-no-name] Cairn cannot import this file: it does not look like Loop Habit Tracker's CSV export (no Name column). Nothing was changed.
    [csv-checkmarks-empty] Cairn cannot import this file: it does not look like Loop Habit Tracker's CSV export (Checkmarks.csv is empty). Nothing was changed.
    [csv-no-date] Cairn cannot import this file: it does not look like Loop Habit Tracker's CSV export (Checkmarks.csv has no Date column). Nothing was changed.
    [csv-not-utf8] Cairn cannot import this file: a CSV file is not UTF-8 text. Nothing was changed.
    [csv-folder-empty] Cairn cannot import this file: the folder holds no Habits.csv and Checkmarks.csv from Loop Habit Tracker. Nothing was changed.
    [zip-damaged] Cairn cannot import this file: the zip file is damaged. Nothing was changed.
    [zip-no-csv] Cairn cannot import this file: the zip holds no Habits.csv and Checkmarks.csv from Loop Habit Tracker. Nothing was changed.
    [zip-too-large] Cairn cannot import this file: a file in the zip unpacks to more than 64 MB. Nothing was changed.
   *[unreadable] Cairn cannot import this file: it could not be read. Nothing was changed.
}
import-error-cannot-open = Cairn cannot open { $path }. Check the name and that you may read it.
import-error-missing = { $what ->
    [goal] Cairn cannot import this file: it refers to a goal it does not contain. Nothing was changed.
    [step] Cairn cannot import this file: it refers to a step it does not contain. Nothing was changed.
    [win] Cairn cannot import this file: it refers to a win it does not contain. Nothing was changed.
   *[other] Cairn cannot import this file: it refers to something it does not contain. Nothing was changed.
}
# $number: the row's place in the file, from 1.
import-error-refers = { $what ->
    [weekly-review-step] Cairn cannot import this file: weekly review { $number } refers to a step it does not contain. Nothing was changed.
    [one-thing-step] Cairn cannot import this file: one thing { $number } refers to a step it does not contain. Nothing was changed.
    [one-thing-win] Cairn cannot import this file: one thing { $number } refers to a win it does not contain. Nothing was changed.
    [step-version-step] Cairn cannot import this file: step version { $number } refers to a step it does not contain. Nothing was changed.
    [reward-goal] Cairn cannot import this file: reward { $number } refers to a goal it does not contain. Nothing was changed.
   *[other] Cairn cannot import this file: row { $number } refers to something it does not contain. Nothing was changed.
}
import-error-focus-held = Cairn cannot import this file: weekly review { $number } has a focus action that another review already holds. Nothing was changed.
import-error-not-instant = "{ $value }" is not a date and time.
import-error-not-date = "{ $value }" is not a date.
# $problem: what is wrong with it, a whole sentence (an error-… message).
import-error-at = { $what ->
    [goal] Cairn cannot import this file: goal { $number } has a problem: { $problem } Nothing was changed.
    [step] Cairn cannot import this file: step { $number } has a problem: { $problem } Nothing was changed.
    [win] Cairn cannot import this file: win { $number } has a problem: { $problem } Nothing was changed.
    [rest-day] Cairn cannot import this file: rest day { $number } has a problem: { $problem } Nothing was changed.
    [habit-stack] Cairn cannot import this file: habit stack { $number } has a problem: { $problem } Nothing was changed.
    [weekly-review] Cairn cannot import this file: weekly review { $number } has a problem: { $problem } Nothing was changed.
    [one-thing] Cairn cannot import this file: one thing { $number } has a problem: { $problem } Nothing was changed.
    [step-version] Cairn cannot import this file: step version { $number } has a problem: { $problem } Nothing was changed.
    [reward] Cairn cannot import this file: reward { $number } has a problem: { $problem } Nothing was changed.
   *[other] Cairn cannot import this file: row { $number } has a problem: { $problem } Nothing was changed.
}
import-error-newer = This export was written by a newer version of Cairn (format { $version }). Install the newer Cairn to import it; nothing was changed.
import-loop-goal-title = From Loop Habit Tracker
import-loop-goal-why = Imported from Loop Habit Tracker.
import-loop-anchor = … (write what you do just before)
import-loop-habit-untitled = Loop habit { $number }

## Steps, wins, the one thing, rewards, the chronicle, settings.

error-offer-step-archived = This step is archived. Restore it on the Goals page first.
error-offer-needs-rhythm = A step that fits the week keeps a rhythm. Choose daily, a few times a week or some weekdays.
error-offer-unchanged = That is the step as it is now. Pick another size, rhythm or words, or keep it as it is.
error-search-too-long = That search is very long. Try a word or two from the win.
error-rest-day-gone = That day is not marked as a rest day any more. Reload the chronicle to see the current days.
error-picture-format = Cairn can save the picture as PNG or SVG. Choose one of those.
# $format: PNG or SVG.
error-picture-invalid = That picture did not come out as a valid { $format } file. Try saving it again.
error-picture-path = Choose a folder and a file name for the picture.
error-picture-folder-missing = The folder { $path } does not exist. Choose another place for the picture.
error-picture-write = Cairn could not save the picture to { $path }. Check that the folder is writable and has free space.
export-error-write = Cairn could not write { $path }. Check that the folder exists, is writable and has free space.
focus-error-step-archived = That step is archived. Pick an open step, or write a line.
focus-error-none-today = There is no one thing for today yet. Choose one first.
focus-error-nothing-to-carry = There is nothing to carry over now. Choose today's one thing instead.
focus-error-already-done = Today's one thing is already done. Well done! Log a free win if you did more.
error-shortcut-invalid = Write a shortcut like Ctrl+Alt+W: modifiers and one key, joined by +.
error-quiet-hours-same = Quiet hours start and end at the same time. Pick two different times, or turn quiet hours off.
error-snooze-choice = Later can wait 10, 30 or 60 minutes.
error-reminder-days-none = Choose at least one day for this reminder.
error-step-archived-move = An archived step cannot be moved. Restore it first.
error-win-step-other-goal = That step belongs to another goal. Pick the step's own goal, or no goal.
error-step-done-for-now = That step is already done for now. Well done! Log a free win if you did more.
error-win-gone-for-good = That win was deleted for good and cannot be brought back.
error-win-undo-too-late = Too late to undo: that win was deleted for good. You can log it again.
error-reward-already-earned = That reward is already earned, so it stays as it is. Add a new one for what comes next.
error-reward-not-earned = That reward is still waiting for its moment; it can be enjoyed once it is earned.
# Stands for a goal's title in reward-moment-… when the goal is gone.
reward-goal-unnamed = the goal
import-error-enjoyed-not-earned = It is marked enjoyed but not earned; a reward is enjoyed after it is earned.

## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
