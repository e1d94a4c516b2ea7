-- 連携型BCP (issue #6): our partner directory and agreements, and the partners' plans imported from
-- exchange files. Every imported file is kept (history); the newest per sender is the current one.
CREATE TABLE partner (
    id         TEXT PRIMARY KEY,
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE agreement (
    id         TEXT PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partner (id),
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE remote_plan (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    sender_card TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    content     TEXT NOT NULL,
    file_sha256 TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX remote_plan_by_sender ON remote_plan (fingerprint, created_at);
