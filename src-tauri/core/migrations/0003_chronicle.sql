-- The chronicle: rest days, milestones already celebrated, and a tally of
-- live wins per day, goal and step (and per day alone) that triggers keep in
-- step with `wins`,
-- so the year views read a few thousand small rows instead of every win.

CREATE TABLE rest_days (
    id          TEXT PRIMARY KEY NOT NULL,
    local_date  TEXT NOT NULL,
    -- NULL: a rest day for every step.
    step_id     TEXT REFERENCES steps (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL CHECK (reason IN ('sick', 'travel', 'rest', 'other')),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX rest_days_once ON rest_days (local_date, COALESCE(step_id, ''));

CREATE TABLE milestones_celebrated (
    key         TEXT PRIMARY KEY NOT NULL,
    at          INTEGER NOT NULL
) STRICT;

-- Live wins per (day, goal, step); '' stands for "none".
CREATE TABLE win_days (
    local_date  TEXT NOT NULL,
    goal_id     TEXT NOT NULL,
    step_id     TEXT NOT NULL,
    wins        INTEGER NOT NULL,
    PRIMARY KEY (local_date, goal_id, step_id)
) STRICT, WITHOUT ROWID;

-- Live wins per day, all together: a year's grid, the total and the runs
-- over every day read one row per day.
CREATE TABLE win_day_totals (
    local_date  TEXT PRIMARY KEY NOT NULL,
    wins        INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX win_days_by_step ON win_days (step_id, local_date) WHERE step_id <> '';
CREATE INDEX win_days_by_goal ON win_days (goal_id, local_date) WHERE goal_id <> '';

INSERT INTO win_days (local_date, goal_id, step_id, wins)
SELECT local_date, COALESCE(goal_id, ''), COALESCE(step_id, ''), COUNT(*)
FROM wins WHERE deleted_at IS NULL
GROUP BY local_date, COALESCE(goal_id, ''), COALESCE(step_id, '');

INSERT INTO win_day_totals (local_date, wins)
SELECT local_date, COUNT(*) FROM wins WHERE deleted_at IS NULL GROUP BY local_date;

CREATE TRIGGER win_days_insert AFTER INSERT ON wins WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO win_days (local_date, goal_id, step_id, wins)
    VALUES (NEW.local_date, COALESCE(NEW.goal_id, ''), COALESCE(NEW.step_id, ''), 1)
    ON CONFLICT (local_date, goal_id, step_id) DO UPDATE SET wins = wins + 1;
    INSERT INTO win_day_totals (local_date, wins) VALUES (NEW.local_date, 1)
    ON CONFLICT (local_date) DO UPDATE SET wins = wins + 1;
END;

CREATE TRIGGER win_days_delete AFTER DELETE ON wins WHEN OLD.deleted_at IS NULL
BEGIN
    UPDATE win_days SET wins = wins - 1
    WHERE local_date = OLD.local_date AND goal_id = COALESCE(OLD.goal_id, '')
      AND step_id = COALESCE(OLD.step_id, '');
    DELETE FROM win_days
    WHERE local_date = OLD.local_date AND goal_id = COALESCE(OLD.goal_id, '')
      AND step_id = COALESCE(OLD.step_id, '') AND wins <= 0;
    UPDATE win_day_totals SET wins = wins - 1 WHERE local_date = OLD.local_date;
    DELETE FROM win_day_totals WHERE local_date = OLD.local_date AND wins <= 0;
END;

CREATE TRIGGER win_days_update AFTER UPDATE OF local_date, goal_id, step_id, deleted_at ON wins
BEGIN
    UPDATE win_days SET wins = wins - 1
    WHERE OLD.deleted_at IS NULL AND local_date = OLD.local_date
      AND goal_id = COALESCE(OLD.goal_id, '') AND step_id = COALESCE(OLD.step_id, '');
    DELETE FROM win_days
    WHERE local_date = OLD.local_date AND goal_id = COALESCE(OLD.goal_id, '')
      AND step_id = COALESCE(OLD.step_id, '') AND wins <= 0;
    UPDATE win_day_totals SET wins = wins - 1
    WHERE OLD.deleted_at IS NULL AND local_date = OLD.local_date;
    DELETE FROM win_day_totals WHERE local_date = OLD.local_date AND wins <= 0;
    INSERT INTO win_days (local_date, goal_id, step_id, wins)
    SELECT NEW.local_date, COALESCE(NEW.goal_id, ''), COALESCE(NEW.step_id, ''), 1
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (local_date, goal_id, step_id) DO UPDATE SET wins = wins + 1;
    INSERT INTO win_day_totals (local_date, wins)
    SELECT NEW.local_date, 1
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (local_date) DO UPDATE SET wins = wins + 1;
END;
