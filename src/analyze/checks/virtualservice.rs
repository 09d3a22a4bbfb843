//! Upstream's `virtualservice` analyzers: mesh-bound VirtualServices claiming one host in one
//! scope (IST0109); destinations resolving to no Service/ServiceEntry, or to a port it lacks
//! (IST0101, IST0112), subset routes made ineffective by gateway routes (IST0140); subsets no
//! DestinationRule defines (IST0101); gateways missing, internal, or serving none of the hosts
//! (IST0101, IST0165, IST0132); JWT-claim routes through gateway pods with no
//! RequestAuthentication (IST0149).

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::hash::{HashMap, HashSet};

use crate::analyze::node::{Node, Obj};

use super::hosts::{HostIndex, HostKey, ServiceMap, host_matches, resource_name, to_fqdn};
use super::index::{Postings, map_at, matches, selector_string};
use crate::analyze::{Analyzer, kinds};

use super::{Finding, Param, Res, Snapshot, adapt, items, strs};

pub const CONFLICTING_MESH_GATEWAY_HOSTS: Analyzer = Analyzer {
    name: "virtualservice.ConflictingMeshGatewayHostsAnalyzer",
    description: "Checks if multiple virtual services associated with the mesh gateway have conflicting hosts",
    inputs: &[kinds::VIRTUAL_SERVICE],
    run: |cx, report| {
        adapt(cx, report, CONFLICTING_MESH_GATEWAY_HOSTS.inputs, conflicting_mesh_gateway_hosts)
    },
};

pub const DESTINATION_HOST: Analyzer = Analyzer {
    name: "virtualservice.DestinationHostAnalyzer",
    description: "Checks the destination hosts associated with each virtual service",
    inputs: &[kinds::SERVICE_ENTRY, kinds::VIRTUAL_SERVICE, kinds::SERVICE],
    run: |cx, report| adapt(cx, report, DESTINATION_HOST.inputs, destination_host),
};

pub const DESTINATION_RULE: Analyzer = Analyzer {
    name: "virtualservice.DestinationRuleAnalyzer",
    description: "Checks the destination rules associated with each virtual service",
    inputs: &[kinds::VIRTUAL_SERVICE, kinds::DESTINATION_RULE],
    run: |cx, report| adapt(cx, report, DESTINATION_RULE.inputs, destination_rule),
};

pub const GATEWAY: Analyzer = Analyzer {
    name: "virtualservice.GatewayAnalyzer",
    description: "Checks the gateways associated with each virtual service",
    inputs: &[kinds::GATEWAY, kinds::VIRTUAL_SERVICE],
    run: |cx, report| adapt(cx, report, GATEWAY.inputs, gateway),
};

pub const JWT_CLAIM_ROUTE: Analyzer = Analyzer {
    name: "virtualservice.JWTClaimRouteAnalyzer",
    description: "Checks the VirtualService using JWT claim based routing has corresponding RequestAuthentication",
    inputs: &[kinds::VIRTUAL_SERVICE, kinds::REQUEST_AUTHENTICATION, kinds::GATEWAY, kinds::POD],
    run: |cx, report| adapt(cx, report, JWT_CLAIM_ROUTE.inputs, jwt_claim_route),
};

/// One route or mirror destination and where it sits.
struct Dest<'a> {
    mirror: bool,
    at: DestAt,
    d: &'a Node,
}

/// Where a destination sits: `tcp|tls|http[i].route[j]`, `http[i].mirror` or
/// `http[i].mirrors[j]` (written out only for a finding).
#[derive(Clone, Copy)]
enum DestAt {
    Route(&'static str, usize, usize),
    Mirror(usize),
    Mirrors(usize, usize),
}

impl Dest<'_> {
    fn host(&self) -> &str {
        self.d["host"].as_str().unwrap_or("")
    }

    fn subset(&self) -> &str {
        self.d["subset"].as_str().unwrap_or("")
    }

