//! The desktop app's state: the store, opened once at start-up. If it cannot be opened (e.g. a
//! database from a newer version), the window still opens and every command reports why.

use crate::error::{IpcError, IpcErrorKind};
use bcp_core::api;
use bcp_core::backup::BackupReason;
use bcp_core::store::Store;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

pub struct AppState {
    store: Result<Mutex<Store>, IpcError>,
    pub data_dir: PathBuf,
    /// An exchange file the app was opened with, until the UI takes it to ask about importing it.
    opened_file: Mutex<Option<PathBuf>>,
    /// A start-up passphrase is set and has not been entered yet: every command but the lock's own
    /// is refused.
    locked: AtomicBool,
}

impl AppState {
    /// Opens the database, names the OS account in the audit log, and takes the start backup.
    pub fn open() -> AppState {
        let data_dir = crate::paths::data_dir().unwrap_or_default();
        let now = chrono::Utc::now();
        let store = crate::paths::database_path()
            .map_err(IpcError::storage)
            .and_then(|path| api::open(&path, now).map_err(IpcError::from))
            .map(|mut store| {
                store.set_actor(&crate::paths::os_account());
                // A failed start backup must not keep the clinic out of its plan; the About screen
                // and the backups list show what exists.
                if let Err(e) = api::backups::take(&mut store, BackupReason::Start, now) {
                    eprintln!("homecare-bcp: the start backup failed: {e}");
                }
                store
            });
        let locked = match &store {
            Ok(store) => api::lock::is_set(store).unwrap_or(false),
            Err(_) => false,
        };
        AppState {
            store: store.map(Mutex::new),
            data_dir,
            opened_file: Mutex::new(None),
            locked: AtomicBool::new(locked),
        }
    }

    pub fn is_locked(&self) -> bool {
        self.locked.load(Ordering::SeqCst)
    }

    pub fn set_locked(&self, locked: bool) {
        self.locked.store(locked, Ordering::SeqCst);
    }

    pub fn set_opened_file(&self, file: Option<PathBuf>) {
        *self.opened_file.lock().unwrap_or_else(|p| p.into_inner()) = file;
    }

    /// The opened file, once: the UI asks at start and when told a file arrived.
    pub fn take_opened_file(&self) -> Option<PathBuf> {
        self.opened_file.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// The store for a command; refused while the app is locked.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, IpcError> {
        if self.is_locked() {
            return Err(IpcError::new(IpcErrorKind::Locked, "the app is locked: enter the passphrase"));
        }
        self.store_even_locked()
    }

    /// The store for the lock's own commands and the daily backup.
    pub fn store_even_locked(&self) -> Result<MutexGuard<'_, Store>, IpcError> {
        match &self.store {
            // A panic while holding the lock cannot leave a half-written row (writes are
            // transactions), so a poisoned lock is safe to keep using.
            Ok(m) => Ok(m.lock().unwrap_or_else(|p| p.into_inner())),
            Err(e) => Err(e.clone()),
        }
    }
}
