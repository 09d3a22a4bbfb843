//! Finding the pod a command talks to: `[<type>/]<name>[.<ns>]` references (a pod, or any
//! workload/Service/Gateway resolved through its selector), label selectors searched over a list
//! of namespaces, and the choice among matches (Ready first, then Running, then list order).
//! It never prints: warnings (several matches, none Ready) travel back in [`Chosen`].

use std::time::Duration;

use kube::api::{Api, ApiResource, DynamicObject, ListParams};
use serde_json::Value;

use super::Cluster;
use super::objects::Pod;
use super::errors::Op;

/// Which pods a command means, kept so that a pod that goes away can be replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Pods matching a label selector, namespaces searched in order (the first with a match wins).
    Selector { selector: String, namespaces: Vec<String> },
    /// One pod by name.
    Pod { name: String, namespace: String },
}

impl Target {
    /// A selector target over `namespaces`, dropping repeats but keeping the order.
    pub fn selector(selector: &str, namespaces: &[&str]) -> Target {
        let mut list: Vec<String> = Vec::new();
        for ns in namespaces {
            if !list.iter().any(|n| n == ns) {
                list.push(ns.to_string());
            }
        }
        Target::Selector { selector: selector.to_string(), namespaces: list }
    }
}

/// The pod picked for a target, with what the caller may want to warn about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub name: String,
    pub namespace: String,
    /// `status.phase` (`Running`, `Pending`, …).
    pub phase: String,
    pub ready: bool,
    /// How many pods matched (1 for a named pod).
    pub matched: usize,
    /// The annotations of the pod (istiod-debug reads `prometheus.io/port`).
    pub annotations: std::collections::BTreeMap<String, String>,
}

/// Why no pod could be chosen.
#[derive(Debug, thiserror::Error)]
pub enum SelectError {
    #[error("no pods found with selector {selector}")]
    NoPods { selector: String, namespaces: Vec<String> },
    #[error("pods \"{name}\" not found in namespace {namespace:?}")]
    PodNotFound { name: String, namespace: String },
    #[error("{0}")]
    UnknownKind(String),
    #[error(transparent)]
    Api(#[from] anyhow::Error),
}

/// True when the pod is Running and its Ready condition is True.
pub fn is_ready(pod: &Pod) -> bool {
    let status = pod.status.as_ref();
    phase(pod) == "Running"
        && status
            .and_then(|s| s.conditions.as_ref())
            .is_some_and(|cs| {
                cs.iter().any(|c| c.type_.as_deref() == Some("Ready") && c.status.as_deref() == Some("True"))
            })
}

fn phase(pod: &Pod) -> &str {
    pod.status.as_ref().and_then(|s| s.phase.as_deref()).unwrap_or("Unknown")
}

/// Splits `[<type>/]<name>[.<namespace>]`: the last `.` after the last `/` starts the namespace.
/// Returns (type, name, namespace); the type is empty for a bare name.
pub fn parse_ref(text: &str) -> (String, String, Option<String>) {
    let (kind, rest) = match text.rsplit_once('/') {
        Some((k, r)) => (k.to_string(), r),
        None => (String::new(), text),
    };
    match rest.rsplit_once('.') {
        Some((name, ns)) if !name.is_empty() && !ns.is_empty() => {
            (kind, name.to_string(), Some(ns.to_string()))
        }
        _ => (kind, rest.to_string(), None),
    }
}

/// The API resource of a `<type>/` prefix, for kinds that select pods. `None` for a pod.
fn workload_resource(kind: &str) -> Result<Option<ApiResource>, SelectError> {
    use k8s_openapi::api::{apps::v1 as apps, batch::v1 as batch, core::v1 as core};
    let ar = match kind.to_ascii_lowercase().as_str() {
        "" | "pod" | "pods" | "po" => return Ok(None),
        "deployment" | "deployments" | "deploy" | "deployment.apps" => {
            ApiResource::erase::<apps::Deployment>(&())
        }
        "replicaset" | "replicasets" | "rs" | "replicaset.apps" => {
            ApiResource::erase::<apps::ReplicaSet>(&())
        }
        "statefulset" | "statefulsets" | "sts" | "statefulset.apps" => {
            ApiResource::erase::<apps::StatefulSet>(&())
        }
        "daemonset" | "daemonsets" | "ds" | "daemonset.apps" => ApiResource::erase::<apps::DaemonSet>(&()),
        "job" | "jobs" | "job.batch" => ApiResource::erase::<batch::Job>(&()),
        "service" | "services" | "svc" => ApiResource::erase::<core::Service>(&()),
        "replicationcontroller" | "replicationcontrollers" | "rc" => {
            ApiResource::erase::<core::ReplicationController>(&())
        }
        "gateway" | "gateways" | "gtw" | "gateway.gateway.networking.k8s.io" => {
            return Ok(Some(gateway_resource()));
        }
        other => {
            return Err(SelectError::UnknownKind(format!(
                "cannot find pods of {other:?}: use a pod name, or deployment/, replicaset/, statefulset/, daemonset/, job/, service/, replicationcontroller/ or gateway/ before the name"
            )));
        }
    };
    Ok(Some(ar))
}

fn gateway_resource() -> ApiResource {
    ApiResource {
        group: "gateway.networking.k8s.io".into(),
        version: "v1".into(),
        api_version: "gateway.networking.k8s.io/v1".into(),
        kind: "Gateway".into(),
        plural: "gateways".into(),
    }
}

/// A label selector string from a `LabelSelector` JSON object (matchLabels + matchExpressions)
/// or from a plain map (Service, ReplicationController).
pub fn selector_string(sel: &Value) -> Option<String> {
    let obj = sel.as_object()?;
    let mut parts: Vec<String> = Vec::new();
    let is_label_selector = obj.contains_key("matchLabels") || obj.contains_key("matchExpressions");
    if is_label_selector {
        if let Some(m) = obj.get("matchLabels").and_then(Value::as_object) {
            parts.extend(m.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default())));
        }
        for e in obj.get("matchExpressions").and_then(Value::as_array).into_iter().flatten() {
            let key = e["key"].as_str().unwrap_or_default();
            let values: Vec<&str> =
                e["values"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            match e["operator"].as_str().unwrap_or_default() {
                "In" => parts.push(format!("{key} in ({})", values.join(","))),
                "NotIn" => parts.push(format!("{key} notin ({})", values.join(","))),
                "Exists" => parts.push(key.to_string()),
                "DoesNotExist" => parts.push(format!("!{key}")),
                _ => return None,
            }
        }
    } else {
        parts.extend(obj.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default())));
    }
    (!parts.is_empty()).then(|| parts.join(","))
}

