//! `homecare-bcp drill …` and `homecare-bcp reminders`: plan drills, run the tabletop, record results
//! and briefings, close action items with a revision — the same `api::drills` calls as the 訓練 screen.

use super::{from_json_file, to_json};
use crate::error::IpcError;
use bcp_core::api;
use bcp_core::drill::scenario::offset_label;
use bcp_core::drill::tabletop::CoverBy;
use bcp_core::store::Store;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum DrillCommand {
    /// The drill scenarios and their timelines.
    Scenarios,
    /// Plan a drill from a JSON file (the shape of Drill; an empty id adds a new one).
    Add { file: PathBuf },
    /// Drills, action items and briefings.
    List {
        #[arg(long)]
        json: bool,
    },
    /// 机上訓練: who runs out of power in the drill's blackout, when, and who covers them. Names patients (audited).
    Tabletop {
        drill: String,
        #[arg(long)]
        json: bool,
    },
    /// Record what happened (JSON of DrillResult); findings with an action become action items.
    Record { drill: String, file: PathBuf },
    /// Close an action item with the plan version (第n版) that took it in.
    Close {
        item: String,
        #[arg(long)]
        revision: u32,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Record a staff briefing (周知・研修) from a JSON file (the shape of Briefing).
    Briefing { file: PathBuf },
}

pub fn run(store: &mut Store, command: DrillCommand) -> Result<(), IpcError> {
    let now = chrono::Utc::now();
    match command {
        DrillCommand::Scenarios => {
            for s in bcp_core::drill::scenario::all() {
                say!("{}\t{}（停電{}時間）", s.id, s.title.ja, s.blackout_hours);
                for i in &s.injects {
                    say!("  {}\t{}", offset_label(i.at_minutes), i.event.ja);
                }
            }
        }
        DrillCommand::Add { file } => {
            let id = api::drills::save(store, from_json_file(&file)?, now)?;
            say!("訓練 {id} を保存しました。");
        }
        DrillCommand::List { json } => {
            let view = api::drills::view(store)?;
            if json {
                say!("{}", to_json(&view)?);
                return Ok(());
            }
            for d in &view.drills {
                let status =
                    d.result.as_ref().map_or("予定".to_string(), |r| format!("実施 {}", r.held_on));
                say!("{}\t{}\t{}\t{}\t{}", d.id, d.starts_at, d.kind.label_ja(), d.title, status);
            }
            for i in &view.action_items {
                let status = i
                    .closed
                    .as_ref()
                    .map_or("未完了".to_string(), |c| format!("第{}版で対応", c.revision));
                let due = i.due_on.as_deref().unwrap_or("—");
                say!("{}\t{}\t担当 {}\t期限 {due}\t{status}", i.id, i.action, i.owner);
            }
            for b in &view.briefings {
                say!("{}\t{}\t{}\t{}名", b.id, b.held_on, b.topic, b.attendees.len());
            }
        }
        DrillCommand::Tabletop { drill, json } => {
            let t = api::drills::tabletop(store, &drill, now)?;
            if json {
                say!("{}", to_json(&t)?);
                return Ok(());
            }
            say!(
                "停電{}時間：電源が切れる患者 {}名（手当てなし {}名）、訪問できない患者 {}名",
                t.blackout_hours,
                t.running_out,
                t.uncovered,
                t.unvisited
            );
            for p in &t.patients {
                let by = |c: &bcp_core::drill::tabletop::Cover| match c.by {
                    CoverBy::Us => "当事業所".to_string(),
                    CoverBy::Partner => c.partner_name.clone().unwrap_or_default(),
                    CoverBy::OwnArrangement => "調整済みの入院先".to_string(),
                    CoverBy::Nobody => "なし".to_string(),
                };
                say!(
                    "{}\t{:?}\t{}\t{}\t訪問 {}\t確保 {}",
                    p.id,
                    p.tier,
                    p.limit_hours.map_or("不明".into(), |h| format!("{h:.1}時間")),
                    p.runs_out_at.as_deref().unwrap_or("停電中はもつ"),
                    by(&p.visit),
                    p.bridge.as_ref().map_or("—".into(), by)
                );
            }
            for l in &t.extra_load {
                say!("{}", l.reason.ja);
            }
        }
        DrillCommand::Record { drill, file } => {
            let d = api::drills::record_result(store, &drill, from_json_file(&file)?, now)?;
            let findings = d.result.as_ref().map_or(0, |r| r.findings.len());
            say!("訓練 {} の記録を保存しました（課題 {findings} 件）。", d.id);
        }
        DrillCommand::Close { item, revision, note } => {
            let today = chrono::Local::now().date_naive();
            let i = api::drills::close_action_item(store, &item, revision, note, today, now)?;
            say!("{} を第{revision}版で対応済みにしました。", i.id);
        }
        DrillCommand::Briefing { file } => {
            let id = api::drills::save_briefing(store, from_json_file(&file)?, now)?;
            say!("周知の記録 {id} を保存しました。");
        }
    }
    Ok(())
}

/// `homecare-bcp reminders`: what keeps the plan current, most urgent first.
pub fn reminders(store: &Store, json: bool) -> Result<(), IpcError> {
    let list = api::drills::reminders_for(store, chrono::Local::now().date_naive())?;
    if json {
        say!("{}", to_json(&list)?);
        return Ok(());
    }
    if list.is_empty() {
        say!("お知らせはありません。");
    }
    for r in &list {
        let mark = match r.urgency {
            bcp_core::reminder::Urgency::Overdue => "期限切れ",
            bcp_core::reminder::Urgency::DueSoon => "まもなく",
            bcp_core::reminder::Urgency::Notice => "お知らせ",
        };
        say!("[{mark}] {}", r.text.ja);
    }
    Ok(())
}
