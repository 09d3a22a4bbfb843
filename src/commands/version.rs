//! `istioctl version`: the client build block, and with `--remote` (the default) the control
//! plane and data plane found in the cluster, in upstream's shapes (short lines, Go-style dump,
//! `-o json|yaml` with upstream's keys). The remote part is bounded by `--kubeclient-timeout`;
//! when it fails the client part is still printed, a note goes to stderr, and the exit is 0.

use serde::Serialize;

use crate::cli::{Global, VersionArgs, VersionOutput};
use crate::cluster::version::{self as cv, ControlPlane, Proxy};
use crate::error::ExitStatus;
use crate::output::{Format, Printer};

/// Upstream's `clientVersion` block (and each mesh component's `Info`), keys as upstream spells them.
#[derive(Debug, Clone, Serialize)]
pub struct BuildInfo {
    pub version: String,
    pub revision: String,
    pub golang_version: String,
    pub status: String,
    pub tag: String,
}

pub fn client_info() -> BuildInfo {
    BuildInfo {
        version: crate::VERSION.into(),
        revision: option_env!("ISTIOCTL_GIT_REVISION").unwrap_or("unknown").into(),
        golang_version: concat!("rust (istioctl-rs ", env!("CARGO_PKG_VERSION"), ")").into(),
        status: "Clean".into(),
        tag: crate::VERSION.into(),
    }
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

struct Remote {
    control: Vec<ControlPlane>,
    proxies: Vec<Proxy>,
}

async fn remote(global: &Global, revision: Option<&str>) -> anyhow::Result<Remote> {
    let opts = super::connect_options(global)?;
    let cluster = crate::cluster::connect(&opts).await?;
    let lookup = async {
        let rev = cv::resolve_revision(&cluster, &global.istio_namespace, revision).await;
        let control = cv::control_plane(&cluster, &global.istio_namespace, &rev).await?;
        if control.is_empty() {
            anyhow::bail!("no istiod of revision {rev:?} in namespace {:?}", global.istio_namespace);
        }
        let proxies = cv::data_plane(&cluster).await?;
        Ok(Remote { control, proxies })
    };
    match tokio::time::timeout(opts.timeout, lookup).await {
        Ok(r) => r,
        Err(_) => anyhow::bail!("no answer from {} within {:?} (--kubeclient-timeout)", cluster.server, opts.timeout),
    }
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

pub async fn run(global: &Global, args: VersionArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    let client = client_info();
    let remote = if args.remote {
        match remote(global, args.revision.as_deref()).await {
            Ok(r) => Some(r),
            Err(e) => {
                printer.note(&format!("Istio is not present in the cluster: {e:#}"))?;
                None
            }
        }
    } else {
        None
    };

    if let Some(fmt) = args.output {
        let format = match fmt {
            VersionOutput::Json => Format::Json,
            VersionOutput::Yaml => Format::Yaml,
        };
        let doc = VersionDoc {
            client_version: client,
            mesh_version: remote.as_ref().map(|r| {
                r.control
                    .iter()
                    .map(|c| MeshComponent {
                        Component: c.component.clone(),
                        Revision: c.revision.clone(),
                        Info: info_for(&c.version),
                    })
                    .collect()
            }),
            data_plane_version: remote.as_ref().map(|r| {
                r.proxies
                    .iter()
                    .map(|p| DataPlaneEntry { ID: p.id.clone(), IstioVersion: p.version.clone(), Type: p.kind.clone() })
                    .collect()
            }),
        };
        printer.document(format, &doc)?;
        return Ok(ExitStatus::Success);
    }

    if args.short {
        printer.line(&format!("client version: {}", client.version))?;
    } else {
        printer.line(&format!("client version: {}", go_dump(&client)))?;
    }
    if let Some(r) = remote {
        let first = &r.control[0].version;
        if r.control.iter().all(|c| &c.version == first) {
            printer.line(&format!("control plane version: {first}"))?;
        } else {
            for c in &r.control {
                printer.line(&format!("{} version: {}", c.component, c.version))?;
            }
        }
        printer.line(&format!("data plane version: {}", cv::summarize(&r.proxies)))?;
    }
    Ok(ExitStatus::Success)
}
