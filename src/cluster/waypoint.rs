//! Waypoints: the Gateway `waypoint generate|apply` writes (class `istio-waypoint`, listener
//! `mesh` on 15008 HBONE), applying it (only once the Gateway API is known to be served), waiting
//! for `Programmed`, listing, deleting only waypoints and the `istio.io/use-waypoint` labels that
//! pointed at them. Never prints.

use std::time::Duration;

use anyhow::bail;
use kube::api::{Api, ApiResource, DeleteParams, DynamicObject, ListParams, Patch, PatchParams};
use serde::Serialize;
use serde_json::{Value, json};

use super::Cluster;
use super::errors::Op;
use super::namespace::{REV, USE_WAYPOINT};
use super::objects::{Namespace, Service};

/// The GatewayClass of waypoints.
pub const CLASS: &str = "istio-waypoint";
/// Gateway label choosing the traffic a waypoint handles.
pub const FOR_LABEL: &str = "istio.io/waypoint-for";
/// Label naming the waypoint's namespace when it differs from the labelled object's.
pub const USE_WAYPOINT_NAMESPACE: &str = "istio.io/use-waypoint-namespace";
/// Field manager of `waypoint apply` (upstream's). Uninstall recognises our waypoints by it.
pub const FIELD_MANAGER: &str = "istioctl";
pub const API_VERSION: &str = "gateway.networking.k8s.io/v1";
/// Where the fix for missing Gateway API CRDs comes from.
pub const CRD_HINT: &str = "install them from the Gateway API release first, e.g. `kubectl apply --server-side -f https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.4.0/standard-install.yaml`";
const RESOURCE: &str = "gateways.gateway.networking.k8s.io";

/// The waypoint Gateway. `namespace` is left out when not given (`generate` without `-n`);
/// labels appear only when asked for.
pub fn gateway(name: &str, namespace: Option<&str>, traffic: Option<&str>, revision: Option<&str>) -> Value {
    let mut metadata = serde_json::Map::new();
    let mut labels = serde_json::Map::new();
    if let Some(t) = traffic {
        labels.insert(FOR_LABEL.into(), json!(t));
    }
    if let Some(r) = revision.filter(|r| !r.is_empty()) {
        labels.insert(REV.into(), json!(r));
    }
    if !labels.is_empty() {
        metadata.insert("labels".into(), Value::Object(labels));
    }
    metadata.insert("name".into(), json!(name));
    if let Some(ns) = namespace {
        metadata.insert("namespace".into(), json!(ns));
    }
    json!({
        "apiVersion": API_VERSION,
        "kind": "Gateway",
        "metadata": metadata,
        "spec": {"gatewayClassName": CLASS, "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}]},
    })
}

/// The Gateway as `generate` prints it (sorted keys, Kubernetes-style YAML).
pub fn to_yaml(gw: &Value) -> String {
    crate::render::yaml::to_yaml(&crate::render::yaml::sorted(gw))
}

/// A condition of a Gateway's status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Condition {
    #[serde(rename = "type")]
    pub kind: String,
    pub status: String,
    pub reason: String,
    pub message: String,
}

fn conditions(gw: &Value) -> Vec<Condition> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    gw["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| Condition { kind: text(&c["type"]), status: text(&c["status"]), reason: text(&c["reason"]), message: text(&c["message"]) })
        .collect()
}

/// The `Programmed` condition, if the Gateway has one.
pub fn programmed(gw: &Value) -> Option<Condition> {
    conditions(gw).into_iter().find(|c| c.kind == "Programmed")
}

/// What `status` shows: `Programmed` when True, else the last condition (or none yet).
pub fn status_condition(gw: &Value) -> Option<Condition> {
    match programmed(gw) {
        Some(p) if p.status == "True" => Some(p),
        _ => conditions(gw).pop(),
    }
}

/// One waypoint, as `list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Waypoint {
    pub namespace: String,
    pub name: String,
    /// `istio.io/rev`, else `default`.
    pub revision: String,
    /// `istio.io/waypoint-for`, else `none`.
    #[serde(rename = "trafficType")]
    pub traffic_type: String,
    /// Status of the Programmed condition (`False` when absent).
    pub programmed: String,
    /// The condition `status` reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
}

impl Waypoint {
    fn from_gateway(gw: &Value) -> Waypoint {
        let meta = &gw["metadata"];
        let label = |k: &str, d: &str| meta["labels"][k].as_str().filter(|s| !s.is_empty()).unwrap_or(d).to_string();
        Waypoint {
            namespace: meta["namespace"].as_str().unwrap_or_default().to_string(),
            name: meta["name"].as_str().unwrap_or_default().to_string(),
            revision: label(REV, "default"),
            traffic_type: label(FOR_LABEL, "none"),
            programmed: programmed(gw).map(|c| c.status).unwrap_or_else(|| "False".into()),
            condition: status_condition(gw),
        }
    }
}

