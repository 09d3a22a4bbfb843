//! Gateway (`networking.istio.io`): typed spec, registry entry and rules GW-1..GW-19
//! (validation spec §6). Server TLS rules (STLS) live in `traffic_policy`; namespace/host
//! checks come from the shared helpers. Not the Kubernetes Gateway API kind.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::traffic_policy::{ServerTlsMode, ServerTlsSettings};
use super::V1_ALPHA3_BETA1;
use crate::api::common::UInt32;
use crate::api::path::Path;
use crate::api::registry::KindDef;
use crate::api::rules::{self, NsHostUse, Protocol, is_http, is_tls, set};
use crate::api::validation::{Ctx, Validate};

/// A load balancer at the edge of the mesh: the servers (ports, hosts, TLS) it exposes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GatewaySpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub servers: Option<Vec<Server>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<BTreeMap<String, String>>,
}

/// One listening port with its hosts and TLS settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Server {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub port: Option<Port>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub hosts: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ServerTlsSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "default_endpoint")]
    pub default_endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A gateway server port.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Port {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub number: Option<UInt32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "target_port")]
    pub target_port: Option<UInt32>,
}

pub static KIND: KindDef =
    KindDef::of::<GatewaySpec>("networking.istio.io", "Gateway", "gateways", &["gw"], V1_ALPHA3_BETA1, &[]);

const GATEWAY_SEMANTICS: &str = "internal.istio.io/gateway-semantics";

impl Validate for GatewaySpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let semantics = cx.meta.annotations.get(GATEWAY_SEMANTICS).is_some_and(|v| v == "gateway");
        // GW-1
        if !rules::is_dns1123_label(&cx.meta.name) && !semantics {
            let msg = format!("invalid gateway name: {}", rules::go_quote(&cx.meta.name));
            cx.error(&Path::root("metadata").field("name"), msg);
        }
        let servers = self.servers.as_deref().unwrap_or(&[]);
        let sat = at.field("servers");
        // GW-2
        if servers.is_empty() {
            cx.error(&sat, "gateway must have at least one server");
        }
        for (i, s) in servers.iter().enumerate() {
            s.check(&sat.index(i), semantics, cx);
        }
        // GW-18, GW-19
        let mut names = BTreeSet::new();
        for (i, s) in servers.iter().enumerate() {
            let Some(port) = &s.port else { continue };
            let el = sat.index(i);
            let pat = el.field("port");
            let name = port.name.as_deref().unwrap_or("");
            if !names.insert(name) {
                cx.error(
                    &pat.field("name"),
                    format!("port names in servers must be unique: duplicate name {name}"),
                );
            }
            let redirect = s.tls.as_ref().and_then(|t| t.https_redirect).unwrap_or(false);
            if redirect && !is_http(port.protocol.as_deref().unwrap_or("")) {
                let tat = el.field("tls");
                cx.warn(
                    &tat.field("httpsRedirect"),
                    "tls.httpsRedirect should only be used with http servers",
                );
            }
        }
    }
}

impl Server {
    /// GW-4..GW-17 for one server.
    fn check(&self, at: &Path<'_>, gateway_semantics: bool, cx: &mut Ctx<'_>) {
        let hat = at.field("hosts");
        match self.hosts.as_deref() {
            None | Some([]) => cx.error(&hat, "server config must contain at least one host"),
            Some(hosts) => {
                for (j, host) in hosts.iter().enumerate() {
                    rules::namespaced_host(host, NsHostUse::Gateway { gateway_semantics }, &hat.index(j), cx);
                }
            }
        }
        let bind = self.bind.as_deref().unwrap_or("");
        let pat = at.field("port");
        // GW-6..GW-10
        let port_errors = cx.scope(|cx| match &self.port {
            None => cx.error(&pat, "port is required"),
            Some(port) => {
                let protocol = port.protocol.as_deref().unwrap_or("");
                if Protocol::parse(protocol).is_none() {
                    cx.error(
                        &pat.field("protocol"),
                        format!("invalid protocol {}, supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP", rules::go_quote(protocol)),
                    );
                }
                let number = port.number.map_or(0, |n| n.0);
                if number > 0 || !bind.starts_with("unix://") {
                    rules::port(number as i64, &pat.field("number"), cx);
                }
                if port.target_port.is_some_and(|t| t.0 > 0) {
                    cx.error(&pat.field("targetPort"), "targetPort has no impact on Gateways");
                }
                if !set(&port.name) {
                    cx.error(&pat.field("name"), "port name must be set");
                }
            }
        });
        let port_ok = port_errors.is_empty();
        cx.absorb(port_errors, false);
        // GW-11..GW-13
        let bat = at.field("bind");
        if let Some(path) = bind.strip_prefix("unix://") {
            rules::unix_address(path, &bat, cx);
            if self.port.as_ref().and_then(|p| p.number).is_some_and(|n| n.0 != 0) {
                cx.error(&bat, "port number must be 0 for unix domain socket");
            }
        } else if !bind.is_empty() {
            rules::ip(bind, &bat, cx);
        }
        // GW-14
        let tat = at.field("tls");
        self.tls.validate(&tat, cx);
        // GW-15..GW-17
        if port_ok && let Some(port) = &self.port {
            let protocol = port.protocol.as_deref().unwrap_or("");
            match &self.tls {
                None if is_tls(protocol) => {
                    cx.error(&tat, "server must have TLS settings for HTTPS/TLS protocols");
                }
                Some(tls) if !is_tls(protocol) => {
                    if is_http(protocol) {
                        let passthrough = matches!(
                            tls.effective_mode(),
                            ServerTlsMode::PASSTHROUGH | ServerTlsMode::AUTO_PASSTHROUGH
                        );
                        if !passthrough
                            || set(&tls.ca_certificates)
                            || set(&tls.private_key)
                            || set(&tls.server_certificate)
                        {
                            cx.error(&tat, "server cannot have TLS settings for plain text HTTP ports");
                        }
                    } else {
                        cx.error(&tat, "server cannot have TLS settings for non HTTPS/TLS ports");
                    }
                }
                _ => {}
            }
        }
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
        Expect::*, assert_roundtrip_clean, check, check_with, meta, run_cases,
    };

