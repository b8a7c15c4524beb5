//! `moks-bench`: the load generator of `bench/run` (benchmark only, never shipped).
//!
//! It sends signed GETs to a running `moks sandbox serve` from N concurrent keep-alive
//! connections for a fixed time and prints one line of `key=value` figures:
//! requests/s, p50/p99 latency, answers that were not 200, and the CPU this process used
//! (so the caller can tell whether the client, not the server, was the bottleneck).
//!
//! Every request is signed with the independent test signer (`moks-testkit`), with a fresh
//! timestamp and nonce, since the sandbox refuses a nonce it has seen. It runs on one
//! thread (tokio's current-thread runtime), leaving the other cores to the server.
//!
//! Usage: moks-bench --edgerc FILE [--section S] [--ca-cert PEM] [--connections 32]
//!        [--seconds 5] [--warmup 1] [--path /client-certificates/ID | --path first-cert]
#![allow(clippy::print_stdout, clippy::print_stderr)] // a program of its own: it reports on stdout

use std::time::{Duration, Instant};

use moks_testkit::edgegrid as eg;

const BASE: &str = "/mtls-origin-keystore/v1";

struct Args {
    edgerc: String,
    section: String,
    ca_cert: Option<String>,
    connections: usize,
    seconds: f64,
    warmup: f64,
    path: String,
}

