//! The simulated control loop: Deployments, ReplicaSets, DaemonSets, pod readiness, image pull
//! failures, waypoint Gateways.

use std::time::Duration;

use kube_sim::Options;
use serde_json::{Value, json};

use crate::support::*;

fn deployment(name: &str, image: &str, replicas: i64) -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "labels": {"app": name}}, "spec": {"replicas": replicas,
        "selector": {"matchLabels": {"app": name}}, "template": {"metadata": {"labels": {"app": name, "version": "v1"}},
            "spec": {"containers": [{"name": "main", "image": image, "ports": [{"containerPort": 8080}]}]}}}})
}

fn cond<'a>(o: &'a Value, ty: &str) -> &'a Value {
    o["status"]["conditions"].as_array().and_then(|a| a.iter().find(|c| c["type"] == ty)).unwrap_or(&Value::Null)
}

#[tokio::test]
async fn deployment_rolls_out_and_becomes_available() {
    let s = sim_with(Options { ready_after: Duration::from_millis(200), ..Options::default() });
    let d = post(&s, "/apis/apps/v1/namespaces/default/deployments", deployment("web", "nginx:1.27", 2)).await.body;
    // Before ready_after: pods exist but are not ready.
    let rs = eventually(|| s.names("apps", "replicasets").into_iter().find(|n| n.starts_with("default/web-"))).await;
    let rs_name = rs.split_once('/').unwrap().1.to_string();
    let hash = rs_name.strip_prefix("web-").unwrap().to_string();
    assert!(!hash.is_empty() && hash.bytes().all(|b| b"456789bcdf".contains(&b)), "{hash}");
    let rso = s.object("apps", "replicasets", "default", &rs_name).unwrap();
    assert_eq!(rso["metadata"]["labels"]["pod-template-hash"], hash.as_str());
    assert_eq!(rso["spec"]["selector"]["matchLabels"], json!({"app": "web", "pod-template-hash": hash}));
    assert_eq!(rso["metadata"]["ownerReferences"][0]["uid"], d["metadata"]["uid"]);
    assert_eq!(rso["metadata"]["annotations"]["deployment.kubernetes.io/revision"], "1");
    // Ready and available after ready_after.
    let dep = eventually(|| s.object("apps", "deployments", "default", "web").filter(|d| d["status"]["availableReplicas"] == 2)).await;
    let st = &dep["status"];
    assert_eq!((st["replicas"].as_i64(), st["updatedReplicas"].as_i64(), st["readyReplicas"].as_i64()), (Some(2), Some(2), Some(2)));
    assert!(st.get("unavailableReplicas").is_none(), "zero counts omitted");
    assert_eq!(st["observedGeneration"], dep["metadata"]["generation"]);
    assert_eq!((cond(&dep, "Available")["status"].as_str(), cond(&dep, "Available")["reason"].as_str()), (Some("True"), Some("MinimumReplicasAvailable")));
    assert_eq!(cond(&dep, "Progressing")["reason"], "NewReplicaSetAvailable");
    assert_eq!(cond(&dep, "Progressing")["message"], format!("ReplicaSet \"{rs_name}\" has successfully progressed."));
    assert_eq!(dep["metadata"]["annotations"]["deployment.kubernetes.io/revision"], "1");
    let pods: Vec<String> = s.names("", "pods").into_iter().filter(|n| n.starts_with(&format!("default/{rs_name}-"))).collect();
    assert_eq!(pods.len(), 2);
    let pod = s.object("", "pods", "default", pods[0].split_once('/').unwrap().1).unwrap();
    assert_eq!(pod["metadata"]["labels"], json!({"app": "web", "version": "v1", "pod-template-hash": hash}));
    assert_eq!(pod["status"]["phase"], "Running");
    assert_eq!(cond(&pod, "Ready")["status"], "True");
    assert_eq!(pod["status"]["containerStatuses"][0]["ready"], true);
    assert!(pod["status"]["containerStatuses"][0]["state"]["running"]["startedAt"].is_string());
    assert!(pod["spec"]["nodeName"].as_str().unwrap().starts_with("kube-sim-node-"));
    // A template change makes a new replica set (revision 2); the old one scales to zero.
    let r = patch(&s, "/apis/apps/v1/namespaces/default/deployments/web", "application/strategic-merge-patch+json", r#"{"spec":{"template":{"spec":{"containers":[{"name":"main","image":"nginx:1.28"}]}}}}"#).await;
    assert_eq!(r.code, 200);
    let dep = eventually(|| {
        s.object("apps", "deployments", "default", "web")
            .filter(|d| d["metadata"]["annotations"]["deployment.kubernetes.io/revision"] == "2" && d["status"]["updatedReplicas"] == 2 && d["status"]["replicas"] == 2 && d["status"]["availableReplicas"] == 2)
    })
    .await;
    assert!(dep["status"]["observedGeneration"].as_i64() >= dep["metadata"]["generation"].as_i64());
    assert_eq!(s.object("apps", "replicasets", "default", &rs_name).unwrap()["spec"]["replicas"], 0);
    // Scale subresource
    let sc = get(&s, "/apis/apps/v1/namespaces/default/deployments/web/scale").await.body;
    assert_eq!((sc["kind"].as_str(), sc["spec"]["replicas"].as_i64()), (Some("Scale"), Some(2)));
    let r = patch(&s, "/apis/apps/v1/namespaces/default/deployments/web/scale", "application/merge-patch+json", r#"{"spec":{"replicas":3}}"#).await;
    assert_eq!(r.body["spec"]["replicas"], 3);
    eventually(|| s.object("apps", "deployments", "default", "web").filter(|d| d["status"]["readyReplicas"] == 3)).await;
}

#[tokio::test]
async fn missing_image_pulls_back_off_and_never_readies() {
    let s = sim_with(Options { ready_after: Duration::from_millis(50), ..Options::default() });
    post(&s, "/apis/apps/v1/namespaces/default/deployments", deployment("bad", "registry.example/does-not-exist:1", 1)).await;
    let pod = eventually(|| {
        let n = s.names("", "pods").into_iter().find(|n| n.starts_with("default/bad-"))?;
        s.object("", "pods", "default", n.split_once('/').unwrap().1).filter(|p| p["status"]["containerStatuses"][0]["state"]["waiting"]["reason"] == "ImagePullBackOff")
    })
    .await;
    let cs = &pod["status"]["containerStatuses"][0];
    assert_eq!(cs["state"]["waiting"]["message"], "Back-off pulling image \"registry.example/does-not-exist:1\"");
    assert_eq!((cs["ready"].as_bool(), cs["started"].as_bool(), cs["imageID"].as_str()), (Some(false), Some(false), Some("")));
    assert!(cs.get("containerID").is_none());
    assert_eq!(pod["status"]["phase"], "Pending");
    assert_eq!((cond(&pod, "Ready")["status"].as_str(), cond(&pod, "Ready")["reason"].as_str()), (Some("False"), Some("ContainersNotReady")));
    assert_eq!(cond(&pod, "Ready")["message"], "containers with unready status: [main]");
    tokio::time::sleep(Duration::from_millis(200)).await;
    let dep = eventually(|| s.object("apps", "deployments", "default", "bad").filter(|d| d["status"]["unavailableReplicas"] == 1)).await;
    assert!(dep["status"].get("readyReplicas").is_none() && dep["status"].get("availableReplicas").is_none());
    assert_eq!(cond(&dep, "Progressing")["reason"], "ReplicaSetUpdated");
    // With maxUnavailable 25% of 1 = 0 the deployment is not available.
    assert_eq!((cond(&dep, "Available")["status"].as_str(), cond(&dep, "Available")["reason"].as_str()), (Some("False"), Some("MinimumReplicasUnavailable")));
}

#[tokio::test]
async fn daemonset_runs_one_pod_per_node() {
    let s = sim_with(Options { nodes: 3, ..Options::default() });
    assert_eq!(s.names("", "nodes").len(), 3);
    let ds = json!({"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "ztunnel"}, "spec": {"selector": {"matchLabels": {"app": "ztunnel"}},
        "template": {"metadata": {"labels": {"app": "ztunnel"}}, "spec": {"containers": [{"name": "z", "image": "ztunnel:1"}]}}}});
    assert_eq!(post(&s, "/apis/apps/v1/namespaces/kube-system/daemonsets", ds).await.code, 201);
    let d = eventually(|| s.object("apps", "daemonsets", "kube-system", "ztunnel").filter(|d| d["status"]["numberReady"] == 3)).await;
    let st = &d["status"];
    assert_eq!((st["desiredNumberScheduled"].as_i64(), st["currentNumberScheduled"].as_i64(), st["numberAvailable"].as_i64(), st["updatedNumberScheduled"].as_i64()), (Some(3), Some(3), Some(3), Some(3)));
    assert!(st.get("numberUnavailable").is_none());
    assert_eq!(st["observedGeneration"], 1);
    let nodes: std::collections::BTreeSet<String> = s
        .names("", "pods")
        .into_iter()
        .filter(|n| n.starts_with("kube-system/ztunnel-"))
        .map(|n| s.object("", "pods", "kube-system", n.split_once('/').unwrap().1).unwrap()["spec"]["nodeName"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(nodes.len(), 3, "one pod per node");
}

#[tokio::test]
async fn waypoint_gateways_are_programmed() {
    let s = sim();
    let mut c = crd("gateway.networking.k8s.io", "Gateway", "gateways", true);
    c["spec"]["names"]["shortNames"] = json!(["gtw"]);
    assert_eq!(post(&s, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", c).await.code, 201);
    let gw = |name: &str, class: &str| json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": name}, "spec": {"gatewayClassName": class}});
    post(&s, "/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways", gw("waypoint", "istio-waypoint")).await;
    post(&s, "/apis/gateway.networking.k8s.io/v1/namespaces/default/gateways", gw("other", "nginx")).await;
    let g = eventually(|| s.object("gateway.networking.k8s.io", "gateways", "default", "waypoint").filter(|g| g["status"]["conditions"].is_array())).await;
    for ty in ["Accepted", "Programmed"] {
        assert_eq!(cond(&g, ty)["status"], "True");
        assert_eq!(cond(&g, ty)["observedGeneration"], 1);
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(s.object("gateway.networking.k8s.io", "gateways", "default", "other").unwrap().get("status").is_none());
}
