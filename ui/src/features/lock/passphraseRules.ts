/** As the Rust side counts (characters, not bytes): shorter passphrases fall to guessing in minutes. */
export const minPassphraseChars = 8;

export type PassphraseProblem = "tooShort" | "mismatch";

export function isLongEnough(passphrase: string): boolean {
  return [...passphrase].length >= minPassphraseChars;
}

/** Why a new passphrase and its confirmation cannot be used yet; null when they can. */
export function passphraseProblem(passphrase: string, confirm: string): PassphraseProblem | null {
  if (!isLongEnough(passphrase)) return "tooShort";
  if (passphrase !== confirm) return "mismatch";
  return null;
}
