### Cairn's words in English: the catalogue every other language follows.
### Every message Cairn shows is here; `cargo test -p cairn-core --test catalogues`
### checks that each other catalogue has all of them.
### The window is handed only the messages between `## ── window (begin)` and
### `## ── window (end)` (as English has them); the rest only Rust formats.

## Shared: how dates and times are written (chrono patterns), the language list.

date-long = %A, %B %-d
date-long-year = %A, %B %-d, %Y
date-short = %b %-d
date-weekday = %A
time-short = %-I:%M %p
# The "System" choice in Settings names the language it gives now.
error-language-unknown = Cairn does not speak that language yet. Choose one from the list.


## ── window (begin): the window's shell (navigation, notices, titles), Today, the one thing, step offers, rewards to enjoy, wins, the quick window, the reminder window and bar, goals, steps, stacks ──

## The window's shell

app-name = Cairn
app-skip = Skip to content
app-sections =
    .aria-label = Sections
app-reminders =
    .aria-label = Reminders
app-error-internal = Something went wrong inside Cairn. Try again; if it keeps happening, restart Cairn.
app-error-no-bridge = Cairn's window cannot reach the app right now. Restart Cairn.
nav-today = Today
nav-goals = Goals
nav-wins = Wins
nav-week = Week
nav-chronicle = Chronicle
nav-stacks = Stacks
nav-rewards = Rewards
nav-data = Data
nav-settings = Settings
# The window's title on each view.
app-title-today = Cairn
app-title-goals = Cairn · { nav-goals }
app-title-wins = Cairn · { nav-wins }
app-title-week = Cairn · { nav-week }
app-title-chronicle = Cairn · { nav-chronicle }
app-title-stacks = Cairn · { nav-stacks }
app-title-rewards = Cairn · { nav-rewards }
app-title-data = Cairn · { nav-data }
app-title-settings = Cairn · { nav-settings }

## Words many views share

common-save = Save
common-cancel = Cancel
common-edit = Edit
common-delete = Delete
common-undo = Undo
common-done = Done
common-later = Later
common-open-cairn = Open Cairn
common-keep-as-is = Keep it as it is
common-note = Note
common-note-placeholder = A note, if you like
common-dismiss-message =
    .aria-label = Dismiss message
common-time-placeholder = 07:30
# A step's length, short ("10 min").
common-minutes-short = { $count } min
day-today = Today
day-yesterday = Yesterday
# A step's rhythm.
cadence-once = once
cadence-daily = every day
cadence-weekly = { $count ->
    [one] once a week
   *[other] { $count }× a week
}
cadence-every-n-days = { $count ->
    [one] every day
   *[other] every { $count } days
}
cadence-monthly = { $count ->
    [one] once a month
   *[other] { $count }× a month
}
# $day: 1 to 31 (in a shorter month, its last day).
cadence-month-day = on day { $day } of each month
cadence-weekdays = on weekdays
cadence-weekend = at weekends
# $days: the chosen weekdays, listed ("Mon, Wed, Fri").
cadence-days = on { $days }
# $labels: the milestones' names, one after another.
wins-milestones = { $count ->
    [one] Milestone: { $labels }
   *[other] Milestones: { $labels }
}
# $rewards: the rewards' own words, one after another.
wins-earned = You’ve earned: { $rewards }

## Today

today-title = Today
today-count = { $count ->
    [0] A fresh day
    [one] { $count } win today
   *[other] { $count } wins today
}
today-identities =
    .aria-label = Who you are becoming
today-identity-votes = { $count ->
    [0] Every win for { $goal } is a vote for “{ $identity }”.
    [one] One vote for “{ $identity }” this week.
   *[other] { $count } votes for “{ $identity }” this week.
}
# The first run: three short screens on a new Cairn.
first-run-progress = Step { $step } of { $count }
first-run-who-title = Who do you want to become?
first-run-who-hint = Pick a start, or write your own. You can change every word later.
first-run-becoming = Becoming { $identity }
first-run-own = My own goal
first-run-own-goal-label = Your goal
first-run-own-goal-input =
    .placeholder = e.g. Finish my novel
first-run-own-identity-input =
    .placeholder = e.g. someone who writes
first-run-own-goal-empty = Name your goal in a few words, or pick one of the starts above.
first-run-next = Next
first-run-back = Back
first-run-skip = Skip, I’ll look around
first-run-import-hint = Already tracking habits in another app?
first-run-import = Bring my history
first-run-step-title = The smallest next step
first-run-step-hint = So small it takes a minute. On a good day you will do more; on a hard one, this still counts.
first-run-own-step = My own step
first-run-own-step-label = Your step
first-run-own-step-input =
    .placeholder = e.g. Write one sentence
first-run-own-step-empty = Name one small thing you can do in a minute.
first-run-anchor-title = After I…
first-run-anchor-hint = Tie the step to something you already do every day. Cairn reminds you at the time. You can skip this.
first-run-anchor-label = After I
first-run-anchor-input =
    .placeholder = e.g. pour my morning coffee
