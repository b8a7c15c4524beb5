//! The sandbox against hostile clients and a hostile machine: each test replays an attack
//! and checks that it is bounded. Over the network: request floods, slow-loris connections,
//! half-sent bodies, unauthenticated bodies, fresh account keys. On disk: a umask of 000,
//! symbolic links planted where the sandbox writes, stale temporary files, a state file
//! others can write, a state lock held by someone else, a port already taken, and a listen
//! address reachable from the network.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common::edgegrid;
use assert_cmd::cargo::cargo_bin;
use moks_sandbox::{self as sandbox, Limits, Options, Sandbox, StateLocation};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const BASE: &str = "/mtls-origin-keystore/v1";
/// "Does not hang": far above what any answer takes, far below the sandbox's own deadlines
/// where a test shortens them.
const PROMPT: Duration = Duration::from_secs(5);

fn options(state: StateLocation, limits: Limits) -> Options {
    Options {
        limits,
        ..Options::new("127.0.0.1:0".parse().unwrap(), state)
    }
}

/// An Authorization header for a request to `sb` made with the sandbox's tokens.
fn authorization(sb: &Sandbox, method: &str, pq: &str, body: &[u8]) -> String {
    let d = sandbox::default_credentials();
    let creds = edgegrid::Creds {
        client_token: d.client_token,
        client_secret: d.client_secret,
        access_token: d.access_token,
        max_body: d.max_body,
    };
    let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
    edgegrid::authorization(
        &creds,
        method,
        &sb.base_url(),
        pq,
        body,
        &ts,
        &edgegrid::nonce(),
    )
}

