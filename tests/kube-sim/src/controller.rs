//! The simulated control plane: garbage collection (background/foreground), namespace and CRD
//! finalization, Deployment → ReplicaSet → Pod and DaemonSet → Pod controllers with status as
//! the real controllers write it, a kubelet that makes pods ready after `ready_after` (or stuck
//! in ImagePullBackOff), per-namespace defaults, and waypoint Gateway status. Writes only
//! through the store pipeline; never dials anything. Work is proportional to the change: each
//! pass reads the events since the last one and reconciles only the objects they touch (and
//! their owners), falling back to a full pass when the event history was compacted.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::kinds::ResourceType;
use crate::server::Shared;
use crate::store::{DeleteOpts, Store, WriteCtx, meta_str, node_ip};
use crate::util;

const CM: &str = "kube-controller-manager";

#[derive(Default)]
pub struct CtlState {
    /// When the kubelet first saw each pod (by uid).
    first_seen: HashMap<String, Instant>,
    /// The resourceVersion up to which events have been read; `None` before the first pass.
    seen_rv: Option<u64>,
    /// Pods (namespace, name) waiting to start, and when they are due.
    waiting: HashMap<ObjId, Instant>,
    /// Namespaces and CRDs being deleted: revisited every pass until they are gone.
    terminating: BTreeSet<String>,
    dying_crds: BTreeSet<String>,
    /// The gateway controller switch as of the last pass (a flip revisits every Gateway).
    gateway_controller: Option<bool>,
}

/// (namespace, name)
type ObjId = (String, String);

/// What one pass must look at.
#[derive(Default)]
struct Dirty {
    namespaces: BTreeSet<String>,
    deployments: BTreeSet<ObjId>,
    replicasets: BTreeSet<ObjId>,
    daemonsets: BTreeSet<ObjId>,
    pods: BTreeSet<ObjId>,
    gateways: BTreeSet<ObjId>,
}

const NAMESPACES: &str = "/namespaces";
const CRDS: &str = "apiextensions.k8s.io/customresourcedefinitions";
const DEPLOYMENTS: &str = "apps/deployments";
const REPLICASETS: &str = "apps/replicasets";
const DAEMONSETS: &str = "apps/daemonsets";
const PODS: &str = "/pods";
const NODES: &str = "/nodes";

fn id_of(o: &Value) -> ObjId {
    (meta_str(o, "namespace").to_string(), meta_str(o, "name").to_string())
}

/// Owners of a kind named in an object's ownerReferences.
fn owners_of<'a>(o: &'a Value, kind: &'a str) -> impl Iterator<Item = ObjId> + 'a {
    let ns = meta_str(o, "namespace").to_string();
    o.pointer("/metadata/ownerReferences")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(move |r| r["kind"] == kind)
        .filter_map(move |r| r["name"].as_str().map(|n| (ns.clone(), n.to_string())))
}

fn is_gateway_type(t: &ResourceType) -> bool {
    t.group == "gateway.networking.k8s.io" && t.kind == "Gateway"
}

/// Every object of a type, as (namespace, name).
fn all_ids(store: &Store, key: &str) -> BTreeSet<ObjId> {
    match store.type_by_key(key) {
        Some(t) => store.list(&t, None).into_iter().map(id_of).collect(),
        None => BTreeSet::new(),
    }
}

impl Dirty {
    /// Everything, for the first pass or after the history was compacted.
    fn full(store: &Store, st: &mut CtlState) -> Dirty {
        let ns_rt = rt(store, NAMESPACES);
        let namespaces: Vec<&Value> = store.list(&ns_rt, None);
        st.terminating = namespaces.iter().filter(|n| deleting(n)).map(|n| meta_str(n, "name").to_string()).collect();
        let crd_rt = rt(store, CRDS);
        st.dying_crds = store.list(&crd_rt, None).into_iter().filter(|o| deleting(o)).map(|o| meta_str(o, "name").to_string()).collect();
        let gateways = store.types().into_iter().filter(|t| is_gateway_type(t)).flat_map(|t| all_ids(store, &t.key())).collect();
        Dirty {
            namespaces: namespaces.iter().map(|n| meta_str(n, "name").to_string()).collect(),
            deployments: all_ids(store, DEPLOYMENTS),
            replicasets: all_ids(store, REPLICASETS),
            daemonsets: all_ids(store, DAEMONSETS),
            pods: all_ids(store, PODS),
            gateways,
        }
    }

