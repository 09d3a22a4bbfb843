//! The one test harness of the integration binary:
//! - [`istioctl`] — the built binary with a clean environment; [`Run`] — one run's exit code,
//!   stdout and stderr, and its [`Run::transcript`] (the text a CLI snapshot holds);
//! - [`repo_cmd`] / [`repo_run`] — runs from the repository root (example paths print relative);
//! - [`Cluster`] — the kube-sim fixture: a simulator started in-process, a temp kubeconfig for it,
//!   seeding (server-side apply through a kube client) and reading its store;
//! - [`cli_snapshot!`] — `insta` snapshot of a transcript with [`redact`]ed loopback ports, temp
//!   paths and timestamps, so snapshots hold across runs and machines;
//! - [`check_generated`] — freshness of generated files (`ISTIOCTL_BLESS=1` rewrites them).

use std::path::PathBuf;

use assert_cmd::Command;
use kube::api::{Api, DynamicObject, GroupVersionKind, Patch, PatchParams};
use kube_sim::{KubeSim, Options};
use serde_json::{Value, json};

/// The built `istioctl`, with no kubeconfig and no colour.
pub fn istioctl() -> Command {
    let mut cmd = Command::cargo_bin("istioctl").expect("istioctl binary");
    cmd.env_remove("KUBECONFIG")
        .env("HOME", std::env::temp_dir().join("istioctl-test-home"))
        .env("NO_COLOR", "1")
        .env_remove("ISTIOCTL_ISTIONAMESPACE");
    cmd
}

/// The repository root (where Cargo.toml is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The outcome of one run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Runs `cmd` to completion.
    pub fn of(cmd: &mut Command) -> Run {
        let out = cmd.output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Exit code, stdout and stderr as one text (`--- end` keeps trailing blank lines visible).
    pub fn transcript(&self) -> String {
        format!("exit: {}\n--- stdout\n{}--- stderr\n{}--- end", self.code, self.stdout, self.stderr)
    }
}

/// `istioctl` run from the repository root (example paths print relative).
pub fn repo_cmd() -> Command {
    let mut cmd = istioctl();
    cmd.current_dir(repo_root());
    cmd
}

/// Runs `istioctl ARGS` from the repository root, with `stdin` if given (else empty).
pub fn repo_run(args: &[&str], stdin: Option<&str>) -> Run {
    Run::of(repo_cmd().args(args).write_stdin(stdin.unwrap_or("")))
}

/// Replaces what changes from run to run: loopback ports (`127.0.0.1:[PORT]`), temp paths
/// (`[TMP]/…`) and RFC 3339 timestamps (`[TIME]`).
pub fn redact(text: &str) -> String {
    use std::sync::OnceLock;
    static RULES: OnceLock<Vec<(regex::Regex, &'static str)>> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        let tmp = regex::escape(std::env::temp_dir().to_string_lossy().trim_end_matches('/'));
        vec![
            (regex::Regex::new(r"(127\.0\.0\.1|localhost|\[::1\]):\d+").unwrap(), "$1:[PORT]"),
            (regex::Regex::new(&format!(r"{tmp}/[^\s:\x22'`)]+")).unwrap(), "[TMP]"),
            (regex::Regex::new(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)").unwrap(), "[TIME]"),
        ]
    });
    let mut out = text.to_string();
    for (re, with) in rules {
        out = re.replace_all(&out, *with).into_owned();
    }
    out
}

/// Snapshots a [`Run`]'s transcript (or any text) after [`redact`]: where output is the contract
/// (tables, JSON, help, errors), tests hold all of it, not a `.contains`.
#[macro_export]
macro_rules! cli_snapshot {
    ($run:expr) => {
        insta::assert_snapshot!($crate::support::redact(&$crate::support::Transcript::text(&$run)))
    };
    ($name:expr, $run:expr) => {
        insta::assert_snapshot!($name, $crate::support::redact(&$crate::support::Transcript::text(&$run)))
    };
}

/// What [`cli_snapshot!`] accepts: a [`Run`] (its transcript) or plain text.
pub trait Transcript {
    fn text(&self) -> String;
}
impl Transcript for Run {
    fn text(&self) -> String {
        self.transcript()
    }
}
impl Transcript for String {
    fn text(&self) -> String {
        self.clone()
    }
}
impl Transcript for &str {
    fn text(&self) -> String {
        self.to_string()
    }
}

/// Compares `actual` with the committed file at `rel`; with `ISTIOCTL_BLESS=1` rewrites it
/// instead. Fails with a hint naming the command that regenerates it.
pub fn check_generated(rel: &str, actual: &str) {
    let path = repo_root().join(rel);
    if std::env::var_os("ISTIOCTL_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == actual,
        "{rel} is stale: regenerate it with `ISTIOCTL_BLESS=1 cargo test --test cli generated` and commit it"
    );
}


/// A running simulator with a kubeconfig for it.
pub struct Cluster {
    pub sim: KubeSim,
    _dir: tempfile::TempDir,
    kubeconfig: PathBuf,
}

impl Cluster {
    pub fn start() -> Cluster {
        Cluster::start_with(Options::default())
    }

    /// A simulator with the given options (TLS, token, ready delay …).
    pub fn start_with(options: Options) -> Cluster {
        let sim = KubeSim::start(options).expect("start kube-sim");
        let dir = tempfile::tempdir().unwrap();
        let kubeconfig = dir.path().join("kubeconfig");
        sim.write_kubeconfig(&kubeconfig).unwrap();
        Cluster { sim, _dir: dir, kubeconfig }
    }

