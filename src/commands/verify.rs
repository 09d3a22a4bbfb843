//! `istioctl verify-install` (removed upstream in 1.24, brought back): renders the install for
//! the given flags and compares it with the cluster — every object present, the installer's
//! fields equal, workloads ready — printing a row per missing, drifted or unready object.

use anyhow::{Result, anyhow};

use crate::cli::Global;
use crate::cli::install::VerifyArgs;
use crate::cluster::Cluster;
use crate::cluster::apply::{self, Key};
use crate::cluster::discovery::Discovery;
use crate::cluster::lifecycle::Plan;
use crate::cluster::readiness;
use crate::error::ExitStatus;
use crate::output::Printer;

pub async fn run(global: &Global, args: VerifyArgs, printer: &mut Printer) -> Result<ExitStatus> {
    let (plan, _) = super::install::plan(&args.render, false, Vec::new())?;
    let cluster = crate::cluster::connect(&super::connect_options(global)?).await?;
    super::install::check_cluster(&cluster, printer).await?;
    check(&cluster, &plan, printer).await
}

/// One finding: the object, its status (`missing`, `drifted`, `unready`) and the detail.
type Row = (Key, &'static str, String);

/// Compares the plan with the cluster and prints the findings; exit 1 on any.
pub async fn check(cluster: &Cluster, plan: &Plan, printer: &mut Printer) -> Result<ExitStatus> {
    let mut plan = plan.clone();
    if plan.manage_default_tag && plan.owner.revision.is_empty() {
        plan.deactivate_own_injector();
    }
    let disc = Discovery::new();
    let objects: Vec<&serde_json::Value> = plan.objects().collect();
    let live = futures::future::try_join_all(objects.iter().map(|o| {
        let av = o["apiVersion"].as_str().unwrap_or_default().to_string();
        let key = Key::of(o);
        let disc = &disc;
        async move { apply::get(cluster, disc, &av, &key).await }
    }))
    .await?;
    let mut rows: Vec<Row> = Vec::new();
    for (want, got) in objects.iter().zip(live) {
        let key = Key::of(want);
        let Some(got) = got else {
            rows.push((key, "missing", "not found in the cluster".into()));
            continue;
        };
        let drift = apply::drifted_fields(want, &got);
        if !drift.is_empty() {
            let mut detail = drift.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
            if drift.len() > 5 {
                detail.push_str(&format!(" and {} more", drift.len() - 5));
            }
            rows.push((key.clone(), "drifted", detail));
        }
        if !readiness::is_ready(&got) {
            let why = readiness::workload_reason(cluster, &got).await.unwrap_or_else(|| "not ready".into());
            rows.push((key, "unready", why));
        }
    }
    if rows.is_empty() {
        printer.line(&format!("✔ {} objects checked: Istio is installed and verified successfully", objects.len()))?;
        return Ok(ExitStatus::Success);
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|(k, status, detail)| vec![k.kind.clone(), k.name.clone(), k.namespace.clone(), status.to_string(), detail.clone()])
        .collect();
    printer.out(&crate::output::table::render(&["KIND", "NAME", "NAMESPACE", "STATUS", "DETAIL"], &table, 3))?;
    Err(anyhow!("Istio installation failed: {} of {} objects missing, drifted or unready", rows.len(), objects.len()))
}
