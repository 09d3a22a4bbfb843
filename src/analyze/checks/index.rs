//! Equality label selectors (upstream's `labels.SelectorFromSet`) and the pod index the
//! analyzers share: pods found by namespace and by label pair, so matching a selector costs the
//! smallest posting list, not a scan of every pod. Knows nothing of any analyzer.

use std::borrow::Cow;

use crate::hash::HashMap;

use crate::analyze::node::{Node, Obj, intern};

use super::Res;

/// `SelectorFromSet(m).String()`: `k=v` pairs sorted by key, joined with `,`.
pub fn selector_string(sel: &Obj) -> String {
    let mut pairs: Vec<String> =
        sel.iter().map(|(k, v)| [k, "=", v.as_str().unwrap_or_default()].concat()).collect();
    pairs.sort();
    pairs.join(",")
}

/// The label of the first pair of a selector string (upstream's
/// `ExtractLabelFromSelectorString`), empty when there is none.
pub fn first_label(selector: &str) -> &str {
    selector.find('=').map_or("", |i| &selector[..i])
}

/// Whether every pair of `sel` is in `labels` (an empty selector matches everything).
pub fn matches(sel: &Obj, labels: &Obj) -> bool {
    sel.iter().all(|(k, v)| labels.get(k).is_some_and(|l| l.as_str() == v.as_str()))
}

/// The `matchLabels`-style map at `v`, or an empty one.
pub fn map_at(v: &Node) -> &Obj {
    static EMPTY: std::sync::LazyLock<Obj> = std::sync::LazyLock::new(Obj::default);
    v.as_object().unwrap_or(&EMPTY)
}

/// The positions (of pods, label sets …) filed under one key, in order. Most label pairs are
/// carried by one item only (a workload's `app`, a pod's hash label), so the first position is
/// kept inline: an index allocates only for the keys many items share, and its entries lie in
/// its table instead of scattered over the heap.
#[derive(Debug, Clone)]
pub enum Postings {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Postings {
    /// Files position `i` under `key` in `map`.
    pub fn add<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Postings>, key: K, i: usize) {
        use std::collections::hash_map::Entry;
        match map.entry(key) {
            Entry::Vacant(e) => {
                e.insert(Postings::One([i]));
            }
            Entry::Occupied(mut e) => match e.get_mut() {
                Postings::One([first]) => *e.get_mut() = Postings::Many(vec![*first, i]),
                Postings::Many(list) => list.push(i),
            },
        }
    }

    pub fn as_slice(&self) -> &[usize] {
        match self {
            Postings::One(one) => one,
            Postings::Many(list) => list,
        }
    }
}

/// Pods (by their position in a list) by namespace and by label pair. The strings are kept for
/// the process, so one run's analyzers can share the maps (see [`Snapshot::pod_index`]).
///
/// [`Snapshot::pod_index`]: super::Snapshot::pod_index
#[derive(Debug, Clone, Default)]
pub struct PodMaps {
    /// How many pods the list held.
    pub len: usize,
    by_ns: HashMap<&'static str, Vec<usize>>,
    by_label: HashMap<(&'static str, &'static str), Postings>,
    by_ns_label: HashMap<(&'static str, &'static str, &'static str), Postings>,
}

impl PodMaps {
    pub fn new(pods: &[Res]) -> Self {
        let mut ix = PodMaps { len: pods.len(), ..PodMaps::default() };
        for (i, p) in pods.iter().enumerate() {
            let ns = intern(p.namespace);
            ix.by_ns.entry(ns).or_default().push(i);
            for (k, v) in p.labels() {
                let Some(v) = v.kept_str() else { continue };
                Postings::add(&mut ix.by_label, (k, v), i);
                Postings::add(&mut ix.by_ns_label, (ns, k, v), i);
            }
        }
        ix
    }
}

/// Pods by namespace and by label pair.
pub struct PodIndex<'s, 'a> {
    pub pods: &'s [Res<'a>],
    maps: Cow<'s, PodMaps>,
}

