//! Sidecar (`networking.istio.io`): typed spec, registry entry and rules SC-1..SC-43
//! (validation spec §8), including the selector-error-only and empty-config (SC-3)
//! aggregation quirks. Connection pool and server TLS rules come from `traffic_policy`.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::traffic_policy::{ConnectionPoolSettings, ServerTlsMode, ServerTlsSettings};
use super::V1_ALPHA3_BETA1;
use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::registry::KindDef;
use crate::api::rules::{self, NsHostUse, alpha_selector_scope, is_http, is_tls, non_empty, set};
use crate::api::selectors::{NetworkingWorkloadSelector, PortSelector};
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

proto_enum!(pub CaptureMode { DEFAULT, IPTABLES, NONE });
proto_enum!(pub OutboundMode { REGISTRY_ONLY, ALLOW_ANY });

/// Ingress and egress of the proxies a Sidecar selects.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SidecarSpec {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "workload_selector")]
    pub workload_selector: Option<NetworkingWorkloadSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Vec<IngressListener>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<Vec<EgressListener>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "inbound_connection_pool")]
    pub inbound_connection_pool: Option<ConnectionPoolSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "outbound_traffic_policy")]
    pub outbound_traffic_policy: Option<OutboundTrafficPolicy>,
}

/// A sidecar listener port.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SidecarPort {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_port")]
    pub target_port: Option<UInt32>,
}

/// An inbound listener.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IngressListener {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub port: Option<SidecarPort>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "capture_mode")]
    pub capture_mode: Option<CaptureMode>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "default_endpoint")]
    pub default_endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ServerTlsSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "connection_pool")]
    pub connection_pool: Option<ConnectionPoolSettings>,
}

/// An outbound listener and the hosts it can reach.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EgressListener {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<SidecarPort>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "capture_mode")]
    pub capture_mode: Option<CaptureMode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub hosts: Option<Vec<String>>,
}

/// What to do with traffic to unknown destinations.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OutboundTrafficPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<OutboundMode>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "egress_proxy")]
    pub egress_proxy: Option<EgressProxy>,
}

/// The destination unknown outbound traffic is sent to (a route destination).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EgressProxy {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<PortSelector>,
}

pub static KIND: KindDef =
    KindDef::of::<SidecarSpec>("networking.istio.io", "Sidecar", "sidecars", &[], V1_ALPHA3_BETA1, &[]);

impl Validate for SidecarSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // SC-1, SC-2
        let Some(selector_warning) = alpha_selector_scope(
            self.workload_selector.as_ref(),
            "sidecar: workload selector specified without labels, will be applied to all services in namespace",
            &at.field("workloadSelector"),
            cx,
        ) else {
            return;
        };
        // SC-3 (alone: the selector warning is lost too)
        if !non_empty(&self.egress)
            && !non_empty(&self.ingress)
            && self.outbound_traffic_policy.is_none()
            && self.inbound_connection_pool.is_none()
        {
            cx.error(at, "sidecar: empty configuration provided");
            return;
        }
        cx.absorb(selector_warning, false);
        self.check_ingress(at, cx);
        // SC-26
        self.inbound_connection_pool.validate(&at.field("inboundConnectionPool"), cx);
        self.check_egress(at, cx);
        if let Some(otp) = &self.outbound_traffic_policy {
            otp.validate(&at.field("outboundTrafficPolicy"), cx);
        }
    }
}

/// Go's `net.SplitHostPort`, error text included.
fn split_host_port(hp: &str) -> Result<(&str, &str), String> {
    let err = |why: &str| Err(format!("address {hp}: {why}"));
    const MISSING: &str = "missing port in address";
    const COLONS: &str = "too many colons in address";
    let Some(i) = hp.rfind(':') else { return err(MISSING) };
    let (host, j, k);
    if hp.starts_with('[') {
        let Some(end) = hp.find(']') else { return err("missing ']' in address") };
        if end + 1 == hp.len() {
            return err(MISSING);
        } else if end + 1 != i {
            return if hp.as_bytes()[end + 1] == b':' { err(COLONS) } else { err(MISSING) };
        }
        host = &hp[1..end];
        (j, k) = (1, end + 1);
    } else {
        host = &hp[..i];
        if host.contains(':') {
            return err(COLONS);
        }
        (j, k) = (0, 0);
    }
    if hp[j..].contains('[') {
        return err("unexpected '[' in address");
    }
    if hp[k..].contains(']') {
        return err("unexpected ']' in address");
    }
    Ok((host, &hp[i + 1..]))
}

