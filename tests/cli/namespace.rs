//! `istioctl namespace …` and remote `version` black-box against kube-sim, once over TLS with a
//! bearer token.

use std::time::Duration;

use serde_json::{Value, json};

use crate::cli_snapshot;
use crate::support::Cluster;

fn labels(c: &Cluster, ns: &str) -> Value {
    c.get("", "namespaces", "", ns).expect("namespace exists")["metadata"]["labels"].clone()
}

#[test]
fn enable_disable_and_waypoint_labels() {
    let c = Cluster::start();
    c.namespace("shop", json!({}));
    c.namespace("pay", json!({"istio-injection": "enabled"}));
    c.install_revision("canary");

    // Sidecar with a revision replaces istio-injection (which would override istio.io/rev).
    let out = c.ok(&["namespace", "enable", "shop", "pay", "--revision", "canary"]);
    assert!(out.contains("namespace/pay labeled: istio.io/rev=canary istio-injection-"), "{out}");
    assert_eq!(labels(&c, "pay")["istio.io/rev"], "canary");
    assert!(labels(&c, "pay").get("istio-injection").is_none());

    // A second run changes nothing and says so.
    let out = c.ok(&["namespace", "enable", "shop", "pay", "--revision", "canary"]);
    assert_eq!(out, "namespace/shop unchanged\nnamespace/pay unchanged\n");

    // Ambient drops the sidecar labels.
    c.ok(&["namespace", "enable", "shop", "--mode", "ambient"]);
    let l = labels(&c, "shop");
    assert_eq!(l["istio.io/dataplane-mode"], "ambient");
    assert!(l.get("istio.io/rev").is_none());

    c.ok(&["namespace", "waypoint", "shop", "--name", "wp"]);
    assert_eq!(labels(&c, "shop")["istio.io/use-waypoint"], "wp");

    let table = c.ok(&["namespace", "list"]);
    let shop_row = table.lines().find(|l| l.starts_with("shop")).unwrap();
    assert_eq!(shop_row.split_whitespace().collect::<Vec<_>>(), ["shop", "ambient", "-", "wp"]);
    let rows: Value = serde_json::from_str(&c.ok(&["namespace", "list", "-o", "json"])).unwrap();
    let pay = rows.as_array().unwrap().iter().find(|r| r["name"] == "pay").unwrap();
    assert_eq!(pay["dataplane"], "sidecar");
    assert_eq!(pay["revision"], "canary");

    // Disable keeps the waypoint choice; --none removes it.
    c.ok(&["namespace", "disable", "shop"]);
    let l = labels(&c, "shop");
    assert!(l.get("istio.io/dataplane-mode").is_none());
    assert_eq!(l["istio.io/use-waypoint"], "wp");
    c.ok(&["namespace", "waypoint", "shop", "--none"]);
    assert!(labels(&c, "shop").get("istio.io/use-waypoint").is_none());
}

