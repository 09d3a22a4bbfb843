//! `istioctl dashboard <addon>`: choose the pod (Ready first), check the forward through the API
//! server, bind the local port, print the URL, open a browser, then serve until Ctrl-C (exit 0),
//! reporting per-connection failures and pod replacements as they happen. With no addon it
//! surveys which addons are installed, then prints the help.

use std::time::Duration;

use crate::browser::{self, Launch};
use crate::cli::Global;
use crate::cli::dashboard::{DashboardArgs, DashboardCommand, ForwardFlags, PodFlags};
use crate::cluster::addons::{self, Addon};
use crate::cluster::pods::{self, Chosen, SelectError, Target};
use crate::cluster::portforward::{self, BindAddress, Forward};
use crate::cluster::{Cluster, client};
use crate::error::ExitStatus;
use crate::output::{Printer, dashboard as out};

/// istiod's monitoring port when the pod does not announce one.
const ISTIOD_MONITORING_PORT: u16 = 15014;
/// How long a workload reference or selector waits for its first pod (kubectl's 2 s).
const FIRST_POD_WAIT: Duration = Duration::from_secs(2);

/// What to forward to, before a pod is chosen.
struct Plan {
    /// Subcommand path for usage messages.
    command: &'static str,
    title: String,
    target: Target,
    /// None: read from the chosen pod (istiod-debug).
    remote_port: Option<u16>,
    path: &'static str,
    /// The addon, for the install hint when none is found.
    addon: Option<&'static Addon>,
    /// A user selector matched several pods: warn as upstream does.
    warn_several: bool,
}