    /// The objects the events since the last pass touch, and the owners they roll up into.
    fn collect(store: &Store, st: &mut CtlState) -> Dirty {
        let events = st.seen_rv.and_then(|rv| store.history_since(rv));
        st.seen_rv = Some(store.rv);
        let Some(events) = events else { return Dirty::full(store, st) };
        let mut d = Dirty::default();
        for ev in events {
            let o = &ev.object;
            let gone = ev.etype == "DELETED";
            match ev.key.as_str() {
                NAMESPACES => {
                    let name = meta_str(o, "name").to_string();
                    if gone {
                        st.terminating.remove(&name);
                    } else if deleting(o) {
                        st.terminating.insert(name.clone());
                    }
                    d.namespaces.insert(name);
                }
                CRDS => {
                    let name = meta_str(o, "name").to_string();
                    if gone {
                        st.dying_crds.remove(&name);
                    } else if deleting(o) {
                        st.dying_crds.insert(name);
                    }
                }
                DEPLOYMENTS => {
                    d.deployments.insert(id_of(o));
                }
                REPLICASETS => {
                    d.replicasets.insert(id_of(o));
                    d.deployments.extend(owners_of(o, "Deployment"));
                }
                DAEMONSETS => {
                    d.daemonsets.insert(id_of(o));
                }
                PODS => {
                    if gone {
                        st.first_seen.remove(meta_str(o, "uid"));
                        st.waiting.remove(&id_of(o));
                    }
                    d.pods.insert(id_of(o));
                    d.replicasets.extend(owners_of(o, "ReplicaSet"));
                    d.daemonsets.extend(owners_of(o, "DaemonSet"));
                }
                NODES => {
                    d.daemonsets.extend(all_ids(store, DAEMONSETS));
                    d.pods.extend(all_ids(store, PODS));
                }
                key => {
                    if store.type_by_key(key).is_some_and(|t| is_gateway_type(&t)) {
                        d.gateways.insert(id_of(o));
                    }
                }
            }
        }
        let now = Instant::now();
        d.pods.extend(st.waiting.iter().filter(|(_, due)| **due <= now).map(|(id, _)| id.clone()));
        d
    }
}

pub async fn run(shared: Arc<Shared>) {
    let mut st = CtlState::default();
    let mut stop = shared.stop_rx();
    let mut busy_rounds = 0u32;
    loop {
        let mut next = None;
        for _ in 0..20 {
            let before = shared.store.lock().unwrap().rv;
            next = reconcile(&shared, &mut st);
            if shared.store.lock().unwrap().rv == before {
                break;
            }
            tokio::task::yield_now().await;
        }
        // Events the last round wrote are still unread: go on after letting requests in.
        // (A bounded number of times in a row, so a writer that never settles cannot spin.)
        let unread = st.seen_rv != Some(shared.store.lock().unwrap().rv);
        if unread && busy_rounds < 50 {
            busy_rounds += 1;
            tokio::task::yield_now().await;
            continue;
        }
        busy_rounds = 0;
        let wait = next.map(|d: Instant| d.saturating_duration_since(Instant::now())).unwrap_or(Duration::from_secs(3600));
        tokio::select! {
            _ = shared.woken() => {},
            _ = tokio::time::sleep(wait + Duration::from_millis(1)) => {},
            _ = stop.changed() => return,
        }
    }
}

fn deleting(o: &Value) -> bool {
    o.pointer("/metadata/deletionTimestamp").is_some()
}

fn owner_ref(owner: &Value, kind: &str) -> Value {
    json!([{"apiVersion": "apps/v1", "kind": kind, "name": meta_str(owner, "name"), "uid": meta_str(owner, "uid"), "controller": true, "blockOwnerDeletion": true}])
}

fn write(store: &mut Store, rt: &Arc<ResourceType>, ns: &str, name: &str, obj: Value, manager: &str, sub: &str) {
    let av = rt.api_version(rt.preferred());
    let _ = store.commit(rt, ns, name, obj, &WriteCtx::internal(manager, &av, sub));
}

fn rt(store: &Store, key: &str) -> Arc<ResourceType> {
    store.type_by_key(key).expect("built-in type")
}

fn reconcile(shared: &Shared, st: &mut CtlState) -> Option<Instant> {
    let mut store = shared.store.lock().unwrap();
    let mut dirty = Dirty::collect(&store, st);
    let controller_on = shared.gateway_controller.load(std::sync::atomic::Ordering::Relaxed);
    if st.gateway_controller != Some(controller_on) {
        st.gateway_controller = Some(controller_on);
        if let Some(t) = store.types().into_iter().find(|t| is_gateway_type(t)) {
            dirty.gateways.extend(all_ids(&store, &t.key()));
        }
    }
    garbage_collect(&mut store);
    namespaces(&mut store, &dirty.namespaces, &st.terminating.clone());
    crds(&mut store, &st.dying_crds.clone());
    deployments(&mut store, &dirty.deployments);
    replicasets(&mut store, &dirty.replicasets);
    daemonsets(&mut store, &dirty.daemonsets);
    kubelet(&mut store, st, &dirty.pods, shared.ready_after);
    gateways(&mut store, &dirty.gateways, controller_on);
    st.waiting.values().min().copied()
}

