//! One file per command: resolve settings from the parsed flags, call the domain modules, hand
//! results to `output`. No clap types below this layer and no printing here.

mod analyze;
mod completion;
mod manifest;
mod namespace;
mod install;
mod uninstall;
mod verify;
mod profile;
mod tag;
mod validate;
mod version;
mod waypoint;

use crate::cli::{Cli, Command};
use crate::error::ExitStatus;
use crate::output::Printer;

/// Dispatches a parsed command line.
pub async fn run(cli: Cli, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let global = cli.global;
    match cli.command {
        Command::Analyze(args) => analyze::run(&global, args, printer),
        Command::Validate(args) => validate::run(&global, args, printer),
        Command::Version(args) => version::run(&global, args, printer).await,
        Command::Completion(args) => completion::run(args, printer),
        Command::Namespace(args) => namespace::run(&global, args, printer).await,
        Command::Manifest(args) => manifest::run(&global, args, printer).await,
        Command::Install(args) => install::run(&global, args, install::Mode::Install, printer).await,
        Command::Upgrade(args) => install::run(&global, args, install::Mode::Upgrade, printer).await,
        Command::Uninstall(args) => uninstall::run(&global, args, printer).await,
        Command::VerifyInstall(args) => verify::run(&global, args, printer).await,
        Command::Profile(args) => profile::run(args, printer),
        Command::Tag(args) => tag::run(&global, args, printer).await,
        Command::Waypoint(args) => waypoint::run(&global, args, printer).await,
    }
}

/// Cluster connection settings from the global flags.
pub(crate) fn connect_options(global: &crate::cli::Global) -> anyhow::Result<crate::cluster::ConnectOptions> {
    Ok(crate::cluster::ConnectOptions {
        kubeconfig: global.kubeconfig.clone(),
        context: global.context.clone(),
        impersonate_user: global.as_user.clone(),
        impersonate_uid: global.as_uid.clone(),
        impersonate_groups: global.as_group.clone(),
        timeout: crate::cluster::client::parse_timeout(&global.kubeclient_timeout)?,
    })
}