    const RICH: &str = r#"
selector: {istio: ingressgateway}
servers:
- name: https-main
  port: {number: 443, name: https, protocol: HTTPS}
  hosts: [ns1/app.example.com, "*/api.example.com"]
  bind: 0.0.0.0
  defaultEndpoint: 127.0.0.1:8080
  tls:
    mode: MUTUAL
    serverCertificate: /etc/certs/server.pem
    privateKey: /etc/certs/key.pem
    caCertificates: /etc/certs/ca.pem
    caCertCredentialName: ca-secret
    subjectAltNames: [spiffe://cluster.local/ns/a/sa/b]
    verifyCertificateSpki: [abc]
    verifyCertificateHash: [def]
    minProtocolVersion: TLSV1_2
    maxProtocolVersion: TLSV1_3
    cipherSuites: [ECDHE-RSA-AES128-GCM-SHA256]
- port: {number: 80, name: http, protocol: HTTP}
  hosts: ["*"]
  tls: {httpsRedirect: true}
- port: {number: 8443, name: tls-multi, protocol: HTTPS}
  hosts: [multi.example.com]
  tls:
    mode: SIMPLE
    tlsCertificates:
    - {serverCertificate: /a.pem, privateKey: /a.key, caCertificates: /ca.pem}
- port: {number: 9443, name: tls-creds, protocol: TLS, targetPort: 0}
  hosts: [creds.example.com]
  tls: {mode: OPTIONAL_MUTUAL, credentialNames: [one, two], httpsRedirect: false}
"#;

    #[test]
    fn rich_spec_roundtrips_and_is_clean() {
        assert_roundtrip_clean(&KIND, RICH);
    }

    #[test]
    fn snake_case_and_unknown_fields() {
        let v = (KIND.roundtrip)(&crate::api::networking::testing::yaml(
            "servers: [{port: {number: 1, name: a, protocol: TLS, target_port: 2}, hosts: [a], default_endpoint: x, tls: {https_redirect: true, credential_names: [a], min_protocol_version: TLSV1_0}}]",
        ))
        .unwrap();
        assert_eq!(v["servers"][0]["port"]["targetPort"], 2);
        assert_eq!(v["servers"][0]["tls"]["minProtocolVersion"], "TLSV1_0");
        let found =
            check(&KIND, "servers: [{port: {number: 1, name: a, protocol: TLS, nmber: 3}, hosts: [a]}]");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "spec.servers[0].port.nmber");
        assert!(found[0].message.contains("unknown field"));
    }

    const OK_SERVER: &str = "servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ['*']}]";

    #[test]
    fn gw1_gateway_name() {
        let bad = check_with(&KIND, OK_SERVER, &meta("my.gw", "ns"));
        assert!(
            bad.iter().any(|f| f.path == "metadata.name" && f.message.contains("invalid gateway name")),
            "{bad:#?}"
        );
        assert!(check_with(&KIND, OK_SERVER, &meta("my-gw", "ns")).is_empty());
        let mut m = meta("my.gw", "ns");
        m.annotations.insert(GATEWAY_SEMANTICS.into(), "gateway".into());
        assert!(check_with(&KIND, OK_SERVER, &m).is_empty(), "gateway semantics skip GW-1");
    }

