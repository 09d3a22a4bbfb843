//! The install lifecycle, black-box against kube-sim: every profile installs and is ready,
//! re-runs change nothing, `--dry-run` writes nothing, revisions side by side, upgrade,
//! uninstall removes exactly what we own, faults and killed runs converge, timeouts explain.

use std::path::PathBuf;
use std::process::Output;
use std::time::{Duration, Instant};

use kube_sim::{KubeSim, Options};
use serde_json::json;

use crate::support::istioctl;

struct Sim {
    sim: KubeSim,
    _dir: tempfile::TempDir,
    kubeconfig: PathBuf,
}

fn sim_with(opts: Options) -> Sim {
    let sim = KubeSim::start(opts).expect("kube-sim starts");
    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = dir.path().join("config");
    sim.write_kubeconfig(&kubeconfig).unwrap();
    Sim { sim, _dir: dir, kubeconfig }
}

fn sim() -> Sim {
    sim_with(Options::default())
}

impl Sim {
    fn run(&self, args: &[&str]) -> Output {
        istioctl().arg("--kubeconfig").arg(&self.kubeconfig).args(args).output().unwrap()
    }
    fn ok(&self, args: &[&str]) -> (String, String) {
        let out = self.run(args);
        let (o, e) = (String::from_utf8_lossy(&out.stdout).to_string(), String::from_utf8_lossy(&out.stderr).to_string());
        assert_eq!(out.status.code(), Some(0), "istioctl {args:?} failed\nstdout:\n{o}\nstderr:\n{e}");
        (o, e)
    }
    /// Names of objects of a resource carrying the installer's managed label.
    fn owned(&self, group: &str, plural: &str) -> Vec<String> {
        self.sim
            .names(group, plural)
            .into_iter()
            .filter(|n| {
                let (ns, name) = n.split_once('/').unwrap_or(("", n));
                self.sim.object(group, plural, ns, name).is_some_and(|o| o["metadata"]["labels"]["operator.istio.io/managed"] == "Reconcile")
            })
            .collect()
    }
}