fn usage(msg: &str) -> ! {
    eprintln!("moks-bench: error: {msg}");
    eprintln!(
        "usage: moks-bench --edgerc FILE [--section S] [--ca-cert PEM] [--connections N] \
         [--seconds S] [--warmup S] [--path PATH|first-cert]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut a = Args {
        edgerc: String::new(),
        section: "sandbox".into(),
        ca_cert: None,
        connections: 32,
        seconds: 5.0,
        warmup: 1.0,
        path: "first-cert".into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || {
            it.next()
                .unwrap_or_else(|| usage(&format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--edgerc" => a.edgerc = val(),
            "--section" => a.section = val(),
            "--ca-cert" => a.ca_cert = Some(val()),
            "--connections" => {
                a.connections = val()
                    .parse()
                    .ok()
                    .filter(|n| (1..=1024).contains(n))
                    .unwrap_or_else(|| usage("--connections: expected 1 to 1024"))
            }
            "--seconds" => {
                a.seconds = val()
                    .parse()
                    .ok()
                    .filter(|s: &f64| *s > 0.0 && *s <= 600.0)
                    .unwrap_or_else(|| usage("--seconds: expected more than 0, at most 600"))
            }
            "--warmup" => {
                a.warmup = val()
                    .parse()
                    .ok()
                    .filter(|s: &f64| (0.0..=60.0).contains(s))
                    .unwrap_or_else(|| usage("--warmup: expected 0 to 60"))
            }
            "--path" => a.path = val(),
            other => usage(&format!("unknown argument '{other}'")),
        }
    }
    if a.edgerc.is_empty() {
        usage("--edgerc is required");
    }
    a
}

/// The `key = value` lines of one `[section]` of an .edgerc (enough for the sandbox's).
fn read_section(path: &str, section: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| usage(&format!("cannot read {path}: {e}")));
    let mut inside = false;
    let mut out = Vec::new();
    for line in text.lines() {
        let l = line.trim();
        if let Some(name) = l.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            inside = name.trim() == section;
        } else if inside && !l.starts_with(';') && !l.starts_with('#') {
            if let Some((k, v)) = l.split_once('=') {
                out.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
    }
    out
}

struct Target {
    base: String,
    host: String,
    creds: eg::Creds,
}

fn signed_get(client: &reqwest::Client, t: &Target, path: &str) -> reqwest::RequestBuilder {
    let ts = eg::timestamp(time::OffsetDateTime::now_utc());
    let nonce = eg::nonce();
    let auth = eg::authorization(&t.creds, "GET", &t.host, path, b"", &ts, &nonce);
    client
        .get(format!("{}{path}", t.base))
        .header("authorization", auth)
        .header("accept", "application/json")
}

fn client(ca: &Option<Vec<u8>>) -> reqwest::Client {
    let mut b = reqwest::Client::builder()
        .no_proxy()
        .http1_only()
        .pool_max_idle_per_host(1)
        .timeout(Duration::from_secs(30));
    if let Some(pem) = ca {
        let certs = reqwest::Certificate::from_pem_bundle(pem)
            .unwrap_or_else(|e| usage(&format!("--ca-cert: {e}")));
        b = b.tls_certs_only(certs);
    }
    b.build()
        .unwrap_or_else(|e| usage(&format!("cannot build the HTTP client: {e}")))
}

/// User + system CPU seconds of this process so far (Linux; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line, 11 and 12 after ')'.
    let ticks: f64 = [11, 12]
        .iter()
        .filter_map(|i| f.get(*i).and_then(|v| v.parse::<f64>().ok()))
        .sum();
    ticks / 100.0 // USER_HZ, 100 on Linux
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = parse_args();
    let sec = read_section(&a.edgerc, &a.section);
    let get = |k: &str| {
        sec.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| usage(&format!("no {k} in [{}] of {}", a.section, a.edgerc)))
    };
    let host_value = get("host");
    let base = if host_value.contains("://") {
        host_value.trim_end_matches('/').to_string()
    } else {
        format!("https://{}", host_value.trim_end_matches('/'))
    };
    let host = base
        .split_once("://")
        .map(|(_, h)| h)
        .unwrap_or("")
        .to_string();
    let t = std::rc::Rc::new(Target {
        base,
        host,
        creds: eg::Creds {
            client_token: get("client_token"),
            client_secret: get("client_secret"),
            access_token: get("access_token"),
            max_body: 131072,
        },
    });
    let ca = a
        .ca_cert
        .as_ref()
        .map(|p| std::fs::read(p).unwrap_or_else(|e| usage(&format!("cannot read {p}: {e}"))));

    // The path to hammer: one certificate (as `get-client-cert ID` fetches it), or a given one.
    let path = if a.path == "first-cert" {
        let c = client(&ca);
        let list = format!("{BASE}/client-certificates");
        let resp = signed_get(&c, &t, &list)
            .send()
            .await
            .unwrap_or_else(|e| usage(&format!("GET {list}: {e}")));
        let status = resp.status().as_u16();
        let bytes = resp.bytes().await.unwrap_or_default();
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        let id = body["certificates"][0]["certificateId"].as_i64();
        match (status, id) {
            (200, Some(id)) => format!("{BASE}/client-certificates/{id}"),
            (200, None) => list,
            _ => usage(&format!("GET {list} answered {status}: {body}")),
        }
    } else if a.path.starts_with('/') {
        a.path.clone()
    } else {
        usage("--path must start with / (or be first-cert)")
    };

    let start = Instant::now();
    let measure_from = start + Duration::from_secs_f64(a.warmup);
    let end = measure_from + Duration::from_secs_f64(a.seconds);
    let cpu_at_start = std::cell::Cell::new(None::<f64>);
    let mut tasks = Vec::new();
    let local = tokio::task::LocalSet::new();
    for _ in 0..a.connections {
        let t = t.clone();
        let path = path.clone();
        let c = client(&ca);
        tasks.push(local.spawn_local(async move {
            let mut lat = Vec::with_capacity(8192);
            let (mut ok, mut not_ok, mut failed) = (0u64, 0u64, 0u64);
            let mut other_statuses = Vec::new();
            loop {
                let sent = Instant::now();
                if sent >= end {
                    break;
                }
                let r = signed_get(&c, &t, &path).send().await;
                let status = match r {
                    Ok(resp) => {
                        let s = resp.status().as_u16();
                        // Read the whole body so the connection can be reused.
                        match resp.bytes().await {
                            Ok(_) => Some(s),
                            Err(_) => None,
                        }
                    }
                    Err(_) => None,
                };
                let done = Instant::now();
                if sent < measure_from || done > end {
                    continue;
                }
                lat.push(done.duration_since(sent).as_micros() as u64);
                match status {
                    Some(200) => ok += 1,
                    Some(s) => {
                        not_ok += 1;
                        if other_statuses.len() < 5 && !other_statuses.contains(&s) {
                            other_statuses.push(s);
                        }
                    }
                    None => failed += 1,
                }
            }
            (lat, ok, not_ok, failed, other_statuses)
        }));
    }
    let results = local
        .run_until(async {
            tokio::time::sleep_until(measure_from.into()).await;
            cpu_at_start.set(Some(cpu_seconds()));
            let mut all = Vec::new();
            for t in tasks {
                all.push(t.await.expect("a load task panicked"));
            }
            all
        })
        .await;
    let cpu = cpu_seconds() - cpu_at_start.get().unwrap_or(0.0);
    let mut lat: Vec<u64> = Vec::new();
    let (mut ok, mut not_ok, mut failed) = (0, 0, 0);
    let mut statuses: Vec<u16> = Vec::new();
    for (l, o, n, f, s) in results {
        lat.extend(l);
        ok += o;
        not_ok += n;
        failed += f;
        statuses.extend(s);
    }
    statuses.sort_unstable();
    statuses.dedup();
    lat.sort_unstable();
    let secs = a.seconds;
    println!(
        "requests={} ok={ok} not_200={not_ok} failed={failed} statuses={:?} rps={:.0} p50_ms={:.2} p99_ms={:.2} max_ms={:.2} client_cpu={:.2} path={path}",
        lat.len(),
        statuses,
        ok as f64 / secs,
        percentile(&lat, 0.50),
        percentile(&lat, 0.99),
        percentile(&lat, 1.0),
        cpu / secs,
    );
}
