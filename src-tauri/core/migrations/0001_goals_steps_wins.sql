-- Cairn's first schema: goals, their micro-steps, and wins.
-- Instants are Unix milliseconds in UTC; calendar days are 'YYYY-MM-DD' text
-- (the person's local day when the win was logged). Ids are UUID text.

CREATE TABLE goals (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    why         TEXT NOT NULL DEFAULT '',
    success     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'paused', 'done', 'archived')),
    colour      TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE steps (
    id              TEXT PRIMARY KEY NOT NULL,
    goal_id         TEXT REFERENCES goals (id) ON DELETE RESTRICT,
    title           TEXT NOT NULL,
    cadence_kind    TEXT NOT NULL CHECK (cadence_kind IN ('once', 'daily', 'weekly', 'weekdays')),
    cadence_number  INTEGER NOT NULL DEFAULT 0,
    minutes         INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    position        INTEGER NOT NULL,
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX steps_by_goal ON steps (goal_id, position);

CREATE TABLE wins (
    id          TEXT PRIMARY KEY NOT NULL,
    text        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    logged_at   INTEGER NOT NULL,
    local_date  TEXT NOT NULL,
    goal_id     TEXT REFERENCES goals (id) ON DELETE RESTRICT,
    step_id     TEXT REFERENCES steps (id) ON DELETE RESTRICT,
    source      TEXT NOT NULL,
    -- Set while a deletion can still be undone; such rows are purged later.
    deleted_at  INTEGER,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX wins_by_day ON wins (local_date, logged_at);
CREATE INDEX wins_by_step ON wins (step_id, local_date) WHERE step_id IS NOT NULL;
CREATE INDEX wins_by_goal ON wins (goal_id, local_date) WHERE goal_id IS NOT NULL;
CREATE INDEX wins_deleted ON wins (deleted_at) WHERE deleted_at IS NOT NULL;
