//! Traffic-policy building blocks shared by DestinationRule, Sidecar and Gateway: traffic policy,
//! load balancer (with locality settings), connection pool, outlier detection, client and server
//! TLS, with their rules (TP, OD, CP, LB, H-LOC, CTLS, STLS of the validation spec §3).
//! Kinds decide where these apply and which findings survive (warnings under subsets and
//! portLevelSettings are dropped by the caller); this module never prints.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::virtual_service::{CEL_DURATION, CelAt, Double, at_most_one_of, cel, last_declared};
use crate::api::common::{Duration, Int32, UInt32, UInt64};
use crate::api::path::Path;
use crate::api::selectors::PortSelector;
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

proto_enum!(pub SimpleLb { UNSPECIFIED, LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST });
proto_enum!(pub H2UpgradePolicy { DEFAULT, DO_NOT_UPGRADE, UPGRADE });
proto_enum!(pub ClientTlsMode { DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL });
proto_enum!(pub ProxyProtocolVersion { V1, V2 });
proto_enum!(pub ServerTlsMode { PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL });
proto_enum!(pub TlsProtocol { TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3 });

/// Traffic policy of a DestinationRule (top level or per subset).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TrafficPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "load_balancer")]
    pub load_balancer: Option<LoadBalancerSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "connection_pool")]
    pub connection_pool: Option<ConnectionPoolSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "outlier_detection")]
    pub outlier_detection: Option<OutlierDetection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ClientTlsSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_level_settings")]
    #[schemars(length(max = 4096))]
    pub port_level_settings: Option<Vec<PortTrafficPolicy>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tunnel: Option<TunnelSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "proxy_protocol")]
    pub proxy_protocol: Option<ProxyProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "retry_budget")]
    pub retry_budget: Option<RetryBudget>,
}

/// A traffic policy for one port of the destination.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PortTrafficPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<PortSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "load_balancer")]
    pub load_balancer: Option<LoadBalancerSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "connection_pool")]
    pub connection_pool: Option<ConnectionPoolSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "outlier_detection")]
    pub outlier_detection: Option<OutlierDetection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ClientTlsSettings>,
}

/// Tunnelling of TCP over HTTP CONNECT/POST.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TunnelSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "target_host")]
    #[schemars(required)]
    pub target_host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "target_port")]
    #[schemars(required)]
    pub target_port: Option<UInt32>,
}

/// Upstream PROXY protocol settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProxyProtocol {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<ProxyProtocolVersion>,
}

/// Retry budget for the destination (not checked by upstream's validation).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RetryBudget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 100))]
    pub percent: Option<Double>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "min_retry_concurrency")]
    pub min_retry_concurrency: Option<UInt32>,
}

/// Load balancing: `simple` or `consistentHash` (a proto oneof), plus locality and warmup.
// Both members decode when both are written (kept for a lossless round trip); rules read the one
// upstream keeps through `lb_policy`. (A `//` note: doc comments become CRD descriptions.)
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| at_most_one_of(s, &["simple", "consistentHash"]))]
pub struct LoadBalancerSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub simple: Option<SimpleLb>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consistent_hash")]
    pub consistent_hash: Option<ConsistentHashLb>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "locality_lb_setting")]
    pub locality_lb_setting: Option<LocalityLbSetting>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "warmup_duration_secs")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub warmup_duration_secs: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warmup: Option<WarmupConfiguration>,
}

/// ConsistentHash's two oneofs (hash key, hash algorithm) as the CRD's `allOf` of two `oneOf`s.
fn consistent_hash_oneofs(schema: &mut Schema) {
    let mut key = Schema::default();
    at_most_one_of(&mut key, &["httpHeaderName", "httpCookie", "useSourceIp", "httpQueryParameterName"]);
    let mut algorithm = Schema::default();
    at_most_one_of(&mut algorithm, &["ringHash", "maglev"]);
    schema.insert("allOf".into(), serde_json::json!([key, algorithm]));
}

/// Consistent hashing: one hash key (header, cookie, source IP, query parameter) and one
/// algorithm (ringHash or maglev), plus the deprecated `minimumRingSize`.
// Every written oneof member decodes; rules read the ones upstream keeps (`hash_key`,
// `hash_algorithm`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = consistent_hash_oneofs)]
pub struct ConsistentHashLb {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "http_header_name")]
    pub http_header_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "http_cookie")]
    pub http_cookie: Option<HttpCookie>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "use_source_ip")]
    pub use_source_ip: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "http_query_parameter_name")]
    pub http_query_parameter_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ring_hash")]
    pub ring_hash: Option<RingHash>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maglev: Option<MagLev>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "minimum_ring_size")]
    pub minimum_ring_size: Option<UInt64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RingHash {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "minimum_ring_size")]
    pub minimum_ring_size: Option<UInt64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct MagLev {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "table_size")]
    pub table_size: Option<UInt64>,
}

/// The `lb_policy` member upstream keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LbPolicy<'a> {
    Simple(SimpleLb),
    ConsistentHash(&'a ConsistentHashLb),
}

impl LoadBalancerSettings {
    /// `consistentHash` (declared after `simple`) wins when both are written.
    pub fn lb_policy(&self) -> Option<LbPolicy<'_>> {
        last_declared([self.simple.map(LbPolicy::Simple), self.consistent_hash.as_ref().map(LbPolicy::ConsistentHash)])
    }
}

/// The `hash_key` member upstream keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HashKey<'a> {
    HttpHeaderName(&'a str),
    HttpCookie(&'a HttpCookie),
    UseSourceIp(bool),
    HttpQueryParameterName(&'a str),
}

/// The `hash_algorithm` member upstream keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HashAlgorithm<'a> {
    RingHash(&'a RingHash),
    Maglev(&'a MagLev),
}

impl ConsistentHashLb {
    /// The hash key upstream keeps (see [`last_declared`]).
    pub fn hash_key(&self) -> Option<HashKey<'_>> {
        last_declared([
            self.http_header_name.as_deref().map(HashKey::HttpHeaderName),
            self.http_cookie.as_ref().map(HashKey::HttpCookie),
            self.use_source_ip.map(HashKey::UseSourceIp),
            self.http_query_parameter_name.as_deref().map(HashKey::HttpQueryParameterName),
        ])
    }

    /// The hash algorithm upstream keeps (maglev, declared after ringHash, wins).
    pub fn hash_algorithm(&self) -> Option<HashAlgorithm<'_>> {
        last_declared([self.ring_hash.as_ref().map(HashAlgorithm::RingHash), self.maglev.as_ref().map(HashAlgorithm::Maglev)])
    }
}

/// The cookie used as the hash key.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpCookie {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<CookieAttribute>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookieAttribute {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Slow-start ramp for new endpoints.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WarmupConfiguration {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub duration: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "minimum_percent")]
    #[schemars(range(min = 0, max = 100))]
    pub minimum_percent: Option<Double>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub aggression: Option<Double>,
}

/// Locality-weighted load balancing and failover.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LocalityLbSetting {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribute: Option<Vec<LocalityDistribute>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failover: Option<Vec<LocalityFailover>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "failover_priority")]
    pub failover_priority: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalityDistribute {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<BTreeMap<String, UInt32>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalityFailover {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// Connection pool limits (TCP and HTTP).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConnectionPoolSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp: Option<TcpSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<HttpSettings>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TcpSettings {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_connections")]
    pub max_connections: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "connect_timeout")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub connect_timeout: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "tcp_keepalive")]
    pub tcp_keepalive: Option<TcpKeepalive>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_connection_duration")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub max_connection_duration: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "idle_timeout")]
    pub idle_timeout: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TcpKeepalive {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probes: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub time: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub interval: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpSettings {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "http1_max_pending_requests")]
    pub http1_max_pending_requests: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "http2_max_requests")]
    pub http2_max_requests: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_requests_per_connection")]
    pub max_requests_per_connection: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_retries")]
    pub max_retries: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "idle_timeout")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub idle_timeout: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "h2_upgrade_policy")]
    pub h2_upgrade_policy: Option<H2UpgradePolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "use_client_protocol")]
    pub use_client_protocol: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_concurrent_streams")]
    pub max_concurrent_streams: Option<Int32>,
}

/// Ejection of unhealthy hosts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OutlierDetection {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_errors")]
    pub consecutive_errors: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "split_external_local_origin_errors")]
    pub split_external_local_origin_errors: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_local_origin_failures")]
    pub consecutive_local_origin_failures: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_gateway_errors")]
    pub consecutive_gateway_errors: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_5xx_errors")]
    pub consecutive_5xx_errors: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub interval: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "base_ejection_time")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub base_ejection_time: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_ejection_percent")]
    pub max_ejection_percent: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "min_health_percent")]
    pub min_health_percent: Option<Int32>,
}

