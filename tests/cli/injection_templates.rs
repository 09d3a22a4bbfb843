//! The injection templates under templates/istiod/injection: the index names upstream's
//! 1.30.3 templates in order, every file parses as a Go template that calls only catalogued
//! functions (functions.yaml), and the checker itself rejects malformed templates.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::Deserialize;

use crate::gotemplate::{self, SyntaxError};
use crate::support::repo_root;

#[derive(Deserialize)]
struct Index {
    templates: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    file: String,
}

#[derive(Deserialize)]
struct Catalogue {
    functions: Vec<Function>,
}

#[derive(Deserialize)]
struct Function {
    name: String,
    from: String,
    does: String,
}

fn dir() -> PathBuf {
    repo_root().join("templates/istiod/injection")
}

fn read(name: &str) -> String {
    let path = dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn index() -> Index {
    serde_saphyr::from_str(&read("index.yaml")).expect("index.yaml parses")
}

fn catalogue() -> Vec<Function> {
    serde_saphyr::from_str::<Catalogue>(&read("functions.yaml")).expect("functions.yaml parses").functions
}

fn known_functions() -> BTreeSet<String> {
    catalogue().into_iter().map(|f| f.name).collect()
}

fn check(text: &str) -> Result<gotemplate::Summary, SyntaxError> {
    gotemplate::check(text, &known_functions())
}

#[test]
fn index_lists_the_1_30_3_templates_in_upstream_order() {
    // profiles.md §2.2 and v1.30.3-differences.md §2.2: seven built-in templates at 1.30.3
    let expected = ["sidecar", "gateway", "grpc-simple", "grpc-agent", "waypoint", "kube-gateway", "agentgateway"];
    let index = index();
    let names: Vec<&str> = index.templates.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, expected);
    for entry in &index.templates {
        assert_eq!(entry.file, format!("{}.yaml", entry.name), "file name of {}", entry.name);
    }
}

#[test]
fn every_template_file_in_the_folder_is_indexed() {
    let indexed: BTreeSet<String> = index().templates.into_iter().map(|e| e.file).collect();
    let on_disk: BTreeSet<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".yaml") && n != "index.yaml" && n != "functions.yaml")
        .collect();
    assert_eq!(indexed, on_disk);
}

#[test]
fn function_catalogue_is_unique_sourced_and_described() {
    let mut seen = BTreeSet::new();
    for f in catalogue() {
        assert!(seen.insert(f.name.clone()), "{} listed twice", f.name);
        assert!(matches!(f.from.as_str(), "go" | "sprig" | "istio"), "{}: unknown source {}", f.name, f.from);
        assert!(!f.does.trim().is_empty(), "{} has no description", f.name);
    }
}

#[test]
fn every_indexed_template_is_well_formed() {
    let mut failures = Vec::new();
    let mut used = BTreeSet::new();
    for entry in index().templates {
        match check(&read(&entry.file)) {
            Ok(summary) => used.extend(summary.functions),
            Err(e) => failures.push(format!("{}: {e}", entry.file)),
        }
    }
    assert!(failures.is_empty(), "malformed templates:\n{}", failures.join("\n"));
    // the catalogue lists what the templates use, nothing more (Go built-ins excepted)
    let unused: Vec<String> = catalogue()
        .into_iter()
        .filter(|f| f.from != "go" && !used.contains(&f.name))
        .map(|f| f.name)
        .collect();
    assert!(unused.is_empty(), "catalogued but never called: {unused:?}");
}

#[test]
fn a_damaged_real_template_is_rejected() {
    let sidecar = read("sidecar.yaml");
    assert!(check(&sidecar).is_ok());
    let last_end = sidecar.rfind("{{- end }}").expect("sidecar has an end");
    let unbalanced = format!("{}{}", &sidecar[..last_end], &sidecar[last_end + "{{- end }}".len()..]);
    assert!(check(&unbalanced).unwrap_err().message.contains("no {{end}}"));
    let unknown = sidecar.replacen("| quote", "| shellquote", 1);
    assert!(check(&unknown).unwrap_err().message.contains("\"shellquote\" not defined"));
}

