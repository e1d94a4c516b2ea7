//! Printing.

use super::ApiError;
use crate::patient::record::ConsentScope;
use crate::plan::revision::Revision;
use crate::report::action_cards::CardsInput;
use crate::report::cover::{self, CoverInput};
use crate::report::fonts::Fonts;
use crate::report::plan::PlanInput;
use crate::report::summary::SummaryInput;
use crate::report::{Printed, pdf};
use crate::settings::Language;
use crate::store::Store;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// The cover page as PDF bytes. `today` is the user's calendar day (作成日); `now` stamps the file.
pub fn cover(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let fonts = Fonts::load()?;
    let language = print_language(store)?;
    let kind = crate::report::words::say(&crate::report::words::words().plan_kind, language);
    let subtitle = match (store.current_plan()?, language) {
        (Some(plan), Language::Ja) => format!("{kind}（{}）", plan.scope.label_ja()),
        (Some(plan), Language::En) => format!("{kind} ({})", plan.scope.label(language)),
        (None, _) => kind.to_string(),
    };
    let input = CoverInput {
        organization: &view.organization,
        place: view.place.as_ref(),
        date: today,
        subtitle,
        language,
    };
    let layout = cover::layout(&input, &fonts);
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

/// The whole plan as it stands: cover, 改訂履歴, contents, chapters in MHLW order, gaps marked 「未記入」.
pub fn plan(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    plan_version(store, None, now, today)
}

/// 第n版 as it was fixed (`Some(n)`), or the working copy (`None`).
pub fn plan_version(
    store: &Store,
    number: Option<u32>,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Printed, ApiError> {
    let fonts = Fonts::load()?;
    let layout = plan_layout(store, number, today, &fonts)?;
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

/// The layout behind [`plan_version`]: what the PDF draws, for comparisons such as the benchmark's
/// DOCX of the same content.
pub fn plan_layout(
    store: &Store,
    number: Option<u32>,
    today: NaiveDate,
    fonts: &Fonts,
) -> Result<crate::report::layout::Layout, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let snapshot = super::revision::snapshot(store, number)?;
    let history = super::revision::history(store)?;
    let language = print_language(store)?;
    let version_label = version_label_in(store, number, &history, language)?;
    let revisions: Vec<_> = history.into_iter().filter(|r| number.is_none_or(|n| r.number <= n)).collect();
    // Only the current content counts today's register; a fixed version prints as it was fixed.
    let extra_insights = match number {
        None => crate::plan::insights::register_counts(&store.patients()?).into_iter().collect(),
        Some(_) => vec![],
    };
    let input = PlanInput {
        extra_insights,
        guide: super::plan::guide()?,
        organization: &view.organization,
        place: view.place.as_ref(),
        scope: snapshot.scope,
        answers: &snapshot.answers,
        date: today,
        revisions: &revisions,
        version_label,
        language,
    };
    Ok(crate::report::plan::layout(&input, fonts))
}

/// 「第2版」 for a fixed version, the latest fixed one if nothing changed since, 「第3版（案）」 if it
/// did, 「初版（未確定）」 before the first revision.
fn version_label(store: &Store, number: Option<u32>, history: &[Revision]) -> Result<String, ApiError> {
    version_label_in(store, number, history, Language::Ja)
}

fn version_label_in(
    store: &Store,
    number: Option<u32>,
    history: &[Revision],
    language: Language,
) -> Result<String, ApiError> {
    let fixed = |n: u32| match language {
        Language::Ja => format!("第{n}版"),
        Language::En => format!("Version {n}"),
    };
    Ok(match (number, history.last()) {
        (Some(n), _) => fixed(n),
        (None, None) => match language {
            Language::Ja => "初版（未確定）".to_string(),
            Language::En => "First version (not yet fixed)".to_string(),
        },
        (None, Some(last)) if super::revision::compare(store, Some(last.number), None)?.is_empty() => {
            fixed(last.number)
        }
        (None, Some(last)) => match language {
            Language::Ja => format!("第{}版（案）", last.number + 1),
            Language::En => format!("Version {} (draft)", last.number + 1),
        },
    })
}

/// The language documents print in (Settings). The plan, its cover, the summary and the action cards
/// follow it; the other documents stay Japanese whatever is chosen (their words are not translated yet).
fn print_language(store: &Store) -> Result<Language, ApiError> {
    Ok(super::settings::get(store)?.print_language)
}

/// 事業継続計画サマリ (one page) of the current content.
pub fn summary(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let plan = super::plan::current(store)?.ok_or(ApiError::NoPlan)?;
    let fonts = Fonts::load()?;
    let language = print_language(store)?;
    let input = SummaryInput {
        guide: super::plan::guide()?,
        organization: &view.organization,
        answers: &plan.answers,
        version_label: version_label_in(store, None, &super::revision::history(store)?, language)?,
        date: today,
        language,
    };
    let layout = crate::report::summary::layout(&input, &fonts)?;
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

/// 発災時アクションカード, two per A4 page, of the current content.
pub fn action_cards(store: &Store, now: DateTime<Utc>, _today: NaiveDate) -> Result<Printed, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let plan = super::plan::current(store)?.ok_or(ApiError::NoPlan)?;
    let fonts = Fonts::load()?;
    let language = print_language(store)?;
    let input = CardsInput {
        guide: super::plan::guide()?,
        organization: &view.organization,
        answers: &plan.answers,
        version_label: version_label_in(store, None, &super::revision::history(store)?, language)?,
        language,
    };
    let layout = crate::report::action_cards::layout(&input, &fonts)?;
    Ok(pdf::render(&layout, &fonts, now.timestamp()))
}

pub fn summary_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "BCPサマリ", today)
}

