//! Grammar of `istioctl manifest` and its `generate` subcommand (upstream 1.30.3 flags, including
//! the hidden, ignored `--filter`). Types only; `commands::manifest` does the work.

use std::path::PathBuf;

use clap::{Args, Subcommand};

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
    Install(crate::cli::install::InstallArgs),
}

/// `istioctl manifest generate`
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  istioctl manifest generate\n  istioctl manifest generate --set profile=ambient\n  istioctl manifest generate -f my-operator-config.yaml --set values.global.proxy.logLevel=debug")]
pub struct GenerateArgs {
    /// IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated
    #[arg(short = 'f', long = "filename", value_delimiter = ',', value_name = "PATH")]
    pub filename: Vec<String>,
    /// Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Proceed even with validation errors
    #[arg(long)]
    pub force: bool,
    /// Directory holding profiles/ (and templates/) to use instead of the built-in ones
    #[arg(short = 'd', long = "manifests", alias = "charts", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
    /// Control plane revision (alias of --set revision=REV)
    #[arg(short = 'r', long)]
    pub revision: Option<String>,
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
