//! The VirtualService rules (VS-1..11, VS-H1..H52, VS-T1..T12, VS-C1..C6 of the rules spec),
//! in upstream's order, each finding at the field it is about. Shared H-* checks come from
//! `api::rules`; the unreachable-rule analysis (VS-U*) lives in `unreachable.rs`.

use std::collections::BTreeMap;

use super::types::*;
use super::unreachable;
use crate::api::path::Path;
use crate::api::rules::{self, ExportToOf, StrMatch};
use crate::api::schema::last_declared;
use crate::api::validation::{Ctx, Validate};
use crate::go::go_atoi;

/// Annotation that gives a VirtualService Gateway-API route semantics (set by istiod's
/// Gateway API translation): destinations and `spec.gateways` names are then not checked.
pub const ROUTE_SEMANTICS: &str = "internal.istio.io/route-semantics";

/// How a VirtualService is bound (§2.9 of the rules spec).
struct Binding {
    /// `gateways` lists something and not `mesh`.
    gateway_bound: bool,
    /// The route-semantics annotation says `gateway`.
    gateway_semantics: bool,
}

impl Validate for VirtualServiceSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let hosts = self.hosts.as_deref().unwrap_or_default();
        let gateways = self.gateways.as_deref().unwrap_or_default();
        let http = self.http.as_deref().unwrap_or_default();
        let tls = self.tls.as_deref().unwrap_or_default();
        let tcp = self.tcp.as_deref().unwrap_or_default();
        let delegate = hosts.is_empty();

        // VS-1..3: a delegate VirtualService only carries HTTP routes.
        if delegate {
            if !gateways.is_empty() {
                cx.error(&at.field("gateways"), "delegate virtual service must have no gateways specified");
            }
            if !tls.is_empty() {
                cx.error(&at.field("tls"), "delegate virtual service must have no tls route specified");
            }
            if !tcp.is_empty() {
                cx.error(&at.field("tcp"), "delegate virtual service must have no tcp route specified");
            }
        }

        let binding = Binding {
            gateway_bound: !rules::binds_to_mesh(gateways),
            gateway_semantics: cx.meta.annotations.get(ROUTE_SEMANTICS).is_some_and(|v| v == "gateway"),
        };

        // VS-4 (warnings kept).
        if !gateways.is_empty() {
            rules::gateway_names(gateways, binding.gateway_semantics, &at.field("gateways"), cx);
        }

        // VS-5: JWT-claim routing needs a gateway.
        if !binding.gateway_bound {
            let http_at = at.field("http");
            for (i, route) in http.iter().enumerate() {
                let route_at = http_at.index(i);
                let match_at = route_at.field("match");
                for (j, m) in route.match_.iter().flatten().enumerate() {
                    let m_at = match_at.index(j);
                    for (field, map) in [("headers", &m.headers), ("withoutHeaders", &m.without_headers)] {
                        let map_at = m_at.field(field);
                        for key in map.iter().flat_map(BTreeMap::keys) {
                            if rules::is_jwt_claim_header(key) {
                                cx.error(
                                    &map_at.key(key),
                                    format!(
                                        "JWT claim based routing (key: {key}) is only supported for gateway, found no gateways: [{}]",
                                        gateways.join(" ")
                                    ),
                                );
                            }
                        }
                    }
                }
            }
        }

        // VS-6, VS-7: the hosts themselves.
        let sni_in_use = tls.iter().flat_map(|t| t.match_.iter().flatten()).any(|m| {
            m.sni_hosts.as_ref().is_some_and(|s| !s.is_empty())
        });
        let hosts_at = at.field("hosts");
        let mut all_hosts_valid = true;
        for (i, host) in hosts.iter().enumerate() {
            let checked = if binding.gateway_bound {
                rules::check_gateway_bound_domain(host, sni_in_use)
            } else {
                rules::check_wildcard_domain(host)
            };
            match checked {
                Err(e) => {
                    if rules::check_ip(host).is_err() {
                        cx.error(&hosts_at.index(i), e);
                        all_hosts_valid = false;
                    }
                }
                Ok(()) if !binding.gateway_bound && host == "*" => {
                    cx.error(
                        &hosts_at.index(i),
                        "wildcard host * is not allowed for virtual services bound to the mesh gateway",
                    );
                    all_hosts_valid = false;
                }
                Ok(()) => {}
            }
        }
        // VS-8: overlapping hosts, only once every host is valid.
        if all_hosts_valid {
            for (i, j) in rules::overlapping_host_pairs(hosts) {
                let (a, b) = (&hosts[i], &hosts[j]);
                cx.error(&hosts_at.index(j), format!("duplicate hosts in virtual service: {a} & {b}"));
            }
        }

        // VS-9
        if http.is_empty() && tcp.is_empty() && tls.is_empty() {
            cx.error(at, "http, tcp or tls must be provided in virtual service");
        }
        let http_at = at.field("http");
        for (i, route) in http.iter().enumerate() {
            route.check(delegate, &binding, &http_at.index(i), cx);
        }
        let tls_at = at.field("tls");
        for (i, route) in tls.iter().enumerate() {
            route.check(hosts, gateways, &binding, &tls_at.index(i), cx);
        }
        let tcp_at = at.field("tcp");
        for (i, route) in tcp.iter().enumerate() {
            route.check(&binding, &tcp_at.index(i), cx);
        }

        // VS-11
        if let Some(export_to) = &self.export_to {
            let ns = cx.meta.namespace.clone();
            rules::export_to(export_to, &ns, ExportToOf::VirtualService, &at.field("exportTo"), cx);
        }

        // VS-U1..U5
        unreachable::analyze(self, at, cx);
    }
}

