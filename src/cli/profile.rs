//! `istioctl profile list|dump|diff`: clap types only. These commands were removed upstream in
//! 1.24; they come back here with 1.23's flags, reading 1.30.3's profiles.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// `istioctl profile`
#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Lists available Istio configuration profiles
    List(ProfileListArgs),
    /// Dumps an Istio configuration profile (the merged IstioOperator)
    Dump(ProfileDumpArgs),
    /// Diffs two Istio configuration profiles
    Diff(ProfileDiffArgs),
}

/// Where the profiles come from (`-d`), shared by the three subcommands.
#[derive(Debug, Args, Clone, Default)]
pub struct ManifestsArg {
    /// Directory holding profiles/ (and templates/) to use instead of the built-in ones
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
    /// Deprecated alias of --manifests
    #[arg(long = "charts", hide = true, value_name = "DIR", conflicts_with = "manifests")]
    pub charts: Option<PathBuf>,
}

impl ManifestsArg {
    pub fn dir(&self) -> Option<PathBuf> {
        self.manifests.clone().or_else(|| self.charts.clone())
    }
}

/// `istioctl profile list`
#[derive(Debug, Args)]
pub struct ProfileListArgs {
    #[command(flatten)]
    pub manifests: ManifestsArg,
}

/// Output formats of `profile dump`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum DumpFormat {
    #[default]
    Yaml,
    Json,
    /// One `--set` flag per leaf value
    Flags,
}

/// `istioctl profile dump`
#[derive(Debug, Args)]
#[command(after_help = "The profile is merged over the default profile, then the -f files and --set flags \
are applied, exactly as `manifest generate` would; the result is validated before it is printed.")]
pub struct ProfileDumpArgs {
    /// Profile to dump (default: the profile named in the files, else "default")
    #[arg(value_name = "PROFILE")]
    pub profile: Option<String>,
    /// IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated
    #[arg(short = 'f', long = "filename", value_delimiter = ',', value_name = "PATH", conflicts_with = "profile")]
    pub filename: Vec<String>,
    /// Override an IstioOperator value, e.g. --set values.global.proxy.logLevel=debug (repeatable)
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
    /// Print only the subtree of spec at this path, e.g. components.pilot
    #[arg(short = 'p', long = "config-path", value_name = "PATH")]
    pub config_path: Option<String>,
    /// Output format
    #[arg(short = 'o', long, value_enum, default_value_t = DumpFormat::Yaml)]
    pub output: DumpFormat,
    /// Control plane revision (alias of --set revision=REV)
    #[arg(short = 'r', long, value_name = "REV")]
    pub revision: Option<String>,
    #[command(flatten)]
    pub manifests: ManifestsArg,
}

/// `istioctl profile diff`
#[derive(Debug, Args)]
#[command(after_help = "Exit status: 0 when the two profiles are identical, 1 when they differ (like diff(1)).")]
pub struct ProfileDiffArgs {
    /// First profile: a profile name or an IstioOperator file
    #[arg(value_name = "PROFILE_A")]
    pub a: String,
    /// Second profile: a profile name or an IstioOperator file
    #[arg(value_name = "PROFILE_B")]
    pub b: String,
    #[command(flatten)]
    pub manifests: ManifestsArg,
}