#[test]
fn dry_run_writes_nothing_and_missing_namespace_fails() {
    let c = Cluster::start();
    c.namespace("shop", json!({}));
    c.sim.reset_requests();
    let out = c.ok(&["namespace", "enable", "shop", "--dry-run"]);
    assert_eq!(out, "namespace/shop labeled: istio-injection=enabled (dry run)\n");
    assert_eq!(c.sim.requests().mutating, 0, "dry run must not write");
    assert!(labels(&c, "shop").get("istio-injection").is_none());

    // All namespaces are checked before any is changed.
    let r = c.run(&["namespace", "enable", "shop", "nope"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("namespace \"nope\" not found"), "{}", r.stderr);
    assert!(labels(&c, "shop").get("istio-injection").is_none());
}

fn istiod(c: &Cluster, name: &str, rev: &str, image: &str) {
    c.apply(&format!(
        r#"
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  namespace: istio-system
  labels: {{app: istiod, istio.io/rev: {rev}}}
spec:
  selector:
    matchLabels: {{app: istiod, istio.io/rev: {rev}}}
  template:
    metadata:
      labels: {{app: istiod, istio: pilot, istio.io/rev: {rev}}}
    spec:
      containers:
      - name: discovery
        image: {image}
"#
    ));
}

fn wait_ready(c: &Cluster, name: &str) {
    for _ in 0..100 {
        let d = c.get("apps", "deployments", "istio-system", name).unwrap();
        if d["status"]["readyReplicas"].as_i64() == Some(1) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("deployment {name} never became ready");
}

#[test]
fn remote_version_reads_the_control_plane() {
    let c = Cluster::start();
    c.namespace("istio-system", json!({}));
    istiod(&c, "istiod", "default", "docker.io/istio/pilot:1.30.3");
    wait_ready(&c, "istiod");
    let out = c.ok(&["version"]);
    assert_eq!(out, "client version: 1.30.3\ncontrol plane version: 1.30.3\ndata plane version: none\n");

    let doc: Value = serde_json::from_str(&c.ok(&["version", "-o", "json"])).unwrap();
    assert_eq!(doc["meshVersion"][0]["Component"], "pilot");
    assert_eq!(doc["meshVersion"][0]["Info"]["version"], "1.30.3");
    assert_eq!(doc["dataPlaneVersion"], json!([]));

    // Another revision is found with -r.
    istiod(&c, "istiod-canary", "canary", "docker.io/istio/pilot:1.31.0");
    wait_ready(&c, "istiod-canary");
    let out = c.ok(&["version", "-r", "canary", "--short"]);
    cli_snapshot!("remote_version_reads_the_control_plane_0", out);

    // No istiod of that revision: client only, a note, exit 0.
    let r = c.run(&["version", "-r", "missing"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "client version: 1.30.3\n");
    assert!(r.stderr.starts_with("Istio is not present in the cluster"), "{}", r.stderr);
}

#[test]
fn tls_and_token_are_honoured() {
    let c = Cluster::start_with(kube_sim::Options {
        tls: true,
        token: Some("s3cret".into()),
        ..Default::default()
    });
    c.namespace("shop", json!({}));
    let table = c.ok(&["namespace", "list"]);
    cli_snapshot!("tls_and_token_are_honoured_0", table);

    // An exec credential plugin supplies the token.
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("cred.sh");
    std::fs::write(
        &plugin,
        "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"s3cret\"}}'\n",
    )
    .unwrap();
    std::fs::set_permissions(&plugin, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let base = kube_sim::kubeconfig(c.sim.url(), c.sim.ca_pem(), None);
    let mut kc: Value = serde_saphyr::from_str(&base).unwrap();
    kc["users"][0]["user"] = json!({
        "exec": { "apiVersion": "client.authentication.k8s.io/v1", "command": plugin.to_str().unwrap(), "interactiveMode": "Never" }
    });
    let exec_kc = dir.path().join("exec-kubeconfig");
    std::fs::write(&exec_kc, serde_json::to_string(&kc).unwrap()).unwrap();
    let out = crate::support::istioctl().arg("--kubeconfig").arg(&exec_kc).args(["namespace", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));

    // Without the token: one clear 401 line, exit 1.
    let no_token = dir.path().join("kubeconfig");
    std::fs::write(&no_token, kube_sim::kubeconfig(c.sim.url(), c.sim.ca_pem(), None)).unwrap();
    let out = crate::support::istioctl().arg("--kubeconfig").arg(&no_token).args(["namespace", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("401 Unauthorized"), "{stderr}");

    // Without the CA: TLS verification fails rather than being skipped.
    std::fs::write(&no_token, kube_sim::kubeconfig(c.sim.url(), None, Some("s3cret"))).unwrap();
    let out = crate::support::istioctl().arg("--kubeconfig").arg(&no_token).args(["namespace", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("TLS verification of the API server"), "{stderr}");
}

#[test]
fn enable_refuses_a_revision_that_is_not_installed() {
    let c = Cluster::start();
    c.namespace("shop", json!({}));
    c.install_revision("canary");
    c.ok(&["tag", "set", "prod", "--revision", "canary"]);
    c.sim.reset_requests();
    let r = c.run(&["namespace", "enable", "shop", "-r", "nosuch"]);
    cli_snapshot!("enable_refuses_a_revision_that_is_not_installed_0", r);
    assert_eq!(c.sim.requests().mutating, 0, "a refused enable must not write");
    assert!(labels(&c, "shop").get("istio.io/rev").is_none());
    // A tag is as good as a revision; --force takes any name.
    c.ok(&["namespace", "enable", "shop", "-r", "prod"]);
    assert_eq!(labels(&c, "shop")["istio.io/rev"], "prod");
    c.ok(&["namespace", "enable", "shop", "-r", "nosuch", "--force"]);
    assert_eq!(labels(&c, "shop")["istio.io/rev"], "nosuch");
}

#[test]
fn list_flags_conflicts_and_resolves_tags_like_tag_list() {
    let c = Cluster::start();
    c.install_revision("canary");
    c.ok(&["tag", "set", "prod", "--revision", "canary"]);
    c.namespace("tagged", json!({"istio.io/rev": "prod"}));
    c.namespace("both", json!({"istio-injection": "enabled", "istio.io/rev": "canary"}));
    c.namespace("mixed", json!({"istio-injection": "enabled", "istio.io/dataplane-mode": "ambient"}));
    let r = c.run(&["namespace", "list"]);
    cli_snapshot!("list_flags_conflicts_and_resolves_tags_like_tag_list", r);
    let row = |ns: &str| r.stdout.lines().find(|l| l.split_whitespace().next() == Some(ns)).unwrap().split_whitespace().collect::<Vec<_>>();
    // tag list says prod → canary; namespace list says the same.
    assert_eq!(row("tagged"), ["tagged", "sidecar", "canary", "-"]);
    let tags: Value = serde_json::from_str(&c.ok(&["tag", "list", "-o", "json"])).unwrap();
    assert!(tags.as_array().unwrap().iter().any(|t| t["tag"] == "prod" && t["revision"] == "canary" && t["namespaces"] == json!(["tagged"])), "{tags}");
    let rows: Value = serde_json::from_str(&c.ok(&["namespace", "list", "-o", "json"])).unwrap();
    let tagged = rows.as_array().unwrap().iter().find(|r| r["name"] == "tagged").unwrap();
    assert_eq!((tagged["revision"].as_str(), tagged["tag"].as_str()), (Some("canary"), Some("prod")));
    let both = rows.as_array().unwrap().iter().find(|r| r["name"] == "both").unwrap();
    assert_eq!(both["conflicts"].as_array().unwrap().len(), 1);
}

/// A Deployment in `ns` whose pods run an Istio proxy as `how` says.
fn proxy_workload(c: &Cluster, ns: &str, name: &str, how: &str, version: &str) {
    let proxy = json!({"name": "istio-proxy", "image": format!("docker.io/istio/proxyv2:{version}"), "args": ["proxy", "sidecar"]});
    let app = json!({"name": "app", "image": "example.com/app:1"});
    let mut labels = json!({"app": name});
    let spec = match how {
        "sidecar" => json!({"containers": [app, proxy]}),
        "native" => {
            let mut p = proxy.clone();
            p["restartPolicy"] = json!("Always");
            json!({"containers": [app], "initContainers": [p]})
        }
        "waypoint" => {
            labels["gateway.istio.io/managed"] = json!("istio.io-mesh-controller");
            let mut p = proxy.clone();
            p["args"] = json!(["proxy", "router"]);
            json!({"containers": [p]})
        }
        _ => unreachable!(),
    };
    c.apply(
        &json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
            "spec": {"selector": {"matchLabels": {"app": name}}, "template": {"metadata": {"labels": labels}, "spec": spec}}})
        .to_string(),
    );
}

#[test]
fn version_counts_gateways_sidecars_native_sidecars_and_waypoints() {
    let c = Cluster::start();
    c.ok(&["install", "--set", "profile=demo", "-y"]);
    // Before any workload: the two gateways of the demo profile are proxies.
    let out = c.ok(&["version"]);
    assert!(out.ends_with("data plane version: 1.30.3 (2 proxies)\n"), "{out}");
    c.namespace("apps", json!({}));
    proxy_workload(&c, "apps", "reviews", "sidecar", "1.30.3");
    proxy_workload(&c, "apps", "ratings", "native", "1.29.2");
    proxy_workload(&c, "apps", "waypoint", "waypoint", "1.30.3");
    let mut out = String::new();
    for _ in 0..100 {
        out = c.ok(&["version"]);
        if out.contains("(4 proxies)") {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(out.ends_with("data plane version: 1.29.2 (1 proxies), 1.30.3 (4 proxies)\n"), "{out}");
    let doc: Value = serde_json::from_str(&c.ok(&["version", "-o", "json"])).unwrap();
    let kinds: Vec<(&str, &str)> = doc["dataPlaneVersion"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["ID"].as_str().unwrap().split('-').next().unwrap(), p["Type"].as_str().unwrap()))
        .collect();
    for want in [("istio", "router"), ("reviews", "sidecar"), ("ratings", "sidecar"), ("waypoint", "router")] {
        assert!(kinds.contains(&want), "{want:?} not in {kinds:?}");
    }
}
