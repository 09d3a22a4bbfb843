//! File mode (`--use-kube=false`): gathering the positional inputs as upstream does (stdin
//! `-`, directories walked, only `.json`/`.yaml`/`.yml`, others skipped with a note), and
//! building the [`ResourceSet`] from their documents — namespaces defaulted, system namespaces
//! dropped, Istio specs decoded by the typed model, the synthetic mesh objects and, when the
//! files carry cluster-only kinds, upstream's built-in ingress. Never prints.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::analyzers::schema;
use super::mesh::Mesh;
use super::node::{self, Node, Obj};
use super::resource::{self, DocText, Kind, ResourceSet, Source, kinds};
use crate::api::document;

/// Extensions upstream reads; anything else is skipped with a note.
pub const EXTENSIONS: [&str; 3] = [".json", ".yaml", ".yml"];

/// Namespaces whose resources are never analyzed.
pub const SYSTEM_NAMESPACES: [&str; 4] =
    ["kube-system", "kube-public", "kube-node-lease", "local-path-storage"];

/// One input, read: its name as given (stdin is `-`) and its text.
#[derive(Debug, Clone)]
pub struct Input {
    pub name: String,
    /// Shared with the resources read from it (their field line anchors read it).
    pub text: Arc<String>,
}

/// What gathering produced: the inputs, and notes for stderr (`Skipping file …`).
#[derive(Debug, Default)]
pub struct Gathered {
    pub inputs: Vec<Input>,
    pub notes: Vec<String>,
}

/// Upstream's note for a file with another extension.
pub fn skip_note(path: &str) -> String {
    format!("Skipping file {path}, recognized file extensions are: [{}]", EXTENSIONS.join(" "))
}

fn has_extension(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    match name.rfind('.') {
        Some(i) => EXTENSIONS.contains(&&name[i..]),
        None => false,
    }
}

/// Gathers the positional arguments in order. A path that does not exist or cannot be read is
/// an error (Go's wording); `read_stdin` supplies standard input for `-`.
pub fn gather(
    args: &[String],
    read_stdin: &mut dyn FnMut() -> Result<String, String>,
) -> Result<Gathered, String> {
    let mut out = Gathered::default();
    for a in args {
        if a == "-" {
            out.inputs.push(Input { name: "-".into(), text: read_stdin()?.into() });
            continue;
        }
        let meta = std::fs::metadata(a).map_err(|e| format!("stat {a}: {}", crate::go::go_os_error(&e)))?;
        if meta.is_dir() {
            walk(a, &mut out)?;
        } else if has_extension(a) {
            out.inputs.push(Input { name: a.clone(), text: read(a)?.into() });
        } else {
            out.notes.push(skip_note(a));
        }
    }
    Ok(out)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("open {path}: {}", crate::go::go_os_error(&e)))
}

/// Go's `filepath.Walk` order (lexical), every file checked for its extension.
fn walk(dir: &str, out: &mut Gathered) -> Result<(), String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("open {dir}: {}", crate::go::go_os_error(&e)))?;
    let mut entries: Vec<(String, bool)> = rd
        .filter_map(Result::ok)
        .map(|e| {
            (e.file_name().to_string_lossy().into_owned(), e.file_type().map(|t| t.is_dir()).unwrap_or(false))
        })
        .collect();
    entries.sort();
    for (name, is_dir) in entries {
        let path = if dir.ends_with('/') { format!("{dir}{name}") } else { format!("{dir}/{name}") };
        if is_dir {
            walk(&path, out)?;
        } else if has_extension(&path) {
            out.inputs.push(Input { text: read(&path)?.into(), name: path });
        } else {
            out.notes.push(skip_note(&path));
        }
    }
    Ok(())
}

/// How file resources are loaded.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Stamped on namespaced resources without one (empty with `-A`).
    pub default_namespace: String,
    pub istio_namespace: String,
}

/// The set built from files, and the documents that could not be parsed.
#[derive(Debug)]
pub struct Loaded {
    pub set: ResourceSet,
    /// `<file>:<line>: <problem>` for each unparsable document.
    pub parse_errors: Vec<String>,
}

/// One parsed document (or `List` item), before it joins the set.
enum Parsed {
    Error(String),
    /// The resource, and the typed model's rule findings when its spec was checked.
    /// Not boxed: the set moves it into its vector of the kind, which a box would only delay.
    Resource(resource::Resource, Option<Vec<crate::api::validation::Finding>>),
}

