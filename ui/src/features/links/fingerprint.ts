// Key fingerprints as people type them after hearing them read out by phone.
import { halfWidth } from "./typed";

/** 8 groups of 4 hex digits, as the app shows its own (getIdentity). */
const shape = /^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/;

/**
 * The stored shape of what was typed: upper case, grouped by hyphens. The Rust side matches
 * fingerprints exactly, so "3f2a 91c0 …" must become "3F2A-91C0-…" before it is saved. Text that is
 * not 32 hex digits is returned trimmed, for isFingerprint to refuse.
 */
export function normalizeFingerprint(typed: string): string {
  const hex = halfWidth(typed)
    .replace(/[\s\-‐－ー―]/g, "")
    .toUpperCase();
  return /^[0-9A-F]{32}$/.test(hex) ? hex.match(/.{4}/g)!.join("-") : typed.trim();
}

export function isFingerprint(text: string): boolean {
  return shape.test(text);
}
