//! The gateway, injection, mesh-networks, service, service-entry, multi-cluster, sidecar,
//! telemetry and virtual-service analyzers: pure functions over a [`Snapshot`] (the resources
//! as JSON, grouped by kind, plus the mesh config) returning [`Finding`]s with upstream's
//! codes, parameters and line-anchor paths. They index what they look up (see `index.rs`,
//! `hosts.rs`), so none is quadratic in the number of resources. Nothing here reads files,
//! talks to a cluster, formats message text or prints.

pub mod gateway;
pub mod hosts;
pub mod index;
pub mod injection;
pub mod meshnetworks;
pub mod multicluster;
pub mod service;
pub mod serviceentry;
pub mod sidecar;
pub mod telemetry;
pub mod virtualservice;

#[cfg(test)]
pub mod testkit;

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::{Map, Value};

static EMPTY: LazyLock<Map<String, Value>> = LazyLock::new(Map::new);

/// One resource as the analyzers see it: the engine's handle, its identity and the whole
/// object as JSON.
#[derive(Debug, Clone, Copy)]
pub struct Res<'a> {
    /// The engine's handle, echoed in findings.
    pub id: usize,
    /// Empty for cluster-scoped kinds (a Namespace's own name is `name`).
    pub namespace: &'a str,
    pub name: &'a str,
    pub doc: &'a Value,
    /// The cluster the resource came from, in multi-cluster runs.
    pub cluster: Option<&'a str>,
}

impl<'a> Res<'a> {
    pub fn new(id: usize, namespace: &'a str, name: &'a str, doc: &'a Value) -> Self {
        Res { id, namespace, name, doc, cluster: None }
    }

    pub fn labels(&self) -> &'a Map<String, Value> {
        self.doc["metadata"]["labels"].as_object().unwrap_or(&EMPTY)
    }

    pub fn label(&self, key: &str) -> Option<&'a str> {
        self.labels().get(key).and_then(Value::as_str)
    }

    pub fn annotation(&self, key: &str) -> Option<&'a str> {
        self.doc["metadata"]["annotations"][key].as_str()
    }

    pub fn spec(&self) -> &'a Value {
        &self.doc["spec"]
    }

    /// `namespace/name`, or the bare name for cluster-scoped kinds (upstream's FullName).
    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            self.name.to_string()
        } else {
            format!("{}/{}", self.namespace, self.name)
        }
    }
}

/// What the analyzers read: resources by kind (`Pod`, `Service`, `Gateway` for Istio's,
/// `VirtualService`, …) and the effective mesh config.
#[derive(Debug, Default)]
pub struct Snapshot<'a> {
    kinds: HashMap<&'static str, Vec<Res<'a>>>,
    /// MeshConfig as JSON (camelCase), defaults applied; `Null` means all defaults.
    pub mesh: Option<&'a Value>,
    /// The synthetic MeshNetworks resource, when one is loaded.
    pub mesh_networks: Option<Res<'a>>,
}

impl<'a> Snapshot<'a> {
    pub fn new() -> Self {
        Snapshot::default()
    }

    pub fn add(&mut self, kind: &'static str, res: Res<'a>) {
        self.kinds.entry(kind).or_default().push(res);
    }

    pub fn of(&self, kind: &str) -> &[Res<'a>] {
        self.kinds.get(kind).map_or(&[], Vec::as_slice)
    }

    pub fn mesh(&self) -> &'a Value {
        static NULL: Value = Value::Null;
        self.mesh.unwrap_or(&NULL)
    }

    /// The mesh root namespace (`istio-system` when unset).
    pub fn root_namespace(&self) -> &'a str {
        self.mesh()["rootNamespace"].as_str().filter(|s| !s.is_empty()).unwrap_or("istio-system")
    }
}

/// A message parameter, typed as upstream's template verb expects it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Param {
    Str(String),
    Int(i64),
    Strs(Vec<String>),
    Ints(Vec<i64>),
}

impl From<&str> for Param {
    fn from(s: &str) -> Self {
        Param::Str(s.to_string())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Self {
        Param::Str(s)
    }
}

impl From<i64> for Param {
    fn from(n: i64) -> Self {
        Param::Int(n)
    }
}

impl From<Vec<String>> for Param {
    fn from(v: Vec<String>) -> Self {
        Param::Strs(v)
    }
}

impl From<Vec<i64>> for Param {
    fn from(v: Vec<i64>) -> Self {
        Param::Ints(v)
    }
}

/// One message about one resource: the code, the template parameters in order, and the
/// field path (upstream's `{.spec…}` form) whose line replaces the document start, if any.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub code: &'static str,
    pub res: usize,
    pub params: Vec<Param>,
    pub path: Option<String>,
}

impl Finding {
    pub fn new(code: &'static str, res: &Res, params: Vec<Param>) -> Self {
        Finding { code, res: res.id, params, path: None }
    }

    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
}

/// An analyzer as `--list-analyzers` shows it and the engine runs it.
pub struct Analyzer {
    pub name: &'static str,
    pub description: &'static str,
    /// Kinds read (upstream's declared inputs); `MeshConfig`/`MeshNetworks` are the synthetic ones.
    pub inputs: &'static [&'static str],
    pub run: fn(&Snapshot) -> Vec<Finding>,
}

/// The analyzers of this module, as upstream registers them at 1.30.3.
pub static ALL: &[Analyzer] = &[
    gateway::INGRESS_PORT,
    gateway::CERTIFICATE,
    gateway::SECRET,
    gateway::CONFLICTING,
    injection::ANALYZER,
    injection::IMAGE,
    injection::IMAGE_AUTO,
    meshnetworks::ANALYZER,
    service::PORT_NAME,
    serviceentry::ANALYZER,
    multicluster::SERVICE,
    sidecar::SELECTOR,
    telemetry::PROVIDER,
    telemetry::SELECTOR,
    telemetry::DEFAULT_SELECTOR,
    telemetry::LIGHTSTEP,
    virtualservice::CONFLICTING_MESH_GATEWAY_HOSTS,
    virtualservice::DESTINATION_HOST,
    virtualservice::DESTINATION_RULE,
    virtualservice::GATEWAY,
    virtualservice::JWT_CLAIM_ROUTE,
];

/// Each container (then init container) of a pod spec.
pub fn containers(pod_spec: &Value) -> impl Iterator<Item = &Value> {
    let list = |k: &str| pod_spec[k].as_array().map(Vec::as_slice).unwrap_or(&[]);
    list("containers").iter().chain(list("initContainers").iter())
}

/// The strings of a JSON array (non-strings skipped).
pub fn strs(v: &Value) -> impl Iterator<Item = &str> {
    v.as_array().map(Vec::as_slice).unwrap_or(&[]).iter().filter_map(Value::as_str)
}

/// The items of a JSON array.
pub fn items(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}
