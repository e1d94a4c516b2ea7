-- Schema 1: the walking skeleton. Forward-only; never edit a released migration, add the next file.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- The region master is replaced as a whole by a region import (store::regions::replace).
CREATE TABLE region_source (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE home_care_region (
    position         INTEGER NOT NULL,          -- the file's order, kept for browsing and print
    prefecture       TEXT NOT NULL,
    tertiary_region  TEXT NOT NULL,
    secondary_region TEXT NOT NULL,
    name             TEXT NOT NULL,
    health_center    TEXT NOT NULL,
    population       INTEGER NOT NULL CHECK (population >= 0),
    PRIMARY KEY (prefecture, name)
) STRICT;

CREATE TABLE municipality (
    prefecture       TEXT NOT NULL,
    name             TEXT NOT NULL,
    home_care_region TEXT NOT NULL,
    position         INTEGER NOT NULL,
    PRIMARY KEY (prefecture, name),
    FOREIGN KEY (prefecture, home_care_region) REFERENCES home_care_region (prefecture, name)
        ON DELETE CASCADE
) STRICT;

-- The installation's own organisation: exactly one row once the user has registered it.
CREATE TABLE organization (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    kind                    TEXT NOT NULL,
    name                    TEXT NOT NULL CHECK (name <> ''),
    corporation_name        TEXT NOT NULL,
    address                 TEXT NOT NULL,
    municipality_prefecture TEXT,
    municipality_name       TEXT,
    phone                   TEXT NOT NULL,
    manager_name            TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    -- A region import may not remove a municipality an organisation points at. NO ACTION (not
    -- RESTRICT) so that the replace-all import, which defers foreign keys, is checked at commit.
    FOREIGN KEY (municipality_prefecture, municipality_name) REFERENCES municipality (prefecture, name),
    CHECK ((municipality_prefecture IS NULL) = (municipality_name IS NULL))
) STRICT;
