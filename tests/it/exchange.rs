//! Exchange files between organisations (issue #6): lossless round trip, names only with consent and
//! only encrypted, every malformed file rejected with its reason and the database left byte-for-byte
//! unchanged, idempotent re-import, newer versions replacing older ones with history kept.

use bcp_core::api::exchange::{
    ImportKind, export, import, keys, link_view, remote_plans, save_agreement, save_partner,
};
use bcp_core::api::{self, ApiError};
use bcp_core::exchange::content::ContentError;
use bcp_core::exchange::envelope::{self, EnvelopeError};
use bcp_core::exchange::keys::Fingerprint;
use bcp_core::link::{Agreement, AgreementKind, Direction, Partner, PartnerKind};
use bcp_core::organization::OrganizationKind;
use bcp_core::patient::record::{Consent, ConsentScope, PatientRecord};
use bcp_core::plan::revision::RevisionInput;
use bcp_core::store::Store;
use bcp_tests::{now, today};
use chrono::Duration;
use std::path::{Path, PathBuf};

/// An organisation on disk (so the database file can be compared byte for byte).
struct Org {
    _dir: tempfile::TempDir,
    path: PathBuf,
    store: Store,
}

fn org(name: &str, municipality: &str) -> Org {
    let (dir, path, mut store) = bcp_tests::disk_store();
    let mut draft = bcp_tests::draft(OrganizationKind::NursingStation, name);
    draft.municipality = Some(municipality.into());
    draft.phone = "01654-00-0001".into();
    api::organization::save(&mut store, draft, now()).unwrap();
    Org { _dir: dir, path, store }
}

fn fingerprint(o: &mut Org) -> Fingerprint {
    api::exchange::identity(&mut o.store, now()).unwrap().fingerprint
}

fn partner(name: &str, fingerprint: Option<Fingerprint>) -> Partner {
    Partner {
        id: String::new(),
        name: name.into(),
        kind: PartnerKind::SameKind,
        phone_24h: "01654-00-0001".into(),
        contact_person: String::new(),
        fingerprint,
        note: String::new(),
    }
}

fn backup_visits(partner_id: &str, direction: Direction, capacity: Option<u32>) -> Agreement {
    Agreement {
        id: String::new(),
        partner_id: partner_id.into(),
        kind: AgreementKind::BackupVisits,
        direction,
        trigger: "震度6弱以上".into(),
        areas: vec![],
        device_classes: vec![],
        capacity_patients: capacity,
        consent_required: true,
        billing_note: String::new(),
        valid_from: Some("2026-04-01".into()),
        valid_until: Some("2028-03-31".into()),
        review_on: None,
    }
}

fn patient(name: &str, consents: Vec<Consent>) -> PatientRecord {
    PatientRecord { municipality: Some("名寄市".into()), consents, ..PatientRecord::new(name) }
}

/// Every byte of the database and its write-ahead log, as the OS sees them. (The `-shm` index is
/// shared memory that readers touch too; it holds no data.)
fn files(path: &Path) -> Vec<(String, Vec<u8>)> {
    ["", "-wal"]
        .iter()
        .filter_map(|suffix| {
            let p = PathBuf::from(format!("{}{suffix}", path.display()));
            std::fs::read(&p).ok().map(|b| (suffix.to_string(), b))
        })
        .collect()
}

/// A (なよろ) knows B (しべつ): B's public file imported, its fingerprint in A's directory.
fn linked_pair() -> (Org, Org) {
    let mut a = org("訪問看護ステーションなよろ", "名寄市");
    let mut b = org("訪問看護ステーションしべつ", "士別市");
    let b_file = export(&mut b.store, None, now(), today()).unwrap();
    import(&mut a.store, &b_file.bytes, now()).unwrap();
    let fb = fingerprint(&mut b);
    let r = save_partner(&mut a.store, partner("訪問看護ステーションしべつ", Some(fb)), now()).unwrap();
    save_agreement(&mut a.store, backup_visits(&r, Direction::TheyProvide, Some(3)), now()).unwrap();
    (a, b)
}

