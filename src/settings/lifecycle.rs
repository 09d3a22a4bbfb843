//! Settings of the install lifecycle commands (`install`/`upgrade`/`manifest install`,
//! `manifest generate`, `verify-install`, `uninstall`): their flags resolved into the profile
//! inputs and the switches the commands read. No I/O besides `-f -`, no printing.

use std::time::Duration;

use anyhow::{Result, anyhow};

use super::{RenderSettings, is_dns_label};
use crate::cli::install::{InstallArgs, UninstallArgs, VerifyArgs};
use crate::cli::manifest::GenerateArgs;
use crate::profile::Inputs;

/// Which command runs the install pipeline (upgrade skips install's revision name check).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstallMode {
    Install,
    Upgrade,
}

/// `install`, `upgrade`, `manifest install`.
#[derive(Debug, Clone)]
pub struct InstallSettings {
    pub mode: InstallMode,
    pub inputs: Inputs,
    pub skip_confirmation: bool,
    pub dry_run: bool,
    pub readiness_timeout: Duration,
    pub verify: bool,
}

impl InstallSettings {
    pub fn resolve(args: InstallArgs, mode: InstallMode) -> Result<InstallSettings> {
        let InstallArgs { render, skip_confirmation, dry_run, readiness_timeout, verify } = args;
        // Upstream checks the revision inside the command (exit 1), not in the flag parser.
        if mode == InstallMode::Install
            && let Some(r) = render.inputs.revision.as_deref().filter(|r| !r.is_empty() && *r != "default")
            && !is_dns_label(r)
        {
            return Err(anyhow!("invalid revision specified: {r:?} is not a DNS-1123 label"));
        }
        let RenderSettings { inputs } = RenderSettings::resolve(render)?;
        Ok(InstallSettings { mode, inputs, skip_confirmation, dry_run, readiness_timeout, verify })
    }
}

/// `manifest generate`.
#[derive(Debug, Clone)]
pub struct GenerateSettings {
    pub inputs: Inputs,
    /// Ask the cluster for its version (GKE detection).
    pub cluster_specific: bool,
}

impl GenerateSettings {
    pub fn resolve(args: GenerateArgs) -> Result<GenerateSettings> {
        // `--dry-run` and `--filter` are accepted and ignored, as upstream 1.30.3.
        let GenerateArgs { render, cluster_specific, dry_run: _, filter: _ } = args;
        let RenderSettings { inputs } = RenderSettings::resolve(render)?;
        Ok(GenerateSettings { inputs, cluster_specific })
    }
}

/// `verify-install`.
#[derive(Debug, Clone)]
pub struct VerifySettings {
    pub inputs: Inputs,
}

impl VerifySettings {
    pub fn resolve(args: VerifyArgs) -> Result<VerifySettings> {
        let VerifyArgs { render } = args;
        let RenderSettings { inputs } = RenderSettings::resolve_inputs(render, false)?;
        Ok(VerifySettings { inputs })
    }
}

/// `uninstall`.
#[derive(Debug, Clone)]
pub struct UninstallSettings {
    pub revision: Option<String>,
    /// The IstioOperator file naming the install.
    pub filename: Option<String>,
    pub purge: bool,
    /// Only `revision=` and `values.global.istioNamespace=` are read, as upstream.
    pub set: Vec<String>,
    pub skip_confirmation: bool,
    pub dry_run: bool,
}

impl UninstallSettings {
    pub fn resolve(args: UninstallArgs) -> UninstallSettings {
        // `--force` has no effect upstream; `-v` changes nothing here because the list of
        // objects is always shown; `-d` is not needed to find what an install owns.
        let UninstallArgs {
            revision,
            filename,
            purge,
            set,
            manifests: _,
            skip_confirmation,
            force: _,
            verbose: _,
            dry_run,
        } = args;
        UninstallSettings { revision, filename, purge, set, skip_confirmation, dry_run }
    }
}
