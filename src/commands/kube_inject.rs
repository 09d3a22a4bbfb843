//! `istioctl kube-inject`: resolve the injector's inputs (templates, values, mesh config) from
//! files or the cluster's ConfigMaps for the revision, run `inject` over the `-f` stream, hand
//! the documents and skip warnings to `output`. Nothing is written to `-o` when injection fails.

use anyhow::{Context, anyhow};
use serde_json::Value;

use crate::cli::Global;
use crate::cli::inject::KubeInjectArgs;
use crate::error::ExitStatus;
use crate::inject::{pod, stream, template};
use crate::output::Printer;

/// Go's `os.Open` failure text.
fn read(path: &str) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| anyhow!("open {path}: {}", crate::go::go_os_error(&e)))
}

fn read_input(path: &str) -> anyhow::Result<String> {
    if path == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| anyhow!("read -: {}", crate::go::go_os_error(&e)))?;
        return Ok(s);
    }
    read(path)
}

/// Values text (JSON or YAML) as JSON; empty or null text is an empty map.
fn parse_values(text: &str) -> anyhow::Result<Value> {
    if text.trim().is_empty() {
        return Ok(Value::Object(Default::default()));
    }
    let v: Value = serde_saphyr::from_str(text).map_err(|e| {
        anyhow!("could not parse configuration values: {}", e.to_string().lines().next().unwrap_or(""))
    })?;
    Ok(match v {
        Value::Null => Value::Object(Default::default()),
        v @ Value::Object(_) => v,
        _ => anyhow::bail!("could not parse configuration values: values must be a map"),
    })
}

/// `ENABLE_NATIVE_SIDECARS`: on only for exactly `true`.
fn native_sidecars() -> bool {
    std::env::var("ENABLE_NATIVE_SIDECARS").is_ok_and(|v| v == "true")
}

pub async fn run(global: &Global, args: KubeInjectArgs, printer: &mut Printer) -> anyhow::Result<ExitStatus> {
    if args.filename.is_empty() {
        anyhow::bail!(crate::go::go_multierror(&[
            "filename not specified (see --filename or -f)".to_string()
        ]));
    }
    let input = read_input(&args.filename)?;
    let revision = if args.revision == "default" { String::new() } else { args.revision.clone() };
    let suffix = if revision.is_empty() { String::new() } else { format!("-{revision}") };

    let iop: Option<Value> = if args.operator_file_name.is_empty() {
        None
    } else {
        let text = read(&args.operator_file_name)?;
        Some(serde_saphyr::from_str(&text).map_err(|e| {
            anyhow!(
                "could not parse {}: {}",
                args.operator_file_name,
                e.to_string().lines().next().unwrap_or("")
            )
        })?)
    };
    let iop_values = iop.as_ref().and_then(|i| i.pointer("/spec/values")).cloned();
    let iop_mesh = iop.as_ref().and_then(|i| i.pointer("/spec/meshConfig")).cloned();

    let mut cluster = None;
    let ns = global.istio_namespace.clone();
    macro_rules! cluster {
        () => {{
            if cluster.is_none() {
                cluster = Some(crate::cluster::connect(&super::connect_options(global)?).await?);
            }
            cluster.as_ref().expect("connected above")
        }};
    }

    // Mesh config: the IOP's meshConfig, else --meshConfigFile, else the revision's ConfigMap.
    let mesh_text = if let Some(m) = &iop_mesh {
        serde_json::to_string(m)?
    } else if !args.mesh_config_file.is_empty() {
        read(&args.mesh_config_file).map_err(|e| anyhow!("cannot read mesh config file {e}"))?
    } else {
        let name = if args.mesh_config_map_name == "istio" {
            format!("istio{suffix}")
        } else {
            args.mesh_config_map_name.clone()
        };
        crate::cluster::configmap::config_map_key(cluster!(), &ns, &name, "mesh")
            .await
            .context("could not read mesh config; use --meshConfigFile or set -i to the Istio namespace")?
    };
    // The typed MeshConfig decodes (and validates) the text over the defaults, as upstream.
    let mesh = crate::api::meshconfig::decode(&mesh_text, "mesh config")
        .map_err(|e| anyhow!("{}", e.upstream_text()))?
        .config
        .to_json();

    // Templates and values: --injectConfigFile with values from the IOP, --valuesFile or the
    // ConfigMap; without it, both from the ConfigMap (no webhook call in this build).
    let cm_name = if args.inject_config_map_name == "istio-sidecar-injector" {
        format!("istio-sidecar-injector{suffix}")
    } else {
        args.inject_config_map_name.clone()
    };
    let config_text = if args.inject_config_file.is_empty() {
        crate::cluster::configmap::config_map_key(cluster!(), &ns, &cm_name, "config").await?
    } else {
        read(&args.inject_config_file)?
    };
    let values = if let Some(v) = iop_values {
        v
    } else if !args.values_file.is_empty() {
        parse_values(&read(&args.values_file)?)?
    } else {
        parse_values(&crate::cluster::configmap::config_map_key(cluster!(), &ns, &cm_name, "values").await?)?
    };

    let native = native_sidecars();
    let templates =
        template::Templates::load(&config_text, &values, &revision, native).map_err(|e| anyhow!("{e}"))?;
    let settings = pod::Settings { values, mesh, revision, native };
    let mut out = String::new();
    let mut warnings = Vec::new();
    let result = stream::inject_text(&settings, &templates, &input, &mut out, &mut warnings);
    let to_stdout = args.output.is_empty();
    if to_stdout {
        printer.out(&out)?;
    }
    crate::output::inject::warnings(printer, &warnings)?;
    result.map_err(|e| anyhow!("{e}"))?;
    if !to_stdout {
        std::fs::write(&args.output, out)
            .map_err(|e| anyhow!("open {}: {}", args.output, crate::go::go_os_error(&e)))?;
    }
    Ok(ExitStatus::Success)
}
