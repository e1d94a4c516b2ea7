-- Schema 2: the 機関型BCP and its answers.

-- One row per plan. The skeleton of revisions (改訂) comes with its own migration.
CREATE TABLE plan (
    id            INTEGER PRIMARY KEY,
    guide_version TEXT NOT NULL,          -- the guide the plan was written against
    scope         TEXT NOT NULL CHECK (scope IN ('disaster', 'infection', 'combined')),
    last_step     TEXT,                   -- where the user left off (resume)
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

-- One row per answered field; the value is JSON checked against the field's shape before it is
-- written. Answers to fields a newer guide dropped are kept, never deleted by a guide change.
CREATE TABLE plan_answer (
    plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    step_id    TEXT NOT NULL,
    field_id   TEXT NOT NULL,
    value      TEXT NOT NULL CHECK (json_valid(value)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, step_id, field_id)
) STRICT;