    #[test]
    fn rules() {
        let s = |server: &str| format!("servers: [{server}]");
        let cases: Vec<(String, String, crate::api::networking::testing::Expect)> = vec![
            ("GW-2 fail".into(), "selector: {a: b}".into(), Error("spec.servers", "at least one server")),
            ("GW-2 pass".into(), OK_SERVER.into(), Clean),
            ("GW-4 fail".into(), s("{port: {number: 80, name: http, protocol: HTTP}}"), Error("spec.servers[0].hosts", "at least one host")),
            ("GW-5 fail".into(), s("{port: {number: 80, name: http, protocol: HTTP}, hosts: ['ns/foo']}"), Error("spec.servers[0].hosts[0]", "short names")),
            ("GW-5 ip ok".into(), s("{port: {number: 80, name: http, protocol: HTTP}, hosts: ['ns/10.0.0.1']}"), Clean),
            ("GW-6 fail".into(), s("{hosts: ['*']}"), Error("spec.servers[0].port", "port is required")),
            ("GW-7 fail".into(), s("{port: {number: 80, name: http, protocol: HTTP3}, hosts: ['*']}"), Error("spec.servers[0].port.protocol", "invalid protocol")),
            ("GW-7 empty".into(), s("{port: {number: 80, name: http}, hosts: ['*']}"), Error("spec.servers[0].port.protocol", "invalid protocol")),
            ("GW-8 fail".into(), s("{port: {number: 0, name: http, protocol: HTTP}, hosts: ['*']}"), Error("spec.servers[0].port.number", "1..65535")),
            ("GW-8 unix ok".into(), s("{port: {number: 0, name: http, protocol: HTTP}, bind: 'unix:///var/run/s.sock', hosts: ['*']}"), Clean),
            ("GW-9 fail".into(), s("{port: {number: 80, targetPort: 8080, name: http, protocol: HTTP}, hosts: ['*']}"), Error("spec.servers[0].port.targetPort", "no impact")),
            ("GW-10 fail".into(), s("{port: {number: 80, protocol: HTTP}, hosts: ['*']}"), Error("spec.servers[0].port.name", "port name must be set")),
            ("GW-11 fail".into(), s("{port: {number: 0, name: h, protocol: HTTP}, bind: 'unix://rel/path', hosts: ['*']}"), Error("spec.servers[0].bind", "absolute path")),
            ("GW-12 fail".into(), s("{port: {number: 80, name: h, protocol: HTTP}, bind: 'unix:///s.sock', hosts: ['*']}"), Error("spec.servers[0].bind", "must be 0")),
            ("GW-13 fail".into(), s("{port: {number: 80, name: h, protocol: HTTP}, bind: '10.0.0.300', hosts: ['*']}"), Error("spec.servers[0].bind", "not a valid IP")),
            ("GW-13 pass".into(), s("{port: {number: 80, name: h, protocol: HTTP}, bind: '::1', hosts: ['*']}"), Clean),
            ("GW-14 STLS".into(), s("{port: {number: 443, name: h, protocol: HTTPS}, hosts: ['*'], tls: {mode: SIMPLE}}"), Error("spec.servers[0].tls.serverCertificate", "SIMPLE TLS requires a server certificate")),
            ("GW-15 fail".into(), s("{port: {number: 443, name: https, protocol: HTTPS}, hosts: ['*.example.com']}"), Error("spec.servers[0].tls", "must have TLS settings")),
            ("GW-15 skipped on port error".into(), s("{port: {number: 443, protocol: HTTPS}, hosts: ['*']}"), NothingAt("spec.servers[0].tls")),
            ("GW-16 fail".into(), s("{port: {number: 80, name: h, protocol: HTTP}, hosts: ['*'], tls: {mode: SIMPLE, credentialName: c}}"), Error("spec.servers[0].tls", "plain text HTTP")),
            ("GW-16 redirect ok".into(), s("{port: {number: 80, name: h, protocol: HTTP}, hosts: ['*'], tls: {httpsRedirect: true}}"), Clean),
            ("GW-17 fail".into(), s("{port: {number: 3306, name: db, protocol: MYSQL}, hosts: ['*'], tls: {mode: PASSTHROUGH}}"), Error("spec.servers[0].tls", "non HTTPS/TLS ports")),
            ("GW-18 fail".into(), "servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ['*']}, {port: {number: 81, name: http, protocol: HTTP}, hosts: ['*']}]".into(), Error("spec.servers[1].port.name", "duplicate name http")),
            ("GW-18 pass".into(), "servers: [{port: {number: 80, name: a, protocol: HTTP}, hosts: ['*']}, {port: {number: 81, name: b, protocol: HTTP}, hosts: ['*']}]".into(), Clean),
            ("GW-19 fail".into(), s("{port: {number: 443, name: h, protocol: HTTPS}, hosts: ['*'], tls: {httpsRedirect: true}}"), Warn("spec.servers[0].tls.httpsRedirect", "only be used with http")),
            ("GW-4,6,7,9..12,14,15,17,19 pass".into(), "servers: [{port: {number: 443, name: https, protocol: HTTPS}, hosts: [ns/a.example.com], bind: 10.0.0.1, tls: {mode: SIMPLE, serverCertificate: c, privateKey: k}}, {port: {number: 0, name: uds, protocol: TCP}, bind: 'unix:///run/gw.sock', hosts: ['*']}, {port: {number: 80, name: http, protocol: HTTP}, hosts: ['*'], tls: {httpsRedirect: true}}]".into(), Clean),
        ];
        run_cases(&KIND, &cases);
    }
}
