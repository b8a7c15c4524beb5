//! `remove-version` (alias `remove-client-cert-version`): delete a version
//! (Remove-MOKSClientCertVersion). A 202 means the delete is scheduled (its message says
//! when); a 204 means the version is gone.
//!
//! Rules (a delete cannot be undone, so it is made on purpose):
//! - on a terminal it asks first, unless `--yes`; without one (a script, CI) `--yes` is
//!   required: exit 2 and nothing sent otherwise (not under `--dry-run`, which sends nothing);
//! - the versions are listed with `includeAssociatedProperties=true` (§3.7) before the
//!   delete, and two deletes are refused unless `--force` (exit 4), saying why: a version
//!   properties use (§5 "Deleting a certificate": not to be deleted), and the last version
//!   that is not DELETE_PENDING, which deletes the certificate (§5: no certificate-level
//!   DELETE; the last version takes the certificate with it);
//! - what goes with it is said before asking, and on stderr after the delete: the
//!   certificate, with the DELETE_PENDING window (up to 24 hours, during which its name stays
//!   taken); the version that becomes CURRENT when the CURRENT one goes, with its expiry
//!   (a warning when it is within 30 days); that a deployed version stays DELETE_PENDING, and
//!   no rotation is accepted until it is gone (the API refuses one while a version is
//!   DELETE_PENDING).
//!
//! Sections (§) are those of docs/reference/moks.md.

use clap::Args;
use moks_model::moks::{ClientCertificateVersion, VersionStatus};
use moks_model::ApiEnum;

use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::api::Typed;
use crate::commands::{print_document, shell_quote};
use crate::context::Context;
use crate::error;
use crate::output::{self, prompt};

/// Delete a version of a client certificate (Remove-MOKSClientCertVersion)
///
/// Asks first on a terminal; --yes to skip that (required in scripts). A version properties
/// use, or the last one, is refused unless --force.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks remove-version --name origin-a --version previous
  moks remove-version --id 12 --version 1 --yes --json | jq -r .message
  moks remove-version --name old-origin --version latest --yes --force   # deletes the certificate")]
pub struct RemoveVersionArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: a number, latest, deployed, current or previous
    #[arg(long, value_name = "VERSION", required = true)]
    pub version: VersionSpec,
    /// Delete without asking (required when there is no terminal to ask on, but not with
    /// --dry-run)
    #[arg(short, long)]
    pub yes: bool,
    /// Delete even a version properties use, or the last one (which deletes the certificate)
    #[arg(long)]
    pub force: bool,
}

/// What the delete takes with it, found in the list before it.
#[derive(Debug, Default)]
struct Deletion {
    number: i64,
    status: Option<String>,
    /// No other version that is not DELETE_PENDING: the certificate goes with this one.
    last: bool,
    /// The properties that use it, as `name vN (assetId N)`.
    properties: Vec<String>,
    /// When the CURRENT version goes: the DEPLOYED version that becomes CURRENT, and its
    /// `expiryDate`.
    promoted: Option<(i64, Option<String>)>,
}

impl Deletion {
    /// Deleting a DEPLOYED version makes it DELETE_PENDING, which blocks rotations.
    fn blocks_rotation(&self) -> bool {
        self.status.as_deref() == Some(VersionStatus::Deployed.as_str()) && !self.last
    }
}

/// The DEPLOYED version that becomes CURRENT when version `n`, the CURRENT one, goes: the
/// newest other DEPLOYED version (the API's aliases follow the newest deployed version).
fn promoted(versions: &[Typed<ClientCertificateVersion>], n: i64) -> Option<(i64, Option<String>)> {
    let current = versions.iter().any(|v| {
        select::version_of(v) == Some(n)
            && select::alias_of(v).is_some_and(|a| a.eq_ignore_ascii_case("CURRENT"))
    });
    if !current {
        return None;
    }
    select::distinct_versions(versions)
        .into_iter()
        .filter(|v| select::version_of(v) != Some(n))
        .find(|v| v.view.status == Some(VersionStatus::Deployed))
        .and_then(|v| Some((select::version_of(&v)?, v.view.expiry_date.clone())))
}

