//! The Edge Truststore's problems: their detail lines and their hints.
//!
//! Rules:
//! - A problem has `title`, `detail`, an `instance` naming the occurrence, nested
//!   `errors[]` pointing at what they are about (`pointer`, a JSON pointer into the request
//!   body), and `contextInfo` with what it concerns (the CA set, its associations, the
//!   activation in the way), as the Edge Truststore API reference shows for its operations'
//!   error answers.
//! - Hints are chosen by the slug of the problem's `type` (never by the whole type, which
//!   changed between versions, nor by the status, which clients disagree on), worded from
//!   what its `contextInfo` carries, with the program's name as it was run.
//! - Everything quoted from the problem came from the server: it is shown through
//!   [`excerpt`] (one line, escaped).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use serde_json::Value;

use super::api::{nested, shown};
use super::text::excerpt;
use crate::output::program;
use moks_model::truststore::error_slug;

/// The lines after the headline: one per nested error (`pointer: detail`), where the
/// problem points (`at:`), then its `instance`.
pub fn details(p: &Value) -> Vec<String> {
    let mut out = nested(p, "pointer");
    if let Some(at) = shown(p, "pointer") {
        out.push(format!("at: {at}"));
    }
    if let Some(id) = shown(p, "instance") {
        out.push(format!("instance: {id}"));
    }
    out
}

/// The slug of the problem's `type` (its last path segment), when it has one.
pub fn slug(p: &Value) -> Option<&str> {
    Some(error_slug(p.get("type")?.as_str()?))
}

/// How many hostnames or enrollments a hint names before "and N more".
const LISTED: usize = 10;

/// `contextInfo.<key>` as text: a string, or a number (`caSetId` comes as both in its
/// answers).
fn context(p: &Value, key: &str) -> Option<String> {
    let v = p.get("contextInfo")?.get(key)?;
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    Some(excerpt(&text, 80)).filter(|s| !s.is_empty())
}

/// The CA set this run works on, once its `--id` or `--name` is resolved: what a hint names
/// when the problem does not (a run is one command, so one set).
static WORKING_SET: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Records the CA set the command works on, for the hints of its errors.
pub fn remember_set(id: &impl std::fmt::Display) {
    let _ = WORKING_SET.set(id.to_string());
}

/// `--id N` for a command line: the CA set the problem names, else the one the command
/// works on; `--id ID` only when neither is known.
fn set_flag(p: &Value) -> String {
    let digits = |id: &String| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
    context(p, "caSetId")
        .filter(digits)
        .or_else(|| WORKING_SET.get().cloned().filter(digits))
        .map_or_else(|| "--id ID".to_string(), |id| format!("--id {id}"))
}

/// The hostnames and enrollments an in-use problem lists (`contextInfo.associations`, or
/// `contextInfo` itself): `hostname` in errors, `hostName` in the answer of "Get CA set
/// associations".
fn associations(p: &Value) -> Vec<String> {
    let Some(ctx) = p.get("contextInfo") else {
        return vec![];
    };
    let assoc = ctx.get("associations").unwrap_or(ctx);
    let mut out = Vec::new();
    for prop in assoc
        .get("properties")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = prop
            .get("propertyName")
            .and_then(Value::as_str)
            .or_else(|| prop.get("propertyId").and_then(Value::as_str));
        for h in prop
            .get("hostnames")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let host = h
                .get("hostname")
                .or_else(|| h.get("hostName"))
                .and_then(Value::as_str)
                .unwrap_or("?");
            let net = h.get("network").and_then(Value::as_str);
            let mut line = excerpt(host, 120);
            if let Some(net) = net {
                line.push_str(&format!(" ({})", excerpt(net, 20)));
            }
            if let Some(name) = name {
                line.push_str(&format!(" in property {}", excerpt(name, 80)));
            }
            out.push(line);
        }
    }
    for e in assoc
        .get("enrollments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let id = e.get("enrollmentId").map(|v| excerpt(&v.to_string(), 20));
        let cn = e.get("cn").and_then(Value::as_str).map(|c| excerpt(c, 120));
        out.push(match (id, cn) {
            (Some(id), Some(cn)) => format!("CPS enrollment {id} ({cn})"),
            (Some(id), None) => format!("CPS enrollment {id}"),
            (None, Some(cn)) => format!("CPS enrollment for {cn}"),
            (None, None) => "a CPS enrollment".into(),
        });
    }
    out
}