/// Every kind install ever applies, as (group, plural).
const KINDS: &[(&str, &str)] = &[
    ("", "serviceaccounts"),
    ("", "configmaps"),
    ("", "services"),
    ("", "secrets"),
    ("apps", "deployments"),
    ("apps", "daemonsets"),
    ("rbac.authorization.k8s.io", "clusterroles"),
    ("rbac.authorization.k8s.io", "clusterrolebindings"),
    ("rbac.authorization.k8s.io", "roles"),
    ("rbac.authorization.k8s.io", "rolebindings"),
    ("admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
    ("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
    ("autoscaling", "horizontalpodautoscalers"),
    ("policy", "poddisruptionbudgets"),
    ("apiextensions.k8s.io", "customresourcedefinitions"),
];

fn all_owned(s: &Sim) -> Vec<String> {
    KINDS.iter().flat_map(|(g, p)| s.owned(g, p).into_iter().map(move |n| format!("{p}/{n}"))).collect()
}

/// Polls until `f` holds (objects being deleted in the foreground take a controller pass).
fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let end = Instant::now() + Duration::from_secs(20);
    while !f() {
        assert!(Instant::now() < end, "never happened: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn every_profile_installs_becomes_ready_and_verifies() {
    for profile in ["default", "demo", "minimal", "ambient", "empty", "preview", "stable", "remote"] {
        let s = sim();
        let set = format!("profile={profile}");
        let (_, err) = s.ok(&["install", "--set", &set, "-y", "--readiness-timeout", "30s"]);
        assert!(err.contains("✔ Installation complete"), "{profile}: {err}");
        // Every workload the profile renders exists and is labelled as ours.
        let rendered = istioctl().args(["manifest", "generate", "--set", &set]).output().unwrap();
        let text = String::from_utf8(rendered.stdout).unwrap();
        let deployments = text.matches("\nkind: Deployment\n").count() + usize::from(text.starts_with("kind: Deployment\n"));
        assert_eq!(s.owned("apps", "deployments").len(), deployments, "{profile}");
        s.ok(&["verify-install", "--set", &set]);
    }
}

#[test]
fn second_run_changes_nothing_and_says_so() {
    let s = sim();
    s.ok(&["install", "--set", "profile=demo", "-y"]);
    eventually("controllers settle", || {
        let rv = s.sim.resource_version();
        std::thread::sleep(Duration::from_millis(300));
        rv == s.sim.resource_version()
    });
    let rv = s.sim.resource_version();
    let (_, err) = s.ok(&["install", "--set", "profile=demo", "-y"]);
    assert!(err.contains("no changes"), "{err}");
    assert!(!err.contains("created") && !err.contains("updated "), "{err}");
    assert_eq!(s.sim.resource_version(), rv, "a no-op run must not write");
}

#[test]
fn dry_run_is_a_diff_and_writes_nothing() {
    let s = sim();
    // Against an empty cluster: everything is a create, nothing is written.
    let (out, _) = s.ok(&["install", "--set", "profile=default", "--dry-run"]);
    assert!(out.contains("+ create     Namespace istio-system"), "{out}");
    assert!(out.contains("+ create     Deployment istio-system/istiod"), "{out}");
    assert!(s.sim.names("apps", "deployments").is_empty());
    s.ok(&["install", "--set", "profile=demo", "-y"]);
    let rv = s.sim.resource_version();
    s.sim.reset_requests();
    let (out, _) = s.ok(&["install", "--set", "profile=default", "--set", "values.pilot.env.EXTRA=yes", "--dry-run"]);
    let stats = s.sim.requests();
    assert_eq!(s.sim.resource_version(), rv, "dry run changed the store:\n{out}");
    for r in &stats.log {
        assert!(matches!(r.verb.as_str(), "get" | "list" | "discovery" | "patch"), "unexpected request {r:?}");
        assert!(r.verb != "patch" || r.dry_run, "a patch without dryRun=All: {r:?}");
    }
    assert_eq!(stats.mutating, 0, "dry run sent mutating requests");
    assert!(stats.dry_run > 0, "dry run computed nothing server-side");
    assert!(out.contains("~ update     Deployment istio-system/istiod"), "{out}");
    assert!(out.contains("EXTRA"), "the field diff names the new env var:\n{out}");
    assert!(out.contains("- prune      Deployment istio-system/istio-egressgateway"), "{out}");
    assert!(out.contains("unchanged"), "{out}");
}

#[test]
fn two_revisions_side_by_side_then_uninstall_one() {
    let s = sim();
    s.ok(&["install", "--set", "profile=minimal", "-y"]);
    s.ok(&["install", "--set", "profile=minimal", "--revision", "canary", "-y"]);
    let deps = s.owned("apps", "deployments");
    assert!(deps.contains(&"istio-system/istiod".to_string()) && deps.contains(&"istio-system/istiod-canary".to_string()), "{deps:?}");
    // The default tag stays with the default revision.
    let tag = s.sim.object("admissionregistration.k8s.io", "mutatingwebhookconfigurations", "", "istio-revision-tag-default").unwrap();
    assert_eq!(tag["metadata"]["labels"]["istio.io/rev"], "default");
    let (out, _) = s.ok(&["uninstall", "--revision", "canary", "-y"]);
    assert!(out.contains("Removed Deployment istio-system/istiod-canary."), "{out}");
    eventually("canary gone", || !s.sim.names("apps", "deployments").contains(&"istio-system/istiod-canary".to_string()));
    assert!(s.sim.object("apps", "deployments", "istio-system", "istiod").is_some(), "default revision untouched");
    let out = s.run(&["uninstall", "--revision", "nope", "-y"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not find target revision"));
}

#[test]
fn upgrade_applies_changes_and_prunes_what_is_gone() {
    let s = sim();
    s.ok(&["install", "--set", "profile=demo", "-y"]);
    let (out, err) = s.ok(&["upgrade", "--set", "profile=default", "-y"]);
    assert!(out.contains("Removed Deployment istio-system/istio-egressgateway."), "{out}\n{err}");
    assert!(err.contains("updated"), "{err}");
    eventually("egress gateway pruned", || s.sim.object("apps", "deployments", "istio-system", "istio-egressgateway").is_none());
    s.ok(&["verify-install", "--set", "profile=default"]);
}

#[test]
fn purge_removes_everything_owned_and_nothing_else() {
    let s = sim();
    s.ok(&["install", "--set", "profile=ambient", "-y"]);
    // A user's ConfigMap in istio-system without our labels must survive.
    let kc = s.kubeconfig.clone();
    let planted = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "mine", "namespace": "istio-system"}, "data": {"a": "b"}});
    plant(&kc, &planted);
    let (out, _) = s.ok(&["uninstall", "--purge", "-y"]);
    assert!(out.contains("Removed DaemonSet istio-system/ztunnel."), "{out}");
    assert!(out.contains("Removed MutatingWebhookConfiguration istio-revision-tag-default."), "{out}");
    eventually("nothing of ours left", || all_owned(&s).is_empty());
    assert!(s.sim.object("", "configmaps", "istio-system", "mine").is_some(), "unlabelled ConfigMap deleted");
    let (out, _) = s.ok(&["uninstall", "--purge", "-y"]);
    assert!(out.contains("No resources will be pruned"), "{out}");
}

/// Creates an object through the API with a plain server-side apply by another manager.
fn plant(kubeconfig: &std::path::Path, obj: &serde_json::Value) {
    let kc = kube::config::Kubeconfig::read_from(kubeconfig).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let config = kube::Config::from_custom_kubeconfig(kc, &Default::default()).await.unwrap();
        let client = kube::Client::try_from(config).unwrap();
        let api: kube::Api<k8s_openapi::api::core::v1::ConfigMap> = kube::Api::namespaced(client, "istio-system");
        let cm: k8s_openapi::api::core::v1::ConfigMap = serde_json::from_value(obj.clone()).unwrap();
        api.create(&Default::default(), &cm).await.unwrap();
    });
}

