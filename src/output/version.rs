//! Text of `istioctl version` in upstream's shapes: the short lines, the Go-style
//! `version.BuildInfo{…}` dump (`--short=false`), and `-o json|yaml` with upstream's keys.

use serde::Serialize;

use super::{Format, Printer};
use crate::cluster::version::{self as cv, ControlPlane, Proxy};

/// Upstream's `clientVersion` block (and each mesh component's `Info`), keys as upstream spells them.
#[derive(Debug, Clone, Serialize)]
pub struct BuildInfo {
    pub version: String,
    pub revision: String,
    pub golang_version: String,
    pub status: String,
    pub tag: String,
}

/// What the cluster reported, when it was asked and answered.
#[derive(Debug, Clone)]
pub struct Remote {
    /// Never empty.
    pub control: Vec<ControlPlane>,
    pub proxies: Vec<Proxy>,
}

#[derive(Debug, Serialize)]
#[allow(non_snake_case)]
struct MeshComponent {
    Component: String,
    Revision: String,
    Info: BuildInfo,
}

#[derive(Debug, Serialize)]
#[allow(non_snake_case)]
struct DataPlaneEntry {
    ID: String,
    IstioVersion: String,
    Type: String,
}

#[derive(Debug, Serialize)]
struct VersionDoc {
    #[serde(rename = "clientVersion")]
    client_version: BuildInfo,
    #[serde(rename = "meshVersion", skip_serializing_if = "Option::is_none")]
    mesh_version: Option<Vec<MeshComponent>>,
    #[serde(rename = "dataPlaneVersion", skip_serializing_if = "Option::is_none")]
    data_plane_version: Option<Vec<DataPlaneEntry>>,
}

fn info_for(version: &str) -> BuildInfo {
    BuildInfo {
        version: version.into(),
        revision: "unknown".into(),
        golang_version: "unknown".into(),
        status: "Clean".into(),
        tag: version.into(),
    }
}

fn go_dump(i: &BuildInfo) -> String {
    format!(
        "version.BuildInfo{{Version:\"{}\", GitRevision:\"{}\", GolangVersion:\"{}\", BuildStatus:\"{}\", GitTag:\"{}\"}}",
        i.version, i.revision, i.golang_version, i.status, i.tag
    )
}

/// The remote lookup failed: the client part is still printed and the exit is 0.
pub fn not_present(printer: &mut Printer, err: &anyhow::Error) -> std::io::Result<()> {
    printer.note(&format!("Istio is not present in the cluster: {err:#}"))
}

/// `-o json|yaml`.
pub fn document(
    printer: &mut Printer,
    format: Format,
    client: BuildInfo,
    remote: Option<&Remote>,
) -> std::io::Result<()> {
    let doc = VersionDoc {
        client_version: client,
        mesh_version: remote.map(|r| {
            r.control
                .iter()
                .map(|c| MeshComponent {
                    Component: c.component.clone(),
                    Revision: c.revision.clone(),
                    Info: info_for(&c.version),
                })
                .collect()
        }),
        data_plane_version: remote.map(|r| {
            r.proxies
                .iter()
                .map(|p| DataPlaneEntry {
                    ID: p.id.clone(),
                    IstioVersion: p.version.clone(),
                    Type: p.kind.clone(),
                })
                .collect()
        }),
    };
    printer.document(format, &doc)
}

/// The text form: one line per part, `--short=false` dumps the client's build info.
pub fn text(
    printer: &mut Printer,
    client: &BuildInfo,
    short: bool,
    remote: Option<&Remote>,
) -> std::io::Result<()> {
    if short {
        printer.line(&format!("client version: {}", client.version))?;
    } else {
        printer.line(&format!("client version: {}", go_dump(client)))?;
    }
    let Some(r) = remote else { return Ok(()) };
    let first = r.control.first().map(|c| c.version.as_str()).unwrap_or_default();
    if r.control.iter().all(|c| c.version == first) {
        printer.line(&format!("control plane version: {first}"))?;
    } else {
        for c in &r.control {
            printer.line(&format!("{} version: {}", c.component, c.version))?;
        }
    }
    printer.line(&format!("data plane version: {}", cv::summarize(&r.proxies)))
}
