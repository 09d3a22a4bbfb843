//! Control-plane and data-plane versions found in the cluster: istiod Pods (else Deployments)
//! of the resolved revision in the Istio namespace, read from their image tags, and the
//! istio-proxy images of every running proxy (sidecars, native sidecars, gateways, waypoints).
//! Read-only.

use std::collections::BTreeMap;

use k8s_openapi::api::admissionregistration::v1::MutatingWebhookConfiguration;
use kube::api::{Api, ListParams};

use super::Cluster;
use super::errors::Op;
use super::objects::{Deployment, Pod, PodSpec};
use super::pods::is_ready;

/// One control-plane instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControlPlane {
    /// The `istio` label of the pod (`pilot`), as upstream names components.
    pub component: String,
    pub revision: String,
    /// Pod (or Deployment) name.
    pub name: String,
    pub version: String,
}

/// One proxy in the data plane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proxy {
    /// `<pod>.<namespace>`
    pub id: String,
    pub version: String,
    pub kind: String,
}

/// The tag of an image reference (`docker.io/istio/pilot:1.30.3` → `1.30.3`), ignoring digests.
pub fn image_tag(image: &str) -> String {
    let without_digest = image.split('@').next().unwrap_or(image);
    let last = without_digest.rsplit('/').next().unwrap_or(without_digest);
    match last.split_once(':') {
        Some((_, tag)) => tag.trim_end_matches("-distroless").to_string(),
        None => "latest".to_string(),
    }
}

/// The revision `-r` means: the flag, else the one the default tag points at, else `default`.
pub async fn resolve_revision(cluster: &Cluster, istio_ns: &str, revision: Option<&str>) -> String {
    if let Some(r) = revision.filter(|r| !r.is_empty()) {
        return r.to_string();
    }
    let name = if istio_ns == "istio-system" {
        "istio-revision-tag-default".to_string()
    } else {
        format!("istio-revision-tag-default-{istio_ns}")
    };
    let api: Api<MutatingWebhookConfiguration> = Api::all(cluster.client.clone());
    let op = Op { verb: "get", resource: "mutatingwebhookconfigurations", namespace: None };
    match cluster.call(op, || api.get_opt(&name)).await {
        Ok(Some(mwc)) => mwc
            .metadata
            .labels
            .and_then(|l| l.get("istio.io/rev").cloned())
            .unwrap_or_else(|| "default".into()),
        _ => "default".into(),
    }
}

fn container_image(spec: Option<&PodSpec>, name: &str) -> Option<String> {
    let spec = spec?;
    spec.containers().iter().chain(spec.init_containers()).find(|c| c.name() == name)
        .and_then(|c| c.image.clone())
}

