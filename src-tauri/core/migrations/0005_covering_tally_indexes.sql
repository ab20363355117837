-- The chronicle reads a goal's or a step's tally (days and counts) through
-- these indexes; with `wins` in them it never looks the row up in the table.
-- At 100,000 wins that lookup was most of the year payload's time.

DROP INDEX win_days_by_step;
DROP INDEX win_days_by_goal;
CREATE INDEX win_days_by_step ON win_days (step_id, local_date, wins) WHERE step_id <> '';
CREATE INDEX win_days_by_goal ON win_days (goal_id, local_date, wins) WHERE goal_id <> '';
