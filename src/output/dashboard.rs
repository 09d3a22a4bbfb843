//! Text of `istioctl dashboard`: the addon overview table, the "no pods" report with the install
//! hint, the not-Ready warning, the no-display hint, and one line per forward event.

use crate::cluster::addons::{Addon, Found};
use crate::cluster::pods::Chosen;
use std::io;
use std::sync::atomic::Ordering;

use super::Printer;
use crate::browser::Launch;
use crate::cluster::portforward::{Event, Stats};
use crate::settings::dashboard::TargetProblem;

/// `istioctl dashboard` alone: the survey table (or why there is none), then the help.
pub fn overview(printer: &mut Printer, survey: anyhow::Result<Vec<Found>>) -> io::Result<()> {
    match survey {
        Ok(found) => {
            printer.out(&overview_table(&found))?;
            printer.line("")?;
        }
        Err(e) => printer.note(&format!("(could not look for addons in the cluster: {e:#})"))?,
    }
    printer.help(&["dashboard"])
}

/// `ADDON  NAMESPACE  STATUS  READY` for every addon, `-` where none was found.
pub fn overview_table(found: &[Found]) -> String {
    let rows: Vec<Vec<String>> = found
        .iter()
        .map(|f| {
            vec![
                f.addon.name.to_string(),
                f.namespace.clone().unwrap_or_else(|| "-".into()),
                if f.pods == 0 { "not found".into() } else { "found".into() },
                if f.pods == 0 { "-".into() } else { format!("{}/{}", f.ready, f.pods) },
            ]
        })
        .collect();
    super::table::render(&["ADDON", "NAMESPACE", "STATUS", "READY"], &rows, 3)
}

/// Upstream's error for an argument that names no dashboard.
pub fn unknown(name: &str) -> String {
    format!("unknown dashboard {name:?}")
}

/// Upstream's errors for the pod arguments of proxy/envoy/controlz/istiod-debug.
pub fn bad_target(problem: TargetProblem) -> &'static str {
    match problem {
        TargetProblem::Missing => "specify a pod or --selector",
        TargetProblem::NameAndSelector => "name cannot be provided when a selector is specified",
        TargetProblem::Several => "give only one of a pod name, --selector or --revision",
    }
}

/// A port flag outside `min..65535`.
pub fn port_range(value: i64, min: u16) -> String {
    format!("port number {value} must be in the range {min}..65535")
}

/// Upstream's prefix for every failure to start forwarding.
pub fn forward_failed(detail: &str) -> String {
    format!("failure running port forward process: {detail}")
}

pub fn not_running(pod: &Chosen) -> String {
    forward_failed(&format!("pod {}/{} is not running. Status={}", pod.namespace, pod.name, pod.phase))
}

pub fn probe_failed(title: &str, pod: &Chosen, port: u16, error: &anyhow::Error) -> String {
    forward_failed(&format!("cannot forward to {title} {}/{} port {port}: {error}", pod.namespace, pod.name))
}

pub fn bind_failed(host: &str, prefs: &[u16], error: &std::io::Error) -> String {
    forward_failed(&format!("cannot listen on {host} port {}: {error}", ports(prefs)))
}

/// Context for a failed pod lookup.
pub fn finding(title: &str, command: &str) -> String {
    format!("finding the {title} pod for `dashboard {command}`")
}

/// Upstream's warning when a `-l` selector matches several pods.
pub fn several(selector: &str, pod: &Chosen) -> String {
    format!("more than 1 pods fits selector: {selector}; will use pod: {}", pod.name)
}

/// The URL line on stdout, flushed at once (scripts wait for it).
pub fn url(printer: &mut Printer, url: &str) -> io::Result<()> {
    printer.line(url)?;
    printer.flush()
}

/// Upstream's `--browser=false` note (stdout, no newline).
pub fn browser_skipped(printer: &mut Printer) -> io::Result<()> {
    printer.out("skipping opening a browser")?;
    printer.flush()
}

