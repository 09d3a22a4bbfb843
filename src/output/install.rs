//! Text of `install`/`upgrade`/`manifest install`: the checks before writing (old Kubernetes,
//! version change, GKE), the prompt, and the closing lines or the error that says why the
//! install is not complete. Builds text only; the progress display is `progress.rs`.

use super::Printer;
use crate::cluster::lifecycle::{self, Plan, Report, StepError};

/// Validation warnings the profile layer let through.
pub fn warnings(printer: &mut Printer, warnings: &[String]) -> std::io::Result<()> {
    for w in warnings {
        printer.note(&format!("❗ {w}"))?;
    }
    Ok(())
}

/// The cluster runs a Kubernetes older than this release supports.
pub fn old_kubernetes(printer: &mut Printer, minor: u32) -> std::io::Result<()> {
    printer.warn(&format!(
        "Kubernetes 1.{minor} is older than the oldest version Istio {} supports (1.{}); continuing",
        crate::VERSION,
        crate::cluster::version::MIN_KUBE_MINOR
    ))
}

/// The GKE layers detected from the server version.
pub fn detected_gke(printer: &mut Printer, server_version: &str, sets: &[String]) -> std::io::Result<()> {
    printer.note(&format!("detected GKE ({server_version}): {}", sets.join(", ")))
}

/// The same revision runs another istioctl version.
pub fn version_change(printer: &mut Printer, old: &str, upgraded: bool) -> std::io::Result<()> {
    let word = if upgraded { "upgraded" } else { "downgraded" };
    printer.note(&format!("WARNING: Istio is being {word} from {old} to {}.", crate::VERSION))?;
    printer.note(
        "         Before upgrading, you may wish to use 'istioctl x precheck' to check for upgrade warnings.",
    )
}

/// Why nothing was installed when a confirmation is needed and stdin is not a terminal.
pub fn no_terminal(plan: &Plan, context: &str) -> String {
    format!(
        "not installing: confirmation needed but stdin is not a terminal; pass -y (--skip-confirmation) to install the {:?} profile (revision {}) into context {context:?}",
        plan.profile,
        plan.owner.rev()
    )
}

/// The confirmation question.
pub fn question(plan: &Plan, context: &str) -> String {
    format!(
        "This will install the Istio {} profile {:?} (revision {}) into the cluster of context {context:?}. Proceed? (y/N)",
        crate::VERSION,
        plan.profile,
        plan.owner.rev()
    )
}

/// A declined prompt.
pub fn cancelled(printer: &mut Printer) -> std::io::Result<()> {
    printer.note("Cancelled.")
}

/// SIGINT during the install.
pub fn interrupted(printer: &mut Printer) -> std::io::Result<()> {
    printer.note("Interrupted: finishing the requests in flight, starting no new ones…")
}

/// After a complete install of the ambient profile.
pub fn ambient_done(printer: &mut Printer) -> std::io::Result<()> {
    printer.note("The ambient profile has been installed successfully, enjoy Istio without sidecars!")
}

/// `\nnot applied because Istiod failed: Ingress gateways, Egress gateways` per failed
/// component, or nothing.
fn skipped_text(report: &Report) -> String {
    let mut by_failed: Vec<(crate::profile::ComponentKind, Vec<&str>)> = Vec::new();
    for (skipped, failed) in &report.skipped {
        match by_failed.iter_mut().find(|(f, _)| f == failed) {
            Some((_, names)) => names.push(lifecycle::display_name(*skipped)),
            None => by_failed.push((*failed, vec![lifecycle::display_name(*skipped)])),
        }
    }
    by_failed
        .iter()
        .map(|(f, names)| format!("\nnot applied because {} failed: {}", lifecycle::display_name(*f), names.join(", ")))
        .collect()
}

/// The closing line of a complete install, or the error text that explains why it is not.
pub fn finish(report: &Report, plan: &Plan, printer: &mut Printer) -> anyhow::Result<()> {
    let total = plan.objects().count();
    if report.interrupted {
        let not: Vec<String> = report.not_applied.iter().map(|k| format!("  {k}")).collect();
        anyhow::bail!(
            "interrupted: {} of {total} objects applied, {} not applied; run the same command again to finish the install{}{}",
            report.applied.len(),
            report.not_applied.len(),
            if not.is_empty() { "" } else { "\nnot applied:\n" },
            not.join("\n")
        );
    }
    let skipped = skipped_text(report);
    if !report.unready.is_empty() {
        let lines: Vec<String> = report
            .unready
            .iter()
            .map(|(c, k, why)| format!("  {k} ({}): {why}", lifecycle::display_name(*c)))
            .collect();
        anyhow::bail!(
            "resources not ready after {}: {} object(s) not ready:\n{}{skipped}",
            crate::go::go_duration(report.readiness_timeout),
            report.unready.len(),
            lines.join("\n")
        );
    }
    if !report.errors.is_empty() {
        let lines: Vec<String> = report
            .errors
            .iter()
            .map(|e| match e {
                StepError::Component { component, message } => {
                    format!("{}: {message}", lifecycle::display_name(*component))
                }
                StepError::Prune { message } => format!("pruning: {message}"),
                StepError::DefaultTag { message } => format!("default revision tag: {message}"),
            })
            .collect();
        anyhow::bail!("failed to install manifests:\n  {}{skipped}", lines.join("\n  "));
    }
    if report.counts.changed() == 0 && report.pruned.is_empty() {
        printer.note(&format!(
            "✔ Installation complete: no changes, all {} objects already up to date",
            report.counts.unchanged
        ))?;
    } else {
        printer.note(&format!(
            "✔ Installation complete: {} created, {} updated, {} unchanged, {} pruned",
            report.counts.created,
            report.counts.updated,
            report.counts.unchanged,
            report.pruned.len()
        ))?;
    }
    Ok(())
}
