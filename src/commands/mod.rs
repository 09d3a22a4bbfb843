//! One file per command: resolve settings from the parsed flags, call the domain modules, hand
//! results to `output`. No clap types below this layer and no printing here.

mod completion;
mod manifest;
mod profile;
mod validate;
mod version;

use crate::cli::{Cli, Command};
use crate::error::ExitStatus;
use crate::output::Printer;

/// Dispatches a parsed command line.
pub async fn run(cli: Cli, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let global = cli.global;
    match cli.command {
        Command::Validate(args) => validate::run(&global, args, printer),
        Command::Version(args) => version::run(&global, args, printer).await,
        Command::Completion(args) => completion::run(args, printer),
        Command::Manifest(args) => manifest::run(args, printer),
        Command::Profile(args) => profile::run(args, printer),
    }
}
