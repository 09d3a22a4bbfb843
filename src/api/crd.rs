//! CustomResourceDefinitions generated from the typed model: identity from the registry, the
//! `spec` schema from schemars, converted to a Kubernetes structural schema (inlined, no
//! nullables, no `additionalProperties: false`, free-form values marked
//! `x-kubernetes-preserve-unknown-fields`). `templates/base/crds.gen.yaml` is this module's
//! output, committed and kept fresh by a test; nothing here reads a cluster.

use std::any::TypeId;

use schemars::generate::SchemaSettings;
use schemars::{Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

use super::common::IstioStatus;
use super::registry::{self, KindDef, Spec};

/// The labels upstream's CRD file carries; the base chart swaps them for its own at render time.
const LEGACY_LABELS: &[(&str, &str)] =
    &[("app", "istio-pilot"), ("chart", "istio"), ("heritage", "Tiller"), ("release", "istio")];

/// The generator every CRD schema comes from: subschemas inlined, no meta-schema.
fn generator() -> SchemaGenerator {
    SchemaSettings::draft2020_12()
        .with(|s| {
            s.inline_subschemas = true;
            s.meta_schema = None;
        })
        .into_generator()
}

/// A kind's `spec` schema exactly as its CRD carries it (the decoder reads it there).
pub fn spec_schema(kind: &KindDef) -> Value {
    let schema = schema_fn(kind).unwrap_or_else(|| panic!("no schema listed for the spec type of {}", kind.kind));
    structural(schema(&mut generator()).to_value())
}

type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

fn entry<T: Spec>() -> (TypeId, SchemaFn) {
    (TypeId::of::<T>(), |generator| generator.subschema_for::<T>())
}

/// The schema of the spec type of `kind`. The list lives here, apart from the registry, so the
/// binary (which reads schemas from the embedded CRDs and never generates one) carries no
/// schema code; every registered kind must be listed (the CRD tests fail otherwise).
pub fn schema_fn(kind: &KindDef) -> Option<SchemaFn> {
    use super::{extensions as ext, networking as net, security as sec, telemetry as tel};
    let table = [
        entry::<ext::wasm_plugin::WasmPluginSpec>(),
        entry::<ext::traffic_extension::TrafficExtensionSpec>(),
        entry::<net::sidecar::SidecarSpec>(),
        entry::<net::workload_entry::WorkloadEntrySpec>(),
        entry::<net::workload_group::WorkloadGroupSpec>(),
        entry::<net::proxy_config::ProxyConfigSpec>(),
        entry::<net::gateway::GatewaySpec>(),
        entry::<net::service_entry::ServiceEntrySpec>(),
        entry::<net::envoy_filter::EnvoyFilterSpec>(),
        entry::<net::destination_rule::DestinationRuleSpec>(),
        entry::<net::virtual_service::VirtualServiceSpec>(),
        entry::<tel::telemetry::TelemetrySpec>(),
        entry::<sec::peer_authentication::PeerAuthenticationSpec>(),
        entry::<sec::request_authentication::RequestAuthenticationSpec>(),
        entry::<sec::authorization_policy::AuthorizationPolicySpec>(),
    ];
    table.into_iter().find(|(id, _)| *id == kind.spec_type).map(|(_, f)| f)
}

/// One CRD object for a registered kind.
pub fn crd_for(kind: &KindDef) -> Value {
    let spec = spec_schema(kind);
    let status = structural(generator().subschema_for::<IstioStatus>().to_value());

    let mut labels = Map::new();
    for (k, v) in LEGACY_LABELS {
        labels.insert((*k).into(), (*v).into());
    }
    match kind.group {
        "security.istio.io" => {
            labels.insert("istio".into(), "security".into());
        }
        "telemetry.istio.io" => {
            labels.insert("istio".into(), "telemetry".into());
        }
        _ => {}
    }

    let versions: Vec<Value> = kind
        .versions
        .iter()
        .map(|v| {
            let mut version = Map::new();
            if !kind.printer_columns.is_empty() {
                let cols: Vec<Value> = kind
                    .printer_columns
                    .iter()
                    .map(|c| {
                        json!({
                            "description": c.description,
                            "jsonPath": c.json_path,
                            "name": c.name,
                            "type": c.type_,
                        })
                    })
                    .collect();
                version.insert("additionalPrinterColumns".into(), Value::Array(cols));
            }
            version.insert("name".into(), v.name.into());
            version.insert(
                "schema".into(),
                json!({
                    "openAPIV3Schema": {
                        "properties": { "spec": spec.clone(), "status": status.clone() },
                        "type": "object",
                    }
                }),
            );
            version.insert("served".into(), v.served.into());
            version.insert("storage".into(), v.storage.into());
            version.insert("subresources".into(), json!({ "status": {} }));
            Value::Object(version)
        })
        .collect();

    let mut names = Map::new();
    names.insert("categories".into(), json!(kind.categories()));
    names.insert("kind".into(), kind.kind.into());
    names.insert("listKind".into(), kind.list_kind().into());
    names.insert("plural".into(), kind.plural.into());
    if !kind.short_names.is_empty() {
        names.insert("shortNames".into(), json!(kind.short_names));
    }
    names.insert("singular".into(), kind.singular().into());

    json!({
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {
            "annotations": { "helm.sh/resource-policy": "keep" },
            "labels": Value::Object(labels),
            "name": format!("{}.{}", kind.plural, kind.group),
        },
        "spec": {
            "group": kind.group,
            "names": Value::Object(names),
            "scope": "Namespaced",
            "versions": versions,
        }
    })
}

/// Every registered kind's CRD, in registry order.
pub fn all_crds() -> Vec<Value> {
    registry::all().into_iter().map(crd_for).collect()
}

/// The text of `templates/base/crds.gen.yaml`.
pub fn crds_file() -> String {
    let mut out = String::from(
        "# Generated from the typed API model (src/api) by `ISTIOCTL_BLESS=1 cargo test --test cli crds`.\n\
         # Do not edit by hand.\n",
    );
    for crd in all_crds() {
        out.push_str("---\n");
        out.push_str(&crate::output::to_yaml(&crd).expect("CRD serializes"));
    }
    out
}

/// Converts a schemars schema into a Kubernetes structural schema.
pub fn structural(schema: Value) -> Value {
    match schema {
        // A schema of `true` (serde_json::Value fields): anything goes.
        Value::Bool(_) => json!({ "x-kubernetes-preserve-unknown-fields": true }),
        Value::Object(mut m) => {
            // Option<T>: `anyOf: [T, {type: null}]` → T; `type: [X, "null"]` → X.
            if let Some(Value::Array(alts)) = m.get("anyOf") {
                let non_null: Vec<&Value> = alts.iter().filter(|a| a.get("type") != Some(&json!("null"))).collect();
                if non_null.len() == 1 && alts.len() == 2 {
                    let inner = non_null[0].clone();
                    m.remove("anyOf");
                    let mut merged = match structural(inner) {
                        Value::Object(im) => im,
                        other => return other,
                    };
                    // Keep sibling keywords (description, bounds) of the option.
                    for (k, v) in m {
                        merged.entry(k).or_insert(v);
                    }
                    return structural(Value::Object(merged));
                }
            }
            if let Some(Value::Array(types)) = m.get("type") {
                let non_null: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
                if non_null.len() == 1 {
                    m.insert("type".into(), non_null[0].clone());
                }
            }
            if let Some(Value::Array(values)) = m.get_mut("enum") {
                values.retain(|v| !v.is_null());
            }
            for key in ["$schema", "title", "default", "examples", "$id"] {
                m.remove(key);
            }
            if m.get("additionalProperties") == Some(&Value::Bool(false)) {
                m.remove("additionalProperties");
            }
            if let Some(Value::String(f)) = m.get("format").cloned() {
                match f.as_str() {
                    "uint32" | "uint16" | "uint8" => {
                        m.remove("format");
                        m.insert("minimum".into(), json!(0));
                        if f == "uint32" {
                            m.insert("maximum".into(), json!(4294967295u64));
                        }
                    }
                    "uint64" | "uint" => {
                        m.remove("format");
                        m.insert("minimum".into(), json!(0));
                    }
                    "int" => {
                        m.remove("format");
                    }
                    "float" => {
                        m.insert("format".into(), "float".into());
                    }
                    _ => {}
                }
            }
            // Recurse into every nested schema position.
            if let Some(Value::Object(props)) = m.get_mut("properties") {
                for (_, v) in props.iter_mut() {
                    *v = structural(v.take());
                }
            }
            for key in ["items", "additionalProperties", "not"] {
                if let Some(v) = m.get_mut(key)
                    && (!v.is_boolean() || key != "additionalProperties") {
                        *v = structural(v.take());
                    }
            }
            for key in ["anyOf", "oneOf", "allOf"] {
                if let Some(Value::Array(alts)) = m.get_mut(key) {
                    for v in alts.iter_mut() {
                        *v = structural(v.take());
                    }
                }
            }
            // serde_json::Map / BTreeMap<String, Value> values: free-form objects.
            if m.get("additionalProperties") == Some(&Value::Bool(true)) {
                m.remove("additionalProperties");
                m.insert("x-kubernetes-preserve-unknown-fields".into(), true.into());
            }
            Value::Object(m)
        }
        other => other,
    }
}

/// Problems that would make the API server reject a schema as non-structural.
pub fn structural_problems(schema: &Value, at: &str, out: &mut Vec<String>) {
    let Some(m) = schema.as_object() else {
        out.push(format!("{at}: schema is not an object"));
        return;
    };
    let free = m.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(true));
    let int_or_string = m.get("x-kubernetes-int-or-string") == Some(&Value::Bool(true));
    if !m.contains_key("type") && !free && !int_or_string {
        out.push(format!("{at}: no type"));
    }
    for key in m.keys() {
        if key.starts_with('$') {
            out.push(format!("{at}: {key} is not allowed"));
        }
    }
    if let Some(t) = m.get("type")
        && !t.is_string()
    {
        out.push(format!("{at}: type must be a single string"));
    }
    if m.contains_key("properties") && m.get("additionalProperties").is_some() {
        out.push(format!("{at}: properties and additionalProperties together"));
    }
    if m.get("nullable") == Some(&Value::Bool(true)) {
        out.push(format!("{at}: nullable"));
    }
    for key in ["anyOf", "oneOf", "allOf", "not"] {
        // Inside these only value validations may appear, never types or properties.
        let alts: Vec<&Value> = match m.get(key) {
            Some(Value::Array(a)) => a.iter().collect(),
            Some(v @ Value::Object(_)) => vec![v],
            _ => continue,
        };
        for alt in alts {
            if int_or_string {
                continue;
            }
            if alt.get("type").is_some() || alt.get("properties").is_some() {
                out.push(format!("{at}: {key} declares a type or properties"));
            }
        }
    }
    if let Some(Value::Object(props)) = m.get("properties") {
        for (k, v) in props {
            structural_problems(v, &format!("{at}.{k}"), out);
        }
    }
    if let Some(items) = m.get("items") {
        structural_problems(items, &format!("{at}[]"), out);
    }
    if let Some(ap @ Value::Object(_)) = m.get("additionalProperties") {
        structural_problems(ap, &format!("{at}{{}}"), out);
    }
}

