//! Server-side defaulting for the built-in kinds (the fields real API defaulting fills) and CRD
//! validation. Defaults are applied after ownership is recorded, so no manager owns them.
//! Must stay idempotent: re-defaulting a defaulted object changes nothing.

use serde_json::{Value, json};

use crate::kinds::ResourceType;
use crate::status::Cause;
use crate::util;

fn set_default(obj: &mut Value, key: &str, v: Value) {
    if let Some(m) = obj.as_object_mut() {
        m.entry(key).or_insert(v);
    }
}

fn pod_spec(spec: &mut Value, is_pod: bool) {
    if !spec.is_object() {
        return;
    }
    set_default(spec, "restartPolicy", json!("Always"));
    set_default(spec, "dnsPolicy", json!("ClusterFirst"));
    set_default(spec, "schedulerName", json!("default-scheduler"));
    set_default(spec, "terminationGracePeriodSeconds", json!(30));
    set_default(spec, "securityContext", json!({}));
    if is_pod {
        let sa = spec.get("serviceAccountName").cloned().unwrap_or(json!("default"));
        set_default(spec, "serviceAccountName", sa.clone());
        set_default(spec, "serviceAccount", sa);
        set_default(spec, "enableServiceLinks", json!(true));
        set_default(spec, "priority", json!(0));
        set_default(spec, "preemptionPolicy", json!("PreemptLowerPriority"));
    }
    for list in ["containers", "initContainers"] {
        if let Some(cs) = spec.get_mut(list).and_then(Value::as_array_mut) {
            for c in cs.iter_mut() {
                let image = c.get("image").and_then(Value::as_str).unwrap_or("").to_string();
                let tag = image.rsplit('/').next().unwrap_or("").split_once(':').map(|(_, t)| t.to_string());
                let policy = if tag.as_deref().is_none_or(|t| t == "latest") && !image.contains('@') { "Always" } else { "IfNotPresent" };
                set_default(c, "imagePullPolicy", json!(policy));
                set_default(c, "terminationMessagePath", json!("/dev/termination-log"));
                set_default(c, "terminationMessagePolicy", json!("File"));
                set_default(c, "resources", json!({}));
                if let Some(ps) = c.get_mut("ports").and_then(Value::as_array_mut) {
                    for p in ps.iter_mut() {
                        set_default(p, "protocol", json!("TCP"));
                    }
                }
            }
        }
    }
}

fn allocate_cluster_ip() -> String {
    let r = util::random();
    format!("10.96.{}.{}", (r >> 8) % 254 + 1, r % 253 + 2)
}

