//! `istioctl version`: the client build block in upstream's shapes (short line, Go-style struct
//! dump, `-o json|yaml` with upstream's keys). The control-plane part needs the cluster layer;
//! until a control plane is found the client block is printed alone with a note on stderr.

use serde::Serialize;

use crate::cli::{Global, VersionArgs, VersionOutput};
use crate::error::ExitStatus;
use crate::output::{Format, Printer};

/// Upstream's `clientVersion` block, keys as upstream spells them.
#[derive(Debug, Serialize)]
pub struct BuildInfo {
    pub version: &'static str,
    pub revision: &'static str,
    pub golang_version: &'static str,
    pub status: &'static str,
    pub tag: &'static str,
}

pub fn client_info() -> BuildInfo {
    BuildInfo {
        version: crate::VERSION,
        revision: option_env!("ISTIOCTL_GIT_REVISION").unwrap_or("unknown"),
        golang_version: concat!("rust (istioctl-rs ", env!("CARGO_PKG_VERSION"), ")"),
        status: "Clean",
        tag: crate::VERSION,
    }
}

#[derive(Debug, Serialize)]
struct VersionDoc {
    #[serde(rename = "clientVersion")]
    client_version: BuildInfo,
}

pub async fn run(_global: &Global, args: VersionArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let info = client_info();
    if args.remote {
        printer.note("Istio is not present in the cluster: this build does not query clusters yet")?;
    }
    match args.output {
        Some(fmt) => {
            let format = match fmt {
                VersionOutput::Json => Format::Json,
                VersionOutput::Yaml => Format::Yaml,
            };
            printer.document(format, &VersionDoc { client_version: info })?;
        }
        None if args.short => printer.line(&format!("client version: {}", info.version))?,
        None => printer.line(&format!(
            "client version: version.BuildInfo{{Version:\"{}\", GitRevision:\"{}\", GolangVersion:\"{}\", BuildStatus:\"{}\", GitTag:\"{}\"}}",
            info.version, info.revision, info.golang_version, info.status, info.tag
        ))?,
    }
    Ok(ExitStatus::Success)
}
