//! Adapter between the networking kinds of this branch and the shared H-* helper rules
//! (validation spec §2): each function here has the shape the kinds call. It owns no rule of
//! its own; once `api::rules` lands these delegate to it. Never prints.

use std::collections::BTreeMap;

use crate::api::common::Duration;
use crate::api::path::Path;
use crate::api::validation::Ctx;

/// H-DUR: at least 1ms and a whole number of milliseconds.
pub fn duration(d: &Duration, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let n = d.nanos();
    if n < 1_000_000 {
        cx.error(at, "duration must be greater than 1ms");
    } else if n % 1_000_000 != 0 {
        cx.error(at, "only durations to ms precision are supported");
    }
}

/// H-PCT-INT.
pub fn percent(v: i32, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !(0..=100).contains(&v) {
        cx.error(at, format!("percentage {v} is not in range 0..100"));
    }
}

/// H-PORT.
pub fn port(n: i64) -> Result<(), String> {
    if (1..=65535).contains(&n) { Ok(()) } else { Err(format!("port number {n} must be in the range 1..65535")) }
}

/// H-DNS1123 label (upper case accepted).
pub fn dns1123_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
}

fn dns_pre(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("domain name: empty domain name not allowed".into());
    }
    if s.len() > 255 {
        return Err(format!("domain name {s} too long (max 255)"));
    }
    Ok(())
}

fn labels(s: &str) -> Result<(), String> {
    let parts: Vec<&str> = s.split('.').collect();
    let last = parts.len() - 1;
    for (i, l) in parts.iter().enumerate() {
        if i == last && l.is_empty() {
            continue;
        }
        if !dns1123_label(l) {
            return Err(format!("domain name {s} invalid (label {l} invalid)"));
        }
        if i == last && l.parse::<i64>().is_ok() {
            return Err(format!("domain name {s} invalid (top level domain {l} cannot be all-numeric)"));
        }
    }
    Ok(())
}

/// H-FQDN.
pub fn fqdn(s: &str) -> Result<(), String> {
    dns_pre(s)?;
    labels(s)
}

/// H-WILD.
pub fn wildcard_domain(s: &str) -> Result<(), String> {
    dns_pre(s)?;
    let (first, rest) = match s.split_once('.') {
        Some((f, r)) => (f, Some(r)),
        None => (s, None),
    };
    let wl = first == "*"
        || dns1123_label(first.strip_prefix("*-").or_else(|| first.strip_prefix('*')).unwrap_or(first));
    if !wl || first.len() > 63 {
        return Err(format!("domain name {s} invalid (label {first} invalid)"));
    }
    match rest {
        Some(r) => labels(r),
        None => Ok(()),
    }
}

/// H-IP.
pub fn ip(s: &str) -> Result<(), String> {
    let addr = s.split_once('%').map_or(s, |(a, _)| a);
    let ok = if s.contains(':') {
        addr.parse::<std::net::Ipv6Addr>().is_ok()
    } else {
        !s.contains('%') && addr.parse::<std::net::Ipv4Addr>().is_ok()
    };
    if ok { Ok(()) } else { Err(format!("{s} is not a valid IP")) }
}

/// H-UNIX (after `unix://` is stripped).
pub fn unix(addr: &str) -> Result<(), String> {
    if addr.is_empty() {
        return Err("unix address must not be empty".into());
    }
    if addr.starts_with('@') || (addr.starts_with('/') && !addr.ends_with('/')) {
        Ok(())
    } else {
        Err(format!("{addr} is not an absolute path to a file"))
    }
}

const PROTOCOLS: [&str; 12] =
    ["TCP", "UDP", "GRPC", "GRPC-WEB", "HTTP", "HTTP_PROXY", "HTTP2", "HTTPS", "TLS", "MONGO", "REDIS", "MYSQL"];

/// H-PROTO: the protocol's canonical name, if it is one Istio knows.
pub fn protocol(p: &str) -> Option<&'static str> {
    PROTOCOLS.iter().copied().find(|k| k.eq_ignore_ascii_case(p))
}

/// H-PROTO family: HTTP-like.
pub fn is_http(p: &str) -> bool {
    matches!(protocol(p), Some("HTTP" | "HTTP2" | "HTTP_PROXY" | "GRPC" | "GRPC-WEB"))
}

/// H-PROTO family: TLS-like.
pub fn is_tls(p: &str) -> bool {
    matches!(protocol(p), Some("HTTPS" | "TLS"))
}

/// H-PROTO where empty is allowed (ValidateProtocol).
pub fn protocol_or_empty(p: &str) -> Result<(), String> {
    if p.is_empty() || protocol(p).is_some() { Ok(()) } else { Err(format!("unrecognized protocol {p:?}")) }
}

/// H-PORTNAME.
pub fn port_name(n: &str) -> Result<(), String> {
    if dns1123_label(n) { Ok(()) } else { Err(format!("invalid port name: {n}")) }
}

/// H-SUBSET.
pub fn subset_name(n: &str) -> Result<(), String> {
    if n.is_empty() {
        Err("subset name cannot be empty".into())
    } else if !dns1123_label(n) {
        Err(format!("subset name is invalid: {n}"))
    } else {
        Ok(())
    }
}

fn label_name(s: &str) -> bool {
    s.len() <= 63 && label_chars(s)
}

fn label_chars(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
}