/// A `StringMatch` in the shape the shared rules take (the member upstream keeps).
pub(super) fn as_str_match(m: &StringMatch) -> Option<StrMatch<'_>> {
    m.effective().map(|k| match k {
        MatchKind::Exact(s) => StrMatch::Exact(s),
        MatchKind::Prefix(s) => StrMatch::Prefix(s),
        MatchKind::Regex(s) => StrMatch::Regex(s),
    })
}

impl Percent {
    /// VS-H40 / VS-H42: a mirror share within 0..=100 (`what` names it as upstream does).
    fn check_mirror_bounds(&self, what: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let v = self.value();
        let (bound, word) = if v > 100.0 {
            (100, "max")
        } else if v < 0.0 {
            (0, "min")
        } else {
            return;
        };
        // Go's `%f`: six decimals, and `+Inf`/`-Inf` for infinities (NaN never gets here).
        let shown = if v.is_infinite() { rules::go_float(v) } else { format!("{v:.6}") };
        cx.error(&at.field("value"), format!("{what} must have a {word} value of {bound} (it has {shown})"));
    }
}

impl HttpRoute {
    fn check(&self, delegate_vs: bool, binding: &Binding, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let routes = self.route.as_deref().unwrap_or_default();
        self.check_conflicts(delegate_vs, at, cx);

        // VS-H13..H24: match requests.
        let match_at = at.field("match");
        for (j, m) in self.match_.iter().flatten().enumerate() {
            m.check(&match_at.index(j), cx);
        }

        // VS-H25: route-level header operations.
        if let Some(h) = &self.headers {
            h.check(&at.field("headers"), cx);
        }

        // VS-H26..H29
        if let Some(cors) = &self.cors_policy {
            cors.check(&at.field("corsPolicy"), cx);
        }
        // VS-H30..H37
        if let Some(fault) = &self.fault {
            fault.check(&at.field("fault"), cx);
        }

        // VS-H38, H39: deprecated integer mirror percentage.
        if let Some(p) = self.mirror_percent {
            let p_at = at.field("mirrorPercent");
            if p.0 > 100 {
                cx.error(&p_at, format!("mirror_percent must have a max value of 100 (it has {})", p.0));
            }
            cx.warn(&p_at, "using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead");
        }
        // VS-H40
        if let Some(p) = &self.mirror_percentage {
            p.check_mirror_bounds("mirror_percentage", &at.field("mirrorPercentage"), cx);
        }
        // VS-H41
        if let Some(mirror) = &self.mirror {
            mirror.check(&at.field("mirror"), cx);
        }
        // VS-H42
        let mirrors_at = at.field("mirrors");
        for (k, m) in self.mirrors.iter().flatten().enumerate() {
            let m_at = mirrors_at.index(k);
            let Some(dest) = &m.destination else {
                cx.error(&m_at, "destination is required for mirrors");
                continue;
            };
            dest.check(&m_at.field("destination"), cx);
            if let Some(p) = &m.percentage {
                p.check_mirror_bounds("mirror percentage", &m_at.field("percentage"), cx);
            }
        }

        // VS-H43..H46
        if let Some(r) = &self.redirect {
            r.check(&at.field("redirect"), cx);
        }
        // VS-H47
        if let Some(d) = &self.direct_response {
            d.check(&at.field("directResponse"), cx);
        }
        // VS-H48a..d
        if let Some(r) = &self.retries {
            r.check(&at.field("retries"), cx);
        }
        // VS-H48e..g
        if let Some(r) = &self.rewrite {
            r.check(&at.field("rewrite"), cx);
        }
        // VS-H48h
        self.check_authority_once(at, cx);

        // VS-H49..H51
        let route_at = at.field("route");
        for (k, r) in routes.iter().enumerate() {
            let r_at = route_at.index(k);
            match &r.destination {
                None => cx.error(&r_at, "destination is required"),
                Some(d) if !binding.gateway_semantics => d.check(&r_at.field("destination"), cx),
                Some(_) => {}
            }
            if let Some(h) = &r.headers {
                h.check(&r_at.field("headers"), cx);
            }
        }
        let weights: Vec<i64> = routes.iter().map(|r| r.weight.map_or(0, |w| w.0 as i64)).collect();
        rules::route_weights(&weights, &route_at, cx);

        // VS-H52
        if let Some(t) = &self.timeout {
            rules::duration(t, &at.field("timeout"), cx);
        }
    }