/// Parses one document of `input` (text `chunk` starting at `line`) into `out`: nothing for an
/// empty document or a kind no analyzer reads, one resource, or each item of a `kind: List`
/// (`file`: the input's name, shared by its resources).
fn parse_one(
    input: &Input,
    file: &Arc<str>,
    line: usize,
    chunk: Result<&str, document::DecodeError>,
    opts: &LoadOptions,
    out: &mut Vec<Parsed>,
) {
    let name = input.name.as_str();
    let (text, (doc_line, object)) = match chunk.and_then(|c| Ok((c, parse_node(c, line)?))) {
        Ok((_, None)) => return,
        Ok((text, Some(d))) => (text, d),
        Err(e) => return out.push(Parsed::Error(format!("{name}:{}: {}", e.line, e.message))),
    };
    let start = text.as_ptr() as usize - input.text.as_ptr() as usize;
    let doc = DocText {
        text: input.text.clone(),
        range: start..start + text.len(),
        first_line: line,
        prefix: String::new(),
    };
    let is_list = object.get("kind").and_then(Node::as_str) == Some("List")
        && object.get("items").is_some_and(Node::is_array);
    if !is_list {
        return out.extend(parse_object(file, doc_line, object, doc, opts));
    }
    // A `kind: List`: each item is a resource of its own, at the line its item starts on.
    let lines = crate::api::line_index::LineIndex::build(text, line);
    let Some(Node::Array(items)) = object.into_field("items") else { return };
    for (i, item) in items.iter().cloned().enumerate() {
        let prefix = format!("items[{i}]");
        let item_line = lines.line_exact(&prefix).unwrap_or(doc_line);
        let Node::Object(item) = item else {
            out.push(Parsed::Error(format!("{name}:{item_line}: List item {i} is not an object")));
            continue;
        };
        let doc = DocText { prefix, ..doc.clone() };
        out.extend(parse_object(file, item_line, item, doc, opts));
    }
}

/// One object of a document: a resource, an error, or nothing (a kind no analyzer reads, or a
/// system namespace).
fn parse_object(file: &Arc<str>, line: usize, object: Obj, doc: DocText, opts: &LoadOptions) -> Option<Parsed> {
    let name = &**file;
    let api_version = object.get("apiVersion").and_then(Node::as_str).unwrap_or("");
    let kind_name = object.get("kind").and_then(Node::as_str).unwrap_or("");
    if api_version.is_empty() || kind_name.is_empty() {
        return Some(Parsed::Error(format!("{name}:{line}: document has no apiVersion or kind")));
    }
    let kind = Kind::lookup(api_version, kind_name)?;
    let source = Source { file: Some(file.clone()), line, cluster: String::new(), doc: Some(doc) };
    // An Istio kind's spec is decoded by the typed model: its canonical JSON replaces it.
    let def = kind.istio_def();
    let spec = def.map(|_| object.get("spec").map_or_else(|| Value::Object(Map::new()), Node::to_value));
    let mut r = resource::from_node(kind, Node::Object(object), &opts.default_namespace, source);
    let mut checked = None;
    if let (Some(def), Some(spec)) = (def, spec) {
        match (def.roundtrip_checked)(&spec, &schema::meta_of(&r)) {
            Ok((canonical, findings)) => {
                r.object.set("spec", canonical.into());
                checked = Some(findings);
            }
            Err(e) => return Some(Parsed::Error(format!("{name}:{line}: {}: {e}", kind.kind))),
        }
    }
    let ns = if kind == kinds::NAMESPACE { r.name } else { r.namespace };
    if SYSTEM_NAMESPACES.contains(&ns) {
        return None;
    }
    Some(Parsed::Resource(r, checked))
}

/// A document as an object: by the YAML fast path straight into [`Node`]s when it can, else
/// by the full parser (whose errors are the ones reported). `None` for a blank document.
fn parse_node(text: &str, line: usize) -> Result<Option<(usize, Obj)>, document::DecodeError> {
    let Some(content) = document::content_line(text, line) else { return Ok(None) };
    if let Some(object) = crate::api::yaml_fast::parse_as::<Node>(text) {
        return Ok(Some((content, object)));
    }
    Ok(document::parse_object(text, line)?.map(|(l, m)| (l, Obj::from(m))))
}

/// Below this many documents an input is parsed on the calling thread.
const PARALLEL_MIN_DOCS: usize = 512;

/// Documents a parsing thread takes at a time.
const PARSE_BLOCK_DOCS: usize = 256;