impl SidecarSpec {
    /// SC-5..SC-25.
    fn check_ingress(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let iat = at.field("ingress");
        let mut ports = BTreeSet::new();
        for (i, ing) in self.ingress.as_deref().unwrap_or(&[]).iter().enumerate() {
            let el = iat.index(i);
            let pat = el.field("port");
            let Some(port) = &ing.port else {
                cx.error(&pat, "sidecar: port is required for ingress listeners");
                continue;
            };
            if port.target_port.is_some_and(|t| t.0 > 0) {
                cx.error(&pat.field("targetPort"), "targetPort has no impact on Sidecars");
            }
            let number = port.number.map_or(0, |n| n.0);
            let protocol = port.protocol.as_deref().unwrap_or("");
            port_name_and_protocol(port, &pat, cx);
            rules::port(number as i64, &pat.field("number"), cx);
            bind_ip(ing.bind.as_deref(), &el, cx);
            if !ports.insert(number) {
                cx.error(&pat.field("number"), "sidecar: ports on IP bound listeners must be unique");
            }
            if let Some(ep) = ing.default_endpoint.as_deref().filter(|e| !e.is_empty()) {
                let eat = el.field("defaultEndpoint");
                if let Some(path) = ep.strip_prefix("unix://") {
                    rules::unix_address(path, &eat, cx);
                } else {
                    let (host, p) = split_host_port(ep).unwrap_or_else(|e| {
                        cx.error(&eat, e);
                        ("", "")
                    });
                    if !matches!(host, "" | "127.0.0.1" | "0.0.0.0" | "::1" | "::") {
                        cx.error(&eat, "sidecar: defaultEndpoint must be of form 127.0.0.1:<port>,0.0.0.0:<port>,[::1]:port,[::]:port,unix://filepath or unset");
                    }
                    match p.parse::<i64>() {
                        Err(_) => cx.error(
                            &eat,
                            format!("sidecar: defaultEndpoint port ({p}) is not a number: invalid syntax"),
                        ),
                        Ok(n) => rules::port(n, &eat, cx),
                    }
                }
            }
            if let Some(tls) = &ing.tls {
                let tat = el.field("tls");
                let unsupported = [
                    (
                        non_empty(&tls.subject_alt_names),
                        "subjectAltNames",
                        "sidecar: subjectAltNames is not supported in ingress tls",
                    ),
                    (
                        tls.https_redirect == Some(true),
                        "httpsRedirect",
                        "sidecar: httpsRedirect is not supported",
                    ),
                    (
                        set(&tls.credential_name),
                        "credentialName",
                        "sidecar: credentialName is not currently supported",
                    ),
                    (
                        non_empty(&tls.credential_names),
                        "credentialNames",
                        "sidecar: credentialNames is not currently supported",
                    ),
                    (
                        non_empty(&tls.tls_certificates),
                        "tlsCertificates",
                        "sidecar: tls_certificates is not currently supported",
                    ),
                ];
                for (bad, field, msg) in unsupported {
                    if bad {
                        cx.error(&tat.field(field), msg);
                    }
                }
                let mode = tls.effective_mode();
                if matches!(mode, ServerTlsMode::ISTIO_MUTUAL | ServerTlsMode::AUTO_PASSTHROUGH) {
                    let name = mode.name().unwrap_or_default();
                    cx.error(
                        &tat.field("mode"),
                        format!("configuration is invalid: cannot set mode to {name} in sidecar ingress tls"),
                    );
                }
                if !is_tls(protocol) {
                    cx.error(&tat, "server cannot have TLS settings for non HTTPS/TLS ports");
                }
                tls.validate(&tat, cx);
            }
            let cat = el.field("connectionPool");
            ing.connection_pool.validate(&cat, cx);
            if ing.connection_pool.as_ref().is_some_and(|c| c.http.is_some()) && !is_http(protocol) {
                let name = port.name.as_deref().unwrap_or("");
                cx.warn(
                    &cat.field("http"),
                    format!("sidecar: HTTP connection pool settings are configured for port {number} ({}) but its protocol is not HTTP ({protocol}); only TCP settings will apply", rules::go_quote(name)),
                );
            }
        }
    }

