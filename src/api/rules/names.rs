//! Names and hosts (H-DNS1123, H-WLABEL, H-FQDN, H-WILD, H-SNI-GW, H-PARTIAL, H-SUBSET,
//! H-PORTNAME, H-PROTO, H-NSHOST, H-HOSTMATCH): DNS label and domain checks, protocol names,
//! `namespace/host` references and host overlap. Nothing here prints or decodes.

use crate::api::path::Path;
use crate::api::validation::Ctx;
use crate::go::go_atoi_ok;
use crate::go::go_quote;

pub(super) fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// H-DNS1123: 1–63 of ASCII letters (either case), digits and `-`, starting and ending with a
/// letter or digit.
pub fn is_dns1123_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && is_alnum(b[0])
        && is_alnum(b[b.len() - 1])
        && b.iter().all(|&c| is_alnum(c) || c == b'-')
}

/// H-WLABEL: `*` alone, or an H-DNS1123 label optionally prefixed by `*` or `*-`; ≤ 63 chars.
pub fn is_wildcard_dns1123_label(s: &str) -> bool {
    if s.len() > 63 {
        return false;
    }
    if s == "*" {
        return true;
    }
    let rest = s.strip_prefix("*-").or_else(|| s.strip_prefix('*')).unwrap_or(s);
    is_dns1123_label(rest)
}

/// H-DNSPRE: empty → "empty domain name not allowed"; longer than 255 → "too long".
pub fn check_dns_preconditions(name: &str) -> Result<(), String> {
    if name.len() > 255 {
        return Err(format!("domain name {} too long (max 255)", go_quote(name)));
    }
    if name.is_empty() {
        return Err("empty domain name not allowed".into());
    }
    Ok(())
}

/// H-LABELS: the dot-separated labels of a domain; the last may be empty (trailing dot), every
/// other must be H-DNS1123, and the last must not be all-numeric.
pub fn check_dns1123_labels(domain: &str) -> Result<(), String> {
    let parts: Vec<&str> = domain.split('.').collect();
    let tld = parts[parts.len() - 1];
    if go_atoi_ok(tld) {
        return Err(format!(
            "domain name {} invalid (top level domain {} cannot be all-numeric)",
            go_quote(domain),
            go_quote(tld)
        ));
    }
    for (i, label) in parts.iter().enumerate() {
        if i == parts.len() - 1 && label.is_empty() {
            return Ok(());
        }
        if !is_dns1123_label(label) {
            return Err(format!(
                "domain name {} invalid (label {} invalid)",
                go_quote(domain),
                go_quote(label)
            ));
        }
    }
    Ok(())
}

/// H-FQDN: H-DNSPRE then H-LABELS on the whole name; no wildcards.
pub fn check_fqdn(name: &str) -> Result<(), String> {
    check_dns_preconditions(name)?;
    check_dns1123_labels(name)
}

/// H-WILD: H-DNSPRE; the first label must be H-WLABEL; the rest must satisfy H-LABELS.
pub fn check_wildcard_domain(domain: &str) -> Result<(), String> {
    check_dns_preconditions(domain)?;
    let (first, rest) = match domain.split_once('.') {
        Some((f, r)) => (f, Some(r)),
        None => (domain, None),
    };
    if !is_wildcard_dns1123_label(first) {
        return Err(format!("domain name {} invalid (label {} invalid)", go_quote(domain), go_quote(first)));
    }
    match rest {
        Some(r) => check_dns1123_labels(r),
        None => Ok(()),
    }
}

/// H-SNI-GW: as H-WILD, except that with `sni` a value starting with `outbound_` must follow
/// `outbound_.<PORT>_._.<HOSTNAME>` (4+ `_` parts, a digit in the port, a letter in the host).
pub fn check_gateway_bound_domain(domain: &str, sni: bool) -> Result<(), String> {
    check_dns_preconditions(domain)?;
    if sni && domain.starts_with("outbound_") {
        let parts: Vec<&str> = domain.split('_').collect();
        if parts.len() < 4 {
            return Err(format!(
                "domain name {domain} invalid, should follow '{}' format",
                "outbound_.<PORT>_._.<HOSTNAME>"
            ));
        }
        if parts[0] != "outbound" {
            return Err(format!("domain name {domain} invalid, should start with 'outbound'"));
        }
        if !parts[1].trim_matches('.').bytes().any(|b| b.is_ascii_digit()) {
            return Err(format!(
                "domain name {domain} invalid, port {} is not a number",
                parts[1].trim_matches('.')
            ));
        }
        if !parts[3].trim_matches('.').bytes().any(|b| b.is_ascii_alphabetic()) {
            return Err(format!(
                "domain name {domain} invalid, hostname {} is invalid",
                parts[3].trim_matches('.')
            ));
        }
        return Ok(());
    }
    check_wildcard_domain(domain)
}