/// H-LABELMAP: every bad key or value, one finding each.
pub fn label_map(m: &BTreeMap<String, String>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (k, v) in m {
        let key_ok = match k.split_once('/') {
            Some((prefix, name)) => {
                prefix.len() <= 253 && prefix.split('.').all(dns1123_label) && label_name(name)
            }
            None => label_name(k),
        };
        if !key_ok {
            cx.error(&at.key(k), format!("invalid tag key: {k}"));
        }
        if !v.is_empty() && !label_chars(v) {
            cx.error(&at.key(k), format!("invalid tag value: {v}"));
        }
    }
}

/// H-SEL / H-SEL-ALPHA errors on a label map (empty key, wildcard).
pub fn selector_labels(m: &BTreeMap<String, String>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (k, v) in m {
        if k.is_empty() {
            cx.error(&at.key(k), format!("empty key is not supported in selector: \"{k}={v}\""));
        }
        if k.contains('*') || v.contains('*') {
            cx.error(&at.key(k), format!("wildcard is not supported in selector: \"{k}={v}\""));
        }
    }
}

/// H-EXPORT (non-ServiceEntry) plus the DestinationRule extras DR-10/DR-11.
pub fn export_to(list: &[String], dr_with_selector: bool, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if list.is_empty() {
        return;
    }
    let ns = cx.meta.namespace.clone();
    let mut set: Vec<String> = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let el = at.index(i);
        let key = if e == "." { ns.clone() } else { e.clone() };
        if set.contains(&key) {
            if &key != e {
                cx.error(&el, format!("duplicate entries in exportTo: . and current namespace {ns}"));
            } else {
                cx.error(&el, format!("duplicate entries in exportTo for entry {e}"));
            }
        } else if key == "~" {
            cx.error(&el, "exportTo ~ (none) is not allowed for Istio configuration objects");
        } else if key != "*" && key != "." && !dns1123_label(&key) {
            cx.error(&el, format!("only .,*, or a valid DNS 1123 label is allowed as exportTo entry, got {key}"));
        } else {
            set.push(key);
        }
    }
    if dr_with_selector && !set.is_empty() {
        if set.contains(&ns) {
            if set.len() > 1 {
                cx.error(at, "destination rule with workload selector cannot have multiple entries in exportTo");
            }
        } else {
            cx.error(at, "destination rule with workload selector cannot have exportTo beyond current namespace");
        }
    }
    if set.iter().any(|s| s == "*") && list.len() > 1 {
        cx.error(at, "cannot have both public (*) and non-public exportTo values for a resource");
    }
}

/// Which kind checks a `namespace/host` entry (H-NSHOST).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NsHostFor {
    Sidecar,
    Gateway { gateway_semantics: bool },
}

/// H-NSHOST-1..6.
pub fn ns_host(value: &str, for_: NsHostFor, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let is_gw = matches!(for_, NsHostFor::Gateway { .. });
    let Some((ns, host)) = value.split_once('/') else {
        if is_gw {
            old_style_host(value, true, at, cx);
        } else {
            cx.error(at, format!("host must be of form namespace/dnsName: {value}"));
        }
        return;
    };
    if ns.is_empty() || host.is_empty() {
        cx.error(at, format!("namespace and dnsName cannot be empty in host: {value}"));
    }
    let tilde_ok = match for_ {
        NsHostFor::Sidecar => true,
        NsHostFor::Gateway { gateway_semantics } => gateway_semantics,
    };
    if !(ns == "*" || ns == "." || (ns == "~" && tilde_ok) || dns1123_label(ns)) {
        let kind = if is_gw { "gateway" } else { "sidecar" };
        cx.error(at, format!("invalid namespace value {ns:?} in {kind}"));
    }
    old_style_host(host, is_gw, at, cx);
}

fn old_style_host(host: &str, is_gw: bool, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if host != "*" && !host.contains('.') {
        cx.error(at, format!("short names (non FQDN) are not allowed in host: {host}"));
    }
    let is_ip = ip(host).is_ok();
    if is_gw {
        if !is_ip && let Err(e) = wildcard_domain(host) {
            cx.error(at, e);
        }
    } else if is_ip {
        cx.error(at, format!("{host} is an IP address, not a host name"));
    } else if let Err(e) = wildcard_domain(host) {
        cx.error(at, e.clone());
        cx.error(at, e);
    }
    if host.contains('*') && host != "*" && !host.starts_with("*.") {
        cx.error(at, format!("partial wildcard {host:?} not allowed"));
    }
}

/// Go RE2 compile check (H-REGEX without the length limit).
pub fn regex(pattern: &str) -> Result<(), String> {
    regex::Regex::new(pattern).map(|_| ()).map_err(|e| e.to_string())
}

/// H-DEST-1..4 for a destination given as host, subset and port selector.
pub fn destination(
    host: &str,
    subset: Option<&str>,
    port: Option<&crate::api::selectors::PortSelector>,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    let hat = at.field("host");
    if host == "*" {
        cx.error(&hat, "invalid destination host *");
    } else if let Err(e) = wildcard_domain(host) {
        cx.error(&hat, e);
    }
    if let Some(s) = subset.filter(|s| !s.is_empty())
        && let Err(e) = subset_name(s)
    {
        cx.error(&at.field("subset"), e);
    }
    if let Some(p) = port
        && let Err(e) = self::port(p.number.map_or(0, |n| n.0 as i64))
    {
        let pat = at.field("port");
        cx.error(&pat.field("number"), e);
    }
}

/// Test helpers shared by the networking kinds' tables of rule cases.
#[cfg(test)]
pub mod testing {
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

    /// YAML → typed → YAML keeps exactly what was written.
    pub fn assert_roundtrip(kind: &KindDef, spec: &str) {
        let v = yaml(spec);
        let back = (kind.roundtrip)(&v).expect("decodes");
        assert_eq!(back, v);
    }
}