fn garbage_collect(store: &mut Store) {
    for _ in 0..50 {
        let uids: std::collections::HashSet<String> = std::mem::take(&mut store.deleted_uids).into_iter().collect();
        if uids.is_empty() {
            break;
        }
        // The owner index names every dependent of every removed owner.
        let mut found = Vec::new();
        for u in &uids {
            for (t, ns, name, _) in store.dependents(u) {
                found.push((t, ns, name, u.clone()));
            }
        }
        for (drt, ns, name, uid) in found {
            let Some(o) = store.get(&drt, &ns, &name) else { continue };
            // Only collect when no other owner remains.
            let other_owner = o.pointer("/metadata/ownerReferences").and_then(Value::as_array).is_some_and(|a| a.iter().any(|r| r["uid"] != uid.as_str()));
            if other_owner {
                store.drop_owner_ref(&drt, &ns, &name, &uid);
            } else {
                let _ = store.delete(&drt, &ns, &name, &DeleteOpts::default());
            }
        }
    }
    if !store.foreground_pending {
        return;
    }
    // Foreground deletion: dependents first, then the owner.
    let mut waiting = Vec::new();
    for t in store.types() {
        for o in store.list(&t, None) {
            if deleting(o) && o.pointer("/metadata/finalizers").and_then(Value::as_array).is_some_and(|a| a.iter().any(|f| f == "foregroundDeletion")) {
                waiting.push((t.clone(), meta_str(o, "namespace").to_string(), meta_str(o, "name").to_string(), meta_str(o, "uid").to_string()));
            }
        }
    }
    store.foreground_pending = !waiting.is_empty();
    for (t, ns, name, uid) in waiting {
        let deps = store.dependents(&uid);
        let mut blocking = 0;
        for (drt, dns, dname, block) in deps {
            let _ = store.delete(&drt, &dns, &dname, &DeleteOpts { propagation: Some("Foreground".into()), ..Default::default() });
            if block && store.get(&drt, &dns, &dname).is_some() {
                blocking += 1;
            }
        }
        if blocking == 0
            && let Some(mut o) = store.get(&t, &ns, &name).cloned()
        {
            if let Some(a) = o.pointer_mut("/metadata/finalizers").and_then(Value::as_array_mut) {
                a.retain(|f| f != "foregroundDeletion");
            }
            write(store, &t, &ns, &name, o, "kube-controller-manager", "");
        }
    }
}

fn namespaces(store: &mut Store, dirty: &BTreeSet<String>, terminating: &BTreeSet<String>) {
    let ns_rt = rt(store, NAMESPACES);
    let all: Vec<Value> = dirty.union(terminating).filter_map(|n| store.get(&ns_rt, "", n).cloned()).collect();
    let types = store.types();
    for n in all {
        let name = meta_str(&n, "name").to_string();
        if !deleting(&n) {
            let sa_rt = rt(store, "/serviceaccounts");
            if store.get(&sa_rt, &name, "default").is_none() {
                write(store, &sa_rt, &name, "default", json!({}), "kube-controller-manager", "");
            }
            let cm_rt = rt(store, "/configmaps");
            if store.get(&cm_rt, &name, "kube-root-ca.crt").is_none() {
                let cm = json!({"metadata": {"annotations": {"kubernetes.io/description": "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."}},
                    "data": {"ca.crt": "-----BEGIN CERTIFICATE-----\nkube-sim\n-----END CERTIFICATE-----\n"}});
                write(store, &cm_rt, &name, "kube-root-ca.crt", cm, "kube-controller-manager", "");
            }
            continue;
        }
        let mut remaining = 0;
        for t in types.iter().filter(|t| t.namespaced) {
            let names: Vec<(String, bool)> = store.list(t, Some(&name)).into_iter().map(|o| (meta_str(o, "name").to_string(), deleting(o))).collect();
            for (oname, already) in names {
                if !already {
                    let _ = store.delete(t, &name, &oname, &DeleteOpts::default());
                }
                if store.get(t, &name, &oname).is_some() {
                    remaining += 1;
                }
            }
        }
        let Some(mut cur) = store.get(&ns_rt, "", &name).cloned() else { continue };
        let cond = |t: &str, s: &str, r: &str, m: &str| json!({"type": t, "status": s, "lastTransitionTime": util::now(), "reason": r, "message": m});
        if remaining > 0 {
            let want = vec![
                cond("NamespaceDeletionDiscoveryFailure", "False", "ResourcesDiscovered", "All resources successfully discovered"),
                cond("NamespaceDeletionGroupVersionParsingFailure", "False", "ParsedGroupVersions", "All legacy kube types successfully parsed"),
                cond("NamespaceDeletionContentFailure", "False", "ContentDeleted", "All content successfully deleted, may be waiting on finalization"),
                cond("NamespaceContentRemaining", "True", "SomeResourcesRemain", &format!("Some resources are remaining: {remaining} objects")),
                cond("NamespaceFinalizersRemaining", "False", "ContentHasNoFinalizers", "All content-preserving finalizers finished"),
            ];
            let has = cur.pointer("/status/conditions").and_then(Value::as_array).map(|a| a.len()) == Some(want.len());
            if !has {
                cur["status"]["conditions"] = json!(want);
                write(store, &ns_rt, "", &name, cur, "kube-controller-manager", "status");
            }
            continue;
        }
        cur["spec"]["finalizers"] = json!([]);
        let _ = crate::api::finalize_namespace(store, &ns_rt, &name, cur);
    }
}

