//! `istioctl uninstall`: checks the flags and the revision as upstream, lists what our installs
//! own (owner labels and revision; with `--purge` also CRDs, revision tags and istioctl's
//! waypoints), confirms when upstream does, then deletes exactly that list.

use anyhow::{Result, anyhow};
use serde_json::Value;

use crate::cluster::apply;
use crate::cluster::discovery::Discovery;
use crate::cluster::uninstall::{self, Selection};
use crate::error::ExitStatus;
use crate::output::Printer;
use crate::output::uninstall as out;
use crate::settings::{ClusterSettings, UninstallSettings};

/// `metadata.name` / `metadata.namespace` from `-f` and `--set` (no validation, as upstream).
fn owner_of(s: &UninstallSettings, istio_namespace: &str) -> Result<(Option<String>, String)> {
    let mut name = None;
    let mut namespace = istio_namespace.to_string();
    if let Some(f) = &s.filename {
        let text = std::fs::read_to_string(f).map_err(|e| anyhow!("reading {f}: {e}"))?;
        let iop: Value = serde_saphyr::from_str(&text).map_err(|e| anyhow!("{f}: {e}"))?;
        name = iop["metadata"]["name"].as_str().filter(|s| !s.is_empty()).map(str::to_string);
        if let Some(ns) = iop["metadata"]["namespace"].as_str().filter(|s| !s.is_empty()) {
            namespace = ns.to_string();
        }
        if let Some(ns) = iop["spec"]["values"]["global"]["istioNamespace"].as_str().filter(|s| !s.is_empty())
        {
            namespace = ns.to_string();
        }
    }
    for set in &s.set {
        if let Some(ns) = set.strip_prefix("values.global.istioNamespace=") {
            namespace = ns.trim().to_string();
        }
    }
    Ok((name, namespace))
}

pub async fn run(
    global: &ClusterSettings,
    s: UninstallSettings,
    printer: &mut Printer,
) -> Result<ExitStatus> {
    let set_revision = s.set.iter().any(|s| s.starts_with("revision="));
    if s.revision.is_none() && s.filename.is_none() && !s.purge && !set_revision {
        return Err(anyhow!(
            "at least one of the --revision (or --set revision=<revision>), --filename or --purge flags must be set"
        ));
    }
    let (owner_name, owner_namespace) = owner_of(&s, &global.istio_namespace)?;
    let cluster = crate::cluster::connect(&global.connect).await?;
    let server = crate::cluster::version::check_server(&cluster).await?;
    if let Some(minor) = server.unsupported_minor {
        crate::output::install::old_kubernetes(printer, minor)?;
    }
    let disc = Discovery::new();
    if s.purge && (s.revision.is_some() || s.filename.is_some()) {
        out::purge_ignores_selection(printer)?;
    }
    if let (Some(rev), false) = (&s.revision, s.purge) {
        let mwcs = apply::list(
            &cluster,
            &disc,
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            "",
        )
        .await?;
        let found = mwcs.iter().any(|m| apply::label(m, apply::REV).unwrap_or("default") == rev);
        if !found {
            return Err(anyhow!(
                "could not find target revision {rev:?}: no control plane of that revision is installed"
            ));
        }
    }
    let sel = Selection {
        revision: if s.purge { None } else { s.revision.clone() },
        owner_name: if s.purge { None } else { owner_name },
        owner_namespace,
        purge: s.purge,
        istio_namespace: global.istio_namespace.clone(),
    };
    let targets = uninstall::select(&cluster, &disc, &sel).await?;
    if targets.is_empty() {
        out::nothing(printer)?;
        return Ok(ExitStatus::Success);
    }
    out::targets(printer, &targets)?;
    if s.dry_run {
        out::dry_run(printer)?;
        return Ok(ExitStatus::Success);
    }
    let gateways = targets.iter().any(|t| t.key.kind == "Deployment" && t.key.name.contains("gateway"));
    if (s.purge || gateways) && !s.skip_confirmation {
        if !printer.can_prompt() {
            return Err(anyhow!(out::NO_TERMINAL));
        }
        if !printer.confirm(out::question(s.purge))? {
            crate::output::install::cancelled(printer)?;
            return Ok(ExitStatus::Failure);
        }
    }
    let (removed, errors) = uninstall::delete_all(&cluster, &disc, &targets).await;
    out::removed(printer, &removed)?;
    if !errors.is_empty() {
        return Err(anyhow!(
            "failed to delete control plane resources by revision:\n  {}",
            errors.join("\n  ")
        ));
    }
    out::complete(printer)?;
    Ok(ExitStatus::Success)
}
