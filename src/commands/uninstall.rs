//! `istioctl uninstall`: checks the flags and the revision as upstream, lists what our installs
//! own (owner labels and revision; with `--purge` also CRDs, revision tags and istioctl's
//! waypoints), confirms when upstream does, then deletes exactly that list.

use anyhow::{Result, anyhow};
use serde_json::Value;

use crate::cli::Global;
use crate::cli::install::UninstallArgs;
use crate::cluster::apply;
use crate::cluster::discovery::Discovery;
use crate::cluster::uninstall::{self, Selection};
use crate::error::ExitStatus;
use crate::output::Printer;
use crate::output::progress;

/// `metadata.name` / `metadata.namespace` from `-f` and `--set` (no validation, as upstream).
fn owner_of(args: &UninstallArgs, istio_namespace: &str) -> Result<(Option<String>, String)> {
    let mut name = None;
    let mut namespace = istio_namespace.to_string();
    if let Some(f) = &args.filename {
        let text = std::fs::read_to_string(f).map_err(|e| anyhow!("reading {f}: {e}"))?;
        let iop: Value = serde_saphyr::from_str(&text).map_err(|e| anyhow!("{f}: {e}"))?;
        name = iop["metadata"]["name"].as_str().filter(|s| !s.is_empty()).map(str::to_string);
        if let Some(ns) = iop["metadata"]["namespace"].as_str().filter(|s| !s.is_empty()) {
            namespace = ns.to_string();
        }
        if let Some(ns) = iop["spec"]["values"]["global"]["istioNamespace"].as_str().filter(|s| !s.is_empty()) {
            namespace = ns.to_string();
        }
    }
    for s in &args.set {
        if let Some(ns) = s.strip_prefix("values.global.istioNamespace=") {
            namespace = ns.trim().to_string();
        }
    }
    Ok((name, namespace))
}

pub async fn run(global: &Global, args: UninstallArgs, printer: &mut Printer) -> Result<ExitStatus> {
    let set_revision = args.set.iter().any(|s| s.starts_with("revision="));
    if args.revision.is_none() && args.filename.is_none() && !args.purge && !set_revision {
        return Err(anyhow!(
            "at least one of the --revision (or --set revision=<revision>), --filename or --purge flags must be set"
        ));
    }
    let (owner_name, owner_namespace) = owner_of(&args, &global.istio_namespace)?;
    let cluster = crate::cluster::connect(&super::connect_options(global)?).await?;
    super::install::check_cluster(&cluster, printer).await?;
    let disc = Discovery::new();
    if args.purge && (args.revision.is_some() || args.filename.is_some()) {
        printer.warn("--purge removes every Istio revision and ignores --revision and --filename")?;
    }
    if let (Some(rev), false) = (&args.revision, args.purge) {
        let mwcs = apply::list(&cluster, &disc, "admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", "").await?;
        let found = mwcs.iter().any(|m| apply::label(m, apply::REV).unwrap_or("default") == rev);
        if !found {
            return Err(anyhow!("could not find target revision {rev:?}: no control plane of that revision is installed"));
        }
    }
    let sel = Selection {
        revision: if args.purge { None } else { args.revision.clone() },
        owner_name: if args.purge { None } else { owner_name },
        owner_namespace,
        purge: args.purge,
        istio_namespace: global.istio_namespace.clone(),
    };
    let targets = uninstall::select(&cluster, &disc, &sel).await?;
    if targets.is_empty() {
        printer.line("No resources will be pruned from the cluster. Please double check the input configs")?;
        return Ok(ExitStatus::Success);
    }
    printer.line(&format!("The following {} objects will be removed:", targets.len()))?;
    for t in &targets {
        let why = match t.reason {
            "tag" => " (revision tag)",
            "waypoint" => " (waypoint)",
            _ => "",
        };
        printer.line(&format!("  {}{why}", t.key))?;
    }
    if args.dry_run {
        printer.line("Dry run: nothing was removed.")?;
        return Ok(ExitStatus::Success);
    }
    let gateways = targets.iter().any(|t| t.key.kind == "Deployment" && t.key.name.contains("gateway"));
    if (args.purge || gateways) && !args.skip_confirmation {
        if !progress::can_prompt() {
            return Err(anyhow!(
                "not uninstalling: confirmation needed but stdin is not a terminal; pass -y (--skip-confirmation) to remove the objects listed above"
            ));
        }
        let question = if args.purge {
            "All Istio resources will be pruned from the cluster. Proceed? (y/N)".to_string()
        } else {
            "Gateways will be removed. Proceed? (y/N)".to_string()
        };
        if !progress::confirm(printer, &question)? {
            printer.note("Cancelled.")?;
            return Ok(ExitStatus::Failure);
        }
    }
    let (removed, errors) = uninstall::delete_all(&cluster, &disc, &targets).await;
    for k in &removed {
        printer.line(&format!("  Removed {k}."))?;
    }
    if !errors.is_empty() {
        return Err(anyhow!("failed to delete control plane resources by revision:\n  {}", errors.join("\n  ")));
    }
    printer.note("✔ Uninstall complete")?;
    Ok(ExitStatus::Success)
}
