//! `istioctl profile list|dump|diff`: turn the flags into `profile::Inputs`, resolve, and hand
//! the merged IstioOperator to the printer (YAML, JSON, `--set` flags or a diff).
//! The pipeline itself lives in `profile/`; printing lives in `output/`.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::cli::profile::{DumpFormat, ProfileArgs, ProfileCommand, ProfileDiffArgs, ProfileDumpArgs, ProfileListArgs};
use crate::error::{ExitStatus, Failure};
use crate::output::{Format, Printer};
use crate::profile::{self, Assets, InputFile, Inputs, setpath};

pub fn run(args: ProfileArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    match args.command {
        ProfileCommand::List(a) => list(a, printer),
        ProfileCommand::Dump(a) => dump(a, printer),
        ProfileCommand::Diff(a) => diff(a, printer),
    }
}

fn list(args: ProfileListArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let names = Assets::new(args.manifests.dir().as_deref()).profile_names().map_err(Failure::from)?;
    printer.profile_list(&names)?;
    Ok(ExitStatus::Success)
}

/// Reads `-f` arguments; `-` (stdin) may only come last, as upstream.
fn input_files(names: &[String]) -> anyhow::Result<Vec<InputFile>> {
    let mut files = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if name == "-" {
            if i + 1 != names.len() {
                return Err(Failure::usage("-f -: stdin must be the last input file").into());
            }
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            files.push(InputFile::Text { name: "stdin".into(), text });
        } else {
            files.push(InputFile::Path(PathBuf::from(name)));
        }
    }
    Ok(files)
}

/// The resolved IstioOperator with map keys sorted, as upstream's YAML marshalling prints it;
/// validation warnings go to stderr.
fn resolve_tree(inputs: &Inputs, printer: &mut Printer) -> anyhow::Result<Value> {
    fn sorted(v: Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut entries: Vec<(String, Value)> = m.into_iter().collect();
                entries.sort_by(|a, b| a.0.cmp(&b.0));
                Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
            }
            Value::Array(l) => Value::Array(l.into_iter().map(sorted).collect()),
            other => other,
        }
    }
    let resolved = profile::resolve(inputs).map_err(Failure::from)?;
    for w in &resolved.warnings {
        printer.warn(w)?;
    }
    Ok(sorted(resolved.iop))
}

fn dump(args: ProfileDumpArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let mut inputs = Inputs::release();
    inputs.files = input_files(&args.filename)?;
    if let Some(p) = &args.profile {
        inputs.sets.push(format!("profile={p}"));
    }
    inputs.sets.extend(args.set.iter().cloned());
    inputs.revision = args.revision.clone();
    inputs.manifests_dir = args.manifests.dir();
    let iop = resolve_tree(&inputs, printer)?;
    let (tree, prefix) = match args.config_path.as_deref().filter(|p| !p.is_empty()) {
        Some(path) => {
            let segs = setpath::parse_path(path).map_err(|e| Failure::usage(format!("--config-path {path}: {e}")))?;
            let sub = setpath::get(&iop["spec"], &segs)
                .ok_or_else(|| Failure::usage(format!("--config-path {path}: no such path in the profile")))?;
            (sub.clone(), path.to_string())
        }
        None => (iop, String::new()),
    };
    match args.output {
        DumpFormat::Yaml => printer.document(Format::Yaml, &tree)?,
        DumpFormat::Json => printer.json4(&tree)?,
        DumpFormat::Flags => {
            let root = if prefix.is_empty() { &tree["spec"] } else { &tree };
            for line in setpath::to_flags(root, &prefix) {
                printer.line(&line)?;
            }
        }
    }
    Ok(ExitStatus::Success)
}

/// A diff argument names a file when one exists at that path, else a profile.
fn diff_side(arg: &str, dir: Option<PathBuf>, printer: &mut Printer) -> anyhow::Result<String> {
    let mut inputs = Inputs::release();
    inputs.manifests_dir = dir;
    if Path::new(arg).is_file() {
        inputs.files.push(InputFile::Path(arg.into()));
    } else {
        inputs.sets.push(format!("profile={arg}"));
    }
    Ok(crate::output::to_yaml(&resolve_tree(&inputs, printer)?)?)
}

fn diff(args: ProfileDiffArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let a = diff_side(&args.a, args.manifests.dir(), printer)?;
    let b = diff_side(&args.b, args.manifests.dir(), printer)?;
    if a == b {
        printer.line("Profiles are identical")?;
        return Ok(ExitStatus::Success);
    }
    printer.line("The difference between profiles:")?;
    printer.diff(&a, &b, &args.a, &args.b)?;
    Ok(ExitStatus::Failure)
}
