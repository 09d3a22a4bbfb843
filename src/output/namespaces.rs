//! Text for `istioctl namespace`: the list table and one line per label change.

use crate::cluster::namespace::{LabelChange, NamespaceInfo};

fn or_dash(s: &str) -> String {
    if s.is_empty() { "-".into() } else { s.to_string() }
}

/// `NAME DATAPLANE REVISION WAYPOINT`, `-` for empty cells.
pub fn table(rows: &[NamespaceInfo]) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| vec![r.name.clone(), r.dataplane.clone(), or_dash(&r.revision), or_dash(&r.waypoint)])
        .collect();
    super::table::render(&["NAME", "DATAPLANE", "REVISION", "WAYPOINT"], &cells, 3)
}

/// A warning (stderr) naming a namespace's contradicting labels.
pub fn conflicts(printer: &mut super::Printer, row: &NamespaceInfo) -> std::io::Result<()> {
    printer.warn(&format!("namespace {} has conflicting labels: {}", row.name, row.conflicts.join("; ")))
}

/// `namespace/foo labeled: istio.io/rev=canary, -istio-injection` (kubectl-like), or
/// `unchanged`; with dry run, `(dry run)` is appended.
pub fn change_line(change: &LabelChange, dry_run: bool) -> String {
    let suffix = if dry_run { " (dry run)" } else { "" };
    if change.is_empty() {
        return format!("namespace/{} unchanged{suffix}", change.namespace);
    }
    let mut parts: Vec<String> = change.set.iter().map(|(k, v)| format!("{k}={v}")).collect();
    parts.extend(change.remove.iter().map(|k| format!("{k}-")));
    format!("namespace/{} labeled: {}{suffix}", change.namespace, parts.join(" "))
}