pub fn action_cards_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "アクションカード", today)
}

/// 「BCP_訪問看護ステーションさくら_20261125.pdf」.
pub fn plan_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "BCP", today)
}

/// A file name to offer in the save dialog: 「表紙_訪問看護ステーションさくら_20261125.pdf」.
pub fn cover_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "表紙", today)
}

fn file_name(store: &Store, prefix: &str, today: NaiveDate) -> Result<String, ApiError> {
    file_name_with(store, prefix, today, "pdf")
}

/// 「{prefix}_{organisation}_{YYYYMMDD}.{ext}」 with characters file systems refuse replaced.
pub(super) fn file_name_with(
    store: &Store,
    prefix: &str,
    today: NaiveDate,
    extension: &str,
) -> Result<String, ApiError> {
    let view = super::organization::get(store)?.ok_or(ApiError::NoOrganization)?;
    let name: String = view
        .organization
        .name
        .chars()
        .map(|c| if r#"\/:*?"<>|"#.contains(c) || c.is_control() { '_' } else { c })
        .take(60)
        .collect();
    Ok(format!("{prefix}_{}_{}.{extension}", name.trim(), today.format("%Y%m%d")))
}

/// 優先順位名簿 with the battery-hours table, as of `now`. Names leave the screen: audited.
/// `offset` is the user's time zone, for the times printed.
/// With a `recipient`, names are printed only for patients whose consent covers that recipient.
pub fn roster(
    store: &mut Store,
    recipient: Option<ConsentScope>,
    now: DateTime<Utc>,
    offset: FixedOffset,
) -> Result<Printed, ApiError> {
    people_paper(store, recipient, now, offset, "print.roster", crate::report::roster::roster)
}

/// 安否確認シート in priority order. Audited.
pub fn check_sheet(store: &mut Store, now: DateTime<Utc>, offset: FixedOffset) -> Result<Printed, ApiError> {
    people_paper(store, None, now, offset, "print.check-sheet", crate::report::roster::check_sheet)
}

fn people_paper(
    store: &mut Store,
    recipient: Option<ConsentScope>,
    now: DateTime<Utc>,
    offset: FixedOffset,
    action: &str,
    lay_out: fn(&crate::report::roster::RosterInput, &Fonts) -> crate::report::layout::Layout,
) -> Result<Printed, ApiError> {
    let fonts = Fonts::load()?;
    let (layout, patients, named) = people_layout(store, recipient, now, offset, &fonts, lay_out)?;
    let printed = pdf::render(&layout, &fonts, now.timestamp());
    let audience = recipient.map_or("internal".to_string(), |r| format!("{r:?}"));
    let detail = format!("{patients} patients, {named} named, for {audience}");
    store.audit(&super::timestamp(now), action, "*", &detail)?;
    Ok(printed)
}

/// The layout behind [`roster`] for internal use (every name), without the audit entry: it has not
/// left the process. For comparisons such as the benchmark's DOCX of the same content.
pub fn roster_layout(
    store: &mut Store,
    now: DateTime<Utc>,
    offset: FixedOffset,
    fonts: &Fonts,
) -> Result<crate::report::layout::Layout, ApiError> {
    Ok(people_layout(store, None, now, offset, fonts, crate::report::roster::roster)?.0)
}

/// (layout, patients listed, patients named).
fn people_layout(
    store: &mut Store,
    recipient: Option<ConsentScope>,
    now: DateTime<Utc>,
    offset: FixedOffset,
    fonts: &Fonts,
    lay_out: fn(&crate::report::roster::RosterInput, &Fonts) -> crate::report::layout::Layout,
) -> Result<(crate::report::layout::Layout, usize, usize), ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let list = super::patients::list(store, now)?;
    let records = store.patients()?;
    let input = crate::report::roster::RosterInput {
        organization: &organization.name,
        list: &list,
        records: &records,
        computed_at_label: crate::dates::wareki_time(now, offset),
        outage_label: list
            .outage
            .as_ref()
            .and_then(|o| DateTime::parse_from_rfc3339(&o.started_at).ok())
            .map(|at| crate::dates::wareki_time(at.to_utc(), offset)),
        recipient,
        today: now.with_timezone(&offset).date_naive(),
        drill_label: None,
    };
    let named = match recipient {
        None => list.patients.len(),
        Some(scope) => records.iter().filter(|r| r.consents_to(scope, input.today)).count(),
    };
    Ok((lay_out(&input, fonts), list.patients.len(), named))
}

