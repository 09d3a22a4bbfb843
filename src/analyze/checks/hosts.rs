//! Host names as upstream's analyzers compare them: short names made FQDNs, wildcard-aware
//! matching (`host.Name.Matches`), an index answering "which stored hosts match this one"
//! without a scan, and the service host map (ServiceEntries and Services by `scope/fqdn`) that
//! destination lookups resolve against. Knows nothing of any analyzer.

use std::borrow::Cow;

use crate::hash::HashMap;

use crate::analyze::node::Node;

use super::{Res, items, strs};

pub const DOMAIN_SUFFIX: &str = "svc.cluster.local";

/// `ConvertHostToFQDN`: a host with no `.` that is not a wildcard becomes
/// `host.<namespace>.svc.cluster.local`.
pub fn to_fqdn<'h>(namespace: &str, host: &'h str) -> Cow<'h, str> {
    if !host.starts_with('*') && !host.contains('.') {
        Cow::Owned([host, ".", namespace, ".", DOMAIN_SUFFIX].concat())
    } else {
        Cow::Borrowed(host)
    }
}

/// `GetResourceNameFromHost`: `(namespace, name)` of `name.ns.svc.cluster.local` (the name
/// taking every label but the namespace), else the host itself in `default_ns`.
pub fn resource_name<'h>(default_ns: &'h str, host: &'h str) -> (&'h str, &'h str) {
    if let Some(rest) = host.strip_suffix(".svc.cluster.local")
        && let Some(dot) = rest.rfind('.')
        && dot > 0
        && dot + 1 < rest.len()
    {
        return (&rest[dot + 1..], &rest[..dot]);
    }
    (default_ns, host)
}

/// Upstream's `host.Name.Matches`: equal names, or a wildcard (`*suffix`) covering the other.
pub fn host_matches(a: &str, b: &str) -> bool {
    match (a.strip_prefix('*'), b.strip_prefix('*')) {
        (Some(sa), Some(sb)) => {
            if a.len() < b.len() {
                sb.ends_with(sa)
            } else {
                sa.ends_with(sb)
            }
        }
        (Some(sa), None) => b.ends_with(sa),
        (None, Some(sb)) => a.ends_with(sb),
        (None, None) => a == b,
    }
}

/// Every suffix of `s` at a character boundary, longest first, ending with `""`.
fn suffixes(s: &str) -> impl Iterator<Item = &str> {
    s.char_indices().map(move |(i, _)| &s[i..]).chain(std::iter::once(""))
}

/// Stored hosts, each with a value, queried by [`host_matches`] in time proportional to the
/// query's length and the number of hits.
pub struct HostIndex<T> {
    /// Non-wildcard hosts, and wildcards by the text after `*`: indexes into `values`.
    exact: HashMap<String, Vec<usize>>,
    wild: HashMap<String, Vec<usize>>,
    /// Reversed non-wildcard hosts and reversed wildcard suffixes, sorted, for suffix queries.
    rev_exact: Vec<(String, usize)>,
    rev_wild: Vec<(String, usize)>,
    values: Vec<T>,
}

impl<T: Clone> Default for HostIndex<T> {
    fn default() -> Self {
        HostIndex::new()
    }
}

impl<T: Clone> HostIndex<T> {
    pub fn new() -> Self {
        HostIndex {
            exact: HashMap::default(),
            wild: HashMap::default(),
            rev_exact: Vec::new(),
            rev_wild: Vec::new(),
            values: Vec::new(),
        }
    }

    pub fn insert(&mut self, host: &str, value: T) {
        let i = self.values.len();
        self.values.push(value);
        match host.strip_prefix('*') {
            Some(suffix) => {
                self.wild.entry(suffix.to_string()).or_default().push(i);
                self.rev_wild.push((suffix.chars().rev().collect(), i));
            }
            None => {
                self.exact.entry(host.to_string()).or_default().push(i);
                self.rev_exact.push((host.chars().rev().collect(), i));
            }
        }
    }

    /// Call once after the last insert.
    pub fn finish(&mut self) {
        self.rev_exact.sort();
        self.rev_wild.sort();
    }

