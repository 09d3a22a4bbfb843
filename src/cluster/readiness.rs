//! Readiness rules of an install (profiles.md §6.4) and the reason an object is not ready, read
//! from its newest Pod: ImagePullBackOff with the image, CrashLoopBackOff, Pending with the
//! scheduler's message. Pure checks over live objects plus one pod lookup; never prints.

use kube::api::{Api, ApiResource, DynamicObject, ListParams};
use serde_json::Value;

use super::Cluster;
use super::errors::Op;

/// Kinds whose readiness is waited for; every other kind is ready once applied.
pub fn is_waited(kind: &str) -> bool {
    matches!(kind, "Deployment" | "DaemonSet" | "StatefulSet" | "CustomResourceDefinition")
}

fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or(0)
}

/// Whether a live object is ready by upstream's rules (Deployment judged on its own status:
/// the rollout is observed and the new pods are updated and ready).
pub fn is_ready(obj: &Value) -> bool {
    let status = &obj["status"];
    let generation = obj["metadata"]["generation"].as_i64().unwrap_or(1);
    let observed = status["observedGeneration"].as_i64().unwrap_or(0) >= generation;
    match obj["kind"].as_str().unwrap_or_default() {
        "CustomResourceDefinition" => status["conditions"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["type"] == "Established" && c["status"] == "True")),
        "Deployment" => {
            let want = obj["spec"]["replicas"].as_i64().unwrap_or(1);
            observed && int(&status["updatedReplicas"]) >= want && int(&status["readyReplicas"]) >= want
        }
        "DaemonSet" => {
            let desired = int(&status["desiredNumberScheduled"]);
            let updated = int(&status["updatedNumberScheduled"]) == desired;
            if obj["spec"]["updateStrategy"]["type"] == "OnDelete" {
                observed && updated
            } else {
                observed && desired > 0 && int(&status["numberReady"]) >= desired && updated
            }
        }
        "StatefulSet" => {
            let replicas = obj["spec"]["replicas"].as_i64().unwrap_or(1);
            let partition = int(&obj["spec"]["updateStrategy"]["rollingUpdate"]["partition"]);
            observed && int(&status["updatedReplicas"]) == replicas - partition
        }
        _ => true,
    }
}

/// `ready/total` wording for a workload (pods), or `None` for kinds without replicas.
pub fn counts(obj: &Value) -> Option<(i64, i64)> {
    let s = &obj["status"];
    match obj["kind"].as_str()? {
        "Deployment" | "StatefulSet" => Some((int(&s["readyReplicas"]), obj["spec"]["replicas"].as_i64().unwrap_or(1))),
        "DaemonSet" => Some((int(&s["numberReady"]), int(&s["desiredNumberScheduled"]))),
        _ => None,
    }
}

