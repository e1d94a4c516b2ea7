//! 監査ログ (AuditLog): who saw, exported, imported or released what, when, and on what basis.
//! Appended by every `api` function that touches names; never edited. Here: the event as the UI and
//! the CSV export see it, filtering, and the CSV form (pure).

#[cfg(test)]
mod tests;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    /// The OS account of the session ('' for events before schema 8).
    pub actor: String,
    /// e.g. `patient.view`, `patient.export`, `exchange.break-glass`.
    pub action: String,
    /// A patient id, a partner fingerprint, or `*` for the whole register.
    pub subject: String,
    pub detail: String,
    /// What allowed names to leave: `consent`, `break-glass: <reason>`, or ''.
    pub basis: String,
}

/// Which events to show. Empty fields match everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditFilter {
    /// Action prefix, e.g. `patient.` or `exchange.`.
    pub action: Option<String>,
    /// Exact subject, e.g. one patient's id.
    pub subject: Option<String>,
    /// Inclusive dates (YYYY-MM-DD) in the user's time zone.
    pub from: Option<String>,
    pub to: Option<String>,
}

impl AuditFilter {
    /// `offset`: the user's time zone, so 08:00 JST on the 2nd counts as the 2nd (it is the 1st in UTC).
    pub fn matches(&self, event: &AuditEvent, offset: FixedOffset) -> bool {
        let local = DateTime::parse_from_rfc3339(&event.at)
            .map(|t| t.with_timezone(&offset).format("%Y-%m-%d").to_string())
            .unwrap_or_else(|_| event.at.get(..10).unwrap_or("").to_string());
        let day = local.as_str();
        self.action.as_deref().is_none_or(|a| a.is_empty() || event.action.starts_with(a))
            && self.subject.as_deref().is_none_or(|s| s.is_empty() || event.subject == s)
            && self.from.as_deref().is_none_or(|f| f.is_empty() || day >= f)
            && self.to.as_deref().is_none_or(|t| t.is_empty() || day <= t)
    }
}

/// Newest first, as a person reads a log.
pub fn filtered(events: Vec<AuditEvent>, filter: &AuditFilter, offset: FixedOffset) -> Vec<AuditEvent> {
    let mut shown: Vec<_> = events.into_iter().filter(|e| filter.matches(e, offset)).collect();
    shown.reverse();
    shown
}

/// The log as CSV (UTF-8 with a BOM so Excel opens it in Japanese), oldest first. Holds patient
/// ids, not names.
pub fn to_csv(events: &[AuditEvent]) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        writer.write_record(["id", "日時(UTC)", "操作者", "操作", "対象", "内容", "根拠"])?;
        for e in events {
            writer.write_record([
                e.id.to_string().as_str(),
                &e.at,
                &e.actor,
                &e.action,
                &e.subject,
                &e.detail,
                &e.basis,
            ])?;
        }
        writer.flush()?;
    }
    Ok(out)
}
