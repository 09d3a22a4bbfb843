//! `istioctl manifest generate`: resolve the IstioOperator inputs (profile layer), render every
//! enabled component offline (render layer) and hand the sorted objects to the printer as YAML
//! documents. No cluster access unless asked for, and no printing here. (`manifest install` is
//! `install`, dispatched in `commands::run`.)

use anyhow::Result;

use crate::error::{ExitStatus, Failure};
use crate::output::Printer;
use crate::settings::{ClusterSettings, GenerateSettings};
use crate::{profile, render};

pub async fn generate(
    global: &ClusterSettings,
    settings: GenerateSettings,
    printer: &mut Printer,
) -> Result<ExitStatus> {
    let GenerateSettings { mut inputs, cluster_specific } = settings;
    if cluster_specific {
        // The only cluster access generate makes: the server version, for GKE detection.
        let cluster = crate::cluster::connect(&global.connect).await?;
        let version = crate::cluster::version::server_git_version(&cluster).await?;
        inputs.cluster_sets = crate::cluster::version::platform_sets(&version);
    }
    let resolved = profile::resolve(&inputs).map_err(|e| {
        let status = e.status();
        Failure::new(status, e)
    })?;
    // Plain validation warnings are not shown by upstream's generate; errors let through by
    // --force are.
    for w in resolved.warnings.iter().filter(|w| w.contains("--force")) {
        printer.warn(w)?;
    }
    let objects = render::render(&resolved)?;
    printer.out(&render::manifest_text(&objects))?;
    Ok(ExitStatus::Success)
}
