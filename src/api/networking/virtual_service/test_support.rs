//! Test support: compares the generated CRD schema of a kind with the field inventory
//! (`shared/spec/crd-fields`, found beside the checkout or via `ISTIOCTL_CRD_FIELDS`) path by
//! path — type, enum values, format, bounds, lengths, item counts, required fields, `oneOf`.
//! CEL rules are compared by count per path (the inventory lists counts, not expressions).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::api::crd;
use crate::api::registry::KindDef;

/// Where the inventory is, if this machine has it.
fn inventory() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("ISTIOCTL_CRD_FIELDS").map(PathBuf::from),
        Some(root.join("../shared/spec/crd-fields")),
        Some(root.join("../../shared/spec/crd-fields")),
    ];
    candidates.into_iter().flatten().find(|d| d.join("INDEX.tsv").exists())
}

/// The facts our schema states about one node, in the inventory's notation.
fn facts(node: &Value) -> BTreeMap<String, String> {
    let mut f = BTreeMap::new();
    if let Some(Value::Array(vals)) = node.get("enum") {
        let names: Vec<&str> = vals.iter().filter_map(Value::as_str).collect();
        f.insert("enum".into(), names.join("|"));
    }
    for key in ["format", "minimum", "maximum", "maxLength", "maxItems"] {
        if let Some(v) = node.get(key) {
            let text = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
            f.insert(key.into(), text);
        }
    }
    if let Some(Value::Array(req)) = node.get("required") {
        let names: Vec<&str> = req.iter().filter_map(Value::as_str).collect();
        f.insert("required".into(), names.join(","));
    }
    if node.get("oneOf").is_some() || node.get("anyOf").is_some() {
        f.insert("oneOf/anyOf".into(), String::new());
    }
    if let Some(Value::Array(rules)) = node.get("x-kubernetes-validations") {
        f.insert("cel-rules".into(), rules.len().to_string());
    }
    if node.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(true)) {
        f.insert("preserve-unknown-fields".into(), String::new());
    }
    f
}

fn inventory_facts(constraints: &str) -> BTreeMap<String, String> {
    constraints
        .split(';')
        .filter(|c| !c.is_empty())
        .map(|c| match c.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (c.to_string(), String::new()),
        })
        .collect()
}

fn walk<'a>(node: &'a Value, at: String, out: &mut BTreeMap<String, &'a Value>) {
    if let Some(Value::Object(props)) = node.get("properties") {
        for (k, v) in props {
            walk(v, format!("{at}.{k}"), out);
        }
    }
    if let Some(items) = node.get("items") {
        walk(items, format!("{at}[]"), out);
    }
    if let Some(ap @ Value::Object(_)) = node.get("additionalProperties") {
        walk(ap, format!("{at}{{}}"), out);
    }
    out.insert(at, node);
}

/// Result of comparing one kind's `.spec` subtree with the inventory.
pub struct Coverage {
    /// Inventory paths under `.spec` whose type and constraints all match.
    pub matched: usize,
    pub listed: usize,
    /// CEL rules the inventory lists under `.spec` (compared by count per path).
    pub cel_rules: usize,
    pub problems: Vec<String>,
}

/// Compares `kind` (all versions share one schema) with the inventory of its storage version;
/// `None` when the inventory is not on this machine.
pub fn spec_coverage(kind: &KindDef) -> Option<Coverage> {
    let dir = inventory()?;
    let file = dir.join(format!("{}_{}_{}.tsv", kind.group, kind.kind, kind.storage_version()));
    let text = std::fs::read_to_string(file).expect("inventory file for the kind");
    let generated = crd::crd_for(kind);
    let schema = &generated["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"];
    let mut ours = BTreeMap::new();
    walk(schema, ".spec".into(), &mut ours);

    let mut cov = Coverage { matched: 0, listed: 0, cel_rules: 0, problems: Vec::new() };
    let mut seen = Vec::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (path, ty, constraints) = (cols[0], cols[1], cols.get(2).copied().unwrap_or(""));
        if !path.starts_with(".spec") {
            continue;
        }
        cov.listed += 1;
        seen.push(path.to_string());
        cov.cel_rules += constraints
            .split(';')
            .filter_map(|c| c.strip_prefix("cel-rules="))
            .map(|n| n.parse::<usize>().unwrap())
            .sum::<usize>();
        let Some(node) = ours.get(path) else {
            cov.problems.push(format!("{path}: missing"));
            continue;
        };
        let our_ty = node.get("type").and_then(Value::as_str).unwrap_or("");
        let mut ok = our_ty == ty;
        if !ok {
            cov.problems.push(format!("{path}: type {our_ty}, inventory {ty}"));
        }
        let (want, got) = (inventory_facts(constraints), facts(node));
        if want != got {
            ok = false;
            cov.problems.push(format!("{path}: constraints {got:?}, inventory {want:?}"));
        }
        cov.matched += ok as usize;
    }
    for p in ours.keys() {
        if !seen.contains(p) {
            cov.problems.push(format!("{p}: not in the inventory"));
        }
    }
    Some(cov)
}

