//! `istioctl profile list|dump|diff`: turn the flags into `profile::Inputs`, resolve, and hand
//! the merged IstioOperator to the printer (YAML, JSON, `--set` flags or a diff).
//! The pipeline itself lives in `profile/`; printing lives in `output/`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{ExitStatus, Failure};
use crate::output::{Format, OutputFormat, Printer, profile as out};
use crate::profile::{self, Assets, InputFile, Inputs, setpath};
use crate::settings::{ProfileDiffSettings, ProfileDumpSettings};

pub fn list(manifests_dir: Option<PathBuf>, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let names = Assets::new(manifests_dir.as_deref()).profile_names().map_err(Failure::from)?;
    out::list(printer, &names)?;
    Ok(ExitStatus::Success)
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

pub fn dump(settings: ProfileDumpSettings, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let ProfileDumpSettings { inputs, config_path, output } = settings;
    let iop = resolve_tree(&inputs, printer)?;
    let (tree, prefix) = match config_path.as_deref() {
        Some(path) => {
            let segs = setpath::parse_path(path)
                .map_err(|e| Failure::usage(format!("--config-path {path}: {e}")))?;
            let sub = setpath::get(&iop["spec"], &segs).ok_or_else(|| {
                Failure::usage(format!("--config-path {path}: no such path in the profile"))
            })?;
            (sub.clone(), path.to_string())
        }
        None => (iop, String::new()),
    };
    match output {
        OutputFormat::Json => printer.json4(&tree)?,
        OutputFormat::Flags => {
            let root = if prefix.is_empty() { &tree["spec"] } else { &tree };
            for line in setpath::to_flags(root, &prefix) {
                printer.line(&line)?;
            }
        }
        OutputFormat::Yaml | OutputFormat::Table => printer.document(Format::Yaml, &tree)?,
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

pub fn diff(settings: ProfileDiffSettings, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let ProfileDiffSettings { a: name_a, b: name_b, manifests_dir } = settings;
    let a = diff_side(&name_a, manifests_dir.clone(), printer)?;
    let b = diff_side(&name_b, manifests_dir, printer)?;
    if a == b {
        out::identical(printer)?;
        return Ok(ExitStatus::Success);
    }
    out::different(printer, &a, &b, &name_a, &name_b)?;
    Ok(ExitStatus::Failure)
}