    /// VS-H1..H12: which actions a route may combine.
    fn check_conflicts(&self, delegate_vs: bool, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let has_route = self.route.as_ref().is_some_and(|r| !r.is_empty());
        if self.delegate.is_some() && !delegate_vs {
            // A root route: only `delegate` says where requests go.
            if self.redirect.is_some() {
                cx.error(&at.field("redirect"), format!("root HTTP route {} must not specify redirect", self.name()));
            }
            if has_route {
                cx.error(&at.field("route"), format!("root HTTP route {} must not specify route", self.name()));
            }
            return;
        }
        if delegate_vs && self.delegate.is_some() {
            cx.error(&at.field("delegate"), "delegate HTTP route cannot contain delegate");
        }
        if self.redirect.is_some() {
            if has_route {
                cx.error(&at.field("route"), "HTTP route cannot contain both route and redirect");
            }
            if self.fault.is_some() {
                cx.error(&at.field("fault"), "HTTP route cannot contain both fault and redirect");
            }
            if self.rewrite.is_some() {
                cx.error(&at.field("rewrite"), "HTTP route rule cannot contain both rewrite and redirect");
            }
            if self.direct_response.is_some() {
                cx.error(&at.field("directResponse"), "HTTP route cannot contain both redirect and direct_response");
            }
        } else if self.direct_response.is_some() {
            if has_route {
                cx.error(&at.field("route"), "HTTP route cannot contain both route and direct_response");
            }
            if self.fault.is_some() {
                cx.error(&at.field("fault"), "HTTP route cannot contain both fault and direct_response");
            }
            if self.rewrite.is_some() {
                cx.error(&at.field("rewrite"), "HTTP route rule cannot contain both rewrite and direct_response");
            }
        } else if !has_route {
            cx.error(at, "HTTP route, redirect or direct_response is required");
        }
        if self.mirror.is_some() && self.mirrors.as_ref().is_some_and(|m| !m.is_empty()) {
            cx.error(&at.field("mirrors"), "HTTP route cannot contain both mirror and mirrors");
        }
    }

