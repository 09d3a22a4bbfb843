//! `istioctl profile list|dump|diff`: output shapes (insta snapshots), exit codes and the
//! error messages of bad input.

use crate::support::{Run, istioctl};

fn run(args: &[&str]) -> Run {
    Run::of(istioctl().args(args).write_stdin(""))
}

const PROFILES: [&str; 10] =
    ["ambient", "default", "demo", "empty", "minimal", "openshift", "openshift-ambient", "preview", "remote", "stable"];

#[test]
fn list_prints_upstream_shape() {
    let r = run(&["profile", "list"]);
    assert_eq!(r.code, 0);
    insta::assert_snapshot!("profile_list", r.stdout);
}

#[test]
fn dump_each_profile() {
    for p in PROFILES {
        let r = run(&["profile", "dump", p]);
        assert_eq!(r.code, 0, "{p}: {}", r.stderr);
        insta::assert_snapshot!(format!("profile_dump_{p}"), r.stdout);
    }
}

#[test]
fn dump_formats_and_config_path() {
    let r = run(&["profile", "dump", "demo", "-p", "components", "-o", "flags"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!("profile_dump_demo_components_flags", r.stdout);
    let r = run(&["profile", "dump", "-o", "json", "-p", "values.global"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("{\n    \"configValidation\": true,\n    \"hub\""), "4-space indent, sorted keys: {}", r.stdout);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["hub"], "docker.io/istio");
}

#[test]
fn dump_applies_files_sets_and_revision() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("iop.yaml");
    std::fs::write(&f, "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  profile: minimal\n  hub: my.hub\n").unwrap();
    let r = run(&[
        "profile", "dump", "-f", f.to_str().unwrap(), "--set", "components.ingressGateways[name:istio-ingressgateway].enabled=true",
        "-r", "canary", "-p", "values", "-o", "flags",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("values.global.hub=\"my.hub\"\n"), "{}", r.stdout);
    assert!(r.stdout.contains("values.revision=\"canary\"\n"), "{}", r.stdout);
    let r = run(&["profile", "dump", "-f", f.to_str().unwrap(), "-p", "components.ingressGateways[0].enabled"]);
    assert_eq!(r.stdout, "false\n");
}

#[test]
fn warnings_go_to_stderr() {
    let r = run(&["profile", "dump", "--set", "components.pilot.k8s.replicaCount=2", "-p", "components.pilot.k8s"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "replicaCount: 2\n");
    assert!(r.stderr.starts_with("Warning: spec.components.pilot.k8s.replicaCount is ignored while autoscaling"), "{}", r.stderr);
}

#[test]
fn diff_default_demo() {
    let r = run(&["profile", "diff", "default", "demo"]);
    assert_eq!(r.code, 1, "profiles differ: exit 1 like diff(1)");
    insta::assert_snapshot!("profile_diff_default_demo", r.stdout);
    let r = run(&["profile", "diff", "default", "default"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "Profiles are identical\n"));
}

#[test]
fn manifests_dir_is_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("profiles")).unwrap();
    std::fs::write(dir.path().join("profiles/mine.yaml"), "spec: {}\n").unwrap();
    let r = run(&["profile", "list", "-d", dir.path().to_str().unwrap()]);
    assert_eq!(r.stdout, "Istio configuration profiles:\n    mine\n");
}

#[test]
fn errors_have_paths_and_exit_codes() {
    let cases: &[(&[&str], i32, &str)] = &[
        (&["profile", "dump", "nope"], 1, "Error: profile \"nope\" not found"),
        (
            &["profile", "dump", "--set", "values.global.proxy.resources.limitz.cpu=1"],
            1,
            "spec.values.global.proxy.resources.limitz: unknown field \"limitz\"",
        ),
        (
            &["profile", "dump", "--set", "values.pilot.autoscaleEnabled=maybe"],
            1,
            "spec.values.pilot.autoscaleEnabled: expected a boolean, got a string \"maybe\"",
        ),
        (
            &["profile", "dump", "--set", "components.ingressGateways[name:nope].enabled=true"],
            1,
            "--set components.ingressGateways[name:nope].enabled=true: element [name:nope] not found",
        ),
        (&["profile", "dump", "--set", "a[x]=1"], 1, "bad list index [x]"),
        (&["profile", "dump", "-f", "/nonexistent/iop.yaml"], 1, "could not read /nonexistent/iop.yaml"),
        (&["profile", "dump", "-r", "Bad_Rev"], 1, "spec.revision: \"Bad_Rev\" is not a valid revision"),
        (&["profile", "dump", "-o", "xml"], 64, "invalid value 'xml'"),
        (&["profile", "dump", "--set", "compatibilityVersion=1.30"], 1, "chart base: unknown compatibility version 1.30"),
        (&["profile", "dump", "--set", "values.global.platform=nope"], 1, "unknown platform nope"),
    ];
    for (args, code, msg) in cases {
        let r = run(args);
        assert_eq!(r.code, *code, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(msg), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: nothing on stdout");
    }
}
