-- The organisation's own keys for exchange files (issue #6): one row, made on first run.
-- The secrets stay in this database; only the public halves leave it, inside signed files.
CREATE TABLE identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key TEXT NOT NULL,
    age_identity TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;
