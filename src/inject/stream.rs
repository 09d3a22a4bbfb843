//! The kube-inject document stream (injection.md §2–§3): line-normalised input split on `---`,
//! each document classified by `kind`, the pod view of each workload kind injected and written
//! back, other kinds passed through verbatim, `List` items one by one, every output document
//! followed by `---`. Owns no pod logic (see `pod`) and never prints.

use serde_json::{Map, Value, json};

use super::pod::{self, Outcome, Owner, Render, Settings};
use super::shape;

const KINDS: [&str; 10] = [
    "Pod",
    "ReplicationController",
    "Deployment",
    "DaemonSet",
    "ReplicaSet",
    "StatefulSet",
    "Job",
    "CronJob",
    "List",
    "DeploymentConfig",
];

/// Injects every document of `text`. Output accumulates in `out` (so that what was produced
/// before an error can still be shown); warnings in `warnings`.
pub fn inject_text(
    settings: &Settings,
    templates: &dyn Render,
    text: &str,
    out: &mut String,
    warnings: &mut Vec<String>,
) -> Result<(), String> {
    let mut normalised = String::with_capacity(text.len() + 1);
    for line in crate::lines::lines_inclusive(text) {
        let l = line.strip_suffix('\n').unwrap_or(line);
        let l = l.strip_suffix('\r').unwrap_or(l);
        normalised.push_str(l);
        normalised.push('\n');
    }
    for (_, chunk) in crate::api::document::split_documents(&normalised) {
        let chunk = chunk.map_err(|e| e.message)?;
        if chunk.is_empty() {
            continue;
        }
        // The common shape decodes directly; the full parser handles the rest and the errors.
        let object = match crate::api::yaml_fast::parse(chunk) {
            Some(object) => object,
            None => match crate::api::document::parse_document(chunk, 1).map_err(|e| e.to_string())? {
                Some(doc) => doc.object,
                None => {
                    out.push_str(chunk);
                    out.push_str("---\n");
                    continue;
                }
            },
        };
        let kind = object.get("kind").and_then(Value::as_str).unwrap_or("");
        if !KINDS.contains(&kind) {
            out.push_str(chunk);
            out.push_str("---\n");
            continue;
        }
        let processed = process(settings, templates, Value::Object(object), warnings)?;
        out.push_str(&crate::go::yaml::marshal(&processed));
        out.push_str("---\n");
    }
    Ok(())
}

/// One decoded object of a known kind (or any List item).
fn process(
    settings: &Settings,
    templates: &dyn Render,
    obj: Value,
    warnings: &mut Vec<String>,
) -> Result<Value, String> {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
    if kind == "List" {
        let mut items = Vec::new();
        for item in obj.get("items").and_then(Value::as_array).into_iter().flatten() {
            let k = item.get("kind").and_then(Value::as_str).unwrap_or("");
            if KINDS.contains(&k) && k != "List" {
                items.push(process(settings, templates, item.clone(), warnings)?);
            } else {
                let mut raw = item.clone();
                if let Some(m) = raw.as_object_mut() {
                    m.remove("status");
                }
                items.push(raw);
            }
        }
        let api = obj.get("apiVersion").cloned().unwrap_or(json!("v1"));
        return Ok(json!({"apiVersion": api, "items": items, "kind": "List", "metadata": {}}));
    }
    let mut obj = obj;
    check_types(&kind, &obj)?;
    shape::normalize_workload(&kind, &mut obj);
    let (meta_ptr, spec_ptr) = match kind.as_str() {
        "Pod" => ("/metadata", "/spec"),
        "CronJob" => ("/spec/jobTemplate/metadata", "/spec/jobTemplate/spec/template/spec"),
        _ => ("/spec/template/metadata", "/spec/template/spec"),
    };
    if matches!(kind.as_str(), "ReplicationController" | "DeploymentConfig")
        && obj.pointer("/spec/template").is_none_or(Value::is_null)
    {
        return Err("spec.template is required value".into());
    }
    let owner = owner_of(&kind, &obj);
    let pod = json!({
        "metadata": obj.pointer(meta_ptr).cloned().unwrap_or(json!({})),
        "spec": obj.pointer(spec_ptr).cloned().unwrap_or(json!({})),
    });
    match pod::inject(settings, templates, &owner, &pod)? {
        Outcome::Skipped(w) => warnings.push(w),
        Outcome::Injected(p) => {
            let Value::Object(mut p) = p else { return Ok(obj) };
            if let Some(m) = obj.pointer_mut(meta_ptr) {
                *m = p.remove("metadata").unwrap_or(json!({}));
            }
            if let Some(s) = obj.pointer_mut(spec_ptr) {
                *s = p.remove("spec").unwrap_or(json!({}));
            }
        }
    }
    Ok(obj)
}

