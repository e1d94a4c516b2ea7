use bcp_core::api::{self, ApiError};
use bcp_core::guide::{self, Hazard, Requirement};
use bcp_core::organization::OrganizationKind;
use bcp_core::plan::progress::progress;
use bcp_core::plan::value::GapReason;
use bcp_core::plan::{Answers, PlanScope};
use bcp_core::store::Store;
use bcp_tests::{memory_store, now};
use serde_json::json;

fn registered(kind: OrganizationKind) -> Store {
    bcp_tests::registered(kind, "訪問看護ステーションなよろ")
}

#[test]
fn a_plan_needs_an_organisation_and_starts_empty() {
    let mut store = memory_store();
    assert!(matches!(
        api::plan::start(&mut store, PlanScope::Combined, now()),
        Err(ApiError::NoOrganization)
    ));
    let mut store = registered(OrganizationKind::NursingStation);
    assert_eq!(api::plan::current(&store).expect("read"), None);
    let plan = api::plan::start(&mut store, PlanScope::Combined, now()).expect("starts");
    assert_eq!(plan.guide_version, api::plan::guide().expect("guide").version);
    assert!(plan.progress.required.total > 0);
    assert_eq!(plan.progress.required.filled, 0);
    let next = plan.progress.next_gap.expect("something is missing");
    assert_eq!(next.requirement, Requirement::Required);
    assert_eq!(next.reason, GapReason::Empty);
}

#[test]
fn answers_save_as_typed_and_move_completeness() {
    let mut store = registered(OrganizationKind::NursingStation);
    let before = api::plan::start(&mut store, PlanScope::Combined, now()).expect("starts").progress;
    let saved = api::plan::save_answer(
        &mut store,
        "basic-policy",
        "principles",
        json!(["利用者と職員の安全を最優先する。"]),
        now(),
    )
    .expect("a list of lines is the field's shape");
    assert_eq!(saved.progress.required.filled, before.required.filled + 1);
    let step = saved.progress.steps.iter().find(|s| s.step_id == "basic-policy").expect("step");
    assert!(step.gaps.iter().all(|g| g.field_id != "principles"), "{:?}", step.gaps);

    let plan = api::plan::current(&store).expect("read").expect("exists");
    assert_eq!(
        plan.answers.get("basic-policy", "principles"),
        Some(&json!(["利用者と職員の安全を最優先する。"]))
    );
    assert_eq!(plan.last_step.as_deref(), Some("basic-policy"), "the wizard resumes where the user typed");

    api::plan::save_answer(&mut store, "basic-policy", "principles", serde_json::Value::Null, now())
        .expect("clear");
    let cleared = api::plan::current(&store).expect("read").expect("exists");
    assert_eq!(cleared.answers.get("basic-policy", "principles"), None);
    assert_eq!(cleared.progress.required, before.required);
}

#[test]
fn a_value_of_the_wrong_shape_changes_nothing() {
    let mut store = registered(OrganizationKind::NursingStation);
    api::plan::start(&mut store, PlanScope::Combined, now()).expect("starts");
    api::plan::save_answer(&mut store, "basic-policy", "principles", json!(["一"]), now()).expect("valid");
    let before = api::plan::current(&store).expect("read");
    let bad = [
        ("basic-policy", "principles", json!("a string, not a list")),
        ("basic-policy", "principles", json!(["x".repeat(201)])),
        ("basic-policy", "no-such-field", json!("x")),
        ("no-such-step", "principles", json!(["x"])),
    ];
    for (step, field, value) in bad {
        let err = api::plan::save_answer(&mut store, step, field, value.clone(), now()).expect_err("refused");
        assert!(
            matches!(err, ApiError::InvalidAnswer { .. } | ApiError::UnknownField { .. }),
            "{step}/{field}: {err}"
        );
        assert_eq!(
            api::plan::current(&store).expect("read"),
            before,
            "{step}/{field} {value} changed nothing"
        );
    }
}