    /// The values of every stored host that matches `host`, each once, in insertion order.
    pub fn matching(&self, host: &str) -> Vec<T> {
        let mut hits: Vec<usize> = Vec::new();
        let wild_ending = |hits: &mut Vec<usize>, q: &str| {
            for s in suffixes(q) {
                hits.extend(self.wild.get(s).into_iter().flatten().copied());
            }
        };
        match host.strip_prefix('*') {
            None => {
                hits.extend(self.exact.get(host).into_iter().flatten().copied());
                wild_ending(&mut hits, host);
            }
            Some(q) => {
                // Names and wildcards that end with the query's suffix.
                let rq: String = q.chars().rev().collect();
                for list in [&self.rev_exact, &self.rev_wild] {
                    let start = list.partition_point(|(r, _)| r.as_str() < rq.as_str());
                    hits.extend(
                        list[start..].iter().take_while(|(r, _)| r.starts_with(&rq)).map(|(_, i)| *i),
                    );
                }
                // Wildcards whose suffix ends the query's.
                wild_ending(&mut hits, q);
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits.into_iter().map(|i| self.values[i].clone()).collect()
    }
}

/// A host as the service maps key it: `name.namespace.svc.cluster.local` (neither part empty
/// or dotted, the name no wildcard) kept as its two parts, so a Service's or a short host's
/// FQDN is never written out; any other host as its text. Every host has exactly one key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HostKey<'a> {
    Service(&'a str, &'a str),
    Text(Cow<'a, str>),
}

impl<'a> HostKey<'a> {
    /// The key of `host` as seen from `namespace`: of [`to_fqdn`]`(namespace, host)`.
    pub fn of(namespace: &'a str, host: &'a str) -> Self {
        let plain = |part: &str| !part.is_empty() && !part.contains('.');
        if !host.starts_with('*') && !host.contains('.') {
            return if plain(host) && plain(namespace) {
                HostKey::Service(host, namespace)
            } else {
                HostKey::Text(to_fqdn(namespace, host))
            };
        }
        if let Some(rest) = host.strip_suffix(".svc.cluster.local")
            && let Some((name, ns)) = rest.split_once('.')
            && plain(name)
            && !name.starts_with('*')
            && plain(ns)
        {
            return HostKey::Service(name, ns);
        }
        HostKey::Text(Cow::Borrowed(host))
    }

    /// The same key borrowing this one's text.
    pub fn borrowed(&self) -> HostKey<'_> {
        match self {
            HostKey::Service(name, ns) => HostKey::Service(name, ns),
            HostKey::Text(text) => HostKey::Text(Cow::Borrowed(text)),
        }
    }
}

/// Each `(scope, host)` upstream's service host map files a ServiceEntry under: its `hosts` in
/// every scope of its `exportTo` (`.` is its own namespace), or in `*` when that names none or
/// names `*`. Both service host maps (this module's and the subset analyzer's) are filed so.
pub fn file_service_entry<'a>(namespace: &'a str, spec: &'a Node, mut file: impl FnMut(&'a str, HostKey<'a>)) {
    let export: Vec<&str> = strs(&spec["exportTo"]).collect();
    let scopes: Vec<&str> = if export.is_empty() || export.contains(&"*") {
        vec!["*"]
    } else {
        export.iter().map(|e| if *e == "." { namespace } else { e }).collect()
    };
    for h in strs(&spec["hosts"]) {
        let key = HostKey::of(namespace, h);
        for scope in &scopes {
            file(scope, key.clone());
        }
    }
}

/// Each `(scope, host)` a Service is filed under: its FQDN in every scope of its
/// `networking.istio.io/exportTo` annotation (`export_to`; `.` is its own namespace), or in
/// `*` when it has none or an empty one.
pub fn file_service<'a>(
    namespace: &'a str,
    name: &'a str,
    export_to: Option<&'a str>,
    mut file: impl FnMut(&'a str, HostKey<'a>),
) {
    let key = HostKey::of(namespace, name);
    match export_to.filter(|a| !a.is_empty()) {
        None => file("*", key),
        Some(anno) => {
            for scope in anno.split(',') {
                file(if scope == "." { namespace } else { scope }, key.clone());
            }
        }
    }
}