    /// The line anchor of the destination's host.
    fn path(&self) -> String {
        match self.at {
            DestAt::Route(rule, i, j) => format!("{{.spec.{rule}[{i}].route[{j}].destination.host}}"),
            DestAt::Mirror(i) => format!("{{.spec.http[{i}].mirror.host}}"),
            DestAt::Mirrors(i, j) => format!("{{.spec.http[{i}].mirrors[{j}].destination.host}}"),
        }
    }
}

/// Route destinations: tcp, then tls, then http.
fn route_destinations(spec: &Node) -> Vec<Dest<'_>> {
    let mut out = Vec::new();
    for rule in ["tcp", "tls", "http"] {
        for (i, r) in items(&spec[rule]).iter().enumerate() {
            for (j, rd) in items(&r["route"]).iter().enumerate() {
                out.push(Dest { mirror: false, at: DestAt::Route(rule, i, j), d: &rd["destination"] });
            }
        }
    }
    out
}

/// `http[].mirror` and `http[].mirrors[].destination`.
fn mirror_destinations(spec: &Node) -> Vec<Dest<'_>> {
    let mut out = Vec::new();
    for (i, r) in items(&spec["http"]).iter().enumerate() {
        if r["mirror"].is_object() {
            out.push(Dest { mirror: true, at: DestAt::Mirror(i), d: &r["mirror"] });
        }
        for (j, m) in items(&r["mirrors"]).iter().enumerate() {
            out.push(Dest { mirror: true, at: DestAt::Mirrors(i, j), d: &m["destination"] });
        }
    }
    out
}

/// Bound to the mesh gateway: no gateways, or `mesh` among them.
fn bound_to_mesh(spec: &Node) -> bool {
    let gws = items(&spec["gateways"]);
    gws.is_empty() || gws.iter().any(|g| g == "mesh")
}

pub(super) fn conflicting_mesh_gateway_hosts(s: &Snapshot) -> Vec<Finding> {
    let vss = s.of("VirtualService");
    // (scope, host made FQDN) → VirtualService positions: upstream's `scope/fqdn` keys, kept
    // as parts and hashed, so a key's text is made only for the groups that conflict.
    let mut keys: HashMap<(&str, Cow<str>), Postings> = HashMap::default();
    keys.reserve(vss.len());
    for (i, vs) in vss.iter().enumerate() {
        let spec = vs.spec();
        if !bound_to_mesh(spec) {
            continue;
        }
        let export: Vec<&str> = strs(&spec["exportTo"]).collect();
        let scopes: BTreeSet<&str> = if export.is_empty() || export.contains(&"*") {
            BTreeSet::from(["*"])
        } else {
            export.iter().map(|e| if *e == "." { vs.namespace } else { e }).collect()
        };
        for scope in scopes {
            for h in strs(&spec["hosts"]) {
                Postings::add(&mut keys, (scope, to_fqdn(vs.namespace, h)), i);
            }
        }
    }
    // Keys visible everywhere, by host, for the scoped keys to borrow from (built only when
    // some key is scoped), in key order.
    let everywhere = keys.keys().any(|(scope, _)| *scope != "*").then(|| {
        let mut open: Vec<(&str, &[usize])> = keys
            .iter()
            .filter(|((scope, _), _)| *scope == "*")
            .map(|((_, fqdn), list)| (&**fqdn, list.as_slice()))
            .collect();
        open.sort_unstable();
        let mut index = HostIndex::new();
        for (fqdn, list) in open {
            index.insert(fqdn, list);
        }
        index.finish();
        index
    });
    // The keys with two or more VirtualServices, in upstream's order (by the key's text): a
    // VirtualService is reported once, under the first.
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for ((scope, fqdn), list) in &keys {
        let mut all = list.as_slice().to_vec();
        if let Some(everywhere) = everywhere.as_ref().filter(|_| *scope != "*") {
            for more in everywhere.matching(fqdn) {
                all.extend(more.iter().copied());
            }
        }
        if all.len() >= 2 {
            groups.push((format!("{scope}/{fqdn}"), all));
        }
    }
    groups.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut reported = HashSet::default();
    let mut out = Vec::new();
    for (key, all) in &groups {
        let mut names: Vec<String> = all.iter().map(|&i| vss[i].full_name()).collect();
        names.sort();
        let names = names.join(",");
        for &i in all {
            if reported.insert(i) {
                out.push(
                    Finding::new("IST0109", &vss[i], vec![names.as_str().into(), key.as_str().into()])
                        .at("{.metadata.name}"),
                );
            }
        }
    }
    out
}