first-run-time-label = Remind me at
first-run-sentence = After I { $anchor }: { $action }.
first-run-anchor-empty = Name something you already do, like “pour my coffee”, or choose “No reminder”.
first-run-start = Start
first-run-no-anchor = No reminder
first-run-ready = “{ $step }” is ready on Today. Tick it when you have done it: that is your first win.
first-run-thesis-goal = Write a thesis
first-run-thesis-identity = someone who writes
first-run-thesis-step-1 = Write one sentence
first-run-thesis-step-2 = Open the draft and read the last paragraph
first-run-thesis-step-3 = Write for two minutes
first-run-thesis-anchor = pour my morning coffee
first-run-move-goal = Move more
first-run-move-identity = someone who moves every day
first-run-move-step-1 = Do one push-up
first-run-move-step-2 = Walk to the end of the street
first-run-move-step-3 = Stretch for one minute
first-run-move-anchor = brush my teeth in the morning
first-run-language-goal = Learn a language
first-run-language-identity = someone who speaks two languages
first-run-language-step-1 = Learn one new word
first-run-language-step-2 = Read one sentence aloud
first-run-language-step-3 = Do one lesson
first-run-language-anchor = sit down for lunch
first-run-sleep-goal = Sleep better
first-run-sleep-identity = someone who rests well
first-run-sleep-step-1 = Put the phone in another room
first-run-sleep-step-2 = Dim the lights
first-run-sleep-step-3 = Read one page in bed
first-run-sleep-anchor = brush my teeth at night
first-run-touch-goal = Keep in touch
first-run-touch-identity = a friend who stays in touch
first-run-touch-step-1 = Send one message to a friend
first-run-touch-step-2 = Write one line to someone I miss
first-run-touch-step-3 = Call someone for two minutes
first-run-touch-anchor = finish dinner
today-log-label = Log a win
today-log-form =
    .aria-label = Log a win
today-log-placeholder =
    .placeholder = What did you just do? Even a small thing counts.
today-log-button = Log it
today-log-empty = Write what you did in a few words. Even a small thing counts.
today-goal-select =
    .aria-label = Goal (optional)
today-no-goal = No goal
today-note-toggle = + Note
today-next-title = Smallest next steps
today-wins-title = Today’s wins
today-wins-empty = Your first win of the day is waiting. What is one small thing you could do now?
today-all-wins = See all of today's wins on the Wins page
today-show-more = { $count ->
    [one] Show { $count } more win from today
   *[other] Show { $count } more wins from today
}
today-no-goals = Start with one big goal. Cairn helps you find its smallest next step.
today-add-goal = Add a goal
today-no-steps = No steps yet. What is the smallest step towards this?
today-all-done = All done for now. Rest is part of the trail.
today-add-step = Add a step
today-tick =
    .aria-label = Done: { $title }
    .title = Log “{ $title }” as done
today-tick-yesterday = …or yesterday
    .aria-label = …or yesterday: { $title }
today-limits-title = Keeping under
today-limits-hint = Limits are kept, not done: a day under counts, and a day over is just a day.
today-limit-log = + { $amount }
    .aria-label = + { $amount } { $unit }: { $title }
today-limit-logged = Noted for { $title }.
amount-plain = { $amount } { $unit }
amount-of = { $per ->
    [week] { $amount } of { $target } { $unit } this week
   *[day] { $amount } of { $target } { $unit }
}
amount-limit = { $per ->
    [week] { $amount } of at most { $target } { $unit } this week
   *[day] { $amount } of at most { $target } { $unit } today
}
amount-over = { $per ->
    [week] { $amount } { $unit }, over this week’s { $target }. A new week is a fresh start.
   *[day] { $amount } { $unit }, over today’s { $target }. Tomorrow is a fresh start.
}
step-unit-empty = Name a unit, like pages or km.
measure-target = { $bound ->
    [at_most] at most { $amount } { $unit } { $per ->
        [week] a week
       *[day] a day
    }
   *[at_least] at least { $amount } { $unit } { $per ->
        [week] a week
       *[day] a day
    }
}
measure-unit-only = in { $unit }
today-amount =
    .aria-label = Amount for { $title }, in { $unit }
today-celebrate-earlier = Added to { $day }. It counts.
win-added-later = added { $day }
    .title = Added later, on { $day }
today-celebrate-first = First win today. Nice start.
today-celebrate-logged = { $count ->
    [one] Logged. { $count } win today.
   *[other] Logged. { $count } wins today.
}
today-celebrate-one-thing = { $count ->
    [one] Today’s one thing, done: the day’s main win. { $count } win today.
   *[other] Today’s one thing, done: the day’s main win. { $count } wins today.
}

## Today's one thing

one-thing-title = Today’s one thing
one-thing-hint = The single most important thing for today, however small. Doing it is the day’s main win.
one-thing-done-state = Done: the day’s main win.
one-thing-done = ✓ Done
    .aria-label = Done: { $text }
