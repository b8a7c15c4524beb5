//! The example enrollments made in an account the first time CPS is used in it (when the
//! sandbox seeds, `Options::seed`), so a list shows a table at once: a Let's Encrypt SAN
//! certificate deployed, a third-party certificate deployed (signed by a CA outside the
//! sandbox), and a third-party enrollment waiting for its certificate. All under
//! [`CONTRACT`], with real keys and certificates.

use serde_json::{json, Value};
use time::OffsetDateTime;

use super::flow::{self, COMPLETE, WAIT_UPLOAD};
use super::{certs, ops, routes::Window, Cert, Cps, Deployed};
use moks_model::cps::{template, TemplateKind};

/// The sandbox's contract (also what the Contract API lists).
pub const CONTRACT: &str = "1-SANDBOX";

fn doc(kind: TemplateKind, cn: &str, sans: &[&str]) -> Value {
    let mut d: Value = serde_json::from_str(&template(kind)).unwrap_or_else(|_| json!({}));
    d["csr"]["cn"] = json!(cn);
    d["csr"]["sans"] = json!(sans);
    d["networkConfiguration"]["dnsNameSettings"]["dnsNames"] = json!(sans);
    d["changeManagement"] = json!(false);
    d
}

/// An enrollment of `doc` with its first change opened at `at`; its index.
fn enroll(cps: &mut Cps, doc: Value, at: OffsetDateTime) -> usize {
    let ei = cps.enroll(CONTRACT.into(), doc);
    ops::open_change(cps, ei, "new-certificate", false, &Window::default(), at);
    ei
}

/// Ends the last change of enrollment `ei` deployed with `certs`.
fn deploy(cps: &mut Cps, ei: usize, certs: Vec<Cert>, at: OffsetDateTime) {
    let e = &mut cps.enrollments[ei];
    let Some(ch) = e.changes.last_mut() else {
        return;
    };
    ch.certs = certs;
    flow::enter(ch, COMPLETE, at);
    let d = Deployed {
        change_id: ch.id,
        at: crate::core::rate::fmt_millis(at),
        certs: ch.certs.clone(),
    };
    e.production = Some(d.clone());
    e.staging = Some(d.clone());
    e.history.push(d);
}

fn try_seed(cps: &mut Cps, now: OffsetDateTime) -> Result<(), String> {
    let past = now - time::Duration::days(10);
    // a Let's Encrypt SAN certificate, deployed
    let dv = doc(
        TemplateKind::Dv,
        "www.sandbox.example",
        &[
            "www.sandbox.example",
            "sandbox.example",
            "static.sandbox.example",
        ],
    );
    let ei = enroll(cps, dv.clone(), past);
    let ca = flow::account_ca(cps, now)?;
    let csrs = certs::new_csrs(&dv)?;
    let issued = csrs
        .iter()
        .map(|k| certs::issue(&ca, &dv, k, past))
        .collect::<Result<Vec<_>, _>>()?;
    cps.enrollments[ei].changes[0].csrs = csrs;
    deploy(cps, ei, issued, past);
    // a third-party certificate, deployed
    let tp = doc(
        TemplateKind::ThirdParty,
        "shop.sandbox.example",
        &["shop.sandbox.example"],
    );
    let ei = enroll(cps, tp.clone(), past);
    let outside = certs::outside_ca(now)?;
    let csrs = certs::new_csrs(&tp)?;
    let signed = csrs
        .iter()
        .map(|k| certs::sign_outside(&outside, k, &tp, past))
        .collect::<Result<Vec<_>, _>>()?;
    cps.enrollments[ei].changes[0].csrs = csrs;
    deploy(cps, ei, signed, past);
    // a third-party enrollment waiting for its certificate
    let waiting = doc(
        TemplateKind::ThirdParty,
        "api.sandbox.example",
        &["api.sandbox.example", "api2.sandbox.example"],
    );
    let ei = enroll(cps, waiting.clone(), now);
    let ch = &mut cps.enrollments[ei].changes[0];
    ch.csrs = certs::new_csrs(&waiting)?;
    flow::enter(ch, WAIT_UPLOAD, now);
    Ok(())
}

/// Makes the examples; on a failure (keys that could not be made) the account is left
/// without them.
pub fn seed(cps: &mut Cps, now: OffsetDateTime) {
    let before = cps.clone();
    if try_seed(cps, now).is_err() {
        *cps = before;
    }
}