/// Upstream's `InitServiceEntryHostMap`: ServiceEntry hosts and Service FQDNs by
/// `scope/fqdn`, wildcard entries also by `(scope, suffix)`, each to the ports of the
/// ServiceEntry (or the Service turned into one) in declaration order. Keys borrow the
/// resources' strings and the ports lie in one list: at 200 MB a key string and a port list
/// per host, scattered over the heap, made every probe wait on memory.
#[derive(Default)]
pub struct ServiceMap<'a> {
    exact: HashMap<(&'a str, HostKey<'a>), usize>,
    wild: HashMap<(&'a str, &'a str), usize>,
    /// Each entry's range in `ports`.
    entries: Vec<(usize, usize)>,
    ports: Vec<i64>,
}

impl<'a> ServiceMap<'a> {
    pub fn new(service_entries: &[Res<'a>], services: &[Res<'a>]) -> Self {
        let mut map = ServiceMap::default();
        map.exact.reserve(service_entries.len() + services.len());
        for se in service_entries {
            let spec = se.spec();
            let entry = map.push(items(&spec["ports"]).iter().map(|p| p["number"].as_i64().unwrap_or(0)));
            file_service_entry(se.namespace, spec, |scope, key| map.insert(scope, key, entry));
        }
        for svc in services {
            let entry = map.push(items(&svc.spec()["ports"]).iter().map(|p| p["port"].as_i64().unwrap_or(0)));
            let export_to = svc.annotation("networking.istio.io/exportTo");
            file_service(svc.namespace, svc.name, export_to, |scope, key| map.insert(scope, key, entry));
        }
        map
    }

    fn push(&mut self, ports: impl Iterator<Item = i64>) -> usize {
        let start = self.ports.len();
        self.ports.extend(ports);
        self.entries.push((start, self.ports.len()));
        self.entries.len() - 1
    }

    fn insert(&mut self, scope: &'a str, key: HostKey<'a>, entry: usize) {
        // A wildcard is never rewritten, so its text is the resource's own.
        if let HostKey::Text(Cow::Borrowed(host)) = key
            && let Some(suffix) = host.strip_prefix('*')
        {
            self.wild.insert((scope, suffix), entry);
        }
        self.exact.insert((scope, key), entry);
    }

    fn ports_of(&self, entry: usize) -> &[i64] {
        let (start, end) = self.entries[entry];
        &self.ports[start..end]
    }