pub(super) fn destination_host(s: &Snapshot) -> Vec<Finding> {
    let map = ServiceMap::new(s.of("ServiceEntry"), s.of("Service"));
    // Hosts routed with subsets by a VirtualService that also lists them as its own hosts (the
    // positions of those VirtualServices: their names are made only for a finding).
    let vss = s.of("VirtualService");
    let mut subset_routes: HashMap<&str, Postings> = HashMap::default();
    for (at, vs) in vss.iter().enumerate() {
        for r in items(&vs.spec()["http"]) {
            for rd in items(&r["route"]) {
                let d = &rd["destination"];
                let host = d["host"].as_str().unwrap_or("");
                if !d["subset"].as_str().unwrap_or("").is_empty() && strs(&vs.spec()["hosts"]).any(|h| h == host) {
                    Postings::add(&mut subset_routes, host, at);
                }
            }
        }
    }
    let mut out = Vec::new();
    for vs in vss {
        let spec = vs.spec();
        let export: Vec<&str> = strs(&spec["exportTo"]).collect();
        for d in route_destinations(spec).into_iter().chain(mirror_destinations(spec)) {
            let host = d.host();
            let Some(svc) = map.lookup(vs.namespace, &export, host) else {
                let reftype = if d.mirror { "mirror host" } else { "host" };
                out.push(Finding::new("IST0101", vs, vec![reftype.into(), host.into()]).at(d.path()));
                continue;
            };
            if d.d["port"].is_null() {
                if svc.len() > 1 {
                    out.push(
                        Finding::new("IST0112", vs, vec![host.into(), Param::Ints(svc.to_vec())])
                            .at(d.path()),
                    );
                }
                continue;
            }
            let number = d.d["port"]["number"].as_i64().unwrap_or(0);
            if !svc.contains(&number) {
                out.push(
                    Finding::new("IST0101", vs, vec!["host:port".into(), format!("{host}:{number}").into()])
                        .at(d.path()),
                );
            }
        }
        if items(&spec["gateways"]).is_empty() {
            continue;
        }
        for (i, r) in items(&spec["http"]).iter().enumerate() {
            for (j, rd) in items(&r["route"]).iter().enumerate() {
                let d = &rd["destination"];
                if !d["subset"].as_str().unwrap_or("").is_empty() {
                    continue;
                }
                let host = d["host"].as_str().unwrap_or("");
                for &other in subset_routes.get(host).map_or(&[][..], Postings::as_slice) {
                    // Upstream formats this anchor with the route's name as the field, so it
                    // rarely names a real line.
                    let path = format!(
                        "{{.spec.{}[{i}].route[{j}].destination.host}}",
                        r["name"].as_str().unwrap_or("")
                    );
                    let names = vec![vss[other].full_name().into(), vs.full_name().into()];
                    out.push(Finding::new("IST0140", vs, names).at(path));
                }
            }
        }
    }
    out
}

