//! `annotations.K8sAnalyzer` (IST0108 unknown, IST0135 deprecated, IST0107 misplaced, IST0125
//! invalid): the Istio annotations on Namespaces, Services, Pods and Deployments (a Deployment's
//! own metadata, not its template) checked against the annotation registry below and the
//! injector's value validators (`inject::annotations::check`).
//!
//! The registry is data: each annotation's name, whether it is deprecated, and the kinds it may
//! be attached to. It was taken from the newest `istio.io/api` annotation list within reach,
//! plus `istio.io/reroute-virtual-interfaces`, which 1.30.3's injector validates; an annotation
//! istio.io/api added after that list is reported unknown until it is added here.

use crate::analyze::{Analyzer, Context, Report, kinds};

pub const K8S: Analyzer = Analyzer {
    name: "annotations.K8sAnalyzer",
    description: "Checks for misplaced and invalid Istio annotations in Kubernetes resources",
    inputs: &[kinds::NAMESPACE, kinds::SERVICE, kinds::POD, kinds::DEPLOYMENT],
    run: k8s,
};

/// Where an annotation may be attached (`Any` = everywhere).
#[derive(Clone, Copy, PartialEq, Eq)]
enum On {
    Any,
    AuthorizationPolicy,
    Gateway,
    GatewayClass,
    Ingress,
    Namespace,
    Pod,
    Service,
    ServiceEntry,
    WorkloadEntry,
}

impl On {
    fn name(self) -> &'static str {
        match self {
            On::Any => "Any",
            On::AuthorizationPolicy => "AuthorizationPolicy",
            On::Gateway => "Gateway",
            On::GatewayClass => "GatewayClass",
            On::Ingress => "Ingress",
            On::Namespace => "Namespace",
            On::Pod => "Pod",
            On::Service => "Service",
            On::ServiceEntry => "ServiceEntry",
            On::WorkloadEntry => "WorkloadEntry",
        }
    }
}

/// One registered annotation: name, deprecated, kinds (in the registry's order).
struct Def(&'static str, bool, &'static [On]);

const POD: &[On] = &[On::Pod];
const ANY: &[On] = &[On::Any];
const WE: &[On] = &[On::WorkloadEntry];
const GW: &[On] = &[On::Gateway];

