//! Server-side apply of rendered objects and the label bookkeeping that makes an install ours:
//! upstream's owner labels (surface.md §1.8), object identity keys, the owned-object inventory
//! (one list per kind) and the apply call itself (field manager `istio-operator`, force, with
//! retries). It decides nothing about order or readiness and never prints.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use kube::api::{Api, DeleteParams, DynamicObject, ListParams, Patch, PatchParams};
use serde_json::Value;

use super::Cluster;
use super::discovery::{Discovery, Resolved};
use super::errors::{Error, Op};

/// Field manager of every install write (upstream's).
pub const FIELD_MANAGER: &str = "istio-operator";

pub const MANAGED: &str = "operator.istio.io/managed";
pub const VERSION_LABEL: &str = "operator.istio.io/version";
pub const OWNING_RESOURCE: &str = "install.operator.istio.io/owning-resource";
pub const OWNING_NAMESPACE: &str = "install.operator.istio.io/owning-resource-namespace";
pub const COMPONENT: &str = "operator.istio.io/component";
pub const NOT_PRUNED: &str = "install.operator.istio.io/owning-resource-not-pruned";
pub const REV: &str = "istio.io/rev";

/// Who owns an install: the IstioOperator's name/namespace and the revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    /// `spec.values.revision`; empty means the default revision.
    pub revision: String,
    /// IOP `metadata.namespace` (normally `istio-system`).
    pub namespace: String,
    /// IOP `metadata.name`, only when set.
    pub name: Option<String>,
}

impl Owner {
    /// The `istio.io/rev` value: the revision, or `default`.
    pub fn rev(&self) -> &str {
        if self.revision.is_empty() { "default" } else { &self.revision }
    }

    /// The owner labels of §1.8, with the component label when given.
    pub fn labels(&self, component: Option<&str>) -> BTreeMap<String, String> {
        let mut l = BTreeMap::new();
        l.insert(MANAGED.to_string(), "Reconcile".to_string());
        l.insert(VERSION_LABEL.to_string(), crate::VERSION.to_string());
        if let Some(n) = &self.name {
            l.insert(OWNING_RESOURCE.to_string(), n.clone());
        }
        l.insert(OWNING_NAMESPACE.to_string(), self.namespace.clone());
        l.insert(REV.to_string(), self.rev().to_string());
        if let Some(c) = component {
            l.insert(COMPONENT.to_string(), c.to_string());
        }
        l
    }

    /// Selector of everything an install may have written (any revision, any version): a
    /// revision's install must know the shared objects another revision wrote, to report them
    /// as updated or unchanged rather than created. Prune keeps to this revision's objects.
    pub fn inventory_selector(&self) -> String {
        format!("{MANAGED}=Reconcile")
    }
}

/// Sets `labels` on the object (over whatever the chart put there).
pub fn set_labels(obj: &mut Value, labels: &BTreeMap<String, String>) {
    let meta = &mut obj["metadata"];
    if !meta["labels"].is_object() {
        meta["labels"] = Value::Object(Default::default());
    }
    for (k, v) in labels {
        meta["labels"][k] = Value::String(v.clone());
    }
}

/// A label's value on an object.
pub fn label<'a>(obj: &'a Value, key: &str) -> Option<&'a str> {
    obj["metadata"]["labels"][key].as_str()
}

/// Identity of an object: kind, namespace (empty when cluster-scoped) and name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