/// The Gateway API resource, or an error saying the CRDs are missing and how to install them.
async fn resource(cluster: &Cluster) -> anyhow::Result<ApiResource> {
    match super::discovery::Discovery::new().resolve(cluster, API_VERSION, "Gateway").await? {
        Some(r) => Ok(r.resource),
        None => bail!(
            "missing Kubernetes Gateway CRDs need to be installed before applying a waypoint: the server does not serve {API_VERSION} Gateway; {CRD_HINT}"
        ),
    }
}

/// Whether the cluster serves the Gateway API (`gateway.networking.k8s.io/v1` Gateway).
pub async fn gateway_api_served(cluster: &Cluster) -> anyhow::Result<bool> {
    Ok(super::discovery::Discovery::new().resolve(cluster, API_VERSION, "Gateway").await?.is_some())
}

fn api(cluster: &Cluster, ar: &ApiResource, ns: Option<&str>) -> Api<DynamicObject> {
    match ns {
        Some(ns) => Api::namespaced_with(cluster.client.clone(), ns, ar),
        None => Api::all_with(cluster.client.clone(), ar),
    }
}

/// Checks everything `apply` needs before anything is written: the Gateway API is served and
/// the namespace exists. Returns the namespace's labels.
pub async fn preflight(cluster: &Cluster, ns: &str) -> anyhow::Result<std::collections::BTreeMap<String, String>> {
    resource(cluster).await?;
    super::namespace::labels(cluster, ns).await
}

/// Server-side applies the Gateway (field manager `istioctl`, not forced: a Gateway someone else
/// owns is reported as a conflict rather than taken over).
pub async fn apply(cluster: &Cluster, gw: &Value) -> anyhow::Result<()> {
    let ar = resource(cluster).await?;
    let ns = gw["metadata"]["namespace"].as_str().unwrap_or("default");
    let name = gw["metadata"]["name"].as_str().unwrap_or_default();
    let api = api(cluster, &ar, Some(ns));
    let pp = PatchParams::apply(FIELD_MANAGER);
    let patch = Patch::Apply(gw);
    let op = Op { verb: "apply", resource: RESOURCE, namespace: Some(ns) };
    cluster.call(op, || api.patch(name, &pp, &patch)).await?;
    Ok(())
}

async fn get(cluster: &Cluster, ar: &ApiResource, ns: &str, name: &str) -> anyhow::Result<Option<Value>> {
    let api = api(cluster, ar, Some(ns));
    let op = Op { verb: "get", resource: RESOURCE, namespace: Some(ns) };
    let got = cluster.call(op, || api.get_opt(name)).await?;
    Ok(got.map(|o| serde_json::to_value(o).unwrap_or(Value::Null)))
}

/// How waiting for `Programmed` ended without success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotProgrammed {
    /// The Gateway is gone.
    Missing,
    /// Timed out; the last condition seen (none when the Gateway never got a status).
    TimedOut(Option<Condition>),
}

/// Polls the Gateway every second until `Programmed=True`, or `timeout` passes.
pub async fn wait_programmed(cluster: &Cluster, ns: &str, name: &str, timeout: Duration) -> anyhow::Result<Result<Waypoint, NotProgrammed>> {
    let ar = resource(cluster).await?;
    let deadline = tokio::time::Instant::now() + timeout;
    let mut last = None;
    loop {
        let Some(gw) = get(cluster, &ar, ns, name).await? else { return Ok(Err(NotProgrammed::Missing)) };
        let wp = Waypoint::from_gateway(&gw);
        if wp.programmed == "True" {
            return Ok(Ok(wp));
        }
        last = status_condition(&gw).or(last);
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Ok(Err(NotProgrammed::TimedOut(last)));
        }
        tokio::time::sleep((deadline - now).min(Duration::from_secs(1))).await;
    }
}

/// Gateways in `ns` (all namespaces when `None`): whether there were any at all, and the
/// waypoints among them sorted by namespace and name. No Gateway API → none.
pub async fn list(cluster: &Cluster, ns: Option<&str>) -> anyhow::Result<(bool, Vec<Waypoint>)> {
    let Some(r) = super::discovery::Discovery::new().resolve(cluster, API_VERSION, "Gateway").await? else {
        return Ok((false, vec![]));
    };
    let all = list_gateways(cluster, &r.resource, ns, None).await?;
    let mut out: Vec<Waypoint> = all.iter().filter(|g| is_waypoint(g)).map(Waypoint::from_gateway).collect();
    out.sort_by(|a, b| (&a.namespace, &a.name).cmp(&(&b.namespace, &b.name)));
    Ok((!all.is_empty(), out))
}

