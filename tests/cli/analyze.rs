//! `istioctl analyze --use-kube=false` black-box: every output format, thresholds, suppression,
//! namespaces, exit codes (79 / 65 / 64 / 1 / 0), stdin and directory inputs, over the example
//! files under docs/examples/analyze (run from the repository root so paths print relative).

use insta::assert_snapshot;

use crate::support::{istioctl, repo_root};

const DIR: &str = "docs/examples/analyze";

fn run(args: &[&str], stdin: Option<&str>) -> String {
    let mut cmd = istioctl();
    cmd.current_dir(repo_root()).env_remove("NO_COLOR").arg("analyze").args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().unwrap();
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}--- end",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn example(name: &str) -> String {
    format!("{DIR}/{name}")
}

#[test]
fn log_output_default_namespace_drops_other_namespaces() {
    assert_snapshot!(run(&["--use-kube=false", &example("mixed.yaml")], None));
}

#[test]
fn namespace_flag_selects_and_stamps() {
    assert_snapshot!(run(&["--use-kube=false", "-n", "shop", &example("mixed.yaml")], None));
}

#[test]
fn json_output_all_namespaces_still_exits_79() {
    assert_snapshot!(run(&["--use-kube=false", "-A", "-o", "json", &example("mixed.yaml")], None));
}

#[test]
fn yaml_output() {
    assert_snapshot!(run(&["--use-kube=false", "-A", "-o", "YAML", &example("mixed.yaml")], None));
}

#[test]
fn sarif_output() {
    let out = run(&["--use-kube=false", "-A", "-o", "sarif", &example("mixed.yaml")], None);
    let json = out.split("--- stdout\n").nth(1).unwrap().split("--- stderr").next().unwrap();
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    assert_eq!(results[0]["ruleId"], "IST0106");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "docs/examples/analyze/mixed.yaml"
    );
    assert!(out.starts_with("exit: 79\n"));
}

#[test]
fn thresholds_are_independent() {
    // Only Errors shown; the Warning still counts for --failure-threshold Warning.
    assert_snapshot!(run(
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
    assert_snapshot!(run(
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
    assert_snapshot!(run(&["--use-kube=false", "-A", "-S", "IST9999=*", &example("clean.yaml")], None));
    assert_snapshot!(run(&["--use-kube=false", "-S", "IST0101", &example("clean.yaml")], None));
}

#[test]
fn clean_file_prints_the_success_line() {
    assert_snapshot!(run(&["--use-kube=false", &example("clean.yaml")], None));
}

#[test]
fn unparsable_file_exits_65_unless_ignored() {
    assert_snapshot!(run(&["--use-kube=false", &example("broken.yaml"), &example("clean.yaml")], None));
    let ignored = run(&["--use-kube=false", "--ignore-unknown", &example("broken.yaml")], None);
    assert!(ignored.starts_with("exit: 0\n"), "{ignored}");
}

#[test]
fn stdin_and_directories() {
    let text = std::fs::read_to_string(repo_root().join(example("mixed.yaml"))).unwrap();
    assert_snapshot!(run(&["--use-kube=false", "-A", "-"], Some(&text)));
    assert_snapshot!(run(&["--use-kube=false", "-A", &example("tree")], None));
}

#[test]
fn cluster_only_kinds_in_files_are_analyzed() {
    assert_snapshot!(run(&["--use-kube=false", &example("workloads.yaml")], None));
}

#[test]
fn bad_flag_values_are_usage_errors() {
    assert_snapshot!(run(&["--use-kube=false", "-o", "xml", &example("clean.yaml")], None));
    assert_snapshot!(run(
        &["--use-kube=false", "--failure-threshold", "fatal", &example("clean.yaml")],
        None
    ));
}

#[test]
fn list_analyzers_recursive_and_live_cluster() {
    assert_snapshot!(run(&["-L"], None));
    assert_snapshot!(run(&["-R", &example("clean.yaml")], None));
    let live = run(&[&example("clean.yaml")], None);
    // The default (--use-kube) needs a cluster: without a kubeconfig it fails with exit 1.
    assert!(live.starts_with("exit: 1\n") && live.contains("kubeconfig"), "{live}");
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
    assert!(one.contains("IST0153") && !one.contains("IST0128"), "{one}");
    let unknown =
        run(&["--use-kube=false", "-A", "-o", "json", "--analyzer", "nope", &example("mixed.yaml")], None);
    assert!(unknown.contains("IST0153") && unknown.contains("IST0128"), "{unknown}");
}

#[test]
fn references_point_at_the_anchored_field_and_list_items_stand_alone() {
    assert_snapshot!(run(&["--use-kube=false", "-A", &example("anchors.yaml")], None));
}
