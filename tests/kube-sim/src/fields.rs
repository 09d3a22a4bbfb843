//! Field ownership for server-side apply: FieldsV1 sets, managedFields entries, the apply merge
//! (with conflicts, force and removal of dropped fields) and Update-entry bookkeeping for
//! non-apply writes. Works on plain JSON plus a ResourceType for list semantics; stores nothing.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::kinds::{ListType, ResourceType};
use crate::status::{ApiError, Cause};

/// One element of a field path, in FieldsV1 terms.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PE {
    F(String),
    K(String),
    V(String),
    I(usize),
}

pub type Path = Vec<PE>;
pub type FieldSet = BTreeSet<Path>;

#[derive(Clone, Debug, PartialEq)]
pub struct Managed {
    pub manager: String,
    pub operation: String,
    pub api_version: String,
    pub time: String,
    pub subresource: String,
    pub fields: FieldSet,
}

impl Managed {
    fn describe(&self) -> String {
        let mut s = format!("\"{}\"", self.manager);
        if self.operation != "Apply" {
            s.push_str(&format!(" using {}", self.api_version));
        }
        if !self.subresource.is_empty() {
            s.push_str(&format!(" with subresource \"{}\"", self.subresource));
        }
        s
    }
}

/// metadata fields that are never owned.
const META_SKIP: &[&str] = &[
    "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields",
    "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "generateName",
];

/// Which part of an object a write touches.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    /// Everything but status (kinds with a status subresource).
    Main,
    /// Only status.
    Status,
    /// The whole object (no status subresource).
    All,
}

pub fn part_for(rt: &ResourceType, subresource: &str) -> Part {
    if subresource == "status" {
        Part::Status
    } else if rt.has_status {
        Part::Main
    } else {
        Part::All
    }
}

fn key_string(elem: &Value, keys: &[String]) -> String {
    let mut m = Map::new();
    let mut sorted: Vec<&String> = keys.iter().collect();
    sorted.sort();
    for k in sorted {
        if let Some(v) = elem.get(k) {
            m.insert(k.clone(), v.clone());
        }
    }
    Value::Object(m).to_string()
}

/// The set of fields an object (or applied configuration) sets.
pub fn to_field_set(rt: &ResourceType, obj: &Value, part: Part) -> FieldSet {
    let mut set = FieldSet::new();
    let Some(map) = obj.as_object() else { return set };
    let mut names = Vec::new();
    for (k, v) in map {
        match (k.as_str(), part) {
            ("apiVersion" | "kind", _) => continue,
            ("status", Part::Main) => continue,
            ("status", _) => {}
            (_, Part::Status) => continue,
            _ => {}
        }
        if k == "metadata" {
            if let Some(meta) = v.as_object() {
                for (mk, mv) in meta {
                    if META_SKIP.contains(&mk.as_str()) {
                        continue;
                    }
                    names.push("metadata".to_string());
                    names.push(mk.clone());
                    walk(rt, mv, &mut vec![PE::F("metadata".into()), PE::F(mk.clone())], &mut names, &mut set);
                    names.clear();
                }
            }
            continue;
        }
        names.push(k.clone());
        walk(rt, v, &mut vec![PE::F(k.clone())], &mut names, &mut set);
        names.pop();
    }
    set
}

fn walk(rt: &ResourceType, v: &Value, path: &mut Path, names: &mut Vec<String>, set: &mut FieldSet) {
    match v {
        Value::Object(m) => {
            if m.is_empty() || rt.atomic_map(names) {
                set.insert(path.clone());
                return;
            }
            walk_fields(rt, m, path, names, set);
        }
        Value::Array(items) => match rt.list_type(names) {
            ListType::Atomic => {
                set.insert(path.clone());
            }
            ListType::Set => {
                if items.is_empty() {
                    set.insert(path.clone());
                }
                for it in items {
                    let mut p = path.clone();
                    p.push(PE::V(it.to_string()));
                    set.insert(p);
                }
            }
            ListType::Map(keys) => {
                if items.is_empty() {
                    set.insert(path.clone());
                }
                for it in items {
                    path.push(PE::K(key_string(it, &keys)));
                    set.insert(path.clone());
                    if let Some(m) = it.as_object() {
                        walk_fields(rt, m, path, names, set);
                    }
                    path.pop();
                }
            }
        },
        _ => {
            set.insert(path.clone());
        }
    }
}