/// Asserts full coverage of `kind`, printing the figures (visible with `--nocapture`).
pub fn assert_full_coverage(kind: &KindDef) {
    let Some(cov) = spec_coverage(kind) else {
        eprintln!("note: field inventory not found; {} schema coverage not checked", kind.kind);
        return;
    };
    eprintln!(
        "coverage {}: {}/{} spec paths match (type, constraints, {} CEL rules by count)",
        kind.kind, cov.matched, cov.listed, cov.cel_rules
    );
    assert!(cov.problems.is_empty(), "{} schema differs from the inventory:\n{}", kind.kind, cov.problems.join("\n"));
    assert_eq!(cov.matched, cov.listed);
}

// ---------------------------------------------------------------------------------------------
// Rule cases
// ---------------------------------------------------------------------------------------------

use crate::api::validation::{Finding, Level, Meta};

/// One rule's failing input (must produce `level` at `path` with `token` in the message) and
/// passing input (must produce no finding containing `token`).
pub struct Case {
    pub id: &'static str,
    pub level: Level,
    pub path: &'static str,
    pub token: &'static str,
    pub bad: String,
    pub good: String,
    /// Metadata for the failing input; the passing input gets the plain default.
    pub meta: Meta,
}

/// The metadata rule tests use unless a case says otherwise.
pub fn default_meta() -> Meta {
    Meta { name: "t".into(), namespace: "default".into(), ..Meta::default() }
}

fn case(id: &'static str, level: Level, path: &'static str, token: &'static str, bad: &str, good: &str) -> Case {
    Case { id, level, path, token, bad: bad.into(), good: good.into(), meta: default_meta() }
}

/// An error case.
pub fn e(id: &'static str, path: &'static str, token: &'static str, bad: &str, good: &str) -> Case {
    case(id, Level::Error, path, token, bad, good)
}

/// A warning case.
pub fn w(id: &'static str, path: &'static str, token: &'static str, bad: &str, good: &str) -> Case {
    case(id, Level::Warning, path, token, bad, good)
}

impl Case {
    /// Gives the failing input a label (the passing one keeps none).
    pub fn label(mut self, k: &str, v: &str) -> Self {
        self.meta.labels.insert(k.into(), v.into());
        self
    }
}

/// Parses test YAML.
pub fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("test YAML {text:?}: {e}"))
}

/// Decodes `spec` (YAML) for `kind` and runs its rules.
pub fn findings(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<Finding> {
    (kind.check_spec)(&yaml(spec), meta)
}

/// Runs every case; reports all failures at once, each naming its rule ID.
pub fn run(kind: &KindDef, cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in &cases {
        let bad = findings(kind, &c.bad, &c.meta);
        if !bad.iter().any(|f| f.level == c.level && f.path == c.path && f.message.contains(c.token)) {
            failures.push(format!("{} failing input: want {:?} at {} containing {:?}, got {bad:#?}", c.id, c.level, c.path, c.token));
        }
        let good = findings(kind, &c.good, &default_meta());
        let undecodable = |f: &Finding| f.message.starts_with("cannot parse proto message");
        if let Some(f) = good.iter().find(|f| f.message.contains(c.token) || undecodable(f)) {
            failures.push(format!("{} passing input still reports {f:?}", c.id));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// Findings for `spec` as `Level path: message` lines, for exact assertions.
pub fn messages(kind: &KindDef, spec: &str, meta: &Meta) -> Vec<String> {
    findings(kind, spec, meta).into_iter().map(|f| format!("{:?} {}: {}", f.level, f.path, f.message)).collect()
}