/// Parses the documents of `input`, handing them to `each` in runs, in document order, on the
/// calling thread: while it adds one run to the set, the other threads parse the next ones.
fn parse_input(input: &Input, opts: &LoadOptions, each: &mut dyn FnMut(Vec<Parsed>)) {
    let chunks = document::split_documents(&input.text);
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(4);
    let file: Arc<str> = input.name.as_str().into();
    let parse_run = |run: &[(usize, Result<&str, document::DecodeError>)]| {
        let mut out = Vec::with_capacity(run.len());
        for (l, c) in run {
            let build = || {
                let mut one = Vec::new();
                parse_one(input, &file, *l, c.clone(), opts, &mut one);
                one
            };
            let keep = |mut one: Vec<Parsed>| {
                for p in &mut one {
                    if let Parsed::Resource(r, _) = p {
                        r.object = r.object.kept_for(r.kind.kind);
                    }
                }
                one
            };
            // SAFETY: `keep` replaces the one node `parse_one` leaves behind (each resource's
            // object; a resource holds no other node).
            out.extend(unsafe { node::built_in_scratch(build, keep) });
        }
        out
    };
    if threads < 2 || chunks.len() < PARALLEL_MIN_DOCS {
        return each(parse_run(&chunks));
    }
    // Blocks of documents, not halves: a thread that finishes early takes the next block.
    let blocks: Vec<_> = chunks.chunks(PARSE_BLOCK_DOCS).collect();
    super::in_turn_streamed(&blocks, threads, |block| parse_run(block), each);
}

/// Builds the resource set of a file-mode analysis. Cluster-only kinds (Pod, Service,
/// Namespace, Node, Secret) count as available only when the files hold at least one of them;
/// then upstream's built-in ingress Pod and Service are added too. Otherwise the analyzers
/// that need those kinds are skipped, as upstream's CLI skips them.
pub fn load(inputs: &[Input], opts: &LoadOptions, mesh: &Mesh) -> Loaded {
    let mut set = ResourceSet::new(&opts.istio_namespace);
    for def in crate::api::registry::all() {
        set.make_available(Kind { group: def.group, kind: def.kind });
    }
    for k in kinds::OTHERS.iter().filter(|k| !kinds::CLUSTER_ONLY.contains(k)) {
        set.make_available(*k);
    }
    add_mesh_objects(&mut set, mesh);
    let added = add_files(&mut set, inputs, opts);
    if added.cluster_kinds {
        for k in kinds::CLUSTER_ONLY {
            set.make_available(k);
        }
        add_default_ingress(&mut set, &opts.istio_namespace);
    }
    Loaded { set, parse_errors: added.parse_errors }
}

/// What adding files to a set found.
#[derive(Debug, Default)]
pub struct Added {
    pub parse_errors: Vec<String>,
    /// Whether any document was of a cluster-only kind.
    pub cluster_kinds: bool,
}

/// Adds the files' resources to a set: an object replaces one of the same kind, namespace and
/// name already there (files over live state are a simulated apply).
pub fn add_files(set: &mut ResourceSet, inputs: &[Input], opts: &LoadOptions) -> Added {
    let mut added = Added::default();
    for input in inputs {
        parse_input(input, opts, &mut |run| {
            set.reserve(run.iter().filter_map(|p| match p {
                Parsed::Resource(r, _) => Some(r.kind),
                Parsed::Error(_) => None,
            }));
            for p in run {
                match p {
                    Parsed::Error(e) => added.parse_errors.push(e),
                    Parsed::Resource(r, checked) => {
                        added.cluster_kinds |= kinds::CLUSTER_ONLY.contains(&r.kind);
                        let id = set.push(r);
                        if let Some(findings) = checked {
                            set.keep_checked(id, findings);
                        }
                    }
                }
            }
        });
    }
    set.name_pushed();
    added
}

/// The synthetic `MeshConfig <istio-ns>/meshconfig` and `MeshNetworks <istio-ns>/meshnetworks`.
pub fn add_mesh_objects(set: &mut ResourceSet, mesh: &Mesh) {
    let ns = set.istio_namespace.clone();
    let config = json!({"metadata": {"name": "meshconfig", "namespace": ns}, "spec": Value::Object(mesh.value().clone())});
    let networks = json!({"metadata": {"name": "meshnetworks", "namespace": ns}, "spec": {}});
    for (kind, obj) in [(kinds::MESH_CONFIG, config), (kinds::MESH_NETWORKS, networks)] {
        set.insert(resource::from_object(kind, obj, &ns, Source::default()));
    }
}

