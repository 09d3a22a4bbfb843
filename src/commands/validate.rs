//! `istioctl validate`: resolve the default namespace and Istio namespace, run the validate
//! driver over the `-f` inputs, hand the report to `output::validate`. Exit 1 on any error.

use crate::cli::ValidateArgs;
use crate::cluster::ConnectOptions;
use crate::error::ExitStatus;
use crate::output::Printer;
use crate::settings::ClusterSettings;
use crate::validate::{Settings, validate_inputs};

/// Upstream's text when no `-f` is given (printed after `Error: `, exit 1).
const MISSING_FILENAME: &str = "error: you must specify resources by --filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'";

pub fn run(
    global: &ClusterSettings,
    args: ValidateArgs,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    // `-x` is accepted and has no effect, as upstream.
    let ValidateArgs { filename, referential: _ } = args;
    if filename.is_empty() {
        anyhow::bail!(MISSING_FILENAME);
    }
    // Only the kubeconfig's context namespace is consulted; `-n` is ignored, as upstream does.
    let opts = ConnectOptions {
        kubeconfig: global.connect.kubeconfig.clone(),
        context: global.connect.context.clone(),
        ..Default::default()
    };
    let settings = Settings {
        istio_namespace: global.istio_namespace.clone(),
        default_namespace: crate::cluster::client::context_namespace(&opts),
    };
    let report = validate_inputs(&filename, &settings);
    crate::output::validate::report(printer, &report)?;
    Ok(if report.has_errors() { ExitStatus::Failure } else { ExitStatus::Success })
}
