//! `istioctl manifest generate`: resolve the IstioOperator inputs (profile layer), render every
//! enabled component offline (render layer) and hand the sorted objects to the printer as YAML
//! documents. No cluster access unless asked for, and no printing here.

use std::path::PathBuf;

use anyhow::Result;

use crate::cli::manifest::{GenerateArgs, ManifestArgs, ManifestCommand};
use crate::error::{ExitStatus, Failure};
use crate::output::Printer;
use crate::profile::{self, InputFile, Inputs};
use crate::render;

pub async fn run(global: &crate::cli::Global, args: ManifestArgs, printer: &mut Printer) -> Result<ExitStatus> {
    match args.command {
        ManifestCommand::Generate(args) => generate(global, args, printer).await,
        ManifestCommand::Install(args) => super::install::run(global, args, super::install::Mode::Install, printer).await,
    }
}

/// The profile-layer inputs for these flags, with upstream's release hub/tag pinning.
pub fn inputs(args: &GenerateArgs) -> Result<Inputs> {
    inputs_from(&args.filename, &args.set, args.revision.clone(), args.manifests.clone(), args.force)
}

/// The profile-layer inputs from `-f`, `--set`, `-r`, `-d` and `--force` (shared with the install commands).
pub fn inputs_from(filename: &[String], set: &[String], revision: Option<String>, manifests: Option<PathBuf>, force: bool) -> Result<Inputs> {
    let mut inputs = Inputs::release();
    for (i, f) in filename.iter().enumerate() {
        if f == "-" {
            if i + 1 != filename.len() {
                return Err(Failure::usage("stdin (\"-\") must be the last --filename").into());
            }
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
            inputs.files.push(InputFile::Text { name: "stdin".into(), text });
        } else {
            inputs.files.push(InputFile::Path(PathBuf::from(f)));
        }
    }
    inputs.sets = set.to_vec();
    inputs.revision = revision;
    inputs.manifests_dir = manifests;
    inputs.force = force;
    Ok(inputs)
}

async fn generate(global: &crate::cli::Global, args: GenerateArgs, printer: &mut Printer) -> Result<ExitStatus> {
    let mut inputs = inputs(&args)?;
    if args.cluster_specific {
        // The only cluster access generate makes: the server version, for GKE detection.
        let cluster = crate::cluster::connect(&super::connect_options(global)?).await?;
        let version = crate::cluster::version::server_git_version(&cluster).await?;
        inputs.cluster_sets = crate::cluster::version::platform_sets(&version);
    }
    let resolved = profile::resolve(&inputs).map_err(|e| {
        let status = e.status();
        Failure::new(status, e)
    })?;
    // Plain validation warnings are not shown by upstream's generate; errors let through by
    // --force are, except a meshConfig refusal (silent upstream). Ours alone: a meshConfig key
    // upstream drops without a word is named, with the nearest known field.
    for w in resolved.mesh.unknown.iter().chain(resolved.warnings.iter().filter(|w| w.contains("--force"))) {
        printer.warn(w)?;
    }
    let objects = render::render(&resolved)?;
    printer.out(&render::manifest_text(&objects))?;
    Ok(ExitStatus::Success)
}