/// Turns a pod reference into a [`Target`]: a pod, or the selector of the named object.
pub async fn resolve_ref(cluster: &Cluster, text: &str, default_ns: &str) -> Result<Target, SelectError> {
    let (kind, name, ns) = parse_ref(text);
    let namespace = ns.unwrap_or_else(|| default_ns.to_string());
    let Some(ar) = workload_resource(&kind)? else {
        return Ok(Target::Pod { name, namespace });
    };
    let api: Api<DynamicObject> = Api::namespaced_with(cluster.client.clone(), &namespace, &ar);
    let op = Op { verb: "get", resource: &ar.plural, namespace: Some(&namespace) };
    let obj = cluster.call(op, || api.get_opt(&name)).await.map_err(anyhow::Error::from)?;
    let Some(obj) = obj else {
        return Err(SelectError::Api(anyhow::anyhow!(
            "{} {name:?} not found in namespace {namespace:?}",
            ar.kind
        )));
    };
    let selector = if ar.kind == "Gateway" {
        Some(format!("gateway.networking.k8s.io/gateway-name={name}"))
    } else {
        obj.data.pointer("/spec/selector").and_then(selector_string)
    };
    let Some(selector) = selector else {
        return Err(SelectError::Api(anyhow::anyhow!("{} {namespace}/{name} has no pod selector", ar.kind)));
    };
    Ok(Target::Selector { selector, namespaces: vec![namespace] })
}

/// Picks among pods in list order: the first Ready one, else the first Running, else the first.
fn pick(pods: &[Pod]) -> Option<&Pod> {
    pods.iter().find(|p| is_ready(p)).or_else(|| pods.iter().find(|p| phase(p) == "Running")).or(pods.first())
}

fn chosen(pod: &Pod, matched: usize) -> Chosen {
    Chosen {
        name: pod.metadata.name.clone().unwrap_or_default(),
        namespace: pod.metadata.namespace.clone().unwrap_or_default(),
        phase: phase(pod).to_string(),
        ready: is_ready(pod),
        matched,
        annotations: pod.metadata.annotations.clone().unwrap_or_default(),
    }
}

/// Pods matching `selector` in `namespace`, live ones only (no deletion timestamp).
pub async fn list(cluster: &Cluster, namespace: &str, selector: &str) -> anyhow::Result<Vec<Pod>> {
    let api: Api<Pod> = Api::namespaced(cluster.client.clone(), namespace);
    let lp = ListParams::default().labels(selector);
    let op = Op { verb: "list", resource: "pods", namespace: Some(namespace) };
    let list = cluster.call(op, || api.list(&lp)).await?;
    Ok(list.items.into_iter().filter(|p| p.metadata.deletion_timestamp.is_none()).collect())
}

