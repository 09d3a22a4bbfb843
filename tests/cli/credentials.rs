//! Credentials are never printed (a planted secret is grepped for on every error path), and
//! kubeconfig tokens are read as kubectl reads them (block scalars, token files ending in a
//! newline); a token that cannot be sent is an error naming the field, never a panic.

use std::path::Path;

use kube_sim::{KubeSim, Options};

use crate::support::istioctl;

const SECRET: &str = "s3cr3t-planted-7f3a";

/// The commands that build a cluster client, each run on every broken kubeconfig.
const COMMANDS: &[&[&str]] = &[
    &["version"],
    &["version", "-o", "json"],
    &["namespace", "list"],
    &["tag", "list"],
    &["waypoint", "list"],
    &["install", "-y", "--set", "profile=minimal"],
    &["uninstall", "--purge", "-y"],
    &["verify-install"],
    &["manifest", "generate", "--cluster-specific"],
];

fn kubeconfig(server: &str, user: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n- name: c\n  cluster:\n    server: \"{server}\"\n    insecure-skip-tls-verify: true\ncontexts:\n- name: x\n  context: {{cluster: c, user: u}}\nusers:\n- name: u\n  user:\n{user}"
    )
}

fn run(kubeconfig: &Path, args: &[&str]) -> (i32, String) {
    let out = istioctl()
        .arg("--kubeconfig")
        .arg(kubeconfig)
        .args(args)
        .args(["--kubeclient-timeout", "3s"])
        .write_stdin("")
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn no_error_path_prints_a_planted_secret() {
    let sim =
        KubeSim::start(Options { token: Some("the-right-token".into()), ..Default::default() }).unwrap();
    let with_password = sim.url().replacen("://", &format!("://admin:{SECRET}@"), 1);
    let cases = [
        (
            "unreachable server, password in the URL",
            kubeconfig(&format!("https://admin:{SECRET}@127.0.0.1:1"), &format!("    token: {SECRET}\n")),
        ),
        ("wrong token, password in the URL", kubeconfig(&with_password, &format!("    token: {SECRET}\n"))),
        (
            "malformed YAML next to the credentials",
            kubeconfig(
                sim.url(),
                &format!("    token: {SECRET}\n    client-key-data: {SECRET}\n  bad: [unclosed\n"),
            ),
        ),
        ("token that cannot be a header", kubeconfig(sim.url(), &format!("    token: \"{SECRET}\\nx\"\n"))),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (what, text) in cases {
        let path = dir.path().join("kubeconfig");
        std::fs::write(&path, text).unwrap();
        for args in COMMANDS {
            let (code, out) = run(&path, args);
            assert!(!out.contains(SECRET), "{what}: istioctl {args:?} printed the secret:\n{out}");
            assert!(code == 0 || code == 1, "{what}: istioctl {args:?} exited {code}:\n{out}");
        }
    }
}

#[test]
fn malformed_kubeconfig_names_file_and_line_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kc");
    std::fs::write(
        &path,
        kubeconfig("https://127.0.0.1:1", &format!("    token: {SECRET}\n  bad: [unclosed\n")),
    )
    .unwrap();
    let (code, out) = run(&path, &["namespace", "list"]);
    assert_eq!(code, 1);
    assert!(out.contains(&format!("kubeconfig {} is malformed at line", path.display())), "{out}");
}

#[test]
fn tokens_are_trimmed_as_kubectl_does() {
    let sim = KubeSim::start(Options { token: Some("tok-123".into()), ..Default::default() }).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let block = dir.path().join("block");
    std::fs::write(&block, kubeconfig(sim.url(), "    token: |\n      tok-123\n")).unwrap();
    let (code, out) = run(&block, &["namespace", "list"]);
    assert_eq!(code, 0, "token as a block scalar: {out}");

    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "tok-123\n").unwrap();
    let with_file = dir.path().join("file");
    std::fs::write(&with_file, kubeconfig(sim.url(), &format!("    tokenFile: {}\n", token_file.display())))
        .unwrap();
    let (code, out) = run(&with_file, &["namespace", "list"]);
    assert_eq!(code, 0, "tokenFile ending in a newline: {out}");

    let bad = dir.path().join("bad");
    std::fs::write(&bad, kubeconfig(sim.url(), "    token: \"tok\\n123\"\n")).unwrap();
    let (code, out) = run(&bad, &["version"]);
    assert_eq!(code, 0, "version still prints the client part: {out}");
    assert!(out.contains("users[\"u\"].user.token"), "{out}");
}
