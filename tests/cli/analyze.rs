//! `istioctl analyze --use-kube=false` black-box: every output format, thresholds, suppression,
//! namespaces, exit codes (79 / 65 / 64 / 1 / 0), stdin and directory inputs, over the example
//! files under docs/examples/analyze (run from the repository root so paths print relative).

use crate::cli_snapshot;
use crate::support::{Run, repo_cmd, repo_root};

const DIR: &str = "docs/examples/analyze";

fn run(args: &[&str], stdin: Option<&str>) -> Run {
    Run::of(repo_cmd().env_remove("NO_COLOR").arg("analyze").args(args).write_stdin(stdin.unwrap_or("")))
}

fn example(name: &str) -> String {
    format!("{DIR}/{name}")
}

#[test]
fn log_output_default_namespace_drops_other_namespaces() {
    cli_snapshot!(run(&["--use-kube=false", &example("mixed.yaml")], None));
}

#[test]
fn namespace_flag_selects_and_stamps() {
    cli_snapshot!(run(&["--use-kube=false", "-n", "shop", &example("mixed.yaml")], None));
}

#[test]
fn json_output_all_namespaces_still_exits_79() {
    cli_snapshot!(run(&["--use-kube=false", "-A", "-o", "json", &example("mixed.yaml")], None));
}

#[test]
fn yaml_output() {
    cli_snapshot!(run(&["--use-kube=false", "-A", "-o", "YAML", &example("mixed.yaml")], None));
}

#[test]
fn sarif_output() {
    let out = run(&["--use-kube=false", "-A", "-o", "sarif", &example("mixed.yaml")], None);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    assert_eq!(results[0]["ruleId"], "IST0106");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "docs/examples/analyze/mixed.yaml"
    );
    assert_eq!(out.code, 79);
}

#[test]
fn thresholds_are_independent() {
    // Only Errors shown; the Warning still counts for --failure-threshold Warning.
    cli_snapshot!(run(
        &[
            "--use-kube=false",
            "-A",
            "--output-threshold",
            "error",
            "--failure-threshold",
            "Warning",
            &example("mixed.yaml")
        ],
        None
    ));
}

#[test]
fn warnings_below_the_failure_threshold_exit_zero() {
    cli_snapshot!(run(
        &[
            "--use-kube=false",
            "-A",
            "--output-threshold",
            "Error",
            "-S",
            "IST0106=*",
            "-S",
            "IST0153=EnvoyFilter shop/*",
            &example("mixed.yaml")
        ],
        None
    ));
}

#[test]
fn suppression_warns_about_unknown_codes_and_rejects_malformed_values() {
    cli_snapshot!(run(&["--use-kube=false", "-A", "-S", "IST9999=*", &example("clean.yaml")], None));
    cli_snapshot!(run(&["--use-kube=false", "-S", "IST0101", &example("clean.yaml")], None));
}

#[test]
fn clean_file_prints_the_success_line() {
    cli_snapshot!(run(&["--use-kube=false", &example("clean.yaml")], None));
}

#[test]
fn unparsable_file_exits_65_unless_ignored() {
    cli_snapshot!(run(&["--use-kube=false", &example("broken.yaml"), &example("clean.yaml")], None));
    cli_snapshot!("ignored", run(&["--use-kube=false", "--ignore-unknown", &example("broken.yaml")], None));
}

#[test]
fn stdin_and_directories() {
    let text = std::fs::read_to_string(repo_root().join(example("mixed.yaml"))).unwrap();
    cli_snapshot!(run(&["--use-kube=false", "-A", "-"], Some(&text)));
    cli_snapshot!(run(&["--use-kube=false", "-A", &example("tree")], None));
}

#[test]
fn cluster_only_kinds_in_files_are_analyzed() {
    cli_snapshot!(run(&["--use-kube=false", &example("workloads.yaml")], None));
}

#[test]
fn an_unusable_mesh_config_file_is_named_and_the_defaults_apply() {
    let plain = run(&["--use-kube=false", "-A", &example("mixed.yaml")], None);
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("mesh.yaml");
    std::fs::write(&bad, "rootNamespace: cfg\nproxyListenPort: -1\n").unwrap();
    let missing = tmp.path().join("missing.yaml");
    let cases = [(&bad, "mesh.yaml: proxyListenPort: invalid proxy listen port"), (&missing, "missing.yaml: ")];
    for (file, why) in cases {
        let mesh = file.to_str().unwrap();
        let out = run(&["--use-kube=false", "-A", "--meshConfigFile", mesh, &example("mixed.yaml")], None);
        let first = out.stderr.lines().next().unwrap_or_default();
        assert!(first.starts_with("Warning: ignoring --meshConfigFile: "), "{}", out.stderr);
        assert!(first.contains(why) && first.ends_with("The analysis uses the default mesh config."), "{first}");
        // As upstream: the analysis goes on with the defaults, to the same findings and exit code.
        assert_eq!((out.stdout, out.code), (plain.stdout.clone(), plain.code));
    }
    let good = tmp.path().join("good.yaml");
    std::fs::write(&good, "rootNamespace: istio-system\n").unwrap();
    let mesh = good.to_str().unwrap();
    let out = run(&["--use-kube=false", "-A", "--meshConfigFile", mesh, &example("mixed.yaml")], None);
    assert!(!out.stderr.contains("meshConfigFile"), "{}", out.stderr);
}

#[test]
fn bad_flag_values_are_usage_errors() {
    cli_snapshot!(run(&["--use-kube=false", "-o", "xml", &example("clean.yaml")], None));
    cli_snapshot!(run(
        &["--use-kube=false", "--failure-threshold", "fatal", &example("clean.yaml")],
        None
    ));
}

#[test]
fn list_analyzers_recursive_and_live_cluster() {
    cli_snapshot!(run(&["-L"], None));
    cli_snapshot!(run(&["-R", &example("clean.yaml")], None));
    // The default (--use-kube) needs a cluster: without a kubeconfig it fails with exit 1.
    cli_snapshot!("live_without_kubeconfig", run(&[&example("clean.yaml")], None));
}

#[test]
fn analyzer_flag_selects_and_falls_back_to_all() {
    let one = run(
        &[
            "--use-kube=false",
            "-A",
            "-o",
            "json",
            "--analyzer",
            "envoyfilter.EnvoyPatchAnalyzer",
            &example("mixed.yaml"),
        ],
        None,
    );
    assert!(one.stdout.contains("IST0153") && !one.stdout.contains("IST0128"), "{}", one.transcript());
    let unknown =
        run(&["--use-kube=false", "-A", "-o", "json", "--analyzer", "nope", &example("mixed.yaml")], None);
    assert!(unknown.stdout.contains("IST0153") && unknown.stdout.contains("IST0128"), "{}", unknown.transcript());
}

#[test]
fn references_point_at_the_anchored_field_and_list_items_stand_alone() {
    cli_snapshot!(run(&["--use-kube=false", "-A", &example("anchors.yaml")], None));
}
