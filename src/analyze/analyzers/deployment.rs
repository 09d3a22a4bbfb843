//! `applicationUID.Analyzer` (IST0144: an application container runs as the proxy's UID 1337)
//! and `deployment.MultiServiceAnalyzer` (IST0116/IST0137: Services selecting one in-mesh
//! Deployment disagree on a port's protocol, or reach one targetPort from several ports).

use std::collections::BTreeMap;

use crate::analyze::node::Node;

use super::util;
use crate::analyze::checks::index::Postings;
use crate::analyze::resource::{Resource, items, str_at, string_pairs};
use crate::analyze::{Analyzer, Arg, Context, Id, Report, kinds};

pub const APPLICATION_UID: Analyzer = Analyzer {
    name: "applicationUID.Analyzer",
    description: "Checks invalid application UID",
    inputs: &[kinds::POD, kinds::DEPLOYMENT],
    run: application_uid,
};

const PROXY_UID: i64 = 1337;

fn run_as_proxy(v: &Node) -> bool {
    v["securityContext"]["runAsUser"].as_i64() == Some(PROXY_UID)
}

/// One report per pod-level or container-level hit (identical ones collapse later).
fn uid_hits(pod_spec: &Node) -> usize {
    let own = usize::from(run_as_proxy(pod_spec));
    own + items(pod_spec, "containers")
        .filter(|c| !matches!(str_at(c, "name"), util::ISTIO_PROXY | util::ISTIO_OPERATOR) && run_as_proxy(c))
        .count()
}

fn application_uid(cx: &Context<'_>, report: &mut Report) {
    let pods = cx.set.of_kind(kinds::POD).map(|(id, r)| (id, r, r.spec()));
    let deployments = cx.set.of_kind(kinds::DEPLOYMENT).map(|(id, r)| (id, r, &r.spec()["template"]["spec"]));
    for (id, r, spec) in pods.chain(deployments) {
        if util::is_control_plane(r) {
            continue;
        }
        for _ in 0..uid_hits(spec) {
            report.add("IST0144", id, vec![]);
        }
    }
}

pub const MULTI_SERVICE: Analyzer = Analyzer {
    name: "deployment.MultiServiceAnalyzer",
    description: "Checks association between services and pods",
    inputs: &[kinds::SERVICE, kinds::DEPLOYMENT, kinds::NAMESPACE],
    run: multi_service,
};

/// `targetPort` as Kubernetes' IntOrString prints it.
fn target_port(port: &Node) -> String {
    match &port["targetPort"] {
        Node::Number(n) => n.to_string(),
        Node::String(s) => s.to_string(),
        _ => String::new(),
    }
}

/// A Service with a selector, and its selector (a map whose string pairs select).
type SelectingService<'a> = (&'a Resource, &'a Node);

