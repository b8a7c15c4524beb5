//! TEMPORARY STUB of the sandbox contract; replaced by the real emulator on merge.
#![allow(dead_code, unused_variables)]
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct Options {
    pub listen: SocketAddr,
    pub state: StateLocation,
    pub tls_cert_out: Option<PathBuf>,
    pub deploy_delay: Duration,
    pub rate_limit_per_minute: u32,
    pub latency: Duration,
    pub fail_rate: f64,
    pub seed: u32,
    pub credentials: crate::edgegrid::Credentials,
}
pub enum StateLocation {
    Memory,
    File(PathBuf),
}
pub struct Sandbox;
impl Sandbox {
    pub async fn start(opts: Options) -> anyhow::Result<Sandbox> {
        anyhow::bail!("sandbox not merged yet")
    }
    pub fn local_addr(&self) -> SocketAddr {
        unimplemented!()
    }
    pub fn base_url(&self) -> String {
        unimplemented!()
    }
    pub fn tls_cert_path(&self) -> Option<&Path> {
        None
    }
    pub async fn shutdown(self) {}
}
pub fn default_credentials() -> crate::edgegrid::Credentials {
    crate::edgegrid::Credentials {
        client_token: "akab-sandbox-client-token-0000000000".into(),
        client_secret: "c2FuZGJveC1zZWNyZXQtbm90LWEtc2VjcmV0PQ==".into(),
        access_token: "akab-sandbox-access-token-0000000000".into(),
        max_body: 131072,
        headers_to_sign: vec![],
    }
}
pub fn default_state_path() -> PathBuf {
    PathBuf::from("/tmp/sandbox.json")
}
pub fn reset(path: &Path) -> anyhow::Result<bool> {
    Ok(false)
}
pub const DEFAULT_SEED_FOR_SANDBOX_FLAG: u32 = 4;
