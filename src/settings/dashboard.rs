//! `istioctl dashboard` flags resolved: the bind address and local port, `--browser`, and which
//! pod to forward to (an addon's selector, a pod reference, `-l`, or `-r`), with upstream's
//! argument checks. Namespaces are left to the command (they need the kubeconfig's context).

use anyhow::Result;

use crate::cli::dashboard::{DashboardArgs, DashboardCommand, ForwardFlags, IstiodFlags, PodFlags};
use crate::cluster::addons::{self, Addon};
use crate::cluster::portforward::BindAddress;
use crate::output::dashboard as out;

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
    pub fn resolve(args: DashboardArgs) -> Result<DashboardSettings> {
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
fn remote_port(value: i64) -> Result<u16> {
    u16::try_from(value).ok().filter(|p| *p != 0).ok_or_else(|| anyhow::anyhow!(out::port_range(value, 1)))
}

fn resolve_command(command: DashboardCommand) -> Result<Action> {
    let ui = |name: &str, port: i64| -> Result<Action> {
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
