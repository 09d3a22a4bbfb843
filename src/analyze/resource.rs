//! The resources an analysis sees: [`Kind`] (group + kind, as upstream's collections name
//! them), [`Resource`] (one object with its origin: file and line, or a cluster) and
//! [`ResourceSet`], built once and then read by every analyzer through its indexes (by kind,
//! kind + namespace, kind + namespace + name, and label-selected pods). Filling it is the
//! caller's job (`files.rs` from documents, issue 13 from cluster lists); nothing here reads
//! files, talks to a cluster or prints.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use super::labels::{LabelMap, LabelSet, Labels};
use super::node::{Node, intern};
use crate::hash::HashMap;

/// A kind as the analyzers name their inputs: API group (empty for core) and Kind.
#[derive(Debug, Clone, Copy, Eq, PartialOrd, Ord)]
pub struct Kind {
    pub group: &'static str,
    pub kind: &'static str,
}

/// Equal texts, the same static strings first: a kind is compared on every map look-up of
/// every object added, and its strings are nearly always the registry's own.
impl PartialEq for Kind {
    #[inline]
    fn eq(&self, other: &Kind) -> bool {
        let same = |a: &'static str, b: &'static str| std::ptr::eq(a, b) || a == b;
        same(self.group, other.group) && same(self.kind, other.kind)
    }
}

/// By the texts, as equality compares them.
impl std::hash::Hash for Kind {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.group.hash(state);
        self.kind.hash(state);
    }
}

/// The kinds analyzers read. Istio kinds come from `api::registry`; these are the others.
pub mod kinds {
    use super::Kind;

    const fn k(group: &'static str, kind: &'static str) -> Kind {
        Kind { group, kind }
    }
    pub const POD: Kind = k("", "Pod");
    pub const SERVICE: Kind = k("", "Service");
    pub const NAMESPACE: Kind = k("", "Namespace");
    pub const NODE: Kind = k("", "Node");
    pub const SECRET: Kind = k("", "Secret");
    pub const CONFIG_MAP: Kind = k("", "ConfigMap");
    pub const DEPLOYMENT: Kind = k("apps", "Deployment");
    pub const CRD: Kind = k("apiextensions.k8s.io", "CustomResourceDefinition");
    pub const MUTATING_WEBHOOK: Kind = k("admissionregistration.k8s.io", "MutatingWebhookConfiguration");
    pub const VALIDATING_WEBHOOK: Kind = k("admissionregistration.k8s.io", "ValidatingWebhookConfiguration");
    pub const K8S_GATEWAY: Kind = k("gateway.networking.k8s.io", "Gateway");
    pub const HTTP_ROUTE: Kind = k("gateway.networking.k8s.io", "HTTPRoute");
    pub const GRPC_ROUTE: Kind = k("gateway.networking.k8s.io", "GRPCRoute");
    // Istio kinds (the registry holds their schemas).
    pub const VIRTUAL_SERVICE: Kind = k("networking.istio.io", "VirtualService");
    pub const DESTINATION_RULE: Kind = k("networking.istio.io", "DestinationRule");
    pub const GATEWAY: Kind = k("networking.istio.io", "Gateway");
    pub const SERVICE_ENTRY: Kind = k("networking.istio.io", "ServiceEntry");
    pub const SIDECAR: Kind = k("networking.istio.io", "Sidecar");
    pub const ENVOY_FILTER: Kind = k("networking.istio.io", "EnvoyFilter");
    pub const WORKLOAD_ENTRY: Kind = k("networking.istio.io", "WorkloadEntry");
    pub const WORKLOAD_GROUP: Kind = k("networking.istio.io", "WorkloadGroup");
    pub const PROXY_CONFIG: Kind = k("networking.istio.io", "ProxyConfig");
    pub const AUTHORIZATION_POLICY: Kind = k("security.istio.io", "AuthorizationPolicy");
    pub const PEER_AUTHENTICATION: Kind = k("security.istio.io", "PeerAuthentication");
    pub const REQUEST_AUTHENTICATION: Kind = k("security.istio.io", "RequestAuthentication");
    pub const TELEMETRY: Kind = k("telemetry.istio.io", "Telemetry");
    pub const WASM_PLUGIN: Kind = k("extensions.istio.io", "WasmPlugin");
    pub const TRAFFIC_EXTENSION: Kind = k("extensions.istio.io", "TrafficExtension");
    /// The synthetic mesh objects (`MeshConfig istio-system/meshconfig`).
    pub const MESH_CONFIG: Kind = k("mesh.istio.io", "MeshConfig");
    pub const MESH_NETWORKS: Kind = k("mesh.istio.io", "MeshNetworks");