#[test]
fn the_scope_decides_which_steps_apply() {
    let guide = api::plan::guide().expect("guide");
    let mut store = registered(OrganizationKind::NursingStation);
    for scope in [PlanScope::Disaster, PlanScope::Infection, PlanScope::Combined] {
        api::plan::start(&mut store, scope, now()).expect("starts");
        let plan = api::plan::set_scope(&mut store, scope, now()).expect("scope set");
        for (step, progress) in guide.steps.iter().zip(&plan.progress.steps) {
            let for_kind = step.kinds.as_ref().is_none_or(|k| k.contains(&OrganizationKind::NursingStation));
            let expected = for_kind && step.hazards.iter().any(|h| scope.hazards().contains(h));
            assert_eq!(progress.applies, expected, "{scope:?}: step {}", step.id);
        }
    }
}

#[test]
fn every_example_fills_its_field() {
    // A user who adopts every 例示 gets a field that counts as filled: examples are real answers.
    let guide = api::plan::guide().expect("guide");
    for step in &guide.steps {
        for field in &step.fields {
            if let Some(example) = &field.example {
                let gap = bcp_core::plan::value::gap(&field.shape, Some(example));
                assert_eq!(gap, None, "example of {}/{} does not fill it", step.id, field.id);
            }
        }
    }
}

const INDEX: &str = r#"
version = "t"
title = { ja = "題", en = "Title" }
steps = ["a", "b"]
[[chapters]]
id = "general"
title = { ja = "総論", en = "General" }
"#;

const STEP_A: &str = r#"
id = "a"
chapter = "general"
title = { ja = "あ", en = "A" }
summary = { ja = "あ", en = "A" }
guidance = { ja = "あ", en = "A" }
hazards = ["disaster", "infection"]
[[fields]]
id = "policy"
type = "text"
label = { ja = "方針", en = "Policy" }
help = { ja = "h", en = "h" }
requirement = "required"
[[fields]]
id = "insurance"
type = "multichoice"
label = { ja = "保険", en = "Insurance" }
help = { ja = "h", en = "h" }
requirement = "optional"
requirement_by_kind = { NursingStation = "required" }
options = [{ id = "kaigo", ja = "介護保険", en = "Care" }, { id = "iryo", ja = "医療保険", en = "Health" }]
[[fields]]
id = "outbreak"
type = "text"
label = { ja = "感染", en = "Outbreak" }
help = { ja = "h", en = "h" }
requirement = "recommended"
hazards = ["infection"]
"#;

const STEP_B: &str = r#"
id = "b"
chapter = "general"
title = { ja = "い", en = "B" }
summary = { ja = "い", en = "B" }
guidance = { ja = "い", en = "B" }
hazards = ["infection"]
[[fields]]
id = "classes"
type = "text"
label = { ja = "業務分類", en = "Classes" }
help = { ja = "h", en = "h" }
requirement = "required"
"#;

#[test]
fn completeness_table() {
    let guide =
        guide::parse(&[("guide.toml", INDEX), ("steps/00-a.toml", STEP_A), ("steps/01-b.toml", STEP_B)])
            .expect("valid test guide");
    let none = Answers::default();
    let mut some = Answers::default();
    some.set("a", "policy", json!("安全第一"));
    use Hazard::{Disaster, Infection};
    use OrganizationKind::{Clinic, NursingStation};
    // (kind, hazards covered, answers) → ((required filled, total), (recommended filled, total), next gap)
    type Case<'a> = (OrganizationKind, &'a [Hazard], &'a Answers, (u32, u32), (u32, u32), Option<&'a str>);
    let cases: Vec<Case> = vec![
        (Clinic, &[Disaster], &none, (0, 1), (0, 0), Some("a/policy")),
        (NursingStation, &[Disaster], &none, (0, 2), (0, 0), Some("a/policy")),
        (NursingStation, &[Disaster], &some, (1, 2), (0, 0), Some("a/insurance")),
        (Clinic, &[Disaster], &some, (1, 1), (0, 0), None),
        (Clinic, &[Disaster, Infection], &some, (1, 2), (0, 1), Some("b/classes")),
        (Clinic, &[Infection], &some, (1, 2), (0, 1), Some("b/classes")),
    ];
    for (kind, covered, answers, required, recommended, next) in cases {
        let p = progress(&guide, kind, covered, answers);
        let got_next = p.next_gap.as_ref().map(|g| format!("{}/{}", g.step_id, g.field_id));
        assert_eq!(
            (
                (p.required.filled, p.required.total),
                (p.recommended.filled, p.recommended.total),
                got_next.as_deref()
            ),
            (required, recommended, next),
            "{kind:?} {covered:?}"
        );
    }
}
