-- Habit stacks ("After I <anchor>, I will <action>") and the reminder slots
-- already shown, so a restart never shows a slot twice and "Later" survives.

CREATE TABLE habit_stacks (
    id              TEXT PRIMARY KEY NOT NULL,
    anchor          TEXT NOT NULL,
    action          TEXT NOT NULL,
    -- The step a "Done" logs a win for.
    step_id         TEXT REFERENCES steps (id) ON DELETE SET NULL,
    -- A step that is the anchor itself: logging it offers the action.
    anchor_step_id  TEXT REFERENCES steps (id) ON DELETE SET NULL,
    -- Local times, sorted, comma-separated: '07:30,18:00'.
    times           TEXT NOT NULL,
    -- Monday = bit 0 ... Sunday = bit 6.
    weekdays        INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
    enabled         INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX habit_stacks_by_anchor ON habit_stacks (anchor_step_id) WHERE anchor_step_id IS NOT NULL;

-- One row per slot shown (stack, local day, local time).
CREATE TABLE reminder_slots (
    stack_id       TEXT NOT NULL REFERENCES habit_stacks (id) ON DELETE CASCADE,
    slot_date      TEXT NOT NULL,
    slot_time      TEXT NOT NULL,
    shown_at       INTEGER NOT NULL,
    -- Set by "Later": ask again at this instant.
    snoozed_until  INTEGER,
    PRIMARY KEY (stack_id, slot_date, slot_time)
) STRICT, WITHOUT ROWID;
