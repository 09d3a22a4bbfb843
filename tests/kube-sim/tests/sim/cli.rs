//! The `kube-sim` binary: flags, the `listening on` first line, the kubeconfig, SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn binary_prints_url_writes_kubeconfig_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("kubeconfig");
    let mut child = Command::new(env!("CARGO_BIN_EXE_kube-sim"))
        .args(["--kubeconfig", kc.to_str().unwrap(), "--tls", "--token", "t0k", "--nodes", "2", "--ready-after", "10", "--seed", "3", "--fault-rate", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().strip_prefix("listening on ").unwrap_or_else(|| panic!("first line: {line:?}")).to_string();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    let text = std::fs::read_to_string(&kc).unwrap();
    assert!(text.contains(&format!("server: {url}")) && text.contains("current-context: kube-sim") && text.contains("token: t0k"));
    assert!(text.contains("certificate-authority-data:"));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let client = crate::support::kube_client_from_kubeconfig(&kc).await.unwrap();
        let nodes: kube::Api<k8s_openapi::api::core::v1::Node> = kube::Api::all(client);
        assert_eq!(nodes.list(&Default::default()).await.unwrap().items.len(), 2);
    });
    assert!(Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap().success());
    let status = child.wait().unwrap();
    assert!(status.success(), "exits cleanly on SIGTERM: {status:?}");
    let bad = Command::new(env!("CARGO_BIN_EXE_kube-sim")).arg("--bogus").output().unwrap();
    assert_eq!(bad.status.code(), Some(64));
}