#[test]
fn converges_under_faults() {
    let s = sim_with(Options { fault_rate: 0.2, seed: 7, ..Options::default() });
    let out = s.run(&["install", "--set", "profile=demo", "-y", "--readiness-timeout", "30s"]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(s.sim.requests().faults > 0, "faults were injected");
    s.sim.set_fault_rate(0.0);
    s.ok(&["verify-install", "--set", "profile=demo"]);
}

/// `install --set profile=demo -y` in the background, output captured.
fn spawn_demo_install(s: &Sim) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("istioctl"))
        .args(["install", "--set", "profile=demo", "-y", "--kubeconfig"])
        .arg(&s.kubeconfig)
        .env("HOME", std::env::temp_dir().join("istioctl-test-home"))
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn killed_install_is_completed_by_the_next_run() {
    let s = sim_with(Options { ready_after: Duration::from_millis(400), ..Options::default() });
    let mut child = spawn_demo_install(&s);
    // Kill it while it waits for istiod: Base and part of Pilot are applied, gateways are not.
    eventually("istiod applied", || s.sim.object("apps", "deployments", "istio-system", "istiod").is_some());
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(s.sim.object("apps", "deployments", "istio-system", "istio-egressgateway").is_none(), "killed too late to prove anything");
    let (_, err) = s.ok(&["install", "--set", "profile=demo", "-y"]);
    assert!(err.contains("created Deployment istio-system/istio-egressgateway"), "{err}");
    s.ok(&["verify-install", "--set", "profile=demo"]);
}

