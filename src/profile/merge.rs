//! Tree merging and the per-component values: upstream's reshaping of `spec.values` for each
//! chart, then the chart-side layers (defaults ← helm profile ← compatibility version ←
//! platform ← user values) and the istiod/cni descoping. Pure data; it renders nothing.

use serde_json::{Map, Value, json};

use super::{Assets, ComponentKind, ComponentValues, ProfileError, Result, parse_yaml, str_at};

/// Deep-merges `over` into `base`: maps merge key by key, everything else (lists, scalars,
/// null) replaces.
pub fn deep_merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(slot) if slot.is_object() && v.is_object() => deep_merge(slot, v),
                    _ => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

fn load_layer(assets: &Assets, rel: &str) -> Result<Option<Value>> {
    match assets.get(rel)? {
        Some(text) => Ok(Some(parse_yaml(rel, &text)?)),
        None => Ok(None),
    }
}

/// The enabled flag and namespace of every component, with its reshaped and layered values.
pub fn components(assets: &Assets, iop: &Value, namespace: &str) -> Result<Vec<ComponentValues>> {
    let spec = &iop["spec"];
    let values = spec.get("values").cloned().unwrap_or_else(|| json!({}));
    let mut out = Vec::new();
    for kind in ComponentKind::ALL {
        let entry = &spec["components"][kind.spec_key()];
        let entries: Vec<(Value, bool)> = if kind.is_gateway() {
            let forced = values.pointer(&format!("/gateways/{}/enabled", kind.values_root()[1])) == Some(&Value::Bool(true));
            entry
                .as_array()
                .map(|l| l.iter().map(|e| (e.clone(), forced || e.get("enabled") != Some(&Value::Bool(false)))).collect())
                .unwrap_or_default()
        } else if entry.is_object() {
            vec![(entry.clone(), entry.get("enabled") != Some(&Value::Bool(false)))]
        } else {
            vec![(json!({}), kind.default_enabled())]
        };
        for (e, enabled) in entries {
            let name = match kind {
                ComponentKind::Base => "base".to_string(),
                ComponentKind::Pilot => "istiod".to_string(),
                ComponentKind::Cni => "istio-cni-node".to_string(),
                ComponentKind::Ztunnel => "ztunnel".to_string(),
                _ => e.get("name").and_then(Value::as_str).unwrap_or_default().to_string(),
            };
            let ns = str_at(&e, &["namespace"]).unwrap_or(namespace).to_string();
            let chart_input = reshape(kind, &e, &name, &values);
            let merged = if enabled {
                layered(assets, kind, &chart_input)
                    .map_err(|message| {
                        let component = if kind.is_gateway() { format!("{} ({name})", kind.chart()) } else { kind.chart().to_string() };
                        ProfileError::Chart { component, message }
                    })?
            } else {
                Value::Null
            };
            let k8s = e.get("k8s").filter(|k| !k.is_null()).cloned();
            out.push(ComponentValues { kind, name, namespace: ns, enabled, chart_input, values: merged, k8s });
        }
    }
    Ok(out)
}

fn root_mut<'a>(values: &'a mut Value, root: &[&str]) -> &'a mut Map<String, Value> {
    let mut node = values;
    for k in root {
        if !node[*k].is_object() {
            node[*k] = json!({});
        }
        node = &mut node[*k];
    }
    node.as_object_mut().unwrap()
}

/// Upstream 1.30.3's `applyComponentValuesToHelmValues` (no hpa/replica/cpu copying: master only).
fn reshape(kind: ComponentKind, entry: &Value, name: &str, values: &Value) -> Value {
    let mut v = values.clone();
    if !v.is_object() {
        v = json!({});
    }
    let root = kind.values_root();
    if kind.is_gateway() {
        let gw = root_mut(&mut v, root);
        gw.insert("name".into(), Value::String(name.into()));
        gw.insert("labels".into(), entry.get("label").filter(|l| l.is_object()).cloned().unwrap_or_else(|| json!({})));
        if let Some(ports) = entry.pointer("/k8s/service/ports").and_then(Value::as_array) {
            let ports = ports
                .iter()
                .map(|p| {
                    let mut p = p.clone();
                    if let Some(o) = p.as_object_mut() {
                        o.entry("targetPort").or_insert(json!(0));
                    }
                    p
                })
                .collect();
            gw.insert("ports".into(), Value::Array(ports));
        }
    }
    for key in ["hub", "tag"] {
        if let Some(x) = entry.get(key).filter(|x| !x.is_null() && x.as_str() != Some("")) {
            root_mut(&mut v, root).insert(key.into(), x.clone());
        }
    }
    if kind == ComponentKind::Ztunnel {
        let mut flat = Map::new();
        if let Some(g) = v.get("global") {
            flat.insert("global".into(), g.clone());
        }
        for (k, x) in v.as_object().unwrap() {
            if !x.is_object() {
                flat.insert(k.clone(), x.clone());
            }
        }
        if let Some(z) = v.get("ztunnel").and_then(Value::as_object) {
            for (k, x) in z {
                flat.insert(k.clone(), x.clone());
            }
        }
        v = Value::Object(flat);
    }
    v
}

