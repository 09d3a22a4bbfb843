//! Discovery documents: /version, /api, /api/v1, /apis, /apis/G, /apis/G/V in legacy JSON form
//! and aggregated discovery v2 (spec §1). Reads the type table only; never stores anything.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{Value, json};

use crate::kinds::{ResourceType, version_cmp};

pub const AGGREGATED_CT: &str = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

pub fn version() -> Value {
    json!({"major": "1", "minor": "33", "gitVersion": "v1.33.2-kube-sim", "gitCommit": "0000000000000000000000000000000000000000",
        "gitTreeState": "clean", "buildDate": "2025-06-01T00:00:00Z", "goVersion": "go1.24.4", "compiler": "gc", "platform": "linux/amd64"})
}

/// Whether the Accept header asks for aggregated discovery v2.
pub fn wants_aggregated(accept: &str) -> bool {
    accept.split(',').any(|entry| {
        let params: Vec<String> = entry.split(';').map(|p| p.trim().replace(' ', "")).collect();
        params.iter().any(|p| p == "g=apidiscovery.k8s.io") && params.iter().any(|p| p == "v=v2") && params.iter().any(|p| p == "as=APIGroupDiscoveryList")
    })
}

pub fn api_versions() -> Value {
    json!({"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]})
}

fn resource_entries(t: &ResourceType) -> Vec<Value> {
    let mut out = Vec::new();
    let mut main = json!({"name": t.plural, "singularName": t.singular, "namespaced": t.namespaced, "kind": t.kind, "verbs": t.verbs()});
    if !t.short_names.is_empty() {
        main["shortNames"] = json!(t.short_names);
    }
    if !t.categories.is_empty() {
        main["categories"] = json!(t.categories);
    }
    out.push(main);
    for (sub, verbs, kind) in t.subresources() {
        let mut e = json!({"name": format!("{}/{}", t.plural, sub), "singularName": "", "namespaced": t.namespaced, "kind": t.kind, "verbs": verbs});
        if let Some((g, v, k)) = kind {
            e["group"] = json!(g);
            e["version"] = json!(v);
            e["kind"] = json!(k);
        }
        if sub == "portforward" || sub == "exec" || sub == "proxy" {
            e["kind"] = json!(format!("Pod{}Options", if sub == "portforward" { "PortForward" } else { "Exec" }));
        }
        out.push(e);
    }
    out
}

pub fn resource_list(types: &[Arc<ResourceType>], group: &str, version: &str) -> Option<Value> {
    let ts: Vec<&Arc<ResourceType>> = types.iter().filter(|t| t.group == group && t.versions.iter().any(|v| v == version)).collect();
    if ts.is_empty() {
        return None;
    }
    let gv = if group.is_empty() { version.to_string() } else { format!("{group}/{version}") };
    let resources: Vec<Value> = ts.iter().flat_map(|t| resource_entries(t)).collect();
    Some(json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": resources}))
}

/// group name → versions in preference order (core group excluded).
fn groups(types: &[Arc<ResourceType>]) -> Vec<(String, Vec<String>)> {
    let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for t in types.iter().filter(|t| !t.group.is_empty()) {
        if !m.contains_key(&t.group) {
            order.push(t.group.clone());
        }
        let vs = m.entry(t.group.clone()).or_default();
        for v in &t.versions {
            if !vs.contains(v) {
                vs.push(v.clone());
            }
        }
    }
    order
        .into_iter()
        .map(|g| {
            let mut vs = m.remove(&g).unwrap();
            vs.sort_by(|a, b| version_cmp(a, b));
            (g, vs)
        })
        .collect()
}

fn group_json(g: &str, vs: &[String]) -> Value {
    let versions: Vec<Value> = vs.iter().map(|v| json!({"groupVersion": format!("{g}/{v}"), "version": v})).collect();
    json!({"name": g, "versions": versions, "preferredVersion": {"groupVersion": format!("{g}/{}", vs[0]), "version": vs[0]}})
}

pub fn group_list(types: &[Arc<ResourceType>]) -> Value {
    let gs: Vec<Value> = groups(types).iter().map(|(g, vs)| group_json(g, vs)).collect();
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": gs})
}

pub fn group(types: &[Arc<ResourceType>], name: &str) -> Option<Value> {
    groups(types).iter().find(|(g, _)| g == name).map(|(g, vs)| {
        let mut v = group_json(g, vs);
        v["kind"] = json!("APIGroup");
        v["apiVersion"] = json!("v1");
        v
    })
}

fn aggregated_resource(t: &ResourceType, version: &str) -> Value {
    let mut r = json!({"resource": t.plural, "singularResource": t.singular, "scope": if t.namespaced { "Namespaced" } else { "Cluster" },
        "responseKind": {"group": t.group, "version": version, "kind": t.kind}, "verbs": t.verbs()});
    if !t.short_names.is_empty() {
        r["shortNames"] = json!(t.short_names);
    }
    if !t.categories.is_empty() {
        r["categories"] = json!(t.categories);
    }
    let subs: Vec<Value> = t
        .subresources()
        .into_iter()
        .map(|(sub, verbs, kind)| {
            let rk = match kind {
                Some((g, v, k)) => json!({"group": g, "version": v, "kind": k}),
                None => json!({"group": t.group, "version": version, "kind": t.kind}),
            };
            json!({"subresource": sub, "responseKind": rk, "verbs": verbs})
        })
        .collect();
    if !subs.is_empty() {
        r["subresources"] = json!(subs);
    }
    r
}

fn aggregated_group(types: &[Arc<ResourceType>], group: &str, versions: &[String]) -> Value {
    let vs: Vec<Value> = versions
        .iter()
        .map(|v| {
            let rs: Vec<Value> = types.iter().filter(|t| t.group == group && t.versions.contains(v)).map(|t| aggregated_resource(t, v)).collect();
            json!({"version": v, "resources": rs, "freshness": "Current"})
        })
        .collect();
    let meta = if group.is_empty() { json!({"creationTimestamp": null}) } else { json!({"name": group, "creationTimestamp": null}) };
    json!({"metadata": meta, "versions": vs})
}

pub fn aggregated(types: &[Arc<ResourceType>], core: bool) -> Value {
    let items: Vec<Value> = if core {
        vec![aggregated_group(types, "", &["v1".to_string()])]
    } else {
        groups(types).iter().map(|(g, vs)| aggregated_group(types, g, vs)).collect()
    };
    json!({"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": {}, "items": items})
}
