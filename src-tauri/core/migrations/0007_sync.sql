-- Sync through a folder (docs/sync.md). Every change made on this computer to
-- what belongs to the person is recorded by the triggers below, in the same
-- transaction as the change, into `sync_outbox`; the store stamps each with a
-- hybrid logical clock before the transaction commits. `sync_fields` holds
-- the merged state: per row and field the winning value and its clock (field
-- '' is a row's tombstone). Local-only: the win tally, reminder slots, the
-- step offers set aside, and the computer's own settings (shortcut, ...).

-- 0: sync off, nothing recorded; 1: recording; 2: applying another
-- computer's changes (recorded nowhere: they are someone else's).
CREATE TABLE sync_mode (
    mode  INTEGER NOT NULL CHECK (mode IN (0, 1, 2))
) STRICT;
INSERT INTO sync_mode (mode) VALUES (0);

-- Changes made here, oldest first; `hlc` is set before the write commits,
-- the row leaves once a change file holding it is in the folder.
CREATE TABLE sync_outbox (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    entity  TEXT NOT NULL,
    key     TEXT NOT NULL,
    -- '' for a deletion (tombstone).
    field   TEXT NOT NULL,
    value   ANY,
    hlc     TEXT
) STRICT;
CREATE INDEX sync_outbox_unstamped ON sync_outbox (seq) WHERE hlc IS NULL;

-- The merged state: the newest value of each field by its clock.
CREATE TABLE sync_fields (
    entity  TEXT NOT NULL,
    key     TEXT NOT NULL,
    field   TEXT NOT NULL,
    value   ANY,
    hlc     TEXT NOT NULL,
    PRIMARY KEY (entity, key, field)
) STRICT, WITHOUT ROWID;

-- Rows whose merged state cannot be written yet (a goal they refer to has
-- not arrived): tried again after every merge.
CREATE TABLE sync_unplaced (
    entity  TEXT NOT NULL,
    key     TEXT NOT NULL,
    PRIMARY KEY (entity, key)
) STRICT, WITHOUT ROWID;

-- This computer's sync settings and clock: folder, device id and name,
-- incarnation, the last clock value, the last notes.
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) STRICT;

-- The other computers seen in the folder.
CREATE TABLE sync_peers (
    device       TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    last_change  TEXT,
    first_seen   INTEGER NOT NULL
) STRICT;

-- Files already applied (by device, name and size): read once.
CREATE TABLE sync_files (
    device  TEXT NOT NULL,
    name    TEXT NOT NULL,
    size    INTEGER NOT NULL,
    PRIMARY KEY (device, name)
) STRICT, WITHOUT ROWID;

-- Files this computer wrote to its own folder: any other file there was
-- written by a copy of this database (a cloned disk, a restored backup).
CREATE TABLE sync_written (
    name  TEXT PRIMARY KEY NOT NULL
) STRICT;

CREATE TRIGGER sync_goals_insert AFTER INSERT ON goals
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'goals', NEW.id, 'id', NEW.id
    UNION ALL SELECT 'goals', NEW.id, 'title', NEW.title
    UNION ALL SELECT 'goals', NEW.id, 'why', NEW.why
    UNION ALL SELECT 'goals', NEW.id, 'success', NEW.success
    UNION ALL SELECT 'goals', NEW.id, 'status', NEW.status
    UNION ALL SELECT 'goals', NEW.id, 'colour', NEW.colour
    UNION ALL SELECT 'goals', NEW.id, 'position', NEW.position
    UNION ALL SELECT 'goals', NEW.id, 'created_at', NEW.created_at
    UNION ALL SELECT 'goals', NEW.id, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_goals_update AFTER UPDATE ON goals
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.id = OLD.id
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'goals', NEW.id, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'goals', NEW.id, 'title', NEW.title WHERE NEW.title IS NOT OLD.title
    UNION ALL SELECT 'goals', NEW.id, 'why', NEW.why WHERE NEW.why IS NOT OLD.why
    UNION ALL SELECT 'goals', NEW.id, 'success', NEW.success WHERE NEW.success IS NOT OLD.success
    UNION ALL SELECT 'goals', NEW.id, 'status', NEW.status WHERE NEW.status IS NOT OLD.status
    UNION ALL SELECT 'goals', NEW.id, 'colour', NEW.colour WHERE NEW.colour IS NOT OLD.colour
    UNION ALL SELECT 'goals', NEW.id, 'position', NEW.position WHERE NEW.position IS NOT OLD.position
    UNION ALL SELECT 'goals', NEW.id, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at
    UNION ALL SELECT 'goals', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at;
