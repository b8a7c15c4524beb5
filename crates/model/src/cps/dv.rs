//! Let's Encrypt (DV) challenges, `dv-challenges.v2`: per domain, an http-01 token to serve
//! at a path and a dns-01 TXT record, and what moks makes of them: [`ChallengeRow`]s for a
//! table, the webroot file of an http-01 token ([`Challenge::webroot_file`]) and the
//! zone-file line of a dns-01 record ([`Challenge::zone_line`]).
//!
//! Rules: the answer is not trusted to be tame: a token that could leave the webroot, or a
//! record name or value that could break a zone file, gives no file and no line (the row
//! still shows it, escaped by whoever prints). Statuses are compared ignoring case (the
//! schema capitalises them, Akamai's example and the Terraform provider use lower case).

use super::cps_view;

open_enum! {
    /// A challenge's `type`.
    pub enum ChallengeType {
        Http01 = "http-01",
        Dns01 = "dns-01",
    }
}

cps_view! {
    /// One challenge of a domain.
    pub struct Challenge {
        r#type: ChallengeType,
        status: String,
        error: String,
        token: String,
        /// http-01: the URL to serve at; dns-01: the TXT record's name.
        full_path: String,
        redirect_full_path: String,
        /// http-01: the body to serve; dns-01: the TXT record's value.
        response_body: String,
        validation_records: Vec<serde_json::Value>,
    }
}

cps_view! {
    /// One domain of `dv[]`.
    pub struct DomainValidation {
        domain: String,
        status: String,
        validation_status: String,
        error: String,
        expires: String,
        request_timestamp: String,
        validated_timestamp: String,
        challenges: Vec<Challenge>,
    }
}

cps_view! {
    /// `dv-challenges.v2`.
    pub struct DvChallenges {
        dv: Vec<DomainValidation>,
    }
}

/// One line of the challenges table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeRow {
    pub domain: String,
    /// `http-01`, `dns-01` or what the API wrote.
    pub kind: String,
    /// http-01: the URL path; dns-01: the record name.
    pub location: String,
    pub value: String,
    pub status: String,
}

impl DomainValidation {
    /// Whether the domain is validated already (`validationStatus` VALIDATED, any case).
    pub fn is_validated(&self) -> bool {
        self.validation_status
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case("validated"))
    }
}

impl Challenge {
    /// Whether the challenge waits for its token to be published (status pending, any
    /// case), as the Terraform provider decides.
    pub fn is_pending(&self) -> bool {
        self.status
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case("pending"))
    }

    /// http-01: the URL path of `fullPath` (`/.well-known/acme-challenge/TOKEN`); dns-01
    /// and others: `fullPath` as given.
    pub fn location(&self) -> String {
        let full = self.full_path.as_deref().unwrap_or_default();
        if self.r#type != Some(ChallengeType::Http01) {
            return full.to_string();
        }
        let rest = full.split_once("://").map_or(full, |(_, r)| r);
        match rest.find('/') {
            Some(at) => rest[at..].to_string(),
            None => "/".to_string(),
        }
    }

    /// http-01: the file to write under a webroot (`.well-known/acme-challenge/TOKEN`) and
    /// its contents. `None` for other types, or when the path is not that one plain
    /// segment deep (the token is base64url per ACME) or the body spans lines.
    pub fn webroot_file(&self) -> Option<(String, String)> {
        if self.r#type != Some(ChallengeType::Http01) {
            return None;
        }
        let path = self.location();
        let token = path.strip_prefix("/.well-known/acme-challenge/")?;
        let body = self.response_body.as_deref()?;
        let token_ok = !token.is_empty()
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let body_ok = !body.is_empty() && !body.chars().any(char::is_control);
        (token_ok && body_ok).then(|| (path[1..].to_string(), body.to_string()))
    }

    /// dns-01: `NAME 300 IN TXT "VALUE"`, the name fully qualified (a final dot added).
    /// `None` for other types, or for a name that is not a host name or a value with
    /// characters a TXT string would need escaped.
    pub fn zone_line(&self) -> Option<String> {
        if self.r#type != Some(ChallengeType::Dns01) {
            return None;
        }
        let name = self.full_path.as_deref()?.trim_end_matches('.');
        let value = self.response_body.as_deref()?;
        let name_ok = name.split('.').all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        });
        let value_ok = !value.is_empty()
            && value.len() <= 255
            && value
                .bytes()
                .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\');
        (name_ok && value_ok).then(|| format!("{name}. 300 IN TXT \"{value}\""))
    }
}

impl DvChallenges {
    /// One row per challenge. With `pending_only`, validated domains and challenges not
    /// pending are left out (what is left to publish).
    pub fn rows(&self, pending_only: bool) -> Vec<ChallengeRow> {
        let mut out = Vec::new();
        for d in self.dv.iter().flatten() {
            if pending_only && d.is_validated() {
                continue;
            }
            for ch in d.challenges.iter().flatten() {
                if pending_only && !ch.is_pending() {
                    continue;
                }
                out.push(ChallengeRow {
                    domain: d.domain.clone().unwrap_or_default(),
                    kind: ch
                        .r#type
                        .as_ref()
                        .map(|t| t.to_string())
                        .unwrap_or_default(),
                    location: ch.location(),
                    value: ch.response_body.clone().unwrap_or_default(),
                    status: ch.status.clone().unwrap_or_default(),
                });
            }
        }
        out
    }
}
