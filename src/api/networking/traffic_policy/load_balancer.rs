//! Load balancing blocks (simple policy or consistent hash, locality, warmup) with their rules
//! (LB-*, H-LOC-*): types as the CRD lists them, then the checks. Never prints.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::connection::OutlierDetection;
use crate::api::common::{Double, Duration, UInt32, UInt64};
use crate::api::path::Path;
use crate::api::rules::{self, set};
use crate::api::schema::{CEL_DURATION, CelAt, at_most_one_of, cel, last_declared};
use crate::api::validation::Ctx;
use crate::proto_enum;

proto_enum!(pub SimpleLb { UNSPECIFIED, LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST });

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
        last_declared([
            self.simple.map(LbPolicy::Simple),
            self.consistent_hash.as_ref().map(LbPolicy::ConsistentHash),
        ])
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
        last_declared([
            self.ring_hash.as_ref().map(HashAlgorithm::RingHash),
            self.maglev.as_ref().map(HashAlgorithm::Maglev),
        ])
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

/// Envoy's primality test for maglev table sizes (1, 2 and 3 count as prime, 0 does not).
pub(super) fn is_prime(x: u64) -> bool {
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
