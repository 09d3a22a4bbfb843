//! Upstream's `ValidateMeshConfig` (spec meshconfig.md §2): the rules MC-1…MC-65 in evaluation
//! order, with upstream's texts and its multierror shapes (bare or listed). Log-only (L) rules
//! are computed into `Validation::logged` and never fail; unreachable (U) ones are kept as code
//! for typed callers. Reads a decoded, default-merged config; never changes it.

use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, Ipv6Addr};

use super::duration::Duration;
use super::model::*;

/// One finding: the rule, the field it is about (relative to the mesh root until
/// [`Validation::prefixed`]), and upstream's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub rule: &'static str,
    pub path: String,
    pub message: String,
    /// Upstream returns this one inside a multierror list even when it is alone.
    pub listed: bool,
}

/// What [`validate`] found: errors (reject), warnings (accept, report), and the log-only notes
/// upstream writes to a log istioctl hides (extension providers, MC-46…MC-57).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Validation {
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
    pub logged: Vec<Issue>,
}

impl Validation {
    /// The same findings with `origin.` before every path.
    pub fn prefixed(mut self, origin: &str) -> Self {
        if !origin.is_empty() {
            for i in self.errors.iter_mut().chain(&mut self.warnings).chain(&mut self.logged) {
                i.path = if i.path.is_empty() { origin.to_string() } else { format!("{origin}.{}", i.path) };
            }
        }
        self
    }
}

/// Upstream's text for a list of issues: one bare issue alone, else hashicorp multierror.
pub fn multierror(issues: &[Issue]) -> String {
    match issues {
        [] => String::new(),
        [one] if !one.listed => one.message.clone(),
        many => {
            let head = if many.len() == 1 {
                "1 error occurred:".to_string()
            } else {
                format!("{} errors occurred:", many.len())
            };
            let items: String = many.iter().map(|i| format!("\n\t* {}", i.message)).collect();
            format!("{head}{items}\n\n")
        }
    }
}

struct Out {
    v: Validation,
    listed: bool,
}

impl Out {
    fn err(&mut self, rule: &'static str, path: impl Into<String>, message: impl Into<String>) {
        let listed = self.listed;
        self.v.errors.push(Issue { rule, path: path.into(), message: message.into(), listed });
    }
    fn warn(&mut self, rule: &'static str, path: impl Into<String>, message: impl Into<String>) {
        let listed = self.listed;
        self.v.warnings.push(Issue { rule, path: path.into(), message: message.into(), listed });
    }
    fn log(&mut self, rule: &'static str, path: impl Into<String>, message: impl Into<String>) {
        self.v.logged.push(Issue { rule, path: path.into(), message: message.into(), listed: true });
    }
}

/// Runs every rule on a decoded config (defaults applied), in upstream's order.
pub fn validate(mc: &MeshConfig) -> Validation {
    let mut o = Out { v: Validation::default(), listed: false };
    if let Err(e) = port(mc.proxy_listen_port as i64) {
        o.err("MC-1", "proxyListenPort", format!("invalid proxy listen port: {e}"));
    }
    match duration(mc.connect_timeout) {
        Err(e) => o.err("MC-2", "connectTimeout", format!("invalid connect timeout: {e}")),
        Ok(d) if d > Duration::from_secs(3600) => o.err(
            "MC-3",
            "connectTimeout",
            format!("invalid connect timeout: time {d} must be >1ms and <1h0m0s"),
        ),
        Ok(_) => {}
    }
    let pdt = mc.protocol_detection_timeout.unwrap_or_default();
    if pdt.nanos != 0 && pdt.nanos % 1_000_000 != 0 {
        o.err(
            "MC-4",
            "protocolDetectionTimeout",
            "invalid protocol detection timeout: only durations to ms precision are supported",
        );
    }
    match &mc.default_config {
        None => o.err("MC-5", "defaultConfig", "missing default config"),
        Some(pc) => {
            o.listed = true;
            proxy_config(pc, &mut o);
            o.listed = false;
        }
    }
    if let Some(lb) = &mc.locality_lb_setting {
        locality(lb, &mut o);
    }
    o.listed = true;
    for (i, s) in mc.service_settings.iter().enumerate() {
        for (j, h) in s.hosts.iter().enumerate() {
            if let Err(e) = wildcard_domain(h) {
                o.err(
                    "MC-42",
                    format!("serviceSettings[{i}].hosts[{j}]"),
                    format!("serviceSettings[{i}], host `{h}`: {e}"),
                );
            }
        }
    }
    if let Err(e) = trust_domain(&mc.trust_domain) {
        o.err(
            if mc.trust_domain.is_empty() { "MC-43" } else { "MC-44" },
            "trustDomain",
            format!("trustDomain: {e}"),
        );
    }
    for (i, d) in mc.trust_domain_aliases.iter().enumerate() {
        if let Err(e) = trust_domain(d) {
            o.err(
                "MC-45",
                format!("trustDomainAliases[{i}]"),
                format!("trustDomainAliases[{i}], domain `{d}` : {e}"),
            );
        }
    }
    extension_providers(&mc.extension_providers, &mut o);
    if mc.mesh_mtls.as_ref().is_some_and(|t| !t.ecdh_curves.is_empty()) {
        o.err("MC-63", "meshMTLS.ecdhCurves", "mesh TLS does not support ECDH curves configuration");
    }
    o.listed = false;
    if let Some(t) = &mc.tls_defaults {
        ecdh_curves(&t.ecdh_curves, &mut o);
    }
    o.v
}