/// `version M becomes CURRENT: it expires on D, in N days`, and whether that is within
/// [`crate::certcheck::WARN_DAYS`].
fn promoted_line(m: i64, expiry: Option<&str>) -> (String, bool) {
    let Some(expiry) = expiry else {
        return (format!("version {m} becomes CURRENT"), false);
    };
    let shown = error::printable(expiry);
    let days = time::OffsetDateTime::parse(expiry, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(|t| crate::certcheck::days_rounded(t - time::OffsetDateTime::now_utc()));
    match days {
        Some(d) => (
            format!("version {m} becomes CURRENT: it expires on {shown}, in {d} days"),
            d < crate::certcheck::WARN_DAYS,
        ),
        None => (
            format!("version {m} becomes CURRENT: it expires on {shown}"),
            false,
        ),
    }
}

/// The properties of every record of version `n`; those of a separate alias record (beside
/// the version's own, as THIRD_PARTY lists have them) say which alias.
fn properties_of(versions: &[Typed<ClientCertificateVersion>], n: i64) -> Vec<String> {
    let records: Vec<_> = versions
        .iter()
        .filter(|v| select::version_of(v) == Some(n))
        .collect();
    let separate = records.iter().any(|v| select::alias_of(v).is_none());
    let mut out = Vec::new();
    for v in records {
        let via = select::alias_of(v)
            .filter(|_| separate)
            .map(|a| format!(", through the {a} alias"))
            .unwrap_or_default();
        for p in v.view.properties.iter().flatten() {
            let mut s = p
                .property_name
                .clone()
                .unwrap_or_else(|| "(unnamed)".into());
            if let Some(pv) = p.property_version {
                s.push_str(&format!(" v{pv}"));
            }
            if let Some(a) = p.asset_id {
                s.push_str(&format!(" (assetId {a}{via})"));
            } else if !via.is_empty() {
                s.push_str(&format!(" ({})", via.trim_start_matches(", ")));
            }
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// Reads what deleting version `n` means and refuses, unless `force`, what must be forced.
fn check(
    versions: &[Typed<ClientCertificateVersion>],
    n: i64,
    what: &str,
    force: bool,
    retry: &str,
) -> anyhow::Result<Deletion> {
    let distinct = select::distinct_versions(versions);
    let status = distinct
        .iter()
        .find(|v| select::version_of(v) == Some(n))
        .and_then(|v| v.view.status.as_ref())
        .map(|s| s.as_str().to_string());
    let last = !distinct.iter().any(|v| {
        select::version_of(v) != Some(n) && v.view.status != Some(VersionStatus::DeletePending)
    });
    let properties = properties_of(versions, n);
    if !force && !properties.is_empty() {
        return Err(error::refused(
            error::printable(&format!(
                "{what} is used by {} {}: {}",
                properties.len(),
                if properties.len() == 1 {
                    "property"
                } else {
                    "properties"
                },
                properties.join(", ")
            )),
            vec![
                format!(
                    "point their mtlsOriginKeystore behavior at another version first (see {} \
                     get-version-guid)",
                    crate::output::program()
                ),
                format!("to delete it all the same: {retry} --force"),
            ],
        ));
    }
    if !force && last {
        return Err(error::refused(
            format!(
                "{what} is the last version that is not DELETE_PENDING: deleting it deletes the \
                 client certificate"
            ),
            vec![format!("to delete the certificate: {retry} --force")],
        ));
    }
    Ok(Deletion {
        number: n,
        status,
        last,
        properties,
        promoted: promoted(versions, n),
    })
}

/// What will happen, said before asking.
fn consequences(d: &Deletion, what: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let status = d.status.as_deref().unwrap_or("without a status");
    if d.status.as_deref() == Some(VersionStatus::Deployed.as_str()) {
        lines.push(format!(
            "{what} is {status}: it will be DELETE_PENDING for up to 24 hours, then gone"
        ));
    } else {
        lines.push(format!("{what} is {status}"));
    }
    if d.last {
        lines.push("it is the last version: the client certificate is deleted with it".into());
    }
    if let Some((m, expiry)) = &d.promoted {
        lines.push(promoted_line(*m, expiry.as_deref()).0);
    }
    if d.blocks_rotation() {
        lines.push(
            "while it is DELETE_PENDING, the certificate cannot be rotated (the API refuses)"
                .into(),
        );
    }
    if !d.properties.is_empty() {
        lines.push(format!("properties use it: {}", d.properties.join(", ")));
    }
    lines
}

pub async fn run(ctx: &Context, args: RemoveVersionArgs) -> anyhow::Result<()> {
    if !args.yes && !ctx.can_ask && !ctx.dry_run {
        return Err(error::usage(
            "remove-version needs --yes when it cannot ask (standard input or stderr is not a \
             terminal)",
        ));
    }
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let named = args
        .cert
        .name
        .as_ref()
        .map(|n| format!(" ('{n}')"))
        .unwrap_or_default();
    let retry = format!(
        "{} remove-version --id {id} --version {} --yes",
        output::program(),
        args.version
    );
    let mut found: Option<Deletion> = None;
    let version = {
        let found = &mut found;
        let (force, retry, certificate) = (args.force, retry.clone(), format!("{id}{named}"));
        api::version_to_delete(
            client,
            &id,
            args.version,
            Box::new(move |versions, n| {
                let what = format!("version {n} of client certificate {certificate}");
                *found = Some(check(versions, n, &what, force, &retry)?);
                Ok(())
            }),
        )
        .await?
    };
    let what = format!("version {version} of client certificate {id}{named}");
    if let (Some(d), false) = (&found, args.yes) {
        let question = format!("delete {what}?");
        if !prompt::confirm(&consequences(d, &what), &question)? {
            return Err(error::usage(format!(
                "not confirmed: {what} was not deleted"
            )));
        }
    }
    let answer = api::delete_version(client, &id, &version).await?;
    let scheduled = answer.is_some();
    let message = answer.as_ref().and_then(|a| a.view.message.clone());
    match message {
        Some(m) if !ctx.out.json => ctx.out.value_line(&m)?,
        _ => print_document(
            ctx,
            answer.map(|a| a.json),
            &format!("version {version} of client certificate {id} deleted"),
        )?,
    }
    if let Some(d) = &found {
        said_after(d, &id, &named, args.cert.name.as_deref(), scheduled);
    }
    Ok(())
}

/// What the delete did, on stderr: the certificate gone with its last version, the version
/// now CURRENT, the rotations blocked while the version is DELETE_PENDING.
fn said_after(
    d: &Deletion,
    id: &crate::client::Id,
    named: &str,
    name: Option<&str>,
    scheduled: bool,
) {
    let p = output::program();
    if d.last {
        let name = name.map(shell_quote);
        output::note(&if scheduled {
            format!(
                "{p}: client certificate {id}{named} goes with version {}, its last: it stays \
                 listed, DELETE_PENDING, until its scheduled delete date (up to 24 hours), and \
                 its name{} cannot be used again until then",
                d.number,
                name.map(|n| format!(" {n}")).unwrap_or_default()
            )
        } else {
            format!(
                "{p}: client certificate {id}{named} is deleted with version {}, its last",
                d.number
            )
        });
    }
    if let Some((m, expiry)) = &d.promoted {
        match promoted_line(*m, expiry.as_deref()) {
            (line, true) => output::warn(&format!("{line}: rotate soon")),
            (line, false) => output::note(&format!("{p}: {line}")),
        }
    }
    if d.blocks_rotation() && scheduled {
        output::note(&format!(
            "{p}: version {} is DELETE_PENDING until its scheduled delete date (up to 24 \
             hours): until then the certificate cannot be rotated (see the date with: {p} \
             get-client-cert-version --id {id} --version {})",
            d.number, d.number
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn versions(items: Vec<serde_json::Value>) -> Vec<Typed<ClientCertificateVersion>> {
        items.into_iter().map(Typed::new).collect()
    }

    #[test]
    fn properties_of_every_record_are_named_once_with_their_alias() {
        let v = versions(vec![
            json!({"version": 3, "versionAlias": "CURRENT", "status": "DEPLOYED",
                   "properties": [{"assetId": 113, "propertyName": "via-alias", "propertyVersion": 1}]}),
            json!({"version": 3, "status": "DEPLOYED",
                   "properties": [{"assetId": 111, "propertyName": "www", "propertyVersion": 3}]}),
            json!({"version": 2, "status": "DEPLOYED"}),
        ]);
        assert_eq!(
            properties_of(&v, 3),
            [
                "via-alias v1 (assetId 113, through the CURRENT alias)",
                "www v3 (assetId 111)"
            ]
        );
        let e = check(&v, 3, "version 3", false, "moks x").unwrap_err();
        assert_eq!(crate::error::exit_code(&e), crate::error::EXIT_API_REFUSED);
        assert!(
            e.to_string()
                .starts_with("version 3 is used by 2 properties: via-alias"),
            "{e}"
        );
        let d = check(&v, 3, "version 3", true, "moks x").unwrap();
        assert!(!d.last && d.properties.len() == 2);
        // An AKAMAI list: the aliased record is the version's own.
        let own = versions(vec![json!({"version": 1, "versionAlias": "CURRENT",
            "properties": [{"assetId": 5, "propertyName": "www", "propertyVersion": 2}]})]);
        assert_eq!(properties_of(&own, 1), ["www v2 (assetId 5)"]);
    }

    #[test]
    fn the_last_version_not_delete_pending_needs_force() {
        let v = versions(vec![
            json!({"version": 2, "status": "DELETE_PENDING"}),
            json!({"version": 1, "status": "DEPLOYED"}),
        ]);
        let e = check(&v, 1, "version 1", false, "moks x").unwrap_err();
        assert!(
            e.to_string()
                .contains("deleting it deletes the client certificate"),
            "{e}"
        );
        assert_eq!(
            crate::error::render(&e).hints,
            ["to delete the certificate: moks x --force"]
        );
        let d = check(&v, 1, "version 1", true, "moks x").unwrap();
        assert!(d.last);
        assert_eq!(d.status.as_deref(), Some("DEPLOYED"));
        let lines = consequences(&d, "version 1");
        assert_eq!(
            lines,
            [
                "version 1 is DEPLOYED: it will be DELETE_PENDING for up to 24 hours, then gone",
                "it is the last version: the client certificate is deleted with it"
            ]
        );
        // Another version alive: not the last.
        let v = versions(vec![
            json!({"version": 2, "status": "AWAITING_SIGNED_CERTIFICATE"}),
            json!({"version": 1, "status": "DEPLOYED"}),
        ]);
        assert!(!check(&v, 1, "version 1", false, "moks x").unwrap().last);
    }

    #[test]
    fn deleting_the_current_version_names_the_new_current_and_the_blocked_rotation() {
        let soon = (time::OffsetDateTime::now_utc() + time::Duration::days(19))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        let v = versions(vec![
            json!({"version": 3, "versionAlias": "CURRENT", "status": "DEPLOYED"}),
            json!({"version": 2, "versionAlias": "PREVIOUS", "status": "DEPLOYED",
                   "expiryDate": soon}),
        ]);
        let d = check(&v, 3, "version 3", false, "moks x").unwrap();
        assert_eq!(
            consequences(&d, "version 3")[1..],
            [
                format!("version 2 becomes CURRENT: it expires on {soon}, in 19 days"),
                "while it is DELETE_PENDING, the certificate cannot be rotated (the API refuses)"
                    .to_string()
            ]
        );
        assert!(promoted_line(2, Some(&soon)).1, "within 30 days: a warning");
        // The PREVIOUS one goes: nothing becomes CURRENT.
        assert_eq!(
            check(&v, 2, "version 2", false, "moks x").unwrap().promoted,
            None
        );
    }
}
