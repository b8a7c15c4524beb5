//! A change and what it waits for: the typed `change.v2` status ([`ChangeStatus`]),
//! [`next_step`] (an input, done, failed, or still running), and the views of the info
//! payloads an input's `info` link answers: verification warnings ([`Warnings`]), change
//! management ([`ChangeManagementInfo`]) and the third-party CSRs ([`Csrs`]). Let's Encrypt
//! challenges are in [`super::dv`], deployments in [`super::deployment`].
//!
//! Rules: the logic reads `statusInfo.state` and the `allowedInput` links, never the
//! free-text `status`; an input that is required to proceed comes before an optional one,
//! and among equals the first listed (as the `akamai cps` CLI picks it); a new input type
//! still works, as its links are followed as given.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::{
    cps_view, link_segment, CertificateType, KeyAlgorithm, OcspStapling, SignatureAlgorithm,
};

open_enum! {
    /// `statusInfo.state`: where the change is in its life.
    pub enum ChangeState {
        /// Made, not started.
        New = "new",
        Running = "running",
        /// Waits for an input of `allowedInput`.
        AwaitingInput = "awaiting-input",
        /// Stopped before it completed.
        Suspended = "suspended",
        Cancelled = "cancelled",
        Completed = "completed",
        Error = "error",
    }
}

open_enum! {
    /// `statusInfo.status`, the "end-user status": the values Akamai's status page and the
    /// official clients show. Akamai calls the list samples, so it is shown, never relied
    /// on. `coodinate-domain-validation` is the live API's spelling (the Terraform provider
    /// accepts both).
    pub enum Status {
        AbandonSlotsAction = "abandon-slots-action",
        CheckForCert = "check-for-cert",
        CheckForCertError = "check-for-cert-error",
        Complete = "complete",
        CoordinateDomainValidation = "coordinate-domain-validation",
        CoodinateDomainValidation = "coodinate-domain-validation",
        CreateSlotFiles = "create-slot-files",
        DeleteCsr = "delete-csr",
        DeployChangesToStaging = "deploy-changes-to-staging",
        DeployCertToProduction = "deploy-cert-to-production",
        DeployCertToStaging = "deploy-cert-to-staging",
        DeprovisionCert = "deprovision-cert",
        ForwardCreateSlotFiles = "forward-create-slot-files",
        ForwardLiveCheckAction = "forward-live-check-action",
        GenerateCsr = "generate-csr",
        LiveCheckAction = "live-check-action",
        PreVerificationSafetyChecks = "pre-verification-safety-checks",
        WaitReviewPreVerificationSafetyChecks = "wait-review-pre-verification-safety-checks",
        WaitUploadThirdParty = "wait-upload-third-party",
        VerifyThirdPartyCert = "verify-third-party-cert",
        WaitReviewThirdPartyCert = "wait-review-third-party-cert",
        WaitReviewCertWarning = "wait-review-cert-warning",
        WaitAckChangeManagement = "wait-ack-change-management",
    }
}

open_enum! {
    /// `allowedInput[].type` as seen (Akamai's OpenAPI does not enumerate it); each one's
    /// links are in [`super::operations::INPUT_TYPES`].
    pub enum InputKind {
        ThirdPartyCertificate = "third-party-certificate",
        LetsEncryptChallenges = "lets-encrypt-challenges",
        PreVerificationWarnings = "pre-verification-warnings-acknowledgement",
        PostVerificationWarnings = "post-verification-warnings-acknowledgement",
        ChangeManagement = "change-management",
    }
}

cps_view! {
    /// `statusInfo.error`.
    pub struct ChangeError {
        code: String,
        description: String,
        timestamp: String,
    }
}

cps_view! {
    /// `deployment-schedule.v1`, also `statusInfo.deploymentSchedule`: ISO timestamps.
    pub struct DeploymentSchedule {
        not_before: String,
        not_after: String,
    }
}

cps_view! {
    /// `statusInfo`.
    pub struct StatusInfo {
        state: ChangeState,
        status: Status,
        description: String,
        error: ChangeError,
        deployment_schedule: DeploymentSchedule,
    }
}

cps_view! {
    /// An entry of `allowedInput`: an input the change takes, with the links to read what
    /// it is about (`info`) and to give it (`update`).
    pub struct AllowedInput {
        r#type: InputKind,
        required_to_proceed: bool,
        info: String,
        update: String,
    }
}

impl AllowedInput {
    /// The `{allowedInputTypeParam}` of the info operation: the link's last segment.
    pub fn info_segment(&self) -> Option<&str> {
        self.info.as_deref().and_then(link_segment)
    }

    /// The `{allowedInputTypeParam}` of the update operation.
    pub fn update_segment(&self) -> Option<&str> {
        self.update.as_deref().and_then(link_segment)
    }
}

cps_view! {
    /// `change.v2`: `GET /enrollments/{e}/changes/{c}`.
    pub struct ChangeStatus {
        status_info: StatusInfo,
        allowed_input: Vec<AllowedInput>,
    }
}

/// What a change waits for.
#[derive(Debug, Clone, PartialEq)]
pub enum NextStep {
    /// An input: the entry of `allowedInput` and whether the change cannot go on without it.
    Input { input: AllowedInput, required: bool },
    /// Done: `state` completed (or the status `complete`).
    Completed,
    /// Cancelled for good.
    Cancelled,
    /// Failed: `state` error, or an error given while not completed.
    Failed {
        code: Option<String>,
        description: Option<String>,
    },
    /// Stopped before it completed (`suspended`).
    Suspended { description: Option<String> },
    /// Running (or new): nothing to do but wait. The status to show.
    InProgress { status: Option<String> },
}