/// The typed decode's type errors for the fields the injector reads.
fn check_types(kind: &str, obj: &Value) -> Result<(), String> {
    let spec_ptr = match kind {
        "Pod" => "/spec",
        "CronJob" => "/spec/jobTemplate/spec/template/spec",
        _ => "/spec/template/spec",
    };
    let Some(spec) = obj.pointer(spec_ptr) else { return Ok(()) };
    let field_err = |field: &str, v: &Value, ty: &str| {
        let got = match v {
            Value::String(_) => "string",
            Value::Number(_) => "number",
            Value::Bool(_) => "bool",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::Null => "null",
        };
        format!(
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {got} into Go struct field {field} of type {ty}"
        )
    };
    if !spec.is_object() && !spec.is_null() {
        return Err(field_err("PodTemplateSpec.spec", spec, "v1.PodSpec"));
    }
    for l in ["containers", "initContainers", "volumes"] {
        if let Some(v) = spec.get(l)
            && !v.is_array()
            && !v.is_null()
        {
            let ty = if l == "volumes" { "[]v1.Volume" } else { "[]v1.Container" };
            return Err(field_err(&format!("PodSpec.spec.{l}"), v, ty));
        }
    }
    Ok(())
}

/// `.TypeMeta`/`.DeploymentMeta` of a workload; a Pod created by a controller takes its owner's.
fn owner_of(kind: &str, obj: &Value) -> Owner {
    let s = |p: &str| obj.pointer(p).and_then(Value::as_str).unwrap_or("").to_string();
    let mut owner = Owner {
        kind: kind.to_string(),
        api_version: s("/apiVersion"),
        name: s("/metadata/name"),
        namespace: s("/metadata/namespace"),
    };
    if kind != "Pod" {
        return owner;
    }
    owner.api_version = "v1".into();
    let generate_name = s("/metadata/generateName");
    if generate_name.is_empty() {
        return owner;
    }
    let Some(refs) = obj.pointer("/metadata/ownerReferences").and_then(Value::as_array) else { return owner };
    let Some(r) = refs.iter().find(|r| r.get("controller") == Some(&Value::Bool(true))) else { return owner };
    let rs = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let labels: Map<String, Value> =
        obj.pointer("/metadata/labels").and_then(Value::as_object).cloned().unwrap_or_default();
    let label = |k: &str| labels.get(k).and_then(Value::as_str).map(String::from);
    owner.kind = rs("kind");
    owner.api_version = rs("apiVersion");
    owner.name = rs("name");
    match owner.kind.as_str() {
        "ReplicaSet" => {
            if let Some(hash) = label("pod-template-hash")
                && let Some(base) = owner.name.strip_suffix(&format!("-{hash}"))
            {
                owner.name = base.to_string();
                owner.kind = "Deployment".into();
                owner.api_version = "apps/v1".into();
            } else if let Some(hash) = label("rollouts-pod-template-hash")
                && let Some(base) = owner.name.strip_suffix(&format!("-{hash}"))
            {
                owner.name = base.to_string();
                owner.kind = "Rollout".into();
                owner.api_version = "v1alpha1".into();
            }
        }
        "ReplicationController" => {
            if let Some(dc) = label("deploymentconfig") {
                owner.name = dc;
                owner.kind = "DeploymentConfig".into();
            }
        }
        "Job" => {
            if let Some((base, suffix)) = owner.name.rsplit_once('-')
                && (8..=10).contains(&suffix.len())
                && suffix.bytes().all(|b| b.is_ascii_digit())
            {
                owner.name = base.to_string();
                owner.kind = "CronJob".into();
                owner.api_version = "batch/v1".into();
            }
        }
        _ => {}
    }
    owner
}
