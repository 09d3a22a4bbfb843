//! Command-line grammar: clap derive types only — the root, its persistent (global) flags and one
//! args struct per command. No behaviour lives here; `commands/` turns these into work.
//! Upstream's Go-style booleans (`--remote=false`) are `num_args = 0..=1` + `require_equals`.

pub mod analyze;
pub mod docs;
pub mod install;
pub mod manifest;
pub mod profile;
pub mod tag;
pub mod waypoint;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// istioctl: configure, install and troubleshoot the Istio service mesh (a Rust drop-in for
/// upstream istioctl 1.30.3).
#[derive(Debug, Parser)]
#[command(
    name = "istioctl",
    version = crate::VERSION,
    disable_version_flag = true,
    propagate_version = false,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command accepts (upstream's persistent root flags).
#[derive(Debug, Args, Clone)]
pub struct Global {
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
    /// Kubernetes namespace (defaults to the context's namespace, then "default")
    #[arg(short = 'n', long, global = true, value_name = "NS")]
    pub namespace: Option<String>,
    /// Istio system namespace
    #[arg(
        short = 'i',
        long = "istioNamespace",
        global = true,
        env = "ISTIOCTL_ISTIONAMESPACE",
        default_value = "istio-system",
        value_name = "NS"
    )]
    pub istio_namespace: String,
    /// Kubernetes client timeout (Go duration, e.g. 15s)
    #[arg(long = "kubeclient-timeout", global = true, default_value = "15s", value_name = "DURATION")]
    pub kubeclient_timeout: String,
    /// Accepted for compatibility (client-go log level); has no effect
    #[arg(long, global = true, default_value_t = 0, value_name = "LEVEL", hide = true)]
    pub vklog: u8,
    /// Istio log level per scope (accepted for compatibility)
    #[arg(long = "log_output_level", global = true, hide = true)]
    pub log_output_level: Option<String>,
    /// Accepted for compatibility
    #[arg(long = "log_as_json", global = true, hide = true, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub log_as_json: Option<bool>,
    /// Accepted for compatibility
    #[arg(long = "log_caller", global = true, hide = true)]
    pub log_caller: Option<String>,
    /// Accepted for compatibility
    #[arg(long = "log_stacktrace_level", global = true, hide = true)]
    pub log_stacktrace_level: Option<String>,
    /// Accepted for compatibility
    #[arg(long = "log_target", global = true, hide = true)]
    pub log_target: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyze Istio configuration and print validation messages
    Analyze(analyze::AnalyzeArgs),
    /// Validate Istio policy and rules files
    #[command(visible_alias = "v")]
    Validate(ValidateArgs),
    /// Print the istioctl version, and the control-plane and data-plane versions in the cluster
    Version(VersionArgs),
    /// Generate the autocompletion script for the specified shell
    Completion(CompletionArgs),
    /// List, dump or diff Istio configuration profiles
    Profile(profile::ProfileArgs),
    /// Show and change how namespaces take part in the mesh (sidecar, ambient, waypoint)
    #[command(visible_alias = "ns")]
    Namespace(NamespaceArgs),
    /// Commands related to Istio manifests
    Manifest(manifest::ManifestArgs),
    /// Create, list and remove revision tags (aliases for control-plane revisions)
    Tag(tag::TagArgs),
    /// Generate, apply, list, check and delete ambient waypoints
    Waypoint(waypoint::WaypointArgs),
    /// Apply an Istio control plane: render, apply in dependency order, wait until ready, prune
    #[command(visible_alias = "apply")]
    Install(install::InstallArgs),
    /// Upgrade an Istio control plane in place (the install pipeline, without the banner)
    Upgrade(install::InstallArgs),
    /// Remove what istioctl installed (by owner labels and revision)
    Uninstall(install::UninstallArgs),
    /// Check the cluster against the rendered install: missing, drifted or unready objects
    VerifyInstall(install::VerifyArgs),
}

/// Output format of list commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListOutput {
    Table,
    Json,
    Yaml,
}

