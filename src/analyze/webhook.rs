//! Upstream's `webhook.Analyzer` (IST0139 InvalidWebhook) over MutatingWebhookConfigurations:
//! Istio injector webhooks must not overlap (a pod matched by two would be injected twice), and
//! each must call a Service that exists. Overlap is decided by trying the namespace and pod
//! labels that steer injection — no label, `istio-injection=enabled|disabled` and
//! `sidecar.istio.io/inject=true|false`, each also with `istio.io/rev=<r>` for every revision
//! the webhooks mention — against every webhook's selectors.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::node::Node;

use super::labels::{self, Labels};
use super::resource::{self, ResourceSet, Source, kinds};
use super::{Analyzer, Context, Message, Report};

const CODE: &str = "IST0139";
const REV: &str = "istio.io/rev";

/// `webhook.Analyzer`.
pub const ANALYZER: Analyzer = Analyzer {
    name: "webhook.Analyzer",
    description: "Checks the validity of Istio webhooks",
    inputs: &[kinds::MUTATING_WEBHOOK, kinds::SERVICE],
    run,
};

fn run(cx: &Context<'_>, report: &mut Report) {
    let configs: Vec<(resource::Id, &Node)> =
        cx.set.of_kind(kinds::MUTATING_WEBHOOK).map(|(id, r)| (id, &r.object)).collect();
    for (id, text) in findings(&configs, &|ns, name| cx.set.find(kinds::SERVICE, ns, name).is_some()) {
        report.add(CODE, id, vec![text.into()]);
    }
}

/// `tag set`'s check, through the engine: the webhook analyzer over `configs`
/// (MutatingWebhookConfigurations as JSON) with the Services `services` (`(namespace, name)`)
/// known to exist. Messages come sorted, without repeats.
pub fn check(configs: &[Value], services: &[(String, String)]) -> Vec<Message> {
    let mut set = ResourceSet::new("istio-system");
    set.make_available(kinds::SERVICE);
    for c in configs {
        set.insert(resource::from_object(kinds::MUTATING_WEBHOOK, c.clone(), "", Source::default()));
    }
    for (ns, name) in services {
        let svc = json!({"metadata": {"name": name, "namespace": ns}});
        set.insert(resource::from_object(kinds::SERVICE, svc, ns, Source::default()));
    }
    let mesh = super::mesh::Mesh::defaults("istio-system");
    super::process::sort_dedup(super::run(&set, &mesh, &[ANALYZER]).messages)
}

/// The analyzer's logic over configurations tagged with an id: `(id, message text)` pairs,
/// sorted and without repeats. `service_exists` answers whether Service `namespace/name` exists.
fn findings<I: Copy + Ord>(
    configs: &[(I, &Node)],
    service_exists: &dyn Fn(&str, &str) -> bool,
) -> Vec<(I, String)> {
    let istio: Vec<&(I, &Node)> = configs.iter().filter(|(_, c)| is_istio(c)).collect();
    let revisions: BTreeSet<String> = istio.iter().flat_map(|(_, c)| revisions(c)).collect();
    // Every (configuration, webhook) pair, named `<configuration>/<webhook>`.
    let hooks: Vec<(I, String, &Node)> = istio
        .iter()
        .flat_map(|(id, c)| {
            let cname = c["metadata"]["name"].as_str().unwrap_or("");
            c["webhooks"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |w| (*id, format!("{cname}/{}", w["name"].as_str().unwrap_or("")), w))
        })
        .collect();

    let mut out = BTreeSet::new();
    let namespaces = label_sets("istio-injection", &["enabled", "disabled"], &revisions);
    let objects = label_sets("sidecar.istio.io/inject", &["true", "false"], &revisions);
    for ns in &namespaces {
        for obj in &objects {
            let matched: BTreeMap<&str, I> = hooks
                .iter()
                .filter(|(_, _, w)| {
                    labels::matches(&w["namespaceSelector"], ns) && labels::matches(&w["objectSelector"], obj)
                })
                .map(|(id, full, _)| (full.as_str(), *id))
                .collect();
            if matched.len() < 2 {
                continue;
            }
            for (full, id) in &matched {
                let others: Vec<&str> = matched.keys().filter(|k| *k != full).copied().collect();
                out.insert((
                    *id,
                    format!(
                        "Webhook overlaps with others: [{}]. This may cause injection to occur twice.",
                        others.join(" ")
                    ),
                ));
            }
        }
    }
    for (id, _, w) in &hooks {
        let svc = &w["clientConfig"]["service"];
        let (Some(ns), Some(name)) = (svc["namespace"].as_str(), svc["name"].as_str()) else { continue };
        if !service_exists(ns, name) {
            out.insert((
                *id,
                format!("Injector refers to a control plane service that does not exist: {ns}/{name}."),
            ));
        }
    }
    out.into_iter().collect()
}