impl Key {
    pub fn of(obj: &Value) -> Key {
        Key {
            kind: obj["kind"].as_str().unwrap_or_default().to_string(),
            namespace: obj["metadata"]["namespace"].as_str().unwrap_or_default().to_string(),
            name: obj["metadata"]["name"].as_str().unwrap_or_default().to_string(),
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.namespace.is_empty() {
            write!(f, "{} {}", self.kind, self.name)
        } else {
            write!(f, "{} {}/{}", self.kind, self.namespace, self.name)
        }
    }
}

/// What an apply did to one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

/// The API the request for an object goes to, from discovery.
pub async fn api_for(cluster: &Cluster, disc: &Discovery, api_version: &str, kind: &str, namespace: Option<&str>) -> anyhow::Result<(Api<DynamicObject>, Resolved)> {
    let resolved = disc
        .resolve(cluster, api_version, kind)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the cluster does not serve {kind} in {api_version} (is its CRD installed?)"))?;
    let api = match namespace {
        Some(ns) if resolved.namespaced && !ns.is_empty() => Api::namespaced_with(cluster.client.clone(), ns, &resolved.resource),
        _ => Api::all_with(cluster.client.clone(), &resolved.resource),
    };
    Ok((api, resolved))
}

/// Server-side applies one object (force, `istio-operator`), optionally as `dryRun=All`, and
/// returns the object the server answered with.
pub async fn apply(cluster: &Cluster, disc: &Discovery, obj: &Value, dry_run: bool) -> anyhow::Result<Value> {
    let key = Key::of(obj);
    let api_version = obj["apiVersion"].as_str().unwrap_or_default();
    let (api, _) = api_for(cluster, disc, api_version, &key.kind, Some(&key.namespace)).await?;
    let mut pp = PatchParams::apply(FIELD_MANAGER).force();
    if dry_run {
        pp = pp.dry_run();
    }
    let patch = Patch::Apply(obj);
    let op = Op { verb: "apply", resource: &key.to_string(), namespace: None };
    Ok(serde_json::to_value(cluster.call(op, || api.patch(&key.name, &pp, &patch)).await?)?)
}

/// Merge-patches an existing object (used for the webhook deactivation).
pub async fn merge_patch(cluster: &Cluster, disc: &Discovery, api_version: &str, key: &Key, patch: &Value) -> anyhow::Result<Value> {
    let (api, _) = api_for(cluster, disc, api_version, &key.kind, Some(&key.namespace)).await?;
    let pp = PatchParams { field_manager: Some(FIELD_MANAGER.to_string()), ..Default::default() };
    let patch = Patch::Merge(patch);
    let op = Op { verb: "patch", resource: &key.to_string(), namespace: None };
    Ok(serde_json::to_value(cluster.call(op, || api.patch(&key.name, &pp, &patch)).await?)?)
}

/// Deletes one object with foreground propagation; `Ok(false)` when it was already gone.
pub async fn delete(cluster: &Cluster, disc: &Discovery, api_version: &str, key: &Key) -> anyhow::Result<bool> {
    let (api, _) = api_for(cluster, disc, api_version, &key.kind, Some(&key.namespace)).await?;
    let dp = DeleteParams::foreground();
    let op = Op { verb: "delete", resource: &key.to_string(), namespace: None };
    match cluster.call(op, || api.delete(&key.name, &dp)).await {
        Ok(_) => Ok(true),
        Err(e) if e.is_not_found() => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Reads one object; `None` when it does not exist (or its kind is not served).
pub async fn get(cluster: &Cluster, disc: &Discovery, api_version: &str, key: &Key) -> anyhow::Result<Option<Value>> {
    let Some(resolved) = disc.resolve(cluster, api_version, &key.kind).await? else { return Ok(None) };
    let api: Api<DynamicObject> = if resolved.namespaced {
        Api::namespaced_with(cluster.client.clone(), &key.namespace, &resolved.resource)
    } else {
        Api::all_with(cluster.client.clone(), &resolved.resource)
    };
    let op = Op { verb: "get", resource: &key.to_string(), namespace: None };
    Ok(cluster.call(op, || api.get_opt(&key.name)).await?.map(serde_json::to_value).transpose()?)
}

/// Lists one kind across all namespaces with a label selector. A kind the server does not
/// serve lists as empty. Items get their `apiVersion`/`kind` filled in.
pub async fn list(cluster: &Cluster, disc: &Discovery, api_version: &str, kind: &str, selector: &str) -> anyhow::Result<Vec<Value>> {
    let Some(resolved) = disc.resolve(cluster, api_version, kind).await? else { return Ok(Vec::new()) };
    let api: Api<DynamicObject> = Api::all_with(cluster.client.clone(), &resolved.resource);
    let lp = ListParams::default().labels(selector);
    match cluster.call(Op { verb: "list", resource: kind, namespace: None }, || api.list(&lp)).await {
        Ok(l) => l
            .items
            .into_iter()
            .map(|o| {
                let mut v = serde_json::to_value(o)?;
                v["apiVersion"] = Value::String(api_version.to_string());
                v["kind"] = Value::String(kind.to_string());
                Ok(v)
            })
            .collect(),
        Err(Error::NotServed { .. }) => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

/// Objects found in the cluster, by key.
pub type Inventory = HashMap<Key, Value>;

/// Lists every `(apiVersion, kind)` given with `selector`, concurrently, into one inventory.
pub async fn inventory(cluster: &Cluster, disc: &Discovery, kinds: &[(String, String)], selector: &str) -> anyhow::Result<Inventory> {
    let lists = futures::future::try_join_all(kinds.iter().map(|(av, k)| list(cluster, disc, av, k, selector))).await?;
    Ok(lists.into_iter().flatten().map(|v| (Key::of(&v), v)).collect())
}

/// What changed between a live object and the server's answer to an apply: created when it
/// was not there, unchanged when the resourceVersion did not move.
pub fn outcome(before: Option<&Value>, after: &Value) -> Outcome {
    match before {
        None => Outcome::Created,
        Some(b) if b["metadata"]["resourceVersion"] == after["metadata"]["resourceVersion"] => Outcome::Unchanged,
        Some(_) => Outcome::Updated,
    }
}

/// Fields that differ between `live` and `wanted` (the server's dry-run answer), ignoring what
/// the server owns (status, resourceVersion, managedFields, …): `(path, before, after)`.
pub fn field_diff(live: &Value, wanted: &Value) -> Vec<(String, Option<Value>, Option<Value>)> {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    flatten("", &strip(live), &mut a);
    flatten("", &strip(wanted), &mut b);
    let mut out = Vec::new();
    for (k, v) in &a {
        match b.get(k) {
            Some(w) if w == v => {}
            w => out.push((k.clone(), Some(v.clone()), w.cloned())),
        }
    }
    for (k, w) in &b {
        if !a.contains_key(k) {
            out.push((k.clone(), None, Some(w.clone())));
        }
    }
    out.sort_by(|x, y| x.0.cmp(&y.0));
    out
}

fn strip(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("status");
    }
    if let Some(m) = v["metadata"].as_object_mut() {
        for k in ["managedFields", "resourceVersion", "generation", "creationTimestamp", "uid", "selfLink"] {
            m.remove(k);
        }
        if let Some(a) = m.get_mut("annotations").and_then(Value::as_object_mut) {
            a.remove("deployment.kubernetes.io/revision");
            if a.is_empty() {
                m.remove("annotations");
            }
        }
    }
    v
}

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, Value>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&p, x, out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), x, out);
            }
        }
        _ => {
            out.insert(prefix.to_string(), v.clone());
        }
    }
}

