//! Black-box cluster tests: a kube-sim started in-process, a temp kubeconfig pointing at it, the
//! built `istioctl` run against it, and helpers to seed objects (server-side apply through a kube
//! client) and read them back from the simulator's store.

use std::path::PathBuf;

use kube::api::{Api, DynamicObject, GroupVersionKind, Patch, PatchParams};
use kube_sim::{KubeSim, Options};
use serde_json::{Value, json};

use crate::support::istioctl;

/// The outcome of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
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
        let out = istioctl().arg("--kubeconfig").arg(&self.kubeconfig).args(args).write_stdin("").output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
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