/// H-PARTIAL: a host with `*` that is not exactly `*` and does not start with `*.`.
pub fn is_partial_wildcard(host: &str) -> bool {
    host.contains('*') && host.len() != 1 && !host.starts_with("*.")
}

/// H-PARTIAL as an error: "partial wildcard "x" not allowed".
pub fn check_partial_wildcard(host: &str) -> Result<(), String> {
    if is_partial_wildcard(host) {
        Err(format!("partial wildcard {} not allowed", go_quote(host)))
    } else {
        Ok(())
    }
}

/// H-FQDN, recorded as an error at `at`.
pub fn fqdn(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_fqdn(name) {
        cx.error(at, e);
    }
}

/// H-WILD, recorded as an error at `at`.
pub fn wildcard_domain(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_wildcard_domain(name) {
        cx.error(at, e);
    }
}

/// H-SUBSET: empty → "subset name cannot be empty"; not H-DNS1123 → "subset name is invalid".
pub fn check_subset_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("subset name cannot be empty".into());
    }
    if !is_dns1123_label(name) {
        return Err(format!("subset name is invalid: {name}"));
    }
    Ok(())
}

/// H-SUBSET, recorded at `at`.
pub fn subset_name(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_subset_name(name) {
        cx.error(at, e);
    }
}

/// H-PORTNAME: a port name must be H-DNS1123 ("invalid port name: <name>"; empty fails).
pub fn port_name(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !is_dns1123_label(name) {
        cx.error(at, format!("invalid port name: {name}"));
    }
}

/// The protocol names Istio understands (H-PROTO), parsed case-insensitively.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Tcp,
    Udp,
    Grpc,
    GrpcWeb,
    Http,
    HttpProxy,
    Http2,
    Https,
    Tls,
    Mongo,
    Redis,
    Mysql,
}

impl Protocol {
    /// H-PROTO: `TCP UDP GRPC GRPC-WEB HTTP HTTP_PROXY HTTP2 HTTPS TLS MONGO REDIS MYSQL`, any case.
    pub fn parse(s: &str) -> Option<Protocol> {
        use Protocol::*;
        const ALL: [(&str, Protocol); 12] = [
            ("tcp", Tcp),
            ("udp", Udp),
            ("grpc", Grpc),
            ("grpc-web", GrpcWeb),
            ("http", Http),
            ("http_proxy", HttpProxy),
            ("http2", Http2),
            ("https", Https),
            ("tls", Tls),
            ("mongo", Mongo),
            ("redis", Redis),
            ("mysql", Mysql),
        ];
        ALL.iter().find(|(n, _)| n.eq_ignore_ascii_case(s)).map(|(_, p)| *p)
    }
    /// HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-WEB.
    pub fn is_http_like(self) -> bool {
        matches!(
            self,
            Protocol::Http | Protocol::Http2 | Protocol::HttpProxy | Protocol::Grpc | Protocol::GrpcWeb
        )
    }
    /// HTTPS, TLS.
    pub fn is_tls_like(self) -> bool {
        matches!(self, Protocol::Https | Protocol::Tls)
    }
    /// TCP, HTTPS, TLS, MONGO, REDIS, MYSQL.
    pub fn is_tcp_family(self) -> bool {
        matches!(
            self,
            Protocol::Tcp
                | Protocol::Https
                | Protocol::Tls
                | Protocol::Mongo
                | Protocol::Redis
                | Protocol::Mysql
        )
    }
}

/// H-PROTO family HTTP-like (HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-WEB).
pub fn is_http(protocol: &str) -> bool {
    Protocol::parse(protocol).is_some_and(Protocol::is_http_like)
}

/// H-PROTO family TLS-like (HTTPS, TLS).
pub fn is_tls(protocol: &str) -> bool {
    Protocol::parse(protocol).is_some_and(Protocol::is_tls_like)
}