    /// SC-28..SC-39.
    fn check_egress(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let eat = at.field("egress");
        let egress = self.egress.as_deref().unwrap_or(&[]);
        let mut ports = BTreeSet::new();
        let mut unix_binds = BTreeSet::new();
        for (i, eg) in egress.iter().enumerate() {
            let el = eat.index(i);
            match &eg.port {
                None => {
                    // SC-28 (SC-29 cannot fire: only the last listener is recorded as catch-all)
                    if i != egress.len() - 1 {
                        cx.error(&el, "sidecar: the egress listener with empty port should be the last listener in the list");
                    }
                }
                Some(port) => {
                    let pat = el.field("port");
                    if port.target_port.is_some_and(|t| t.0 > 0) {
                        cx.error(&pat.field("targetPort"), "targetPort has no impact on Sidecars");
                    }
                    let bind = eg.bind.as_deref().unwrap_or("");
                    let number = port.number.map_or(0, |n| n.0);
                    port_name_and_protocol(port, &pat, cx);
                    let bat = el.field("bind");
                    if number == 0 {
                        // SC-32
                        match bind.strip_prefix("unix://") {
                            None => cx.error(
                                &bat,
                                "sidecar: ports with 0 value must have a unix domain socket bind address",
                            ),
                            Some(path) => rules::unix_address(path, &bat, cx),
                        }
                        let mode = eg.capture_mode.map(|m| m.resolve()).unwrap_or(CaptureMode::DEFAULT);
                        if !matches!(mode, CaptureMode::DEFAULT | CaptureMode::NONE) {
                            cx.error(
                                &el.field("captureMode"),
                                "sidecar: captureMode must be DEFAULT/NONE for unix domain socket listeners",
                            );
                        }
                        // SC-34
                        if !unix_binds.insert(bind) {
                            cx.error(&bat, "sidecar: unix domain socket values for listeners must be unique");
                        }
                    } else {
                        // SC-33
                        rules::port(number as i64, &pat.field("number"), cx);
                        bind_ip(eg.bind.as_deref(), &el, cx);
                        // SC-35
                        if !ports.insert(number) {
                            cx.error(
                                &pat.field("number"),
                                "sidecar: ports on IP bound listeners must be unique",
                            );
                        }
                    }
                }
            }
            check_egress_hosts(eg.hosts.as_deref().unwrap_or(&[]), &el.field("hosts"), cx);
        }
    }
}

/// SC-7/SC-8 and SC-31/SC-32/SC-33's protocol check.
fn port_name_and_protocol(port: &SidecarPort, pat: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Some(name) = port.name.as_deref().filter(|n| !n.is_empty()) {
        rules::port_name(name, &pat.field("name"), cx);
    }
    rules::protocol(port.protocol.as_deref().unwrap_or(""), true, &pat.field("protocol"), cx);
}

/// SC-10 / SC-33: a non-empty bind must be an IP address.
fn bind_ip(bind: Option<&str>, listener: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Some(b) = bind.filter(|b| !b.is_empty()) {
        rules::ip(b, &listener.field("bind"), cx);
    }
}

/// SC-36..SC-39.
fn check_egress_hosts(hosts: &[String], at: &Path<'_>, cx: &mut Ctx<'_>) {
    if hosts.is_empty() {
        cx.error(at, "sidecar: egress listener must contain at least one host");
        return;
    }
    let mut by_ns: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for (j, host) in hosts.iter().enumerate() {
        let hat = at.index(j);
        if let Some((ns, svc)) = host.split_once('/') {
            let ns = if ns == "." { cx.meta.namespace.clone() } else { ns.to_string() };
            let seen = by_ns.entry(ns).or_default();
            let dup = if svc != "*" { seen.contains(svc) || seen.contains("*") } else { !seen.is_empty() };
            if dup {
                cx.warn(&hat, format!("duplicated egress host: {host}"));
            }
            seen.insert(svc);
        }
        rules::namespaced_host(host, NsHostUse::Sidecar, &hat, cx);
    }
    if by_ns.get("*").is_some_and(|s| s.contains("*")) && by_ns.len() != 1 {
        cx.warn(at, "`*/*` host select all resources, no other hosts can be added");
    }
}

