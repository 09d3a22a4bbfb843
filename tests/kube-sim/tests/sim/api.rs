//! Wire shapes: Status errors, discovery (legacy and aggregated), metadata rules, names, lists,
//! selectors, patches, dry-run, request counters, faults, TLS and tokens.

use std::collections::BTreeSet;

use kube::api::{Api, DynamicObject, ListParams, PostParams};
use kube::discovery::Discovery;
use kube_sim::Options;
use serde_json::{Value, json};

use crate::support::*;

fn cm(name: &str, labels: Value) -> Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "labels": labels}, "data": {"k": "v"}})
}

#[tokio::test]
async fn errors_are_status_objects_with_exact_reasons() {
    let s = sim();
    let r = get(&s, "/apis/apps/v1/namespaces/default/deployments/istiod").await;
    assert_eq!(r.code, 404);
    assert_eq!(r.body, json!({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"istiod\" not found","reason":"NotFound","details":{"name":"istiod","group":"apps","kind":"deployments"},"code":404}));
    assert_eq!(post(&s, "/api/v1/namespaces/default/configmaps", cm("a", json!({}))).await.code, 201);
    let r = post(&s, "/api/v1/namespaces/default/configmaps", cm("a", json!({}))).await;
    assert_eq!((r.code, r.body["reason"].as_str(), r.body["message"].as_str()), (409, Some("AlreadyExists"), Some("configmaps \"a\" already exists")));
    let r = get(&s, "/apis/nope.io/v1/things").await;
    assert_eq!((r.code, r.body["message"].as_str()), (404, Some("the server could not find the requested resource")));
    // kube-rs classifies by reason
    let api: Api<k8s_openapi::api::core::v1::ConfigMap> = Api::namespaced(kube_client(&s), "default");
    let err = api.get("missing").await.unwrap_err();
    assert!(matches!(&err, kube::Error::Api(s) if s.is_not_found()), "{err:?}");
    let r = send(&s, "PATCH", "/api/v1/namespaces/default/configmaps/a", Some("text/plain"), None, Some("{}".into())).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (415, Some("UnsupportedMediaType")));
    // 405 on an unsupported method
    let r = send(&s, "POST", "/api/v1/namespaces/default/configmaps/a", Some("application/json"), None, Some("{}".into())).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (405, Some("MethodNotAllowed")));
}