/// Apply defaults in place.
pub fn apply(rt: &ResourceType, obj: &mut Value, old: Option<&Value>) {
    if !rt.group.is_empty() && rt.group != "apps" && rt.group != "apiextensions.k8s.io" {
        return;
    }
    match rt.kind.as_str() {
        "Namespace" => {
            let name = obj.pointer("/metadata/name").cloned().unwrap_or(Value::Null);
            let meta = obj["metadata"].as_object_mut().unwrap();
            let labels = meta.entry("labels").or_insert(json!({}));
            if !labels.is_object() {
                *labels = json!({});
            }
            labels["kubernetes.io/metadata.name"] = name;
            match old {
                Some(o) => match o.get("spec") {
                    Some(s) => obj["spec"] = s.clone(),
                    None => {
                        obj.as_object_mut().unwrap().shift_remove("spec");
                    }
                },
                None => obj["spec"] = json!({"finalizers": ["kubernetes"]}),
            }
            if obj.get("status").is_none_or(|s| s.get("phase").is_none()) {
                obj["status"] = json!({"phase": "Active"});
            }
        }
        "Pod" => {
            if let Some(spec) = obj.get_mut("spec") {
                pod_spec(spec, true);
            }
        }
        "Deployment" | "ReplicaSet" | "DaemonSet" | "StatefulSet" if rt.group == "apps" => {
            let Some(spec) = obj.get_mut("spec") else { return };
            if !spec.is_object() {
                return;
            }
            if rt.kind != "DaemonSet" {
                set_default(spec, "replicas", json!(1));
            }
            match rt.kind.as_str() {
                "Deployment" => {
                    set_default(spec, "strategy", json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}}));
                    set_default(spec, "revisionHistoryLimit", json!(10));
                    set_default(spec, "progressDeadlineSeconds", json!(600));
                }
                "DaemonSet" => {
                    set_default(spec, "updateStrategy", json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 0}}));
                    set_default(spec, "revisionHistoryLimit", json!(10));
                }
                _ => {}
            }
            if let Some(ps) = spec.pointer_mut("/template/spec") {
                pod_spec(ps, false);
            }
        }
        "Service" => {
            let Some(spec) = obj.get_mut("spec") else { return };
            if !spec.is_object() {
                return;
            }
            set_default(spec, "type", json!("ClusterIP"));
            set_default(spec, "sessionAffinity", json!("None"));
            if spec["type"] != "ExternalName" {
                let ip = old.and_then(|o| o.pointer("/spec/clusterIP")).cloned().unwrap_or_else(|| json!(allocate_cluster_ip()));
                set_default(spec, "clusterIP", ip.clone());
                let ip = spec["clusterIP"].clone();
                set_default(spec, "clusterIPs", json!([ip]));
                set_default(spec, "ipFamilies", json!(["IPv4"]));
                set_default(spec, "ipFamilyPolicy", json!("SingleStack"));
                set_default(spec, "internalTrafficPolicy", json!("Cluster"));
            }
            if let Some(ps) = spec.get_mut("ports").and_then(Value::as_array_mut) {
                for p in ps.iter_mut() {
                    set_default(p, "protocol", json!("TCP"));
                    let port = p.get("port").cloned().unwrap_or(Value::Null);
                    set_default(p, "targetPort", port);
                }
            }
            if obj.get("status").is_none() {
                obj["status"] = json!({"loadBalancer": {}});
            }
        }
        "Secret" => set_default(obj, "type", json!("Opaque")),
        "CustomResourceDefinition" => {
            if let Some(spec) = obj.get_mut("spec")
                && spec.is_object()
            {
                set_default(spec, "conversion", json!({"strategy": "None"}));
            }
        }
        _ => {}
    }
}

/// CustomResourceDefinition rules beyond the name.
pub fn validate_crd(obj: &Value) -> Vec<Cause> {
    let mut causes = Vec::new();
    let req = |p: &str, f: &str, causes: &mut Vec<Cause>| {
        if obj.pointer(p).and_then(Value::as_str).is_none_or(str::is_empty) {
            causes.push(Cause::new("FieldValueRequired", f, "Required value"));
        }
    };
    req("/spec/group", "spec.group", &mut causes);
    req("/spec/names/plural", "spec.names.plural", &mut causes);
    req("/spec/names/kind", "spec.names.kind", &mut causes);
    match obj.pointer("/spec/scope").and_then(Value::as_str) {
        Some("Namespaced" | "Cluster") => {}
        other => causes.push(Cause::new("FieldValueNotSupported", "spec.scope", format!("Unsupported value: {other:?}: supported values: \"Cluster\", \"Namespaced\""))),
    }
    let versions = obj.pointer("/spec/versions").and_then(Value::as_array).cloned().unwrap_or_default();
    if versions.is_empty() {
        causes.push(Cause::new("FieldValueInvalid", "spec.versions", "Invalid value: null: must have exactly one version marked as storage version"));
    } else {
        let storage = versions.iter().filter(|v| v["storage"] == true).count();
        if storage != 1 {
            causes.push(Cause::new("FieldValueInvalid", "spec.versions", format!("Invalid value: {}: must have exactly one version marked as storage version", Value::Array(versions.clone()))));
        }
        if !versions.iter().any(|v| v["served"] == true) {
            causes.push(Cause::new("FieldValueInvalid", "spec.versions", "must have at least one version marked as served"));
        }
    }
    causes
}
