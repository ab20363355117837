-- Steps every N days, N times a month and on a day of the month (issue 24).
-- SQLite cannot change a CHECK in place, so `steps` and `step_versions` are
-- made again with the new kinds: each new table is filled from the old one
-- (same columns, same order), the old one dropped and the new one renamed,
-- then its index and the sync triggers of 0007 are made again, word for
-- word. Foreign keys are off while migrations run (`migrations::apply`) and
-- checked after this one; legacy_alter_table keeps the rename from
-- rewriting, or refusing over, the triggers of other tables that name
-- `steps`.
PRAGMA legacy_alter_table = ON;

CREATE TABLE steps_0008 (
    id              TEXT PRIMARY KEY NOT NULL,
    goal_id         TEXT REFERENCES goals (id) ON DELETE RESTRICT,
    title           TEXT NOT NULL,
    cadence_kind    TEXT NOT NULL CHECK (cadence_kind IN ('once', 'daily', 'weekly', 'weekdays', 'every_n_days', 'monthly', 'month_day')),
    cadence_number  INTEGER NOT NULL DEFAULT 0,
    minutes         INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    position        INTEGER NOT NULL,
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
INSERT INTO steps_0008 SELECT * FROM steps;
DROP TABLE steps;
ALTER TABLE steps_0008 RENAME TO steps;
CREATE INDEX steps_by_goal ON steps (goal_id, position);

CREATE TABLE step_versions_0008 (
    id              TEXT PRIMARY KEY NOT NULL,
    step_id         TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
    effective_date  TEXT NOT NULL,
    title           TEXT NOT NULL,
    cadence_kind    TEXT NOT NULL CHECK (cadence_kind IN ('once', 'daily', 'weekly', 'weekdays', 'every_n_days', 'monthly', 'month_day')),
    cadence_number  INTEGER NOT NULL DEFAULT 0,
    minutes         INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    -- Why it changed: the first version, an offer taken, or an edit.
    reason          TEXT NOT NULL CHECK (reason IN ('start', 'smaller', 'bigger', 'edit')),
    created_at      INTEGER NOT NULL,
    UNIQUE (step_id, effective_date)
) STRICT;
INSERT INTO step_versions_0008 SELECT * FROM step_versions;
DROP TABLE step_versions;
ALTER TABLE step_versions_0008 RENAME TO step_versions;

CREATE TRIGGER sync_steps_insert AFTER INSERT ON steps
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'steps', NEW.id, 'id', NEW.id
    UNION ALL SELECT 'steps', NEW.id, 'goal_id', NEW.goal_id
    UNION ALL SELECT 'steps', NEW.id, 'title', NEW.title
    UNION ALL SELECT 'steps', NEW.id, 'cadence_kind', NEW.cadence_kind
    UNION ALL SELECT 'steps', NEW.id, 'cadence_number', NEW.cadence_number
    UNION ALL SELECT 'steps', NEW.id, 'minutes', NEW.minutes
    UNION ALL SELECT 'steps', NEW.id, 'position', NEW.position
    UNION ALL SELECT 'steps', NEW.id, 'archived', NEW.archived
    UNION ALL SELECT 'steps', NEW.id, 'created_at', NEW.created_at
    UNION ALL SELECT 'steps', NEW.id, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_steps_update AFTER UPDATE ON steps
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.id = OLD.id
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'steps', NEW.id, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'steps', NEW.id, 'goal_id', NEW.goal_id WHERE NEW.goal_id IS NOT OLD.goal_id
    UNION ALL SELECT 'steps', NEW.id, 'title', NEW.title WHERE NEW.title IS NOT OLD.title
    UNION ALL SELECT 'steps', NEW.id, 'cadence_kind', NEW.cadence_kind WHERE NEW.cadence_kind IS NOT OLD.cadence_kind
    UNION ALL SELECT 'steps', NEW.id, 'cadence_number', NEW.cadence_number WHERE NEW.cadence_number IS NOT OLD.cadence_number
    UNION ALL SELECT 'steps', NEW.id, 'minutes', NEW.minutes WHERE NEW.minutes IS NOT OLD.minutes
    UNION ALL SELECT 'steps', NEW.id, 'position', NEW.position WHERE NEW.position IS NOT OLD.position
    UNION ALL SELECT 'steps', NEW.id, 'archived', NEW.archived WHERE NEW.archived IS NOT OLD.archived
    UNION ALL SELECT 'steps', NEW.id, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at
    UNION ALL SELECT 'steps', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at;
END;

CREATE TRIGGER sync_steps_delete AFTER DELETE ON steps
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('steps', OLD.id, '', NULL);
END;

CREATE TRIGGER sync_step_versions_insert AFTER INSERT ON step_versions
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'id', NEW.id
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'step_id', NEW.step_id
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'effective_date', NEW.effective_date
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'title', NEW.title
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'cadence_kind', NEW.cadence_kind
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'cadence_number', NEW.cadence_number
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'minutes', NEW.minutes
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'reason', NEW.reason
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'created_at', NEW.created_at;
END;

CREATE TRIGGER sync_step_versions_update AFTER UPDATE ON step_versions
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.step_id || '|' || NEW.effective_date = OLD.step_id || '|' || OLD.effective_date
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'step_id', NEW.step_id WHERE NEW.step_id IS NOT OLD.step_id
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'effective_date', NEW.effective_date WHERE NEW.effective_date IS NOT OLD.effective_date
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'title', NEW.title WHERE NEW.title IS NOT OLD.title
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'cadence_kind', NEW.cadence_kind WHERE NEW.cadence_kind IS NOT OLD.cadence_kind
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'cadence_number', NEW.cadence_number WHERE NEW.cadence_number IS NOT OLD.cadence_number
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'minutes', NEW.minutes WHERE NEW.minutes IS NOT OLD.minutes
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'reason', NEW.reason WHERE NEW.reason IS NOT OLD.reason
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at;
END;

-- A changed key: the old row goes, the new one is put whole.
CREATE TRIGGER sync_step_versions_rekey AFTER UPDATE ON step_versions
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.step_id || '|' || NEW.effective_date <> OLD.step_id || '|' || OLD.effective_date
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('step_versions', OLD.step_id || '|' || OLD.effective_date, '', NULL);
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'id', NEW.id
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'step_id', NEW.step_id
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'effective_date', NEW.effective_date
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'title', NEW.title
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'cadence_kind', NEW.cadence_kind
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'cadence_number', NEW.cadence_number
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'minutes', NEW.minutes
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'reason', NEW.reason
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'created_at', NEW.created_at;
END;

CREATE TRIGGER sync_step_versions_delete AFTER DELETE ON step_versions
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('step_versions', OLD.step_id || '|' || OLD.effective_date, '', NULL);
END;

PRAGMA legacy_alter_table = OFF;