fn crds(store: &mut Store, dying: &BTreeSet<String>) {
    let crd_rt = rt(store, CRDS);
    let dying: Vec<Value> = dying.iter().filter_map(|n| store.get(&crd_rt, "", n)).filter(|o| deleting(o)).cloned().collect();
    for crd in dying {
        let name = meta_str(&crd, "name").to_string();
        if let Some(t) = crate::kinds::from_crd(&crd).and_then(|t| store.type_by_key(&t.key()))
            && t.is_crd()
        {
            let objs: Vec<(String, String, bool)> = store.list(&t, None).into_iter().map(|o| (meta_str(o, "namespace").into(), meta_str(o, "name").into(), deleting(o))).collect();
            let mut left = 0;
            for (ns, n, already) in objs {
                if !already {
                    let _ = store.delete(&t, &ns, &n, &DeleteOpts::default());
                }
                if store.get(&t, &ns, &n).is_some() {
                    left += 1;
                }
            }
            if left > 0 {
                continue;
            }
        }
        let mut o = crd.clone();
        if let Some(a) = o.pointer_mut("/metadata/finalizers").and_then(Value::as_array_mut) {
            a.retain(|f| f != "customresourcecleanup.apiextensions.k8s.io");
        }
        write(store, &crd_rt, "", &name, o, "kube-apiserver", "");
    }
}

fn condition(old: &Value, ty: &str, status: &str, reason: &str, message: &str, with_update: bool) -> Value {
    let now = util::now();
    let prev = old.pointer("/status/conditions").and_then(Value::as_array).and_then(|a| a.iter().find(|c| c["type"] == ty)).cloned();
    let same_status = prev.as_ref().is_some_and(|p| p["status"] == status);
    let same_all = same_status && prev.as_ref().is_some_and(|p| p["reason"] == reason && p["message"] == message);
    let ltt = if same_status { prev.as_ref().unwrap()["lastTransitionTime"].clone() } else { json!(now) };
    let mut c = json!({"type": ty, "status": status});
    if with_update {
        c["lastUpdateTime"] = if same_all { prev.as_ref().unwrap()["lastUpdateTime"].clone() } else { json!(now) };
    }
    c["lastTransitionTime"] = ltt;
    c["reason"] = json!(reason);
    c["message"] = json!(message);
    c
}

fn int(v: Option<&Value>, default: i64) -> i64 {
    v.and_then(Value::as_i64).unwrap_or(default)
}

fn put_nonzero(status: &mut Value, k: &str, n: i64) {
    if n != 0 {
        status[k] = json!(n);
    }
}

/// The named objects of a type that exist and are not being deleted.
fn live(store: &Store, t: &ResourceType, ids: &BTreeSet<ObjId>) -> Vec<Value> {
    ids.iter().filter_map(|(ns, name)| store.get(t, ns, name)).filter(|o| !deleting(o)).cloned().collect()
}

/// The objects of one type owned by `uid`, found through the store's owner index.
fn owned_all(store: &Store, t: &ResourceType, uid: &str) -> Vec<Value> {
    let key = t.key();
    store
        .dependents(uid)
        .into_iter()
        .filter(|(dt, ..)| dt.key() == key)
        .filter_map(|(_, ns, name, _)| store.get(t, &ns, &name).cloned())
        .collect()
}

/// The same, less those being deleted.
fn owned(store: &Store, t: &ResourceType, uid: &str) -> Vec<Value> {
    owned_all(store, t, uid).into_iter().filter(|o| !deleting(o)).collect()
}

/// (namespace, name, uid)
fn ident(o: &Value) -> (String, String, String) {
    (meta_str(o, "namespace").to_string(), meta_str(o, "name").to_string(), meta_str(o, "uid").to_string())
}

