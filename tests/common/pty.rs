//! A pseudo-terminal for the tests of what moks does only on a terminal: the live progress
//! line of a wait, the question before a delete. The child gets the terminal's side as its
//! stderr (and stdin, to answer); the test reads what was drawn from the other side, on a
//! thread, until the child has exited and the terminal is closed.
#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A child process whose stderr (and, with [`Pty::spawn`]'s `stdin`, stdin) is a terminal.
pub struct Pty {
    pub child: Child,
    master: File,
    seen: Arc<Mutex<Vec<u8>>>,
    reader: Option<JoinHandle<()>>,
}

/// Opens a terminal of `cols` columns and 40 rows: (the test's side, the child's side).
pub fn open(cols: u16) -> (File, OwnedFd) {
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    use rustix::termios::{tcsetwinsize, Winsize};
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let name = ptsname(&master, Vec::new()).unwrap();
    let slave: OwnedFd = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name.to_str().unwrap())
        .unwrap()
        .into();
    let size = Winsize {
        ws_row: 40,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    tcsetwinsize(&slave, size).unwrap();
    (File::from(master), slave)
}

/// Sends `signal` to a child the test spawned and has not reaped yet (Ctrl-C is
/// `Signal::INT`).
pub fn signal(child: &Child, signal: rustix::process::Signal) {
    let pid = rustix::process::Pid::from_raw(i32::try_from(child.id()).unwrap()).unwrap();
    rustix::process::kill_process(pid, signal).unwrap();
}

impl Pty {
    /// Spawns `cmd` with its stderr on a terminal, its stdin too when `stdin` (else no
    /// stdin), and its stdout piped.
    pub fn spawn(mut cmd: Command, stdin: bool) -> Pty {
        let (master, slave) = open(120);
        cmd.stderr(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::piped());
        if stdin {
            cmd.stdin(Stdio::from(slave.try_clone().unwrap()));
        } else {
            cmd.stdin(Stdio::null());
        }
        let child = cmd.spawn().unwrap();
        // Only the child holds the terminal's side now: its exit ends the reads below.
        drop(slave);
        drop(cmd);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut from = master.try_clone().unwrap();
        let into = seen.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Ends with EOF or EIO once every descriptor of the child's side is closed.
            while let Ok(n) = from.read(&mut buf) {
                if n == 0 {
                    break;
                }
                into.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Pty {
            child,
            master,
            seen,
            reader: Some(reader),
        }
    }

    /// What the terminal showed so far, lossily decoded.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.seen.lock().unwrap()).into_owned()
    }

    /// Waits (30 s at most) until the terminal showed `text`.
    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        let until = Instant::now() + Duration::from_secs(30);
        while !self.screen().contains(text) {
            assert!(
                Instant::now() < until,
                "{text:?} never shown on the terminal:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types `text` on the terminal (the child's stdin).
    pub fn type_text(&mut self, text: &str) {
        self.master.write_all(text.as_bytes()).unwrap();
    }

    /// Waits for the child (30 s at most, else it is killed and the test fails); returns its
    /// exit code, its stdout and everything the terminal showed.
    #[track_caller]
    pub fn finish(mut self) -> (i32, String, String) {
        let until = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > until {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("moks did not end within 30 s:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut out = String::new();
        self.child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        if let Some(r) = self.reader.take() {
            r.join().unwrap();
        }
        (status.code().expect("exited"), out, self.screen())
    }
}
