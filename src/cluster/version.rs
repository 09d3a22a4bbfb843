//! Control-plane and data-plane versions found in the cluster: istiod Pods (else Deployments)
//! of the resolved revision in the Istio namespace, read from their image tags, and the
//! istio-proxy images of injected Pods. Read-only.

use std::collections::BTreeMap;

use k8s_openapi::api::admissionregistration::v1::MutatingWebhookConfiguration;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{Pod, PodSpec};
use kube::api::{Api, ListParams};

use super::Cluster;
use super::errors::{Op, describe};
use super::retry::with_retry;

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
    match with_retry(|| api.get_opt(&name)).await {
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
    spec.containers
        .iter()
        .chain(spec.init_containers.iter().flatten())
        .find(|c| c.name == name)
        .and_then(|c| c.image.clone())
}

fn is_ready(pod: &Pod) -> bool {
    let status = pod.status.as_ref();
    status.and_then(|s| s.phase.as_deref()) == Some("Running")
        && status
            .and_then(|s| s.conditions.as_ref())
            .is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// Running, ready istiod pods of `revision` in `istio_ns`; their Deployments when no pod is ready.
pub async fn control_plane(cluster: &Cluster, istio_ns: &str, revision: &str) -> anyhow::Result<Vec<ControlPlane>> {
    let selector = format!("app=istiod,istio.io/rev={revision}");
    let pods: Api<Pod> = Api::namespaced(cluster.client.clone(), istio_ns);
    let lp = ListParams::default().labels(&selector);
    let list = with_retry(|| pods.list(&lp))
        .await
        .map_err(|e| describe(e, Op { verb: "list", resource: "pods", namespace: Some(istio_ns) }, &cluster.server))?;
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
        let list = with_retry(|| deployments.list(&lp)).await.map_err(|e| {
            describe(e, Op { verb: "list", resource: "deployments", namespace: Some(istio_ns) }, &cluster.server)
        })?;
        out = list
            .items
            .iter()
            .filter_map(|d| {
                let tpl = d.spec.as_ref()?.template.spec.as_ref();
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

/// Proxies: Pods that carry an `istio-proxy` container (sidecars and gateways), cluster-wide,
/// narrowed server-side to Pods labelled by injection or as gateways.
pub async fn data_plane(cluster: &Cluster) -> anyhow::Result<Vec<Proxy>> {
    let pods: Api<Pod> = Api::all(cluster.client.clone());
    let mut out = Vec::new();
    for selector in ["security.istio.io/tlsMode=istio", "istio.io/dataplane-mode=none,gateway.istio.io/managed"] {
        let lp = ListParams::default().labels(selector);
        let list = with_retry(|| pods.list(&lp))
            .await
            .map_err(|e| describe(e, Op { verb: "list", resource: "pods", namespace: None }, &cluster.server))?;
        for p in list.items {
            let Some(image) = container_image(p.spec.as_ref(), "istio-proxy") else { continue };
            let id = format!(
                "{}.{}",
                p.metadata.name.clone().unwrap_or_default(),
                p.metadata.namespace.clone().unwrap_or_default()
            );
            if out.iter().any(|x: &Proxy| x.id == id) {
                continue;
            }
            out.push(Proxy { id, version: image_tag(&image), kind: "sidecar".into() });
        }
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
    let info = with_retry(|| cluster.client.apiserver_version()).await.map_err(|e| {
        describe(e, Op { verb: "read the version of", resource: "the API server", namespace: None }, &cluster.server)
    })?;
    let minor: u32 = info.minor.trim_end_matches('+').parse().unwrap_or(u32::MAX);
    let unsupported_minor = (info.major == "1" && minor < MIN_KUBE_MINOR).then_some(minor);
    Ok(ServerVersion { git_version: info.git_version, unsupported_minor })
}

/// The API server's version string (`v1.33.1-gke.100`).
pub async fn server_git_version(cluster: &Cluster) -> anyhow::Result<String> {
    let info = with_retry(|| cluster.client.apiserver_version()).await.map_err(|e| {
        describe(e, Op { verb: "read the version of", resource: "the API server", namespace: None }, &cluster.server)
    })?;
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