/// What became of the browser launch.
pub fn launched(printer: &mut Printer, url: &str, launch: &Launch) -> io::Result<()> {
    match launch {
        Launch::Started(_) => Ok(()),
        Launch::NoDisplay(why) => printer.note(&no_display_hint(why)),
        Launch::Failed(_) => printer.line(&format!("Failed to open browser; open {url} in your browser.")),
    }?;
    printer.flush()
}

/// Upstream's message, then where we looked and how to install the addon.
pub fn no_pods(selector: &str, namespaces: &[String], addon: Option<&Addon>) -> String {
    let mut text = format!("no pods found with selector {selector} (searched namespace");
    if namespaces.len() > 1 {
        text.push('s');
    }
    text.push_str(&format!(" {})", namespaces.join(", ")));
    if let Some(a) = addon {
        text.push_str(&format!(
            "\n{} is not installed; install it from the Istio samples with:\n  {}",
            a.title,
            a.install_command()
        ));
    }
    text
}

/// The warning when no matching pod is Ready.
pub fn not_ready(selector: &str, pod: &Chosen) -> String {
    format!(
        "no Ready pod matches selector {selector}; using pod {}/{} ({}, not Ready)",
        pod.namespace, pod.name, pod.phase
    )
}

/// The one-line hint when no browser can be shown.
pub fn no_display_hint(why: &str) -> String {
    format!(
        "Not opening a browser: {why}. Open the URL above in a browser that can reach this machine, or pass --browser=false."
    )
}

/// The ports tried, for the bind error.
pub fn ports(prefs: &[u16]) -> String {
    prefs
        .iter()
        .map(|p| if *p == 0 { "(any free port)".to_string() } else { p.to_string() })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The line printed after Ctrl-C (a fresh line: the URL output may not end with one).
pub fn summary(printer: &mut Printer, stats: &Stats) -> io::Result<()> {
    let accepted = stats.accepted.load(Ordering::Relaxed);
    let failed = stats.failed.load(Ordering::Relaxed);
    printer.note(&format!("\nstopped forwarding: {accepted} connections, {failed} failed"))
}

/// One stderr line per forward event, flushed.
pub fn event(printer: &mut Printer, e: &Event) -> io::Result<()> {
    printer.note(&event_line(e))?;
    printer.flush()
}

fn event_line(e: &Event) -> String {
    match e {
        Event::ConnectionFailed { pod, error } => format!("error: a connection to pod {pod} failed: {error}"),
        Event::Reselected { from, to } => format!(
            "pod {from} went away; now forwarding to pod {}/{}{}",
            to.namespace,
            to.name,
            if to.ready { "" } else { " (not Ready)" }
        ),
        Event::NoPod { from, error } => format!("pod {from} went away and no replacement was found: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::addons;

    #[test]
    fn no_pods_names_selector_namespaces_and_install_command() {
        let t = no_pods("app=kiali", &["istio-system".into(), "default".into()], addons::by_name("kiali"));
        assert_eq!(
            t,
            "no pods found with selector app=kiali (searched namespaces istio-system, default)\n\
             Kiali is not installed; install it from the Istio samples with:\n  \
             kubectl apply -f https://raw.githubusercontent.com/istio/istio/release-1.30/samples/addons/kiali.yaml"
        );
        assert_eq!(
            no_pods("app=x", &["ns".into()], None),
            "no pods found with selector app=x (searched namespace ns)"
        );
    }

    #[test]
    fn overview_marks_missing_addons() {
        let found = vec![
            Found { addon: &addons::ADDONS[0], namespace: Some("istio-system".into()), pods: 2, ready: 1 },
            Found { addon: &addons::ADDONS[1], namespace: None, pods: 0, ready: 0 },
        ];
        assert_eq!(
            overview_table(&found),
            "ADDON        NAMESPACE      STATUS      READY\nkiali        istio-system   found       1/2\nprometheus   -              not found   -\n"
        );
    }
}
