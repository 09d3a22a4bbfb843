//! The VirtualService wire types, field for field as the CRD lists them (proto order), plus the
//! small value types they need. Every field is optional and skipped when absent so a decode →
//! encode round trip keeps what the user wrote. No rules here (see `validate.rs`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use crate::api::common::{Double, Duration, Int32, UInt32};
use crate::api::schema::{CEL_DURATION, CelAt, at_most_one_of, cel, last_declared};
use crate::api::selectors::PortSelector;
use crate::proto_enum;

// ---------------------------------------------------------------------------------------------
// Small value types
// ---------------------------------------------------------------------------------------------

/// A proto `bytes` field: standard base64 text (padded), kept as written; bad base64 fails
/// decoding as it does upstream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base64(pub String);

impl Base64 {
    /// The decoded bytes (the text was checked at decode time).
    pub fn decoded_len(&self) -> usize {
        decode_base64(&self.0).map(|b| b.len()).unwrap_or(0)
    }
}

/// Decodes standard, padded base64, skipping `\r` and `\n` (Go's `encoding/json` rules).
pub fn decode_base64(s: &str) -> Option<Vec<u8>> {
    fn val(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    }
    let clean: Vec<u8> = s.bytes().filter(|c| *c != b'\r' && *c != b'\n').collect();
    if !clean.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(clean.len() / 4 * 3);
    for (i, chunk) in clean.chunks(4).enumerate() {
        let last = i + 1 == clean.len() / 4;
        let pad = chunk.iter().rev().take_while(|c| **c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n: u32 = 0;
        for &c in &chunk[..4 - pad] {
            n = (n << 6) | val(c)?;
        }
        n <<= 6 * pad as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

impl Serialize for Base64 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Base64 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match decode_base64(&s) {
            Some(_) => Ok(Base64(s)),
            None => Err(de::Error::custom(format!("illegal base64 data in {s:?}"))),
        }
    }
}

impl JsonSchema for Base64 {
    fn schema_name() -> Cow<'static, str> {
        "Base64".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "byte" })
    }
}

/// A percentage as a fraction-capable number (`{value: 0.5}`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Percent {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Double>,
}

impl Percent {
    pub fn value(&self) -> f64 {
        self.value.as_ref().map(Double::get).unwrap_or(0.0)
    }
}

/// A string matcher: exact, prefix or RE2 regex (a proto `oneof`: at most one may be set).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = |s: &mut Schema| at_most_one_of(s, &["exact", "prefix", "regex"]))]
pub struct StringMatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exact: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regex: Option<String>,
}

/// The member of a [`StringMatch`] that is in effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchKind<'a> {
    Exact(&'a str),
    Prefix(&'a str),
    Regex(&'a str),
}

impl StringMatch {
    /// The member upstream keeps (see [`last_declared`]): regex, then prefix, then exact.
    pub fn effective(&self) -> Option<MatchKind<'_>> {
        last_declared([
            self.exact.as_deref().map(MatchKind::Exact),
            self.prefix.as_deref().map(MatchKind::Prefix),
            self.regex.as_deref().map(MatchKind::Regex),
        ])
    }
}

/// Where traffic goes: a service host, an optional subset and port.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    /// Service name from the registry (short names resolve in the rule's namespace).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub host: Option<String>,
    /// Named subset of the host's DestinationRule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subset: Option<String>,
    /// Port on the host.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<PortSelector>,
}

/// Header changes for requests and responses.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Headers {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<HeaderOperations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<HeaderOperations>,
}

/// Set (overwrite), add (append) and remove headers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeaderOperations {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove: Option<Vec<String>>,
}

// ---------------------------------------------------------------------------------------------
// The spec
// ---------------------------------------------------------------------------------------------

/// Routing rules for traffic addressed to a set of hosts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct VirtualServiceSpec {
    /// Destination hosts these rules apply to; none makes this a delegate VirtualService.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hosts: Option<Vec<String>>,
    /// Gateways (`namespace/name`, or `mesh` for sidecars) the rules are attached to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<String>>,
    /// HTTP/1.1, HTTP/2 and gRPC routes, tried in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http: Option<Vec<HttpRoute>>,
    /// Routes for TLS/HTTPS traffic that is not terminated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<Vec<TlsRoute>>,
    /// Routes for opaque TCP traffic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tcp: Option<Vec<TcpRoute>>,
    /// Namespaces this VirtualService is visible to (`.`, `*` or names).
    #[serde(skip_serializing_if = "Option::is_none", alias = "export_to")]
    pub export_to: Option<Vec<String>>,
}

