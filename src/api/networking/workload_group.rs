//! WorkloadGroup (`networking.istio.io`): the typed spec (template, metadata, readiness probe),
//! its rules (WG-1..9 of the rules spec) and its registry entry. The template reuses the
//! WorkloadEntry spec type but is not validated (upstream does not). No printing here.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::V1_ALPHA3_BETA1;
use super::workload::{CEL_UNIX_NO_PORTS, WorkloadEntrySpec};
use crate::api::common::{Int32, UInt32};
use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef, PrinterColumn};
use crate::api::rules;
use crate::api::schema::{CEL_PORT, CelAt, at_most_one_of, cel, last_declared};
use crate::api::validation::{Ctx, Validate};
use crate::go::go_multierror;

/// Describes a set of workloads (usually VMs) that auto-register as WorkloadEntries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkloadGroupSpec {
    /// Labels and annotations copied onto each generated WorkloadEntry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<GroupMetadata>,
    /// Fields every generated WorkloadEntry starts from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required, transform = template_cel)]
    pub template: Option<WorkloadEntrySpec>,
    /// Readiness check the workload's proxy runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probe: Option<ReadinessProbe>,
}

/// A template needs no address (it is filled in at registration): of the WorkloadEntry's
/// object-level CEL rules, keep only the unix-socket one.
fn template_cel(schema: &mut Schema) {
    if let Some(rules) = schema.get_mut("x-kubernetes-validations").and_then(|r| r.as_array_mut()) {
        rules.retain(|r| r["rule"] == CEL_UNIX_NO_PORTS.0);
    }
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
    #[schemars(required, transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_PORT))]
    pub port: Option<UInt32>,
    /// Host to connect to (default: the workload's own address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// `HTTP` or `HTTPS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, &[("self in ['', 'HTTP', 'HTTPS']", "scheme must be HTTP or HTTPS")]))]
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
    #[schemars(required, transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_PORT))]
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
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_PORT))]
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