    /// Kinds upstream's CLI never reads from files ("default excluded"): they come only from
    /// a live cluster. See `files.rs` for how file mode treats them.
    pub const CLUSTER_ONLY: [Kind; 5] = [POD, SERVICE, NAMESPACE, NODE, SECRET];

    /// Every non-Istio kind the analyzers read (Istio kinds come from the registry).
    pub const OTHERS: [Kind; 13] = [
        POD,
        SERVICE,
        NAMESPACE,
        NODE,
        SECRET,
        CONFIG_MAP,
        DEPLOYMENT,
        CRD,
        MUTATING_WEBHOOK,
        VALIDATING_WEBHOOK,
        K8S_GATEWAY,
        HTTP_ROUTE,
        GRPC_ROUTE,
    ];

    /// Cluster-scoped kinds: they never get a namespace, and the namespace filter keeps them.
    pub fn cluster_scoped(k: Kind) -> bool {
        [NAMESPACE, NODE, CRD, MUTATING_WEBHOOK, VALIDATING_WEBHOOK].contains(&k)
    }
}

impl Kind {
    /// The kind an `apiVersion` and `kind` name, if an analyzer can read it (unknown kinds and
    /// unserved versions of Istio kinds are `None`, and are skipped silently).
    pub fn lookup(api_version: &str, kind: &str) -> Option<Kind> {
        let group = api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or("");
        if let Some(k) = kinds::OTHERS.iter().find(|k| k.group == group && k.kind == kind) {
            return Some(*k);
        }
        let def = crate::api::registry::lookup(api_version, kind)?;
        Some(Kind { group: def.group, kind: def.kind })
    }

    /// Whether the typed API model has this kind (its spec is decoded and checked).
    pub fn istio_def(self) -> Option<&'static crate::api::registry::KindDef> {
        static ALL: std::sync::OnceLock<Vec<&'static crate::api::registry::KindDef>> =
            std::sync::OnceLock::new();
        ALL.get_or_init(crate::api::registry::all)
            .iter()
            .find(|d| d.group == self.group && d.kind == self.kind)
            .copied()
    }
}

/// Where a resource came from: a file (or stdin, `-`) and the line its document starts on, or
/// a cluster (no reference).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// The path as given on the command line (`-` for stdin); `None` for cluster objects.
    /// Shared by every resource of the file.
    pub file: Option<Arc<str>>,
    /// 1-based line where the YAML document starts.
    pub line: usize,
    /// Cluster ID in multi-cluster runs (empty otherwise).
    pub cluster: String,
    /// The document's YAML text, for anchoring a message on a field's line (`None` for
    /// cluster objects and synthetic ones).
    pub doc: Option<DocText>,
}

/// Where a resource is written: its file's text (shared by all its documents), the byte range
/// and first line of its document, and its path inside that document (`items[2]` for an item
/// of a `kind: List`, empty otherwise).
#[derive(Clone, PartialEq, Eq)]
pub struct DocText {
    pub text: Arc<String>,
    pub range: Range<usize>,
    pub first_line: usize,
    pub prefix: String,
}

impl std::fmt::Debug for DocText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DocText({:?} from line {}, at {:?})", self.range, self.first_line, self.prefix)
    }
}