#[rustfmt::skip]
const REGISTRY: &[Def] = &[
    Def("alpha.istio.io/canonical-serviceaccounts", true, &[On::Service]),
    Def("alpha.istio.io/kubernetes-serviceaccounts", true, &[On::Service]),
    Def("ambient.istio.io/bypass-inbound-capture", false, POD),
    Def("ambient.istio.io/redirection", false, POD),
    Def("ambient.istio.io/waypoint-inbound-binding", false, &[On::GatewayClass, On::Gateway]),
    Def("galley.istio.io/analyze-suppress", false, ANY),
    Def("gateway.istio.io/controller-version", false, ANY),
    Def("gateway.istio.io/name-override", false, GW),
    Def("gateway.istio.io/service-account", false, GW),
    Def("inject.istio.io/templates", false, POD),
    Def("istio.io/autoRegistrationGroup", false, WE),
    Def("istio.io/connectedAt", false, WE),
    Def("istio.io/disconnectedAt", false, WE),
    Def("istio.io/dry-run", false, &[On::AuthorizationPolicy]),
    Def("istio.io/reroute-virtual-interfaces", false, POD),
    Def("istio.io/rev", false, POD),
    Def("istio.io/workloadController", false, WE),
    Def("kubernetes.io/ingress.class", false, &[On::Ingress]),
    Def("networking.istio.io/exportTo", false, &[On::Service]),
    Def("networking.istio.io/service-type", false, GW),
    Def("networking.istio.io/traffic-distribution", false, &[On::Service, On::ServiceEntry]),
    Def("prometheus.istio.io/merge-metrics", false, POD),
    Def("proxy.istio.io/config", false, POD),
    Def("proxy.istio.io/overrides", false, POD),
    Def("readiness.status.sidecar.istio.io/applicationPorts", false, POD),
    Def("readiness.status.sidecar.istio.io/failureThreshold", false, POD),
    Def("readiness.status.sidecar.istio.io/initialDelaySeconds", false, POD),
    Def("readiness.status.sidecar.istio.io/periodSeconds", false, POD),
    Def("sidecar.istio.io/agentLogLevel", false, POD),
    Def("sidecar.istio.io/bootstrapOverride", false, POD),
    Def("sidecar.istio.io/componentLogLevel", false, POD),
    Def("sidecar.istio.io/discoveryAddress", true, POD),
    Def("sidecar.istio.io/enableCoreDump", false, POD),
    Def("sidecar.istio.io/extraStatTags", true, POD),
    Def("sidecar.istio.io/inject", true, POD),
    Def("sidecar.istio.io/interceptionMode", false, POD),
    Def("sidecar.istio.io/logLevel", false, POD),
    Def("sidecar.istio.io/nativeSidecar", false, POD),
    Def("sidecar.istio.io/proxyCPU", false, POD),
    Def("sidecar.istio.io/proxyCPULimit", false, POD),
    Def("sidecar.istio.io/proxyImage", false, POD),
    Def("sidecar.istio.io/proxyImageType", false, POD),
    Def("sidecar.istio.io/proxyMemory", false, POD),
    Def("sidecar.istio.io/proxyMemoryLimit", false, POD),
    Def("sidecar.istio.io/rewriteAppHTTPProbers", false, POD),
    Def("sidecar.istio.io/statsHistogramBuckets", false, POD),
    Def("sidecar.istio.io/statsInclusionPrefixes", true, POD),
    Def("sidecar.istio.io/statsInclusionRegexps", true, POD),
    Def("sidecar.istio.io/statsInclusionSuffixes", true, POD),
    Def("sidecar.istio.io/status", false, POD),
    Def("sidecar.istio.io/userVolume", false, POD),
    Def("sidecar.istio.io/userVolumeMount", false, POD),
    Def("status.sidecar.istio.io/port", false, POD),
    Def("topology.istio.io/controlPlaneClusters", false, &[On::Namespace]),
    Def("traffic.istio.io/nodeSelector", false, &[On::Service]),
    Def("traffic.sidecar.istio.io/excludeInboundPorts", false, POD),
    Def("traffic.sidecar.istio.io/excludeInterfaces", false, POD),
    Def("traffic.sidecar.istio.io/excludeOutboundIPRanges", false, POD),
    Def("traffic.sidecar.istio.io/excludeOutboundPorts", false, POD),
    Def("traffic.sidecar.istio.io/includeInboundPorts", false, POD),
    Def("traffic.sidecar.istio.io/includeOutboundIPRanges", false, POD),
    Def("traffic.sidecar.istio.io/includeOutboundPorts", false, POD),
    Def("traffic.sidecar.istio.io/kubevirtInterfaces", false, POD),
];

/// Annotations the analyzers never look at (upstream's always-ignored set).
const ALWAYS_IGNORED: [&str; 3] =
    ["sidecar.istio.io/status", "gateway.istio.io/controller-version", "istio.io/rev"];

const INJECT: &str = "sidecar.istio.io/inject";

/// `kubernetes.io/ingress.class`, or a key whose part before the first `/` ends in `istio.io`.
fn is_istio(key: &str) -> bool {
    key == "kubernetes.io/ingress.class" || key.split('/').next().is_some_and(|d| d.ends_with("istio.io"))
}

