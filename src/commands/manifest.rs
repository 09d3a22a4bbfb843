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

pub fn run(args: ManifestArgs, printer: &mut Printer) -> Result<ExitStatus> {
    match args.command {
        ManifestCommand::Generate(args) => generate(args, printer),
    }
}

/// The profile-layer inputs for these flags, with upstream's release hub/tag pinning.
pub fn inputs(args: &GenerateArgs) -> Result<Inputs> {
    let mut inputs = Inputs::release();
    for (i, f) in args.filename.iter().enumerate() {
        if f == "-" {
            if i + 1 != args.filename.len() {
                return Err(Failure::usage("stdin (\"-\") must be the last --filename").into());
            }
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
            inputs.files.push(InputFile::Text { name: "stdin".into(), text });
        } else {
            inputs.files.push(InputFile::Path(PathBuf::from(f)));
        }
    }
    inputs.sets = args.set.clone();
    inputs.revision = args.revision.clone();
    inputs.manifests_dir = args.manifests.clone();
    inputs.force = args.force;
    Ok(inputs)
}

fn generate(args: GenerateArgs, printer: &mut Printer) -> Result<ExitStatus> {
    let resolved = profile::resolve(&inputs(&args)?).map_err(|e| {
        let status = e.status();
        Failure::new(status, e)
    })?;
    // Plain validation warnings are not shown by upstream's generate; errors let through by
    // --force are.
    for w in resolved.warnings.iter().filter(|w| w.contains("--force")) {
        printer.warn(w)?;
    }
    let objects = render::render(&resolved)?;
    printer.out(&render::manifest_text(&objects))?;
    Ok(ExitStatus::Success)
}
