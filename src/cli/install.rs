//! Grammar of the install lifecycle: `install` (alias `apply`, also `manifest install`),
//! `upgrade`, `uninstall` and `verify-install`, with upstream 1.30.3's flags. Types only;
//! `commands::install`, `uninstall`, `upgrade` and `verify` do the work.

use std::time::Duration;

use clap::Args;

use super::{ManifestsFlag, RenderFlags, RenderInputFlags, values};

/// `istioctl install` / `upgrade` / `manifest install`
#[derive(Debug, Args, Clone)]
pub struct InstallArgs {
    #[command(flatten)]
    pub render: RenderFlags,
    /// Install without asking for confirmation
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
    /// Change nothing: show, per object, what an install would create, update (with the fields) or prune
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// How long to wait for each component to become ready (Go duration)
    #[arg(
        long = "readiness-timeout",
        default_value = "5m0s",
        value_name = "DURATION",
        value_parser = values::go_duration,
        allow_hyphen_values = true
    )]
    pub readiness_timeout: Duration,
    /// After installing, check the cluster against the rendered objects (as verify-install)
    #[arg(long)]
    pub verify: bool,
}

/// `istioctl uninstall`
#[derive(Debug, Args)]
pub struct UninstallArgs {
    /// Uninstall this control-plane revision
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
    /// IstioOperator file naming the install (its metadata.name/namespace)
    #[arg(short = 'f', long = "filename", value_name = "PATH")]
    pub filename: Option<String>,
    /// Remove every revision, the CRDs, the revision tags and the waypoints istioctl created
    #[arg(long)]
    pub purge: bool,
    /// Override an IstioOperator value (only metadata name/namespace matter here)
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    #[command(flatten)]
    pub manifests: ManifestsFlag,
    /// Uninstall without asking for confirmation
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
    /// Accepted for compatibility; has no effect (as upstream)
    #[arg(long)]
    pub force: bool,
    /// List every object that will be removed
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// List what would be removed without removing anything
    #[arg(long = "dry-run")]
    pub dry_run: bool,
}

/// `istioctl verify-install`
#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub render: RenderInputFlags,
}
