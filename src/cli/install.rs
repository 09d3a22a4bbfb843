//! Grammar of the install lifecycle: `install` (alias `apply`, also `manifest install`),
//! `upgrade`, `uninstall` and `verify-install`, with upstream 1.30.3's flags. Types only;
//! `commands::install`, `uninstall`, `upgrade` and `verify` do the work.

use std::path::PathBuf;

use clap::Args;

/// The inputs every lifecycle command renders from (`-f`, `--set`, `-d`, `-r`).
#[derive(Debug, Args, Clone, Default)]
pub struct RenderFlags {
    /// IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated
    #[arg(short = 'f', long = "filename", value_delimiter = ',', value_name = "PATH")]
    pub filename: Vec<String>,
    /// Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Directory holding profiles/ (and templates/) to use instead of the built-in ones
    #[arg(short = 'd', long = "manifests", alias = "charts", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
    /// Control plane revision (alias of --set revision=REV)
    #[arg(short = 'r', long)]
    pub revision: Option<String>,
}

/// `istioctl install` / `upgrade` / `manifest install`
#[derive(Debug, Args, Clone)]
#[command(after_help = "Exit status: 0 when every component is applied and ready (or a --dry-run diff was shown); 1 on any failure, a readiness timeout, a declined prompt, or no terminal to confirm on without -y.")]
pub struct InstallArgs {
    #[command(flatten)]
    pub render: RenderFlags,
    /// Install without asking for confirmation
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
    /// Proceed even with validation errors (printed as warnings)
    #[arg(long)]
    pub force: bool,
    /// Change nothing: show, per object, what an install would create, update (with the fields) or prune
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// How long to wait for each component to become ready (Go duration)
    #[arg(long = "readiness-timeout", default_value = "5m0s", value_name = "DURATION")]
    pub readiness_timeout: String,
    /// After installing, check the cluster against the rendered objects (as verify-install)
    #[arg(long)]
    pub verify: bool,
}

/// `istioctl uninstall`
#[derive(Debug, Args)]
#[command(after_help = "At least one of --revision, --filename or --purge is required. Only objects carrying the installer's labels are deleted.")]
pub struct UninstallArgs {
    /// Uninstall this control-plane revision
    #[arg(short = 'r', long)]
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
    /// Directory holding profiles/ to use instead of the built-in ones
    #[arg(short = 'd', long = "manifests", alias = "charts", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
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
#[command(after_help = "Exit status: 0 when every rendered object is present, equal in the fields the installer sets, and ready; 1 otherwise.")]
pub struct VerifyArgs {
    #[command(flatten)]
    pub render: RenderFlags,
}
