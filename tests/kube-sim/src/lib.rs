//! kube-sim: a stateful in-memory Kubernetes API server for tests (dev-only, never shipped).
//! Start it in-process with [`KubeSim::start`] (it runs on its own thread and runtime, so sync
//! and async tests alike can use it), write a kubeconfig with [`KubeSim::write_kubeconfig`],
//! read request counters with [`KubeSim::requests`]. The `kube-sim` binary wraps the same API.

// Handlers return Status errors by value; they are rare and boxing them buys nothing here.
#![allow(clippy::result_large_err)]

mod api;
mod controller;
mod defaults;
mod discovery;
mod fields;
mod kinds;
mod patch;
mod portforward;
mod proto;
mod selector;
mod server;
mod status;
mod store;
mod util;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

pub use portforward::FORWARD_ANNOTATION;
pub use server::{RequestRecord, RequestStats};
use serde_json::Value;

/// How to run the simulator.
#[derive(Debug, Clone)]
pub struct Options {
    /// 0 picks a free port on 127.0.0.1.
    pub port: u16,
    /// Serve HTTPS with a fresh CA (written into the kubeconfig).
    pub tls: bool,
    /// Require `Authorization: Bearer <token>` (401 otherwise).
    pub token: Option<String>,
    /// Nodes for DaemonSets and scheduling (at least 1).
    pub nodes: usize,
    /// How long a pod takes from creation to Running/Ready.
    pub ready_after: Duration,
    /// Share of requests (0.0–1.0) that fail with 500/429/503, a dropped connection or a delay.
    pub fault_rate: f64,
    /// Seed that makes the fault sequence deterministic.
    pub seed: u64,
    /// Answer aggregated discovery v2 when asked (on by default).
    pub aggregated_discovery: bool,
    /// Watch events kept for resuming watches; older resourceVersions get 410 Gone.
    pub history: usize,
    /// Resources the client may not touch (RBAC denial): `plural` for the core group or
    /// `plural.group`; every verb on them answers 403 Forbidden as the API server words it.
    pub deny: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            port: 0,
            tls: false,
            token: None,
            nodes: 1,
            ready_after: Duration::from_millis(0),
            fault_rate: 0.0,
            seed: 0,
            aggregated_discovery: true,
            history: 10_000,
            deny: Vec::new(),
        }
    }
}

/// A running simulator. Dropping it stops the server.
pub struct KubeSim {
    url: String,
    ca_pem: Option<String>,
    token: Option<String>,
    shared: Arc<server::Shared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

struct Launched {
    url: String,
    ca_pem: Option<String>,
    shared: Arc<server::Shared>,
}

async fn launch(opts: &Options) -> std::io::Result<Launched> {
    let mut st = store::Store::new(opts.history.max(16));
    st.seed(opts.nodes.max(1));
    let shared = server::Shared::new(st, opts);
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], opts.port))).await?;
    let addr = listener.local_addr()?;
    let (tls, ca_pem) = if opts.tls {
        let (acc, pem) = server::tls_setup().map_err(std::io::Error::other)?;
        (Some(acc), Some(pem))
    } else {
        (None, None)
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    tokio::spawn(server::serve(shared.clone(), listener, tls));
    tokio::spawn(controller::run(shared.clone()));
    shared.wake();
    Ok(Launched { url: format!("{scheme}://{addr}"), ca_pem, shared })
}