    fn name(&self) -> &str {
        self.name.as_deref().unwrap_or("")
    }

    /// VS-H48h: `rewrite.authority`, and `:authority`/`host` in request set/add, at most once.
    fn check_authority_once(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let mut current = self.rewrite.as_ref().and_then(|r| r.authority.clone()).unwrap_or_default();
        let request = self.headers.as_ref().and_then(|h| h.request.as_ref());
        let req_at = at.field("headers");
        let req_at = req_at.field("request");
        for (op, map) in [("set", request.and_then(|r| r.set.as_ref())), ("add", request.and_then(|r| r.add.as_ref()))] {
            let op_at = req_at.field(op);
            for (k, v) in map.into_iter().flatten() {
                if !(k.eq_ignore_ascii_case(":authority") || k.eq_ignore_ascii_case("host")) {
                    continue;
                }
                if !current.is_empty() {
                    cx.error(
                        &op_at.key(k),
                        format!(
                            "authority header cannot be set multiple times: have {}, attempting to set {}",
                            rules::go_quote(&current),
                            rules::go_quote(v)
                        ),
                    );
                    return;
                }
                current = v.clone();
            }
        }
    }
}

impl HttpMatchRequest {
    /// VS-H13..H24 (VS-H13, a null header value, cannot happen: null decodes as `{}`).
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // VS-H14, H15
        let h_at = at.field("headers");
        for (name, m) in self.headers.iter().flatten() {
            let k_at = h_at.key(name);
            rules::header_match_name(name, &k_at, cx);
            if let Some(sm) = as_str_match(m) {
                rules::string_match(sm, "headers", &k_at, cx);
            }
        }
        // VS-H16, H17 (`regex: "*"` means "header present" and is accepted).
        let w_at = at.field("withoutHeaders");
        for (name, m) in self.without_headers.iter().flatten() {
            let k_at = w_at.key(name);
            rules::header_match_name(name, &k_at, cx);
            match as_str_match(m) {
                Some(StrMatch::Regex("*")) | None => {}
                Some(sm) => rules::string_match(sm, "withoutHeaders", &k_at, cx),
            }
        }
        // VS-H18
        if let Some(sm) = self.uri.as_ref().and_then(as_str_match) {
            rules::string_match_regex(sm, "uri", &at.field("uri"), cx);
        }
        // VS-H19
        for (field, m) in [("scheme", &self.scheme), ("method", &self.method), ("authority", &self.authority)] {
            if let Some(sm) = m.as_ref().and_then(as_str_match) {
                rules::string_match(sm, field, &at.field(field), cx);
            }
        }
        // VS-H20
        let q_at = at.field("queryParams");
        for (name, m) in self.query_params.iter().flatten() {
            if let Some(sm) = as_str_match(m) {
                rules::string_match(sm, "queryParams", &q_at.key(name), cx);
            }
        }
        check_l4_common(self.port.map(|p| p.0), self.source_labels.as_ref(), self.gateways.as_deref(), false, at, cx);
        // VS-H24
        if let Some(ns) = self.source_namespace.as_deref().filter(|ns| !ns.is_empty())
            && !rules::is_dns1123_label(ns)
        {
            cx.error(&at.field("sourceNamespace"), format!("sourceNamespace match {ns} is invalid"));
        }
    }
}

