//! The files the sandbox keeps on disk (state, its temporary files, the lock, the TLS
//! certificate): private to the user, never reached through a symbolic link.
//!
//! Rules:
//! - every file the sandbox creates is mode 0600 whatever the umask (created with mode 0600,
//!   then `fchmod` 0600), every directory it creates 0700;
//! - a new file is created with create-new (`O_EXCL`: an existing name, a symbolic link
//!   included, is an error, never followed); an existing file is opened with `O_NOFOLLOW`;
//! - a file that belongs to another user or that group or others can write is not trusted
//!   ([`untrusted`]);
//! - the per-run directory of `sandbox serve --tls` ([`RunDir`]) has a fresh random name,
//!   is removed on drop, and directories of runs killed without cleanup are removed by the
//!   next run.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Mode of every file the sandbox creates.
pub const FILE_MODE: u32 = 0o600;
/// Mode of every directory the sandbox creates.
pub const DIR_MODE: u32 = 0o700;

const RUN_DIR_PREFIX: &str = "moks-sandbox-";

fn options() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(FILE_MODE).custom_flags(libc::O_NOFOLLOW);
    }
    o
}

/// Sets 0600 on an open file (the umask may have taken bits away; it never adds any).
fn make_private(f: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))?;
    }
    #[cfg(not(unix))]
    let _ = f;
    Ok(())
}

/// Creates `dir` and its missing parents, each 0700 (existing ones are left as they are).
pub fn create_dirs(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(DIR_MODE);
    }
    b.create(dir)
}

/// Opens an existing file for reading; a symbolic link is an error.
pub fn open_read(path: &Path) -> io::Result<File> {
    options().read(true).open(path)
}

/// Creates a new file, 0600; anything already at `path` (a symbolic link included) is an
/// error.
pub fn create_new(path: &Path) -> io::Result<File> {
    let f = options().write(true).create_new(true).open(path)?;
    make_private(&f)?;
    Ok(f)
}

/// Opens `path` for reading and writing, creating it 0600 when missing; a symbolic link is
/// an error. The content is kept.
pub fn open_or_create(path: &Path) -> io::Result<File> {
    let f = options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    if f.metadata()?.is_file() {
        // Only a file we just created or one that is ours: chmod fails on another's file.
        let _ = make_private(&f);
    }
    Ok(f)
}

/// Writes `bytes` to `path` (created or replaced), 0600. A symbolic link, something that is
/// not a regular file, a file with other hard links or one that belongs to another user is
/// refused and left untouched.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = open_or_create(path)?;
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::other("it is not a regular file"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() != 1 {
            return Err(io::Error::other("it has other hard links"));
        }
    }
    if let Some(why) = untrusted(&meta) {
        return Err(io::Error::other(why));
    }
    make_private(&f)?;
    f.set_len(0)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Whether an error is the kernel refusing to follow a symbolic link (`O_NOFOLLOW`).
pub fn is_symlink_refusal(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        matches!(e.raw_os_error(), Some(libc::ELOOP) | Some(libc::EMLINK))
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

/// The effective user id of this process.
#[cfg(unix)]
fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Why a file cannot be trusted: it belongs to another user, or group or others can write
/// it. `None` when it is fine.
pub fn untrusted(meta: &Metadata) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mode = meta.mode() & 0o7777;
        if meta.uid() != euid() {
            return Some(format!(
                "it belongs to another user (uid {}, mode {mode:04o})",
                meta.uid()
            ));
        }
        if mode & 0o022 != 0 {
            let who = match (mode & 0o020 != 0, mode & 0o002 != 0) {
                (true, true) => "group and others",
                (true, false) => "group",
                _ => "others",
            };
            return Some(format!("it is writable by {who} (mode {mode:04o})"));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    None
}

/// Narrows an existing file of ours to 0600 when group or others may read it (it holds
/// private keys). Best effort.
pub fn tighten(f: &File, meta: &Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.mode() & 0o077 != 0 && meta.uid() == euid() {
            let _ = make_private(f);
        }
    }
    #[cfg(not(unix))]
    let _ = (f, meta);
}

/// Whether process `pid` exists (on Unix; elsewhere assumed alive).
fn alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: kill with signal 0 sends nothing; it only checks that the process exists.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// A fresh private directory for one run (`<parent>/moks-sandbox-<pid>-<random>`, 0700),
/// removed with its content on drop.
#[derive(Debug)]
pub struct RunDir {
    path: PathBuf,
}