END;

CREATE TRIGGER sync_goals_delete AFTER DELETE ON goals
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('goals', OLD.id, '', NULL);
END;

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

CREATE TRIGGER sync_wins_insert AFTER INSERT ON wins
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'wins', NEW.id, 'id', NEW.id
    UNION ALL SELECT 'wins', NEW.id, 'text', NEW.text
    UNION ALL SELECT 'wins', NEW.id, 'note', NEW.note
    UNION ALL SELECT 'wins', NEW.id, 'logged_at', NEW.logged_at
    UNION ALL SELECT 'wins', NEW.id, 'local_date', NEW.local_date
    UNION ALL SELECT 'wins', NEW.id, 'goal_id', NEW.goal_id
    UNION ALL SELECT 'wins', NEW.id, 'step_id', NEW.step_id
    UNION ALL SELECT 'wins', NEW.id, 'source', NEW.source
    UNION ALL SELECT 'wins', NEW.id, 'deleted_at', NEW.deleted_at
    UNION ALL SELECT 'wins', NEW.id, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_wins_update AFTER UPDATE ON wins
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.id = OLD.id
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'wins', NEW.id, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'wins', NEW.id, 'text', NEW.text WHERE NEW.text IS NOT OLD.text
    UNION ALL SELECT 'wins', NEW.id, 'note', NEW.note WHERE NEW.note IS NOT OLD.note
    UNION ALL SELECT 'wins', NEW.id, 'logged_at', NEW.logged_at WHERE NEW.logged_at IS NOT OLD.logged_at
    UNION ALL SELECT 'wins', NEW.id, 'local_date', NEW.local_date WHERE NEW.local_date IS NOT OLD.local_date
    UNION ALL SELECT 'wins', NEW.id, 'goal_id', NEW.goal_id WHERE NEW.goal_id IS NOT OLD.goal_id
    UNION ALL SELECT 'wins', NEW.id, 'step_id', NEW.step_id WHERE NEW.step_id IS NOT OLD.step_id
    UNION ALL SELECT 'wins', NEW.id, 'source', NEW.source WHERE NEW.source IS NOT OLD.source
    UNION ALL SELECT 'wins', NEW.id, 'deleted_at', NEW.deleted_at WHERE NEW.deleted_at IS NOT OLD.deleted_at
    UNION ALL SELECT 'wins', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at;
END;

CREATE TRIGGER sync_rest_days_insert AFTER INSERT ON rest_days
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'id', NEW.id
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'local_date', NEW.local_date
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'step_id', NEW.step_id
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'reason', NEW.reason
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'created_at', NEW.created_at;
END;

CREATE TRIGGER sync_rest_days_update AFTER UPDATE ON rest_days
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.local_date || '|' || COALESCE(NEW.step_id, '') = OLD.local_date || '|' || COALESCE(OLD.step_id, '')
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'local_date', NEW.local_date WHERE NEW.local_date IS NOT OLD.local_date
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'step_id', NEW.step_id WHERE NEW.step_id IS NOT OLD.step_id
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'reason', NEW.reason WHERE NEW.reason IS NOT OLD.reason
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at;
END;

-- A changed key: the old row goes, the new one is put whole.
CREATE TRIGGER sync_rest_days_rekey AFTER UPDATE ON rest_days
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.local_date || '|' || COALESCE(NEW.step_id, '') <> OLD.local_date || '|' || COALESCE(OLD.step_id, '')
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('rest_days', OLD.local_date || '|' || COALESCE(OLD.step_id, ''), '', NULL);
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'id', NEW.id
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'local_date', NEW.local_date
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'step_id', NEW.step_id
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'reason', NEW.reason
    UNION ALL SELECT 'rest_days', NEW.local_date || '|' || COALESCE(NEW.step_id, ''), 'created_at', NEW.created_at;
END;

CREATE TRIGGER sync_rest_days_delete AFTER DELETE ON rest_days
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('rest_days', OLD.local_date || '|' || COALESCE(OLD.step_id, ''), '', NULL);
END;

CREATE TRIGGER sync_milestones_celebrated_insert AFTER INSERT ON milestones_celebrated
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'milestones_celebrated', NEW.key, 'key', NEW.key
    UNION ALL SELECT 'milestones_celebrated', NEW.key, 'at', NEW.at;
END;

CREATE TRIGGER sync_milestones_celebrated_update AFTER UPDATE ON milestones_celebrated
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.key = OLD.key
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'milestones_celebrated', NEW.key, 'key', NEW.key WHERE NEW.key IS NOT OLD.key
    UNION ALL SELECT 'milestones_celebrated', NEW.key, 'at', NEW.at WHERE NEW.at IS NOT OLD.at;