fn walk_fields(rt: &ResourceType, m: &Map<String, Value>, path: &mut Path, names: &mut Vec<String>, set: &mut FieldSet) {
    for (k, child) in m {
        path.push(PE::F(k.clone()));
        names.push(k.clone());
        walk(rt, child, path, names, set);
        names.pop();
        path.pop();
    }
}

fn elem_matches(elem: &Value, key: &str) -> bool {
    let Ok(Value::Object(k)) = serde_json::from_str::<Value>(key) else { return false };
    k.iter().all(|(f, v)| elem.get(f) == Some(v))
}

/// The value at a field path.
pub fn get_at<'a>(v: &'a Value, p: &[PE]) -> Option<&'a Value> {
    let mut cur = v;
    for pe in p {
        cur = match pe {
            PE::F(k) => cur.as_object()?.get(k)?,
            PE::K(key) => cur.as_array()?.iter().find(|e| elem_matches(e, key))?,
            PE::V(j) => {
                let want: Value = serde_json::from_str(j).ok()?;
                cur.as_array()?.iter().find(|e| **e == want)?
            }
            PE::I(i) => cur.as_array()?.get(*i)?,
        };
    }
    Some(cur)
}

/// Remove the value at a field path (no-op when absent).
pub fn remove_at(v: &mut Value, p: &[PE]) {
    let Some((last, parent)) = p.split_last() else { return };
    let mut cur = v;
    for pe in parent {
        let next = match pe {
            PE::F(k) => cur.as_object_mut().and_then(|m| m.get_mut(k)),
            PE::K(key) => cur.as_array_mut().and_then(|a| a.iter_mut().find(|e| elem_matches(e, key))),
            PE::V(j) => {
                let want: Value = serde_json::from_str(j).unwrap_or(Value::Null);
                cur.as_array_mut().and_then(|a| a.iter_mut().find(|e| **e == want))
            }
            PE::I(i) => cur.as_array_mut().and_then(|a| a.get_mut(*i)),
        };
        match next {
            Some(n) => cur = n,
            None => return,
        }
    }
    match last {
        PE::F(k) => {
            if let Some(m) = cur.as_object_mut() {
                m.shift_remove(k);
            }
        }
        PE::K(key) => {
            if let Some(a) = cur.as_array_mut() {
                a.retain(|e| !elem_matches(e, key));
            }
        }
        PE::V(j) => {
            let want: Value = serde_json::from_str(j).unwrap_or(Value::Null);
            if let Some(a) = cur.as_array_mut() {
                a.retain(|e| *e != want);
            }
        }
        PE::I(i) => {
            if let Some(a) = cur.as_array_mut()
                && *i < a.len()
            {
                a.remove(*i);
            }
        }
    }
}

