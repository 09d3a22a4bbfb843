//! Non-apply patch formats: JSON merge patch (RFC 7386), JSON patch (RFC 6902) and strategic
//! merge patch with the built-in merge keys and `$patch`/`$retainKeys`/`$deleteFromPrimitiveList`
//! directives. Pure functions over JSON; ownership and storage happen elsewhere.

use serde_json::{Map, Value};

use crate::kinds::{ListType, ResourceType};
use crate::status::ApiError;

pub fn merge_patch(target: &Value, patch: &Value) -> Value {
    match patch {
        Value::Object(pm) => {
            let mut out = match target {
                Value::Object(t) => t.clone(),
                _ => Map::new(),
            };
            for (k, v) in pm {
                if v.is_null() {
                    out.shift_remove(k);
                } else {
                    let merged = merge_patch(out.get(k).unwrap_or(&Value::Null), v);
                    out.insert(k.clone(), merged);
                }
            }
            Value::Object(out)
        }
        _ => patch.clone(),
    }
}

fn unescape(tok: &str) -> String {
    tok.replace("~1", "/").replace("~0", "~")
}

fn pointer_parts(path: &str) -> Result<Vec<String>, ApiError> {
    if path.is_empty() {
        return Ok(vec![]);
    }
    if !path.starts_with('/') {
        return Err(ApiError::bad_request(format!("invalid JSON pointer {path:?}")));
    }
    Ok(path[1..].split('/').map(unescape).collect())
}

fn invalid_patch(msg: String) -> ApiError {
    ApiError::new(422, "Invalid", format!("the server rejected our request due to an error in our request: {msg}"))
}

fn parent_mut<'a>(doc: &'a mut Value, parts: &[String]) -> Result<&'a mut Value, ApiError> {
    let mut cur = doc;
    for p in parts {
        cur = match cur {
            Value::Object(m) => m.get_mut(p),
            Value::Array(a) => p.parse::<usize>().ok().and_then(move |i| a.get_mut(i)),
            _ => None,
        }
        .ok_or_else(|| invalid_patch(format!("doc is missing path: /{}", parts.join("/"))))?;
    }
    Ok(cur)
}

fn add(doc: &mut Value, path: &str, value: Value) -> Result<(), ApiError> {
    let parts = pointer_parts(path)?;
    let Some((last, parent)) = parts.split_last() else {
        *doc = value;
        return Ok(());
    };
    match parent_mut(doc, parent)? {
        Value::Object(m) => {
            m.insert(last.clone(), value);
        }
        Value::Array(a) => {
            if last == "-" {
                a.push(value);
            } else {
                let i: usize = last.parse().map_err(|_| invalid_patch(format!("invalid array index {last}")))?;
                if i > a.len() {
                    return Err(invalid_patch(format!("index {i} out of bounds")));
                }
                a.insert(i, value);
            }
        }
        _ => return Err(invalid_patch(format!("doc is missing path: {path}"))),
    }
    Ok(())
}

fn remove(doc: &mut Value, path: &str) -> Result<Value, ApiError> {
    let parts = pointer_parts(path)?;
    let Some((last, parent)) = parts.split_last() else { return Err(invalid_patch("cannot remove the root".into())) };
    let missing = || invalid_patch(format!("doc is missing key: {path}"));
    match parent_mut(doc, parent)? {
        Value::Object(m) => m.shift_remove(last).ok_or_else(missing),
        Value::Array(a) => {
            let i: usize = last.parse().map_err(|_| missing())?;
            if i < a.len() { Ok(a.remove(i)) } else { Err(missing()) }
        }
        _ => Err(missing()),
    }
}

pub fn json_patch(target: &Value, ops: &Value) -> Result<Value, ApiError> {
    let ops = ops.as_array().ok_or_else(|| ApiError::bad_request("json patch must be a list of operations"))?;
    let mut doc = target.clone();
    for op in ops {
        let kind = op.get("op").and_then(Value::as_str).ok_or_else(|| ApiError::bad_request("json patch operation without \"op\""))?;
        let path = op.get("path").and_then(Value::as_str).unwrap_or("");
        let value = || op.get("value").cloned().ok_or_else(|| ApiError::bad_request(format!("json patch {kind} without value")));
        let from = || op.get("from").and_then(Value::as_str).ok_or_else(|| ApiError::bad_request(format!("json patch {kind} without from")));
        match kind {
            "add" => add(&mut doc, path, value()?)?,
            "remove" => {
                remove(&mut doc, path)?;
            }
            "replace" => {
                remove(&mut doc, path)?;
                add(&mut doc, path, value()?)?;
            }
            "move" => {
                let v = remove(&mut doc, from()?)?;
                add(&mut doc, path, v)?;
            }
            "copy" => {
                let v = doc.pointer(from()?).cloned().ok_or_else(|| invalid_patch("copy from a missing path".into()))?;
                add(&mut doc, path, v)?;
            }
            "test" => {
                if doc.pointer(path) != Some(&value()?) {
                    return Err(invalid_patch(format!("testing value {path} failed")));
                }
            }
            other => return Err(ApiError::bad_request(format!("unexpected json patch operation {other:?}"))),
        }
    }
    Ok(doc)
}