#[test]
fn readiness_timeout_names_the_image_that_cannot_be_pulled() {
    let s = sim();
    let out = s.run(&["install", "--set", "profile=minimal", "--set", "values.pilot.image=example.com/does-not-exist:1", "-y", "--readiness-timeout", "2s"]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("resources not ready after 2s"), "{err}");
    assert!(err.contains("Deployment istio-system/istiod"), "{err}");
    assert!(err.contains("ImagePullBackOff") && err.contains("does-not-exist"), "{err}");
    // The live progress said it once, not once per poll.
    let waits = err.lines().filter(|l| l.starts_with("- Istiod:")).count();
    assert!((1..=3).contains(&waits), "{waits} waiting lines:\n{err}");
    let out = s.run(&["verify-install", "--set", "profile=minimal", "--set", "values.pilot.image=example.com/does-not-exist:1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("unready"));
}

#[test]
fn without_a_terminal_and_without_y_nothing_is_written() {
    let s = sim();
    let out = s.run(&["install", "--set", "profile=demo"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pass -y"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Proceed?"), "no prompt without a terminal");
    assert!(s.sim.names("", "namespaces").iter().all(|n| n != "istio-system"), "nothing written");
    let out = s.run(&["uninstall", "--purge"]);
    assert_eq!(out.status.code(), Some(0), "nothing to remove needs no confirmation");
    let out = s.run(&["uninstall"]);
    assert_eq!(out.status.code(), Some(1), "uninstall needs -r, -f or --purge");
}

#[test]
fn sigint_stops_cleanly_and_says_what_was_not_applied() {
    let s = sim_with(Options { ready_after: Duration::from_secs(3), ..Options::default() });
    let child = spawn_demo_install(&s);
    eventually("istiod applied", || s.sim.object("apps", "deployments", "istio-system", "istiod").is_some());
    let status = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Interrupted"), "{err}");
    assert!(err.contains("objects applied") && err.contains("not applied:"), "{err}");
    assert!(err.contains("Deployment istio-system/istio-egressgateway"), "the gateways were never applied:\n{err}");
    assert!(s.sim.object("apps", "deployments", "istio-system", "istio-egressgateway").is_none());
}

#[test]
fn uninstall_by_set_or_file_revision_removes_only_that_revision() {
    let s = sim();
    s.ok(&["install", "--set", "profile=minimal", "-y"]);
    s.ok(&["install", "--set", "profile=minimal", "--revision", "canary", "-y"]);
    let before = all_owned(&s);
    // An unknown revision, named any way, is refused before anything is deleted.
    let dir = tempfile::tempdir().unwrap();
    let nosuch = dir.path().join("nosuch.yaml");
    std::fs::write(&nosuch, "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  revision: nosuch\n").unwrap();
    for args in [vec!["uninstall", "--set", "revision=nosuch", "-y"], vec!["uninstall", "-f", nosuch.to_str().unwrap(), "-y"]] {
        let out = s.run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("could not find target revision \"nosuch\"") && err.contains("installed revisions: canary, default"), "{err}");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("Removed"), "{args:?} removed something");
    }
    assert_eq!(all_owned(&s), before, "a refused uninstall deleted objects");
    // `--set revision=canary` removes the canary control plane and leaves the default one.
    let (out, _) = s.ok(&["uninstall", "--set", "revision=canary", "-y"]);
    assert!(out.contains("Removed Deployment istio-system/istiod-canary."), "{out}");
    assert!(!out.contains("Removed Deployment istio-system/istiod."), "{out}");
    eventually("canary gone", || !s.sim.names("apps", "deployments").contains(&"istio-system/istiod-canary".to_string()));
    assert!(s.sim.object("apps", "deployments", "istio-system", "istiod").is_some(), "default revision untouched");
    // A file naming the revision does the same.
    s.ok(&["install", "--set", "profile=minimal", "--revision", "canary", "-y"]);
    let canary = dir.path().join("canary.yaml");
    std::fs::write(&canary, "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  revision: canary\n").unwrap();
    let (out, _) = s.ok(&["uninstall", "-f", canary.to_str().unwrap(), "-y"]);
    assert!(out.contains("Removed Deployment istio-system/istiod-canary.") && !out.contains("istio-system/istiod."), "{out}");
    assert!(s.sim.object("apps", "deployments", "istio-system", "istiod").is_some(), "default revision untouched");
}

/// Deletes a cluster-scoped admission webhook configuration through the API.
fn delete_webhook(kubeconfig: &std::path::Path, kind: &str, name: &str) {
    use k8s_openapi::api::admissionregistration::v1::{MutatingWebhookConfiguration, ValidatingWebhookConfiguration};
    let kc = kube::config::Kubeconfig::read_from(kubeconfig).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let config = kube::Config::from_custom_kubeconfig(kc, &Default::default()).await.unwrap();
        let client = kube::Client::try_from(config).unwrap();
        if kind == "MutatingWebhookConfiguration" {
            let api: kube::Api<MutatingWebhookConfiguration> = kube::Api::all(client);
            api.delete(name, &Default::default()).await.unwrap();
        } else {
            let api: kube::Api<ValidatingWebhookConfiguration> = kube::Api::all(client);
            api.delete(name, &Default::default()).await.unwrap();
        }
    });
}

