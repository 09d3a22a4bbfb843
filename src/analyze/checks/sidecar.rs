//! Upstream's `sidecar.SelectorAnalyzer`: a Sidecar selector must match a pod of its namespace
//! (IST0101), a pod must not be selected by two Sidecars (IST0110), a namespace must not have
//! two selector-less Sidecars (IST0111), and Sidecars over ambient workloads or namespaces do
//! nothing (IST0167).

use std::collections::{BTreeMap, BTreeSet};

use crate::hash::HashMap;

use super::index::{first_label, map_at, selector_string};
use crate::analyze::{Analyzer, kinds};

use super::{Finding, Param, Res, Snapshot, adapt, sorted_names};

pub const SELECTOR: Analyzer = Analyzer {
    name: "sidecar.SelectorAnalyzer",
    description: "Validates that sidecars that define a workload selector match at least one pod, and that there \
                  aren't multiple sidecar resources that select overlapping pods",
    inputs: &[kinds::SIDECAR, kinds::POD, kinds::NAMESPACE],
    run: |cx, report| adapt(cx, report, SELECTOR.inputs, selector),
};

/// `PodInAmbientMode`.
pub fn pod_is_ambient(pod: &Res) -> bool {
    pod.annotation("ambient.istio.io/redirection") == Some("enabled")
}

/// `NamespaceInAmbientMode`: ambient data plane, and no sidecar injection label.
fn namespace_is_ambient(ns: Option<&&Res>) -> bool {
    ns.is_some_and(|ns| {
        ns.label("istio.io/dataplane-mode") == Some("ambient")
            && ns.label("istio-injection") != Some("enabled")
            && ns.label("istio.io/rev").unwrap_or("").is_empty()
    })
}

pub(super) fn selector(s: &Snapshot) -> Vec<Finding> {
    let pods = s.pod_index();
    let mut pod_sidecars: BTreeMap<usize, Vec<&Res>> = BTreeMap::new();
    let mut ns_sidecars: BTreeMap<&str, Vec<&Res>> = BTreeMap::new();
    let mut out = Vec::new();
    for sc in s.of("Sidecar") {
        let sel = map_at(&sc.spec()["workloadSelector"]["labels"]);
        if sel.is_empty() {
            ns_sidecars.entry(sc.namespace).or_default().push(sc);
            continue;
        }
        let matched = pods.matching(sel, Some(sc.namespace));
        if matched.is_empty() {
            let sel = selector_string(sel);
            let path = format!("{{.spec.workloadSelector.labels.{}}}", first_label(&sel));
            out.push(Finding::new("IST0101", sc, vec!["selector".into(), sel.into()]).at(path));
        }
        for p in matched {
            pod_sidecars.entry(p).or_default().push(sc);
        }
    }
    let namespaces: HashMap<&str, &Res> = s.of("Namespace").iter().map(|n| (n.name, n)).collect();
    let mut ineffective = BTreeSet::new();
    for (p, list) in &pod_sidecars {
        let pod = &pods.pods[*p];
        let ambient = pod_is_ambient(pod);
        if list.len() == 1 && !ambient {
            continue;
        }
        for sc in list {
            if ambient {
                if ineffective.insert(sc.id) {
                    out.push(Finding::new(
                        "IST0167",
                        sc,
                        vec!["selected workload is in ambient mode, the policy has no impact".into()],
                    ));
                }
                continue;
            }
            out.push(
                Finding::new(
                    "IST0110",
                    sc,
                    vec![Param::Strs(sorted_names(list)), pod.namespace.into(), pod.name.into()],
                )
                .at("{.metadata.name}"),
            );
        }
    }
    for (ns, list) in &ns_sidecars {
        if namespace_is_ambient(namespaces.get(ns)) {
            for sc in list {
                if ineffective.insert(sc.id) {
                    out.push(Finding::new(
                        "IST0167",
                        sc,
                        vec!["namespace is in ambient mode, the policy has no impact".into()],
                    ));
                }
            }
            continue;
        }
        if list.len() > 1 {
            for sc in list {
                out.push(Finding::new("IST0111", sc, vec![Param::Strs(sorted_names(list)), (*ns).into()]));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    fn sidecar(name: &str, ns: &str, selector: &str) -> String {
        let spec = if selector.is_empty() {
            "spec: {}".to_string()
        } else {
            format!("spec:\n  workloadSelector:\n    labels: {selector}")
        };
        format!("---\nkind: Sidecar\nmetadata: {{name: {name}, namespace: {ns}}}\n{spec}\n")
    }

    fn pod(name: &str, ns: &str, labels: &str, annotations: &str) -> String {
        format!(
            "---\nkind: Pod\nmetadata: {{name: {name}, namespace: {ns}, labels: {labels}, annotations: {annotations}}}\n"
        )
    }

    #[test]
    fn selector() {
        let p = pod("p", "ns", "{app: a}", "{}");
        let one = format!("{p}{}", sidecar("s1", "ns", "{app: a}"));
        let two = format!("{p}{}{}", sidecar("s1", "ns", "{app: a}"), sidecar("s2", "ns", "{app: a}"));
        let none = format!("{p}{}", sidecar("s1", "other", "{app: a}"));
        let defaults = format!("{}{}", sidecar("d1", "ns", ""), sidecar("d2", "ns", ""));
        let ambient_pod = format!(
            "{}{}",
            pod("p", "ns", "{app: a}", "{ambient.istio.io/redirection: enabled}"),
            sidecar("s1", "ns", "{app: a}")
        );
        let ambient_ns = format!(
            "---\nkind: Namespace\nmetadata: {{name: ns, labels: {{istio.io/dataplane-mode: ambient}}}}\n{}{}",
            sidecar("d1", "ns", ""),
            sidecar("d2", "ns", "")
        );
        check(&[
            ("sidecar.SelectorAnalyzer", "one sidecar per pod", &one, &[]),
            (
                "sidecar.SelectorAnalyzer",
                "two sidecars",
                &two,
                &[("IST0110", "Sidecar ns/s1"), ("IST0110", "Sidecar ns/s2")],
            ),
            ("sidecar.SelectorAnalyzer", "no pod in namespace", &none, &[("IST0101", "Sidecar other/s1")]),
            (
                "sidecar.SelectorAnalyzer",
                "two defaults",
                &defaults,
                &[("IST0111", "Sidecar ns/d1"), ("IST0111", "Sidecar ns/d2")],
            ),
            ("sidecar.SelectorAnalyzer", "ambient pod", &ambient_pod, &[("IST0167", "Sidecar ns/s1")]),
            (
                "sidecar.SelectorAnalyzer",
                "ambient namespace",
                &ambient_ns,
                &[("IST0167", "Sidecar ns/d1"), ("IST0167", "Sidecar ns/d2")],
            ),
        ]);
    }
}