/// Human path syntax used in conflict messages.
pub fn path_string(p: &[PE]) -> String {
    let mut s = String::new();
    for pe in p {
        match pe {
            PE::F(k) => {
                s.push('.');
                s.push_str(k);
            }
            PE::K(key) => {
                let parsed: Map<String, Value> = serde_json::from_str(key).unwrap_or_default();
                let parts: Vec<String> = parsed.iter().map(|(k, v)| format!("{k}={v}")).collect();
                s.push_str(&format!("[{}]", parts.join(",")));
            }
            PE::V(j) => s.push_str(&format!("[={j}]")),
            PE::I(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

fn pe_string(pe: &PE) -> String {
    match pe {
        PE::F(k) => format!("f:{k}"),
        PE::K(k) => format!("k:{k}"),
        PE::V(v) => format!("v:{v}"),
        PE::I(i) => format!("i:{i}"),
    }
}

/// FieldsV1 JSON for a set.
pub fn fields_to_json(set: &FieldSet) -> Value {
    let mut root = Map::new();
    for p in set {
        let mut cur = &mut root;
        for pe in p {
            let entry = cur.entry(pe_string(pe)).or_insert_with(|| json!({}));
            cur = entry.as_object_mut().unwrap();
        }
        // A member that also has children records itself as ".".
        if !cur.is_empty() {
            cur.insert(".".into(), json!({}));
        }
    }
    // Paths inserted before their children need "." too: fix up by a second pass.
    fn mark(node: &mut Map<String, Value>, set: &FieldSet, path: &mut Path) {
        let keys: Vec<String> = node.keys().cloned().collect();
        for k in keys {
            if k == "." {
                continue;
            }
            let pe = parse_pe(&k);
            path.push(pe);
            let child = node.get_mut(&k).unwrap().as_object_mut().unwrap();
            if !child.is_empty() && set.contains(path) && !child.contains_key(".") {
                child.insert(".".into(), json!({}));
            }
            mark(child, set, path);
            path.pop();
        }
    }
    mark(&mut root, set, &mut Vec::new());
    Value::Object(root)
}

fn parse_pe(s: &str) -> PE {
    let (t, rest) = s.split_at(2.min(s.len()));
    match t {
        "f:" => PE::F(rest.into()),
        "k:" => PE::K(serde_json::from_str::<Value>(rest).map(|v| v.to_string()).unwrap_or_else(|_| rest.into())),
        "v:" => PE::V(serde_json::from_str::<Value>(rest).map(|v| v.to_string()).unwrap_or_else(|_| rest.into())),
        "i:" => PE::I(rest.parse().unwrap_or(0)),
        _ => PE::F(s.into()),
    }
}

pub fn json_to_fields(v: &Value) -> FieldSet {
    fn rec(v: &Value, path: &mut Path, set: &mut FieldSet) {
        let Some(m) = v.as_object() else { return };
        if m.is_empty() && !path.is_empty() {
            set.insert(path.clone());
        }
        for (k, child) in m {
            if k == "." {
                set.insert(path.clone());
                continue;
            }
            path.push(parse_pe(k));
            rec(child, path, set);
            path.pop();
        }
    }
    let mut set = FieldSet::new();
    rec(v, &mut Vec::new(), &mut set);
    set
}

pub fn parse_managed(obj: &Value) -> Vec<Managed> {
    let Some(list) = obj.pointer("/metadata/managedFields").and_then(Value::as_array) else { return vec![] };
    list.iter()
        .filter_map(|e| {
            let s = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let manager = s("manager");
            if manager.is_empty() && e.get("fieldsV1").is_none() {
                return None;
            }
            Some(Managed {
                manager,
                operation: s("operation"),
                api_version: s("apiVersion"),
                time: s("time"),
                subresource: s("subresource"),
                fields: e.get("fieldsV1").map(json_to_fields).unwrap_or_default(),
            })
        })
        .collect()
}

pub fn render_managed(entries: &[Managed]) -> Value {
    let mut sorted: Vec<&Managed> = entries.iter().filter(|m| !m.fields.is_empty()).collect();
    sorted.sort_by_key(|m| if m.operation == "Apply" { 0 } else { 1 });
    Value::Array(
        sorted
            .iter()
            .map(|m| {
                let mut e = json!({"manager": m.manager, "operation": m.operation, "apiVersion": m.api_version,
                    "time": m.time, "fieldsType": "FieldsV1", "fieldsV1": fields_to_json(&m.fields)});
                if !m.subresource.is_empty() {
                    e["subresource"] = json!(m.subresource);
                }
                e
            })
            .collect(),
    )
}

fn leaves(set: &FieldSet) -> Vec<&Path> {
    let v: Vec<&Path> = set.iter().collect();
    v.iter()
        .enumerate()
        .filter(|(i, p)| v.get(i + 1).is_none_or(|n| !n.starts_with(p)))
        .map(|(_, p)| *p)
        .collect()
}

fn owns_under(set: &FieldSet, p: &Path) -> bool {
    set.range(p.clone()..).next().is_some_and(|q| q.starts_with(p))
}

/// Merge an applied configuration into the live object (list semantics from the type).
pub fn apply_merge(rt: &ResourceType, cur: Option<&Value>, cfg: &Value, names: &mut Vec<String>) -> Value {
    match cfg {
        Value::Object(cm) => {
            let Some(Value::Object(live)) = cur else { return cfg.clone() };
            if !names.is_empty() && rt.atomic_map(names) {
                return cfg.clone();
            }
            let mut out = live.clone();
            for (k, v) in cm {
                names.push(k.clone());
                let merged = apply_merge(rt, live.get(k), v, names);
                names.pop();
                out.insert(k.clone(), merged);
            }
            Value::Object(out)
        }
        Value::Array(items) => {
            let Some(Value::Array(live)) = cur else { return cfg.clone() };
            match rt.list_type(names) {
                ListType::Atomic => cfg.clone(),
                ListType::Set => {
                    let mut out = live.clone();
                    for it in items {
                        if !out.contains(it) {
                            out.push(it.clone());
                        }
                    }
                    Value::Array(out)
                }
                ListType::Map(keys) => {
                    let mut out = live.clone();
                    for it in items {
                        let key = key_string(it, &keys);
                        match out.iter().position(|e| key_string(e, &keys) == key) {
                            Some(i) => out[i] = apply_merge(rt, Some(&out[i]), it, names),
                            None => out.push(it.clone()),
                        }
                    }
                    Value::Array(out)
                }
            }
        }
        _ => cfg.clone(),
    }
}

/// Fill defaulted key fields (port protocol) so list keys match what the server stores.
pub fn default_keys(rt: &ResourceType, v: &mut Value, names: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m.iter_mut() {
                names.push(k.clone());
                default_keys(rt, child, names);
                names.pop();
            }
        }
        Value::Array(items) => {
            if let ListType::Map(keys) = rt.list_type(names)
                && keys.iter().any(|k| k == "protocol")
                && !rt.is_crd()
            {
                for it in items.iter_mut() {
                    if let Some(m) = it.as_object_mut() {
                        m.entry("protocol").or_insert(json!("TCP"));
                    }
                }
            }
            for it in items.iter_mut() {
                default_keys(rt, it, names);
            }
        }
        _ => {}
    }
}

pub struct ApplyInput<'a> {
    pub rt: &'a ResourceType,
    pub live: Option<&'a Value>,
    pub config: &'a Value,
    pub manager: &'a str,
    pub api_version: &'a str,
    pub subresource: &'a str,
    pub force: bool,
    pub now: &'a str,
}

/// Server-side apply: returns the merged object with its new managedFields.
pub fn apply(inp: ApplyInput) -> Result<Value, ApiError> {
    let rt = inp.rt;
    let part = part_for(rt, inp.subresource);
    let mut config = inp.config.clone();
    default_keys(rt, &mut config, &mut Vec::new());
    let new_set = to_field_set(rt, &config, part);
    let empty = json!({});
    let live = inp.live.unwrap_or(&empty);
    let mut managed = parse_managed(live);
    let me = |m: &Managed| m.manager == inp.manager && m.operation == "Apply" && m.subresource == inp.subresource;

    // Conflicts: a leaf whose value would change while another manager owns it.
    let mut conflicts: Vec<(usize, Path)> = Vec::new();
    for p in leaves(&new_set) {
        let want = get_at(&config, p);
        let have = get_at(live, p);
        if have.is_none() || have == want {
            continue;
        }
        for (i, m) in managed.iter().enumerate() {
            if !me(m) && m.fields.contains(p) {
                conflicts.push((i, p.clone()));
            }
        }
    }
    if !conflicts.is_empty() {
        if !inp.force {
            return Err(conflict_error(&managed, &conflicts));
        }
        for (i, p) in &conflicts {
            managed[*i].fields.remove(p);
        }
    }

    // Shape the applied part: the main resource never carries status from an apply and vice versa.
    let mut cfg_part = config.clone();
    if let Some(m) = cfg_part.as_object_mut() {
        match part {
            Part::Main => {
                m.shift_remove("status");
            }
            Part::Status => m.retain(|k, _| k == "status" || k == "apiVersion" || k == "kind" || k == "metadata"),
            Part::All => {}
        }
        if part == Part::Status
            && let Some(meta) = m.get_mut("metadata").and_then(Value::as_object_mut)
        {
            meta.retain(|k, _| k == "name" || k == "namespace");
        }
        if let Some(meta) = m.get_mut("metadata").and_then(Value::as_object_mut) {
            meta.shift_remove("managedFields");
        }
    }
    let mut merged = apply_merge(rt, inp.live, &cfg_part, &mut Vec::new());

    // Fields this manager applied before and dropped now.
    let prev: FieldSet = managed.iter().filter(|m| me(m)).flat_map(|m| m.fields.iter().cloned()).collect();
    let others: Vec<&Managed> = managed.iter().filter(|m| !me(m)).collect();
    // Parents first, so removing an element takes its fields with it; key fields of a kept
    // element are never removed (the element would lose its identity).
    let dropped: Vec<&Path> = prev.iter().filter(|p| !new_set.contains(*p) && !owns_under(&new_set, p)).collect();
    let mut removed: Vec<&Path> = Vec::new();
    for p in dropped {
        if removed.iter().any(|r| p.starts_with(r)) || others.iter().any(|m| owns_under(&m.fields, p)) || is_key_field(p) {
            continue;
        }
        remove_at(&mut merged, p);
        removed.push(p);
    }

    // This manager's entry now holds exactly the applied set.
    let same_sets = managed.iter().find(|m| me(m)).is_some_and(|m| m.fields == new_set);
    let changed_obj = strip_managed(inp.live) != strip_managed(Some(&merged));
    if let Some(m) = managed.iter_mut().find(|m| me(m)) {
        if !same_sets || changed_obj || !conflicts.is_empty() {
            m.time = inp.now.to_string();
        }
        m.fields = new_set;
        m.api_version = inp.api_version.to_string();
    } else {
        managed.push(Managed {
            manager: inp.manager.into(),
            operation: "Apply".into(),
            api_version: inp.api_version.into(),
            time: inp.now.into(),
            subresource: inp.subresource.into(),
            fields: new_set,
        });
    }
    managed.retain(|m| !m.fields.is_empty());
    set_managed(&mut merged, &managed);
    Ok(merged)
}

fn is_key_field(p: &Path) -> bool {
    match p.as_slice() {
        [.., PE::K(key), PE::F(f)] => serde_json::from_str::<Map<String, Value>>(key).is_ok_and(|k| k.contains_key(f)),
        _ => false,
    }
}

fn strip_managed(v: Option<&Value>) -> Value {
    let mut v = v.cloned().unwrap_or(Value::Null);
    if let Some(meta) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.shift_remove("managedFields");
        meta.shift_remove("resourceVersion");
    }
    v
}

