use super::*;
use crate::guide::{Choice, Text};
use serde_json::json;

fn text() -> Text {
    Text { ja: "あ".into(), en: "a".into() }
}

fn opt(id: &str) -> Choice {
    Choice { id: id.into(), ja: id.into(), en: id.into() }
}

fn table() -> Shape {
    let column = |id: &str, kind: ColumnKind, required: bool| Column {
        id: id.into(),
        kind,
        label: text(),
        required,
        options: if kind == ColumnKind::Choice { vec![opt("continue"), opt("suspend")] } else { vec![] },
        unit: None,
    };
    Shape::Table {
        min_rows: Some(2),
        columns: vec![
            column("name", ColumnKind::Text, true),
            column("class", ColumnKind::Choice, true),
            column("staff", ColumnKind::Number, false),
            column("alternates", ColumnKind::List, false),
        ],
    }
}

#[test]
fn shape_checks() {
    let list = Shape::List { min_items: Some(2), max_length: Some(5) };
    let choice = Shape::Choice { options: vec![opt("a"), opt("b")] };
    let number = Shape::Number { min: Some(0.0), max: Some(100.0), unit: None };
    let matrix = Shape::Matrix { rows: vec![opt("power")], columns: vec![opt("d0")], min_filled_rows: None };
    let table_shape = table();
    let table: Vec<(&Shape, Value, Result<(), &str>)> = vec![
        (&list, json!(["一", "二"]), Ok(())),
        (&list, json!("一"), Err("expected a list")),
        (&list, json!(["六文字以上だ"]), Err("longer than 5 characters")),
        (&choice, json!("b"), Ok(())),
        (&choice, json!(""), Ok(())),
        (&choice, json!("c"), Err("\"c\" is not one of the options")),
        (&number, json!(12.5), Ok(())),
        (&number, json!(-1), Err("-1 is outside the allowed range")),
        (&Shape::Date {}, json!("2027-05-31"), Ok(())),
        (&Shape::Date {}, json!("令和9年5月31日"), Err("\"令和9年5月31日\" is not a date (YYYY-MM-DD)")),
        (&matrix, json!({"power": {"d0": "停電"}}), Ok(())),
        (&matrix, json!({"gas": {"d0": "停止"}}), Err("unknown row \"gas\"")),
        (
            &table_shape,
            json!([{"name": "訪問", "class": "continue", "staff": 2, "alternates": ["A", "B"]}]),
            Ok(()),
        ),
        (
            &table_shape,
            json!([{"name": "訪問", "class": "maybe"}]),
            Err("row 1, column class: \"maybe\" is not one of the options"),
        ),
        (&table_shape, json!([{"nme": "訪問"}]), Err("unknown column \"nme\"")),
        (&table_shape, Value::Null, Ok(())),
    ];
    for (shape, value, want) in table {
        assert_eq!(check(shape, &value).map_err(|e| e.to_string()), want.map_err(str::to_string), "{value}");
    }
}

#[test]
fn gap_reasons() {
    let table_shape = table();
    let list = Shape::List { min_items: Some(2), max_length: None };
    let matrix = Shape::Matrix {
        rows: vec![opt("power"), opt("water")],
        columns: vec![opt("d0")],
        min_filled_rows: Some(2),
    };
    let cases: Vec<(&Shape, Option<Value>, Option<GapReason>)> = vec![
        (&Shape::Text { max_length: None }, None, Some(GapReason::Empty)),
        (&Shape::Text { max_length: None }, Some(json!("　 ")), Some(GapReason::Empty)),
        (&Shape::Text { max_length: None }, Some(json!("本部")), None),
        (&list, Some(json!(["一", " "])), Some(GapReason::TooFewItems { have: 1, need: 2 })),
        (&list, Some(json!(["一", "二"])), None),
        (
            &table_shape,
            Some(json!([{"name": "訪問", "class": "continue"}])),
            Some(GapReason::TooFewRows { have: 1, need: 2 }),
        ),
        (
            &table_shape,
            Some(json!([{"name": "訪問", "class": "continue"}, {"name": "会議"}])),
            Some(GapReason::IncompleteRow { row: 2, column: "class".into() }),
        ),
        (
            &table_shape,
            Some(json!([{"name": "訪問", "class": "continue"}, {}, {"name": "会議", "class": "suspend"}])),
            None,
        ),
        (
            &matrix,
            Some(json!({"power": {"d0": "停電"}, "water": {"d0": " "}})),
            Some(GapReason::TooFewFilledRows { have: 1, need: 2 }),
        ),
        (&Shape::Number { min: None, max: None, unit: None }, Some(json!(0)), None),
    ];
    for (shape, value, want) in cases {
        assert_eq!(gap(shape, value.as_ref()), want, "{value:?}");
    }
}
