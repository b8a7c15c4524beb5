//! `truststore get-ca-set-version-certificate` (aliases `certs`, `certificates`): the
//! certificates of a version, filtered by expiry (Get-METSCASetVersionCertificate; GET
//! /ca-sets/{id}/versions/{v}/certificates, §5.16).
//!
//! Rules (§5.16): `certificateStatus` takes ACTIVE, EXPIRING, EXPIRED comma-joined, never
//! ACTIVE with EXPIRING; `expiryThresholdInDays` only with EXPIRING and/or EXPIRED,
//! `expiryThresholdTimestamp` only with EXPIRING alone or EXPIRED alone (the Go client
//! refuses it with both, and the API does), never together; a timestamp in the future makes no sense with
//! EXPIRED alone, nor one in the past with EXPIRING alone. Combinations the API refuses are
//! refused here, before anything is sent (exit 2). `--version latest|staging|production`
//! reads the set's `latestVersion`/`stagingVersion`/`productionVersion` (one GET).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use moks_model::truststore::CertificateStatus;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::versions::{parse_version_arg, print_certificates, VersionArg};
use super::SetSelector;
use crate::api::truststore::versions::{self as api, CertificateFilter};
use crate::client::Id;
use crate::context::Context;
use crate::error;

/// List the certificates of a version, by expiry (Get-METSCASetVersionCertificate)
///
/// The version is a number, or latest, staging or production (the one active there). The
/// filters are the API's: --status ACTIVE, EXPIRING and/or EXPIRED (EXPIRING means within 30
/// days unless --expiring-in-days or --expiring-by says otherwise).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore get-ca-set-version-certificate --name my-ca-set --version production
  moks truststore certs --name my-ca-set --version production --status EXPIRING --expiring-in-days 30
  moks truststore certs --id 199 --version 2 --status EXPIRED --json | jq -r '.[].subject'")]
pub struct GetCaSetVersionCertificateArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// The version: a number, latest, staging or production
    #[arg(long, value_name = "VERSION", required = true, value_parser = parse_version_arg)]
    pub version: VersionArg,
    /// Only these (comma-separated): ACTIVE, EXPIRING, EXPIRED; never ACTIVE with EXPIRING (certificateStatus)
    #[arg(long, value_name = "STATUS", value_delimiter = ',', ignore_case = true)]
    pub status: Vec<CertificateStatus>,
    /// EXPIRING: within N days; EXPIRED: in the past N days [default: the API's, 30] (expiryThresholdInDays)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=36500))]
    pub expiring_in_days: Option<u32>,
    /// With --status EXPIRING alone: by this time; EXPIRED alone: since it (expiryThresholdTimestamp), RFC 3339 or a date
    #[arg(long, value_name = "TIMESTAMP", value_parser = parse_timestamp, conflicts_with = "expiring_in_days")]
    pub expiring_by: Option<OffsetDateTime>,
}

/// `2025-01-31T12:00:00Z` (RFC 3339) or `2025-01-31` (midnight UTC).
pub fn parse_timestamp(s: &str) -> Result<OffsetDateTime, String> {
    let s = s.trim();
    let date_only = format!("{s}T00:00:00Z");
    OffsetDateTime::parse(s, &Rfc3339)
        .or_else(|_| OffsetDateTime::parse(&date_only, &Rfc3339))
        .map_err(|_| {
            "expected a time such as 2025-01-31T12:00:00Z (RFC 3339) or a date such as 2025-01-31"
                .into()
        })
}

