//! Headless subcommands: the same `bcp_core::api` calls as the window, for coordinators' batch work,
//! scripts and tests. `HOMECARE_BCP_DATA_DIR` selects the data folder here too.
//!
//! Gap (distribution issue): a Windows release build is a GUI-subsystem binary, so its subcommands
//! print nothing in cmd.exe until it attaches to the parent console.

use crate::error::{IpcError, IpcErrorKind};
use crate::paths::{database_path, write_atomically};
use bcp_core::api;
use bcp_core::organization::{OrganizationDraft, OrganizationKind};
use bcp_core::patient::record::{ConsentScope, PatientRecord};
use bcp_core::plan::PlanScope;
use bcp_core::plan::progress::describe_ja;
use bcp_core::plan::revision::RevisionInput;
use bcp_core::store::Store;
use clap::{Parser, Subcommand};

/// `println!` that does not panic when stdout is closed (e.g. `homecare-bcp plan show | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
use std::path::PathBuf;
use std::process::ExitCode;

mod drills;
mod exchange;
mod patient_table;
mod regional;
mod safety;

#[derive(Parser, Debug)]
#[command(
    name = "homecare-bcp",
    version,
    about = "在宅医療BCP — home-care business continuity plans. Without a subcommand, opens the desktop app.",
    after_help = "Data folder: $HOMECARE_BCP_DATA_DIR, else the OS application-data folder."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// The region master (三次 → 二次 → 在宅医療圏 → 市町村).
    #[command(subcommand)]
    Regions(RegionsCommand),
    /// The organisation (事業所) this installation belongs to.
    #[command(subcommand)]
    Org(OrgCommand),
    /// The 機関型BCP: start it, answer fields, see what is missing.
    #[command(subcommand)]
    Plan(PlanCommand),
    /// Write printed documents as PDF.
    #[command(subcommand)]
    Print(PrintCommand),
    /// Bundled sample organisations with complete plans (fictional), for trying the app and training.
    #[command(subcommand)]
    Samples(SamplesCommand),
    /// The register of electricity-dependent patients (要配慮患者台帳).
    #[command(subcommand)]
    Patients(PatientsCommand),
    /// 停電・災害対応: declare an outage, record safety checks, end it.
    #[command(subcommand)]
    Outage(OutageCommand),
    /// The audit log (監査ログ): who viewed, saved, printed, exported, imported or released patient
    /// data, oldest first; filtered, or written as CSV.
    Audit(safety::AuditArgs),
    /// Backups (バックアップ) in the data folder: list, take, preview, restore.
    #[command(subcommand)]
    Backup(safety::BackupCommand),
    /// The optional start-up passphrase.
    #[command(subcommand)]
    Lock(safety::LockCommand),
    /// 連携先と協定 (partner directory and agreements).
    #[command(subcommand)]
    Partners(exchange::PartnersCommand),
    /// Write this organisation's exchange file (.hcbcp): public (counts only), or encrypted to one partner.
    Export {
        /// The partner's key fingerprint: the file is encrypted to it and names consenting patients.
        #[arg(long, conflicts_with = "public", required_unless_present = "public")]
        to: Option<String>,
        /// A file anyone may read: patients as counts only.
        #[arg(long)]
        public: bool,
        /// During a declared outage or disaster: also name the P0/P1 patients without consent, for the
        /// protection of life. The reason is required and goes to the audit log and into the file.
        #[arg(long, requires = "to")]
        break_glass: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Import a partner's exchange file: every check first, all or nothing.
    Import { file: PathBuf },
    /// The checks across partners' plans (連携型BCPの点検), each with its reason.
    Connected,
    /// 地域BCP at a coordination base: region, members' files, dashboard, regional PDF.
    #[command(subcommand)]
    Region(regional::RegionCommand),
    /// 訓練・周知: scenarios, drills, the tabletop, results, action items, staff briefings.
    #[command(subcommand)]
    Drill(drills::DrillCommand),
    /// What keeps the plan current (reviews, drills, briefings, expiries), most urgent first.
    Reminders {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
enum PatientsCommand {
    /// Add or replace one patient from a JSON record (the shape of PatientRecord; see --help of the app docs).
    Add { file: PathBuf },
    /// Every patient in priority order, with the tier, the hours of power left and the reasons.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Import a CSV (UTF-8 or Shift_JIS) or Excel list: every row or none. Headers are matched to
    /// columns by name; patients already registered are left alone.
    Import {
        file: PathBuf,
        /// Show what would happen, row by row, and change nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
        /// For an encrypted export (.age): a file whose first line is its passphrase.
        #[arg(long)]
        passphrase_file: Option<PathBuf>,
    },
    /// Write the register as CSV (UTF-8 with BOM) or Excel, by the extension of --out, always
    /// encrypted to a passphrase (the file gets `.age`; `age -d` or this app's import opens it). Audited.
    Export {
        #[arg(long)]
        out: PathBuf,
        /// A file whose first line is the passphrase (at least 8 characters).
        #[arg(long)]
        passphrase_file: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum OutageCommand {
    /// Declare an outage (default: now), for some municipalities or everyone.
    Start {
        /// RFC 3339 start time, e.g. 2026-11-25T13:40:00+09:00
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        municipality: Vec<String>,
    },
    /// Record a safety check (安否確認).
    Check {
        #[arg(long)]
        patient: String,
        #[arg(long)]
        by: String,
        /// reached the patient (omit when the call went unanswered)
        #[arg(long)]
        reached: bool,
        /// ok | unwell | deteriorated | unknown
        #[arg(long, default_value = "unknown")]
        condition: String,
        /// mains | battery | bag | failed | unknown
        #[arg(long, default_value = "unknown")]
        device: String,
        #[arg(long)]
        battery: Option<u8>,
        /// phone | visit | message | relay
        #[arg(long, default_value = "phone")]
        channel: String,
    },
    /// 避難指示 (警戒レベル4+) in these municipalities during the outage; without any, lifts them all.
    EvacuationOrder {
        #[arg(long)]
        municipality: Vec<String>,
    },
    /// End the outage; its checks stay on record.
    End,
}

#[derive(Subcommand, Debug)]
enum SamplesCommand {
    /// The samples there are.
    List,
    /// Load one (station | clinic | base) into this data folder; only while it has no organisation.
    Load { id: String },
}

#[derive(Subcommand, Debug)]
enum PlanCommand {
    /// Start the plan (no change if it exists).
    Start {
        /// disaster | infection | combined (一体型)
        #[arg(long, default_value = "combined")]
        scope: String,
    },
    /// Completeness per step, and every missing item with its reason.
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Fix the current content as the next version (改訂).
    Revise {
        /// 改訂日 YYYY-MM-DD (default: today)
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        approver: String,
        /// 次回見直し期限 YYYY-MM-DD
        #[arg(long)]
        next_review: Option<String>,
    },
    /// 改訂履歴.
    History,
    /// What changed between two versions (omit --to for the working copy).
    Diff {
        #[arg(long)]
        from: u32,
        #[arg(long)]
        to: Option<u32>,
    },
    /// The inspector's checklist (義務要件) with what evidence is missing.
    Obligations,
    /// Set one field's value as JSON (null clears it), e.g. --step basic-policy --field principles '["…"]'.
    Answer {
        #[arg(long)]
        step: String,
        #[arg(long)]
        field: String,
        value: String,
    },
}

#[derive(Subcommand, Debug)]
enum RegionsCommand {
    /// List every home-care region with its health centre, population and municipalities.
    List {
        /// Print JSON (the same shape the UI receives) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Replace the region master with a region CSV file (format: seeds/regions/README.md). All or nothing.
    Import { file: PathBuf },
}

#[derive(Subcommand, Debug)]
enum OrgCommand {
    /// Show the registered organisation.
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Register or edit the organisation. Options not given keep their stored values.
    Set {
        /// zaitaku-clinic | zaitaku-hospital | clinic | nursing-station | coordination-base | other
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        corporation_name: Option<String>,
        #[arg(long)]
        address: Option<String>,
        /// A municipality from the region master, e.g. 名寄市 ("" clears it).
        #[arg(long)]
        municipality: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        manager: Option<String>,
    },
}

/// Who a shared roster is for (the consent scopes of the register).
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum Recipient {
    Partners,
    Municipality,
    RegionalBase,
    PowerCompany,
}

impl From<Recipient> for ConsentScope {
    fn from(r: Recipient) -> Self {
        match r {
            Recipient::Partners => ConsentScope::Partners,
            Recipient::Municipality => ConsentScope::Municipality,
            Recipient::RegionalBase => ConsentScope::RegionalBase,
            Recipient::PowerCompany => ConsentScope::PowerCompany,
        }
    }
}

#[derive(Subcommand, Debug)]
enum PrintCommand {
    /// The plan's cover page (表紙), A4.
    Cover {
        #[arg(long)]
        out: PathBuf,
    },
    /// 優先順位名簿 (priority roster with the battery-hours table), as of now.
    Roster {
        #[arg(long)]
        out: PathBuf,
        /// A copy for someone outside: names only where the patient's consent covers them.
        #[arg(long = "for", value_enum)]
        recipient: Option<Recipient>,
    },
    /// 安否確認シート: names and phones in priority order, blank columns to fill in by hand.
    CheckSheet {
        #[arg(long)]
        out: PathBuf,
    },
    /// 災害時個別支援計画 of one patient.
    SupportPlan {
        #[arg(long)]
        patient: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// 連携型BCP: members, agreements, shared levels, contacts and open issues.
    Connected {
        #[arg(long)]
        out: PathBuf,
    },
    /// 個別避難計画 of one patient: the same record in the statutory plan's shape, for the municipality.
    EvacuationPlan {
        #[arg(long)]
        patient: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// 訓練パック of one drill: scenario, tabletop, action cards, roster and sheets, contacts.
    DrillPack {
        #[arg(long)]
        drill: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// BCPの点検記録: the plan, staff briefings, drill records and reviews, for an inspection.
    Evidence {
        #[arg(long)]
        out: PathBuf,
    },
    /// The whole plan (機関型BCP): cover, 改訂履歴, contents, chapters, A4.
    Plan {
        #[arg(long)]
        out: PathBuf,
        /// An earlier fixed version (第n版) instead of the current content.
        #[arg(long, conflicts_with_all = ["summary", "action_cards"])]
        version: Option<u32>,
        /// The one-page 事業継続計画サマリ instead of the whole plan.
        #[arg(long, conflicts_with = "action_cards")]
        summary: bool,
        /// 発災時アクションカード (two per page) instead of the whole plan.
        #[arg(long)]
        action_cards: bool,
    },
}

pub fn run(cli: Cli) -> ExitCode {
    match execute(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("エラー: {}\nerror: {}", sentence_ja(&e), e.message);
            ExitCode::FAILURE
        }
    }
}

fn open() -> Result<Store, IpcError> {
    let path = database_path().map_err(IpcError::storage)?;
    let mut store = api::open(&path, chrono::Utc::now())?;
    store.set_actor(&format!("{} (cli)", crate::paths::os_account()));
    Ok(store)
}

fn execute(command: Command) -> Result<(), IpcError> {
    match command {
        Command::Regions(RegionsCommand::List { json }) => {
            let store = open()?;
            let tree = api::regions::tree(&store)?
                .ok_or_else(|| IpcError::new(IpcErrorKind::NotFound, "no region master is loaded"))?;
            if json {
                say!("{}", to_json(&tree)?);
                return Ok(());
            }
            for tertiary in &tree.tertiary_regions {
                say!("{}", tertiary.name);
                for secondary in &tertiary.secondary_regions {
                    say!("  {}", secondary.name);
                    for region in &secondary.home_care_regions {
                        say!(
                            "    {}\t{}\t人口: {}\t{}",
                            region.name,
                            region.health_center,
                            region.population,
                            region.municipalities.join("、")
                        );
                    }
                }
            }
            let t = tree.totals;
            say!(
                "在宅医療圏 {} / 市町村 {} / 人口 {} ({})",
                t.home_care_regions,
                t.municipalities,
                t.population,
                tree.source
            );
        }
        Command::Regions(RegionsCommand::Import { file }) => {
            let bytes = read_input(&file)?;
            let source = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut store = open()?;
            let tree = api::regions::import(&mut store, &bytes, &source, chrono::Utc::now())?;
            let t = tree.totals;
            say!(
                "取り込みました: 在宅医療圏 {} / 市町村 {} ({source})",
                t.home_care_regions,
                t.municipalities
            );
        }
        Command::Org(OrgCommand::Show { json }) => {
            let mut store = open()?;
            let view = api::organization::get(&store)?
                .ok_or_else(|| IpcError::from(api::ApiError::NoOrganization))?;
            if json {
                say!("{}", to_json(&view)?);
                return Ok(());
            }
            let o = &view.organization;
            say!("{}（{}）", o.name, o.kind.label_ja());
            for (label, value) in [
                ("法人名", &o.corporation_name),
                ("所在地", &o.address),
                ("電話", &o.phone),
                ("管理者", &o.manager_name),
            ] {
                if !value.is_empty() {
                    say!("{label}: {value}");
                }
            }
            if let Some(p) = &view.place {
                say!(
                    "市町村: {}{} / 在宅医療圏: {} / 二次医療圏: {} / {}",
                    p.prefecture,
                    p.municipality,
                    p.home_care_region,
                    p.secondary_region,
                    p.health_center
                );
            }
            say!("最終保存: {}", o.updated_at);
            let identity = api::exchange::identity(&mut store, chrono::Utc::now())?;
            say!("鍵の指紋（連携先に電話で読み上げて確認）: {}", identity.fingerprint);
        }
        Command::Org(OrgCommand::Set {
            kind,
            name,
            corporation_name,
            address,
            municipality,
            phone,
            manager,
        }) => {
            let mut store = open()?;
            let current = api::organization::get(&store)?.map(|v| v.organization);
            let kind = match kind {
                Some(code) => Some(OrganizationKind::from_code(&code).ok_or_else(|| IpcError {
                    kind: IpcErrorKind::InvalidInput,
                    message: format!("unknown kind {code:?}"),
                    field: Some("kind".into()),
                })?),
                None => current.as_ref().map(|c| c.kind),
            };
            let (Some(kind), Some(name)) = (kind, name.or_else(|| current.as_ref().map(|c| c.name.clone())))
            else {
                return Err(IpcError {
                    kind: IpcErrorKind::InvalidInput,
                    message: "the first registration needs --kind and --name".into(),
                    field: Some("name".into()),
                });
            };
            let keep =
                |new: Option<String>, old: Option<&String>| new.or_else(|| old.cloned()).unwrap_or_default();
            let draft = OrganizationDraft {
                kind,
                name,
                corporation_name: keep(corporation_name, current.as_ref().map(|c| &c.corporation_name)),
                address: keep(address, current.as_ref().map(|c| &c.address)),
                municipality: match municipality {
                    Some(m) => Some(m),
                    None => current.as_ref().and_then(|c| c.municipality.clone()),
                },
                phone: keep(phone, current.as_ref().map(|c| &c.phone)),
                manager_name: keep(manager, current.as_ref().map(|c| &c.manager_name)),
            };
            let view = api::organization::save(&mut store, draft, chrono::Utc::now())?;
            say!("保存しました: {}", view.organization.name);
        }
        Command::Plan(command) => plan(command)?,
        Command::Patients(command) => patients(command)?,
        Command::Partners(command) => exchange::partners(&mut open()?, command)?,
        Command::Export { to, out, break_glass, .. } => {
            exchange::export(&mut open()?, to, break_glass, &out)?
        }
        Command::Import { file } => exchange::import(&mut open()?, &file)?,
        Command::Connected => exchange::connected(&mut open()?)?,
        Command::Region(command) => regional::run(&mut open()?, command)?,
        Command::Drill(command) => drills::run(&mut open()?, command)?,
        Command::Reminders { json } => drills::reminders(&open()?, json)?,
        Command::Audit(args) => safety::audit(&mut open()?, args)?,
        Command::Backup(command) => safety::backup(&mut open()?, command)?,
        Command::Lock(command) => safety::lock(&mut open()?, command)?,
        Command::Outage(command) => outage(command)?,
        Command::Samples(SamplesCommand::List) => {
            for sample in api::samples::list()? {
                say!("{}\t{}", sample.id, sample.title.ja);
            }
        }
        Command::Samples(SamplesCommand::Load { id }) => {
            let mut store = open()?;
            api::samples::load(&mut store, &id, chrono::Utc::now())?;
            say!("サンプル {id} を読み込みました。");
        }
        Command::Print(document) => {
            let mut store = open()?;
            let (now, today) = (chrono::Utc::now(), chrono::Local::now().date_naive());
            let (printed, out) = match document {
                PrintCommand::Cover { out } => (api::report::cover(&store, now, today)?, out),
                PrintCommand::Roster { out, recipient } => {
                    (api::report::roster(&mut store, recipient.map(Into::into), now, local_offset())?, out)
                }
                PrintCommand::CheckSheet { out } => {
                    (api::report::check_sheet(&mut store, now, local_offset())?, out)
                }
                PrintCommand::SupportPlan { patient, out } => {
                    (api::report::support_plan(&mut store, &patient, now, today)?, out)
                }
                PrintCommand::Connected { out } => (api::report::connected(&mut store, now, today)?, out),
                PrintCommand::DrillPack { drill, out } => {
                    (api::report::drill_pack(&mut store, &drill, now)?, out)
                }
                PrintCommand::Evidence { out } => (api::report::evidence(&store, now, today)?, out),
                PrintCommand::EvacuationPlan { patient, out } => {
                    (api::report::evacuation_plan(&mut store, &patient, now, today)?, out)
                }
                PrintCommand::Plan { out, summary: true, .. } => {
                    (api::report::summary(&store, now, today)?, out)
                }
                PrintCommand::Plan { out, action_cards: true, .. } => {
                    (api::report::action_cards(&store, now, today)?, out)
                }
                PrintCommand::Plan { out, version, .. } => {
                    (api::report::plan_version(&store, version, now, today)?, out)
                }
            };
            write_atomically(&out, &printed.bytes)
                .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", out.display())))?;
            say!("{} ({} ページ)", out.display(), printed.pages);
            if !printed.missing_glyphs.is_empty() {
                let chars: String = printed.missing_glyphs.iter().collect();
                eprintln!("注意: フォントにない文字を〓で印字しました: {chars}");
            }
        }
    }
    Ok(())
}

fn plan(command: PlanCommand) -> Result<(), IpcError> {
    let mut store = open()?;
    match command {
        PlanCommand::Start { scope } => {
            let scope = PlanScope::from_code(&scope).ok_or_else(|| IpcError {
                kind: IpcErrorKind::InvalidInput,
                message: format!("unknown scope {scope:?} (disaster | infection | combined)"),
                field: Some("scope".into()),
            })?;
            let plan = api::plan::start(&mut store, scope, chrono::Utc::now())?;
            say!("計画: {}（手引き {}）", plan.scope.label_ja(), plan.guide_version);
        }
        PlanCommand::Show { json } => {
            let plan = api::plan::current(&store)?.ok_or_else(|| IpcError::from(api::ApiError::NoPlan))?;
            if json {
                say!("{}", to_json(&plan)?);
                return Ok(());
            }
            let guide = api::plan::guide()?;
            let (r, rec) = (plan.progress.required, plan.progress.recommended);
            say!("計画: {}（手引き {}）", plan.scope.label_ja(), plan.guide_version);
            say!("必須 {}/{} ({}%)  推奨 {}/{}", r.filled, r.total, r.percent(), rec.filled, rec.total);
            for (step, progress) in guide.steps.iter().zip(&plan.progress.steps) {
                if !progress.applies {
                    continue;
                }
                let (sr, srec) = (progress.required, progress.recommended);
                say!(
                    "  {}  必須 {}/{}  推奨 {}/{}",
                    step.title.ja,
                    sr.filled,
                    sr.total,
                    srec.filled,
                    srec.total
                );
            }
            for gap in plan.progress.steps.iter().flat_map(|s| &s.gaps) {
                say!("{}", describe_ja(gap, guide));
            }
        }
        PlanCommand::Revise { date, reason, approver, next_review } => {
            let revised_on = date.unwrap_or_else(|| chrono::Local::now().date_naive().to_string());
            let input = RevisionInput { revised_on, reason, approver, next_review_due: next_review };
            let history = api::revision::revise(&mut store, input, chrono::Utc::now())?;
            if let Some(r) = history.last() {
                say!("第{}版として確定しました（{}）", r.number, r.revised_on);
            }
        }
        PlanCommand::History => {
            for r in api::revision::history(&store)? {
                let next = r.next_review_due.as_deref().unwrap_or("未定");
                say!(
                    "第{}版\t{}\t{}\t承認: {}\t次回見直し: {next}",
                    r.number,
                    r.revised_on,
                    r.reason,
                    r.approver
                );
            }
        }
        PlanCommand::Diff { from, to } => {
            let guide = api::plan::guide()?;
            for change in api::revision::compare(&store, Some(from), to)? {
                let step = guide.step(&change.step_id);
                let field = step.and_then(|s| s.field(&change.field_id));
                let what = match (&change.before, &change.after) {
                    (None, Some(_)) => "追加",
                    (Some(_), None) => "削除",
                    _ => "変更",
                };
                say!(
                    "{what}\t{} › {}",
                    step.map_or(change.step_id.as_str(), |s| s.title.ja.as_str()),
                    field.map_or(change.field_id.as_str(), |f| f.label.ja.as_str())
                );
            }
        }
        PlanCommand::Obligations => {
            let today = chrono::Local::now().date_naive();
            let list = api::revision::obligations_for(&store, today)?;
            if list.is_empty() {
                say!("この種別の事業所には、法令上のBCP策定義務は確認されていません（策定は推奨）。");
            }
            for o in list {
                say!("{} {}（{}）", if o.met { "✓" } else { "✗" }, o.title.ja, o.basis.ja);
                for m in o.missing {
                    say!("    - {}", m.ja);
                }
            }
        }
        PlanCommand::Answer { step, field, value } => {
            let value: serde_json::Value = serde_json::from_str(&value).map_err(|e| IpcError {
                kind: IpcErrorKind::InvalidInput,
                message: format!("the value is not JSON: {e}"),
                field: Some(format!("{step}/{field}")),
            })?;
            let saved = api::plan::save_answer(&mut store, &step, &field, value, chrono::Utc::now())?;
            let r = saved.progress.required;
            say!("保存しました: {step}/{field}（必須 {}/{}）", r.filled, r.total);
        }
    }
    Ok(())
}

fn patients(command: PatientsCommand) -> Result<(), IpcError> {
    let mut store = open()?;
    match command {
        PatientsCommand::Add { file } => {
            let record: PatientRecord = from_json_file(&file)?;
            let id = api::patients::save(&mut store, record, chrono::Utc::now())?;
            say!("保存しました: {id}");
        }
        PatientsCommand::Import { file, dry_run, json, passphrase_file } => {
            let passphrase = passphrase_file.as_ref().map(safety::read_passphrase).transpose()?;
            return patient_table::import(&mut store, &file, dry_run, json, passphrase.as_deref());
        }
        PatientsCommand::Export { out, passphrase_file } => {
            return patient_table::export(&mut store, &out, &safety::read_passphrase(&passphrase_file)?);
        }
        PatientsCommand::List { json } => {
            let list = api::patients::ranked(&mut store, chrono::Utc::now())?;
            if json {
                say!("{}", to_json(&list)?);
                return Ok(());
            }
            for p in list {
                let power = p.power_hours_left.map_or("—".to_string(), |h| format!("{h:.1}時間"));
                let mark = if p.overridden { "（手動）" } else { "" };
                say!(
                    "{:?}{mark}\t{}\t{}\t電源の残り {power}\t点数 {}",
                    p.tier,
                    p.id,
                    p.name,
                    p.ranking.score
                );
                for reason in &p.ranking.reasons {
                    let points = reason.points.map_or(String::new(), |n| format!(" (+{n})"));
                    say!("    - {}{points}", reason.text);
                }
            }
        }
    }
    Ok(())
}

fn outage(command: OutageCommand) -> Result<(), IpcError> {
    use bcp_core::patient::outage::{CheckChannel, Condition, DeviceState, OutageDeclaration, SafetyCheck};
    let mut store = open()?;
    let now = chrono::Utc::now();
    let invalid = |what: &str, value: &str| IpcError {
        kind: IpcErrorKind::InvalidInput,
        message: format!("unknown {what} {value:?}"),
        field: Some(what.into()),
    };
    match command {
        OutageCommand::Start { at, municipality } => {
            let started_at = at.unwrap_or_else(|| now.to_rfc3339());
            let declaration = OutageDeclaration {
                started_at,
                municipalities: municipality,
                note: String::new(),
                evacuation_orders: vec![],
            };
            api::patients::start_outage(&mut store, declaration, now)?;
            say!("停電・災害対応を開始しました。");
        }
        OutageCommand::Check { patient, by, reached, condition, device, battery, channel } => {
            let condition = match condition.as_str() {
                "ok" => Condition::Ok,
                "unwell" => Condition::Unwell,
                "deteriorated" => Condition::Deteriorated,
                "unknown" => Condition::Unknown,
                other => return Err(invalid("condition", other)),
            };
            let device_state = match device.as_str() {
                "mains" => DeviceState::Mains,
                "battery" => DeviceState::Battery,
                "bag" => DeviceState::Bag,
                "failed" => DeviceState::Failed,
                "unknown" => DeviceState::Unknown,
                other => return Err(invalid("device", other)),
            };
            let channel = match channel.as_str() {
                "phone" => CheckChannel::Phone,
                "visit" => CheckChannel::Visit,
                "message" => CheckChannel::Message,
                "relay" => CheckChannel::Relay,
                other => return Err(invalid("channel", other)),
            };
            let check = SafetyCheck {
                patient_id: patient,
                at: now.to_rfc3339(),
                by,
                channel,
                reached,
                condition,
                device_state,
                battery_pct: battery,
                note: String::new(),
            };
            api::patients::record_check(&mut store, check)?;
            say!("安否確認を記録しました。");
        }
        OutageCommand::EvacuationOrder { municipality } => {
            let lifted = municipality.is_empty();
            api::patients::set_evacuation_orders(&mut store, municipality, now)?;
            say!(
                "{}",
                if lifted {
                    "避難指示の記録を解除しました。"
                } else {
                    "避難指示を記録しました。優先度を再計算します。"
                }
            );
        }
        OutageCommand::End => {
            api::patients::end_outage(&mut store, now)?;
            say!("停電・災害対応を終了しました。記録は残ります。");
        }
    }
    Ok(())
}

/// The computer's time zone, for times printed on paper.
pub fn local_offset() -> chrono::FixedOffset {
    use chrono::Offset;
    chrono::Local::now().offset().fix()
}

/// Files the CLI reads are small; a larger one is refused before it is read whole.
pub(crate) fn read_input(path: &PathBuf) -> Result<Vec<u8>, IpcError> {
    let reject = |m: String| IpcError::new(IpcErrorKind::FileRejected, m);
    let meta = std::fs::metadata(path).map_err(|e| reject(format!("{}: {e}", path.display())))?;
    if meta.len() > 64 * 1024 * 1024 {
        return Err(reject(format!("{} is larger than 64 MiB", path.display())));
    }
    std::fs::read(path).map_err(|e| reject(format!("{}: {e}", path.display())))
}

/// A JSON file of the app's own shapes (a patient record, a partner, an agreement).
pub(crate) fn from_json_file<T: serde::de::DeserializeOwned>(file: &PathBuf) -> Result<T, IpcError> {
    serde_json::from_slice(&read_input(file)?).map_err(|e| IpcError {
        kind: IpcErrorKind::FileRejected,
        message: format!("{}: {e}", file.display()),
        field: None,
    })
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Result<String, IpcError> {
    serde_json::to_string_pretty(value).map_err(|e| IpcError::new(IpcErrorKind::Internal, e.to_string()))
}

/// What the terminal user reads first; the English detail follows on the next line.
fn sentence_ja(e: &IpcError) -> &'static str {
    match e.kind {
        IpcErrorKind::NotFound => "必要なデータがまだありません（事業所が未登録など）。",
        IpcErrorKind::InvalidInput => "入力内容に誤りがあります。何も変更していません。",
        IpcErrorKind::FileRejected => "ファイルを取り込めませんでした。何も変更していません。",
        IpcErrorKind::DatabaseTooNew => {
            "このデータは新しい版のアプリで作られています。この版では開けません。アプリを更新してください。"
        }
        IpcErrorKind::Storage => "データベースを読み書きできませんでした。",
        IpcErrorKind::FileWrite => "ファイルを書き込めませんでした。保存先と空き容量を確認してください。",
        IpcErrorKind::Report => "PDFを作成できませんでした。",
        IpcErrorKind::Locked => "アプリはロックされています。パスフレーズを入力してください。",
        IpcErrorKind::Internal => "予期しないエラーです。",
    }
}
