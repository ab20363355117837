-- Measurable steps and "at most" limits (issue 24, parts 2 and 4).
--
-- A step may be measured in a unit of the person's words ("pages", "km"),
-- with a target per day or per week that is either reached ("at least 10
-- pages") or kept under ("at most 2 coffees"), and the amount one click
-- logs. A win may carry an amount. Amounts are integer thousandths, as
-- Loop Habit Tracker keeps them, so sync and sums are exact. A step's
-- versions carry the target from their day on, so "Make it smaller?" can
-- offer a smaller target and the score reads the one in effect each day.
--
-- Every new column may be NULL (not measured), so ADD COLUMN keeps every
-- row. The sync triggers of 0008 (steps, step_versions) and 0007 (wins)
-- are made again with the new columns at the end, and the tally of wins
-- per day, goal and step (0003) also sums the amounts, so the chronicle's
-- week and month sums read the tally, never every win.

ALTER TABLE steps ADD COLUMN unit TEXT CHECK (unit IS NULL OR length(unit) BETWEEN 1 AND 24);
ALTER TABLE steps ADD COLUMN target_milli INTEGER CHECK (target_milli IS NULL OR target_milli >= 0);
ALTER TABLE steps ADD COLUMN target_per TEXT CHECK (target_per IS NULL OR target_per IN ('day', 'week'));
ALTER TABLE steps ADD COLUMN target_bound TEXT CHECK (target_bound IS NULL OR target_bound IN ('at_least', 'at_most'));
ALTER TABLE steps ADD COLUMN usual_milli INTEGER CHECK (usual_milli IS NULL OR usual_milli >= 0);
ALTER TABLE step_versions ADD COLUMN target_milli INTEGER CHECK (target_milli IS NULL OR target_milli >= 0);
ALTER TABLE wins ADD COLUMN amount_milli INTEGER CHECK (amount_milli IS NULL OR amount_milli >= 0);
ALTER TABLE win_days ADD COLUMN amount_milli INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER sync_steps_insert;
DROP TRIGGER sync_steps_update;
DROP TRIGGER sync_step_versions_insert;
DROP TRIGGER sync_step_versions_update;
DROP TRIGGER sync_step_versions_rekey;
DROP TRIGGER sync_wins_insert;
DROP TRIGGER sync_wins_update;

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
    UNION ALL SELECT 'steps', NEW.id, 'updated_at', NEW.updated_at
    UNION ALL SELECT 'steps', NEW.id, 'unit', NEW.unit
    UNION ALL SELECT 'steps', NEW.id, 'target_milli', NEW.target_milli
    UNION ALL SELECT 'steps', NEW.id, 'target_per', NEW.target_per
    UNION ALL SELECT 'steps', NEW.id, 'target_bound', NEW.target_bound
    UNION ALL SELECT 'steps', NEW.id, 'usual_milli', NEW.usual_milli;
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
    UNION ALL SELECT 'steps', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at
    UNION ALL SELECT 'steps', NEW.id, 'unit', NEW.unit WHERE NEW.unit IS NOT OLD.unit
    UNION ALL SELECT 'steps', NEW.id, 'target_milli', NEW.target_milli WHERE NEW.target_milli IS NOT OLD.target_milli
    UNION ALL SELECT 'steps', NEW.id, 'target_per', NEW.target_per WHERE NEW.target_per IS NOT OLD.target_per
    UNION ALL SELECT 'steps', NEW.id, 'target_bound', NEW.target_bound WHERE NEW.target_bound IS NOT OLD.target_bound
    UNION ALL SELECT 'steps', NEW.id, 'usual_milli', NEW.usual_milli WHERE NEW.usual_milli IS NOT OLD.usual_milli;
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
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'created_at', NEW.created_at
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'target_milli', NEW.target_milli;
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
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'created_at', NEW.created_at WHERE NEW.created_at IS NOT OLD.created_at
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'target_milli', NEW.target_milli WHERE NEW.target_milli IS NOT OLD.target_milli;
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
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'created_at', NEW.created_at
    UNION ALL SELECT 'step_versions', NEW.step_id || '|' || NEW.effective_date, 'target_milli', NEW.target_milli;
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
    UNION ALL SELECT 'wins', NEW.id, 'updated_at', NEW.updated_at
    UNION ALL SELECT 'wins', NEW.id, 'amount_milli', NEW.amount_milli;
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
    UNION ALL SELECT 'wins', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at
    UNION ALL SELECT 'wins', NEW.id, 'amount_milli', NEW.amount_milli WHERE NEW.amount_milli IS NOT OLD.amount_milli;
END;

-- The tally sums each win's amount beside counting it.
DROP TRIGGER win_days_insert;
DROP TRIGGER win_days_delete;
DROP TRIGGER win_days_update;

CREATE TRIGGER win_days_insert AFTER INSERT ON wins WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO win_days (local_date, goal_id, step_id, wins, amount_milli)
    VALUES (NEW.local_date, COALESCE(NEW.goal_id, ''), COALESCE(NEW.step_id, ''), 1, COALESCE(NEW.amount_milli, 0))
    ON CONFLICT (local_date, goal_id, step_id) DO UPDATE
    SET wins = wins + 1, amount_milli = amount_milli + excluded.amount_milli;
    INSERT INTO win_day_totals (local_date, wins) VALUES (NEW.local_date, 1)
    ON CONFLICT (local_date) DO UPDATE SET wins = wins + 1;
END;

CREATE TRIGGER win_days_delete AFTER DELETE ON wins WHEN OLD.deleted_at IS NULL
BEGIN
    UPDATE win_days SET wins = wins - 1, amount_milli = amount_milli - COALESCE(OLD.amount_milli, 0)
    WHERE local_date = OLD.local_date AND goal_id = COALESCE(OLD.goal_id, '')
      AND step_id = COALESCE(OLD.step_id, '');
    DELETE FROM win_days
    WHERE local_date = OLD.local_date AND goal_id = COALESCE(OLD.goal_id, '')
      AND step_id = COALESCE(OLD.step_id, '') AND wins <= 0;
    UPDATE win_day_totals SET wins = wins - 1 WHERE local_date = OLD.local_date;
    DELETE FROM win_day_totals WHERE local_date = OLD.local_date AND wins <= 0;
END;

CREATE TRIGGER win_days_update AFTER UPDATE OF local_date, goal_id, step_id, deleted_at, amount_milli ON wins
BEGIN
    UPDATE win_days SET wins = wins - 1, amount_milli = amount_milli - COALESCE(OLD.amount_milli, 0)
    WHERE OLD.deleted_at IS NULL AND local_date = OLD.local_date
      AND goal_id = COALESCE(OLD.goal_id, '') AND step_id = COALESCE(OLD.step_id, '');
    DELETE FROM win_days
    WHERE local_date = OLD.local_date AND goal_id = COALESCE(OLD.goal_id, '')
      AND step_id = COALESCE(OLD.step_id, '') AND wins <= 0;
    UPDATE win_day_totals SET wins = wins - 1
    WHERE OLD.deleted_at IS NULL AND local_date = OLD.local_date;
    DELETE FROM win_day_totals WHERE local_date = OLD.local_date AND wins <= 0;
    INSERT INTO win_days (local_date, goal_id, step_id, wins, amount_milli)
    SELECT NEW.local_date, COALESCE(NEW.goal_id, ''), COALESCE(NEW.step_id, ''), 1, COALESCE(NEW.amount_milli, 0)
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (local_date, goal_id, step_id) DO UPDATE
    SET wins = wins + 1, amount_milli = amount_milli + excluded.amount_milli;
    INSERT INTO win_day_totals (local_date, wins)
    SELECT NEW.local_date, 1
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (local_date) DO UPDATE SET wins = wins + 1;
END;

-- A step's sums read through its index without touching the table.
DROP INDEX win_days_by_step;
CREATE INDEX win_days_by_step ON win_days (step_id, local_date, wins, amount_milli) WHERE step_id <> '';