#[test]
fn a_plan_travels_whole_and_names_only_consenting_patients_encrypted_to_the_partner() {
    let (mut a, mut b) = linked_pair();
    api::plan::start(&mut a.store, bcp_core::plan::PlanScope::Combined, now()).unwrap();
    bcp_tests::adopt_every_example(&mut a.store);
    let input = RevisionInput {
        revised_on: "2026-11-25".into(),
        reason: "新規作成".into(),
        approver: "管理者".into(),
        next_review_due: None,
    };
    api::revision::revise(&mut a.store, input, now()).unwrap();
    let agreed =
        Consent { scope: ConsentScope::Partners, granted_on: "2025-04-01".into(), withdrawn_on: None };
    api::patients::save(&mut a.store, patient("北 一郎", vec![agreed]), now()).unwrap();
    api::patients::save(&mut a.store, patient("南 花子", vec![]), now()).unwrap();

    let public = export(&mut a.store, None, now(), today()).unwrap();
    assert_eq!(public.names, 0);
    let text = String::from_utf8_lossy(&public.bytes);
    assert!(!text.contains("北 一郎") && !text.contains("南 花子"));

    let fb = fingerprint(&mut b);
    let to_b = export(&mut a.store, Some(&fb), now() + Duration::minutes(1), today()).unwrap();
    assert_eq!(to_b.names, 1, "only the patient whose consent covers partners");
    assert!(to_b.file_name.ends_with(".hcbcp"));
    let imported = import(&mut b.store, &to_b.bytes, now()).unwrap();
    assert_eq!(imported.kind, ImportKind::New);
    assert_eq!(imported.revision, Some(1));
    assert_eq!(imported.names, 1);

    let remote = remote_plans(&b.store).unwrap();
    let content = &remote[0].content;
    assert_eq!(content.partners, a.store.partners().unwrap());
    assert_eq!(content.agreements, a.store.agreements().unwrap());
    assert_eq!(content.plan.as_ref().unwrap().snapshot, api::revision::snapshot(&a.store, Some(1)).unwrap());
    assert_eq!(content.patients.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["北 一郎"]);
    assert_eq!(content.patient_counts.iter().map(|c| c.count).sum::<u32>(), 2, "everyone is counted");

    let mut c = org("訪問看護ステーションあさひかわ", "旭川市");
    assert!(matches!(
        import(&mut c.store, &to_b.bytes, now()),
        Err(ApiError::Envelope(EnvelopeError::NotForUs(_)))
    ));
    let audit = a.store.audit_events().unwrap();
    assert!(audit.iter().any(|e| e.action == "exchange.export" && e.detail.contains("1 named")));
}

#[test]
fn the_same_file_twice_changes_nothing_and_a_newer_one_replaces_the_older_keeping_history() {
    let (mut a, mut b) = linked_pair();
    let first = export(&mut b.store, None, now() + Duration::hours(1), today()).unwrap();
    let second = export(&mut b.store, None, now() + Duration::hours(2), today()).unwrap();
    assert_eq!(import(&mut a.store, &second.bytes, now()).unwrap().kind, ImportKind::Newer);
    let before = files(&a.path);
    assert_eq!(import(&mut a.store, &second.bytes, now()).unwrap().kind, ImportKind::AlreadyImported);
    assert!(files(&a.path) == before, "nothing written");
    assert_eq!(import(&mut a.store, &first.bytes, now()).unwrap().kind, ImportKind::Older);
    let remote = remote_plans(&a.store).unwrap();
    assert_eq!(remote.len(), 1);
    assert_eq!(remote[0].versions, 3, "the file from linked_pair and both new ones");
    assert!(
        remote[0].created_at.starts_with("2026-11-25T08:00"),
        "the newest stays current: {}",
        remote[0].created_at
    );
}

