//! `istioctl dashboard <addon>`: choose the pod (Ready first), check the forward through the API
//! server, bind the local port, print the URL, open a browser, then serve until Ctrl-C (exit 0),
//! reporting per-connection failures and pod replacements as they happen. With no addon it
//! surveys which addons are installed, then prints the help.

use std::time::Duration;

use crate::browser;
use crate::cluster::addons;
use crate::cluster::client;
use crate::cluster::errors::{Op, describe};
use crate::cluster::pods::{self, Chosen, SelectError, Target};
use crate::cluster::portforward::{self, Forward};
use crate::error::ExitStatus;
use crate::output::{Printer, dashboard as out};
use crate::settings::ClusterSettings;
use crate::settings::dashboard::{Action, DashboardSettings, PodChoice};

/// istiod's monitoring port when the pod does not announce one.
const ISTIOD_MONITORING_PORT: u16 = 15014;
/// How long a workload reference or selector waits for its first pod (kubectl's 2 s).
const FIRST_POD_WAIT: Duration = Duration::from_secs(2);

pub async fn run(
    global: &ClusterSettings,
    settings: DashboardSettings,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    let opts = &global.connect;
    let default_ns = global.namespace_or_context();
    let istio_ns = global.istio_namespace.clone();
    let open = match settings.action {
        Action::Unknown(name) => anyhow::bail!(out::unknown(&name)),
        Action::Overview => return overview(opts, &[&istio_ns, &default_ns], printer).await,
        Action::BadTarget { command, problem } => {
            printer.usage(&["dashboard", command])?;
            anyhow::bail!(out::bad_target(problem));
        }
        Action::Open(open) => open,
    };
    let cluster = client::connect_streaming(opts).await?;
    let ns_for = |istio: bool| if istio { istio_ns.as_str() } else { default_ns.as_str() };
    let (target, addon) = match &open.pod {
        PodChoice::Addon(a) => (Target::selector(a.selector, &[&istio_ns, &default_ns]), Some(*a)),
        PodChoice::Selector { selector, istio } => (Target::selector(selector, &[ns_for(*istio)]), None),
        PodChoice::Reference { text, istio } => {
            (pods::resolve_ref(&cluster, text, ns_for(*istio)).await.map_err(|e| anyhow::anyhow!(e))?, None)
        }
    };
    let pod = pods::choose(&cluster, &target, FIRST_POD_WAIT).await.map_err(|e| match e {
        SelectError::NoPods { selector, namespaces } => {
            anyhow::anyhow!(out::no_pods(&selector, &namespaces, addon))
        }
        other => anyhow::anyhow!(other).context(out::finding(open.title, open.command)),
    })?;
    if let (PodChoice::Selector { selector, .. }, true) = (&open.pod, pod.matched > 1) {
        printer.warn(&out::several(selector, &pod))?;
    }
    if let (Target::Selector { selector, .. }, false) = (&target, pod.ready) {
        printer.warn(&out::not_ready(selector, &pod))?;
    }
    if pod.phase != "Running" {
        anyhow::bail!(out::not_running(&pod));
    }
    let remote_port = open.remote_port.unwrap_or_else(|| monitoring_port(&pod));
    portforward::probe(&cluster, &pod, remote_port).await.map_err(|e| {
        let op = Op { verb: "create", resource: "pods/portforward", namespace: Some(&pod.namespace) };
        anyhow::anyhow!(out::probe_failed(open.title, &pod, remote_port, &describe(e, op, &cluster.server)))
    })?;
    let local = settings.local_port;
    let prefs: Vec<u16> = if local != 0 { vec![local] } else { vec![remote_port, 0] };
    let bound = portforward::bind(&settings.address, &prefs)
        .await
        .map_err(|e| anyhow::anyhow!(out::bind_failed(&settings.address.host, &prefs, &e)))?;
    // Listen for Ctrl-C before anyone can see the URL, so an early one still exits cleanly.
    #[cfg(unix)]
    let interrupted = {
        let mut sigint = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())?;
        async move {
            sigint.recv().await;
        }
    };
    #[cfg(not(unix))]
    let interrupted = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let url = format!("http://{}{}", settings.address.authority(bound.port), open.path);
    out::url(printer, &url)?;
    if settings.browser {
        out::launched(printer, &url, &browser::open(&url))?;
    } else {
        out::browser_skipped(printer)?;
    }
    let (events_tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let forward = Forward::new(cluster.clone(), target, pod, remote_port, bound, cluster.timeout, events_tx);
    let stats = forward.stats();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(forward.serve(async move {
        let _ = stop_rx.await;
    }));
    tokio::pin!(interrupted);
    loop {
        tokio::select! {
            Some(event) = events.recv() => out::event(printer, &event)?,
            _ = &mut interrupted => break,
        }
    }
    let _ = stop_tx.send(());
    let _ = server.await;
    out::summary(printer, &stats)?;
    Ok(ExitStatus::Success)
}

/// The port named by the pod's `prometheus.io/port` annotation, else istiod's default.
fn monitoring_port(pod: &Chosen) -> u16 {
    pod.annotations.get("prometheus.io/port").and_then(|p| p.parse().ok()).unwrap_or(ISTIOD_MONITORING_PORT)
}

/// `istioctl dashboard` alone: which addons the cluster has, then the help.
async fn overview(
    opts: &crate::cluster::ConnectOptions,
    namespaces: &[&str],
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    let survey = async {
        let cluster = client::connect(opts).await?;
        addons::survey(&cluster, namespaces).await
    };
    out::overview(printer, survey.await)?;
    Ok(ExitStatus::Success)
}
