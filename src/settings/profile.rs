//! Settings of `profile dump` and `profile diff`: the render inputs, the positional profile
//! as the first `--set profile=`, the config path and the output format. No printing.

use std::path::PathBuf;

use anyhow::Result;

use super::{RenderSettings, manifests_dir};
use crate::cli::profile::{ProfileDiffArgs, ProfileDumpArgs};
use crate::output::OutputFormat;
use crate::profile::Inputs;

/// `profile dump`.
#[derive(Debug, Clone)]
pub struct ProfileDumpSettings {
    pub inputs: Inputs,
    /// `-p`: print only this subtree of `spec`.
    pub config_path: Option<String>,
    pub output: OutputFormat,
}

impl ProfileDumpSettings {
    pub fn resolve(args: ProfileDumpArgs) -> Result<ProfileDumpSettings> {
        let ProfileDumpArgs { profile, render, config_path, output } = args;
        let RenderSettings { mut inputs } = RenderSettings::resolve_inputs(render, false)?;
        if let Some(p) = profile {
            inputs.sets.insert(0, format!("profile={p}"));
        }
        Ok(ProfileDumpSettings { inputs, config_path: config_path.filter(|p| !p.is_empty()), output })
    }
}

/// `profile diff`.
#[derive(Debug, Clone)]
pub struct ProfileDiffSettings {
    /// Each side: a profile name, or an IstioOperator file when one exists at that path.
    pub a: String,
    pub b: String,
    pub manifests_dir: Option<PathBuf>,
}

impl ProfileDiffSettings {
    pub fn resolve(args: ProfileDiffArgs) -> ProfileDiffSettings {
        let ProfileDiffArgs { a, b, manifests } = args;
        ProfileDiffSettings { a, b, manifests_dir: manifests_dir(manifests) }
    }
}