END;

-- A changed key: the old row goes, the new one is put whole.
CREATE TRIGGER sync_milestones_celebrated_rekey AFTER UPDATE ON milestones_celebrated
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.key <> OLD.key
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('milestones_celebrated', OLD.key, '', NULL);
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'milestones_celebrated', NEW.key, 'key', NEW.key
    UNION ALL SELECT 'milestones_celebrated', NEW.key, 'at', NEW.at;
END;

CREATE TRIGGER sync_milestones_celebrated_delete AFTER DELETE ON milestones_celebrated
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('milestones_celebrated', OLD.key, '', NULL);
END;

CREATE TRIGGER sync_habit_stacks_insert AFTER INSERT ON habit_stacks
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'habit_stacks', NEW.id, 'id', NEW.id
    UNION ALL SELECT 'habit_stacks', NEW.id, 'anchor', NEW.anchor
    UNION ALL SELECT 'habit_stacks', NEW.id, 'action', NEW.action
    UNION ALL SELECT 'habit_stacks', NEW.id, 'step_id', NEW.step_id
    UNION ALL SELECT 'habit_stacks', NEW.id, 'anchor_step_id', NEW.anchor_step_id
    UNION ALL SELECT 'habit_stacks', NEW.id, 'times', NEW.times
    UNION ALL SELECT 'habit_stacks', NEW.id, 'weekdays', NEW.weekdays
    UNION ALL SELECT 'habit_stacks', NEW.id, 'enabled', NEW.enabled
    UNION ALL SELECT 'habit_stacks', NEW.id, 'created_at', NEW.created_at
    UNION ALL SELECT 'habit_stacks', NEW.id, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_habit_stacks_update AFTER UPDATE ON habit_stacks
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.id = OLD.id
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'habit_stacks', NEW.id, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'habit_stacks', NEW.id, 'anchor', NEW.anchor WHERE NEW.anchor IS NOT OLD.anchor
    UNION ALL SELECT 'habit_stacks', NEW.id, 'action', NEW.action WHERE NEW.action IS NOT OLD.action
    UNION ALL SELECT 'habit_stacks', NEW.id, 'step_id', NEW.step_id WHERE NEW.step_id IS NOT OLD.step_id
    UNION ALL SELECT 'habit_stacks', NEW.id, 'anchor_step_id', NEW.anchor_step_id WHERE NEW.anchor_step_id IS NOT OLD.anchor_step_id
    UNION ALL SELECT 'habit_stacks', NEW.id, 'times', NEW.times WHERE NEW.times IS NOT OLD.times
    UNION ALL SELECT 'habit_stacks', NEW.id, 'weekdays', NEW.weekdays WHERE NEW.weekdays IS NOT OLD.weekdays
    UNION ALL SELECT 'habit_stacks', NEW.id, 'enabled', NEW.enabled WHERE NEW.enabled IS NOT OLD.enabled
    UNION ALL SELECT 'habit_stacks', NEW.id, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at
    UNION ALL SELECT 'habit_stacks', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at;
END;

CREATE TRIGGER sync_habit_stacks_delete AFTER DELETE ON habit_stacks
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('habit_stacks', OLD.id, '', NULL);
END;

CREATE TRIGGER sync_reflections_insert AFTER INSERT ON reflections
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'reflections', NEW.week_start, 'id', NEW.id
    UNION ALL SELECT 'reflections', NEW.week_start, 'week_start', NEW.week_start
    UNION ALL SELECT 'reflections', NEW.week_start, 'went_well', NEW.went_well
    UNION ALL SELECT 'reflections', NEW.week_start, 'learned', NEW.learned
    UNION ALL SELECT 'reflections', NEW.week_start, 'adjust', NEW.adjust
    UNION ALL SELECT 'reflections', NEW.week_start, 'created_at', NEW.created_at
    UNION ALL SELECT 'reflections', NEW.week_start, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_reflections_update AFTER UPDATE ON reflections
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.week_start = OLD.week_start
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'reflections', NEW.week_start, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'reflections', NEW.week_start, 'week_start', NEW.week_start WHERE NEW.week_start IS NOT OLD.week_start
    UNION ALL SELECT 'reflections', NEW.week_start, 'went_well', NEW.went_well WHERE NEW.went_well IS NOT OLD.went_well
    UNION ALL SELECT 'reflections', NEW.week_start, 'learned', NEW.learned WHERE NEW.learned IS NOT OLD.learned
    UNION ALL SELECT 'reflections', NEW.week_start, 'adjust', NEW.adjust WHERE NEW.adjust IS NOT OLD.adjust
    UNION ALL SELECT 'reflections', NEW.week_start, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at
    UNION ALL SELECT 'reflections', NEW.week_start, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at;
