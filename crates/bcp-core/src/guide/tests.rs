use super::*;

#[test]
fn embedded_guide_is_valid() {
    let guide = embedded().unwrap_or_else(|e| panic!("templates/guide is invalid: {e}"));
    assert!(!guide.steps.is_empty());
    for step in &guide.steps {
        assert!(guide.chapters.iter().any(|c| c.id == step.chapter));
    }
}

fn files<'a>(index: &'a str, step: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![("guide.toml", index), ("steps/00-a.toml", step)]
}

const INDEX: &str = r#"
version = "t"
title = { ja = "題", en = "Title" }
steps = ["a"]
[[chapters]]
id = "general"
title = { ja = "総論", en = "General" }
"#;

fn step_with(field: &str) -> String {
    format!(
        r#"
id = "a"
chapter = "general"
title = {{ ja = "あ", en = "A" }}
summary = {{ ja = "あ", en = "A" }}
guidance = {{ ja = "あ", en = "A" }}
hazards = ["disaster"]
[[fields]]
{field}
"#
    )
}

#[test]
fn broken_definitions_are_named() {
    let table: &[(&str, &str)] = &[
        (
            r#"id = "x"
type = "text"
label = { ja = "", en = "X" }
help = { ja = "h", en = "h" }
requirement = "required""#,
            "step a field x: label and help need both ja and en",
        ),
        (
            r#"id = "x"
type = "choice"
label = { ja = "x", en = "X" }
help = { ja = "h", en = "h" }
requirement = "required"
options = [{ id = "p", ja = "p", en = "p" }]
example = "q""#,
            "step a field x example: \"q\" is not one of the options",
        ),
        (
            r#"id = "x"
type = "text"
label = { ja = "x", en = "X" }
help = { ja = "h", en = "h" }
requirement = "required"
own = true"#,
            "step a field x: an own field needs an example to show how to write it",
        ),
        (
            r#"id = "X"
type = "text"
label = { ja = "x", en = "X" }
help = { ja = "h", en = "h" }
requirement = "required""#,
            "step a fields: id \"X\" is not kebab-case",
        ),
        (
            r#"id = "x"
type = "table"
label = { ja = "x", en = "X" }
help = { ja = "h", en = "h" }
requirement = "required"
columns = [{ id = "c", type = "choice", label = { ja = "c", en = "C" } }]"#,
            "step a field x column c: a choice column needs options",
        ),
    ];
    for (field, want) in table {
        let step = step_with(field);
        let err = parse(&files(INDEX, &step)).expect_err(want);
        assert_eq!(err.to_string(), *want);
    }
    assert_eq!(
        parse(&[("guide.toml", INDEX)]).expect_err("no step"),
        GuideError::Missing("steps/00-a.toml".into())
    );
}
