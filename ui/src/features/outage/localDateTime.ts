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