/// Every field path of a schema in the notation of the field inventory:
/// `.spec.http[].route[].weight`, `{}` for map values, each with its type.
pub fn field_paths(schema: &Value, at: &str, out: &mut Vec<(String, String)>) {
    let ty = if schema.get("x-kubernetes-int-or-string") == Some(&Value::Bool(true)) {
        "int-or-string".to_string()
    } else {
        schema.get("type").and_then(Value::as_str).unwrap_or("").to_string()
    };
    out.push((at.to_string(), ty));
    if let Some(Value::Object(props)) = schema.get("properties") {
        for (k, v) in props {
            field_paths(v, &format!("{at}.{k}"), out);
        }
    }
    if let Some(items) = schema.get("items") {
        field_paths(items, &format!("{at}[]"), out);
    }
    if let Some(ap @ Value::Object(_)) = schema.get("additionalProperties") {
        field_paths(ap, &format!("{at}{{}}"), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_and_maps_become_structural() {
        let s = structural(json!({
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "a": { "anyOf": [{ "type": "string" }, { "type": "null" }] },
                "b": { "type": ["integer", "null"], "format": "uint32" },
                "c": { "type": "object", "additionalProperties": true },
                "d": true
            }
        }));
        assert_eq!(
            s,
            json!({
                "type": "object",
                "properties": {
                    "a": { "type": "string" },
                    "b": { "type": "integer", "minimum": 0, "maximum": 4294967295u64 },
                    "c": { "type": "object", "x-kubernetes-preserve-unknown-fields": true },
                    "d": { "x-kubernetes-preserve-unknown-fields": true }
                }
            })
        );
        let mut problems = Vec::new();
        structural_problems(&s, "spec", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn status_schema_is_structural() {
        let mut generator = SchemaSettings::draft2020_12().with(|s| s.inline_subschemas = true).into_generator();
        let status = structural(generator.subschema_for::<IstioStatus>().to_value());
        let mut problems = Vec::new();
        structural_problems(&status, "status", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(status["x-kubernetes-preserve-unknown-fields"], json!(true));
        let level = &status["properties"]["validationMessages"]["items"]["properties"]["level"];
        assert_eq!(level["enum"], json!(["UNKNOWN", "ERROR", "WARNING", "INFO"]));
    }

    #[test]
    fn checker_finds_non_structural_nodes() {
        let mut problems = Vec::new();
        structural_problems(&json!({ "properties": { "x": { "$ref": "#/a" } } }), "spec", &mut problems);
        assert!(problems.iter().any(|p| p.contains("spec: no type")));
        assert!(problems.iter().any(|p| p.contains("$ref")));
    }

    #[test]
    fn paths_use_inventory_notation() {
        let mut out = Vec::new();
        field_paths(
            &json!({"type":"object","properties":{"hosts":{"type":"array","items":{"type":"string"}},
                "labels":{"type":"object","additionalProperties":{"type":"string"}}}}),
            ".spec",
            &mut out,
        );
        let paths: Vec<&str> = out.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, [".spec", ".spec.hosts", ".spec.hosts[]", ".spec.labels", ".spec.labels{}"]);
    }
}
