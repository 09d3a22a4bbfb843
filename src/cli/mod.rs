//! Command-line grammar: clap derive types only — the root, its persistent (global) flags and one
//! args struct per command. No behaviour lives here; `commands/` turns these into work.
//! Upstream's Go-style booleans (`--remote=false`) are `num_args = 0..=1` + `require_equals`.

pub mod analyze;
pub mod completion;
pub mod docs;
pub mod flags;
pub mod install;
pub mod manifest;
pub mod profile;
pub mod tag;
pub mod values;
pub mod waypoint;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use flags::{ClusterFlags, ManifestsFlag, RenderFlags, RenderInputFlags};

use crate::output::OutputFormat;

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
#[command(next_help_heading = "Global Flags")]
pub struct Global {
    #[command(flatten)]
    pub cluster: ClusterFlags,
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
    #[command(after_help = "Examples:\n  istioctl validate -f samples/bookinfo/networking/bookinfo-gateway.yaml\n  istioctl validate -f config/ -f extra.yaml\n  kubectl get virtualservices -A -o yaml | istioctl validate -f -\n\nExit status: 0 when every input is valid (warnings allowed), 1 on any error.")]
    Validate(ValidateArgs),
    /// Print the istioctl version, and the control-plane and data-plane versions in the cluster
    #[command(after_help = "Examples:\n  istioctl version\n  istioctl version --remote=false -o json\n  istioctl version --short=false -r canary")]
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
    #[command(after_help = "Examples:\n  istioctl install --set profile=demo -y\n  istioctl install -f my-config.yaml --dry-run\n  istioctl install --set profile=ambient --revision canary -y --readiness-timeout 10m\n\nExit status: 0 when every component is applied and ready (or a --dry-run diff was shown); 1 on any failure, a readiness timeout, a declined prompt, or no terminal to confirm on without -y.")]
    Install(install::InstallArgs),
    /// Upgrade an Istio control plane in place (the install pipeline, without the banner)
    #[command(after_help = "Examples:\n  istioctl upgrade -y\n  istioctl upgrade -f my-config.yaml --dry-run\n\nExit status: 0 when every component is applied and ready (or a --dry-run diff was shown); 1 on any failure, a readiness timeout, a declined prompt, or no terminal to confirm on without -y.")]
    Upgrade(install::InstallArgs),
    /// Remove what istioctl installed (by owner labels and revision)
    #[command(after_help = "Examples:\n  istioctl uninstall --revision canary -y\n  istioctl uninstall -f my-config.yaml --dry-run\n  istioctl uninstall --purge -y\n\nAt least one of --revision, --filename or --purge is required. Only objects carrying the installer's labels are deleted.")]
    Uninstall(install::UninstallArgs),
    /// Check the cluster against the rendered install: missing, drifted or unready objects
    #[command(after_help = "Examples:\n  istioctl verify-install\n  istioctl verify-install --set profile=demo\n  istioctl verify-install -f my-config.yaml -r canary\n\nExit status: 0 when every rendered object is present, equal in the fields the installer sets, and ready; 1 otherwise.")]
    VerifyInstall(install::VerifyArgs),
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
    #[command(after_help = "Examples:\n  istioctl namespace list\n  istioctl ns list -o yaml")]
    List {
        /// Output format
        #[arg(short = 'o', long, value_parser = values::LIST_FORMATS, default_value = "table")]
        output: OutputFormat,
    },
    /// Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)
    #[command(after_help = "Examples:\n  istioctl namespace enable bookinfo\n  istioctl namespace enable bookinfo reviews --mode ambient\n  istioctl namespace enable bookinfo -r canary --dry-run")]
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
    #[command(after_help = "Examples:\n  istioctl namespace disable bookinfo\n  istioctl namespace disable bookinfo reviews --dry-run")]
    Disable {
        /// Namespaces to remove from the mesh
        #[arg(required = true, value_name = "NAMESPACE")]
        namespaces: Vec<String>,
        /// Show the label changes without making them
        #[arg(long)]
        dry_run: bool,
    },
    /// Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none
    #[command(after_help = "Examples:\n  istioctl namespace waypoint bookinfo --name waypoint\n  istioctl namespace waypoint bookinfo --none --dry-run")]
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
pub struct ValidateArgs {
    /// Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated
    #[arg(short = 'f', long = "filename", value_delimiter = ',', value_name = "PATH")]
    pub filename: Vec<String>,
    /// Accepted for compatibility; has no effect (as upstream)
    #[arg(short = 'x', long, hide = true, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub referential: Option<bool>,
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
    #[arg(short = 'o', long, value_parser = values::DOCUMENT_FORMATS)]
    pub output: Option<OutputFormat>,
    /// Control plane revision to query (default: the revision the default tag points to)
    #[arg(short = 'r', long)]
    pub revision: Option<String>,
}

/// The shells `completion` supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Shell {
    /// Generate the autocompletion script for bash
    #[command(after_help = "Examples:\n  istioctl completion bash > /etc/bash_completion.d/istioctl\n  source <(istioctl completion bash)")]
    Bash(NoDescriptions),
    /// Generate the autocompletion script for zsh
    #[command(after_help = "Examples:\n  istioctl completion zsh > \"${fpath[1]}/_istioctl\"")]
    Zsh(NoDescriptions),
    /// Generate the autocompletion script for fish
    #[command(after_help = "Examples:\n  istioctl completion fish > ~/.config/fish/completions/istioctl.fish\n  istioctl completion fish --no-descriptions | source")]
    Fish(NoDescriptions),
    /// Generate the autocompletion script for powershell
    #[command(after_help = "Examples:\n  istioctl completion powershell | Out-String | Invoke-Expression")]
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