fn k8s(cx: &Context<'_>, report: &mut Report) {
    for kind in [kinds::NAMESPACE, kinds::SERVICE, kinds::POD, kinds::DEPLOYMENT] {
        for (id, r) in cx.set.of_kind(kind) {
            for (key, value) in r.annotations().iter() {
                if !is_istio(key) || ALWAYS_IGNORED.contains(&key) {
                    continue;
                }
                let Some(Def(_, deprecated, on)) = REGISTRY.iter().find(|d| d.0 == key) else {
                    report.add("IST0108", id, vec![key.into()]);
                    continue;
                };
                // Keeping both the deprecated annotation and its label replacement is deliberate.
                if *deprecated && !(key == INJECT && r.labels().contains_key(INJECT)) {
                    let extra =
                        if key == INJECT { " in favor of the \"sidecar.istio.io/inject\" label" } else { "" };
                    report.add("IST0135", id, vec![key.into(), extra.into()]);
                }
                if on.contains(&On::Any) {
                    continue;
                }
                if !on.iter().any(|o| o.name() == kind.kind) {
                    let allowed: Vec<&str> = on.iter().map(|o| o.name()).collect();
                    report.add("IST0107", id, vec![key.into(), allowed.join(", ").into()]);
                    continue;
                }
                if let Err(problem) = crate::inject::annotations::check(key, value) {
                    report.add("IST0125", id, vec![key.into(), problem.into()]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    #[test]
    fn registry_is_sorted_and_unique() {
        assert!(REGISTRY.windows(2).all(|w| w[0].0 < w[1].0), "keep REGISTRY sorted by name");
    }

    #[test]
    fn k8s_table() {
        let unknown = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: ns1\n  annotations: {networking.istio.io/exportThree: x, networking.istio.io/exportTo: '.', kubernetes.io/psp: p}\nspec: {ports: [{port: 80}]}\n";
        let invalid = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ns1\n  annotations: {readiness.status.sidecar.istio.io/initialDelaySeconds: bar, readiness.status.sidecar.istio.io/periodSeconds: '10'}\nspec: {containers: [{name: c}]}\n";
        let misplaced = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  namespace: ns1\n  annotations: {proxy.istio.io/config: '{}', kubernetes.io/ingress.class: istio, gateway.istio.io/controller-version: '5', istio.io/rev: canary}\nspec: {template: {metadata: {annotations: {sidecar.istio.io/bogus: x}}}}\n";
        let deprecated = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ns1\n  annotations: {sidecar.istio.io/inject: 'true', sidecar.istio.io/statsInclusionPrefixes: a}\nspec: {containers: [{name: c}]}\n";
        let with_label = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ns1\n  labels: {sidecar.istio.io/inject: 'true'}\n  annotations: {sidecar.istio.io/inject: 'true', galley.istio.io/analyze-suppress: IST0001}\nspec: {containers: [{name: c}]}\n";
        let deprecated_misplaced = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns1\n  annotations: {sidecar.istio.io/discoveryAddress: x:1, topology.istio.io/controlPlaneClusters: '*'}\n";
        testing::table(
            K8S,
            &[
                ("unknown istio annotation", unknown, &[("IST0108", "Service ns1/s")]),
                ("validator fails", invalid, &[("IST0125", "Pod ns1/p")]),
                (
                    "misplaced on a Deployment; ignored keys; template not read",
                    misplaced,
                    &[("IST0107", "Deployment ns1/d"), ("IST0107", "Deployment ns1/d")],
                ),
                ("deprecated", deprecated, &[("IST0135", "Pod ns1/p"), ("IST0135", "Pod ns1/p")]),
                ("deprecated inject annotation beside its label", with_label, &[]),
                (
                    "deprecated and misplaced both fire",
                    deprecated_misplaced,
                    &[("IST0107", "Namespace ns1"), ("IST0135", "Namespace ns1")],
                ),
            ],
        );
        let texts: Vec<String> = testing::messages(K8S, deprecated, "").into_iter().map(|m| m.text).collect();
        assert!(texts.contains(&"Annotation \"sidecar.istio.io/inject\" has been deprecated in favor of the \"sidecar.istio.io/inject\" label and may not work in future Istio versions.".to_string()), "{texts:?}");
        let texts: Vec<String> = testing::messages(K8S, invalid, "").into_iter().map(|m| m.text).collect();
        assert_eq!(
            texts,
            [
                "Invalid annotation readiness.status.sidecar.istio.io/initialDelaySeconds: strconv.ParseUint: parsing \"bar\": invalid syntax"
            ]
        );
        let texts: Vec<String> = testing::messages(K8S, misplaced, "").into_iter().map(|m| m.text).collect();
        assert!(
            texts.contains(
                &"Misplaced annotation: kubernetes.io/ingress.class can only be applied to Ingress"
                    .to_string()
            ),
            "{texts:?}"
        );
    }
}
