//! Upstream's `gateway` analyzers over Istio Gateways: server ports the gateway Service does
//! not expose (IST0162), certificates shared by gateways on one workload (IST0138), missing or
//! invalid credential Secrets (IST0101/IST0161), and gateways claiming the same host on one
//! selector and port (IST0145). Selectors that match no pod are IST0101 `selector`.

use std::collections::BTreeSet;

use crate::hash::{HashMap, HashSet};

use crate::analyze::node::{Node, Obj};

use super::index::{PodIndex, Postings, first_label, map_at, matches, selector_string};
use crate::analyze::{Analyzer, kinds};

use super::{Finding, Param, Res, Snapshot, adapt, items, strs};

pub const INGRESS_PORT: Analyzer = Analyzer {
    name: "gateway.IngressGatewayPortAnalyzer",
    description: "Checks a gateway's ports against the gateway's Kubernetes service ports",
    inputs: &[kinds::GATEWAY, kinds::POD, kinds::SERVICE],
    run: |cx, report| adapt(cx, report, INGRESS_PORT.inputs, ingress_port),
};

pub const CERTIFICATE: Analyzer = Analyzer {
    name: "gateway.CertificateAnalyzer",
    description: "Checks a gateway certificate",
    inputs: &[kinds::GATEWAY],
    run: |cx, report| adapt(cx, report, CERTIFICATE.inputs, certificate),
};

pub const SECRET: Analyzer = Analyzer {
    name: "gateway.SecretAnalyzer",
    description: "Checks a gateway's referenced secrets for correctness",
    inputs: &[kinds::GATEWAY, kinds::POD, kinds::SECRET],
    run: |cx, report| adapt(cx, report, SECRET.inputs, secret),
};

pub const CONFLICTING: Analyzer = Analyzer {
    name: "gateway.ConflictingGatewayAnalyzer",
    description: "Checks a gateway's selector, port number and hosts",
    inputs: &[kinds::GATEWAY, kinds::POD],
    run: |cx, report| adapt(cx, report, CONFLICTING.inputs, conflicting),
};

fn selector_path(sel: &str) -> String {
    format!("{{.spec.selector.{}}}", first_label(sel))
}

fn selector_not_found(gw: &Res, sel: &str) -> Finding {
    Finding::new("IST0101", gw, vec!["selector".into(), sel.into()]).at(selector_path(sel))
}

fn servers<'a>(gw: &Res<'a>) -> &'a [Node] {
    items(&gw.spec()["servers"])
}

pub(super) fn ingress_port(s: &Snapshot) -> Vec<Finding> {
    let pods = s.pod_index();
    let mut services: HashMap<&str, Vec<&Res>> = HashMap::default();
    for svc in s.of("Service") {
        services.entry(svc.namespace).or_default().push(svc);
    }
    // The TCP ports (and int target ports) of the Services fronting one pod.
    let pod_ports = |pod: &Res| -> HashSet<i64> {
        let mut out = HashSet::default();
        for svc in services.get(pod.namespace).into_iter().flatten() {
            if !matches(map_at(&svc.spec()["selector"]), pod.labels()) {
                continue;
            }
            for p in items(&svc.spec()["ports"]).iter().filter(|p| p["protocol"].as_str() == Some("TCP")) {
                out.insert(p["port"].as_i64().unwrap_or(0));
                if let Some(t) = p["targetPort"].as_i64().filter(|t| *t != 0) {
                    out.insert(t);
                }
            }
        }
        out
    };
    let mut by_selector: HashMap<String, Option<HashSet<i64>>> = HashMap::default();
    let mut out = Vec::new();
    for gw in s.of("Gateway") {
        let sel = map_at(&gw.spec()["selector"]);
        let sel_str = selector_string(sel);
        let ports = by_selector.entry(sel_str.clone()).or_insert_with(|| {
            let matched = pods.matching(sel, None);
            (!matched.is_empty()).then(|| matched.iter().flat_map(|&i| pod_ports(&pods.pods[i])).collect())
        });
        let Some(ports) = ports else {
            out.push(selector_not_found(gw, &sel_str));
            continue;
        };
        for server in servers(gw) {
            let Some(port) = server["port"].as_object() else { continue };
            let number = port.get("number").and_then(Node::as_i64).unwrap_or(0);
            if !ports.contains(&number) {
                out.push(
                    Finding::new("IST0162", gw, vec![number.into(), sel_str.as_str().into()])
                        .at(selector_path(&sel_str)),
                );
            }
        }
    }
    out
}

