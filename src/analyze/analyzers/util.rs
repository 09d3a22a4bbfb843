//! Helpers several analyzers share (upstream's `analyzers/util`): whether a pod or a
//! deployment is in the mesh, control-plane detection, label-selector rendering, and Go's
//! `%v` of string lists. Pure functions over resources; nothing here reports or prints.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::analyze::checks::hosts::{HostKey, file_service, file_service_entry, to_fqdn};
use crate::analyze::checks::index::Postings;
use crate::analyze::labels::LabelMap;
use crate::analyze::node::Node;

use crate::analyze::resource::{items, str_at, string_map};
use crate::analyze::{Context, Resource, kinds};

pub const ISTIO_PROXY: &str = "istio-proxy";
pub const ISTIO_OPERATOR: &str = "istio-operator";
pub const INJECT: &str = "sidecar.istio.io/inject";
pub const AMBIENT_REDIRECTION: &str = "ambient.istio.io/redirection";

/// Upstream's `IsIstioControlPlane`: an `istio` label (any value) or `release=istio`.
pub fn is_control_plane(r: &Resource) -> bool {
    r.labels().contains_key("istio") || r.labels().get("release").is_some_and(|v| v == "istio")
}

/// Whether the first container named `istio-proxy` has a non-empty image.
fn has_istio_proxy<'a>(containers: impl Iterator<Item = &'a Node>) -> bool {
    containers
        .into_iter()
        .find(|c| str_at(c, "name") == ISTIO_PROXY)
        .is_some_and(|c| !str_at(c, "image").is_empty())
}

/// Upstream's `inMesh`: a proxy container; else the inject label, then the inject annotation;
/// else the namespace's `istio-injection=enabled` (when the Namespace is known).
fn in_mesh<'a>(
    cx: &Context<'_>,
    annotations: LabelMap<'_>,
    labels: LabelMap<'_>,
    namespace: &str,
    containers: impl Iterator<Item = &'a Node>,
) -> bool {
    if has_istio_proxy(containers) {
        return true;
    }
    if let Some(v) = labels.get(INJECT) {
        return v == "true";
    }
    if let Some(v) = annotations.get(INJECT) {
        return v == "true";
    }
    cx.set
        .find(kinds::NAMESPACE, "", namespace)
        .is_some_and(|ns| ns.labels().get("istio-injection").is_some_and(|v| v == "enabled"))
}

/// Whether a Pod is in the mesh (its containers and init containers are checked).
pub fn pod_in_mesh(cx: &Context<'_>, pod: &Resource) -> bool {
    let spec = pod.spec();
    in_mesh(
        cx,
        pod.annotations(),
        pod.labels(),
        pod.namespace,
        items(spec, "containers").chain(items(spec, "initContainers")),
    )
}

/// Whether a Pod runs in ambient mode (redirection annotation enabled).
pub fn pod_ambient(pod: &Resource) -> bool {
    pod.annotations().get(AMBIENT_REDIRECTION).is_some_and(|v| v == "enabled")
}

/// Whether a Deployment's pod template is in the mesh.
pub fn deployment_in_mesh(cx: &Context<'_>, d: &Resource) -> bool {
    let t = &d.spec()["template"];
    let annotations = LabelMap::of(&t["metadata"]["annotations"]);
    let labels = LabelMap::of(&t["metadata"]["labels"]);
    in_mesh(cx, annotations, labels, d.namespace, items(&t["spec"], "containers"))
}

/// Kubernetes `labels.SelectorFromSet(m).String()`: `k=v` sorted by key, joined with `,`.
pub fn selector_string(m: &BTreeMap<String, String>) -> String {
    m.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::labels::LabelSet;

    #[test]
    fn selectors_render_sorted() {
        let m: BTreeMap<String, String> = [("b".into(), "2".into()), ("a".into(), "1".into())].into();
        assert_eq!(selector_string(&m), "a=1,b=2");
        assert_eq!(selector_string(&BTreeMap::new()), "");
        assert!(m.has_all(&BTreeMap::new()));
    }
}

/// One service a host resolves to: a ServiceEntry, or a Service seen as one.
#[derive(Debug, Clone)]
pub struct HostEntry {
    /// A ServiceEntry's `workloadSelector.labels` (none for Services).
    pub workload_selector: BTreeMap<String, String>,
}

/// Upstream's service host map (`service_lookup.go`): `<scope>/<fqdn>` → service, built from
/// ServiceEntries (scopes from `exportTo`) and Services (scopes from the
/// `networking.istio.io/exportTo` annotation), and the lookup rules of a destination host.
/// Keys borrow the resources' strings (only a short name made an FQDN is allocated): at 200 MB
/// a key string per host, scattered over the heap, made every probe wait on memory.
#[derive(Debug, Default)]
pub struct ServiceHosts<'a> {
    entries: Vec<HostEntry>,
    by_key: crate::hash::HashMap<(&'a str, HostKey<'a>), usize>,
    /// Wildcard hosts (`*.example.com`) with their scope, in insertion order.
    wildcards: Vec<(&'a str, &'a str)>,
}