    /// Runs `istioctl --kubeconfig <sim> ARGS` with empty stdin.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(istioctl().arg("--kubeconfig").arg(&self.kubeconfig).args(args).write_stdin(""))
    }

    /// Like `run`, but the command must succeed; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "istioctl {args:?} failed:\nstdout: {}\nstderr: {}", r.stdout, r.stderr);
        r.stdout
    }

    /// Server-side applies every document of `yaml` (namespaced objects without a namespace go to `default`).
    pub fn apply(&self, yaml: &str) {
        let docs: Vec<Value> = serde_saphyr::from_multiple(yaml).unwrap();
        let docs: Vec<Value> = docs.into_iter().filter(|d| d.is_object()).collect();
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let client = self.client().await;
            for doc in docs {
                let (group, version) = match doc["apiVersion"].as_str().unwrap().split_once('/') {
                    Some((g, v)) => (g.to_string(), v.to_string()),
                    None => (String::new(), doc["apiVersion"].as_str().unwrap().to_string()),
                };
                let gvk = GroupVersionKind::gvk(&group, &version, doc["kind"].as_str().unwrap());
                let (ar, caps) = kube::discovery::pinned_kind(&client, &gvk).await.unwrap();
                let name = doc["metadata"]["name"].as_str().unwrap().to_string();
                let api: Api<DynamicObject> = if caps.scope == kube::discovery::Scope::Namespaced {
                    Api::namespaced_with(client.clone(), doc["metadata"]["namespace"].as_str().unwrap_or("default"), &ar)
                } else {
                    Api::all_with(client.clone(), &ar)
                };
                api.patch(&name, &PatchParams::apply("test-seed").force(), &Patch::Apply(&doc)).await.unwrap();
            }
        });
    }

    /// A kube client for the simulator (seeding objects the way a user would).
    async fn client(&self) -> kube::Client {
        let config = kube::Config::from_custom_kubeconfig(
            kube::config::Kubeconfig::read_from(&self.kubeconfig).unwrap(),
            &Default::default(),
        )
        .await
        .unwrap();
        kube::Client::try_from(config).unwrap()
    }

    /// The kubeconfig file that points at the simulator.
    pub fn kubeconfig(&self) -> &std::path::Path {
        &self.kubeconfig
    }

    /// Deletes a core-group object (`plural` e.g. "pods") through the API, as kubectl would.
    pub fn delete_core(&self, plural: &str, ns: &str, name: &str) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let client = self.client().await;
            let gvk = GroupVersionKind::gvk("", "v1", "");
            let ar = kube::api::ApiResource::from_gvk_with_plural(&gvk, plural);
            let api: Api<DynamicObject> = Api::namespaced_with(client, ns, &ar);
            api.delete(name, &Default::default()).await.unwrap();
        });
    }

    /// An object from the simulator's store (`group` "" for core, `plural` resource name).
    pub fn get(&self, group: &str, plural: &str, ns: &str, name: &str) -> Option<Value> {
        self.sim.object(group, plural, ns, name)
    }

    pub fn namespace(&self, name: &str, labels: Value) {
        self.apply(&json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}}).to_string());
    }

    /// Registers the Gateway API `Gateway` kind (a minimal CRD: v1, namespaced, status subresource).
    pub fn gateway_api(&self) {
        let crd = json!({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": "gateways.gateway.networking.k8s.io"},
            "spec": {"group": "gateway.networking.k8s.io", "scope": "Namespaced",
                "names": {"plural": "gateways", "singular": "gateway", "kind": "Gateway", "listKind": "GatewayList"},
                "versions": [{"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
                    "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]}
        });
        self.apply(&crd.to_string());
        // Wait until discovery serves it (CRDs become established asynchronously).
        for _ in 0..100 {
            if self.sim.names("apiextensions.k8s.io", "customresourcedefinitions").iter().any(|n| n == "gateways.gateway.networking.k8s.io")
                && self.sim.names("gateway.networking.k8s.io", "gateways").is_empty()
            {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Simulates an installed control plane of `revision` ("" for the default revision): the
    /// injector webhook and istiod Service that `manifest generate` renders, applied as-is.
    pub fn install_revision(&self, revision: &str) {
        self.install_revision_parts(revision, true);
    }

    /// Like `install_revision`, optionally without the istiod Service (a broken control plane).
    pub fn install_revision_parts(&self, revision: &str, with_service: bool) {
        let mut args = vec!["manifest", "generate"];
        let set;
        if !revision.is_empty() {
            set = format!("revision={revision}");
            args.extend(["--set", set.as_str()]);
        }
        let manifest = self.ok(&args);
        let docs: Vec<Value> = serde_saphyr::from_multiple(&manifest).unwrap();
        let wanted: Vec<Value> = docs
            .into_iter()
            .filter(|d| {
                (d["kind"] == "MutatingWebhookConfiguration")
                    || (with_service && d["kind"] == "Service" && d["metadata"]["labels"]["app"] == "istiod")
                    || (d["kind"] == "Namespace")
            })
            .collect();
        assert!(wanted.iter().any(|d| d["kind"] == "MutatingWebhookConfiguration"), "manifest generate rendered no injector webhook");
        if self.get("", "namespaces", "", "istio-system").is_none() {
            self.namespace("istio-system", json!({}));
        }
        for d in wanted {
            self.apply(&d.to_string());
        }
    }
}

/// Parses every YAML document of `text`.
pub fn yaml_docs(text: &str) -> Vec<Value> {
    serde_saphyr::from_multiple::<Value>(text).unwrap().into_iter().filter(|d| d.is_object()).collect()
}