/// What the activation a conflict names is (`contextInfo.activationLink`): its version and id.
fn activation_in_link(p: &Value) -> Option<(String, String)> {
    let link = p.get("contextInfo")?.get("activationLink")?.as_str()?;
    let mut parts = link.trim_end_matches('/').rsplit('/');
    let id = parts.next()?;
    (parts.next()? == "activations").then_some(())?;
    let version = parts.next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(id) && digits(version)).then(|| (version.to_string(), id.to_string()))
}

/// The hints for an Edge Truststore problem.
pub fn hints(p: &Value) -> Vec<String> {
    let slug = slug(p).unwrap_or_default();
    let prog = format!("{} truststore", program());
    let set = set_flag(p);
    let mut hints = Vec::new();
    match slug {
        "ca-set-bound-to-hostname"
        | "ca-set-in-use-by-hostnames"
        | "ca-set-in-use-by-enrollments"
        | "ca-set-in-use-by-ccm-hostnames-and-not-cps-enrollments"
        | "ca-set-in-use-by-both-enrollments-and-hostnames" => {
            let uses = associations(p);
            if !uses.is_empty() {
                let more = uses.len().saturating_sub(LISTED);
                let mut listed = uses.into_iter().take(LISTED).collect::<Vec<_>>().join(", ");
                if more > 0 {
                    listed.push_str(&format!(" and {more} more"));
                }
                hints.push(format!("the CA set is in use by: {listed}"));
            }
            hints.push(format!(
                "unlink it in Property Manager or CPS first; see what uses it with: {prog} \
                 get-ca-set-association {set}"
            ));
        }
        "ca-set-cannot-be-deleted-active-versions" => hints.push(format!(
            "deactivate its active versions first: {prog} new-ca-set-deactivation {set} \
             --version N --network staging|production --wait"
        )),
        "ca-set-cannot-be-deleted-in-progress-version-activations" => hints.push(format!(
            "wait for the requests in flight to end (see them with: {prog} \
             get-ca-set-activation {set}), then delete again"
        )),
        "delete-ca-set-request-in-progress" => hints.push(format!(
            "the CA set is being deleted; follow it with: {prog} get-removal {set} --wait"
        )),
        "another-activation-request-in-progress-in-the-ca-set"
        | "another-deactivation-request-in-progress-in-the-ca-set" => {
            match activation_in_link(p) {
                Some((version, id)) => hints.push(format!(
                    "wait for it with: {prog} get-ca-set-activation {set} --version {version} \
                     --activation-id {id} --wait"
                )),
                None => hints.push(format!(
                    "see the requests in flight with: {prog} get-ca-set-activation {set}"
                )),
            }
            hints.push("or repeat with --wait to queue behind it".into());
        }
        "another-activation-just-completed-in-the-ca-set" => {
            hints.push("try again in a few seconds, or repeat with --wait".into());
        }
        "ca-set-name-is-not-unique" => {
            let name = context(p, "caSetName")
                .map(|n| format!(" --name {n}"))
                .unwrap_or_default();
            hints.push(format!(
                "names are unique among the CA sets not deleted: choose another, or see the \
                 one there with: {prog} get-ca-set{name}"
            ));
        }
        "ca-set-limit-reached" => {
            let limit = context(p, "limit")
                .map(|l| format!(" (the account's limit is {l})"))
                .unwrap_or_default();
            hints.push(format!(
                "delete a CA set no longer used to make room{limit}: {prog} remove-ca-set --id ID"
            ));
        }
        "missing-caset-version" => hints.push(format!(
            "the CA set has no version to copy: create one first ({prog} new-ca-set-version \
             {set} …)"
        )),
        "certificate-validation-failure-activate" => hints.push(
            "a certificate of the version is no longer valid (expired since it was added?): \
             make a new version without it, and activate that one"
                .into(),
        ),
        "no-active-cert-deletions" => hints.push(format!(
            "the CA set was not asked to be deleted; delete it with: {prog} remove-ca-set {set}"
        )),
        // Its only explanation is contextInfo.message, with the field at the top (`pointer`).
        "json-schema-validation-error" => {
            if let Some(message) = context(p, "message") {
                let at = p
                    .get("pointer")
                    .and_then(Value::as_str)
                    .map(|ptr| format!(" (at {})", excerpt(ptr, 80)))
                    .unwrap_or_default();
                hints.push(format!("the API says: {message}{at}"));
            }
        }
        "cannot-get-ca-set-associations-timeout" => {
            hints.push("the API timed out reading the associations: try again later".into());
        }
        _ => {}
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::super::api::{answer, Api};
    use super::*;
    use serde_json::json;

    const T: &str = "/mtls-edge-truststore/error-types/";

    #[test]
    fn in_use_problems_list_what_uses_the_set_escaped_and_bounded() {
        let p = json!({"type": format!("{T}ca-set-bound-to-hostname"), "status": 409,
            "contextInfo": {"caSetId": 12, "associations": {"properties": [
                {"propertyName": "www", "hostnames": [
                    {"hostname": "a.example.com", "network": "STAGING"},
                    {"hostname": "b\u{1b}[2J.example.com", "network": "PRODUCTION"}]}],
                "enrollments": [{"enrollmentId": 7, "cn": "c.example.com"}]}}});
        let h = hints(&p);
        assert_eq!(
            h[0],
            "the CA set is in use by: a.example.com (STAGING) in property www, \
             b\\u{1b}[2J.example.com (PRODUCTION) in property www, CPS enrollment 7 \
             (c.example.com)"
        );
        assert!(h[1].ends_with("get-ca-set-association --id 12"), "{h:?}");
        let many: Vec<Value> = (0..15)
            .map(|i| json!({"hostname": format!("h{i}"), "network": "STAGING"}))
            .collect();
        let p = json!({"type": format!("{T}ca-set-in-use-by-hostnames"),
            "contextInfo": {"properties": [{"propertyId": "1", "hostnames": many}]}});
        assert!(hints(&p)[0].ends_with("and 5 more"), "{:?}", hints(&p));
    }

    #[test]
    fn conflicts_name_the_request_to_wait_for() {
        let p = json!({"type": format!("/mtls-edge-truststore/v2/error-types/another-activation-request-in-progress-in-the-ca-set"),
            "contextInfo": {"caSetId": "5",
                "activationLink": "/mtls-edge-truststore/v2/ca-sets/5/versions/2/activations/99"}});
        assert!(
            hints(&p)[0]
                .ends_with("get-ca-set-activation --id 5 --version 2 --activation-id 99 --wait"),
            "{:?}",
            hints(&p)
        );
        // A link of another shape is not trusted for a command line.
        let p = json!({"type": format!("{T}another-deactivation-request-in-progress-in-the-ca-set"),
            "contextInfo": {"activationLink": "/x/activations/1;rm -rf"}});
        assert!(hints(&p)[0].ends_with("get-ca-set-activation --id ID"));
    }

    #[test]
    fn problems_read_as_sentences_with_their_pointers_and_instance() {
        let e = answer(
            Api::Truststore,
            409,
            &json!({"type":"/mtls-edge-truststore/error-types/ca-set-bound-to-hostname",
                "title":"The CA set is in use.","detail":"Detach them first.",
                "instance":"/mtls-edge-truststore/error-types/ca-set-bound-to-hostname/ab12",
                "pointer": "/caSetName",
                "errors":[{"pointer":"/certificates/0","detail":"expired"}, {"title": "t"}]})
            .to_string(),
        );
        assert_eq!(e.headline(), "The CA set is in use: Detach them first.");
        assert_eq!(
            e.details(),
            vec![
                "/certificates/0: expired",
                "t",
                "at: /caSetName",
                "instance: /mtls-edge-truststore/error-types/ca-set-bound-to-hostname/ab12"
            ]
        );
        assert_eq!(e.truststore_slug(), Some("ca-set-bound-to-hostname"));
    }

    #[test]
    fn other_problems_get_no_truststore_hint() {
        assert!(hints(&json!({"type": format!("{T}ca-set-not-found")})).is_empty());
        assert!(hints(&json!({"title": "no type"})).is_empty());
    }
}