/// MC-64/MC-65: unknown curves and repeated known ones (warnings).
fn ecdh_curves(curves: &[String], o: &mut Out) {
    const KNOWN: [&str; 7] =
        ["P-224", "P-256", "P-521", "P-384", "X25519", "X25519Kyber768Draft00", "X25519MLKEM768"];
    let mut seen = BTreeSet::new();
    let (mut unknown, mut dup) = (BTreeSet::new(), BTreeSet::new());
    for c in curves {
        if !c.is_empty() && !KNOWN.contains(&c.as_str()) {
            unknown.insert(c.as_str());
        } else if !seen.insert(c.as_str()) {
            dup.insert(c.as_str());
        }
    }
    let list = |s: &BTreeSet<&str>| s.iter().copied().collect::<Vec<_>>().join(" ");
    if !unknown.is_empty() {
        o.warn(
            "MC-64",
            "tlsDefaults.ecdhCurves",
            format!("detected unrecognized ECDH curves: [{}]", list(&unknown)),
        );
    }
    if !dup.is_empty() {
        o.warn(
            "MC-65",
            "tlsDefaults.ecdhCurves",
            format!("detected duplicate ECDH curves: [{}]", list(&dup)),
        );
    }
}

/// MC-6…MC-31: `defaultConfig`.
fn proxy_config(pc: &ProxyConfig, o: &mut Out) {
    let at = |f: &str| format!("defaultConfig.{f}");
    if pc.config_path.is_empty() {
        o.err("MC-6", at("configPath"), "config path must be set");
    }
    if pc.binary_path.is_empty() {
        o.err("MC-7", at("binaryPath"), "binary path must be set");
    }
    match (&pc.service_cluster, &pc.tracing_service_name) {
        (Some(sc), _) if sc.is_empty() => {
            o.err("MC-8", at("serviceCluster"), "service cluster must be specified")
        }
        (None, None) => o.err(
            "MC-9",
            at("serviceCluster"),
            "oneof service cluster or tracing service name must be specified",
        ),
        _ => {}
    }
    match duration(pc.drain_duration) {
        Err(e) => o.err("MC-10", at("drainDuration"), format!("invalid drain duration: {e}")),
        Ok(d) if d.nanos % 1_000_000_000 != 0 => {
            o.err("MC-11", at("drainDuration"), "drain time only supports durations to seconds precision")
        }
        Ok(_) => {}
    }
    if pc.discovery_address.is_empty() {
        o.err(
            "MC-12",
            at("discoveryAddress"),
            "discovery address must be set to the proxy discovery service",
        );
    } else if let Err(e) = proxy_address(&pc.discovery_address) {
        o.err("MC-13", at("discoveryAddress"), format!("invalid discovery address: {e}"));
    }
    if let Some(t) = &pc.tracing {
        if let Some(ls) = &t.lightstep {
            let p = at("tracing.lightstep");
            if ls.address.is_empty() {
                o.err("MC-14", format!("{p}.address"), "invalid lightstep config: address is required");
            }
            if let Err(e) = proxy_address(&ls.address) {
                o.err(
                    "MC-15",
                    format!("{p}.address"),
                    format!("invalid lightstep config: invalid lightstep address: {e}"),
                );
            }
            if ls.access_token.is_empty() {
                o.err(
                    "MC-16",
                    format!("{p}.accessToken"),
                    "invalid lightstep config: access token is required",
                );
            }
        }
        if let Some(z) = &t.zipkin
            && let Err(e) = proxy_address(&z.address.replacen("$(HOST_IP)", "127.0.0.1", 1))
        {
            o.err("MC-17", at("tracing.zipkin.address"), format!("invalid zipkin config: {e}"));
        }
        if let Some(d) = &t.datadog
            && let Err(e) = proxy_address(&d.address.replacen("$(HOST_IP)", "127.0.0.1", 1))
        {
            o.err("MC-18", at("tracing.datadog.address"), format!("invalid datadog config: {e}"));
        }
        if let Some(tls) = &t.tls_settings {
            for e in client_tls(tls) {
                o.err("MC-19", at("tracing.tlsSettings"), format!("invalid tracing TLS config: {e}"));
            }
        }
        // MC-20 (a nil custom tag) cannot come from text: the map holds values, never nil.
    }
    if !pc.statsd_udp_address.is_empty()
        && let Err(e) = proxy_address(&pc.statsd_udp_address)
    {
        o.err(
            "MC-21",
            at("statsdUdpAddress"),
            format!("invalid statsd udp address {:?}: {e}", pc.statsd_udp_address),
        );
    }
    if !pc.envoy_metrics_service_address.is_empty() {
        match proxy_address(&pc.envoy_metrics_service_address) {
            Err(e) => o.err(
                "MC-22",
                at("envoyMetricsServiceAddress"),
                format!("invalid envoy metrics service address {:?}: {e}", pc.envoy_metrics_service_address),
            ),
            Ok(()) => o.log(
                "MC-23",
                at("envoyMetricsServiceAddress"),
                "envoyMetricsServiceAddress is deprecated, use envoyMetricsService instead.",
            ),
        }
    }
    if pc.proxy_metadata.contains_key("ISTIO_META_DNS_AUTO_ALLOCATE") {
        o.warn(
            "MC-24",
            at("proxyMetadata.ISTIO_META_DNS_AUTO_ALLOCATE"),
            "'ISTIO_META_DNS_AUTO_ALLOCATE' is deprecated; review https://istio.io/latest/docs/ops/configuration/traffic-management/dns-proxy/#dns-auto-allocation-v2 for information about replacement functionality",
        );
    }
    for (rule, field, svc, what) in [
        ("MC-25", "envoyMetricsService", &pc.envoy_metrics_service, "envoy metrics service"),
        ("MC-26", "envoyAccessLogService", &pc.envoy_access_log_service, "envoy access log service"),
    ] {
        if let Some(s) = svc.as_ref().filter(|s| !s.address.is_empty())
            && let Err(e) = proxy_address(&s.address)
        {
            o.err(
                rule,
                at(&format!("{field}.address")),
                format!("invalid {what} address {:?}: {e}", s.address),
            );
        }
    }
    if let Err(e) = port(pc.proxy_admin_port as i64) {
        o.err("MC-27", at("proxyAdminPort"), format!("invalid proxy admin port: {e}"));
    }
    let auth = pc.control_plane_auth_policy;
    if !(auth.0 == 0 || auth.0 == 1) {
        let name = auth.name().map(str::to_string).unwrap_or_else(|| auth.0.to_string());
        o.err(
            "MC-28",
            at("controlPlaneAuthPolicy"),
            format!("invalid authentication policy: unrecognized control plane auth policy {name:?}"),
        );
    }
    if let Err(e) = port(pc.status_port as i64) {
        o.err("MC-29", at("statusPort"), format!("invalid status port: {e}"));
    }
    if let Some(pkp) = &pc.private_key_provider {
        let pre = "invalid private key provider configuration: ";
        let member = match (&pkp.cryptomb, &pkp.qat) {
            (Some(c), _) => Some(("cryptomb", c)),
            (None, Some(q)) => Some(("qat", q)),
            (None, None) => None,
        };
        match member {
            None => {
                o.err(
                    "MC-30",
                    at("privateKeyProvider"),
                    format!("{pre}private key provider configuration is required"),
                );
                o.err("MC-30", at("privateKeyProvider"), format!("{pre}unknown private key provider"));
            }
            Some((name, m)) => match m.poll_delay {
                None => o.err(
                    "MC-31",
                    at(&format!("privateKeyProvider.{name}.pollDelay")),
                    format!("{pre}pollDelay is required"),
                ),
                Some(d) if d.nanos == 0 => o.err(
                    "MC-31",
                    at(&format!("privateKeyProvider.{name}.pollDelay")),
                    format!("{pre}pollDelay must be non zero"),
                ),
                Some(_) => {}
            },
        }
    }
}

