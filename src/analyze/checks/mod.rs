//! The gateway, injection, mesh-networks, service, service-entry, multi-cluster, sidecar,
//! telemetry and virtual-service analyzers: pure functions over a [`Snapshot`] (borrowed views
//! of the engine's resources, by kind, plus the mesh config) returning [`Finding`]s with
//! upstream's codes, arguments and line anchors; [`adapt`] runs one for the engine and hands
//! its findings to the engine's `Report`. They index what they look up (`index.rs`,
//! `hosts.rs`), so none is quadratic in the number of resources. Nothing here prints.

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

use std::borrow::Cow;
use crate::hash::HashMap;
use std::sync::LazyLock;

use crate::analyze::node::{Node, Obj};

use crate::analyze::{Analyzer, Arg, Context, Kind, Report, kinds};

static EMPTY: LazyLock<Obj> = LazyLock::new(Obj::default);

/// One resource as the analyzers see it: the engine's handle, its identity and the whole
/// object as JSON.
#[derive(Debug, Clone, Copy)]
pub struct Res<'a> {
    /// The engine's handle, echoed in findings.
    pub id: usize,
    /// Empty for cluster-scoped kinds (a Namespace's own name is `name`).
    pub namespace: &'a str,
    pub name: &'a str,
    pub doc: &'a Node,
    /// The cluster the resource came from, in multi-cluster runs.
    pub cluster: Option<&'a str>,
}

impl<'a> Res<'a> {
    pub fn new(id: usize, namespace: &'a str, name: &'a str, doc: &'a Node) -> Self {
        Res { id, namespace, name, doc, cluster: None }
    }

    pub fn labels(&self) -> &'a Obj {
        self.doc["metadata"]["labels"].as_object().unwrap_or(&EMPTY)
    }

    pub fn label(&self, key: &str) -> Option<&'a str> {
        self.labels().get(key).and_then(Node::as_str)
    }

    pub fn annotation(&self, key: &str) -> Option<&'a str> {
        self.doc["metadata"]["annotations"][key].as_str()
    }

    pub fn spec(&self) -> &'a Node {
        &self.doc["spec"]
    }

    /// `namespace/name`, or the bare name for cluster-scoped kinds (upstream's FullName).
    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            self.name.to_string()
        } else {
            [self.namespace, "/", self.name].concat()
        }
    }
}

/// What the analyzers read: resources by kind (`Pod`, `Service`, `Gateway` for Istio's,
/// `VirtualService`, …) and the effective mesh config.
#[derive(Debug, Default)]
pub struct Snapshot<'a> {
    /// Borrowed from the run's [`Shared`](crate::analyze::Shared) lists where it has the kind.
    kinds: HashMap<&'static str, Cow<'a, [Res<'a>]>>,
    /// MeshConfig as JSON (camelCase), defaults applied; `Null` means all defaults.
    pub mesh: Option<&'a Node>,
    /// The synthetic MeshNetworks resource, when one is loaded.
    pub mesh_networks: Option<Res<'a>>,
    /// The Istio namespace (`istio-system` when empty): the default root namespace.
    pub istio_namespace: &'a str,
    /// The run's pod maps, shared by the analyzers that read pods (built by the first).
    pub shared_pods: Option<&'a std::sync::OnceLock<index::PodMaps>>,
}

impl<'a> Snapshot<'a> {
    pub fn new() -> Self {
        Snapshot::default()
    }

    pub fn add(&mut self, kind: &'static str, res: Res<'a>) {
        self.kinds.entry(kind).or_default().to_mut().push(res);
    }

    /// Adds resources of `kind` (borrowed while this is the kind's only list: two API kinds
    /// named alike, such as Istio's and the Gateway API's `Gateway`, share one list).
    fn add_all(&mut self, kind: &'static str, list: &'a [Res<'a>]) {
        match self.kinds.entry(kind) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(Cow::Borrowed(list));
            }
            std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().to_mut().extend_from_slice(list),
        }
    }

    pub fn of(&self, kind: &str) -> &[Res<'a>] {
        self.kinds.get(kind).map_or(&[], |list| list)
    }

    /// The pod index of this snapshot's pods, its maps shared with the run's other analyzers.
    pub fn pod_index(&self) -> index::PodIndex<'_, 'a> {
        let pods = self.of("Pod");
        match self.shared_pods.map(|cell| cell.get_or_init(|| index::PodMaps::new(pods))) {
            Some(maps) if maps.len == pods.len() => index::PodIndex::with_maps(pods, maps),
            _ => index::PodIndex::new(pods),
        }
    }

    pub fn mesh(&self) -> &'a Node {
        static NULL: Node = Node::Null;
        self.mesh.unwrap_or(&NULL)
    }

    /// The mesh root namespace (`istio-system` when unset).
    pub fn root_namespace(&self) -> &'a str {
        let fallback = if self.istio_namespace.is_empty() { "istio-system" } else { self.istio_namespace };
        self.mesh()["rootNamespace"].as_str().filter(|s| !s.is_empty()).unwrap_or(fallback)
    }
}

