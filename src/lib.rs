//! istioctl, rewritten in Rust: a drop-in for upstream istioctl 1.30.3.
//!
//! The folders are the pipeline: `cli` (grammar) → `commands` (one file per command) → domain
//! modules (`api`, …) → `output` (the only printer). `error` maps failures to upstream's exit
//! codes. See `docs/architecture.md` for the map.

pub mod analyze;
pub mod api;
pub mod browser;
pub mod candidates;
pub mod cluster;
pub mod cli;
pub mod commands;
pub mod embedded;
pub mod error;
pub mod go;
pub mod hash;
pub mod lines;
pub mod output;
pub mod profile;
pub mod validate;
pub mod render;
pub mod inject;
pub mod settings;
#[cfg(test)]
mod robustness;

use error::{ExitStatus, is_broken_pipe, status_of};
use output::Printer;

/// The Istio release this build renders and reports as its client version.
pub const VERSION: &str = "1.30.3";

/// Runs one parsed command line and returns the process exit status. Errors are reported here,
/// once, through the printer; a broken pipe on stdout is a quiet success.
pub async fn run(cli: cli::Cli, printer: &mut Printer) -> ExitStatus {
    match commands::run(cli, printer).await {
        Ok(status) => status,
        Err(err) if is_broken_pipe(&err) => ExitStatus::Success,
        Err(err) => {
            printer.error(&err);
            status_of(&err)
        }
    }
}