/// `istioctl namespace`
#[derive(Debug, Args)]
pub struct NamespaceArgs {
    #[command(subcommand)]
    pub command: NamespaceCommand,
}

/// Data-plane mode a namespace is enrolled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataplaneMode {
    Sidecar,
    Ambient,
}

#[derive(Debug, Subcommand)]
pub enum NamespaceCommand {
    /// List namespaces with their data-plane mode, revision and waypoint
    List {
        /// Output format
        #[arg(short = 'o', long, value_enum, default_value = "table")]
        output: ListOutput,
    },
    /// Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)
    Enable {
        /// Namespaces to enrol
        #[arg(required = true, value_name = "NAMESPACE")]
        namespaces: Vec<String>,
        /// Data-plane mode
        #[arg(long, value_enum, default_value = "sidecar")]
        mode: DataplaneMode,
        /// Control-plane revision to use (sidecar: istio.io/rev instead of istio-injection)
        #[arg(short = 'r', long)]
        revision: Option<String>,
        /// Show the label changes without making them
        #[arg(long)]
        dry_run: bool,
    },
    /// Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)
    Disable {
        /// Namespaces to remove from the mesh
        #[arg(required = true, value_name = "NAMESPACE")]
        namespaces: Vec<String>,
        /// Show the label changes without making them
        #[arg(long)]
        dry_run: bool,
    },
    /// Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none
    Waypoint {
        /// The namespace
        #[arg(value_name = "NAMESPACE")]
        namespace: String,
        /// Waypoint name to use
        #[arg(long, conflicts_with = "none", required_unless_present = "none")]
        name: Option<String>,
        /// Stop using a waypoint
        #[arg(long)]
        none: bool,
        /// Show the label change without making it
        #[arg(long)]
        dry_run: bool,
    },
}

/// `istioctl validate`
#[derive(Debug, Args)]
#[command(after_help = "Exit status: 0 when every input is valid (warnings allowed), 1 on any error.")]
pub struct ValidateArgs {
    /// Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated
    #[arg(short = 'f', long = "filename", value_delimiter = ',', value_name = "PATH")]
    pub filename: Vec<String>,
    /// Accepted for compatibility; has no effect (as upstream)
    #[arg(short = 'x', long, hide = true, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub referential: Option<bool>,
}

/// Output format of `version`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VersionOutput {
    Json,
    Yaml,
}

/// `istioctl version`
#[derive(Debug, Args)]
pub struct VersionArgs {
    /// One line per component (default); --short=false prints every field
    #[arg(short = 's', long, num_args = 0..=1, default_value = "true", default_missing_value = "true", require_equals = true)]
    pub short: bool,
    /// Also query the control plane in the cluster; --remote=false shows only the client
    #[arg(long, num_args = 0..=1, default_value = "true", default_missing_value = "true", require_equals = true)]
    pub remote: bool,
    /// Output format
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<VersionOutput>,
    /// Control plane revision to query (default: the revision the default tag points to)
    #[arg(short = 'r', long)]
    pub revision: Option<String>,
}

/// The shells `completion` supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Shell {
    /// Generate the autocompletion script for bash
    Bash(NoDescriptions),
    /// Generate the autocompletion script for zsh
    Zsh(NoDescriptions),
    /// Generate the autocompletion script for fish
    Fish(NoDescriptions),
    /// Generate the autocompletion script for powershell
    Powershell(NoDescriptions),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Args)]
pub struct NoDescriptions {
    /// Leave command and flag descriptions out of the script
    #[arg(long = "no-descriptions")]
    pub no_descriptions: bool,
}

/// `istioctl completion`
#[derive(Debug, Args)]
pub struct CompletionArgs {
    #[command(subcommand)]
    pub shell: Shell,
}

/// The clap command tree, for docs, completions and tests.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Parses the process arguments; clap's own errors are returned for the printer to report.
pub fn parse() -> Result<Cli, clap::Error> {
    <Cli as clap::Parser>::try_parse()
}