/// The port / sourceLabels / gateways checks every match kind shares (VS-H21..H23, VS-T6..T8,
/// VS-C2..C4). `keep_gateway_warnings` is true only for TLS matches (§1.6.4).
fn check_l4_common(
    port: Option<u32>,
    labels: Option<&BTreeMap<String, String>>,
    gateways: Option<&[String]>,
    keep_gateway_warnings: bool,
    at: &Path<'_>,
    cx: &mut Ctx<'_>,
) {
    if let Some(p) = port.filter(|p| *p != 0) {
        rules::port(p as i64, &at.field("port"), cx);
    }
    if let Some(l) = labels {
        rules::label_map(l, &at.field("sourceLabels"), cx);
    }
    if let Some(g) = gateways {
        let g_at = at.field("gateways");
        if keep_gateway_warnings {
            rules::gateway_names(g, false, &g_at, cx);
        } else {
            cx.errors_only(|cx| rules::gateway_names(g, false, &g_at, cx));
        }
    }
}

impl Headers {
    /// VS-H25 / VS-H50: header operations of a route or destination. Request add/set may
    /// name `host`/`:authority` (they rewrite the authority); nothing else may.
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Some(req) = &self.request {
            req.check(rules::header_name_set_request, &at.field("request"), cx);
        }
        if let Some(resp) = &self.response {
            resp.check(rules::header_name_other, &at.field("response"), cx);
        }
    }
}

impl HeaderOperations {
    /// `set_name` checks the names under `add` and `set`; `remove` names always get H-HDR-OTHER.
    fn check(&self, set_name: fn(&str, &Path<'_>, &mut Ctx<'_>), at: &Path<'_>, cx: &mut Ctx<'_>) {
        for (op, map) in [("add", &self.add), ("set", &self.set)] {
            let op_at = at.field(op);
            for (name, value) in map.iter().flatten() {
                let k_at = op_at.key(name);
                set_name(name, &k_at, cx);
                rules::header_value(value, &k_at, cx);
            }
        }
        let rm_at = at.field("remove");
        for (i, name) in self.remove.iter().flatten().enumerate() {
            rules::header_name_other(name, &rm_at.index(i), cx);
        }
    }
}

impl Destination {
    /// H-DEST (VS-H41, H42, H49, T11, C6).
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        rules::destination(
            self.host.as_deref().unwrap_or(""),
            self.subset.as_deref(),
            self.port.as_ref(),
            at,
            cx,
        );
    }
}

/// HTTP methods a CORS policy may allow (Go's `net/http` names, and `*`).
const CORS_METHODS: [&str; 10] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE", "*"];

impl CorsPolicy {
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // VS-H26
        let o_at = at.field("allowOrigins");
        for (i, origin) in self.allow_origins.iter().flatten().enumerate() {
            let i_at = o_at.index(i);
            match as_str_match(origin) {
                None | Some(StrMatch::Exact("") | StrMatch::Prefix("") | StrMatch::Regex("")) => {
                    cx.error(&i_at, "'' is not a valid match type for CORS allow origins");
                }
                Some(sm) => rules::string_match_regex(sm, "corsPolicy.allowOrigins", &i_at, cx),
            }
        }
        // VS-H27
        let m_at = at.field("allowMethods");
        for (i, method) in self.allow_methods.iter().flatten().enumerate() {
            if !CORS_METHODS.contains(&method.as_str()) {
                cx.error(&m_at.index(i), format!("{} is not a supported HTTP method", rules::go_quote(method)));
            }
        }
        // VS-H28
        for (field, list) in [("allowHeaders", &self.allow_headers), ("exposeHeaders", &self.expose_headers)] {
            let l_at = at.field(field);
            for (i, name) in list.iter().flatten().enumerate() {
                rules::cors_header(name, &l_at.index(i), cx);
            }
        }
        // VS-H29
        if let Some(max_age) = &self.max_age {
            let a_at = at.field("maxAge");
            rules::duration(max_age, &a_at, cx);
            if max_age.nanos() % 1_000_000_000 > 0 {
                cx.error(&a_at, "max_age duration is accurate only to seconds precision");
            }
        }
    }
}