/// One object.
#[derive(Debug, Clone)]
pub struct Resource {
    pub kind: Kind,
    /// The namespace after defaulting (empty for cluster-scoped kinds, or with `-A` when the
    /// document gave none).
    pub namespace: &'static str,
    pub name: &'static str,
    /// The whole object, a JSON object (`metadata`, `spec`, `status` …; index it freely:
    /// absent fields read as `Null`). For Istio kinds `spec` is the typed model's canonical
    /// JSON (camelCase names, enum names), so analyzers read one spelling.
    pub object: Node,
    pub source: Source,
}

impl Resource {
    /// `metadata.labels` (string values), read in place.
    pub fn labels(&self) -> LabelMap<'_> {
        LabelMap::of(&self.object["metadata"]["labels"])
    }
    /// `metadata.annotations` (string values), read in place.
    pub fn annotations(&self) -> LabelMap<'_> {
        LabelMap::of(&self.object["metadata"]["annotations"])
    }
    /// `spec` (or `Null`).
    pub fn spec(&self) -> &Node {
        &self.object["spec"]
    }
    /// `status` (or `Null`).
    pub fn status(&self) -> &Node {
        &self.object["status"]
    }
    /// Upstream's FriendlyName: `<Kind> <ns>/<name>`, or `<Kind> <name>` without a namespace.
    pub fn friendly_name(&self) -> String {
        if self.namespace.is_empty() {
            [self.kind.kind, " ", self.name].concat()
        } else {
            [self.kind.kind, " ", self.namespace, "/", self.name].concat()
        }
    }
    /// `ns/name` (or `name`), as analyzers print resources in parameters.
    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            self.name.to_string()
        } else {
            [self.namespace, "/", self.name].concat()
        }
    }
}

/// Position of a resource in its set.
pub type Id = usize;

/// All resources of one analysis, with the indexes analyzers use. Built once, then read-only.
#[derive(Debug, Default)]
pub struct ResourceSet {
    /// The resources of each kind side by side, in insertion order: analyzers walk one kind at
    /// a time, and a walk over one vector reads memory in sequence where one over boxes
    /// scattered by the loading threads waited on memory (a 200 MB input's analyzers ran
    /// about a quarter longer so).
    stores: Vec<KindStore>,
    store_of: HashMap<Kind, usize>,
    /// Where each id's resource is: store, then position in it.
    slots: Vec<(u32, u32)>,
    /// kind → namespace → ids, and kind → namespace → name → id. The strings are interned
    /// (stored once for the process), so a look-up by `&str` allocates nothing.
    by_kind_ns: HashMap<Kind, HashMap<&'static str, Vec<Id>>>,
    by_name: HashMap<Kind, HashMap<&'static str, HashMap<&'static str, Id>>>,
    /// Kinds whose collection exists in this analysis (whether or not it has objects). An
    /// analyzer declaring a kind outside this set is skipped, as upstream skips it.
    available: BTreeSet<Kind>,
    /// The istio namespace (`-i`), where the mesh objects live.
    pub istio_namespace: String,
    /// The typed model's rule findings of Istio resources whose spec was checked while
    /// loading (one decode serves both the canonical spec and the schema analyzers), by id.
    checked: Vec<Option<Box<[crate::api::validation::Finding]>>>,
    /// The first id added by [`push`](Self::push) and not yet in `by_name` (`None`: every
    /// resource is named). See [`name_pushed`](Self::name_pushed).
    unnamed_from: Option<Id>,
}

/// The resources of one kind and their ids (the same positions).
#[derive(Debug, Default)]
struct KindStore {
    ids: Vec<Id>,
    items: Vec<Resource>,
}

impl ResourceSet {
    pub fn new(istio_namespace: &str) -> Self {
        ResourceSet { istio_namespace: istio_namespace.to_string(), ..Default::default() }
    }

    /// Makes room for more resources of these kinds (a run of documents is counted before it is
    /// added), so the per-kind vectors grow once per run, not once per doubling inside it.
    pub fn reserve(&mut self, kinds: impl Iterator<Item = Kind>) {
        let mut counts: HashMap<Kind, usize> = HashMap::default();
        for k in kinds {
            *counts.entry(k).or_default() += 1;
        }
        let n: usize = counts.values().sum();
        self.slots.reserve(n);
        self.checked.reserve(n);
        for (kind, n) in counts {
            let store = self.store_index(kind);
            self.stores[store].ids.reserve(n);
            self.stores[store].items.reserve(n);
        }
    }

