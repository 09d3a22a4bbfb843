//! `istioctl dashboard <addon>`: choose the pod (Ready first), check the forward through the API
//! server, bind the local port, print the URL, open a browser, then serve until Ctrl-C (exit 0),
//! reporting per-connection failures and pod replacements as they happen. With no addon it
//! surveys which addons are installed, then prints the help.

use std::time::Duration;

use crate::browser;
use crate::cli::Global;
use crate::cli::dashboard::{DashboardArgs, DashboardCommand, ForwardFlags, IstiodFlags, PodFlags};
use crate::cluster::addons::{self, Addon};
use crate::cluster::client;
use crate::cluster::errors::{Op, describe};
use crate::cluster::pods::{self, Chosen, SelectError, Target};
use crate::cluster::portforward::{self, BindAddress, Forward};
use crate::error::ExitStatus;
use crate::output::{Printer, dashboard as out};

/// istiod's monitoring port when the pod does not announce one.
const ISTIOD_MONITORING_PORT: u16 = 15014;
/// How long a workload reference or selector waits for its first pod (kubectl's 2 s).
const FIRST_POD_WAIT: Duration = Duration::from_secs(2);

// ---- settings: the parsed flags resolved (no cluster, no printing) ----

/// `istioctl dashboard …` resolved.
#[derive(Debug)]
pub struct DashboardSettings {
    pub address: BindAddress,
    /// `-p`: 0 = the remote port when free, else any.
    pub local_port: u16,
    pub browser: bool,
    pub action: Action,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Action {
    /// No addon: survey and help.
    Overview,
    /// An addon name that does not exist.
    Unknown(String),
    /// Name/selector/revision given in a combination upstream refuses (usage, then the error).
    BadTarget {
        command: &'static str,
        problem: TargetProblem,
    },
    Open(Open),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetProblem {
    Missing,
    NameAndSelector,
    Several,
}

/// One dashboard to open.
#[derive(Debug)]
pub struct Open {
    pub command: &'static str,
    pub title: &'static str,
    pub pod: PodChoice,
    /// None: from the pod's `prometheus.io/port` (istiod-debug).
    pub remote_port: Option<u16>,
    pub path: &'static str,
}

/// How the pod is found; namespaces are filled in by the command (they need the kubeconfig).
#[derive(Debug)]
pub enum PodChoice {
    /// An addon's selector, searched in -i then -n.
    Addon(&'static Addon),
    /// A `[<type>/]<name>[.<ns>]` reference; `istio`: default namespace is -i (else -n).
    Reference { text: String, istio: bool },
    /// A label selector in -i (`istio`) or -n.
    Selector { selector: String, istio: bool },
}

impl DashboardSettings {
    pub fn resolve(args: DashboardArgs) -> anyhow::Result<DashboardSettings> {
        let DashboardArgs { forward, addon, unknown } = args;
        let ForwardFlags { port, address, browser } = forward;
        let action = match (unknown, addon) {
            (Some(name), _) => Action::Unknown(name),
            (None, None) => Action::Overview,
            (None, Some(command)) => resolve_command(command)?,
        };
        let local_port = u16::try_from(port).map_err(|_| anyhow::anyhow!(out::port_range(port, 0)))?;
        let address = BindAddress::parse(&address).map_err(|e| anyhow::anyhow!(out::forward_failed(&e)))?;
        Ok(DashboardSettings { address, local_port, browser, action })
    }
}

/// A remote port flag value, as upstream checks it for proxy/envoy.
fn remote_port(value: i64) -> anyhow::Result<u16> {
    u16::try_from(value).ok().filter(|p| *p != 0).ok_or_else(|| anyhow::anyhow!(out::port_range(value, 1)))
}

fn resolve_command(command: DashboardCommand) -> anyhow::Result<Action> {
    let ui = |name: &str, port: i64| -> anyhow::Result<Action> {
        let addon = addons::by_name(name).expect("every UI subcommand is in the addon table");
        Ok(Action::Open(Open {
            command: addon.name,
            title: addon.title,
            pod: PodChoice::Addon(addon),
            remote_port: Some(remote_port(port)?),
            path: addon.path,
        }))
    };
    let pod = |command: &'static str, flags: PodFlags, revision: Option<String>, istio: bool| {
        let PodFlags { pod, selector } = flags;
        match (pod, selector, revision) {
            (Some(text), None, None) => Ok(PodChoice::Reference { text, istio }),
            (None, Some(selector), None) => Ok(PodChoice::Selector { selector, istio }),
            (None, None, Some(rev)) => {
                Ok(PodChoice::Selector { selector: format!("istio.io/rev={rev},app=istiod"), istio })
            }
            (None, None, None) => Err(Action::BadTarget { command, problem: TargetProblem::Missing }),
            (Some(_), Some(_), _) => {
                Err(Action::BadTarget { command, problem: TargetProblem::NameAndSelector })
            }
            _ => Err(Action::BadTarget { command, problem: TargetProblem::Several }),
        }
    };
    let open = |command, title, choice: Result<PodChoice, Action>, remote_port, path| match choice {
        Ok(pod) => Action::Open(Open { command, title, pod, remote_port, path }),
        Err(bad) => bad,
    };
    Ok(match command {
        DashboardCommand::Kiali(a) => ui("kiali", a.ui_port)?,
        DashboardCommand::Prometheus(a) => ui("prometheus", a.ui_port)?,
        DashboardCommand::Grafana(a) => ui("grafana", a.ui_port)?,
        DashboardCommand::Jaeger(a) => ui("jaeger", a.ui_port)?,
        DashboardCommand::Zipkin(a) => ui("zipkin", a.ui_port)?,
        DashboardCommand::Skywalking(a) => ui("skywalking", a.ui_port)?,
        DashboardCommand::Proxy(a) => {
            let choice = pod("proxy", a.pod, None, false);
            open("proxy", "Envoy sidecar", choice, Some(remote_port(a.ui_port)?), "")
        }
        DashboardCommand::Envoy(a) => {
            let choice = pod("envoy", a.pod, None, false);
            open("envoy", "Envoy sidecar", choice, Some(remote_port(a.ui_port)?), "")
        }
        DashboardCommand::Controlz(a) => {
            let IstiodFlags { pod: flags, revision } = a.istiod;
            let choice = pod("controlz", flags, revision, true);
            open("controlz", "ControlZ", choice, Some(remote_port(a.ctrlz_port)?), "")
        }
        DashboardCommand::IstiodDebug(IstiodFlags { pod: flags, revision }) => {
            let choice = pod("istiod-debug", flags, revision, true);
            open("istiod-debug", "Istio debug", choice, None, "/debug")
        }
    })
}

// ---- the command ----

pub async fn run(global: &Global, args: DashboardArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let settings = DashboardSettings::resolve(args)?;
    let opts = super::connect_options(global)?;
    let default_ns = global.namespace.clone().unwrap_or_else(|| client::context_namespace(&opts));
    let istio_ns = global.istio_namespace.clone();
    let open = match settings.action {
        Action::Unknown(name) => anyhow::bail!(out::unknown(&name)),
        Action::Overview => return overview(&opts, &[&istio_ns, &default_ns], printer).await,
        Action::BadTarget { command, problem } => {
            printer.usage(&["dashboard", command])?;
            anyhow::bail!(out::bad_target(problem));
        }
        Action::Open(open) => open,
    };
    let cluster = client::connect_streaming(&opts).await?;
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