one-thing-change = Change
one-thing-clear = Clear
# $text: yesterday's one thing, in the person's words (shown in bold).
one-thing-carry-question = Yesterday’s one thing was { $text }. Carry it over to today?
one-thing-quoted = “{ $text }”
one-thing-carry = Carry it over
one-thing-aside = Not today
one-thing-input =
    .placeholder = Write one line, then Enter
one-thing-form =
    .aria-label = Choose today’s one thing
one-thing-input-label = Today’s one thing, in a few words
one-thing-set = Set
one-thing-keep = Keep it
one-thing-choices =
    .aria-label = Or pick one open step
one-thing-for-goal =
    .title = For { $goal }

## A step that fits the week

offer-smaller-title = Make it smaller?
offer-bigger-title = Ready for a bit more?
offer-smaller-body = “{ $title }” hasn’t fit in lately. That’s just data: a smaller step still counts, and your momentum carries over.
offer-bigger-body = “{ $title }” has kept strong momentum for three weeks. A bit more, only if it feels right.
offer-smaller-example = For example: “put on my running shoes” instead of “go for a run”.
offer-bigger-example = For example: “write a page” instead of “write a paragraph”.
offer-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
offer-one-minute = A one-minute version
offer-words = Different words
offer-words-form =
    .aria-label = Different words
offer-rest = A few rest days
offer-words-empty = A few words for the step, please: the smallest version you would still do.
offer-smaller-words-label = A smaller step, in your words
offer-bigger-words-label = A bit more, in your words
offer-back = Back
offer-dismiss =
    .aria-label = Not now
    .title = Not now (Esc)
# A step's story: what it was and since when.
offer-story-title = “{ $title }”
offer-story-no-time = no set time
offer-story-since = { $what } since { $date }
offer-story-today = today
offer-adjusted = From today: “{ $title }”, { $cadence }. Same step, same momentum.
offer-adjusted-minutes = From today: “{ $title }”, { $minutes }, { $cadence }. Same step, same momentum.
offer-kept = “{ $title }” stays as it is.
# $count: rest days after today.
offer-rested = { $count ->
    [1] Rest days for “{ $title }”: today and tomorrow. Rest is part of the trail.
    [2] Rest days for “{ $title }”: today and the next two days. Rest is part of the trail.
    [3] Rest days for “{ $title }”: today and the next three days. Rest is part of the trail.
    [4] Rest days for “{ $title }”: today and the next four days. Rest is part of the trail.
   *[other] Rest days for “{ $title }”: today and the next { $count } days. Rest is part of the trail.
}

## Rewards to enjoy

enjoy-title = To enjoy
enjoy-hint = You earned these. Enjoy them whenever suits you.
enjoy-button = Enjoyed ✓
    .aria-label = Enjoyed: { $text }
enjoy-done = Enjoyed: { $text }. Lovely.

## Wins

wins-title = Wins
wins-subtitle = Every stone on the cairn, newest first.
wins-more = Show earlier wins
wins-empty = No wins logged yet. The first stone is the smallest one.
wins-text =
    .aria-label = Win
wins-note =
    .aria-label = Note
wins-amount = Amount, in { $unit }
wins-day = Day it counts for
wins-day-empty = Pick the day this win counts for.
wins-edit-form =
    .aria-label = Edit win
wins-edit-empty = A win needs a few words. Even a tiny one counts.
wins-edit =
    .aria-label = Edit { $text }
wins-delete =
    .aria-label = Delete { $text }
wins-deleted = Win deleted.

## Notices and the toast

notice-dismiss =
    .aria-label = Dismiss message
toast-undo = Undo

## The quick window

quick-window-title = Cairn quick log
quick-amount = { $title }, in { $unit }
quick-amount-log = Log it
quick-title = Log a win
quick-input =
    .placeholder = What did you just do?  #goal to file it
    .aria-label = Log a win
quick-remove-goal =
    .title = Remove goal
quick-remove-goal-hidden = , remove goal
quick-goals =
    .aria-label = Goals
quick-steps =
    .aria-label = Open steps: log one with a click
quick-keys = Enter logs · Esc closes
quick-one-thing =
    .title = Today’s one thing
    .aria-label = Today’s one thing: { $text }
quick-for-goal =
    .title = For { $goal }
quick-many-goals = #{ $query } matches { $count } goals; pick one from the list.
quick-no-goal = No active goal matches #{ $query }.
quick-logged = { $count ->
    [one] { $count } win today
   *[other] { $count } wins today
}
quick-logged-one-thing = { $count ->
    [one] Today’s one thing, done! { $count } win today
   *[other] Today’s one thing, done! { $count } wins today
}

## Reminders (the window's bar and Cairn's reminder window)

reminder-window-title = Cairn reminder
reminder-kicker = Cairn reminder
reminder-close =
    .aria-label = Close this reminder
reminder-close-label = Close
reminder-dismiss =
    .aria-label = Dismiss this reminder
