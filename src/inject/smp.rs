//! Kubernetes strategic-merge-patch of a JSON patch onto a Pod, with the merge keys of the core
//! Pod types and the options the injector uses (parallel lists, unmatched nulls ignored).
//! Owns only the merge of two JSON values; it never decodes YAML, never knows templates.

use serde_json::{Map, Value};

/// The merge key of a keyed list, from the name of the field holding it (Pod types only).
fn merge_key(field: &str) -> Option<&'static str> {
    Some(match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "volumes"
        | "imagePullSecrets"
        | "env"
        | "resourceClaims"
        | "schedulingGates" => "name",
        "ports" => "containerPort",
        "volumeMounts" => "mountPath",
        "volumeDevices" => "devicePath",
        "hostAliases" => "ip",
        "topologySpreadConstraints" => "topologyKey",
        _ => return None,
    })
}

/// Lists of scalars whose strategy is merge (unioned, de-duplicated).
fn is_merged_scalar_list(field: &str) -> bool {
    field == "finalizers"
}

/// Applies `patch` onto `original` (both whole objects) and returns the result.
pub fn merge(original: &Value, patch: &Value) -> Result<Value, String> {
    match (original, patch) {
        (Value::Object(o), Value::Object(p)) => Ok(Value::Object(merge_map(o, p)?)),
        (_, p) => Ok(strip_directives(p)),
    }
}

fn merge_map(orig: &Map<String, Value>, patch: &Map<String, Value>) -> Result<Map<String, Value>, String> {
    if let Some(Value::String(d)) = patch.get("$patch") {
        match d.as_str() {
            "replace" => {
                let mut m = patch.clone();
                m.remove("$patch");
                return Ok(strip_map(&m));
            }
            "delete" => return Ok(Map::new()),
            "merge" => {}
            other => return Err(format!("Unknown patch type: {other}")),
        }
    }
    let mut out = orig.clone();
    if let Some(Value::Array(keep)) = patch.get("$retainKeys") {
        let keep: Vec<&str> = keep.iter().filter_map(Value::as_str).collect();
        out.retain(|k, _| keep.contains(&k.as_str()));
    }
    for (k, pv) in patch {
        if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/") {
            if let (Some(Value::Array(list)), Value::Array(del)) = (out.get_mut(field), pv) {
                list.retain(|x| !del.contains(x));
            }
            continue;
        }
        if k.starts_with('$') {
            continue;
        }
        match pv {
            Value::Null => {
                out.remove(k);
            }
            Value::Object(pm) => match out.get(k) {
                Some(Value::Object(om)) => {
                    let merged = merge_map(om, pm)?;
                    out.insert(k.clone(), Value::Object(merged));
                }
                _ => {
                    if pm.get("$patch").and_then(Value::as_str) == Some("delete") {
                        out.remove(k);
                    } else {
                        out.insert(k.clone(), Value::Object(strip_map(pm)));
                    }
                }
            },
            Value::Array(pl) => {
                let merged = match (out.get(k), merge_key(k)) {
                    (Some(Value::Array(ol)), Some(key)) => merge_keyed(ol, pl, key)?,
                    (_, Some(key)) => merge_keyed(&[], pl, key)?,
                    (Some(Value::Array(ol)), None) if is_merged_scalar_list(k) => {
                        let mut l = ol.clone();
                        for v in pl {
                            if !l.contains(v) {
                                l.push(v.clone());
                            }
                        }
                        l
                    }
                    _ => pl.iter().map(strip_directives).collect(),
                };
                out.insert(k.clone(), Value::Array(merged));
            }
            other => {
                out.insert(k.clone(), other.clone());
            }
        }
    }
    Ok(out)
}

fn key_of<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.as_object().and_then(|m| m.get(key))
}