/// The health-check method upstream keeps (its decoder lets the last declared oneof member win).
enum Method<'a> {
    HttpGet(&'a HttpHealthCheckConfig),
    TcpSocket(&'a TcpHealthCheckConfig),
    Exec(&'a ExecHealthCheckConfig),
    Grpc,
}

impl ReadinessProbe {
    fn method(&self) -> Option<Method<'_>> {
        last_declared([
            self.http_get.as_ref().map(Method::HttpGet),
            self.tcp_socket.as_ref().map(Method::TcpSocket),
            self.exec.as_ref().map(Method::Exec),
            self.grpc.as_ref().map(|_| Method::Grpc),
        ])
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::KIND;
    use crate::api::networking::test_support::{Case, assert_full_coverage, e, findings, run, yaml};
    use crate::api::validation::Meta;


    #[test]
    fn schema_covers_every_inventory_path() {
        assert_full_coverage(&KIND);
    }

    const RICH: &str = r#"
metadata:
  labels: {app: vm, version: v1}
  annotations: {note: "vm pool"}
template:
  ports: {http: 8080}
  serviceAccount: vm-sa
  network: vm-net
  labels: {tier: backend}
  locality: eu/z1
  weight: 1
probe:
  initialDelaySeconds: 5
  timeoutSeconds: 3
  periodSeconds: 4
  successThreshold: 1
  failureThreshold: 3
  httpGet:
    path: /ready
    port: 8080
    host: 127.0.0.1
    scheme: HTTPS
    httpHeaders: [{name: X-Probe, value: "1"}]
"#;

    #[test]
    fn round_trip_and_snake_case() {
        let spec = yaml(RICH);
        assert_eq!((KIND.roundtrip)(&spec).unwrap(), spec);
        for probe in ["tcpSocket: {host: h, port: 1}", "exec: {command: [cat, /ready]}", "grpc: {port: 1, service: s}"] {
            let spec = yaml(&format!("template: {{}}\nprobe: {{{probe}}}"));
            assert_eq!((KIND.roundtrip)(&spec).unwrap(), spec);
        }
        let snake = yaml("template: {service_account: sa}\nprobe: {initial_delay_seconds: 1, http_get: {port: 80, http_headers: []}}");
        let back = (KIND.roundtrip)(&snake).unwrap();
        assert_eq!(back["probe"]["initialDelaySeconds"], json!(1));
        assert_eq!(back["probe"]["httpGet"]["httpHeaders"], json!([]));
        assert_eq!(back["template"]["serviceAccount"], json!("sa"));
        let found = (KIND.check_spec)(&yaml("template: {}\nprobe: {httpGet: {port: 80, headers: []}}"), &Meta::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "spec.probe.httpGet.headers");
    }

    fn wg(probe: &str) -> String {
        format!("template: {{}}\nprobe: {{{probe}}}")
    }

    fn cases() -> Vec<Case> {
        vec![
            e("WG-1", "spec.template", "template is required", "probe: {tcpSocket: {port: 80}}", "template: {}\nprobe: {tcpSocket: {port: 80}}"),
            e("WG-2", "spec.metadata.labels", "invalid labels: 1 error occurred:\n\t* invalid tag key", "template: {}\nmetadata: {labels: {\"bad key!\": x}}", "template: {}\nmetadata: {labels: {good-key: x}}"),
            e("WG-3", "spec.probe.periodSeconds", "periodSeconds must be non-negative", &wg("periodSeconds: -1, tcpSocket: {port: 80}"), &wg("periodSeconds: 0, tcpSocket: {port: 80}")),
            e("WG-3", "spec.probe.failureThreshold", "failureThreshold must be non-negative", &wg("failureThreshold: -3, tcpSocket: {port: 80}"), &wg("failureThreshold: 3, tcpSocket: {port: 80}")),
            e("WG-4", "spec.probe.httpGet.port", "port number 0", &wg("httpGet: {path: /}"), &wg("httpGet: {port: 8080}")),
            e("WG-5", "spec.probe.httpGet.scheme", "httpGet.scheme must be one of", &wg("httpGet: {port: 80, scheme: http}"), &wg("httpGet: {port: 80, scheme: HTTP}")),
            e("WG-6", "spec.probe.httpGet.httpHeaders[0].name", "x_y is not a valid header name", &wg("httpGet: {port: 80, httpHeaders: [{name: x_y}]}"), &wg("httpGet: {port: 80, httpHeaders: [{name: x-y}]}")),
            e("WG-6", "spec.probe.httpGet.httpHeaders[0].name", "header name cannot be empty", &wg("httpGet: {port: 80, httpHeaders: [{value: v}]}"), &wg("httpGet: {port: 80, httpHeaders: [{name: x, value: v}]}")),
            e("WG-7", "spec.probe.tcpSocket.port", "port number 70000", &wg("tcpSocket: {port: 70000}"), &wg("tcpSocket: {port: 7000}")),
            e("WG-8", "spec.probe.exec.command", "exec.command is required", &wg("exec: {command: []}"), &wg("exec: {command: [cat, /tmp/ready]}")),
            e("WG-9", "spec.probe.grpc", "unknown health check method", &wg("grpc: {port: 8080}"), &wg("tcpSocket: {port: 8080}")),
            e("WG-9", "spec.probe", "unknown health check method <nil>", &wg("periodSeconds: 1"), &wg("periodSeconds: 1, exec: {command: [x]}")),
        ]
    }

    #[test]
    fn every_rule_fails_and_passes() {
        run(&KIND, cases());
    }

    #[test]
    fn template_and_label_errors_stand_alone() {
        let meta = Meta::default();
        // WG-1 hides the bad probe; the template's own content is never checked.
        let found = findings(&KIND, "probe: {grpc: {port: 1}}", &meta);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(findings(&KIND, "template: {address: \"unix://rel\", ports: {Bad_Name: 0}}", &meta).len(), 0);
        // WG-2 wraps every label problem in one error and hides the probe errors.
        let found = findings(&KIND, "template: {}\nmetadata: {labels: {\"a b\": \"c d\"}}\nprobe: {}", &meta);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "invalid labels: 2 errors occurred:\n\t* invalid tag key: \"a b\"\n\t* invalid tag value: \"c d\"\n\n"
        );
    }

    #[test]
    fn conformance_style_example() {
        let found = findings(&KIND, "template: {}\nprobe:\n  grpc: {port: 8080}", &Meta::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "spec.probe.grpc");
    }
}
