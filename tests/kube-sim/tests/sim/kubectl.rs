//! Fidelity against the real kubectl (runs whenever `kubectl` is on PATH; fails, not skips, when
//! kubectl misbehaves). Each command gets a fresh discovery cache under a tempdir.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use crate::support::*;

fn kubectl_present() -> bool {
    Command::new("kubectl").arg("version").arg("--client").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

struct Kubectl<'a> {
    kubeconfig: &'a Path,
    cache: &'a Path,
}

impl Kubectl<'_> {
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("kubectl");
        c.arg("--kubeconfig").arg(self.kubeconfig).arg("--cache-dir").arg(self.cache).args(args);
        c.env_remove("KUBECONFIG");
        c
    }
    fn run(&self, args: &[&str]) -> Output {
        let out = self.cmd(args).output().expect("run kubectl");
        assert!(out.status.success(), "kubectl {args:?} failed:\nstdout: {}\nstderr: {}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        out
    }
    fn stdout(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).stdout).unwrap()
    }
}

const CRD: &str = r#"apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wd]}
  versions:
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              size: {type: integer}
"#;

const CR: &str = r#"apiVersion: example.com/v1
kind: Widget
metadata:
  name: w1
  namespace: fidelity
  labels: {app: demo}
spec:
  size: 3
"#;

#[test]
fn kubectl_fidelity() {
    if !kubectl_present() {
        eprintln!("kubectl not on PATH: fidelity test not run");
        return;
    }
    let s = sim();
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("kubeconfig");
    s.write_kubeconfig(&kc).unwrap();
    let cache = dir.path().join("cache");
    let k = Kubectl { kubeconfig: &kc, cache: &cache };
    let ns = k.stdout(&["get", "ns"]);
    assert!(ns.contains("kube-system") && ns.contains("default"), "{ns}");
    assert_eq!(k.stdout(&["create", "ns", "fidelity"]).trim(), "namespace/fidelity created");
    std::fs::write(dir.path().join("crd.yaml"), CRD).unwrap();
    std::fs::write(dir.path().join("cr.yaml"), CR).unwrap();
    let crd_path = dir.path().join("crd.yaml");
    let cr_path = dir.path().join("cr.yaml");
    let out = k.stdout(&["apply", "--server-side", "--validate=false", "-f", crd_path.to_str().unwrap()]);
    assert!(out.contains("customresourcedefinition.apiextensions.k8s.io/widgets.example.com serverside-applied"), "{out}");
    k.run(&["wait", "--for", "condition=established", "--timeout=20s", "crd/widgets.example.com"]);
    let out = k.stdout(&["apply", "--server-side", "--validate=false", "-f", cr_path.to_str().unwrap()]);
    assert!(out.contains("widget.example.com/w1 serverside-applied"), "{out}");
    let rv1 = k.stdout(&["get", "widget", "w1", "-n", "fidelity", "-o", "jsonpath={.metadata.resourceVersion}"]);
    k.run(&["apply", "--server-side", "--validate=false", "-f", cr_path.to_str().unwrap()]);
    let rv2 = k.stdout(&["get", "widget", "w1", "-n", "fidelity", "-o", "jsonpath={.metadata.resourceVersion}"]);
    assert_eq!(rv1, rv2, "second apply is a no-op");
    let json: serde_json::Value = serde_json::from_str(&k.stdout(&["get", "wd", "w1", "-n", "fidelity", "-o", "json"])).unwrap();
    assert_eq!((json["kind"].as_str(), json["spec"]["size"].as_i64()), (Some("Widget"), Some(3)));
    let sel = k.stdout(&["get", "widgets", "-n", "fidelity", "-l", "app=demo", "-o", "name"]);
    assert_eq!(sel.trim(), "widget.example.com/w1");
    assert!(k.stdout(&["get", "widgets", "-n", "fidelity", "-l", "app!=demo", "-o", "name"]).trim().is_empty());
    assert!(k.stdout(&["label", "widget", "w1", "-n", "fidelity", "tier=gold"]).contains("labeled"));
    assert_eq!(k.stdout(&["get", "widget", "w1", "-n", "fidelity", "-o", "jsonpath={.metadata.labels.tier}"]), "gold");
    // get -w sees an event
    let mut watch = k.cmd(&["get", "configmaps", "-n", "fidelity", "-w", "-o", "name"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(700));
    k.run(&["create", "configmap", "seen", "-n", "fidelity", "--from-literal=a=b"]);
    std::thread::sleep(Duration::from_millis(700));
    let _ = watch.kill();
    let out = watch.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("configmap/seen"), "watch output: {text}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(k.stdout(&["delete", "widget", "w1", "-n", "fidelity"]).contains("deleted"));
    // delete ns waits until it is gone
    assert!(k.stdout(&["delete", "ns", "fidelity", "--timeout=30s"]).contains("namespace \"fidelity\" deleted"));
    assert!(s.object("", "namespaces", "", "fidelity").is_none(), "kubectl returned only after the namespace was gone");
    let out = k.cmd(&["get", "ns", "fidelity"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Error from server (NotFound): namespaces \"fidelity\" not found"));
    // With plain JSON discovery kubectl falls back to one request per group version.
    s.set_aggregated_discovery(false);
    s.reset_requests();
    let cache2 = dir.path().join("cache-plain");
    let k2 = Kubectl { kubeconfig: &kc, cache: &cache2 };
    assert!(k2.stdout(&["get", "deployments", "-A", "-o", "name"]).trim().is_empty());
    let paths: Vec<String> = s.requests().log.iter().map(|r| r.path.clone()).collect();
    assert!(paths.iter().any(|p| p == "/apis/apps/v1") && paths.iter().any(|p| p == "/api/v1"), "per-GV discovery: {paths:?}");
}
