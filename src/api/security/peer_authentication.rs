//! `security.istio.io` PeerAuthentication: the typed spec (mTLS mode, per-port modes keyed by
//! port number) and its rules PA-1..PA-4. Must not print or touch a cluster.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef, PrinterColumn};
use crate::api::rules;
use crate::api::selectors::WorkloadSelector;
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

use super::{SECURITY_GROUP, SECURITY_VERSIONS};

proto_enum!(pub MtlsMode { UNSET, DISABLE, PERMISSIVE, STRICT });

/// The mutual TLS mode the selected workloads accept for incoming traffic.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("x-kubernetes-validations" = [{
    "message": "portLevelMtls needs a selector with matchLabels",
    "rule": "has(self.portLevelMtls) ? (has(self.selector) && has(self.selector.matchLabels) && self.selector.matchLabels.size() > 0) : true"
}]))]
pub struct PeerAuthenticationSpec {
    /// Workloads the policy applies to, chosen by their pod labels. Leave empty to cover the whole namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<WorkloadSelector>,
    /// The mutual TLS mode for all ports of the selected workloads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtls: Option<MutualTls>,
    /// Per-port mutual TLS modes, keyed by port number; needs a `selector` with labels.
    // Proto `map<uint32, MutualTLS>`: a non-numeric key fails decoding.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        alias = "port_level_mtls",
        deserialize_with = "port_keyed"
    )]
    #[schemars(extend("x-kubernetes-validations" = [{
        "message": "port numbers must be within 1..65535",
        "rule": "self.all(key, 0 < int(key) && int(key) <= 65535)"
    }]))]
    pub port_level_mtls: Option<BTreeMap<String, MutualTls>>,
}

/// A mutual TLS setting.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MutualTls {
    /// UNSET (inherit from the parent policy), DISABLE, PERMISSIVE (plaintext or mTLS) or STRICT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<MtlsMode>,
}

pub static KIND: KindDef = KindDef::of::<PeerAuthenticationSpec>(
    SECURITY_GROUP,
    "PeerAuthentication",
    "peerauthentications",
    &["pa"],
    SECURITY_VERSIONS,
    &[
        PrinterColumn {
            name: "Mode",
            type_: "string",
            json_path: ".spec.mtls.mode",
            description: "The mTLS mode the policy sets for the workloads it selects.",
        },
        AGE_COLUMN,
    ],
);

/// `portLevelMtls` keys are proto `uint32` map keys: decimal digits only (as Go's
/// `strconv.ParseUint`), within 32 bits. They are kept as written.
fn port_keyed<'de, D: Deserializer<'de>>(d: D) -> Result<Option<BTreeMap<String, MutualTls>>, D::Error> {
    let map = Option::<BTreeMap<String, MutualTls>>::deserialize(d)?;
    for key in map.iter().flat_map(|m| m.keys()) {
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_digit()) || key.parse::<u32>().is_err() {
            return Err(serde::de::Error::custom(format!("invalid value for uint32 key: {key:?}")));
        }
    }
    Ok(map)
}

