//! Grammar of `istioctl manifest` and its `generate` subcommand (upstream 1.30.3 flags, including
//! the hidden, ignored `--filter`). Types only; `commands::manifest` does the work (`manifest install` is `install`).

use clap::{Args, Subcommand};

use super::RenderFlags;

/// `istioctl manifest`
#[derive(Debug, Args)]
pub struct ManifestArgs {
    #[command(subcommand)]
    pub command: ManifestCommand,
}

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Generates an Istio install manifest (offline; prints the objects an install would apply)
    Generate(GenerateArgs),
    /// Applies an Istio manifest to the cluster (the same command as `istioctl install`)
    #[command(
        after_help = "Examples:\n  istioctl manifest install --set profile=demo -y\n  istioctl manifest install -f my-config.yaml --dry-run\n\nExit status: 0 when every component is applied and ready (or a --dry-run diff was shown); 1 on any failure, a readiness timeout, a declined prompt, or no terminal to confirm on without -y."
    )]
    Install(crate::cli::install::InstallArgs),
}

/// `istioctl manifest generate`
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  istioctl manifest generate\n  istioctl manifest generate --set profile=ambient\n  istioctl manifest generate -f my-operator-config.yaml --set values.global.proxy.logLevel=debug"
)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub render: RenderFlags,
    /// Ask the cluster for its version to detect the platform (GKE); offline otherwise
    #[arg(long = "cluster-specific")]
    pub cluster_specific: bool,
    /// Accepted for compatibility; generate never changes anything
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// Accepted and ignored, as upstream 1.30.3 does
    #[arg(long, hide = true, value_delimiter = ',', num_args = 0..=1, allow_hyphen_values = true)]
    pub filter: Vec<String>,
}