/// Upstream's built-in ingress (ingressControllerMode STRICT): Pod
/// `<istio-ns>/istio-ingressgateway-dummypod` labelled `istio=ingressgateway` with one
/// `istio-proxy` container, and Service `<istio-ns>/istio-ingressgateway` selecting it with
/// TCP ports 80, 443, 31400 and 15443. Objects of the same name from the files win.
pub fn add_default_ingress(set: &mut ResourceSet, istio_namespace: &str) {
    let ns = istio_namespace;
    let pod = json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "istio-ingressgateway-dummypod", "namespace": ns, "labels": {"istio": "ingressgateway"}},
        "spec": {"containers": [{"name": "istio-proxy"}]},
    });
    // Upstream's ports carry names (and node ports); the port-name analyzer reads them.
    let ports: Vec<Value> = [("http2", 80, 31380), ("https", 443, 31390), ("tcp", 31400, 31400), ("tls", 15443, 31447)]
        .iter()
        .map(|(name, p, node)| json!({"name": name, "nodePort": node, "port": p, "targetPort": p, "protocol": "TCP"}))
        .collect();
    let svc = json!({
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "istio-ingressgateway", "namespace": ns},
        "spec": {"selector": {"istio": "ingressgateway"}, "ports": ports},
    });
    for (kind, name, obj) in
        [(kinds::POD, "istio-ingressgateway-dummypod", pod), (kinds::SERVICE, "istio-ingressgateway", svc)]
    {
        if set.find(kind, ns, name).is_none() {
            set.insert(resource::from_object(kind, obj, ns, Source::default()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(ns: &str) -> LoadOptions {
        LoadOptions { default_namespace: ns.into(), istio_namespace: "istio-system".into() }
    }

    fn load_text(text: &str, ns: &str) -> Loaded {
        let inputs = [Input { name: "f.yaml".into(), text: text.to_string().into() }];
        load(&inputs, &opts(ns), &Mesh::defaults("istio-system"))
    }

    #[test]
    fn documents_become_resources_with_lines_and_namespaces() {
        let l = load_text(
            "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: d}\nspec:\n  host: h\n  traffic_policy: {tls: {mode: SIMPLE}}\n---\n\
             apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: kube-system}\n---\napiVersion: v1\nkind: Frob\n",
            "default",
        );
        assert!(l.parse_errors.is_empty(), "{:?}", l.parse_errors);
        let dr = l.set.find(kinds::DESTINATION_RULE, "default", "d").unwrap();
        assert_eq!(dr.source.line, 1);
        // The typed model's canonical spelling.
        assert_eq!(dr.spec()["trafficPolicy"]["tls"]["mode"], "SIMPLE");
        assert!(l.set.of_kind(kinds::CONFIG_MAP).next().is_none());
        // No cluster-only kinds in the files: those stay unavailable, no built-in ingress.
        assert!(!l.set.is_available(kinds::POD));
        assert!(l.set.find(kinds::MESH_CONFIG, "istio-system", "meshconfig").is_some());
    }

    #[test]
    fn a_large_input_parsed_on_several_threads_keeps_document_order() {
        // Enough documents for the parallel path, with a replacement and errors far apart.
        let n = PARALLEL_MIN_DOCS * 3;
        let mut docs = Vec::new();
        for i in 0..n {
            docs.push(match i {
                7 => "kind: NoVersion\n".to_string(),
                _ if i == n - 5 => "apiVersion: v1\nkind: Service\nmetadata: {name: s2}\nspec: {ports: [{port: 9}]}\n".into(),
                _ if i == n - 3 => "apiVersion: v1\nkind: Pod\nmetadata: [not, a, map\n".into(),
                _ if i % 2 == 0 => format!("apiVersion: v1\nkind: Service\nmetadata: {{name: s{i}}}\n"),
                _ => format!("apiVersion: v1\nkind: Pod\nmetadata: {{name: p{i}}}\n"),
            });
        }
        let l = load_text(&docs.join("---\n"), "default");
        assert_eq!(l.parse_errors.len(), 2, "{:?}", l.parse_errors);
        assert!(l.parse_errors[0].starts_with("f.yaml:29:"), "{:?}", l.parse_errors);
        // (In namespace default: the built-in ingress Service is in istio-system.)
        let services: Vec<&str> = l.set.in_namespace(kinds::SERVICE, "default").map(|(_, r)| r.name).collect();
        let want: Vec<String> = (0..n).filter(|i| i % 2 == 0 && *i != 7 && *i != n - 3 && *i != n - 5).map(|i| format!("s{i}")).collect();
        assert_eq!(services, want.iter().map(String::as_str).collect::<Vec<_>>());
        // The late document replaced s2 where it was.
        let s2 = l.set.find(kinds::SERVICE, "default", "s2").unwrap();
        assert_eq!(s2.spec()["ports"][0]["port"].as_i64(), Some(9));
        let pods = l.set.in_namespace(kinds::POD, "default").count();
        assert_eq!(pods, (0..n).filter(|i| i % 2 == 1 && *i != 7 && *i != n - 3 && *i != n - 5).count());
        // Ids follow the documents: every service id is below every later document's.
        let ids: Vec<resource::Id> = l.set.in_namespace(kinds::SERVICE, "default").map(|(id, _)| id).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn list_items_are_resources_at_their_own_lines_and_anchor_inside_the_item() {
        let l = load_text(
            "apiVersion: v1\nkind: List\nitems:\n- apiVersion: networking.istio.io/v1\n  kind: Gateway\n  metadata: {name: a}\n  spec:\n    selector: {istio: x}\n    servers:\n    - port: {number: 80, name: http, protocol: HTTP}\n      hosts: ['*']\n- 3\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: c\n",
            "default",
        );
        assert_eq!(l.parse_errors, ["f.yaml:12: List item 1 is not an object"]);
        let gw = l.set.find(kinds::GATEWAY, "default", "a").unwrap();
        assert_eq!(gw.source.line, 4);
        assert_eq!(crate::analyze::anchor_line(gw, "spec.servers[0].hosts[0]"), 11);
        assert_eq!(crate::analyze::anchor_line(gw, "spec.selector.istio"), 8);
        // A mapping or an absent field: the item's first line.
        assert_eq!(crate::analyze::anchor_line(gw, "spec.servers[0]"), 4);
        assert_eq!(crate::analyze::anchor_line(gw, "spec.nope"), 4);
        let cm = l.set.find(kinds::CONFIG_MAP, "default", "c").unwrap();
        assert_eq!((cm.source.line, crate::analyze::anchor_line(cm, "metadata.name")), (13, 16));
    }

    #[test]
    fn anchors_resolve_in_the_document_of_the_resource() {
        let l = load_text(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n\n  name: second\n",
            "default",
        );
        let y = l
            .set
            .find(kinds::CONFIG_MAP, "default", "second")
            .unwrap_or_else(|| panic!("{:?}", l.parse_errors));
        assert_eq!((y.source.line, crate::analyze::anchor_line(y, "metadata.name")), (5, 9));
        let x = l.set.find(kinds::CONFIG_MAP, "default", "x").unwrap();
        assert_eq!(crate::analyze::anchor_line(x, "metadata.name"), 3);
    }

    #[test]
    fn cluster_only_kinds_bring_the_built_in_ingress() {
        let l = load_text("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n", "");
        assert!(l.set.is_available(kinds::NODE));
        assert_eq!(l.set.find(kinds::POD, "", "p").unwrap().friendly_name(), "Pod p");
        assert!(l.set.find(kinds::SERVICE, "istio-system", "istio-ingressgateway").is_some());
        assert!(l.set.find(kinds::POD, "istio-system", "istio-ingressgateway-dummypod").is_some());
    }

    #[test]
    fn unparsable_documents_are_counted_and_the_rest_read() {
        let l = load_text(
            "kind: [\n---\napiVersion: v1\nkind: Namespace\n---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec: {nope: 1}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: nsx}\n",
            "default",
        );
        assert_eq!(l.parse_errors.len(), 2, "{:?}", l.parse_errors);
        assert!(l.parse_errors[0].starts_with("f.yaml:1:"));
        assert!(l.set.find(kinds::NAMESPACE, "", "nsx").is_some());
    }

    #[test]
    fn gathering_walks_directories_and_notes_other_extensions() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_string_lossy().into_owned();
        std::fs::create_dir(format!("{d}/sub")).unwrap();
        for f in ["b.yaml", "a.json", "c.txt", "sub/z.yml"] {
            std::fs::write(format!("{d}/{f}"), "a: 1\n").unwrap();
        }
        let mut stdin = || Ok("x: 1\n".to_string());
        let g = gather(&[d.clone(), "-".into()], &mut stdin).unwrap();
        let names: Vec<String> = g.inputs.iter().map(|i| i.name.replace(&d, "D")).collect();
        assert_eq!(names, ["D/a.json", "D/b.yaml", "D/sub/z.yml", "-"]);
        assert_eq!(
            g.notes,
            [format!("Skipping file {d}/c.txt, recognized file extensions are: [.json .yaml .yml]")]
        );
        let e = gather(&[format!("{d}/missing.yaml")], &mut stdin).unwrap_err();
        assert!(e.ends_with("no such file or directory"), "{e}");
    }
}
