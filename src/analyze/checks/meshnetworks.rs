//! Upstream's `meshnetworks.MeshNetworksAnalyzer`: every `fromRegistry` endpoint of the mesh
//! networks must name a known registry (`Mock`, `Kubernetes`, `External`) or a remote cluster
//! (a data key of a Secret labelled `istio/multiCluster=true`), else IST0126.

use crate::hash::HashSet;

use crate::analyze::node::Node;

use crate::analyze::{Analyzer, kinds};

use super::{Finding, Snapshot, adapt, items};

pub const ANALYZER: Analyzer = Analyzer {
    name: "meshnetworks.MeshNetworksAnalyzer",
    description: "Check the validity of MeshNetworks in the cluster",
    inputs: &[kinds::MESH_NETWORKS, kinds::SECRET],
    run: |cx, report| adapt(cx, report, ANALYZER.inputs, mesh_networks),
};

pub(super) fn mesh_networks(s: &Snapshot) -> Vec<Finding> {
    let Some(mn) = s.mesh_networks else { return Vec::new() };
    let mut known: HashSet<&str> = ["Mock", "Kubernetes", "External"].into_iter().collect();
    for secret in s.of("Secret").iter().filter(|r| r.label("istio/multiCluster") == Some("true")) {
        known.extend(secret.doc["data"].as_object().into_iter().flat_map(|d| d.keys()));
    }
    let mut out = Vec::new();
    for (network, n) in mn.doc["networks"].as_object().into_iter().flatten() {
        for (j, e) in items(&n["endpoints"]).iter().enumerate() {
            let Some(registry) = e.get("fromRegistry").and_then(Node::as_str) else { continue };
            if !known.contains(registry) {
                out.push(
                    Finding::new("IST0126", &mn, vec![registry.into(), network.into()])
                        .at(format!("{{.networks.{network}.endpoints[{j}]}}")),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    const NETWORKS: &str = "
kind: MeshNetworks
spec:
  networks:
    net1:
      endpoints: [{fromRegistry: Kubernetes}, {fromCidr: 10.0.0.0/8}]
    net2:
      endpoints: [{fromRegistry: cluster-2}]
";

    #[test]
    fn mesh_networks() {
        let remote = format!(
            "{NETWORKS}---\nkind: Secret\nmetadata: {{name: remote, namespace: istio-system, labels: {{istio/multiCluster: 'true'}}}}\ndata: {{cluster-2: eA==}}\n"
        );
        let unlabelled = format!(
            "{NETWORKS}---\nkind: Secret\nmetadata: {{name: remote, namespace: istio-system}}\ndata: {{cluster-2: eA==}}\n"
        );
        check(&[
            (
                "meshnetworks.MeshNetworksAnalyzer",
                "unknown registry",
                &unlabelled,
                &[("IST0126", "MeshNetworks istio-system/meshnetworks")],
            ),
            ("meshnetworks.MeshNetworksAnalyzer", "remote cluster secret", &remote, &[]),
        ]);
    }
}