/// The member of the abort `error_type` oneof upstream keeps (last declared wins).
enum AbortError<'a> {
    Http(i32),
    Grpc(&'a str),
    Http2,
}

impl Abort {
    fn error_type(&self) -> Option<AbortError<'_>> {
        last_declared([
            self.http_status.map(|s| AbortError::Http(s.0)),
            self.grpc_status.as_deref().map(AbortError::Grpc),
            self.http2_error.as_ref().map(|_| AbortError::Http2),
        ])
    }
}

impl HttpFaultInjection {
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // VS-H30
        if self.abort.is_none() && self.delay.is_none() {
            cx.error(at, "HTTP fault injection must have an abort and/or a delay");
        }
        if let Some(abort) = &self.abort {
            let a_at = at.field("abort");
            // VS-H31
            if let Some(p) = &abort.percentage {
                rules::percent_frac(p.value(), &a_at.field("percentage").field("value"), cx);
            }
            match abort.error_type() {
                // VS-H32
                Some(AbortError::Grpc(g)) => rules::grpc_status(g, &a_at.field("grpcStatus"), cx),
                // VS-H33
                Some(AbortError::Http2) => {
                    cx.error(&a_at.field("http2Error"), "HTTP/2 abort fault injection not supported yet")
                }
                // VS-H34
                Some(AbortError::Http(s)) => rules::http_status(s as i64, &a_at.field("httpStatus"), cx),
                // Upstream raises a warning here that its aggregation always drops (§1.6.3).
                None => cx.errors_only(|cx| cx.warn(&a_at, "abort configured, but error type not set")),
            }
        }
        if let Some(delay) = &self.delay {
            let d_at = at.field("delay");
            // VS-H35
            if let Some(p) = &delay.percentage {
                rules::percent_frac(p.value(), &d_at.field("percentage").field("value"), cx);
            }
            // VS-H36, H37 (exponentialDelay, declared last, wins when both are written).
            if let Some(e) = &delay.exponential_delay {
                let e_at = d_at.field("exponentialDelay");
                rules::duration(e, &e_at, cx);
                cx.error(&e_at, "exponentialDelay not supported yet");
            } else if let Some(f) = &delay.fixed_delay {
                rules::duration(f, &d_at.field("fixedDelay"), cx);
            }
        }
    }
}

impl HttpRedirect {
    /// VS-H43..H46: the first failure only. A `derivePort` written after `port` wins the oneof.
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let empty = |s: &Option<String>| s.as_deref().unwrap_or("").is_empty();
        let has_port = self.port.is_some() || self.derive_port.is_some();
        if empty(&self.uri) && empty(&self.authority) && !has_port && empty(&self.scheme) {
            cx.error(at, "redirect must specify URI, authority, scheme, or port");
            return;
        }
        let code = self.redirect_code.map_or(0, |c| c.0);
        if code != 0 && !(300..=399).contains(&code) {
            cx.error(&at.field("redirectCode"), format!("{code} is not a valid redirect code, must be 3xx"));
            return;
        }
        if !matches!(self.scheme.as_deref().unwrap_or(""), "" | "http" | "https") {
            cx.error(&at.field("scheme"), "invalid redirect scheme, must be \"http\" or \"https\"");
            return;
        }
        let port = if self.derive_port.is_some() { 0 } else { self.port.map_or(0, |p| p.0) };
        if port > 0 {
            rules::port(port as i64, &at.field("port"), cx);
        }
    }
}

const KIB: usize = 1024;
const MIB: usize = 1024 * KIB;

impl HttpDirectResponse {
    /// VS-H47
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Some(body) = &self.body {
            // `bytes` is declared after `string`: it wins when both are written.
            let size = match (&body.bytes, &body.string) {
                (Some(b), _) => b.decoded_len(),
                (None, Some(s)) => s.len(),
                (None, None) => 0,
            };
            let b_at = at.field("body");
            if size > MIB {
                cx.error(&b_at, "large direct_responses may impact control plane performance, must be less than 1MB");
            } else if size > 100 * KIB {
                cx.warn(&b_at, "large direct_responses may impact control plane performance");
            }
        }
        // Upstream converts the uint32 to int32 before the range check.
        let status = self.status.map_or(0, |s| s.0 as i32);
        rules::http_status(status as i64, &at.field("status"), cx);
    }
}

