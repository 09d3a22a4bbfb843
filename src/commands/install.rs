//! `istioctl install` (alias `apply`, also `manifest install`) and `upgrade`: render the plan
//! (the `manifest generate` pipeline), check the cluster is reachable and its version before any
//! write, confirm, then run the install engine while relaying its events to the printer;
//! SIGINT stops after the in-flight requests and says what was and was not applied.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Result, anyhow};

use crate::cluster::Cluster;
use crate::cluster::apply::{self, Key};
use crate::cluster::discovery::Discovery;
use crate::cluster::lifecycle::{self, Plan, Settings};
use crate::cluster::{verify, version};
use crate::error::ExitStatus;
use crate::output::Printer;
use crate::output::install as out;
use crate::output::progress::InstallProgress;
use crate::settings::{ClusterSettings, InstallSettings};

/// Warns when the same revision runs another istioctl version (upgrade or downgrade).
async fn version_change(cluster: &Cluster, plan: &Plan, printer: &mut Printer) -> Result<()> {
    let name = if plan.owner.revision.is_empty() {
        "istiod".to_string()
    } else {
        format!("istiod-{}", plan.owner.revision)
    };
    let key = Key { kind: "Deployment".into(), namespace: plan.namespace.clone(), name };
    let Some(live) = apply::get(cluster, &Discovery::new(), "apps/v1", &key).await? else { return Ok(()) };
    if let Some(old) = apply::label(&live, apply::VERSION_LABEL).filter(|v| *v != crate::VERSION) {
        out::version_change(printer, old, version_lt(old, crate::VERSION))?;
    }
    Ok(())
}

fn version_lt(a: &str, b: &str) -> bool {
    let parse = |s: &str| s.split(['.', '-']).map(|p| p.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    parse(a) < parse(b)
}

pub async fn run(
    global: &ClusterSettings,
    settings: InstallSettings,
    printer: &mut Printer,
) -> Result<ExitStatus> {
    let InstallSettings { mode: _, mut inputs, skip_confirmation, dry_run, readiness_timeout, verify } =
        settings;
    // Render before touching the cluster, so bad input fails without a connection.
    let (mut plan, warnings) = Plan::render(&inputs)?;
    out::warnings(printer, &warnings)?;
    let cluster = crate::cluster::connect(&global.connect).await?;
    let server = version::check_server(&cluster).await?;
    if let Some(minor) = server.unsupported_minor {
        out::old_kubernetes(printer, minor)?;
    }
    let detected = version::platform_sets(&server.git_version);
    if !detected.is_empty() {
        out::detected_gke(printer, &server.git_version, &detected)?;
        inputs.cluster_sets = detected;
        plan = Plan::render(&inputs)?.0;
    }
    version_change(&cluster, &plan, printer).await?;
    if !dry_run && !skip_confirmation {
        if !printer.can_prompt() {
            return Err(anyhow!(out::no_terminal(&plan, &cluster.context)));
        }
        if !printer.confirm(&out::question(&plan, &cluster.context))? {
            out::cancelled(printer)?;
            return Ok(ExitStatus::Failure);
        }
    }
    let cancel = Arc::new(AtomicBool::new(false));
    let settings = Settings { dry_run, readiness_timeout, cancel: cancel.clone() };
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
                    out::interrupted(printer)?;
                }
            }
        };
        while let Ok(ev) = rx.try_recv() {
            progress.event(printer, &ev);
        }
        progress.finish();
        result?
    };
    if dry_run {
        progress.dry_run_report(printer, &cluster.context)?;
        return Ok(ExitStatus::Success);
    }
    out::finish(&report, &plan, printer)?;
    if verify {
        crate::output::verify::report(printer, &verify::compare(&cluster, &plan).await?)?;
        return Ok(ExitStatus::Success);
    }
    if plan.profile == "ambient" {
        out::ambient_done(printer)?;
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_numerically() {
        assert!(version_lt("1.29.0", "1.30.3"));
        assert!(!version_lt("1.31.0", "1.30.3"));
        assert!(version_lt("1.9.0", "1.10.0"));
    }
}
