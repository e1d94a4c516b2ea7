//! The wrapper of every exchange file: a JSON envelope holding a header (who sent it, to whom, the
//! payload's SHA-256 and length) signed with the sender's ed25519 key, and the payload in base64 —
//! encrypted with age to the recipient when it carries names. [`open`] checks size, format, version,
//! length, hash and signature, then decrypts; nothing inside is read before all of that passes.

use super::keys::{Fingerprint, OrgKeys, PublicCard};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const FORMAT: &str = "homecare-bcp-exchange";
/// The envelope's version; the payload has its own (`content` module, to come).
pub const VERSION: u32 = 1;
/// A regional plan of a hundred members is under 2 MB; anything over this is refused unread.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u32,
    header: Header,
    payload: String,
    signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Header {
    /// RFC 3339.
    pub created_at: String,
    pub sender_name: String,
    pub sender: PublicCard,
    /// The organisation the payload is encrypted to; `None` = readable by anyone who has the file.
    pub recipient: Option<Fingerprint>,
    pub payload_sha256: String,
    pub payload_bytes: u64,
}

/// Only `format` and `version`, read first so that a newer file says so instead of failing to parse.
#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    version: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("the file is larger than {} MB", MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("this is not a homecare-bcp exchange file")]
    NotAnExchangeFile,
    #[error("the file is exchange format version {0}; this app reads version {VERSION}")]
    UnsupportedVersion(u32),
    #[error("the file is damaged or incomplete: {0}")]
    Malformed(String),
    #[error("the payload's length or checksum does not match the header: the file was changed or damaged")]
    ChecksumMismatch,
    #[error(
        "the signature does not match: the file was changed after it was signed, or not signed by its sender"
    )]
    BadSignature,
    #[error("the file is encrypted for another organisation ({0})")]
    NotForUs(Fingerprint),
    #[error("the file could not be decrypted: {0}")]
    CannotDecrypt(String),
    #[error("the recipient's key is damaged")]
    BadRecipient,
}

impl EnvelopeError {
    /// A stable name for the reason, for the window's own text (`IpcError.field` = "exchange.<code>").
    pub fn code(&self) -> &'static str {
        match self {
            EnvelopeError::TooLarge => "tooLarge",
            EnvelopeError::NotAnExchangeFile => "notAnExchangeFile",
            EnvelopeError::UnsupportedVersion(_) => "unsupportedVersion",
            EnvelopeError::Malformed(_) => "malformed",
            EnvelopeError::ChecksumMismatch => "checksumMismatch",
            EnvelopeError::BadSignature => "badSignature",
            EnvelopeError::NotForUs(_) => "notForUs",
            EnvelopeError::CannotDecrypt(_) => "cannotDecrypt",
            EnvelopeError::BadRecipient => "badRecipient",
        }
    }

    pub fn describe_ja(&self) -> String {
        match self {
            EnvelopeError::TooLarge => {
                format!("ファイルが大きすぎます（上限 {} MB）。", MAX_FILE_BYTES / 1024 / 1024)
            }
            EnvelopeError::NotAnExchangeFile => "連携BCPファイル（.hcbcp）ではありません。".into(),
            EnvelopeError::UnsupportedVersion(v) => {
                format!("新しい版（形式 {v}）のアプリで作られたファイルです。アプリを更新してください。")
            }
            EnvelopeError::Malformed(_) => "ファイルが壊れているか、途中で切れています。".into(),
            EnvelopeError::ChecksumMismatch => {
                "ファイルの中身が書き換えられているか、壊れています（チェックサム不一致）。".into()
            }
            EnvelopeError::BadSignature => {
                "署名が一致しません。作成後に書き換えられたか、送り主が署名したものではありません。".into()
            }
            EnvelopeError::NotForUs(f) => {
                format!("別の事業所（鍵の指紋 {f}）あてに暗号化されたファイルです。")
            }
            EnvelopeError::CannotDecrypt(_) => "暗号を解けませんでした。".into(),
            EnvelopeError::BadRecipient => "あて先の鍵が壊れています。".into(),
        }
    }
}

fn signed_message(header: &Header) -> Result<Vec<u8>, EnvelopeError> {
    let mut message = format!("{FORMAT}/{VERSION}\n").into_bytes();
    message.extend(serde_json::to_vec(header).map_err(|e| EnvelopeError::Malformed(e.to_string()))?);
    Ok(message)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Wraps `payload`: encrypted to `recipient` when given, signed by `keys` in every case.
pub fn seal(
    keys: &OrgKeys,
    sender_name: &str,
    created_at: &str,
    payload: &[u8],
    recipient: Option<&PublicCard>,
) -> Result<Vec<u8>, EnvelopeError> {
    let carried = match recipient {
        Some(card) => {
            let to = card.recipient().ok_or(EnvelopeError::BadRecipient)?;
            age::encrypt(&to, payload).map_err(|e| EnvelopeError::CannotDecrypt(e.to_string()))?
        }
        None => payload.to_vec(),
    };
    let header = Header {
        created_at: created_at.into(),
        sender_name: sender_name.into(),
        sender: keys.card(),
        recipient: recipient.map(PublicCard::fingerprint),
        payload_sha256: sha256_hex(&carried),
        payload_bytes: carried.len() as u64,
    };
    let signature = keys.sign(&signed_message(&header)?);
    let envelope = Envelope {
        format: FORMAT.into(),
        version: VERSION,
        header,
        payload: B64.encode(&carried),
        signature: B64.encode(signature),
    };
    serde_json::to_vec_pretty(&envelope).map_err(|e| EnvelopeError::Malformed(e.to_string()))
}

/// A checked file: the header as signed and the payload in plain bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub header: Header,
    pub payload: Vec<u8>,
}