/// `retryOn` conditions Envoy understands besides HTTP status codes.
const RETRY_ON: [&str; 16] = [
    "5xx",
    "gateway-error",
    "reset",
    "reset-before-request",
    "connect-failure",
    "retriable-4xx",
    "refused-stream",
    "retriable-status-codes",
    "retriable-headers",
    "envoy-ratelimited",
    "http3-post-connect-failure",
    "cancelled",
    "deadline-exceeded",
    "internal",
    "resource-exhausted",
    "unavailable",
];

/// Whether Go's `http.StatusText` knows the code.
fn is_known_http_status(code: i64) -> bool {
    matches!(code,
        100..=103 | 200..=208 | 226 | 300..=305 | 307 | 308 | 400..=418 | 421..=426 | 428 | 429 | 431 | 451
        | 500..=508 | 510 | 511)
}

impl HttpRetry {
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let attempts = self.attempts.map_or(0, |a| a.0);
        let retry_on = self.retry_on.as_deref().unwrap_or("");
        // VS-H48a
        if attempts < 0 {
            cx.error(&at.field("attempts"), "attempts cannot be negative");
        }
        // VS-H48b
        if attempts == 0
            && (self.per_try_timeout.is_some() || !retry_on.is_empty() || self.retry_remote_localities.is_some())
        {
            cx.error(at, "http retry policy configured when attempts are set to 0 (disabled)");
        }
        // VS-H48c
        if let Some(t) = &self.per_try_timeout {
            rules::duration(t, &at.field("perTryTimeout"), cx);
        }
        if let Some(b) = &self.backoff {
            rules::duration(b, &at.field("backoff"), cx);
        }
        // VS-H48d
        if !retry_on.is_empty() {
            for policy in retry_on.split(',') {
                if !is_known_http_status(go_atoi(policy)) && !RETRY_ON.contains(&policy) {
                    cx.error(&at.field("retryOn"), format!("{} is not a valid retryOn policy", rules::go_quote(policy)));
                }
            }
        }
    }
}

impl HttpRewrite {
    /// VS-H48e..g: the first failure only.
    fn check(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let uri = self.uri.as_deref().unwrap_or("");
        let authority = self.authority.as_deref().unwrap_or("");
        if !uri.is_empty() && self.uri_regex_rewrite.is_some() {
            cx.error(at, "rewrite may only contain one of URI or UriRegexRewrite");
            return;
        }
        if uri.is_empty() && self.uri_regex_rewrite.is_none() && authority.is_empty() {
            cx.error(
                at,
                "rewrite must specify at least one of URI, UriRegexRewrite, or authority. Only one of URI or UriRegexRewrite may be specified",
            );
            return;
        }
        if let Some(rr) = &self.uri_regex_rewrite {
            let m = rr.match_.as_deref().unwrap_or("");
            let r = rr.rewrite.as_deref().unwrap_or("");
            let cause = if m.is_empty() || r.is_empty() {
                Err("UriRegexRewrite requires both Rewrite and Match fields to be specified".to_string())
            } else {
                rules::check_regex(m, "HTTPRewrite.UriRegexRewrite.Match")
            };
            if let Err(e) = cause {
                cx.error(&at.field("uriRegexRewrite"), format!("UriRegexRewrite has errors\n{e}"));
            }
        }
    }
}