/// The certificate identity of a server's TLS block, as `haveSameCertificate` compares it.
#[derive(Hash, PartialEq, Eq)]
enum CertKey<'a> {
    Credential(&'a str),
    Files(&'a str, &'a str),
}

fn cert_key(server: &Node) -> Option<CertKey<'_>> {
    let tls = server["tls"].as_object()?;
    let get = |k: &str| tls.get(k).and_then(Node::as_str).unwrap_or("");
    let cn = get("credentialName");
    if !cn.is_empty() {
        return Some(CertKey::Credential(cn));
    }
    let (cert, key) = (get("serverCertificate"), get("privateKey"));
    (!cert.is_empty() && !key.is_empty()).then_some(CertKey::Files(cert, key))
}

/// `selectorSubset`: every pair of `x` is in `y`.
fn subset(x: &Obj, y: &Obj) -> bool {
    matches(x, y)
}

pub(super) fn certificate(s: &Snapshot) -> Vec<Finding> {
    let gws = s.of("Gateway");
    let mut by_cert: HashMap<CertKey, Postings> = HashMap::default();
    by_cert.reserve(gws.len());
    for (i, gw) in gws.iter().enumerate() {
        for key in servers(gw).iter().filter_map(cert_key) {
            Postings::add(&mut by_cert, key, i);
        }
    }
    let mut out = Vec::new();
    for gw in gws {
        let sel = map_at(&gw.spec()["selector"]);
        let mut others = BTreeSet::new();
        for key in servers(gw).iter().filter_map(cert_key) {
            for &j in by_cert.get(&key).map_or(&[][..], Postings::as_slice) {
                let other = &gws[j];
                // Names compared in place: made only for a finding.
                if (other.namespace, other.name) != (gw.namespace, gw.name)
                    && subset(sel, map_at(&other.spec()["selector"]))
                {
                    others.insert(other.full_name());
                }
            }
        }
        for other in others {
            out.push(
                Finding::new("IST0138", gw, vec![Param::Strs(vec![gw.full_name(), other])])
                    .at("{.metadata.name}"),
            );
        }
    }
    out
}

pub(super) fn secret(s: &Snapshot) -> Vec<Finding> {
    let pods = s.pod_index();
    let secrets: HashMap<(&str, &str), &Res> =
        s.of("Secret").iter().map(|r| ((r.namespace, r.name), r)).collect();
    // The namespace of the first pod each selector matches, once per distinct selector.
    let mut workload_ns: HashMap<String, Option<&str>> = HashMap::default();
    let mut out = Vec::new();
    for gw in s.of("Gateway") {
        let sel = map_at(&gw.spec()["selector"]);
        let sel_str = selector_string(sel);
        let found = *workload_ns
            .entry(sel_str.clone())
            .or_insert_with(|| pods.first_matching(sel).map(|i| pods.pods[i].namespace));
        let Some(gw_ns) = found else {
            out.push(selector_not_found(gw, &sel_str));
            continue;
        };
        for (i, server) in servers(gw).iter().enumerate() {
            let Some(cn) = server["tls"]["credentialName"].as_str().filter(|c| !c.is_empty()) else {
                continue;
            };
            let (ns, name) = cn.split_once('/').unwrap_or((gw_ns, cn));
            let path = format!("{{.spec.servers[{i}].tls.credentialName}}");
            match secrets.get(&(ns, name)) {
                None => {
                    out.push(Finding::new("IST0101", gw, vec!["credentialName".into(), cn.into()]).at(path))
                }
                Some(secret) if !credential_is_valid(secret.doc) => {
                    out.push(Finding::new("IST0161", gw, vec![gw.name.into(), gw_ns.into()]).at(path))
                }
                Some(_) => {}
            }
        }
    }
    out
}

