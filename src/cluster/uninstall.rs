//! What `uninstall` deletes (surface.md §2): objects carrying our owner labels — for a revision
//! or owner, the non-Base components; with `--purge`, every component of every revision plus
//! CRDs, the revision tags (label `istio.io/tag`, written by install or `tag set`) and the
//! waypoints written by istioctl (field manager `istioctl`). An object without those marks is
//! never selected. Lists first so the caller can show the plan; never prints.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Cluster;
use super::apply::{self, COMPONENT, Key, OWNING_NAMESPACE, OWNING_RESOURCE, REV};
use super::discovery::Discovery;
use super::tag::TAG_LABEL;

/// What to remove.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// `--revision` (only the flag filters by revision, as upstream).
    pub revision: Option<String>,
    /// IOP `metadata.name`, if set.
    pub owner_name: Option<String>,
    /// IOP `metadata.namespace`.
    pub owner_namespace: String,
    pub purge: bool,
    /// The control-plane namespace (tag Services live there).
    pub istio_namespace: String,
}

/// Why an object was chosen for deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// It carries the installer's owner labels (an install component, CRDs included).
    Component,
    /// A revision tag's webhook or Service.
    Tag,
    /// A waypoint istioctl created.
    Waypoint,
}

/// One object to delete and why it was chosen.
#[derive(Debug, Clone)]
pub struct Target {
    pub api_version: String,
    pub key: Key,
    pub reason: Reason,
}

const EXTRA_PURGE_KINDS: &[(&str, &str)] = &[
    ("apiextensions.k8s.io/v1", "CustomResourceDefinition"),
    ("k8s.cni.cncf.io/v1", "NetworkAttachmentDefinition"),
];

/// Field managers of the tools that write tags (`tag set` upstream uses `istio-ci`).
const TAG_MANAGERS: &[&str] = &[apply::FIELD_MANAGER, "istio-ci", "istioctl"];

/// The label selector for the owned objects.
pub fn selector(sel: &Selection) -> String {
    if sel.purge {
        return COMPONENT.to_string();
    }
    let mut parts = Vec::new();
    if let Some(r) = &sel.revision {
        parts.push(format!("{REV}={r}"));
    }
    if let Some(n) = &sel.owner_name {
        parts.push(format!("{OWNING_RESOURCE}={n}"));
    }
    parts.push(format!("{OWNING_NAMESPACE}={}", sel.owner_namespace));
    parts.push(format!("{COMPONENT} in (Pilot,IngressGateways,EgressGateways,Cni,Ztunnel)"));
    parts.join(",")
}

fn managed_by(obj: &Value, managers: &[&str]) -> bool {
    obj["metadata"]["managedFields"]
        .as_array()
        .is_some_and(|m| m.iter().any(|e| e["manager"].as_str().is_some_and(|n| managers.contains(&n))))
}

/// Everything to delete, in deletion order: webhooks first (so nothing is admitted by a
/// half-removed control plane), workloads, the rest, CRDs last.
pub async fn select(cluster: &Cluster, disc: &Discovery, sel: &Selection) -> anyhow::Result<Vec<Target>> {
    let mut kinds: Vec<(&str, &str)> = super::prune::kinds().collect();
    if sel.purge {
        kinds.extend_from_slice(EXTRA_PURGE_KINDS);
    }
    let selector = selector(sel);
    let lists = futures::future::try_join_all(kinds.iter().map(|(av, k)| apply::list(cluster, disc, av, k, &selector))).await?;
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for ((av, _), items) in kinds.iter().zip(lists) {
        for v in items {
            if v["metadata"]["deletionTimestamp"].is_string() {
                continue;
            }
            let key = Key::of(&v);
            if seen.insert(key.clone()) {
                out.push(Target { api_version: av.to_string(), key, reason: Reason::Component });
            }
        }
    }
    if sel.purge {
        let tag_kinds = [
            ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"),
            ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"),
            ("v1", "Service"),
        ];
        for (av, k) in tag_kinds {
            for v in apply::list(cluster, disc, av, k, TAG_LABEL).await? {
                let key = Key::of(&v);
                let in_ns = k != "Service" || key.namespace == sel.istio_namespace;
                if in_ns && managed_by(&v, TAG_MANAGERS) && seen.insert(key.clone()) {
                    out.push(Target { api_version: av.to_string(), key, reason: Reason::Tag });
                }
            }
        }
        let gw = "gateway.networking.k8s.io/v1";
        for v in apply::list(cluster, disc, gw, "Gateway", "").await? {
            let key = Key::of(&v);
            if v["spec"]["gatewayClassName"] == "istio-waypoint" && managed_by(&v, &["istioctl"]) && seen.insert(key.clone()) {
                out.push(Target { api_version: gw.to_string(), key, reason: Reason::Waypoint });
            }
        }
    }
    out.sort_by_key(|t| (delete_rank(&t.key.kind), t.key.clone()));
    Ok(out)
}

fn delete_rank(kind: &str) -> u8 {
    match kind {
        "MutatingWebhookConfiguration" | "ValidatingWebhookConfiguration" => 0,
        "Gateway" => 1,
        "Deployment" | "DaemonSet" | "HorizontalPodAutoscaler" | "PodDisruptionBudget" => 2,
        "CustomResourceDefinition" => 9,
        _ => 5,
    }
}

/// Deletes the targets, concurrently; returns the ones that were deleted and the errors.
pub async fn delete_all(cluster: &Cluster, disc: &Discovery, targets: &[Target]) -> (Vec<Key>, Vec<String>) {
    use futures::StreamExt;
    let results: Vec<(Key, anyhow::Result<bool>)> = futures::stream::iter(targets.iter().map(|t| async move {
        (t.key.clone(), apply::delete(cluster, disc, &t.api_version, &t.key).await)
    }))
    .buffered(8)
    .collect()
    .await;
    let mut done = Vec::new();
    let mut errors = Vec::new();
    for (k, r) in results {
        match r {
            Ok(_) => done.push(k),
            Err(e) => errors.push(format!("{k}: {e:#}")),
        }
    }
    (done, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_follow_upstream() {
        let sel = Selection { revision: Some("canary".into()), owner_namespace: "istio-system".into(), ..Default::default() };
        assert_eq!(
            selector(&sel),
            "istio.io/rev=canary,install.operator.istio.io/owning-resource-namespace=istio-system,operator.istio.io/component in (Pilot,IngressGateways,EgressGateways,Cni,Ztunnel)"
        );
        let purge = Selection { purge: true, ..sel };
        assert_eq!(selector(&purge), "operator.istio.io/component");
    }

    #[test]
    fn webhooks_go_first_and_crds_last() {
        let mut kinds = ["CustomResourceDefinition", "Deployment", "MutatingWebhookConfiguration", "ConfigMap"];
        kinds.sort_by_key(|k| delete_rank(k));
        assert_eq!(kinds, ["MutatingWebhookConfiguration", "Deployment", "ConfigMap", "CustomResourceDefinition"]);
    }
}