pub(super) fn destination_rule(s: &Snapshot) -> Vec<Finding> {
    // (namespace, name, subset), borrowing the resources' strings: a host's FQDN is written out
    // only when its resource name cannot be read off its parts. Three strings a subset,
    // scattered over the heap, made every probe wait on memory at 200 MB.
    let drs = s.of("DestinationRule");
    let keys: Vec<HostKey> =
        drs.iter().map(|dr| HostKey::of(dr.namespace, dr.spec()["host"].as_str().unwrap_or(""))).collect();
    let mut subsets: HashSet<(&str, &str, &str)> = HashSet::default();
    subsets.reserve(drs.len());
    for (dr, key) in drs.iter().zip(&keys) {
        let (ns, name) = match key {
            HostKey::Service(name, ns) => (*ns, *name),
            HostKey::Text(fqdn) => resource_name(dr.namespace, fqdn),
        };
        for ss in items(&dr.spec()["subsets"]) {
            subsets.insert((ns, name, ss["name"].as_str().unwrap_or("")));
        }
    }
    let mut out = Vec::new();
    for vs in s.of("VirtualService") {
        for d in route_destinations(vs.spec()).into_iter().chain(mirror_destinations(vs.spec())) {
            let subset = d.subset();
            if subset.is_empty() {
                continue;
            }
            let (ns, name) = resource_name(vs.namespace, d.host());
            if !subsets.contains(&(ns, name, subset)) {
                let reftype = if d.mirror {
                    "mirror+subset in destinationrule"
                } else {
                    "host+subset in destinationrule"
                };
                let refval = format!("{}+{subset}", d.host());
                out.push(Finding::new("IST0101", vs, vec![reftype.into(), refval.into()]).at(d.path()));
            }
        }
    }
    out
}

/// `ns/name` of a gateway reference made from a VirtualService in `vs_ns`.
fn gateway_ref<'a>(vs_ns: &'a str, g: &'a str) -> (&'a str, &'a str) {
    g.split_once('/').unwrap_or((vs_ns, g))
}

/// Whether some server host of `gw`, as visible from `vs_ns`, matches some VirtualService host.
fn vs_host_in_gateway(gw: Option<&&Res>, vs_hosts: &[&str], vs_ns: &str) -> bool {
    let Some(gw) = gw else { return false };
    let visible_match = |h: &str| visible_host(h, vs_ns).is_some_and(|gh| vs_hosts.iter().any(|vh| host_matches(gh, vh)));
    // A server's hosts as upstream lists them (borrowed unless `./host` names the gateway's
    // namespace), checked server by server.
    for server in items(&gw.spec()["servers"]) {
        let mut server_hosts: Vec<Cow<str>> = Vec::new();
        for h in strs(&server["hosts"]) {
            let parts: Vec<&str> = h.split('/').collect();
            if parts.len() > 1 && parts[0] == "." {
                server_hosts.push(Cow::Owned(format!("{}/{}", gw.namespace, parts[1])));
            } else if parts.len() > 1 && parts[0] == "*" {
                if parts[1] == "*" {
                    server_hosts = vec![Cow::Borrowed("*")];
                    break;
                }
                server_hosts.push(Cow::Borrowed(parts[1]));
            } else {
                server_hosts.push(Cow::Borrowed(h));
            }
        }
        if server_hosts.iter().any(|h| visible_match(h)) {
            return true;
        }
    }
    false
}

/// `NamesForNamespace` for one host: `ns/h` is kept (as `h`) only for `vs_ns` or `*`.
fn visible_host<'h>(h: &'h str, vs_ns: &str) -> Option<&'h str> {
    if !h.contains('/') {
        return Some(h);
    }
    let mut parts = h.split('/');
    let (ns, host) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    (ns == vs_ns || ns == "*").then_some(host)
}

