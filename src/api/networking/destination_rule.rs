//! DestinationRule (`networking.istio.io`): typed spec, registry entry and rules DR-1..DR-11
//! (validation spec §5). The traffic-policy blocks and their rules live in `traffic_policy`;
//! this file decides which of their findings survive (subset policies keep errors only).

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::traffic_policy::TrafficPolicy;
use super::V1_ALPHA3_BETA1;
use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef, PrinterColumn};
use crate::api::rules::{self, ExportToOf};
use crate::api::selectors::WorkloadSelector;
use crate::api::validation::{Ctx, Validate};

/// Policies applied to traffic for a service after routing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DestinationRuleSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "traffic_policy")]
    pub traffic_policy: Option<TrafficPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsets: Option<Vec<Subset>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "export_to")]
    pub export_to: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "workload_selector")]
    pub workload_selector: Option<WorkloadSelector>,
}

/// A named set of endpoints of the service, with its own policy.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Subset {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "traffic_policy")]
    pub traffic_policy: Option<TrafficPolicy>,
}

pub static KIND: KindDef = KindDef::of::<DestinationRuleSpec>(
    "networking.istio.io",
    "DestinationRule",
    "destinationrules",
    &["dr"],
    V1_ALPHA3_BETA1,
    &[
        PrinterColumn {
            name: "Host",
            type_: "string",
            json_path: ".spec.host",
            description: "The service (from the service registry) this rule applies to",
        },
        AGE_COLUMN,
    ],
);

impl Validate for DestinationRuleSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // DR-1
        rules::wildcard_domain(self.host.as_deref().unwrap_or(""), &at.field("host"), cx);
        // DR-2 (warnings kept)
        self.traffic_policy.validate(&at.field("trafficPolicy"), cx);
        // DR-4..DR-7
        if let Some(subsets) = &self.subsets {
            let sat = at.field("subsets");
            let mut names = BTreeSet::new();
            for (i, s) in subsets.iter().enumerate() {
                let el = sat.index(i);
                let name = s.name.as_deref().unwrap_or("");
                if !names.insert(name) {
                    cx.error(&el.field("name"), format!("duplicate subset names: {name}"));
                }
                cx.errors_only(|cx| s.validate(&el, cx));
            }
        }
        // DR-8, DR-10, DR-11
        if let Some(list) = &self.export_to {
            let ns = cx.meta.namespace.clone();
            let of = ExportToOf::DestinationRule { with_selector: self.workload_selector.is_some() };
            rules::export_to(list, &ns, of, &at.field("exportTo"), cx);
        }
        // DR-9
        rules::selector(self.workload_selector.as_ref(), &at.field("workloadSelector"), cx);
    }
}

