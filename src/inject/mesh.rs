//! The mesh config kube-inject uses, as upstream JSON (lowerCamel names): `DefaultMeshConfig()`
//! with a mesh text layered over it (top-level fields replace, `defaultConfig` merges field by
//! field and `proxyMetadata` key by key, extension providers merge by name), and the
//! `proxy.istio.io/config` annotation applied the same way. Reads no files, prints nothing.

use serde_json::{Map, Value, json};

/// `DefaultProxyConfig()` as JSON.
pub fn default_proxy_config() -> Value {
    json!({
        "configPath": "./etc/istio/proxy",
        "binaryPath": "/usr/local/bin/envoy",
        "serviceCluster": "istio-proxy",
        "drainDuration": "45s",
        "terminationDrainDuration": "5s",
        "proxyAdminPort": 15000,
        "statusPort": 15020,
        "controlPlaneAuthPolicy": "MUTUAL_TLS",
        "discoveryAddress": "istiod.istio-system.svc:15012",
        "statNameLength": 189
    })
}

/// `DefaultMeshConfig()` as JSON.
pub fn default_mesh_config() -> Value {
    json!({
        "proxyListenPort": 15001,
        "proxyInboundListenPort": 15006,
        "connectTimeout": "10s",
        "protocolDetectionTimeout": "0s",
        "dnsRefreshRate": "60s",
        "enableTracing": true,
        "accessLogEncoding": "TEXT",
        "ingressService": "istio-ingressgateway",
        "ingressControllerMode": "STRICT",
        "ingressClass": "istio",
        "trustDomain": "cluster.local",
        "enableAutoMtls": true,
        "enablePrometheusMerge": true,
        "outboundTrafficPolicy": {"mode": "ALLOW_ANY"},
        "inboundTrafficPolicy": {"mode": "PASSTHROUGH"},
        "localityLbSetting": {"enabled": true},
        "rootNamespace": "istio-system",
        "defaultServiceExportTo": ["*"],
        "defaultVirtualServiceExportTo": ["*"],
        "defaultDestinationRuleExportTo": ["*"],
        "defaultProviders": {},
        "extensionProviders": [
            {"name": "prometheus", "prometheus": {}},
            {"name": "stackdriver", "stackdriver": {}},
            {"name": "envoy", "envoyFileAccessLog": {"path": "/dev/stdout"}}
        ],
        "defaultConfig": default_proxy_config()
    })
}

/// lowerCamel of a proto field name (`proxy_metadata` → `proxyMetadata`); camel names unchanged.
fn camel(k: &str) -> String {
    let mut out = String::with_capacity(k.len());
    let mut up = false;
    for c in k.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Normalises keys of a decoded message to lowerCamel, the JSON name winning over the proto name.
fn camel_keys(m: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for (k, v) in m {
        if v.is_null() {
            continue;
        }
        let c = camel(k);
        if c != *k && m.contains_key(&c) {
            continue;
        }
        out.insert(c, v.clone());
    }
    out
}

/// Applies a proxy config text (YAML or JSON) over `base`, as `ApplyProxyConfig` does.
pub fn apply_proxy_config(text: &str, base: &Value) -> Result<Value, String> {
    let parsed: Value = if text.trim().is_empty() {
        json!({})
    } else {
        serde_saphyr::from_str(text).map_err(|e| e.to_string().lines().next().unwrap_or("").to_string())?
    };
    let parsed = match parsed {
        Value::Null => json!({}),
        v @ Value::Object(_) => v,
        _ => {
            return Err(
                "json: cannot unmarshal array into Go value of type map[string]json.RawMessage".into()
            );
        }
    };
    Ok(merge_proxy(base, parsed.as_object().expect("object")))
}

fn merge_proxy(base: &Value, over: &Map<String, Value>) -> Value {
    let mut out = base.as_object().cloned().unwrap_or_default();
    for (k, v) in camel_keys(over) {
        match (k.as_str(), out.get(&k)) {
            ("proxyMetadata", Some(Value::Object(old))) if v.is_object() => {
                let mut m = old.clone();
                for (mk, mv) in v.as_object().expect("object") {
                    m.insert(mk.clone(), mv.clone());
                }
                out.insert(k, Value::Object(m));
            }
            ("proxyHeaders", Some(Value::Object(old))) if v.is_object() => {
                let mut m = v.as_object().expect("object").clone();
                for (hk, hv) in old {
                    m.entry(hk.clone()).or_insert_with(|| hv.clone());
                }
                out.insert(k, Value::Object(m));
            }
            _ => {
                out.insert(k, v);
            }
        }
    }
    Value::Object(out)
}

/// A mesh text applied over `DefaultMeshConfig()`.
pub fn apply_mesh_config(text: &str) -> Result<Value, String> {
    let parsed: Value = if text.trim().is_empty() {
        Value::Null
    } else {
        serde_saphyr::from_str(text).map_err(|e| {
            format!("failed to convert to proto. {}", e.to_string().lines().next().unwrap_or(""))
        })?
    };
    let mut mesh = default_mesh_config();
    let user = match parsed {
        Value::Null => return Ok(mesh),
        Value::Object(m) => m,
        _ => {
            return Err(
                "failed to convert to proto. json: cannot unmarshal array into Go value of type map[string]json.RawMessage"
                    .into(),
            );
        }
    };
    let out = mesh.as_object_mut().expect("object");
    for (k, v) in camel_keys(&user) {
        match k.as_str() {
            "defaultConfig" => {
                if let Some(dc) = user.get("defaultConfig").and_then(Value::as_object) {
                    let merged = merge_proxy(&out["defaultConfig"], dc);
                    out.insert(k, merged);
                }
            }
            "defaultProviders" => {
                if let Some(dp) = user.get("defaultProviders").and_then(Value::as_object) {
                    let mut m = out["defaultProviders"].as_object().cloned().unwrap_or_default();
                    m.extend(camel_keys(dp));
                    out.insert(k, Value::Object(m));
                }
            }
            "extensionProviders" => {
                let mut list = out["extensionProviders"].as_array().cloned().unwrap_or_default();
                for p in v.as_array().into_iter().flatten() {
                    let name = p.get("name");
                    match list.iter_mut().find(|e| e.get("name") == name) {
                        Some(e) => *e = p.clone(),
                        None => list.push(p.clone()),
                    }
                }
                out.insert(k, Value::Array(list));
            }
            "trustDomainAliases" => {
                let mut l: Vec<String> =
                    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(String::from)).collect();
                l.sort();
                l.dedup();
                out.insert(k, json!(l));
            }
            _ => {
                out.insert(k, v);
            }
        }
    }
    Ok(mesh)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mesh_text_layers_over_defaults() {
        let m = apply_mesh_config(
            "defaultConfig:\n  discoveryAddress: foo:123\n  proxyMetadata: {A: b}\ntrustDomain: x\n",
        )
        .unwrap();
        assert_eq!(m["defaultConfig"]["discoveryAddress"], "foo:123");
        assert_eq!(m["defaultConfig"]["statusPort"], 15020);
        assert_eq!(m["trustDomain"], "x");
        assert_eq!(m["proxyListenPort"], 15001);
        let p = apply_proxy_config("proxyMetadata: {C: d}\nconcurrency: 0", &m["defaultConfig"]).unwrap();
        assert_eq!(p["proxyMetadata"], json!({"A": "b", "C": "d"}));
        assert_eq!(p["concurrency"], 0);
    }
}