/// TLS settings for connections to the upstream.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ClientTlsSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ClientTlsMode>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "client_certificate")]
    pub client_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "private_key")]
    pub private_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_certificates")]
    pub ca_certificates: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "credential_name")]
    pub credential_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "subject_alt_names")]
    pub subject_alt_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sni: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "insecure_skip_verify")]
    pub insecure_skip_verify: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_crl")]
    pub ca_crl: Option<String>,
}

/// TLS settings of a server (Gateway `servers[].tls`, Sidecar `ingress[].tls`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_SERVER_TLS))]
pub struct ServerTlsSettings {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "https_redirect")]
    pub https_redirect: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ServerTlsMode>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "server_certificate")]
    pub server_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "private_key")]
    pub private_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_certificates")]
    pub ca_certificates: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_crl")]
    pub ca_crl: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "credential_name")]
    pub credential_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "credential_names")]
    #[schemars(length(max = 2))]
    pub credential_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "tls_certificates")]
    #[schemars(length(max = 2))]
    pub tls_certificates: Option<Vec<TlsCertificate>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "subject_alt_names")]
    pub subject_alt_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "verify_certificate_spki")]
    pub verify_certificate_spki: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "verify_certificate_hash")]
    pub verify_certificate_hash: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "min_protocol_version")]
    pub min_protocol_version: Option<TlsProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_protocol_version")]
    pub max_protocol_version: Option<TlsProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "cipher_suites")]
    pub cipher_suites: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_cert_credential_name")]
    pub ca_cert_credential_name: Option<String>,
}

/// CEL on server TLS (API server only): the certificate sources that may not be combined.
const CEL_SERVER_TLS: &[(&str, &str)] = &[
    (
        "!(has(self.tlsCertificates) && has(self.credentialNames))",
        "only one of tlsCertificates or credentialNames may be set",
    ),
    (
        "!(has(self.credentialName) && has(self.credentialNames))",
        "only one of credentialName or credentialNames may be set",
    ),
    (
        "!(has(self.credentialNames) && has(self.tlsCertificates))",
        "only one of credentialName or tlsCertificates may be set",
    ),
];

/// One server certificate/key pair (at most two per server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TlsCertificate {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "server_certificate")]
    pub server_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "private_key")]
    pub private_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_certificates")]
    pub ca_certificates: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

use crate::api::rules;

/// A list that is present and not empty (an empty list decodes as absent upstream).
pub(crate) fn non_empty<T>(v: &Option<Vec<T>>) -> bool {
    v.as_ref().is_some_and(|v| !v.is_empty())
}

/// A string that is present and not empty.
pub(crate) fn set(v: &Option<String>) -> bool {
    v.as_deref().is_some_and(|s| !s.is_empty())
}

impl Validate for TrafficPolicy {
    /// TP-1..TP-11 with OD/CP/LB/CTLS; portLevelSettings keep errors only (§1.6).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // TP-1
        if self.outlier_detection.is_none()
            && self.connection_pool.is_none()
            && self.load_balancer.is_none()
            && self.tls.is_none()
            && !non_empty(&self.port_level_settings)
            && self.tunnel.is_none()
            && self.proxy_protocol.is_none()
            && self.retry_budget.is_none()
        {
            cx.error(at, "traffic policy must have at least one field");
            return;
        }
        // TP-2
        if self.tunnel.is_some() && self.proxy_protocol.is_some() {
            cx.error(at, "tunnel and proxyProtocol must not be set together");
            return;
        }
        // TP-3
        self.outlier_detection.validate(&at.field("outlierDetection"), cx);
        self.connection_pool.validate(&at.field("connectionPool"), cx);
        if let Some(lb) = &self.load_balancer {
            lb.check(&at.field("loadBalancer"), self.outlier_detection.as_ref(), cx);
        }
        self.tls.validate(&at.field("tls"), cx);
        if let Some(pls) = &self.port_level_settings {
            let pls_at = at.field("portLevelSettings");
            cx.errors_only(|cx| pls.validate(&pls_at, cx));
        }
        self.tunnel.validate(&at.field("tunnel"), cx);
        self.proxy_protocol.validate(&at.field("proxyProtocol"), cx);
    }
}

impl Validate for PortTrafficPolicy {
    /// TP-5..TP-7 (the caller keeps errors only).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if self.port.is_none() {
            cx.error(&at.field("port"), "portTrafficPolicy must have valid port");
        }
        if self.outlier_detection.is_none()
            && self.connection_pool.is_none()
            && self.load_balancer.is_none()
            && self.tls.is_none()
        {
            cx.error(at, "port traffic policy must have at least one field");
            return;
        }
        self.outlier_detection.validate(&at.field("outlierDetection"), cx);
        self.connection_pool.validate(&at.field("connectionPool"), cx);
        if let Some(lb) = &self.load_balancer {
            lb.check(&at.field("loadBalancer"), self.outlier_detection.as_ref(), cx);
        }
        self.tls.validate(&at.field("tls"), cx);
    }
}

impl Validate for TunnelSettings {
    /// TP-8..TP-10.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let protocol = self.protocol.as_deref().unwrap_or("");
        if !matches!(protocol, "" | "CONNECT" | "POST") {
            cx.error(&at.field("protocol"), "tunnel protocol must be \"CONNECT\" or \"POST\"");
        }
        let host = self.target_host.as_deref().unwrap_or("");
        if let (Err(fqdn), Err(ip)) = (rules::check_fqdn(host), rules::check_ip(host)) {
            cx.error(
                &at.field("targetHost"),
                format!("tunnel target host must be valid FQDN or IP address: {fqdn}; {ip}"),
            );
        }
        if let Err(e) = rules::check_port(self.target_port.map_or(0, |p| p.0 as i64)) {
            cx.error(&at.field("targetPort"), format!("tunnel target port is invalid: {e}"));
        }
    }
}

impl Validate for ProxyProtocol {
    /// TP-11: a raw version number other than 0 (V1) or 1 (V2).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Some(v) = self.version {
            let n = v.number();
            if n != 0 && n != 1 {
                cx.error(&at.field("version"), format!("proxy protocol version is invalid: {n}"));
            }
        }
    }
}

impl Validate for OutlierDetection {
    /// OD-1..OD-6.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Some(d) = &self.base_ejection_time {
            rules::duration(d, &at.field("baseEjectionTime"), cx);
        }
        if self.consecutive_errors.is_some_and(|v| v.0 != 0) {
            cx.warn(
                &at.field("consecutiveErrors"),
                "outlier detection consecutive errors is deprecated, use consecutiveGatewayErrors or consecutive5xxErrors instead",
            );
        }
        if !self.split_external_local_origin_errors.unwrap_or(false)
            && self.consecutive_local_origin_failures.is_some_and(|v| v.0 > 0)
        {
            cx.error(
                &at.field("consecutiveLocalOriginFailures"),
                "outlier detection consecutive local origin failures is specified, but split external local origin errors is set to false",
            );
        }
        if let Some(d) = &self.interval {
            rules::duration(d, &at.field("interval"), cx);
        }
        rules::percent_int(
            self.max_ejection_percent.map_or(0, |v| v.0 as i64),
            &at.field("maxEjectionPercent"),
            cx,
        );
        rules::percent_int(
            self.min_health_percent.map_or(0, |v| v.0 as i64),
            &at.field("minHealthPercent"),
            cx,
        );
    }
}

