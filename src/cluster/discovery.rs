//! Resource discovery cached for one run: each group/version is asked once, and kinds resolve
//! to their REST resource and scope from that answer. A kind the server does not serve (for
//! example before its CRD exists) is reported by name, with the group/version it was looked for in.

use std::collections::HashMap;

use kube::core::{ApiResource, GroupVersion, GroupVersionKind};
use kube::discovery::{ApiCapabilities, ApiGroup, Scope};
use tokio::sync::Mutex;

use super::Cluster;
use super::errors::{Error, Op};

/// What the server told us about one kind.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub resource: ApiResource,
    pub namespaced: bool,
}

/// Per-run cache of group/version discovery.
#[derive(Default)]
pub struct Discovery {
    groups: Mutex<HashMap<String, Option<ApiGroup>>>,
    /// Discovery requests sent so far (one per group/version asked).
    fetched: std::sync::atomic::AtomicUsize,
}

impl Discovery {
    pub fn new() -> Self {
        Self::default()
    }

    /// How many discovery requests this cache has sent.
    pub fn requests(&self) -> usize {
        self.fetched.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Forgets a group/version (after CRDs are created or deleted).
    pub async fn invalidate(&self, api_version: &str) {
        self.groups.lock().await.remove(api_version);
    }

    /// Resolves `apiVersion` + `kind`; `Ok(None)` when the server does not serve it.
    pub async fn resolve(&self, cluster: &Cluster, api_version: &str, kind: &str) -> anyhow::Result<Option<Resolved>> {
        let mut groups = self.groups.lock().await;
        if !groups.contains_key(api_version) {
            let gv: GroupVersion = api_version
                .parse()
                .map_err(|e| anyhow::anyhow!("invalid apiVersion {api_version:?}: {e}"))?;
            self.fetched.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let op = Op { verb: "discover", resource: api_version, namespace: None };
            let group = match cluster.call(op, || kube::discovery::pinned_group(&cluster.client, &gv)).await {
                Ok(g) => Some(g),
                Err(Error::NotServed { .. } | Error::NotFound { .. }) => None,
                Err(e) => return Err(e.into()),
            };
            groups.insert(api_version.to_string(), group);
        }
        let Some(group) = groups.get(api_version).and_then(Option::as_ref) else { return Ok(None) };
        let (group_name, version) = match api_version.split_once('/') {
            Some((g, v)) => (g.to_string(), v.to_string()),
            None => (String::new(), api_version.to_string()),
        };
        let gvk = GroupVersionKind::gvk(&group_name, &version, kind);
        Ok(group
            .versioned_resources(&version)
            .into_iter()
            .find(|(ar, _)| ar.kind == gvk.kind)
            .map(|(ar, caps): (ApiResource, ApiCapabilities)| Resolved {
                namespaced: caps.scope == Scope::Namespaced,
                resource: ar,
            }))
    }
}
