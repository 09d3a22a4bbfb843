//! The generated CRDs: fresh on disk, structural, identical in identity to upstream's field
//! inventory (`../shared/spec/crd-fields`, read when present beside the checkout), and covering
//! every field path it lists with the same type.

use std::collections::BTreeMap;
use std::path::PathBuf;

use istioctl::api::{crd, registry};

use crate::support::{check_generated, repo_root};

#[test]
fn crds_file_is_fresh() {
    check_generated("templates/base/crds.gen.yaml", &crd::crds_file());
}

#[test]
fn every_crd_schema_is_structural() {
    for c in crd::all_crds() {
        for v in c["spec"]["versions"].as_array().unwrap() {
            let schema = &v["schema"]["openAPIV3Schema"];
            let mut problems = Vec::new();
            crd::structural_problems(schema, "", &mut problems);
            assert!(problems.is_empty(), "{} {}: {problems:#?}", c["metadata"]["name"], v["name"]);
        }
    }
}

/// The field inventory beside the checkout, if this machine has it.
fn inventory() -> Option<PathBuf> {
    let dir = repo_root().join("../shared/spec/crd-fields");
    dir.join("INDEX.tsv").exists().then_some(dir)
}

fn tsv_rows(path: &std::path::Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn identity_matches_the_inventory() {
    let Some(dir) = inventory() else {
        eprintln!("note: ../shared/spec/crd-fields not present; identity check not run");
        return;
    };
    for row in tsv_rows(&dir.join("INDEX.tsv")) {
        let (group, kind, version) = (&row[0], &row[1], &row[2]);
        let Some(def) = registry::lookup(&format!("{group}/{version}"), kind) else {
            continue; // registration is checked by `all_kinds_registered`
        };
        let v = def.versions.iter().find(|v| v.name == version).unwrap();
        assert_eq!(v.served, row[3] == "True", "{kind} {version} served");
        assert_eq!(v.storage, row[4] == "True", "{kind} {version} storage");
        assert_eq!(def.plural, row[6], "{kind} plural");
        let shorts: Vec<&str> = row[7].split(',').filter(|s| !s.is_empty()).collect();
        assert_eq!(def.short_names, shorts.as_slice(), "{kind} shortNames");
        assert_eq!(def.categories().join(","), row[8], "{kind} categories");
        assert_eq!(row[9], "Namespaced");
        assert_eq!(def.printer_columns.len().to_string(), row[10], "{kind} printer column count");
    }
}

/// (paths covered, paths listed, mismatches) per kind/version against the inventory.
fn coverage(dir: &std::path::Path) -> Vec<(String, usize, usize, Vec<String>)> {
    let mut result = Vec::new();
    for row in tsv_rows(&dir.join("INDEX.tsv")) {
        let (group, kind, version) = (&row[0], &row[1], &row[2]);
        let Some(def) = registry::lookup(&format!("{group}/{version}"), kind) else { continue };
        let listed = tsv_rows(&dir.join(format!("{group}_{kind}_{version}.tsv")));
        let generated = crd::crd_for(def);
        let schema = generated["spec"]["versions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["name"] == version.as_str())
            .map(|v| v["schema"]["openAPIV3Schema"].clone())
            .unwrap();
        let mut paths = Vec::new();
        crd::field_paths(&schema, "", &mut paths);
        let ours: BTreeMap<String, String> = paths.into_iter().collect();
        let mut problems = Vec::new();
        let mut covered = 0;
        for r in &listed {
            let (path, ty) = (&r[0], &r[1]);
            match ours.get(path) {
                Some(t) if t == ty => covered += 1,
                Some(t) => problems.push(format!("{path}: type {t}, inventory says {ty}")),
                None => problems.push(format!("{path}: missing")),
            }
        }
        for p in ours.keys() {
            if !listed.iter().any(|r| &r[0] == p) {
                problems.push(format!("{p}: not in the inventory"));
            }
        }
        result.push((format!("{kind} {version}"), covered, listed.len(), problems));
    }
    result
}

#[test]
fn field_paths_match_the_inventory() {
    let Some(dir) = inventory() else {
        eprintln!("note: ../shared/spec/crd-fields not present; coverage check not run");
        return;
    };
    let mut failures = Vec::new();
    for (name, covered, listed, problems) in coverage(&dir) {
        eprintln!("coverage {name}: {covered}/{listed}");
        if !problems.is_empty() {
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "field paths differ from the inventory:\n{}", failures.join("\n"));
}

#[test]
fn all_kinds_registered() {
    let kinds: Vec<&str> = registry::all().iter().map(|k| k.kind).collect();
    assert_eq!(kinds.len(), 15, "{kinds:?}");
    if let Some(dir) = inventory() {
        for row in tsv_rows(&dir.join("INDEX.tsv")) {
            assert!(
                registry::lookup(&format!("{}/{}", row[0], row[2]), &row[1]).is_some(),
                "{} {}/{} is not registered",
                row[1],
                row[0],
                row[2]
            );
        }
    }
}