/// MC-58…MC-62: a client TLS block (configuration namespace empty, as the mesh check passes it).
fn client_tls(t: &ClientTlsSettings) -> Vec<String> {
    let mut errs = Vec::new();
    let (simple, mutual) = (t.mode.is("SIMPLE"), t.mode.is("MUTUAL"));
    if let Some(rest) = t.credential_name.strip_prefix("configmap://") {
        let detail = match rest.split_once('/') {
            None => format!("invalid resource name {rest:?}. Expected namespace and name"),
            Some(("", _)) => format!("invalid resource name {rest:?}. Expected namespace"),
            Some((_, "")) => format!("invalid resource name {rest:?}. Expected name"),
            Some(_) => "namespace must match the configuration namespace \"\"".to_string(),
        };
        errs.push(format!("invalid configmap:// credentialName: {detail}"));
    }
    if t.insecure_skip_verify == Some(true) {
        if simple
            && (!t.ca_certificates.is_empty()
                || !t.credential_name.is_empty()
                || !t.subject_alt_names.is_empty())
        {
            errs.push("cannot specify CaCertificates or CredentialName or SubjectAltNames when InsecureSkipVerify is set true".into());
        }
        if mutual && (!t.ca_certificates.is_empty() || !t.subject_alt_names.is_empty()) {
            errs.push(
                "cannot specify CaCertificates or SubjectAltNames when InsecureSkipVerify is set true".into(),
            );
        }
    }
    if (simple || mutual) && !t.credential_name.is_empty() {
        if !(t.client_certificate.is_empty()
            && t.ca_certificates.is_empty()
            && t.private_key.is_empty()
            && t.ca_crl.is_empty())
        {
            errs.push(
                "cannot specify client certificates or CA certificate or CA CRL If credentialName is set"
                    .into(),
            );
        }
        return errs;
    }
    if mutual {
        if t.client_certificate.is_empty() {
            errs.push("client certificate required for mutual tls".into());
        }
        if t.private_key.is_empty() {
            errs.push("private key required for mutual tls".into());
        }
    }
    errs
}

