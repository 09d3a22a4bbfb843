//! `istioctl kube-inject`: resolve the injector's inputs (templates, values, mesh config) from
//! files or the cluster's ConfigMaps for the revision, run `inject` over the `-f` stream, hand
//! the documents and skip warnings to `output`. Nothing is written to `-o` when injection fails.

use anyhow::{Context, anyhow};
use serde_json::Value;

use crate::error::ExitStatus;
use crate::inject::{pod, stream, template};
use crate::output::Printer;
use crate::settings::{ClusterSettings, KubeInjectSettings};

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

/// Values text (JSON or YAML) as JSON; empty or null text is an empty map. `source` (the file,
/// or the ConfigMap and key) leads the parser's message.
fn parse_values(text: &str, source: &str) -> anyhow::Result<Value> {
    if text.trim().is_empty() {
        return Ok(Value::Object(Default::default()));
    }
    let v: Value = serde_saphyr::from_str(text).map_err(|e| {
        anyhow!("could not parse configuration values: {source}: {}", crate::api::document::parser_error_text(&e))
    })?;
    Ok(match v {
        Value::Null => Value::Object(Default::default()),
        v @ Value::Object(_) => v,
        _ => anyhow::bail!("could not parse configuration values: {source}: values must be a map"),
    })
}

/// `ENABLE_NATIVE_SIDECARS`: on only for exactly `true`.
fn native_sidecars() -> bool {
    std::env::var("ENABLE_NATIVE_SIDECARS").is_ok_and(|v| v == "true")
}

pub async fn run(
    global: &ClusterSettings,
    args: KubeInjectSettings,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    if args.filename.is_empty() {
        anyhow::bail!(crate::go::go_multierror(&[
            "filename not specified (see --filename or -f)".to_string()
        ]));
    }
    let input = read_input(&args.filename)?;
    let revision = args.revision.clone();

    let iop: Option<Value> = match &args.operator_file {
        None => None,
        Some(f) => {
            let text = read(f)?;
            Some(serde_saphyr::from_str(&text).map_err(|e| {
                anyhow!("could not parse {f}: {}", e.to_string().lines().next().unwrap_or(""))
            })?)
        }
    };
    let iop_values = iop.as_ref().and_then(|i| i.pointer("/spec/values")).cloned();
    let iop_mesh = iop.as_ref().and_then(|i| i.pointer("/spec/meshConfig")).cloned();

    let mut cluster = None;
    let ns = global.istio_namespace.clone();
    macro_rules! cluster {
        () => {{
            if cluster.is_none() {
                cluster = Some(crate::cluster::connect(&global.connect).await?);
            }
            cluster.as_ref().expect("connected above")
        }};
    }

    // Mesh config: the IOP's meshConfig, else --meshConfigFile, else the revision's ConfigMap.
    let (mesh_text, mesh_source) = if let Some(m) = &iop_mesh {
        (serde_json::to_string(m)?, "the IstioOperator's meshConfig".to_string())
    } else if let Some(f) = &args.mesh_config_file {
        (read(f).map_err(|e| anyhow!("cannot read mesh config file {e}"))?, f.clone())
    } else {
        let text = crate::cluster::configmap::config_map_key(cluster!(), &ns, &args.mesh_config_map, "mesh")
            .await
            .context("could not read mesh config; use --meshConfigFile or set -i to the Istio namespace")?;
        (text, format!("ConfigMap {ns}/{} key mesh", args.mesh_config_map))
    };
    // The typed MeshConfig decodes (and validates) the text over the defaults, as upstream;
    // its message is led by where the text came from and the line or field at fault.
    let mesh = crate::api::meshconfig::decode(&mesh_text, "")
        .map_err(|e| anyhow!("{}", e.sourced_text(&mesh_source)))?
        .config
        .to_json();

    // Templates and values: --injectConfigFile with values from the IOP, --valuesFile or the
    // ConfigMap; without it, both from the ConfigMap (no webhook call in this build).
    let cm_name = &args.inject_config_map;
    let config_text = match &args.inject_config_file {
        None => crate::cluster::configmap::config_map_key(cluster!(), &ns, cm_name, "config").await?,
        Some(f) => read(f)?,
    };
    let values = if let Some(v) = iop_values {
        v
    } else if let Some(f) = &args.values_file {
        parse_values(&read(f)?, f)?
    } else {
        let text = crate::cluster::configmap::config_map_key(cluster!(), &ns, cm_name, "values").await?;
        parse_values(&text, &format!("ConfigMap {ns}/{cm_name} key values"))?
    };

    let native = native_sidecars();
    let templates =
        template::Templates::load(&config_text, &values, &revision, native).map_err(|e| anyhow!("{e}"))?;
    let settings = pod::Settings { values, mesh, revision, native };
    let mut out = String::new();
    let mut warnings = Vec::new();
    let result = stream::inject_text(&settings, &templates, &input, &mut out, &mut warnings);
    if args.output.is_none() {
        printer.out(&out)?;
    }
    crate::output::inject::warnings(printer, &warnings)?;
    result.map_err(|e| anyhow!("{e}"))?;
    if let Some(o) = &args.output {
        std::fs::write(o, out).map_err(|e| anyhow!("open {o}: {}", crate::go::go_os_error(&e)))?;
    }
    Ok(ExitStatus::Success)
}