#[tokio::test]
async fn discovery_documents_and_both_kube_rs_modes() {
    let s = sim();
    let v = get(&s, "/version").await.body;
    assert_eq!((v["major"].as_str(), v["minor"].as_str()), (Some("1"), Some("33")));
    assert_eq!(get(&s, "/api").await.body["kind"], "APIVersions");
    let core = get(&s, "/api/v1").await.body;
    assert_eq!((core["kind"].as_str(), core["apiVersion"].as_str(), core["groupVersion"].as_str()), (Some("APIResourceList"), Some("v1"), Some("v1")));
    let find = |l: &Value, n: &str| l["resources"].as_array().unwrap().iter().find(|r| r["name"] == n).cloned().unwrap_or_else(|| panic!("{n} missing"));
    let ns = find(&core, "namespaces");
    assert_eq!(ns["namespaced"], false);
    assert!(!ns["verbs"].as_array().unwrap().contains(&json!("deletecollection")));
    assert_eq!(find(&core, "pods/portforward")["verbs"], json!(["create", "get"]));
    assert_eq!(find(&core, "namespaces/finalize")["verbs"], json!(["update"]));
    assert_eq!(find(&core, "services")["shortNames"], json!(["svc"]));
    assert_eq!(find(&core, "pods")["categories"], json!(["all"]));
    let apps = get(&s, "/apis/apps/v1").await.body;
    assert_eq!((apps["kind"].as_str(), apps["apiVersion"].as_str()), (Some("APIResourceList"), Some("v1")));
    let scale = find(&apps, "deployments/scale");
    assert_eq!((scale["group"].as_str(), scale["version"].as_str(), scale["kind"].as_str()), (Some("autoscaling"), Some("v1"), Some("Scale")));
    assert_eq!(find(&apps, "deployments/status")["kind"], "Deployment");
    let groups = get(&s, "/apis").await.body;
    assert_eq!((groups["kind"].as_str(), groups["apiVersion"].as_str()), (Some("APIGroupList"), Some("v1")));
    assert_eq!(get(&s, "/apis/apps").await.body["kind"], "APIGroup");
    assert_eq!(get(&s, "/apis/nope.io").await.code, 404);

    // Aggregated v2 only when asked; content type selects it.
    let accept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
    let r = send(&s, "GET", "/apis", None, Some(accept), None).await;
    assert_eq!(r.headers["content-type"], "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
    let apps = r.body["items"].as_array().unwrap().iter().find(|g| g["metadata"]["name"] == "apps").unwrap().clone();
    let dep = apps["versions"][0]["resources"].as_array().unwrap().iter().find(|r| r["resource"] == "deployments").unwrap().clone();
    assert_eq!(dep["scope"], "Namespaced");
    assert!(dep["subresources"].as_array().unwrap().iter().any(|s| s["subresource"] == "scale" && s["responseKind"]["group"] == "autoscaling"));
    let r = send(&s, "GET", "/api", None, Some(accept), None).await;
    assert_eq!(r.body["items"][0]["versions"][0]["version"], "v1");
    assert_eq!(get(&s, "/apis").await.headers["content-type"], "application/json");

    let client = kube_client(&s);
    let d = Discovery::new(client.clone()).run().await.expect("legacy discovery");
    assert!(d.has_group("apps") && d.has_group("apiextensions.k8s.io"));
    let (ar, _) = d.resolve_gvk(&kube::api::GroupVersionKind::gvk("apps", "v1", "Deployment")).unwrap();
    assert_eq!(ar.plural, "deployments");
    let agg = Discovery::new(client.clone()).run_aggregated().await.expect("aggregated discovery");
    assert!(agg.has_group("apps") && agg.has_group("rbac.authorization.k8s.io"));
    s.set_aggregated_discovery(false);
    let none = Discovery::new(client).run_aggregated().await.unwrap();
    assert_eq!(none.groups().count(), 0, "plain JSON gives run_aggregated nothing");
}

#[tokio::test]
async fn crd_registration_discovery_and_removal() {
    let s = sim();
    let client = kube_client(&s);
    let r = post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd("example.com", "Widget", "widgets", true)).await;
    assert_eq!(r.code, 201, "{}", r.body);
    // Established at the same moment the type is served.
    let c = get(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com").await.body;
    let conds: Vec<(String, String)> = c["status"]["conditions"].as_array().unwrap().iter().map(|c| (c["type"].as_str().unwrap().into(), c["status"].as_str().unwrap().into())).collect();
    assert_eq!(conds, vec![("NamesAccepted".into(), "True".into()), ("Established".into(), "True".into())]);
    assert_eq!(c["status"]["acceptedNames"]["kind"], "Widget");
    assert_eq!(c["metadata"]["generation"], 1);
    let gv = get(&s, "/apis/example.com/v1").await.body;
    let names: BTreeSet<&str> = gv["resources"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, BTreeSet::from(["widgets", "widgets/status"]));
    assert_eq!(gv["apiVersion"], "v1");
    let d = Discovery::new(client.clone()).run().await.unwrap();
    assert!(d.has_group("example.com"));
    let r = post(&s, "/apis/example.com/v1/namespaces/default/widgets", json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": {"size": 1}})).await;
    assert_eq!(r.code, 201);
    let list = get(&s, "/apis/example.com/v1/namespaces/default/widgets").await.body;
    assert_eq!((list["kind"].as_str(), list["items"][0]["kind"].as_str()), (Some("WidgetList"), Some("Widget")));
    let ar = kube::discovery::ApiResource::from_gvk(&kube::api::GroupVersionKind::gvk("example.com", "v1", "Widget"));
    let dyn_api: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &ar);
    assert_eq!(dyn_api.list(&ListParams::default()).await.unwrap().items.len(), 1);
    // Invalid CRD: name must be plural.group; exactly one storage version.
    let mut bad = crd("example.com", "Gadget", "gadgets", false);
    bad["metadata"]["name"] = json!("wrong.example.com");
    bad["spec"]["versions"][0]["storage"] = json!(false);
    let r = post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", bad).await;
    assert_eq!((r.code, r.body["reason"].as_str(), r.body["details"]["kind"].as_str()), (422, Some("Invalid"), Some("CustomResourceDefinition")));
    assert_eq!(r.body["details"]["causes"].as_array().unwrap().len(), 2);
    // Deleting the CRD removes its objects and its group.
    assert_eq!(delete(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com", None).await.code, 200);
    eventually(|| s.object("apiextensions.k8s.io", "customresourcedefinitions", "", "widgets.example.com").is_none().then_some(())).await;
    assert_eq!(get(&s, "/apis/example.com/v1").await.code, 404);
    assert!(!get(&s, "/apis").await.body.to_string().contains("example.com"));
    assert_eq!(get(&s, "/apis/example.com/v1/namespaces/default/widgets").await.code, 404);
}

#[tokio::test]
async fn server_owned_metadata_and_generation() {
    let s = sim();
    let mut body = cm("m", json!({}));
    body["metadata"]["uid"] = json!("client-uid");
    body["metadata"]["creationTimestamp"] = json!(null);
    let a = post(&s, "/api/v1/namespaces/default/configmaps", body).await.body;
    let uid = a["metadata"]["uid"].as_str().unwrap();
    assert!(uid != "client-uid" && uid.len() == 36);
    let ts = a["metadata"]["creationTimestamp"].as_str().unwrap();
    assert!(ts.len() == 20 && ts.ends_with('Z') && ts.as_bytes()[10] == b'T', "{ts}");
    assert!(a["metadata"].get("generation").is_none(), "configmaps have no generation");
    let b = post(&s, "/api/v1/namespaces/default/configmaps", cm("n", json!({}))).await.body;
    assert!(rv(&b) > rv(&a), "one global counter");
    let dep = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"}, "spec": {"replicas": 0,
        "selector": {"matchLabels": {"app": "d"}}, "template": {"metadata": {"labels": {"app": "d"}}, "spec": {"containers": [{"name": "c", "image": "img:1"}]}}}});
    let d = post(&s, "/apis/apps/v1/namespaces/default/deployments", dep).await.body;
    assert_eq!(d["metadata"]["generation"], 1);
    let path = "/apis/apps/v1/namespaces/default/deployments/d";
    let g = |v: &Value| v["metadata"]["generation"].as_i64().unwrap();
    let base = g(&eventually(|| s.object("apps", "deployments", "default", "d").filter(|d| d["status"]["observedGeneration"].is_number())).await);
    let r = patch(&s, path, "application/merge-patch+json", r#"{"metadata":{"labels":{"x":"y"}}}"#).await.body;
    assert_eq!(g(&r), base, "labels do not bump");
    let r = patch(&s, path, "application/merge-patch+json", r#"{"metadata":{"annotations":{"x":"y"}}}"#).await.body;
    assert_eq!(g(&r), base + 1, "deployment annotations bump");
    let r = patch(&s, path, "application/merge-patch+json", r#"{"spec":{"replicas":2}}"#).await.body;
    assert_eq!(g(&r), base + 2, "spec bumps");
    let r = patch(&s, &format!("{path}/status"), "application/merge-patch+json", r#"{"status":{"replicas":7}}"#).await.body;
    assert_eq!(g(&r), base + 2, "status does not bump");
    // Stale resourceVersion on update → 409 Conflict.
    let mut stale = a.clone();
    stale["data"] = json!({"k": "changed"});
    let ok = put(&s, "/api/v1/namespaces/default/configmaps/m", stale.clone()).await;
    assert_eq!(ok.code, 200);
    let r = put(&s, "/api/v1/namespaces/default/configmaps/m", stale).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (409, Some("Conflict")));
    assert!(r.body["message"].as_str().unwrap().contains("the object has been modified"));
    // Namespaces get their name label; default service account/root CA appear.
    create_ns(&s, "team").await;
    let n = get(&s, "/api/v1/namespaces/team").await.body;
    assert_eq!(n["metadata"]["labels"]["kubernetes.io/metadata.name"], "team");
    assert_eq!((n["status"]["phase"].as_str(), n["spec"]["finalizers"][0].as_str()), (Some("Active"), Some("kubernetes")));
    eventually(|| s.object("", "serviceaccounts", "team", "default")).await;
}

#[tokio::test]
async fn name_rules_per_kind() {
    let s = sim();
    let r = post(&s, "/api/v1/namespaces", json!({"metadata": {"name": "Bad_Name"}})).await;
    assert_eq!((r.code, r.body["reason"].as_str()), (422, Some("Invalid")));
    assert_eq!(r.body["details"]["kind"], "Namespace");
    assert_eq!(r.body["details"]["causes"][0]["field"], "metadata.name");
    assert!(r.body["message"].as_str().unwrap().starts_with("Namespace \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 label"));
    let svc = |n: &str| json!({"metadata": {"name": n}, "spec": {"ports": [{"port": 80}]}});
    assert_eq!(post(&s, "/api/v1/namespaces/default/services", svc("1abc")).await.code, 422, "DNS-1035 for services");
    assert_eq!(post(&s, "/api/v1/namespaces/default/services", svc("abc")).await.code, 201);
    assert_eq!(post(&s, "/api/v1/namespaces/default/configmaps", cm("a.b", json!({}))).await.code, 201, "subdomain");
    assert_eq!(post(&s, "/api/v1/namespaces/default/configmaps", cm("a_b", json!({}))).await.code, 422);
    assert_eq!(post(&s, "/apis/rbac.authorization.k8s.io/v1/clusterroles", json!({"metadata": {"name": "system:foo"}})).await.code, 201, "path segment");
    assert_eq!(post(&s, "/apis/rbac.authorization.k8s.io/v1/clusterroles", json!({"metadata": {"name": "a/b"}})).await.code, 422, "no slash in a path segment");
    assert_eq!(post(&s, "/apis/rbac.authorization.k8s.io/v1/clusterroles", json!({"metadata": {"name": ".."}})).await.code, 422);
    let r = post(&s, "/api/v1/namespaces/default/configmaps", json!({"metadata": {"generateName": "gen-"}})).await;
    let n = r.body["metadata"]["name"].as_str().unwrap();
    assert!(r.code == 201 && n.len() == 9 && n.starts_with("gen-"), "{n}");
    let r = post(&s, "/api/v1/namespaces/default/configmaps", json!({"metadata": {}})).await;
    assert_eq!(r.code, 422);
    let r = post(&s, "/api/v1/namespaces/default/configmaps", cm("badlabel", json!({"a b": "c"}))).await;
    assert_eq!(r.code, 422);
    // A body namespace that differs from the URL is a 400.
    let mut other = cm("x", json!({}));
    other["metadata"]["namespace"] = json!("kube-system");
    assert_eq!(post(&s, "/api/v1/namespaces/default/configmaps", other).await.code, 400);
}

#[tokio::test]
async fn lists_chunking_and_selectors() {
    let s = sim();
    create_ns(&s, "l").await;
    for i in 0..7 {
        let labels = json!({"app": if i % 2 == 0 { "even" } else { "odd" }, "n": i.to_string()});
        assert_eq!(post(&s, "/api/v1/namespaces/l/configmaps", cm(&format!("c{i}"), labels)).await.code, 201);
    }
    // the root CA config map is created by the control loop as well
    eventually(|| s.object("", "configmaps", "l", "kube-root-ca.crt")).await;
    let first = get(&s, "/api/v1/namespaces/l/configmaps?limit=3").await.body;
    assert_eq!(first["kind"], "ConfigMapList");
    assert!(first["items"][0].get("kind").is_none(), "built-in list items omit kind");
    assert_eq!(first["items"].as_array().unwrap().len(), 3);
    assert_eq!(first["metadata"]["remainingItemCount"], 5);
    let tok = first["metadata"]["continue"].as_str().unwrap();
    let mut names: Vec<String> = first["items"].as_array().unwrap().iter().map(|i| i["metadata"]["name"].as_str().unwrap().to_string()).collect();
    let mut page = get(&s, &format!("/api/v1/namespaces/l/configmaps?limit=3&continue={tok}")).await.body;
    assert_eq!(page["metadata"]["resourceVersion"], first["metadata"]["resourceVersion"], "every page reports the list RV");
    loop {
        names.extend(page["items"].as_array().unwrap().iter().map(|i| i["metadata"]["name"].as_str().unwrap().to_string()));
        match page["metadata"]["continue"].as_str() {
            Some(t) => page = get(&s, &format!("/api/v1/namespaces/l/configmaps?limit=3&continue={t}")).await.body,
            None => break,
        }
    }
    assert_eq!(names.len(), 8);
    let empty = get(&s, "/api/v1/namespaces/nowhere/configmaps").await.body;
    assert_eq!(empty["items"], json!([]));
    assert!(empty["metadata"]["resourceVersion"].as_str().is_some());
    let count = |q: &'static str| {
        let s = &s;
        async move {
            let r = get(s, &format!("/api/v1/namespaces/l/configmaps?{q}")).await;
            assert_eq!(r.code, 200, "{q}: {}", r.body);
            r.body["items"].as_array().unwrap().len()
        }
    };
    assert_eq!(count("labelSelector=app%3Deven").await, 4);
    assert_eq!(count("labelSelector=app%3D%3Dodd").await, 3);
    assert_eq!(count("labelSelector=app%21%3Deven").await, 4, "!= matches objects without the key");
    assert_eq!(count("labelSelector=n+in+(1,2,3)").await, 3);
    assert_eq!(count("labelSelector=n+notin+(1,2,3)").await, 5);
    assert_eq!(count("labelSelector=app").await, 7);
    assert_eq!(count("labelSelector=%21app").await, 1);
    assert_eq!(count("labelSelector=app%3Deven,n+in+(0,1)").await, 1);
    assert_eq!(count("fieldSelector=metadata.name%3Dc3").await, 1);
    assert_eq!(count("fieldSelector=metadata.namespace%3Dl,metadata.name%21%3Dc3").await, 7);
    assert_eq!(get(&s, "/api/v1/namespaces/l/configmaps?labelSelector=app+in+x").await.code, 400);
    let r = get(&s, "/api/v1/namespaces/l/configmaps?fieldSelector=data.k%3Dv").await;
    assert_eq!((r.code, r.body["message"].as_str()), (400, Some("field label not supported: data.k")));
    assert_eq!(get(&s, "/api/v1/configmaps?fieldSelector=metadata.namespace%3Dl").await.body["items"].as_array().unwrap().len(), 8);
    // deletecollection by label
    let r = delete(&s, "/api/v1/namespaces/l/configmaps?labelSelector=app%3Dodd", None).await;
    assert_eq!((r.code, r.body["items"].as_array().unwrap().len()), (200, 3));
    assert_eq!(count("labelSelector=app").await, 4);
}

#[tokio::test]
async fn merge_json_and_strategic_patches() {
    let s = sim();
    let p = "/api/v1/namespaces/default/configmaps/p";
    post(&s, "/api/v1/namespaces/default/configmaps", json!({"metadata": {"name": "p", "labels": {"a": "1", "b": "2"}}, "data": {"x": "1"}})).await;
    let r = patch(&s, p, "application/merge-patch+json", r#"{"metadata":{"labels":{"a":null,"c":"3"}}}"#).await.body;
    assert_eq!(r["metadata"]["labels"], json!({"b": "2", "c": "3"}));
    let before = rv(&r);
    let same = patch(&s, p, "application/merge-patch+json", r#"{"metadata":{"labels":{"c":"3"}}}"#).await.body;
    assert_eq!(rv(&same), before, "a no-op patch keeps the resourceVersion");
    let r = patch(&s, p, "application/json-patch+json", r#"[{"op":"add","path":"/data/y","value":"2"},{"op":"remove","path":"/data/x"}]"#).await.body;
    assert_eq!(r["data"], json!({"y": "2"}));
    let r = patch(&s, p, "application/json-patch+json", r#"[{"op":"test","path":"/data/y","value":"nope"}]"#).await;
    assert_eq!(r.code, 422);
    assert_eq!(patch(&s, p, "application/json-patch+json", "not json").await.code, 400);
    // strategic merge on a pod template: containers by name, env by name, ports by containerPort
    let dep = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "s"}, "spec": {"replicas": 0, "selector": {"matchLabels": {"app": "s"}},
        "template": {"metadata": {"labels": {"app": "s"}}, "spec": {"containers": [
            {"name": "a", "image": "a:1", "env": [{"name": "X", "value": "1"}], "ports": [{"containerPort": 80}]},
            {"name": "b", "image": "b:1"}], "volumes": [{"name": "v", "emptyDir": {}}]}}}});
    post(&s, "/apis/apps/v1/namespaces/default/deployments", dep).await;
    let smp = r#"{"spec":{"template":{"spec":{"containers":[{"name":"a","image":"a:2","env":[{"name":"Y","value":"2"}],"ports":[{"containerPort":81}]},{"name":"b","$patch":"delete"}],"volumes":[{"name":"w","emptyDir":{}}]}}}}"#;
    let r = patch(&s, "/apis/apps/v1/namespaces/default/deployments/s", "application/strategic-merge-patch+json", smp).await;
    assert_eq!(r.code, 200, "{}", r.body);
    let c = &r.body["spec"]["template"]["spec"]["containers"];
    assert_eq!(c.as_array().unwrap().len(), 1);
    assert_eq!(c[0]["image"], "a:2");
    assert_eq!(c[0]["env"], json!([{"name": "X", "value": "1"}, {"name": "Y", "value": "2"}]));
    assert_eq!(c[0]["ports"].as_array().unwrap().len(), 2);
    assert_eq!(r.body["spec"]["template"]["spec"]["volumes"].as_array().unwrap().len(), 2);
    // SMP on a custom resource → 415
    post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd("example.com", "Widget", "widgets", false)).await;
    post(&s, "/apis/example.com/v1/namespaces/default/widgets", json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}})).await;
    let r = patch(&s, "/apis/example.com/v1/namespaces/default/widgets/w", "application/strategic-merge-patch+json", "{}").await;
    assert_eq!((r.code, r.body["reason"].as_str()), (415, Some("UnsupportedMediaType")));
    let r = patch(&s, "/apis/example.com/v1/namespaces/default/widgets/w", "application/merge-patch+json", r#"{"spec":{"size":4}}"#).await;
    assert_eq!((r.code, r.body["metadata"]["generation"].as_i64()), (200, Some(2)), "CR spec change bumps generation");
    assert_eq!(patch(&s, "/api/v1/namespaces/default/configmaps/none", "application/merge-patch+json", "{}").await.code, 404);
    let r = send(&s, "PATCH", &format!("{p}?force=true"), Some("application/merge-patch+json"), None, Some("{}".into())).await;
    assert_eq!(r.code, 422, "force only for apply");
}

