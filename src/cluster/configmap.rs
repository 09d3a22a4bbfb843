//! Reading one key of a ConfigMap (the injector's `istio-sidecar-injector[-rev]` and the mesh
//! `istio[-rev]` maps kube-inject falls back to). Returns data; never prints.

use k8s_openapi::api::core::v1::ConfigMap;
use kube::Api;

use super::Cluster;

/// The text under `key` of ConfigMap `namespace/name`; an error names the map and key.
pub async fn config_map_key(
    cluster: &Cluster,
    namespace: &str,
    name: &str,
    key: &str,
) -> anyhow::Result<String> {
    let api: Api<ConfigMap> = Api::namespaced(cluster.client.clone(), namespace);
    let op = super::errors::Op { verb: "get", resource: "configmaps", namespace: Some(namespace) };
    let cm = api.get(name).await.map_err(|e| {
        anyhow::anyhow!(
            "could not read valid configmap {name:?} from namespace {namespace:?}: {}",
            super::errors::describe(e, op, &cluster.server)
        )
    })?;
    cm.data
        .and_then(|mut d| d.remove(key))
        .ok_or_else(|| anyhow::anyhow!("missing configuration map key {key:?} in {name:?}"))
}
