//! Post-render changes to rendered objects: the `components.X.k8s.*` fields as Kubernetes
//! strategic-merge patches on the component's main objects, then `k8s.overlays` path patches
//! (dotted paths, `[N]`, `[key:value]`, regex `[value]` selectors, null deletes). Works on
//! `serde_json::Value` objects only; it never renders templates or prints.

use serde_json::{Map, Value};

/// Which objects a component's `k8s` block patches.
pub struct Targets<'a> {
    /// `Deployment` or `DaemonSet`, with its name, and the main container's name.
    pub workload: Option<(&'a str, &'a str, &'a str)>,
    /// Name of the Service, HPA and PDB (the workload's name).
    pub name: &'a str,
}

fn find<'o>(objs: &'o mut [Value], kind: &str, name: &str) -> Option<&'o mut Value> {
    objs.iter_mut().find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
}

fn nest(path: &[&str], leaf: Value) -> Value {
    path.iter().rev().fold(leaf, |acc, k| {
        let mut m = Map::new();
        m.insert((*k).to_string(), acc);
        Value::Object(m)
    })
}

fn container_patch(container: &str, field: &str, v: &Value) -> Value {
    let mut c = Map::new();
    c.insert("name".into(), Value::String(container.into()));
    c.insert(field.into(), v.clone());
    nest(&["spec", "template", "spec", "containers"], Value::Array(vec![Value::Object(c)]))
}

/// Applies every structured `k8s` field as a strategic-merge patch. Patches whose target object
/// was not rendered are dropped silently, as upstream does.
pub fn apply_k8s(objs: &mut [Value], k8s: &Value, t: &Targets) {
    let Some(k8s) = k8s.as_object() else { return };
    for (field, v) in k8s {
        if v.is_null() {
            continue;
        }
        let (kind, name, patch): (&str, &str, Value) = match field.as_str() {
            "hpaSpec" => ("HorizontalPodAutoscaler", t.name, nest(&["spec"], v.clone())),
            "podDisruptionBudget" => {
                let mut spec = v.clone();
                if spec.get("minAvailable").is_some() && spec.get("maxUnavailable").is_some() {
                    spec["minAvailable"] = Value::Null;
                }
                ("PodDisruptionBudget", t.name, nest(&["spec"], spec))
            }
            "service" => {
                let mut spec = v.clone();
                if let Some(m) = spec.as_object_mut() {
                    m.remove("ports");
                }
                ("Service", t.name, nest(&["spec"], spec))
            }
            "serviceAnnotations" => ("Service", t.name, nest(&["metadata", "annotations"], v.clone())),
            _ => {
                let Some((kind, name, container)) = t.workload else { continue };
                let patch = match field.as_str() {
                    "affinity" => nest(&["spec", "template", "spec", "affinity"], v.clone()),
                    "nodeSelector" => nest(&["spec", "template", "spec", "nodeSelector"], v.clone()),
                    "tolerations" => nest(&["spec", "template", "spec", "tolerations"], v.clone()),
                    "priorityClassName" => nest(&["spec", "template", "spec", "priorityClassName"], v.clone()),
                    "securityContext" => nest(&["spec", "template", "spec", "securityContext"], v.clone()),
                    "podAnnotations" => nest(&["spec", "template", "metadata", "annotations"], v.clone()),
                    "replicaCount" => nest(&["spec", "replicas"], v.clone()),
                    "strategy" => nest(&["spec", "strategy"], v.clone()),
                    "env" | "resources" | "readinessProbe" | "imagePullPolicy" => container_patch(container, field, v),
                    _ => continue,
                };
                (kind, name, patch)
            }
        };
        if let Some(obj) = find(objs, kind, name) {
            strategic_merge(obj, &patch, "");
        }
    }
}

/// The merge key of a list field under strategic-merge rules, if it merges rather than replaces.
fn merge_key(field: &str, items: &[Value]) -> Option<&'static str> {
    match field {
        "containers" | "initContainers" | "ephemeralContainers" | "volumes" | "env" | "imagePullSecrets" => Some("name"),
        "volumeMounts" => Some("mountPath"),
        "ports" => {
            if items.iter().any(|i| i.get("containerPort").is_some()) {
                Some("containerPort")
            } else {
                Some("port")
            }
        }
        _ => None,
    }
}

