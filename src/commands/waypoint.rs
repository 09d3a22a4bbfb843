//! `istioctl waypoint generate|apply|list|status|delete`. `apply` checks the Gateway API and the
//! namespace before writing anything, reports "applied" as not yet programmed, and with `--wait`
//! succeeds only on `Programmed=True` (a timeout exits 1 naming the condition's reason).

use crate::cli::waypoint::{GatewayFlags, WaypointArgs, WaypointCommand};
use crate::cluster::Cluster;
use crate::cluster::namespace::{self, DATAPLANE_MODE, USE_WAYPOINT};
use crate::cluster::waypoint::{self, DeleteEvent, NotProgrammed, Selection};
use crate::error::ExitStatus;
use crate::output::{Printer, waypoint as out};
use crate::settings::ClusterSettings;

pub async fn run(
    global: &ClusterSettings,
    args: WaypointArgs,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    let name = match args.name.as_str() {
        "" => "waypoint".to_string(),
        "none" => anyhow::bail!("invalid name provided for waypoint, 'none' is a reserved value"),
        n => n.to_string(),
    };
    if let WaypointCommand::Generate(flags) = &args.command {
        let gw = gateway(&name, global.namespace.as_deref(), flags);
        printer.out(&waypoint::to_yaml(&gw))?;
        return Ok(ExitStatus::Success);
    }
    let ns = global.namespace_or_context();
    let cluster = crate::cluster::connect(&global.connect).await?;
    match args.command {
        WaypointCommand::Generate(_) => unreachable!("handled above"),
        WaypointCommand::Apply { gateway: flags, enroll_namespace, overwrite, wait, timeout } => {
            let timeout = timeout.waypoint_timeout;
            let labels = waypoint::preflight(&cluster, &ns).await?;
            if enroll_namespace {
                if let Some(current) = labels.get(USE_WAYPOINT).filter(|_| !overwrite) {
                    out::already_uses(printer, &ns, current, &name)?;
                    return Ok(ExitStatus::Success);
                }
                if labels.get(DATAPLANE_MODE).map(String::as_str) != Some("ambient") {
                    out::not_ambient(printer, &ns)?;
                }
            }
            let gw = gateway(&name, Some(&ns), &flags);
            waypoint::apply(&cluster, &gw)
                .await
                .map_err(|e| e.context(format!("applying waypoint {ns}/{name}")))?;
            printer.line(&out::applied(&ns, &name))?;
            if wait {
                wait_for(&cluster, &ns, &name, timeout, printer).await?;
            }
            if enroll_namespace {
                let change = namespace::plan_waypoint(&ns, &labels, Some(&name));
                namespace::apply(&cluster, &change).await?;
                printer.line(&out::enrolled(&ns, &name))?;
            }
        }
        WaypointCommand::List { all_namespaces, output } => {
            let (any, rows) = waypoint::list(&cluster, scope(all_namespaces, &ns)).await?;
            match output.document() {
                Some(format) => printer.document(format, &rows)?,
                None if !any => printer.line(out::NONE_FOUND)?,
                None => printer.out(&out::list_table(&rows, all_namespaces))?,
            }
        }
        WaypointCommand::Status { all_namespaces, wait, timeout } => {
            let timeout = timeout.waypoint_timeout;
            let (any, mut rows) = waypoint::list(&cluster, scope(all_namespaces, &ns)).await?;
            if !any {
                printer.line(out::NONE_FOUND)?;
                return Ok(ExitStatus::Success);
            }
            if wait {
                for row in rows.iter_mut().filter(|r| r.programmed != "True") {
                    match waypoint::wait_programmed(&cluster, &row.namespace, &row.name, timeout).await? {
                        Ok(done) => *row = done,
                        Err(why) => anyhow::bail!(
                            "failed to print waypoint status: {}",
                            not_programmed(&row.namespace, &row.name, &why)
                        ),
                    }
                }
            }
            printer.out(&out::status_table(&rows, all_namespaces))?;
        }
        WaypointCommand::Delete { names, all, revision } => {
            let selection = match (names.is_empty(), all, revision) {
                (false, _, _) => Selection::Names(names),
                (true, true, _) => Selection::All,
                (true, false, Some(r)) => Selection::Revision(r),
                (true, false, None) => {
                    return Err(crate::error::Failure::usage(
                        "name the waypoints to delete, or pass --all or --revision",
                    )
                    .into());
                }
            };
            let events = waypoint::delete(&cluster, &ns, &selection).await?;
            let mut refused = 0;
            for e in &events {
                if matches!(e, DeleteEvent::NotAWaypoint { .. }) {
                    refused += 1;
                    printer.warn(&out::delete_line(e))?;
                } else {
                    printer.line(&out::delete_line(e))?;
                }
            }
            if refused > 0 {
                anyhow::bail!(
                    "{refused} of the named Gateways are not waypoints (class {}) and were left alone",
                    waypoint::CLASS
                );
            }
        }
    }
    Ok(ExitStatus::Success)
}

fn gateway(name: &str, ns: Option<&str>, flags: &GatewayFlags) -> serde_json::Value {
    waypoint::gateway(name, ns, flags.traffic.map(|t| t.as_str()), flags.revision.as_deref())
}

fn scope(all_namespaces: bool, ns: &str) -> Option<&str> {
    if all_namespaces { None } else { Some(ns) }
}

fn not_programmed(ns: &str, name: &str, why: &NotProgrammed) -> String {
    match why {
        NotProgrammed::Missing => format!("waypoint {ns}/{name} disappeared while waiting for it"),
        NotProgrammed::TimedOut(c) => {
            format!(
                "timed out while waiting for waypoint {ns}/{name} to be programmed: {}",
                out::condition(c.as_ref())
            )
        }
    }
}

async fn wait_for(
    cluster: &Cluster,
    ns: &str,
    name: &str,
    timeout: std::time::Duration,
    printer: &mut Printer,
) -> anyhow::Result<()> {
    match waypoint::wait_programmed(cluster, ns, name, timeout).await? {
        Ok(_) => Ok(printer.line(&out::ready(ns, name))?),
        Err(why) => {
            anyhow::bail!("{} (after {:?}, --waypoint-timeout)", not_programmed(ns, name, &why), timeout)
        }
    }
}
