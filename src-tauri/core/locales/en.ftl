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

# The Chronicle page.
chronicle-title = Chronicle
chronicle-subtitle = How far you’ve come, one stone at a time.
chronicle-save-png = Save as PNG
chronicle-save-svg = Save as SVG
chronicle-filter-label = Whose wins to show
chronicle-filter-all = All wins
chronicle-filter-goals = Goals
chronicle-filter-steps = Steps
chronicle-year = The year
chronicle-year-of = The year: { $scope }
chronicle-year-total = { $count ->
    [one] { $count } win
   *[other] { $count } wins
  } in the last 53 weeks
chronicle-story = The step’s story: { $story }.
chronicle-momentum = Momentum
chronicle-bars-title = Wins per week, last 26 weeks
chronicle-timeline = Timeline
chronicle-search = Search your wins
chronicle-more = Show earlier wins
# The header's totals; $last is last week's number of wins.
chronicle-week-clean = A new week, a clean page.
chronicle-week-none-yet = Last week: { $last ->
    [one] { $last } win
   *[other] { $last } wins
  }. The next one starts this week.
chronicle-week-more = More than last week’s { $last }.
chronicle-week-fresh = A fresh start after a quiet week.
chronicle-week-level = Level with last week.
chronicle-week-fewer = Last week: { $last }. Every win adds up.
chronicle-stat-total = Wins in all
chronicle-stat-total-note = Every one a stone on the cairn.
chronicle-stat-total-first = The first stone is the smallest.
chronicle-stat-week = This week
chronicle-stat-month = Days with a win this month
chronicle-stat-run = Longest run
chronicle-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
  }
chronicle-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
  }
chronicle-run-going = Going now: { $count ->
    [one] { $count } day
   *[other] { $count } days
  }.
chronicle-run-grows = Never miss twice, and it grows.
# The wins-per-week bars.
chronicle-bar = Week of { $date }: { $count ->
    [one] { $count } win
   *[other] { $count } wins
  }
chronicle-bars-label = Wins per week over the last 26 weeks: { $total ->
    [one] { $total } win
   *[other] { $total } wins
  }, at most { $max } in one week.
# Each recurring step's momentum.
chronicle-steps-empty = Give a step a rhythm (daily, or a few times a week) and its momentum shows here.
chronicle-comebacks = { $count ->
    [one] { $count } comeback
   *[other] { $count } comebacks
  }: you came back every time.
chronicle-comebacks-none = No comebacks needed yet.
chronicle-score-label = Momentum:
chronicle-fresh = Fresh start
chronicle-score = { $score }%
chronicle-run-now = Run now
chronicle-run-best = Best run
chronicle-comebacks-title = Comebacks
chronicle-run-ready = Ready for a fresh start
chronicle-best-first-fresh = Your first one starts with a win
chronicle-best-first-way = Your first one is on its way
# The chosen day and the rest-day form.
chronicle-rest-date = Day
chronicle-rest-for = Rest for
chronicle-rest-every = Every step
chronicle-rest-why = Why
chronicle-reason-rest = Rest
chronicle-reason-sick = Sick
chronicle-reason-travel = Travel
chronicle-reason-other = Other
chronicle-rest-form = Mark a rest day
chronicle-rest-another = Rest on another day:
chronicle-rest-take = Take a rest day:
chronicle-rest-submit = Mark as rest
chronicle-take-back = Take back
chronicle-take-back-label = { $reason ->
    [sick] Take back the sick day
    [travel] Take back the travel day
    [other] Take back the other day
   *[rest] Take back the rest day
  }
chronicle-close-day = Close the day
chronicle-day-empty = No wins that day. Rest is part of the trail.
# Where a win came from, when not the main window.
chronicle-source-tray = from the tray
chronicle-source-quick = from the quick window
chronicle-source-reminder = from a reminder
chronicle-source-cli = from the command line
chronicle-source-import = imported
chronicle-timeline-no-match = No wins match that search.
chronicle-timeline-empty = No wins here yet. The first stone is the smallest one.
chronicle-review-marker = Week looked back on
chronicle-quote = “{ $text }”
# The year as a picture to save.
chronicle-picture-title = My year on the cairn
chronicle-picture-title-of = My year on the cairn: { $scope }
chronicle-picture-totals = { $count ->
    [one] { $count } win
   *[other] { $count } wins
  } in 53 weeks · { $total } in all · longest run { $run ->
    [one] { $run } day
   *[other] { $run } days
  } · to { $date }