/// Paths of `want` (a rendered object) whose values the live object does not have: the
/// fields the installer sets, compared leaf by leaf (lists by position; numbers and their
/// quoted forms are equal). Server-added fields are not drift.
pub fn drifted_fields(want: &Value, live: &Value) -> Vec<String> {
    let mut out = Vec::new();
    drift_at("", want, live, &mut out);
    out
}

fn drift_at(path: &str, want: &Value, live: &Value, out: &mut Vec<String>) {
    let join = |k: &str| if path.is_empty() { k.to_string() } else { format!("{path}.{k}") };
    match (want, live) {
        (Value::Object(w), Value::Object(l)) => {
            for (k, wv) in w {
                match l.get(k) {
                    Some(lv) => drift_at(&join(k), wv, lv, out),
                    None if is_empty(wv) => {}
                    None => out.push(join(k)),
                }
            }
        }
        (Value::Array(w), Value::Array(l)) if w.len() == l.len() => {
            for (i, (wv, lv)) in w.iter().zip(l).enumerate() {
                drift_at(&format!("{path}[{i}]"), wv, lv, out);
            }
        }
        (Value::Number(_) | Value::String(_), Value::Number(_) | Value::String(_)) => {
            let text = |v: &Value| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
            if text(want) != text(live) {
                out.push(path.to_string());
            }
        }
        (w, l) if w == l || (is_empty(w) && is_empty(l)) => {}
        _ => out.push(path.to_string()),
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// True when the server's answer shows another field manager already owned the object (an
/// object that existed without our labels).
pub fn had_other_manager(obj: &Value) -> bool {
    obj["metadata"]["managedFields"]
        .as_array()
        .is_some_and(|m| m.iter().any(|e| e["manager"].as_str().is_some_and(|n| n != FIELD_MANAGER)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn owner_labels_follow_upstream() {
        let o = Owner { revision: String::new(), namespace: "istio-system".into(), name: None };
        let l = o.labels(Some("Pilot"));
        assert_eq!(l[MANAGED], "Reconcile");
        assert_eq!(l[REV], "default");
        assert_eq!(l[COMPONENT], "Pilot");
        assert!(!l.contains_key(OWNING_RESOURCE));
        let o = Owner { revision: "canary".into(), namespace: "istio-system".into(), name: Some("x".into()) };
        assert_eq!(o.labels(None)[REV], "canary");
        assert_eq!(o.labels(None)[OWNING_RESOURCE], "x");
    }

    #[test]
    fn outcome_by_resource_version() {
        let a = json!({"metadata": {"resourceVersion": "5"}});
        let b = json!({"metadata": {"resourceVersion": "6"}});
        assert_eq!(outcome(None, &a), Outcome::Created);
        assert_eq!(outcome(Some(&a), &a), Outcome::Unchanged);
        assert_eq!(outcome(Some(&a), &b), Outcome::Updated);
    }

    #[test]
    fn drift_is_only_about_our_fields() {
        let want = json!({"metadata": {"labels": {"a": "1"}}, "spec": {"replicas": 1, "ports": [{"port": "80"}], "empty": {}}});
        let live = json!({"metadata": {"labels": {"a": "1", "b": "2"}}, "spec": {"replicas": 1, "ports": [{"port": 80, "protocol": "TCP"}]}});
        assert!(drifted_fields(&want, &live).is_empty());
        let changed = json!({"metadata": {"labels": {"a": "2"}}, "spec": {"ports": [{"port": 81}]}});
        assert_eq!(drifted_fields(&want, &changed), ["metadata.labels.a", "spec.replicas", "spec.ports[0].port"]);
    }

    #[test]
    fn diff_ignores_server_fields() {
        let live = json!({"metadata": {"name": "a", "resourceVersion": "1"}, "data": {"x": "1", "gone": "y"}, "status": {"a": 1}});
        let want = json!({"metadata": {"name": "a", "resourceVersion": "2"}, "data": {"x": "2", "new": ["z"]}});
        let d = field_diff(&live, &want);
        let paths: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(paths, ["data.gone", "data.new[0]", "data.x"]);
        assert!(field_diff(&live, &live).is_empty());
    }
}