#[test]
fn checker_rejects_malformed_templates() {
    let cases = [
        ("{{ if .A }}x", "no {{end}}"),
        ("x{{ end }}", "unexpected {{end}}"),
        ("{{ else }}", "unexpected {{else}}"),
        ("{{ if .A }}{{ else }}{{ else }}{{ end }}", "after a plain {{else}}"),
        ("{{ if .A }}{{ else with .B }}{{ end }}", "only chains"),
        ("{{ range .A }}{{ else if .B }}{{ end }}", "only chains"),
        ("{{ .A", "unclosed action"),
        ("{{ \"abc }}", "unclosed action"),
        ("{{ \"a\nb\" }}", "unterminated quoted string"),
        ("{{ frobnicate .A }}", "\"frobnicate\" not defined"),
        ("{{ .A | upper }}", "\"upper\" not defined"),
        ("{{ $x }}", "undefined variable \"$x\""),
        ("{{ $x = 1 }}", "undefined variable \"$x\""),
        ("{{ if .A }}{{ $y := 1 }}{{ end }}{{ $y }}", "undefined variable \"$y\""),
        ("{{ $z := 1 }}{{ define \"t\" }}{{ $z }}{{ end }}", "undefined variable \"$z\""),
        ("{{ if .A }}{{ define \"t\" }}{{ end }}{{ end }}", "only allowed at the top level"),
        ("{{ define \"t\" }}{{ end }}{{ define \"t\" }}{{ end }}", "defined twice"),
        ("{{ template \"missing\" . }}", "no such template"),
        ("{{ template . }}", "quoted template name"),
        ("{{ break }}", "outside {{range}}"),
        ("{{ range .A }}{{ define \"t\" }}{{ end }}{{ end }}", "only allowed at the top level"),
        ("{{ }}", "missing value"),
        ("{{ quote (default .A }}", "unclosed left paren"),
        ("{{ quote .A) }}", "unexpected right paren"),
        ("{{ .A | }}", "missing command after |"),
        ("{{ end extra }}", "unexpected tokens after end"),
        ("{{ quote .A /* no */ }}", "unexpected character"),
        ("{{/* open", "unclosed action"),
        ("{{/* a */ .A }}", "comment ends before closing delimiter"),
        ("{{ quote if }}", "unexpected \"if\" in command"),
        ("{{ $a, $b, $c := .A }}", "bad variable declaration"),
    ];
    for (text, expected) in cases {
        match check(text) {
            Ok(_) => panic!("accepted malformed template {text:?}"),
            Err(e) => assert!(e.message.contains(expected), "{text:?}: got {e}, expected {expected:?}"),
        }
    }
}

#[test]
fn checker_accepts_valid_constructs() {
    let cases = [
        "plain text, no actions",
        "{{- /* a comment */ -}}\n{{/* another */}}",
        "{{ if .A }}a{{ else if .B }}b{{ else }}c{{ end }}",
        "{{ with .A }}{{ . }}{{ else with .B }}{{ . }}{{ else }}none{{ end }}",
        "{{ range $i, $v := .L }}{{ if $i }},{{ end }}{{ $v }}{{ else }}empty{{ end }}",
        "{{ range .L }}{{ if .Skip }}{{ continue }}{{ end }}{{ if .Stop }}{{ break }}{{ end }}{{ end }}",
        "{{ $x := 1 }}{{ if .A }}{{ $x = 2 }}{{ end }}{{ $x }}",
        "{{ define \"t\" }}{{ $.A }}{{ .B }}{{ end }}{{ template \"t\" (dict \"a\" .) }}",
        "{{ block \"b\" . }}{{ .A }}{{ end }}",
        "{{ printf \"%s}}\" (quote (default \"x\" .A)) | quote }}",
        "{{ `raw }} string` }}",
        "{{ eq .A 'x' -3 1.5 true nil }}",
        "{{ (index .M \"k\").Field }}",
        "{{- .A -}}",
        "{{ if and (eq .A \"x\") (not .B) }}y{{ end }}",
    ];
    for text in cases {
        if let Err(e) = check(text) {
            panic!("rejected valid template {text:?}: {e}");
        }
    }
}