impl RunDir {
    /// Where run directories go by default: `$XDG_RUNTIME_DIR` (private to the user by
    /// definition), else the system's temporary directory.
    pub fn default_parent() -> PathBuf {
        dirs::runtime_dir().unwrap_or_else(std::env::temp_dir)
    }

    /// Creates the directory under `parent` (itself created 0700 when missing), after
    /// removing the directories left there by runs of ours whose process is gone.
    pub fn create(parent: &Path) -> io::Result<RunDir> {
        create_dirs(parent)?;
        remove_stale_run_dirs(parent);
        let mut b = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(DIR_MODE);
        }
        for _ in 0..16 {
            let path = parent.join(format!(
                "{RUN_DIR_PREFIX}{}-{:016x}",
                std::process::id(),
                fastrand::u64(..)
            ));
            // mkdir never follows a symbolic link: an existing name is an error.
            match b.create(&path) {
                Ok(()) => return Ok(RunDir { path }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "no free directory name",
        ))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for RunDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Removes `moks-sandbox-<pid>-<random>` directories of ours under `parent` whose process
/// no longer exists (a run killed with SIGKILL). Best effort.
fn remove_stale_run_dirs(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(RUN_DIR_PREFIX)) else {
            continue;
        };
        let Some(pid) = rest
            .split_once('-')
            .and_then(|(p, _)| p.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(meta) = std::fs::symlink_metadata(e.path()) else {
            continue;
        };
        if !meta.is_dir() || untrusted(&meta).is_some() || alive(pid) {
            continue;
        }
        let _ = std::fs::remove_dir_all(e.path());
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{symlink, PermissionsExt};

    fn mode(p: &Path) -> u32 {
        std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn created_files_are_private_and_links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "keep").unwrap();
        let link = dir.path().join("link");
        symlink(&target, &link).unwrap();
        assert!(create_new(&link).is_err());
        assert!(is_symlink_refusal(&open_or_create(&link).unwrap_err()));
        assert!(is_symlink_refusal(&open_read(&link).unwrap_err()));
        assert!(write_private(&link, b"x").is_err());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
        let f = dir.path().join("new");
        write_private(&f, b"pem").unwrap();
        assert_eq!(mode(&f), 0o600);
        let d = dir.path().join("a/b");
        create_dirs(&d).unwrap();
        assert_eq!(mode(&d), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
    }

    #[test]
    fn a_hard_linked_file_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "keep").unwrap();
        let link = dir.path().join("hard");
        std::fs::hard_link(&target, &link).unwrap();
        assert!(write_private(&link, b"x").is_err());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    }

    #[test]
    fn writable_by_others_is_untrusted() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("f");
        std::fs::write(&f, "").unwrap();
        for (m, want) in [
            (0o600, None),
            (0o644, None),
            (0o620, Some("writable by group (mode 0620)")),
            (0o602, Some("writable by others (mode 0602)")),
            (0o666, Some("writable by group and others (mode 0666)")),
        ] {
            std::fs::set_permissions(&f, std::fs::Permissions::from_mode(m)).unwrap();
            let why = untrusted(&std::fs::metadata(&f).unwrap());
            match want {
                None => assert_eq!(why, None, "{m:o}"),
                Some(w) => assert!(why.as_deref().unwrap().contains(w), "{why:?}"),
            }
        }
    }

    #[test]
    fn run_dir_is_private_removed_on_drop_and_stale_ones_are_cleaned() {
        let parent = tempfile::tempdir().unwrap();
        // A dead run's directory (pid beyond pid_max) and a live one's (ours).
        let dead = parent.path().join(format!("{RUN_DIR_PREFIX}4194305-00"));
        let live = parent
            .path()
            .join(format!("{RUN_DIR_PREFIX}{}-00", std::process::id()));
        std::fs::create_dir(&dead).unwrap();
        std::fs::write(dead.join("cert.pem"), "x").unwrap();
        std::fs::create_dir(&live).unwrap();
        let run = RunDir::create(parent.path()).unwrap();
        assert!(!dead.exists(), "a dead run's directory is removed");
        assert!(live.exists(), "a live run's directory is kept");
        assert_eq!(mode(run.path()), 0o700);
        let p = run.path().to_path_buf();
        drop(run);
        assert!(!p.exists());
    }
}
