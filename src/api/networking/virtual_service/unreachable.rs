//! VS-U1..U5: upstream's analysis of routes and matches that can never be used (all warnings,
//! for the HTTP, TLS and TCP lists separately). Matches are compared as upstream does — every
//! field but `name`, with unset, zero and empty values alike — and the prefix-overlap check
//! (VS-U5) encodes method, authority and header values as `exact:`/`prefix:` strings.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::types::*;
use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::validation::Ctx;

pub(super) fn analyze(vs: &VirtualServiceSpec, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let http = vs.http.as_deref().unwrap_or_default();
    let http_at = at.field("http");
    let keys: Vec<Option<Vec<Value>>> =
        http.iter().map(|r| r.match_.as_ref().map(|ms| ms.iter().map(http_match_key).collect())).collect();
    let names: Vec<String> = http.iter().enumerate().map(|(i, r)| rule_label(r.name.as_deref(), i)).collect();
    let match_names: Vec<Vec<Option<&str>>> =
        http.iter().map(|r| r.match_.iter().flatten().map(|m| m.name.as_deref()).collect()).collect();
    let kept = duplicates(&keys, &names, &match_names, &http_at, cx);
    prefix_overlaps(http, &names, &kept, &http_at, cx);

    let tls = vs.tls.as_deref().unwrap_or_default();
    let keys: Vec<Option<Vec<Value>>> =
        tls.iter().map(|r| r.match_.as_ref().map(|ms| ms.iter().map(tls_match_key).collect())).collect();
    let names: Vec<String> = (0..tls.len()).map(|i| rule_label(None, i)).collect();
    duplicates(&keys, &names, &[], &at.field("tls"), cx);

    let tcp = vs.tcp.as_deref().unwrap_or_default();
    let keys: Vec<Option<Vec<Value>>> =
        tcp.iter().map(|r| r.match_.as_ref().map(|ms| ms.iter().map(tcp_match_key).collect())).collect();
    let names: Vec<String> = (0..tcp.len()).map(|i| rule_label(None, i)).collect();
    duplicates(&keys, &names, &[], &at.field("tcp"), cx);
}

/// `"name"` when the rule or match is named, else `#index`.
fn rule_label(name: Option<&str>, index: usize) -> String {
    match name.filter(|n| !n.is_empty()) {
        Some(n) => crate::api::rules::go_quote(n),
        None => format!("#{index}"),
    }
}

fn unused(rule: &str, reason: &str) -> String {
    format!("virtualService rule {rule} not used ({reason})")
}

fn ineffective(rule: &str, m: &str, dup: &str) -> String {
    format!("virtualService rule {rule} match {m} is not used (duplicate/overlapping match in rule {dup})")
}

/// VS-U1..U4 over one route list. `keys[i]` holds the comparison keys of route `i`'s matches
/// (`None`/empty: the route has no match), `match_names[i]` their names (HTTP only). Returns, per route, which matches stay candidates
/// for the prefix-overlap check (neither duplicates nor after a match-less route).
fn duplicates(
    keys: &[Option<Vec<Value>>],
    names: &[String],
    match_names: &[Vec<Option<&str>>],
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) -> Vec<Vec<bool>> {
    // Match keys seen so far → the rule that first had them. Keys are built field by field in a
    // fixed order, so equal keys have equal JSON text: one hash look-up, not a scan.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut catch_all_seen = false;
    let mut kept = Vec::new();
    for (i, route_keys) in keys.iter().enumerate() {
        let r_at = at.index(i);
        let route_keys = route_keys.as_deref().unwrap_or_default();
        if route_keys.is_empty() {
            // VS-U1
            if catch_all_seen {
                cx.warn(&r_at, unused(&names[i], "only the last rule can have no matches"));
            }
            catch_all_seen = true;
            kept.push(Vec::new());
            continue;
        }
        if catch_all_seen {
            // VS-U2: one warning per match of a route behind a match-less one.
            for _ in route_keys {
                cx.warn(&r_at, unused(&names[i], "route without matches defined before"));
            }
            kept.push(vec![false; route_keys.len()]);
            continue;
        }
        let mut dups = 0;
        let mut route_kept = Vec::new();
        let m_at = r_at.field("match");
        for (j, key) in route_keys.iter().enumerate() {
            let text = key.to_string();
            if let Some(earlier) = seen.get(&text) {
                // VS-U3
                let name = match_names.get(i).and_then(|n| n.get(j)).copied().flatten();
                let label = rule_label(name, j);
                cx.warn(&m_at.index(j), ineffective(&names[i], &label, &names[*earlier]));
                dups += 1;
                route_kept.push(false);
            } else {
                seen.insert(text, i);
                route_kept.push(true);
            }
        }
        // VS-U4
        if dups == route_keys.len() {
            cx.warn(&r_at, unused(&names[i], "all matches used by prior rules"));
        }
        kept.push(route_kept);
    }
    kept
}

