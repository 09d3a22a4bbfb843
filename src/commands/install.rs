//! `istioctl install` (alias `apply`, also `manifest install`) and `upgrade`: render with the
//! `manifest generate` pipeline, check the cluster is reachable and its version before any
//! write, confirm, then run the install engine while relaying its events to the printer;
//! SIGINT stops after the in-flight requests and says what was and was not applied.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Result, anyhow};

use crate::cli::Global;
use crate::cli::install::{InstallArgs, RenderFlags};
use crate::cluster::apply::{self, Key};
use crate::cluster::discovery::Discovery;
use crate::cluster::errors::{Op, describe};
use crate::cluster::lifecycle::{self, Plan, Report, Settings};
use crate::cluster::retry::with_retry;
use crate::cluster::{Cluster, client::parse_timeout};
use crate::error::{ExitStatus, Failure};
use crate::output::Printer;
use crate::output::progress::{self, InstallProgress};
use crate::{profile, render};

/// Which command runs the pipeline (upgrade skips install's revision name check).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Install,
    Upgrade,
}

/// Oldest Kubernetes minor version 1.30.3 supports (upstream warns below it).
const MIN_KUBE_MINOR: u32 = 32;

/// Resolves and renders the flags into a labelled plan (the `manifest generate` objects) and
/// the profile layer's validation warnings.
/// `cluster_sets` are the layers detected from the cluster (GKE), applied over the profile.
pub fn plan(flags: &RenderFlags, force: bool, cluster_sets: Vec<String>) -> Result<(Plan, Vec<String>)> {
    let mut inputs = super::manifest::inputs_from(&flags.filename, &flags.set, flags.revision.clone(), flags.manifests.clone(), force)?;
    inputs.cluster_sets = cluster_sets;
    let resolved = profile::resolve(&inputs).map_err(|e| {
        let status = e.status();
        Failure::new(status, e)
    })?;
    let objects = render::render(&resolved)?;
    let name = resolved.iop["metadata"]["name"].as_str().filter(|s| !s.is_empty()).map(str::to_string);
    Ok((Plan::new(&resolved, objects, name)?, resolved.warnings.clone()))
}

/// True for a DNS-1123 label.
fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Reads the server version (the reachability check); warns when it is older than supported.
/// Returns the server's version string.
pub async fn check_cluster(cluster: &Cluster, printer: &mut Printer) -> Result<String> {
    let info = with_retry(|| cluster.client.apiserver_version())
        .await
        .map_err(|e| describe(e, Op { verb: "read the version of", resource: "the API server", namespace: None }, &cluster.server))?;
    let minor: u32 = info.minor.trim_end_matches('+').parse().unwrap_or(u32::MAX);
    if info.major == "1" && minor < MIN_KUBE_MINOR {
        printer.warn(&format!(
            "Kubernetes 1.{minor} is older than the oldest version Istio {} supports (1.{MIN_KUBE_MINOR}); continuing",
            crate::VERSION
        ))?;
    }
    Ok(info.git_version)
}

/// Warns when the same revision runs another istioctl version (upgrade or downgrade).
async fn version_change(cluster: &Cluster, plan: &Plan, printer: &mut Printer) -> Result<()> {
    let name = if plan.owner.revision.is_empty() { "istiod".to_string() } else { format!("istiod-{}", plan.owner.revision) };
    let key = Key { kind: "Deployment".into(), namespace: plan.namespace.clone(), name };
    let Some(live) = apply::get(cluster, &Discovery::new(), "apps/v1", &key).await? else { return Ok(()) };
    if let Some(old) = apply::label(&live, apply::VERSION_LABEL).filter(|v| *v != crate::VERSION) {
        let word = if version_lt(old, crate::VERSION) { "upgraded" } else { "downgraded" };
        printer.note(&format!("WARNING: Istio is being {word} from {old} to {}.", crate::VERSION))?;
        printer.note("         Before upgrading, you may wish to use 'istioctl x precheck' to check for upgrade warnings.")?;
    }
    Ok(())
}