    /// `GetDestinationHost`: `*/fqdn`, then the source namespace (or each exportTo scope),
    /// then wildcard entries visible to the source namespace whose suffix ends the host. The
    /// ports of the entry found.
    pub fn lookup(&self, source_ns: &str, export_to: &[&str], host: &str) -> Option<&[i64]> {
        let key = HostKey::of(source_ns, host);
        // The keys' lifetime shortened to this call's (the maps are covariant in it).
        let exact: &HashMap<(&str, HostKey<'_>), usize> = &self.exact;
        let wild: &HashMap<(&str, &str), usize> = &self.wild;
        let get = |scope: &str| exact.get(&(scope, key.borrowed())).map(|&i| self.ports_of(i));
        if let Some(s) = get("*") {
            return Some(s);
        }
        if export_to.is_empty() {
            if let Some(s) = get(source_ns) {
                return Some(s);
            }
        } else {
            for e in export_to {
                if let Some(s) = get(if *e == "." { source_ns } else { e }) {
                    return Some(s);
                }
            }
        }
        let bare = host.strip_prefix('*').unwrap_or(host);
        for s in suffixes(bare) {
            for scope in ["*", source_ns] {
                if let Some(&i) = wild.get(&(scope, s)) {
                    return Some(self.ports_of(i));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::node;

    use super::*;

    #[test]
    fn hosts_match_as_upstream() {
        assert!(host_matches("a.com", "a.com"));
        assert!(!host_matches("a.com", "b.com"));
        assert!(host_matches("*.com", "a.com"));
        assert!(host_matches("a.com", "*.com"));
        assert!(host_matches("*", "anything"));
        assert!(host_matches("*.a.com", "*.com"));
        assert!(host_matches("*.com", "*.a.com"));
        assert!(!host_matches("*.b.com", "*.a.com"));
        assert_eq!(to_fqdn("ns", "reviews"), "reviews.ns.svc.cluster.local");
        assert_eq!(to_fqdn("ns", "*.x"), "*.x");
        assert_eq!(to_fqdn("ns", "a.b"), "a.b");
        assert_eq!(resource_name("d", "a.b.c.svc.cluster.local"), ("c", "a.b"));
        assert_eq!(resource_name("d", "reviews"), ("d", "reviews"));
    }

    #[test]
    fn the_host_index_agrees_with_pairwise_matching() {
        let stored = ["a.com", "b.a.com", "*.a.com", "*.com", "*", "x.org", "*.b.a.com"];
        let queries = ["a.com", "b.a.com", "c.a.com", "*.a.com", "*.com", "*", "*.org", "q", "*.b.a.com"];
        let mut ix = HostIndex::new();
        for (i, h) in stored.iter().enumerate() {
            ix.insert(h, i);
        }
        ix.finish();
        for q in queries {
            let mut got = ix.matching(q);
            got.sort();
            let want: Vec<usize> = (0..stored.len()).filter(|&i| host_matches(q, stored[i])).collect();
            assert_eq!(got, want, "query {q}");
        }
    }

    #[test]
    fn hosts_are_filed_in_their_export_scopes() {
        let filed = |spec: Node| {
            let mut out = Vec::new();
            file_service_entry("ns", &spec, |scope, key| out.push(format!("{scope} {key:?}")));
            out
        };
        let bare = filed(node!({"hosts": ["a.ext", "*.w.ext"]}));
        assert_eq!(bare, [r#"* Text("a.ext")"#, r#"* Text("*.w.ext")"#]);
        assert_eq!(filed(node!({"hosts": ["a.ext"], "exportTo": [".", "*"]})), [r#"* Text("a.ext")"#]);
        let scoped = filed(node!({"hosts": ["a.ext"], "exportTo": [".", "other"]}));
        assert_eq!(scoped, [r#"ns Text("a.ext")"#, r#"other Text("a.ext")"#]);

        let svc = |anno: Option<&'static str>| {
            let mut out = Vec::new();
            file_service("ns", "web", anno, |scope, key| out.push(format!("{scope} {key:?}")));
            out
        };
        assert_eq!(svc(None), [r#"* Service("web", "ns")"#]);
        assert_eq!(svc(Some("")), [r#"* Service("web", "ns")"#]);
        assert_eq!(svc(Some(".,b")), [r#"ns Service("web", "ns")"#, r#"b Service("web", "ns")"#]);
    }

    #[test]
    fn service_lookup_follows_scopes_and_wildcards() {
        let se = node!({"spec": {"hosts": ["*.example.com", "db.ext"], "ports": [{"number": 80}, {"number": 443}]}});
        let local = node!({"spec": {"hosts": ["local.ext"], "exportTo": ["."], "ports": [{"number": 1}]}});
        let svc = node!({"metadata": {}, "spec": {"ports": [{"port": 9080}]}});
        let hidden = node!({"metadata": {"annotations": {"networking.istio.io/exportTo": "."}}, "spec": {}});
        let ses = [Res::new(0, "ns1", "se", &se), Res::new(1, "ns1", "local", &local)];
        let svcs = [Res::new(2, "default", "reviews", &svc), Res::new(3, "other", "hidden", &hidden)];
        let map = ServiceMap::new(&ses, &svcs);
        assert_eq!(map.lookup("x", &[], "api.example.com").unwrap(), [80, 443]);
        assert_eq!(map.lookup("x", &[], "db.ext").unwrap(), [80, 443]);
        assert!(map.lookup("x", &[], "local.ext").is_none());
        assert!(map.lookup("ns1", &[], "local.ext").is_some());
        assert_eq!(map.lookup("default", &[], "reviews").unwrap(), [9080]);
        assert!(map.lookup("x", &[], "reviews").is_none());
        assert!(map.lookup("x", &[], "reviews.default.svc.cluster.local").is_some());
        assert!(map.lookup("x", &[], "hidden.other.svc.cluster.local").is_none());
        assert!(map.lookup("other", &[], "hidden").is_some());
        assert!(map.lookup("x", &["other"], "hidden.other.svc.cluster.local").is_some());
    }
}
