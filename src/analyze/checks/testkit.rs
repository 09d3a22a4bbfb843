//! Test support: builds a [`Snapshot`] from YAML documents and runs one analyzer by name,
//! answering `(code, "Kind namespace/name")` pairs the way upstream's analyzer tests compare.
//! Documents of kind `MeshConfig` / `MeshNetworks` become the mesh config / mesh networks.

use crate::analyze::node::Node;

use super::{ALL, Finding, Res, Snapshot};

pub struct Loaded {
    docs: Vec<(&'static str, Node)>,
}

/// Kinds are stored under the names analyzers ask for; anything else is kept under its own.
fn kind_key(kind: &str) -> &'static str {
    const KNOWN: &[&str] = &[
        "Pod",
        "Service",
        "Namespace",
        "Secret",
        "ConfigMap",
        "Deployment",
        "MutatingWebhookConfiguration",
        "Gateway",
        "VirtualService",
        "DestinationRule",
        "ServiceEntry",
        "Sidecar",
        "Telemetry",
        "RequestAuthentication",
        "ProxyConfig",
        "MeshConfig",
        "MeshNetworks",
    ];
    KNOWN.iter().find(|k| **k == kind).copied().unwrap_or_else(|| panic!("testkit: unknown kind {kind}"))
}

pub fn load(yaml: &str) -> Loaded {
    let docs: Vec<serde_json::Value> = serde_saphyr::from_str_multiple(yaml).expect("test YAML parses");
    Loaded {
        docs: docs
            .into_iter()
            .filter(|d| !d.is_null())
            .map(|d| (kind_key(d["kind"].as_str().expect("kind")), Node::from(d)))
            .collect(),
    }
}

impl Loaded {
    pub fn snapshot(&self) -> Snapshot<'_> {
        let mut s = Snapshot::new();
        for (i, (kind, d)) in self.docs.iter().enumerate() {
            let name = d["metadata"]["name"].as_str().unwrap_or("");
            let cluster_scoped = matches!(*kind, "Namespace" | "MutatingWebhookConfiguration");
            let ns =
                if cluster_scoped { "" } else { d["metadata"]["namespace"].as_str().unwrap_or("default") };
            let mut res = Res::new(i, ns, name, d);
            res.cluster = d["metadata"]["annotations"]["test/cluster"].as_str();
            match *kind {
                "MeshConfig" => s.mesh = Some(&d["spec"]),
                "MeshNetworks" => {
                    s.mesh_networks = Some(Res::new(i, "istio-system", "meshnetworks", &d["spec"]))
                }
                _ => s.add(kind, res),
            }
        }
        s
    }

    pub fn describe(&self, f: &Finding) -> (String, String) {
        let (kind, d) = &self.docs[f.res];
        let name = d["metadata"]["name"].as_str().unwrap_or("meshnetworks");
        let ns = match *kind {
            "Namespace" | "MutatingWebhookConfiguration" => "",
            "MeshNetworks" => "istio-system",
            _ => d["metadata"]["namespace"].as_str().unwrap_or("default"),
        };
        let who = if ns.is_empty() { format!("{kind} {name}") } else { format!("{kind} {ns}/{name}") };
        (f.code.to_string(), who)
    }
}

/// Runs analyzer `name` over `yaml`; the findings, sorted, as `(code, "Kind ns/name")`.
pub fn run(name: &str, yaml: &str) -> Vec<(String, String)> {
    let (loaded, mut findings) = run_raw(name, yaml);
    // Identical messages collapse, as the engine's de-duplication does.
    findings.sort();
    findings.dedup();
    let mut out: Vec<(String, String)> = findings.iter().map(|f| loaded.describe(f)).collect();
    out.sort();
    out
}

/// Runs analyzer `name` over `yaml`, returning the findings themselves.
pub fn run_raw(name: &str, yaml: &str) -> (Loaded, Vec<Finding>) {
    let loaded = load(yaml);
    let (_, run) = ALL.iter().find(|(a, _)| a.name == name).unwrap_or_else(|| panic!("no analyzer {name}"));
    let findings = run(&loaded.snapshot());
    (loaded, findings)
}

/// One row of [`check`]'s table: `(analyzer, case name, yaml, expected [(code, resource)])`.
pub type CheckCase<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)]);

/// Checks a table of cases.
pub fn check(table: &[CheckCase]) {
    for (analyzer, case, yaml, want) in table {
        let got = run(analyzer, yaml);
        let mut want: Vec<(String, String)> =
            want.iter().map(|(c, r)| (c.to_string(), r.to_string())).collect();
        want.sort();
        assert_eq!(got, want, "{analyzer}: {case}");
    }
}