/// MC-32…MC-41: `localityLbSetting` (the mesh passes an empty outlier policy, so MC-38 cannot
/// fire). Locality lists are walked in list order; `distribute[].to` in key order (upstream:
/// Go map order, i.e. random).
fn locality(lb: &LocalityLoadBalancerSetting, o: &mut Out) {
    let p = "localityLbSetting";
    if !lb.distribute.is_empty() && !lb.failover.is_empty() {
        return o.err("MC-32", p, "can not simultaneously specify 'distribute' and 'failover'");
    }
    if !lb.failover.is_empty() {
        const TOPOLOGY: [&str; 3] =
            ["topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone"];
        if let Some((i, l)) =
            lb.failover_priority.iter().enumerate().find(|(_, l)| TOPOLOGY.contains(&l.as_str()))
        {
            return o.err(
                "MC-33",
                format!("{p}.failoverPriority[{i}]"),
                format!(
                    "can not simultaneously set 'failover' and topology label '{l}' in 'failover_priority'"
                ),
            );
        }
    }
    for (i, d) in lb.distribute.iter().enumerate() {
        let mut total: u32 = 0;
        for w in d.to.values() {
            if *w == 0 || *w > 100 {
                return o.err(
                    "MC-34",
                    format!("{p}.distribute[{i}].to"),
                    "locality weight must be in range [1, 100]",
                );
            }
            total = total.wrapping_add(*w);
        }
        if total != 100 {
            return o.err(
                "MC-35",
                format!("{p}.distribute[{i}].to"),
                format!("total locality weight {total} != 100"),
            );
        }
        if let Err(e) = localities(d.to.keys().map(String::as_str)) {
            o.err("MC-36", format!("{p}.distribute[{i}].to"), e);
        }
    }
    if let Err(e) = localities(lb.distribute.iter().map(|d| d.from.as_str())) {
        o.err("MC-37", format!("{p}.distribute"), e);
    }
    for (i, f) in lb.failover.iter().enumerate() {
        let at = format!("{p}.failover[{i}]");
        if f.from == f.to {
            o.err("MC-39", at.clone(), "locality lb failover settings must specify different regions");
        }
        if f.from.contains('/') || f.to.contains('/') {
            o.err("MC-40", at.clone(), "locality lb failover only specify region");
        }
        if f.from.contains('*') || f.to.contains('*') {
            o.err("MC-41", at, "locality lb failover region should not contain '*' wildcard");
        }
    }
}

