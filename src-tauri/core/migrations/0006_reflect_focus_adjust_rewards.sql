-- Reflect, focus, adjust, rewards: weekly reviews and their focus actions,
-- each day's one thing, a step's history of sizes, words and cadences, the
-- adjustment offers a person set aside, and the rewards they chose.

-- One review per week, keyed by the week's first day (as the week-start
-- setting had it when the review was written).
CREATE TABLE reflections (
    id          TEXT PRIMARY KEY NOT NULL,
    week_start  TEXT NOT NULL UNIQUE,
    went_well   TEXT NOT NULL DEFAULT '',
    learned     TEXT NOT NULL DEFAULT '',
    adjust      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

-- One to four focus actions for the week after a review.
CREATE TABLE focus_actions (
    id             TEXT PRIMARY KEY NOT NULL,
    reflection_id  TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    -- What the person turned it into, if anything.
    became         TEXT CHECK (became IS NULL OR became IN ('step', 'step_change', 'one_thing')),
    step_id        TEXT REFERENCES steps (id) ON DELETE SET NULL,
    UNIQUE (reflection_id, position)
) STRICT;

-- The one thing for a local day: an open step, or a line of free text.
CREATE TABLE one_things (
    id          TEXT PRIMARY KEY NOT NULL,
    local_date  TEXT NOT NULL UNIQUE,
    step_id     TEXT REFERENCES steps (id) ON DELETE SET NULL,
    -- The free text, or the step's title when it was chosen.
    text        TEXT NOT NULL,
    -- The win logged against it. A step's one thing is also done by any
    -- live win on that step that day.
    win_id      TEXT REFERENCES wins (id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

-- A step as it was from a day on: the row with the latest effective date on
-- or before a day is the step on that day. `steps` keeps the current values.
CREATE TABLE step_versions (
    id              TEXT PRIMARY KEY NOT NULL,
    step_id         TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
    effective_date  TEXT NOT NULL,
    title           TEXT NOT NULL,
    cadence_kind    TEXT NOT NULL CHECK (cadence_kind IN ('once', 'daily', 'weekly', 'weekdays')),
    cadence_number  INTEGER NOT NULL DEFAULT 0,
    minutes         INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    -- Why it changed: the first version, an offer taken, or an edit.
    reason          TEXT NOT NULL CHECK (reason IN ('start', 'smaller', 'bigger', 'edit')),
    created_at      INTEGER NOT NULL,
    UNIQUE (step_id, effective_date)
) STRICT;

-- Every step so far starts its history on the local day it was made.
INSERT INTO step_versions (id, step_id, effective_date, title, cadence_kind,
                           cadence_number, minutes, reason, created_at)
SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8'
             || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
       id, date(created_at / 1000, 'unixepoch', 'localtime'), title, cadence_kind,
       cadence_number, minutes, 'start', created_at
FROM (SELECT hex(randomblob(16)) AS h, * FROM steps);

-- "Make it smaller?" and "Ready for a bit more?" set aside for a step: quiet
-- until this local day.
CREATE TABLE step_offers_quiet (
    step_id      TEXT PRIMARY KEY NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
    quiet_until  TEXT NOT NULL
) STRICT;

-- Kind rewards the person chose, each tied to one moment. Earned once, never
-- taken back; waits in "to enjoy" until enjoyed.
CREATE TABLE rewards (
    id          TEXT PRIMARY KEY NOT NULL,
    text        TEXT NOT NULL,
    moment      TEXT NOT NULL
                CHECK (moment IN ('wins', 'goal_wins', 'first_run', 'goal_done', 'week_reviewed')),
    -- The goal of 'goal_wins' and 'goal_done'.
    goal_id     TEXT REFERENCES goals (id) ON DELETE CASCADE,
    -- Wins for 'wins' and 'goal_wins'; days for 'first_run'.
    count       INTEGER CHECK (count IS NULL OR count BETWEEN 1 AND 1000000),
    earned_at   INTEGER,
    enjoyed_at  INTEGER,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX rewards_waiting ON rewards (moment) WHERE earned_at IS NULL;