/// H-PROTO: with `allow_empty` (upstream's ValidateProtocol: Sidecar, ServiceEntry) an empty
/// value passes; otherwise an unknown name → E "unsupported protocol".
pub fn protocol(name: &str, allow_empty: bool, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if allow_empty && name.is_empty() {
        return;
    }
    if Protocol::parse(name).is_none() {
        if allow_empty {
            cx.error(at, format!("unrecognized protocol {}", go_quote(name)));
        } else {
            cx.error(at, format!("unsupported protocol: {name}"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// §2.2 Hosts with a namespace
// ---------------------------------------------------------------------------------------------

/// Where a `namespace/dnsName` host is used (H-NSHOST): the two callers differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NsHostUse {
    /// Sidecar `egress[].hosts`: `/` required, `~` namespace allowed, IPs rejected.
    Sidecar,
    /// Gateway `servers[].hosts`: old-style hosts allowed, IPs allowed, `~` only with gateway
    /// semantics (`internal.istio.io/gateway-semantics: gateway`).
    Gateway { gateway_semantics: bool },
}

/// H-NSHOST-1..6: a `namespace/dnsName` host of a Sidecar egress listener or Gateway server.
pub fn namespaced_host(value: &str, usage: NsHostUse, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let is_gateway = matches!(usage, NsHostUse::Gateway { .. });
    let Some((ns, host)) = value.split_once('/') else {
        if is_gateway {
            host_part(value, true, at, cx);
        } else {
            cx.error(at, "host must be of form namespace/dnsName");
        }
        return;
    };
    if ns.is_empty() || host.is_empty() {
        cx.error(at, "config namespace and dnsName in host entry cannot be empty");
    }
    let ns_ok = match usage {
        NsHostUse::Sidecar => matches!(ns, "*" | "." | "~"),
        NsHostUse::Gateway { gateway_semantics } => {
            matches!(ns, "*" | ".") || (ns == "~" && gateway_semantics)
        }
    };
    if !ns_ok && !is_dns1123_label(ns) {
        let what = if is_gateway { "gateway" } else { "sidecar" };
        cx.error(at, format!("invalid namespace value {} in {what}", go_quote(ns)));
    }
    host_part(host, is_gateway, at, cx);
}

/// H-NSHOST-4..6 on the dnsName part.
fn host_part(host: &str, is_gateway: bool, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if host != "*" && !host.contains('.') {
        cx.error(at, "short names (non FQDN) are not allowed");
    }
    if let Err(e) = check_wildcard_domain(host) {
        if !is_gateway {
            cx.error(at, e.clone());
        }
        // Upstream checks Go's net.ParseIP here (no zones): a gateway accepts an IP; a sidecar
        // reports a non-IP host a second time.
        if parse_std_ip(host).is_none() {
            cx.error(at, e);
        }
    }
    if let Err(e) = check_partial_wildcard(host) {
        cx.error(at, e);
    }
}

fn parse_std_ip(s: &str) -> Option<std::net::IpAddr> {
    s.parse::<std::net::IpAddr>().ok()
}

/// H-HOSTMATCH: whether two host names overlap (wildcard `*X` covers names ending in `X`).
pub fn hosts_match(a: &str, b: &str) -> bool {
    let aw = a.starts_with('*');
    let bw = b.starts_with('*');
    match (aw, bw) {
        (true, true) => {
            if a.len() < b.len() {
                b[1..].ends_with(&a[1..])
            } else {
                a[1..].ends_with(&b[1..])
            }
        }
        (true, false) => b.ends_with(&a[1..]),
        (false, true) => a.ends_with(&b[1..]),
        (false, false) => a == b,
    }
}

/// Every pair `(i, j)`, `i < j`, of `hosts` that [`hosts_match`], in the order a nested loop
/// would find them, without comparing every pair: a wildcard `*X` matches exactly the hosts
/// (and wildcard suffixes) ending in `X`, which on reversed text is a prefix, so one sort puts
/// each wildcard's matches in one contiguous run. Cost: a sort plus the pairs found.
pub fn overlapping_host_pairs(hosts: &[String]) -> Vec<(usize, usize)> {
    // (reversed suffix or name, is a wildcard, index)
    let mut keys: Vec<(Vec<u8>, bool, usize)> = hosts
        .iter()
        .enumerate()
        .map(|(i, h)| match h.strip_prefix('*') {
            Some(suffix) => (suffix.bytes().rev().collect(), true, i),
            None => (h.bytes().rev().collect(), false, i),
        })
        .collect();
    keys.sort();
    let mut pairs = Vec::new();
    let ordered = |a: usize, b: usize| if a < b { (a, b) } else { (b, a) };
    for (pos, (key, wild, i)) in keys.iter().enumerate() {
        if *wild {
            // Everything whose reversed text starts with this suffix: a contiguous run from
            // the first key >= `key` (equal keys sort together, exact names first).
            let start = keys.partition_point(|(k, _, _)| k.as_slice() < key.as_slice());
            for (_, _, j) in keys[start..].iter().take_while(|(k, _, _)| k.starts_with(key)) {
                if j != i {
                    pairs.push(ordered(*i, *j));
                }
            }
        } else {
            // Equal exact names (wildcards reach them from their own side).
            for (_, w, j) in keys[pos + 1..].iter().take_while(|(k, _, _)| k == key) {
                if !w {
                    pairs.push(ordered(*i, *j));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// H-HOSTMATCH (SubsetOf): whether every name `a` matches is also matched by `b`.
pub fn host_subset_of(a: &str, b: &str) -> bool {
    let aw = a.starts_with('*');
    let bw = b.starts_with('*');
    match (aw, bw) {
        (true, true) => a.len() >= b.len() && a[1..].ends_with(&b[1..]),
        (true, false) => false,
        (false, true) => a.ends_with(&b[1..]),
        (false, false) => a == b,
    }
}