pub fn set_managed(obj: &mut Value, managed: &[Managed]) {
    if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        let rendered = render_managed(managed);
        if rendered.as_array().is_some_and(|a| a.is_empty()) {
            meta.shift_remove("managedFields");
        } else {
            meta.insert("managedFields".into(), rendered);
        }
    }
}

fn conflict_error(managed: &[Managed], conflicts: &[(usize, Path)]) -> ApiError {
    let n = conflicts.len();
    let causes: Vec<Cause> = conflicts
        .iter()
        .map(|(i, p)| Cause::new("FieldManagerConflict", path_string(p), format!("conflict with {}", managed[*i].describe())))
        .collect();
    let message = if n == 1 {
        let (i, p) = &conflicts[0];
        format!("Apply failed with 1 conflict: conflict with {}: {}", managed[*i].describe(), path_string(p))
    } else {
        let mut by: Vec<(String, Vec<String>)> = Vec::new();
        for (i, p) in conflicts {
            let d = managed[*i].describe();
            match by.iter_mut().find(|(m, _)| *m == d) {
                Some((_, ps)) => ps.push(path_string(p)),
                None => by.push((d, vec![path_string(p)])),
            }
        }
        by.sort();
        let body: Vec<String> = by
            .iter()
            .map(|(m, ps)| format!("conflicts with {m}:\n{}", ps.iter().map(|p| format!("- {p}")).collect::<Vec<_>>().join("\n")))
            .collect();
        format!("Apply failed with {n} conflicts: {}", body.join("\n"))
    };
    let mut e = ApiError::new(409, "Conflict", message);
    e.details = Some(json!({"causes": causes.iter().map(|c| json!({"reason": c.reason, "message": c.message, "field": c.field})).collect::<Vec<_>>()}));
    e
}