/// What the change waits for (see [`NextStep`]). An error beats everything; then the
/// state's ends; then a required input, then an optional one; else it is in progress.
pub fn next_step(change: &ChangeStatus) -> NextStep {
    let info = change.status_info.clone().unwrap_or_default();
    let error = info.error.clone().unwrap_or_default();
    let state = info.state.clone();
    let has_error = error.code.as_deref().is_some_and(|c| !c.is_empty())
        || error.description.as_deref().is_some_and(|d| !d.is_empty());
    let completed = state == Some(ChangeState::Completed) || info.status == Some(Status::Complete);
    if state == Some(ChangeState::Error) || (has_error && !completed) {
        return NextStep::Failed {
            code: error.code,
            description: error.description.or(info.description),
        };
    }
    match state {
        _ if completed => return NextStep::Completed,
        Some(ChangeState::Cancelled) => return NextStep::Cancelled,
        Some(ChangeState::Suspended) => {
            return NextStep::Suspended {
                description: info.description,
            }
        }
        _ => {}
    }
    let inputs = change.allowed_input.as_deref().unwrap_or_default();
    let required = |i: &&AllowedInput| i.required_to_proceed == Some(true);
    if let Some(input) = inputs.iter().find(required).or_else(|| inputs.first()) {
        return NextStep::Input {
            input: input.clone(),
            required: input.required_to_proceed == Some(true),
        };
    }
    NextStep::InProgress {
        status: info.status.map(|s| s.to_string()),
    }
}

cps_view! {
    /// `warnings.v1`: pre- or post-verification warnings, one text.
    pub struct Warnings {
        warnings: String,
    }
}

impl Warnings {
    /// The warnings' lines, trimmed, without empty ones and without the `[WARNINGS]`
    /// heading Akamai's example starts with. An entry may span lines (a trust chain's
    /// description does): the API gives no separator between entries.
    pub fn lines(&self) -> Vec<&str> {
        self.warnings
            .as_deref()
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.eq_ignore_ascii_case("[warnings]"))
            .collect()
    }
}

/// A boolean that edgegrid-golang's change-management types write as a string
/// (`"false"`), while Akamai's OpenAPI says boolean: both read, written as a boolean.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct LooseBool(pub bool);

impl<'de> Deserialize<'de> for LooseBool {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Bool(b) => Ok(LooseBool(b)),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(LooseBool(true)),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(LooseBool(false)),
            other => Err(serde::de::Error::custom(format!("not a boolean: {other}"))),
        }
    }
}

cps_view! {
    /// A certificate waiting to be deployed (`pendingState.pendingCertificates[]`).
    pub struct PendingCertificate {
        certificate_type: CertificateType,
        full_certificate: String,
        key_algorithm: KeyAlgorithm,
        ocsp_stapled: LooseBool,
        ocsp_uris: Vec<String>,
        signature_algorithm: SignatureAlgorithm,
    }
}

cps_view! {
    /// `pendingState.pendingNetworkConfiguration`.
    pub struct PendingNetworkConfiguration {
        must_have_ciphers: String,
        preferred_ciphers: String,
        quic_enabled: LooseBool,
        sni_only: LooseBool,
        disallowed_tls_versions: Vec<String>,
        dns_name_settings: super::enrollment::DnsNameSettings,
        network_type: String,
        ocsp_stapling: OcspStapling,
        fips_mode: bool,
    }
}

cps_view! {
    /// `pendingState`: what deploying the change will put on the network.
    pub struct PendingState {
        pending_certificates: Vec<PendingCertificate>,
        pending_network_configuration: PendingNetworkConfiguration,
    }
}

cps_view! {
    /// One message of `validationResult`.
    pub struct ValidationMessage {
        message: String,
        message_code: String,
    }
}

cps_view! {
    /// `validationResult`: errors block the change, warnings wait for an acknowledgement.
    pub struct ValidationResult {
        errors: Vec<ValidationMessage>,
        warnings: Vec<ValidationMessage>,
    }
}

cps_view! {
    /// `change-management-info.v6`: the staging certificate awaiting the go-ahead, its
    /// validation, and the hash the acknowledgement sends back.
    pub struct ChangeManagementInfo {
        /// After it, CPS deploys by itself; null when nothing is on the network yet.
        acknowledgement_deadline: String,
        pending_state: PendingState,
        validation_result: ValidationResult,
        validation_result_hash: String,
    }
}

impl ChangeManagementInfo {
    /// Whether the validation found errors (then acknowledging is refused).
    pub fn has_errors(&self) -> bool {
        self.validation_result
            .as_ref()
            .and_then(|r| r.errors.as_ref())
            .is_some_and(|e| !e.is_empty())
    }
}

cps_view! {
    /// One CSR of `csr.v2`.
    pub struct CsrEntry {
        csr: String,
        key_algorithm: KeyAlgorithm,
    }
}

cps_view! {
    /// The third-party CSRs: `csr.v2` lists one per key algorithm (dual-stack enrollments
    /// have an RSA and an ECDSA one); `csr.v1` has a single `csr`.
    pub struct Csrs {
        csrs: Vec<CsrEntry>,
        /// `csr.v1`.
        csr: String,
    }
}

impl Csrs {
    /// Every CSR with its key algorithm; a v1 CSR has none.
    pub fn entries(&self) -> Vec<(Option<KeyAlgorithm>, &str)> {
        let mut out: Vec<(Option<KeyAlgorithm>, &str)> = self
            .csrs
            .iter()
            .flatten()
            .filter_map(|e| Some((e.key_algorithm.clone(), e.csr.as_deref()?)))
            .collect();
        if let Some(one) = &self.csr {
            out.push((None, one));
        }
        out
    }
}
