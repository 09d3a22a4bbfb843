//! Namespace enrolment labels: how a namespace joins the mesh (sidecar injection, with or
//! without a revision, or ambient) and which waypoint it uses. Computes label changes as a
//! plan first so `--dry-run` and the real run share one code path.

use std::collections::BTreeMap;

use kube::api::{Api, ListParams, Patch, PatchParams};
use serde::Serialize;
use serde_json::{Map, Value};

use super::Cluster;
use super::errors::Op;
use super::objects::Namespace;

pub const INJECTION: &str = "istio-injection";
pub const REV: &str = "istio.io/rev";
pub const DATAPLANE_MODE: &str = "istio.io/dataplane-mode";
pub const USE_WAYPOINT: &str = "istio.io/use-waypoint";

/// How a namespace takes part in the mesh, as its labels say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamespaceInfo {
    pub name: String,
    /// `sidecar`, `ambient` or `none`.
    pub dataplane: String,
    /// The control-plane revision, `default` for `istio-injection=enabled`, empty when none.
    pub revision: String,
    /// The waypoint named by `istio.io/use-waypoint`, empty when none.
    pub waypoint: String,
    /// The revision tag the labels name (resolved to `revision`), empty when none.
    pub tag: String,
    /// Labels that contradict each other, each said in one sentence.
    pub conflicts: Vec<String>,
}

/// Reads a namespace's enrolment from its labels. Sidecar injection wins over ambient, as the
/// injector and CNI do (a pod with a sidecar is never captured by ztunnel).
pub fn classify(name: &str, labels: &BTreeMap<String, String>) -> NamespaceInfo {
    let injection = labels.get(INJECTION).map(String::as_str);
    let rev = labels.get(REV).cloned().unwrap_or_default();
    let ambient = labels.get(DATAPLANE_MODE).map(String::as_str) == Some("ambient");
    let (dataplane, revision) = match injection {
        Some("enabled") => ("sidecar", "default".to_string()),
        Some("disabled") => (if ambient { "ambient" } else { "none" }, if ambient { rev.clone() } else { String::new() }),
        _ if !rev.is_empty() && !ambient => ("sidecar", rev.clone()),
        _ if ambient => ("ambient", rev.clone()),
        _ => ("none", String::new()),
    };
    let mut conflicts = Vec::new();
    if let Some(inj) = injection
        && !rev.is_empty()
    {
        conflicts.push(format!("{INJECTION}={inj} overrides {REV}={rev} (the injector ignores {REV} here)"));
    }
    if injection == Some("enabled") && ambient {
        conflicts.push(format!(
            "{INJECTION}=enabled and {DATAPLANE_MODE}=ambient together: pods get sidecars, ztunnel does not capture them"
        ));
    }
    NamespaceInfo {
        name: name.to_string(),
        dataplane: dataplane.to_string(),
        revision,
        waypoint: labels.get(USE_WAYPOINT).cloned().unwrap_or_default(),
        tag: String::new(),
        conflicts,
    }
}

/// Resolves a revision that names a tag (`tags`: tag → revision, as `tag list` shows them) to
/// the tag's revision, so `namespace list` and `tag list` agree; `default` counts as the
/// default tag when one exists.
pub fn resolve_tag(info: &mut NamespaceInfo, tags: &BTreeMap<String, String>) {
    if let Some(rev) = tags.get(&info.revision) {
        info.tag = std::mem::replace(&mut info.revision, rev.clone());
    }
}

/// The data-plane mode `enable` sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Sidecar,
    Ambient,
}

/// Label changes for one namespace: `Some(v)` sets, `None` removes. Only real changes appear.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct LabelChange {
    pub namespace: String,
    pub set: BTreeMap<String, String>,
    pub remove: Vec<String>,
}

impl LabelChange {
    pub fn is_empty(&self) -> bool {
        self.set.is_empty() && self.remove.is_empty()
    }
}

