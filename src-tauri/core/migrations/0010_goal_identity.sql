-- Who a person is becoming (issue 25, part 1): a goal may name an
-- identity in the person's words ("someone who writes"); every win under
-- the goal is a vote for it. NULL (or blank) is none, so ADD COLUMN keeps
-- every row, and a goal from a Cairn before this one is placed without it
-- when it arrives by sync.
--
-- The goals' sync triggers (0007) are made again with the new column.

ALTER TABLE goals ADD COLUMN identity TEXT CHECK (identity IS NULL OR length(identity) <= 80);

DROP TRIGGER sync_goals_insert;
DROP TRIGGER sync_goals_update;

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
    UNION ALL SELECT 'goals', NEW.id, 'updated_at', NEW.updated_at
    UNION ALL SELECT 'goals', NEW.id, 'identity', NEW.identity;
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
    UNION ALL SELECT 'goals', NEW.id, 'updated_at', NEW.updated_at WHERE NEW.updated_at IS NOT OLD.updated_at
    UNION ALL SELECT 'goals', NEW.id, 'identity', NEW.identity WHERE NEW.identity IS NOT OLD.identity;
END;