/// Copies the `mirrorPercent` property to the `mirror_percent` spelling: upstream's CRD lists
/// both names for that deprecated field.
fn mirror_percent_both_spellings(schema: &mut Schema) {
    let props = schema.get_mut("properties").and_then(|p| p.as_object_mut());
    if let Some(props) = props
        && let Some(v) = props.get("mirrorPercent").cloned()
    {
        props.insert("mirror_percent".into(), v);
    }
}

/// One HTTP rule: conditions, and what to do with matching requests.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = mirror_percent_both_spellings)]
pub struct HttpRoute {
    /// Name of the route, used in logs and access logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Conditions (ORed) the request must meet.
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    pub match_: Option<Vec<HttpMatchRequest>>,
    /// Weighted destinations for matching requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<Vec<HttpRouteDestination>>,
    /// Answer with an HTTP redirect instead of forwarding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirect: Option<HttpRedirect>,
    /// Answer directly with a fixed status and body.
    #[serde(skip_serializing_if = "Option::is_none", alias = "direct_response")]
    pub direct_response: Option<HttpDirectResponse>,
    /// Hand the rest of routing to another VirtualService.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delegate: Option<Delegate>,
    /// Rewrite the path or authority before forwarding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rewrite: Option<HttpRewrite>,
    /// Request timeout.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub timeout: Option<Duration>,
    /// Retry policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retries: Option<HttpRetry>,
    /// Fault injection (delays and aborts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fault: Option<HttpFaultInjection>,
    /// Mirror traffic to this destination too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror: Option<Destination>,
    /// Several mirror destinations, each with its own percentage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirrors: Option<Vec<HttpMirrorPolicy>>,
    /// Deprecated integer mirror percentage (CRD also lists it as `mirror_percent`).
    #[serde(rename = "mirrorPercent", alias = "mirror_percent", skip_serializing_if = "Option::is_none")]
    pub mirror_percent: Option<UInt32>,
    /// Share of traffic to mirror.
    #[serde(skip_serializing_if = "Option::is_none", alias = "mirror_percentage")]
    pub mirror_percentage: Option<Percent>,
    /// Cross-origin resource sharing policy.
    #[serde(skip_serializing_if = "Option::is_none", alias = "cors_policy")]
    pub cors_policy: Option<CorsPolicy>,
    /// Header changes applied on this route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<Headers>,
}

/// Where a delegating route hands over: a VirtualService by name and namespace.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Delegate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// Conditions on an HTTP request (all must hold).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpMatchRequest {
    /// Name of the match, appended to the route's name in logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<StringMatch>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<StringMatch>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<StringMatch>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<StringMatch>,
    /// Request headers that must match (keys lower case; JWT claims via `@request.auth.claims.…`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<BTreeMap<String, StringMatch>>,
    /// Port the request arrived on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<UInt32>,
    /// Labels of the calling workload.
    #[serde(skip_serializing_if = "Option::is_none", alias = "source_labels")]
    pub source_labels: Option<BTreeMap<String, String>>,
    /// Gateways this match is limited to (overrides the spec's list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<String>>,
    /// Query parameters that must match.
    #[serde(skip_serializing_if = "Option::is_none", alias = "query_params")]
    pub query_params: Option<BTreeMap<String, StringMatch>>,
    /// Match the URI case-insensitively.
    #[serde(skip_serializing_if = "Option::is_none", alias = "ignore_uri_case")]
    pub ignore_uri_case: Option<bool>,
    /// Headers that must not match.
    #[serde(skip_serializing_if = "Option::is_none", alias = "without_headers")]
    pub without_headers: Option<BTreeMap<String, StringMatch>>,
    /// Namespace of the calling workload.
    #[serde(skip_serializing_if = "Option::is_none", alias = "source_namespace")]
    pub source_namespace: Option<String>,
    /// Prefix for this match's statistics.
    #[serde(skip_serializing_if = "Option::is_none", alias = "stat_prefix")]
    pub stat_prefix: Option<String>,
}

/// One weighted HTTP destination.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpRouteDestination {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub destination: Option<Destination>,
    /// Relative share of traffic.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<Int32>,
    /// Header changes when this destination is chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<Headers>,
}

/// One weighted TCP/TLS destination.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteDestination {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub destination: Option<Destination>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<Int32>,
}

proto_enum!(pub RedirectPortSelection { FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT });

/// An HTTP redirect answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| at_most_one_of(s, &["port", "derivePort"]))]
pub struct HttpRedirect {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<UInt32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "derive_port")]
    pub derive_port: Option<RedirectPortSelection>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// Status code of the redirect (default 301).
    #[serde(skip_serializing_if = "Option::is_none", alias = "redirect_code")]
    pub redirect_code: Option<UInt32>,
}

/// A fixed answer: status and optional body.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpDirectResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub status: Option<UInt32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<HttpBody>,
}

/// A response body, as text or base64 bytes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = |s: &mut Schema| at_most_one_of(s, &["string", "bytes"]))]
pub struct HttpBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub string: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<Base64>,
}

/// Path and authority rewrites.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpRewrite {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "uri_regex_rewrite")]
    pub uri_regex_rewrite: Option<RegexRewrite>,
}

/// Rewrite the path with an RE2 pattern and a substitution.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegexRewrite {
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    pub match_: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rewrite: Option<String>,
}

/// Retry policy of a route.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpRetry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempts: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "per_try_timeout")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub per_try_timeout: Option<Duration>,
    /// Comma-separated retry conditions.
    #[serde(skip_serializing_if = "Option::is_none", alias = "retry_on")]
    pub retry_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "retry_remote_localities")]
    pub retry_remote_localities: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "retry_ignore_previous_hosts")]
    pub retry_ignore_previous_hosts: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub backoff: Option<Duration>,
}

proto_enum!(pub UnmatchedPreflights { UNSPECIFIED, FORWARD, IGNORE });

/// Cross-origin resource sharing settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CorsPolicy {
    /// Deprecated exact-match origins (use `allowOrigins`).
    #[serde(skip_serializing_if = "Option::is_none", alias = "allow_origin")]
    pub allow_origin: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "allow_origins")]
    pub allow_origins: Option<Vec<StringMatch>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "allow_methods")]
    pub allow_methods: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "allow_headers")]
    pub allow_headers: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "expose_headers")]
    pub expose_headers: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "max_age")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub max_age: Option<Duration>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "allow_credentials")]
    pub allow_credentials: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "unmatched_preflights")]
    pub unmatched_preflights: Option<UnmatchedPreflights>,
}

/// Faults to inject: a delay, an abort, or both.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpFaultInjection {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay: Option<Delay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abort: Option<Abort>,
}

/// Delay a share of requests.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| at_most_one_of(s, &["fixedDelay", "exponentialDelay"]))]
pub struct Delay {
    /// Deprecated integer percentage (use `percentage`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percent: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "fixed_delay")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub fixed_delay: Option<Duration>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "exponential_delay")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub exponential_delay: Option<Duration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percentage: Option<Percent>,
}

/// Abort a share of requests with an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| at_most_one_of(s, &["httpStatus", "grpcStatus", "http2Error"]))]
pub struct Abort {
    #[serde(skip_serializing_if = "Option::is_none", alias = "http_status")]
    pub http_status: Option<Int32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "grpc_status")]
    pub grpc_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "http2_error")]
    pub http2_error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percentage: Option<Percent>,
}

/// One mirror destination with its share of traffic.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpMirrorPolicy {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub destination: Option<Destination>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percentage: Option<Percent>,
}

/// A rule for TLS traffic that passes through unterminated.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TlsRoute {
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub match_: Option<Vec<TlsMatchAttributes>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<Vec<RouteDestination>>,
}

/// Conditions on a TLS connection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TlsMatchAttributes {
    /// SNI names to match (must be covered by the VirtualService's hosts).
    #[serde(skip_serializing_if = "Option::is_none", alias = "sni_hosts")]
    #[schemars(required)]
    pub sni_hosts: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "destination_subnets")]
    pub destination_subnets: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<UInt32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "source_labels")]
    pub source_labels: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "source_namespace")]
    pub source_namespace: Option<String>,
}

/// A rule for opaque TCP traffic.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TcpRoute {
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    pub match_: Option<Vec<L4MatchAttributes>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<Vec<RouteDestination>>,
}

/// Conditions on a TCP connection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct L4MatchAttributes {
    #[serde(skip_serializing_if = "Option::is_none", alias = "destination_subnets")]
    pub destination_subnets: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<UInt32>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "source_subnet")]
    pub source_subnet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "source_labels")]
    pub source_labels: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "source_namespace")]
    pub source_namespace: Option<String>,
}