# $enter, $escape: what the keys do (the buttons' words).
reminder-keys = Enter: { $enter } · Esc: { $escape }
reminder-waiting = { $count ->
    [one] { $count } more after this
   *[other] { $count } more after this
}
reminder-already = Already logged today. Nice.
reminder-later-ok = Okay, later.

## Goals

goals-title = Goals
goals-subtitle = Big aspirations, each turned into steps small enough to start today.
goals-new-form =
    .aria-label = New goal
goals-new-label = New goal
goals-new-input =
    .placeholder = A big goal, e.g. Submit the thesis by June
goals-new-empty = Write the goal in a few words first: big is fine.
goals-add = Add goal
goals-empty = No goals yet. Write one above: big is fine.
goals-status-active = Active
goals-status-paused = Paused
goals-status-done = Done
goals-status-archived = Archived
goals-group-active = Active ({ $count })
goals-group-paused = Paused ({ $count })
goals-group-done = Done ({ $count })
goals-group-archived = Archived ({ $count })
goals-step-count = { $count ->
    [0] no steps yet
    [one] { $count } step
   *[other] { $count } steps
}
goals-move-up =
    .aria-label = Move { $title } up
goals-move-down =
    .aria-label = Move { $title } down
goals-why-placeholder =
    .placeholder = What will this change for you?
goals-success-placeholder =
    .placeholder = How will you know it is done? e.g. the PDF is with the committee
goals-colour = Colour
goals-colour-sage = Sage
goals-colour-lake = Lake
goals-colour-amber = Amber
goals-colour-heather = Heather
goals-colour-berry = Berry
goals-colour-teal = Teal
goals-colour-moss = Moss
goals-colour-slate = Slate
goals-form =
    .aria-label = Goal details
goals-title-empty = A goal needs a few words, so you know it when you see it.
goals-field-goal = Goal
goals-field-why = Why it matters
goals-field-success = Success looks like
goals-success-hint = Make it measurable: one page, one line.
goals-field-identity = Who you are becoming
goals-identity-placeholder =
    .placeholder = e.g. someone who writes
goals-identity-hint = Optional. Every win for this goal is a vote for this person.
goals-card-identity = Becoming { $identity }
goals-save = Save goal
goals-status-group =
    .aria-label = Goal status
goals-pause = Pause
goals-resume = Resume
goals-make-active = Make active
goals-mark-done = Mark as done
goals-archive = Archive
goals-steps-empty = No steps yet. Make the first one so small it feels easy.
# $arrow: an arrow pointing back along the reading direction.
goals-back = { $arrow } All goals
goals-steps-title = Micro-steps
goals-archived-steps = Archived steps ({ $count })
goals-restore = Restore
goals-saved = Goal saved.
goals-now-active = Goal is active again.
goals-now-paused = Goal paused. It will wait for you.
goals-now-done = Goal done. What a climb!
goals-now-archived = Goal archived.
goals-edit-step =
    .aria-label = Edit { $title }
goals-archive-step =
    .aria-label = Archive { $title }

## The step form

step-title-input =
    .placeholder = The smallest next step, e.g. write one paragraph
step-cadence-once = Once
step-cadence-daily = Every day
step-cadence-weekly = Times a week
step-cadence-weekdays = On chosen days
step-cadence-every_n_days = Every few days
step-cadence-monthly = Times a month
step-cadence-month_day = On a day of the month
# Around the number field: "every [3] days".
step-every-before = every
step-every-after = days
# After the number field: "[2] times a month".
step-month-times-label = times a month
# Around the number field: "on day [1] of each month".
step-month-day-before = on day
step-month-day-after = of each month
# After the number field: "[3] times a week".
step-times-label = times a week
step-days = Days
step-minutes-placeholder =
    .placeholder = –
step-edit-form =
    .aria-label = Edit step { $title }
step-add-form =
    .aria-label = Add a micro-step
step-label = Step
step-new-label = New micro-step
step-how-often = How often
step-minutes = Minutes
step-measure = Count an amount
step-unit = Unit
step-unit-input =
    .placeholder = pages
step-unit-suggestions = pages, km, minutes, glasses, times, words
step-target = Target
step-target-input =
    .placeholder = none
step-bound-at_least = At least
step-bound-at_most = At most
step-per-day = a day
step-per-week = a week
step-usual = One click logs
step-amount-bad = Write an amount, like 2 or 2.5.
step-save = Save step
step-add = Add step
step-title-empty = A step needs a few words: what is the smallest thing you could do next?
step-times-range = Times a week goes from 1 to 7. Fewer is a fine place to start.
step-days-empty = Choose at least one day for this step.
step-number-range = Choose a number from { $min } to { $max }.
step-minutes-range = Minutes go from 1 to 600, or leave it empty. Smaller is easier to start: try 1.

## Habit stacks

stacks-title = Habit stacks
stacks-subtitle = A gentle nudge at the right moment. Done or Later, never a scolding.
stacks-new = New stack
stacks-list =
    .aria-label = Habit stacks
