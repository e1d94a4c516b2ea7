//! `homecare-bcp region …`: the coordination base's region, bulk import of members' files, the
//! dashboard, and the regional PDF in one go for monthly batch work.

use super::{read_input, to_json};
use crate::error::{IpcError, IpcErrorKind};
use crate::paths::write_atomically;
use bcp_core::api;
use bcp_core::regional::RegionScope;
use bcp_core::store::Store;
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum RegionCommand {
    /// Set the region this coordination base looks after (whole 在宅医療圏 and/or single municipalities).
    Scope {
        #[arg(long = "home-care-region")]
        home_care_regions: Vec<String>,
        #[arg(long = "municipality")]
        municipalities: Vec<String>,
        /// A custom region: a CSV whose first column lists municipalities (a header row is skipped
        /// when its first cell is not a municipality of the region master). UTF-8 or Shift_JIS.
        #[arg(long)]
        csv: Option<PathBuf>,
    },
    /// Import every .hcbcp file in a folder; each file is all or nothing, a bad one does not stop the rest.
    Import { dir: PathBuf },
    /// The region at a glance (plan status, gaps, patients with small counts hidden, capacity).
    Dashboard {
        #[arg(long)]
        json: bool,
    },
    /// Patients named in the members' files (consent to the base, or break-glass). Audited.
    Names,
    /// Import the members' files in DIR, then write the regional BCP as PDF.
    Build {
        #[arg(long)]
        members: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}

fn files_in(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, IpcError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| IpcError::new(IpcErrorKind::NotFound, format!("{}: {e}", dir.display())))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("hcbcp")))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
            Ok((name, read_input(&p)?))
        })
        .collect()
}

fn import(store: &mut Store, dir: &Path) -> Result<(), IpcError> {
    let results = api::regional::import_files(store, files_in(dir)?, chrono::Utc::now());
    let refused = results.iter().filter(|r| r.refused.is_some()).count();
    for r in &results {
        match (&r.imported, &r.refused) {
            (Some(i), _) => say!("取込\t{}\t{}\t{:?}", r.file, i.sender_name, i.kind),
            (_, Some(why)) => say!("拒否\t{}\t{why}", r.file),
            _ => {}
        }
    }
    say!(
        "{}件中 {}件を取り込み、{}件を拒否しました（拒否したファイルは何も変更していません）。",
        results.len(),
        results.len() - refused,
        refused
    );
    Ok(())
}

pub fn run(store: &mut Store, command: RegionCommand) -> Result<(), IpcError> {
    let now = chrono::Utc::now();
    let today = chrono::Local::now().date_naive();
    match command {
        RegionCommand::Scope { home_care_regions, mut municipalities, csv } => {
            if let Some(file) = csv {
                let table = bcp_core::patient::table::read::read(&read_input(&file)?).map_err(|e| {
                    IpcError::new(IpcErrorKind::FileRejected, format!("{}: {e}", file.display()))
                })?;
                let first = table.headers.first().cloned().into_iter();
                let cells = first.chain(table.rows.iter().filter_map(|(_, r)| r.first().cloned()));
                let master = store.regions().map_err(api::ApiError::from)?;
                let known = |m: &str| master.as_ref().is_some_and(|r| r.place_of(m).is_some());
                let mut cells: Vec<String> =
                    cells.map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
                // A header such as 「市町村」 is not a municipality; every other name is checked by set_scope.
                if cells.first().is_some_and(|c| !known(c)) {
                    cells.remove(0);
                }
                municipalities.extend(cells);
            }
            let all =
                api::regional::set_scope(store, RegionScope { home_care_regions, municipalities }, now)?;
            say!("対象の市町村（{}）: {}", all.len(), all.join("、"));
        }
        RegionCommand::Import { dir } => import(store, &dir)?,
        RegionCommand::Dashboard { json } => {
            let d = api::regional::dashboard(store, today)?;
            if json {
                say!("{}", to_json(&d)?);
                return Ok(());
            }
            for s in &d.by_status {
                say!("{:?}\t{}", s.status, s.count.value.map_or("1〜4".into(), |v| v.to_string()));
            }
            say!("事業所のない市町村: {}", d.without_provider.join("、"));
            for (m, c) in &d.patients_by_municipality {
                say!("{m}\t{}", c.value.map_or("1〜4（秘匿）".into(), |v| v.to_string()));
            }
        }
        RegionCommand::Names => {
            for p in api::regional::named_patients(store, now)? {
                let why =
                    p.released_under.map_or("本人の同意".to_string(), |r| format!("緊急時の開示：{r}"));
                say!("{}\t{}\t{}\t{why}", p.member, p.name, p.municipality.unwrap_or_default());
            }
        }
        RegionCommand::Build { members, out } => {
            import(store, &members)?;
            let printed = api::report::regional(store, now, today)?;
            write_atomically(&out, &printed.bytes)
                .map_err(|e| IpcError::new(IpcErrorKind::FileWrite, format!("{}: {e}", out.display())))?;
            say!("{} ({} ページ)", out.display(), printed.pages);
        }
    }
    Ok(())
}