/// Strategic merge patch for built-in kinds.
pub fn strategic_merge(rt: &ResourceType, target: &Value, patch: &Value) -> Result<Value, ApiError> {
    Ok(smp_value(rt, Some(target), patch, &mut Vec::new()).unwrap_or(Value::Null))
}

fn smp_value(rt: &ResourceType, cur: Option<&Value>, patch: &Value, names: &mut Vec<String>) -> Option<Value> {
    match patch {
        Value::Object(pm) => {
            match pm.get("$patch").and_then(Value::as_str) {
                Some("delete") => return None,
                Some("replace") => {
                    let mut m = pm.clone();
                    m.shift_remove("$patch");
                    return Some(Value::Object(m));
                }
                _ => {}
            }
            if !names.is_empty() && rt.atomic_map(names) {
                return Some(merge_patch(&Value::Null, patch));
            }
            let mut out = match cur {
                Some(Value::Object(m)) => m.clone(),
                _ => Map::new(),
            };
            for (k, v) in pm {
                if k == "$patch" || k == "$retainKeys" || k.starts_with("$setElementOrder/") {
                    continue;
                }
                if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/") {
                    if let (Some(Value::Array(list)), Some(del)) = (out.get_mut(field), v.as_array()) {
                        list.retain(|x| !del.contains(x));
                    }
                    continue;
                }
                if v.is_null() {
                    out.shift_remove(k);
                    continue;
                }
                names.push(k.clone());
                match smp_value(rt, out.get(k), v, names) {
                    Some(n) => {
                        out.insert(k.clone(), n);
                    }
                    None => {
                        out.shift_remove(k);
                    }
                }
                names.pop();
            }
            if let Some(Value::Array(keep)) = pm.get("$retainKeys") {
                out.retain(|k, _| keep.iter().any(|x| x.as_str() == Some(k)));
            }
            Some(Value::Object(out))
        }
        Value::Array(items) => {
            let live = match cur {
                Some(Value::Array(a)) => a.clone(),
                _ => vec![],
            };
            match rt.list_type(names) {
                ListType::Atomic => Some(Value::Array(items.iter().filter(|i| i.get("$patch").is_none()).cloned().collect())),
                ListType::Set => {
                    let mut out = live;
                    for it in items {
                        if !out.contains(it) {
                            out.push(it.clone());
                        }
                    }
                    Some(Value::Array(out))
                }
                ListType::Map(keys) => {
                    let key = keys[0].clone();
                    if items.iter().any(|i| i.get("$patch").and_then(Value::as_str) == Some("replace")) {
                        return Some(Value::Array(items.iter().filter(|i| i.get("$patch").is_none()).cloned().collect()));
                    }
                    let mut out = live;
                    for it in items {
                        let kv = it.get(&key);
                        let pos = out.iter().position(|e| kv.is_some() && e.get(&key) == kv);
                        let delete = it.get("$patch").and_then(Value::as_str) == Some("delete");
                        match (pos, delete) {
                            (Some(i), true) => {
                                out.remove(i);
                            }
                            (None, true) => {}
                            (Some(i), false) => {
                                if let Some(n) = smp_value(rt, Some(&out[i]), it, names) {
                                    out[i] = n;
                                }
                            }
                            (None, false) => {
                                if let Some(n) = smp_value(rt, None, it, names) {
                                    out.push(n);
                                }
                            }
                        }
                    }
                    Some(Value::Array(out))
                }
            }
        }
        other => Some(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::builtins;
    use serde_json::json;

    #[test]
    fn merge_patch_null_deletes_and_lists_replace() {
        let t = json!({"a":{"b":1,"c":2},"l":[1,2]});
        assert_eq!(merge_patch(&t, &json!({"a":{"b":null},"l":[3]})), json!({"a":{"c":2},"l":[3]}));
    }

    #[test]
    fn json_patch_ops() {
        let t = json!({"metadata":{"labels":{"a/b":"1"}},"l":[1,2]});
        let p = json!([{"op":"remove","path":"/metadata/labels/a~1b"},{"op":"add","path":"/l/-","value":3},
            {"op":"replace","path":"/l/0","value":0},{"op":"test","path":"/l/2","value":3}]);
        assert_eq!(json_patch(&t, &p).unwrap(), json!({"metadata":{"labels":{}},"l":[0,2,3]}));
        assert_eq!(json_patch(&t, &json!([{"op":"remove","path":"/nope"}])).unwrap_err().code, 422);
    }

    #[test]
    fn strategic_merge_uses_merge_keys() {
        let d = builtins().into_iter().find(|r| r.kind == "Deployment").unwrap();
        let t = json!({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"1","env":[{"name":"X","value":"1"}]},{"name":"b","image":"2"}]}}}});
        let p = json!({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"9","env":[{"name":"Y","value":"2"}]},{"name":"b","$patch":"delete"}]}}}});
        let out = strategic_merge(&d, &t, &p).unwrap();
        assert_eq!(out, json!({"spec":{"template":{"spec":{"containers":[{"name":"a","image":"9","env":[{"name":"X","value":"1"},{"name":"Y","value":"2"}]}]}}}}));
    }
}