#[test]
fn verify_install_fails_without_the_default_webhooks_or_an_active_injector() {
    let s = sim();
    s.ok(&["install", "--set", "profile=demo", "-y"]);
    s.ok(&["verify-install", "--set", "profile=demo"]);
    // The state a run killed after deactivating the chart's injector leaves: no tag, injection off.
    delete_webhook(&s.kubeconfig, "MutatingWebhookConfiguration", "istio-revision-tag-default");
    delete_webhook(&s.kubeconfig, "ValidatingWebhookConfiguration", "istiod-default-validator");
    eventually("webhooks gone", || {
        s.sim.object("admissionregistration.k8s.io", "mutatingwebhookconfigurations", "", "istio-revision-tag-default").is_none()
            && s.sim.object("admissionregistration.k8s.io", "validatingwebhookconfigurations", "", "istiod-default-validator").is_none()
    });
    let out = s.run(&["verify-install", "--set", "profile=demo"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let row = |kind: &str, name: &str, status: &str| {
        stdout.lines().any(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            cols.len() > 3 && cols[0] == kind && cols[1] == name && cols.contains(&status)
        })
    };
    assert!(row("MutatingWebhookConfiguration", "istio-revision-tag-default", "missing"), "{stdout}");
    assert!(row("ValidatingWebhookConfiguration", "istiod-default-validator", "missing"), "{stdout}");
    assert!(row("MutatingWebhookConfiguration", "istio-sidecar-injector", "inactive"), "{stdout}");
    // The next install restores them, and verify is green again.
    s.ok(&["install", "--set", "profile=demo", "-y"]);
    s.ok(&["verify-install", "--set", "profile=demo"]);
}

/// `(created, updated, unchanged, pruned)` from a dry run's last line or a real run's closing line.
fn counts(text: &str, dry: bool) -> (u32, u32, u32, u32) {
    let line = text
        .lines()
        .rev()
        .find(|l| if dry { l.ends_with("to prune.") } else { l.starts_with("✔ Installation complete") })
        .unwrap_or_else(|| panic!("no totals in:\n{text}"));
    let line = line.trim_start_matches("✔ Installation complete: ");
    if let Some(rest) = line.strip_prefix("no changes, all ") {
        return (0, 0, rest.split(' ').next().unwrap().parse().unwrap(), 0);
    }
    let n: Vec<u32> = line.split(", ").map(|part| part.split(' ').next().unwrap().parse().unwrap()).collect();
    (n[0], n[1], n[2], n[3])
}

#[test]
fn a_second_revision_reports_shared_objects_as_updated_and_dry_run_agrees() {
    let s = sim();
    s.ok(&["install", "--set", "profile=minimal", "-y"]);
    let (dry, _) = s.ok(&["install", "--set", "profile=minimal", "--set", "revision=canary", "--dry-run"]);
    let (_, err) = s.ok(&["install", "--set", "profile=minimal", "--set", "revision=canary", "-y"]);
    // Shared objects the default revision wrote (CRDs, the base ClusterRoles) are not new.
    assert!(!err.contains("created CustomResourceDefinition"), "{err}");
    assert!(err.contains("(owned by revision default until now)"), "{err}");
    assert!(dry.contains("(owned by revision default; this install takes it over)"), "{dry}");
    assert!(!dry.contains("without the installer's labels"), "{dry}");
    assert_eq!(counts(&dry, true), counts(&err, false), "dry run:\n{dry}\nreal run:\n{err}");
    // Running both again: nothing to do, in both.
    let (dry, _) = s.ok(&["install", "--set", "profile=minimal", "--set", "revision=canary", "--dry-run"]);
    let (_, err) = s.ok(&["install", "--set", "profile=minimal", "--set", "revision=canary", "-y"]);
    assert_eq!(counts(&dry, true), counts(&err, false), "dry run:\n{dry}\nreal run:\n{err}");
}

#[test]
fn a_failed_component_names_the_components_not_applied() {
    let s = sim();
    let out = s.run(&["install", "--set", "profile=demo", "--set", "values.pilot.image=example.com/does-not-exist:1", "-y", "--readiness-timeout", "2s"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("not applied because Istiod failed: Ingress gateways, Egress gateways"), "{err}");
}

#[test]
fn a_denied_read_is_one_line_without_the_kube_error_repeated() {
    let s = sim();
    s.sim.deny("deployments.apps");
    let out = s.run(&["install", "--set", "profile=minimal", "-y", "--readiness-timeout", "5s"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with("Error: permission denied: cannot get Deployment istio-system/istiod (403 Forbidden: "), "{err}");
    // The kube error stays the typed error's source; the report does not repeat it.
    assert!(!err.contains("caused by"), "{err}");
}
