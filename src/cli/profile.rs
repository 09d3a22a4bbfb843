//! `istioctl profile list|dump|diff`: clap types only. These commands were removed upstream in
//! 1.24; they come back here with 1.23's flags, reading 1.30.3's profiles.

use clap::{Args, Subcommand};

use super::{ManifestsFlag, RenderInputFlags, values};
use crate::output::OutputFormat;

/// `istioctl profile`
#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Lists available Istio configuration profiles
    #[command(after_help = "Examples:\n  istioctl profile list\n  istioctl profile list -d manifests/")]
    List(ProfileListArgs),
    /// Dumps an Istio configuration profile (the merged IstioOperator)
    #[command(
        after_help = "Examples:\n  istioctl profile dump demo\n  istioctl profile dump ambient --config-path components.pilot\n  istioctl profile dump -f my-config.yaml -o flags\n\nThe profile is merged over the default profile, then the -f files and --set flags are applied, exactly as `manifest generate` would; the result is validated before it is printed."
    )]
    Dump(ProfileDumpArgs),
    /// Diffs two Istio configuration profiles
    #[command(
        after_help = "Examples:\n  istioctl profile diff default demo\n  istioctl profile diff demo my-config.yaml\n\nExit status: 0 when the two profiles are identical, 1 when they differ (like diff(1))."
    )]
    Diff(ProfileDiffArgs),
}

/// `istioctl profile list`
#[derive(Debug, Args)]
pub struct ProfileListArgs {
    #[command(flatten)]
    pub manifests: ManifestsFlag,
}

/// `istioctl profile dump`
#[derive(Debug, Args)]
pub struct ProfileDumpArgs {
    /// Profile to dump (default: the profile named in the files, else "default")
    #[arg(value_name = "PROFILE", conflicts_with = "filename")]
    pub profile: Option<String>,
    #[command(flatten)]
    pub render: RenderInputFlags,
    /// Print only the subtree of spec at this path, e.g. components.pilot
    #[arg(short = 'p', long = "config-path", value_name = "PATH")]
    pub config_path: Option<String>,
    /// Output format
    #[arg(short = 'o', long, value_parser = values::DUMP_FORMATS, default_value = "yaml")]
    pub output: OutputFormat,
}

/// `istioctl profile diff`
#[derive(Debug, Args)]
pub struct ProfileDiffArgs {
    /// First profile: a profile name or an IstioOperator file
    #[arg(value_name = "PROFILE_A")]
    pub a: String,
    /// Second profile: a profile name or an IstioOperator file
    #[arg(value_name = "PROFILE_B")]
    pub b: String,
    #[command(flatten)]
    pub manifests: ManifestsFlag,
}
