//! Equality label selectors (upstream's `labels.SelectorFromSet`) and the pod index the
//! analyzers share: pods found by namespace and by label pair, so matching a selector costs the
//! smallest posting list, not a scan of every pod. Knows nothing of any analyzer.

use crate::hash::HashMap;

use crate::analyze::node::{Node, Obj};

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

/// Pods by namespace and by label pair.
pub struct PodIndex<'s, 'a> {
    pub pods: &'s [Res<'a>],
    by_ns: HashMap<&'a str, Vec<usize>>,
    by_label: HashMap<(&'a str, &'a str), Vec<usize>>,
    by_ns_label: HashMap<(&'a str, &'a str, &'a str), Vec<usize>>,
}

impl<'s, 'a> PodIndex<'s, 'a> {
    pub fn new(pods: &'s [Res<'a>]) -> Self {
        let mut ix =
            PodIndex { pods, by_ns: HashMap::default(), by_label: HashMap::default(), by_ns_label: HashMap::default() };
        for (i, p) in pods.iter().enumerate() {
            ix.by_ns.entry(p.namespace).or_default().push(i);
            for (k, v) in p.labels() {
                let Some(v) = v.as_str() else { continue };
                ix.by_label.entry((k, v)).or_default().push(i);
                ix.by_ns_label.entry((p.namespace, k, v)).or_default().push(i);
            }
        }
        ix
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
                Some(ns) => self.by_ns_label.get(&(ns, k, v)),
                None => self.by_label.get(&(k, v)),
            }
            .map_or(none, Vec::as_slice);
            if best.is_none_or(|b| list.len() < b.len()) {
                best = Some(list);
            }
        }
        match (best, ns) {
            (Some(list), _) => list.to_vec(),
            (None, Some(ns)) => self.by_ns.get(ns).cloned().unwrap_or_default(),
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
}
