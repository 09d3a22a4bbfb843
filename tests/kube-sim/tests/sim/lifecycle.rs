//! Deletion: DeleteOptions forms, response bodies, finalizers, propagation policies, namespace
//! lifecycle (missing, terminating, content removal, DELETED event) and CRD cleanup.

use std::time::Duration;

use kube::api::{Api, DeleteParams};
use serde_json::{Value, json};

use crate::support::*;

fn deployment(name: &str, replicas: i64) -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name}, "spec": {"replicas": replicas,
        "selector": {"matchLabels": {"app": name}}, "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": [{"name": "c", "image": "img:1"}]}}}})
}

fn owned_by(s: &kube_sim::KubeSim, group: &str, plural: &str, ns: &str, uid: &str) -> Vec<String> {
    s.names(group, plural)
        .into_iter()
        .filter(|n| n.starts_with(&format!("{ns}/")))
        .filter(|n| {
            let name = n.split_once('/').unwrap().1;
            s.object(group, plural, ns, name).is_some_and(|o| o["metadata"]["ownerReferences"].as_array().is_some_and(|a| a.iter().any(|r| r["uid"] == uid)))
        })
        .collect()
}

#[tokio::test]
async fn delete_bodies_responses_and_finalizers() {
    let s = sim();
    for n in ["a", "b", "c"] {
        post(&s, "/api/v1/namespaces/default/configmaps", json!({"metadata": {"name": n}})).await;
    }
    // no body, {}, full DeleteOptions
    assert_eq!(send(&s, "DELETE", "/api/v1/namespaces/default/configmaps/a", None, None, None).await.code, 200);
    assert_eq!(delete(&s, "/api/v1/namespaces/default/configmaps/b", Some(json!({}))).await.code, 200);
    let r = delete(&s, "/api/v1/namespaces/default/configmaps/c", Some(json!({"kind": "DeleteOptions", "apiVersion": "v1", "propagationPolicy": "Background"}))).await;
    assert_eq!(r.body["status"], "Success");
    assert_eq!(r.body["details"]["kind"], "configmaps");
    assert_eq!(delete(&s, "/api/v1/namespaces/default/configmaps/c", None).await.code, 404);
    // Pods answer with the object.
    post(&s, "/api/v1/namespaces/default/pods", json!({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "i:1"}]}})).await;
    let r = delete(&s, "/api/v1/namespaces/default/pods/p", None).await;
    assert_eq!((r.body["kind"].as_str(), r.body["metadata"]["name"].as_str()), (Some("Pod"), Some("p")));
    // preconditions
    post(&s, "/api/v1/namespaces/default/configmaps", json!({"metadata": {"name": "pre"}})).await;
    let r = delete(&s, "/api/v1/namespaces/default/configmaps/pre", Some(json!({"preconditions": {"uid": "nope"}}))).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (409, Some("Conflict")));
    // A finalizer keeps the object with deletionTimestamp; removing it deletes.
    post(&s, "/api/v1/namespaces/default/configmaps", json!({"metadata": {"name": "f", "finalizers": ["example.com/hold"]}})).await;
    let mut w = Watch::open(&s, &format!("/api/v1/namespaces/default/configmaps?watch=true&fieldSelector=metadata.name%3Df&resourceVersion={}", s.resource_version())).await;
    let r = delete(&s, "/api/v1/namespaces/default/configmaps/f", None).await;
    assert_eq!(r.code, 200);
    assert!(r.body["metadata"]["deletionTimestamp"].is_string(), "{}", r.body);
    assert_eq!(r.body["metadata"]["deletionGracePeriodSeconds"], 0);
    let again = delete(&s, "/api/v1/namespaces/default/configmaps/f", None).await;
    assert_eq!(rv(&again.body), rv(&r.body), "repeated DELETE has no effect");
    let r2 = patch(&s, "/api/v1/namespaces/default/configmaps/f", "application/merge-patch+json", r#"{"metadata":{"finalizers":["example.com/hold","example.com/new"]}}"#).await;
    assert_eq!(r2.code, 422, "no new finalizers while deleting");
    patch(&s, "/api/v1/namespaces/default/configmaps/f", "application/merge-patch+json", r#"{"metadata":{"finalizers":null}}"#).await;
    assert!(s.object("", "configmaps", "default", "f").is_none());
    let types: Vec<String> = w.take(2).await.iter().map(|e| e["type"].as_str().unwrap().to_string()).collect();
    assert_eq!(types, ["MODIFIED", "DELETED"]);
    // kube-rs delete returns Either
    post(&s, "/api/v1/namespaces/default/configmaps", json!({"metadata": {"name": "k"}})).await;
    let api: Api<k8s_openapi::api::core::v1::ConfigMap> = Api::namespaced(kube_client(&s), "default");
    assert!(api.delete("k", &DeleteParams::default()).await.unwrap().is_right());
}

#[tokio::test]
async fn propagation_background_foreground_orphan() {
    let s = sim();
    create_ns(&s, "gc").await;
    let uid_of = |v: &Value| v["metadata"]["uid"].as_str().unwrap().to_string();
    // Background (default): deployment → replica set → pods all go.
    let d = post(&s, "/apis/apps/v1/namespaces/gc/deployments", deployment("bg", 2)).await.body;
    let rs_uid = eventually(|| {
        let rs = owned_by(&s, "apps", "replicasets", "gc", &uid_of(&d));
        let name = rs.first()?.split_once('/')?.1.to_string();
        let o = s.object("apps", "replicasets", "gc", &name)?;
        (owned_by(&s, "", "pods", "gc", &uid_of(&o)).len() == 2).then(|| uid_of(&o))
    })
    .await;
    delete(&s, "/apis/apps/v1/namespaces/gc/deployments/bg", None).await;
    eventually(|| (owned_by(&s, "apps", "replicasets", "gc", &uid_of(&d)).is_empty() && owned_by(&s, "", "pods", "gc", &rs_uid).is_empty()).then_some(())).await;
    // Foreground: the owner waits (with a finalizer) until dependents are gone.
    let d = post(&s, "/apis/apps/v1/namespaces/gc/deployments", deployment("fg", 1)).await.body;
    eventually(|| (!owned_by(&s, "apps", "replicasets", "gc", &uid_of(&d)).is_empty()).then_some(())).await;
    let r = delete(&s, "/apis/apps/v1/namespaces/gc/deployments/fg", Some(json!({"propagationPolicy": "Foreground"}))).await;
    assert_eq!(r.body["metadata"]["finalizers"], json!(["foregroundDeletion"]), "{}", r.body);
    eventually(|| s.object("apps", "deployments", "gc", "fg").is_none().then_some(())).await;
    assert!(owned_by(&s, "apps", "replicasets", "gc", &uid_of(&d)).is_empty());
    // Orphan: dependents stay, without the owner reference.
    let d = post(&s, "/apis/apps/v1/namespaces/gc/deployments", deployment("or", 1)).await.body;
    let rs = eventually(|| owned_by(&s, "apps", "replicasets", "gc", &uid_of(&d)).first().cloned()).await;
    let r = delete(&s, "/apis/apps/v1/namespaces/gc/deployments/or?propagationPolicy=Orphan", None).await;
    assert_eq!(r.code, 200);
    let rs_name = rs.split_once('/').unwrap().1;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let left = s.object("apps", "replicasets", "gc", rs_name).expect("orphaned replica set stays");
    assert!(left["metadata"].get("ownerReferences").is_none());
    assert_eq!(delete(&s, "/apis/apps/v1/namespaces/gc/deployments/x?propagationPolicy=Sideways", None).await.code, 404);
}

#[tokio::test]
async fn namespace_lifecycle() {
    let s = sim();
    let r = post(&s, "/api/v1/namespaces/ghost/configmaps", json!({"metadata": {"name": "c"}})).await;
    assert_eq!(r.body, json!({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespaces \"ghost\" not found","reason":"NotFound","details":{"name":"ghost","kind":"namespaces"},"code":404}));
    assert_eq!(get(&s, "/api/v1/namespaces/ghost/configmaps").await.body["items"], json!([]), "reads are not checked");
    let r = delete(&s, "/api/v1/namespaces/default", None).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (403, Some("Forbidden")));
    create_ns(&s, "doomed").await;
    post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd("example.com", "Widget", "widgets", true)).await;
    post(&s, "/apis/example.com/v1/namespaces/doomed/widgets", json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "held", "finalizers": ["example.com/hold"]}})).await;
    post(&s, "/api/v1/namespaces/doomed/configmaps", json!({"metadata": {"name": "c"}})).await;
    post(&s, "/apis/apps/v1/namespaces/doomed/deployments", deployment("d", 1)).await;
    eventually(|| (s.names("", "pods").iter().any(|n| n.starts_with("doomed/"))).then_some(())).await;
    let mut w = Watch::open(&s, "/api/v1/namespaces?watch=true&fieldSelector=metadata.name%3Ddoomed&resourceVersion=0").await;
    assert_eq!(w.take(1).await[0]["type"], "ADDED");
    let r = delete(&s, "/api/v1/namespaces/doomed", Some(json!({"propagationPolicy": "Background"}))).await;
    assert_eq!(r.code, 200);
    assert_eq!((r.body["status"]["phase"].as_str(), r.body["spec"]["finalizers"][0].as_str()), (Some("Terminating"), Some("kubernetes")));
    assert!(r.body["metadata"]["deletionTimestamp"].is_string());
    let r = delete(&s, "/api/v1/namespaces/doomed", None).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (409, Some("Conflict")));
    // New content is refused while terminating.
    let r = post(&s, "/api/v1/namespaces/doomed/configmaps", json!({"metadata": {"name": "late"}})).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (403, Some("Forbidden")));
    assert_eq!(r.body["message"], "configmaps \"late\" is forbidden: unable to create new content in namespace doomed because it is being terminated");
    assert_eq!(r.body["details"]["causes"][0]["reason"], "NamespaceTerminating");
    // Content goes, except the object held by its finalizer; the namespace waits for it.
    eventually(|| (s.names("", "configmaps").iter().all(|n| !n.starts_with("doomed/")) && s.names("", "pods").iter().all(|n| !n.starts_with("doomed/"))).then_some(())).await;
    let ns = eventually(|| s.object("", "namespaces", "", "doomed").filter(|n| n["status"]["conditions"].is_array())).await;
    let remaining = ns["status"]["conditions"].as_array().unwrap().iter().find(|c| c["type"] == "NamespaceContentRemaining").unwrap().clone();
    assert_eq!(remaining["status"], "True");
    patch(&s, "/apis/example.com/v1/namespaces/doomed/widgets/held", "application/merge-patch+json", r#"{"metadata":{"finalizers":[]}}"#).await;
    let last = loop {
        let e = w.next(Duration::from_secs(5)).await.expect("namespace DELETED event");
        if e["type"] == "DELETED" {
            break e;
        }
        assert_eq!(e["type"], "MODIFIED");
    };
    assert_eq!(last["object"]["metadata"]["name"], "doomed");
    assert!(s.object("", "namespaces", "", "doomed").is_none());
    assert!(s.names("example.com", "widgets").is_empty());
}
