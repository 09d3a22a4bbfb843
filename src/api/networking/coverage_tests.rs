//! Field-path coverage of this group's generated CRD schemas against upstream's field inventory
//! (`spec/crd-fields`, found via `ISTIOCTL_CRD_FIELDS` or beside the checkout): for each kind
//! and version, every listed path must exist with the same type and the same constraints (enum,
//! format, bounds, lengths, required, preserve-unknown-fields, oneOf, CEL rule count), and nothing
//! extra may appear.
//! Test-only; skips with a note when the inventory is not on this machine.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::api::crd;
use crate::api::registry::KindDef;

fn inventory() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("ISTIOCTL_CRD_FIELDS").map(PathBuf::from),
        Some(root.join("../shared/spec/crd-fields")),
        Some(root.join("../../shared/spec/crd-fields")),
    ];
    candidates.into_iter().flatten().find(|d| d.join("INDEX.tsv").exists())
}

/// (covered, listed, problems) for one kind/version.
fn coverage(dir: &std::path::Path, def: &KindDef, version: &str) -> (usize, usize, Vec<String>) {
    let tsv = dir.join(format!("{}_{}_{}.tsv", def.group, def.kind, version));
    let text = std::fs::read_to_string(&tsv).unwrap_or_else(|e| panic!("{}: {e}", tsv.display()));
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    let listed: Vec<(String, String)> =
        rows.iter().map(|r| (r[0].to_string(), r.get(1).unwrap_or(&"").to_string())).collect();
    let generated = crd::crd_for(def);
    let schema = generated["spec"]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == version)
        .map(|v| v["schema"]["openAPIV3Schema"].clone())
        .unwrap();
    let mut paths = Vec::new();
    crd::field_paths(&schema, "", &mut paths);
    let ours: BTreeMap<String, String> = paths.into_iter().collect();
    let mut problems = Vec::new();
    let mut covered = 0;
    for (path, ty) in &listed {
        match ours.get(path) {
            Some(t) if t == ty => covered += 1,
            Some(t) => problems.push(format!("{path}: type {t}, inventory says {ty}")),
            None => problems.push(format!("{path}: missing")),
        }
    }
    for p in ours.keys() {
        if !listed.iter().any(|(l, _)| l == p) {
            problems.push(format!("{p}: not in the inventory"));
        }
    }
    for r in &rows {
        if let Some(node) = node_at(&schema, r[0]) {
            constraint_problems(r[0], node, r.get(2).unwrap_or(&""), &mut problems);
        }
    }
    (covered, listed.len(), problems)
}

/// The schema node an inventory path names (`.a.b[]`, `{}` for map values).
fn node_at<'v>(schema: &'v Value, path: &str) -> Option<&'v Value> {
    let mut node = schema;
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("[]") {
            node = node.get("items")?;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("{}") {
            node = node.get("additionalProperties")?;
            rest = r;
        } else {
            let r = rest.strip_prefix('.')?;
            let end = r.find(['.', '[', '{']).unwrap_or(r.len());
            node = node.get("properties")?.get(&r[..end])?;
            rest = &r[end..];
        }
    }
    Some(node)
}

/// Compares one node with the inventory's constraint column (CEL rules by count).
fn constraint_problems(path: &str, node: &Value, column: &str, out: &mut Vec<String>) {
    let num = |k: &str| node.get(k).and_then(Value::as_f64);
    let mut expected: BTreeMap<&str, String> = BTreeMap::new();
    for token in column.split(';').filter(|t| !t.is_empty()) {
        let (k, v) = token.split_once('=').unwrap_or((token, ""));
        expected.insert(k, v.to_string());
    }
    let mut actual: BTreeMap<&str, String> = BTreeMap::new();
    if let Some(Value::Array(e)) = node.get("enum") {
        actual.insert("enum", e.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("|"));
    }
    if let Some(f) = node.get("format").and_then(Value::as_str) {
        actual.insert("format", f.to_string());
    }
    for k in ["minimum", "maximum", "maxLength", "maxItems"] {
        if let Some(n) = num(k) {
            actual.insert(k, format!("{n}"));
        }
    }
    if let Some(Value::Array(r)) = node.get("required") {
        actual.insert("required", r.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(","));
    }
    if node.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(true)) {
        actual.insert("preserve-unknown-fields", String::new());
    }
    if let Some(Value::Array(rules)) = node.get("x-kubernetes-validations") {
        actual.insert("cel-rules", rules.len().to_string());
    }
    if node.get("oneOf").is_some() || node.get("anyOf").is_some() {
        actual.insert("oneOf/anyOf", String::new());
    }
    // numbers compare as numbers (the inventory writes 0, the schema may hold 0.0)
    let norm = |k: &str, v: &String| match k {
        "minimum" | "maximum" | "maxLength" | "maxItems" => {
            v.parse::<f64>().map(|n| format!("{n}")).unwrap_or(v.clone())
        }
        "required" => {
            let mut parts: Vec<&str> = v.split(',').collect();
            parts.sort();
            parts.join(",")
        }
        _ => v.clone(),
    };
    let expected: BTreeMap<&str, String> = expected.iter().map(|(k, v)| (*k, norm(k, v))).collect();
    let actual: BTreeMap<&str, String> = actual.iter().map(|(k, v)| (*k, norm(k, v))).collect();
    if expected != actual {
        out.push(format!("{path}: constraints {actual:?}, inventory says {expected:?}"));
    }
}

#[test]
fn networking_a_kinds_cover_the_inventory() {
    let Some(dir) = inventory() else {
        eprintln!("note: crd-fields inventory not found; set ISTIOCTL_CRD_FIELDS to run this check");
        return;
    };
    let kinds = [
        &super::destination_rule::KIND,
        &super::gateway::KIND,
        &super::sidecar::KIND,
        &super::envoy_filter::KIND,
        &super::proxy_config::KIND,
    ];
    let mut failures = Vec::new();
    for def in kinds {
        for v in def.versions {
            let (covered, listed, problems) = coverage(&dir, def, v.name);
            eprintln!("coverage {} {}: {covered}/{listed}", def.kind, v.name);
            if !problems.is_empty() {
                failures.push(format!("{} {}:\n  {}", def.kind, v.name, problems.join("\n  ")));
            }
        }
    }
    assert!(failures.is_empty(), "field paths differ from the inventory:\n{}", failures.join("\n"));
}
