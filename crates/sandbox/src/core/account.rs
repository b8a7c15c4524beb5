//! An account (one per `accountSwitchKey`, the empty key being the default account) and
//! the one way accounts are made.
//!
//! Rules:
//! - an account holds its identity (`accountId`, and the account number `vcdId` its MOKS
//!   subjects and CA carry) and one slice of state per API, each in a field of its own;
//! - the file keeps the layout it always had: the MOKS slice's lists at the account's top
//!   level (`caCertificates`, `certificates`), the Edge Truststore's under `truststore`,
//!   Cloudflare's zones under `cloudflare`, each left out while empty; files written
//!   before an API existed load with its slice empty;
//! - an `accountSwitchKey` never seen before gets a fresh, empty account, whatever the API
//!   it is first used with; at most `max_accounts` exist besides the default one (a new key
//!   beyond is refused, as for a key the credential may not use). A new account costs no
//!   key generation.

use crate::cloudflare::Zones;
use crate::cps::Cps;
use crate::moks::state::{CaCert, ClientCert, Keystore};
use crate::truststore::Truststore;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::store::State;

#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub account_id: String,
    pub vcd_id: String,
    /// The mTLS Origin Keystore's slice.
    pub moks: Keystore,
    /// The Edge Truststore's slice.
    pub truststore: Truststore,
    /// CPS's slice.
    pub cps: Cps,
    /// Cloudflare's zones (made when the Cloudflare API is first used).
    pub cloudflare: Zones,
}

/// The account as the file holds it (owned, for reading).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccountIn {
    account_id: String,
    vcd_id: String,
    #[serde(default)]
    ca_certificates: Vec<CaCert>,
    #[serde(default)]
    certificates: Vec<ClientCert>,
    #[serde(default)]
    truststore: Truststore,
    #[serde(default)]
    cps: Cps,
    #[serde(default)]
    cloudflare: Zones,
}

/// The account as the file holds it (borrowed, for writing).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AccountOut<'a> {
    account_id: &'a str,
    vcd_id: &'a str,
    ca_certificates: &'a [CaCert],
    certificates: &'a [ClientCert],
    #[serde(skip_serializing_if = "truststore_is_empty")]
    truststore: &'a Truststore,
    #[serde(skip_serializing_if = "cps_is_empty")]
    cps: &'a Cps,
    #[serde(skip_serializing_if = "Zones::is_empty")]
    cloudflare: &'a Zones,
}

fn cps_is_empty(c: &&Cps) -> bool {
    c.is_empty()
}

fn truststore_is_empty(t: &&Truststore) -> bool {
    t.is_empty()
}

impl Serialize for Account {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        AccountOut {
            account_id: &self.account_id,
            vcd_id: &self.vcd_id,
            ca_certificates: &self.moks.ca_certificates,
            certificates: &self.moks.certificates,
            truststore: &self.truststore,
            cps: &self.cps,
            cloudflare: &self.cloudflare,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Account {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Account, D::Error> {
        let a = AccountIn::deserialize(d)?;
        Ok(Account {
            account_id: a.account_id,
            vcd_id: a.vcd_id,
            moks: Keystore {
                ca_certificates: a.ca_certificates,
                certificates: a.certificates,
            },
            truststore: a.truststore,
            cps: a.cps,
            cloudflare: a.cloudflare,
        })
    }
}

impl Account {
    /// A new, empty account, numbered `number` (its MOKS subjects' OU and its CA's name).
    pub fn new(account_id: &str, number: u32) -> Account {
        Account {
            account_id: account_id.to_string(),
            vcd_id: number.to_string(),
            moks: Keystore::default(),
            truststore: Truststore::default(),
            cps: Cps::default(),
            cloudflare: Zones::default(),
        }
    }
}

/// The account `key` an operation runs on, made first when it is new (without a limit: the
/// server has applied its own), and whether it was made now; `Err` is the API's 500,
/// built by `internal` from the detail.
#[allow(clippy::result_large_err)] // the error is the whole answer, built once
pub fn open_for_op<'s>(
    state: &'s mut State,
    key: &str,
    internal: impl Fn(&str) -> crate::core::problem::Reply,
) -> Result<(&'s mut Account, bool), crate::core::api::Outcome> {
    use crate::core::api::Outcome;
    let created = open(state, key, usize::MAX).map_err(|e| Outcome::same(internal(&e)))?;
    match state.accounts.get_mut(key) {
        Some(account) => Ok((account, created)),
        None => Err(Outcome::same(internal("account vanished"))),
    }
}

/// Makes sure the account `key` exists: `Ok(true)` when it was made now, `Err(detail)` when
/// it is new and `max_accounts` accounts exist besides the default one.
pub fn open(state: &mut State, key: &str, max_accounts: usize) -> Result<bool, String> {
    if state.accounts.contains_key(key) {
        return Ok(false);
    }
    let others = state.accounts.keys().filter(|k| !k.is_empty()).count();
    if !key.is_empty() && others >= max_accounts {
        return Err(format!(
            "The sandbox holds {others} accounts, its limit: this accountSwitchKey cannot be used. Use a key already in use, or start over with: moks sandbox reset."
        ));
    }
    let number = 23_456 + state.accounts.len() as u32;
    let id = if key.is_empty() {
        "A-SANDBOX"
    } else {
        key.split(':').next().unwrap_or(key)
    };
    state
        .accounts
        .insert(key.to_string(), Account::new(id, number));
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_layout_is_kept_and_old_files_load() {
        // an account written before the Edge Truststore existed
        let old = serde_json::json!({
            "accountId": "A-1", "vcdId": "23456",
            "caCertificates": [], "certificates": []
        });
        let a: Account = serde_json::from_value(old.clone()).unwrap();
        assert!(a.truststore.is_empty() && a.moks.certificates.is_empty());
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            old,
            "written back the same"
        );
        let mut b = a.clone();
        b.truststore.next_ca_set_id = 3;
        let v = serde_json::to_value(&b).unwrap();
        assert_eq!(v["truststore"]["nextCaSetId"], 3);
        assert_eq!(serde_json::from_value::<Account>(v).unwrap(), b);
        // lists absent from a hand-written file are empty
        let bare: Account =
            serde_json::from_value(serde_json::json!({"accountId": "A", "vcdId": "1"})).unwrap();
        assert!(bare.moks.ca_certificates.is_empty());
    }

    #[test]
    fn accounts_are_made_once_and_bounded() {
        let mut s = State::empty();
        assert_eq!(open(&mut s, "", 1), Ok(true));
        assert_eq!(open(&mut s, "", 1), Ok(false));
        assert_eq!(s.accounts[""].account_id, "A-SANDBOX");
        assert_eq!(open(&mut s, "1-AB:2", 1), Ok(true));
        assert_eq!(s.accounts["1-AB:2"].account_id, "1-AB");
        assert_eq!(s.accounts["1-AB:2"].vcd_id, "23457");
        let e = open(&mut s, "2-CD", 1).unwrap_err();
        assert!(e.contains("holds 1 accounts"), "{e}");
        assert!(!s.accounts.contains_key("2-CD"));
    }
}