/// Why a pod is not ready, in a few words: the first waiting container's reason (with the
/// image for pull errors), a scheduling failure, or the Ready condition's message.
pub fn pod_reason(pod: &Value) -> Option<String> {
    let status = &pod["status"];
    let containers = status["initContainerStatuses"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(status["containerStatuses"].as_array().into_iter().flatten());
    for c in containers {
        let Some(w) = c["state"]["waiting"].as_object() else { continue };
        let reason = w.get("reason").and_then(Value::as_str).unwrap_or("Waiting");
        let image = c["image"].as_str().unwrap_or_default();
        return Some(match reason {
            "ImagePullBackOff" | "ErrImagePull" | "InvalidImageName" => format!("{reason}: image {image:?} cannot be pulled"),
            "CrashLoopBackOff" => {
                let restarts = c["restartCount"].as_i64().unwrap_or(0);
                format!("CrashLoopBackOff: container {} keeps crashing ({restarts} restarts)", c["name"].as_str().unwrap_or_default())
            }
            "ContainerCreating" | "PodInitializing" => reason.to_string(),
            _ => match w.get("message").and_then(Value::as_str) {
                Some(m) if !m.is_empty() => format!("{reason}: {m}"),
                _ => reason.to_string(),
            },
        });
    }
    let conditions = status["conditions"].as_array().cloned().unwrap_or_default();
    let cond = |ty: &str| conditions.iter().find(|c| c["type"] == ty).cloned();
    if let Some(s) = cond("PodScheduled").filter(|c| c["status"] == "False") {
        return Some(format!(
            "Pending: {}",
            s["message"].as_str().filter(|m| !m.is_empty()).unwrap_or_else(|| s["reason"].as_str().unwrap_or("not scheduled"))
        ));
    }
    if status["phase"] == "Pending" {
        return Some("Pending".to_string());
    }
    cond("Ready")
        .filter(|c| c["status"] != "True")
        .map(|c| c["message"].as_str().filter(|m| !m.is_empty()).unwrap_or("not ready").to_string())
}

/// The reason a workload is not ready, taken from its newest pod that is not ready; `None`
/// when no pod explains it (e.g. the controller has not created pods yet).
pub async fn workload_reason(cluster: &Cluster, obj: &Value) -> Option<String> {
    let ns = obj["metadata"]["namespace"].as_str()?;
    let labels = obj["spec"]["selector"]["matchLabels"].as_object()?;
    let selector = labels.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default())).collect::<Vec<_>>().join(",");
    // Read as JSON: the reason may come from any status field, not from a typed pod.
    let pods = ApiResource::erase::<k8s_openapi::api::core::v1::Pod>(&());
    let api: Api<DynamicObject> = Api::namespaced_with(cluster.client.clone(), ns, &pods);
    let lp = ListParams::default().labels(&selector);
    let op = Op { verb: "list", resource: "pods", namespace: Some(ns) };
    let pods = cluster.call(op, || api.list(&lp)).await.ok()?;
    let mut pods: Vec<Value> = pods.items.into_iter().filter_map(|p| serde_json::to_value(p).ok()).collect();
    pods.sort_by(|a, b| b["metadata"]["creationTimestamp"].as_str().cmp(&a["metadata"]["creationTimestamp"].as_str()));
    if pods.is_empty() {
        return Some("no pods created yet".to_string());
    }
    pods.iter().find_map(pod_reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn deployment_needs_observed_updated_ready() {
        let mut d = json!({"kind": "Deployment", "metadata": {"generation": 2}, "spec": {"replicas": 2},
            "status": {"observedGeneration": 1, "updatedReplicas": 2, "readyReplicas": 2}});
        assert!(!is_ready(&d));
        d["status"]["observedGeneration"] = json!(2);
        assert!(is_ready(&d));
        d["status"]["readyReplicas"] = json!(1);
        assert!(!is_ready(&d));
        assert_eq!(counts(&d), Some((1, 2)));
    }

    #[test]
    fn daemonset_and_crd_rules() {
        let ds = json!({"kind": "DaemonSet", "metadata": {"generation": 1}, "spec": {},
            "status": {"observedGeneration": 1, "desiredNumberScheduled": 0, "numberReady": 0, "updatedNumberScheduled": 0}});
        assert!(!is_ready(&ds), "a DaemonSet scheduled nowhere is not ready");
        let crd = json!({"kind": "CustomResourceDefinition", "status": {"conditions": [{"type": "Established", "status": "True"}]}});
        assert!(is_ready(&crd));
        assert!(is_ready(&json!({"kind": "ConfigMap"})));
    }

    #[test]
    fn reasons_name_the_image_and_the_scheduler() {
        let pull = json!({"status": {"phase": "Pending", "containerStatuses": [{"name": "discovery", "image": "x/does-not-exist:1",
            "state": {"waiting": {"reason": "ImagePullBackOff", "message": "Back-off"}}}]}});
        assert_eq!(pod_reason(&pull).unwrap(), "ImagePullBackOff: image \"x/does-not-exist:1\" cannot be pulled");
        let sched = json!({"status": {"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False",
            "reason": "Unschedulable", "message": "0/1 nodes are available: 1 Insufficient cpu."}]}});
        assert_eq!(pod_reason(&sched).unwrap(), "Pending: 0/1 nodes are available: 1 Insufficient cpu.");
        let crash = json!({"status": {"containerStatuses": [{"name": "c", "restartCount": 4, "state": {"waiting": {"reason": "CrashLoopBackOff"}}}]}});
        assert!(pod_reason(&crash).unwrap().starts_with("CrashLoopBackOff: container c"));
        let ok = json!({"status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}});
        assert_eq!(pod_reason(&ok), None);
    }
}