impl Validate for OutboundTrafficPolicy {
    /// SC-40..SC-43.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let Some(proxy) = &self.egress_proxy else { return };
        let pat = at.field("egressProxy");
        if self.mode.map(|m| m.resolve()) != Some(OutboundMode::ALLOW_ANY) {
            cx.error(
                &pat,
                "sidecar: egress_proxy must be set only with ALLOW_ANY outbound_traffic_policy mode",
            );
            return;
        }
        let host = proxy.host.as_deref().unwrap_or("");
        rules::fqdn(host, &pat.field("host"), cx);
        if proxy.port.is_none() {
            cx.error(&pat.field("port"), "sidecar: egress_proxy port must be non-nil");
            return;
        }
        rules::destination(host, proxy.subset.as_deref(), proxy.port.as_ref(), &pat, cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_covers_the_inventory() {
        crate::api::networking::test_support::assert_full_coverage(&KIND);
    }
    use crate::api::networking::testing::{
        Expect::*, assert_roundtrip_clean, check, run_cases, yaml,
    };

    const RICH: &str = r#"
workloadSelector:
  labels: {app: ratings}
ingress:
- port: {number: 9080, protocol: HTTP, name: http}
  bind: 0.0.0.0
  captureMode: IPTABLES
  defaultEndpoint: 127.0.0.1:8080
  connectionPool:
    http: {http1MaxPendingRequests: 100, idleTimeout: 30s}
    tcp: {maxConnections: 10}
- port: {number: 9443, protocol: HTTPS, name: https}
  defaultEndpoint: unix:///var/run/app.sock
  tls:
    mode: SIMPLE
    serverCertificate: /etc/certs/cert.pem
    privateKey: /etc/certs/key.pem
    minProtocolVersion: TLSV1_2
egress:
- port: {number: 3306, protocol: MYSQL, name: mysql}
  bind: 127.0.0.1
  captureMode: NONE
  hosts: ["*/mysql.example.com"]
- port: {number: 0, protocol: HTTP, name: uds}
  bind: unix:///var/run/egress.sock
  hosts: ["./api.example.com"]
- hosts: ["istio-system/*", "./*"]
inboundConnectionPool:
  tcp: {connectTimeout: 1s, tcpKeepalive: {probes: 3, time: 60s, interval: 10s}}
outboundTrafficPolicy:
  mode: ALLOW_ANY
  egressProxy: {host: egress.example.com, subset: v1, port: {number: 3128}}
"#;

    #[test]
    fn rich_spec_roundtrips_and_is_clean() {
        assert_roundtrip_clean(&KIND, RICH);
    }

    #[test]
    fn snake_case_and_unknown_fields() {
        let v = (KIND.roundtrip)(&yaml(
            "workload_selector: {labels: {a: b}}\ninbound_connection_pool: {tcp: {max_connections: 1}}\noutbound_traffic_policy: {mode: ALLOW_ANY, egress_proxy: {host: a.b}}\ningress: [{port: {number: 1, target_port: 2}, default_endpoint: x, capture_mode: NONE, connection_pool: {}}]",
        ))
        .unwrap();
        assert_eq!(v["inboundConnectionPool"]["tcp"]["maxConnections"], 1);
        assert_eq!(v["outboundTrafficPolicy"]["egressProxy"]["host"], "a.b");
        let found = check(&KIND, "egress: [{hosts: ['*/*'], port: {number: 80, portName: x}}]");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "spec.egress[0].port.portName");
    }

    #[test]
    fn default_endpoint_split() {
        assert_eq!(split_host_port("127.0.0.1:80"), Ok(("127.0.0.1", "80")));
        assert_eq!(split_host_port("[::1]:80"), Ok(("::1", "80")));
        assert_eq!(split_host_port(":80"), Ok(("", "80")));
        assert!(split_host_port("foo").unwrap_err().contains("missing port"));
        assert!(split_host_port("a:b:c").unwrap_err().contains("too many colons"));
    }