/// The filter, or the rule of §5.16 the flags break.
pub fn filter(
    statuses: &[CertificateStatus],
    days: Option<u32>,
    by: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> anyhow::Result<CertificateFilter> {
    let has = |s: CertificateStatus| statuses.contains(&s);
    if has(CertificateStatus::Active) && has(CertificateStatus::Expiring) {
        return Err(error::usage(
            "invalid value for '--status': ACTIVE cannot be combined with EXPIRING (the API \
             refuses it); ask for ACTIVE, EXPIRING, EXPIRED, EXPIRING,EXPIRED or ACTIVE,EXPIRED",
        ));
    }
    let threshold_ok = !statuses.is_empty()
        && statuses
            .iter()
            .all(|s| matches!(s, CertificateStatus::Expiring | CertificateStatus::Expired));
    for (given, flag) in [
        (days.is_some(), "--expiring-in-days"),
        (by.is_some(), "--expiring-by"),
    ] {
        if given && !threshold_ok {
            return Err(error::usage(format!(
                "{flag} needs --status EXPIRING, EXPIRED or EXPIRING,EXPIRED (the API takes a \
                 threshold only with those)"
            )));
        }
    }
    if let Some(t) = by {
        let only = |s: CertificateStatus| statuses.iter().all(|x| *x == s);
        if !only(CertificateStatus::Expiring) && !only(CertificateStatus::Expired) {
            return Err(error::usage(
                "--expiring-by needs --status EXPIRING or --status EXPIRED alone (the API \
                 takes a threshold time with one of them, as the Go client checks); for both, \
                 use --expiring-in-days",
            ));
        }
        if only(CertificateStatus::Expired) && t > now {
            return Err(error::usage(
                "invalid value for '--expiring-by': with --status EXPIRED it is a time in the \
                 past (expired since then)",
            ));
        }
        if only(CertificateStatus::Expiring) && t < now {
            return Err(error::usage(
                "invalid value for '--expiring-by': with --status EXPIRING it is a time in the \
                 future (expiring by then)",
            ));
        }
    }
    let mut unique = Vec::new();
    for s in statuses {
        if !unique.contains(s) {
            unique.push(s.clone());
        }
    }
    Ok(CertificateFilter {
        statuses: unique,
        expiry_threshold_in_days: days,
        expiry_threshold_timestamp: by.map(moks_model::truststore::certs::format_date),
    })
}

pub async fn run(ctx: &Context, args: GetCaSetVersionCertificateArgs) -> anyhow::Result<()> {
    let filter = filter(
        &args.status,
        args.expiring_in_days,
        args.expiring_by,
        OffsetDateTime::now_utc(),
    )?;
    let client = ctx.client().await?;
    let set = args.set.resolve(client).await?;
    let version = match args.version {
        VersionArg::Number(n) => Id::from(n),
        VersionArg::Of(pointer) => api::version_of_set(client, &set, pointer).await?,
    };
    let certs = api::list_certificates(client, &set, &version, &filter).await?;
    print_certificates(ctx, &certs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CertificateStatus::{Active, Expired, Expiring};

    #[test]
    fn the_combinations_the_api_refuses_are_refused_here() {
        let now = OffsetDateTime::now_utc();
        let day = time::Duration::days(1);
        assert!(filter(&[Active, Expiring], None, None, now).is_err());
        assert!(filter(&[Active, Expired], None, None, now).is_ok());
        assert!(filter(&[], Some(30), None, now).is_err());
        assert!(filter(&[Active], Some(30), None, now).is_err());
        assert!(filter(&[Active, Expired], Some(30), None, now).is_err());
        assert!(filter(&[Expired], None, Some(now + day), now).is_err());
        assert!(filter(&[Expiring], None, Some(now - day), now).is_err());
        assert!(filter(&[Expiring, Expired], None, Some(now + day), now).is_err());
        assert!(filter(&[Expired, Expired], None, Some(now - day), now).is_ok());
        let f = filter(&[Expiring, Expired, Expiring], Some(7), None, now).unwrap();
        assert_eq!(f.statuses, vec![Expiring, Expired]);
        assert_eq!(f.expiry_threshold_in_days, Some(7));
        let f = filter(
            &[Expiring],
            None,
            Some(parse_timestamp("2999-01-31").unwrap()),
            now,
        )
        .unwrap();
        assert_eq!(
            f.expiry_threshold_timestamp.as_deref(),
            Some("2999-01-31T00:00:00Z")
        );
        assert!(parse_timestamp("next week").is_err());
    }
}