/// Checks everything about `bytes` and returns the payload; `keys` opens payloads encrypted to us.
pub fn open(bytes: &[u8], keys: &OrgKeys) -> Result<Opened, EnvelopeError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(EnvelopeError::TooLarge);
    }
    let malformed = |e: serde_json::Error| EnvelopeError::Malformed(e.to_string());
    let probe: Probe = serde_json::from_slice(bytes).map_err(|e| {
        if bytes.trim_ascii_start().starts_with(b"{") {
            malformed(e)
        } else {
            EnvelopeError::NotAnExchangeFile
        }
    })?;
    if probe.format.as_deref() != Some(FORMAT) {
        return Err(EnvelopeError::NotAnExchangeFile);
    }
    match probe.version {
        Some(VERSION) => {}
        Some(other) => return Err(EnvelopeError::UnsupportedVersion(other)),
        None => return Err(EnvelopeError::NotAnExchangeFile),
    }
    let envelope: Envelope = serde_json::from_slice(bytes).map_err(malformed)?;
    let carried = B64.decode(&envelope.payload).map_err(|e| EnvelopeError::Malformed(e.to_string()))?;
    let signature = B64.decode(&envelope.signature).map_err(|e| EnvelopeError::Malformed(e.to_string()))?;
    let header = envelope.header;
    if carried.len() as u64 != header.payload_bytes || sha256_hex(&carried) != header.payload_sha256 {
        return Err(EnvelopeError::ChecksumMismatch);
    }
    if !header.sender.verifies(&signed_message(&header)?, &signature) {
        return Err(EnvelopeError::BadSignature);
    }
    let payload = match &header.recipient {
        None => carried,
        Some(fingerprint) if *fingerprint != keys.card().fingerprint() => {
            return Err(EnvelopeError::NotForUs(fingerprint.clone()));
        }
        Some(_) => age::decrypt(keys.identity(), &carried)
            .map_err(|e| EnvelopeError::CannotDecrypt(e.to_string()))?,
    };
    Ok(Opened { header, payload })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &[u8] = "{\"plan\":\"訪問看護ステーションなよろ 第3版\"}".as_bytes();

    fn sealed(keys: &OrgKeys, recipient: Option<&PublicCard>) -> Vec<u8> {
        seal(keys, "訪問看護ステーションなよろ", "2026-11-25T06:00:00Z", PLAN, recipient).unwrap()
    }

    #[test]
    fn a_public_file_opens_for_anyone_with_its_sender_and_payload() {
        let sender = OrgKeys::generate().unwrap();
        let anyone = OrgKeys::generate().unwrap();
        let opened = open(&sealed(&sender, None), &anyone).unwrap();
        assert_eq!(opened.payload, PLAN);
        assert_eq!(opened.header.sender, sender.card());
        assert_eq!(opened.header.recipient, None);
    }

    #[test]
    fn an_encrypted_file_opens_only_for_its_recipient() {
        let sender = OrgKeys::generate().unwrap();
        let partner = OrgKeys::generate().unwrap();
        let stranger = OrgKeys::generate().unwrap();
        let file = sealed(&sender, Some(&partner.card()));
        assert!(!file.windows(PLAN.len()).any(|w| w == PLAN), "the payload is not in the clear");
        assert_eq!(open(&file, &partner).unwrap().payload, PLAN);
        assert_eq!(open(&file, &stranger), Err(EnvelopeError::NotForUs(partner.card().fingerprint())));
    }

    #[test]
    fn every_single_bit_flip_is_rejected() {
        let sender = OrgKeys::generate().unwrap();
        let partner = OrgKeys::generate().unwrap();
        for file in [sealed(&sender, None), sealed(&sender, Some(&partner.card()))] {
            for i in 0..file.len() {
                let mut altered = file.clone();
                altered[i] ^= 1;
                assert!(
                    open(&altered, &partner).is_err(),
                    "byte {i} ({:?}) flipped was accepted",
                    file[i] as char
                );
            }
        }
    }

    #[test]
    fn truncated_files_are_rejected() {
        let keys = OrgKeys::generate().unwrap();
        let file = sealed(&keys, None);
        for len in [0, 1, file.len() / 2, file.len() - 2] {
            assert!(open(&file[..len], &keys).is_err(), "{len} bytes");
        }
    }

    #[test]
    fn a_file_signed_by_someone_else_is_rejected() {
        let sender = OrgKeys::generate().unwrap();
        let forger = OrgKeys::generate().unwrap();
        let mut envelope: Envelope = serde_json::from_slice(&sealed(&sender, None)).unwrap();
        envelope.signature = B64.encode(forger.sign(&signed_message(&envelope.header).unwrap()));
        let file = serde_json::to_vec(&envelope).unwrap();
        assert_eq!(open(&file, &forger), Err(EnvelopeError::BadSignature));
    }

    #[test]
    fn other_versions_and_other_files_say_what_they_are() {
        let keys = OrgKeys::generate().unwrap();
        let mut envelope: serde_json::Value = serde_json::from_slice(&sealed(&keys, None)).unwrap();
        envelope["version"] = 2.into();
        envelope["somethingNew"] = true.into();
        let newer = serde_json::to_vec(&envelope).unwrap();
        assert_eq!(open(&newer, &keys), Err(EnvelopeError::UnsupportedVersion(2)));
        assert_eq!(open(b"PK\x03\x04 a zip", &keys), Err(EnvelopeError::NotAnExchangeFile));
        assert_eq!(open(br#"{"format":"other","version":1}"#, &keys), Err(EnvelopeError::NotAnExchangeFile));
        assert_eq!(open(&vec![b' '; MAX_FILE_BYTES + 1], &keys), Err(EnvelopeError::TooLarge));
    }
}