END;

-- A changed key: the old row goes, the new one is put whole.
CREATE TRIGGER sync_reflections_rekey AFTER UPDATE ON reflections
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.week_start <> OLD.week_start
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('reflections', OLD.week_start, '', NULL);
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'reflections', NEW.week_start, 'id', NEW.id
    UNION ALL SELECT 'reflections', NEW.week_start, 'week_start', NEW.week_start
    UNION ALL SELECT 'reflections', NEW.week_start, 'went_well', NEW.went_well
    UNION ALL SELECT 'reflections', NEW.week_start, 'learned', NEW.learned
    UNION ALL SELECT 'reflections', NEW.week_start, 'adjust', NEW.adjust
    UNION ALL SELECT 'reflections', NEW.week_start, 'created_at', NEW.created_at
    UNION ALL SELECT 'reflections', NEW.week_start, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_reflections_delete AFTER DELETE ON reflections
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('reflections', OLD.week_start, '', NULL);
END;

CREATE TRIGGER sync_one_things_insert AFTER INSERT ON one_things
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'one_things', NEW.local_date, 'id', NEW.id
    UNION ALL SELECT 'one_things', NEW.local_date, 'local_date', NEW.local_date
    UNION ALL SELECT 'one_things', NEW.local_date, 'step_id', NEW.step_id
    UNION ALL SELECT 'one_things', NEW.local_date, 'text', NEW.text
    UNION ALL SELECT 'one_things', NEW.local_date, 'win_id', NEW.win_id
    UNION ALL SELECT 'one_things', NEW.local_date, 'created_at', NEW.created_at
    UNION ALL SELECT 'one_things', NEW.local_date, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_one_things_update AFTER UPDATE ON one_things
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.local_date = OLD.local_date
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'one_things', NEW.local_date, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'one_things', NEW.local_date, 'local_date', NEW.local_date WHERE NEW.local_date IS NOT OLD.local_date
    UNION ALL SELECT 'one_things', NEW.local_date, 'step_id', NEW.step_id WHERE NEW.step_id IS NOT OLD.step_id
    UNION ALL SELECT 'one_things', NEW.local_date, 'text', NEW.text WHERE NEW.text IS NOT OLD.text
    UNION ALL SELECT 'one_things', NEW.local_date, 'win_id', NEW.win_id WHERE NEW.win_id IS NOT OLD.win_id
    UNION ALL SELECT 'one_things', NEW.local_date, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at
    UNION ALL SELECT 'one_things', NEW.local_date, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at;
END;

-- A changed key: the old row goes, the new one is put whole.
CREATE TRIGGER sync_one_things_rekey AFTER UPDATE ON one_things
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.local_date <> OLD.local_date
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('one_things', OLD.local_date, '', NULL);
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'one_things', NEW.local_date, 'id', NEW.id
    UNION ALL SELECT 'one_things', NEW.local_date, 'local_date', NEW.local_date
    UNION ALL SELECT 'one_things', NEW.local_date, 'step_id', NEW.step_id
    UNION ALL SELECT 'one_things', NEW.local_date, 'text', NEW.text
    UNION ALL SELECT 'one_things', NEW.local_date, 'win_id', NEW.win_id
    UNION ALL SELECT 'one_things', NEW.local_date, 'created_at', NEW.created_at
    UNION ALL SELECT 'one_things', NEW.local_date, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_one_things_delete AFTER DELETE ON one_things
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('one_things', OLD.local_date, '', NULL);
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

CREATE TRIGGER sync_rewards_insert AFTER INSERT ON rewards
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'rewards', NEW.id, 'id', NEW.id
    UNION ALL SELECT 'rewards', NEW.id, 'text', NEW.text
    UNION ALL SELECT 'rewards', NEW.id, 'moment', NEW.moment
    UNION ALL SELECT 'rewards', NEW.id, 'goal_id', NEW.goal_id
    UNION ALL SELECT 'rewards', NEW.id, 'count', NEW.count
    UNION ALL SELECT 'rewards', NEW.id, 'earned_at', NEW.earned_at
    UNION ALL SELECT 'rewards', NEW.id, 'enjoyed_at', NEW.enjoyed_at
    UNION ALL SELECT 'rewards', NEW.id, 'created_at', NEW.created_at
    UNION ALL SELECT 'rewards', NEW.id, 'updated_at', NEW.updated_at;
