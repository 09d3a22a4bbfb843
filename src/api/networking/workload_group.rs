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
use crate::api::rules;
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
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // WG-1: stands alone. The template's content is not checked (upstream leaves fields such
        // as the address to be filled in at registration).
        if self.template.is_none() {
            cx.error(&at.field("template"), "template is required");
            return;
        }
        // WG-2: one error wrapping every label problem, standing alone.
        if let Some(labels) = self.metadata.as_ref().and_then(|m| m.labels.as_ref()) {
            let labels_at = at.field("metadata");
            let labels_at = labels_at.field("labels");
            let found = cx.scope(|cx| rules::label_map(labels, &labels_at, cx));
            if !found.is_empty() {
                let messages: Vec<String> = found.into_iter().map(|f| f.message).collect();
                cx.error(&labels_at, format!("invalid labels: {}", go_multierror(&messages)));
                return;
            }
        }
        if let Some(probe) = &self.probe {
            probe.check(&at.field("probe"), cx);
        }
    }
}

/// Go's `hashicorp/go-multierror` text for a list of errors.
fn go_multierror(messages: &[String]) -> String {
    let head = if messages.len() == 1 { "1 error occurred:".to_string() } else { format!("{} errors occurred:", messages.len()) };
    let items: String = messages.iter().map(|m| format!("\n\t* {m}")).collect();
    format!("{head}{items}\n\n")
}

/// The health-check method upstream keeps (its decoder lets the last declared oneof member win).
enum Method<'a> {
    HttpGet(&'a HttpHealthCheckConfig),
    TcpSocket(&'a TcpHealthCheckConfig),
    Exec(&'a ExecHealthCheckConfig),
    Grpc,
}

impl ReadinessProbe {
    fn method(&self) -> Option<Method<'_>> {
        if self.grpc.is_some() {
            Some(Method::Grpc)
        } else if let Some(e) = &self.exec {
            Some(Method::Exec(e))
        } else if let Some(t) = &self.tcp_socket {
            Some(Method::TcpSocket(t))
        } else {
            self.http_get.as_ref().map(Method::HttpGet)
        }
    }

    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // WG-3
        for (field, value) in [
            ("periodSeconds", self.period_seconds),
            ("initialDelaySeconds", self.initial_delay_seconds),
            ("timeoutSeconds", self.timeout_seconds),
            ("successThreshold", self.success_threshold),
            ("failureThreshold", self.failure_threshold),
        ] {
            if value.is_some_and(|v| v.0 < 0) {
                cx.error(&at.field(field), format!("{field} must be non-negative"));
            }
        }
        match self.method() {
            Some(Method::HttpGet(h)) => {
                let h_at = at.field("httpGet");
                // WG-4
                rules::port(h.port.map_or(0, |p| p.0 as i64), &h_at.field("port"), cx);
                // WG-5
                if !matches!(h.scheme.as_deref().unwrap_or(""), "" | "HTTP" | "HTTPS") {
                    cx.error(&h_at.field("scheme"), "httpGet.scheme must be one of \"HTTPS\", \"HTTP\"");
                }
                // WG-6
                let hdr_at = h_at.field("httpHeaders");
                for (i, header) in h.http_headers.iter().flatten().enumerate() {
                    let name = header.name.as_deref().unwrap_or("");
                    let n_at = hdr_at.index(i);
                    let n_at = n_at.field("name");
                    if name.is_empty() {
                        cx.error(&n_at, "header name cannot be empty");
                    } else if !rules::is_probe_header_name(name) {
                        cx.error(&n_at, format!("header name {name} is not a valid header name"));
                    }
                }
            }
            // WG-7
            Some(Method::TcpSocket(t)) => {
                let t_at = at.field("tcpSocket");
                rules::port(t.port.map_or(0, |p| p.0 as i64), &t_at.field("port"), cx);
            }
            // WG-8
            Some(Method::Exec(e)) => {
                if e.command.as_ref().is_none_or(Vec::is_empty) {
                    let e_at = at.field("exec");
                    cx.error(&e_at.field("command"), "exec.command is required");
                }
            }
            // WG-9: istioctl knows no gRPC probe, and a probe needs some method.
            Some(Method::Grpc) => {
                cx.error(&at.field("grpc"), "unknown health check method *v1alpha3.ReadinessProbe_Grpc");
            }
            None => cx.error(at, "unknown health check method <nil>"),
        }
    }
}
