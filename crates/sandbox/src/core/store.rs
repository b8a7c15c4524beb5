//! The sandbox's data model and its persistence.
//!
//! Rules:
//! - the whole state is one JSON document ([`State`]): accounts (one per `accountSwitchKey`,
//!   the empty key being the default account), each with its CA certificates and client
//!   certificates, each with its versions. Private keys live in it too: it is a sandbox;
//! - stored statuses are the last *written* ones; time-driven changes (DEPLOYMENT_PENDING →
//!   DEPLOYED, DELETE_PENDING → gone) are derived from the stored timestamps when read
//!   (see `views.rs`), so no background task is needed;
//! - [`Store::transact`] is the only way to touch state. In a file it does: lock the
//!   sidecar `<file>.lock` (std `File::try_lock`, retried until a deadline) → read → apply →
//!   if changed, write a temporary file in the same directory, fsync, rename over the file,
//!   fsync the directory → unlock. Several processes sharing the file therefore never lose
//!   an update or see a torn file;
//! - "read" is from a per-process cache of the parsed file when the file is still the one
//!   cached: same device, inode, size, mtime and ctime, checked under the lock (another
//!   process's write is a rename, so a new inode; an edit in place changes mtime; a chmod
//!   changes ctime). Anything else reads and parses the file again. An operation applies to
//!   the cached state in place, as it does in memory: what it changes without saying so
//!   must be derived (time-driven statuses, recomputed on every read). The cache is dropped
//!   when an operation or a write fails;
//! - the lock is waited for at most [`FileStore::lock_timeout`]; a wait longer than
//!   [`ANNOUNCE_LOCK_WAIT_AFTER`] is announced through [`FileStore::on_wait`] (the sandbox
//!   never prints itself), and the deadline is an error naming the file;
//! - the state file, its temporary files and the lock file are created 0600 in directories
//!   created 0700, never through a symbolic link (see `files.rs`). A state file that belongs
//!   to another user, that group or others can write, or that is a symbolic link is refused;
//!   one of ours that others can read is narrowed to 0600 when read (it holds private keys);
//! - temporary files left by a process killed mid-write are removed by [`Store::prepare`],
//!   under the lock (no write is in progress then);
//! - a state file that cannot be read or parsed is an error naming the file; it is never
//!   replaced. A missing file is initialised under the lock from a state the caller built
//!   beforehand, outside it ([`Store::prepare`]);
//! - a write that would make the file larger than [`FileStore::max_bytes`] is not made: the
//!   file stays as it was, the change is dropped with the cache, and the error says so;
//! - dates are stored as the API shows them: `YYYY-MM-DDTHH:MM:SSZ`.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::account::Account;
use super::files;
use time::OffsetDateTime;

/// The state document's format number.
pub const FORMAT: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot read sandbox state file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("sandbox state file {path} is not valid JSON: {source}")]
    NotJson {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("sandbox state file {path} is not a sandbox state: {detail}")]
    Shape { path: PathBuf, detail: String },
    #[error("cannot write sandbox state file {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot lock sandbox state file {path}: {source}")]
    Lock {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("sandbox state initialisation failed: {0}")]
    Init(String),
    #[error("refusing the sandbox {what} {path}: {detail}")]
    Unsafe {
        what: &'static str,
        path: PathBuf,
        detail: String,
    },
    #[error("the sandbox state lock {lock} is still held by another moks after {waited:?}")]
    LockTimeout { lock: PathBuf, waited: Duration },
    #[error("the sandbox state file {path} would grow to {size} bytes, over its limit of {limit} bytes; the change was not made: delete some CA sets, versions or certificates, or start over with: moks sandbox reset")]
    TooLarge {
        path: PathBuf,
        size: usize,
        limit: usize,
    },
}

/// How long a wait for the state lock goes unannounced.
pub const ANNOUNCE_LOCK_WAIT_AFTER: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct State {
    pub format: u32,
    pub next_certificate_id: i64,
    /// Keyed by `accountSwitchKey`; `""` is the default account.
    pub accounts: BTreeMap<String, Account>,
}

