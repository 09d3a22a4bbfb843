//! The remote clusters of a multi-cluster analysis: kubeconfig contexts named on the command
//! line, or the kubeconfigs held by the Secrets labelled `istio/multiCluster=true` in the Istio
//! namespace (one cluster per data key; its ID is the cluster its current context names).
//! Never prints, never writes; a kubeconfig's content never appears in an error.

use std::time::Duration;

use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, ListParams};
use kube::config::Kubeconfig;

use super::errors::Op;
use super::{Cluster, ConnectOptions, credentials};

/// The label that marks a Secret as holding remote clusters' kubeconfigs.
pub const MULTI_CLUSTER_LABEL: &str = "istio/multiCluster";

/// One remote cluster, connected (no request made yet).
#[derive(Debug)]
pub struct Remote {
    /// The cluster ID findings carry (`[cluster-<id>]`).
    pub id: String,
    pub cluster: Cluster,
}

/// What the Istio namespace's multi-cluster Secrets gave.
#[derive(Debug)]
pub enum Found {
    Clusters(Vec<Remote>),
    /// Listing Secrets there was refused (403); the API server's message.
    Forbidden(String),
}

/// A client per context of the same kubeconfig, with the rest of the command line's options
/// (impersonation, timeout); the context name is the cluster ID.
pub async fn from_contexts(base: &ConnectOptions, contexts: &[String]) -> anyhow::Result<Vec<Remote>> {
    let mut out = Vec::with_capacity(contexts.len());
    for ctx in contexts {
        let opts = ConnectOptions { context: Some(ctx.clone()), ..base.clone() };
        out.push(Remote { id: ctx.clone(), cluster: super::connect(&opts).await? });
    }
    Ok(out)
}

/// A client per kubeconfig in the `istio/multiCluster=true` Secrets of `namespace` on
/// `primary`, in Secret then key order. A kubeconfig without a current context is skipped, as
/// upstream skips it; a malformed one is an error naming the Secret and key.
pub async fn from_secrets(primary: &Cluster, namespace: &str, timeout: Duration) -> anyhow::Result<Found> {
    let api: Api<Secret> = Api::namespaced(primary.client.clone(), namespace);
    let lp = ListParams::default().labels(&format!("{MULTI_CLUSTER_LABEL}=true"));
    let op = Op { verb: "list", resource: "secrets", namespace: Some(namespace) };
    let list = match primary.call(op, || api.list(&lp)).await {
        Ok(l) => l,
        Err(super::errors::Error::Forbidden { message, .. }) => return Ok(Found::Forbidden(message)),
        Err(e) => return Err(e.into()),
    };
    let mut secrets = list.items;
    secrets.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
    let mut out = Vec::new();
    for secret in secrets {
        let name = secret.metadata.name.unwrap_or_default();
        // `data` is a sorted map: keys in byte order.
        for (key, bytes) in secret.data.unwrap_or_default() {
            let what = format!("in Secret {namespace}/{name}, key {key:?}");
            let text = String::from_utf8(bytes.0)
                .map_err(|_| anyhow::anyhow!("kubeconfig {what} is not valid UTF-8"))?;
            let kc = Kubeconfig::from_yaml(&text).map_err(|e| credentials::read_error(&what, &e))?;
            let Some(id) = cluster_id(&kc) else { continue };
            let cluster = super::client::connect_kubeconfig(kc, timeout)
                .await
                .map_err(|e| e.context(format!("connecting to the cluster of the kubeconfig {what}")))?;
            out.push(Remote { id, cluster });
        }
    }
    Ok(Found::Clusters(out))
}

/// The cluster named by the kubeconfig's current context (`None` without one).
fn cluster_id(kc: &Kubeconfig) -> Option<String> {
    let current = kc.current_context.as_deref().filter(|c| !c.is_empty())?;
    let ctx = kc.contexts.iter().find(|c| c.name == current)?.context.as_ref()?;
    Some(ctx.cluster.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cluster_id_is_the_current_context_cluster() {
        let kc = Kubeconfig::from_yaml(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: east\n  cluster: {server: 'https://e'}\ncontexts:\n- name: ctx\n  context: {cluster: east, user: u}\ncurrent-context: ctx\nusers:\n- name: u\n  user: {}\n",
        )
        .unwrap();
        assert_eq!(cluster_id(&kc).as_deref(), Some("east"));
        let none =
            Kubeconfig::from_yaml("apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\n").unwrap();
        assert_eq!(cluster_id(&none), None);
    }
}