/// The wanted value (or absence) of each label a change touches.
type Wanted = Vec<(&'static str, Option<String>)>;

fn diff(namespace: &str, labels: &BTreeMap<String, String>, wanted: Wanted) -> LabelChange {
    let mut change = LabelChange { namespace: namespace.to_string(), ..Default::default() };
    for (key, value) in wanted {
        match value {
            Some(v) if labels.get(key) != Some(&v) => {
                change.set.insert(key.to_string(), v);
            }
            None if labels.contains_key(key) => change.remove.push(key.to_string()),
            _ => {}
        }
    }
    change
}

/// Labels for `enable --mode M [--revision R]`, removing the ones that would conflict:
/// `istio-injection` overrides `istio.io/rev`, and a sidecar namespace must not also ask for ambient.
pub fn plan_enable(ns: &str, labels: &BTreeMap<String, String>, mode: Mode, revision: Option<&str>) -> LabelChange {
    let rev = revision.filter(|r| !r.is_empty() && *r != "default").map(str::to_string);
    let wanted: Wanted = match mode {
        Mode::Sidecar => match rev {
            Some(r) => vec![(INJECTION, None), (REV, Some(r)), (DATAPLANE_MODE, None)],
            None => vec![(INJECTION, Some("enabled".into())), (REV, None), (DATAPLANE_MODE, None)],
        },
        Mode::Ambient => vec![(INJECTION, None), (REV, rev), (DATAPLANE_MODE, Some("ambient".into()))],
    };
    diff(ns, labels, wanted)
}

/// Labels for `disable`: every enrolment label goes; the waypoint choice stays.
pub fn plan_disable(ns: &str, labels: &BTreeMap<String, String>) -> LabelChange {
    diff(ns, labels, vec![(INJECTION, None), (REV, None), (DATAPLANE_MODE, None)])
}

/// Labels for `waypoint NS --name W` (Some) or `--none` (None).
pub fn plan_waypoint(ns: &str, labels: &BTreeMap<String, String>, waypoint: Option<&str>) -> LabelChange {
    diff(ns, labels, vec![(USE_WAYPOINT, waypoint.map(str::to_string))])
}

fn api(cluster: &Cluster) -> Api<Namespace> {
    Api::all(cluster.client.clone())
}

/// Every namespace's enrolment, sorted by name, tags resolved to their revisions.
pub async fn list(cluster: &Cluster, tags: &BTreeMap<String, String>) -> anyhow::Result<Vec<NamespaceInfo>> {
    let api = api(cluster);
    let lp = ListParams::default();
    let op = Op { verb: "list", resource: "namespaces", namespace: None };
    let list = cluster.call(op, || api.list(&lp)).await?;
    let mut out: Vec<NamespaceInfo> = list
        .items
        .iter()
        .map(|n| classify(n.metadata.name.as_deref().unwrap_or(""), &n.metadata.labels.clone().unwrap_or_default()))
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    for info in &mut out {
        resolve_tag(info, tags);
    }
    Ok(out)
}

/// Every namespace's name, sorted (for completing `-n`).
pub async fn names(cluster: &Cluster) -> anyhow::Result<Vec<String>> {
    let api = api(cluster);
    let lp = ListParams::default();
    let op = Op { verb: "list", resource: "namespaces", namespace: None };
    let list = cluster.call(op, || api.list(&lp)).await?;
    let mut out: Vec<String> = list.items.into_iter().filter_map(|n| n.metadata.name).collect();
    out.sort();
    Ok(out)
}

/// The labels of one namespace; a missing namespace is an error that names it.
pub async fn labels(cluster: &Cluster, ns: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let api = api(cluster);
    let op = Op { verb: "get", resource: "namespaces", namespace: None };
    match cluster.call(op, || api.get_opt(ns)).await? {
        Some(n) => Ok(n.metadata.labels.unwrap_or_default()),
        None => anyhow::bail!("namespace {ns:?} not found: create it first (kubectl create namespace {ns})"),
    }
}

/// Whether a namespace exists (a 403 on it is an error that says so).
pub async fn exists(cluster: &Cluster, ns: &str) -> anyhow::Result<bool> {
    let api = api(cluster);
    let op = Op { verb: "get", resource: "namespaces", namespace: None };
    let found = cluster.call(op, || api.get_opt(ns)).await?;
    Ok(found.is_some())
}

/// Applies a label change with a JSON merge patch (only the touched keys are sent).
pub async fn apply(cluster: &Cluster, change: &LabelChange) -> anyhow::Result<()> {
    if change.is_empty() {
        return Ok(());
    }
    let mut labels = Map::new();
    for (k, v) in &change.set {
        labels.insert(k.clone(), Value::String(v.clone()));
    }
    for k in &change.remove {
        labels.insert(k.clone(), Value::Null);
    }
    let patch = serde_json::json!({ "metadata": { "labels": labels } });
    let api = api(cluster);
    let (pp, patch) = (PatchParams::default(), Patch::Merge(&patch));
    let op = Op { verb: "patch", resource: "namespaces", namespace: None };
    cluster.call(op, || api.patch(&change.namespace, &pp, &patch)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn classify_follows_injector_precedence() {
        assert_eq!(classify("a", &labels(&[(INJECTION, "enabled"), (REV, "canary")])).revision, "default");
        let c = classify("a", &labels(&[(REV, "canary")]));
        assert_eq!((c.dataplane.as_str(), c.revision.as_str()), ("sidecar", "canary"));
        let c = classify("a", &labels(&[(DATAPLANE_MODE, "ambient"), (USE_WAYPOINT, "wp")]));
        assert_eq!((c.dataplane.as_str(), c.waypoint.as_str()), ("ambient", "wp"));
        assert_eq!(classify("a", &labels(&[])).dataplane, "none");
    }

    #[test]
    fn conflicts_are_named_and_tags_resolved() {
        let c = classify("a", &labels(&[(INJECTION, "enabled"), (REV, "canary"), (DATAPLANE_MODE, "ambient")]));
        assert_eq!(c.conflicts.len(), 2, "{:?}", c.conflicts);
        assert!(classify("a", &labels(&[(REV, "canary")])).conflicts.is_empty());
        let tags: BTreeMap<String, String> = [("prod".to_string(), "1-30".to_string())].into();
        let mut c = classify("a", &labels(&[(REV, "prod")]));
        resolve_tag(&mut c, &tags);
        assert_eq!((c.revision.as_str(), c.tag.as_str()), ("1-30", "prod"));
        let mut c = classify("a", &labels(&[(REV, "canary")]));
        resolve_tag(&mut c, &tags);
        assert_eq!((c.revision.as_str(), c.tag.as_str()), ("canary", ""));
    }

    #[test]
    fn enable_sidecar_with_revision_drops_conflicts() {
        let c = plan_enable("a", &labels(&[(INJECTION, "enabled"), (DATAPLANE_MODE, "ambient")]), Mode::Sidecar, Some("canary"));
        assert_eq!(c.set, labels(&[(REV, "canary")]));
        assert_eq!(c.remove, vec![INJECTION.to_string(), DATAPLANE_MODE.to_string()]);
    }

    #[test]
    fn enable_is_idempotent() {
        let c = plan_enable("a", &labels(&[(INJECTION, "enabled")]), Mode::Sidecar, None);
        assert!(c.is_empty());
        let c = plan_enable("a", &labels(&[(DATAPLANE_MODE, "ambient")]), Mode::Ambient, None);
        assert!(c.is_empty());
    }

    #[test]
    fn disable_and_waypoint() {
        let c = plan_disable("a", &labels(&[(REV, "x"), (USE_WAYPOINT, "w")]));
        assert_eq!(c.remove, vec![REV.to_string()]);
        let c = plan_waypoint("a", &labels(&[(USE_WAYPOINT, "w")]), None);
        assert_eq!(c.remove, vec![USE_WAYPOINT.to_string()]);
        let c = plan_waypoint("a", &labels(&[]), Some("w"));
        assert_eq!(c.set, labels(&[(USE_WAYPOINT, "w")]));
    }
}