fn deployments(store: &mut Store, dirty: &BTreeSet<ObjId>) {
    let drt = rt(store, DEPLOYMENTS);
    let rsrt = rt(store, REPLICASETS);
    for d in live(store, &drt, dirty) {
        let (ns, name, uid) = ident(&d);
        let desired = int(d.pointer("/spec/replicas"), 1);
        let template = d.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let hash = util::template_hash(&template);
        let rs_name = format!("{name}-{hash}");
        let owned: Vec<Value> = owned_all(store, &rsrt, &uid);
        let rev_of = |r: &Value| r.pointer("/metadata/annotations/deployment.kubernetes.io~1revision").and_then(Value::as_str).and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
        let max_rev = owned.iter().map(rev_of).max().unwrap_or(0);
        let mut new_rs = owned.iter().find(|r| meta_str(r, "name") == rs_name).cloned();
        if new_rs.is_none() {
            let mut labels = template.pointer("/metadata/labels").cloned().unwrap_or(json!({}));
            labels["pod-template-hash"] = json!(hash);
            let mut selector = d.pointer("/spec/selector").cloned().unwrap_or(json!({}));
            selector["matchLabels"]["pod-template-hash"] = json!(hash);
            let mut tpl = template.clone();
            tpl["metadata"]["labels"] = labels.clone();
            let surge = desired + 1;
            let rs = json!({"metadata": {"labels": labels, "annotations": {"deployment.kubernetes.io/revision": (max_rev + 1).to_string(),
                    "deployment.kubernetes.io/desired-replicas": desired.to_string(), "deployment.kubernetes.io/max-replicas": surge.to_string()},
                    "ownerReferences": owner_ref(&d, "Deployment")},
                "spec": {"replicas": desired, "selector": selector, "template": tpl}});
            write(store, &rsrt, &ns, &rs_name, rs, CM, "");
            new_rs = store.get(&rsrt, &ns, &rs_name).cloned();
        }
        let Some(new_rs) = new_rs else { continue };
        if int(new_rs.pointer("/spec/replicas"), 1) != desired {
            let mut r = new_rs.clone();
            r["spec"]["replicas"] = json!(desired);
            r["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] = json!(desired.to_string());
            write(store, &rsrt, &ns, &rs_name, r, CM, "");
        }
        for old in owned.iter().filter(|r| meta_str(r, "name") != rs_name) {
            if int(old.pointer("/spec/replicas"), 1) != 0 {
                let mut r = old.clone();
                r["spec"]["replicas"] = json!(0);
                write(store, &rsrt, &ns, meta_str(old, "name"), r, CM, "");
            }
        }
        let rev = rev_of(&new_rs).to_string();
        if d.pointer("/metadata/annotations/deployment.kubernetes.io~1revision").and_then(Value::as_str) != Some(rev.as_str()) {
            let mut upd = d.clone();
            if !upd["metadata"]["annotations"].is_object() {
                upd["metadata"]["annotations"] = json!({});
            }
            upd["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = json!(rev);
            write(store, &drt, &ns, &name, upd, CM, "");
        }
        // Status from the (fresh) replica sets.
        let Some(d) = store.get(&drt, &ns, &name).cloned() else { continue };
        let rss: Vec<Value> = owned_all(store, &rsrt, &uid);
        let sum = |f: &str| rss.iter().map(|r| int(r.pointer(f), 0)).sum::<i64>();
        let replicas = sum("/status/replicas");
        let ready = sum("/status/readyReplicas");
        let available = sum("/status/availableReplicas");
        let spec_total = sum("/spec/replicas");
        let new_rs = rss.iter().find(|r| meta_str(r, "name") == rs_name).cloned().unwrap_or(json!({}));
        let updated = int(new_rs.pointer("/status/replicas"), 0);
        let new_available = int(new_rs.pointer("/status/availableReplicas"), 0);
        let max_unavailable = match d.pointer("/spec/strategy/rollingUpdate/maxUnavailable") {
            Some(Value::Number(n)) => n.as_i64().unwrap_or(0),
            Some(Value::String(s)) => s.trim_end_matches('%').parse::<i64>().map(|p| desired * p / 100).unwrap_or(0),
            _ => desired / 4,
        };
        let mut status = json!({"observedGeneration": int(d.pointer("/metadata/generation"), 1)});
        put_nonzero(&mut status, "replicas", replicas);
        put_nonzero(&mut status, "updatedReplicas", updated);
        put_nonzero(&mut status, "readyReplicas", ready);
        put_nonzero(&mut status, "availableReplicas", available);
        put_nonzero(&mut status, "unavailableReplicas", (spec_total - available).max(0));
        let avail = if available >= desired - max_unavailable {
            condition(&d, "Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.", true)
        } else {
            condition(&d, "Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.", true)
        };
        let complete = updated == desired && replicas == desired && new_available == desired;
        let prog = if complete {
            condition(&d, "Progressing", "True", "NewReplicaSetAvailable", &format!("ReplicaSet \"{rs_name}\" has successfully progressed."), true)
        } else {
            condition(&d, "Progressing", "True", "ReplicaSetUpdated", &format!("ReplicaSet \"{rs_name}\" is progressing."), true)
        };
        status["conditions"] = json!([avail, prog]);
        let mut upd = d.clone();
        upd["status"] = status;
        write(store, &drt, &ns, &name, upd, CM, "status");
    }
}

fn pod_ready(p: &Value) -> bool {
    p.pointer("/status/conditions").and_then(Value::as_array).is_some_and(|a| a.iter().any(|c| c["type"] == "Ready" && c["status"] == "True"))
}

fn new_pod(owner: &Value, kind: &str, labels: Value, spec: Value, annotations: Option<&Value>) -> (String, Value) {
    let name = format!("{}-{}", meta_str(owner, "name"), util::name_suffix());
    let mut meta = json!({"generateName": format!("{}-", meta_str(owner, "name")), "labels": labels, "ownerReferences": owner_ref(owner, kind)});
    if let Some(a) = annotations {
        meta["annotations"] = a.clone();
    }
    (name, json!({"metadata": meta, "spec": spec}))
}

fn replicasets(store: &mut Store, dirty: &BTreeSet<ObjId>) {
    let rsrt = rt(store, REPLICASETS);
    let prt = rt(store, PODS);
    for rs in live(store, &rsrt, dirty) {
        let (ns, name, uid) = ident(&rs);
        let desired = int(rs.pointer("/spec/replicas"), 1).max(0) as usize;
        let mut pods: Vec<Value> = owned(store, &prt, &uid);
        while pods.len() < desired {
            let tpl = rs.pointer("/spec/template").cloned().unwrap_or(json!({}));
            let (pname, pod) = new_pod(&rs, "ReplicaSet", tpl.pointer("/metadata/labels").cloned().unwrap_or(json!({})), tpl.get("spec").cloned().unwrap_or(json!({})), tpl.pointer("/metadata/annotations"));
            write(store, &prt, &ns, &pname, pod, CM, "");
            match store.get(&prt, &ns, &pname) {
                Some(p) => pods.push(p.clone()),
                None => break,
            }
        }
        while pods.len() > desired {
            let p = pods.pop().unwrap();
            let _ = store.delete(&prt, &ns, meta_str(&p, "name"), &DeleteOpts::default());
        }
        let ready = pods.iter().filter(|p| pod_ready(p)).count() as i64;
        let mut status = json!({"replicas": pods.len()});
        put_nonzero(&mut status, "fullyLabeledReplicas", pods.len() as i64);
        put_nonzero(&mut status, "readyReplicas", ready);
        put_nonzero(&mut status, "availableReplicas", ready);
        status["observedGeneration"] = json!(int(rs.pointer("/metadata/generation"), 1));
        let mut upd = rs.clone();
        upd["status"] = status;
        write(store, &rsrt, &ns, &name, upd, CM, "status");
    }
}

fn daemonsets(store: &mut Store, dirty: &BTreeSet<ObjId>) {
    let dsrt = rt(store, DAEMONSETS);
    let prt = rt(store, PODS);
    let nodes: Vec<String> = store.list(&rt(store, NODES), None).into_iter().map(|n| meta_str(n, "name").to_string()).collect();
    for ds in live(store, &dsrt, dirty) {
        let (ns, name, uid) = ident(&ds);
        let tpl = ds.pointer("/spec/template").cloned().unwrap_or(json!({}));
        let hash = util::template_hash(&tpl);
        let generation = int(ds.pointer("/metadata/generation"), 1);
        let pods: Vec<Value> = owned(store, &prt, &uid);
        for node in &nodes {
            let mine: Vec<&Value> = pods.iter().filter(|p| p.pointer("/spec/nodeName").and_then(Value::as_str) == Some(node)).collect();
            let current = mine.iter().any(|p| p.pointer("/metadata/labels/controller-revision-hash").and_then(Value::as_str) == Some(hash.as_str()));
            for p in mine.iter().filter(|p| p.pointer("/metadata/labels/controller-revision-hash").and_then(Value::as_str) != Some(hash.as_str())) {
                let _ = store.delete(&prt, &ns, meta_str(p, "name"), &DeleteOpts::default());
            }
            if !current {
                let mut labels = tpl.pointer("/metadata/labels").cloned().unwrap_or(json!({}));
                labels["controller-revision-hash"] = json!(hash);
                labels["pod-template-generation"] = json!(generation.to_string());
                let mut spec = tpl.get("spec").cloned().unwrap_or(json!({}));
                spec["nodeName"] = json!(node);
                let (pname, pod) = new_pod(&ds, "DaemonSet", labels, spec, tpl.pointer("/metadata/annotations"));
                write(store, &prt, &ns, &pname, pod, CM, "");
            }
        }
        let pods: Vec<Value> = owned(store, &prt, &uid);
        let desired = nodes.len() as i64;
        let scheduled = pods.len() as i64;
        let ready = pods.iter().filter(|p| pod_ready(p)).count() as i64;
        let updated = pods.iter().filter(|p| p.pointer("/metadata/labels/controller-revision-hash").and_then(Value::as_str) == Some(hash.as_str())).count() as i64;
        let mut status = json!({"currentNumberScheduled": scheduled, "desiredNumberScheduled": desired, "numberMisscheduled": 0, "numberReady": ready});
        put_nonzero(&mut status, "numberAvailable", ready);
        put_nonzero(&mut status, "numberUnavailable", (desired - ready).max(0));
        put_nonzero(&mut status, "updatedNumberScheduled", updated);
        status["observedGeneration"] = json!(generation);
        let mut upd = ds.clone();
        upd["status"] = status;
        write(store, &dsrt, &ns, &name, upd, CM, "status");
    }
}

fn hex(seed: &str, len: usize) -> String {
    let mut out = String::new();
    let mut h = util::fnv32a(seed.as_bytes()) as u64;
    while out.len() < len {
        h = util::splitmix(h);
        out.push_str(&format!("{h:016x}"));
    }
    out.truncate(len);
    out
}

/// The kubelet: schedule, then report containers creating → running/ready, or image pull failure.
fn kubelet(store: &mut Store, st: &mut CtlState, dirty: &BTreeSet<ObjId>, ready_after: Duration) {
    let prt = rt(store, PODS);
    let nodes: Vec<String> = store.list(&rt(store, NODES), None).into_iter().map(|n| meta_str(n, "name").to_string()).collect();
    for id in dirty {
        if store.get(&prt, &id.0, &id.1).is_none_or(deleting) {
            st.waiting.remove(id);
        }
    }
    let pods = live(store, &prt, dirty);
    for mut pod in pods {
        let (ns, name, uid) = ident(&pod);
        if pod.pointer("/spec/nodeName").and_then(Value::as_str).is_none_or(str::is_empty) {
            if nodes.is_empty() {
                continue;
            }
            let node = nodes[(util::fnv32a(uid.as_bytes()) as usize) % nodes.len()].clone();
            pod["spec"]["nodeName"] = json!(node);
            write(store, &prt, &ns, &name, pod, "kube-scheduler", "");
            let Some(p) = store.get(&prt, &ns, &name).cloned() else { continue };
            pod = p;
        }
        let node = pod.pointer("/spec/nodeName").and_then(Value::as_str).unwrap_or("").to_string();
        let node_idx = nodes.iter().position(|n| *n == node).unwrap_or(0);
        let first = *st.first_seen.entry(uid.clone()).or_insert_with(Instant::now);
        let due = first + ready_after;
        let started = Instant::now() >= due;
        if started {
            st.waiting.remove(&(ns.clone(), name.clone()));
        } else {
            st.waiting.insert((ns.clone(), name.clone()), due);
        }
        let containers: Vec<Value> = pod.pointer("/spec/containers").and_then(Value::as_array).cloned().unwrap_or_default();
        let bad: Vec<&Value> = containers.iter().filter(|c| c["image"].as_str().is_some_and(|i| i.contains("does-not-exist"))).collect();
        let old = pod.clone();
        let prev_status = |c: &str| {
            old.pointer("/status/containerStatuses").and_then(Value::as_array).and_then(|a| a.iter().find(|s| s["name"] == c)).cloned()
        };
        let start_time = old.pointer("/status/startTime").cloned().unwrap_or_else(|| json!(util::now()));
        let ready = started && bad.is_empty();
        let statuses: Vec<Value> = containers
            .iter()
            .map(|c| {
                let cname = c["name"].as_str().unwrap_or("");
                let image = c["image"].as_str().unwrap_or("");
                let is_bad = image.contains("does-not-exist");
                let mut s = json!({"name": cname, "image": image, "imageID": "", "ready": false, "started": false, "restartCount": 0, "lastState": {}});
                if is_bad {
                    s["state"] = if started {
                        json!({"waiting": {"reason": "ImagePullBackOff", "message": format!("Back-off pulling image \"{image}\"")}})
                    } else {
                        json!({"waiting": {"reason": "ErrImagePull", "message": format!("failed to pull and unpack image \"{image}\": failed to resolve reference \"{image}\": {image}: not found")}})
                    };
                } else if ready {
                    let started_at = prev_status(cname).and_then(|p| p.pointer("/state/running/startedAt").cloned()).unwrap_or_else(|| json!(util::now()));
                    s["ready"] = json!(true);
                    s["started"] = json!(true);
                    s["state"] = json!({"running": {"startedAt": started_at}});
                    s["imageID"] = json!(format!("{}@sha256:{}", image.split(':').next().unwrap_or(image), hex(image, 64)));
                    s["containerID"] = json!(format!("containerd://{}", hex(&format!("{uid}/{cname}"), 64)));
                } else if started {
                    // another container in the pod cannot start: this one runs but the pod is not ready
                    let started_at = prev_status(cname).and_then(|p| p.pointer("/state/running/startedAt").cloned()).unwrap_or_else(|| json!(util::now()));
                    s["started"] = json!(true);
                    s["state"] = json!({"running": {"startedAt": started_at}});
                    s["containerID"] = json!(format!("containerd://{}", hex(&format!("{uid}/{cname}"), 64)));
                } else {
                    s["state"] = json!({"waiting": {"reason": "ContainerCreating"}});
                }
                s
            })
            .collect();
        let unready: Vec<String> = statuses.iter().filter(|s| s["ready"] != true).map(|s| s["name"].as_str().unwrap_or("").to_string()).collect();
        let tf = |b: bool| if b { "True" } else { "False" };
        let pcond = |ty: &str, ok: bool, reason: Option<&str>, msg: Option<String>| {
            let mut c = condition(&old, ty, tf(ok), reason.unwrap_or(""), msg.as_deref().unwrap_or(""), false);
            let m = c.as_object_mut().unwrap();
            if reason.is_none() {
                m.shift_remove("reason");
                m.shift_remove("message");
            }
            m.insert("lastProbeTime".into(), Value::Null);
            c
        };
        let unready_msg = format!("containers with unready status: [{}]", unready.join(" "));
        let phase = if started && (bad.is_empty() || bad.len() < containers.len()) { "Running" } else { "Pending" };
        let sandbox = started || !bad.is_empty();
        let conditions = vec![
            pcond("PodReadyToStartContainers", sandbox, None, None),
            pcond("Initialized", true, None, None),
            if ready { pcond("Ready", true, None, None) } else { pcond("Ready", false, Some("ContainersNotReady"), Some(unready_msg.clone())) },
            if ready { pcond("ContainersReady", true, None, None) } else { pcond("ContainersReady", false, Some("ContainersNotReady"), Some(unready_msg.clone())) },
            pcond("PodScheduled", true, None, None),
        ];
        let ip = format!("10.244.{node_idx}.{}", util::fnv32a(uid.as_bytes()) % 250 + 2);
        let mut status = json!({"phase": phase, "conditions": conditions, "hostIP": node_ip(node_idx), "hostIPs": [{"ip": node_ip(node_idx)}]});
        if sandbox {
            status["podIP"] = json!(ip);
            status["podIPs"] = json!([{"ip": ip}]);
        }
        status["startTime"] = start_time;
        status["containerStatuses"] = json!(statuses);
        status["qosClass"] = json!("BestEffort");
        pod["status"] = status;
        write(store, &prt, &ns, &name, pod, "kubelet", "status");
    }
}

/// Waypoint Gateways: Accepted and Programmed with their address, or, while the gateway
/// controller is switched off, the Gateway API CRD's initial `Pending` / "Waiting for controller".
fn gateways(store: &mut Store, dirty: &BTreeSet<ObjId>, controller_on: bool) {
    let Some(gw) = store.type_of_kind("gateway.networking.k8s.io", "Gateway") else { return };
    for g in live(store, &gw, dirty) {
        if g.pointer("/spec/gatewayClassName").and_then(Value::as_str) != Some("istio-waypoint") {
            continue;
        }
        let (ns, name) = (meta_str(&g, "namespace").to_string(), meta_str(&g, "name").to_string());
        let generation = int(g.pointer("/metadata/generation"), 1);
        let host = format!("{name}.{ns}.svc.cluster.local");
        let mk = |ty: &str, reason: &str, msg: &str| {
            let mut c = condition(&g, ty, "True", reason, msg, false);
            c["observedGeneration"] = json!(generation);
            c
        };
        let mut upd = g.clone();
        if !controller_on {
            let pending = |ty: &str| {
                let mut c = condition(&g, ty, "Unknown", "Pending", "Waiting for controller", false);
                c["observedGeneration"] = json!(generation);
                c
            };
            upd["status"] = json!({"conditions": [pending("Accepted"), pending("Programmed")]});
            let sub = if gw.has_status { "status" } else { "" };
            write(store, &gw, &ns, &name, upd, "istio.io/gateway-controller", sub);
            continue;
        }
        upd["status"] = json!({
            "addresses": [{"type": "Hostname", "value": host}],
            "conditions": [mk("Accepted", "Accepted", "Resource accepted"),
                           mk("Programmed", "Programmed", &format!("Resource programmed, assigned to service(s) {host}:15008"))],
        });
        let sub = if gw.has_status { "status" } else { "" };
        write(store, &gw, &ns, &name, upd, "istio.io/gateway-controller", sub);
    }
}