/// Inserts `v` under `k` unless it is unset, zero, false or empty (Go's `omitempty`).
fn put(m: &mut serde_json::Map<String, Value>, k: &str, v: Value) {
    let empty = match &v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(_) => false,
    };
    if !empty {
        m.insert(k.to_string(), v);
    }
}

/// A present StringMatch: `{}` or its effective member (a oneof member set to "" still counts).
fn sm_key(m: &Option<StringMatch>) -> Value {
    match m.as_ref().map(StringMatch::effective) {
        None => Value::Null,
        Some(None) => json!({}),
        Some(Some(MatchKind::Exact(s))) => json!({ "exact": s }),
        Some(Some(MatchKind::Prefix(s))) => json!({ "prefix": s }),
        Some(Some(MatchKind::Regex(s))) => json!({ "regex": s }),
    }
}

fn sm_map_key(m: &Option<BTreeMap<String, StringMatch>>) -> Value {
    let map: serde_json::Map<String, Value> =
        m.iter().flatten().map(|(k, v)| (k.clone(), sm_key(&Some(v.clone())))).collect();
    if map.is_empty() { Value::Null } else { Value::Object(map) }
}

fn labels_key(m: &Option<BTreeMap<String, String>>) -> Value {
    match m {
        Some(l) if !l.is_empty() => json!(l),
        _ => Value::Null,
    }
}

fn list_key(l: &Option<Vec<String>>) -> Value {
    json!(l.clone().unwrap_or_default())
}

fn str_key(s: &Option<String>) -> Value {
    json!(s.clone().unwrap_or_default())
}

/// Comparison key of an HTTP match: every field except `name`.
fn http_match_key(m: &HttpMatchRequest) -> Value {
    let mut k = serde_json::Map::new();
    put(&mut k, "uri", sm_key(&m.uri));
    put(&mut k, "scheme", sm_key(&m.scheme));
    put(&mut k, "method", sm_key(&m.method));
    put(&mut k, "authority", sm_key(&m.authority));
    put(&mut k, "headers", sm_map_key(&m.headers));
    put(&mut k, "port", json!(m.port.map_or(0, |p| p.0)));
    put(&mut k, "sourceLabels", labels_key(&m.source_labels));
    put(&mut k, "gateways", list_key(&m.gateways));
    put(&mut k, "queryParams", sm_map_key(&m.query_params));
    put(&mut k, "ignoreUriCase", json!(m.ignore_uri_case.unwrap_or(false)));
    put(&mut k, "withoutHeaders", sm_map_key(&m.without_headers));
    put(&mut k, "sourceNamespace", str_key(&m.source_namespace));
    put(&mut k, "statPrefix", str_key(&m.stat_prefix));
    Value::Object(k)
}

/// Comparison key of a TLS or TCP match (`sni` / `source_subnet` exist on one kind each).
fn l4_match_key(
    sni_hosts: Option<&Option<Vec<String>>>,
    destination_subnets: &Option<Vec<String>>,
    port: Option<UInt32>,
    source_subnet: Option<&Option<String>>,
    source_labels: &Option<BTreeMap<String, String>>,
    gateways: &Option<Vec<String>>,
    source_namespace: &Option<String>,
) -> Value {
    let mut k = serde_json::Map::new();
    if let Some(sni) = sni_hosts {
        put(&mut k, "sniHosts", list_key(sni));
    }
    put(&mut k, "destinationSubnets", list_key(destination_subnets));
    put(&mut k, "port", json!(port.map_or(0, |p| p.0)));
    if let Some(subnet) = source_subnet {
        put(&mut k, "sourceSubnet", str_key(subnet));
    }
    put(&mut k, "sourceLabels", labels_key(source_labels));
    put(&mut k, "gateways", list_key(gateways));
    put(&mut k, "sourceNamespace", str_key(source_namespace));
    Value::Object(k)
}

