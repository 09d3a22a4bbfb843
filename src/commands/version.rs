//! `istioctl version`: the client build block, and with `--remote` (the default) the control
//! plane and data plane found in the cluster (`output::version` prints upstream's shapes). The
//! remote part is bounded by `--kubeclient-timeout`; when it fails the client part is still
//! printed, a note goes to stderr, and the exit is 0.

use crate::cli::VersionArgs;
use crate::cluster::version as cv;
use crate::error::ExitStatus;
use crate::output::version::{self as out, BuildInfo, Remote};
use crate::output::{Format, Printer};
use crate::settings::ClusterSettings;

pub fn client_info() -> BuildInfo {
    BuildInfo {
        version: crate::VERSION.into(),
        revision: option_env!("ISTIOCTL_GIT_REVISION").unwrap_or("unknown").into(),
        golang_version: concat!("rust (istioctl-rs ", env!("CARGO_PKG_VERSION"), ")").into(),
        status: "Clean".into(),
        tag: crate::VERSION.into(),
    }
}

async fn remote(global: &ClusterSettings, revision: Option<&str>) -> anyhow::Result<Remote> {
    let opts = &global.connect;
    let cluster = crate::cluster::connect(opts).await?;
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
        Err(_) => anyhow::bail!(
            "no answer from {} within {:?} (--kubeclient-timeout)",
            cluster.server,
            opts.timeout
        ),
    }
}

pub async fn run(
    global: &ClusterSettings,
    args: VersionArgs,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    let VersionArgs { short, remote: ask_remote, output, revision } = args;
    let client = client_info();
    let remote = if ask_remote {
        match remote(global, revision.as_deref()).await {
            Ok(r) => Some(r),
            Err(e) => {
                out::not_present(printer, &e)?;
                None
            }
        }
    } else {
        None
    };
    match output {
        Some(fmt) => out::document(printer, fmt.document().unwrap_or(Format::Yaml), client, remote.as_ref())?,
        None => out::text(printer, &client, short, remote.as_ref())?,
    }
    Ok(ExitStatus::Success)
}