impl Validate for ConnectionPoolSettings {
    /// CP-1..CP-14.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if self.http.is_none() && self.tcp.is_none() {
            cx.error(at, "connection pool must have at least one field");
            return;
        }
        if let Some(http) = &self.http {
            let at = at.field("http");
            let non_negative = |cx: &mut Ctx<'_>, v: Option<Int32>, field: &str, what: &str| {
                if v.is_some_and(|v| v.0 < 0) {
                    cx.error(&at.field(field), format!("{what} must be non-negative"));
                }
            };
            non_negative(
                cx,
                http.http1_max_pending_requests,
                "http1MaxPendingRequests",
                "http1 max pending requests",
            );
            non_negative(cx, http.http2_max_requests, "http2MaxRequests", "http2 max requests");
            non_negative(
                cx,
                http.max_requests_per_connection,
                "maxRequestsPerConnection",
                "max requests per connection",
            );
            non_negative(cx, http.max_retries, "maxRetries", "max retries");
            if let Some(d) = &http.idle_timeout {
                rules::duration(d, &at.field("idleTimeout"), cx);
            }
            if http.h2_upgrade_policy.map(|p| p.resolve()) == Some(H2UpgradePolicy::UPGRADE)
                && http.use_client_protocol == Some(true)
            {
                cx.error(
                    &at.field("useClientProtocol"),
                    "use client protocol must not be true when H2UpgradePolicy is UPGRADE",
                );
            }
            non_negative(cx, http.max_concurrent_streams, "maxConcurrentStreams", "max concurrent streams");
        }
        if let Some(tcp) = &self.tcp {
            let at = at.field("tcp");
            if tcp.max_connections.is_some_and(|v| v.0 < 0) {
                cx.error(&at.field("maxConnections"), "max connections must be non-negative");
            }
            if let Some(d) = &tcp.connect_timeout {
                rules::duration(d, &at.field("connectTimeout"), cx);
            }
            if let Some(d) = &tcp.max_connection_duration {
                rules::duration(d, &at.field("maxConnectionDuration"), cx);
            }
            // CP-12: `0s` (anything under a whole millisecond) disables the timeout.
            if let Some(d) = &tcp.idle_timeout
                && d.nanos() / 1_000_000 != 0
            {
                rules::duration(d, &at.field("idleTimeout"), cx);
            }
            if let Some(ka) = &tcp.tcp_keepalive {
                let at = at.field("tcpKeepalive");
                if let Some(d) = &ka.time {
                    rules::duration(d, &at.field("time"), cx);
                }
                if let Some(d) = &ka.interval {
                    rules::duration(d, &at.field("interval"), cx);
                }
            }
        }
    }
}

/// Envoy's primality test for maglev table sizes (1, 2 and 3 count as prime, 0 does not).
fn is_prime(x: u64) -> bool {
    if x != 0 && x < 4 {
        return true;
    }
    if x & 1 == 0 {
        return false;
    }
    let limit = (x as f64).sqrt() as u64;
    (3..=limit).step_by(2).all(|f| !x.is_multiple_of(f))
}

impl LoadBalancerSettings {
    /// LB-1..LB-12 and H-LOC, with the outlier detection of the enclosing policy (LB-9).
    pub fn check(&self, at: &Path<'_>, outlier: Option<&OutlierDetection>, cx: &mut Ctx<'_>) {
        if let Some(LbPolicy::ConsistentHash(ch)) = self.lb_policy() {
            let at = at.field("consistentHash");
            if let Some(HashKey::HttpCookie(cookie)) = ch.hash_key() {
                let cat = at.field("httpCookie");
                if !set(&cookie.name) {
                    cx.error(&cat.field("name"), "name required for HttpCookie");
                }
                if let Some(attrs) = &cookie.attributes {
                    let attrs_at = cat.field("attributes");
                    let mut seen = std::collections::BTreeSet::new();
                    for (i, a) in attrs.iter().enumerate() {
                        let el = attrs_at.index(i);
                        let name = a.name.as_deref().unwrap_or("");
                        if name.is_empty() {
                            cx.error(&el.field("name"), "cookie attribute name is required");
                        } else if !seen.insert(name) {
                            cx.error(&el.field("name"), format!("duplicate cookie attribute name: {name}"));
                        }
                    }
                }
            }
            let min_ring = ch.minimum_ring_size.map_or(0, |v| v.0);
            if min_ring != 0 {
                let mat = at.field("minimumRingSize");
                cx.warn(&mat, "consistent hash MinimumRingSize is deprecated, use ConsistentHashLB's RingHash configuration instead");
                if ch.hash_algorithm().is_some() {
                    cx.error(&mat, "only one of MinimumRingSize or Maglev/Ringhash can be specified");
                }
            }
            if let Some(HashAlgorithm::Maglev(ml)) = ch.hash_algorithm() {
                let tat = at.field("maglev");
                let tat = tat.field("tableSize");
                let size = ml.table_size.map_or(0, |v| v.0);
                if size == 0 {
                    cx.error(&tat, "tableSize must be set for maglev");
                }
                if size >= 5_000_011 {
                    cx.error(&tat, "tableSize must be less than 5000011 for maglev");
                }
                if !is_prime(size) {
                    cx.error(&tat, "tableSize must be a prime number for maglev");
                }
            }
        }
        if let Some(loc) = &self.locality_lb_setting {
            loc.check(&at.field("localityLbSetting"), outlier, cx);
        }
        if let Some(w) = &self.warmup {
            let wat = at.field("warmup");
            match &w.duration {
                None => cx.error(&wat.field("duration"), "duration is required"),
                Some(d) => rules::duration(d, &wat.field("duration"), cx),
            }
            if w.minimum_percent.as_ref().is_some_and(|p| p.get() > 100.0) {
                cx.error(
                    &wat.field("minimumPercent"),
                    "minimumPercent value should be less than or equal to 100",
                );
            }
            if w.aggression.as_ref().is_some_and(|a| a.get() < 1.0) {
                cx.error(&wat.field("aggression"), "aggression should be greater than or equal to 1");
            }
        }
    }
}

const TOPOLOGY_LABELS: [&str; 3] =
    ["topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone"];

impl LocalityLbSetting {
    /// H-LOC-1..H-LOC-9.
    pub fn check(&self, at: &Path<'_>, outlier: Option<&OutlierDetection>, cx: &mut Ctx<'_>) {
        let distribute = self.distribute.as_deref().unwrap_or(&[]);
        let failover = self.failover.as_deref().unwrap_or(&[]);
        let priority = self.failover_priority.as_deref().unwrap_or(&[]);
        if !distribute.is_empty() && !failover.is_empty() {
            cx.error(at, "can not simultaneously specify 'distribute' and 'failover'");
            return;
        }
        if !failover.is_empty()
            && let Some(label) = priority.iter().find(|l| TOPOLOGY_LABELS.contains(&l.as_str()))
        {
            cx.error(
                &at.field("failoverPriority"),
                format!("can not simultaneously set 'failover' and topology label '{label}' in 'failover_priority'"),
            );
            return;
        }
        let dist_at = at.field("distribute");
        for (i, d) in distribute.iter().enumerate() {
            let el = dist_at.index(i);
            let to_at = el.field("to");
            let to = d.to.clone().unwrap_or_default();
            let mut total: u64 = 0;
            for (loc, w) in &to {
                if w.0 == 0 || w.0 > 100 {
                    cx.error(&to_at.key(loc), "locality weight must be in range [1, 100]");
                    return;
                }
                total += w.0 as u64;
            }
            if total != 100 {
                cx.error(&to_at, format!("total locality weight {total} != 100"));
                return;
            }
            let keys: Vec<&str> = to.keys().map(String::as_str).collect();
            if let Err(e) = check_localities(&keys) {
                cx.error(&to_at, e);
            }
        }
        let froms: Vec<&str> = distribute.iter().map(|d| d.from.as_deref().unwrap_or("")).collect();
        if let Err(e) = check_localities(&froms) {
            cx.error(&dist_at, e);
        }
        if (!failover.is_empty() || !priority.is_empty()) && outlier.is_none() {
            let field = if failover.is_empty() { "failoverPriority" } else { "failover" };
            cx.warn(&at.field(field), "outlier detection policy must be provided for failover");
        }
        let fo_at = at.field("failover");
        for (i, f) in failover.iter().enumerate() {
            let el = fo_at.index(i);
            let (from, to) = (f.from.as_deref().unwrap_or(""), f.to.as_deref().unwrap_or(""));
            if from == to {
                cx.error(&el, format!("locality lb failover settings must specify different regions, got from: {from}, to: {to}"));
            }
            if from.contains('/') || to.contains('/') {
                cx.error(
                    &el,
                    format!("locality lb failover only specify region, got from: {from}, to: {to}"),
                );
            }
            if from.contains('*') || to.contains('*') {
                cx.error(&el, format!("locality lb failover region should not contain '*' wildcard, got from: {from}, to: {to}"));
            }
        }
    }
}