END;

CREATE TRIGGER sync_rewards_update AFTER UPDATE ON rewards
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.id = OLD.id
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'rewards', NEW.id, 'id', NEW.id WHERE NEW.id IS NOT OLD.id
    UNION ALL SELECT 'rewards', NEW.id, 'text', NEW.text WHERE NEW.text IS NOT OLD.text
    UNION ALL SELECT 'rewards', NEW.id, 'moment', NEW.moment WHERE NEW.moment IS NOT OLD.moment
    UNION ALL SELECT 'rewards', NEW.id, 'goal_id', NEW.goal_id WHERE NEW.goal_id IS NOT OLD.goal_id
    UNION ALL SELECT 'rewards', NEW.id, 'count', NEW.count WHERE NEW.count IS NOT OLD.count
    UNION ALL SELECT 'rewards', NEW.id, 'earned_at', NEW.earned_at WHERE NEW.earned_at IS NOT OLD.earned_at
    UNION ALL SELECT 'rewards', NEW.id, 'enjoyed_at', NEW.enjoyed_at WHERE NEW.enjoyed_at IS NOT OLD.enjoyed_at
    UNION ALL SELECT 'rewards', NEW.id, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at
    UNION ALL SELECT 'rewards', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at;
END;

CREATE TRIGGER sync_rewards_delete AFTER DELETE ON rewards
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('rewards', OLD.id, '', NULL);
END;

CREATE TRIGGER sync_settings_insert AFTER INSERT ON settings
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.key IN ('quiet_hours', 'snooze_minutes', 'week_start', 'review_nudge', 'focus.carry_over_set_aside')
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'settings', NEW.key, 'key', NEW.key
    UNION ALL SELECT 'settings', NEW.key, 'value', NEW.value;
END;

CREATE TRIGGER sync_settings_update AFTER UPDATE ON settings
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.key IN ('quiet_hours', 'snooze_minutes', 'week_start', 'review_nudge', 'focus.carry_over_set_aside') AND NEW.key = OLD.key
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'settings', NEW.key, 'key', NEW.key WHERE NEW.key IS NOT OLD.key
    UNION ALL SELECT 'settings', NEW.key, 'value', NEW.value WHERE NEW.value IS NOT OLD.value;
END;

-- A changed key: the old row goes, the new one is put whole.
CREATE TRIGGER sync_settings_rekey AFTER UPDATE ON settings
WHEN (SELECT mode FROM sync_mode) = 1 AND NEW.key IN ('quiet_hours', 'snooze_minutes', 'week_start', 'review_nudge', 'focus.carry_over_set_aside') AND NEW.key <> OLD.key
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('settings', OLD.key, '', NULL);
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'settings', NEW.key, 'key', NEW.key
    UNION ALL SELECT 'settings', NEW.key, 'value', NEW.value;
END;

CREATE TRIGGER sync_settings_delete AFTER DELETE ON settings
WHEN (SELECT mode FROM sync_mode) = 1 AND OLD.key IN ('quiet_hours', 'snooze_minutes', 'week_start', 'review_nudge', 'focus.carry_over_set_aside')
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value) VALUES ('settings', OLD.key, '', NULL);
END;

CREATE TRIGGER sync_focus_actions_insert AFTER INSERT ON focus_actions
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'reflections', r.week_start, 'focus',
           (SELECT json_group_array(json_array(f.id, f.position, f.text, f.became, f.step_id))
            FROM (SELECT * FROM focus_actions WHERE reflection_id = r.id ORDER BY position) f)
    FROM reflections r WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER sync_focus_actions_update AFTER UPDATE ON focus_actions
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'reflections', r.week_start, 'focus',
           (SELECT json_group_array(json_array(f.id, f.position, f.text, f.became, f.step_id))
            FROM (SELECT * FROM focus_actions WHERE reflection_id = r.id ORDER BY position) f)
    FROM reflections r WHERE r.id = NEW.reflection_id;
END;

CREATE TRIGGER sync_focus_actions_delete AFTER DELETE ON focus_actions
WHEN (SELECT mode FROM sync_mode) = 1
BEGIN
    INSERT INTO sync_outbox (entity, key, field, value)
    SELECT 'reflections', r.week_start, 'focus',
           (SELECT json_group_array(json_array(f.id, f.position, f.text, f.became, f.step_id))
            FROM (SELECT * FROM focus_actions WHERE reflection_id = r.id ORDER BY position) f)
    FROM reflections r WHERE r.id = OLD.reflection_id;
END;