/// A configuration the analyzer looks at: it names a revision, or has a webhook whose name
/// ends in `istio.io`.
fn is_istio(config: &Node) -> bool {
    !revisions(config).is_empty()
        || config["webhooks"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|w| w["name"].as_str().is_some_and(|n| n.ends_with("istio.io")))
}

/// The revisions a configuration names: its `istio.io/rev` label, and the values its webhooks'
/// namespace and object selectors give `istio.io/rev`.
fn revisions(config: &Node) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(r) = config["metadata"]["labels"][REV].as_str() {
        out.insert(r.to_string());
    }
    for w in config["webhooks"].as_array().into_iter().flatten() {
        for sel in [&w["namespaceSelector"], &w["objectSelector"]] {
            if let Some(r) = sel["matchLabels"][REV].as_str() {
                out.insert(r.to_string());
            }
            for e in sel["matchExpressions"].as_array().into_iter().flatten().filter(|e| e["key"] == REV) {
                out.extend(
                    e["values"].as_array().into_iter().flatten().filter_map(Node::as_str).map(str::to_string),
                );
            }
        }
    }
    out
}

/// No label, `key=v` for each value, and each of those plus `istio.io/rev=<r>` per revision.
fn label_sets(key: &str, values: &[&str], revisions: &BTreeSet<String>) -> Vec<Labels> {
    let mut base = vec![Labels::new()];
    base.extend(values.iter().map(|v| Labels::from([(key.to_string(), v.to_string())])));
    let mut out = base.clone();
    for r in revisions {
        for b in &base {
            let mut l = b.clone();
            l.insert(REV.to_string(), r.clone());
            out.push(l);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const KIND: &str = "MutatingWebhookConfiguration";

    /// The engine's check with every referenced Service for which `exists` says yes.
    fn analyze(configs: &[Value], exists: &dyn Fn(&str, &str) -> bool) -> Vec<Message> {
        let services: Vec<(String, String)> = configs
            .iter()
            .flat_map(|c| c["webhooks"].as_array().cloned().unwrap_or_default())
            .filter_map(|w| {
                let s = &w["clientConfig"]["service"];
                Some((s["namespace"].as_str()?.to_string(), s["name"].as_str()?.to_string()))
            })
            .filter(|(ns, n)| exists(ns, n))
            .collect();
        check(configs, &services)
    }

    /// An injector configuration: `(webhook name, namespace selector, object selector)` each,
    /// calling `istiod` in istio-system.
    fn mwc(name: &str, rev: Option<&str>, hooks: &[(&str, Value, Value)]) -> Value {
        let labels = rev.map_or(json!({}), |r| json!({"istio.io/rev": r}));
        json!({
            "apiVersion": "admissionregistration.k8s.io/v1",
            "kind": KIND,
            "metadata": {"name": name, "labels": labels},
            "webhooks": hooks.iter().map(|(n, ns, obj)| json!({
                "name": n,
                "namespaceSelector": ns,
                "objectSelector": obj,
                "clientConfig": {"service": {"name": "istiod", "namespace": "istio-system"}},
            })).collect::<Vec<_>>(),
        })
    }

    fn rev_in(r: &str) -> Value {
        json!({"matchExpressions": [{"key": REV, "operator": "In", "values": [r]}]})
    }

    fn not_false() -> Value {
        json!({"matchExpressions": [{"key": "sidecar.istio.io/inject", "operator": "NotIn", "values": ["false"]}]})
    }

    fn everything_exists(_: &str, _: &str) -> bool {
        true
    }

    #[test]
    fn distinct_revisions_do_not_overlap() {
        let a = mwc(
            "istio-revision-tag-prod",
            Some("1-30"),
            &[("rev.namespace.sidecar-injector.istio.io", rev_in("prod"), not_false())],
        );
        let b = mwc(
            "istio-sidecar-injector-1-30",
            Some("1-30"),
            &[("rev.namespace.sidecar-injector.istio.io", rev_in("1-30"), not_false())],
        );
        assert!(analyze(&[a, b], &everything_exists).is_empty());
    }

    #[test]
    fn two_webhooks_for_one_label_overlap_and_each_is_reported() {
        let a = mwc(
            "tag-a",
            Some("default"),
            &[("rev.namespace.sidecar-injector.istio.io", rev_in("prod"), not_false())],
        );
        let b = mwc(
            "tag-b",
            Some("canary"),
            &[("rev.namespace.sidecar-injector.istio.io", rev_in("prod"), not_false())],
        );
        let found = analyze(&[a, b], &everything_exists);
        let text: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "Error [IST0139] (MutatingWebhookConfiguration tag-a) Webhook overlaps with others: [tag-b/rev.namespace.sidecar-injector.istio.io]. This may cause injection to occur twice.",
                "Error [IST0139] (MutatingWebhookConfiguration tag-b) Webhook overlaps with others: [tag-a/rev.namespace.sidecar-injector.istio.io]. This may cause injection to occur twice.",
            ]
        );
    }

    #[test]
    fn injection_label_overlap_and_deactivated_webhooks() {
        let enabled = json!({"matchLabels": {"istio-injection": "enabled"}});
        let a = mwc(
            "istio-sidecar-injector",
            Some("default"),
            &[("namespace.sidecar-injector.istio.io", enabled.clone(), not_false())],
        );
        let b = mwc(
            "istio-revision-tag-default",
            Some("default"),
            &[("namespace.sidecar-injector.istio.io", enabled, not_false())],
        );
        assert_eq!(analyze(&[a.clone(), b.clone()], &everything_exists).len(), 2);
        // Deactivated (never-match selectors), the old injector no longer overlaps.
        let mut off = a;
        crate::cluster::tag::deactivate(&mut off);
        assert!(analyze(&[off, b], &everything_exists).is_empty());
    }

    #[test]
    fn only_istio_webhooks_are_considered() {
        let other = json!({"metadata": {"name": "other"}, "webhooks": [{"name": "x.example.com", "clientConfig": {"service": {"name": "gone", "namespace": "x"}}}]});
        let everything =
            json!({"metadata": {"name": "catch-all"}, "webhooks": [{"name": "all.example.com"}]});
        let istio = mwc(
            "istio-sidecar-injector",
            None,
            &[("object.sidecar-injector.istio.io", json!({}), json!({}))],
        );
        assert!(analyze(&[other, everything, istio], &|_, _| true).is_empty());
    }

    #[test]
    fn missing_services_are_reported() {
        let a = mwc(
            "istio-revision-tag-prod",
            Some("canary"),
            &[("rev.namespace.sidecar-injector.istio.io", rev_in("prod"), not_false())],
        );
        let found = analyze(&[a], &|ns, name| !(ns == "istio-system" && name == "istiod"));
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].to_string(),
            "Error [IST0139] (MutatingWebhookConfiguration istio-revision-tag-prod) Injector refers to a control plane service that does not exist: istio-system/istiod."
        );
    }

    #[test]
    fn revisions_come_from_labels_and_selectors() {
        let a = mwc("x", Some("r1"), &[("h.istio.io", rev_in("r2"), json!({"matchLabels": {REV: "r3"}}))]);
        assert_eq!(revisions(&Node::from(a.clone())).into_iter().collect::<Vec<_>>(), ["r1", "r2", "r3"]);
    }
}
