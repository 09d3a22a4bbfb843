//! Which owned objects an install removes after applying (surface.md §1.10): objects of the
//! prune kinds that carry this install's owner labels (same version, namespace, revision and a
//! component label), are not marked not-pruned, and were not rendered this time. Objects
//! without our labels are never candidates. Selection is pure; deletion goes through `apply`.

use std::collections::HashSet;

use serde_json::Value;

use super::apply::{COMPONENT, Inventory, Key, MANAGED, NOT_PRUNED, OWNING_NAMESPACE, OWNING_RESOURCE, Owner, REV, VERSION_LABEL, label};

/// Namespaced kinds upstream prunes, as `(apiVersion, kind)`.
pub const NAMESPACED_KINDS: &[(&str, &str)] = &[
    ("apps/v1", "Deployment"),
    ("apps/v1", "DaemonSet"),
    ("v1", "Service"),
    ("v1", "ConfigMap"),
    ("v1", "Pod"),
    ("v1", "Secret"),
    ("v1", "ServiceAccount"),
    ("rbac.authorization.k8s.io/v1", "RoleBinding"),
    ("rbac.authorization.k8s.io/v1", "Role"),
    ("policy/v1", "PodDisruptionBudget"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("networking.istio.io/v1alpha3", "EnvoyFilter"),
];

/// Cluster-scoped kinds upstream prunes.
pub const CLUSTER_KINDS: &[(&str, &str)] = &[
    ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"),
    ("rbac.authorization.k8s.io/v1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
];

/// Every prune kind.
pub fn kinds() -> impl Iterator<Item = (&'static str, &'static str)> {
    NAMESPACED_KINDS.iter().chain(CLUSTER_KINDS).copied()
}

/// True when the live object carries this install's owner labels for this istioctl version.
pub fn owned_by_this_install(obj: &Value, owner: &Owner) -> bool {
    label(obj, MANAGED) == Some("Reconcile")
        && label(obj, VERSION_LABEL) == Some(crate::VERSION)
        && label(obj, OWNING_NAMESPACE) == Some(owner.namespace.as_str())
        && label(obj, REV) == Some(owner.rev())
        && owner.name.as_deref().is_none_or(|n| label(obj, OWNING_RESOURCE) == Some(n))
        && label(obj, COMPONENT).is_some()
}

/// The objects of `live` to delete: owned by this install, of a prune kind, not rendered now,
/// not marked not-pruned. Sorted for stable output.
pub fn candidates(live: &Inventory, rendered: &HashSet<Key>, owner: &Owner) -> Vec<(Key, Value)> {
    let prune_kinds: HashSet<&str> = kinds().map(|(_, k)| k).collect();
    let mut out: Vec<(Key, Value)> = live
        .iter()
        .filter(|(k, v)| {
            prune_kinds.contains(k.kind.as_str())
                && !rendered.contains(k)
                && owned_by_this_install(v, owner)
                && label(v, NOT_PRUNED) != Some("true")
                && v["metadata"]["deletionTimestamp"].is_null()
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(kind: &str, name: &str, labels: Value) -> (Key, Value) {
        let v = json!({"kind": kind, "metadata": {"name": name, "namespace": "istio-system", "labels": labels}});
        (Key::of(&v), v)
    }

    #[test]
    fn only_unrendered_objects_with_all_our_labels() {
        let owner = Owner { revision: String::new(), namespace: "istio-system".into(), name: None };
        let ours = serde_json::to_value(owner.labels(Some("Pilot"))).unwrap();
        let mut other_version = ours.clone();
        other_version[VERSION_LABEL] = json!("1.0.0");
        let mut keep = ours.clone();
        keep[NOT_PRUNED] = json!("true");
        let mut canary = ours.clone();
        canary[REV] = json!("canary");
        let live: Inventory = [
            obj("Deployment", "old", ours.clone()),
            obj("Deployment", "istiod", ours.clone()),
            obj("Deployment", "by-1.0", other_version),
            obj("Service", "tag", keep),
            obj("Service", "canary", canary),
            obj("ConfigMap", "unlabelled", json!({})),
            obj("CustomResourceDefinition", "crd", ours),
        ]
        .into_iter()
        .collect();
        let rendered: HashSet<Key> = [obj("Deployment", "istiod", json!({})).0].into_iter().collect();
        let names: Vec<String> = candidates(&live, &rendered, &owner).into_iter().map(|(k, _)| k.name).collect();
        assert_eq!(names, ["old"]);
    }
}