fn version_lt(a: &str, b: &str) -> bool {
    let parse = |s: &str| s.split(['.', '-']).map(|p| p.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    parse(a) < parse(b)
}

pub async fn run(global: &Global, args: InstallArgs, mode: Mode, printer: &mut Printer) -> Result<ExitStatus> {
    if mode == Mode::Install
        && let Some(r) = args.render.revision.as_deref().filter(|r| !r.is_empty() && *r != "default")
            && !is_dns_label(r) {
                return Err(anyhow!("invalid revision specified: {r:?} is not a DNS-1123 label"));
            }
    let readiness_timeout = parse_timeout(&args.readiness_timeout)?;
    // Render before touching the cluster, so bad input fails without a connection.
    let (mut plan, warnings) = plan(&args.render, args.force, Vec::new())?;
    for w in &warnings {
        printer.note(&format!("❗ {w}"))?;
    }
    let cluster = crate::cluster::connect(&super::connect_options(global)?).await?;
    let server_version = check_cluster(&cluster, printer).await?;
    let detected = crate::cluster::version::platform_sets(&server_version);
    if !detected.is_empty() {
        printer.note(&format!("detected GKE ({server_version}): {}", detected.join(", ")))?;
        plan = self::plan(&args.render, args.force, detected)?.0;
    }
    version_change(&cluster, &plan, printer).await?;
    let rev = plan.owner.rev().to_string();
    if !args.dry_run && !args.skip_confirmation {
        if !progress::can_prompt() {
            return Err(anyhow!(
                "not installing: confirmation needed but stdin is not a terminal; pass -y (--skip-confirmation) to install the {:?} profile (revision {rev}) into context {:?}",
                plan.profile,
                cluster.context
            ));
        }
        let question = format!(
            "This will install the Istio {} profile {:?} (revision {rev}) into the cluster of context {:?}. Proceed? (y/N)",
            crate::VERSION,
            plan.profile,
            cluster.context
        );
        if !progress::confirm(printer, &question)? {
            printer.note("Cancelled.")?;
            return Ok(ExitStatus::Failure);
        }
    }
    let cancel = Arc::new(AtomicBool::new(false));
    let settings = Settings { dry_run: args.dry_run, readiness_timeout, cancel: cancel.clone() };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut progress = InstallProgress::new(printer);
    let report = {
        let fut = lifecycle::install(&cluster, &plan, settings, tx);
        tokio::pin!(fut);
        let ctrl_c = tokio::signal::ctrl_c();
        tokio::pin!(ctrl_c);
        let mut interrupted = false;
        let result = loop {
            tokio::select! {
                Some(ev) = rx.recv() => progress.event(printer, &ev),
                r = &mut fut => break r,
                _ = &mut ctrl_c, if !interrupted => {
                    interrupted = true;
                    cancel.store(true, Ordering::SeqCst);
                    printer.note("Interrupted: finishing the requests in flight, starting no new ones…")?;
                }
            }
        };
        while let Ok(ev) = rx.try_recv() {
            progress.event(printer, &ev);
        }
        progress.finish();
        result?
    };
    if args.dry_run {
        progress.dry_run_report(printer, &cluster.context)?;
        return Ok(ExitStatus::Success);
    }
    finish(&report, &plan, printer)?;
    if args.verify {
        return super::verify::check(&cluster, &plan, printer).await;
    }
    if plan.profile == "ambient" {
        printer.note("The ambient profile has been installed successfully, enjoy Istio without sidecars!")?;
    }
    Ok(ExitStatus::Success)
}

/// The closing lines, or the error that explains why the install is not complete.
fn finish(report: &Report, plan: &Plan, printer: &mut Printer) -> Result<()> {
    let total = plan.objects().count();
    if report.interrupted {
        let not: Vec<String> = report.not_applied.iter().map(|k| format!("  {k}")).collect();
        return Err(anyhow!(
            "interrupted: {} of {total} objects applied, {} not applied; run the same command again to finish the install{}{}",
            report.applied.len(),
            report.not_applied.len(),
            if not.is_empty() { "" } else { "\nnot applied:\n" },
            not.join("\n")
        ));
    }
    if !report.unready.is_empty() {
        let lines: Vec<String> = report
            .unready
            .iter()
            .map(|(c, k, why)| format!("  {k} ({}): {why}", lifecycle::display_name(*c)))
            .collect();
        return Err(anyhow!(
            "resources not ready after {}: {} object(s) not ready:\n{}",
            crate::go::go_duration(report.readiness_timeout),
            report.unready.len(),
            lines.join("\n")
        ));
    }
    if !report.errors.is_empty() {
        return Err(anyhow!("failed to install manifests:\n  {}", report.errors.join("\n  ")));
    }
    if report.counts.changed() == 0 && report.pruned.is_empty() {
        printer.note(&format!("✔ Installation complete: no changes, all {} objects already up to date", report.counts.unchanged))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_names_and_versions() {
        assert!(is_dns_label("canary-1"));
        assert!(!is_dns_label("Canary"));
        assert!(!is_dns_label("-a"));
        assert!(version_lt("1.29.0", "1.30.3"));
        assert!(!version_lt("1.31.0", "1.30.3"));
    }
}