#[tokio::test]
async fn dry_run_on_every_mutating_verb() {
    let s = sim();
    post(&s, "/api/v1/namespaces/default/configmaps", cm("d", json!({"a": "1"}))).await;
    eventually(|| s.object("", "configmaps", "default", "kube-root-ca.crt")).await;
    let mut w = Watch::open(&s, &format!("/api/v1/namespaces/default/configmaps?watch=true&resourceVersion={}", s.resource_version())).await;
    let start = s.resource_version();
    let r = send(&s, "POST", "/api/v1/namespaces/default/configmaps?dryRun=All", Some("application/json"), None, Some(cm("new", json!({})).to_string())).await;
    assert_eq!((r.code, r.body["metadata"]["name"].as_str()), (201, Some("new")));
    let mut upd = s.object("", "configmaps", "default", "d").unwrap();
    upd["data"] = json!({"changed": "yes"});
    let r = send(&s, "PUT", "/api/v1/namespaces/default/configmaps/d?dryRun=All", Some("application/json"), None, Some(upd.to_string())).await;
    assert_eq!((r.code, r.body["data"]["changed"].as_str()), (200, Some("yes")));
    let r = send(&s, "PATCH", "/api/v1/namespaces/default/configmaps/d?dryRun=All", Some("application/merge-patch+json"), None, Some(r#"{"data":{"p":"1"}}"#.into())).await;
    assert_eq!(r.body["data"]["p"], "1");
    let apply = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "ap"}, "data": {"z": "1"}});
    let r = send(&s, "PATCH", "/api/v1/namespaces/default/configmaps/ap?dryRun=All&fieldManager=m", Some("application/apply-patch+yaml"), None, Some(apply.to_string())).await;
    assert_eq!(r.code, 201, "{}", r.body);
    let r = delete(&s, "/api/v1/namespaces/default/configmaps/d", Some(json!({"dryRun": ["All"]}))).await;
    assert_eq!(r.code, 200);
    let r = delete(&s, "/api/v1/namespaces/default/configmaps?dryRun=All", None).await;
    assert!(r.body["items"].as_array().unwrap().len() >= 2);
    // dry-run still validates
    let r = send(&s, "POST", "/api/v1/namespaces/default/configmaps?dryRun=All", Some("application/json"), None, Some(cm("BAD", json!({})).to_string())).await;
    assert_eq!(r.code, 422);
    assert_eq!(send(&s, "POST", "/api/v1/namespaces/default/configmaps?dryRun=Some", Some("application/json"), None, Some(cm("x", json!({})).to_string())).await.code, 422);
    assert_eq!(s.resource_version(), start, "nothing stored");
    assert!(s.object("", "configmaps", "default", "new").is_none() && s.object("", "configmaps", "default", "ap").is_none());
    assert_eq!(s.object("", "configmaps", "default", "d").unwrap()["data"], json!({"k": "v"}));
    assert!(w.next(std::time::Duration::from_millis(300)).await.is_none(), "no watch events");
}

