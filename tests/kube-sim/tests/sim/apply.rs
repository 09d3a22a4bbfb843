//! Server-side apply: bodies, creation, managedFields, conflicts, force, removal of dropped fields,
//! the status subresource and pruning.

use kube::api::{Api, Patch, PatchParams};
use serde_json::{Value, json};

use crate::support::*;

const CT: &str = "application/apply-patch+yaml";

async fn apply(s: &kube_sim::KubeSim, path: &str, q: &str, body: &str) -> Resp {
    send(s, "PATCH", &format!("{path}?{q}"), Some(CT), None, Some(body.to_string())).await
}

fn entry<'a>(obj: &'a Value, manager: &str, op: &str) -> &'a Value {
    obj["metadata"]["managedFields"].as_array().unwrap().iter().find(|e| e["manager"] == manager && e["operation"] == op).unwrap_or_else(|| panic!("no {manager}/{op} in {}", obj["metadata"]["managedFields"]))
}

#[tokio::test]
async fn apply_creates_with_json_or_yaml_and_requires_a_manager() {
    let s = sim();
    let path = "/api/v1/namespaces/default/configmaps/a";
    let r = apply(&s, path, "", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"#).await;
    assert_eq!(r.code, 422);
    assert_eq!(r.body["message"], "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
    let r = apply(&s, path, "fieldManager=m", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"x":"1"}}"#).await;
    assert_eq!(r.code, 201, "apply creates");
    let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: \"1\"\n  y: \"2\"\n";
    let r = apply(&s, path, "fieldManager=m", yaml).await;
    assert_eq!((r.code, r.body["data"]["y"].as_str()), (200, Some("2")), "YAML body");
    let r = apply(&s, "/api/v1/namespaces/missing/configmaps/a", "fieldManager=m", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"#).await;
    assert_eq!((r.code, r.body["message"].as_str()), (404, Some("namespaces \"missing\" not found")));
    let r = apply(&s, path, "fieldManager=m", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"other"}}"#).await;
    assert_eq!(r.code, 400, "URL/body name mismatch");
    // kube-rs apply twice: second is a no-op keeping resourceVersion
    let api: Api<k8s_openapi::api::core::v1::ConfigMap> = Api::namespaced(kube_client(&s), "default");
    let cfg = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "k"}, "data": {"a": "b"}});
    let one = api.patch("k", &PatchParams::apply("istio-operator"), &Patch::Apply(&cfg)).await.unwrap();
    let two = api.patch("k", &PatchParams::apply("istio-operator"), &Patch::Apply(&cfg)).await.unwrap();
    assert_eq!(one.metadata.resource_version, two.metadata.resource_version);
    assert_eq!(one.metadata.managed_fields, two.metadata.managed_fields, "no-op apply leaves managedFields alone");
}