/// 災害時個別支援計画 of one patient, with the hours the household's power lasts when fully charged.
pub fn support_plan(
    store: &mut Store,
    id: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Printed, ApiError> {
    patient_paper(store, id, now, today, "print.support-plan", crate::report::support_plan::layout)
}

/// The same record in the shape of the statutory 個別避難計画, as a draft for the municipality.
pub fn evacuation_plan(
    store: &mut Store,
    id: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Printed, ApiError> {
    patient_paper(store, id, now, today, "print.evacuation-plan", crate::report::evacuation_plan::layout)
}

fn patient_paper(
    store: &mut Store,
    id: &str,
    now: DateTime<Utc>,
    today: NaiveDate,
    action: &str,
    lay_out: fn(&crate::report::support_plan::SupportPlanInput, &Fonts) -> crate::report::layout::Layout,
) -> Result<Printed, ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let record = store.patient(id)?.ok_or_else(|| ApiError::NoSuchPatient(id.into()))?;
    let devices: Vec<_> = record.devices.iter().map(|d| d.device.clone()).collect();
    let power = crate::patient::power::hours_left(&devices, &record.power_sources, 0.0);
    let fonts = Fonts::load()?;
    let input = crate::report::support_plan::SupportPlanInput {
        organization: &organization.name,
        record: &record,
        power: &power,
        date_label: crate::dates::wareki_with_iso(today),
        today,
    };
    let printed = pdf::render(&lay_out(&input, &fonts), &fonts, now.timestamp());
    store.audit(&super::timestamp(now), action, id, "")?;
    Ok(printed)
}

/// 連携型BCP: members, agreements, shared levels, service levels over time, contacts, open issues.
pub fn connected(store: &mut Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let ours = super::exchange::our_content(store, None, now, today)?;
    let view = super::exchange::link_view(store, now, today)?;
    let fingerprint = super::exchange::identity(store, now)?.fingerprint;
    let fonts = Fonts::load()?;
    let input = crate::report::connected::ConnectedInput {
        ours: &ours,
        our_fingerprint: &fingerprint,
        view: &view,
        date_label: crate::dates::wareki_with_iso(today),
    };
    Ok(pdf::render(&crate::report::connected::layout(&input, &fonts), &fonts, now.timestamp()))
}

pub fn connected_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "連携型BCP", today)
}