pub async fn run(global: &Global, args: DashboardArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    if let Some(name) = args.unknown {
        anyhow::bail!("unknown dashboard {name:?}");
    }
    let opts = super::connect_options(global)?;
    let default_ns = global.namespace.clone().unwrap_or_else(|| client::context_namespace(&opts));
    let istio_ns = global.istio_namespace.clone();
    let Some(command) = args.addon else {
        return overview(&opts, &[&istio_ns, &default_ns], printer).await;
    };
    let address = BindAddress::parse(&args.forward.address)
        .map_err(|e| anyhow::anyhow!("failure running port forward process: {e}"))?;
    let local_port = local_port(&args.forward)?;
    let cluster = client::connect_streaming(&opts).await?;
    let plan = plan(&cluster, command, &istio_ns, &default_ns, printer).await?;
    let pod = pods::choose(&cluster, &plan.target, FIRST_POD_WAIT).await.map_err(|e| not_found(e, &plan))?;
    if let Target::Selector { selector, .. } = &plan.target {
        if plan.warn_several && pod.matched > 1 {
            printer
                .warn(&format!("more than 1 pods fits selector: {selector}; will use pod: {}", pod.name))?;
        }
        if !pod.ready {
            printer.warn(&out::not_ready(selector, &pod))?;
        }
    }
    if pod.phase != "Running" {
        anyhow::bail!(
            "failure running port forward process: pod {}/{} is not running. Status={}",
            pod.namespace,
            pod.name,
            pod.phase
        );
    }
    let remote_port = plan.remote_port.unwrap_or_else(|| monitoring_port(&pod));
    portforward::probe(&cluster, &pod, remote_port).await.map_err(|e| {
        anyhow::anyhow!(
            "failure running port forward process: cannot forward to {} {}/{} port {remote_port}: {}",
            plan.title,
            pod.namespace,
            pod.name,
            crate::cluster::errors::describe(
                e,
                crate::cluster::errors::Op {
                    verb: "create",
                    resource: "pods/portforward",
                    namespace: Some(&pod.namespace)
                },
                &cluster.server
            )
        )
    })?;
    let prefs: Vec<u16> = if local_port != 0 { vec![local_port] } else { vec![remote_port, 0] };
    let bound = portforward::bind(&address, &prefs).await.map_err(|e| {
        anyhow::anyhow!(
            "failure running port forward process: cannot listen on {} port {}: {e}",
            address.host,
            out::ports(&prefs)
        )
    })?;
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
    let url = format!("http://{}{}", address.authority(bound.port), plan.path);
    printer.line(&url)?;
    if !args.forward.browser {
        printer.out("skipping opening a browser")?;
    } else {
        match browser::open(&url) {
            Launch::Started(_) => {}
            Launch::NoDisplay(why) => printer.note(&out::no_display_hint(why))?,
            Launch::Failed(_) => {
                printer.line(&format!("Failed to open browser; open {url} in your browser."))?
            }
        }
    }
    printer.flush()?;
    let (events_tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let forward =
        Forward::new(cluster.clone(), plan.target, pod, remote_port, bound, cluster.timeout, events_tx);
    let stats = forward.stats();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(forward.serve(async move {
        let _ = stop_rx.await;
    }));
    tokio::pin!(interrupted);
    loop {
        tokio::select! {
            Some(event) = events.recv() => {
                printer.note(&out::event(&event))?;
                printer.flush()?;
            }
            _ = &mut interrupted => break,
        }
    }
    let _ = stop_tx.send(());
    let _ = server.await;
    printer.note(&out::summary(&stats))?;
    Ok(ExitStatus::Success)
}

/// `-p/--port` as a local port (0 = choose).
fn local_port(flags: &ForwardFlags) -> anyhow::Result<u16> {
    u16::try_from(flags.port)
        .map_err(|_| anyhow::anyhow!("port number {} must be in the range 0..65535", flags.port))
}

/// A remote port flag value, as upstream checks it for proxy/envoy.
fn remote_port(value: i64) -> anyhow::Result<u16> {
    u16::try_from(value)
        .ok()
        .filter(|p| *p != 0)
        .ok_or_else(|| anyhow::anyhow!("port number {value} must be in the range 1..65535"))
}

/// The port named by the pod's `prometheus.io/port` annotation, else istiod's default.
fn monitoring_port(pod: &Chosen) -> u16 {
    pod.annotations.get("prometheus.io/port").and_then(|p| p.parse().ok()).unwrap_or(ISTIOD_MONITORING_PORT)
}

async fn plan(
    cluster: &Cluster,
    command: DashboardCommand,
    istio_ns: &str,
    default_ns: &str,
    printer: &mut Printer,
) -> anyhow::Result<Plan> {
    let ui = |name: &str, port: i64| -> anyhow::Result<Plan> {
        let addon = addons::by_name(name).expect("every UI subcommand is in the addon table");
        Ok(Plan {
            command: addon.name,
            title: addon.title.to_string(),
            target: Target::selector(addon.selector, &[istio_ns, default_ns]),
            remote_port: Some(remote_port(port)?),
            path: addon.path,
            addon: Some(addon),
            warn_several: false,
        })
    };
    match command {
        DashboardCommand::Kiali(a) => ui("kiali", a.ui_port),
        DashboardCommand::Prometheus(a) => ui("prometheus", a.ui_port),
        DashboardCommand::Grafana(a) => ui("grafana", a.ui_port),
        DashboardCommand::Jaeger(a) => ui("jaeger", a.ui_port),
        DashboardCommand::Zipkin(a) => ui("zipkin", a.ui_port),
        DashboardCommand::Skywalking(a) => ui("skywalking", a.ui_port),
        DashboardCommand::Proxy(a) => {
            let target = pod_target(cluster, "proxy", a.pod, None, default_ns, printer).await?;
            Ok(pod_plan("proxy", "Envoy sidecar", target, Some(remote_port(a.ui_port)?), ""))
        }
        DashboardCommand::Envoy(a) => {
            let target = pod_target(cluster, "envoy", a.pod, None, default_ns, printer).await?;
            Ok(pod_plan("envoy", "Envoy sidecar", target, Some(remote_port(a.ui_port)?), ""))
        }
        DashboardCommand::Controlz(a) => {
            let target =
                pod_target(cluster, "controlz", a.istiod.pod, a.istiod.revision, istio_ns, printer).await?;
            Ok(pod_plan("controlz", "ControlZ", target, Some(remote_port(a.ctrlz_port)?), ""))
        }
        DashboardCommand::IstiodDebug(a) => {
            let target = pod_target(cluster, "istiod-debug", a.pod, a.revision, istio_ns, printer).await?;
            Ok(pod_plan("istiod-debug", "Istio debug", target, None, "/debug"))
        }
    }
}

fn pod_plan(
    command: &'static str,
    title: &str,
    target: Target,
    remote_port: Option<u16>,
    path: &'static str,
) -> Plan {
    Plan {
        command,
        title: title.to_string(),
        warn_several: matches!(target, Target::Selector { .. }),
        target,
        remote_port,
        path,
        addon: None,
    }
}

/// The pod of proxy/controlz/istiod-debug: a reference, `-l`, or (control plane) `-r`; exactly one.
async fn pod_target(
    cluster: &Cluster,
    command: &str,
    flags: PodFlags,
    revision: Option<String>,
    ns: &str,
    printer: &mut Printer,
) -> anyhow::Result<Target> {
    let PodFlags { pod, selector } = flags;
    let given = [pod.is_some(), selector.is_some(), revision.is_some()].iter().filter(|g| **g).count();
    if given != 1 {
        printer.usage(&["dashboard", command])?;
        match (given, &pod, &selector) {
            (0, _, _) => anyhow::bail!("specify a pod or --selector"),
            (_, Some(_), Some(_)) => anyhow::bail!("name cannot be provided when a selector is specified"),
            _ => anyhow::bail!("give only one of a pod name, --selector or --revision"),
        }
    }
    if let Some(sel) = selector {
        return Ok(Target::selector(&sel, &[ns]));
    }
    if let Some(rev) = revision {
        return Ok(Target::selector(&format!("istio.io/rev={rev},app=istiod"), &[ns]));
    }
    let text = pod.unwrap_or_default();
    pods::resolve_ref(cluster, &text, ns).await.map_err(|e| anyhow::anyhow!(e))
}

/// The "nothing to forward to" error: the selector, the namespaces searched, and for an addon
/// the command that installs it.
fn not_found(err: SelectError, plan: &Plan) -> anyhow::Error {
    match err {
        SelectError::NoPods { selector, namespaces } => {
            anyhow::anyhow!(out::no_pods(&selector, &namespaces, plan.addon))
        }
        other => anyhow::anyhow!(other)
            .context(format!("finding the {} pod for `dashboard {}`", plan.title, plan.command)),
    }
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
    match survey.await {
        Ok(found) => {
            printer.out(&out::overview(&found))?;
            printer.line("")?;
        }
        Err(e) => printer.note(&format!("(could not look for addons in the cluster: {e:#})"))?,
    }
    printer.help(&["dashboard"])?;
    Ok(ExitStatus::Success)
}