/// The chart side (`zzz_profile` and `zzy_descope_legacy` upstream). Errors carry the chart's
/// own messages (`unknown compatibility version 1.30`).
fn layered(assets: &Assets, kind: ComponentKind, input: &Value) -> std::result::Result<Value, String> {
    let chart = kind.chart();
    let rel = format!("profiles/charts/{chart}.yaml");
    let mut merged = load_layer(assets, &rel).map_err(|e| e.to_string())?.ok_or(format!("missing chart defaults {rel}"))?;
    let pick = |paths: &[&[&str]]| paths.iter().find_map(|p| str_at(input, p)).map(str::to_string);
    let mut profile_layer = json!({});
    let layers = [
        (pick(&[&["profile"], &["global", "profile"]]), "", "profile"),
        (pick(&[&["compatibilityVersion"]]), "compatibility-version-", "compatibility version"),
        (pick(&[&["platform"], &["global", "platform"]]), "platform-", "platform"),
    ];
    for (name, prefix, what) in layers {
        let Some(name) = name else { continue };
        let rel = format!("profiles/helm/{prefix}{name}.yaml");
        let layer = if name.contains(['/', '\\']) { None } else { load_layer(assets, &rel).map_err(|e| e.to_string())? };
        match layer {
            Some(l) => deep_merge(&mut profile_layer, l),
            None => return Err(format!("unknown {what} {name}")),
        }
    }
    deep_merge(&mut merged, profile_layer.clone());
    if kind == ComponentKind::Ztunnel {
        for g in [profile_layer.get("global"), input.get("global")].into_iter().flatten() {
            if g.is_object() {
                deep_merge(&mut merged, g.clone());
            }
        }
    }
    deep_merge(&mut merged, input.clone());
    let scope = match kind {
        ComponentKind::Pilot => Some("pilot"),
        ComponentKind::Cni => Some("cni"),
        _ => None,
    };
    if let Some(inner) = scope.and_then(|s| merged.get(s)).filter(|v| v.is_object()).cloned() {
        deep_merge(&mut merged, inner);
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_merge_lists_and_scalars_replace() {
        let mut a = json!({"m": {"x": 1, "y": [1, 2]}, "s": "a"});
        deep_merge(&mut a, json!({"m": {"y": [3], "z": null}, "s": 2}));
        assert_eq!(a, json!({"m": {"x": 1, "y": [3], "z": null}, "s": 2}));
    }

    #[test]
    fn ztunnel_values_are_flattened() {
        let v = json!({"global": {"hub": "h"}, "profile": "ambient", "meshConfig": {"a": 1}, "ztunnel": {"resourceName": "zt"}});
        let out = reshape(ComponentKind::Ztunnel, &json!({"tag": "t"}), "ztunnel", &v);
        assert_eq!(out, json!({"global": {"hub": "h"}, "profile": "ambient", "resourceName": "zt", "tag": "t"}));
    }

    #[test]
    fn gateway_reshaping_sets_name_labels_ports() {
        let e = json!({"name": "gw2", "label": {"a": "b"}, "k8s": {"service": {"ports": [{"port": 80, "name": "http"}]}}});
        let out = reshape(ComponentKind::IngressGateways, &e, "gw2", &json!({}));
        assert_eq!(
            out["gateways"]["istio-ingressgateway"],
            json!({"name": "gw2", "labels": {"a": "b"}, "ports": [{"port": 80, "name": "http", "targetPort": 0}]})
        );
    }

    #[test]
    fn chart_layers_in_order_and_descope() {
        let a = Assets::Embedded;
        let input = json!({"profile": "demo", "compatibilityVersion": "1.28", "pilot": {"autoscaleEnabled": true}});
        let v = layered(&a, ComponentKind::Pilot, &input).unwrap();
        assert_eq!(v["traceSampling"], json!(100), "demo layer, descoped");
        assert_eq!(v["autoscaleEnabled"], json!(true), "user beats profile");
        assert_eq!(v["env"]["DISABLE_TRACK_REMAINING_CB_METRICS"], "false");
        assert_eq!(v["image"], "pilot", "chart default");
        assert_eq!(layered(&a, ComponentKind::Pilot, &json!({"compatibilityVersion": "1.30"})).unwrap_err(), "unknown compatibility version 1.30");
        assert_eq!(layered(&a, ComponentKind::Cni, &json!({"global": {"platform": "nope"}})).unwrap_err(), "unknown platform nope");
        assert_eq!(layered(&a, ComponentKind::Base, &json!({"profile": "nope"})).unwrap_err(), "unknown profile nope");
    }
}