    const EG: &str = "egress: [{hosts: ['*/*']}]";

    #[test]
    fn rules() {
        let ing = |l: &str| format!("ingress: [{l}]");
        let egr = |l: &str| format!("egress: [{l}]");
        let cases: Vec<(String, String, crate::api::networking::testing::Expect)> = vec![
            ("SC-1 fail".into(), format!("workloadSelector: {{labels: {{app: '*'}}}}\n{}", egr("{hosts: [foo]}")), Error("spec.workloadSelector.labels[app]", "wildcard")),
            ("SC-1 only selector errors".into(), format!("workloadSelector: {{labels: {{'': x}}}}\n{}", egr("{hosts: [foo]}")), NothingAt("spec.egress[0].hosts[0]")),
            ("SC-1 pass".into(), format!("workloadSelector: {{labels: {{app: a}}}}\n{EG}"), Clean),
            ("SC-2 fail".into(), format!("workloadSelector: {{}}\n{EG}"), Warn("spec.workloadSelector", "will be applied to all services")),
            ("SC-3 fail".into(), "workloadSelector: {labels: {a: b}}".into(), Error("spec", "empty configuration")),
            ("SC-3 drops SC-2".into(), "workloadSelector: {}".into(), NothingAt("spec.workloadSelector")),
            ("SC-3 pass".into(), "outboundTrafficPolicy: {mode: REGISTRY_ONLY}".into(), Clean),
            ("SC-5 fail".into(), ing("{bind: 1.2.3.4}"), Error("spec.ingress[0].port", "port is required")),
            ("SC-6 fail".into(), ing("{port: {number: 80, targetPort: 81}}"), Error("spec.ingress[0].port.targetPort", "no impact on Sidecars")),
            ("SC-7 fail".into(), ing("{port: {number: 80, name: 'a_b'}}"), Error("spec.ingress[0].port.name", "invalid port name")),
            ("SC-8 fail".into(), ing("{port: {number: 80, protocol: HTTP3}}"), Error("spec.ingress[0].port.protocol", "unrecognized protocol")),
            ("SC-9 fail".into(), ing("{port: {number: 70000}}"), Error("spec.ingress[0].port.number", "1..65535")),
            ("SC-9 pass".into(), ing("{port: {number: 80}}"), Clean),
            ("SC-10 fail".into(), ing("{port: {number: 80}, bind: foo}"), Error("spec.ingress[0].bind", "not a valid IP")),
            ("SC-11 fail".into(), "ingress: [{port: {number: 80}}, {port: {number: 80}}]".into(), Error("spec.ingress[1].port.number", "must be unique")),
            ("SC-11 pass".into(), "ingress: [{port: {number: 80}}, {port: {number: 81}}]".into(), Clean),
            ("SC-12 fail".into(), ing("{port: {number: 80}, defaultEndpoint: 'unix://'}"), Error("spec.ingress[0].defaultEndpoint", "must not be empty")),
            ("SC-13 fail".into(), ing("{port: {number: 80}, defaultEndpoint: foo}"), Error("spec.ingress[0].defaultEndpoint", "missing port in address")),
            ("SC-14 fail".into(), ing("{port: {number: 80}, defaultEndpoint: '10.0.0.1:80'}"), Error("spec.ingress[0].defaultEndpoint", "must be of form 127.0.0.1")),
            ("SC-14 pass".into(), ing("{port: {number: 80}, defaultEndpoint: '[::]:80'}"), Clean),
            ("SC-15 nan".into(), ing("{port: {number: 80}, defaultEndpoint: '127.0.0.1:http'}"), Error("spec.ingress[0].defaultEndpoint", "is not a number")),
            ("SC-15 range".into(), ing("{port: {number: 80}, defaultEndpoint: '127.0.0.1:0'}"), Error("spec.ingress[0].defaultEndpoint", "1..65535")),
            ("SC-16 fail".into(), ing("{port: {number: 443, protocol: HTTPS}, tls: {mode: SIMPLE, serverCertificate: c, privateKey: k, subjectAltNames: [a]}}"), Error("spec.ingress[0].tls.subjectAltNames", "not supported")),
            ("SC-17 fail".into(), ing("{port: {number: 443, protocol: HTTPS}, tls: {mode: SIMPLE, serverCertificate: c, privateKey: k, httpsRedirect: true}}"), Error("spec.ingress[0].tls.httpsRedirect", "not supported")),
            ("SC-18 fail".into(), ing("{port: {number: 443, protocol: HTTPS}, tls: {mode: SIMPLE, credentialName: c}}"), Error("spec.ingress[0].tls.credentialName", "not currently supported")),
            ("SC-19 fail".into(), ing("{port: {number: 443, protocol: HTTPS}, tls: {mode: SIMPLE, credentialNames: [c]}}"), Error("spec.ingress[0].tls.credentialNames", "not currently supported")),
            ("SC-20 fail".into(), ing("{port: {number: 443, protocol: HTTPS}, tls: {mode: SIMPLE, tlsCertificates: [{serverCertificate: c, privateKey: k}]}}"), Error("spec.ingress[0].tls.tlsCertificates", "not currently supported")),
            ("SC-21 fail".into(), ing("{port: {number: 443, protocol: HTTPS}, tls: {mode: ISTIO_MUTUAL}}"), Error("spec.ingress[0].tls.mode", "cannot set mode to ISTIO_MUTUAL")),
            ("SC-22 fail".into(), ing("{port: {number: 80, protocol: HTTP}, tls: {mode: SIMPLE, serverCertificate: c, privateKey: k}}"), Error("spec.ingress[0].tls", "non HTTPS/TLS ports")),
            ("SC-22/23 pass".into(), ing("{port: {number: 443, protocol: TLS}, tls: {mode: SIMPLE, serverCertificate: c, privateKey: k}}"), Clean),
            ("SC-23 default passthrough".into(), ing("{port: {number: 443, protocol: TLS}, tls: {serverCertificate: c}}"), Warn("spec.ingress[0].tls", "PASSTHROUGH mode does not use certificates")),
            ("SC-24 fail".into(), ing("{port: {number: 80, protocol: HTTP}, connectionPool: {}}"), Error("spec.ingress[0].connectionPool", "at least one field")),
            ("SC-25 fail".into(), ing("{port: {number: 80, protocol: TCP}, connectionPool: {http: {maxRetries: 1}}}"), Warn("spec.ingress[0].connectionPool.http", "only TCP settings will apply")),
            ("SC-25 pass".into(), ing("{port: {number: 80, protocol: GRPC}, connectionPool: {http: {maxRetries: 1}}}"), Clean),
            ("SC-26 fail".into(), "inboundConnectionPool: {tcp: {connectTimeout: 0.5ms}}".into(), Error("spec.inboundConnectionPool.tcp.connectTimeout", "greater than 1ms")),
            ("SC-28 fail".into(), "egress: [{hosts: ['*/*']}, {port: {number: 80}, hosts: ['*/*']}]".into(), Error("spec.egress[0]", "should be the last")),
            ("SC-28 pass".into(), "egress: [{port: {number: 80}, hosts: ['*/*']}, {hosts: ['*/*']}]".into(), Clean),
            ("SC-30 fail".into(), egr("{port: {number: 80, targetPort: 1}, hosts: ['*/*']}"), Error("spec.egress[0].port.targetPort", "no impact")),
            ("SC-31 fail".into(), egr("{port: {number: 80, name: '-x'}, hosts: ['*/*']}"), Error("spec.egress[0].port.name", "invalid port name")),
            ("SC-32 bind".into(), egr("{port: {number: 0}, hosts: ['*/*']}"), Error("spec.egress[0].bind", "unix domain socket bind address")),
            ("SC-32 capture".into(), egr("{port: {number: 0}, bind: 'unix:///a', captureMode: IPTABLES, hosts: ['*/*']}"), Error("spec.egress[0].captureMode", "DEFAULT/NONE")),
            ("SC-32 pass".into(), egr("{port: {number: 0}, bind: 'unix:///a', captureMode: NONE, hosts: ['*/*']}"), Clean),
            ("SC-33 fail".into(), egr("{port: {number: 80, protocol: bogus}, bind: '1.2.3', hosts: ['*/*']}"), Error("spec.egress[0].bind", "not a valid IP")),
            ("SC-34 fail".into(), "egress: [{port: {number: 0}, bind: 'unix:///a', hosts: ['*/*']}, {port: {number: 0}, bind: 'unix:///a', hosts: ['*/*']}]".into(), Error("spec.egress[1].bind", "must be unique")),
            ("SC-35 fail".into(), "egress: [{port: {number: 80}, hosts: ['*/*']}, {port: {number: 80}, hosts: ['*/*']}]".into(), Error("spec.egress[1].port.number", "must be unique")),
            ("SC-36 fail".into(), egr("{port: {number: 80}}"), Error("spec.egress[0].hosts", "at least one host")),
            ("SC-37 fail".into(), egr("{hosts: ['ns/*', 'ns/a.example.com']}"), Warn("spec.egress[0].hosts[1]", "duplicated egress host")),
            ("SC-37 dot is namespace".into(), egr("{hosts: ['./a.b.c', 'ns/a.b.c']}"), Warn("spec.egress[0].hosts[1]", "duplicated egress host")),
            ("SC-37 pass".into(), egr("{hosts: ['ns/a.example.com', 'ns/b.example.com']}"), Clean),
            ("SC-38 fail".into(), egr("{hosts: ['*/*', 'ns/a.example.com']}"), Warn("spec.egress[0].hosts", "`*/*` host select all")),
            ("SC-39 fail".into(), egr("{hosts: ['foo.example.com']}"), Error("spec.egress[0].hosts[0]", "namespace/dnsName")),
            ("SC-40 fail".into(), "outboundTrafficPolicy: {egressProxy: {host: a.b, port: {number: 80}}}".into(), Error("spec.outboundTrafficPolicy.egressProxy", "only with ALLOW_ANY")),
            ("SC-41 fail".into(), "outboundTrafficPolicy: {mode: ALLOW_ANY, egressProxy: {host: 'a..b', port: {number: 80}}}".into(), Error("spec.outboundTrafficPolicy.egressProxy.host", "invalid")),
            ("SC-42 fail".into(), "outboundTrafficPolicy: {mode: ALLOW_ANY, egressProxy: {host: a.b}}".into(), Error("spec.outboundTrafficPolicy.egressProxy.port", "non-nil")),
            ("SC-43 fail".into(), "outboundTrafficPolicy: {mode: ALLOW_ANY, egressProxy: {host: a.b, subset: 'x_y', port: {number: 80}}}".into(), Error("spec.outboundTrafficPolicy.egressProxy.subset", "subset name is invalid")),
            ("SC-43 port".into(), "outboundTrafficPolicy: {mode: ALLOW_ANY, egressProxy: {host: a.b, port: {}}}".into(), Error("spec.outboundTrafficPolicy.egressProxy.port.number", "1..65535")),
            ("SC-2,5..10,12..21,24,26 pass".into(), format!("workloadSelector: {{labels: {{a: b}}}}\ninboundConnectionPool: {{tcp: {{connectTimeout: 1s}}}}\n{}", ing("{port: {number: 443, protocol: HTTPS, name: https}, bind: 127.0.0.1, defaultEndpoint: '127.0.0.1:8443', tls: {mode: SIMPLE, serverCertificate: c, privateKey: k}, connectionPool: {tcp: {maxConnections: 1}}}")), Clean),
            ("SC-30,31,33..36,38,39 pass".into(), "egress: [{port: {number: 80, name: http, protocol: HTTP}, bind: 127.0.0.1, hosts: ['ns/a.example.com', 'ns2/*']}, {port: {number: 0}, bind: 'unix:///b', hosts: ['*/*']}]".into(), Clean),
            ("SC-40..43 pass".into(), "outboundTrafficPolicy: {mode: ALLOW_ANY, egressProxy: {host: a.example.com, subset: v1, port: {number: 80}}}".into(), Clean),
        ];
        run_cases(&KIND, &cases);
    }
}