fn tls_match_key(m: &TlsMatchAttributes) -> Value {
    l4_match_key(Some(&m.sni_hosts), &m.destination_subnets, m.port, None, &m.source_labels, &m.gateways, &m.source_namespace)
}

fn tcp_match_key(m: &L4MatchAttributes) -> Value {
    l4_match_key(None, &m.destination_subnets, m.port, Some(&m.source_subnet), &m.source_labels, &m.gateways, &m.source_namespace)
}

/// `exact:<v>` / `prefix:<v>` / empty, as VS-U5 compares values.
fn encode(m: Option<&StringMatch>) -> String {
    match m.and_then(StringMatch::effective) {
        Some(MatchKind::Exact(s)) if !s.is_empty() => format!("exact:{s}"),
        Some(MatchKind::Prefix(s)) if !s.is_empty() => format!("prefix:{s}"),
        _ => String::new(),
    }
}

/// One candidate of the prefix-overlap check.
struct PrefixMatch {
    route: String,
    label: String,
    prefix: String,
    port: u32,
    method: String,
    authority: String,
    maps: [BTreeMap<String, String>; 3],
    at_route: usize,
    at_match: usize,
}

fn encode_map(m: &Option<BTreeMap<String, StringMatch>>) -> BTreeMap<String, String> {
    m.iter().flatten().map(|(k, v)| (k.clone(), encode(Some(v)))).collect()
}

/// `a` (earlier) makes `b` (later) ineffective.
fn covers(a: &PrefixMatch, b: &PrefixMatch) -> bool {
    let value_covered = |va: &str, vb: &str| va == vb || va.starts_with(vb);
    b.prefix.starts_with(&a.prefix)
        && a.port == b.port
        && value_covered(&a.method, &b.method)
        && value_covered(&a.authority, &b.authority)
        && a.maps.iter().zip(&b.maps).all(|(ma, mb)| {
            ma.len() == mb.len() && ma.iter().all(|(k, va)| mb.get(k).is_some_and(|vb| value_covered(va, vb)))
        })
}

/// VS-U5: a later `uri.prefix` match already covered by an earlier, shorter prefix match.
fn prefix_overlaps(http: &[HttpRoute], names: &[String], kept: &[Vec<bool>], at: &Path<'_>, cx: &mut Ctx<'_>) {
    let mut cands = Vec::new();
    for (i, route) in http.iter().enumerate() {
        for (j, m) in route.match_.iter().flatten().enumerate() {
            if !kept.get(i).and_then(|k| k.get(j)).copied().unwrap_or(false) {
                continue;
            }
            let Some(MatchKind::Prefix(prefix)) = m.uri.as_ref().and_then(StringMatch::effective) else {
                continue;
            };
            if prefix.is_empty() {
                continue;
            }
            let method = encode(m.method.as_ref());
            cands.push(PrefixMatch {
                route: names[i].clone(),
                label: rule_label(m.name.as_deref(), j),
                prefix: prefix.to_string(),
                port: m.port.map_or(0, |p| p.0),
                method: if method.is_empty() { "exact:GET".into() } else { method },
                authority: encode(m.authority.as_ref()),
                maps: [encode_map(&m.headers), encode_map(&m.query_params), encode_map(&m.without_headers)],
                at_route: i,
                at_match: j,
            });
        }
    }
    for (ia, a) in cands.iter().enumerate() {
        for b in &cands[ia + 1..] {
            if a.prefix == b.prefix || !covers(a, b) {
                continue;
            }
            let r_at = at.index(b.at_route);
            let m_at = r_at.field("match");
            cx.warn(
                &m_at.index(b.at_match),
                ineffective(
                    &b.route,
                    &format!("{} of prefix {}", b.label, b.prefix),
                    &format!("{} of prefix {} on {}", a.label, a.prefix, a.route),
                ),
            );
        }
    }
}