/// Sends a request with reqwest (signed when `signed`), within [`PROMPT`]; status and body.
async fn send(sb: &Sandbox, method: &str, path: &str, body: Vec<u8>, signed: bool) -> (u16, Value) {
    let pq = format!("{BASE}{path}");
    let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut rb = reqwest::Client::new()
        .request(m, format!("{}{pq}", sb.base_url()))
        .timeout(PROMPT);
    if signed {
        rb = rb.header("Authorization", authorization(sb, method, &pq, &body));
    }
    if !body.is_empty() {
        rb = rb.header("Content-Type", "application/json").body(body);
    }
    let resp = rb.send().await.expect("the sandbox answers");
    let status = resp.status().as_u16();
    let bytes = resp.bytes().await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// Reads what the server sends until it closes the connection or `within` passes; the bytes,
/// and whether it closed.
async fn read_until_closed(s: &mut TcpStream, within: Duration) -> (Vec<u8>, bool) {
    let mut got = Vec::new();
    let deadline = tokio::time::Instant::now() + within;
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout_at(deadline, s.read(&mut buf)).await {
            Err(_) => return (got, false),
            Ok(Ok(0)) | Ok(Err(_)) => return (got, true),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

fn status_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

/// The head of a POST announcing a 1 MiB body, signed with the sandbox's (public) tokens
/// when `signed` (its signature cannot match: the body never comes whole).
fn post_head(sb: &Sandbox, signed: bool) -> String {
    let pq = format!("{BASE}/client-certificates");
    let auth = if signed {
        format!("Authorization: {}\r\n", authorization(sb, "POST", &pq, b""))
    } else {
        String::new()
    };
    format!(
        "POST {pq} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{auth}\r\n",
        sb.local_addr(),
        1 << 20
    )
}

#[tokio::test]
async fn unauthenticated_bodies_are_neither_read_nor_recorded_and_the_log_is_bounded_in_bytes() {
    let budget = 4 << 20;
    let sb = Sandbox::start(options(
        StateLocation::Memory,
        Limits {
            max_recorded_bytes: budget,
            ..Limits::default()
        },
    ))
    .await
    .unwrap();
    // A 1 MiB body announced but never sent, with no credentials: answered at once.
    let mut s = TcpStream::connect(sb.local_addr()).await.unwrap();
    s.write_all(post_head(&sb, false).as_bytes()).await.unwrap();
    let (got, _) = read_until_closed(&mut s, PROMPT).await;
    assert!(
        status_line(&got).starts_with("HTTP/1.1 401"),
        "answered without waiting for the body: {:?}",
        status_line(&got)
    );
    // Unauthenticated bodies sent whole are not kept.
    let big = vec![b' '; 1 << 20];
    for _ in 0..6 {
        let (status, _) = send(&sb, "POST", "/client-certificates", big.clone(), false).await;
        assert_eq!(status, 401);
    }
    let recorded = sb.requests();
    assert_eq!(recorded.len(), 7);
    assert!(recorded
        .iter()
        .all(|r| r.status == 401 && r.body.is_empty()));
    // Authenticated bodies are kept, up to the byte budget: the oldest go first.
    let body = |i: usize| {
        let mut b = format!("{{\"certificateName\": \"{i:02}").into_bytes();
        b.resize(600 << 10, b'x');
        b.extend_from_slice(b"\"}");
        b
    };
    for i in 0..12 {
        let (status, _) = send(&sb, "POST", "/client-certificates", body(i), true).await;
        assert_eq!(status, 400, "request {i}");
    }
    let recorded = sb.requests();
    let kept: usize = recorded.iter().map(|r| r.body.len()).sum();
    assert!(kept <= budget, "{kept} bytes of bodies kept");
    assert!(
        recorded.len() < 7 + 12,
        "the oldest were dropped: {}",
        recorded.len()
    );
    assert_eq!(
        recorded.last().unwrap().body,
        body(11),
        "the newest is kept whole"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn slow_loris_and_half_sent_bodies_neither_pile_up_nor_starve_a_signed_get() {
    let limits = Limits::default();
    let sb = Sandbox::start(options(StateLocation::Memory, limits.clone()))
        .await
        .unwrap();
    let mut flood = Vec::new();
    // 300 connections that send half a request head and stop.
    for _ in 0..300 {
        let mut s = TcpStream::connect(sb.local_addr()).await.unwrap();
        s.write_all(b"GET /mtls-origin-keystore/v1/ca-certificates HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        flood.push(s);
    }
    // A thousand POSTs announcing 1 MiB that send 64 KiB of it, half of them signed with
    // the public sandbox tokens so that their bodies are read.
    let chunk = vec![b'x'; 64 << 10];
    for i in 0..1000 {
        let mut s = TcpStream::connect(sb.local_addr()).await.unwrap();
        s.write_all(post_head(&sb, i % 2 == 0).as_bytes())
            .await
            .unwrap();
        let _ = tokio::time::timeout(Duration::from_millis(50), s.write_all(&chunk)).await;
        flood.push(s);
    }
    // A well-behaved client is still served, within its own time limit (`send`'s PROMPT).
    let (status, body) = send(&sb, "GET", "/ca-certificates", vec![], true).await;
    assert_eq!(status, 200, "{body}");
    // And the flood holds no more connections than the cap.
    let mut checks = tokio::task::JoinSet::new();
    for mut s in flood {
        checks.spawn(async move { !read_until_closed(&mut s, Duration::from_secs(1)).await.1 });
    }
    let mut still_open = 0;
    while let Some(open) = checks.join_next().await {
        still_open += usize::from(open.unwrap());
    }
    assert!(
        still_open <= limits.max_connections,
        "{still_open} flood connections still open"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn bodies_dribbled_a_byte_at_a_time_do_not_starve_a_create() {
    let limits = Limits::default();
    let sb = Sandbox::start(options(StateLocation::Memory, limits.clone()))
        .await
        .unwrap();
    // More connections than there once were body-reading slots, each signed with the
    // public tokens (so its body is read) and sending its body a byte at a time.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut dribblers = tokio::task::JoinSet::new();
    for _ in 0..(limits.max_body_readers + 8) {
        let mut s = TcpStream::connect(sb.local_addr()).await.unwrap();
        s.write_all(post_head(&sb, true).as_bytes()).await.unwrap();
        let stop = stop.clone();
        dribblers.spawn(async move {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                if s.write_all(b" ").await.is_err() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    // A well-behaved create is served, not told the sandbox is busy.
    let body = serde_json::json!({
        "certificateName": "good-client", "contractId": "C-1", "groupId": 1,
        "secureNetwork": "STANDARD_TLS", "geography": "CORE", "signer": "THIRD_PARTY",
        "keyAlgorithm": "ECDSA", "notificationEmails": ["ops@example.com"]
    });
    let (status, answer) = send(
        &sb,
        "POST",
        "/client-certificates",
        serde_json::to_vec(&body).unwrap(),
        true,
    )
    .await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(status, 201, "{answer}");
    dribblers.abort_all();
    sb.shutdown().await;
}

#[tokio::test]
async fn a_change_that_would_outgrow_the_state_file_bound_is_refused_and_not_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let first = Sandbox::start(options(
        StateLocation::File(path.clone()),
        Limits::default(),
    ))
    .await
    .unwrap();
    first.shutdown().await;
    let before = std::fs::read(&path).unwrap();
    let sb = Sandbox::start(options(
        StateLocation::File(path.clone()),
        Limits {
            max_state_bytes: before.len() + 512,
            ..Limits::default()
        },
    ))
    .await
    .unwrap();
    let body = serde_json::json!({
        "certificateName": "too-much", "contractId": "C-1", "groupId": 1,
        "secureNetwork": "STANDARD_TLS", "geography": "CORE", "signer": "THIRD_PARTY",
        "keyAlgorithm": "ECDSA", "notificationEmails": ["ops@example.com"]
    });
    let body = serde_json::to_vec(&body).unwrap();
    let (status, answer) = send(&sb, "POST", "/client-certificates", body, true).await;
    assert_eq!(status, 507, "{answer}");
    let detail = answer["detail"].as_str().unwrap();
    assert!(
        detail.contains(&path.display().to_string()) && detail.contains("over its limit"),
        "{detail}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
    let (status, list) = send(&sb, "GET", "/client-certificates", vec![], true).await;
    assert_eq!(status, 200);
    assert_eq!(
        list["certificates"],
        serde_json::json!([]),
        "nothing was made"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn beyond_the_connection_cap_the_longest_waiting_connection_is_closed() {
    let sb = Sandbox::start(options(
        StateLocation::Memory,
        Limits {
            max_connections: 4,
            ..Limits::default()
        },
    ))
    .await
    .unwrap();
    let mut idle = Vec::new();
    for _ in 0..4 {
        idle.push(TcpStream::connect(sb.local_addr()).await.unwrap());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, _) = send(&sb, "GET", "/ca-certificates", vec![], true).await;
    assert_eq!(status, 200);
    let (_, closed) = read_until_closed(&mut idle[0], PROMPT).await;
    assert!(closed, "the oldest idle connection made room");
    for s in &mut idle[1..] {
        let (_, closed) = read_until_closed(s, Duration::from_millis(200)).await;
        assert!(!closed, "the others are kept");
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn heads_bodies_and_tls_handshakes_have_deadlines() {
    let short = Duration::from_millis(300);
    let limits = Limits {
        head_timeout: short,
        body_timeout: short,
        tls_handshake_timeout: short,
        ..Limits::default()
    };
    let sb = Sandbox::start(options(StateLocation::Memory, limits.clone()))
        .await
        .unwrap();
    // Nothing sent at all; half a head.
    let mut silent = TcpStream::connect(sb.local_addr()).await.unwrap();
    let mut half = TcpStream::connect(sb.local_addr()).await.unwrap();
    half.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    assert!(read_until_closed(&mut silent, PROMPT).await.1);
    assert!(read_until_closed(&mut half, PROMPT).await.1);
    // A signed head whose body stops halfway: 408.
    let mut body = TcpStream::connect(sb.local_addr()).await.unwrap();
    body.write_all(post_head(&sb, true).as_bytes())
        .await
        .unwrap();
    body.write_all(&[b'x'; 1000]).await.unwrap();
    let (got, _) = read_until_closed(&mut body, PROMPT).await;
    assert!(
        status_line(&got).starts_with("HTTP/1.1 408"),
        "{:?}",
        status_line(&got)
    );
    let recorded = sb.requests();
    assert_eq!(recorded.last().map(|r| r.status), Some(408));
    sb.shutdown().await;
    // A TLS client that never says hello.
    let dir = tempfile::tempdir().unwrap();
    let mut o = options(StateLocation::Memory, limits);
    o.tls_cert_out = Some(dir.path().join("cert.pem"));
    let sb = Sandbox::start(o).await.unwrap();
    let mut mute = TcpStream::connect(sb.local_addr()).await.unwrap();
    assert!(read_until_closed(&mut mute, PROMPT).await.1);
    sb.shutdown().await;
}

fn state_accounts(path: &Path) -> Vec<String> {
    let v: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    v["accounts"].as_object().unwrap().keys().cloned().collect()
}

#[tokio::test]
async fn accounts_are_made_only_for_authenticated_requests_and_capped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let sb = Sandbox::start(options(
        StateLocation::File(path.clone()),
        Limits {
            max_accounts: 2,
            ..Limits::default()
        },
    ))
    .await
    .unwrap();
    for i in 0..20 {
        let (status, _) = send(
            &sb,
            "GET",
            &format!("/client-certificates?accountSwitchKey=1-NOAUTH{i}"),
            vec![],
            false,
        )
        .await;
        assert_eq!(status, 401);
    }
    assert_eq!(
        state_accounts(&path),
        [""],
        "no account without credentials"
    );
    for key in ["1-A", "1-B"] {
        let (status, _) = send(
            &sb,
            "GET",
            &format!("/client-certificates?accountSwitchKey={key}"),
            vec![],
            true,
        )
        .await;
        assert_eq!(status, 200, "{key}");
    }
    let (status, body) = send(
        &sb,
        "GET",
        "/client-certificates?accountSwitchKey=1-C",
        vec![],
        true,
    )
    .await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(
        body["type"],
        "https://problems.luna.akamaiapis.net/-/pep-authz/deny"
    );
    let (status, _) = send(
        &sb,
        "GET",
        "/client-certificates?accountSwitchKey=1-A",
        vec![],
        true,
    )
    .await;
    assert_eq!(status, 200, "a key in use keeps working");
    assert_eq!(state_accounts(&path), ["", "1-A", "1-B"]);
    sb.shutdown().await;
}

#[tokio::test]
async fn switching_account_keys_does_not_bypass_the_rate_limit() {
    let mut o = options(StateLocation::Memory, Limits::default());
    o.rate_limit_per_minute = 3;
    let sb = Sandbox::start(o).await.unwrap();
    for key in ["", "1-A", "1-B"] {
        let (status, _) = send(
            &sb,
            "GET",
            &format!("/ca-certificates?accountSwitchKey={key}"),
            vec![],
            true,
        )
        .await;
        assert_eq!(status, 200, "{key}");
    }
    let (status, body) = send(
        &sb,
        "GET",
        "/ca-certificates?accountSwitchKey=1-FRESH",
        vec![],
        true,
    )
    .await;
    assert_eq!(status, 429, "{body}");
    sb.shutdown().await;
}

#[tokio::test]
async fn a_symlink_planted_at_the_certificate_path_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("victim");
    std::fs::write(&target, "precious").unwrap();
    let link = dir.path().join("cert.pem");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let mut o = options(StateLocation::Memory, Limits::default());
    o.tls_cert_out = Some(link.clone());
    let err = Sandbox::start(o).await.err().expect("a link is refused");
    assert!(
        format!("{err:#}").contains(&link.display().to_string()),
        "{err:#}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
}

// --- the binary ---

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}

/// `moks args…` under `umask 000`, hermetic: HOME (and the runtime dir) in `home`.
fn moks_umask_000(home: &Path, args: &[&str]) -> Command {
    let mut c = Command::new("sh");
    c.env_clear()
        .env("HOME", home)
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .args(["-c", "umask 000 && exec \"$0\" \"$@\""])
        .arg(cargo_bin("moks"))
        .args(args)
        .stdin(Stdio::null());
    c
}

fn sandbox_cmd(home: &Path, state: &Path, args: &[&str]) -> Command {
    let mut c = moks_umask_000(home, &[]);
    c.arg("--sandbox")
        .arg("--sandbox-state")
        .arg(state)
        .args(args);
    c
}

struct Ran {
    code: Option<i32>,
    stderr: String,
}

/// Runs `c` to its end, within [`wait_exit`]'s limit (a command that hangs fails the test).
fn run(mut c: Command) -> Ran {
    let mut child = c
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = stderr_lines(&mut child);
    let code = wait_exit(&mut child);
    Ran {
        code,
        stderr: lines.iter().map(|l| format!("{l}\n")).collect(),
    }
}

#[test]
fn state_files_are_private_whatever_the_umask_and_stale_temporary_files_go() {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("new/dir/state.json");
    let r = run(sandbox_cmd(home.path(), &state, &["get-client-cert"]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(mode(&state), 0o600);
    assert_eq!(
        mode(&PathBuf::from(format!("{}.lock", state.display()))),
        0o600
    );
    assert_eq!(mode(&home.path().join("new")), 0o700);
    assert_eq!(mode(&home.path().join("new/dir")), 0o700);
    // What a writer killed mid-write leaves behind is removed by the next start.
    let stale = state.with_file_name(".state.json.tmp-4194305-0123456789abcdef");
    std::fs::write(&stale, "half a state").unwrap();
    let r = run(sandbox_cmd(home.path(), &state, &["get-client-cert"]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(!stale.exists());
    let names: Vec<_> = std::fs::read_dir(state.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "the state and its lock only: {names:?}");
}

#[test]
fn symlinks_planted_at_the_state_or_lock_path_are_not_followed() {
    let home = tempfile::tempdir().unwrap();
    let victim = home.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    let state = home.path().join("state.json");
    std::os::unix::fs::symlink(&victim, &state).unwrap();
    let r = run(sandbox_cmd(home.path(), &state, &["get-client-cert"]));
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(
        r.stderr.contains(&state.display().to_string()) && r.stderr.contains("symbolic link"),
        "{}",
        r.stderr
    );
    let state = home.path().join("other.json");
    let lock = home.path().join("other.json.lock");
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let r = run(sandbox_cmd(home.path(), &state, &["get-client-cert"]));
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(
        r.stderr.contains(&lock.display().to_string()) && r.stderr.contains("symbolic link"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(!state.exists());
}

#[test]
fn a_state_file_others_can_write_is_refused_naming_it_and_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("state.json");
    let r = run(sandbox_cmd(home.path(), &state, &["get-client-cert"]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let before = std::fs::read(&state).unwrap();
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o664)).unwrap();
    let r = run(sandbox_cmd(home.path(), &state, &["get-client-cert"]));
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.starts_with("moks: error: "))
        .unwrap_or_default();
    assert!(
        line.contains(&state.display().to_string()) && line.contains("mode 0664"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint: "), "{}", r.stderr);
    assert_eq!(std::fs::read(&state).unwrap(), before, "left as it was");
    assert_eq!(mode(&state), 0o664);
}

/// Lines of a child's stderr, as they come.
fn stderr_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    let err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Waits (at most [`PROMPT`]) for a line containing `want`; the lines seen.
fn wait_for_line(rx: &mpsc::Receiver<String>, want: &str) -> Vec<String> {
    // A child may first seed its sandbox (an RSA 4096 CA key: seconds on a loaded machine);
    // the bound only says "does not hang".
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(l) => {
                let found = l.contains(want);
                seen.push(l);
                if found {
                    return seen;
                }
            }
            Err(_) => break,
        }
    }
    panic!("no line with {want:?} in {seen:?}");
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(child.id().to_string())
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

/// Waits for a child to exit, killing it after 30 s.
fn wait_exit(child: &mut Child) -> Option<i32> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Some(s) = child.try_wait().unwrap() {
            return s.code();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the child did not exit in time");
}

#[test]
fn serve_tls_keeps_its_certificate_private_and_removes_it_on_ctrl_c() {
    let home = tempfile::tempdir().unwrap();
    let run_dir = home.path().join("run");
    std::fs::create_dir(&run_dir).unwrap();
    // A directory left by a run that was killed (its process is gone).
    let stale = run_dir.join("moks-sandbox-4194305-00000000000000ff");
    std::fs::create_dir(&stale).unwrap();
    std::fs::write(stale.join("sandbox-cert.pem"), "old").unwrap();
    let mut child = moks_umask_000(
        home.path(),
        &["sandbox", "serve", "--listen", "127.0.0.1:0", "--tls"],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let rx = stderr_lines(&mut child);
    let lines = wait_for_line(&rx, "its TLS certificate is ");
    let pem = lines
        .last()
        .unwrap()
        .split_whitespace()
        .find(|w| w.ends_with(".pem:"))
        .map(|w| PathBuf::from(w.trim_end_matches(':')))
        .unwrap();
    let dir = pem.parent().unwrap().to_path_buf();
    assert_eq!(dir.parent(), Some(run_dir.as_path()), "{}", pem.display());
    assert_eq!(mode(&pem), 0o600);
    assert_eq!(mode(&dir), 0o700);
    assert!(!stale.exists(), "the killed run's directory is removed");
    signal(&child, "INT");
    assert_eq!(wait_exit(&mut child), Some(0));
    assert!(!pem.exists() && !dir.exists(), "removed on exit");
}

#[test]
fn serve_on_a_non_loopback_address_warns_that_the_credentials_are_reachable() {
    let home = tempfile::tempdir().unwrap();
    let mut child = moks_umask_000(home.path(), &["sandbox", "serve", "--listen", "0.0.0.0:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let rx = stderr_lines(&mut child);
    let lines = wait_for_line(&rx, "moks: warning: ");
    signal(&child, "TERM");
    let warning = lines.last().unwrap();
    assert!(
        warning.contains("0.0.0.0:")
            && warning.contains("not a loopback address")
            && warning.contains("test credentials are reachable from the network"),
        "{warning}"
    );
    assert_eq!(wait_exit(&mut child), Some(0));
    // and none on loopback
    let mut child = moks_umask_000(
        home.path(),
        &["sandbox", "serve", "--listen", "127.0.0.1:0"],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let rx = stderr_lines(&mut child);
    wait_for_line(&rx, "moks sandbox serving");
    signal(&child, "TERM");
    assert_eq!(wait_exit(&mut child), Some(0));
    let rest: Vec<String> = rx.iter().collect();
    assert!(!rest.iter().any(|l| l.contains("warning")), "{rest:?}");
}

#[test]
fn serve_on_a_port_in_use_exits_3_naming_the_address() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let home = tempfile::tempdir().unwrap();
    let r = run(moks_umask_000(
        home.path(),
        &["sandbox", "serve", "--listen", &addr],
    ));
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with(&format!("moks: error: cannot listen on {addr}: ")),
        "{}",
        r.stderr
    );
}

#[test]
fn a_held_state_lock_is_announced_and_waited_for_until_a_deadline() {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("state.json");
    let lock = std::fs::File::create(format!("{}.lock", state.display())).unwrap();
    lock.lock().unwrap();
    // A deadline that is not a duration is refused before anything is touched.
    let mut c = sandbox_cmd(home.path(), &state, &["get-client-cert"]);
    c.env("MOKS_SANDBOX_LOCK_TIMEOUT", "forever");
    let r = run(c);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(
        r.stderr.starts_with(
            "moks: error: MOKS_SANDBOX_LOCK_TIMEOUT is 'forever': expected a duration"
        ),
        "{}",
        r.stderr
    );
    // Held for good: announced, then given up at the deadline.
    let mut c = sandbox_cmd(home.path(), &state, &["get-client-cert"]);
    c.env("MOKS_SANDBOX_LOCK_TIMEOUT", "1500ms");
    let r = run(c);
    assert_eq!(r.code, Some(3), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("moks: warning: waiting for the sandbox state lock held by another moks"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("moks: error: the sandbox state lock"),
        "{}",
        r.stderr
    );
    assert!(!state.exists(), "nothing written without the lock");
    // Released while waiting: the command goes on.
    let mut child = sandbox_cmd(home.path(), &state, &["get-client-cert"])
        .env("MOKS_SANDBOX_LOCK_TIMEOUT", "60s")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let rx = stderr_lines(&mut child);
    wait_for_line(&rx, "waiting for the sandbox state lock");
    lock.unlock().unwrap();
    assert_eq!(wait_exit(&mut child), Some(0));
    assert!(state.exists());
}