/// A message argument (the engine's, typed as upstream's template verb expects it).
pub type Param = Arg;

/// One message about one resource: the code, the template parameters in order, and the
/// field path whose line replaces the document start, if any, written as upstream writes it
/// (`{.spec.ports[0].port}`; [`adapt`] hands the engine `spec.ports[0].port`).
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

/// What each analyzer here computes: findings from a snapshot.
pub type SnapshotFn = fn(&Snapshot) -> Vec<Finding>;

/// Every analyzer of this module, with the snapshot function it runs (tests call these
/// directly; the engine's registry takes the [`Analyzer`]s).
pub static ALL: &[(&Analyzer, SnapshotFn)] = &[
    (&gateway::INGRESS_PORT, gateway::ingress_port),
    (&gateway::CERTIFICATE, gateway::certificate),
    (&gateway::SECRET, gateway::secret),
    (&gateway::CONFLICTING, gateway::conflicting),
    (&injection::ANALYZER, injection::injection),
    (&injection::IMAGE, injection::image),
    (&injection::IMAGE_AUTO, injection::image_auto),
    (&meshnetworks::ANALYZER, meshnetworks::mesh_networks),
    (&multicluster::SERVICE, multicluster::multi_cluster_services),
    (&service::PORT_NAME, service::port_name),
    (&serviceentry::ANALYZER, serviceentry::protocol_addresses),
    (&sidecar::SELECTOR, sidecar::selector),
    (&telemetry::PROVIDER, telemetry::provider),
    (&telemetry::SELECTOR, telemetry::selector),
    (&telemetry::DEFAULT_SELECTOR, telemetry::default_selector),
    (&telemetry::LIGHTSTEP, telemetry::lightstep),
    (&virtualservice::CONFLICTING_MESH_GATEWAY_HOSTS, virtualservice::conflicting_mesh_gateway_hosts),
    (&virtualservice::DESTINATION_HOST, virtualservice::destination_host),
    (&virtualservice::DESTINATION_RULE, virtualservice::destination_rule),
    (&virtualservice::GATEWAY, virtualservice::gateway),
    (&virtualservice::JWT_CLAIM_ROUTE, virtualservice::jwt_claim_route),
];

/// Runs snapshot function `f` for the engine: a snapshot of the `inputs` kinds of the set
/// (plus the mesh objects), and each finding added to `report`.
pub fn adapt(cx: &Context<'_>, report: &mut Report, inputs: &[Kind], f: SnapshotFn) {
    let set = cx.set;
    let mut s = Snapshot { istio_namespace: &set.istio_namespace, ..Snapshot::default() };
    // Every snapshot with pods lists the same ones in the same order: their maps are shared.
    if inputs.contains(&kinds::POD) {
        s.shared_pods = Some(&cx.shared.pods);
    }
    s.mesh = set.of_kind(kinds::MESH_CONFIG).next().map(|(_, r)| r.spec());
    if inputs.contains(&kinds::MESH_NETWORKS) {
        s.mesh_networks = set.of_kind(kinds::MESH_NETWORKS).last().map(|(id, r)| {
            let mut res = listed(id, r);
            res.doc = r.spec();
            res
        });
    }
    for &kind in inputs.iter().filter(|k| ![kinds::MESH_CONFIG, kinds::MESH_NETWORKS].contains(k)) {
        // Listed once per run and kind: every snapshot of the kind borrows the same list.
        let make = || set.of_kind(kind).map(|(id, r)| listed(id, r)).collect();
        match cx.shared.listed(kind, make) {
            Some(list) => s.add_all(kind.kind, list),
            None => set.of_kind(kind).for_each(|(id, r)| s.add(kind.kind, listed(id, r))),
        }
    }
    for finding in f(&s) {
        let added = report.add(finding.code, finding.res, finding.params);
        if let Some(path) = finding.path {
            added.at(path.trim_start_matches("{.").trim_end_matches('}'));
        }
    }
}

/// A resource of the set as snapshots list it.
fn listed(id: usize, r: &crate::analyze::Resource) -> Res<'_> {
    let mut res = Res::new(id, r.namespace, r.name, &r.object);
    res.cluster = Some(r.source.cluster.as_str()).filter(|c| !c.is_empty());
    res
}