impl State {
    pub fn empty() -> State {
        State {
            format: FORMAT,
            next_certificate_id: 1001,
            accounts: BTreeMap::new(),
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ`: the API's dates, to the second, in UTC.
pub fn fmt_date(t: OffsetDateTime) -> String {
    const DATE: &[time::format_description::BorrowedFormatItem<'static>] =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    // Formatting cannot fail: every component is part of an OffsetDateTime.
    t.to_offset(time::UtcOffset::UTC)
        .format(DATE)
        .unwrap_or_default()
}

/// Parses an RFC 3339 date; `None` when it is not one.
pub fn parse_date(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
}

/// `now` without its sub-second part (dates are shown to the second).
pub fn truncate(now: OffsetDateTime) -> OffsetDateTime {
    now.replace_nanosecond(0).unwrap_or(now)
}

/// Where the state lives, and the one way to change it.
#[derive(Clone)]
pub enum Store {
    Memory(Arc<Mutex<State>>),
    File(FileStore),
}

/// A state file and how its lock is waited for.
#[derive(Clone)]
pub struct FileStore {
    pub path: PathBuf,
    /// The longest wait for the lock before giving up.
    pub lock_timeout: Duration,
    /// Told (once per wait) when the lock is held for longer than
    /// [`ANNOUNCE_LOCK_WAIT_AFTER`].
    pub on_wait: Option<fn(&str)>,
    /// The largest file written: a change that would make it larger is not made
    /// ([`StateError::TooLarge`]).
    pub max_bytes: usize,
    /// The parsed file, shared by the clones; its mutex also serialises this process's
    /// transactions (the file lock is taken with it held).
    cache: Arc<Mutex<Cache>>,
}

/// What identifies one version of the state file: a write by another process (a rename
/// over it), an edit in place or a change of owner or mode changes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    size: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp {
                dev: meta.dev(),
                ino: meta.ino(),
                size: meta.size(),
                mtime: (meta.mtime(), meta.mtime_nsec()),
                ctime: (meta.ctime(), meta.ctime_nsec()),
            }
        }
        #[cfg(not(unix))]
        {
            let nanos = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
            Stamp {
                dev: 0,
                ino: 0,
                size: meta.len(),
                mtime: (nanos, 0),
                ctime: (0, 0),
            }
        }
    }

    /// The stamp of the file at `path` (never following a symbolic link); `None` when
    /// there is none or it cannot be had (the file is then read, which names the error).
    fn at(path: &Path) -> Option<Stamp> {
        std::fs::symlink_metadata(path)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| Stamp::of(&m))
    }
}

#[derive(Default)]
struct Cache {
    state: Option<(Stamp, State)>,
    /// How many times the file was read and parsed (for the tests).
    loads: u64,
}

/// The sidecar lock file of a state file.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(".lock");
    PathBuf::from(s)
}

fn unsafe_file(what: &'static str, path: &Path, detail: impl Into<String>) -> StateError {
    StateError::Unsafe {
        what,
        path: path.to_path_buf(),
        detail: detail.into(),
    }
}

const SYMLINK: &str = "it is a symbolic link, which the sandbox does not follow";

/// Reads and parses a state file; `Ok(None)` when it does not exist. A symbolic link, a
/// file of another user or one that group or others can write is refused.
pub fn read_file(path: &Path) -> Result<Option<State>, StateError> {
    Ok(read_stamped(path)?.map(|(s, _)| s))
}

/// [`read_file`], with the stamp of what was read (taken before reading: a change made
/// while reading shows as another stamp next time).
fn read_stamped(path: &Path) -> Result<Option<(State, Stamp)>, StateError> {
    let read_err = |source| StateError::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut f = match files::open_read(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if files::is_symlink_refusal(&e) => {
            return Err(unsafe_file("state file", path, SYMLINK))
        }
        Err(source) => return Err(read_err(source)),
    };
    let meta = f.metadata().map_err(read_err)?;
    if !meta.is_file() {
        return Err(unsafe_file("state file", path, "it is not a regular file"));
    }
    if let Some(why) = files::untrusted(&meta) {
        return Err(unsafe_file("state file", path, why));
    }
    files::tighten(&f, &meta);
    let stamp = Stamp::of(&f.metadata().map_err(read_err)?);
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes).map_err(read_err)?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|source| StateError::NotJson {
        path: path.to_path_buf(),
        source,
    })?;
    let state: State = serde_json::from_value(value).map_err(|e| StateError::Shape {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    if state.format != FORMAT {
        return Err(StateError::Shape {
            path: path.to_path_buf(),
            detail: format!(
                "format {} is not supported (expected {FORMAT})",
                state.format
            ),
        });
    }
    Ok(Some((state, stamp)))
}

fn dir_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `.<name>.tmp-`: the start of the temporary files' names of the state file `path`.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "sandbox.json".into());
    format!(".{name}.tmp-")
}

/// Writes `state` to `path` atomically: a new 0600 temporary file in the same directory,
/// fsync, rename, fsync of the directory.
pub fn write_file(path: &Path, state: &State) -> Result<(), StateError> {
    write_within(path, state, usize::MAX)
}

/// [`write_file`], refusing to write more than `limit` bytes (the file is then untouched).
fn write_within(path: &Path, state: &State, limit: usize) -> Result<(), StateError> {
    let err = |source| StateError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = serde_json::to_vec_pretty(state).map_err(|e| err(std::io::Error::other(e)))?;
    bytes.push(b'\n');
    if bytes.len() > limit {
        return Err(StateError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len(),
            limit,
        });
    }
    let dir = dir_of(path);
    files::create_dirs(&dir).map_err(err)?;
    let tmp = dir.join(format!(
        "{}{}-{:016x}",
        temp_prefix(path),
        std::process::id(),
        fastrand::u64(..)
    ));
    let mut created = false;
    let result = (|| {
        let mut f = files::create_new(&tmp)?;
        created = true;
        f.write_all(&bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() && created {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Removes the temporary files a killed writer left next to `path`. Call under the lock.
fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = std::fs::read_dir(dir_of(path)) else {
        return;
    };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(&prefix) {
            // remove_file never follows a symbolic link: it removes the link itself.
            let _ = std::fs::remove_file(e.path());
        }
    }
}

impl FileStore {
    pub fn new(path: PathBuf, lock_timeout: Duration, on_wait: Option<fn(&str)>) -> FileStore {
        FileStore {
            path,
            lock_timeout,
            on_wait,
            max_bytes: usize::MAX,
            cache: Arc::default(),
        }
    }

    /// How many times this store (and its clones) read and parsed the file.
    #[cfg(test)]
    fn loads(&self) -> u64 {
        self.cache.lock().unwrap_or_else(|p| p.into_inner()).loads
    }

    /// [`Store::transact`] for a file, under the file lock and with the cache held.
    fn transact_locked<R>(
        &self,
        cache: &mut Cache,
        init: &dyn Fn() -> Result<State, String>,
        apply: impl FnOnce(&mut State) -> (R, bool),
    ) -> Result<R, StateError> {
        // Taken out: if anything below fails (or panics), the next transaction reads the file.
        let cached = cache.state.take();
        let (mut state, mut stamp, fresh) = match cached {
            Some((stamp, state)) if Stamp::at(&self.path) == Some(stamp) => {
                (state, Some(stamp), false)
            }
            _ => match read_stamped(&self.path)? {
                Some((state, stamp)) => {
                    cache.loads += 1;
                    (state, Some(stamp), false)
                }
                None => (init().map_err(StateError::Init)?, None, true),
            },
        };
        let (r, changed) = apply(&mut state);
        if changed || fresh {
            // On failure the changed state is dropped with the cache: nothing was made.
            write_within(&self.path, &state, self.max_bytes)?;
            // Under the lock nobody else writes: this is the file just renamed into place.
            stamp = Stamp::at(&self.path);
        }
        if let Some(stamp) = stamp {
            cache.state = Some((stamp, state));
        }
        Ok(r)
    }

    /// Opens and locks the lock file, waiting at most `lock_timeout`.
    fn lock(&self) -> Result<std::fs::File, StateError> {
        let lp = lock_path(&self.path);
        let lock_err = |source| StateError::Lock {
            path: self.path.clone(),
            source,
        };
        files::create_dirs(&dir_of(&lp)).map_err(lock_err)?;
        let lock = match files::open_or_create(&lp) {
            Ok(f) => f,
            Err(e) if files::is_symlink_refusal(&e) => {
                return Err(unsafe_file("lock file", &lp, SYMLINK))
            }
            Err(source) => return Err(lock_err(source)),
        };
        let start = Instant::now();
        let mut announced = false;
        let mut pause = Duration::from_millis(5);
        loop {
            match lock.try_lock() {
                Ok(()) => return Ok(lock),
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(source)) => return Err(lock_err(source)),
            }
            let waited = start.elapsed();
            if waited >= self.lock_timeout {
                return Err(StateError::LockTimeout {
                    lock: lp,
                    waited: self.lock_timeout,
                });
            }
            if !announced && waited >= ANNOUNCE_LOCK_WAIT_AFTER {
                announced = true;
                if let Some(tell) = self.on_wait {
                    tell(&format!(
                        "waiting for the sandbox state lock held by another moks ({}); giving up after {:?}",
                        lp.display(),
                        self.lock_timeout
                    ));
                }
            }
            std::thread::sleep(pause.min(self.lock_timeout - waited));
            pause = (pause * 2).min(Duration::from_millis(100));
        }
    }
}

impl Store {
    /// Readies the store before serving: under the lock, removes stale temporary files and
    /// checks the state file; a missing (or, in memory, empty) state becomes `initial`.
    /// `initial` is built by the caller outside the lock (it generates keys).
    pub fn prepare(
        &self,
        initial: impl FnOnce() -> Result<State, String>,
    ) -> Result<(), StateError> {
        match self {
            Store::Memory(m) => {
                let empty = m
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .accounts
                    .is_empty();
                if empty {
                    let s = initial().map_err(StateError::Init)?;
                    let mut guard = m.lock().unwrap_or_else(|p| p.into_inner());
                    if guard.accounts.is_empty() {
                        *guard = s;
                    }
                }
                Ok(())
            }
            Store::File(fs) => {
                // Without the lock: writes are atomic renames, so this read sees a whole file.
                let built = match read_file(&fs.path)? {
                    Some(_) => None,
                    None => Some(initial().map_err(StateError::Init)?),
                };
                let lock = fs.lock()?;
                remove_stale_temps(&fs.path);
                if read_file(&fs.path)?.is_none() {
                    if let Some(s) = &built {
                        write_file(&fs.path, s)?;
                    }
                }
                let _ = lock.unlock();
                Ok(())
            }
        }
    }

    /// Runs `apply` on the state under the lock; writes the state back when `apply` says it
    /// changed it. `init` builds the state when there is none (the file was deleted while
    /// serving). Blocking: call it from `spawn_blocking`.
    pub fn transact<R>(
        &self,
        init: &dyn Fn() -> Result<State, String>,
        apply: impl FnOnce(&mut State) -> (R, bool),
    ) -> Result<R, StateError> {
        match self {
            Store::Memory(m) => {
                let mut guard = m.lock().unwrap_or_else(|p| p.into_inner());
                if guard.accounts.is_empty() {
                    *guard = init().map_err(StateError::Init)?;
                }
                Ok(apply(&mut guard).0)
            }
            Store::File(fs) => {
                let mut cache = fs.cache.lock().unwrap_or_else(|p| p.into_inner());
                let lock = fs.lock()?;
                let r = fs.transact_locked(&mut cache, init, apply);
                let _ = lock.unlock();
                r
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::moks::state::{ClientCert, Keystore, Version};

    fn sample() -> State {
        let mut s = State::empty();
        s.accounts.insert(
            String::new(),
            Account {
                account_id: "A-1".into(),
                vcd_id: "1".into(),
                truststore: Default::default(),
                cps: Default::default(),
                cloudflare: Default::default(),
                moks: Keystore {
                    ca_certificates: vec![],
                    certificates: vec![ClientCert {
                        certificate_id: 7,
                        certificate_name: "n".into(),
                        signer: "AKAMAI".into(),
                        secure_network: "STANDARD_TLS".into(),
                        geography: "CORE".into(),
                        key_algorithm: "RSA".into(),
                        subject: "/CN=n/".into(),
                        notification_emails: vec!["a@b.c".into()],
                        created_by: "x".into(),
                        created_date: "2025-01-01T00:00:00Z".into(),
                        contract_id: "C-1".into(),
                        group_id: 1,
                        preferred_ca: None,
                        next_version: 2,
                        versions: vec![Version {
                            version: 1,
                            status: "DEPLOYED".into(),
                            properties: vec![serde_json::json!({"assetId": 1})],
                            ..Default::default()
                        }],
                        current_guid: "c".into(),
                        previous_guid: "p".into(),
                        alias_history: vec![1],
                    }],
                },
            },
        );
        s
    }

    fn store(path: &Path) -> Store {
        Store::File(FileStore::new(
            path.to_path_buf(),
            Duration::from_secs(30),
            None,
        ))
    }

    #[test]
    fn file_round_trip_and_atomic_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.json");
        assert!(read_file(&path).unwrap().is_none());
        write_file(&path, &sample()).unwrap();
        assert_eq!(read_file(&path).unwrap().unwrap(), sample());
        // no temp files left behind
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn corrupt_file_error_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.json");
        std::fs::write(&path, b"{not json").unwrap();
        let e = read_file(&path).unwrap_err().to_string();
        assert!(e.contains(&path.display().to_string()), "{e}");
        assert!(e.contains("not valid JSON"), "{e}");
        std::fs::write(&path, b"{\"format\": 1}").unwrap();
        let e = read_file(&path).unwrap_err().to_string();
        assert!(
            e.contains(&path.display().to_string()) && e.contains("not a sandbox state"),
            "{e}"
        );
        // and transact refuses it rather than replacing it
        let store = store(&path);
        let r = store.transact(&|| Ok(sample()), |_| ((), true));
        assert!(r.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"format\": 1}");
    }

    #[test]
    fn transact_initialises_then_applies() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let store = store(&path);
        let n = store
            .transact(&|| Ok(sample()), |s| {
                s.next_certificate_id += 1;
                (s.next_certificate_id, true)
            })
            .unwrap();
        assert_eq!(n, 1002);
        let n = store
            .transact(&|| Err("must not re-init".into()), |s| {
                (s.next_certificate_id, false)
            })
            .unwrap();
        assert_eq!(n, 1002);
        assert!(lock_path(&path).exists());
    }

    fn file_store(s: &Store) -> &FileStore {
        match s {
            Store::File(f) => f,
            Store::Memory(_) => unreachable!("a file store"),
        }
    }

    fn next_id(s: &Store) -> i64 {
        s.transact(&|| Err("no init".into()), |s| {
            (s.next_certificate_id, false)
        })
        .unwrap()
    }

    #[test]
    fn the_parsed_file_is_cached_until_another_writer_changes_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_file(&path, &sample()).unwrap();
        let ours = store(&path);
        let theirs = store(&path); // another process: its own cache
        for _ in 0..5 {
            assert_eq!(next_id(&ours), 1001);
        }
        assert_eq!(
            file_store(&ours).loads(),
            1,
            "read once, then from the cache"
        );
        // Our own write refreshes the cache without a read.
        ours.transact(&|| Err("no init".into()), |s| {
            s.next_certificate_id = 2000;
            ((), true)
        })
        .unwrap();
        assert_eq!(next_id(&ours), 2000);
        assert_eq!(file_store(&ours).loads(), 1);
        // Another writer's (atomic, through the lock) write is seen.
        theirs
            .transact(&|| Err("no init".into()), |s| {
                assert_eq!(s.next_certificate_id, 2000);
                s.next_certificate_id = 3000;
                ((), true)
            })
            .unwrap();
        assert_eq!(next_id(&ours), 3000);
        assert_eq!(file_store(&ours).loads(), 2);
        // So is an edit in place of the same size (mtime), and a corrupt edit is an error,
        // not the cached state.
        let text = std::fs::read_to_string(&path).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&path, text.replace("3000", "4000")).unwrap();
        assert_eq!(next_id(&ours), 4000);
        std::fs::write(&path, b"{not json").unwrap();
        let e = ours
            .transact(&|| Err("no init".into()), |_| ((), false))
            .unwrap_err();
        assert!(matches!(e, StateError::NotJson { .. }), "{e}");
        // A deleted file is initialised again.
        std::fs::remove_file(&path).unwrap();
        let n = ours
            .transact(&|| Ok(sample()), |s| (s.next_certificate_id, false))
            .unwrap();
        assert_eq!(n, 1001);
        assert_eq!(read_file(&path).unwrap().unwrap(), sample());
    }

    #[cfg(unix)]
    #[test]
    fn a_cached_file_made_writable_by_others_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_file(&path, &sample()).unwrap();
        let ours = store(&path);
        assert_eq!(next_id(&ours), 1001);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        let e = ours
            .transact(&|| Err("no init".into()), |_| ((), false))
            .unwrap_err()
            .to_string();
        assert!(e.contains("mode 0666"), "{e}");
    }

    #[test]
    fn dates_round_trip() {
        let t = parse_date("2025-03-24T15:46:06Z").unwrap();
        assert_eq!(fmt_date(t), "2025-03-24T15:46:06Z");
        assert!(parse_date("yesterday").is_none());
        // Shown in UTC, to the second.
        let t = time::macros::datetime!(2025-03-24 17:46:06.999 +02:00);
        assert_eq!(fmt_date(t), "2025-03-24T15:46:06Z");
    }

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_stale_temps_go_and_unsafe_files_are_refused() {
        use std::os::unix::fs::{symlink, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/s.json");
        std::fs::create_dir(dir.path().join("new")).unwrap();
        let stale = dir.path().join("new/.s.json.tmp-1-00000000");
        std::fs::write(&stale, "half").unwrap();
        store(&path).prepare(|| Ok(sample())).unwrap();
        assert!(
            !stale.exists(),
            "a killed writer's temporary file is removed"
        );
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&lock_path(&path)), 0o600);
        // others may read it: narrowed on read; others may write it: refused
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        read_file(&path).unwrap().unwrap();
        assert_eq!(mode(&path), 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o660)).unwrap();
        let e = read_file(&path).unwrap_err().to_string();
        assert!(
            e.contains(&path.display().to_string()) && e.contains("mode 0660"),
            "{e}"
        );
        // a symbolic link is never followed, neither for the state nor for its lock
        let target = dir.path().join("elsewhere.json");
        std::fs::write(&target, "{}").unwrap();
        let linked = dir.path().join("linked.json");
        symlink(&target, &linked).unwrap();
        let e = read_file(&linked).unwrap_err().to_string();
        assert!(e.contains("symbolic link"), "{e}");
        let other = dir.path().join("other.json");
        symlink(&target, lock_path(&other)).unwrap();
        let e = store(&other)
            .transact(&|| Ok(sample()), |_| ((), true))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("lock file") && e.contains("symbolic link"),
            "{e}"
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "{}");
        assert!(!other.exists());
    }

    static TOLD: Mutex<Vec<String>> = Mutex::new(Vec::new());

    #[test]
    fn a_held_lock_is_announced_then_given_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let held = std::fs::File::create(lock_path(&path)).unwrap();
        held.lock().unwrap();
        let s = Store::File(FileStore::new(
            path.clone(),
            ANNOUNCE_LOCK_WAIT_AFTER + Duration::from_millis(300),
            Some(|m| TOLD.lock().unwrap().push(m.to_string())),
        ));
        let e = s.transact(&|| Ok(sample()), |_| ((), true)).unwrap_err();
        assert!(matches!(e, StateError::LockTimeout { .. }), "{e}");
        let told = TOLD.lock().unwrap().clone();
        assert_eq!(told.len(), 1, "{told:?}");
        assert!(told[0].starts_with("waiting for the sandbox state lock held by another moks"));
        assert!(!path.exists(), "nothing was written without the lock");
        held.unlock().unwrap();
        s.transact(&|| Ok(sample()), |_| ((), true)).unwrap();
        assert!(path.exists());
    }
}
