//! The desktop app's state: the store, opened once at start-up. If it cannot be opened (e.g. a
//! database from a newer version), the window still opens and every command reports why.

use crate::error::IpcError;
use bcp_core::store::Store;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

pub struct AppState {
    store: Result<Mutex<Store>, IpcError>,
    pub data_dir: PathBuf,
    /// An exchange file the app was opened with, until the UI takes it to ask about importing it.
    opened_file: Mutex<Option<PathBuf>>,
}

impl AppState {
    pub fn open() -> AppState {
        let data_dir = crate::paths::data_dir().unwrap_or_default();
        let store = crate::paths::database_path()
            .map_err(IpcError::storage)
            .and_then(|path| bcp_core::api::open(&path, chrono::Utc::now()).map_err(IpcError::from))
            .map(Mutex::new);
        AppState { store, data_dir, opened_file: Mutex::new(None) }
    }

    pub fn set_opened_file(&self, file: Option<PathBuf>) {
        *self.opened_file.lock().unwrap_or_else(|p| p.into_inner()) = file;
    }

    /// The opened file, once: the UI asks at start and when told a file arrived.
    pub fn take_opened_file(&self) -> Option<PathBuf> {
        self.opened_file.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    pub fn store(&self) -> Result<MutexGuard<'_, Store>, IpcError> {
        match &self.store {
            // A panic while holding the lock cannot leave a half-written row (writes are
            // transactions), so a poisoned lock is safe to keep using.
            Ok(m) => Ok(m.lock().unwrap_or_else(|p| p.into_inner())),
            Err(e) => Err(e.clone()),
        }
    }
}