impl KubeSim {
    /// Start on 127.0.0.1 (port from `opts.port`, 0 = any) on a dedicated thread.
    pub fn start(opts: Options) -> std::io::Result<KubeSim> {
        let (tx, rx) = std::sync::mpsc::channel();
        let token = opts.token.clone();
        let thread = std::thread::Builder::new().name("kube-sim".into()).spawn(move || {
            let rt = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            };
            rt.block_on(async move {
                match launch(&opts).await {
                    Ok(l) => {
                        let shared = l.shared.clone();
                        let mut stop = shared.stop_rx();
                        let _ = tx.send(Ok(l));
                        let _ = stop.changed().await;
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
            rt.shutdown_timeout(Duration::from_millis(200));
        })?;
        let l = rx.recv().map_err(|_| std::io::Error::other("kube-sim thread died"))??;
        Ok(KubeSim { url: l.url, ca_pem: l.ca_pem, token, shared: l.shared, thread: Some(thread) })
    }

    /// `http://127.0.0.1:PORT` or `https://…`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The CA certificate (PEM) when serving TLS.
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// A kubeconfig with cluster, user and context all named `kube-sim` (namespace `default`).
    pub fn kubeconfig_yaml(&self) -> String {
        kubeconfig(&self.url, self.ca_pem.as_deref(), self.token.as_deref())
    }

    pub fn write_kubeconfig(&self, path: impl AsRef<Path>) -> std::io::Result<()> {
        std::fs::write(path, self.kubeconfig_yaml())
    }

    /// Request counters and the recent request log.
    pub fn requests(&self) -> RequestStats {
        self.shared.stats.lock().unwrap().clone()
    }

    pub fn reset_requests(&self) {
        *self.shared.stats.lock().unwrap() = RequestStats::default();
    }

    /// Change the fault rate at run time (the seeded sequence continues).
    pub fn set_fault_rate(&self, rate: f64) {
        self.shared.faults.lock().unwrap().rate = rate;
    }

    /// Turn the simulated Istio gateway controller on or off: while off, waypoint Gateways stay
    /// `Programmed=Unknown` with reason `Pending` ("Waiting for controller").
    pub fn set_gateway_controller(&self, on: bool) {
        self.shared.gateway_controller.store(on, Ordering::Relaxed);
        self.shared.wake();
    }

    /// Deny every verb on a resource (`plural` or `plural.group`) from now on, as RBAC would.
    pub fn deny(&self, resource: &str) {
        self.shared.denied.lock().unwrap().push(resource.to_string());
    }

    pub fn set_aggregated_discovery(&self, on: bool) {
        self.shared.aggregated.store(on, Ordering::Relaxed);
    }

    /// Simulate a watch-cache reset: forget the event history (watches from any earlier
    /// resourceVersion get 410 Gone) and end every open watch stream.
    pub fn compact(&self) {
        self.shared.store.lock().unwrap().compact();
        self.shared.close_watches();
    }

    /// The current global resourceVersion.
    pub fn resource_version(&self) -> u64 {
        self.shared.store.lock().unwrap().rv
    }

    /// Read an object straight from the store (`group` "" for the core group, `plural` resource name).
    pub fn object(&self, group: &str, plural: &str, namespace: &str, name: &str) -> Option<Value> {
        let store = self.shared.store.lock().unwrap();
        let t = store.type_by_key(&format!("{group}/{plural}"))?;
        store.get(&t, namespace, name).cloned()
    }

    /// Names (`namespace/name` or `name`) of every stored object of a resource.
    pub fn names(&self, group: &str, plural: &str) -> Vec<String> {
        let store = self.shared.store.lock().unwrap();
        let Some(t) = store.type_by_key(&format!("{group}/{plural}")) else { return vec![] };
        store
            .list(&t, None)
            .into_iter()
            .map(|o| {
                let (ns, n) = (store::meta_str(o, "namespace"), store::meta_str(o, "name"));
                if ns.is_empty() { n.to_string() } else { format!("{ns}/{n}") }
            })
            .collect()
    }

    /// Stop serving and wait for the server thread.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.stop();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for KubeSim {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// kubeconfig text for a kube-sim URL (context, cluster and user all `kube-sim`).
pub fn kubeconfig(url: &str, ca_pem: Option<&str>, token: Option<&str>) -> String {
    use base64::Engine;
    let mut s = String::from("apiVersion: v1\nkind: Config\nclusters:\n- name: kube-sim\n  cluster:\n");
    s.push_str(&format!("    server: {url}\n"));
    if let Some(pem) = ca_pem {
        s.push_str(&format!("    certificate-authority-data: {}\n", base64::engine::general_purpose::STANDARD.encode(pem)));
    }
    s.push_str("contexts:\n- name: kube-sim\n  context:\n    cluster: kube-sim\n    user: kube-sim\n    namespace: default\ncurrent-context: kube-sim\nusers:\n- name: kube-sim\n  user:");
    match token {
        Some(t) => s.push_str(&format!("\n    token: {t}\n")),
        None => s.push_str(" {}\n"),
    }
    s
}

/// Run until `shutdown` resolves (used by the binary): returns after the server stopped.
pub async fn run_until(opts: Options, kubeconfig_path: &Path, on_ready: impl FnOnce(&str), shutdown: impl std::future::Future<Output = ()>) -> std::io::Result<()> {
    let l = launch(&opts).await?;
    std::fs::write(kubeconfig_path, kubeconfig(&l.url, l.ca_pem.as_deref(), opts.token.as_deref()))?;
    on_ready(&l.url);
    shutdown.await;
    l.shared.stop();
    tokio::time::sleep(Duration::from_millis(20)).await;
    Ok(())
}