/// Chooses a pod for `target` now. A selector with no match is retried for up to `wait`
/// (kubectl waits 2 s for a workload's first pod).
pub async fn choose(cluster: &Cluster, target: &Target, wait: Duration) -> Result<Chosen, SelectError> {
    match target {
        Target::Pod { name, namespace } => {
            let api: Api<Pod> = Api::namespaced(cluster.client.clone(), namespace);
            let op = Op { verb: "get", resource: "pods", namespace: Some(namespace) };
            let pod = cluster.call(op, || api.get_opt(name)).await.map_err(anyhow::Error::from)?;
            match pod {
                Some(p) => Ok(chosen(&p, 1)),
                None => Err(SelectError::PodNotFound { name: name.clone(), namespace: namespace.clone() }),
            }
        }
        Target::Selector { selector, namespaces } => {
            let deadline = tokio::time::Instant::now() + wait;
            loop {
                for ns in namespaces {
                    let pods = list(cluster, ns, selector).await?;
                    if let Some(p) = pick(&pods) {
                        return Ok(chosen(p, pods.len()));
                    }
                }
                if tokio::time::Instant::now() >= deadline {
                    return Err(SelectError::NoPods {
                        selector: selector.clone(),
                        namespaces: namespaces.clone(),
                    });
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        }
    }
}

/// Whether `name` still exists, is not being deleted, and is Running.
pub async fn usable(cluster: &Cluster, namespace: &str, name: &str) -> bool {
    let api: Api<Pod> = Api::namespaced(cluster.client.clone(), namespace);
    let op = Op { verb: "get", resource: "pods", namespace: Some(namespace) };
    match cluster.call(op, || api.get_opt(name)).await {
        Ok(Some(p)) => p.metadata.deletion_timestamp.is_none() && phase(&p) == "Running",
        Ok(None) => false,
        // Cannot tell (API trouble): keep the pod rather than flap.
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn references_split_like_upstream() {
        assert_eq!(parse_ref("istiod-1"), ("".into(), "istiod-1".into(), None));
        assert_eq!(
            parse_ref("istiod-1.istio-system"),
            ("".into(), "istiod-1".into(), Some("istio-system".into()))
        );
        assert_eq!(
            parse_ref("deployment/istiod.istio-system"),
            ("deployment".into(), "istiod".into(), Some("istio-system".into()))
        );
        assert_eq!(parse_ref("deploy/productpage-v1"), ("deploy".into(), "productpage-v1".into(), None));
    }

    #[test]
    fn unknown_kinds_are_refused() {
        assert!(workload_resource("configmap").is_err());
        assert!(workload_resource("po").unwrap().is_none());
        assert_eq!(workload_resource("sts").unwrap().unwrap().kind, "StatefulSet");
    }

    #[test]
    fn selectors_render_as_kubectl_takes_them() {
        let s = json!({"matchLabels": {"app": "istiod", "istio.io/rev": "default"},
            "matchExpressions": [{"key": "tier", "operator": "In", "values": ["a", "b"]}, {"key": "x", "operator": "DoesNotExist"}]});
        assert_eq!(selector_string(&s).unwrap(), "app=istiod,istio.io/rev=default,tier in (a,b),!x");
        assert_eq!(selector_string(&json!({"app": "kiali"})).unwrap(), "app=kiali");
        assert_eq!(selector_string(&json!({})), None);
    }

    fn pod(name: &str, phase: &str, ready: bool) -> Pod {
        serde_json::from_value(json!({"metadata": {"name": name, "namespace": "ns"},
            "status": {"phase": phase, "conditions": [{"type": "Ready", "status": if ready {"True"} else {"False"}}]}}))
        .unwrap()
    }

    #[test]
    fn ready_pods_win_over_list_order() {
        let pods = vec![pod("a", "Pending", false), pod("b", "Running", false), pod("c", "Running", true)];
        assert_eq!(pick(&pods).unwrap().metadata.name.as_deref(), Some("c"));
        assert_eq!(pick(&pods[..2]).unwrap().metadata.name.as_deref(), Some("b"));
        assert_eq!(pick(&pods[..1]).unwrap().metadata.name.as_deref(), Some("a"));
        assert!(pick(&[]).is_none());
    }

    #[test]
    fn selector_targets_drop_repeated_namespaces() {
        let t = Target::selector("app=kiali", &["istio-system", "istio-system"]);
        assert_eq!(
            t,
            Target::Selector { selector: "app=kiali".into(), namespaces: vec!["istio-system".into()] }
        );
    }
}