impl<'a> ServiceHosts<'a> {
    pub fn build(cx: &Context<'a>) -> ServiceHosts<'a> {
        let mut out = ServiceHosts::default();
        out.by_key.reserve(cx.set.count(kinds::SERVICE_ENTRY) + cx.set.count(kinds::SERVICE));
        for (_, se) in cx.set.of_kind(kinds::SERVICE_ENTRY) {
            let spec = se.spec();
            let idx = out.push(HostEntry { workload_selector: string_map(&spec["workloadSelector"]["labels"]) });
            file_service_entry(se.namespace, spec, |scope, key| out.insert(scope, key, idx));
        }
        for (_, svc) in cx.set.of_kind(kinds::SERVICE) {
            let idx = out.push(HostEntry { workload_selector: BTreeMap::new() });
            let export_to = svc.annotations().get("networking.istio.io/exportTo");
            file_service(svc.namespace, svc.name, export_to, |scope, key| out.insert(scope, key, idx));
        }
        out
    }

    fn push(&mut self, e: HostEntry) -> usize {
        self.entries.push(e);
        self.entries.len() - 1
    }

    fn insert(&mut self, scope: &'a str, host: HostKey<'a>, idx: usize) {
        // A wildcard is never rewritten, so its text is the resource's own.
        if let HostKey::Text(Cow::Borrowed(text)) = host
            && text.starts_with('*')
        {
            self.wildcards.push((scope, text));
        }
        self.by_key.insert((scope, host), idx);
    }

    /// The service `host` (as written in namespace `ns`, with that resource's `exportTo`)
    /// resolves to: exported to all, then the namespaces `exportTo` names (or `ns`), then a
    /// wildcard entry visible to all or to `ns` whose suffix covers the host.
    pub fn lookup(&self, ns: &str, export_to: &[String], host: &str) -> Option<&HostEntry> {
        let key = HostKey::of(ns, host);
        // The keys' lifetime shortened to this call's (the map is covariant in it).
        let by_key: &crate::hash::HashMap<(&str, HostKey<'_>), usize> = &self.by_key;
        let get = |scope: &str, key: HostKey<'_>| by_key.get(&(scope, key)).map(|&i| &self.entries[i]);
        if let Some(e) = get("*", key.borrowed()) {
            return Some(e);
        }
        if export_to.is_empty() {
            if let Some(e) = get(ns, key.borrowed()) {
                return Some(e);
            }
        } else {
            for e in export_to {
                let scope = if e == "." { ns } else { e.as_str() };
                if let Some(found) = get(scope, key.borrowed()) {
                    return Some(found);
                }
            }
        }
        if self.wildcards.is_empty() {
            return None;
        }
        let full = to_fqdn(ns, host);
        let bare = full.strip_prefix('*').unwrap_or(&full);
        self.wildcards
            .iter()
            .filter(|(scope, h)| (*scope == "*" || *scope == ns) && bare.ends_with(&h[1..]))
            .find_map(|(scope, h)| get(scope, HostKey::Text(Cow::Borrowed(h))))
    }
}

/// An index of label sets by `key=value`, so a selector is matched against the few sets that
/// carry its rarest pair instead of every set (analyzers must not be quadratic). The sets'
/// pairs lie in one list, borrowed from the resources.
#[derive(Debug, Default)]
pub struct LabelIndex<'a> {
    pairs: Vec<(&'a str, &'a str)>,
    /// Each set's range of `pairs`.
    sets: Vec<std::ops::Range<usize>>,
    by_pair: crate::hash::HashMap<(&'a str, &'a str), Postings>,
}

impl<'a> LabelIndex<'a> {
    /// An index of `sets`, each given as its pairs (each key once).
    pub fn new<S: IntoIterator<Item = (&'a str, &'a str)>>(sets: impl IntoIterator<Item = S>) -> Self {
        let mut idx = LabelIndex::default();
        for (i, set) in sets.into_iter().enumerate() {
            let start = idx.pairs.len();
            for pair in set {
                Postings::add(&mut idx.by_pair, pair, i);
                idx.pairs.push(pair);
            }
            idx.sets.push(start..idx.pairs.len());
        }
        idx
    }

    /// Whether some set carries every `key=value` of `pairs` (a selector given as pairs, each
    /// key once; none selects every set), without building the selector as a map.
    pub fn any(&self, pairs: &[(&str, &str)]) -> bool {
        let Some(rarest) = pairs
            .iter()
            .map(|pair| self.by_pair.get(pair).map_or(&[][..], Postings::as_slice))
            .min_by_key(|l| l.len())
        else {
            return !self.sets.is_empty();
        };
        rarest.iter().any(|&i| {
            let set = &self.pairs[self.sets[i].clone()];
            pairs.iter().all(|want| set.iter().any(|have| have == want))
        })
    }
}
