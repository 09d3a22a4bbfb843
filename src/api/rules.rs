//! The shared helper rules every Istio kind calls (spec `validation-rules.md` §2, IDs `H-*`):
//! names and hosts, numbers and durations, addresses, regexes, headers, labels and selectors,
//! exportTo, gateway references, destinations and field-exclusion helpers. Each recording
//! function takes the value, the field's path and the kind's `Ctx`; pure predicates return
//! `bool` or `Result<(), String>` so kinds can compose them. Nothing here prints or decodes.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};

use super::path::Path;
use super::selectors::{
    NetworkingWorkloadSelector, PolicyTargetReference, PortSelector, WorkloadSelector,
};
use super::validation::Ctx;

// ---------------------------------------------------------------------------------------------
// Message formatting shared with upstream's Go texts
// ---------------------------------------------------------------------------------------------

/// A string quoted as Go's `%q` / `strconv.Quote` does (escapes `"`, `\`, control and
/// non-printing characters; printable Unicode stays as is).
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_ascii() => out.push(c),
            c if c.is_control()
                || (c.is_whitespace() && c != ' ')
                || matches!(c as u32, 0xfeff | 0xfffd..=0xffff) =>
            {
                if (c as u32) <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A float as Go's `%v` prints it (`%g` with the shortest digits: exponent form when the
/// decimal exponent is below -4 or at least 6, e.g. `1e-05`, `1.234567e+06`).
pub fn go_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{v:e}"); // e.g. "-1.2345e-5", shortest round-trip digits
    let (mantissa, exp) = sci
        .split_once('e')
        .expect("rust {:e} always has an exponent");
    let exp: i32 = exp.parse().expect("integer exponent");
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}e{sign}{:02}", exp.abs());
    }
    let s = format!("{v}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

// ---------------------------------------------------------------------------------------------
// §2.1 Names
// ---------------------------------------------------------------------------------------------

fn is_alnum(b: u8) -> bool {
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
    let rest = s
        .strip_prefix("*-")
        .or_else(|| s.strip_prefix('*'))
        .unwrap_or(s);
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

/// Go's `strconv.Atoi` success: optional sign then decimal digits fitting an `int64`.
fn go_atoi_ok(s: &str) -> bool {
    s.parse::<i64>().is_ok()
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
        return Err(format!(
            "domain name {} invalid (label {} invalid)",
            go_quote(domain),
            go_quote(first)
        ));
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
            return Err(format!(
                "domain name {domain} invalid, should start with 'outbound'"
            ));
        }
        if !parts[1]
            .trim_matches('.')
            .bytes()
            .any(|b| b.is_ascii_digit())
        {
            return Err(format!(
                "domain name {domain} invalid, port {} is not a number",
                parts[1].trim_matches('.')
            ));
        }
        if !parts[3]
            .trim_matches('.')
            .bytes()
            .any(|b| b.is_ascii_alphabetic())
        {
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
        ALL.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(s))
            .map(|(_, p)| *p)
    }
    /// HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-WEB.
    pub fn is_http_like(self) -> bool {
        matches!(
            self,
            Protocol::Http
                | Protocol::Http2
                | Protocol::HttpProxy
                | Protocol::Grpc
                | Protocol::GrpcWeb
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
        cx.error(
            at,
            "config namespace and dnsName in host entry cannot be empty",
        );
    }
    let ns_ok = match usage {
        NsHostUse::Sidecar => matches!(ns, "*" | "." | "~"),
        NsHostUse::Gateway { gateway_semantics } => {
            matches!(ns, "*" | ".") || (ns == "~" && gateway_semantics)
        }
    };
    if !ns_ok && !is_dns1123_label(ns) {
        let what = if is_gateway { "gateway" } else { "sidecar" };
        cx.error(
            at,
            format!("invalid namespace value {} in {what}", go_quote(ns)),
        );
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

// ---------------------------------------------------------------------------------------------
// §2.3 Numbers, durations, percentages, weights
// ---------------------------------------------------------------------------------------------

/// H-PORT as a predicate: "port number N must be in the range 1..65535".
pub fn check_port(n: i64) -> Result<(), String> {
    if (1..=65535).contains(&n) {
        Ok(())
    } else {
        Err(format!("port number {n} must be in the range 1..65535"))
    }
}

/// H-PORT, recorded at `at`.
pub fn port(n: i64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_port(n) {
        cx.error(at, e);
    }
}

/// H-DEST-4 / port selector: `port` present → its `number` must pass H-PORT (`{}` fails).
pub fn port_selector(sel: &PortSelector, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let n = sel.number.map(|n| n.0 as i64).unwrap_or(0);
    port(n, &at.field("number"), cx);
}

/// H-DUR as a predicate on nanoseconds: ≥ 1 ms and a whole number of milliseconds.
pub fn check_duration_nanos(nanos: i128) -> Result<(), String> {
    const MS: i128 = 1_000_000;
    if nanos < MS {
        return Err("duration must be greater than 1ms".into());
    }
    if nanos % MS != 0 {
        return Err("only durations to ms precision are supported".into());
    }
    Ok(())
}

/// H-DUR (ValidateDuration), recorded at `at`.
pub fn duration(d: &super::common::Duration, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_duration_nanos(d.nanos()) {
        cx.error(at, e);
    }
}

/// H-PCT-INT: an integer percentage within 0..100.
pub fn percent_int(v: i64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !(0..=100).contains(&v) {
        cx.error(at, format!("percentage {v} is not in range 0..100"));
    }
}

/// H-PCT-FRAC: a `Percent` value that is 0 or within [0.0001, 100.0]. Written as upstream's
/// comparisons so NaN passes (every comparison with it is false) and ±Inf fail.
#[allow(clippy::manual_range_contains)] // `contains` would reject NaN
pub fn percent_frac(v: f64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if v < 0.0 || v > 100.0 || (v > 0.0 && v < 0.0001) {
        cx.error(
            at,
            format!(
                "percentage {} is neither 0.0, nor in range [0.0001, 100.0]",
                go_float(v)
            ),
        );
    }
}

/// H-WEIGHT: each weight < 0 → E at `route[i].weight`; with more than one destination and a
/// zero total → E "total destination weight = 0" at `route` (the list's own path `at`).
pub fn route_weights(weights: &[i64], at: &Path<'_>, cx: &mut Ctx<'_>) {
    let mut total: i64 = 0;
    for (i, &w) in weights.iter().enumerate() {
        total = total.wrapping_add(w);
        if w < 0 {
            cx.error(&at.index(i).field("weight"), format!("weight {w} < 0"));
        }
    }
    if weights.len() > 1 && total == 0 {
        cx.error(at, "total destination weight = 0");
    }
}

/// H-HTTPSTATUS: 200..=600 (upstream's message says 200-599 but lets 600 through).
pub fn http_status(code: i64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !(200..=600).contains(&code) {
        cx.error(at, format!("HTTP status {code} is not in range 200-599"));
    }
}

/// The gRPC status names H-GRPCSTATUS accepts (exact case).
pub const GRPC_STATUSES: [&str; 17] = [
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// H-GRPCSTATUS: one of [`GRPC_STATUSES`].
pub fn grpc_status(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !GRPC_STATUSES.contains(&name) {
        cx.error(
            at,
            format!(
                "gRPC status {} is not supported. See https://grpc.github.io/grpc/core/md_doc_statuscodes.html for a list of supported codes",
                go_quote(name)
            ),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// §2.4 Addresses
// ---------------------------------------------------------------------------------------------

/// Go `netip.ParseAddr`: strict dotted-decimal IPv4 (4 parts, no leading zeros, ≤ 255) or IPv6
/// with an optional non-empty `%zone`. The error is Go's text after `ParseAddr("…"): `.
pub fn parse_go_addr(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("unable to parse IP".into());
    }
    if s.contains(':') {
        let (addr, zone) = match s.split_once('%') {
            Some((a, z)) => (a, Some(z)),
            None => (s, None),
        };
        if zone == Some("") {
            return Err("zone must be a non-empty string".into());
        }
        return addr
            .parse::<Ipv6Addr>()
            .map(|_| ())
            .map_err(|_| "unable to parse IP".into());
    }
    if s.contains('.') {
        return parse_go_ipv4(s);
    }
    Err("unable to parse IP".into())
}

fn parse_go_ipv4(s: &str) -> Result<(), String> {
    let mut fields = 0;
    for part in s.split('.') {
        fields += 1;
        if fields > 4 {
            return Err("IPv4 address too long".into());
        }
        if part.is_empty() {
            return Err("IPv4 field must have at least one digit".into());
        }
        if let Some(bad) = part.chars().find(|c| !c.is_ascii_digit()) {
            return Err(format!(
                "unexpected character (at {})",
                go_quote(&bad.to_string())
            ));
        }
        if part.len() > 1 && part.starts_with('0') {
            return Err("IPv4 field has octet with leading zero".into());
        }
        if part.len() > 3 || part.parse::<u32>().map_or(true, |v| v > 255) {
            return Err("IPv4 field has value >255".into());
        }
    }
    if fields < 4 {
        return Err("IPv4 address too short".into());
    }
    debug_assert!(s.parse::<Ipv4Addr>().is_ok());
    Ok(())
}

/// Go `netip.ParsePrefix`: `addr/bits`, no zone, bits decimal without sign or leading zeros,
/// within the address family's width (host bits may be set).
pub fn parse_go_prefix(s: &str) -> Result<(), String> {
    let Some((addr, bits)) = s.rsplit_once('/') else {
        return Err("no '/'".into());
    };
    if addr.contains('%') {
        return Err("IPv6 zones cannot be present in a prefix".into());
    }
    parse_go_addr(addr).map_err(|e| format!("ParseAddr({}): {e}", go_quote(addr)))?;
    let max = if addr.contains(':') { 128 } else { 32 };
    let ok = !bits.is_empty()
        && bits.bytes().all(|b| b.is_ascii_digit())
        && !(bits.len() > 1 && bits.starts_with('0'))
        && bits.parse::<u32>().is_ok_and(|b| b <= max);
    if !ok {
        return Err(format!("bad bits after slash: {}", go_quote(bits)));
    }
    Ok(())
}

/// H-IP (ValidateIPAddress): "<addr> is not a valid IP".
pub fn check_ip(addr: &str) -> Result<(), String> {
    parse_go_addr(addr).map_err(|_| format!("{addr} is not a valid IP"))
}

/// H-IP, recorded at `at`.
pub fn ip(addr: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_ip(addr) {
        cx.error(at, e);
    }
}

/// H-SUBNET (ValidateIPSubnet): exactly one `/` → CIDR prefix, else H-IP.
pub fn check_subnet(subnet: &str) -> Result<(), String> {
    if subnet.matches('/').count() == 1 {
        return parse_go_prefix(subnet)
            .map_err(|_| format!("{} is not a valid CIDR block", go_quote(subnet)));
    }
    check_ip(subnet)
}

/// H-SUBNET, recorded at `at`.
pub fn subnet(value: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_subnet(value) {
        cx.error(at, e);
    }
}

/// H-IPBLOCKS (security `ipBlocks`, `remoteIpBlocks` …): every bad entry is an E at its index.
pub fn ip_blocks(values: &[String], at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (i, v) in values.iter().enumerate() {
        let p = at.index(i);
        if v.contains('/') {
            if let Err(e) = parse_go_prefix(v) {
                cx.error(
                    &p,
                    format!(
                        "bad CIDR range ({v}): netip.ParsePrefix({}): {e}",
                        go_quote(v)
                    ),
                );
            }
        } else if let Err(e) = parse_go_addr(v) {
            cx.error(
                &p,
                format!("bad IP address ({v}): ParseAddr({}): {e}", go_quote(v)),
            );
        }
    }
}

/// H-UNIX: a unix socket path (after `unix://` is stripped): non-empty; `@…` (abstract) or an
/// absolute path not ending in `/`.
pub fn check_unix_address(addr: &str) -> Result<(), String> {
    if addr.is_empty() {
        return Err("unix address must not be empty".into());
    }
    if addr.starts_with('@') {
        return Ok(());
    }
    if !addr.starts_with('/') || addr.ends_with('/') {
        return Err(format!("{addr} is not an absolute path to a file"));
    }
    Ok(())
}

/// H-UNIX, recorded at `at`.
pub fn unix_address(addr: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_unix_address(addr) {
        cx.error(at, e);
    }
}

// ---------------------------------------------------------------------------------------------
// §2.5 Regex
// ---------------------------------------------------------------------------------------------

/// Go's regexp error text: "error parsing regexp: <code>: `<expr>`".
fn go_re_err(code: &str, expr: &str) -> String {
    format!("error parsing regexp: {code}: `{expr}`")
}

/// Checks `re` with Go `regexp` (RE2) acceptance rules and returns Go's error text on failure.
///
/// Rust's `regex` differs from Go's RE2 parser; this function bridges the differences that
/// change acceptance before handing the pattern to `regex-syntax`:
/// - Go treats a `{` that does not start `{n}`, `{n,}` or `{n,m}` as a literal (Rust errors);
/// - Go rejects repeat counts above 1000 (Rust allows them) and stacked repetition (`a**`);
/// - Go supports `\Q…\E` and `\C`; Rust does not;
/// - Go's flags are only `i m s U` (Rust also has `x u R`);
/// - inside a class Go treats `[` (outside `[:name:]`), `&&`, `--`, `~~` literally (Rust nests
///   classes and has set operators);
/// - Go rejects a single-digit `\1`..`\9` (back-reference) but accepts octal `\0`, `\12`;
/// - Go allows nesting up to 1000 (Rust's default is 250).
///
/// - capture names: Go takes any letters, digits and `_` (`(?P<1st>`, `(?P<名前>`), Rust only
///   ASCII names not starting with a digit but also `.`, `[`, `]`.
///
/// - Unicode classes: Go knows only `Any`, the general categories and the script names, exactly
///   spelled (Rust also takes aliases, loose spellings and binary properties).
///
/// Remaining known difference: the quoted expression in some Go messages may be a slightly
/// different slice.
pub fn check_go_regex(re: &str) -> Result<(), String> {
    let translated = go_regex_to_rust(re)?;
    let mut parser = regex_syntax::ParserBuilder::new()
        .octal(true)
        .nest_limit(1000)
        .build();
    match parser.parse(&translated) {
        Ok(_) => Ok(()),
        Err(regex_syntax::Error::Parse(e)) => {
            use regex_syntax::ast::ErrorKind as K;
            let span = e.span();
            let snippet = translated
                .get(span.start.offset..span.end.offset)
                .unwrap_or(re);
            let code = match e.kind() {
                K::ClassRangeInvalid | K::ClassRangeLiteral | K::UnicodeClassInvalid => {
                    "invalid character class range"
                }
                K::ClassUnclosed => "missing closing ]",
                K::GroupUnclosed => "missing closing )",
                K::GroupUnopened => "unexpected )",
                K::RepetitionMissing => "missing argument to repetition operator",
                K::RepetitionCountInvalid => "invalid repeat count",
                K::GroupNameDuplicate { .. } => "duplicate capture group name",
                K::GroupNameEmpty | K::GroupNameInvalid | K::GroupNameUnexpectedEof => {
                    "invalid named capture"
                }
                K::NestLimitExceeded(_) => "expression nests too deeply",
                K::EscapeUnexpectedEof => {
                    return Err(go_re_err("trailing backslash at end of expression", ""));
                }
                K::UnsupportedLookAround
                | K::FlagDanglingNegation
                | K::FlagDuplicate { .. }
                | K::FlagRepeatedNegation { .. }
                | K::FlagUnexpectedEof
                | K::FlagUnrecognized => "invalid or unsupported Perl syntax",
                _ => "invalid escape sequence",
            };
            let whole = matches!(e.kind(), K::GroupUnclosed | K::GroupUnopened);
            Err(go_re_err(code, if whole { re } else { snippet }))
        }
        Err(regex_syntax::Error::Translate(e)) => {
            let span = e.span();
            let snippet = translated
                .get(span.start.offset..span.end.offset)
                .unwrap_or(re);
            Err(go_re_err("invalid character class range", snippet))
        }
        Err(_) => Err(go_re_err("invalid or unsupported Perl syntax", re)),
    }
}

/// The Unicode class names Go's `regexp` knows in `\p{…}`: `Any`, the general categories, and
/// the scripts by their exact long names (case-sensitive; no aliases, no binary properties).
/// Scripts are Unicode 16's, so a script newer than the toolchain upstream was built with is
/// accepted rather than rejected.
const GO_UNICODE_CATEGORIES: &[&str] = &[
    "Any", "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd",
    "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp",
    "Zs",
];
const GO_UNICODE_SCRIPTS: &[&str] = &[
    "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum",
    "Bassa_Vah", "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid",
    "Canadian_Aboriginal", "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian",
    "Common", "Coptic", "Cuneiform", "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari",
    "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Garay",
    "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi",
    "Gurung_Khema", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana",
    "Imperial_Aramaic", "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese",
    "Kaithi", "Kannada", "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer",
    "Khojki", "Khudawadi", "Kirat_Rai", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu",
    "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean", "Marchen",
    "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive",
    "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar", "Nabataean",
    "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong", "Ogham",
    "Ol_Chiki", "Ol_Onal", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic", "Old_Persian",
    "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya",
    "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang",
    "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala",
    "Sogdian", "Sora_Sompeng", "Soyombo", "Sundanese", "Sunuwar", "Syloti_Nagri", "Syriac", "Tagalog",
    "Tagbanwa", "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana",
    "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Todhri", "Toto", "Tulu_Tigalari", "Ugaritic", "Vai",
    "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
];

/// A `\p`/`\P` class at the start of `s` (Go syntax: `\pL`, `\p{Greek}`, `\p{^Greek}`): its
/// Rust spelling and byte length, or Go's error for a name Go does not know.
fn go_unicode_class(s: &str) -> Result<(String, usize), String> {
    let negated = s.as_bytes()[1] == b'P';
    let body = &s[2..];
    let (name, used) = if let Some(braced) = body.strip_prefix('{') {
        let Some(end) = braced.find('}') else {
            return Err(go_re_err("invalid character class range", s));
        };
        (&braced[..end], 2 + 1 + end + 1)
    } else {
        let Some(ch) = body.chars().next() else {
            return Err(go_re_err("invalid character class range", s));
        };
        (&body[..ch.len_utf8()], 2 + ch.len_utf8())
    };
    let (name, negated) = match name.strip_prefix('^') {
        Some(n) => (n, !negated),
        None => (name, negated),
    };
    if !GO_UNICODE_CATEGORIES.contains(&name) && !GO_UNICODE_SCRIPTS.contains(&name) {
        return Err(go_re_err("invalid character class range", &s[..used]));
    }
    if name == "Cs" {
        // Surrogates: never in valid UTF-8. Go accepts the class; Rust has none, so spell it
        // as the empty class (or, negated, every character).
        return Ok((if negated { r"[\x00-\x{10FFFF}]" } else { r"[^\x00-\x{10FFFF}]" }.to_string(), used));
    }
    Ok((format!("\\{}{{{name}}}", if negated { 'P' } else { 'p' }), used))
}

/// A `{n}`, `{n,}` or `{n,m}` at the start of `s`: its byte length and (min, max).
fn go_repeat_at(s: &str) -> Option<(usize, i64, Option<i64>)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'{') {
        return None;
    }
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n1 = digits(1);
    if n1 == 0 {
        return None;
    }
    let min = s[1..1 + n1].parse::<i64>().unwrap_or(i64::MAX);
    let mut i = 1 + n1;
    let max;
    if b.get(i) == Some(&b',') {
        let n2 = digits(i + 1);
        max = if n2 == 0 {
            None
        } else {
            Some(s[i + 1..i + 1 + n2].parse::<i64>().unwrap_or(i64::MAX))
        };
        i += 1 + n2;
    } else {
        max = Some(min);
    }
    (b.get(i) == Some(&b'}')).then_some((i + 1, min, max))
}

/// Rewrites a Go RE2 pattern into an equivalent-for-acceptance Rust pattern (see
/// [`check_go_regex`]), or returns the Go error for what only Go's parser reports.
fn go_regex_to_rust(re: &str) -> Result<String, String> {
    let mut out = String::with_capacity(re.len() + 8);
    let mut i = 0;
    let mut depth: usize = 0;
    let mut class_start: Option<usize> = None;
    let mut last_repeat: Option<usize> = None;
    let mut names: Vec<&str> = Vec::new();
    while i < re.len() {
        let rest = &re[i..];
        let c = rest.chars().next().expect("non-empty");
        if class_start.is_some() {
            // Inside a character class.
            match c {
                ']' => {
                    out.push(']');
                    class_start = None;
                    i += 1;
                }
                '\\' => {
                    let next = rest[1..].chars().next();
                    match next {
                        None => {
                            return Err(go_re_err("trailing backslash at end of expression", ""));
                        }
                        Some('p' | 'P') => {
                            let (class, used) = go_unicode_class(rest)?;
                            out.push_str(&class);
                            i += used;
                        }
                        Some(n) => {
                            out.push('\\');
                            out.push(n);
                            i += 1 + n.len_utf8();
                        }
                    }
                }
                '[' => {
                    if rest.starts_with("[:") && rest[2..].find(":]").is_some() {
                        let end = 2 + rest[2..].find(":]").unwrap() + 2;
                        out.push_str(&rest[..end]);
                        i += end;
                    } else {
                        out.push_str("\\[");
                        i += 1;
                    }
                }
                '&' | '~' if rest[1..].starts_with(c) => {
                    out.push('\\');
                    out.push(c);
                    i += 1;
                }
                '-' if rest[1..].starts_with('-') => {
                    out.push_str("-\\-");
                    i += 2;
                }
                _ => {
                    out.push(c);
                    i += c.len_utf8();
                }
            }
            continue;
        }
        let mut repeat_here = false;
        match c {
            '\\' => {
                let Some(n) = rest[1..].chars().next() else {
                    return Err(go_re_err("trailing backslash at end of expression", ""));
                };
                match n {
                    'Q' => {
                        let body = &rest[2..];
                        let (lit, used) = match body.find("\\E") {
                            Some(e) => (&body[..e], 2 + e + 2),
                            None => (body, rest.len()),
                        };
                        out.push_str("(?:");
                        out.push_str(&regex_syntax::escape(lit));
                        out.push(')');
                        i += used;
                        last_repeat = None;
                        continue;
                    }
                    'C' => out.push_str("(?s:.)"),
                    'b' | 'B' => {
                        out.push_str("(?:\\");
                        out.push(n);
                        out.push(')');
                    }
                    '1'..='7' if !rest[2..].starts_with(|d: char| ('0'..='7').contains(&d)) => {
                        return Err(go_re_err("invalid escape sequence", &rest[..2]));
                    }
                    '8' | '9' => return Err(go_re_err("invalid escape sequence", &rest[..2])),
                    'p' | 'P' => {
                        let (class, used) = go_unicode_class(rest)?;
                        out.push_str(&class);
                        i += used;
                        last_repeat = None;
                        continue;
                    }
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
                i += 1 + n.len_utf8();
            }
            '[' => {
                class_start = Some(i);
                out.push('[');
                i += 1;
                if re[i..].starts_with('^') {
                    out.push('^');
                    i += 1;
                }
                if re[i..].starts_with(']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            '(' if rest.starts_with("(?P<") || rest.starts_with("(?<") => {
                // Named group: Go allows any letters, digits and `_` (a leading digit too);
                // Rust only ASCII names not starting with a digit, but also `.`, `[`, `]`.
                let open = if rest.starts_with("(?P<") { 4 } else { 3 };
                let Some(end) = rest[open..].find('>') else {
                    return Err(go_re_err("invalid named capture", rest));
                };
                let name = &rest[open..open + end];
                if name.is_empty() || !name.chars().all(|ch| ch == '_' || ch.is_alphanumeric()) {
                    return Err(go_re_err("invalid named capture", &rest[..open + end + 1]));
                }
                if names.contains(&name) {
                    return Err(go_re_err("duplicate capture group name", name));
                }
                names.push(name);
                let rust_safe = name.starts_with(|ch: char| ch == '_' || ch.is_ascii_alphabetic())
                    && name.bytes().all(|b| b == b'_' || b.is_ascii_alphanumeric());
                out.push_str("(?P<");
                if rust_safe {
                    out.push_str(name);
                } else {
                    // An injective spelling no Go name can have (Go names never contain `.`).
                    out.push_str("_.");
                    name.bytes().for_each(|b| out.push_str(&format!("{b:02x}")));
                }
                out.push('>');
                depth += 1;
                i += open + end + 1;
            }
            '(' => {
                if let Some(body) = rest.strip_prefix("(?") {
                    // Flags group: Go knows only i, m, s, U (and `-`).
                    if let Some(p) =
                        body.find(|ch: char| !matches!(ch, 'i' | 'm' | 's' | 'U' | '-'))
                    {
                        let ch = body[p..].chars().next().unwrap();
                        if ch != ':' && ch != ')' {
                            return Err(go_re_err(
                                "invalid or unsupported Perl syntax",
                                &rest[..2 + p + ch.len_utf8()],
                            ));
                        }
                        if ch == ')' {
                            out.push_str(&rest[..2 + p + 1]);
                            i += 2 + p + 1;
                            last_repeat = None;
                            continue;
                        }
                    }
                }
                depth += 1;
                out.push('(');
                i += 1;
            }
            ')' => {
                if depth == 0 {
                    return Err(go_re_err("unexpected )", re));
                }
                depth -= 1;
                out.push(')');
                i += 1;
            }
            '*' | '+' | '?' => {
                repeat_here = true;
                let mut len = 1;
                if rest[1..].starts_with('?') {
                    len = 2;
                }
                if let Some(prev) = last_repeat {
                    return Err(go_re_err(
                        "invalid nested repetition operator",
                        &re[prev..i + len],
                    ));
                }
                out.push_str(&rest[..len]);
                last_repeat = Some(i);
                i += len;
            }
            '{' => match go_repeat_at(rest) {
                Some((len, min, max)) => {
                    repeat_here = true;
                    let mut total = len;
                    if rest[len..].starts_with('?') {
                        total += 1;
                    }
                    if let Some(prev) = last_repeat {
                        return Err(go_re_err(
                            "invalid nested repetition operator",
                            &re[prev..i + total],
                        ));
                    }
                    if min > 1000 || max.is_some_and(|m| m > 1000 || min > m) {
                        return Err(go_re_err("invalid repeat count", &rest[..len]));
                    }
                    out.push_str(&rest[..total]);
                    last_repeat = Some(i);
                    i += total;
                }
                None => {
                    out.push_str("\\{");
                    i += 1;
                }
            },
            _ => {
                out.push(c);
                i += c.len_utf8();
            }
        }
        if !repeat_here {
            last_repeat = None;
        }
    }
    if let Some(start) = class_start {
        return Err(go_re_err("missing closing ]", &re[start..]));
    }
    if depth > 0 {
        return Err(go_re_err("missing closing )", re));
    }
    Ok(out)
}

/// H-REGEX: ≤ 1024 bytes and RE2-valid; `location` is upstream's quoted place name (`uri`,
/// `headers`, …).
pub fn check_regex(re: &str, location: &str) -> Result<(), String> {
    if re.len() > 1024 {
        return Err(format!(
            "{}: regex is too large, max length allowed is 1024",
            go_quote(location)
        ));
    }
    check_go_regex(re).map_err(|e| {
        format!(
            "{}: {e}; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)",
            go_quote(location)
        )
    })
}

/// H-REGEX, recorded at `at`.
pub fn regex(re: &str, location: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_regex(re, location) {
        cx.error(at, e);
    }
}

/// A `StringMatch` value as the rules see it (the kinds own the typed message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrMatch<'a> {
    Exact(&'a str),
    Prefix(&'a str),
    Regex(&'a str),
}

/// H-STRMATCH at location `location`: `prefix: ""` and `regex: ""` are errors, a regex must pass
/// H-REGEX; `at` is the StringMatch's path (findings go to `at.prefix` / `at.regex`).
pub fn string_match(m: StrMatch<'_>, location: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    match m {
        StrMatch::Exact(_) => {}
        StrMatch::Prefix("") => cx.error(
            &at.field("prefix"),
            format!(
                "{}: prefix string match should not be empty",
                go_quote(location)
            ),
        ),
        StrMatch::Prefix(_) => {}
        StrMatch::Regex(_) => string_match_regex(m, location, at, cx),
    }
}

/// H-STRMATCH-RE (uri): only the regex part is checked.
pub fn string_match_regex(m: StrMatch<'_>, location: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let StrMatch::Regex(re) = m {
        let p = at.field("regex");
        if re.is_empty() {
            cx.error(
                &p,
                format!(
                    "{}: regex string match should not be empty",
                    go_quote(location)
                ),
            );
        } else {
            regex(re, location, &p, cx);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// §2.6 Headers
// ---------------------------------------------------------------------------------------------

/// H-HDR-TOKEN: one or more RFC 7230 token characters.
pub fn is_header_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The JWT-claim routing form of a header match name: `@request.auth.claims.<x>` or
/// `@request.auth.claims[<x>]` (lower-cased comparison).
pub fn is_jwt_claim_header(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("@request.auth.claims") else {
        return false;
    };
    (rest.len() > 1 && rest.starts_with('.'))
        || (rest.len() > 2 && rest.starts_with('[') && rest.ends_with(']'))
}

/// H-HDR-MATCHNAME (VS `headers` / `withoutHeaders` keys).
pub fn header_match_name(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
        return;
    }
    if is_jwt_claim_header(name)
        || matches!(
            name,
            ":method" | ":scheme" | ":authority" | ":path" | ":status"
        )
        || is_header_token(name)
    {
        return;
    }
    cx.error(
        at,
        format!("header name {} is not a valid header name", go_quote(name)),
    );
}

/// H-HDR-SETREQ (names in `headers.request.add` / `.set`): `host` and `:authority` allowed.
pub fn header_name_set_request(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
    } else if name.starts_with(':') && !name.eq_ignore_ascii_case(":authority") {
        cx.error(
            at,
            format!(
                "invalid header {}: header cannot have \":\" prefix",
                go_quote(name)
            ),
        );
    }
}

/// H-HDR-OTHER (names in `headers.request.remove`, `headers.response.*`).
pub fn header_name_other(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
    } else if name.eq_ignore_ascii_case("host") {
        cx.error(at, "cannot set Host header");
    } else if name.starts_with(':') {
        cx.error(
            at,
            format!(
                "invalid header {}: header cannot have \":\" prefix",
                go_quote(name)
            ),
        );
    }
}

/// H-HDR-VALUE: no control bytes except TAB, and a valid Envoy header format string.
pub fn check_header_value(value: &str) -> Result<(), String> {
    if value.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Err(format!("invalid header value: {}", go_quote(value)));
    }
    check_envoy_format(value).map_err(|e| format!("header value configuration: {e}"))
}

/// Envoy's header-value formatter grammar: `%%`, `%VAR%`, `%VAR(arg)%`, `%VAR(["a","b"])%`.
fn check_envoy_format(v: &str) -> Result<(), String> {
    let b = v.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        if i + 1 == n {
            return Err(format!(
                "Invalid header configuration. Un-escaped % at position {i}"
            ));
        }
        if b[i + 1] == b'%' {
            i += 2;
            continue;
        }
        let start = i;
        let unterminated = || {
            format!(
                "Invalid header configuration. Un-terminated variable expression '{}'",
                &v[start..]
            )
        };
        let mut j = i + 1;
        while j < n && b[j] != b'%' && b[j] != b'(' {
            j += 1;
        }
        if j == n {
            return Err(unterminated());
        }
        if b[j] == b'(' {
            j += 1;
            let skip_ws = |mut k: usize| {
                while k < n && b[k] == b' ' {
                    k += 1;
                }
                k
            };
            j = skip_ws(j);
            if j < n && b[j] == b'[' {
                // JSON-style list of strings.
                j = skip_ws(j + 1);
                loop {
                    if j >= n {
                        return Err(unterminated());
                    }
                    if b[j] != b'"' {
                        return Err(format!(
                            "Invalid header configuration. Expected a string in the parameter list of '{}'",
                            &v[start..]
                        ));
                    }
                    j += 1;
                    while j < n && b[j] != b'"' {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                    if j >= n {
                        return Err(unterminated());
                    }
                    j = skip_ws(j + 1);
                    match b.get(j) {
                        Some(b',') => j = skip_ws(j + 1),
                        Some(b']') => {
                            j = skip_ws(j + 1);
                            break;
                        }
                        None => return Err(unterminated()),
                        Some(_) => {
                            return Err(format!(
                                "Invalid header configuration. Unexpected character in the parameter list of '{}'",
                                &v[start..]
                            ));
                        }
                    }
                }
                if j >= n {
                    return Err(unterminated());
                }
                if b[j] != b')' {
                    return Err(format!(
                        "Invalid header configuration. Unexpected character in the parameter list of '{}'",
                        &v[start..]
                    ));
                }
            } else {
                while j < n && b[j] != b')' {
                    j += 1;
                }
                if j >= n {
                    return Err(unterminated());
                }
            }
            j += 1; // past ')'
            if j >= n || b[j] != b'%' {
                if j >= n {
                    return Err(unterminated());
                }
                return Err(format!(
                    "Invalid header configuration. Expect '%' after the parameters of '{}'",
                    &v[start..]
                ));
            }
        }
        i = j + 1;
    }
    Ok(())
}

/// H-HDR-VALUE, recorded at `at`.
pub fn header_value(value: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_header_value(value) {
        cx.error(at, e);
    }
}

/// H-HDR-CORS (CORS allow/expose header names): non-empty; `*` or H-HDR-TOKEN.
pub fn cors_header(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if name.is_empty() {
        cx.error(at, "header name cannot be empty");
    } else if name != "*" && !is_header_token(name) {
        cx.error(
            at,
            format!("header name {} is not a valid header name", go_quote(name)),
        );
    }
}

/// H-HDR-STRICT (RequestAuthentication `outputClaimToHeaders[].header`): `^[-_A-Za-z0-9]+$`.
pub fn is_strict_header_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// H-HDR-PROBE (WorkloadGroup probe header names): `^[-A-Za-z0-9]+$`.
pub fn is_probe_header_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

// ---------------------------------------------------------------------------------------------
// §2.7 Labels and selectors
// ---------------------------------------------------------------------------------------------

/// The "qualified name" part of a label key or a label value: 1–63 of `[A-Za-z0-9_.-]`,
/// starting and ending alphanumeric (`max` = None lifts the length limit, for values).
fn is_qualified_name(s: &str, max: Option<usize>) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && max.is_none_or(|m| b.len() <= m)
        && is_alnum(b[0])
        && is_alnum(b[b.len() - 1])
        && b.iter()
            .all(|&c| is_alnum(c) || matches!(c, b'-' | b'_' | b'.'))
}

/// A DNS-1123 label by pattern only (no length limit), as in a label key's prefix.
fn is_dns_label_pattern(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && is_alnum(b[0])
        && is_alnum(b[b.len() - 1])
        && b.iter().all(|&c| is_alnum(c) || c == b'-')
}

/// H-LABELMAP key: `[prefix/]name`, prefix = DNS-1123 labels joined by `.` (≤ 253 chars),
/// name = 1–63 of `[A-Za-z0-9_.-]` starting and ending alphanumeric.
pub fn check_label_key(k: &str) -> Result<(), String> {
    let invalid = |why: &str| Err(format!("invalid tag key: {}{why}", go_quote(k)));
    let (prefix, name) = match k.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, k),
    };
    if prefix.is_some_and(|p| !p.split('.').all(is_dns_label_pattern))
        || !is_qualified_name(name, None)
    {
        return invalid("");
    }
    if prefix.is_some_and(|p| p.len() > 253) {
        return invalid(" (DNS prefix is too long)");
    }
    if name.len() > 63 {
        return invalid(" (name is too long)");
    }
    Ok(())
}

/// [`check_label_key`] as a predicate.
pub fn is_label_key(k: &str) -> bool {
    check_label_key(k).is_ok()
}

/// H-LABELMAP value: empty, or the qualified-name pattern with no length limit.
pub fn is_label_value(v: &str) -> bool {
    v.is_empty() || is_qualified_name(v, None)
}

/// H-LABELMAP: every bad key → "invalid tag key", every bad value → "invalid tag value"; the
/// findings sit at `at[key]`.
pub fn label_map(labels: &BTreeMap<String, String>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (k, v) in labels {
        let p = at.key(k);
        if let Err(e) = check_label_key(k) {
            cx.error(&p, e);
        }
        if !is_label_value(v) {
            cx.error(&p, format!("invalid tag value: {}", go_quote(v)));
        }
    }
}

/// The E part of H-SEL / H-SEL-ALPHA: empty keys and `*` in keys or values. Returns whether
/// any error was recorded.
fn selector_labels(labels: &BTreeMap<String, String>, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let mut bad = false;
    for (k, v) in labels {
        let p = at.key(k);
        let pair = go_quote(&format!("{k}={v}"));
        if k.is_empty() {
            cx.error(
                &p,
                format!("empty key is not supported in selector: {pair}"),
            );
            bad = true;
        }
        if k.contains('*') || v.contains('*') {
            cx.error(&p, format!("wildcard is not supported in selector: {pair}"));
            bad = true;
        }
    }
    bad
}

/// H-SEL-ALPHA (`workloadSelector.labels` of Sidecar, ServiceEntry, EnvoyFilter). `at` is the
/// selector's path; `empty_warning` is the kind's wording for a selector without labels.
/// Returns true when an error was found: the caller must then stop and keep only the
/// selector's errors (§1.6.5).
pub fn alpha_selector(
    sel: Option<&NetworkingWorkloadSelector>,
    empty_warning: &str,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) -> bool {
    let Some(sel) = sel else { return false };
    let labels = sel.labels.as_ref();
    let bad = labels.is_some_and(|l| selector_labels(l, &at.field("labels"), cx));
    if labels.is_none_or(|l| l.is_empty()) {
        cx.warn(at, empty_warning);
    }
    bad
}

/// H-SEL (`selector.matchLabels`, DestinationRule `workloadSelector.matchLabels`).
pub fn selector(sel: Option<&WorkloadSelector>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let Some(sel) = sel else { return };
    let labels = sel.match_labels.as_ref();
    if let Some(l) = labels {
        selector_labels(l, &at.field("matchLabels"), cx);
    }
    if labels.is_none_or(|l| l.is_empty()) {
        cx.warn(at, "workload selector specified without labels");
    }
}

/// H-ONEOF: at most one of `selector`, `targetRef`, `targetRefs` (counted when non-empty).
pub fn selector_or_target_refs(
    selector: bool,
    target_ref: bool,
    target_refs: bool,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    if [selector, target_ref, target_refs]
        .iter()
        .filter(|b| **b)
        .count()
        > 1
    {
        cx.error(at, "only one of targetRefs or workloadSelector can be set");
    }
}

/// The (group, kind) pairs a policy `targetRef` may name (H-TREF); an empty group is `core`.
pub const TARGET_REF_KINDS: [(&str, &str); 4] = [
    ("core", "Service"),
    ("networking.istio.io", "ServiceEntry"),
    ("gateway.networking.k8s.io", "Gateway"),
    ("gateway.networking.k8s.io", "GatewayClass"),
];

/// H-TREF: one `targetRef` / `targetRefs[i]`.
pub fn target_ref(r: &PolicyTargetReference, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if r.name.as_deref().unwrap_or("").is_empty() {
        cx.error(&at.field("name"), "targetRef name must be set");
    }
    if !r.namespace.as_deref().unwrap_or("").is_empty() {
        cx.error(
            &at.field("namespace"),
            "targetRef namespace must not be set; cross namespace referencing is not supported",
        );
    }
    let group = match r.group.as_deref().unwrap_or("") {
        "" => "core",
        g => g,
    };
    let kind = r.kind.as_deref().unwrap_or("");
    if !TARGET_REF_KINDS.contains(&(group, kind)) {
        let allowed: Vec<String> = TARGET_REF_KINDS
            .iter()
            .map(|(g, k)| format!("{g}/{k}"))
            .collect();
        cx.error(
            at,
            format!(
                "targetRef must be to one of [{}] but was {group}/{kind}",
                allowed.join(" ")
            ),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// §2.8 exportTo
// ---------------------------------------------------------------------------------------------

/// Which kind an `exportTo` list belongs to (H-EXPORT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportToOf {
    VirtualService,
    /// `with_selector`: the DestinationRule has a `workloadSelector` (adds DR-10/DR-11).
    DestinationRule {
        with_selector: bool,
    },
    ServiceEntry,
}

/// H-EXPORT-1..5 (and DestinationRule's DR-10/DR-11, which need the same set). `namespace` is
/// the config namespace (§1.3, defaulted); `.` stands for it when looking for duplicates.
pub fn export_to(
    entries: &[String],
    namespace: &str,
    of: ExportToOf,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    if entries.is_empty() {
        return;
    }
    let is_se = of == ExportToOf::ServiceEntry;
    let mut set: Vec<&str> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let p = at.index(i);
        let key: &str = if e == "." { namespace } else { e };
        if set.contains(&key) {
            if key != e {
                cx.error(
                    &p,
                    format!("duplicate entries in exportTo: . and current namespace {namespace}"),
                );
            } else {
                cx.error(&p, format!("duplicate entries in exportTo for entry {e}"));
            }
            continue;
        }
        if is_se && e == "~" {
            set.push(key);
            continue;
        }
        match key {
            "*" => set.push(key),
            "~" => cx.error(
                &p,
                "exportTo ~ (none) is not allowed for Istio configuration objects",
            ),
            _ if key == "." || is_dns1123_label(key) => set.push(key),
            _ => cx.error(
                &p,
                "only .,*, or a valid DNS 1123 label is allowed as exportTo entry",
            ),
        }
    }
    let dr_with_selector = of
        == ExportToOf::DestinationRule {
            with_selector: true,
        };
    if dr_with_selector && !set.is_empty() {
        if !set.contains(&namespace) {
            cx.error(at, "destination rule with workload selector cannot have exportTo beyond current namespace");
        } else if set.len() > 1 {
            cx.error(
                at,
                "destination rule with workload selector cannot have multiple entries in exportTo",
            );
        }
    }
    if set.contains(&"*") && entries.len() > 1 {
        cx.error(
            at,
            "cannot have both public (*) and non-public exportTo values for a resource",
        );
    }
    if set.contains(&"~") && entries.len() > 1 {
        cx.error(at, "cannot export service entry to no one (~) and someone");
    }
}

// ---------------------------------------------------------------------------------------------
// §2.9 Gateway references
// ---------------------------------------------------------------------------------------------

/// H-GWNAME-1..5 over one gateway list. With `gateway_semantics` (VS route semantics =
/// gateway, `spec.gateways` only) the name part is not DNS-checked. Legacy-name warnings are
/// recorded here; callers that lose them upstream wrap this in `cx.errors_only`.
pub fn gateway_names(names: &[String], gateway_semantics: bool, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (i, name) in names.iter().enumerate() {
        let p = at.index(i);
        let Some((ns, gw)) = name.split_once('/') else {
            if name.contains('.') {
                let parts: Vec<&str> = name.split('.').collect();
                let recommended = format!("{}/{}", parts[1], parts[0]);
                cx.warn(
                    &p,
                    format!(
                        "using legacy gatewayName format {}; prefer the <namespace>/<name> format: {}",
                        go_quote(name),
                        go_quote(&recommended)
                    ),
                );
            }
            if let Err(e) = check_fqdn(name) {
                cx.error(&p, e);
            }
            // Upstream stops at the first short entry: the rest of the list is not checked.
            return;
        };
        if ns.is_empty() || gw.is_empty() {
            cx.error(&p, "config namespace and gateway name cannot be empty");
        }
        if !is_dns1123_label(ns) {
            cx.error(&p, format!("invalid value for namespace: {}", go_quote(ns)));
        }
        if !gateway_semantics && !is_dns1123_label(gw) {
            cx.error(
                &p,
                format!("invalid value for gateway name: {}", go_quote(gw)),
            );
        }
    }
}

/// §2.9 `mesh` semantics: a VirtualService applies to sidecars when it lists no gateways or
/// lists the literal `mesh`.
pub fn binds_to_mesh(gateways: &[String]) -> bool {
    gateways.is_empty() || gateways.iter().any(|g| g == "mesh")
}

// ---------------------------------------------------------------------------------------------
// §2.10 Destinations
// ---------------------------------------------------------------------------------------------

/// H-DEST-1..4 for a Destination at `at` (host, optional subset, optional port selector).
pub fn destination(
    host: &str,
    subset: Option<&str>,
    port: Option<&PortSelector>,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    let hp = at.field("host");
    if host == "*" {
        cx.error(&hp, format!("invalid destination host {host}"));
    } else {
        wildcard_domain(host, &hp, cx);
    }
    if let Some(s) = subset.filter(|s| !s.is_empty()) {
        subset_name(s, &at.field("subset"), cx);
    }
    if let Some(p) = port {
        port_selector(p, &at.field("port"), cx);
    }
}

// ---------------------------------------------------------------------------------------------
// §2.11 Mutually exclusive / co-required fields
// ---------------------------------------------------------------------------------------------

/// How many of the flags are set.
pub fn count_set(set: &[bool]) -> usize {
    set.iter().filter(|b| **b).count()
}

/// E `message` at `at` when more than one of `set` holds; returns whether it fired.
pub fn at_most_one(set: &[bool], message: &str, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let fired = count_set(set) > 1;
    if fired {
        cx.error(at, message);
    }
    fired
}

/// E `message` at `at` unless exactly one of `set` holds; returns whether it fired.
pub fn exactly_one(set: &[bool], message: &str, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let fired = count_set(set) != 1;
    if fired {
        cx.error(at, message);
    }
    fired
}

/// E `message` at `at` when `a` holds but `b` does not (a co-required pair); returns whether it fired.
pub fn requires(a: bool, b: bool, message: &str, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let fired = a && !b;
    if fired {
        cx.error(at, message);
    }
    fired
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::validation::{Finding, Level, Meta};

    fn run(f: impl FnOnce(&Path<'_>, &mut Ctx<'_>)) -> Vec<Finding> {
        let meta = Meta::default();
        let mut cx = Ctx::new(&meta);
        let p = Path::root("spec");
        f(&p, &mut cx);
        cx.into_findings()
    }
    fn errors(f: impl FnOnce(&Path<'_>, &mut Ctx<'_>)) -> Vec<String> {
        run(f)
            .into_iter()
            .filter(|f| f.level == Level::Error)
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn go_quote_and_float() {
        assert_eq!(go_quote("a\"b\\c\n\x01é"), "\"a\\\"b\\\\c\\n\\x01é\"");
        assert_eq!(go_float(150.0), "150");
        assert_eq!(go_float(0.00001), "1e-05");
        assert_eq!(go_float(-0.5), "-0.5");
        assert_eq!(go_float(1e21), "1e+21");
        assert_eq!(go_float(999999.0), "999999");
        assert_eq!(go_float(1000000.0), "1e+06");
        assert_eq!(go_float(123456789.0), "1.23456789e+08");
    }

    #[test]
    fn dns_labels() {
        assert!(is_dns1123_label("Foo-1"));
        assert!(!is_dns1123_label("-a"));
        assert!(!is_dns1123_label("a_b"));
        assert!(!is_dns1123_label(""));
        assert!(!is_dns1123_label(&"a".repeat(64)));
        assert!(is_wildcard_dns1123_label("*"));
        assert!(is_wildcard_dns1123_label("*foo"));
        assert!(is_wildcard_dns1123_label("*-foo"));
        assert!(!is_wildcard_dns1123_label("foo*"));
        assert!(!is_wildcard_dns1123_label("**"));
    }

    #[test]
    fn fqdn_and_wildcards() {
        assert!(check_fqdn("reviews").is_ok());
        assert!(check_fqdn("a.123.").is_ok());
        assert!(
            check_fqdn("a.123")
                .unwrap_err()
                .contains("cannot be all-numeric")
        );
        assert!(check_fqdn("").unwrap_err().contains("empty domain"));
        assert!(
            check_fqdn(&"a.".repeat(130))
                .unwrap_err()
                .contains("too long")
        );
        assert!(check_fqdn("*.a.com").is_err());
        for ok in [
            "*",
            "*.example.com",
            "*foo.example.com",
            "reviews",
            "123",
            "a.b.",
        ] {
            assert!(check_wildcard_domain(ok).is_ok(), "{ok}");
        }
        for bad in ["foo.*.com", "a..b", "10.0.0.1", "*.123"] {
            assert!(check_wildcard_domain(bad).is_err(), "{bad}");
        }
        assert!(is_partial_wildcard("*foo.com"));
        assert!(!is_partial_wildcard("*.foo.com"));
        assert!(!is_partial_wildcard("*"));
        let e = errors(|p, cx| fqdn("a.1", p, cx));
        assert_eq!(e.len(), 1);
        assert!(errors(|p, cx| wildcard_domain("*.ok.com", p, cx)).is_empty());
    }

    #[test]
    fn sni_gateway_hosts() {
        assert!(
            check_gateway_bound_domain("outbound_.80_._.reviews.default.svc.cluster.local", true)
                .is_ok()
        );
        assert!(
            check_gateway_bound_domain("outbound_.80_.", true)
                .unwrap_err()
                .contains("outbound_.<PORT>_._.<HOSTNAME>")
        );
        assert!(check_gateway_bound_domain("outbound_.x_._.reviews", true).is_err());
        assert!(check_gateway_bound_domain("outbound_.80_._.123", true).is_err());
        // Without sni, `outbound_…` is just an invalid wildcard domain.
        assert!(check_gateway_bound_domain("outbound_.80_._.reviews", false).is_err());
    }

    #[test]
    fn subset_port_names_protocols() {
        assert_eq!(
            errors(|p, cx| subset_name("", p, cx)),
            ["subset name cannot be empty"]
        );
        assert_eq!(
            errors(|p, cx| subset_name("v_1", p, cx)),
            ["subset name is invalid: v_1"]
        );
        assert!(errors(|p, cx| subset_name("v1", p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| port_name("", p, cx)),
            ["invalid port name: "]
        );
        assert!(errors(|p, cx| port_name("http-web", p, cx)).is_empty());
        assert_eq!(Protocol::parse("grpc-WEB"), Some(Protocol::GrpcWeb));
        assert_eq!(Protocol::parse("HBONE"), None);
        assert!(Protocol::Https.is_tcp_family() && Protocol::Https.is_tls_like());
        assert!(Protocol::Grpc.is_http_like());
        assert!(errors(|p, cx| protocol("", true, p, cx)).is_empty());
        assert_eq!(errors(|p, cx| protocol("", false, p, cx)).len(), 1);
        assert_eq!(errors(|p, cx| protocol("http3", true, p, cx)).len(), 1);
    }

    #[test]
    fn namespaced_hosts() {
        let sc = NsHostUse::Sidecar;
        let gw = NsHostUse::Gateway {
            gateway_semantics: false,
        };
        assert_eq!(
            errors(|p, cx| namespaced_host("foo.example.com", sc, p, cx)),
            ["host must be of form namespace/dnsName"]
        );
        assert!(errors(|p, cx| namespaced_host("foo.example.com", gw, p, cx)).is_empty());
        assert!(errors(|p, cx| namespaced_host("./foo.example.com", sc, p, cx)).is_empty());
        assert!(errors(|p, cx| namespaced_host("~/*", sc, p, cx)).is_empty());
        assert_eq!(errors(|p, cx| namespaced_host("~/*", gw, p, cx)).len(), 1);
        let gws = NsHostUse::Gateway {
            gateway_semantics: true,
        };
        assert!(errors(|p, cx| namespaced_host("~/*", gws, p, cx)).is_empty());
        assert!(
            errors(|p, cx| namespaced_host("ns/reviews", sc, p, cx))[0].contains("short names")
        );
        // Gateway accepts IPs; Sidecar reports a non-IP invalid host twice.
        assert!(errors(|p, cx| namespaced_host("*/10.0.0.1", gw, p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| namespaced_host("*/10.0.0.1", sc, p, cx)).len(),
            1
        );
        assert_eq!(
            errors(|p, cx| namespaced_host("*/a..b", sc, p, cx)).len(),
            2
        );
        assert!(
            errors(|p, cx| namespaced_host("*/*foo.com", gw, p, cx))
                .iter()
                .any(|e| e.contains("partial wildcard"))
        );
        assert!(errors(|p, cx| namespaced_host("/", sc, p, cx))[0].contains("cannot be empty"));
    }

    #[test]
    fn host_matching() {
        assert!(hosts_match("*.com", "a.b.com"));
        assert!(hosts_match("*.b.com", "*.com"));
        assert!(!hosts_match("a.com", "A.com"));
        assert!(host_subset_of("*.b.com", "*.com"));
        assert!(!host_subset_of("*.com", "*.b.com"));
        assert!(!host_subset_of("*.com", "a.com"));
        assert!(host_subset_of("a.com", "*.com"));
    }

    #[test]
    fn numbers() {
        assert!(errors(|p, cx| port(1, p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| port(0, p, cx)),
            ["port number 0 must be in the range 1..65535"]
        );
        assert_eq!(errors(|p, cx| port(65536, p, cx)).len(), 1);
        assert!(
            errors(|p, cx| port_selector(&PortSelector::default(), p, cx))[0]
                .contains("port number 0")
        );
        assert!(check_duration_nanos(1_000_000).is_ok());
        assert!(
            check_duration_nanos(999_999)
                .unwrap_err()
                .contains("greater than 1ms")
        );
        assert!(
            check_duration_nanos(1_500_000)
                .unwrap_err()
                .contains("ms precision")
        );
        let d = crate::api::common::Duration("1.5ms".into());
        assert_eq!(errors(|p, cx| duration(&d, p, cx)).len(), 1);
        assert!(errors(|p, cx| percent_int(100, p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| percent_int(101, p, cx)),
            ["percentage 101 is not in range 0..100"]
        );
        assert!(errors(|p, cx| percent_frac(0.0, p, cx)).is_empty());
        assert!(errors(|p, cx| percent_frac(0.0001, p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| percent_frac(0.00001, p, cx)),
            ["percentage 1e-05 is neither 0.0, nor in range [0.0001, 100.0]"]
        );
        assert_eq!(errors(|p, cx| percent_frac(100.5, p, cx)).len(), 1);
        // Go's float comparisons: NaN passes, ±Inf fail and print as Go does.
        assert!(errors(|p, cx| percent_frac(f64::NAN, p, cx)).is_empty());
        let inf = errors(|p, cx| percent_frac(f64::INFINITY, p, cx));
        assert!(inf[0].contains("percentage +Inf is neither"), "{inf:?}");
        let neg = errors(|p, cx| percent_frac(f64::NEG_INFINITY, p, cx));
        assert!(neg[0].contains("percentage -Inf is neither"), "{neg:?}");
        assert!(errors(|p, cx| http_status(600, p, cx)).is_empty());
        assert_eq!(errors(|p, cx| http_status(199, p, cx)).len(), 1);
        assert!(errors(|p, cx| grpc_status("UNAVAILABLE", p, cx)).is_empty());
        assert_eq!(errors(|p, cx| grpc_status("unavailable", p, cx)).len(), 1);
    }

    #[test]
    fn weights() {
        let f = run(|p, cx| route_weights(&[-15], &p.field("route"), cx));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].path, "spec.route[0].weight");
        assert_eq!(f[0].message, "weight -15 < 0");
        let f = run(|p, cx| route_weights(&[0, 0], &p.field("route"), cx));
        assert_eq!(f[0].message, "total destination weight = 0");
        assert_eq!(f[0].path, "spec.route");
        assert!(run(|p, cx| route_weights(&[0], p, cx)).is_empty());
        assert!(run(|p, cx| route_weights(&[30, 30], p, cx)).is_empty());
    }

    #[test]
    fn addresses() {
        for ok in ["1.2.3.4", "::1", "fe80::1%eth0", "::ffff:1.2.3.4"] {
            assert!(check_ip(ok).is_ok(), "{ok}");
        }
        for bad in [
            "01.2.3.4",
            "1.2.3",
            "1.2.3.256",
            "fe80::1%",
            "x",
            "",
            "1.2.3.4.5",
        ] {
            assert!(check_ip(bad).is_err(), "{bad}");
        }
        assert_eq!(check_ip("1.2.3").unwrap_err(), "1.2.3 is not a valid IP");
        assert!(check_subnet("10.0.0.1/8").is_ok());
        assert!(check_subnet("::/0").is_ok());
        assert!(check_subnet("10.0.0.0/33").is_err());
        assert!(check_subnet("10.0.0.0/08").is_err());
        assert!(check_subnet("fe80::1%eth0/64").is_err());
        assert!(check_subnet("1.2.3.4").is_ok());
        assert!(check_subnet("1/2/3").is_err());
        let e = errors(|p, cx| {
            ip_blocks(
                &["1.2.3.4/40".into(), "1.2.3.4".into(), "nope".into()],
                p,
                cx,
            )
        });
        assert_eq!(e.len(), 2);
        assert!(e[0].starts_with("bad CIDR range (1.2.3.4/40)"), "{}", e[0]);
        assert!(e[1].starts_with("bad IP address (nope)"), "{}", e[1]);
        assert!(check_unix_address("@abstract").is_ok());
        assert!(check_unix_address("/var/run/x.sock").is_ok());
        assert!(check_unix_address("").is_err());
        assert!(check_unix_address("rel/path").is_err());
        assert!(check_unix_address("/dir/").is_err());
    }

    #[test]
    fn go_regex_acceptance() {
        for ok in [
            "^/api/v[0-9]+$",
            "a{2,5}",
            "a{1000}",
            "a{",
            "x{a}",
            "{",
            "(?P<n>a)",
            "(?<n>a)",
            "(?P<1st>a)",
            r"\pL\p{Greek}\p{^Greek}\PL\p{Any}\p{Old_Italic}",
            r"[\p{Lu}\d]+",
            r"[\p{Cs}a]\P{Cs}",
            "(?P<名前>a)(?P<_x9>b)",
            "(?i)abc",
            "(?i:x)",
            r"\Qa.b(\E",
            "[[:alpha:]]",
            "[a&&b]",
            "[[]",
            r"\012",
            "a*?",
            r"\b",
            "[]a]",
        ] {
            assert!(check_go_regex(ok).is_ok(), "{ok}: {:?}", check_go_regex(ok));
        }
        for (bad, want) in [
            ("(", "missing closing ): `(`"),
            ("a)", "unexpected ): `a)`"),
            ("[a", "missing closing ]: `[a`"),
            ("a{1001}", "invalid repeat count"),
            ("a{3,2}", "invalid repeat count"),
            ("a**", "invalid nested repetition operator: `**`"),
            ("(?=x)", "invalid or unsupported Perl syntax"),
            ("(?x)a", "invalid or unsupported Perl syntax"),
            (r"(a)\1", "invalid escape sequence"),
            ("*", "missing argument to repetition operator"),
            ("[z-a]", "invalid character class range"),
            ("(?P<a.b>x)", "invalid named capture: `(?P<a.b>`"),
            (r"\p{greek}", r"invalid character class range: `\p{greek}`"),
            (r"a\p{Emoji}", r"invalid character class range: `\p{Emoji}`"),
            (r"\p{sc=Greek}", "invalid character class range"),
            (r"\pX", r"invalid character class range: `\pX`"),
            (r"[\p{Alphabetic}]", r"invalid character class range: `\p{Alphabetic}`"),
            (r"\p{Greek", "invalid character class range"),
            ("(?<a[0]>x)", "invalid named capture: `(?<a[0]>`"),
            ("(?P<>x)", "invalid named capture: `(?P<>`"),
            ("(?P<abc", "invalid named capture: `(?P<abc`"),
            ("(?P<1st>a)(?P<1st>b)", "duplicate capture group name: `1st`"),
            (r"a\", "trailing backslash"),
        ] {
            let e = check_go_regex(bad).unwrap_err();
            assert!(e.contains(want), "{bad}: {e}");
            assert!(e.starts_with("error parsing regexp: "), "{e}");
        }
        let long = "a".repeat(1025);
        assert!(check_regex(&long, "uri").unwrap_err().contains("too large"));
    }

    #[test]
    fn every_go_unicode_class_name_is_one_rust_knows() {
        for n in GO_UNICODE_CATEGORIES.iter().chain(GO_UNICODE_SCRIPTS) {
            assert!(check_go_regex(&format!("\\p{{{n}}}")).is_ok(), "{n}");
        }
    }

    #[test]
    fn go_regex_bridge_never_panics() {
        // Deterministic pseudo-random patterns over the characters the bridge treats specially,
        // plus multi-byte ones, so slicing at char boundaries is exercised.
        let alphabet: Vec<char> = "\\()[]{}*+?|^$.-&~:PQEC<>=!,0123456789aiUxé€".chars().collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut re = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 12) {
                re.push(alphabet[((seed >> (k * 5)) as usize) % alphabet.len()]);
            }
            let _ = check_go_regex(&re);
        }
    }

    #[test]
    fn string_matches() {
        let f = run(|p, cx| string_match(StrMatch::Regex("("), "uri", p, cx));
        assert_eq!(f[0].path, "spec.regex");
        assert!(
            f[0].message
                .starts_with("\"uri\": error parsing regexp: missing closing )"),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains("RE2"));
        assert_eq!(
            errors(|p, cx| string_match(StrMatch::Prefix(""), "headers", p, cx)).len(),
            1
        );
        assert!(errors(|p, cx| string_match_regex(StrMatch::Prefix(""), "uri", p, cx)).is_empty());
        assert!(errors(|p, cx| string_match(StrMatch::Exact(""), "uri", p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| string_match(StrMatch::Regex(""), "uri", p, cx)).len(),
            1
        );
    }

    #[test]
    fn headers() {
        assert!(is_header_token("x-request-id"));
        assert!(!is_header_token("bad header"));
        assert!(is_jwt_claim_header("@request.auth.claims.sub"));
        assert!(is_jwt_claim_header("@request.auth.claims[group]"));
        assert!(!is_jwt_claim_header("@request.auth.claims."));
        assert!(!is_jwt_claim_header("@request.auth.claims[]"));
        assert!(errors(|p, cx| header_match_name(":path", p, cx)).is_empty());
        assert_eq!(errors(|p, cx| header_match_name(":foo", p, cx)).len(), 1);
        assert_eq!(errors(|p, cx| header_match_name("", p, cx)).len(), 1);
        assert!(errors(|p, cx| header_name_set_request(":authority", p, cx)).is_empty());
        assert!(errors(|p, cx| header_name_set_request("host", p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| header_name_set_request(":path", p, cx)).len(),
            1
        );
        assert_eq!(
            errors(|p, cx| header_name_other("Host", p, cx)),
            ["cannot set Host header"]
        );
        assert_eq!(errors(|p, cx| header_name_other(":x", p, cx)).len(), 1);
        assert!(errors(|p, cx| header_name_other("x-a", p, cx)).is_empty());
        for ok in [
            "foo",
            "%HOSTNAME%",
            "100%%",
            "a\tb",
            "%REQ(x-foo)%",
            "%FOO([\"a\", \"b\"])%",
            "%FOO( [ \"a\" ] )%",
        ] {
            assert!(
                check_header_value(ok).is_ok(),
                "{ok}: {:?}",
                check_header_value(ok)
            );
        }
        for bad in [
            "abc%123",
            "%START_TIME%%",
            "a\nb",
            "%FOO([a])%",
            "%FOO(x)",
            "%FOO([\"a\"]x)%",
            "%FOO(x)y",
        ] {
            assert!(check_header_value(bad).is_err(), "{bad}");
        }
        assert!(
            check_header_value("abc%123")
                .unwrap_err()
                .starts_with("header value configuration: ")
        );
        assert!(errors(|p, cx| cors_header("*", p, cx)).is_empty());
        assert_eq!(errors(|p, cx| cors_header("a b", p, cx)).len(), 1);
        assert!(is_strict_header_name("x_a-1") && !is_strict_header_name("x.a"));
        assert!(is_probe_header_name("x-a") && !is_probe_header_name("x_a"));
    }

    #[test]
    fn labels_and_selectors() {
        assert!(is_label_key("app"));
        assert!(is_label_key("example.com/app.v_1"));
        assert!(!is_label_key("-app"));
        assert!(!is_label_key("a/b/c"));
        assert!(!is_label_key(""));
        assert!(
            check_label_key(&"a".repeat(64))
                .unwrap_err()
                .ends_with("(name is too long)")
        );
        let long_prefix = format!("{}/a", "a.".repeat(127) + "a");
        assert!(
            check_label_key(&long_prefix)
                .unwrap_err()
                .ends_with("(DNS prefix is too long)")
        );
        assert!(is_label_value(""));
        assert!(is_label_value(&"a".repeat(100)));
        assert!(!is_label_value("a b"));
        let mut m = BTreeMap::new();
        m.insert("ok".to_string(), "v1".to_string());
        m.insert("bad key".to_string(), "bad value".to_string());
        let f = run(|p, cx| label_map(&m, &p.field("labels"), cx));
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].path, "spec.labels[bad key]");

        let mut wild = BTreeMap::new();
        wild.insert("app".to_string(), "*".to_string());
        let sel = NetworkingWorkloadSelector {
            labels: Some(wild.clone()),
        };
        let mut bad = false;
        let f = run(|p, cx| bad = alpha_selector(Some(&sel), "w", p, cx));
        assert!(bad);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("wildcard is not supported in selector: \"app=*\"")
        );
        let empty = NetworkingWorkloadSelector::default();
        let f = run(|p, cx| bad = alpha_selector(Some(&empty), "applies to all", p, cx));
        assert!(!bad);
        assert_eq!(f[0].level, Level::Warning);
        assert!(run(|p, cx| bad = alpha_selector(None, "w", p, cx)).is_empty());

        let f = run(|p, cx| {
            selector(
                Some(&WorkloadSelector {
                    match_labels: Some(BTreeMap::new()),
                }),
                p,
                cx,
            )
        });
        assert_eq!(
            (f[0].level, f[0].message.as_str()),
            (Level::Warning, "workload selector specified without labels")
        );
        let mut e = BTreeMap::new();
        e.insert(String::new(), "x".to_string());
        let f = run(|p, cx| {
            selector(
                Some(&WorkloadSelector {
                    match_labels: Some(e),
                }),
                p,
                cx,
            )
        });
        assert_eq!(f[0].level, Level::Error);

        assert_eq!(
            errors(|p, cx| selector_or_target_refs(true, false, true, p, cx)).len(),
            1
        );
        assert!(errors(|p, cx| selector_or_target_refs(false, false, true, p, cx)).is_empty());
    }

    #[test]
    fn target_refs() {
        let good = PolicyTargetReference {
            kind: Some("Service".into()),
            name: Some("a".into()),
            ..Default::default()
        };
        assert!(errors(|p, cx| target_ref(&good, p, cx)).is_empty());
        let bad = PolicyTargetReference {
            group: Some("apps".into()),
            kind: Some("Deployment".into()),
            name: None,
            namespace: Some("other".into()),
        };
        let e = errors(|p, cx| target_ref(&bad, p, cx));
        assert_eq!(e.len(), 3);
        assert!(e[2].ends_with("but was apps/Deployment"), "{}", e[2]);
    }

    #[test]
    fn export_to_rules() {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let vs = ExportToOf::VirtualService;
        assert!(errors(|p, cx| export_to(&v(&[".", "other"]), "ns", vs, p, cx)).is_empty());
        assert_eq!(
            errors(|p, cx| export_to(&v(&["a", "a"]), "ns", vs, p, cx)),
            ["duplicate entries in exportTo for entry a"]
        );
        assert_eq!(
            errors(|p, cx| export_to(&v(&["ns", "."]), "ns", vs, p, cx)),
            ["duplicate entries in exportTo: . and current namespace ns"]
        );
        assert_eq!(
            errors(|p, cx| export_to(&v(&[".", "ns"]), "ns", vs, p, cx)),
            ["duplicate entries in exportTo for entry ns"]
        );
        assert_eq!(
            errors(|p, cx| export_to(&v(&["~"]), "ns", vs, p, cx)).len(),
            1
        );
        assert!(
            errors(|p, cx| export_to(&v(&["~"]), "ns", ExportToOf::ServiceEntry, p, cx)).is_empty()
        );
        assert_eq!(
            errors(|p, cx| export_to(&v(&["~", "a"]), "ns", ExportToOf::ServiceEntry, p, cx)).len(),
            1
        );
        assert_eq!(
            errors(|p, cx| export_to(&v(&["bad_ns"]), "ns", vs, p, cx)).len(),
            1
        );
        assert_eq!(
            errors(|p, cx| export_to(&v(&["*", "a"]), "ns", vs, p, cx)),
            ["cannot have both public (*) and non-public exportTo values for a resource"]
        );
        let dr = ExportToOf::DestinationRule {
            with_selector: true,
        };
        assert_eq!(
            errors(|p, cx| export_to(&v(&["*"]), "ns", dr, p, cx)).len(),
            1
        );
        assert_eq!(
            errors(|p, cx| export_to(&v(&[".", "a"]), "ns", dr, p, cx)).len(),
            1
        );
        assert!(errors(|p, cx| export_to(&v(&["."]), "ns", dr, p, cx)).is_empty());
    }

    #[test]
    fn gateway_name_lists() {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(run(|p, cx| gateway_names(&v(&["mesh", "ns/gw"]), false, p, cx)).is_empty());
        // The first short entry stops the walk: the bad second entry is not checked.
        assert!(run(|p, cx| gateway_names(&v(&["mesh", "bad//x"]), false, p, cx)).is_empty());
        let f = run(|p, cx| gateway_names(&v(&["gw.ns"]), false, p, cx));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].level, Level::Warning);
        assert!(f[0].message.contains("\"ns/gw\""), "{}", f[0].message);
        assert_eq!(
            errors(|p, cx| gateway_names(&v(&["ns/"]), false, p, cx)).len(),
            2
        );
        assert_eq!(
            errors(|p, cx| gateway_names(&v(&["/"]), false, p, cx)).len(),
            3
        );
        assert_eq!(
            errors(|p, cx| gateway_names(&v(&["ns/a/b"]), false, p, cx)).len(),
            1
        );
        assert!(errors(|p, cx| gateway_names(&v(&["ns/a/b"]), true, p, cx)).is_empty());
        assert!(binds_to_mesh(&[]));
        assert!(binds_to_mesh(&v(&["ns/gw", "mesh"])));
        assert!(!binds_to_mesh(&v(&["ns/gw"])));
    }

    #[test]
    fn destinations() {
        let f = run(|p, cx| destination("*", None, None, p, cx));
        assert_eq!(
            (f[0].path.as_str(), f[0].message.as_str()),
            ("spec.host", "invalid destination host *")
        );
        assert!(run(|p, cx| destination("reviews", Some("v1"), None, p, cx)).is_empty());
        assert!(run(|p, cx| destination("*.example.com", Some(""), None, p, cx)).is_empty());
        let f = run(|p, cx| {
            destination(
                "reviews",
                Some("V_1"),
                Some(&PortSelector::default()),
                p,
                cx,
            )
        });
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].path, "spec.port.number");
    }

    #[test]
    fn exclusion_helpers() {
        assert!(
            errors(|p, cx| {
                at_most_one(&[true, false], "x", p, cx);
            })
            .is_empty()
        );
        assert_eq!(
            errors(|p, cx| {
                at_most_one(&[true, true, false], "only one", p, cx);
            }),
            ["only one"]
        );
        assert_eq!(
            errors(|p, cx| {
                exactly_one(&[false, false], "exactly one", p, cx);
            }),
            ["exactly one"]
        );
        assert!(
            errors(|p, cx| {
                exactly_one(&[false, true], "x", p, cx);
            })
            .is_empty()
        );
        assert_eq!(
            errors(|p, cx| {
                requires(true, false, "needs b", p, cx);
            }),
            ["needs b"]
        );
    }
}