#[tokio::test]
async fn request_counters_and_endpoint() {
    let s = sim();
    let client = kube_client(&s);
    s.reset_requests();
    let api: Api<k8s_openapi::api::core::v1::ConfigMap> = Api::namespaced(client, "default");
    let cmv: k8s_openapi::api::core::v1::ConfigMap = serde_json::from_value(cm("c", json!({}))).unwrap();
    api.create(&PostParams::default(), &cmv).await.unwrap();
    api.get("c").await.unwrap();
    api.list(&ListParams::default()).await.unwrap();
    let st = s.requests();
    assert_eq!((st.total, st.mutating), (3, 1));
    assert_eq!((st.by_verb["create"], st.by_verb["get"], st.by_verb["list"]), (1, 1, 1));
    let over_http = get(&s, "/kube-sim/requests").await.body;
    assert_eq!(over_http["total"], 3, "the control endpoint is not itself counted");
    assert_eq!(over_http["byVerb"]["create"], 1);
    assert_eq!(over_http["log"][0]["verb"], "create");
    assert_eq!(delete(&s, "/kube-sim/requests", None).await.code, 200);
    assert_eq!(s.requests().total, 0);
}

#[tokio::test]
async fn faults_are_seeded_and_deterministic() {
    async fn outcomes(seed: u64) -> (Vec<u16>, u64) {
        let s = sim_with(Options { fault_rate: 0.5, seed, ..Options::default() });
        let mut codes = Vec::new();
        for _ in 0..40 {
            let req = hyper::Request::get(format!("{}/api/v1/namespaces/default/configmaps", s.url())).body(http_body_util::Full::new(bytes::Bytes::new())).unwrap();
            let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build_http();
            codes.push(match client.request(req).await {
                Ok(r) => r.status().as_u16(),
                Err(_) => 0,
            });
        }
        (codes, s.requests().faults)
    }
    let (a, fa) = outcomes(7).await;
    let (b, _) = outcomes(7).await;
    let (c, _) = outcomes(8).await;
    assert_eq!(a, b, "same seed, same faults");
    assert_ne!(a, c, "different seed, different faults");
    let faulted = a.iter().filter(|c| **c != 200).count() as u64;
    assert!(fa > 5 && fa < 35, "about half: {fa}");
    assert!(faulted <= fa);
    for code in [500, 429, 503, 0] {
        assert!(a.contains(&code) || b.contains(&code) || c.contains(&code), "fault kind {code} seen: {a:?}");
    }
    // the 429 carries Retry-After
    let s = sim_with(Options { fault_rate: 1.0, seed: 1, ..Options::default() });
    let mut seen = false;
    for _ in 0..30 {
        let r = get(&s, "/version").await;
        if r.code == 429 {
            assert_eq!(r.headers["retry-after"], "1");
            assert_eq!(r.body["reason"], "TooManyRequests");
            seen = true;
            break;
        }
    }
    assert!(seen);
}