/// Bookkeeping for a non-apply write: the manager takes every field it changed.
#[allow(clippy::too_many_arguments)]
pub fn record_update(
    rt: &ResourceType,
    old: Option<&Value>,
    new: &mut Value,
    manager: &str,
    api_version: &str,
    subresource: &str,
    now: &str,
) {
    let part = part_for(rt, subresource);
    // A client may wipe managedFields by sending [{}].
    let wiped = new
        .pointer("/metadata/managedFields")
        .and_then(Value::as_array)
        .is_some_and(|a| a.len() == 1 && a[0].as_object().is_some_and(|o| o.is_empty()));
    let mut managed = match old {
        Some(o) if !wiped => parse_managed(o),
        _ => vec![],
    };
    if wiped {
        set_managed(new, &[]);
        return;
    }
    let old_set = old.map(|o| to_field_set(rt, o, part)).unwrap_or_default();
    let new_set = to_field_set(rt, new, part);
    let changed: FieldSet = new_set
        .iter()
        .filter(|p| !old_set.contains(*p) || old.and_then(|o| get_at(o, p)) != get_at(new, p))
        .filter(|p| leaves_contains(&new_set, p) || !old_set.contains(*p))
        .cloned()
        .collect();
    let removed: Vec<&Path> = old_set.iter().filter(|p| !new_set.contains(*p)).collect();
    for m in managed.iter_mut() {
        for p in &removed {
            m.fields.remove(*p);
        }
    }
    if !changed.is_empty() {
        let mine = |m: &Managed| m.manager == manager && m.operation == "Update" && m.subresource == subresource && m.api_version == api_version;
        for m in managed.iter_mut().filter(|m| !mine(m)) {
            for p in &changed {
                m.fields.remove(p);
            }
        }
        match managed.iter_mut().find(|m| mine(m)) {
            Some(m) => {
                m.fields.extend(changed);
                m.time = now.into();
            }
            None => managed.push(Managed {
                manager: manager.into(),
                operation: "Update".into(),
                api_version: api_version.into(),
                time: now.into(),
                subresource: subresource.into(),
                fields: changed,
            }),
        }
    }
    managed.retain(|m| !m.fields.is_empty());
    set_managed(new, &managed);
}