stacks-empty = No habit stacks yet.
stacks-empty-hint = Tie a tiny action to something you already do every day: after I pour my coffee, I will stretch for one minute.
# The stack as a sentence; $anchor and $action are the person's words (shown in bold, or as fields in the form).
stacks-sentence = After I { $anchor }, I will { $action }
stacks-days-every = every day
stacks-logs = logs “{ $step }”
stacks-offered = offered when you log “{ $step }”
stacks-next = Next: { $when }
stacks-nothing-due = Nothing due this week.
stacks-off = Reminders off.
stacks-on = On
stacks-enabled =
    .aria-label = Reminders for "After I { $anchor }"
stacks-edit =
    .aria-label = Edit "After I { $anchor }"
stacks-delete =
    .aria-label = Delete "After I { $anchor }"
stacks-confirm =
    .aria-label = Delete this stack?
stacks-confirm-text = Delete “After I { $anchor }, I will { $action }”? Its reminders stop; the wins it logged stay.
stacks-delete-yes = Delete it
stacks-keep = Keep it
stacks-anchor-placeholder =
    .placeholder = pour my coffee
stacks-action-placeholder =
    .placeholder = stretch for one minute
stacks-no-step = No step: log the action as a free win
stacks-new-step = Create a step from the action
stacks-time =
    .aria-label = Reminder time
stacks-remove-time =
    .aria-label = Remove this time
stacks-days-legend = On
stacks-anchor-empty = What do you already do every day? A few words, e.g. pour my coffee.
stacks-action-empty = What tiny thing will you do then? A few words, e.g. stretch for one minute.
stacks-time-bad = A reminder time looks like 07:30, or 0730: hours, then minutes.
stacks-days-empty = Choose at least one day for the reminder.
stacks-move-to = Move to { $end }
# $times: the times inside quiet hours, listed.
stacks-quiet = { $count ->
    [one] { $times } is inside your quiet hours ({ $start }–{ $end }), so no reminder would come then. Move it to { $end }, when quiet hours end?
   *[other] { $times } are inside your quiet hours ({ $start }–{ $end }), so no reminder would come then. Move them to { $end }, when quiet hours end?
}
stacks-edit-form =
    .aria-label = Edit habit stack
stacks-new-form =
    .aria-label = New habit stack
stacks-done-logs = “Done” logs a win for
stacks-at = At
stacks-add-time = + Add a time
stacks-hint = If the anchor is one of your steps, logging it offers the action at once.
stacks-add = Add stack
stacks-saved = Stack saved.
stacks-added = Stack added. A gentle nudge will come at the right time.
stacks-deleted = Stack deleted. Its wins stay on the cairn.

# Notices after a change made from a page.
done-autostart-on = Cairn will start when you log in.
done-autostart-off = Cairn will not start by itself.
done-paused = Reminders paused. Enjoy the quiet.
done-resumed = Reminders are back on.
done-quiet-hours = Quiet hours: { $start } to { $end }.
done-quiet-off = Quiet hours off.
done-review-saved = Weekly review saved.
done-review-saved-no-nudge = Weekly review saved; no nudge will come.
done-sync-off = Sync is off. The folder is left as it is; nothing in it was removed.
done-restore-undone = Undone: everything is as it was before the restore.
done-restored = Restored.
done-rest-marked = Rest day marked. Rest is part of the trail.

done-backed-up = Backed up: { $count ->
    [one] { $count } win is
   *[other] { $count } wins are
} safe.
done-exported = Exported { $count ->
    [one] { $count } win
   *[other] { $count } wins
} to { $path }.
done-imported = Imported { $what }.
done-imported-nothing = nothing new: it was all here already
done-count-goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
done-count-steps = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
done-count-wins = { $count ->
    [one] { $count } win
   *[other] { $count } wins
}
done-count-rest-days = { $count ->
    [one] { $count } rest day
   *[other] { $count } rest days
}
done-count-stacks = { $count ->
    [one] { $count } habit stack
   *[other] { $count } habit stacks
}

done-milestones-and-more = { $milestones } and { $count } more
# A short line of words made a sentence.
done-sentence = { $words }.

done-reward-added = Reward added: { $text }. It waits for its moment.
done-reward-enjoyed = Enjoyed: { $text }. Lovely.
done-reward-removed = Removed: { $text }.
done-snooze = Later now waits { $minutes } minutes.
done-shortcut = Shortcut saved: { $shortcut }
done-sync-on = Syncing through { $folder } as “{ $name }”.
done-focus-one-thing = Set as the one thing for { $day }.
done-week-reviewed = Week looked back on. { $earned }.
done-focus-step = “{ $title }” is now a step. Find it on Today.
done-picture-saved = Saved your year to { $path }.

## ── window (end) ──


## ── window (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──

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
chronicle-sums-title = Added up, in { $unit }
chronicle-sums-weeks = By week
chronicle-sums-week-of = Week of { $date }
chronicle-sums-months = By month
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
chronicle-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
  }