/// H-LOC-5: wildcard placement, empty segments and overlap within one list of localities.
fn check_localities(localities: &[&str]) -> Result<(), String> {
    use std::collections::{BTreeMap as Map, BTreeSet as Set};
    // region -> zone -> subzones ("*" marks "everything below")
    let mut seen: Map<String, Map<String, Set<String>>> = Map::new();
    let overlap = |l: &str| Err(format!("locality {l} overlap with previous specified ones"));
    for &l in localities {
        let stars = l.matches('*').count();
        if stars > 1 || (stars == 1 && !l.ends_with('*')) {
            return Err(format!("locality {l} wildcard '*' number can not exceed 1 and must be in the end"));
        }
        if seen.contains_key("*") {
            return overlap(l);
        }
        let parts: Vec<&str> = l.splitn(3, '/').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(format!("locality {l} must not contain empty region/zone/subzone info"));
        }
        let region = parts[0].to_string();
        match parts.len() {
            1 => {
                if seen.contains_key(&region) {
                    return overlap(l);
                }
                seen.insert(region, Map::from([("*".to_string(), Set::from(["*".to_string()]))]));
            }
            2 => {
                let zone = parts[1].to_string();
                let zones = seen.entry(region).or_default();
                if zones.contains_key("*") || zones.contains_key(&zone) {
                    return overlap(l);
                }
                zones.insert(zone, Set::from(["*".to_string()]));
            }
            _ => {
                let (zone, sub) = (parts[1].to_string(), parts[2].to_string());
                let zones = seen.entry(region).or_default();
                if zones.contains_key("*") {
                    return overlap(l);
                }
                let subs = zones.entry(zone).or_default();
                if subs.contains("*") || subs.contains(&sub) {
                    return overlap(l);
                }
                subs.insert(sub);
            }
        }
    }
    Ok(())
}

impl Validate for ClientTlsSettings {
    /// CTLS-1..CTLS-6.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let mode = self.mode.map(|m| m.resolve()).unwrap_or(ClientTlsMode::DISABLE);
        let sans = non_empty(&self.subject_alt_names);
        if self.insecure_skip_verify == Some(true) {
            let bad = match mode {
                ClientTlsMode::SIMPLE => set(&self.ca_certificates) || set(&self.credential_name) || sans,
                ClientTlsMode::MUTUAL => set(&self.ca_certificates) || sans,
                _ => false,
            };
            if bad {
                let what = if mode == ClientTlsMode::SIMPLE {
                    "caCertificates, credentialName or subjectAltNames"
                } else {
                    "caCertificates or subjectAltNames"
                };
                cx.error(
                    &at.field("insecureSkipVerify"),
                    format!("cannot set {what} when insecureSkipVerify is set true"),
                );
            }
        }
        let cred = self.credential_name.as_deref().unwrap_or("");
        if let Some(rest) = cred.strip_prefix("configmap://") {
            let cat = at.field("credentialName");
            match rest.split_once('/') {
                Some((ns, name)) if !ns.is_empty() && !name.is_empty() => {
                    if ns != cx.meta.namespace {
                        let msg = format!(
                            "invalid configmap:// credentialName {cred}: namespace {ns} must match the config namespace {}",
                            cx.meta.namespace
                        );
                        cx.error(&cat, msg);
                    }
                }
                _ => cx.error(
                    &cat,
                    format!(
                        "invalid configmap:// credentialName {cred}: expected configmap://<namespace>/<name>"
                    ),
                ),
            }
        }
        if matches!(mode, ClientTlsMode::SIMPLE | ClientTlsMode::MUTUAL) && !cred.is_empty() {
            if set(&self.client_certificate)
                || set(&self.ca_certificates)
                || set(&self.private_key)
                || set(&self.ca_crl)
            {
                cx.error(
                    &at.field("credentialName"),
                    "cannot specify client certificates or CA certificate or CA CRL If credentialName is set",
                );
            }
            return;
        }
        if mode == ClientTlsMode::MUTUAL {
            if !set(&self.client_certificate) {
                cx.error(&at.field("clientCertificate"), "client certificate required for mutual tls");
            }
            if !set(&self.private_key) {
                cx.error(&at.field("privateKey"), "private key required for mutual tls");
            }
        }
    }
}

/// Cipher suite names Envoy accepts on servers (STLS-2).
const VALID_CIPHERS: [&str; 15] = [
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
    "ECDHE-RSA-CHACHA20-POLY1305",
    "ECDHE-ECDSA-AES128-SHA",
    "ECDHE-RSA-AES128-SHA",
    "ECDHE-ECDSA-AES256-SHA",
    "ECDHE-RSA-AES256-SHA",
    "AES128-GCM-SHA256",
    "AES256-GCM-SHA384",
    "AES128-SHA",
    "AES256-SHA",
    "DES-CBC3-SHA",
];

fn valid_cipher(c: &str) -> bool {
    c.is_empty()
        || c == "ALL"
        || !c.chars().next().is_some_and(|f| f.is_ascii_alphanumeric())
        || VALID_CIPHERS.contains(&c)
}

/// Go's `%v` of a sorted string list: `[a b c]`.
fn go_list(items: &std::collections::BTreeSet<&str>) -> String {
    format!("[{}]", items.iter().copied().collect::<Vec<_>>().join(" "))
}

impl ServerTlsSettings {
    /// The effective mode (PASSTHROUGH when unset; raw numbers resolved).
    pub fn effective_mode(&self) -> ServerTlsMode {
        self.mode.map(|m| m.resolve()).unwrap_or(ServerTlsMode::PASSTHROUGH)
    }

    fn mode_name(&self) -> String {
        let m = self.effective_mode();
        m.name().map(str::to_string).unwrap_or_else(|| m.number().to_string())
    }
}

impl Validate for ServerTlsSettings {
    /// STLS-1..STLS-13.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        use std::collections::BTreeSet;
        let ciphers = self.cipher_suites.as_deref().unwrap_or(&[]);
        let min = self.min_protocol_version.map(|v| v.resolve());
        if matches!(min, Some(TlsProtocol::TLSV1_0 | TlsProtocol::TLSV1_1)) && ciphers.is_empty() {
            cx.warn(
                &at.field("minProtocolVersion"),
                "TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.",
            );
        }
        let (mut invalid, mut valid, mut dup) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for c in ciphers {
            if !valid_cipher(c) {
                invalid.insert(c.as_str());
            } else if !valid.insert(c.as_str()) {
                dup.insert(c.as_str());
            }
        }
        let cat = at.field("cipherSuites");
        if !invalid.is_empty() {
            cx.warn(&cat, format!("ignoring invalid cipher suites: {}", go_list(&invalid)));
        }
        if !dup.is_empty() {
            cx.warn(&cat, format!("ignoring duplicate cipher suites: {}", go_list(&dup)));
        }
        let mode = self.effective_mode();
        let (cert, key, ca) =
            (set(&self.server_certificate), set(&self.private_key), set(&self.ca_certificates));
        let (cred, creds, certs) = (
            set(&self.credential_name),
            non_empty(&self.credential_names),
            non_empty(&self.tls_certificates),
        );
        if mode == ServerTlsMode::ISTIO_MUTUAL {
            for (present, field, what) in [
                (cert, "serverCertificate", "server certificate"),
                (key, "privateKey", "private key"),
                (ca, "caCertificates", "CA bundle"),
                (certs, "tlsCertificates", "tlsCertificates"),
                (cred, "credentialName", "credentialName"),
                (creds, "credentialNames", "credentialNames"),
            ] {
                if present {
                    cx.error(&at.field(field), format!("ISTIO_MUTUAL TLS cannot have associated {what}"));
                }
            }
            return;
        }
        if matches!(mode, ServerTlsMode::PASSTHROUGH | ServerTlsMode::AUTO_PASSTHROUGH)
            && (set(&self.ca_crl) || cert || key || ca || certs || cred || creds)
        {
            cx.warn(at, format!("{} mode does not use certificates, they will be ignored", self.mode_name()));
        }
        let sources = [cert && key, cred, creds, certs].iter().filter(|s| **s).count();
        if sources > 1 {
            cx.error(at, "only one of credential_name, credential_names, server_certificate/private_key, tls_certificates should be specified");
        }
        let terminating =
            matches!(mode, ServerTlsMode::SIMPLE | ServerTlsMode::MUTUAL | ServerTlsMode::OPTIONAL_MUTUAL);
        if terminating && (cred || creds) {
            return;
        }
        if terminating {
            let prefix = if mode == ServerTlsMode::SIMPLE { "SIMPLE TLS" } else { "MUTUAL TLS" };
            if mode != ServerTlsMode::SIMPLE && !ca {
                cx.error(&at.field("caCertificates"), format!("{prefix} requires a client CA bundle"));
            }
            let list = self.tls_certificates.as_deref().unwrap_or(&[]);
            if list.len() > 2 {
                cx.warn(
                    &at.field("tlsCertificates"),
                    format!("{prefix} can support up to 2 server certificates"),
                );
            }
            if list.is_empty() {
                if !cert {
                    cx.error(
                        &at.field("serverCertificate"),
                        format!("{prefix} requires a server certificate"),
                    );
                }
                if !key {
                    cx.error(&at.field("privateKey"), format!("{prefix} requires a private key"));
                }
            } else {
                let lat = at.field("tlsCertificates");
                for (i, c) in list.iter().enumerate() {
                    let el = lat.index(i);
                    if !set(&c.server_certificate) {
                        cx.error(
                            &el.field("serverCertificate"),
                            format!("{prefix} requires a server certificate"),
                        );
                    }
                    if !set(&c.private_key) {
                        cx.error(&el.field("privateKey"), format!("{prefix} requires a private key"));
                    }
                }
            }
        }
        if set(&self.ca_crl) {
            if cred {
                cx.error(
                    &at.field("caCrl"),
                    "CRL is not supported with credentialName. CRL has to be specified in the credential",
                );
            }
            if mode == ServerTlsMode::SIMPLE {
                cx.error(&at.field("caCrl"), "CRL is not supported with SIMPLE TLS");
            }
        }
    }
}

