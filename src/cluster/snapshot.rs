//! A read-only snapshot of the kinds a caller names (analyze's live state): each kind is listed
//! once, in pages, all kinds concurrently, in one namespace or all of them. Every kind gets its
//! own outcome — listed, not served by this cluster, or denied (403) — so a caller can go on
//! without what it may not read; an unreachable server fails the whole snapshot at once.
//! Never prints, never writes.

use std::sync::atomic::{AtomicUsize, Ordering};

use kube::api::{Api, DynamicObject, ListParams};
use serde_json::Value;

use super::Cluster;
use super::discovery::Discovery;
use super::errors::{Error, Op};

/// Objects per page: large enough that most kinds take one request, small enough that a big
/// mesh never needs one huge response.
const PAGE: u32 = 500;

/// What came back for one kind.
#[derive(Debug)]
pub enum Outcome {
    /// Every object of the kind in scope, with `apiVersion` and `kind` set.
    Listed(Vec<Value>),
    /// The server does not serve this group/version/kind (e.g. its CRD is not installed).
    NotServed,
    /// Listing was refused (403); the API server's message.
    Forbidden(String),
}

/// The outcome for each requested `(apiVersion, kind)`, in request order, and how many API
/// requests the snapshot took (discovery included).
#[derive(Debug)]
pub struct Snapshot {
    pub kinds: Vec<((String, String), Outcome)>,
    pub requests: usize,
}

/// Lists every `(apiVersion, kind)` in `namespace` (namespaced kinds only; cluster-scoped kinds
/// are always listed whole), or everywhere when `namespace` is `None`.
pub async fn read(
    cluster: &Cluster,
    kinds: &[(String, String)],
    namespace: Option<&str>,
) -> anyhow::Result<Snapshot> {
    let disc = Discovery::new();
    let requests = AtomicUsize::new(0);
    // Discovery first, one request per group/version, so the lists below run side by side.
    let mut resolved = Vec::with_capacity(kinds.len());
    for (av, kind) in kinds {
        resolved.push(disc.resolve(cluster, av, kind).await?);
    }
    requests.fetch_add(disc.requests(), Ordering::Relaxed);
    let lists = kinds.iter().zip(resolved).map(|((av, kind), r)| {
        let requests = &requests;
        async move {
            let Some(r) = r else { return Ok(((av.clone(), kind.clone()), Outcome::NotServed)) };
            let api: Api<DynamicObject> = match (r.namespaced, namespace) {
                (true, Some(ns)) => Api::namespaced_with(cluster.client.clone(), ns, &r.resource),
                _ => Api::all_with(cluster.client.clone(), &r.resource),
            };
            let mut items = Vec::new();
            let mut token: Option<String> = None;
            loop {
                let mut lp = ListParams::default().limit(PAGE);
                if let Some(t) = &token {
                    lp = lp.continue_token(t);
                }
                requests.fetch_add(1, Ordering::Relaxed);
                let scope = if r.namespaced { namespace } else { None };
                let op = Op { verb: "list", resource: kind, namespace: scope };
                let page = match cluster.call(op, || api.list(&lp)).await {
                    Ok(p) => p,
                    Err(Error::Forbidden { message, .. }) => {
                        return Ok(((av.clone(), kind.clone()), Outcome::Forbidden(message)));
                    }
                    Err(Error::NotServed { .. }) => {
                        return Ok(((av.clone(), kind.clone()), Outcome::NotServed));
                    }
                    Err(e) => return Err(anyhow::Error::from(e)),
                };
                token = page.metadata.continue_.clone().filter(|t| !t.is_empty());
                for o in page.items {
                    let mut v = serde_json::to_value(o)?;
                    v["apiVersion"] = Value::String(av.clone());
                    v["kind"] = Value::String(kind.clone());
                    items.push(v);
                }
                if token.is_none() {
                    break;
                }
            }
            Ok(((av.clone(), kind.clone()), Outcome::Listed(items)))
        }
    });
    let kinds = futures::future::try_join_all(lists).await?;
    Ok(Snapshot { kinds, requests: requests.into_inner() })
}

/// The mesh ConfigMap of a revision: `istio` for the default one (`""` or `default`), else
/// `istio-<revision>`.
pub fn mesh_config_map_name(revision: &str) -> String {
    if revision.is_empty() || revision == "default" { "istio".to_string() } else { format!("istio-{revision}") }
}

/// The `mesh` text of the revision's mesh ConfigMap ([`mesh_config_map_name`]) in the Istio
/// namespace; `None` when there is none (a cluster without Istio).
pub async fn mesh_config(
    cluster: &Cluster,
    istio_namespace: &str,
    revision: &str,
) -> anyhow::Result<Option<String>> {
    use k8s_openapi::api::core::v1::ConfigMap;
    let name = mesh_config_map_name(revision);
    let api: Api<ConfigMap> = Api::namespaced(cluster.client.clone(), istio_namespace);
    let op = Op { verb: "get", resource: "configmaps", namespace: Some(istio_namespace) };
    match cluster.call(op, || api.get_opt(&name)).await {
        Ok(cm) => Ok(cm.and_then(|c| c.data).and_then(|mut d| d.remove("mesh"))),
        Err(Error::Forbidden { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}
