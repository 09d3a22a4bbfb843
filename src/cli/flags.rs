//! The flag groups several commands share, each declared once and flattened where used: the
//! cluster group (kubeconfig, context, impersonation, client timeout), the render group
//! (`-f`, `--set`, `-d`, `-r`, `--force`) and its `-d/--manifests` part on its own.
//! Types only; `settings/` gives the flags their meaning.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::values;

/// How to reach the cluster (upstream's persistent root flags that build the client).
#[derive(Debug, Args, Clone)]
pub struct ClusterFlags {
    /// Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)
    #[arg(short = 'c', long, global = true, value_name = "PATH")]
    pub kubeconfig: Option<PathBuf>,
    /// Kubernetes configuration context
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,
    /// Username to impersonate for the operation
    #[arg(long = "as", global = true, value_name = "USER")]
    pub as_user: Option<String>,
    /// UID to impersonate for the operation (only with --as)
    #[arg(long = "as-uid", global = true, value_name = "UID")]
    pub as_uid: Option<String>,
    /// Group to impersonate for the operation (repeatable)
    #[arg(long = "as-group", global = true, value_name = "GROUP")]
    pub as_group: Vec<String>,
    /// Kubernetes client timeout (Go duration, e.g. 15s)
    #[arg(
        long = "kubeclient-timeout",
        global = true,
        default_value = "15s",
        value_name = "DURATION",
        value_parser = values::go_duration,
        allow_hyphen_values = true
    )]
    pub kubeclient_timeout: Duration,
}

/// `-d/--manifests` (hidden alias `--charts`): where profiles and templates come from.
#[derive(Debug, Args, Clone, Default)]
pub struct ManifestsFlag {
    /// Directory holding profiles/ (and templates/) to use instead of the built-in ones
    #[arg(short = 'd', long = "manifests", alias = "charts", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}

/// The render inputs without `--force` (`profile dump` takes these and nothing else).
#[derive(Debug, Args, Clone, Default)]
pub struct RenderInputFlags {
    /// IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated
    #[arg(short = 'f', long = "filename", value_delimiter = ',', value_name = "PATH")]
    pub filename: Vec<String>,
    /// Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    #[command(flatten)]
    pub manifests: ManifestsFlag,
    /// Control plane revision (alias of --set revision=REV)
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,
}

/// The render group every command that renders an install takes.
#[derive(Debug, Args, Clone, Default)]
pub struct RenderFlags {
    #[command(flatten)]
    pub inputs: RenderInputFlags,
    /// Proceed even with validation errors (printed as warnings)
    #[arg(long)]
    pub force: bool,
}
