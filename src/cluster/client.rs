//! Builds a kube client the way kubectl resolves its target: `--kubeconfig` or the KUBECONFIG
//! list (merged, first wins) or ~/.kube/config, else in-cluster; `--context`; impersonation;
//! TLS verified unless the kubeconfig says `insecure-skip-tls-verify`. Token, client
//! certificate and exec credential plugins come from kube's own auth support.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context as _;

use super::credentials;
use kube::config::{KubeConfigOptions, Kubeconfig};

/// What the command line says about the target cluster.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    pub kubeconfig: Option<PathBuf>,
    pub context: Option<String>,
    pub impersonate_user: Option<String>,
    pub impersonate_uid: Option<String>,
    pub impersonate_groups: Vec<String>,
    /// Per-request timeout (`--kubeclient-timeout`).
    pub timeout: Duration,
}

/// A connected client plus what it was resolved from (for messages).
#[derive(Clone)]
pub struct Cluster {
    pub client: kube::Client,
    /// The context name in use (empty for in-cluster config).
    pub context: String,
    /// The API server URL.
    pub server: String,
    /// The context's namespace, else `default`.
    pub default_namespace: String,
    pub timeout: Duration,
}

impl std::fmt::Debug for Cluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cluster").field("context", &self.context).field("server", &self.server).finish()
    }
}

impl Cluster {
    /// One API call: retried while the failure is transient (429, 5xx, dropped connections),
    /// then mapped to a typed [`super::errors::Error`] that names `op`.
    pub async fn call<T, F, Fut>(&self, op: super::errors::Op<'_>, f: F) -> Result<T, super::errors::Error>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, kube::Error>>,
    {
        super::retry::with_retry(f).await.map_err(|e| super::errors::Error::from_kube(e, op, &self.server))
    }
}

/// Loads the kubeconfig the options name (no network).
pub fn load_kubeconfig(opts: &ConnectOptions) -> anyhow::Result<Option<Kubeconfig>> {
    if let Some(path) = &opts.kubeconfig {
        let kc = Kubeconfig::read_from(path)
            .map_err(|e| credentials::read_error(&path.display().to_string(), &e))?;
        return Ok(Some(kc));
    }
    if let Some(kc) = Kubeconfig::from_env().map_err(|e| credentials::read_error("(KUBECONFIG)", &e))? {
        return Ok(Some(kc));
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    match home.map(|h| h.join(".kube").join("config")) {
        Some(p) if p.exists() => Ok(Some(
            Kubeconfig::read_from(&p).map_err(|e| credentials::read_error(&p.display().to_string(), &e))?,
        )),
        _ => Ok(None),
    }
}

/// The context names of the kubeconfig the options name, in file order (no network; an
/// unreadable kubeconfig has none).
pub fn context_names(opts: &ConnectOptions) -> Vec<String> {
    let Ok(Some(kc)) = load_kubeconfig(opts) else { return Vec::new() };
    kc.contexts.into_iter().map(|c| c.name).collect()
}

/// The namespace of the selected context, without connecting (`default` when unset).
pub fn context_namespace(opts: &ConnectOptions) -> String {
    let Ok(Some(kc)) = load_kubeconfig(opts) else { return "default".into() };
    let name = opts.context.clone().or(kc.current_context.clone());
    kc.contexts
        .iter()
        .find(|c| Some(&c.name) == name.as_ref())
        .and_then(|c| c.context.as_ref())
        .and_then(|c| c.namespace.clone())
        .unwrap_or_else(|| "default".into())
}

/// Builds the client. Makes no request: reachability shows on the first call.
pub async fn connect(opts: &ConnectOptions) -> anyhow::Result<Cluster> {
    build(opts, true).await
}

/// Like [`connect`], but without read/write timeouts on established connections, for
/// long-lived streams (port-forward sessions that may sit idle); connecting is still bounded.
pub async fn connect_streaming(opts: &ConnectOptions) -> anyhow::Result<Cluster> {
    build(opts, false).await
}

/// A client for a kubeconfig held in memory (a remote cluster's Secret in multi-cluster
/// analysis): its current context, no impersonation, the given timeout.
pub async fn connect_kubeconfig(kc: Kubeconfig, timeout: Duration) -> anyhow::Result<Cluster> {
    let opts = ConnectOptions { timeout, ..ConnectOptions::default() };
    build_from(Some(kc), &opts, true).await
}

async fn build(opts: &ConnectOptions, io_timeouts: bool) -> anyhow::Result<Cluster> {
    build_from(load_kubeconfig(opts)?, opts, io_timeouts).await
}

async fn build_from(
    kc: Option<Kubeconfig>,
    opts: &ConnectOptions,
    io_timeouts: bool,
) -> anyhow::Result<Cluster> {
    let kube_opts = KubeConfigOptions { context: opts.context.clone(), ..Default::default() };
    let (mut config, context) = match kc {
        Some(mut kc) => {
            credentials::normalize(&mut kc, opts.context.as_deref())?;
            let context = opts.context.clone().or(kc.current_context.clone()).unwrap_or_default();
            let config = kube::Config::from_custom_kubeconfig(kc, &kube_opts)
                .await
                .map_err(|e| anyhow::anyhow!("kubeconfig: {e}"))
                .with_context(|| match &opts.context {
                    Some(c) => format!("using context {c:?}"),
                    None => "using the current context".to_string(),
                })?;
            (config, context)
        }
        None => {
            let config = kube::Config::incluster().map_err(|_| {
                anyhow::anyhow!(
                    "no Kubernetes configuration found: give --kubeconfig, set KUBECONFIG, or create ~/.kube/config"
                )
            })?;
            (config, String::new())
        }
    };
    config.connect_timeout = Some(opts.timeout);
    config.read_timeout = io_timeouts.then_some(opts.timeout);
    config.write_timeout = io_timeouts.then_some(opts.timeout);
    config.reset_reader_on_write = true;
    // Our own retry layer (cluster::retry) covers 429/5xx/resets; kube's would double it.
    config.default_retry = false;
    for (flag, value) in [("--as", &opts.impersonate_user), ("--as-uid", &opts.impersonate_uid)] {
        if value.as_deref().is_some_and(|v| !credentials::header_safe(v)) {
            anyhow::bail!(
                "{flag}: the value contains a line break or control character, which an HTTP header cannot carry"
            );
        }
    }
    if opts.impersonate_groups.iter().any(|g| !credentials::header_safe(g)) {
        anyhow::bail!(
            "--as-group: a value contains a line break or control character, which an HTTP header cannot carry"
        );
    }
    if let Some(user) = &opts.impersonate_user {
        config.auth_info.impersonate = Some(user.clone());
        config.auth_info.impersonate_uid = opts.impersonate_uid.clone();
        if !opts.impersonate_groups.is_empty() {
            config.auth_info.impersonate_groups = Some(opts.impersonate_groups.clone());
        }
    }
    let server = credentials::redact_url(&config.cluster_url.to_string());
    let default_namespace = config.default_namespace.clone();
    let client = kube::Client::try_from(config)
        .map_err(|e| anyhow::anyhow!("building the Kubernetes client for {server}: {e}"))?;
    Ok(Cluster { client, context, server, default_namespace, timeout: opts.timeout })
}