chronicle-picture-footer = Cairn · small wins, one stone at a time
chronicle-picture-error = Cairn could not draw the picture of your year. Try again, or save it as SVG.

# The year heatmap.
heatmap-fewer = Fewer
heatmap-more = More
heatmap-rest = Rest
heatmap-one-thing = One thing done: { $count ->
    [one] { $count } day
   *[other] { $count } days
  }
heatmap-rest-for-step = { $reason ->
    [sick] sick day
    [travel] travelling
    [other] day off
   *[rest] rest day
  } for “{ $step }”
heatmap-rest-for-all = { $reason ->
    [sick] sick day
    [travel] travelling
    [other] day off
   *[rest] rest day
  } for every step
heatmap-cell = { $date }: { $count ->
    [0] no wins
    [one] { $count } win
   *[other] { $count } wins
  }
heatmap-cell-rest = { $date }: { $count ->
    [0] no wins
    [one] { $count } win
   *[other] { $count } wins
  } ({ $rest })
heatmap-cell-one = { $date }: { $count ->
    [0] no wins
    [one] { $count } win
   *[other] { $count } wins
  }, one thing done
heatmap-cell-rest-one = { $date }: { $count ->
    [0] no wins
    [one] { $count } win
   *[other] { $count } wins
  } ({ $rest }), one thing done
heatmap-label = Wins per day over the last 53 weeks: { $count ->
    [one] { $count } win
   *[other] { $count } wins
  }. Use the arrow keys to move between days and Enter to open one.
heatmap-tip-count = { $count ->
    [0] No wins
    [one] { $count } win
   *[other] { $count } wins
  }
heatmap-tip-more = and { $count } more

# The Week page.
week-this-week = This week so far
week-in-review = Your week in review
week-range = { $range }
week-nav = Weeks
week-prev = ‹ Week before
week-next = Week after ›
week-no-goal = No goal
week-wins = { $count ->
    [one] { $count } win
   *[other] { $count } wins
  }
week-comebacks = { $count ->
    [one] { $count } comeback
   *[other] { $count } comebacks
  }: you came back after a pause.
# After a step's title: "Stretch — a run of 5 days, still going."
week-run-days = — a run of { $count ->
    [one] { $count } day
   *[other] { $count } days
  }, still going.
week-run-weeks = — a run of { $count ->
    [one] { $count } week
   *[other] { $count } weeks
  }, still going.
week-rest = { $count ->
    [one] { $count } rest day
   *[other] { $count } rest days
  } taken. Rest is part of the trail.
week-one-things = Your one thing done on { $done } of { $count ->
    [one] { $count } day
   *[other] { $count } days
  }.
week-milestone = Milestone: { $label }
# After a step's title.
week-not-fitting = did not fit twice in a row. A smaller step may suit it: Today offers one.
week-draft-title = What the week holds
week-nothing = Nothing logged this week. That is fine: one small step is enough to begin again.
week-went-well = What went well?
week-went-well-hint = Small things count: a paragraph, a walk, a kind word.
week-learned = What got in the way, or what did you learn?
week-learned-hint = A miss is data, not a verdict.
week-adjust = What will you adjust?
week-adjust-hint = Smaller steps, another time of day, a rest day…
week-focus-action = Focus action { $n } of { $max }
week-focus-placeholder = Read one abstract on the train
week-form-review = Your review
week-form-look-back = Look back
week-focus-legend = Focus for the week ahead (one to four)
week-save-changes = Save changes
week-save = Save review
week-saved = Saved. Well looked back on.
week-focus-title = Your focus for the week ahead
week-became-step = Now a step.
week-became-change = A step was changed for it.
week-became-one-thing = Set as a day's one thing.
week-make-step = Make it a step
week-make-step-label = Make "{ $text }" a step
week-next-one-thing = Next week’s first one thing
week-next-one-thing-label = Make "{ $text }" the one thing of next week's first day
week-once = Once
week-under = Under
week-how-often = How often
week-add-step = Add step
week-cancel = Cancel
week-change-label = The step "{ $text }" changes
week-change-pick = Change a step…
week-step-of-goal = { $step } ({ $goal })
week-earlier = Earlier reviews

