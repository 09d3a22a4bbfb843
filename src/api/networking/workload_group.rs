//! WorkloadGroup (`networking.istio.io`): the typed spec (template, metadata, readiness probe),
//! its rules (WG-1..9 of the rules spec) and its registry entry. The template reuses the
//! WorkloadEntry spec type but is not validated (upstream does not). No printing here.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::virtual_service::at_most_one_of;
use super::workload_entry::{AGE_COLUMN, V1_ALPHA3_BETA1, WorkloadEntrySpec};
use crate::api::common::{Int32, UInt32};
use crate::api::path::Path;
use crate::api::registry::{KindDef, PrinterColumn};
use crate::api::validation::{Ctx, Validate};

/// Describes a set of workloads (usually VMs) that auto-register as WorkloadEntries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkloadGroupSpec {
    /// Labels and annotations copied onto each generated WorkloadEntry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<GroupMetadata>,
    /// Fields every generated WorkloadEntry starts from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub template: Option<WorkloadEntrySpec>,
    /// Readiness check the workload's proxy runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probe: Option<ReadinessProbe>,
}

/// Labels and annotations for the generated entries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// A readiness probe: timing, plus exactly one way to check (HTTP GET, TCP connect, command;
/// gRPC is declared by the API but rejected by validation).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| at_most_one_of(s, &["httpGet", "tcpSocket", "exec", "grpc"]))]
pub struct ReadinessProbe {
    #[serde(skip_serializing_if = "Option::is_none", alias = "initial_delay_seconds")]
    #[schemars(range(min = 0))]
    pub initial_delay_seconds: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "timeout_seconds")]
    #[schemars(range(min = 0))]
    pub timeout_seconds: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "period_seconds")]
    #[schemars(range(min = 0))]
    pub period_seconds: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "success_threshold")]
    #[schemars(range(min = 0))]
    pub success_threshold: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "failure_threshold")]
    #[schemars(range(min = 0))]
    pub failure_threshold: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "http_get")]
    pub http_get: Option<HttpHealthCheckConfig>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "tcp_socket")]
    pub tcp_socket: Option<TcpHealthCheckConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exec: Option<ExecHealthCheckConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grpc: Option<GrpcHealthCheckConfig>,
}

/// Probe by HTTP GET.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpHealthCheckConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub port: Option<UInt32>,
    /// Host to connect to (default: the workload's own address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// `HTTP` or `HTTPS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "http_headers")]
    pub http_headers: Option<Vec<HttpHeader>>,
}

/// One request header of an HTTP probe.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpHeader {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Probe by opening a TCP connection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TcpHealthCheckConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub port: Option<UInt32>,
}

/// Probe by running a command on the workload.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExecHealthCheckConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub command: Option<Vec<String>>,
}

/// Probe by the gRPC health protocol.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GrpcHealthCheckConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<UInt32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}

static COLUMNS: &[PrinterColumn] = &[AGE_COLUMN];

pub static KIND: KindDef = KindDef::of::<WorkloadGroupSpec>(
    "networking.istio.io",
    "WorkloadGroup",
    "workloadgroups",
    &["wg"],
    V1_ALPHA3_BETA1,
    COLUMNS,
);

impl Validate for WorkloadGroupSpec {
    fn validate(&self, _at: &Path<'_>, _cx: &mut Ctx<'_>) {}
}
