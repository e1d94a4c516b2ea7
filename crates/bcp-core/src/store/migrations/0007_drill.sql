-- 訓練・周知 (issue #8): planned drills with their records, the action items their findings call for,
-- and staff briefings. Documents are JSON checked by `bcp_core::drill`; ids are assigned by the store.
CREATE TABLE drill (
    id         TEXT PRIMARY KEY,
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE action_item (
    id         TEXT PRIMARY KEY,
    drill_id   TEXT NOT NULL REFERENCES drill (id),
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE briefing (
    id         TEXT PRIMARY KEY,
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
