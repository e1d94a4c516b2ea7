//! An organisation's keys. The secret halves stay in the organisation's database; the public card
//! ([`PublicCard`]) travels in every file it sends.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum KeyError {
    #[error("the system's random number generator failed: {0}")]
    Random(String),
    #[error("a stored key is damaged: {0}")]
    Damaged(String),
}

/// The organisation's own keys.
pub struct OrgKeys {
    signing: SigningKey,
    identity: age::x25519::Identity,
}

/// What others need to check our signature and to encrypt to us.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PublicCard {
    /// ed25519 public key, base64.
    pub signing_key: String,
    /// age X25519 recipient ("age1…").
    pub age_recipient: String,
}

/// 「3F2A-91C0-…」: 8 groups of 4 hex digits (the first 16 bytes of SHA-256 over both public keys),
/// short enough to read over the phone and long enough that no one can forge a match.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub struct Fingerprint(pub String);

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PublicCard {
    pub fn fingerprint(&self) -> Fingerprint {
        let digest = Sha256::new()
            .chain_update(b"homecare-bcp fingerprint v1\n")
            .chain_update(self.signing_key.as_bytes())
            .chain_update(b"\n")
            .chain_update(self.age_recipient.as_bytes())
            .finalize();
        let hex: String = digest[..16].iter().map(|b| format!("{b:02X}")).collect();
        let groups: Vec<&str> = (0..8).map(|i| &hex[i * 4..i * 4 + 4]).collect();
        Fingerprint(groups.join("-"))
    }

    pub(crate) fn verifying_key(&self) -> Option<VerifyingKey> {
        let bytes: [u8; 32] = B64.decode(&self.signing_key).ok()?.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok()
    }

    pub(crate) fn recipient(&self) -> Option<age::x25519::Recipient> {
        age::x25519::Recipient::from_str(&self.age_recipient).ok()
    }

    /// Whether `signature` (64 bytes) is this card's signature of `message`.
    pub fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        let Some(key) = self.verifying_key() else { return false };
        let Ok(bytes) = <[u8; 64]>::try_from(signature) else { return false };
        key.verify(message, &ed25519_dalek::Signature::from_bytes(&bytes)).is_ok()
    }
}

impl OrgKeys {
    /// New keys from the operating system's random source.
    pub fn generate() -> Result<OrgKeys, KeyError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(OrgKeys { signing: SigningKey::from_bytes(&seed), identity: age::x25519::Identity::generate() })
    }

    /// The secret halves as text, for the store: (ed25519 seed in base64, "AGE-SECRET-KEY-1…").
    pub fn to_secrets(&self) -> (String, String) {
        use age::secrecy::ExposeSecret;
        (B64.encode(self.signing.to_bytes()), self.identity.to_string().expose_secret().to_string())
    }

    pub fn from_secrets(signing: &str, identity: &str) -> Result<OrgKeys, KeyError> {
        let damaged = |what: &str| KeyError::Damaged(what.into());
        let seed: [u8; 32] = B64
            .decode(signing)
            .map_err(|_| damaged("signing key"))?
            .try_into()
            .map_err(|_| damaged("signing key length"))?;
        let identity = age::x25519::Identity::from_str(identity).map_err(|_| damaged("age identity"))?;
        Ok(OrgKeys { signing: SigningKey::from_bytes(&seed), identity })
    }

    pub fn card(&self) -> PublicCard {
        PublicCard {
            signing_key: B64.encode(self.signing.verifying_key().to_bytes()),
            age_recipient: self.identity.to_public().to_string(),
        }
    }

    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.signing.sign(message).to_bytes().to_vec()
    }

    pub(crate) fn identity(&self) -> &age::x25519::Identity {
        &self.identity
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_survive_the_store_and_sign_verifiably() {
        let keys = OrgKeys::generate().unwrap();
        let (signing, identity) = keys.to_secrets();
        let again = OrgKeys::from_secrets(&signing, &identity).unwrap();
        assert_eq!(keys.card(), again.card());
        let signature = again.sign(b"plan v3");
        assert!(keys.card().verifies(b"plan v3", &signature));
        assert!(!keys.card().verifies(b"plan v4", &signature));
        let other = OrgKeys::generate().unwrap();
        assert!(!other.card().verifies(b"plan v3", &signature));
    }

    #[test]
    fn a_fingerprint_is_eight_groups_and_differs_per_organisation() {
        let a = OrgKeys::generate().unwrap().card().fingerprint();
        let b = OrgKeys::generate().unwrap().card().fingerprint();
        assert_eq!(a.0.len(), 8 * 4 + 7);
        assert!(a.0.split('-').all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_hexdigit())));
        assert_ne!(a, b);
    }

    #[test]
    fn damaged_secrets_are_refused() {
        assert!(OrgKeys::from_secrets("not base64!", "AGE-SECRET-KEY-1").is_err());
    }
}
