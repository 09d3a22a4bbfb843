//! Live mode (`--use-kube`, the default): which kinds to read for the selected analyzers (and
//! at which apiVersion), and the [`ResourceSet`] built from what the cluster listed — system
//! namespaces dropped, Istio specs decoded by the typed model, the kinds that could be listed
//! marked available (an analyzer needing one that could not is skipped), the synthetic mesh
//! objects added. Files given on the command line go on top (`files::add_files`). Pure: the
//! caller reads the cluster (`cluster::snapshot`) and hands the lists in; never prints.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Analyzer;
use super::files::{self, SYSTEM_NAMESPACES};
use super::mesh::Mesh;
use super::resource::{self, Kind, ResourceSet, Source, kinds};

/// The apiVersion a kind is listed at: Istio kinds at their storage version, the others at the
/// version every supported Kubernetes serves. `None` for the synthetic mesh objects.
pub fn api_version(kind: Kind) -> Option<String> {
    if kind == kinds::MESH_CONFIG || kind == kinds::MESH_NETWORKS {
        return None;
    }
    if let Some(def) = kind.istio_def() {
        let v = def.versions.iter().find(|v| v.storage).or_else(|| def.versions.first())?;
        return Some(format!("{}/{}", def.group, v.name));
    }
    Some(match kind.group {
        "" => "v1".to_string(),
        g => format!("{g}/v1"),
    })
}

/// Every kind the analyzers declare, once, with the apiVersion to list it at.
pub fn kinds_to_read(analyzers: &[Analyzer]) -> Vec<(Kind, String)> {
    let wanted: BTreeSet<Kind> = analyzers.iter().flat_map(|a| a.inputs.iter().copied()).collect();
    wanted.into_iter().filter_map(|k| api_version(k).map(|av| (k, av))).collect()
}

/// The set of a live analysis from the kinds that were listed (a kind absent from `listed`
/// could not be read and stays unavailable). `cluster` is the cluster ID stamped on every
/// object in a multi-cluster run (empty otherwise).
pub fn build(
    listed: Vec<(Kind, Vec<Value>)>,
    opts: &files::LoadOptions,
    mesh: &Mesh,
    cluster: &str,
) -> ResourceSet {
    let mut set = ResourceSet::new(&opts.istio_namespace);
    files::add_mesh_objects(&mut set, mesh);
    for (kind, objects) in listed {
        set.make_available(kind);
        for mut object in objects {
            if let Some(def) = kind.istio_def() {
                // A stored object passed the CRD schema; if our stricter model still rejects its
                // spec, analyze it as it is rather than drop it.
                if let Ok(canonical) = (def.roundtrip)(&object["spec"]) {
                    object["spec"] = canonical;
                }
            }
            let source = Source { cluster: cluster.to_string(), ..Source::default() };
            let r = resource::from_object(kind, object, "", source);
            let ns = if kind == kinds::NAMESPACE { r.name } else { r.namespace };
            if !SYSTEM_NAMESPACES.contains(&ns) {
                set.insert(r);
            }
        }
    }
    set
}

/// What a multi-cluster analyzer reads: the objects of `kinds` from every cluster's set side
/// by side (same-named objects of different clusters both kept), each kind available only
/// when every cluster could list it.
pub fn across_clusters(sets: &[&ResourceSet], kinds: &[Kind], mesh: &Mesh) -> ResourceSet {
    let istio_namespace = sets.first().map_or("", |s| s.istio_namespace.as_str());
    let mut all = ResourceSet::new(istio_namespace);
    files::add_mesh_objects(&mut all, mesh);
    for &kind in kinds {
        if sets.iter().all(|s| s.is_available(kind)) {
            all.make_available(kind);
        }
        for set in sets {
            for (_, r) in set.of_kind(kind) {
                all.insert(r.clone());
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn kinds_are_read_once_at_a_served_version() {
        let all = crate::analyze::analyzers::registry();
        let kinds = kinds_to_read(&all);
        let names: Vec<&str> = kinds.iter().map(|(k, _)| k.kind).collect();
        assert!(names.contains(&"Pod") && names.contains(&"VirtualService"));
        assert!(!names.contains(&"MeshConfig"));
        let vs = kinds.iter().find(|(k, _)| *k == kinds::VIRTUAL_SERVICE).unwrap();
        assert_eq!(vs.1, "networking.istio.io/v1");
        assert_eq!(api_version(kinds::DEPLOYMENT).as_deref(), Some("apps/v1"));
        assert_eq!(api_version(kinds::POD).as_deref(), Some("v1"));
        let unique: BTreeSet<Kind> = kinds.iter().map(|(k, _)| *k).collect();
        assert_eq!(unique.len(), kinds.len());
    }

    #[test]
    fn listed_kinds_are_available_and_system_namespaces_dropped() {
        let opts =
            files::LoadOptions { default_namespace: String::new(), istio_namespace: "istio-system".into() };
        let pods = vec![
            json!({"metadata": {"name": "a", "namespace": "default"}}),
            json!({"metadata": {"name": "b", "namespace": "kube-system"}}),
        ];
        let set = build(vec![(kinds::POD, pods)], &opts, &Mesh::defaults("istio-system"), "");
        assert!(set.is_available(kinds::POD));
        assert!(!set.is_available(kinds::SERVICE));
        assert!(set.find(kinds::POD, "default", "a").is_some());
        assert!(set.find(kinds::POD, "kube-system", "b").is_none());
        assert!(set.find(kinds::MESH_CONFIG, "istio-system", "meshconfig").is_some());
    }

    #[test]
    fn objects_of_several_clusters_stay_apart() {
        let opts =
            files::LoadOptions { default_namespace: String::new(), istio_namespace: "istio-system".into() };
        let mesh = Mesh::defaults("istio-system");
        let svc = || vec![json!({"metadata": {"name": "s", "namespace": "default"}, "spec": {}})];
        let east = build(vec![(kinds::SERVICE, svc())], &opts, &mesh, "east");
        let west = build(vec![(kinds::SERVICE, svc()), (kinds::POD, vec![])], &opts, &mesh, "west");
        assert_eq!(east.find(kinds::SERVICE, "default", "s").unwrap().source.cluster, "east");
        let all = across_clusters(&[&east, &west], &[kinds::SERVICE, kinds::POD], &mesh);
        let clusters: Vec<&str> =
            all.of_kind(kinds::SERVICE).map(|(_, r)| r.source.cluster.as_str()).collect();
        assert_eq!(clusters, ["east", "west"]);
        assert!(all.is_available(kinds::SERVICE));
        assert!(!all.is_available(kinds::POD), "east could not list pods");
    }
}