/// A Secret's `data` value, base64-decoded.
fn data(secret: &Node, key: &str) -> Vec<u8> {
    use base64::Engine;
    let raw = secret["data"][key].as_str().unwrap_or("");
    base64::engine::general_purpose::STANDARD.decode(raw).unwrap_or_default()
}

/// Upstream's `ExtractCertInfo` + `ValidateCertificate`: a non-empty `cert`/`key` (or
/// `tls.crt`/`tls.key`) pair whose first PEM block holds X.509 certificates all valid now.
fn credential_is_valid(secret: &Node) -> bool {
    let pick = |c: &str, k: &str| {
        let (cert, key) = (data(secret, c), data(secret, k));
        (!cert.is_empty() && !key.is_empty()).then_some(cert)
    };
    let Some(cert) = pick("cert", "key").or_else(|| pick("tls.crt", "tls.key")) else { return false };
    let Some(der) = first_pem_block(&cert) else { return false };
    let mut rest: &[u8] = &der;
    let mut any = false;
    while !rest.is_empty() {
        match x509_parser::parse_x509_certificate(rest) {
            Ok((more, cert)) => {
                if !cert.validity().is_valid() {
                    return false;
                }
                any = true;
                rest = more;
            }
            Err(_) => return false,
        }
    }
    any
}

/// The decoded body of the first PEM block in `text` (Go's `pem.Decode`, headers ignored).
fn first_pem_block(text: &[u8]) -> Option<Vec<u8>> {
    use base64::Engine;
    let text = std::str::from_utf8(text).ok()?;
    let begin = text.find("-----BEGIN ")?;
    let after = &text[begin + 11..];
    let label_end = after.find("-----")?;
    let label = &after[..label_end];
    let body_start = after[label_end + 5..].trim_start_matches(['\r', '\n']);
    let end = body_start.find(&format!("-----END {label}-----"))?;
    let body: String = body_start[..end]
        .lines()
        .filter(|l| !l.contains(':'))
        .flat_map(|l| l.chars().filter(|c| !c.is_whitespace()))
        .collect();
    base64::engine::general_purpose::STANDARD.decode(body).ok()
}

/// `parseSelectorFromString`: `k=v` pairs split on `,` then `=` (malformed pairs dropped).
fn parse_selector(s: &str) -> Obj {
    s.split(',')
        .filter_map(|pair| {
            let mut kv = pair.split('=');
            match (kv.next(), kv.next(), kv.next()) {
                (Some(k), Some(v), None) => Some((k.to_string(), Node::string(v))),
                _ => None,
            }
        })
        .collect()
}

