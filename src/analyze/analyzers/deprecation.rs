//! `deprecation.DeprecationAnalyzer` (IST0002): VirtualService `fault.delay.percent` (the
//! legacy integer), Sidecar `outboundTrafficPolicy.egressProxy`, and CRDs of the removed
//! `rbac.istio.io` kinds.

use crate::analyze::resource::{items, str_at};
use crate::analyze::{Analyzer, Context, Report, kinds};

pub const DEPRECATION: Analyzer = Analyzer {
    name: "deprecation.DeprecationAnalyzer",
    description: "Checks for deprecated Istio types and fields",
    inputs: &[kinds::VIRTUAL_SERVICE, kinds::SIDECAR, kinds::CRD],
    run: deprecation,
};

const REMOVED_RBAC: [&str; 4] = ["ClusterRbacConfig", "RbacConfig", "ServiceRole", "ServiceRoleBinding"];

fn deprecation(cx: &Context<'_>, report: &mut Report) {
    for (id, vs) in cx.set.of_kind(kinds::VIRTUAL_SERVICE) {
        for route in items(vs.spec(), "http") {
            if route["fault"]["delay"]["percent"].as_i64().is_some_and(|p| p > 0) {
                let detail =
                    "HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage";
                report.add("IST0002", id, vec![detail.into()]);
            }
        }
    }
    for (id, sc) in cx.set.of_kind(kinds::SIDECAR) {
        if !sc.spec()["outboundTrafficPolicy"]["egressProxy"].is_null() {
            report.add("IST0002", id, vec!["OutboundTrafficPolicy.EgressProxy ignored".into()]);
        }
    }
    for (id, crd) in cx.set.of_kind(kinds::CRD) {
        let spec = crd.spec();
        let kind = str_at(&spec["names"], "kind");
        if str_at(spec, "group") == "rbac.istio.io" && REMOVED_RBAC.contains(&kind) {
            report.add(
                "IST0002",
                id,
                vec![format!("Custom resource type rbac.istio.io {kind} is removed").into()],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    #[test]
    fn deprecation_table() {
        let vs = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v, namespace: ns1}\nspec:\n  hosts: [a]\n  http:\n  - fault: {delay: {percent: 50, fixedDelay: 5s}}\n    route: [{destination: {host: a}}]\n";
        let sc = "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: s, namespace: ns1}\nspec:\n  outboundTrafficPolicy: {mode: REGISTRY_ONLY, egressProxy: {host: e, port: {number: 80}}}\n";
        let crd = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: serviceroles.rbac.istio.io}\nspec: {group: rbac.istio.io, names: {kind: ServiceRole}}\n";
        let fine = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v, namespace: ns1}\nspec:\n  hosts: [a]\n  http:\n  - fault: {delay: {percentage: {value: 5}, fixedDelay: 5s}}\n    route: [{destination: {host: a}}]\n---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x.example.com}\nspec: {group: example.com, names: {kind: ServiceRole}}\n";
        testing::table(
            DEPRECATION,
            &[
                ("delay percent", vs, &[("IST0002", "VirtualService ns1/v")]),
                ("egress proxy", sc, &[("IST0002", "Sidecar ns1/s")]),
                (
                    "removed rbac crd",
                    crd,
                    &[("IST0002", "CustomResourceDefinition serviceroles.rbac.istio.io")],
                ),
                ("current fields", fine, &[]),
            ],
        );
    }
}