/// Test helpers shared by the networking kinds' tables of rule cases.
#[cfg(test)]
pub(crate) mod testing {
    use crate::api::registry::KindDef;
    use crate::api::validation::{Finding, Level, Meta};

    /// What one case expects.
    pub enum Expect {
        /// An error at exactly this path whose message contains the text.
        Error(&'static str, &'static str),
        /// A warning at exactly this path whose message contains the text.
        Warn(&'static str, &'static str),
        /// No finding at all.
        Clean,
        /// Nothing at this path (other findings allowed).
        NothingAt(&'static str),
    }

    pub fn meta(name: &str, namespace: &str) -> Meta {
        Meta { name: name.into(), namespace: namespace.into(), ..Default::default() }
    }

    pub fn yaml(s: &str) -> serde_json::Value {
        serde_saphyr::from_str(s).expect("test YAML parses")
    }

    pub fn check_with(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<Finding> {
        (kind.check_spec)(&yaml(spec), meta)
    }

    pub fn check(kind: &KindDef, spec: &str) -> Vec<Finding> {
        check_with(kind, spec, &meta("n", "ns"))
    }

    /// Runs a table of `(rule id, spec YAML, expectation)` cases.
    pub fn run_cases<A: AsRef<str>, B: AsRef<str>>(kind: &KindDef, cases: &[(A, B, Expect)]) {
        for (id, spec, expect) in cases {
            let (id, spec) = (id.as_ref(), spec.as_ref());
            let found = check(kind, spec);
            let hit = |level: Level, path: &str, text: &str| {
                found.iter().any(|f| f.level == level && f.path == path && f.message.contains(text))
            };
            let ok = match expect {
                Expect::Error(p, t) => hit(Level::Error, p, t),
                Expect::Warn(p, t) => hit(Level::Warning, p, t),
                Expect::Clean => found.is_empty(),
                Expect::NothingAt(p) => !found.iter().any(|f| f.path == *p),
            };
            assert!(ok, "case {id} failed:\n{spec}\nfindings: {found:#?}");
        }
    }

    /// A rich spec round-trips and raises no finding.
    pub fn assert_roundtrip_clean(kind: &KindDef, spec: &str) {
        assert_roundtrip(kind, spec);
        let found = check(kind, spec);
        assert!(found.is_empty(), "{found:#?}");
    }

    /// YAML → typed → YAML keeps exactly what was written.
    pub fn assert_roundtrip(kind: &KindDef, spec: &str) {
        let v = yaml(spec);
        let back = (kind.roundtrip)(&v).expect("decodes");
        assert_eq!(back, v);
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{Expect::*, run_cases};
    use super::*;
    use crate::api::networking::{destination_rule, gateway};

    /// A DestinationRule spec with this `trafficPolicy` body.
    fn tp(body: &str) -> String {
        format!("host: reviews\ntrafficPolicy: {body}")
    }

    #[test]
    fn several_oneof_members_decode_and_the_last_declared_wins() {
        // Used to fail decoding ("oneof … is already set"); upstream keeps the last member.
        let both = tp("{loadBalancer: {simple: RANDOM, consistentHash: {httpCookie: {ttl: 0s}}}}");
        let found = super::testing::check(&destination_rule::KIND, &both);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.name");
        super::testing::assert_roundtrip(&destination_rule::KIND, &both);

        // hashKey: useSourceIp is declared after httpCookie, so the cookie is not checked (LB-1)…
        let lb: LoadBalancerSettings = serde_json::from_value(super::testing::yaml(
            "{consistentHash: {httpCookie: {ttl: 0s}, useSourceIp: true, ringHash: {}, maglev: {tableSize: 4}}}",
        ))
        .unwrap();
        let Some(LbPolicy::ConsistentHash(ch)) = lb.lb_policy() else { panic!("consistentHash wins") };
        assert_eq!(ch.hash_key(), Some(HashKey::UseSourceIp(true)));
        assert!(matches!(ch.hash_algorithm(), Some(HashAlgorithm::Maglev(_))));
        let cookie_ignored = tp("{loadBalancer: {consistentHash: {httpCookie: {ttl: 0s}, useSourceIp: true}}}");
        assert!(super::testing::check(&destination_rule::KIND, &cookie_ignored).is_empty());
        // …but it is checked when it is declared after the other member written.
        let cookie_kept = tp("{loadBalancer: {consistentHash: {httpHeaderName: x, httpCookie: {ttl: 0s}}}}");
        let found = super::testing::check(&destination_rule::KIND, &cookie_kept);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("name required for HttpCookie"));

        // hashAlgorithm: maglev wins over ringHash, so its table size is checked (LB-6).
        let spec = tp("{loadBalancer: {consistentHash: {httpQueryParameterName: q, ringHash: {}, maglev: {}}}}");
        let found = super::testing::check(&destination_rule::KIND, &spec);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found.iter().all(|f| f.path == "spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize"));
        let ok = tp("{loadBalancer: {consistentHash: {httpQueryParameterName: q, ringHash: {}}}}");
        assert!(super::testing::check(&destination_rule::KIND, &ok).is_empty());
    }

    #[test]
    fn lb_policy_alone() {
        let lb: LoadBalancerSettings = serde_json::from_value(super::testing::yaml("{simple: 2}")).unwrap();
        assert_eq!(lb.lb_policy(), Some(LbPolicy::Simple(SimpleLb::Number(2))));
        assert_eq!(LoadBalancerSettings::default().lb_policy(), None);
        let ch = ConsistentHashLb { http_header_name: Some("h".into()), ..Default::default() };
        assert_eq!(ch.hash_key(), Some(HashKey::HttpHeaderName("h")));
        assert_eq!(ch.hash_algorithm(), None);
    }

    #[test]
    fn oneof_messages_stay_strict() {
        for (spec, path) in [
            (tp("{loadBalancer: {simple: RANDOM, bogus: 1}}"), "spec.trafficPolicy.loadBalancer.bogus"),
            (
                tp("{loadBalancer: {consistentHash: {bogus: 1}}}"),
                "spec.trafficPolicy.loadBalancer.consistentHash.bogus",
            ),
        ] {
            let found = super::testing::check(&destination_rule::KIND, &spec);
            assert_eq!(found.len(), 1, "{found:#?}");
            assert_eq!(found[0].path, path);
            assert!(found[0].message.contains("unknown field"), "{}", found[0].message);
        }
        // snake_case names decode too
        let snake = tp(
            "{load_balancer: {consistent_hash: {http_query_parameter_name: q, ring_hash: {minimum_ring_size: 4}}}}",
        );
        assert!(super::testing::check(&destination_rule::KIND, &snake).is_empty());
    }

    #[test]
    fn primes_match_envoy() {
        assert!(is_prime(1) && is_prime(2) && is_prime(3) && is_prime(65537) && is_prime(5_000_011));
        assert!(!is_prime(0) && !is_prime(4) && !is_prime(1000) && !is_prime(9));
    }