# The Rewards page.
rewards-title = Rewards
rewards-subtitle = Small, kind treats you choose. Each waits for its moment, and is yours to keep once earned.
rewards-moment-wins = After a number of wins
rewards-moment-goal-wins = After a number of wins for a goal
rewards-moment-first-run = On a 7-day run
rewards-moment-goal-done = When a goal is done
rewards-moment-week-reviewed = When you review a week
rewards-hint-wins = Counts all your wins. If you are already past the number, your next win earns it.
rewards-hint-goal-wins = Counts the goal’s wins. If it is already past the number, its next win earns it.
rewards-hint-first-run = Seven days with a win, where one quiet day in between is fine (never miss twice). Rest days pause it.
rewards-hint-goal-done = Earned when you mark the goal done.
rewards-hint-week-reviewed = Earned when you save a weekly review.
rewards-placeholder = A walk in the park
rewards-goal = Goal
rewards-wins = Wins
rewards-need-text = Name the reward in a few words, e.g. a walk in the park.
rewards-need-count = The number of wins is a whole number, 1 or more.
rewards-form-title = Name a reward
rewards-text-label = Something kind you would enjoy
rewards-when = When
rewards-add = Add reward
rewards-to-enjoy = To enjoy
rewards-waiting = Waiting for their moment
rewards-enjoyed = Enjoyed
rewards-no-goals = No goals yet
rewards-enjoy-empty = Nothing waiting to be enjoyed. Your next reward will appear here.
rewards-waiting-empty = No rewards named yet. What small thing would feel kind?
rewards-enjoyed-button = Enjoyed ✓
rewards-enjoyed-label = Enjoyed: { $text }
rewards-remove = Remove
rewards-remove-label = Remove reward: { $text }
rewards-earned = { $moment } · earned

# The Data page: backups, export, import.
data-title = Your data
data-subtitle = Everything stays on this computer. Cairn backs it up once a day.
data-size-kb = { $kb } KB
data-size-mb = { NUMBER($mb, minimumFractionDigits: 1) } MB
data-before-restore = { $day } at { $time }, kept before a restore
data-unreadable = cannot be read
data-wins = { $count ->
    [one] { $count } win
   *[other] { $count } wins
  }
data-export = Export
data-export-hint = One JSON file with your goals, steps, wins, rest days, habit stacks, weekly reviews, one things and rewards; it can be imported again on any computer. Or the wins alone as CSV, for a spreadsheet.
data-export-json = Export everything (JSON)
data-export-csv = Export wins as CSV
data-cli = From a terminal
data-recovery-title = Cairn started with a fresh database
data-recovery-kept = The database could not be read safely, so Cairn did not touch it: it is kept, unchanged, at
data-recovery-offer = You can restore the newest good backup, from { $date } ({ $wins }), or start fresh.
data-recovery-none = There is no backup to restore, so Cairn starts fresh. Your wins from now on are safe.
data-recovery-restore = Restore that backup
data-start-fresh = Start fresh
data-restored = Restored the backup of { $label }. What you had before is kept as a backup.
data-undo = Undo restore
data-moment-before = the moment before
data-backup-meta = { $wins } · { $size }
data-restore-button = Restore…
data-restore-label = Restore the backup of { $label }
data-backups = Backups
data-back-up-now = Back up now
data-open-folder = Open the folder
data-backups-empty = No backups yet. The first one is made a few seconds after Cairn starts.
data-backups-keep = Cairn keeps the last 7 days and one backup for each of the last 4 weeks, in { $folder }.
data-confirm-label = Confirm restore
data-confirm = Restore the backup of { $label } ({ $wins })? It replaces everything Cairn holds now: goals, steps, wins, rest days, habit stacks, weekly reviews, one things and rewards. What you have now is kept aside as a backup first, so you can undo this.
data-restore = Restore
data-cancel = Cancel
# What an import would add, one line each.
data-adds-goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
  }
data-adds-steps = { $count ->
    [one] { $count } step
   *[other] { $count } steps
  }
data-adds-habits = { $count ->
    [one] { $count } habit as a step
   *[other] { $count } habits as steps
  }
data-adds-wins = { $count ->
    [one] { $count } win
   *[other] { $count } wins
  }
data-adds-rest-days = { $count ->
    [one] { $count } rest day
   *[other] { $count } rest days
  }
data-adds-stacks = { $count ->
    [one] { $count } habit stack
   *[other] { $count } habit stacks
  }
data-adds-reviews = { $count ->
    [one] { $count } weekly review
   *[other] { $count } weekly reviews
  }
data-adds-one-things = { $count ->
    [one] { $count } day's one thing
   *[other] { $count } days' one things
  }
data-adds-story = { $count ->
    [one] { $count } entry in a step's story
   *[other] { $count } entries in steps' stories
  }