/// Running, ready istiod pods of `revision` in `istio_ns`; their Deployments when no pod is ready.
pub async fn control_plane(cluster: &Cluster, istio_ns: &str, revision: &str) -> anyhow::Result<Vec<ControlPlane>> {
    let selector = format!("app=istiod,istio.io/rev={revision}");
    let pods: Api<Pod> = Api::namespaced(cluster.client.clone(), istio_ns);
    let lp = ListParams::default().labels(&selector);
    let op = Op { verb: "list", resource: "pods", namespace: Some(istio_ns) };
    let list = cluster.call(op, || pods.list(&lp)).await?;
    let mut out: Vec<ControlPlane> = list
        .items
        .iter()
        .filter(|p| is_ready(p))
        .filter_map(|p| {
            let image = container_image(p.spec.as_ref(), "discovery")?;
            let labels = p.metadata.labels.clone().unwrap_or_default();
            Some(ControlPlane {
                component: labels.get("istio").cloned().unwrap_or_else(|| "pilot".into()),
                revision: revision.to_string(),
                name: p.metadata.name.clone().unwrap_or_default(),
                version: image_tag(&image),
            })
        })
        .collect();
    if out.is_empty() {
        let deployments: Api<Deployment> = Api::namespaced(cluster.client.clone(), istio_ns);
        let op = Op { verb: "list", resource: "deployments", namespace: Some(istio_ns) };
        let list = cluster.call(op, || deployments.list(&lp)).await?;
        out = list
            .items
            .iter()
            .filter_map(|d| {
                let tpl = d.pod_spec();
                let image = container_image(tpl, "discovery")?;
                Some(ControlPlane {
                    component: "pilot".into(),
                    revision: revision.to_string(),
                    name: d.metadata.name.clone().unwrap_or_default(),
                    version: image_tag(&image),
                })
            })
            .collect();
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// What kind of proxy a Pod runs, if any: `sidecar` (an `istio-proxy` container, or a native
/// sidecar — an init container of that name with `restartPolicy: Always`) or `router` (the
/// proxy started as a gateway — `proxy router` — as install's gateways and waypoints are; the
/// node type upstream's xDS reports). ztunnel is not an Envoy proxy and is not counted.
pub fn proxy_of(spec: &PodSpec, labels: &BTreeMap<String, String>) -> Option<(String, &'static str)> {
    let regular = spec.containers().iter().find(|c| c.name() == "istio-proxy");
    let native = || {
        spec.init_containers()
            .iter()
            .find(|c| c.name() == "istio-proxy" && c.restart_policy.as_deref() == Some("Always"))
    };
    let c = regular.or_else(native)?;
    let image = c.image.clone()?;
    let repo = image.split('@').next().unwrap_or(&image).rsplit('/').next().unwrap_or_default();
    if labels.get("app").map(String::as_str) == Some("ztunnel") || repo.starts_with("ztunnel") {
        return None;
    }
    let args = c.args.iter().flatten().map(String::as_str);
    let router = args.clone().any(|a| a == "router")
        || labels.contains_key("gateway.istio.io/managed")
        || labels.contains_key("gateway.networking.k8s.io/gateway-name");
    Some((image, if router { "router" } else { "sidecar" }))
}

/// Proxies: every running Pod, cluster-wide, whose spec runs an Istio proxy ([`proxy_of`]) —
/// sidecars, native sidecars, gateways and waypoints. Upstream asks each istiod which proxies
/// are connected (`/debug/syncz`); the Pods are what that answer describes.
pub async fn data_plane(cluster: &Cluster) -> anyhow::Result<Vec<Proxy>> {
    let pods: Api<Pod> = Api::all(cluster.client.clone());
    let lp = ListParams::default();
    let list = cluster.call(Op { verb: "list", resource: "pods", namespace: None }, || pods.list(&lp)).await?;
    let mut out = Vec::new();
    for p in list.items {
        let running = p.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Running");
        if !running || p.metadata.deletion_timestamp.is_some() {
            continue;
        }
        let labels = p.metadata.labels.clone().unwrap_or_default();
        let Some((image, kind)) = p.spec.as_ref().and_then(|s| proxy_of(s, &labels)) else { continue };
        let id = format!(
            "{}.{}",
            p.metadata.name.clone().unwrap_or_default(),
            p.metadata.namespace.clone().unwrap_or_default()
        );
        out.push(Proxy { id, version: image_tag(&image), kind: kind.into() });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// The `--set` layers upstream adds for the cluster it talks to: on GKE (a server version
/// containing `-gke`, unless `AUTO_GKE_DETECTION=false`) CNI lives in kube-system, the platform
/// is `gke` and CNI resource quotas are off.
pub fn platform_sets(server_git_version: &str) -> Vec<String> {
    let auto = std::env::var("AUTO_GKE_DETECTION").map(|v| v != "false").unwrap_or(true);
    if !auto || !server_git_version.contains("-gke") {
        return Vec::new();
    }
    ["components.cni.namespace=kube-system", "values.global.platform=gke", "values.cni.resourceQuotas.enabled=false"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// Oldest Kubernetes minor version 1.30.3 supports (upstream warns below it).
pub const MIN_KUBE_MINOR: u32 = 32;

/// The API server's version, read before any write as the reachability check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVersion {
    /// `v1.33.1-gke.100`
    pub git_version: String,
    /// The minor version when it is older than [`MIN_KUBE_MINOR`] on Kubernetes 1.x.
    pub unsupported_minor: Option<u32>,
}

/// Reads the server version; says whether it is older than supported.
pub async fn check_server(cluster: &Cluster) -> anyhow::Result<ServerVersion> {
    let op = Op { verb: "read the version of", resource: "the API server", namespace: None };
    let info = cluster.call(op, || cluster.client.apiserver_version()).await?;
    let minor: u32 = info.minor.trim_end_matches('+').parse().unwrap_or(u32::MAX);
    let unsupported_minor = (info.major == "1" && minor < MIN_KUBE_MINOR).then_some(minor);
    Ok(ServerVersion { git_version: info.git_version, unsupported_minor })
}

/// The API server's version string (`v1.33.1-gke.100`).
pub async fn server_git_version(cluster: &Cluster) -> anyhow::Result<String> {
    let op = Op { verb: "read the version of", resource: "the API server", namespace: None };
    let info = cluster.call(op, || cluster.client.apiserver_version()).await?;
    Ok(info.git_version)
}

/// `1.30.3 (4 proxies), 1.29.1 (1 proxies)` — versions sorted, as upstream prints them.
pub fn summarize(proxies: &[Proxy]) -> String {
    if proxies.is_empty() {
        return "none".into();
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for p in proxies {
        *counts.entry(p.version.as_str()).or_default() += 1;
    }
    counts.iter().map(|(v, n)| format!("{v} ({n} proxies)")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_proxy_is_found() {
        let spec = |v: serde_json::Value| -> PodSpec { serde_json::from_value(v).unwrap() };
        let no = BTreeMap::new();
        let sidecar = spec(serde_json::json!({"containers": [{"name": "app"}, {"name": "istio-proxy", "image": "istio/proxyv2:1.30.3", "args": ["proxy", "sidecar"]}]}));
        assert_eq!(proxy_of(&sidecar, &no), Some(("istio/proxyv2:1.30.3".into(), "sidecar")));
        let native = spec(serde_json::json!({"containers": [{"name": "app"}], "initContainers": [{"name": "istio-proxy", "image": "istio/proxyv2:1.29.0", "restartPolicy": "Always"}]}));
        assert_eq!(proxy_of(&native, &no), Some(("istio/proxyv2:1.29.0".into(), "sidecar")));
        let init_only = spec(serde_json::json!({"containers": [{"name": "app"}], "initContainers": [{"name": "istio-proxy", "image": "istio/proxyv2:1.29.0"}]}));
        assert_eq!(proxy_of(&init_only, &no), None);
        let gateway = spec(serde_json::json!({"containers": [{"name": "istio-proxy", "image": "istio/proxyv2:1.30.3", "args": ["proxy", "router"]}]}));
        assert_eq!(proxy_of(&gateway, &no).map(|p| p.1), Some("router"));
        let waypoint = spec(serde_json::json!({"containers": [{"name": "istio-proxy", "image": "istio/proxyv2:1.30.3"}]}));
        let wl: BTreeMap<String, String> = [("gateway.istio.io/managed".to_string(), "istio.io-mesh-controller".to_string())].into();
        assert_eq!(proxy_of(&waypoint, &wl).map(|p| p.1), Some("router"));
        let ztunnel = spec(serde_json::json!({"containers": [{"name": "istio-proxy", "image": "istio/ztunnel:1.30.3"}]}));
        assert_eq!(proxy_of(&ztunnel, &no), None);
    }

    #[test]
    fn tags_from_images() {
        assert_eq!(image_tag("docker.io/istio/pilot:1.30.3"), "1.30.3");
        assert_eq!(image_tag("localhost:5000/istio/proxyv2:1.30.3-distroless"), "1.30.3");
        assert_eq!(image_tag("istio/pilot@sha256:abc"), "latest");
        assert_eq!(image_tag("pilot"), "latest");
    }

    #[test]
    fn gke_is_detected_from_the_server_version() {
        assert_eq!(platform_sets("v1.33.2-gke.1200").len(), 3);
        assert!(platform_sets("v1.33.2").is_empty());
    }

    #[test]
    fn summary_sorts_versions() {
        let p = |v: &str| Proxy { id: "a".into(), version: v.into(), kind: "sidecar".into() };
        assert_eq!(summarize(&[p("1.30.3"), p("1.29.1"), p("1.30.3")]), "1.29.1 (1 proxies), 1.30.3 (2 proxies)");
        assert_eq!(summarize(&[]), "none");
    }
}
