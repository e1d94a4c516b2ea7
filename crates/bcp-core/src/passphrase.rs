//! Passphrase encryption (age with scrypt, an open format: `age -d` decrypts it anywhere). Used for
//! register exports that carry names and for the start-up lock's verifier.

use age::secrecy::SecretString;

/// Shorter passphrases are refused: they would fall to guessing in minutes.
pub const MIN_CHARS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseError {
    #[error("a passphrase has at least {MIN_CHARS} characters")]
    TooShort,
    #[error("the passphrase is wrong, or the file is not passphrase-encrypted")]
    Wrong,
    #[error("encryption failed: {0}")]
    Failed(String),
}

pub fn check(passphrase: &str) -> Result<(), PassphraseError> {
    if passphrase.chars().count() < MIN_CHARS { Err(PassphraseError::TooShort) } else { Ok(()) }
}

/// Encrypts `plaintext` to `passphrase` (binary age format).
pub fn seal(passphrase: &str, plaintext: &[u8]) -> Result<Vec<u8>, PassphraseError> {
    check(passphrase)?;
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
    age::encrypt(&recipient, plaintext).map_err(|e| PassphraseError::Failed(e.to_string()))
}

pub fn open(passphrase: &str, ciphertext: &[u8]) -> Result<Vec<u8>, PassphraseError> {
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
    age::decrypt(&identity, ciphertext).map_err(|_| PassphraseError::Wrong)
}

/// Whether `bytes` look like an age file (so an import can ask for the passphrase).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(b"age-encryption.org/v1\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let sealed = seal("correct horse", b"names").expect("seal");
        assert!(is_sealed(&sealed));
        assert_eq!(open("correct horse", &sealed).as_deref(), Ok(&b"names"[..]));
        assert_eq!(open("wrong horse!", &sealed), Err(PassphraseError::Wrong));
        assert_eq!(open("correct horse", b"plain text"), Err(PassphraseError::Wrong));
        assert_eq!(seal("short", b"x"), Err(PassphraseError::TooShort));
        // Characters, not bytes: eight kana are enough.
        assert!(check("あいうえおかきく").is_ok());
        assert!(check("あいうえおかき").is_err());
    }
}