#[tokio::test]
async fn tls_with_token() {
    let s = sim_with(Options { tls: true, token: Some("s3cr3t".into()), ..Options::default() });
    assert!(s.url().starts_with("https://127.0.0.1:"));
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("kc");
    s.write_kubeconfig(&kc).unwrap();
    let text = std::fs::read_to_string(&kc).unwrap();
    assert!(text.contains("certificate-authority-data: ") && text.contains("token: s3cr3t") && text.contains("current-context: kube-sim"));
    let client = kube_client_from_kubeconfig(&kc).await.unwrap();
    let v = client.apiserver_version().await.expect("TLS + token works");
    assert_eq!(v.minor, "33");
    let nss: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client);
    assert!(nss.list(&ListParams::default()).await.unwrap().items.len() >= 4);
    std::fs::write(&kc, text.replace("token: s3cr3t", "token: wrong")).unwrap();
    let bad = kube_client_from_kubeconfig(&kc).await.unwrap();
    let nss: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(bad);
    match nss.list(&ListParams::default()).await {
        Err(kube::Error::Api(st)) => assert_eq!((st.code, st.reason.as_str()), (401, "Unauthorized")),
        other => panic!("expected 401, got {other:?}"),
    }
}

#[tokio::test]
async fn denied_resources_answer_403_as_rbac_does() {
    let s = sim_with(Options { deny: vec!["secrets".into()], ..Options::default() });
    let r = get(&s, "/api/v1/secrets").await;
    assert_eq!(r.code, 403);
    assert_eq!(r.body["reason"], "Forbidden");
    assert_eq!(
        r.body["message"],
        "secrets is forbidden: User \"kube-sim-user\" cannot list resource \"secrets\" in API group \"\" at the cluster scope"
    );
    let r = get(&s, "/api/v1/namespaces/default/secrets/x").await;
    assert_eq!(r.code, 403);
    assert!(r.body["message"].as_str().unwrap().contains("cannot get resource \"secrets\" in API group \"\" in the namespace \"default\""));
    // Other resources are untouched; a denial added at run time applies from then on.
    assert_eq!(get(&s, "/api/v1/configmaps").await.code, 200);
    s.deny("configmaps");
    assert_eq!(get(&s, "/api/v1/configmaps").await.code, 403);
    let w = get(&s, "/api/v1/namespaces/default/configmaps?watch=true").await;
    assert_eq!(w.code, 403);
    assert!(w.body["message"].as_str().unwrap().contains("cannot watch resource \"configmaps\""));
    assert_eq!(get(&s, "/api/v1/namespaces").await.code, 200);
}

#[tokio::test]
async fn owners_find_their_dependents_as_the_store_changes() {
    // Deployment → ReplicaSet → Pod, then deleting the Deployment collects both (owner index).
    let s = sim();
    let d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}},
            "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "img:1"}]}}}});
    assert_eq!(post(&s, "/apis/apps/v1/namespaces/default/deployments", d).await.code, 201);
    let mut pods = 0;
    for _ in 0..100 {
        pods = s.names("", "pods").iter().filter(|n| n.starts_with("default/web-")).count();
        if pods == 2 && s.names("apps", "replicasets").len() == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(pods, 2);
    assert_eq!(send(&s, "DELETE", "/apis/apps/v1/namespaces/default/deployments/web", None, None, None).await.code, 200);
    for _ in 0..100 {
        if s.names("", "pods").iter().all(|n| !n.starts_with("default/web-")) && s.names("apps", "replicasets").is_empty() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("dependents were not collected: {:?} {:?}", s.names("apps", "replicasets"), s.names("", "pods"));
}
