//! Dynamic completion driven as the shells drive it: bash through the committed registration
//! script (sourced in a real bash, COMP_WORDS set, the function called), zsh and fish with the
//! environment and arguments their scripts pass. Candidates come from kube-sim; an unreachable
//! cluster completes nothing, prints nothing, and stays within the one-second budget.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::{Cluster, istioctl, repo_root};

/// Value candidates for the last word of `line` (an empty last word when `line` ends with a
/// space), asked as `shell`'s registration script asks; `kubeconfig` is the KUBECONFIG of the
/// shell. The flags the engine also offers for an empty word are left out.
fn complete(shell: &str, kubeconfig: &Path, line: &str) -> Vec<String> {
    let mut all = candidates(shell, kubeconfig, line);
    all.retain(|c| !c.starts_with('-'));
    all
}

fn candidates(shell: &str, kubeconfig: &Path, line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split(' ').collect();
    if shell == "bash" {
        return complete_in_bash(kubeconfig, &words);
    }
    let mut cmd = istioctl();
    cmd.env("KUBECONFIG", kubeconfig).env("ISTIOCTL_COMPLETE", shell).arg("--").args(&words);
    if shell == "zsh" {
        cmd.env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string()).env("_CLAP_IFS", "\n");
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{shell} {line:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // zsh: `value:description`, fish: `value<TAB>description`.
    let sep = if shell == "zsh" { ':' } else { '\t' };
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split(sep).next().unwrap_or("").to_string())
        .collect()
}