/// LOC: wildcard placement, empty parts and overlap between localities, in the order given.
fn localities<'a>(list: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let mut seen: BTreeMap<&str, BTreeMap<&str, BTreeSet<&str>>> = BTreeMap::new();
    for l in list {
        let overlap = || format!("locality {l} overlap with previous specified ones");
        let stars = l.matches('*').count();
        if stars > 1 || (stars == 1 && !l.ends_with('*')) {
            return Err(format!("locality {l} wildcard '*' number can not exceed 1 and must be in the end"));
        }
        if seen.contains_key("*") {
            return Err(overlap());
        }
        let parts: Vec<&str> = l.splitn(3, '/').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(format!("locality {l} must not contain empty region/zone/subzone info"));
        }
        match parts.as_slice() {
            [region] => {
                if seen.contains_key(region) {
                    return Err(overlap());
                }
                seen.insert(region, BTreeMap::from([("*", BTreeSet::from(["*"]))]));
            }
            [region, zone] => match seen.get_mut(region) {
                Some(zones) => {
                    if zones.contains_key("*") || zones.contains_key(zone) {
                        return Err(overlap());
                    }
                    zones.insert(zone, BTreeSet::from(["*"]));
                }
                None => {
                    seen.insert(region, BTreeMap::from([(*zone, BTreeSet::from(["*"]))]));
                }
            },
            [region, zone, sub] => match seen.get_mut(region) {
                Some(zones) => {
                    if zones.contains_key("*") {
                        return Err(overlap());
                    }
                    match zones.get_mut(zone) {
                        Some(subs) => {
                            if subs.contains("*") || subs.contains(sub) {
                                return Err(overlap());
                            }
                            subs.insert(sub);
                        }
                        None => {
                            zones.insert(zone, BTreeSet::from([*sub]));
                        }
                    }
                }
                None => {
                    seen.insert(region, BTreeMap::from([(*zone, BTreeSet::from([*sub]))]));
                }
            },
            _ => {}
        }
    }
    Ok(())
}