pub(super) fn gateway(s: &Snapshot) -> Vec<Finding> {
    let gateways: HashMap<(&str, &str), &Res> =
        s.of("Gateway").iter().map(|g| ((g.namespace, g.name), g)).collect();
    let mut out = Vec::new();
    for vs in s.of("VirtualService") {
        let vs_hosts: Vec<&str> = strs(&vs.spec()["hosts"]).collect();
        for (i, g) in items(&vs.spec()["gateways"]).iter().enumerate() {
            let g = g.as_str().unwrap_or("");
            if g == "mesh" {
                continue;
            }
            let path = || format!("{{.spec.gateways[{i}]}}");
            let (ns, name) = gateway_ref(vs.namespace, g);
            if name.contains("~istio-autogenerated-k8s-gateway~") {
                out.push(Finding::new("IST0165", vs, vec![vs.full_name().into(), g.into()]).at(path()));
                continue;
            }
            let gw = gateways.get(&(ns, name));
            if gw.is_none() {
                out.push(Finding::new("IST0101", vs, vec!["gateway".into(), g.into()]).at(path()));
            }
            if !vs_host_in_gateway(gw, &vs_hosts, vs.namespace) {
                let hosts = vs_hosts.iter().map(|h| h.to_string()).collect();
                out.push(
                    Finding::new(
                        "IST0132",
                        vs,
                        vec![Param::Strs(hosts), vs.full_name().into(), format!("{ns}/{name}").into()],
                    )
                    .at(path()),
                );
            }
        }
    }
    out
}

/// The first header (or withoutHeaders) key routing on a JWT claim:
/// `@request.auth.claims.<name>` or `@request.auth.claims[<name>]`, any case.
fn jwt_claim_key(spec: &Node) -> Option<&str> {
    let is_claim = |k: &str| {
        let lower = k.to_ascii_lowercase();
        lower.strip_prefix("@request.auth.claims").is_some_and(|rest| {
            (rest.len() > 1 && rest.starts_with('.'))
                || (rest.len() > 2 && rest.starts_with('[') && rest.ends_with(']'))
        })
    };
    items(&spec["http"]).iter().flat_map(|r| items(&r["match"])).find_map(|m| {
        [&m["headers"], &m["withoutHeaders"]]
            .into_iter()
            .filter_map(Node::as_object)
            .flat_map(|o| o.keys())
            .find(|k| is_claim(k))
    })
}