chronicle-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
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
# A goal that names who its person is becoming: its wins are votes.
chronicle-identity-title = Votes for “{ $identity }”
chronicle-identity-total = { $count ->
    [0] No votes yet: the next win for { $goal } is the first.
    [one] One vote so far.
   *[other] { $count } votes so far.
  }
chronicle-identity-first = First vote: { $date }.
chronicle-identity-comebacks = { $count ->
    [one] One comeback after a quiet week.
   *[other] { $count } comebacks after a quiet week.
  }
chronicle-identity-bar = Week of { $date }: { $count ->
    [one] { $count } vote
   *[other] { $count } votes
  }
chronicle-identity-bars-label = Votes per week over the last 26 weeks: { $total ->
    [one] { $total } vote
   *[other] { $total } votes
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
chronicle-add-win = Add a win to this day:
chronicle-add-win-form =
    .aria-label = Add a win to this day
chronicle-add-win-text =
    .aria-label = What you did
    .placeholder = What did you do?
chronicle-add-win-step =
    .aria-label = For a step
chronicle-add-win-no-step = No step
chronicle-add-win-submit = Add
chronicle-add-win-empty = Write what you did, or pick the step you did.
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
week-votes = { $count ->
    [one] a vote for “{ $identity }”
   *[other] votes for “{ $identity }”
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
week-run-months = — a run of { $count ->
    [one] { $count } month
   *[other] { $count } months
  }, still going.
week-run-times = — a run of { $count ->
    [one] { $count } time
   *[other] { $count } times
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
# A focus action's buttons, for screen readers: the visible words come first.
week-make-step-label = { week-make-step }: “{ $text }”
week-next-one-thing = Next week’s first one thing
week-next-one-thing-label = { week-next-one-thing }: “{ $text }”
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
data-recovery-offer = You can restore the newest good backup, from { $date } ({ $wins }), without losing what you log meanwhile, or start fresh.
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
data-import-hint = A Cairn export (.json), a Loop Habit Tracker backup (.db), Loop's CSV export (a zip, or its folder), a Habo backup (.json) or a Beaver Habit Tracker export (.json). You see what will be added, and what stays behind, before anything is written; importing the same file twice adds nothing.
data-import-file = Import a file…
data-import-folder = Import a folder…

# The Settings page.
settings-title = Settings
settings-subtitle = Small things that make logging a win take a second.
settings-first-run-title = Getting started
settings-first-run = Show the guided start again
settings-first-run-hint = Three short screens: who you want to become, the smallest next step, and when to be reminded.
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
language-system = System ({ $language })
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

## ── window (end) ──


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
core-field-goal-identity = "Who you are becoming"
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
error-win-day-future = A win can’t go on a day that hasn’t come yet. Pick today or an earlier day.
error-win-day-too-early = Wins go on days from 1 January 2000 to today. Check the year.
error-weekdays-none = Choose at least one weekday for this step.
error-weekday-range = A weekday must be Monday to Sunday.
error-times-per-week-range = Times per week must be between 1 and 7. For more, choose daily.
error-every-n-days-range = Every few days means every 2 to 30 days. For every day, choose daily.
error-times-per-month-range = Times a month must be between 1 and 30. For more, choose a few times a week.
error-month-day-range = A day of the month is from 1 to 31.
error-cadence-unknown = "{ $value }" is not a cadence. Choose once, daily, weekly, weekdays, every few days, monthly or a day of the month.
error-goal-status-unknown = "{ $value }" is not a goal status. Choose active, paused, done or archived.
error-goal-colour = A goal colour must look like #5b8a72. Pick one of the offered colours.
error-minutes-range = Minutes must be between 1 and { $max }. Smaller is better: try 1.
error-amount-unmeasured = Only a measured step’s win has an amount. Give the step a unit first, or leave the amount out.
error-amount-empty = Write an amount, like 2 or 2.5.
error-amount-invalid = "{ $value }" is not an amount. Write a number, like 2 or 2.5.
error-amount-negative = An amount can’t be below 0. Write 0 or more.
error-amount-decimals = An amount can have up to { $max } decimals, like 2.125.
error-amount-range = An amount can be up to { $max }. Try a bigger unit.
error-unit-empty = Name a unit, like pages or km.
error-unit-length = A unit can be up to { $max } characters, like pages or km.
error-unit-invalid = A unit is a short word on one line, like pages or km.
error-bound-unknown = "{ $value }" is not a kind of target. Choose at least or at most.
error-per-unknown = "{ $value }" is not a target period. Choose per day or per week.
error-target-zero = An “at least” target needs more than 0. Try 1, or choose “at most 0” for none at all.
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
milestone-identity-votes = { $count ->
    [1] Your first vote for “{ $identity }”
   *[other] Your { $count }th vote for “{ $identity }”
}
milestone-first-run-days = First { $count }-day run: { $name }
milestone-first-run-weeks = First { $count }-week run: { $name }
milestone-first-run-months = First { $count }-month run: { $name }
milestone-first-run-times = First run of { $count } in a row: { $name }

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
week-fact-goal-votes = { $count ->
    [one] { $goal }: { $count } win, a vote for “{ $identity }”
   *[other] { $goal }: { $count } wins, votes for “{ $identity }”
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
week-fact-run-months = { $count ->
    [one] { $step }: a run of { $count } month, still going
   *[other] { $step }: a run of { $count } months, still going
}
week-fact-run-times = { $count ->
    [one] { $step }: a run of { $count } time, still going
   *[other] { $step }: a run of { $count } times, still going
}
week-fact-amount = { $step }: { $amount } { $unit } this week
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
# $kind: cairn, loopBackup, loopCsv, habo, beaver. Used inside other sentences ("This is { … }").
import-source = { $kind ->
    [loopBackup] a Loop Habit Tracker backup
    [loopCsv] a Loop Habit Tracker CSV export
    [habo] a Habo backup
    [beaver] a Beaver Habit Tracker export
   *[cairn] a Cairn export
}
import-error-unreadable = { $why ->
    [not-json] Cairn cannot import this file: it is not valid JSON (it may be cut short). Nothing was changed.
    [not-cairn] Cairn cannot import this file: it is JSON, but not a Cairn export, a Habo backup or a Beaver Habit Tracker export. Nothing was changed.
    [no-version] Cairn cannot import this file: its version is missing. Nothing was changed.
    [wrong-field] Cairn cannot import this file: a field is missing or has the wrong type. Nothing was changed.
    [too-large] Cairn cannot import this file: it is larger than 256 MB. Nothing was changed.
    [export-too-large] Cairn cannot import this file: it is larger than 2 GB. Nothing was changed.
    [unknown-kind] Cairn cannot import this file: it is not a Cairn export, a Loop Habit Tracker backup, Loop's CSV export, a Habo backup or a Beaver Habit Tracker export. Nothing was changed.
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
    [habo-wrong-field] Cairn cannot import this file: it looks like a Habo backup, but a field is missing or has the wrong type. Nothing was changed.
    [habo-date] Cairn cannot import this file: it looks like a Habo backup, but one of its days is not a date. Nothing was changed.
    [beaver-wrong-field] Cairn cannot import this file: it looks like a Beaver Habit Tracker export, but a field is missing or has the wrong type. Nothing was changed.
    [beaver-date] Cairn cannot import this file: it looks like a Beaver Habit Tracker export, but one of its days is not a date. Nothing was changed.
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
import-loop-unit = units
import-loop-habit-untitled = Loop habit { $number }
import-habo-goal-title = From Habo
import-habo-goal-why = Imported from Habo.
import-habo-habit-untitled = Habo habit { $number }
# A line of the goal's why for each of a Habo habit's cue, routine and reward ($habit: the habit's name; $text: what the person wrote).
import-habo-why-cue = { $habit } · cue: { $text }
import-habo-why-routine = { $habit } · routine: { $text }
import-habo-why-reward = { $habit } · reward: { $text }
import-beaver-goal-title = From Beaver Habit Tracker
import-beaver-goal-why = Imported from Beaver Habit Tracker.
import-beaver-habit-untitled = Beaver habit { $number }
# Under an import's preview: what of the other app's file has no place in Cairn ($count: how many).
import-left-out = { $what ->
    [deleted-habits] { $count ->
        [one] { $count } deleted habit is left out.
       *[other] { $count } deleted habits are left out.
    }
    [notes-without-win] { $count ->
        [one] { $count } note on a day without a check stays behind: Cairn keeps notes with wins.
       *[other] { $count } notes on days without a check stay behind: Cairn keeps notes with wins.
    }
    [not-done-marks] { $count ->
        [one] { $count } day marked “not done” stays unmarked: in Cairn, a day without a win needs no mark.
       *[other] { $count } days marked “not done” stay unmarked: in Cairn, a day without a win needs no mark.
    }
    [habo-contracts] { $count ->
        [one] { $count } habit contract (a sanction and an accountability partner) stays in Habo: Cairn works with second chances, not penalties.
       *[other] { $count } habit contracts (sanctions and accountability partners) stay in Habo: Cairn works with second chances, not penalties.
    }
    [habo-categories] { $count ->
        [one] Habo's category is not brought over: all the habits come in under one goal.
       *[other] Habo's { $count } categories are not brought over: all the habits come in under one goal.
    }
    [beaver-tags] { $count ->
        [one] Beaver's tag is not brought over: all the habits come in under one goal.
       *[other] Beaver's { $count } tags are not brought over: all the habits come in under one goal.
    }
    [beaver-stars] { $count ->
        [one] { $count } starred habit comes in without its star, at the top of the goal's steps.
       *[other] { $count } starred habits come in without their stars, at the top of the goal's steps.
    }
   *[other] { $count ->
        [one] { $count } thing has no place in Cairn and stays behind.
       *[other] { $count } things have no place in Cairn and stay behind.
    }
}

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
error-step-done-that-day = That day already has this step’s win. Log a free win for it if you did more.
error-win-gone-for-good = That win was deleted for good and cannot be brought back.
error-win-undo-too-late = Too late to undo: that win was deleted for good. You can log it again.
error-reward-already-earned = That reward is already earned, so it stays as it is. Add a new one for what comes next.
error-reward-not-earned = That reward is still waiting for its moment; it can be enjoyed once it is earned.
# Stands for a goal's title in reward-moment-… when the goal is gone.
reward-goal-unnamed = the goal
import-error-enjoyed-not-earned = It is marked enjoyed but not earned; a reward is enjoyed after it is earned.

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
startup-no-webview2 = Cairn needs Microsoft's WebView2 runtime to draw its window, and this computer does not have it yet. It is free: open { $url } to install it, then start Cairn again. Until then, `cairn log` and `cairn today` work in a terminal.
startup-open-download = Open the download page now?
app-not-watched = Cairn cannot watch its database, so wins logged with `cairn` show after Cairn restarts.
app-folder-not-created = Cairn could not create { $path }.
app-folder-not-opened = Cairn could not open the folder. It is { $path }.
autostart-unchanged = Cairn could not change whether it starts at login. Check your desktop's autostart settings.

## Requests from the window that Cairn cannot use.

input-malformed = Cairn could not read that request: a field is missing or has the wrong type. Reload the window and try again.
input-source = That source cannot be used from the window.
input-no-id = Cairn could not read that request: the id is missing. Reload the window.
input-page = That page of wins is not valid any more. Reload the list.
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
dialog-import-file-title = Import a Cairn export, a Loop Habit Tracker backup, a Habo backup or a Beaver Habit Tracker export
dialog-filter-import = Cairn export, Loop backup or zip, Habo backup, Beaver export
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
cli-help-log-day = The day it counts for, when not today: yesterday or YYYY-MM-DD.
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
cli-help-import = Import a Cairn export, a Loop Habit Tracker backup (.db), Loop's CSV export (its folder or a zip), a Habo backup or a Beaver Habit Tracker export, recognised by content.
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
cli-logged-on = ✓ Logged "{ $text }" on { $day }. Good that it counts now.
cli-logged-for-on = ✓ Logged "{ $text }" for { $goal } on { $day }. Good that it counts now.
cli-day-unreadable = "{ $text }" is not a day Cairn can read. Use yesterday or a date like 2026-12-06.
cli-milestone = ◆ Milestone: { $label }.
cli-was-one-thing = ★ That was today's one thing: the day's main win.
cli-reward = ♥ You've earned: { $reward }. Enjoy it.
# `cairn today`'s first line: { $date } is the day, written out.
cli-today = { $date }: { $count ->
    [one] { $count } win
   *[other] { $count } wins
}
# `cairn today` on a busy day: it prints the newest wins; { $count } more came earlier.
cli-today-earlier = { $count ->
    [one] …and { $count } earlier win today (the Wins page lists every one).
   *[other] …and { $count } earlier wins today (the Wins page lists every one).
}
cli-today-nothing-open = Nothing else is asking for you today.
cli-today-open-steps = Open steps:
cli-today-limits = Limits (kept, not done):
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

## The command line's own frame: the help's headings and a command line it cannot read.

cli-usage = Usage:
# The help's headings; clap puts the colon after them.
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
# Stands for a command's name in the usage line: cairn [COMMAND].
cli-command-placeholder = COMMAND
cli-flag-help = Print help
cli-flag-version = Print the version
cli-help-command = Print this help, or the help of a command
cli-error-unknown-command = There is no command “{ $given }”.
cli-error-unknown-option = “{ $given }” is not an option here.
cli-error-unexpected = “{ $given }” was not expected here.
cli-error-missing = This needs { $what }.
cli-error-needs-value = { $option } needs a value.
cli-error-invalid-value = “{ $value }” is not something { $option } takes.
cli-error-takes = It takes: { $values }.
cli-error-conflict = { $option } and { $other } cannot be used together.
cli-error-other = Cairn could not read that command line.
cli-error-did-you-mean = Did you mean “{ $suggestion }”?
cli-error-help = `{ $help }` lists what Cairn understands.

## ── app-cli (end) ──

## ── package (begin): the desktop entry and the software centre's page, written from here by `cargo test -p cairn --test packaging` ──

package-summary = Log small wins and watch the pile grow
# The desktop entry's generic name: what kind of app this is, in two or three words.
package-generic-name = Small wins
# Search words for the desktop's app menu, separated by commas.
package-keywords = habit, wins, goals, journal
package-about = A cairn is a pile of stones that hikers build one stone at a time to mark a trail. Cairn is a desktop companion for small wins: turn a big goal into micro-steps, log each small win in a click, and watch the pile grow. A day without a win is a second chance.
package-feature-log = Log a win from the window, the tray, a global shortcut or the cairn command
package-feature-goals = Goals with micro-steps on a cadence, and each step's momentum
package-feature-chronicle = A chronicle of how far you have come, and a weekly review
package-feature-local = Everything stays in a SQLite file on your own computer

## ── package (end) ──