    /// The store of a kind, made when new (a kind with objects is available).
    fn store_index(&mut self, kind: Kind) -> usize {
        let (stores, available) = (&mut self.stores, &mut self.available);
        *self.store_of.entry(kind).or_insert_with(|| {
            available.insert(kind);
            stores.push(KindStore::default());
            stores.len() - 1
        })
    }

    /// Marks a kind's collection as present (even when empty).
    pub fn make_available(&mut self, kind: Kind) {
        self.available.insert(kind);
    }

    pub fn is_available(&self, kind: Kind) -> bool {
        self.available.contains(&kind)
    }

    /// Adds a resource. A later object with the same kind, namespace and name replaces the
    /// earlier one (as applying both would), keeping the earlier position — unless both name
    /// different clusters (a multi-cluster set keeps both; `find` gives the first). A file's
    /// object (no cluster) replaces the live one.
    pub fn insert(&mut self, r: Resource) -> Id {
        use std::collections::hash_map::Entry;
        self.name_pushed();
        let id = self.slots.len();
        // One look-up finds the name's slot: a repeat replaces the earlier object in place.
        let names = self.by_name.entry(r.kind).or_default().entry(r.namespace).or_default();
        match names.entry(r.name) {
            Entry::Occupied(e) => {
                let old = *e.get();
                let (store, at) = self.slots[old];
                let slot = &mut self.stores[store as usize].items[at as usize];
                if r.source.cluster.is_empty() || slot.source.cluster == r.source.cluster {
                    *slot = r;
                    self.checked[old] = None;
                    return old;
                }
            }
            Entry::Vacant(e) => {
                e.insert(id);
            }
        }
        self.append(r)
    }

    /// Puts a resource at the end of its kind's store under the next id.
    fn append(&mut self, r: Resource) -> Id {
        let id = self.slots.len();
        self.by_kind_ns.entry(r.kind).or_default().entry(r.namespace).or_default().push(id);
        let store = self.store_index(r.kind);
        let kind = &mut self.stores[store];
        self.slots.push((store as u32, kind.items.len() as u32));
        kind.ids.push(id);
        kind.items.push(r);
        self.checked.push(None);
        id
    }

    /// Adds a resource without looking its name up: [`name_pushed`](Self::name_pushed) does
    /// that for every pushed resource at once, kind by kind. The result is the set
    /// [`insert`](Self::insert) would have built. The look-up done at each insert probes one of
    /// the kind × namespace name maps at random; at 200 MB those maps outgrow the cache, and
    /// inserting took 355 ms against 24 ms at 20 MB (measured), where one pass over a kind's
    /// objects in order keeps its few maps cached (pushing and naming: 150 + 44 ms).
    pub fn push(&mut self, r: Resource) -> Id {
        self.unnamed_from.get_or_insert(self.slots.len());
        self.append(r)
    }

