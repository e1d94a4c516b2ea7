//! The audit log (監査ログ): shown filtered, exported as CSV. Viewing and exporting the log are
//! themselves logged (the log names patient ids).

use super::{ApiError, timestamp};
use crate::audit::{self, AuditEvent, AuditFilter};
use crate::store::Store;
use chrono::{DateTime, FixedOffset, Utc};

/// Newest first; at most `limit` events. `offset`: the user's time zone, for the filter's dates.
pub fn events(
    store: &Store,
    filter: &AuditFilter,
    offset: FixedOffset,
    limit: usize,
) -> Result<Vec<AuditEvent>, ApiError> {
    let mut shown = audit::filtered(store.audit_events()?, filter, offset);
    shown.truncate(limit);
    Ok(shown)
}

/// The filtered log as CSV, oldest first. Audited.
pub fn export_csv(
    store: &mut Store,
    filter: &AuditFilter,
    offset: FixedOffset,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, ApiError> {
    let mut shown = audit::filtered(store.audit_events()?, filter, offset);
    shown.reverse();
    let bytes = audit::to_csv(&shown).map_err(|e| ApiError::Snapshot(e.to_string()))?;
    store.audit(&timestamp(now), "audit.export", "*", &format!("{} events", shown.len()))?;
    Ok(bytes)
}
