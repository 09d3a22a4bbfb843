//! Selector and reference types several groups share: the networking-style workload selector
//! (`labels`), the type-style one (`matchLabels`), policy target references and the
//! networking port selector, and `targeted_spec!`, the selector/targetRef(s) head of every
//! policy spec. Their rules live in the kinds that use them (upstream's checks differ per kind)
//! and in `rules`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::UInt32;

/// Label values in selectors are at most 63 characters and carry no `*` (a CEL rule, as in
/// upstream's CRDs). `inner(length)` reaches only list items in schemars, not map values, so
/// both are set on `additionalProperties` here.
fn label_values_max_63(schema: &mut schemars::Schema) {
    if let Some(values) = schema.get_mut("additionalProperties").and_then(|v| v.as_object_mut()) {
        values.insert("maxLength".into(), 63.into());
        values.insert(
            "x-kubernetes-validations".into(),
            serde_json::json!([{ "rule": "!self.contains('*')", "message": "wildcards are not allowed in selector label values" }]),
        );
    }
}

/// `matchLabels` keys may be neither empty nor carry `*` (CEL rules, as in upstream's CRDs).
fn match_label_keys(schema: &mut schemars::Schema) {
    label_values_max_63(schema);
    let rules = serde_json::json!([
        { "rule": "self.all(key, !key.contains('*'))", "message": "wildcards are not allowed in selector label keys" },
        { "rule": "self.all(key, key.size() != 0)", "message": "empty keys are not allowed in selector labels" },
    ]);
    schema.insert("x-kubernetes-validations".into(), rules);
}

/// A policy target reference may not name another namespace (a CEL rule, as upstream's CRDs).
fn same_namespace_only(schema: &mut schemars::Schema) {
    schema.insert(
        "x-kubernetes-validations".into(),
        serde_json::json!([{ "rule": "self.size() == 0", "message": "cross namespace referencing is not currently supported" }]),
    );
}

/// `networking.istio.io` WorkloadSelector: `{labels: {k: v}}` (Sidecar, ServiceEntry, EnvoyFilter).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkingWorkloadSelector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = label_values_max_63)]
    pub labels: Option<BTreeMap<String, String>>,
}

/// `type.istio.io` WorkloadSelector: `{matchLabels: {k: v}}` (security, telemetry, extensions).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WorkloadSelector {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "match_labels")]
    #[schemars(transform = match_label_keys)]
    pub match_labels: Option<BTreeMap<String, String>>,
}

/// `type.istio.io` PolicyTargetReference (`targetRef` / `targetRefs[]`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyTargetReference {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 253))]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 63))]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 253))]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = same_namespace_only)]
    pub namespace: Option<String>,
}

/// `networking.istio.io` PortSelector: `{number: N}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PortSelector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<UInt32>,
}

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
