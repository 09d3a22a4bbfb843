//! `istioctl verify-install` (removed upstream in 1.24, brought back): renders the install for
//! the given flags and compares it with the cluster — every object present, the installer's
//! fields equal, workloads ready — through `cluster::verify`; `output::verify` prints the rows.

use anyhow::Result;

use crate::cluster::lifecycle::Plan;
use crate::cluster::{verify, version};
use crate::error::ExitStatus;
use crate::output::Printer;
use crate::settings::{ClusterSettings, VerifySettings};

pub async fn run(
    global: &ClusterSettings,
    settings: VerifySettings,
    printer: &mut Printer,
) -> Result<ExitStatus> {
    let VerifySettings { inputs } = settings;
    let (plan, _) = Plan::render(&inputs)?;
    let cluster = crate::cluster::connect(&global.connect).await?;
    let server = version::check_server(&cluster).await?;
    if let Some(minor) = server.unsupported_minor {
        crate::output::install::old_kubernetes(printer, minor)?;
    }
    crate::output::verify::report(printer, &verify::compare(&cluster, &plan).await?)?;
    Ok(ExitStatus::Success)
}
