//! `destinationrule.*`: TLS origination without CA certificates (IST0128/IST0129) and subsets
//! that select no pods (IST0173/IST0174).

use crate::analyze::node::Node;

use super::util::{self, ServiceHosts};
use crate::analyze::resource::{items, str_at, string_pairs};
use crate::analyze::{Analyzer, Context, Report, kinds};

/// `destinationrule.CaCertificateAnalyzer`: SIMPLE/MUTUAL TLS with no `caCertificates`, at the
/// top level (IST0128) and per port (IST0129). Exempt: a `credentialName` together with a
/// `workloadSelector`.
pub const CA_CERTIFICATE: Analyzer = Analyzer {
    name: "destinationrule.CaCertificateAnalyzer",
    description: "Checks if caCertificates is set when TLS mode is SIMPLE/MUTUAL",
    inputs: &[kinds::DESTINATION_RULE],
    run: ca_certificate,
};

/// Whether a ClientTLSSettings block originates TLS without a CA to verify the server.
fn unverified(tls: &Node, selector: bool) -> Option<&str> {
    let mode = str_at(tls, "mode");
    if !matches!(mode, "SIMPLE" | "MUTUAL") || !str_at(tls, "caCertificates").is_empty() {
        return None;
    }
    if !str_at(tls, "credentialName").is_empty() && selector {
        return None;
    }
    Some(mode)
}

fn ca_certificate(cx: &Context<'_>, report: &mut Report) {
    for (id, r) in cx.set.of_kind(kinds::DESTINATION_RULE) {
        let spec = r.spec();
        let host = str_at(spec, "host");
        let selector = !spec["workloadSelector"].is_null();
        let policy = &spec["trafficPolicy"];
        if let Some(mode) = unverified(&policy["tls"], selector) {
            let args = vec![r.full_name().into(), r.namespace.into(), mode.into(), host.into()];
            report.add("IST0128", id, args).at("spec.trafficPolicy.tls.caCertificates");
        }
        for (i, p) in crate::analyze::resource::items(policy, "portLevelSettings").enumerate() {
            if let Some(mode) = unverified(&p["tls"], selector) {
                let port = match p["port"]["number"].as_u64() {
                    Some(n) if n != 0 => format!("number:{n}"),
                    _ => String::new(),
                };
                let args =
                    vec![r.full_name().into(), r.namespace.into(), mode.into(), host.into(), port.into()];
                report
                    .add("IST0129", id, args)
                    .at(format!("spec.trafficPolicy.portLevelSettings[{i}].tls.caCertificates"));
            }
        }
    }
}

/// `destinationrule.SubsetSelectPodAnalyzer`: a DestinationRule host no service answers to
/// (IST0174), and subsets that select no pod anywhere (IST0173). Pod labels are augmented with
/// their Node's topology labels and hostname, as the service registry does.
pub const SUBSET_SELECT_POD: Analyzer = Analyzer {
    name: "destinationrule.SubsetSelectPodAnalyzer",
    description: "Checks if pods are selected by subsets in destination rules.",
    inputs: &[kinds::DESTINATION_RULE, kinds::POD, kinds::SERVICE, kinds::SERVICE_ENTRY, kinds::NODE],
    run: subset_select_pod,
};

const TOPOLOGY: [&str; 3] =
    ["topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone"];

