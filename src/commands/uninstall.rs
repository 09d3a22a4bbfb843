//! `istioctl uninstall`: checks the flags and the revision as upstream, lists what our installs
//! own (owner labels and revision; with `--purge` also CRDs, revision tags and istioctl's
//! waypoints), confirms when upstream does, then deletes exactly that list.

use anyhow::{Result, anyhow};
use serde_json::Value;

use crate::cluster::discovery::Discovery;
use crate::cluster::uninstall::{self, Selection};
use crate::error::ExitStatus;
use crate::output::Printer;
use crate::output::uninstall as out;
use crate::settings::{ClusterSettings, UninstallSettings};

/// Who the install is: `metadata.name`, `metadata.namespace` and the revision, from `-f` and
/// `--set` (later `--set` wins over the file; `--revision` over both).
struct Identity {
    name: Option<String>,
    namespace: String,
    revision: Option<String>,
}

fn non_empty(v: &Value) -> Option<String> {
    v.as_str().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

fn identity_of(s: &UninstallSettings, istio_namespace: &str) -> Result<Identity> {
    let mut id = Identity { name: None, namespace: istio_namespace.to_string(), revision: None };
    if let Some(f) = &s.filename {
        let text = std::fs::read_to_string(f).map_err(|e| anyhow!("reading {f}: {e}"))?;
        let iop: Value = serde_saphyr::from_str(&text).map_err(|e| anyhow!("{f}: {e}"))?;
        id.name = non_empty(&iop["metadata"]["name"]);
        if let Some(ns) = non_empty(&iop["metadata"]["namespace"]) {
            id.namespace = ns;
        }
        if let Some(ns) = non_empty(&iop["spec"]["values"]["global"]["istioNamespace"]) {
            id.namespace = ns;
        }
        id.revision =
            non_empty(&iop["spec"]["revision"]).or_else(|| non_empty(&iop["spec"]["values"]["revision"]));
    }
    for set in &s.set {
        let Some((path, value)) = set.split_once('=') else { continue };
        let value = value.trim();
        match path.trim() {
            "values.global.istioNamespace" | "spec.values.global.istioNamespace" => {
                id.namespace = value.to_string()
            }
            "revision" | "spec.revision" | "values.revision" | "spec.values.revision" => {
                id.revision = Some(if value.is_empty() { "default".to_string() } else { value.to_string() })
            }
            _ => {}
        }
    }
    if let Some(r) = &s.revision {
        id.revision = Some(if r.is_empty() { "default".to_string() } else { r.clone() });
    }
    Ok(id)
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
    let Identity { name: owner_name, namespace: owner_namespace, revision } =
        identity_of(&s, &global.istio_namespace)?;
    let cluster = crate::cluster::connect(&global.connect).await?;
    let server = crate::cluster::version::check_server(&cluster).await?;
    if let Some(minor) = server.unsupported_minor {
        crate::output::install::old_kubernetes(printer, minor)?;
    }
    let disc = Discovery::new();
    if s.purge && (s.revision.is_some() || s.filename.is_some()) {
        out::purge_ignores_selection(printer)?;
    }
    if let (Some(rev), false) = (&revision, s.purge) {
        // Checked before anything is listed for deletion: an unknown revision removes nothing.
        let installed = uninstall::installed_revisions(&cluster, &disc).await?;
        if !installed.contains(rev) {
            let list = if installed.is_empty() {
                "none".to_string()
            } else {
                installed.iter().map(String::as_str).collect::<Vec<_>>().join(", ")
            };
            return Err(anyhow!(
                "could not find target revision {rev:?}: no control plane of that revision is installed (installed revisions: {list})"
            ));
        }
    }
    let sel = Selection {
        revision: if s.purge { None } else { revision },
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