fn leaves_contains(set: &FieldSet, p: &Path) -> bool {
    set.range(p.clone()..).nth(1).is_none_or(|n| !n.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::builtins;

    fn rt(kind: &str) -> std::sync::Arc<ResourceType> {
        builtins().into_iter().find(|r| r.kind == kind).unwrap()
    }

    #[test]
    fn fieldsv1_round_trip_with_keys_and_dot() {
        let d = rt("Deployment");
        let obj = json!({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x","labels":{"app":"a"}},
            "spec":{"replicas":2,"selector":{"matchLabels":{"app":"a"}},"template":{"spec":{"containers":[
              {"name":"c","image":"i","ports":[{"containerPort":80}]}]}}}});
        let mut o = obj.clone();
        default_keys(&d, &mut o, &mut Vec::new());
        let set = to_field_set(&d, &o, Part::Main);
        let j = fields_to_json(&set);
        let c = &j["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"c\"}"];
        assert_eq!(c["."], json!({}));
        assert_eq!(c["f:ports"]["k:{\"containerPort\":80,\"protocol\":\"TCP\"}"]["f:protocol"], json!({}));
        assert_eq!(j["f:spec"]["f:selector"], json!({}), "selector is atomic");
        assert!(j.get("f:apiVersion").is_none());
        assert_eq!(json_to_fields(&j), set);
    }

    #[test]
    fn path_strings_match_conflict_syntax() {
        let p = vec![PE::F("spec".into()), PE::F("containers".into()), PE::K("{\"name\":\"discovery\"}".into()), PE::F("image".into())];
        assert_eq!(path_string(&p), ".spec.containers[name=\"discovery\"].image");
        assert_eq!(path_string(&[PE::F("f".into()), PE::V("\"x\"".into())]), ".f[=\"x\"]");
    }

    #[test]
    fn apply_conflict_force_and_drop() {
        let cm = rt("ConfigMap");
        let a = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"x":"1","y":"2"}});
        let inp = |live, cfg, mgr, force| ApplyInput { rt: &cm, live, config: cfg, manager: mgr, api_version: "v1", subresource: "", force, now: "t" };
        let o1 = apply(inp(None, &a, "a", false)).unwrap();
        let b = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"x":"9"}});
        let err = apply(inp(Some(&o1), &b, "b", false)).unwrap_err();
        assert_eq!(err.code, 409);
        assert_eq!(err.message, "Apply failed with 1 conflict: conflict with \"a\": .data.x");
        let same = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"x":"1"}});
        let shared = apply(inp(Some(&o1), &same, "b", false)).unwrap();
        let o2 = apply(inp(Some(&shared), &b, "b", true)).unwrap();
        assert_eq!(o2["data"]["x"], "9");
        let m = parse_managed(&o2);
        assert!(!m.iter().find(|m| m.manager == "a").unwrap().fields.contains(&vec![PE::F("data".into()), PE::F("x".into())]));
        // a drops y: removed since no one else owns it
        let a2 = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{}});
        let o3 = apply(inp(Some(&o2), &a2, "a", false)).unwrap();
        assert!(o3["data"].get("y").is_none());
        assert_eq!(o3["data"]["x"], "9");
    }
}
