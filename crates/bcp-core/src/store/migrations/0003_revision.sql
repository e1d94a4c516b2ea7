-- Schema 3: 改訂履歴. A revision fixes the plan's content as 第n版: a snapshot of the answers as they
-- were, so that earlier versions can be shown, printed and compared after the working copy moves on.

CREATE TABLE plan_revision (
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number >= 1),
    revised_on      TEXT NOT NULL,            -- 改訂日 (YYYY-MM-DD)
    reason          TEXT NOT NULL,            -- 改訂理由
    approver        TEXT NOT NULL,            -- 承認者
    next_review_due TEXT,                     -- 次回見直し期限 (YYYY-MM-DD)
    snapshot        TEXT NOT NULL CHECK (json_valid(snapshot)),
    created_at      TEXT NOT NULL,
    PRIMARY KEY (plan_id, number)
) STRICT;