fn complete_in_bash(kubeconfig: &Path, words: &[&str]) -> Vec<String> {
    let bin = assert_cmd::cargo::cargo_bin("istioctl");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let script = format!(
        "source {}\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_TYPE=9\n_clap_complete_istioctl istioctl {} {}\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"",
        repo_root().join("completions/istioctl.bash").display(),
        quoted.join(" "),
        words.len() - 1,
        quoted[words.len() - 1],
        quoted[words.len().saturating_sub(2)],
    );
    let out = std::process::Command::new("bash")
        .arg("--norc")
        .arg("-c")
        .arg(script)
        .env("PATH", path)
        .env("KUBECONFIG", kubeconfig)
        .env("HOME", std::env::temp_dir().join("istioctl-test-home"))
        .env_remove("ISTIOCTL_ISTIONAMESPACE")
        .output()
        .unwrap();
    assert!(out.status.success(), "bash: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[test]
fn cluster_names_complete_in_every_shell() {
    let c = Cluster::start();
    c.gateway_api();
    c.namespace("apps", json!({}));
    c.namespace("shop", json!({}));
    c.install_revision("canary");
    c.ok(&["tag", "set", "prod", "--revision", "canary"]);
    c.ok(&["waypoint", "apply", "-n", "apps", "--name", "wp-east"]);
    c.ok(&["waypoint", "apply", "-n", "apps", "--name", "wp-west"]);
    let kc = c.kubeconfig();
    for shell in ["bash", "zsh", "fish"] {
        let ns = complete(shell, kc, "istioctl -n ");
        assert!(
            ns.contains(&"apps".into()) && ns.contains(&"shop".into()) && ns.contains(&"istio-system".into()),
            "{shell}: {ns:?}"
        );
        assert_eq!(
            complete(shell, kc, "istioctl tag list -n sh"),
            ["shop"],
            "{shell}: -n after a subcommand, by prefix"
        );
        assert_eq!(complete(shell, kc, "istioctl namespace enable a"), ["apps"], "{shell}");
        assert_eq!(complete(shell, kc, "istioctl namespace enable apps -r "), ["canary"], "{shell}");
        assert_eq!(complete(shell, kc, "istioctl version --revision "), ["canary"], "{shell}");
        assert_eq!(complete(shell, kc, "istioctl tag remove "), ["prod"], "{shell}");
        assert_eq!(
            complete(shell, kc, "istioctl waypoint delete -n apps "),
            ["wp-east", "wp-west"],
            "{shell}"
        );
        assert_eq!(
            complete(shell, kc, "istioctl waypoint status -n apps --name wp-w"),
            ["wp-west"],
            "{shell}"
        );
        assert!(
            complete(shell, kc, "istioctl waypoint delete -n shop ").is_empty(),
            "{shell}: another namespace has none"
        );
    }
}

#[test]
fn contexts_come_from_the_kubeconfig_the_line_names() {
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("config");
    std::fs::write(
        &kc,
        "apiVersion: v1\nkind: Config\ncurrent-context: kind-east\nclusters: []\nusers: []\ncontexts:\n\
         - {name: kind-east, context: {cluster: east}}\n- {name: kind-west, context: {cluster: west}}\n- {name: prod, context: {cluster: p}}\n",
    )
    .unwrap();
    let empty = dir.path().join("none");
    for shell in ["bash", "zsh", "fish"] {
        assert_eq!(
            complete(shell, &kc, "istioctl --context "),
            ["kind-east", "kind-west", "prod"],
            "{shell}"
        );
        assert_eq!(
            complete(shell, &kc, "istioctl analyze --context kind-"),
            ["kind-east", "kind-west"],
            "{shell}"
        );
        // `--kubeconfig` on the line wins over KUBECONFIG.
        let line = format!("istioctl --kubeconfig {} --context p", kc.display());
        assert_eq!(complete(shell, &empty, &line), ["prod"], "{shell}");
    }
}

#[test]
fn profiles_complete_for_dump_diff_and_set() {
    let none = Path::new("/nonexistent/kubeconfig");
    for shell in ["bash", "zsh", "fish"] {
        let dump = complete(shell, none, "istioctl profile dump ");
        assert!(
            ["ambient", "default", "demo", "minimal"].iter().all(|p| dump.contains(&p.to_string())),
            "{shell}: {dump:?}"
        );
        assert_eq!(complete(shell, none, "istioctl profile diff defa"), ["default"], "{shell}");
        assert_eq!(complete(shell, none, "istioctl install --set prof"), ["profile="], "{shell}");
        assert_eq!(
            complete(shell, none, "istioctl manifest generate --set profile=dem"),
            ["profile=demo"],
            "{shell}"
        );
    }
    // A -d directory brings its own profiles.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("profiles")).unwrap();
    std::fs::write(
        dir.path().join("profiles/custom.yaml"),
        "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\n",
    )
    .unwrap();
    let line = format!("istioctl profile dump -d {} ", dir.path().display());
    assert_eq!(complete("fish", none, &line), ["custom"]);
}

#[test]
fn an_unreachable_cluster_completes_nothing_quietly_within_a_second() {
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("config");
    std::fs::write(
        &kc,
        format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: silent\nclusters:\n- {{name: silent, cluster: {{server: 'http://127.0.0.1:{port}'}}}}\n\
             contexts:\n- {{name: silent, context: {{cluster: silent, user: u}}}}\nusers:\n- {{name: u, user: {{token: t}}}}\n"
        ),
    )
    .unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let start = Instant::now();
        // `complete` also checks that nothing reached stderr.
        assert!(complete(shell, &kc, "istioctl -n ").is_empty(), "{shell}");
        assert!(complete(shell, &kc, "istioctl tag remove ").is_empty(), "{shell}");
        // The flags are still offered.
        assert!(
            candidates(shell, &kc, "istioctl tag remove ").contains(&"--skip-confirmation".into()),
            "{shell}"
        );
        // A hang guard, not a speed figure: without the 1 s bound each look-up waits for the
        // client's own read timeout (minutes), so a generous limit still tells them apart.
        assert!(start.elapsed() < Duration::from_secs(30), "{shell}: the look-ups hung: {:?}", start.elapsed());
    }
    drop(listener);
}

#[test]
fn no_descriptions_drops_help_text_from_candidates() {
    let none = Path::new("/nonexistent/kubeconfig");
    let with =
        istioctl().env("ISTIOCTL_COMPLETE", "fish").args(["--", "istioctl", "val"]).output().unwrap().stdout;
    assert_eq!(String::from_utf8(with).unwrap(), "validate\tValidate Istio policy and rules files\n");
    let script = String::from_utf8(
        istioctl().args(["completion", "fish", "--no-descriptions"]).output().unwrap().stdout,
    )
    .unwrap();
    assert!(script.contains("ISTIOCTL_COMPLETE_PLAIN=fish"), "{script}");
    let without = istioctl()
        .env("ISTIOCTL_COMPLETE_PLAIN", "fish")
        .env("KUBECONFIG", none)
        .args(["--", "istioctl", "val"])
        .output();
    assert_eq!(String::from_utf8(without.unwrap().stdout).unwrap(), "validate\n");
}
