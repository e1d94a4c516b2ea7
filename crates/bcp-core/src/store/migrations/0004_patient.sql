-- Schema 4: the register of electricity-dependent patients, outages and safety checks, and the audit log.
-- A patient record is one JSON document (patient::record::PatientRecord), checked before it is written;
-- fields added later read with defaults, so the document grows without migrations.

CREATE TABLE patient (
    id         TEXT PRIMARY KEY NOT NULL,      -- P0001 …
    record     TEXT NOT NULL CHECK (json_valid(record)),
    updated_at TEXT NOT NULL
) STRICT;

-- At most one outage is open (ended_at IS NULL) at a time.
CREATE TABLE outage (
    id          INTEGER PRIMARY KEY,
    declaration TEXT NOT NULL CHECK (json_valid(declaration)),
    ended_at    TEXT
) STRICT;
CREATE UNIQUE INDEX one_open_outage ON outage ((ended_at IS NULL)) WHERE ended_at IS NULL;

CREATE TABLE safety_check (
    id         INTEGER PRIMARY KEY,
    outage_id  INTEGER NOT NULL REFERENCES outage (id),
    patient_id TEXT NOT NULL REFERENCES patient (id),
    at         TEXT NOT NULL,
    record     TEXT NOT NULL CHECK (json_valid(record))
) STRICT;

-- Who saw or exported what (要配慮個人情報): append-only.
CREATE TABLE audit_event (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL
) STRICT;
