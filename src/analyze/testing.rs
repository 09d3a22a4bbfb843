//! Test kit for analyzer table tests: a resource set from YAML text the way upstream's
//! analyzer harness builds one (no namespace defaulting, cluster-only kinds read, the built-in
//! ingress added), and a runner returning `(code, origin)` pairs, sorted. Tests only.

use super::files::{self, Input, LoadOptions};
use super::mesh::Mesh;
use super::{Analyzer, Message, kinds};

/// The set for `yaml` (documents separated by `---`) with mesh config `mesh_yaml` (or the
/// defaults when empty).
pub fn set_from_yaml(yaml: &str, mesh: &Mesh) -> super::ResourceSet {
    let opts = LoadOptions { default_namespace: String::new(), istio_namespace: "istio-system".into() };
    let loaded = files::load(&[Input { name: "t.yaml".into(), text: yaml.to_string().into() }], &opts, mesh);
    assert!(loaded.parse_errors.is_empty(), "test input does not parse: {:?}", loaded.parse_errors);
    let mut set = loaded.set;
    for k in kinds::CLUSTER_ONLY {
        set.make_available(k);
    }
    files::add_default_ingress(&mut set, "istio-system");
    set
}

/// Runs one analyzer over `yaml`; returns its messages, sorted and de-duplicated.
pub fn messages(a: Analyzer, yaml: &str, mesh_yaml: &str) -> Vec<Message> {
    let mesh = if mesh_yaml.is_empty() {
        Mesh::defaults("istio-system")
    } else {
        Mesh::from_yaml(mesh_yaml, "istio-system")
    };
    let set = set_from_yaml(yaml, &mesh);
    super::process::sort_dedup(super::run(&set, &mesh, &[a]).messages)
}

/// `(code, origin)` of each message of one analyzer over `yaml`, sorted.
pub fn run(a: Analyzer, yaml: &str) -> Vec<(String, String)> {
    run_mesh(a, yaml, "")
}

/// [`run`] with a mesh configuration.
pub fn run_mesh(a: Analyzer, yaml: &str, mesh_yaml: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = messages(a, yaml, mesh_yaml)
        .into_iter()
        .map(|m| (m.code.to_string(), m.origin.map(|o| o.friendly_name()).unwrap_or_default()))
        .collect();
    v.sort();
    v
}

/// One case of [`table`]: `(name, yaml, expected (code, origin) pairs)`.
pub type TableCase<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// Table test over cases.
pub fn table(a: Analyzer, cases: &[TableCase]) {
    for (name, yaml, want) in cases {
        let got = run(a, yaml);
        let mut want: Vec<(String, String)> =
            want.iter().map(|(c, o)| (c.to_string(), o.to_string())).collect();
        want.sort();
        assert_eq!(got, want, "{} / case {name}", a.name);
    }
}