impl Validate for PeerAuthenticationSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let plm_at = at.field("portLevelMtls");
        let has_labels = self
            .selector
            .as_ref()
            .and_then(|s| s.match_labels.as_ref())
            .is_some_and(|m| !m.is_empty());
        if let Some(plm) = &self.port_level_mtls {
            // PA-1
            if !has_labels && !plm.is_empty() {
                cx.error(&plm_at, "mesh/namespace peer authentication cannot have port level mTLS");
            }
            // PA-2
            if plm.is_empty() {
                cx.error(&plm_at, "port level mTLS, if defined, must have at least one element");
            }
            // PA-3
            for key in plm.keys() {
                let port = key.parse::<u32>().unwrap_or(0);
                if port == 0 || port > 65535 {
                    cx.error(&plm_at.key(key), "port must be in range 1..65535");
                }
            }
        }
        // PA-4 (upstream checks the selector last)
        rules::selector(self.selector.as_ref(), &at.field("selector"), cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::security::testkit::*;
    use crate::api::validation::Level::{Error as E, Warning as W};

    #[test]
    fn roundtrip_and_snake_case() {
        assert_roundtrip(&KIND, "selector: {matchLabels: {app: a}}\nmtls: {mode: STRICT}\nportLevelMtls:\n  '8080': {mode: DISABLE}\n  '9090': {mode: 2}\n  '10': {}");
        let v = (KIND.roundtrip)(&yaml("port_level_mtls: {'80': {mode: PERMISSIVE}}\nselector: {match_labels: {a: b}}")).unwrap();
        assert_eq!(v["portLevelMtls"]["80"]["mode"], "PERMISSIVE");
        assert_eq!(v["selector"]["matchLabels"]["a"], "b");
    }

    #[test]
    fn unknown_fields_and_bad_keys_fail_with_their_path() {
        assert_decode_error(&KIND, "mtls: {mode: STRICT, extra: 1}", "spec.mtls.extra", "unknown field");
        let f = check(&KIND, "portLevelMtls: {http: {mode: STRICT}}\nselector: {matchLabels: {a: b}}");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].path.starts_with("spec.portLevelMtls"), "{f:?}");
        for bad in ["'+80'", "'-1'", "'4294967296'", "''"] {
            let f = check(&KIND, &format!("selector: {{matchLabels: {{a: b}}}}\nportLevelMtls: {{{bad}: {{}}}}"));
            assert!(f.len() == 1 && f[0].message.contains("uint32 key"), "{bad}: {f:?}");
        }
        assert_roundtrip(&KIND, "selector: {matchLabels: {a: b}}\nportLevelMtls: {'080': {}}");
        let f = check(&KIND, "mtls: {mode: strict}");
        assert!(f[0].message.contains("unknown value"), "{f:?}");
    }

    #[test]
    fn schema_matches_the_crd_inventory() {
        assert_schema_matches_inventory(&KIND);
    }

    #[test]
    fn rules_fire_and_pass() {
        let cases = vec![
            fires("PA-1", "portLevelMtls: {'8080': {mode: DISABLE}}", E, "spec.portLevelMtls", "mesh/namespace peer authentication cannot have port level mTLS"),
            fires("PA-1", "selector: {matchLabels: {}}\nportLevelMtls: {'8080': {mode: DISABLE}}", E, "spec.portLevelMtls", "cannot have port level mTLS"),
            passes("PA-1", "selector: {matchLabels: {app: a}}\nportLevelMtls: {'8080': {mode: DISABLE}}"),
            passes("PA-1", "mtls: {mode: STRICT}"),
            fires("PA-2", "selector: {matchLabels: {app: a}}\nportLevelMtls: {}", E, "spec.portLevelMtls", "must have at least one element"),
            passes("PA-2", "selector: {matchLabels: {app: a}}\nportLevelMtls: {'1': {}}"),
            fires("PA-3", "selector: {matchLabels: {app: a}}\nportLevelMtls: {'0': {mode: STRICT}}", E, "spec.portLevelMtls[0]", "port must be in range 1..65535"),
            fires("PA-3", "selector: {matchLabels: {app: a}}\nportLevelMtls: {'65536': {mode: STRICT}}", E, "spec.portLevelMtls[65536]", "1..65535"),
            passes("PA-3", "selector: {matchLabels: {app: a}}\nportLevelMtls: {'65535': {mode: STRICT}}"),
            fires("PA-4", "selector: {matchLabels: {app: '*'}}", E, "spec.selector.matchLabels[app]", "wildcard"),
            fires("PA-4", "selector: {}", W, "spec.selector", "without labels"),
            passes("PA-4", "selector: {matchLabels: {app: a}}"),
        ];
        run_cases(&KIND, &cases);
        assert_rule_coverage(&cases, &["PA-1", "PA-2", "PA-3", "PA-4"]);
    }
}
