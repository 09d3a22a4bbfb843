//! `istioctl namespace list|enable|disable|waypoint`: plan label changes per namespace (all
//! namespaces are checked before any is changed), then apply them or, with `--dry-run`, show them.

use crate::cli::{DataplaneMode, NamespaceArgs, NamespaceCommand};
use crate::cluster::namespace::{self, LabelChange, Mode};
use crate::error::ExitStatus;
use crate::output::{Printer, namespaces as out};
use crate::settings::ClusterSettings;

pub async fn run(
    global: &ClusterSettings,
    args: NamespaceArgs,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    let cluster = crate::cluster::connect(&global.connect).await?;
    match args.command {
        NamespaceCommand::List { output } => {
            let rows = namespace::list(&cluster).await?;
            match output.document() {
                Some(format) => printer.document(format, &rows)?,
                None => printer.out(&out::table(&rows))?,
            }
        }
        NamespaceCommand::Enable { namespaces, mode, revision, dry_run } => {
            let mode = match mode {
                DataplaneMode::Sidecar => Mode::Sidecar,
                DataplaneMode::Ambient => Mode::Ambient,
            };
            let mut plans = Vec::new();
            for ns in &namespaces {
                let labels = namespace::labels(&cluster, ns).await?;
                plans.push(namespace::plan_enable(ns, &labels, mode, revision.as_deref()));
            }
            apply_all(&cluster, &plans, dry_run, printer).await?;
        }
        NamespaceCommand::Disable { namespaces, dry_run } => {
            let mut plans = Vec::new();
            for ns in &namespaces {
                let labels = namespace::labels(&cluster, ns).await?;
                plans.push(namespace::plan_disable(ns, &labels));
            }
            apply_all(&cluster, &plans, dry_run, printer).await?;
        }
        NamespaceCommand::Waypoint { namespace: ns, name, none: _, dry_run } => {
            let labels = namespace::labels(&cluster, &ns).await?;
            let plan = namespace::plan_waypoint(&ns, &labels, name.as_deref());
            apply_all(&cluster, &[plan], dry_run, printer).await?;
        }
    }
    Ok(ExitStatus::Success)
}

async fn apply_all(
    cluster: &crate::cluster::Cluster,
    plans: &[LabelChange],
    dry_run: bool,
    printer: &mut Printer,
) -> anyhow::Result<()> {
    for plan in plans {
        if !dry_run {
            namespace::apply(cluster, plan).await?;
        }
        printer.line(&out::change_line(plan, dry_run))?;
    }
    Ok(())
}
