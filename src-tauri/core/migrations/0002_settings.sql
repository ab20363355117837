-- Preferences that belong with the data: the quick-log shortcut, when
-- reminders are paused. One row per key; values are text.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) STRICT;