/// 地域BCP from the members' current files.
pub fn regional(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let dashboard = super::regional::dashboard(store, today)?;
    let answers = match store.current_plan()? {
        Some(row) => Some(store.answers(row.id)?),
        None => None,
    };
    let fonts = Fonts::load()?;
    let input = crate::report::regional::RegionalInput {
        base_name: &organization.name,
        dashboard: &dashboard,
        answers: answers.as_ref(),
        date_label: crate::dates::wareki_with_iso(today),
    };
    Ok(pdf::render(&crate::report::regional::layout(&input, &fonts), &fonts, now.timestamp()))
}

pub fn regional_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "地域BCP", today)
}

/// 訓練パック: scenario, tabletop, action cards, roster and check sheet as of the drill's start, staff
/// roll-call, partner contacts. Names patients: audited.
pub fn drill_pack(store: &mut Store, drill_id: &str, now: DateTime<Utc>) -> Result<Printed, ApiError> {
    let (layout, named) = drill_pack_layout(store, drill_id)?;
    let fonts = Fonts::load()?;
    let printed = pdf::render(&layout, &fonts, now.timestamp());
    store.audit(&super::timestamp(now), "print.drill-pack", drill_id, &format!("{named} patients named"))?;
    Ok(printed)
}

/// The drill pack as data (tests read it), and how many patients it names.
pub fn drill_pack_layout(
    store: &Store,
    drill_id: &str,
) -> Result<(crate::report::layout::Layout, usize), ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let drill = super::drills::get(store, drill_id)?;
    let scenario = crate::drill::scenario::find(&drill.scenario_id)
        .ok_or_else(|| crate::drill::DrillError::UnknownScenario(drill.scenario_id.clone()))?;
    let starts_at = DateTime::parse_from_rfc3339(&drill.starts_at)
        .map_err(|_| crate::drill::DrillError::BadStart(drill.starts_at.clone()))?;
    let offset = *starts_at.offset();
    let tabletop = super::drills::run_tabletop(store, &drill)?;
    // The roster as it would read at T0 of the drill's blackout: the hours are the full recorded ones.
    let records = store.patients()?;
    let config = crate::patient::priority::config().map_err(ApiError::Priority)?;
    let hypothetical = crate::patient::outage::OutageDeclaration {
        started_at: drill.starts_at.clone(),
        municipalities: vec![],
        note: String::new(),
        evacuation_orders: vec![],
    };
    let at_start = starts_at.to_utc();
    let list = super::patients::PatientList {
        outage: None,
        computed_at: super::timestamp(at_start),
        patients: super::patients::rank_records(&records, Some(&hypothetical), &[], at_start, &config),
        config_version: config.version.clone(),
    };
    let plan = super::plan::current(store)?;
    let history = match &plan {
        Some(_) => super::revision::history(store)?,
        None => vec![],
    };
    let version = match &plan {
        Some(_) => version_label(store, None, &history)?,
        None => String::new(),
    };
    let guide = super::plan::guide()?;
    let staff = plan.as_ref().map(|p| staff_rows(guide, &p.answers)).unwrap_or_default();
    let partners = store.partners()?;
    let agreements = store.agreements()?;
    let fonts = Fonts::load()?;
    let input = crate::report::drill_pack::DrillPackInput {
        organization: &organization.name,
        drill: &drill,
        scenario,
        starts_at,
        tabletop: &tabletop,
        roster: crate::report::roster::RosterInput {
            organization: &organization.name,
            list: &list,
            records: &records,
            computed_at_label: crate::dates::wareki_time(at_start, offset),
            outage_label: None,
            recipient: None,
            today: starts_at.date_naive(),
            drill_label: Some(format!(
                "{}から{}時間の停電（{}）",
                crate::dates::wareki_time(at_start, offset),
                drill.blackout_hours,
                drill.title
            )),
        },
        cards: plan.as_ref().map(|p| CardsInput {
            guide,
            organization: &organization,
            answers: &p.answers,
            version_label: version.clone(),
            // The drill pack is Japanese throughout (its own words are not translated yet).
            language: Language::Ja,
        }),
        staff,
        partners: &partners,
        agreements: &agreements,
    };
    Ok((crate::report::drill_pack::layout(&input, &fonts)?, records.len()))
}

