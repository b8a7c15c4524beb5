//! The Edge Truststore's ids: a CA set's (`caSetId`, a string of digits in its JSON), a
//! version's number, an activation's id.

use std::str::FromStr;

number_id!(
    /// A CA set version's number (`version`, the `{version}` of its paths).
    VersionNumber,
    "a version number"
);

number_id!(
    /// An activation's or deactivation's id (`activationId`).
    ActivationId,
    "an activation id"
);

/// A CA set's id: digits that fit the API's integer path parameter ([`super::rules::ca_set_id`]);
/// its JSON is a string, as the API writes it (`"caSetId": "199"`), a number read too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaSetId(i64);

impl CaSetId {
    /// The number, as the API's paths take it.
    pub fn get(self) -> i64 {
        self.0
    }
}

impl FromStr for CaSetId {
    type Err = String;
    fn from_str(s: &str) -> Result<CaSetId, String> {
        super::rules::ca_set_id(s)?;
        s.parse()
            .map(CaSetId)
            .map_err(|_| "a CA set id is a number such as 199".into())
    }
}

impl std::fmt::Display for CaSetId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl serde::Serialize for CaSetId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for CaSetId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<CaSetId, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Text {
            Digits(String),
            Number(i64),
        }
        match Text::deserialize(d)? {
            Text::Digits(s) => s.parse().map_err(serde::de::Error::custom),
            Text::Number(n) => n.to_string().parse().map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ca_set_id_is_digits_that_fit_and_its_json_a_string() {
        assert_eq!("199".parse::<CaSetId>().map(CaSetId::get), Ok(199));
        for bad in ["", "-1", "1 ", "x1", "99999999999999999999"] {
            assert!(bad.parse::<CaSetId>().is_err(), "{bad}");
        }
        let id: CaSetId = serde_json::from_str("\"12\"").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"12\"");
        assert_eq!(serde_json::from_str::<CaSetId>("12").unwrap(), id);
    }

    #[test]
    fn versions_and_activations_are_whole_numbers_of_one_or_more() {
        assert_eq!("3".parse::<VersionNumber>().map(VersionNumber::get), Ok(3));
        assert_eq!(
            "0".parse::<VersionNumber>(),
            Err("expected a version number, a whole number of 1 or more".into())
        );
        assert_eq!(
            "9".parse::<ActivationId>().map(|a| a.to_string()),
            Ok("9".into())
        );
    }
}
