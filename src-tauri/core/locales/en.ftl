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
# A count with a noun the code gives (older callers; prefer a message of your own).
common-count = { $count ->
    [one] { $count } { $one }
   *[other] { $count } { $many }
}
day-today = Today
day-yesterday = Yesterday
# A step's rhythm.
cadence-once = once
cadence-daily = every day
cadence-weekly = { $count ->
    [one] once a week
   *[other] { $count }× a week
}
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
step-save = Save step
step-add = Add step
step-title-empty = A step needs a few words: what is the smallest thing you could do next?
step-times-range = Times a week goes from 1 to 7. Fewer is a fine place to start.
step-days-empty = Choose at least one day for this step.
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

## ── ui-a (end) ──


## ── ui-b (begin): the Chronicle and heatmap, the Week, Rewards, Data, Settings, Sync ──


## ── ui-b (end) ──


## ── core (begin): cairn-core: errors, milestones, the week's draft, sync notes, imports, reminders' words ──


## ── core (end) ──


## ── app-cli (begin): the app (tray, notifications, dialogs, shortcut, autostart) and the command line ──


## ── app-cli (end) ──