/// MC-46…MC-57 (log-only): what upstream logs per extension provider and otherwise ignores.
fn extension_providers(list: &[ExtensionProvider], o: &mut Out) {
    let mut names = BTreeSet::new();
    for (i, p) in list.iter().enumerate() {
        let at = format!("extensionProviders[{i}]");
        let mut notes: Vec<(&'static str, String)> = Vec::new();
        if p.name.is_empty() {
            notes.push(("MC-46", "empty extension provider name".into()));
        } else if !names.insert(p.name.as_str()) {
            notes.push(("MC-47", format!("duplicate extension provider name {}", p.name)));
        }
        let svc_port = |svc: &str,
                        port: u32,
                        bare: bool,
                        notes: &mut Vec<(&'static str, String)>,
                        rule: &'static str| {
            if let Err(e) = self::port(port as i64) {
                notes.push((rule, if bare { e } else { format!("invalid service port: {e}") }));
            }
            if let Err(e) = service(svc) {
                notes.push((rule, e));
            }
        };
        if let Some(h) = &p.envoy_ext_authz_http {
            svc_port(&h.service, h.port, true, &mut notes, "MC-49");
            if let Err(e) = status_on_error(&h.status_on_error) {
                notes.push(("MC-57", e));
            }
            if !h.path_prefix.is_empty() && !h.path_prefix.starts_with('/') {
                notes.push((
                    "MC-49",
                    format!("pathPrefix should begin with `/` but found {:?}", h.path_prefix),
                ));
            }
        } else if let Some(g) = &p.envoy_ext_authz_grpc {
            svc_port(&g.service, g.port, false, &mut notes, "MC-50");
            if let Err(e) = status_on_error(&g.status_on_error) {
                notes.push(("MC-57", e));
            }
        } else if let Some(z) = &p.zipkin {
            svc_port(&z.service, z.port, false, &mut notes, "MC-51");
        } else if let Some(d) = &p.datadog {
            svc_port(&d.service, d.port, false, &mut notes, "MC-51");
        } else if let Some(c) = &p.opencensus {
            svc_port(&c.service, c.port, false, &mut notes, "MC-51");
        } else if let Some(s) = &p.skywalking {
            svc_port(&s.service, s.port, false, &mut notes, "MC-51");
        } else if let Some(l) = &p.lightstep {
            svc_port(&l.service, l.port, false, &mut notes, "MC-52");
            if l.access_token.is_empty() {
                notes.push(("MC-52", "access token is required".into()));
            }
        } else if let Some(a) = &p.envoy_http_als {
            svc_port(&a.service, a.port, true, &mut notes, "MC-53");
        } else if let Some(a) = &p.envoy_tcp_als {
            svc_port(&a.service, a.port, true, &mut notes, "MC-53");
        } else if let Some(a) = &p.envoy_otel_als {
            svc_port(&a.service, a.port, true, &mut notes, "MC-53");
        } else if let Some(t) = &p.opentelemetry {
            svc_port(&t.service, t.port, true, &mut notes, "MC-54");
            if t.grpc.is_some() && t.http.is_some() {
                notes
                    .push(("MC-54", "OpenTelemetryTracingProvider cannot specify both grpc and http".into()));
            }
        } else if p.prometheus.is_some() || p.stackdriver.is_some() || p.envoy_file_access_log.is_some() {
            // MC-55: nothing to check.
        } else {
            notes.push(("MC-48", "unsupported provider: <nil> of type <nil>".into()));
        }
        for (rule, n) in notes {
            o.log(rule, at.clone(), format!("invalid extension provider {}: {n}", p.name));
        }
    }
}

/// SVC (MC-56): an extension provider's service, `host` or `namespace/host`.
fn service(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("service must not be empty".into());
    }
    let Some((ns, host)) = s.split_once('/') else {
        if fqdn(s).is_err() && ip(s).is_none() {
            return Err(format!("invalid service fmt {s}: {s} is not a valid IP"));
        }
        return Ok(());
    };
    if ns.is_empty() || host.is_empty() {
        return Err("config namespace and dnsName in host entry cannot be empty".into());
    }
    if !matches!(ns, "*" | "." | "~") && !is_label(ns) {
        return Err(format!("invalid namespace value {ns:?} in sidecar"));
    }
    if host != "*" && !host.contains('.') {
        return Err("short names (non FQDN) are not allowed".into());
    }
    wildcard_domain(host)?;
    if host != "*" && host.contains('*') && !(host.starts_with("*.") && host.matches('*').count() == 1) {
        return Err(format!("partial wildcard {host:?} not allowed"));
    }
    Ok(())
}

/// STATUS (MC-57): an Envoy `StatusCode` number, or empty.
fn status_on_error(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    let code: i32 = s.parse().map_err(|_| {
        format!("invalid statusOnError value {s}: strconv.ParseInt: parsing {s:?}: invalid syntax")
    })?;
    const CODES: &[i32] = &[
        0, 100, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308,
        400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422,
        423, 424, 426, 428, 429, 431, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
    ];
    if CODES.contains(&code) { Ok(()) } else { Err(format!("unsupported statusOnError value {s}")) }
}

/// PORT: 1..=65535.
fn port(n: i64) -> Result<(), String> {
    if (1..=65535).contains(&n) {
        Ok(())
    } else {
        Err(format!("port number {n} must be in the range 1..65535"))
    }
}

/// DUR: at least 1ms (nil counts as 0) and whole milliseconds.
fn duration(d: Option<Duration>) -> Result<Duration, String> {
    let d = d.unwrap_or_default();
    if d.nanos < 1_000_000 {
        return Err("duration must be greater than 1ms".into());
    }
    if d.nanos % 1_000_000 != 0 {
        return Err("only durations to ms precision are supported".into());
    }
    Ok(d)
}