/// Each container (then init container) of a pod spec.
pub fn containers(pod_spec: &Node) -> impl Iterator<Item = &Node> {
    let list = |k: &str| pod_spec[k].as_array().unwrap_or(&[]);
    list("containers").iter().chain(list("initContainers").iter())
}

/// The names of `list`, sorted (upstream's names list of conflicting resources).
pub fn sorted_names(list: &[&Res]) -> Vec<String> {
    let mut names: Vec<String> = list.iter().map(|r| r.name.to_string()).collect();
    names.sort();
    names
}

/// The strings of a JSON array (non-strings skipped).
pub fn strs(v: &Node) -> impl Iterator<Item = &str> {
    v.as_array().unwrap_or(&[]).iter().filter_map(Node::as_str)
}

/// The items of a JSON array.
pub fn items(v: &Node) -> &[Node] {
    v.as_array().unwrap_or(&[])
}

#[cfg(test)]
mod engine_tests {
    //! The same analyzers run through the engine (typed Istio specs, the built-in ingress,
    //! findings through `adapt`), to check the adapter and the canonical spellings.

    use crate::analyze::testing::table;

    #[test]
    fn snapshots_share_the_runs_lists_and_merge_kinds_named_alike() {
        use crate::analyze::mesh::Mesh;
        use crate::analyze::{Context, Kind, Report, ResourceSet, Shared, kinds, testing::set_from_yaml};
        let yaml = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: istio-gw, namespace: ns}\nspec: {selector: {istio: ingressgateway}}\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: k8s-gw, namespace: ns}\nspec: {gatewayClassName: istio, listeners: [{name: http, port: 80, protocol: HTTP}]}\n";
        let mesh = Mesh::defaults("istio-system");
        let set = set_from_yaml(yaml, &mesh);
        fn each_gateway(s: &super::Snapshot) -> Vec<super::Finding> {
            s.of("Gateway").iter().map(|g| super::Finding::new("IST0101", g, vec![g.name.into()])).collect()
        }
        fn names<'a>(
            set: &'a ResourceSet,
            mesh: &'a Mesh,
            shared: &'a Shared<'a>,
            inputs: &[Kind],
        ) -> Vec<&'a str> {
            let mut report = Report::default();
            super::adapt(&Context { set, mesh, shared }, &mut report, inputs, each_gateway);
            report.findings.iter().filter_map(|f| f.resource).map(|id| set.get(id).name).collect()
        }
        let both = [kinds::GATEWAY, kinds::K8S_GATEWAY];
        // With room for both kinds (lists shared), and with none (each snapshot lists its own).
        for room in [true, false] {
            let shared = if room { Shared::new(both.into_iter()) } else { Shared::default() };
            for _ in 0..2 {
                assert_eq!(names(&set, &mesh, &shared, &[kinds::GATEWAY]), ["istio-gw"]);
                assert_eq!(names(&set, &mesh, &shared, &both), ["istio-gw", "k8s-gw"]);
                let reversed = [kinds::K8S_GATEWAY, kinds::GATEWAY];
                assert_eq!(names(&set, &mesh, &shared, &reversed), ["k8s-gw", "istio-gw"]);
            }
        }
    }

    #[test]
    fn through_the_engine() {
        let gw = |port: u32| {
            format!(
                "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {{name: gw, namespace: ns}}\nspec:\n  selector: {{istio: ingressgateway}}\n  servers: [{{port: {{number: {port}, name: p, protocol: HTTP}}, hosts: ['*']}}]\n"
            )
        };
        table(
            super::gateway::INGRESS_PORT,
            &[
                ("port on the built-in ingress", &gw(443), &[]),
                ("port missing", &gw(8080), &[("IST0162", "Gateway ns/gw")]),
            ],
        );
        let se = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: ext, namespace: ns}\nspec:\n  hosts: [db.ext]\n  ports: [{number: 1, name: a, protocol: TCP}, {number: 2, name: b, protocol: TCP}]\n";
        let vs = |port: &str| {
            format!(
                "{se}---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {{name: vs, namespace: ns}}\nspec:\n  hosts: [x]\n  tcp: [{{route: [{{destination: {{host: db.ext{port}}}}}]}}]\n"
            )
        };
        table(
            super::virtualservice::DESTINATION_HOST,
            &[
                ("port given", &vs(", port: {number: 2}"), &[]),
                ("port required", &vs(""), &[("IST0112", "VirtualService ns/vs")]),
            ],
        );
    }
}