/// Route destinations of TLS and TCP routes (VS-T10..T12, VS-C6).
fn check_route_destinations(routes: &[RouteDestination], binding: &Binding, at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (k, r) in routes.iter().enumerate() {
        let r_at = at.index(k);
        match &r.destination {
            None => cx.error(&r_at, "destination is required"),
            Some(d) if !binding.gateway_semantics => d.check(&r_at.field("destination"), cx),
            Some(_) => {}
        }
    }
    let weights: Vec<i64> = routes.iter().map(|r| r.weight.map_or(0, |w| w.0 as i64)).collect();
    rules::route_weights(&weights, at, cx);
}

impl TlsRoute {
    fn check(&self, hosts: &[String], gateways: &[String], binding: &Binding, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let matches = self.match_.as_deref().unwrap_or_default();
        // VS-T1
        if matches.is_empty() {
            cx.error(&at.field("match"), "TLS route must have at least one match condition");
        }
        let match_at = at.field("match");
        for (j, m) in matches.iter().enumerate() {
            m.check(hosts, gateways, &match_at.index(j), cx);
        }
        let routes = self.route.as_deref().unwrap_or_default();
        // VS-T9
        if routes.is_empty() {
            cx.error(&at.field("route"), "TLS route is required");
        }
        check_route_destinations(routes, binding, &at.field("route"), cx);
    }
}

impl TlsMatchAttributes {
    fn check(&self, hosts: &[String], gateways: &[String], at: &Path<'_>, cx: &mut Ctx<'_>) {
        let sni = self.sni_hosts.as_deref().unwrap_or_default();
        let sni_at = at.field("sniHosts");
        // VS-T2
        if sni.is_empty() {
            cx.error(&sni_at, "TLS match must have at least one SNI host");
        }
        // The SNI form of host names applies whenever `mesh` is not listed (even with no gateways).
        let gateway_form = !gateways.iter().any(|g| g == "mesh");
        for (k, name) in sni.iter().enumerate() {
            let n_at = sni_at.index(k);
            // VS-T3
            let checked = if gateway_form {
                rules::check_gateway_bound_domain(name, true)
            } else {
                rules::check_wildcard_domain(name)
            };
            if let Err(e) = checked {
                if rules::check_ip(name).is_ok() {
                    cx.warn(
                        &n_at,
                        format!(
                            "using an IP address ({}) goes against SNI spec and most clients do not support this",
                            rules::go_quote(name)
                        ),
                    );
                } else {
                    cx.error(&n_at, e);
                }
                continue;
            }
            // VS-T4
            if !hosts.iter().any(|h| rules::host_subset_of(name, h)) {
                cx.error(
                    &n_at,
                    format!(
                        "SNI host {} is not a compatible subset of any of the virtual service hosts: [{}]",
                        rules::go_quote(name),
                        hosts.join(", ")
                    ),
                );
            }
        }
        // VS-T5
        let s_at = at.field("destinationSubnets");
        for (k, s) in self.destination_subnets.iter().flatten().enumerate() {
            rules::subnet(s, &s_at.index(k), cx);
        }
        // VS-T6..T8 (gateway-name warnings kept for TLS matches).
        check_l4_common(self.port.map(|p| p.0), self.source_labels.as_ref(), self.gateways.as_deref(), true, at, cx);
    }
}

impl TcpRoute {
    fn check(&self, binding: &Binding, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let match_at = at.field("match");
        for (j, m) in self.match_.iter().flatten().enumerate() {
            let m_at = match_at.index(j);
            // VS-C1
            let s_at = m_at.field("destinationSubnets");
            for (k, s) in m.destination_subnets.iter().flatten().enumerate() {
                rules::subnet(s, &s_at.index(k), cx);
            }
            // VS-C2..C4 (gateway-name warnings lost).
            check_l4_common(m.port.map(|p| p.0), m.source_labels.as_ref(), m.gateways.as_deref(), false, &m_at, cx);
        }
        let routes = self.route.as_deref().unwrap_or_default();
        // VS-C5
        if routes.is_empty() {
            cx.error(&at.field("route"), "TCP route is required");
        }
        // VS-C6
        check_route_destinations(routes, binding, &at.field("route"), cx);
    }
}