/// Go's `net.SplitHostPort`, with its error texts.
fn split_host_port(hp: &str) -> Result<(&str, &str), String> {
    let addr_err = |why: &str| if hp.is_empty() { why.to_string() } else { format!("address {hp}: {why}") };
    let Some(i) = hp.rfind(':') else { return Err(addr_err("missing port in address")) };
    let (host, j, k);
    if hp.starts_with('[') {
        let Some(end) = hp.find(']') else { return Err(addr_err("missing ']' in address")) };
        if end + 1 == hp.len() {
            return Err(addr_err("missing port in address"));
        } else if end + 1 != i {
            return Err(addr_err(if hp.as_bytes()[end + 1] == b':' {
                "too many colons in address"
            } else {
                "missing port in address"
            }));
        }
        host = &hp[1..end];
        (j, k) = (1, end + 1);
    } else {
        host = &hp[..i];
        if host.contains(':') {
            return Err(addr_err("too many colons in address"));
        }
        (j, k) = (0, 0);
    }
    if hp[j..].contains('[') {
        return Err(addr_err("unexpected '[' in address"));
    }
    if hp[k..].contains(']') {
        return Err(addr_err("unexpected ']' in address"));
    }
    Ok((host, &hp[i + 1..]))
}

/// Go's `strconv.Atoi` (optional sign, base-10 digits, 64-bit range), with its error texts.
fn atoi(s: &str) -> Result<i64, String> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("strconv.Atoi: parsing {s:?}: invalid syntax"));
    }
    s.trim_start_matches('+')
        .parse::<i64>()
        .map_err(|_| format!("strconv.Atoi: parsing {s:?}: value out of range"))
}

/// ADDR: `host:port` with a hostname or IP host and a valid port.
fn proxy_address(a: &str) -> Result<(), String> {
    let (host, p) = split_host_port(a).map_err(|e| format!("unable to split {a:?}: {e}"))?;
    let n = atoi(p).map_err(|e| format!("port ({p}) is not a number: {e}"))?;
    port(n)?;
    if fqdn(host).is_err() && ip(host).is_none() {
        return Err(format!("{host:?} is not a valid hostname or an IP address"));
    }
    Ok(())
}

/// An IP address as Go's `netip.ParseAddr` reads it (IPv6 zones allowed).
fn ip(s: &str) -> Option<IpAddr> {
    if let Some((addr, zone)) = s.split_once('%') {
        return (!zone.is_empty()).then(|| addr.parse::<Ipv6Addr>().ok().map(IpAddr::V6)).flatten();
    }
    s.parse().ok()
}

fn is_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

fn domain_preconditions(d: &str) -> Result<(), String> {
    if d.len() > 255 {
        return Err(format!("domain name {d:?} too long (max 255)"));
    }
    if d.is_empty() {
        return Err("empty domain name not allowed".into());
    }
    Ok(())
}

fn dns_labels(d: &str) -> Result<(), String> {
    let parts: Vec<&str> = d.split('.').collect();
    let tld = parts[parts.len() - 1];
    if atoi(tld).is_ok() {
        return Err(format!("domain name {d:?} invalid (top level domain {tld:?} cannot be all-numeric)"));
    }
    match first_bad_label(d) {
        Some(l) => Err(format!("domain name {d:?} invalid (label {l:?} invalid)")),
        None => Ok(()),
    }
}

/// The first dot-label of `d` that is not a DNS-1123 label (one final empty label allowed).
fn first_bad_label(d: &str) -> Option<&str> {
    let parts: Vec<&str> = d.split('.').collect();
    let last = parts.len() - 1;
    parts.into_iter().enumerate().find(|(i, l)| !(is_label(l) || (*i == last && l.is_empty()))).map(|(_, l)| l)
}

/// FQDN.
fn fqdn(h: &str) -> Result<(), String> {
    domain_preconditions(h)?;
    dns_labels(h)
}

/// WILDCARD: a host whose first label may be `*`, `*x` or `*-x`.
fn wildcard_domain(h: &str) -> Result<(), String> {
    domain_preconditions(h)?;
    let (first, rest) = match h.split_once('.') {
        Some((f, r)) => (f, Some(r)),
        None => (h, None),
    };
    let bare = first.strip_prefix("*-").or_else(|| first.strip_prefix('*')).unwrap_or(first);
    let ok = first == "*" || (first.len() <= 63 && is_label(bare));
    if !ok {
        return Err(format!("domain name {h:?} invalid (label {first:?} invalid)"));
    }
    match rest {
        Some(r) => dns_labels(r),
        None => Ok(()),
    }
}

/// A trust domain: DNS labels, a final dot allowed, no length limit.
fn trust_domain(d: &str) -> Result<(), String> {
    if d.is_empty() {
        return Err("empty domain name not allowed".into());
    }
    match first_bad_label(d) {
        Some(_) => Err(format!("trust domain name {d:?} invalid")),
        None => Ok(()),
    }
}
