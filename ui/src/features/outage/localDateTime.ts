// The start time is typed in a datetime-local input ("YYYY-MM-DDTHH:mm", the computer's local time)
// and sent as RFC 3339 in UTC. Parsed by hand: older WebKit (the Linux webview) read such strings as UTC.

const pad = (n: number) => String(n).padStart(2, "0");

export function localDateTimeValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** RFC 3339 (UTC) for a datetime-local value, or null while it is incomplete. */
export function rfc3339FromLocal(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * RFC 3339 with the computer's own offset ("2027-01-20T03:00:00+09:00") for a datetime-local value,
 * or null while it is incomplete. For times kept as the user's wall clock (a drill's start, which the
 * drill pack prints in the user's time); the offset is the one in force on that day.
 */
export function rfc3339WithOffsetFromLocal(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${localDateTimeValue(date)}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The datetime-local value for a stored RFC 3339 time, on the computer's clock; "" when unreadable. */
export function localValueOf(rfc3339: string): string {
  const date = new Date(rfc3339);
  return Number.isNaN(date.getTime()) ? "" : localDateTimeValue(date);
}