    /// Names the resources added by [`push`](Self::push). When one of them repeats the kind,
    /// namespace and name of another (rare: a file object over a live one, or one listed
    /// twice), the pushed resources are taken out and inserted again one by one, so repeats
    /// replace as [`insert`](Self::insert) has them replace; the pushed ids are final
    /// otherwise.
    pub fn name_pushed(&mut self) {
        use std::collections::hash_map::Entry;
        let Some(from) = self.unnamed_from.take() else { return };
        let mut repeat = false;
        'stores: for store in &self.stores {
            let start = store.ids.partition_point(|&id| id < from);
            let Some(first) = store.items.get(start) else { continue };
            let by_ns = self.by_name.entry(first.kind).or_default();
            // Sized once: growing a map rehashes all its names (measured 2x the pass at 200 MB).
            for (ns, ids) in self.by_kind_ns.get(&first.kind).into_iter().flatten() {
                by_ns.entry(ns).or_default().reserve(ids.len());
            }
            for (&id, r) in store.ids[start..].iter().zip(&store.items[start..]) {
                match by_ns.entry(r.namespace).or_default().entry(r.name) {
                    Entry::Vacant(e) => {
                        e.insert(id);
                    }
                    Entry::Occupied(_) => {
                        repeat = true;
                        break 'stores;
                    }
                }
            }
        }
        if repeat {
            self.insert_pushed_again(from);
        }
    }

    /// Takes the resources pushed from id `from` on out of the set and inserts them again in
    /// order, each with the rule findings kept for it.
    fn insert_pushed_again(&mut self, from: Id) {
        for names in self.by_name.values_mut().flat_map(HashMap::values_mut) {
            names.retain(|_, id| *id < from);
        }
        for ids in self.by_kind_ns.values_mut().flat_map(HashMap::values_mut) {
            ids.truncate(ids.partition_point(|&id| id < from));
        }
        let mut taken: Vec<(Id, Resource)> = Vec::with_capacity(self.slots.len() - from);
        for store in &mut self.stores {
            let start = store.ids.partition_point(|&id| id < from);
            taken.extend(store.ids.split_off(start).into_iter().zip(store.items.split_off(start)));
        }
        taken.sort_unstable_by_key(|(id, _)| *id);
        let mut checked = self.checked.split_off(from);
        self.slots.truncate(from);
        for (id, r) in taken {
            let new = self.insert(r);
            if let Some(findings) = checked[id - from].take() {
                self.checked[new] = Some(findings);
            }
        }
    }

    fn id_of(&self, kind: Kind, namespace: &str, name: &str) -> Option<Id> {
        debug_assert!(self.unnamed_from.is_none(), "look-up by name before name_pushed");
        self.by_name.get(&kind)?.get(namespace)?.get(name).copied()
    }

    /// Gives every resource without a cluster ID (files, the mesh objects) this one: in a
    /// multi-cluster run they belong to the primary cluster.
    pub fn stamp_cluster(&mut self, cluster: &str) {
        for r in self.stores.iter_mut().flat_map(|s| &mut s.items).filter(|r| r.source.cluster.is_empty()) {
            r.source.cluster = cluster.to_string();
        }
    }

    /// Keeps the findings of the typed model's rules on the spec of resource `id` (just
    /// inserted), so the schema analyzers need not decode it again.
    pub fn keep_checked(&mut self, id: Id, findings: Vec<crate::api::validation::Finding>) {
        self.checked[id] = Some(findings.into_boxed_slice());
    }

    /// The rule findings kept by [`keep_checked`](Self::keep_checked) (`None`: not checked
    /// while loading).
    pub fn checked(&self, id: Id) -> Option<&[crate::api::validation::Finding]> {
        self.checked.get(id)?.as_deref()
    }

    pub fn get(&self, id: Id) -> &Resource {
        let (store, at) = self.slots[id];
        &self.stores[store as usize].items[at as usize]
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    fn store(&self, kind: Kind) -> Option<&KindStore> {
        self.store_of.get(&kind).map(|&s| &self.stores[s])
    }

    /// How many resources of a kind the set holds.
    pub fn count(&self, kind: Kind) -> usize {
        self.store(kind).map_or(0, |s| s.ids.len())
    }

    /// Every resource of a kind, in insertion order, with its id.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (Id, &Resource)> + '_ {
        self.store(kind).into_iter().flat_map(|s| s.ids.iter().copied().zip(&s.items))
    }

    /// Every resource of a kind in one namespace.
    pub fn in_namespace<'a>(
        &'a self,
        kind: Kind,
        namespace: &str,
    ) -> impl Iterator<Item = (Id, &'a Resource)> + 'a {
        self.by_kind_ns
            .get(&kind)
            .and_then(|by_ns| by_ns.get(namespace))
            .into_iter()
            .flatten()
            .map(|&i| (i, self.get(i)))
    }

    /// The resource of a kind with this namespace and name.
    pub fn find(&self, kind: Kind, namespace: &str, name: &str) -> Option<&Resource> {
        self.id_of(kind, namespace, name).map(|i| self.get(i))
    }

    /// Namespaces holding at least one resource of `kind`.
    pub fn namespaces_of(&self, kind: Kind) -> BTreeSet<&str> {
        self.by_kind_ns.get(&kind).into_iter().flat_map(|by_ns| by_ns.keys().copied()).collect()
    }

    /// Resources of `kind` (in `namespace`, or anywhere with `None`) whose labels contain every
    /// pair of `selector` (a `matchLabels`-style map; empty selects all).
    pub fn selected<'a>(
        &'a self,
        kind: Kind,
        namespace: Option<&str>,
        selector: &'a BTreeMap<String, String>,
    ) -> Box<dyn Iterator<Item = (Id, &'a Resource)> + 'a> {
        let matches = move |r: &Resource| r.labels().has_all(selector);
        match namespace {
            Some(ns) => Box::new(self.in_namespace(kind, ns).filter(move |(_, r)| matches(r))),
            None => Box::new(self.of_kind(kind).filter(move |(_, r)| matches(r))),
        }
    }
}