#[test]
fn every_kind_of_bad_file_is_rejected_with_its_reason_and_the_database_is_unchanged() {
    let (mut a, mut b) = linked_pair();
    let good = export(&mut b.store, None, now() + Duration::hours(1), today()).unwrap().bytes;
    let b_keys = keys(&mut b.store, now()).unwrap();
    let seal = |payload: &serde_json::Value| {
        envelope::seal(
            &b_keys,
            "訪問看護ステーションしべつ",
            "2026-11-25T09:00:00Z",
            payload.to_string().as_bytes(),
            None,
        )
        .unwrap()
    };
    let mut content: serde_json::Value = {
        let opened = envelope::open(&good, &b_keys).unwrap();
        serde_json::from_slice(&opened.payload).unwrap()
    };
    content["partners"] = serde_json::json!([
        {"id": "R001", "name": "甲", "kind": "clinic", "phone24h": "1"},
        {"id": "R001", "name": "乙", "kind": "clinic", "phone24h": "2"}
    ]);
    let duplicate_ids = seal(&content);
    content["partners"] = serde_json::json!([]);
    content["patients"] = serde_json::json!([serde_json::to_value(patient("北 一郎", vec![])).unwrap()]);
    let names_in_public = seal(&content);
    content["patients"] = serde_json::json!([]);
    content["contentVersion"] = 2.into();
    let newer_content = seal(&content);
    let mut altered = good.clone();
    let at = altered.len() / 2;
    altered[at] ^= 1;
    let mut newer_envelope: serde_json::Value = serde_json::from_slice(&good).unwrap();
    newer_envelope["version"] = 2.into();
    let mut forged: serde_json::Value = serde_json::from_slice(&good).unwrap();
    forged["header"]["senderName"] = "なりすまし".into();
    let own = export(&mut a.store, None, now(), today()).unwrap().bytes;

    type Case<'a> = (&'a str, Vec<u8>, fn(&ApiError) -> bool);
    let cases: Vec<Case> = vec![
        ("truncated", good[..good.len() / 2].to_vec(), |e| {
            matches!(e, ApiError::Envelope(EnvelopeError::Malformed(_)))
        }),
        ("one altered byte", altered, |e| matches!(e, ApiError::Envelope(_))),
        ("envelope version 2", serde_json::to_vec(&newer_envelope).unwrap(), |e| {
            matches!(e, ApiError::Envelope(EnvelopeError::UnsupportedVersion(2)))
        }),
        ("content version 2", newer_content, |e| {
            matches!(e, ApiError::Content(ContentError::UnsupportedVersion(2)))
        }),
        ("duplicate partner ids", duplicate_ids, |e| {
            matches!(e, ApiError::Content(ContentError::DuplicatePartner(_)))
        }),
        ("names in a public file", names_in_public, |e| {
            matches!(e, ApiError::Content(ContentError::NamesInPublicFile))
        }),
        ("wrong signature", serde_json::to_vec(&forged).unwrap(), |e| {
            matches!(e, ApiError::Envelope(EnvelopeError::BadSignature))
        }),
        ("oversized", vec![b' '; envelope::MAX_FILE_BYTES + 1], |e| {
            matches!(e, ApiError::Envelope(EnvelopeError::TooLarge))
        }),
        ("not an exchange file", b"PK\x03\x04".to_vec(), |e| {
            matches!(e, ApiError::Envelope(EnvelopeError::NotAnExchangeFile))
        }),
        ("our own file", own, |e| matches!(e, ApiError::OwnFile)),
    ];
    for (label, bytes, expected) in cases {
        let before = files(&a.path);
        let result = import(&mut a.store, &bytes, now());
        match result {
            Err(e) => assert!(expected(&e), "{label}: {e}"),
            Ok(r) => panic!("{label} was accepted: {r:?}"),
        }
        assert!(files(&a.path) == before, "{label}: the database changed");
    }
}

#[test]
fn an_agreement_declared_by_one_side_only_is_flagged_with_its_reason() {
    let (mut a, mut b) = linked_pair();
    let a_file = export(&mut a.store, None, now(), today()).unwrap();
    import(&mut b.store, &a_file.bytes, now()).unwrap();
    let findings = link_view(&mut b.store, now(), today()).unwrap().findings;
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert!(findings[0].text_ja.contains("代行訪問"), "{}", findings[0].text_ja);
    assert!(
        findings[0].text_ja.contains("訪問看護ステーションなよろの計画にだけあり"),
        "{}",
        findings[0].text_ja
    );

    // B records the same agreement (B provides, up to 1 patient): no longer one-sided, but A expects 3.
    let fa = fingerprint(&mut a);
    let r = save_partner(&mut b.store, partner("訪問看護ステーションなよろ", Some(fa)), now()).unwrap();
    save_agreement(&mut b.store, backup_visits(&r, Direction::WeProvide, Some(1)), now()).unwrap();
    let b_sees: Vec<String> =
        link_view(&mut b.store, now(), today()).unwrap().findings.into_iter().map(|f| f.text_ja).collect();
    assert_eq!(b_sees.len(), 1, "no longer one-sided, but the capacity differs: {b_sees:?}");
    assert!(b_sees[0].contains("3人の受入れを見込んでいますが"), "{}", b_sees[0]);
    let b_file = export(&mut b.store, None, now() + Duration::hours(1), today()).unwrap();
    import(&mut a.store, &b_file.bytes, now()).unwrap();
    let texts: Vec<String> =
        link_view(&mut a.store, now(), today()).unwrap().findings.into_iter().map(|f| f.text_ja).collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].contains("3人の受入れを見込んでいますが") && texts[0].contains("1人です"),
        "{}",
        texts[0]
    );
}

