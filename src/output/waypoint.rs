//! Text for `istioctl waypoint`: list and status tables (upstream's columns, tabwriter padding
//! 5, plus PROGRAMMED), and the result lines of apply and delete.

use super::Printer;
use crate::cluster::namespace::{DATAPLANE_MODE, USE_WAYPOINT};
use crate::cluster::waypoint::{Condition, DeleteEvent, Waypoint};

fn with_ns(all_namespaces: bool, w: &Waypoint, cells: Vec<String>) -> Vec<String> {
    if all_namespaces { std::iter::once(w.namespace.clone()).chain(cells).collect() } else { cells }
}

fn header(all_namespaces: bool, cols: &[&'static str]) -> Vec<&'static str> {
    if all_namespaces {
        std::iter::once("NAMESPACE").chain(cols.iter().copied()).collect()
    } else {
        cols.to_vec()
    }
}

/// `[NAMESPACE] NAME REVISION TRAFFIC TYPE PROGRAMMED`.
pub fn list_table(rows: &[Waypoint], all_namespaces: bool) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|w| {
            with_ns(
                all_namespaces,
                w,
                vec![w.name.clone(), w.revision.clone(), w.traffic_type.clone(), w.programmed.clone()],
            )
        })
        .collect();
    super::table::render(
        &header(all_namespaces, &["NAME", "REVISION", "TRAFFIC TYPE", "PROGRAMMED"]),
        &cells,
        5,
    )
}

/// `[NAMESPACE] NAME STATUS TYPE REASON MESSAGE` from each waypoint's reported condition.
pub fn status_table(rows: &[Waypoint], all_namespaces: bool) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|w| {
            let c = w.condition.clone().unwrap_or_default();
            with_ns(all_namespaces, w, vec![w.name.clone(), c.status, c.kind, c.reason, c.message])
        })
        .collect();
    super::table::render(&header(all_namespaces, &["NAME", "STATUS", "TYPE", "REASON", "MESSAGE"]), &cells, 5)
}

pub const NONE_FOUND: &str = "No waypoints found.";

/// `apply --enroll-namespace` when the namespace already uses another waypoint.
pub fn already_uses(printer: &mut Printer, ns: &str, current: &str, name: &str) -> std::io::Result<()> {
    printer.warn(&format!(
        "⚠️ namespace {ns} already uses waypoint {current:?} ({USE_WAYPOINT}={current}); nothing was applied. Pass --overwrite to apply waypoint {name:?} and relabel the namespace"
    ))
}

/// `apply --enroll-namespace` in a namespace that is not ambient.
pub fn not_ambient(printer: &mut Printer, ns: &str) -> std::io::Result<()> {
    printer.warn(&format!(
        "⚠️ namespace {ns} is not enrolled in ambient mode, so the waypoint will not get traffic. Enrol it with: kubectl label namespace {ns} {DATAPLANE_MODE}=ambient"
    ))
}

/// `apply`: applied, but nobody has checked that it works yet (`--wait` reports that next).
pub fn applied(ns: &str, name: &str) -> String {
    format!(
        "✅ waypoint {ns}/{name} applied (not yet known to be programmed: use --wait, or check with `istioctl waypoint status -n {ns} --name {name}`)"
    )
}

pub fn ready(ns: &str, name: &str) -> String {
    format!("✅ waypoint {ns}/{name} is ready! (condition Programmed=True)")
}

pub fn enrolled(ns: &str, name: &str) -> String {
    format!("✅ namespace {ns} labeled with \"istio.io/use-waypoint: {name}\"")
}

/// How a condition reads in an error: `Programmed=Unknown, reason Pending: Waiting for controller`.
pub fn condition(c: Option<&Condition>) -> String {
    match c {
        Some(c) if c.message.is_empty() => format!("{}={}, reason {}", c.kind, c.status, c.reason),
        Some(c) => format!("{}={}, reason {}: {}", c.kind, c.status, c.reason, c.message),
        None => "the Gateway has no status yet (is istiod running?)".into(),
    }
}

/// One line per delete outcome.
pub fn delete_line(e: &DeleteEvent) -> String {
    match e {
        DeleteEvent::Deleted { namespace, name } => format!("waypoint {namespace}/{name} deleted"),
        DeleteEvent::NotFound { namespace, name } => format!("waypoint {namespace}/{name} not found"),
        DeleteEvent::NotAWaypoint { namespace, name, class } => {
            format!("gateway {namespace}/{name} is not a waypoint (gatewayClassName {class:?}): not deleted")
        }
        DeleteEvent::Unlabeled { kind, namespace, name, label, value } => {
            let who = if namespace.is_empty() {
                format!("{kind} {name}")
            } else {
                format!("{kind} {namespace}/{name}")
            };
            format!("{who}: removed label {label}={value} (it pointed at the deleted waypoint)")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wp(ns: &str, name: &str) -> Waypoint {
        Waypoint {
            namespace: ns.into(),
            name: name.into(),
            revision: "default".into(),
            traffic_type: "service".into(),
            programmed: "True".into(),
            condition: None,
        }
    }

    #[test]
    fn list_columns() {
        assert_eq!(
            list_table(&[wp("a", "waypoint")], true),
            "NAMESPACE     NAME         REVISION     TRAFFIC TYPE     PROGRAMMED\na             waypoint     default      service          True\n"
        );
        assert_eq!(list_table(&[], false), "NAME     REVISION     TRAFFIC TYPE     PROGRAMMED\n");
    }
}
