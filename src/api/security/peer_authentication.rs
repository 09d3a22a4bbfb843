//! `security.istio.io` PeerAuthentication: the typed spec (mTLS mode, per-port modes keyed by
//! port number) and its rules PA-1..PA-4. Must not print or touch a cluster.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::path::Path;
use crate::api::registry::{KindDef, PrinterColumn};
use crate::api::rules;
use crate::api::selectors::WorkloadSelector;
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

use super::{AGE_COLUMN, SECURITY_GROUP, SECURITY_VERSIONS};

proto_enum!(pub MtlsMode { UNSET, DISABLE, PERMISSIVE, STRICT });

/// PeerAuthentication `spec`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PeerAuthenticationSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<WorkloadSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtls: Option<MutualTls>,
    /// Keyed by port number (proto `map<uint32, MutualTLS>`): a non-numeric key fails decoding.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_level_mtls")]
    pub port_level_mtls: Option<BTreeMap<u32, MutualTls>>,
}

/// `mtls` / `portLevelMtls{}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MutualTls {
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

impl Validate for PeerAuthenticationSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // PA-4
        rules::selector(self.selector.as_ref(), &at.field("selector"), cx);
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
            for port in plm.keys() {
                if *port == 0 || *port > 65535 {
                    let key = port.to_string();
                    cx.error(&plm_at.key(&key), format!("port must be in range 1..65535, found {port}"));
                }
            }
        }
    }
}