pub(super) fn jwt_claim_route(s: &Snapshot) -> Vec<Finding> {
    let mut authn: HashMap<&str, Vec<&Obj>> = HashMap::default();
    for ra in s.of("RequestAuthentication") {
        authn.entry(ra.namespace).or_default().push(map_at(&ra.spec()["selector"]["matchLabels"]));
    }
    let gateways: HashMap<(&str, &str), &Res> =
        s.of("Gateway").iter().map(|g| ((g.namespace, g.name), g)).collect();
    let pods = s.pod_index();
    // Pods of each gateway selector that no RequestAuthentication covers, once per selector.
    let mut unprotected: HashMap<String, Vec<&str>> = HashMap::default();
    let mut out = Vec::new();
    for vs in s.of("VirtualService") {
        let Some(key) = jwt_claim_key(vs.spec()) else { continue };
        for g in strs(&vs.spec()["gateways"]).filter(|g| *g != "mesh") {
            let (ns, name) = gateway_ref(vs.namespace, g);
            let Some(gw) = gateways.get(&(ns, name)) else { continue };
            let sel = map_at(&gw.spec()["selector"]);
            let bare = unprotected.entry(selector_string(sel)).or_insert_with(|| {
                pods.matching(sel, None)
                    .into_iter()
                    .map(|i| &pods.pods[i])
                    .filter(|pod| {
                        let covering =
                            authn.get("istio-system").into_iter().chain(authn.get(pod.namespace)).flatten();
                        !covering.into_iter().any(|sel| matches(sel, pod.labels()))
                    })
                    .map(|pod| pod.name)
                    .collect()
            });
            for pod in bare.iter() {
                out.push(Finding::new(
                    "IST0149",
                    vs,
                    vec![key.into(), format!("{ns}/{name}").into(), (*pod).into()],
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    fn vs(name: &str, spec: &str) -> String {
        format!("---\nkind: VirtualService\nmetadata: {{name: {name}, namespace: default}}\nspec: {spec}\n")
    }

    #[test]
    fn conflicting_mesh_gateway_hosts() {
        let a = vs("a", "{hosts: [reviews]}");
        let b = vs("b", "{hosts: [reviews.default.svc.cluster.local]}");
        let gw_bound = vs("c", "{hosts: [reviews], gateways: [gw]}");
        let scoped = vs("d", "{hosts: [reviews], exportTo: [.]}");
        let other_scope = vs("e", "{hosts: [ratings], exportTo: [.]}");
        check(&[
            (
                "virtualservice.ConflictingMeshGatewayHostsAnalyzer",
                "same host everywhere",
                &format!("{a}{b}"),
                &[("IST0109", "VirtualService default/a"), ("IST0109", "VirtualService default/b")],
            ),
            (
                "virtualservice.ConflictingMeshGatewayHostsAnalyzer",
                "gateway-bound",
                &format!("{a}{gw_bound}"),
                &[],
            ),
            (
                "virtualservice.ConflictingMeshGatewayHostsAnalyzer",
                "scoped meets exported",
                &format!("{a}{scoped}"),
                &[("IST0109", "VirtualService default/a"), ("IST0109", "VirtualService default/d")],
            ),
            (
                "virtualservice.ConflictingMeshGatewayHostsAnalyzer",
                "different hosts",
                &format!("{a}{other_scope}"),
                &[],
            ),
        ]);
    }

    const SERVICES: &str = "
kind: Service
metadata: {name: reviews, namespace: default}
spec:
  ports: [{port: 9080}, {port: 9090}]
---
kind: ServiceEntry
metadata: {name: ext, namespace: default}
spec:
  hosts: ['*.example.com']
  ports: [{number: 443}]
";

    #[test]
    fn destination_host() {
        let ok = vs(
            "ok",
            "{hosts: [x], http: [{route: [{destination: {host: reviews, port: {number: 9080}}}], mirror: {host: api.example.com}}]}",
        );
        let missing = vs("missing", "{hosts: [x], tcp: [{route: [{destination: {host: nothing}}]}]}");
        let no_port = vs("noport", "{hosts: [x], http: [{route: [{destination: {host: reviews}}]}]}");
        let bad_port = vs(
            "badport",
            "{hosts: [x], http: [{route: [{destination: {host: reviews, port: {number: 1}}}]}]}",
        );
        let bad_mirror = vs(
            "mirror",
            "{hosts: [x], http: [{route: [{destination: {host: api.example.com}}], mirrors: [{destination: {host: gone}}]}]}",
        );
        let subset = vs(
            "sub",
            "{hosts: [reviews], http: [{route: [{destination: {host: reviews, subset: v1, port: {number: 9080}}}]}]}",
        );
        let ingress = vs(
            "ingress",
            "{hosts: [x], gateways: [gw], http: [{route: [{destination: {host: reviews, port: {number: 9080}}}]}]}",
        );
        check(&[
            ("virtualservice.DestinationHostAnalyzer", "found", &format!("{SERVICES}{ok}"), &[]),
            (
                "virtualservice.DestinationHostAnalyzer",
                "missing host",
                &format!("{SERVICES}{missing}"),
                &[("IST0101", "VirtualService default/missing")],
            ),
            (
                "virtualservice.DestinationHostAnalyzer",
                "port required",
                &format!("{SERVICES}{no_port}"),
                &[("IST0112", "VirtualService default/noport")],
            ),
            (
                "virtualservice.DestinationHostAnalyzer",
                "unknown port",
                &format!("{SERVICES}{bad_port}"),
                &[("IST0101", "VirtualService default/badport")],
            ),
            (
                "virtualservice.DestinationHostAnalyzer",
                "missing mirror",
                &format!("{SERVICES}{bad_mirror}"),
                &[("IST0101", "VirtualService default/mirror")],
            ),
            (
                "virtualservice.DestinationHostAnalyzer",
                "gateway route beside subset route",
                &format!("{SERVICES}{subset}{ingress}"),
                &[("IST0140", "VirtualService default/ingress")],
            ),
        ]);
    }

    #[test]
    fn destination_rule() {
        let dr = "---\nkind: DestinationRule\nmetadata: {name: r, namespace: default}\nspec: {host: reviews, subsets: [{name: v1}]}\n";
        let good = vs(
            "good",
            "{hosts: [x], http: [{route: [{destination: {host: reviews.default.svc.cluster.local, subset: v1}}]}]}",
        );
        let bad = vs(
            "bad",
            "{hosts: [x], http: [{route: [{destination: {host: reviews, subset: v2}}], mirror: {host: reviews, subset: v3}}]}",
        );
        check(&[
            ("virtualservice.DestinationRuleAnalyzer", "subset defined", &format!("{dr}{good}"), &[]),
            (
                "virtualservice.DestinationRuleAnalyzer",
                "subsets undefined",
                &format!("{dr}{bad}"),
                &[("IST0101", "VirtualService default/bad"), ("IST0101", "VirtualService default/bad")],
            ),
        ]);
    }

    #[test]
    fn gateway() {
        let gw = "---\nkind: Gateway\nmetadata: {name: gw, namespace: default}\nspec: {servers: [{port: {number: 80}, hosts: ['*.example.com', 'other/x.com']}]}\n";
        let ok = vs("ok", "{hosts: [a.example.com], gateways: [gw, mesh]}");
        let wrong_host = vs("host", "{hosts: [x.com], gateways: [default/gw]}");
        let missing = vs("missing", "{hosts: [a.example.com], gateways: [nope]}");
        let internal = vs(
            "internal",
            "{hosts: [a], gateways: ['default/gw-istio-autogenerated-k8s-gateway~istio-autogenerated-k8s-gateway~x']}",
        );
        check(&[
            ("virtualservice.GatewayAnalyzer", "host served", &format!("{gw}{ok}"), &[]),
            (
                "virtualservice.GatewayAnalyzer",
                "host of another namespace",
                &format!("{gw}{wrong_host}"),
                &[("IST0132", "VirtualService default/host")],
            ),
            (
                "virtualservice.GatewayAnalyzer",
                "gateway missing",
                &format!("{gw}{missing}"),
                &[
                    ("IST0101", "VirtualService default/missing"),
                    ("IST0132", "VirtualService default/missing"),
                ],
            ),
            (
                "virtualservice.GatewayAnalyzer",
                "internal gateway",
                &format!("{gw}{internal}"),
                &[("IST0165", "VirtualService default/internal")],
            ),
        ]);
    }

    #[test]
    fn jwt_claim_route() {
        let base = "
kind: Gateway
metadata: {name: gw, namespace: istio-system}
spec: {selector: {istio: ingressgateway}, servers: [{port: {number: 80}, hosts: ['*']}]}
---
kind: Pod
metadata: {name: ingress-1, namespace: istio-system, labels: {istio: ingressgateway}}
";
        let route = vs(
            "claims",
            "{hosts: ['*'], gateways: [istio-system/gw], http: [{match: [{headers: {'@request.auth.claims.group': {exact: admin}}}], route: [{destination: {host: x}}]}]}",
        );
        let plain = vs(
            "plain",
            "{hosts: ['*'], gateways: [istio-system/gw], http: [{match: [{headers: {group: {exact: a}}}], route: [{destination: {host: x}}]}]}",
        );
        let ra = "---\nkind: RequestAuthentication\nmetadata: {name: jwt, namespace: istio-system}\nspec: {selector: {matchLabels: {istio: ingressgateway}}}\n";
        check(&[
            (
                "virtualservice.JWTClaimRouteAnalyzer",
                "no authn",
                &format!("{base}{route}"),
                &[("IST0149", "VirtualService default/claims")],
            ),
            ("virtualservice.JWTClaimRouteAnalyzer", "authn present", &format!("{base}{ra}{route}"), &[]),
            ("virtualservice.JWTClaimRouteAnalyzer", "no claim routing", &format!("{base}{plain}"), &[]),
        ]);
    }
}