pub(super) fn conflicting(s: &Snapshot) -> Vec<Finding> {
    let gws = s.of("Gateway");
    let pods = s.pod_index();
    // Each gateway's selector, rendered once, and numbered by its text.
    let sels: Vec<String> = gws.iter().map(|gw| selector_string(map_at(&gw.spec()["selector"]))).collect();
    let mut numbered: HashMap<&str, usize> = HashMap::default();
    let sel_of: Vec<usize> = sels
        .iter()
        .map(|sel| {
            let next = numbered.len();
            *numbered.entry(sel.as_str()).or_insert(next)
        })
        .collect();
    // (selector, port, host) → the servers (gateway position and server index, packed) that
    // list the host, only a gateway's last server on each port counting, as upstream keeps one
    // host map per gateway, selector and port. Positions, not names: nothing is allocated per
    // gateway or host.
    let stride = gws.iter().map(|gw| servers(gw).len()).max().unwrap_or(0) + 1;
    let pack = |g: usize, j: usize| g * stride + j;
    let mut by_host: HashMap<(usize, i64, &str), Postings> = HashMap::default();
    by_host.reserve(gws.len());
    // Selectors of the gateways with a server, sorted (upstream reads them from the same map).
    let mut with_server = vec![false; numbered.len()];
    for (g, gw) in gws.iter().enumerate() {
        let list = servers(gw);
        for (j, server) in list.iter().enumerate() {
            let port = port_of(server);
            with_server[sel_of[g]] = true;
            if list[j + 1..].iter().any(|later| port_of(later) == port) {
                continue;
            }
            for h in strs(&server["hosts"]) {
                Postings::add(&mut by_host, (sel_of[g], port, h), pack(g, j));
            }
        }
    }
    let mut selectors: Vec<(&str, usize)> =
        numbered.iter().filter(|&(_, &id)| with_server[id]).map(|(&sel, &id)| (sel, id)).collect();
    selectors.sort_unstable();
    let mut hits_memo: Vec<Option<Vec<usize>>> = vec![None; numbered.len()];
    let mut out = Vec::new();
    for (g, gw) in gws.iter().enumerate() {
        let sel = map_at(&gw.spec()["selector"]);
        let sel_str = sels[g].as_str();
        let hits = hits_memo[sel_of[g]].get_or_insert_with(|| {
            selectors
                .iter()
                .filter(|(x, _)| {
                    *x == sel_str
                        || ((x.contains(sel_str) || sel_str.contains(x)) && some_pod_matches_both(&pods, sel, x))
                })
                .map(|&(_, id)| id)
                .collect()
        });
        if !sel_str.is_empty() && hits.is_empty() {
            out.push(selector_not_found(gw, sel_str));
            continue;
        }
        for server in servers(gw) {
            let port = port_of(server);
            let bind = server["bind"].as_str().unwrap_or("");
            let mut conflicts = BTreeSet::new();
            for &x in hits.iter() {
                for h in strs(&server["hosts"]) {
                    for &packed in by_host.get(&(x, port, h)).map_or(&[][..], Postings::as_slice) {
                        let other = &gws[packed / stride];
                        let other_bind = servers(other)[packed % stride]["bind"].as_str().unwrap_or("");
                        if (other.namespace, other.name) != (gw.namespace, gw.name) && other_bind == bind {
                            conflicts.insert(other.full_name());
                        }
                    }
                }
            }
            if !conflicts.is_empty() {
                let names: Vec<String> = conflicts.into_iter().collect();
                let hosts: Vec<&str> = strs(&server["hosts"]).collect();
                out.push(Finding::new(
                    "IST0145",
                    gw,
                    vec![names.join(",").into(), sel_str.into(), port.to_string().into(), hosts.join(",").into()],
                ));
            }
        }
    }
    out
}

/// A server's port number (0 when absent), as upstream keys servers by it.
fn port_of(server: &Node) -> i64 {
    server["port"]["number"].as_i64().unwrap_or(0)
}