/// A keyed list: matched elements merge, new ones are added; order as the apimachinery merge
/// of patch items with server-only items.
fn merge_keyed(orig: &[Value], patch: &[Value], key: &str) -> Result<Vec<Value>, String> {
    let mut patch_items: Vec<(Option<usize>, Value)> = Vec::new();
    let mut deleted: Vec<&Value> = Vec::new();
    for p in patch {
        let Some(pm) = p.as_object() else {
            // A scalar element of a keyed list: replaced wholesale upstream; keep it.
            patch_items.push((None, p.clone()));
            continue;
        };
        let Some(kv) = pm.get(key) else {
            return Err(format!("map: {} does not contain declared merge key: {key}", go_map(pm)));
        };
        if pm.get("$patch").and_then(Value::as_str) == Some("delete") {
            deleted.push(kv);
            continue;
        }
        let pos = orig.iter().position(|o| key_of(o, key) == Some(kv));
        if let Some(existing) = patch_items.iter_mut().find(|(_, v)| key_of(v, key) == Some(kv)) {
            existing.1 = merge(&existing.1, p)?;
            continue;
        }
        let merged = match pos {
            Some(i) => merge(&orig[i], p)?,
            None => merge(&Value::Object(Map::new()), p)?,
        };
        patch_items.push((pos, merged));
    }
    let server_only: Vec<(usize, &Value)> = orig
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            let k = key_of(o, key);
            !patch.iter().any(|p| key_of(p, key).is_some() && key_of(p, key) == k)
                && !deleted.iter().any(|d| Some(*d) == k)
        })
        .collect();
    let mut out = Vec::with_capacity(patch_items.len() + server_only.len());
    let (mut i, mut j) = (0, 0);
    while i < patch_items.len() && j < server_only.len() {
        match patch_items[i].0 {
            Some(pi) if server_only[j].0 < pi => {
                out.push(server_only[j].1.clone());
                j += 1;
            }
            _ => {
                out.push(patch_items[i].1.clone());
                i += 1;
            }
        }
    }
    out.extend(patch_items[i..].iter().map(|(_, v)| v.clone()));
    out.extend(server_only[j..].iter().map(|(_, v)| (*v).clone()));
    Ok(out)
}

/// Go's `%v` of a map, for the missing-merge-key message.
fn go_map(m: &Map<String, Value>) -> String {
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    let parts: Vec<String> = keys
        .iter()
        .map(|k| {
            let v = match &m[k.as_str()] {
                Value::String(s) => s.clone(),
                Value::Object(_) => "map[...]".into(),
                other => other.to_string(),
            };
            format!("{k}:{v}")
        })
        .collect();
    format!("map[{}]", parts.join(" "))
}

/// A value added without an original: nulls inside maps are dropped, directives removed.
fn strip_directives(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(strip_map(m)),
        Value::Array(a) => Value::Array(a.iter().map(strip_directives).collect()),
        other => other.clone(),
    }
}

fn strip_map(m: &Map<String, Value>) -> Map<String, Value> {
    m.iter()
        .filter(|(k, v)| !k.starts_with('$') && !v.is_null())
        .map(|(k, v)| (k.clone(), strip_directives(v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn maps_merge_and_null_deletes() {
        let o = json!({"a": 1, "b": {"c": 2, "d": 3}});
        let p = json!({"b": {"c": null, "e": 4}, "f": null});
        assert_eq!(merge(&o, &p).unwrap(), json!({"a": 1, "b": {"d": 3, "e": 4}}));
    }

    #[test]
    fn keyed_lists_put_new_template_items_first() {
        let o = json!({"containers": [{"name": "hello", "image": "x"}]});
        let p = json!({"containers": [{"name": "istio-proxy", "image": "p"}]});
        let r = merge(&o, &p).unwrap();
        let names: Vec<&str> =
            r["containers"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["istio-proxy", "hello"]);
    }

    #[test]
    fn matching_items_merge_in_original_order() {
        let o = json!({"volumes": [{"name": "a"}, {"name": "b", "x": 1}, {"name": "c"}]});
        let p = json!({"volumes": [{"name": "n"}, {"name": "b", "y": 2}]});
        let r = merge(&o, &p).unwrap();
        assert_eq!(
            r,
            json!({"volumes": [{"name": "n"}, {"name": "a"}, {"name": "b", "x": 1, "y": 2}, {"name": "c"}]})
        );
    }

    #[test]
    fn plain_lists_are_replaced_and_missing_keys_fail() {
        let o = json!({"args": ["a", "b"]});
        assert_eq!(merge(&o, &json!({"args": ["c"]})).unwrap(), json!({"args": ["c"]}));
        let err = merge(&o, &json!({"env": [{"value": "x"}]})).unwrap_err();
        assert!(err.contains("does not contain declared merge key: name"), "{err}");
    }

    #[test]
    fn patch_replace_directive_replaces_the_map() {
        let o = json!({"labels": {"a": "1"}});
        let p = json!({"labels": {"$patch": "replace", "b": "2"}});
        assert_eq!(merge(&o, &p).unwrap(), json!({"labels": {"b": "2"}}));
    }
}