    #[test]
    fn traffic_policy_rules() {
        let p = "spec.trafficPolicy";
        let cases: Vec<(&str, String, super::testing::Expect)> = vec![
            ("TP-1 fail", tp("{}"), Error(p, "at least one field")),
            ("TP-1 pass", tp("{retryBudget: {percent: 10.5}}"), Clean),
            (
                "TP-2 fail",
                tp("{tunnel: {targetHost: a.b, targetPort: 80}, proxyProtocol: {}}"),
                Error(p, "must not be set together"),
            ),
            ("TP-2 pass", tp("{tunnel: {targetHost: a.b, targetPort: 80}}"), Clean),
            (
                "TP-5 fail",
                tp("{portLevelSettings: [{tls: {mode: SIMPLE}}]}"),
                Error("spec.trafficPolicy.portLevelSettings[0].port", "must have valid port"),
            ),
            (
                "TP-6 fail",
                tp("{portLevelSettings: [{port: {number: 80}}]}"),
                Error(
                    "spec.trafficPolicy.portLevelSettings[0]",
                    "port traffic policy must have at least one field",
                ),
            ),
            (
                "TP-7 errors kept",
                tp("{portLevelSettings: [{port: {number: 80}, connectionPool: {}}]}"),
                Error("spec.trafficPolicy.portLevelSettings[0].connectionPool", "at least one field"),
            ),
            (
                "TP-7 warnings dropped",
                tp("{portLevelSettings: [{port: {number: 80}, outlierDetection: {consecutiveErrors: 3}}]}"),
                Clean,
            ),
            (
                "TP-8 fail",
                tp("{tunnel: {protocol: GET, targetHost: a.b, targetPort: 80}}"),
                Error("spec.trafficPolicy.tunnel.protocol", "\"CONNECT\" or \"POST\""),
            ),
            ("TP-8 pass", tp("{tunnel: {protocol: POST, targetHost: a.b, targetPort: 80}}"), Clean),
            (
                "TP-9 fail",
                tp("{tunnel: {targetHost: 'a..b', targetPort: 80}}"),
                Error("spec.trafficPolicy.tunnel.targetHost", "valid FQDN or IP address"),
            ),
            ("TP-9 ip", tp("{tunnel: {targetHost: 10.0.0.1, targetPort: 80}}"), Clean),
            (
                "TP-10 fail",
                tp("{tunnel: {targetHost: a.b}}"),
                Error("spec.trafficPolicy.tunnel.targetPort", "tunnel target port is invalid"),
            ),
            (
                "TP-11 fail",
                tp("{proxyProtocol: {version: 5}}"),
                Error("spec.trafficPolicy.proxyProtocol.version", "invalid: 5"),
            ),
            ("TP-11 pass", tp("{proxyProtocol: {version: 1}}"), Clean),
            (
                "TP-5..7 pass",
                tp("{portLevelSettings: [{port: {number: 80}, tls: {mode: ISTIO_MUTUAL}}]}"),
                Clean,
            ),
            (
                "TP-8..10 pass",
                tp("{tunnel: {protocol: CONNECT, targetHost: a.example.com, targetPort: 65535}}"),
                Clean,
            ),
            (
                "OD-1..6 pass",
                tp(
                    "{outlierDetection: {baseEjectionTime: 1ms, interval: 1s, consecutiveErrors: 0, consecutiveLocalOriginFailures: 0, maxEjectionPercent: 0, minHealthPercent: 100}}",
                ),
                Clean,
            ),
            (
                "OD-1 fail",
                tp("{outlierDetection: {baseEjectionTime: 0.5ms}}"),
                Error("spec.trafficPolicy.outlierDetection.baseEjectionTime", "greater than 1ms"),
            ),
            ("OD-1 pass", tp("{outlierDetection: {baseEjectionTime: 1ms}}"), Clean),
            (
                "OD-2 fail",
                tp("{outlierDetection: {interval: 1.5ms}}"),
                Error("spec.trafficPolicy.outlierDetection.interval", "ms precision"),
            ),
            (
                "OD-3 warn",
                tp("{outlierDetection: {consecutiveErrors: 3}}"),
                Warn("spec.trafficPolicy.outlierDetection.consecutiveErrors", "deprecated"),
            ),
            (
                "OD-4 fail",
                tp("{outlierDetection: {consecutiveLocalOriginFailures: 3}}"),
                Error(
                    "spec.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures",
                    "split external local origin errors",
                ),
            ),
            (
                "OD-4 pass",
                tp(
                    "{outlierDetection: {consecutiveLocalOriginFailures: 3, splitExternalLocalOriginErrors: true}}",
                ),
                Clean,
            ),
            (
                "OD-5 fail",
                tp("{outlierDetection: {maxEjectionPercent: 101}}"),
                Error(
                    "spec.trafficPolicy.outlierDetection.maxEjectionPercent",
                    "percentage 101 is not in range 0..100",
                ),
            ),
            (
                "OD-6 fail",
                tp("{outlierDetection: {minHealthPercent: -1}}"),
                Error("spec.trafficPolicy.outlierDetection.minHealthPercent", "not in range"),
            ),
            ("OD-5/6 pass", tp("{outlierDetection: {maxEjectionPercent: 100, minHealthPercent: 0}}"), Clean),
            (
                "CP-1 fail",
                tp("{connectionPool: {}}"),
                Error("spec.trafficPolicy.connectionPool", "connection pool must have at least one field"),
            ),
            (
                "CP-2 fail",
                tp("{connectionPool: {http: {http1MaxPendingRequests: -1}}}"),
                Error("spec.trafficPolicy.connectionPool.http.http1MaxPendingRequests", "non-negative"),
            ),
            (
                "CP-3 fail",
                tp("{connectionPool: {http: {http2MaxRequests: -1}}}"),
                Error("spec.trafficPolicy.connectionPool.http.http2MaxRequests", "non-negative"),
            ),
            (
                "CP-4 fail",
                tp("{connectionPool: {http: {maxRequestsPerConnection: -1}}}"),
                Error("spec.trafficPolicy.connectionPool.http.maxRequestsPerConnection", "non-negative"),
            ),
            (
                "CP-5 fail",
                tp("{connectionPool: {http: {maxRetries: -1}}}"),
                Error("spec.trafficPolicy.connectionPool.http.maxRetries", "non-negative"),
            ),
            (
                "CP-6 fail",
                tp("{connectionPool: {http: {idleTimeout: 0s}}}"),
                Error("spec.trafficPolicy.connectionPool.http.idleTimeout", "greater than 1ms"),
            ),
            (
                "CP-7 fail",
                tp("{connectionPool: {http: {h2UpgradePolicy: UPGRADE, useClientProtocol: true}}}"),
                Error("spec.trafficPolicy.connectionPool.http.useClientProtocol", "UPGRADE"),
            ),
            (
                "CP-7 raw number",
                tp("{connectionPool: {http: {h2UpgradePolicy: 2, useClientProtocol: true}}}"),
                Error("spec.trafficPolicy.connectionPool.http.useClientProtocol", "UPGRADE"),
            ),
            (
                "CP-7 pass",
                tp("{connectionPool: {http: {h2UpgradePolicy: UPGRADE, useClientProtocol: false}}}"),
                Clean,
            ),
            (
                "CP-8 fail",
                tp("{connectionPool: {http: {maxConcurrentStreams: -1}}}"),
                Error("spec.trafficPolicy.connectionPool.http.maxConcurrentStreams", "non-negative"),
            ),
            (
                "CP-9 fail",
                tp("{connectionPool: {tcp: {maxConnections: -1}}}"),
                Error("spec.trafficPolicy.connectionPool.tcp.maxConnections", "non-negative"),
            ),
            (
                "CP-10 fail",
                tp("{connectionPool: {tcp: {connectTimeout: 100us}}}"),
                Error("spec.trafficPolicy.connectionPool.tcp.connectTimeout", "greater than 1ms"),
            ),
            (
                "CP-11 fail",
                tp("{connectionPool: {tcp: {maxConnectionDuration: 0s}}}"),
                Error("spec.trafficPolicy.connectionPool.tcp.maxConnectionDuration", "greater than 1ms"),
            ),
            (
                "CP-12 fail",
                tp("{connectionPool: {tcp: {idleTimeout: 1.5ms}}}"),
                Error("spec.trafficPolicy.connectionPool.tcp.idleTimeout", "ms precision"),
            ),
            ("CP-12 zero disables", tp("{connectionPool: {tcp: {idleTimeout: 0s}}}"), Clean),
            ("CP-12 sub-ms skipped", tp("{connectionPool: {tcp: {idleTimeout: 0.5ms}}}"), Clean),
            (
                "CP-13 fail",
                tp("{connectionPool: {tcp: {tcpKeepalive: {time: 100us}}}}"),
                Error("spec.trafficPolicy.connectionPool.tcp.tcpKeepalive.time", "greater than 1ms"),
            ),
            (
                "CP-14 fail",
                tp("{connectionPool: {tcp: {tcpKeepalive: {interval: 10us}}}}"),
                Error("spec.trafficPolicy.connectionPool.tcp.tcpKeepalive.interval", "greater than 1ms"),
            ),
            ("CP pass", tp("{connectionPool: {tcp: {tcpKeepalive: {time: 10s, interval: 1s}}}}"), Clean),
            (
                "CP-1..14 pass",
                tp(
                    "{connectionPool: {http: {http1MaxPendingRequests: 0, http2MaxRequests: 0, maxRequestsPerConnection: 0, maxRetries: 0, idleTimeout: 1ms, h2UpgradePolicy: UPGRADE, maxConcurrentStreams: 0}, tcp: {maxConnections: 0, connectTimeout: 1ms, maxConnectionDuration: 1ms, idleTimeout: 2ms, tcpKeepalive: {time: 1ms, interval: 1ms}}}}",
                ),
                Clean,
            ),
            (
                "LB-1..5 pass",
                tp(
                    "{loadBalancer: {consistentHash: {httpCookie: {name: c, attributes: [{name: a}, {name: b}]}, minimumRingSize: 0, ringHash: {minimumRingSize: 8}}}}",
                ),
                Clean,
            ),
            (
                "LB oneof: both members written pass",
                tp("{loadBalancer: {simple: RANDOM, consistentHash: {useSourceIp: true}}}"),
                Clean,
            ),
            (
                "LB hashKey oneof: both members written pass",
                tp("{loadBalancer: {consistentHash: {useSourceIp: true, httpHeaderName: x}}}"),
                Clean,
            ),
            (
                "LB-1 fail",
                tp("{loadBalancer: {consistentHash: {httpCookie: {ttl: 0s}}}}"),
                Error(
                    "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.name",
                    "name required for HttpCookie",
                ),
            ),
            (
                "LB-2 fail",
                tp("{loadBalancer: {consistentHash: {httpCookie: {name: c, attributes: [{value: x}]}}}}"),
                Error(
                    "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes[0].name",
                    "name is required",
                ),
            ),
            (
                "LB-3 fail",
                tp(
                    "{loadBalancer: {consistentHash: {httpCookie: {name: c, attributes: [{name: a}, {name: a}]}}}}",
                ),
                Error(
                    "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes[1].name",
                    "duplicate cookie attribute name",
                ),
            ),
            (
                "LB-4 warn",
                tp("{loadBalancer: {consistentHash: {useSourceIp: true, minimumRingSize: 1024}}}"),
                Warn("spec.trafficPolicy.loadBalancer.consistentHash.minimumRingSize", "deprecated"),
            ),
            (
                "LB-5 fail",
                tp(
                    "{loadBalancer: {consistentHash: {useSourceIp: true, minimumRingSize: 1024, ringHash: {}}}}",
                ),
                Error(
                    "spec.trafficPolicy.loadBalancer.consistentHash.minimumRingSize",
                    "only one of MinimumRingSize",
                ),
            ),
            (
                "LB-6 fail",
                tp("{loadBalancer: {consistentHash: {useSourceIp: true, maglev: {}}}}"),
                Error(
                    "spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize",
                    "tableSize must be set",
                ),
            ),
            (
                "LB-7 fail",
                tp("{loadBalancer: {consistentHash: {useSourceIp: true, maglev: {tableSize: 5000011}}}}"),
                Error("spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize", "less than 5000011"),
            ),
            (
                "LB-8 fail",
                tp("{loadBalancer: {consistentHash: {httpHeaderName: x-user, maglev: {tableSize: 1000}}}}"),
                Error("spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize", "prime"),
            ),
            (
                "LB-6..8 pass",
                tp("{loadBalancer: {consistentHash: {httpHeaderName: x-user, maglev: {tableSize: 65537}}}}"),
                Clean,
            ),
            (
                "LB-9 uses policy OD",
                tp(
                    "{outlierDetection: {}, loadBalancer: {localityLbSetting: {failover: [{from: a, to: b}]}}}",
                ),
                Clean,
            ),
            (
                "LB-10 missing",
                tp("{loadBalancer: {warmup: {minimumPercent: 10.5}}}"),
                Error("spec.trafficPolicy.loadBalancer.warmup.duration", "duration is required"),
            ),
            (
                "LB-10 dur",
                tp("{loadBalancer: {warmup: {duration: 0.5ms}}}"),
                Error("spec.trafficPolicy.loadBalancer.warmup.duration", "greater than 1ms"),
            ),
            (
                "LB-11 fail",
                tp("{loadBalancer: {warmup: {duration: 1s, minimumPercent: 150.5}}}"),
                Error("spec.trafficPolicy.loadBalancer.warmup.minimumPercent", "less than or equal to 100"),
            ),
            (
                "LB-12 fail",
                tp("{loadBalancer: {warmup: {duration: 1s, aggression: 0.5}}}"),
                Error("spec.trafficPolicy.loadBalancer.warmup.aggression", "greater than or equal to 1"),
            ),
            (
                "LB-10..12 pass",
                tp(
                    "{loadBalancer: {simple: ROUND_ROBIN, warmup: {duration: 1s, aggression: 1.5, minimumPercent: 99.5}}}",
                ),
                Clean,
            ),
            (
                "LB-11 fail on Infinity",
                tp("{loadBalancer: {warmup: {duration: 1s, minimumPercent: Infinity}}}"),
                Error("spec.trafficPolicy.loadBalancer.warmup.minimumPercent", "less than or equal to 100"),
            ),
            (
                "LB-12 fail on -Infinity",
                tp("{loadBalancer: {warmup: {duration: 1s, aggression: '-Infinity'}}}"),
                Error("spec.trafficPolicy.loadBalancer.warmup.aggression", "greater than or equal to 1"),
            ),
            (
                "LB-11/12 pass on NaN (Go's comparisons with NaN are false)",
                tp("{loadBalancer: {warmup: {duration: 1s, aggression: NaN, minimumPercent: NaN}}, retryBudget: {percent: NaN}}"),
                Clean,
            ),
        ];
        run_cases(&destination_rule::KIND, &cases);
    }