/// A string map's pairs read in place (`labels`, `matchLabels` …), in document order;
/// non-string values are skipped, as [`string_map`] skips them.
pub fn string_pairs(v: &Node) -> impl Iterator<Item = (&str, &str)> {
    LabelMap::of(v).iter()
}

/// Reads a string map (`labels`, `matchLabels` …); non-string values are skipped.
pub fn string_map(v: &Node) -> Labels {
    LabelMap::of(v).to_map()
}

/// A string field, or `""`.
pub fn str_at<'a>(v: &'a Node, key: &str) -> &'a str {
    v.get(key).and_then(Node::as_str).unwrap_or("")
}

/// An array field's elements (none when absent or not an array).
pub fn items<'a>(v: &'a Node, key: &str) -> std::slice::Iter<'a, Node> {
    match v.get(key) {
        Some(Node::Array(a)) => a.iter(),
        _ => [].iter(),
    }
}

/// Builds a resource from an object (kind already resolved), converting it to the compact
/// [`Node`] form. `default_namespace` is stamped on namespaced kinds that have none (empty
/// with `-A`).
pub fn from_object(
    kind: Kind,
    object: serde_json::Value,
    default_namespace: &str,
    source: Source,
) -> Resource {
    from_node(kind, Node::from(object), default_namespace, source)
}

