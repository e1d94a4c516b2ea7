/**
 * Hours with one decimal, as the Rust side writes them in its reasons (「電源の残り2.8時間」), so the
 * table and the popover never disagree by rounding.
 */
export function hoursText(hours: number): string {
  return hours.toFixed(1);
}
