//! 交換ファイル (`ExchangeFile`, `.hcbcp`): plans move between organisations as files (USB stick,
//! mail), never through a network. Issue #6; this is its first layer:
//!
//! - [`keys`]: each organisation's keys, made on first run: an ed25519 key that signs what it sends,
//!   and an age (X25519) identity that opens what is sent to it; the [`keys::Fingerprint`] of the two
//!   public halves is what partners read to each other over the phone;
//! - [`envelope`]: the signed, optionally encrypted wrapper every file has, checked whole before
//!   anything inside is read.
//!
//! The format is versioned on its own (`version` in the envelope), not with the database schema;
//! docs/exchange-format.md describes it.

pub mod content;
pub mod envelope;
pub mod keys;
