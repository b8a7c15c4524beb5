//! A CA set chosen by `--name` against the sandbox, as a MOKS certificate is: exactly, else
//! ignoring case, else "not found" with the closest names; a deleted set is still found by
//! `get-ca-set` and `get-removal`.

use crate::cases::sandbox::{stderr, Sbx};

#[test]
fn a_set_name_falls_back_to_case_and_a_deleted_set_is_still_found() {
    let s = Sbx::new();
    let created = s.json(&["truststore", "new-ca-set", "--name", "partner-cas"]);
    let id = created["caSetId"].clone();
    let got = s.json(&["truststore", "get", "--name", "PARTNER-CAS"]);
    assert_eq!(got["caSetId"], id);

    let out = s.run(&["truststore", "get", "--name", "partner-cax"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("moks: error: no CA set is named 'partner-cax' (deleted ones included)\n"),
        "{err}"
    );
    assert!(err.contains("hint: closest names: partner-cas\n"), "{err}");

    s.ok(&[
        "truststore",
        "remove-ca-set",
        "--name",
        "partner-cas",
        "--yes",
        "--wait",
    ]);
    let removal = s.json(&["truststore", "get-removal", "--name", "partner-cas"]);
    assert!(removal.is_object(), "{removal}");
    let got = s.json(&["truststore", "get-ca-set", "--name", "partner-cas"]);
    assert_eq!(got["caSetId"], id);
    assert_eq!(got["caSetStatus"], "DELETED");
    // Commands that change a set look among the sets not deleted only.
    let out = s.run(&["truststore", "versions", "--name", "partner-cas"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
}