/// Whether some pod carries both the gateway's selector and the selector string `other`.
fn some_pod_matches_both(pods: &PodIndex, sel: &Obj, other: &str) -> bool {
    let mut merged: Vec<(String, Node)> = sel.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    for (k, v) in &parse_selector(other) {
        match merged.iter().find(|(have, _)| have == k) {
            Some((_, existing)) if existing != v => return false,
            Some(_) => {}
            None => merged.push((k.to_string(), v.clone())),
        }
    }
    pods.any_matching(&merged.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    const POD: &str = "
kind: Pod
metadata: {name: ingress, namespace: istio-system, labels: {istio: ingressgateway}}
---
kind: Service
metadata: {name: ingress, namespace: istio-system}
spec:
  selector: {istio: ingressgateway}
  ports:
  - {port: 80, targetPort: 8080, protocol: TCP}
  - {port: 443, protocol: TCP}
  - {port: 15443}
";

    fn gw(name: &str, selector: &str, servers: &str) -> String {
        format!(
            "---\nkind: Gateway\nmetadata: {{name: {name}, namespace: default}}\nspec:\n  selector: {selector}\n  servers: {servers}\n"
        )
    }

    #[test]
    fn ingress_gateway_port() {
        let ok = format!(
            "{POD}{}",
            gw(
                "ok",
                "{istio: ingressgateway}",
                "[{port: {number: 80}}, {port: {number: 8080}}, {port: {number: 443}}]"
            )
        );
        let bad_port = format!(
            "{POD}{}",
            gw("bad", "{istio: ingressgateway}", "[{port: {number: 8443}}, {port: {number: 15443}}]")
        );
        let no_pod = format!("{POD}{}", gw("nopod", "{istio: nothing}", "[{port: {number: 80}}]"));
        check(&[
            ("gateway.IngressGatewayPortAnalyzer", "ports exposed", &ok, &[]),
            (
                "gateway.IngressGatewayPortAnalyzer",
                "port missing; an unset protocol is not TCP",
                &bad_port,
                &[("IST0162", "Gateway default/bad"), ("IST0162", "Gateway default/bad")],
            ),
            (
                "gateway.IngressGatewayPortAnalyzer",
                "no pod",
                &no_pod,
                &[("IST0101", "Gateway default/nopod")],
            ),
        ]);
    }

    #[test]
    fn certificate() {
        let tls = |cn: &str| {
            format!("[{{port: {{number: 443}}, hosts: ['*'], tls: {{mode: SIMPLE, credentialName: {cn}}}}}]")
        };
        let shared = format!(
            "{}{}",
            gw("a", "{istio: ingressgateway}", &tls("c1")),
            gw("b", "{istio: ingressgateway, x: y}", &tls("c1"))
        );
        let files = "[{port: {number: 443}, hosts: ['*'], tls: {mode: SIMPLE, serverCertificate: /c, privateKey: /k}}]";
        let shared_files = format!(
            "{}{}",
            gw("a", "{istio: ingressgateway}", files),
            gw("b", "{istio: ingressgateway}", files)
        );
        let distinct = format!(
            "{}{}",
            gw("a", "{istio: ingressgateway}", &tls("c1")),
            gw("b", "{istio: ingressgateway}", &tls("c2"))
        );
        let disjoint =
            format!("{}{}", gw("a", "{istio: one}", &tls("c1")), gw("b", "{istio: two}", &tls("c1")));
        check(&[
            // b's selector is a superset of a's, not the reverse: only a is told.
            (
                "gateway.CertificateAnalyzer",
                "shared credential",
                &shared,
                &[("IST0138", "Gateway default/a")],
            ),
            (
                "gateway.CertificateAnalyzer",
                "shared files",
                &shared_files,
                &[("IST0138", "Gateway default/a"), ("IST0138", "Gateway default/b")],
            ),
            ("gateway.CertificateAnalyzer", "distinct credentials", &distinct, &[]),
            ("gateway.CertificateAnalyzer", "different workloads", &disjoint, &[]),
        ]);
    }

    /// A self-signed certificate and key, PEM, valid now or expired since 2000.
    fn cert_pem(valid: bool) -> (String, String) {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(vec!["gw.example.com".to_string()]).unwrap();
        if !valid {
            params.not_before = rcgen::date_time_ymd(1999, 1, 1);
            params.not_after = rcgen::date_time_ymd(2000, 1, 1);
        }
        (params.self_signed(&key).unwrap().pem(), key.serialize_pem())
    }

    fn b64(s: &str) -> String {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    #[test]
    fn secret() {
        let tls = |cn: &str| {
            format!("[{{port: {{number: 443}}, hosts: ['*'], tls: {{mode: SIMPLE, credentialName: {cn}}}}}]")
        };
        let secret = |name: &str, data: &str| {
            format!("---\nkind: Secret\nmetadata: {{name: {name}, namespace: istio-system}}\ndata: {data}\n")
        };
        let with_cert = |valid: bool, keys: (&str, &str)| {
            let (cert, key) = cert_pem(valid);
            let data = format!("{{'{}': {}, '{}': {}}}", keys.0, b64(&cert), keys.1, b64(&key));
            format!(
                "{POD}{}{}",
                secret("s", &data),
                gw("g", "{istio: ingressgateway}", &tls("istio-system/s"))
            )
        };
        let missing = format!("{POD}{}", gw("g", "{istio: ingressgateway}", &tls("absent")));
        let no_keys =
            format!("{POD}{}{}", secret("s", "{other: eA==}"), gw("g", "{istio: ingressgateway}", &tls("s")));
        let not_pem = format!(
            "{POD}{}{}",
            secret("s", "{tls.crt: eA==, tls.key: eA==}"),
            gw("g", "{istio: ingressgateway}", &tls("s"))
        );
        let no_tls =
            format!("{POD}{}", gw("g", "{istio: ingressgateway}", "[{port: {number: 80}, hosts: ['*']}]"));
        let no_pod = format!("{POD}{}", gw("g", "{istio: none}", "[]"));
        check(&[
            ("gateway.SecretAnalyzer", "missing secret", &missing, &[("IST0101", "Gateway default/g")]),
            ("gateway.SecretAnalyzer", "secret without keys", &no_keys, &[("IST0161", "Gateway default/g")]),
            (
                "gateway.SecretAnalyzer",
                "secret without a certificate",
                &not_pem,
                &[("IST0161", "Gateway default/g")],
            ),
            ("gateway.SecretAnalyzer", "valid tls.crt", &with_cert(true, ("tls.crt", "tls.key")), &[]),
            ("gateway.SecretAnalyzer", "valid cert", &with_cert(true, ("cert", "key")), &[]),
            (
                "gateway.SecretAnalyzer",
                "expired",
                &with_cert(false, ("tls.crt", "tls.key")),
                &[("IST0161", "Gateway default/g")],
            ),
            ("gateway.SecretAnalyzer", "no credential", &no_tls, &[]),
            ("gateway.SecretAnalyzer", "no workload", &no_pod, &[("IST0101", "Gateway default/g")]),
        ]);
    }

    #[test]
    fn conflicting_gateway() {
        let srv = |host: &str| format!("[{{port: {{number: 80}}, hosts: ['{host}']}}]");
        let clash = format!(
            "{POD}{}{}",
            gw("a", "{istio: ingressgateway}", &srv("x.com")),
            gw("b", "{istio: ingressgateway}", &srv("x.com"))
        );
        let apart = format!(
            "{POD}{}{}",
            gw("a", "{istio: ingressgateway}", &srv("x.com")),
            gw("b", "{istio: ingressgateway}", &srv("y.com"))
        );
        let bound = "[{port: {number: 80}, hosts: ['x.com'], bind: 1.2.3.4}]";
        let binds = format!(
            "{POD}{}{}",
            gw("a", "{istio: ingressgateway}", &srv("x.com")),
            gw("b", "{istio: ingressgateway}", bound)
        );
        let subset_sel = format!(
            "{POD}{}{}",
            gw("a", "{istio: ingressgateway}", &srv("x.com")),
            gw("b", "{istio: ingressgateway, app: x}", &srv("x.com"))
        );
        let no_servers = format!("{POD}{}", gw("lonely", "{istio: ingressgateway}", "[]"));
        check(&[
            (
                "gateway.ConflictingGatewayAnalyzer",
                "same host",
                &clash,
                &[("IST0145", "Gateway default/a"), ("IST0145", "Gateway default/b")],
            ),
            ("gateway.ConflictingGatewayAnalyzer", "different hosts", &apart, &[]),
            ("gateway.ConflictingGatewayAnalyzer", "different binds", &binds, &[]),
            // The longer selector contains the shorter, but no pod carries `app=x`.
            ("gateway.ConflictingGatewayAnalyzer", "selector substring, no shared pod", &subset_sel, &[]),
            (
                "gateway.ConflictingGatewayAnalyzer",
                "no servers",
                &no_servers,
                &[("IST0101", "Gateway default/lonely")],
            ),
        ]);
    }
}
