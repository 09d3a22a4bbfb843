//! The `security.istio.io` kinds: typed specs, their rules, and their registry entries. Also the
//! pieces the policy kinds of other groups share (versions, the Age column, the
//! selector/targetRef checks AP/RA/TM/WP run first). No printing, no cluster access.

/// Declares a policy-style spec struct (AuthorizationPolicy, RequestAuthentication, Telemetry,
/// WasmPlugin): the given struct with upstream's leading `selector`, `targetRef` and `targetRefs`
/// fields and the CEL rule that allows at most one of them. The fields' rules are
/// [`check_policy_targets`].
macro_rules! targeted_spec {
    ($(#[$attr:meta])* pub struct $name:ident { $($rest:tt)* }) => {
        $(#[$attr])*
        #[schemars(extend("x-kubernetes-validations" = [{
            "message": "at most one of selector, targetRef and targetRefs may be set",
            "rule": "(has(self.selector) ? 1 : 0) + (has(self.targetRef) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1"
        }]))]
        pub struct $name {
            /// Workloads this applies to, chosen by their pod labels; without it, the whole namespace.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub selector: Option<$crate::api::selectors::WorkloadSelector>,
            /// A single resource (Service, ServiceEntry, Gateway or GatewayClass) this is attached to.
            #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_ref")]
            pub target_ref: Option<$crate::api::selectors::PolicyTargetReference>,
            /// Resources this is attached to; a list form of `targetRef`.
            #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_refs")]
            #[schemars(length(max = 16))]
            pub target_refs: Option<Vec<$crate::api::selectors::PolicyTargetReference>>,
            $($rest)*
        }
    };
}
pub(crate) use targeted_spec;

pub mod authorization_policy;
pub mod peer_authentication;
pub mod request_authentication;

use super::path::Path;
use super::registry::{KindDef, PrinterColumn, Version};
use super::rules;
use super::selectors::{PolicyTargetReference, WorkloadSelector};
use super::validation::{Ctx, Meta};

pub const SECURITY_GROUP: &str = "security.istio.io";

/// `v1` (storage) and `v1beta1`, both served.
pub const SECURITY_VERSIONS: &[Version] = &[
    Version { name: "v1", served: true, storage: true },
    Version { name: "v1beta1", served: true, storage: false },
];

/// The `Age` printer column every Istio CRD with columns ends with.
pub const AGE_COLUMN: PrinterColumn = PrinterColumn {
    name: "Age",
    type_: "date",
    json_path: ".metadata.creationTimestamp",
    description: "Time since the object was created (a timestamp in RFC 3339 form, UTC).",
};

/// Registry entries of this group (see `registry::all`).
pub static KINDS: &[&KindDef] =
    &[&authorization_policy::KIND, &peer_authentication::KIND, &request_authentication::KIND];

/// H-ONEOF, H-SEL, H-TREF (targetRef), H-TREF (each targetRefs[]) in upstream's order, for the
/// policy kinds (AP-1..4, RA-1..4, TM-1..4, WP-1..4; TrafficExtension passes no targetRef).
pub(crate) fn check_policy_targets(
    selector: &Option<WorkloadSelector>,
    target_ref: Option<&PolicyTargetReference>,
    target_refs: Option<&[PolicyTargetReference]>,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    let refs = target_refs.unwrap_or_default();
    rules::selector_or_target_refs(selector.is_some(), target_ref.is_some(), !refs.is_empty(), at, cx);
    rules::selector(selector.as_ref(), &at.field("selector"), cx);
    if let Some(t) = target_ref {
        rules::target_ref(t, &at.field("targetRef"), cx);
    }
    let refs_at = at.field("targetRefs");
    for (i, t) in refs.iter().enumerate() {
        rules::target_ref(t, &refs_at.index(i), cx);
    }
}

/// H-IPBLOCKS over a list, as messages (one per bad entry) for rules that embed them.
pub(crate) fn ip_block_errors(values: &[String]) -> Vec<String> {
    let meta = Meta::default();
    let mut scratch = Ctx::new(&meta);
    rules::ip_blocks(values, &Path::root("value"), &mut scratch);
    scratch.into_findings().into_iter().map(|f| f.message).collect()
}

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