data-adds-rewards = { $count ->
    [one] { $count } reward
   *[other] { $count } rewards
  }
data-import-source = This is { $source }.
data-import-adds = Importing it adds:
data-import-nothing = Importing it would add nothing: everything in it is already here.
data-already-there = { $count ->
    [one] { $count } item is
   *[other] { $count } items are
  } already here and stay as they are.
data-nothing-written = Nothing has been written yet.
data-import = Import
data-import-hint = A Cairn export (.json), a Loop Habit Tracker backup (.db), or Loop's CSV export (a zip, or its folder). You see what will be added before anything is written; importing the same file twice adds nothing.
data-import-file = Import a file…
data-import-folder = Import a folder…

# The Settings page.
settings-title = Settings
settings-subtitle = Small things that make logging a win take a second.
settings-time-invalid = A time looks like 07:30, or 0730: hours, then minutes.
settings-paused-until = Reminders are paused until { $when }.
settings-resume = Resume reminders
settings-reminders-on = Reminders are on. Quiet hours still apply.
settings-pause-hour = Pause for 1 hour
settings-pause-tomorrow = Pause until tomorrow
settings-shortcut-empty = Type a key combination, e.g. Ctrl+Alt+W.
settings-shortcut-title = Quick-log shortcut
settings-shortcut = Shortcut
settings-save = Save
settings-shortcut-hint = Press the keys you want here (or type them, like Ctrl+Alt+W), then Save. They open the quick-log window from anywhere.
settings-start-title = Start with the computer
settings-autostart = Start Cairn in the tray when I log in
settings-reminders = Reminders
settings-cli = From a terminal
settings-week-start-locale = As my language says ({ $day })
settings-nudge-day = Day of the weekly nudge
settings-nudge-time = Time of the weekly nudge
settings-review-title = Weekly review
settings-weeks-start = Weeks start on
settings-nudge = A gentle nudge to look back, on
settings-nudge-hint = Once a week at most, only for a week with a win, never during quiet hours. Later asks once more.
settings-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
  }
settings-quiet-hours = Quiet hours
settings-quiet-from = Quiet hours: no reminders from
settings-quiet-start = Quiet hours start
settings-quiet-end = Quiet hours end
settings-quiet-to = to
settings-quiet-hint = A reminder time inside quiet hours is skipped, not saved for later.
settings-later-waits = Later waits
# The language choice, at the top of Settings.
language-label = Language
language-forced = The environment variable CAIRN_LANG decides the language for now.

# Settings → Sync with your other computers.
sync-title = Sync with your other computers
sync-what = Cairn writes your changes into a folder your own sync tool (Syncthing, Nextcloud, Dropbox…) keeps in step, and reads your other computers’ changes from it. It never syncs its database itself.
sync-no-changes = no changes from it yet
sync-last-change-today = last change today at { $time }
sync-last-change-yesterday = last change yesterday at { $time }
sync-last-change = last change { $day } at { $time }
sync-report-written = Your changes are in the folder. Nothing new from your other computers.
sync-report-in-step = Everything is in step. Nothing new from your other computers.
sync-report-from = { $count ->
    [one] { $count } change
   *[other] { $count } changes
  } from { $device }, now here.
sync-report-from-others = { $count ->
    [one] { $count } change
   *[other] { $count } changes
  } from your other computers, now here.
sync-folder-first = Choose the folder first: one your sync tool already keeps in step.
sync-name-needed = Give this computer a name, such as “Laptop”.
sync-form-label = Sync folder and this computer's name
sync-folder = Folder
sync-none-chosen = None chosen yet
sync-choose-other = Choose another folder…
sync-choose = Choose folder…
sync-this-computer = This computer
sync-save = Save
sync-start = Start syncing
sync-name-hint = The name your other computers show for this one.
sync-devices-none = No other computer has written to the folder yet. Set up Cairn there with the same folder, and it shows here.
sync-pending = { $count ->
    [one] { $count } change from this computer is waiting to be written.
   *[other] { $count } changes from this computer are waiting to be written.
  }
sync-devices-title = Computers seen
sync-now = Sync now
sync-notes-label = What the last sync noticed
sync-stop = Stop syncing
sync-stop-hint = The folder is left as it is; your other computers keep what they have.
# The terminal example's win, goal and step (the commands stay as they are).
settings-cli-win = Wrote one paragraph
settings-cli-goal = thesis
settings-cli-step = stretch

## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
