//! `istioctl analyze` against a live cluster (kube-sim): the same findings as from files, files
//! over live state, namespace scoping, a kind the user may not list, a missing namespace, and an
//! unreachable server.

use kube_sim::Options;

use crate::support::Cluster;
use crate::support::{istioctl, repo_root};

const DIR: &str = "docs/examples/analyze";

/// The Istio CRDs as install applies them (from the rendered base component).
fn crds() -> String {
    let out = istioctl().args(["manifest", "generate", "--set", "profile=minimal"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.split("\n---\n")
        .filter(|d| d.contains("kind: CustomResourceDefinition"))
        .collect::<Vec<_>>()
        .join("\n---\n")
}

/// `Level [CODE] (Kind ns/name` of each finding: the line without its file reference.
fn findings(stdout: &str) -> Vec<String> {
    let mut v: Vec<String> = stdout
        .lines()
        .filter(|l| l.contains(" [IST"))
        .map(|l| match l.find(" (") {
            Some(i) => {
                let rest = &l[i + 2..];
                let origin = rest.split(')').next().unwrap_or("");
                let origin: Vec<&str> = origin.split(' ').take(2).collect();
                format!(
                    "{} ({}) {}",
                    &l[..i],
                    origin.join(" "),
                    rest.split_once(") ").map(|x| x.1).unwrap_or("")
                )
            }
            None => l.to_string(),
        })
        .collect();
    v.sort();
    v
}

fn example(name: &str) -> String {
    std::fs::read_to_string(repo_root().join(DIR).join(name)).unwrap()
}

#[test]
fn the_cluster_gives_the_same_findings_as_the_files() {
    let c = Cluster::start();
    c.apply(&crds());
    c.ok(&["namespace", "list"]); // the simulator answers
    for f in ["workloads.yaml", "mixed.yaml"] {
        c.apply(&example(f).replace("namespace: shop", "namespace: default"));
    }
    let files: Vec<String> = ["workloads.yaml", "mixed.yaml"]
        .iter()
        .map(|f| repo_root().join(DIR).join(f).display().to_string())
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    // Every cluster has the namespace the objects live in; the files say so too.
    let ns = tmp.path().join("ns.yaml");
    std::fs::write(&ns, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: default\n").unwrap();
    let mut local = vec![ns.display().to_string()];
    for (i, f) in files.iter().enumerate() {
        let p = tmp.path().join(format!("{i}.yaml"));
        std::fs::write(
            &p,
            std::fs::read_to_string(f).unwrap().replace("namespace: shop", "namespace: default"),
        )
        .unwrap();
        local.push(p.display().to_string());
    }
    let mut offline = vec!["analyze", "--use-kube=false", "-n", "default"];
    offline.extend(local.iter().map(String::as_str));
    let from_files = c.run(&offline);
    let live = c.run(&["analyze", "-n", "default"]);
    assert_eq!(
        live.code, from_files.code,
        "live:\n{}\n{}\nfiles:\n{}\n{}",
        live.stdout, live.stderr, from_files.stdout, from_files.stderr
    );
    // Live mode has no built-in dummy ingress (upstream adds it only to file sources).
    let without_dummy = |v: Vec<String>| -> Vec<String> {
        v.into_iter().filter(|l| !l.contains("istio-ingressgateway")).collect()
    };
    assert_eq!(
        without_dummy(findings(&live.stdout)),
        without_dummy(findings(&from_files.stdout)),
        "live stderr: {}",
        live.stderr
    );
    assert!(!findings(&live.stdout).is_empty(), "the examples have findings: {}", live.stdout);
    assert!(!live.stdout.contains(".yaml:"), "live resources carry no file reference: {}", live.stdout);
}

#[test]
fn files_go_on_top_of_the_live_state() {
    let c = Cluster::start();
    c.apply(&crds());
    let dr = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: reviews\n  namespace: default\nspec:\n  host: reviews\n  trafficPolicy:\n    tls:\n      mode: SIMPLE\n";
    c.apply(dr);
    let live = c.run(&["analyze", "-n", "default", "-o", "json"]);
    let tmp = tempfile::tempdir().unwrap();
    let fixed = tmp.path().join("dr.yaml");
    std::fs::write(&fixed, dr.replace("SIMPLE", "ISTIO_MUTUAL")).unwrap();
    let over = c.run(&["analyze", "-n", "default", "-o", "json", fixed.to_str().unwrap()]);
    // SIMPLE TLS without caCertificates is IST0128 on the live object; the file's version of the
    // same object replaces it (a simulated apply), so the finding goes, and what remains points
    // at the file.
    assert!(live.stdout.contains("\"IST0128\""), "{}\n{}", live.stdout, live.stderr);
    assert!(!over.stdout.contains("\"IST0128\""), "the file replaces the live object: {}", over.stdout);
    assert!(over.stdout.contains("dr.yaml:1"), "{}", over.stdout);
}

#[test]
fn a_kind_the_user_may_not_list_is_named_and_the_rest_runs() {
    let c = Cluster::start_with(Options { deny: vec!["pods".into()], ..Options::default() });
    c.apply(&crds());
    let r = c.run(&["analyze", "-A", "-v"]);
    assert!(r.code == 0 || r.code == 79, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.matches("cannot read Pod").count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("Skipped"), "-v lists the skipped analyzers: {}", r.stderr);
}

#[test]
fn a_missing_namespace_is_a_note_and_exit_zero() {
    let c = Cluster::start();
    let r = c.run(&["analyze", "-n", "nosuch"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("namespace \"nosuch\" not found"), "{}", r.stderr);
}

#[test]
fn an_unreachable_cluster_fails_fast() {
    let tmp = tempfile::tempdir().unwrap();
    let kc = tmp.path().join("kc");
    std::fs::write(&kc, kube_sim::kubeconfig("http://127.0.0.1:9", None, None)).unwrap();
    let out = istioctl().arg("--kubeconfig").arg(&kc).args(["analyze", "-A"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot reach the Kubernetes API server"), "{stderr}");
}

#[test]
fn remote_contexts_are_refused_until_multi_cluster_exists() {
    let c = Cluster::start();
    let r = c.run(&["analyze", "--remote-contexts", "other"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("multi-cluster analysis is not available"), "{}", r.stderr);
}