#[test]
fn a_supplier_every_member_depends_on_and_patients_without_a_receiving_hospital_are_flagged() {
    let (mut a, mut b) = linked_pair();
    let oxygen = |name: &str| Partner { kind: PartnerKind::OxygenSupplier, ..partner(name, None) };
    save_partner(&mut a.store, oxygen("十勝酸素"), now()).unwrap();
    save_partner(&mut b.store, oxygen("十勝 酸素"), now()).unwrap();
    let b_file = export(&mut b.store, None, now() + Duration::hours(1), today()).unwrap();
    import(&mut a.store, &b_file.bytes, now()).unwrap();
    let mut ventilated = patient("北 一郎", vec![]);
    ventilated.devices.push(bcp_core::patient::record::RegisteredDevice {
        device: bcp_core::patient::power::Device {
            id: "d1".into(),
            class: bcp_core::patient::DeviceClass::InvasiveVentilator,
            measured_draw_w: None,
            nameplate_w: None,
        },
        hours_per_day: 24.0,
        substitutes: vec![],
    });
    api::patients::save(&mut a.store, ventilated, now()).unwrap();
    let texts: Vec<String> =
        link_view(&mut a.store, now(), today()).unwrap().findings.into_iter().map(|f| f.text_ja).collect();
    assert!(
        texts.iter().any(|t| t.contains("電源を要する患者1人に停電時の入院先の取り決めがなく")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("すべて同じ酸素業者（十勝酸素）")), "{texts:?}");

    let hospital = Partner { kind: PartnerKind::Hospital, ..partner("名寄市立総合病院", None) };
    let h = save_partner(&mut a.store, hospital, now()).unwrap();
    let admission =
        Agreement { kind: AgreementKind::Admission, ..backup_visits(&h, Direction::TheyProvide, Some(2)) };
    save_agreement(&mut a.store, admission, now()).unwrap();
    let texts: Vec<String> =
        link_view(&mut a.store, now(), today()).unwrap().findings.into_iter().map(|f| f.text_ja).collect();
    assert!(
        !texts.iter().any(|t| t.contains("入院先の取り決めがなく")),
        "an admission agreement covers them: {texts:?}"
    );
}

#[test]
fn partners_plans_are_checked_against_each_other_too() {
    // なよろ holds the files of しべつ and あさひかわ; しべつ records an agreement with あさひかわ that
    // あさひかわ's plan does not have. なよろ's check sees it though it is not a party.
    let mut a = org("訪問看護ステーションなよろ", "名寄市");
    let mut b = org("訪問看護ステーションしべつ", "士別市");
    let mut c = org("訪問看護ステーションあさひかわ", "旭川市");
    let fc = fingerprint(&mut c);
    let r = save_partner(&mut b.store, partner("訪問看護ステーションあさひかわ", Some(fc)), now()).unwrap();
    save_agreement(&mut b.store, backup_visits(&r, Direction::WeProvide, Some(2)), now()).unwrap();
    for other in [&mut b, &mut c] {
        let file = export(&mut other.store, None, now(), today()).unwrap();
        import(&mut a.store, &file.bytes, now()).unwrap();
    }
    let texts: Vec<String> =
        link_view(&mut a.store, now(), today()).unwrap().findings.into_iter().map(|f| f.text_ja).collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].contains(
            "訪問看護ステーションしべつの計画にだけあり、訪問看護ステーションあさひかわの計画にはありません"
        ),
        "{}",
        texts[0]
    );
    // The connected BCP lists all three members and the coverage (あさひかわ supported by しべつ, one side).
    let printed = api::report::connected(&mut a.store, now(), today()).unwrap();
    assert!(printed.pages >= 1 && printed.missing_glyphs.is_empty());
}
