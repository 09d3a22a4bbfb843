//! Test support (compiled for tests only): compares the generated CRD schema of a kind with the
//! field inventory (`shared/spec/crd-fields`, found beside the checkout or via
//! `ISTIOCTL_CRD_FIELDS`) path by path — type, enum values, format, bounds, lengths, item counts,
//! required fields, `oneOf`, preserve-unknown-fields. CEL rules are compared by count per path
//! (the inventory lists counts, not expressions); each must parse and carry a message.

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
        for rule in node.get("x-kubernetes-validations").and_then(Value::as_array).into_iter().flatten() {
            let text = rule.get("rule").and_then(Value::as_str).unwrap_or("");
            if let Err(e) = crate::api::telemetry::cel::parse(text) {
                ok = false;
                cov.problems.push(format!("{path}: CEL rule {text:?} does not parse: {e}"));
            }
            if rule.get("message").and_then(Value::as_str).is_none_or(str::is_empty) {
                ok = false;
                cov.problems.push(format!("{path}: CEL rule {text:?} has no message"));
            }
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
#[allow(clippy::print_stderr)]
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