async fn list_gateways(cluster: &Cluster, ar: &ApiResource, ns: Option<&str>, selector: Option<&str>) -> anyhow::Result<Vec<Value>> {
    let api = api(cluster, ar, ns);
    let lp = match selector {
        Some(s) => ListParams::default().labels(s),
        None => ListParams::default(),
    };
    let list = cluster.call(Op { verb: "list", resource: RESOURCE, namespace: ns }, || api.list(&lp)).await?;
    Ok(list.items.iter().map(|o| serde_json::to_value(o).unwrap_or(Value::Null)).collect())
}

/// True for Gateways of class `istio-waypoint`.
pub fn is_waypoint(gw: &Value) -> bool {
    gw["spec"]["gatewayClassName"] == CLASS
}

/// True when `waypoint apply` (field manager `istioctl`, operation Apply) wrote this Gateway.
pub fn applied_by_istioctl(gw: &Value) -> bool {
    gw["metadata"]["managedFields"]
        .as_array()
        .is_some_and(|m| m.iter().any(|f| f["manager"] == FIELD_MANAGER && f["operation"] == "Apply"))
}

/// What `delete` should act on.
#[derive(Debug, Clone)]
pub enum Selection {
    Names(Vec<String>),
    All,
    Revision(String),
}

/// One outcome of `delete`, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteEvent {
    Deleted { namespace: String, name: String },
    NotFound { namespace: String, name: String },
    /// A Gateway of another class, left alone.
    NotAWaypoint { namespace: String, name: String, class: String },
    /// A label that pointed at a deleted waypoint, removed.
    Unlabeled { kind: &'static str, namespace: String, name: String, label: String, value: String },
}

/// Deletes the selected waypoints in `ns`, then removes the `istio.io/use-waypoint` labels on
/// namespaces and Services that pointed at them. Non-waypoint Gateways are never deleted.
pub async fn delete(cluster: &Cluster, ns: &str, selection: &Selection) -> anyhow::Result<Vec<DeleteEvent>> {
    let ar = resource(cluster).await?;
    let mut events = Vec::new();
    let targets: Vec<Value> = match selection {
        Selection::Names(names) => {
            let mut found = Vec::new();
            for n in names {
                match get(cluster, &ar, ns, n).await? {
                    Some(g) => found.push(g),
                    None => events.push(DeleteEvent::NotFound { namespace: ns.into(), name: n.clone() }),
                }
            }
            found
        }
        Selection::All => list_gateways(cluster, &ar, Some(ns), None).await?,
        Selection::Revision(r) => list_gateways(cluster, &ar, Some(ns), Some(&format!("{REV}={r}"))).await?,
    };
    let api = api(cluster, &ar, Some(ns));
    let dp = DeleteParams::default();
    let mut deleted = Vec::new();
    for gw in &targets {
        let name = gw["metadata"]["name"].as_str().unwrap_or_default().to_string();
        if !is_waypoint(gw) {
            if matches!(selection, Selection::Names(_)) {
                let class = gw["spec"]["gatewayClassName"].as_str().unwrap_or_default().to_string();
                events.push(DeleteEvent::NotAWaypoint { namespace: ns.into(), name, class });
            }
            continue;
        }
        let op = Op { verb: "delete", resource: RESOURCE, namespace: Some(ns) };
        match cluster.call(op, || api.delete(&name, &dp)).await {
            Ok(_) => {
                events.push(DeleteEvent::Deleted { namespace: ns.into(), name: name.clone() });
                deleted.push(name);
            }
            Err(e) if e.is_not_found() => events.push(DeleteEvent::NotFound { namespace: ns.into(), name }),
            Err(e) => return Err(e.into()),
        }
    }
    for name in &deleted {
        events.extend(unlabel(cluster, ns, name).await?);
    }
    Ok(events)
}

/// True when an object in `obj_ns` with these labels uses waypoint `wp_ns/name`.
fn points_at(labels: &Value, obj_ns: &str, wp_ns: &str, name: &str) -> bool {
    labels[USE_WAYPOINT] == name && labels[USE_WAYPOINT_NAMESPACE].as_str().unwrap_or(obj_ns) == wp_ns
}

