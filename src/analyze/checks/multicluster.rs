//! Upstream's `services.MultiClusterServiceAnalyzer`: a Service present in several clusters
//! must agree on headless-ness, type and ports, else IST0170 on one of them. Resources without
//! a cluster ID (files, a single cluster) are not compared, so a single cluster never fires.

use std::collections::{BTreeMap, BTreeSet};

use crate::analyze::node::Node;

use crate::analyze::{Analyzer, kinds};

use super::{Finding, Param, Res, Snapshot, adapt, items};

pub const SERVICE: Analyzer = Analyzer {
    name: "services.MultiClusterServiceAnalyzer",
    description: "Check the validity of services in the multi-cluster environment",
    inputs: &[kinds::SERVICE],
    run: |cx, report| adapt(cx, report, SERVICE.inputs, multi_cluster_services),
};

pub(super) fn multi_cluster_services(s: &Snapshot) -> Vec<Finding> {
    let mut groups: BTreeMap<(&str, &str), BTreeMap<&str, &Res>> = BTreeMap::new();
    for svc in s.of("Service") {
        let Some(cluster) = svc.cluster.filter(|c| !c.is_empty()) else { continue };
        groups.entry((svc.namespace, svc.name)).or_default().insert(cluster, svc);
    }
    let mut out = Vec::new();
    for ((ns, name), members) in groups {
        if members.len() < 2 {
            continue;
        }
        let (first_cluster, first) = members.iter().next().map(|(c, r)| (*c, *r)).unwrap();
        let headless = |r: &Res| r.spec()["clusterIP"].as_str() == Some("None");
        let mut clusters = BTreeSet::new();
        let mut reasons = BTreeSet::new();
        for (cluster, svc) in &members {
            if headless(first) != headless(svc) {
                clusters.extend(members.keys().copied());
                reasons.insert("service has mixed mode like headless and clusterIP");
            }
            if first.spec()["type"] != svc.spec()["type"] {
                clusters.insert(*cluster);
                reasons.insert("service type is inconsistent");
            }
            if sorted_ports(first) != sorted_ports(svc) {
                clusters.insert(*cluster);
                reasons.insert("service ports are inconsistent");
            }
        }
        if clusters.is_empty() {
            continue;
        }
        clusters.insert(first_cluster);
        let clusters: Vec<String> = clusters.into_iter().map(str::to_string).collect();
        let reasons: Vec<&str> = reasons.into_iter().collect();
        out.push(Finding::new(
            "IST0170",
            first,
            vec![name.into(), ns.into(), Param::Strs(clusters), reasons.join("; ").into()],
        ));
    }
    out
}

fn sorted_ports<'a>(svc: &Res<'a>) -> Vec<&'a Node> {
    let mut ports: Vec<&Node> = items(&svc.spec()["ports"]).iter().collect();
    ports.sort_by_key(|p| p["name"].as_str().unwrap_or(""));
    ports
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    fn svc(cluster: &str, ports: &str, extra: &str) -> String {
        format!(
            "---\nkind: Service\nmetadata: {{name: s, namespace: ns, annotations: {{test/cluster: {cluster}}}}}\nspec:\n  ports: {ports}\n{extra}"
        )
    }

    #[test]
    fn multi_cluster_services() {
        let p80 = "[{name: http, port: 80}]";
        let same = format!("{}{}", svc("c1", p80, ""), svc("c2", p80, ""));
        let ports = format!("{}{}", svc("c1", p80, ""), svc("c2", "[{name: http, port: 81}]", ""));
        let headless = format!("{}{}", svc("c1", p80, ""), svc("c2", p80, "  clusterIP: None\n"));
        let single = svc("c1", p80, "");
        check(&[
            ("services.MultiClusterServiceAnalyzer", "consistent", &same, &[]),
            ("services.MultiClusterServiceAnalyzer", "ports differ", &ports, &[("IST0170", "Service ns/s")]),
            (
                "services.MultiClusterServiceAnalyzer",
                "mixed headless",
                &headless,
                &[("IST0170", "Service ns/s")],
            ),
            ("services.MultiClusterServiceAnalyzer", "one cluster", &single, &[]),
        ]);
    }
}