fn staff_rows(
    guide: &crate::guide::Guide,
    answers: &crate::plan::Answers,
) -> Vec<crate::report::drill_pack::StaffRow> {
    let job_label = |id: &str| {
        guide
            .step("staff-roster")
            .and_then(|s| s.field("staff"))
            .and_then(|f| match &f.shape {
                crate::guide::Shape::Table { columns, .. } => columns.iter().find(|c| c.id == "job"),
                _ => None,
            })
            .and_then(|c| c.options.iter().find(|o| o.id == id))
            .map_or(id.to_string(), |o| o.ja.clone())
    };
    answers
        .get("staff-roster", "staff")
        .and_then(|v| v.as_array())
        .map(|rows| {
            rows.iter()
                .filter_map(|r| {
                    let text =
                        |k: &str| r.get(k).and_then(|v| v.as_str()).unwrap_or_default().trim().to_string();
                    let name = text("name");
                    (!name.is_empty()).then(|| crate::report::drill_pack::StaffRow {
                        name,
                        job: job_label(&text("job")),
                        phone: text("phone"),
                        walk_minutes: r.get("walk-minutes").and_then(|v| v.as_f64()),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn drill_pack_file_name(store: &Store, drill_id: &str, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, &format!("訓練パック_{drill_id}"), today)
}

/// BCPの点検記録: the four checks' evidence (plan, briefings, drills, reviews).
pub fn evidence(store: &Store, now: DateTime<Utc>, today: NaiveDate) -> Result<Printed, ApiError> {
    let fonts = Fonts::load()?;
    Ok(pdf::render(&evidence_layout(store, today)?, &fonts, now.timestamp()))
}

/// The evidence document as data (tests read it).
pub fn evidence_layout(store: &Store, today: NaiveDate) -> Result<crate::report::layout::Layout, ApiError> {
    let organization = store.organization()?.ok_or(ApiError::NoOrganization)?;
    let plan = super::plan::current(store)?;
    let history = match &plan {
        Some(_) => super::revision::history(store)?,
        None => vec![],
    };
    let version_label = match &plan {
        Some(_) => version_label(store, None, &history)?,
        None => "計画なし".to_string(),
    };
    let obligations = super::revision::obligations_for(store, today)?;
    let staff = plan.as_ref().map(|p| super::drills::staff_names(&p.answers)).unwrap_or_default();
    let (drills, briefings, items) = (store.drills()?, store.briefings()?, store.action_items()?);
    let fonts = Fonts::load()?;
    let input = crate::report::evidence::EvidenceInput {
        organization: &organization.name,
        today,
        version_label,
        history: &history,
        obligations: &obligations,
        briefings: &briefings,
        staff: &staff,
        drills: &drills,
        action_items: &items,
    };
    Ok(crate::report::evidence::layout(&input, &fonts))
}

pub fn evidence_file_name(store: &Store, today: NaiveDate) -> Result<String, ApiError> {
    file_name(store, "BCP点検記録", today)
}
