use bcp_core::api::{self, ApiError};
use bcp_core::organization::{OrganizationDraft, OrganizationKind};
use bcp_tests::{memory_store, now, today};

#[test]
fn cover_needs_an_organisation() {
    assert!(matches!(api::report::cover(&memory_store(), now(), today()), Err(ApiError::NoOrganization)));
}

#[test]
fn cover_is_a_one_page_pdf_with_embedded_subset_fonts() {
    let mut store = memory_store();
    let draft = OrganizationDraft {
        kind: OrganizationKind::ZaitakuClinic,
        name: "𠮷田在宅クリニック".into(),
        corporation_name: String::new(),
        address: String::new(),
        municipality: Some("帯広市".into()),
        phone: String::new(),
        manager_name: String::new(),
    };
    api::organization::save(&mut store, draft, now()).expect("valid");
    let printed = api::report::cover(&store, now(), today()).expect("prints");
    assert!(printed.bytes.starts_with(b"%PDF-"));
    assert_eq!(printed.pages, 1);
    assert_eq!(printed.missing_glyphs, ['𠮷'], "the user is told which character became 〓");
    let text = String::from_utf8_lossy(&printed.bytes);
    assert!(text.contains("/FontFile2"), "TrueType font program embedded");
    assert!(
        printed.bytes.len() < 400_000,
        "subset fonts, not the 4.7 MB faces: {} bytes",
        printed.bytes.len()
    );
    assert_eq!(
        api::report::cover_file_name(&store, today()).expect("name"),
        "表紙_𠮷田在宅クリニック_20261125.pdf"
    );
}
