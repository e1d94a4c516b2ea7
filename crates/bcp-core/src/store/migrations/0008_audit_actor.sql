-- The audit log names who acted (the OS account of the session) and on what basis names were
-- released (recorded consent or a break-glass reason). Events before this version keep ''.
ALTER TABLE audit_event ADD COLUMN actor TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_event ADD COLUMN basis TEXT NOT NULL DEFAULT '';