#[tokio::test]
async fn managed_fields_use_fieldsv1_and_record_updates() {
    let s = sim();
    let path = "/apis/apps/v1/namespaces/default/deployments/istiod";
    let dep = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "istiod", "labels": {"app": "istiod"}, "finalizers": ["x.io/keep"]},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "istiod"}}, "template": {"metadata": {"labels": {"app": "istiod"}},
            "spec": {"containers": [{"name": "discovery", "image": "pilot:1", "ports": [{"containerPort": 15010}]}]}}}});
    let r = apply(&s, path, "fieldManager=istio-operator", &dep.to_string()).await;
    assert_eq!(r.code, 201, "{}", r.body);
    let e = entry(&r.body, "istio-operator", "Apply");
    assert_eq!((e["apiVersion"].as_str(), e["fieldsType"].as_str()), (Some("apps/v1"), Some("FieldsV1")));
    let f = &e["fieldsV1"];
    assert_eq!(f["f:metadata"]["f:labels"]["f:app"], json!({}));
    assert_eq!(f["f:metadata"]["f:finalizers"]["v:\"x.io/keep\""], json!({}), "set elements use v:");
    assert_eq!(f["f:spec"]["f:selector"], json!({}), "atomic struct");
    let c = &f["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"discovery\"}"];
    assert_eq!(c["."], json!({}), "map-list element owns itself");
    assert_eq!(c["f:image"], json!({}));
    assert_eq!(c["f:ports"]["k:{\"containerPort\":15010,\"protocol\":\"TCP\"}"]["f:protocol"], json!({}), "defaulted key field in the key");
    assert!(f["f:spec"].get("f:strategy").is_none(), "defaulted fields are not owned");
    assert_eq!(r.body["spec"]["revisionHistoryLimit"], 10);
    // A merge patch with fieldManager records an Update entry for that manager.
    let r = send(&s, "PATCH", &format!("{path}?fieldManager=kubectl-label"), Some("application/merge-patch+json"), None, Some(r#"{"metadata":{"labels":{"team":"a"}}}"#.into())).await;
    let u = entry(&r.body, "kubectl-label", "Update");
    assert_eq!(u["fieldsV1"], json!({"f:metadata": {"f:labels": {"f:team": {}}}}));
    assert!(u.get("subresource").is_none());
    // The controller's status writes are recorded on the status subresource.
    let d = eventually(|| s.object("apps", "deployments", "default", "istiod").filter(|d| d["metadata"]["managedFields"].as_array().unwrap().iter().any(|e| e["subresource"] == "status"))).await;
    let st = d["metadata"]["managedFields"].as_array().unwrap().iter().find(|e| e["subresource"] == "status").unwrap().clone();
    assert_eq!((st["manager"].as_str(), st["operation"].as_str()), (Some("kube-controller-manager"), Some("Update")));
    // Clearing with [{}]
    let r = patch(&s, path, "application/merge-patch+json", r#"{"metadata":{"managedFields":[{}]}}"#).await;
    assert!(r.body["metadata"].get("managedFields").is_none(), "{}", r.body["metadata"]);
}

#[tokio::test]
async fn conflicts_force_sharing_and_removal() {
    let s = sim();
    let path = "/apis/apps/v1/namespaces/default/deployments/d";
    let base = |replicas: i64, image: &str| {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"},
            "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": "d"}}, "template": {"metadata": {"labels": {"app": "d"}},
                "spec": {"containers": [{"name": "discovery", "image": image}]}}}})
        .to_string()
    };
    assert_eq!(apply(&s, path, "fieldManager=a", &base(1, "i:1")).await.code, 201);
    // Update manager owns replicas after a merge patch
    patch(&s, &format!("{path}?fieldManager=kubectl-scale"), "application/merge-patch+json", r#"{"spec":{"replicas":3}}"#).await;
    let r = apply(&s, path, "fieldManager=a", &base(1, "i:1")).await;
    assert_eq!(r.code, 409);
    assert_eq!(r.body["reason"], "Conflict");
    assert_eq!(r.body["message"], "Apply failed with 1 conflict: conflict with \"kubectl-scale\" using apps/v1: .spec.replicas");
    assert_eq!(r.body["details"], json!({"causes": [{"reason": "FieldManagerConflict", "message": "conflict with \"kubectl-scale\" using apps/v1", "field": ".spec.replicas"}]}));
    // Two conflicts with an Apply manager
    let r = apply(&s, path, "fieldManager=b", &base(5, "i:2")).await;
    assert_eq!(r.code, 409);
    let msg = r.body["message"].as_str().unwrap();
    assert!(msg.starts_with("Apply failed with 2 conflicts: conflicts with \"a\":"), "{msg}");
    assert!(msg.contains("- .spec.template.spec.containers[name=\"discovery\"].image"), "{msg}");
    // The same value is shared, not a conflict.
    assert_eq!(apply(&s, path, "fieldManager=b", &base(3, "i:1")).await.code, 200);
    // force takes ownership away from everyone else
    let r = apply(&s, path, "fieldManager=b&force=true", &base(4, "i:2")).await;
    assert_eq!(r.code, 200);
    assert_eq!(r.body["spec"]["replicas"], 4);
    let a = entry(&r.body, "a", "Apply");
    assert!(a["fieldsV1"]["f:spec"].get("f:replicas").is_none());
    assert!(a["fieldsV1"]["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"discovery\"}"].get("f:image").is_none());
    assert!(r.body["metadata"]["managedFields"].as_array().unwrap().iter().all(|e| e["manager"] != "kubectl-scale"), "empty entries are dropped");
    // Removal: a field only the applier owned disappears when dropped; shared ones stay.
    let cm = "/api/v1/namespaces/default/configmaps/c";
    apply(&s, cm, "fieldManager=a", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","labels":{"l":"1"}},"data":{"x":"1","y":"2"}}"#).await;
    apply(&s, cm, "fieldManager=b", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"y":"2"}}"#).await;
    let r = apply(&s, cm, "fieldManager=a", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{}}"#).await;
    assert_eq!(r.body["data"], json!({"y": "2"}), "x removed, y kept for b");
    assert!(r.body["metadata"].get("labels").is_none_or(|l| l.get("l").is_none()), "label dropped by its only owner");
    // Fields set by Update are not removed by an apply that never applied them.
    patch(&s, &format!("{cm}?fieldManager=editor"), "application/merge-patch+json", r#"{"data":{"z":"9"}}"#).await;
    let r = apply(&s, cm, "fieldManager=a", r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"}}"#).await;
    assert_eq!(r.body["data"]["z"], "9");
    // list-map and set semantics on a custom resource
    post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd("example.com", "Widget", "widgets", true)).await;
    let w = "/apis/example.com/v1/namespaces/default/widgets/w";
    let cfg = |ports: &str, tags: &str| format!(r#"{{"apiVersion":"example.com/v1","kind":"Widget","metadata":{{"name":"w"}},"spec":{{"ports":{ports},"tags":{tags}}}}}"#);
    apply(&s, w, "fieldManager=a", &cfg(r#"[{"port":1,"name":"one"}]"#, r#"["x"]"#)).await;
    let r = apply(&s, w, "fieldManager=b", &cfg(r#"[{"port":2,"name":"two"}]"#, r#"["y"]"#)).await;
    assert_eq!(r.code, 200, "{}", r.body);
    assert_eq!(r.body["spec"]["ports"].as_array().unwrap().len(), 2, "map list merges by key");
    assert_eq!(r.body["spec"]["tags"], json!(["x", "y"]), "set union");
    assert_eq!(entry(&r.body, "b", "Apply")["fieldsV1"]["f:spec"]["f:ports"]["k:{\"port\":2}"]["."], json!({}));
    let r = apply(&s, w, "fieldManager=a", &cfg("[]", "[]")).await;
    assert_eq!(r.body["spec"]["ports"], json!([{"port": 2, "name": "two"}]));
    assert_eq!(r.body["spec"]["tags"], json!(["y"]));
}

#[tokio::test]
async fn status_subresource_and_pruning() {
    let s = sim();
    post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd("example.com", "Widget", "widgets", true)).await;
    let base = "/apis/example.com/v1/namespaces/default/widgets";
    let r = post(&s, base, json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"},
        "spec": {"size": 1, "junk": true, "free": {"any": {"thing": 1}}}, "status": {"ready": true}})).await;
    assert_eq!(r.code, 201);
    assert!(r.body.get("status").is_none(), "status dropped on create");
    assert!(r.body["spec"].get("junk").is_none(), "undeclared field pruned");
    assert_eq!(r.body["spec"]["free"], json!({"any": {"thing": 1}}), "preserve-unknown-fields keeps");
    assert!(r.headers.get("warning").is_some_and(|w| w.to_str().unwrap().contains("unknown field \\\"spec.junk\\\"") || w.to_str().unwrap().contains("spec.junk")));
    let r = send(&s, "POST", &format!("{base}?fieldValidation=Strict"), Some("application/json"), None,
        Some(json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "x"}, "spec": {"junk": 1}}).to_string())).await;
    assert_eq!(r.code, 400);
    assert!(r.body["message"].as_str().unwrap().starts_with("strict decoding error: unknown field \"spec.junk\""));
    let r = patch(&s, &format!("{base}/w/status"), "application/merge-patch+json", r#"{"spec":{"size":9},"status":{"ready":true}}"#).await;
    assert_eq!((r.body["spec"]["size"].as_i64(), r.body["status"]["ready"].as_bool()), (Some(1), Some(true)), "/status only changes status");
    assert_eq!(r.body["metadata"]["generation"], 1);
    let r = patch(&s, &format!("{base}/w"), "application/merge-patch+json", r#"{"spec":{"size":2},"status":{"ready":false}}"#).await;
    assert_eq!((r.body["spec"]["size"].as_i64(), r.body["status"]["ready"].as_bool()), (Some(2), Some(true)), "main resource ignores status");
    assert_eq!(r.body["metadata"]["generation"], 2);
    let r = apply(&s, &format!("{base}/w/status"), "fieldManager=ctl", r#"{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"status":{"phase":"Up"}}"#).await;
    assert_eq!(r.body["status"]["phase"], "Up");
    let e = entry(&r.body, "ctl", "Apply");
    assert_eq!(e["subresource"], "status");
    assert_eq!(e["fieldsV1"], json!({"f:status": {"f:phase": {}}}));
    let st = get(&s, &format!("{base}/w/status")).await;
    assert_eq!(st.body["status"]["phase"], "Up");
}

#[tokio::test]
async fn status_without_a_subresource_is_part_of_the_object() {
    let s = sim();
    post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd("example.com", "Gadget", "gadgets", false)).await;
    let base = "/apis/example.com/v1/namespaces/default/gadgets";
    let r = post(&s, base, json!({"apiVersion": "example.com/v1", "kind": "Gadget", "metadata": {"name": "g"},
        "spec": {"size": 1}, "status": {"ready": true}})).await;
    assert_eq!(r.code, 201);
    assert_eq!(r.body["status"]["ready"], true, "kept on create: the kind has no status subresource");
    let r = patch(&s, &format!("{base}/g"), "application/merge-patch+json", r#"{"status":{"ready":false}}"#).await;
    assert_eq!(r.body["status"]["ready"], false, "an ordinary write changes it");
    let r = get(&s, &format!("{base}/g/status")).await;
    assert_eq!(r.code, 404, "no /status to write through");
}
