//! The `security.istio.io` kinds: typed specs, their rules, and their registry entries, plus
//! the test kit the policy kinds of every group share. No printing, no cluster access.

pub mod authorization_policy;
pub mod peer_authentication;
pub mod request_authentication;

use super::registry::{KindDef, Version};

pub const SECURITY_GROUP: &str = "security.istio.io";

/// `v1` (storage) and `v1beta1`, both served.
pub const SECURITY_VERSIONS: &[Version] = &[
    Version { name: "v1", served: true, storage: true },
    Version { name: "v1beta1", served: true, storage: false },
];

/// Registry entries of this group (see `registry::all`).
pub static KINDS: &[&KindDef] =
    &[&authorization_policy::KIND, &peer_authentication::KIND, &request_authentication::KIND];

/// Test helpers the kinds of this crate's security, telemetry and extensions groups share:
/// decode + validate a YAML spec, round-trip it, and compare the generated schema with the CRD
/// field inventory.
#[cfg(test)]
pub(crate) mod testkit {
    use serde_json::Value;

    use crate::api::registry::KindDef;
    use crate::api::validation::{Finding, Level, Meta};

    pub fn meta(annotations: &[(&str, &str)]) -> Meta {
        Meta {
            name: "p".into(),
            namespace: "ns".into(),
            labels: Default::default(),
            annotations: annotations.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    pub fn yaml(spec: &str) -> Value {
        serde_saphyr::from_str::<Value>(spec).unwrap_or_else(|e| panic!("bad test YAML: {e}\n{spec}"))
    }

    pub fn check_with(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<Finding> {
        (kind.check_spec)(&yaml(spec), meta)
    }

    pub fn check(kind: &KindDef, spec: &str) -> Vec<Finding> {
        check_with(kind, spec, &meta(&[]))
    }

    /// One rule case: `expect` = Some((level, path, text the message contains)) or None for
    /// "no findings at all".
    pub struct Case {
        pub id: &'static str,
        pub spec: &'static str,
        pub expect: Option<(Level, &'static str, &'static str)>,
    }

    pub fn fires(id: &'static str, spec: &'static str, level: Level, path: &'static str, text: &'static str) -> Case {
        Case { id, spec, expect: Some((level, path, text)) }
    }

    pub fn passes(id: &'static str, spec: &'static str) -> Case {
        Case { id, spec, expect: None }
    }

    pub fn run_cases(kind: &KindDef, cases: &[Case]) {
        let mut failures = Vec::new();
        for c in cases {
            let found = check(kind, c.spec);
            match c.expect {
                None if !found.is_empty() => failures.push(format!("{} (should pass): got {found:#?}", c.id)),
                Some((level, path, text))
                    if !found.iter().any(|f| f.level == level && f.path == path && f.message.contains(text)) =>
                {
                    failures.push(format!("{}: expected {level:?} at {path} containing {text:?}, got {found:#?}", c.id))
                }
                _ => {}
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }

    /// Every rule ID of `ids` has at least one firing and one passing case.
    pub fn assert_rule_coverage(cases: &[Case], ids: &[&str]) {
        for id in ids {
            let fire = cases.iter().any(|c| c.id == *id && c.expect.is_some());
            let pass = cases.iter().any(|c| c.id == *id && c.expect.is_none());
            assert!(fire && pass, "rule {id}: firing case {fire}, passing case {pass}");
        }
    }

    /// YAML → typed → JSON equals the input (as values).
    pub fn assert_roundtrip(kind: &KindDef, spec: &str) {
        let input = yaml(spec);
        let out = (kind.roundtrip)(&input).unwrap_or_else(|e| panic!("decode failed: {e}"));
        assert_eq!(out, input);
    }

    /// A spec that fails decoding: exactly one error, at `path`, saying `text`.
    pub fn assert_decode_error(kind: &KindDef, spec: &str, path: &str, text: &str) {
        let f = check(kind, spec);
        assert_eq!((f.len(), f[0].path.as_str()), (1, path), "{f:?}");
        assert!(f[0].message.contains(text), "{f:?}");
    }

    /// Compares the kind's CRD `spec` schema with the inventory (the shared check every group uses).
    pub fn assert_schema_matches_inventory(kind: &KindDef) {
        crate::api::inventory_check::assert_full_coverage(kind);
    }
}