/// Kubernetes strategic merge: maps merge, null deletes, lists with a merge key merge by key
/// (ordered as the apiserver orders them), other lists are replaced.
pub fn strategic_merge(base: &mut Value, patch: &Value, field: &str) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, pv) in p {
                if pv.is_null() {
                    b.remove(k);
                    continue;
                }
                match b.get_mut(k) {
                    Some(bv) if (bv.is_object() && pv.is_object()) || (bv.is_array() && pv.is_array()) => {
                        strategic_merge(bv, pv, k)
                    }
                    _ => {
                        b.insert(k.clone(), pv.clone());
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(p)) => match merge_key(field, p) {
            Some(key) => merge_list(b, p, key),
            None => *b = p.clone(),
        },
        (b, p) => *b = p.clone(),
    }
}

fn merge_list(base: &mut Vec<Value>, patch: &[Value], key: &str) {
    let server: Vec<Value> = base.clone();
    let idx = |v: &Value| server.iter().position(|s| s.get(key).is_some() && s.get(key) == v.get(key));
    let mut left = Vec::new();
    for p in patch {
        match idx(p) {
            Some(i) => {
                let mut merged = server[i].clone();
                strategic_merge(&mut merged, p, "");
                left.push(merged);
            }
            None => left.push(p.clone()),
        }
    }
    let right: Vec<Value> =
        server.iter().filter(|s| !patch.iter().any(|p| p.get(key).is_some() && p.get(key) == s.get(key))).cloned().collect();
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(left.len() + right.len());
    while i < left.len() || j < right.len() {
        if i >= left.len() {
            out.push(right[j].clone());
            j += 1;
        } else if j >= right.len() {
            out.push(left[i].clone());
            i += 1;
        } else {
            match (idx(&left[i]), idx(&right[j])) {
                (Some(li), Some(ri)) if li > ri => {
                    out.push(right[j].clone());
                    j += 1;
                }
                _ => {
                    out.push(left[i].clone());
                    i += 1;
                }
            }
        }
    }
    *base = out;
}

/// One `k8s.overlays[]` entry: patches on every object of that kind and name.
pub fn apply_overlays(objs: &mut [Value], overlays: &Value) -> Result<(), String> {
    let Some(list) = overlays.as_array() else { return Ok(()) };
    for ov in list {
        let kind = ov["kind"].as_str().unwrap_or_default();
        let name = ov["name"].as_str().unwrap_or_default();
        let patches = ov["patches"].as_array().cloned().unwrap_or_default();
        for obj in objs.iter_mut().filter(|o| o["kind"] == kind && o["metadata"]["name"] == name) {
            for p in &patches {
                let path = p["path"].as_str().unwrap_or_default();
                let value = p.get("value").cloned().unwrap_or(Value::Null);
                apply_path(obj, path, decode_value(value)).map_err(|e| format!("overlay {kind}/{name} path {path}: {e}"))?;
            }
        }
    }
    Ok(())
}

/// A string value that looks like YAML (but is not JSON) is parsed into structure, as upstream.
fn decode_value(v: Value) -> Value {
    if let Value::String(s) = &v {
        let yamlish = s.contains(": ") || (s.contains('\n') && s.contains(':'));
        if yamlish
            && serde_json::from_str::<Value>(s).is_err()
            && let Ok(parsed) = serde_saphyr::from_str::<Value>(s)
            && parsed.is_object()
        {
            return parsed;
        }
    }
    v
}

