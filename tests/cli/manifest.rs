//! `istioctl manifest generate`: offline output shape, ordering, flags accepted as upstream.

use crate::support::istioctl;

fn generate(args: &[&str]) -> (i32, String, String) {
    let out = istioctl().args(["manifest", "generate"]).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn kinds(text: &str) -> Vec<String> {
    text.lines().filter_map(|l| l.strip_prefix("kind: ")).map(str::to_string).collect()
}

#[test]
fn default_profile_renders_sorted_documents() {
    let (code, out, err) = generate(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\n---\n"));
    let k = kinds(&out);
    for want in ["ServiceAccount", "ClusterRole", "Deployment", "Service", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"] {
        assert!(k.iter().any(|x| x == want), "missing {want}");
    }
    // Service (rank 10000) comes last, ServiceAccount/ClusterRole before ConfigMap.
    assert_eq!(k.last().map(String::as_str), Some("Service"));
    let first_cm = k.iter().position(|x| x == "ConfigMap").unwrap();
    assert!(k[..first_cm].iter().all(|x| x != "Deployment"));
    assert!(out.contains("image: docker.io/istio/pilot:1.30.3"), "release hub/tag pinning");
}

#[test]
fn revision_and_hidden_flags_are_accepted() {
    let (code, out, err) = generate(&["-r", "canary", "--filter", "", "--force", "--set", "profile=minimal"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("name: istiod-canary\n"));
    assert!(out.contains("istio.io/rev: canary"));
    assert!(!out.contains("name: istio-ingressgateway\n"));
}

#[test]
fn empty_profile_prints_nothing() {
    let (code, out, _) = generate(&["--set", "profile=empty"]);
    assert_eq!(code, 0);
    assert!(out.is_empty());
}

#[test]
fn overlay_file_and_k8s_settings_apply() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("iop.yaml");
    std::fs::write(
        &f,
        "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  components:\n    pilot:\n      k8s:\n        nodeSelector:\n          pool: control\n",
    )
    .unwrap();
    let (code, out, err) = generate(&["-f", f.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("pool: control"));
}

#[test]
fn output_flag_does_not_exist_in_1_30() {
    let (code, _, _) = generate(&["-o", "x.yaml"]);
    assert_eq!(code, 64);
}

#[test]
fn unknown_profile_fails() {
    let (code, _, err) = generate(&["--set", "profile=nope"]);
    assert_ne!(code, 0);
    assert!(err.contains("nope"), "{err}");
}

#[test]
fn force_turns_validation_errors_into_warnings() {
    let (code, _, _) = generate(&["--set", "values.global.noSuchField=1"]);
    assert_ne!(code, 0, "an unknown values field is a validation error");
    let (code, out, err) = generate(&["--set", "values.global.noSuchField=1", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("kind: Deployment"));
}

#[test]
fn cluster_specific_asks_the_cluster_and_nothing_else() {
    let c = crate::support::Cluster::start();
    c.sim.reset_requests();
    let online = c.ok(&["manifest", "generate", "--set", "profile=minimal", "--cluster-specific"]);
    let offline = c.ok(&["manifest", "generate", "--set", "profile=minimal"]);
    assert_eq!(online, offline, "a non-GKE cluster changes nothing");
    let stats = c.sim.requests();
    assert_eq!(stats.mutating, 0);
    assert!(stats.log.iter().any(|r| r.path == "/version"), "{:?}", stats.log);
    // Without a reachable cluster the flag is an error, not a silent offline render.
    let out = crate::support::istioctl()
        .args(["manifest", "generate", "--cluster-specific", "--kubeconfig", "/nonexistent/kubeconfig"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}
