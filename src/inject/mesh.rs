//! The pod's `proxy.istio.io/config` annotation applied over the mesh `defaultConfig` (as JSON,
//! lowerCamel names): fields replace, `proxyMetadata` merges key by key, `proxyHeaders` keeps
//! unset sub-messages; and `DefaultProxyConfig()` for `protoToJSON`. Mesh loading itself is
//! `api::meshconfig`'s. Reads no files, prints nothing.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_config_annotation_layers_over_defaults() {
        let mut base = default_proxy_config();
        base["proxyMetadata"] = json!({"A": "b"});
        let p = apply_proxy_config("proxyMetadata: {C: d}\nconcurrency: 0", &base).unwrap();
        assert_eq!(p["statusPort"], 15020);
        assert_eq!(p["proxyMetadata"], json!({"A": "b", "C": "d"}));
        assert_eq!(p["concurrency"], 0);
    }
}