impl<'s, 'a> PodIndex<'s, 'a> {
    pub fn new(pods: &'s [Res<'a>]) -> Self {
        PodIndex { pods, maps: Cow::Owned(PodMaps::new(pods)) }
    }

    /// The index of `pods` with maps built from this very list before.
    pub fn with_maps(pods: &'s [Res<'a>], maps: &'s PodMaps) -> Self {
        debug_assert_eq!(maps.len, pods.len());
        PodIndex { pods, maps: Cow::Borrowed(maps) }
    }

    /// Indexes (into `pods`, in their order) of the pods `sel` matches, in namespace `ns` or
    /// in all namespaces.
    pub fn matching(&self, sel: &Obj, ns: Option<&str>) -> Vec<usize> {
        self.candidates(sel, ns).into_iter().filter(|&i| matches(sel, self.pods[i].labels())).collect()
    }

    /// The pods of the shortest posting list among `sel`'s pairs (all pods, or the
    /// namespace's, for an empty selector): a superset of the matches, in set order.
    fn candidates(&self, sel: &Obj, ns: Option<&str>) -> Vec<usize> {
        let none: &[usize] = &[];
        let mut best: Option<&[usize]> = None;
        for (k, v) in sel {
            let Some(v) = v.as_str() else { return Vec::new() };
            let list = match ns {
                Some(ns) => self.maps.by_ns_label.get(&(ns, k, v)),
                None => self.maps.by_label.get(&(k, v)),
            }
            .map_or(none, Postings::as_slice);
            if best.is_none_or(|b| list.len() < b.len()) {
                best = Some(list);
            }
        }
        match (best, ns) {
            (Some(list), _) => list.to_vec(),
            (None, Some(ns)) => self.maps.by_ns.get(ns).cloned().unwrap_or_default(),
            (None, None) => (0..self.pods.len()).collect(),
        }
    }

    /// The first pod (in set order) `sel` matches in any namespace.
    pub fn first_matching(&self, sel: &Obj) -> Option<usize> {
        self.candidates(sel, None).into_iter().find(|&i| matches(sel, self.pods[i].labels()))
    }

    /// Whether some pod (in any namespace) matches every pair of `sel`.
    pub fn any_matching(&self, sel: &Obj) -> bool {
        !self.matching(sel, None).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use crate::node;

    use super::*;

    #[test]
    fn postings_keep_every_position_in_order_the_first_inline() {
        let mut map: HashMap<&str, Postings> = HashMap::default();
        for (key, i) in [("a", 3), ("b", 5), ("a", 7), ("a", 9)] {
            Postings::add(&mut map, key, i);
        }
        assert_eq!(map["a"].as_slice(), [3, 7, 9]);
        assert_eq!(map["b"].as_slice(), [5]);
        assert!(matches!(map["b"], Postings::One(_)));
    }

    #[test]
    fn selectors_render_sorted_and_match_by_subset() {
        let sel = node!({"b": "2", "a": "1"});
        let sel = sel.as_object().unwrap();
        assert_eq!(selector_string(sel), "a=1,b=2");
        assert_eq!(first_label("a=1,b=2"), "a");
        assert_eq!(first_label(""), "");
        let labels = node!({"a": "1", "b": "2", "c": "3"});
        assert!(matches(sel, labels.as_object().unwrap()));
        assert!(!matches(sel, node!({"a": "1"}).as_object().unwrap()));
        assert!(matches(&Obj::default(), node!({}).as_object().unwrap()));
    }

    #[test]
    fn the_pod_index_answers_as_a_scan_would() {
        let docs = [
            node!({"metadata": {"labels": {"app": "a", "v": "1"}}}),
            node!({"metadata": {"labels": {"app": "a", "v": "2"}}}),
            node!({"metadata": {"labels": {"app": "b"}}}),
            node!({"metadata": {}}),
        ];
        let nss = ["x", "y", "x", "x"];
        let pods: Vec<Res> =
            docs.iter().zip(nss).enumerate().map(|(i, (d, ns))| Res::new(i, ns, "p", d)).collect();
        let ix = PodIndex::new(&pods);
        assert_eq!(ix.first_matching(&node!({"app": "a"}).as_object().unwrap().clone()), Some(0));
        assert_eq!(ix.first_matching(&node!({"app": "q"}).as_object().unwrap().clone()), None);
        let sel = |v: Node| v.as_object().unwrap().clone();
        assert_eq!(ix.matching(&sel(node!({"app": "a"})), None), vec![0, 1]);
        assert_eq!(ix.matching(&sel(node!({"app": "a"})), Some("x")), vec![0]);
        assert_eq!(ix.matching(&sel(node!({"app": "a", "v": "2"})), None), vec![1]);
        assert_eq!(ix.matching(&sel(node!({})), Some("x")), vec![0, 2, 3]);
        assert_eq!(ix.matching(&sel(node!({})), None).len(), 4);
        assert!(ix.matching(&sel(node!({"app": "zzz"})), None).is_empty());
        assert!(!ix.any_matching(&sel(node!({"app": "b", "v": "1"}))));
    }

    #[test]
    fn snapshots_share_pod_maps_built_from_the_same_list_only() {
        let docs = [node!({"metadata": {"labels": {"app": "a"}}}), node!({"metadata": {"labels": {"app": "b"}}})];
        let shared = std::sync::OnceLock::new();
        let snapshot = |n: usize| {
            let mut s = super::super::Snapshot { shared_pods: Some(&shared), ..Default::default() };
            for (i, d) in docs.iter().enumerate().take(n) {
                s.add("Pod", Res::new(i, "x", "p", d));
            }
            s
        };
        let (both, first) = (snapshot(2), snapshot(1));
        let sel = node!({"app": "b"});
        let sel = sel.as_object().unwrap();
        assert_eq!(both.pod_index().matching(sel, Some("x")), vec![1]);
        assert_eq!(shared.get().map(|m| m.len), Some(2));
        // Another list (here shorter) gets maps of its own, never positions of the shared ones.
        assert!(first.pod_index().matching(sel, Some("x")).is_empty());
        assert_eq!(first.pod_index().first_matching(node!({"app": "a"}).as_object().unwrap()), Some(0));
    }
}