fn multi_service(cx: &Context<'_>, report: &mut Report) {
    // Services with a selector, by namespace, indexed by their selectors' pairs. The pairs are
    // read in place: nothing is copied per Service or per Deployment unless two ports meet.
    let mut selectors: BTreeMap<&str, Vec<SelectingService<'_>>> = BTreeMap::new();
    for (_, s) in cx.set.of_kind(kinds::SERVICE) {
        let sel = &s.spec()["selector"];
        if string_pairs(sel).next().is_some() {
            selectors.entry(s.namespace).or_default().push((s, sel));
        }
    }
    let mut by_pair: crate::hash::HashMap<(&str, &str, &str), Postings> = crate::hash::HashMap::default();
    by_pair.reserve(cx.set.count(kinds::SERVICE));
    for (ns, list) in &selectors {
        for (i, (_, sel)) in list.iter().enumerate() {
            for (k, v) in string_pairs(sel) {
                Postings::add(&mut by_pair, (ns, k, v), i);
            }
        }
    }
    for (id, d) in cx.set.of_kind(kinds::DEPLOYMENT) {
        if d.labels().get("gateway.istio.io/managed").is_some_and(|v| v == "istio.io-mesh-controller")
            || !util::deployment_in_mesh(cx, d)
        {
            continue;
        }
        let pod_labels = &d.spec()["template"]["metadata"]["labels"];
        let Some(list) = selectors.get(d.namespace) else { continue };
        // A selecting Service shares at least one pair with the template labels.
        let mut candidates: Vec<usize> = string_pairs(pod_labels)
            .flat_map(|(k, v)| by_pair.get(&(d.namespace, k, v)).map_or(&[][..], Postings::as_slice).iter().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let services: Vec<&Resource> = candidates
            .into_iter()
            .map(|i| &list[i])
            .filter(|(_, sel)| string_pairs(sel).all(|(k, v)| pod_labels[k].as_str() == Some(v)))
            .map(|(svc, _)| *svc)
            .collect();
        // Both findings need two ports.
        if services.iter().map(|s| items(s.spec(), "ports").len()).sum::<usize>() < 2 {
            continue;
        }
        protocols(id, d.name, &services, report);
        target_ports(id, d.name, &services, report);
    }
}

/// IST0116: one port number served with several protocols (empty is TCP).
fn protocols(id: Id, deployment: &str, services: &[&Resource], report: &mut Report) {
    let mut by_port: BTreeMap<i64, BTreeMap<&str, Vec<String>>> = BTreeMap::new();
    for svc in services {
        for p in items(svc.spec(), "ports") {
            let protocol = match str_at(p, "protocol") {
                "" => "TCP",
                other => other,
            };
            let port = p["port"].as_i64().unwrap_or(0);
            by_port.entry(port).or_default().entry(protocol).or_default().push(svc.full_name());
        }
    }
    for (port, protos) in by_port {
        if protos.len() > 1 {
            let mut names: Vec<String> = protos.into_values().flatten().collect();
            names.sort();
            report
                .add("IST0116", id, vec![deployment.into(), Arg::Int(port), names.into()])
                .at("metadata.name");
        }
    }
}

/// IST0137: one targetPort (empty or `0`: the port itself) reached from several port numbers.
fn target_ports(id: Id, deployment: &str, services: &[&Resource], report: &mut Report) {
    let mut by_target: BTreeMap<String, BTreeMap<i64, String>> = BTreeMap::new();
    for svc in services {
        for p in items(svc.spec(), "ports") {
            let port = p["port"].as_i64().unwrap_or(0);
            let mut t = target_port(p);
            if t.is_empty() || t == "0" {
                t = port.to_string();
            }
            by_target.entry(t).or_default().insert(port, svc.full_name());
        }
    }
    for (target, ports) in by_target {
        if ports.len() > 1 {
            let mut names: Vec<String> = ports.values().cloned().collect();
            names.sort();
            let ports: Vec<i64> = ports.keys().copied().collect();
            report
                .add("IST0137", id, vec![deployment.into(), names.into(), target.into(), ports.into()])
                .at("metadata.name");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    #[test]
    fn application_uid_table() {
        let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns1}\nspec:\n  securityContext: {runAsUser: 1337}\n  containers:\n  - {name: app, securityContext: {runAsUser: 1337}}\n  - {name: istio-proxy, securityContext: {runAsUser: 1337}}\n";
        let deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: ns1}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: app, securityContext: {runAsUser: 1337}}\n";
        let control = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: ns1, labels: {istio: pilot}}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: app, securityContext: {runAsUser: 1337}}\n";
        let fine = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns1}\nspec:\n  containers:\n  - {name: app, securityContext: {runAsUser: 1000}}\n";
        testing::table(
            APPLICATION_UID,
            &[
                ("pod and container (one after dedup)", pod, &[("IST0144", "Pod ns1/p")]),
                ("deployment template", deploy, &[("IST0144", "Deployment ns1/d")]),
                ("control plane skipped", control, &[]),
                ("other uid", fine, &[]),
            ],
        );
    }

    const DEPLOY: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: ns1}\nspec:\n  template:\n    metadata: {labels: {app: web}, annotations: {sidecar.istio.io/inject: 'true'}}\n    spec: {containers: [{name: app}]}\n";

    fn svc(name: &str, ports: &str) -> String {
        format!(
            "---\napiVersion: v1\nkind: Service\nmetadata: {{name: {name}, namespace: ns1}}\nspec:\n  selector: {{app: web}}\n  ports: {ports}\n"
        )
    }

    #[test]
    fn multi_service_table() {
        let protocols = format!(
            "{DEPLOY}{}{}",
            svc("a", "[{port: 80, protocol: TCP}]"),
            svc("b", "[{port: 80, protocol: UDP}]")
        );
        let targets = format!(
            "{DEPLOY}{}{}",
            svc("a", "[{port: 80, targetPort: 8080}]"),
            svc("b", "[{port: 81, targetPort: 8080}]")
        );
        let fine = format!("{DEPLOY}{}{}", svc("a", "[{port: 80}]"), svc("b", "[{port: 80, protocol: TCP}]"));
        let not_in_mesh = format!(
            "{}{}{}",
            DEPLOY.replace("'true'", "'false'"),
            svc("a", "[{port: 80, protocol: TCP}]"),
            svc("b", "[{port: 80, protocol: UDP}]")
        );
        testing::table(
            MULTI_SERVICE,
            &[
                ("two protocols on one port", &protocols, &[("IST0116", "Deployment ns1/web")]),
                ("one target port from two ports", &targets, &[("IST0137", "Deployment ns1/web")]),
                ("same protocol", &fine, &[]),
                ("not in the mesh", &not_in_mesh, &[]),
            ],
        );
        let m = testing::messages(MULTI_SERVICE, &targets, "");
        assert_eq!(
            m[0].text,
            "This deployment web is associated with multiple services [ns1/a ns1/b] using targetPort \"8080\" but different ports: [80 81]."
        );
    }
}