impl Validate for Subset {
    /// DR-5..DR-7 (the caller keeps errors only).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        rules::subset_name(self.name.as_deref().unwrap_or(""), &at.field("name"), cx);
        if let Some(labels) = &self.labels {
            rules::label_map(labels, &at.field("labels"), cx);
        }
        self.traffic_policy.validate(&at.field("trafficPolicy"), cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_covers_the_inventory() {
        crate::api::networking::test_support::assert_full_coverage(&KIND);
    }
    use crate::api::networking::testing::{Expect::*, assert_roundtrip, check, run_cases};

    const RICH: &str = r#"
host: reviews.prod.svc.cluster.local
exportTo: [".", "istio-system"]
trafficPolicy:
  loadBalancer:
    consistentHash:
      httpCookie:
        name: user
        path: /
        ttl: 0s
        attributes: [{name: SameSite, value: Strict}]
      ringHash: {minimumRingSize: 1024}
    localityLbSetting:
      enabled: true
      distribute:
      - from: us-west/zone1/*
        to: {"us-west/zone1/*": 80, "us-west/zone2/*": 20}
      failoverPriority: [topology.istio.io/network]
    warmupDurationSecs: 30s
    warmup: {duration: 60s, minimumPercent: 10, aggression: 1.5}
  connectionPool:
    tcp:
      maxConnections: 100
      connectTimeout: 30ms
      maxConnectionDuration: 1h
      idleTimeout: 0s
      tcpKeepalive: {probes: 3, time: 7200s, interval: 75s}
    http:
      http1MaxPendingRequests: 10
      http2MaxRequests: 1000
      maxRequestsPerConnection: 10
      maxRetries: 3
      idleTimeout: 1m
      h2UpgradePolicy: DO_NOT_UPGRADE
      useClientProtocol: false
      maxConcurrentStreams: 50
  outlierDetection:
    consecutive5xxErrors: 7
    consecutiveGatewayErrors: 3
    consecutiveLocalOriginFailures: 2
    splitExternalLocalOriginErrors: true
    interval: 5m
    baseEjectionTime: 15m
    maxEjectionPercent: 50
    minHealthPercent: 10
  tls:
    mode: SIMPLE
    sni: reviews.example.com
    subjectAltNames: [reviews.example.com]
    caCertificates: /etc/certs/ca.pem
    caCrl: /etc/certs/crl.pem
    insecureSkipVerify: false
  portLevelSettings:
  - port: {number: 9080}
    loadBalancer: {simple: LEAST_REQUEST}
    tls: {mode: MUTUAL, clientCertificate: /c.pem, privateKey: /k.pem}
  retryBudget: {percent: 20, minRetryConcurrency: 2}
subsets:
- name: v1
  labels: {version: v1}
  trafficPolicy:
    tunnel: {protocol: CONNECT, targetHost: egress.example.com, targetPort: 8443}
- name: v2
  labels: {version: v2}
  trafficPolicy:
    proxyProtocol: {version: V2}
    loadBalancer:
      consistentHash: {useSourceIp: true, maglev: {tableSize: 65537}}
workloadSelector:
  matchLabels: {app: reviews}
"#;

    #[test]
    fn rich_spec_roundtrips_and_is_clean() {
        assert_roundtrip(&KIND, RICH);
        let found = check(&KIND, &RICH.replace("[\".\", \"istio-system\"]", "[\".\"]"));
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn snake_case_names_decode() {
        let snake = r#"
host: r
traffic_policy:
  connection_pool: {http: {http1_max_pending_requests: 1, h2_upgrade_policy: UPGRADE}}
  outlier_detection: {consecutive_5xx_errors: 5, base_ejection_time: 30s}
  load_balancer: {consistent_hash: {http_header_name: x, ring_hash: {minimum_ring_size: 8}}}
  port_level_settings: [{port: {number: 80}, tls: {mode: ISTIO_MUTUAL, subject_alt_names: [a]}}]
export_to: ["*"]
"#;
        let v = (KIND.roundtrip)(&crate::api::networking::testing::yaml(snake)).unwrap();
        assert_eq!(v["trafficPolicy"]["outlierDetection"]["consecutive5xxErrors"], 5);
        assert_eq!(v["trafficPolicy"]["connectionPool"]["http"]["h2UpgradePolicy"], "UPGRADE");
        assert_eq!(v["exportTo"][0], "*");
    }

    #[test]
    fn unknown_field_is_an_error_with_its_path() {
        let found = check(&KIND, "host: r\ntrafficPolicy:\n  tls: {mode: SIMPLE, bogus: 1}\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "spec.trafficPolicy.tls.bogus");
        assert!(found[0].message.contains("unknown field `bogus`"), "{}", found[0].message);
        let found = check(&KIND, "host: r\nsubsets: [{name: v1, lables: {}}]\n");
        assert_eq!(found[0].path, "spec.subsets[0].lables");
    }

    #[test]
    fn rules() {
        run_cases(
            &KIND,
            &[
                ("DR-1 fail", "host: 'a..b'", Error("spec.host", "invalid")),
                ("DR-1 missing host", "{}", Error("spec.host", "empty")),
                ("DR-1 pass", "host: '*.example.com'", Clean),
                (
                    "DR-2 warning kept",
                    "host: r\ntrafficPolicy: {outlierDetection: {consecutiveErrors: 5}}",
                    Warn("spec.trafficPolicy.outlierDetection.consecutiveErrors", "deprecated"),
                ),
                (
                    "DR-4 fail",
                    "host: r\nsubsets: [{name: v1}, {name: v1}]",
                    Error("spec.subsets[1].name", "duplicate subset names: v1"),
                ),
                ("DR-4 pass", "host: r\nsubsets: [{name: v1}, {name: v2}]", Clean),
                (
                    "DR-5 empty",
                    "host: r\nsubsets: [{labels: {a: b}}]",
                    Error("spec.subsets[0].name", "subset name cannot be empty"),
                ),
                (
                    "DR-5 invalid",
                    "host: r\nsubsets: [{name: v_1}]",
                    Error("spec.subsets[0].name", "subset name is invalid"),
                ),
                (
                    "DR-6 fail",
                    "host: r\nsubsets: [{name: v1, labels: {'a b': c}}]",
                    Error("spec.subsets[0].labels[a b]", "invalid tag key"),
                ),
                ("DR-6 pass", "host: r\nsubsets: [{name: v1, labels: {app.kubernetes.io/name: x}}]", Clean),
                (
                    "DR-7 errors kept",
                    "host: r\nsubsets: [{name: v1, trafficPolicy: {connectionPool: {tcp: {maxConnections: -1}}}}]",
                    Error("spec.subsets[0].trafficPolicy.connectionPool.tcp.maxConnections", "non-negative"),
                ),
                (
                    "DR-7 warnings dropped",
                    "host: r\nsubsets: [{name: v1, trafficPolicy: {outlierDetection: {consecutiveErrors: 5}}}]",
                    Clean,
                ),
                (
                    "DR-7 subset TP-1",
                    "host: r\nsubsets: [{name: v1, trafficPolicy: {}}]",
                    Error("spec.subsets[0].trafficPolicy", "at least one field"),
                ),
                ("DR-8 fail", "host: r\nexportTo: ['~']", Error("spec.exportTo[0]", "not allowed")),
                ("DR-8 pass", "host: r\nexportTo: ['*']", Clean),
                (
                    "DR-9 error",
                    "host: r\nworkloadSelector: {matchLabels: {app: '*'}}",
                    Error("spec.workloadSelector.matchLabels[app]", "wildcard"),
                ),
                (
                    "DR-9 warning",
                    "host: r\nworkloadSelector: {}",
                    Warn("spec.workloadSelector", "without labels"),
                ),
                (
                    "DR-10 fail",
                    "host: r\nworkloadSelector: {matchLabels: {a: b}}\nexportTo: ['.', other]",
                    Error("spec.exportTo", "multiple entries"),
                ),
                ("DR-10 pass", "host: r\nworkloadSelector: {matchLabels: {a: b}}\nexportTo: ['.']", Clean),
                (
                    "DR-11 fail",
                    "host: r\nworkloadSelector: {matchLabels: {a: b}}\nexportTo: ['*']",
                    Error("spec.exportTo", "beyond current namespace"),
                ),
                ("DR-11 pass", "host: r\nworkloadSelector: {matchLabels: {a: b}}\nexportTo: [ns]", Clean),
                (
                    "DR-2,5,7,9 pass",
                    "host: r\ntrafficPolicy: {tls: {mode: SIMPLE}}\nsubsets: [{name: v1, trafficPolicy: {loadBalancer: {simple: RANDOM}}}]\nworkloadSelector: {matchLabels: {a: b}}",
                    Clean,
                ),
            ],
        );
    }
}
