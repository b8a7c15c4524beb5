//! Real X.509 for the tests: a CA of the test's own (a root, or an intermediate under
//! another), and CSRs signed by it as they came or edited (other dates, names, usages).

/// A CA of the test's own: its issuer (for signing) and its certificate PEM (for chains).
pub struct TestCa {
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
    pem: String,
}

impl TestCa {
    pub fn pem(&self) -> &str {
        &self.pem
    }

    /// An intermediate CA named `cn`, signed by this one.
    pub fn intermediate(&self, cn: &str) -> TestCa {
        new_ca(cn, Some(self))
    }
}

fn new_ca(cn: &str, parent: Option<&TestCa>) -> TestCa {
    new_ca_edited(cn, parent, |_| {})
}

/// A root CA named `cn` valid from an hour ago for `days` only.
pub fn short_lived_ca(cn: &str, days: i64) -> TestCa {
    let now = time::OffsetDateTime::now_utc();
    new_ca_edited(cn, None, |p| {
        p.not_before = now - time::Duration::hours(1);
        p.not_after = now + time::Duration::days(days);
    })
}

fn new_ca_edited(
    cn: &str,
    parent: Option<&TestCa>,
    edit: impl FnOnce(&mut rcgen::CertificateParams),
) -> TestCa {
    let mut params = rcgen::CertificateParams::default();
    edit(&mut params);
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, cn);
    let key = rcgen::KeyPair::generate().unwrap();
    let pem = match parent {
        Some(p) => params.signed_by(&key, &p.issuer).unwrap().pem(),
        None => params.self_signed(&key).unwrap().pem(),
    };
    TestCa {
        issuer: rcgen::Issuer::new(params, key),
        pem,
    }
}

/// A root CA named "moks test CA".
pub fn test_ca() -> TestCa {
    new_ca("moks test CA", None)
}

/// Signs `csr_pem` with `ca`, valid from an hour ago for `days`.
pub fn sign_csr(csr_pem: &str, ca: &TestCa, days: i64) -> String {
    sign_csr_edited(csr_pem, ca, days, |_| {})
}

/// Signs `csr_pem` after `edit` changed the parameters the CSR asked for.
pub fn sign_csr_edited(
    csr_pem: &str,
    ca: &TestCa,
    days: i64,
    edit: impl FnOnce(&mut rcgen::CertificateParams),
) -> String {
    let mut csr = rcgen::CertificateSigningRequestParams::from_pem(csr_pem).expect("a real CSR");
    let now = time::OffsetDateTime::now_utc();
    csr.params.not_before = now - time::Duration::hours(1);
    csr.params.not_after = now + time::Duration::days(days);
    edit(&mut csr.params);
    csr.signed_by(&ca.issuer).unwrap().pem()
}

/// A key and its CSR for the subject `CN=cn`: RSA 2048 (`rsa`) or ECDSA P-256.
pub fn csr(cn: &str, rsa: bool) -> (rcgen::KeyPair, String) {
    let key = if rsa {
        rcgen::KeyPair::generate_for(&rcgen::PKCS_RSA_SHA256).unwrap()
    } else {
        rcgen::KeyPair::generate().unwrap()
    };
    let mut params = rcgen::CertificateParams::default();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, cn);
    let pem = params.serialize_request(&key).unwrap().pem().unwrap();
    (key, pem)
}