    #[test]
    fn locality_and_client_tls_rules() {
        let loc = |body: &str| {
            tp(&format!("{{outlierDetection: {{}}, loadBalancer: {{localityLbSetting: {body}}}}}"))
        };
        let l = "spec.trafficPolicy.loadBalancer.localityLbSetting";
        let cases: Vec<(&str, String, super::testing::Expect)> = vec![
            (
                "H-LOC-1 fail",
                loc("{distribute: [{from: a, to: {b: 100}}], failover: [{from: a, to: b}]}"),
                Error(l, "'distribute' and 'failover'"),
            ),
            (
                "H-LOC-2 fail",
                loc("{failover: [{from: a, to: b}], failoverPriority: [topology.kubernetes.io/region]}"),
                Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority", "topology label"),
            ),
            (
                "H-LOC-2 pass",
                loc("{failover: [{from: a, to: b}], failoverPriority: [topology.istio.io/network]}"),
                Clean,
            ),
            (
                "H-LOC-3 fail",
                loc("{distribute: [{from: 'a/*', to: {'b/*': 0, 'c/*': 100}}]}"),
                Error(
                    "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to[b/*]",
                    "range [1, 100]",
                ),
            ),
            (
                "H-LOC-4 fail",
                loc("{distribute: [{from: 'a/*', to: {'b/*': 40, 'c/*': 50}}]}"),
                Error(
                    "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to",
                    "total locality weight 90 != 100",
                ),
            ),
            (
                "H-LOC-5 overlap",
                loc("{distribute: [{from: 'a/*', to: {'us-west': 50, 'us-west/zone1': 50}}]}"),
                Error("spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to", "overlap"),
            ),
            (
                "H-LOC-5 wildcard",
                loc("{distribute: [{from: 'a*b', to: {c: 100}}]}"),
                Error("spec.trafficPolicy.loadBalancer.localityLbSetting.distribute", "wildcard"),
            ),
            (
                "H-LOC-5 empty segment",
                loc("{distribute: [{from: 'a//c', to: {c: 100}}]}"),
                Error(
                    "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute",
                    "empty region/zone/subzone",
                ),
            ),
            (
                "H-LOC-3..5 pass",
                loc(
                    "{distribute: [{from: 'us-west/zone1/*', to: {'us-west/zone1/*': 80, 'us-west/zone2/*': 20}}, {from: 'us-east/*', to: {'*': 100}}]}",
                ),
                Clean,
            ),
            (
                "H-LOC-6 warn",
                tp("{loadBalancer: {localityLbSetting: {failoverPriority: [a]}}}"),
                Warn(
                    "spec.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority",
                    "outlier detection policy must be provided",
                ),
            ),
            (
                "H-LOC-7 fail",
                loc("{failover: [{from: a, to: a}]}"),
                Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]", "different regions"),
            ),
            (
                "H-LOC-8 fail",
                loc("{failover: [{from: a/b, to: c}]}"),
                Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]", "only specify region"),
            ),
            (
                "H-LOC-9 fail",
                loc("{failover: [{from: 'a*', to: c}]}"),
                Error("spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]", "'*' wildcard"),
            ),
            (
                "CTLS-1 namespace",
                tp("{tls: {mode: SIMPLE, credentialName: 'configmap://other/cm'}}"),
                Error("spec.trafficPolicy.tls.credentialName", "configmap://"),
            ),
            (
                "CTLS-1 shape",
                tp("{tls: {mode: SIMPLE, credentialName: 'configmap://ns/'}}"),
                Error("spec.trafficPolicy.tls.credentialName", "invalid configmap://"),
            ),
            ("CTLS-1 pass", tp("{tls: {mode: SIMPLE, credentialName: 'configmap://ns/cm'}}"), Clean),
            (
                "CTLS-2 fail",
                tp("{tls: {mode: SIMPLE, insecureSkipVerify: true, caCertificates: /ca.pem}}"),
                Error("spec.trafficPolicy.tls.insecureSkipVerify", "insecureSkipVerify"),
            ),
            ("CTLS-2 pass", tp("{tls: {mode: SIMPLE, insecureSkipVerify: true}}"), Clean),
            (
                "CTLS-3 fail",
                tp(
                    "{tls: {mode: MUTUAL, insecureSkipVerify: true, subjectAltNames: [a], clientCertificate: c, privateKey: k}}",
                ),
                Error("spec.trafficPolicy.tls.insecureSkipVerify", "insecureSkipVerify"),
            ),
            (
                "CTLS-4 fail",
                tp("{tls: {mode: SIMPLE, credentialName: secret, caCertificates: /ca.pem}}"),
                Error("spec.trafficPolicy.tls.credentialName", "If credentialName is set"),
            ),
            ("CTLS-4 stops", tp("{tls: {mode: MUTUAL, credentialName: secret}}"), Clean),
            (
                "CTLS-5 fail",
                tp("{tls: {mode: MUTUAL, privateKey: k}}"),
                Error("spec.trafficPolicy.tls.clientCertificate", "client certificate required"),
            ),
            (
                "CTLS-6 fail",
                tp("{tls: {mode: MUTUAL, clientCertificate: c}}"),
                Error("spec.trafficPolicy.tls.privateKey", "private key required"),
            ),
            ("CTLS-5/6 pass", tp("{tls: {mode: MUTUAL, clientCertificate: c, privateKey: k}}"), Clean),
            (
                "CTLS-3 pass",
                tp("{tls: {mode: MUTUAL, insecureSkipVerify: true, clientCertificate: c, privateKey: k}}"),
                Clean,
            ),
            (
                "H-LOC-1,6..9 pass",
                loc(
                    "{failover: [{from: us-east, to: eu-west}], failoverPriority: [topology.istio.io/network]}",
                ),
                Clean,
            ),
        ];
        run_cases(&destination_rule::KIND, &cases);
    }

    #[test]
    fn server_tls_rules() {
        let gw = |tls: &str| {
            format!(
                "servers: [{{port: {{number: 443, name: https, protocol: HTTPS}}, hosts: ['*'], tls: {tls}}}]"
            )
        };
        let t = "spec.servers[0].tls";
        let cases: Vec<(&str, String, super::testing::Expect)> = vec![
            (
                "STLS-1 warn",
                gw("{mode: SIMPLE, serverCertificate: c, privateKey: k, minProtocolVersion: TLSV1_1}"),
                Warn("spec.servers[0].tls.minProtocolVersion", "below TLSV1_2"),
            ),
            (
                "STLS-1 pass",
                gw(
                    "{mode: SIMPLE, serverCertificate: c, privateKey: k, minProtocolVersion: TLSV1_0, cipherSuites: [AES128-SHA]}",
                ),
                Clean,
            ),
            (
                "STLS-2 warn",
                gw(
                    "{mode: SIMPLE, serverCertificate: c, privateKey: k, cipherSuites: [ZZZ, FOO, ECDHE-RSA-AES128-SHA]}",
                ),
                Warn("spec.servers[0].tls.cipherSuites", "ignoring invalid cipher suites: [FOO ZZZ]"),
            ),
            (
                "STLS-2 pass",
                gw(
                    "{mode: SIMPLE, serverCertificate: c, privateKey: k, cipherSuites: [ALL, '-X', '!Y', '']}",
                ),
                Clean,
            ),
            (
                "STLS-3 warn",
                gw(
                    "{mode: SIMPLE, serverCertificate: c, privateKey: k, cipherSuites: [AES128-SHA, AES128-SHA]}",
                ),
                Warn("spec.servers[0].tls.cipherSuites", "ignoring duplicate cipher suites: [AES128-SHA]"),
            ),
            (
                "STLS-4 fail",
                gw("{mode: ISTIO_MUTUAL, serverCertificate: c}"),
                Error(
                    "spec.servers[0].tls.serverCertificate",
                    "ISTIO_MUTUAL TLS cannot have associated server certificate",
                ),
            ),
            (
                "STLS-4 credentialNames",
                gw("{mode: ISTIO_MUTUAL, credentialNames: [a]}"),
                Error("spec.servers[0].tls.credentialNames", "ISTIO_MUTUAL"),
            ),
            ("STLS-4 pass", gw("{mode: ISTIO_MUTUAL}"), Clean),
            (
                "STLS-5 warn",
                gw("{credentialName: app-cert}"),
                Warn(t, "PASSTHROUGH mode does not use certificates"),
            ),
            (
                "STLS-5 auto",
                gw("{mode: AUTO_PASSTHROUGH, caCrl: x}"),
                Warn(t, "AUTO_PASSTHROUGH mode does not use certificates"),
            ),
            ("STLS-5 pass", gw("{mode: PASSTHROUGH}"), Clean),
            (
                "STLS-6 fail",
                gw(
                    "{mode: SIMPLE, credentialName: a, tlsCertificates: [{serverCertificate: c, privateKey: k}]}",
                ),
                Error(t, "only one of credential_name"),
            ),
            ("STLS-7 stops", gw("{mode: OPTIONAL_MUTUAL, credentialNames: [a]}"), Clean),
            (
                "STLS-8 fail",
                gw("{mode: MUTUAL, serverCertificate: c, privateKey: k}"),
                Error("spec.servers[0].tls.caCertificates", "MUTUAL TLS requires a client CA bundle"),
            ),
            (
                "STLS-9 warn",
                gw(
                    "{mode: SIMPLE, tlsCertificates: [{serverCertificate: a, privateKey: a}, {serverCertificate: b, privateKey: b}, {serverCertificate: c, privateKey: c}]}",
                ),
                Warn("spec.servers[0].tls.tlsCertificates", "up to 2 server certificates"),
            ),
            (
                "STLS-10 fail",
                gw("{mode: SIMPLE, privateKey: k}"),
                Error("spec.servers[0].tls.serverCertificate", "SIMPLE TLS requires a server certificate"),
            ),
            (
                "STLS-10 list",
                gw("{mode: MUTUAL, caCertificates: ca, tlsCertificates: [{privateKey: k}]}"),
                Error(
                    "spec.servers[0].tls.tlsCertificates[0].serverCertificate",
                    "MUTUAL TLS requires a server certificate",
                ),
            ),
            (
                "STLS-11 fail",
                gw("{mode: SIMPLE, serverCertificate: c}"),
                Error("spec.servers[0].tls.privateKey", "SIMPLE TLS requires a private key"),
            ),
            ("STLS-10/11 pass", gw("{mode: SIMPLE, serverCertificate: c, privateKey: k}"), Clean),
            (
                "STLS-12 fail",
                gw("{credentialName: a, caCrl: crl}"),
                Error("spec.servers[0].tls.caCrl", "CRL is not supported with credentialName"),
            ),
            (
                "STLS-13 fail",
                gw("{mode: SIMPLE, serverCertificate: c, privateKey: k, caCrl: crl}"),
                Error("spec.servers[0].tls.caCrl", "CRL is not supported with SIMPLE TLS"),
            ),
            (
                "STLS-13 pass",
                gw("{mode: MUTUAL, serverCertificate: c, privateKey: k, caCertificates: ca, caCrl: crl}"),
                Clean,
            ),
        ];
        run_cases(&gateway::KIND, &cases);
    }
}

#[cfg(test)]
mod harness_tests {
    use super::testing::{Expect::*, run_cases};
    use crate::api::networking::destination_rule;

    #[test]
    #[should_panic(expected = "case wrong-path failed")]
    fn run_cases_fails_on_a_wrong_path() {
        run_cases(
            &destination_rule::KIND,
            &[("wrong-path", "host: 'a..b'", Error("spec.trafficPolicy", "invalid"))],
        );
    }

    #[test]
    #[should_panic(expected = "case not-clean failed")]
    fn run_cases_fails_when_not_clean() {
        run_cases(&destination_rule::KIND, &[("not-clean", "host: 'a..b'", Clean)]);
    }
}