fn subset_select_pod(cx: &Context<'_>, report: &mut Report) {
    let hosts = ServiceHosts::build(cx);
    // Every pod's labels, with its node's topology labels and hostname overriding its own.
    let pods = util::LabelIndex::new(cx.set.of_kind(kinds::POD).map(|(_, p)| {
        let node = str_at(p.spec(), "nodeName");
        let mut extra: Vec<(&str, &str)> = Vec::new();
        if let Some(n) = (!node.is_empty()).then(|| cx.set.find(kinds::NODE, "", node)).flatten() {
            let zone = |key: &'static str| Some((key, n.labels().get(key).filter(|v| !v.is_empty())?));
            extra.extend(TOPOLOGY.into_iter().filter_map(zone));
            extra.push(("kubernetes.io/hostname", node));
        }
        let overridden = extra.clone();
        p.labels().iter().filter(move |(k, _)| !overridden.iter().any(|(e, _)| e == k)).chain(extra)
    }));
    let mut selector: Vec<(&str, &str)> = Vec::new();
    for (id, dr) in cx.set.of_kind(kinds::DESTINATION_RULE) {
        let spec = dr.spec();
        let host = str_at(spec, "host");
        let export: Vec<String> =
            items(spec, "exportTo").filter_map(Node::as_str).map(str::to_string).collect();
        let Some(entry) = hosts.lookup(dr.namespace, &export, host) else {
            report.add("IST0174", id, vec![host.into()]);
            continue;
        };
        for subset in items(spec, "subsets") {
            // The entry's workload selector, the subset's labels overriding it.
            selector.clear();
            selector.extend(entry.workload_selector.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            for (k, v) in string_pairs(&subset["labels"]) {
                match selector.iter_mut().find(|(have, _)| *have == k) {
                    Some(pair) => pair.1 = v,
                    None => selector.push((k, v)),
                }
            }
            if !pods.any(&selector) {
                report.add("IST0173", id, vec![str_at(subset, "name").into()]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    const DR: &str = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\n";

    #[test]
    fn ca_certificate_table() {
        let simple = format!(
            "{DR}metadata: {{name: a, namespace: ns}}\nspec:\n  host: h\n  trafficPolicy: {{tls: {{mode: SIMPLE}}}}\n"
        );
        let mutual_port = format!(
            "{DR}metadata: {{name: b, namespace: ns}}\nspec:\n  host: h\n  trafficPolicy:\n    tls: {{mode: MUTUAL}}\n    portLevelSettings:\n    - port: {{number: 443}}\n      tls: {{mode: SIMPLE}}\n"
        );
        let with_ca = format!(
            "{DR}metadata: {{name: c}}\nspec:\n  host: h\n  trafficPolicy: {{tls: {{mode: SIMPLE, caCertificates: /ca.pem}}}}\n"
        );
        let exempt = format!(
            "{DR}metadata: {{name: d}}\nspec:\n  host: h\n  workloadSelector: {{matchLabels: {{app: a}}}}\n  trafficPolicy: {{tls: {{mode: SIMPLE, credentialName: c}}}}\n"
        );
        let credential_only = format!(
            "{DR}metadata: {{name: e}}\nspec:\n  host: h\n  trafficPolicy: {{tls: {{mode: SIMPLE, credentialName: c}}}}\n"
        );
        let istio_mutual = format!(
            "{DR}metadata: {{name: f}}\nspec:\n  host: h\n  trafficPolicy: {{tls: {{mode: ISTIO_MUTUAL}}}}\n"
        );
        testing::table(
            CA_CERTIFICATE,
            &[
                ("simple at destination level", &simple, &[("IST0128", "DestinationRule ns/a")]),
                (
                    "mutual + simple at port",
                    &mutual_port,
                    &[("IST0128", "DestinationRule ns/b"), ("IST0129", "DestinationRule ns/b")],
                ),
                ("ca set", &with_ca, &[]),
                ("credential with selector", &exempt, &[]),
                ("credential without selector", &credential_only, &[("IST0128", "DestinationRule e")]),
                ("istio mutual", &istio_mutual, &[]),
            ],
        );
        let m = testing::messages(CA_CERTIFICATE, &mutual_port, "");
        assert_eq!(
            m[1].text,
            "DestinationRule ns/b in namespace ns has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: h at port number:443"
        );
    }

    #[test]
    fn subset_select_pod_table() {
        let base = "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: ns1}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: node-a, labels: {topology.kubernetes.io/zone: z1}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns1, labels: {app: web, version: v1}}\nspec: {nodeName: node-a}\n";
        let dr = |host: &str, subsets: &str| {
            format!(
                "{base}---\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {{name: d, namespace: ns1}}\nspec: {{host: {host}, subsets: {subsets}}}\n"
            )
        };
        let unknown = dr("nope", "[]");
        let unselected = dr("web", "[{name: v2, labels: {version: v2}}, {name: v1, labels: {version: v1}}]");
        let topology = dr(
            "web.ns1.svc.cluster.local",
            "[{name: z, labels: {topology.kubernetes.io/zone: z1, kubernetes.io/hostname: node-a}}]",
        );
        let off_node = format!(
            "apiVersion: v1\nkind: Pod\nmetadata: {{name: q, namespace: ns1, labels: {{app: web, version: v3}}}}\nspec: {{}}\n---\n{}",
            dr("web", "[{name: v3, labels: {version: v3}}]")
        );
        // A pod's own zone label gives way to its node's.
        let own_zone = |zone: &str| {
            format!(
                "apiVersion: v1\nkind: Pod\nmetadata: {{name: r, namespace: ns1, labels: {{app: web, topology.kubernetes.io/zone: own}}}}\nspec: {{nodeName: node-a}}\n---\n{}",
                dr("web", &format!("[{{name: z, labels: {{topology.kubernetes.io/zone: {zone}, app: web}}}}]"))
            )
        };
        let (node_zone, pod_zone) = (own_zone("z1"), own_zone("own"));
        let se = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: ext, namespace: ns2}\nspec: {hosts: ['*.example.com'], ports: [{number: 443, name: tls, protocol: TLS}], resolution: NONE}\n---\n";
        let wildcard = format!("{se}{}", dr("api.example.com", "[]"));
        testing::table(
            SUBSET_SELECT_POD,
            &[
                ("unknown host", &unknown, &[("IST0174", "DestinationRule ns1/d")]),
                ("subset selecting nothing", &unselected, &[("IST0173", "DestinationRule ns1/d")]),
                ("node topology labels", &topology, &[]),
                ("pod on no known node", &off_node, &[]),
                ("node zone overrides the pod's", &node_zone, &[]),
                ("the pod's own zone is hidden", &pod_zone, &[("IST0173", "DestinationRule ns1/d")]),
                ("wildcard service entry", &wildcard, &[]),
            ],
        );
    }
}