/// Splits a tpath: dots separate segments unless escaped as `\.`; `a[x]` is two segments.
fn split_path(path: &str) -> Vec<String> {
    let mut segs = Vec::new();
    let mut cur = String::new();
    let mut chars = path.chars().peekable();
    let mut depth = 0;
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                cur.push('.');
                chars.next();
            }
            '.' if depth == 0 => {
                if !cur.is_empty() {
                    segs.push(std::mem::take(&mut cur));
                }
            }
            '[' => {
                if depth == 0 && !cur.is_empty() {
                    segs.push(std::mem::take(&mut cur));
                }
                depth += 1;
                cur.push(c);
            }
            ']' => {
                depth -= 1;
                cur.push(c);
                if depth == 0 {
                    segs.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        segs.push(cur);
    }
    segs
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Index of the list element a `[...]` selector names.
fn select(list: &[Value], sel: &str) -> Result<Option<usize>, String> {
    if let Ok(n) = sel.parse::<usize>() {
        return Ok((n < list.len()).then_some(n));
    }
    let sel = sel.strip_prefix(':').unwrap_or(sel);
    if let Some((k, v)) = sel.split_once(':') {
        let want = v.trim_matches(['"', '\'']);
        return Ok(list.iter().position(|e| e.get(k.trim()).map(scalar_text).as_deref() == Some(want)));
    }
    let re = regex::Regex::new(sel).map_err(|e| e.to_string())?;
    Ok(list.iter().position(|e| !e.is_object() && !e.is_array() && re.is_match(&scalar_text(e))))
}

fn apply_path(node: &mut Value, path: &str, value: Value) -> Result<(), String> {
    let segs = split_path(path);
    if segs.is_empty() {
        return Err("empty path".into());
    }
    walk(node, &segs, value)
}

fn walk(node: &mut Value, segs: &[String], value: Value) -> Result<(), String> {
    let seg = &segs[0];
    let last = segs.len() == 1;
    if let Some(sel) = seg.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
        let Value::Array(list) = node else { return Err(format!("{seg}: not a list")) };
        let Some(i) = select(list, sel)? else { return Err(format!("{seg}: no matching element")) };
        if last {
            if value.is_null() {
                list.remove(i);
            } else {
                list[i] = value;
            }
            return Ok(());
        }
        return walk(&mut list[i], &segs[1..], value);
    }
    let Value::Object(map) = node else { return Err(format!("{seg}: not a map")) };
    if last {
        if value.is_null() {
            map.remove(seg);
        } else {
            map.insert(seg.clone(), value);
        }
        return Ok(());
    }
    let next_is_list = segs[1].starts_with('[');
    let child = map.entry(seg.clone()).or_insert_with(|| if next_is_list { Value::Array(vec![]) } else { Value::Object(Map::new()) });
    walk(child, &segs[1..], value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn deployment() -> Value {
        json!({"kind": "Deployment", "metadata": {"name": "istiod"}, "spec": {"template": {"spec": {
            "containers": [{"name": "discovery", "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}, {"name": "C", "value": "3"}],
                "resources": {"requests": {"cpu": "500m"}}}],
            "tolerations": [{"key": "x", "operator": "Exists"}]}}}})
    }

    #[test]
    fn env_merges_by_name_in_apiserver_order() {
        let mut objs = vec![deployment()];
        let k8s = json!({"env": [{"name": "B", "value": "b"}, {"name": "NEW", "value": "n"}],
                         "resources": {"requests": {"memory": "1Gi"}},
                         "tolerations": [{"key": "y", "operator": "Exists"}]});
        apply_k8s(&mut objs, &k8s, &Targets { workload: Some(("Deployment", "istiod", "discovery")), name: "istiod" });
        let c = &objs[0]["spec"]["template"]["spec"]["containers"][0];
        let names: Vec<&str> = c["env"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["A", "B", "NEW", "C"]);
        assert_eq!(c["env"][1]["value"], "b");
        assert_eq!(c["resources"]["requests"], json!({"cpu": "500m", "memory": "1Gi"}));
        assert_eq!(objs[0]["spec"]["template"]["spec"]["tolerations"], json!([{"key": "y", "operator": "Exists"}]));
    }

    #[test]
    fn patches_for_missing_targets_are_dropped() {
        let mut objs = vec![deployment()];
        let before = objs.clone();
        apply_k8s(&mut objs, &json!({"podDisruptionBudget": {"minAvailable": 2}}), &Targets { workload: None, name: "istiod" });
        assert_eq!(objs, before);
    }

    #[test]
    fn overlays_select_set_and_delete() {
        let mut objs = vec![deployment()];
        let ov = json!([{"kind": "Deployment", "name": "istiod", "patches": [
            {"path": "spec.template.spec.containers.[name:discovery].env.[name:A].value", "value": "z"},
            {"path": "spec.template.spec.containers.[name:discovery].env.[name:C]"},
            {"path": "metadata.labels.new\\.key/x", "value": "v"},
            {"path": "spec.template.spec.nodeSelector", "value": "a: b"}]}]);
        apply_overlays(&mut objs, &ov).unwrap();
        let env = &objs[0]["spec"]["template"]["spec"]["containers"][0]["env"];
        assert_eq!(env.as_array().unwrap().len(), 2);
        assert_eq!(env[0]["value"], "z");
        assert_eq!(objs[0]["metadata"]["labels"]["new.key/x"], "v");
        assert_eq!(objs[0]["spec"]["template"]["spec"]["nodeSelector"], json!({"a": "b"}));
    }

    #[test]
    fn overlay_regex_selects_scalar_list_items() {
        let mut objs = vec![json!({"kind": "ClusterRole", "metadata": {"name": "r"}, "rules": [{"verbs": ["get", "list", "watch"]}]})];
        let ov = json!([{"kind": "ClusterRole", "name": "r", "patches": [{"path": "rules[0].verbs.[li.*]"}]}]);
        apply_overlays(&mut objs, &ov).unwrap();
        assert_eq!(objs[0]["rules"][0]["verbs"], json!(["get", "watch"]));
    }
}