/// [`from_object`] for an object already in [`Node`] form.
pub fn from_node(kind: Kind, object: Node, default_namespace: &str, source: Source) -> Resource {
    let meta = &object["metadata"];
    let text = |key: &str| meta[key].kept_str().unwrap_or("");
    let mut namespace = text("namespace");
    if kinds::cluster_scoped(kind) {
        namespace = "";
    } else if namespace.is_empty() {
        namespace = intern(default_namespace);
    }
    Resource {
        kind,
        namespace,
        name: text("name"),
        object,
        source,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn res(kind: Kind, ns: &str, name: &str, labels: Value) -> Resource {
        let obj = json!({"metadata": {"name": name, "namespace": ns, "labels": labels}});
        from_object(kind, obj, "default", Source::default())
    }

    #[test]
    fn indexes_answer_by_kind_namespace_name_and_labels() {
        let mut set = ResourceSet::new("istio-system");
        set.insert(res(kinds::POD, "a", "p1", json!({"app": "x"})));
        set.insert(res(kinds::POD, "b", "p2", json!({"app": "x", "v": "1"})));
        set.insert(res(kinds::SERVICE, "a", "s", json!({})));
        assert_eq!(set.of_kind(kinds::POD).count(), 2);
        assert_eq!(set.in_namespace(kinds::POD, "a").count(), 1);
        assert!(set.find(kinds::SERVICE, "a", "s").is_some());
        assert!(set.find(kinds::SERVICE, "b", "s").is_none());
        let sel: Labels = [("v".to_string(), "1".to_string())].into();
        let got: Vec<&str> = set.selected(kinds::POD, None, &sel).map(|(_, r)| r.name).collect();
        assert_eq!(got, ["p2"]);
        assert_eq!(set.selected(kinds::POD, Some("a"), &sel).count(), 0);
        // The same object again replaces the first.
        set.insert(res(kinds::POD, "a", "p1", json!({"app": "y"})));
        assert_eq!(set.of_kind(kinds::POD).count(), 2);
        assert_eq!(set.find(kinds::POD, "a", "p1").unwrap().labels().get("app"), Some("y"));
    }

    #[test]
    fn a_replaced_object_loses_its_kept_findings_and_other_clusters_keep_theirs() {
        use crate::api::validation::{Finding, Level};
        let mut set = ResourceSet::new("istio-system");
        let first = set.insert(res(kinds::GATEWAY, "a", "g", json!({})));
        let finding = Finding { level: Level::Error, path: "spec".into(), message: "bad".into() };
        set.keep_checked(first, vec![finding]);
        let other = set.insert(res(kinds::GATEWAY, "a", "h", json!({})));
        set.keep_checked(other, Vec::new());
        assert_eq!(set.checked(first).map(<[Finding]>::len), Some(1));
        assert_eq!(set.checked(other).map(<[Finding]>::len), Some(0));
        // The same object again: same position, no findings until checked again.
        assert_eq!(set.insert(res(kinds::GATEWAY, "a", "g", json!({"v": "2"}))), first);
        assert!(set.checked(first).is_none());
        assert_eq!(set.len(), 2);
        // Objects of another cluster with the same name are kept beside the first; `find`
        // gives the first.
        let mut remote = res(kinds::GATEWAY, "a", "g", json!({}));
        remote.source.cluster = "east".into();
        set.stamp_cluster("west");
        let third = set.insert(remote);
        assert_eq!((third, set.len()), (2, 3));
        assert_eq!(set.find(kinds::GATEWAY, "a", "g").unwrap().source.cluster, "west");
        assert!(set.checked(third).is_none());
    }

    #[test]
    fn ids_stay_in_insertion_order_across_kinds_stored_apart() {
        let mut set = ResourceSet::new("istio-system");
        set.reserve([kinds::POD, kinds::SERVICE].into_iter());
        let ids: Vec<Id> = (0..6)
            .map(|i| {
                let kind = if i % 2 == 0 { kinds::POD } else { kinds::SERVICE };
                set.insert(res(kind, "a", &format!("r{i}"), json!({})))
            })
            .collect();
        assert_eq!(ids, vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(set.len(), 6);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(set.get(*id).name, format!("r{i}"));
        }
        let pods: Vec<(Id, &str)> = set.of_kind(kinds::POD).map(|(id, r)| (id, r.name)).collect();
        assert_eq!(pods, vec![(0, "r0"), (2, "r2"), (4, "r4")]);
        // A repeat replaces in place: same id, same position among its kind.
        let again = set.insert(res(kinds::SERVICE, "a", "r3", json!({"v": "2"})));
        assert_eq!(again, 3);
        assert_eq!(set.get(3).labels().get("v"), Some("2"));
        let services: Vec<Id> = set.of_kind(kinds::SERVICE).map(|(id, _)| id).collect();
        assert_eq!(services, vec![1, 3, 5]);
        assert_eq!((set.count(kinds::POD), set.count(kinds::SERVICE), set.count(kinds::NAMESPACE)), (3, 3, 0));
        assert_eq!(set.in_namespace(kinds::SERVICE, "a").map(|(id, _)| id).collect::<Vec<_>>(), vec![1, 3, 5]);
    }

    #[test]
    fn pushing_then_naming_builds_the_set_inserting_builds() {
        use crate::api::validation::{Finding, Level};
        let finding = || vec![Finding { level: Level::Error, path: "spec".into(), message: "bad".into() }];
        // (kind, namespace, name, cluster, label value, findings kept)
        type Step = (Kind, &'static str, &'static str, &'static str, &'static str, bool);
        let build = |steps: &[Step], pushed: bool| {
            let mut set = ResourceSet::new("istio-system");
            set.insert(res(kinds::SERVICE, "a", "live", json!({"v": "live"})));
            let mut ids = Vec::new();
            for &(kind, ns, name, cluster, v, keep) in steps {
                let mut r = res(kind, ns, name, json!({ "v": v }));
                r.source.cluster = cluster.into();
                let id = if pushed { set.push(r) } else { set.insert(r) };
                if keep {
                    set.keep_checked(id, finding());
                }
                ids.push(id);
            }
            set.name_pushed();
            // (id, namespace, name, cluster, label `v`, findings kept)
            type Row<'a> = (Id, &'a str, &'a str, String, String, Option<usize>);
            let dump: Vec<Row> = (0..set.len())
                .map(|id| {
                    let r = set.get(id);
                    let v = r.labels().get("v").unwrap_or_default().to_string();
                    (id, r.namespace, r.name, r.source.cluster.clone(), v, set.checked(id).map(<[_]>::len))
                })
                .collect();
            let by_kind: Vec<Vec<Id>> = [kinds::POD, kinds::SERVICE]
                .iter()
                .map(|k| set.of_kind(*k).map(|(id, _)| id).collect())
                .collect();
            let in_ns: Vec<Id> = set.in_namespace(kinds::POD, "a").map(|(id, _)| id).collect();
            let found: Vec<Option<String>> = [("a", "p"), ("b", "p"), ("a", "live"), ("a", "q")]
                .iter()
                .map(|(ns, n)| set.find(kinds::POD, ns, n).or(set.find(kinds::SERVICE, ns, n)))
                .map(|r| r.and_then(|r| r.labels().get("v").map(str::to_string)))
                .collect();
            (ids, format!("{dump:?} {by_kind:?} {in_ns:?} {found:?}"))
        };
        let cases: [&[Step]; 3] = [
            // Distinct names: the pushed ids are final.
            &[(kinds::POD, "a", "p", "", "1", true), (kinds::POD, "b", "p", "", "2", false), (kinds::SERVICE, "a", "s", "", "3", false)],
            // A repeat among the pushed ones, with findings moving to the earlier id, and one of another cluster kept beside it.
            &[
                (kinds::POD, "a", "p", "", "1", true),
                (kinds::POD, "a", "q", "", "2", true),
                (kinds::POD, "a", "p", "", "3", false),
                (kinds::SERVICE, "a", "s", "", "4", false),
                (kinds::POD, "a", "q", "", "5", true),
                (kinds::POD, "a", "q", "east", "6", false),
            ],
            // A pushed object over one inserted before.
            &[(kinds::POD, "a", "p", "", "1", false), (kinds::SERVICE, "a", "live", "", "2", true)],
        ];
        for steps in cases {
            assert_eq!(build(steps, true).1, build(steps, false).1, "{steps:?}");
        }
        // Without repeats the ids handed out while pushing are the final ones.
        assert_eq!(build(cases[0], true).0, vec![1, 2, 3]);
    }

    #[test]
    fn namespaces_are_defaulted_except_for_cluster_scoped_kinds() {
        let obj = |v: Value| v;
        let r =
            from_object(kinds::POD, obj(json!({"metadata": {"name": "p"}})), "default", Source::default());
        assert_eq!(r.friendly_name(), "Pod default/p");
        let r = from_object(
            kinds::NAMESPACE,
            obj(json!({"metadata": {"name": "n"}})),
            "default",
            Source::default(),
        );
        assert_eq!(r.friendly_name(), "Namespace n");
        let r = from_object(kinds::POD, obj(json!({"metadata": {"name": "p"}})), "", Source::default());
        assert_eq!(r.friendly_name(), "Pod p");
        assert_eq!(Kind::lookup("networking.istio.io/v1", "Gateway"), Some(kinds::GATEWAY));
        assert_eq!(Kind::lookup("gateway.networking.k8s.io/v1", "Gateway"), Some(kinds::K8S_GATEWAY));
        assert_eq!(Kind::lookup("v1", "Pod"), Some(kinds::POD));
        assert_eq!(Kind::lookup("v1", "Frob"), None);
    }
}
