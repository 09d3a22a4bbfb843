//! `conditions.ConditionAnalyzer` (IST0171): status conditions that report a problem —
//! `istio.io/WaypointBound` on Services, ServiceEntries and WorkloadEntries; `ZtunnelAccepted`
//! / `WaypointAccepted` on AuthorizationPolicies (and `WaypointAccepted` PartiallyInvalid in
//! any status); `Accepted` / `Programmed` / `ResolvedRefs` on Gateway-API Gateways and routes.

use crate::analyze::node::Node;

use crate::analyze::resource::{items, str_at};
use crate::analyze::{Analyzer, Context, Kind, Report, kinds};

pub const CONDITIONS: Analyzer = Analyzer {
    name: "conditions.ConditionAnalyzer",
    description: "Checks for negative status conditions on resources",
    inputs: &[
        kinds::SERVICE,
        kinds::SERVICE_ENTRY,
        kinds::WORKLOAD_ENTRY,
        kinds::AUTHORIZATION_POLICY,
        kinds::K8S_GATEWAY,
        kinds::HTTP_ROUTE,
        kinds::GRPC_ROUTE,
    ],
    run: conditions,
};

/// Whether a condition of a resource of `kind` is reported.
fn negative(kind: Kind, c: &Node) -> bool {
    let (ty, status) = (str_at(c, "type"), str_at(c, "status"));
    let false_of = |types: &[&str]| status == "False" && types.contains(&ty);
    match kind {
        k if k == kinds::AUTHORIZATION_POLICY => {
            false_of(&["ZtunnelAccepted", "WaypointAccepted"])
                || (ty == "WaypointAccepted" && str_at(c, "reason") == "PartiallyInvalid")
        }
        k if [kinds::K8S_GATEWAY, kinds::HTTP_ROUTE, kinds::GRPC_ROUTE].contains(&k) => {
            false_of(&["Accepted", "Programmed", "ResolvedRefs"])
        }
        _ => false_of(&["istio.io/WaypointBound"]),
    }
}

fn conditions(cx: &Context<'_>, report: &mut Report) {
    for kind in CONDITIONS.inputs {
        for (id, r) in cx.set.of_kind(*kind) {
            let status = r.status();
            let all: Vec<&Node> = if [kinds::HTTP_ROUTE, kinds::GRPC_ROUTE].contains(kind) {
                items(status, "parents").flat_map(|p| items(p, "conditions")).collect()
            } else {
                items(status, "conditions").collect()
            };
            for c in all.into_iter().filter(|c| negative(*kind, c)) {
                let args =
                    vec![str_at(c, "type").into(), str_at(c, "reason").into(), str_at(c, "message").into()];
                report.add("IST0171", id, args);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    #[test]
    fn conditions_table() {
        let svc = "apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: ns1}\nstatus:\n  conditions:\n  - {type: istio.io/WaypointBound, status: 'False', reason: NotFound, message: gone}\n";
        let ap = "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: a, namespace: ns1}\nspec: {}\nstatus:\n  conditions:\n  - {type: WaypointAccepted, status: 'True', reason: PartiallyInvalid}\n  - {type: ZtunnelAccepted, status: 'False'}\n";
        let route = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r, namespace: ns1}\nstatus:\n  parents:\n  - conditions: [{type: Accepted, status: 'False'}, {type: Other, status: 'False'}]\n";
        let fine = "apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: ns1}\nstatus:\n  conditions:\n  - {type: istio.io/WaypointBound, status: 'True'}\n  - {type: Accepted, status: 'False'}\n";
        testing::table(
            CONDITIONS,
            &[
                ("service waypoint", svc, &[("IST0171", "Service ns1/s")]),
                (
                    "policy",
                    ap,
                    &[("IST0171", "AuthorizationPolicy ns1/a"), ("IST0171", "AuthorizationPolicy ns1/a")],
                ),
                ("route parents", route, &[("IST0171", "HTTPRoute ns1/r")]),
                ("positive or foreign conditions", fine, &[]),
            ],
        );
    }
}