/// Removes `istio.io/use-waypoint` (and `-namespace`) from namespaces and Services that pointed
/// at waypoint `wp_ns/name`.
async fn unlabel(cluster: &Cluster, wp_ns: &str, name: &str) -> anyhow::Result<Vec<DeleteEvent>> {
    let lp = ListParams::default().labels(&format!("{USE_WAYPOINT}={name}"));
    let patch = json!({"metadata": {"labels": {USE_WAYPOINT: null, USE_WAYPOINT_NAMESPACE: null}}});
    let (pp, patch) = (PatchParams::default(), Patch::Merge(&patch));
    let mut events = Vec::new();

    let ns_api: Api<Namespace> = Api::all(cluster.client.clone());
    let op = Op { verb: "list", resource: "namespaces", namespace: None };
    let namespaces = cluster.call(op, || ns_api.list(&lp)).await?;
    for n in namespaces.items {
        let obj_ns = n.metadata.name.clone().unwrap_or_default();
        let labels = serde_json::to_value(n.metadata.labels.unwrap_or_default())?;
        if points_at(&labels, &obj_ns, wp_ns, name) {
            let op = Op { verb: "patch", resource: "namespaces", namespace: None };
            cluster.call(op, || ns_api.patch(&obj_ns, &pp, &patch)).await?;
            let label = USE_WAYPOINT.to_string();
            events.push(DeleteEvent::Unlabeled { kind: "namespace", namespace: String::new(), name: obj_ns, label, value: name.into() });
        }
    }

    let svc_all: Api<Service> = Api::all(cluster.client.clone());
    let op = Op { verb: "list", resource: "services", namespace: None };
    let services = cluster.call(op, || svc_all.list(&lp)).await?;
    for s in services.items {
        let (obj_ns, svc) = (s.metadata.namespace.clone().unwrap_or_default(), s.metadata.name.clone().unwrap_or_default());
        let labels = serde_json::to_value(s.metadata.labels.unwrap_or_default())?;
        if points_at(&labels, &obj_ns, wp_ns, name) {
            let api: Api<Service> = Api::namespaced(cluster.client.clone(), &obj_ns);
            let op = Op { verb: "patch", resource: "services", namespace: Some(&obj_ns) };
            cluster.call(op, || api.patch(&svc, &pp, &patch)).await?;
            let label = USE_WAYPOINT.to_string();
            events.push(DeleteEvent::Unlabeled { kind: "service", namespace: obj_ns, name: svc, label, value: name.into() });
        }
    }
    Ok(events)
}

/// For `uninstall --purge`: deletes, in every namespace, the waypoints `waypoint apply` wrote
/// (class `istio-waypoint` and field manager `istioctl`) and the labels pointing at them.
/// Returns the events. No Gateway API → nothing to do.
pub async fn purge(cluster: &Cluster) -> anyhow::Result<Vec<DeleteEvent>> {
    let Some(r) = super::discovery::Discovery::new().resolve(cluster, API_VERSION, "Gateway").await? else { return Ok(vec![]) };
    let mut events = Vec::new();
    for gw in list_gateways(cluster, &r.resource, None, None).await? {
        if is_waypoint(&gw) && applied_by_istioctl(&gw) {
            let ns = gw["metadata"]["namespace"].as_str().unwrap_or_default().to_string();
            let name = gw["metadata"]["name"].as_str().unwrap_or_default().to_string();
            events.extend(delete(cluster, &ns, &Selection::Names(vec![name])).await?);
        }
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_shape_and_labels_only_when_asked() {
        let g = gateway("waypoint", None, None, None);
        assert!(g["metadata"].get("labels").is_none());
        assert!(g["metadata"].get("namespace").is_none());
        assert_eq!(g["spec"]["listeners"][0], json!({"name": "mesh", "port": 15008, "protocol": "HBONE"}));
        let g = gateway("wp", Some("ns"), Some("service"), Some("canary"));
        assert_eq!(g["metadata"]["labels"], json!({"istio.io/waypoint-for": "service", "istio.io/rev": "canary"}));
        assert_eq!(g["metadata"]["namespace"], "ns");
    }

    #[test]
    fn status_picks_programmed_or_last() {
        let mut g = json!({"status": {"conditions": [
            {"type": "Accepted", "status": "True", "reason": "Accepted"},
            {"type": "Programmed", "status": "False", "reason": "Invalid", "message": "bad"}]}});
        assert_eq!(programmed(&g).unwrap().reason, "Invalid");
        assert_eq!(status_condition(&g).unwrap().kind, "Programmed");
        g["status"]["conditions"][1]["status"] = json!("True");
        assert_eq!(Waypoint::from_gateway(&g).programmed, "True");
        assert_eq!(Waypoint::from_gateway(&json!({})).programmed, "False");
        assert_eq!(Waypoint::from_gateway(&json!({})).traffic_type, "none");
    }

    #[test]
    fn label_pointing_rules() {
        let l = json!({USE_WAYPOINT: "wp"});
        assert!(points_at(&l, "a", "a", "wp"));
        assert!(!points_at(&l, "b", "a", "wp"));
        let l = json!({USE_WAYPOINT: "wp", USE_WAYPOINT_NAMESPACE: "a"});
        assert!(points_at(&l, "b", "a", "wp"));
        assert!(!points_at(&json!({USE_WAYPOINT: "other"}), "a", "a", "wp"));
    }
}
