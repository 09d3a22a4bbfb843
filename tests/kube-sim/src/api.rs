//! The REST surface: routes /api and /apis paths to get, list, watch, create, update, patch
//! (merge, JSON, strategic, apply), delete and deletecollection, plus status/scale subresources
//! and discovery. Turns HTTP into store calls and store results into JSON; owns no state itself.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Method, Request, Response};
use serde_json::{Value, json};
use tokio::sync::broadcast::error::RecvError;

use crate::discovery;
use crate::fields;
use crate::kinds::ResourceType;
use crate::patch;
use crate::selector::Selector;
use crate::server::{Body, Shared, error_response, full, json_response};
use crate::status::{ApiError, ApiResult};
use crate::store::{DeleteOpts, Event, Op, Store, WriteCtx, meta_str};
use crate::util;

pub struct Query(pub HashMap<String, Vec<String>>);

fn pct_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Query {
    pub fn parse(q: Option<&str>) -> Query {
        let mut m: HashMap<String, Vec<String>> = HashMap::new();
        for part in q.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            m.entry(pct_decode(k)).or_default().push(pct_decode(v));
        }
        Query(m)
    }
    pub fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).and_then(|v| v.first()).map(String::as_str).filter(|s| !s.is_empty())
    }
    pub fn all(&self, k: &str) -> Vec<String> {
        self.0.get(k).cloned().unwrap_or_default()
    }
    fn flag(&self, k: &str) -> bool {
        matches!(self.get(k), Some("true" | "1"))
    }
}

/// A parsed resource URL.
pub struct Target {
    pub rt: Arc<ResourceType>,
    pub version: String,
    pub ns: Option<String>,
    pub name: Option<String>,
    pub sub: Option<String>,
}

/// What the request log records as the verb.
pub fn verb_of(method: &Method, t: &Target, watch: bool) -> &'static str {
    match (method.as_str(), t.name.is_some()) {
        ("GET", true) => "get",
        ("GET", false) if watch => "watch",
        ("GET", false) => "list",
        ("POST", _) => "create",
        ("PUT", _) => "update",
        ("PATCH", _) => "patch",
        ("DELETE", true) => "delete",
        ("DELETE", false) => "deletecollection",
        _ => "other",
    }
}

/// Resolve `/api/v1/...` or `/apis/G/V/...` resource paths.
pub fn resolve(store: &Store, segs: &[&str]) -> ApiResult<Option<Target>> {
    let (group, version, rest) = match segs {
        ["api", v, rest @ ..] => ("", *v, rest),
        ["apis", g, v, rest @ ..] => (*g, *v, rest),
        _ => return Ok(None),
    };
    if rest.is_empty() {
        return Ok(None);
    }
    let look = |plural: &str| store.lookup(group, version, plural);
    let (ns, plural, tail) = if rest[0] == "namespaces" && rest.len() >= 3 && look(rest[2]).is_some_and(|t| t.namespaced) {
        (Some(rest[1].to_string()), rest[2], &rest[3..])
    } else {
        (None, rest[0], &rest[1..])
    };
    let rt = look(plural).ok_or_else(ApiError::no_resource)?;
    if tail.len() > 2 || (rt.namespaced && ns.is_none() && !tail.is_empty()) {
        return Err(ApiError::no_resource());
    }
    Ok(Some(Target {
        rt,
        version: version.to_string(),
        ns,
        name: tail.first().map(|s| s.to_string()),
        sub: tail.get(1).map(|s| s.to_string()),
    }))
}

/// Present a stored object in the requested version.
pub fn present(rt: &ResourceType, version: &str, obj: &Value) -> Value {
    let mut o = obj.clone();
    o["apiVersion"] = json!(rt.api_version(version));
    o
}

async fn read_body(req: Request<Incoming>) -> ApiResult<(String, Bytes)> {
    let ct = req.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let body = req.into_body().collect().await.map_err(|e| ApiError::bad_request(format!("reading body: {e}")))?.to_bytes();
    Ok((ct, body))
}

fn parse_body(ct: &str, body: &[u8]) -> ApiResult<Value> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request("the request body is empty"));
    }
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        return Ok(v);
    }
    if ct.starts_with(crate::proto::CONTENT_TYPE) {
        return crate::proto::decode(body).ok_or_else(|| {
            ApiError::unsupported_media(ct, &["application/json", "application/yaml", "application/vnd.kubernetes.protobuf (Namespace, ConfigMap, Secret, ServiceAccount only)"])
        });
    }
    let text = std::str::from_utf8(body).map_err(|_| ApiError::bad_request("the request body is not UTF-8"))?;
    if ct.contains("yaml") {
        return serde_saphyr::from_str::<Value>(text).map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")));
    }
    Err(ApiError::bad_request(format!("couldn't get version/kind; json parse error: {}", serde_json::from_slice::<Value>(body).unwrap_err())))
}

fn write_ctx(q: &Query, t: &Target, op: Op, user_agent: &str) -> ApiResult<WriteCtx> {
    let dry_run = match q.get("dryRun") {
        None => false,
        Some("All") => true,
        Some(other) => {
            return Err(ApiError::invalid(
                "PatchOptions",
                "meta.k8s.io",
                "",
                vec![crate::status::Cause::new("FieldValueNotSupported", "dryRun", format!("Unsupported value: \"{other}\": supported values: \"All\""))],
            ));
        }
    };
    let manager = match q.get("fieldManager") {
        Some(m) => {
            if m.len() > 128 || m.chars().any(|c| c.is_control()) {
                return Err(ApiError::invalid("PatchOptions", "meta.k8s.io", "", vec![crate::status::Cause::new("FieldValueInvalid", "fieldManager", "Invalid value: must be at most 128 printable characters")]));
            }
            m.to_string()
        }
        None if op == Op::Apply => {
            return Err(ApiError::invalid("PatchOptions", "meta.k8s.io", "", vec![crate::status::Cause::new("FieldValueRequired", "fieldManager", "Required value: is required for apply patch")]));
        }
        None => match user_agent.split('/').next() {
            Some(u) if !u.is_empty() => u.to_string(),
            _ => "unknown".to_string(),
        },
    };
    Ok(WriteCtx {
        op,
        dry_run,
        subresource: t.sub.clone().unwrap_or_default(),
        manager,
        api_version: t.rt.api_version(&t.version),
        field_validation: q.get("fieldValidation").unwrap_or("Warn").to_string(),
    })
}

/// Handle one resource request. Returns the response and the verb for the request log.
pub async fn handle(shared: Arc<Shared>, req: Request<Incoming>, t: Target, q: Query) -> (Response<Body>, &'static str) {
    let watch = q.flag("watch");
    let verb = verb_of(req.method(), &t, watch);
    if t.sub.as_deref() == Some("portforward") {
        return (crate::portforward::handle(shared, req, &t, &q).await, "portforward");
    }
    let res = match verb {
        "watch" => return (watch_response(shared, &t, &q), verb),
        "get" => get(&shared, &t),
        "list" => match list(&shared, &t, &q) {
            Ok(body) => return (crate::server::raw_json_response(200, body), verb),
            Err(e) => Err(e),
        },
        _ => mutate(&shared, req, &t, &q, verb).await,
    };
    let resp = match res {
        Ok((code, v)) => {
            let warnings = std::mem::take(&mut shared.store.lock().unwrap().warnings);
            let mut r = json_response(code, &v);
            for w in warnings {
                if let Ok(h) = format!("299 - \"{w}\"").parse() {
                    r.headers_mut().append("warning", h);
                }
            }
            r
        }
        Err(e) => error_response(&e),
    };
    if verb != "get" && verb != "list" {
        shared.wake();
    }
    (resp, verb)
}

fn check_sub(t: &Target, allowed: &[&str]) -> ApiResult<()> {
    match &t.sub {
        None => Ok(()),
        Some(s) if allowed.contains(&s.as_str()) && t.rt.subresources().iter().any(|(n, _, _)| n == s) => Ok(()),
        Some(_) => Err(ApiError::no_resource()),
    }
}

fn get(shared: &Shared, t: &Target) -> ApiResult<(u16, Value)> {
    check_sub(t, &["status", "scale"])?;
    let store = shared.store.lock().unwrap();
    let name = t.name.as_deref().unwrap();
    let obj = store.get(&t.rt, t.ns.as_deref().unwrap_or(""), name).ok_or_else(|| ApiError::not_found(&t.rt, name))?;
    if t.sub.as_deref() == Some("scale") {
        return Ok((200, to_scale(&t.rt, obj)));
    }
    Ok((200, present(&t.rt, &t.version, obj)))
}

fn to_scale(rt: &ResourceType, obj: &Value) -> Value {
    let meta = obj.get("metadata").cloned().unwrap_or(json!({}));
    let mut m = json!({});
    for k in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"] {
        if let Some(v) = meta.get(k) {
            m[k] = v.clone();
        }
    }
    let selector = obj
        .pointer("/spec/selector/matchLabels")
        .and_then(Value::as_object)
        .map(|l| l.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or(""))).collect::<Vec<_>>().join(","))
        .unwrap_or_default();
    let _ = rt;
    json!({"kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": m,
        "spec": {"replicas": obj.pointer("/spec/replicas").cloned().unwrap_or(json!(0))},
        "status": {"replicas": obj.pointer("/status/replicas").cloned().unwrap_or(json!(0)), "selector": selector}})
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Continue {
    rv: u64,
    start: (String, String),
}

/// One stored object as a list item: written straight from the store (no copy), without
/// `kind`/`apiVersion` for built-in types, with the requested `apiVersion` for CRD types.
struct Item<'a> {
    obj: &'a Value,
    api_version: Option<&'a str>,
}

impl serde::Serialize for Item<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let Some(m) = self.obj.as_object() else { return self.obj.serialize(ser) };
        let mut out = ser.serialize_map(None)?;
        for (k, v) in m {
            match (k.as_str(), self.api_version) {
                ("apiVersion", Some(av)) => out.serialize_entry(k, av)?,
                ("apiVersion" | "kind", None) => {}
                _ => out.serialize_entry(k, v)?,
            }
        }
        if let (Some(av), false) = (self.api_version, m.contains_key("apiVersion")) {
            out.serialize_entry("apiVersion", av)?;
        }
        out.end()
    }
}

/// The list envelope, its items borrowed from the store.
#[derive(serde::Serialize)]
struct ListBody<'a> {
    kind: &'a str,
    #[serde(rename = "apiVersion")]
    api_version: String,
    metadata: Value,
    items: Vec<Item<'a>>,
}

/// A list response, serialised straight from the store: the cost is the JSON text, not copies
/// of every object.
fn list(shared: &Shared, t: &Target, q: &Query) -> ApiResult<String> {
    if t.sub.is_some() {
        return Err(ApiError::no_resource());
    }
    let sel = Selector::parse(&t.rt, q.get("labelSelector"), q.get("fieldSelector"))?;
    let limit: usize = match q.get("limit") {
        Some(l) => l.parse().map_err(|_| ApiError::bad_request(format!("invalid limit {l:?}")))?,
        None => 0,
    };
    let store = shared.store.lock().unwrap();
    let (list_rv, start) = match q.get("continue") {
        Some(tok) => {
            use base64::Engine;
            let bytes = base64::engine::general_purpose::STANDARD.decode(tok).map_err(|_| ApiError::bad_request("invalid continue token"))?;
            let c: Continue = serde_json::from_slice(&bytes).map_err(|_| ApiError::bad_request("invalid continue token"))?;
            if c.rv < store.compacted {
                return Err(ApiError::gone("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list."));
            }
            (c.rv, Some(c.start))
        }
        None => (store.rv, None),
    };
    let ns = t.ns.as_deref();
    let mut matching = store
        .list(&t.rt, ns)
        .into_iter()
        .filter(|o| start.as_ref().is_none_or(|s| (meta_str(o, "namespace"), meta_str(o, "name")) > (s.0.as_str(), s.1.as_str())))
        .filter(|o| sel.matches(o));
    let mut items = Vec::new();
    let mut more = false;
    for o in matching.by_ref() {
        if limit > 0 && items.len() == limit {
            more = true;
            break;
        }
        items.push(o);
    }
    let remaining = if more { 1 + matching.count() } else { 0 };
    let mut meta = json!({"resourceVersion": list_rv.to_string()});
    if more {
        use base64::Engine;
        let last = items.last().unwrap();
        let c = Continue { rv: list_rv, start: (meta_str(last, "namespace").into(), meta_str(last, "name").into()) };
        meta["continue"] = json!(base64::engine::general_purpose::STANDARD.encode(serde_json::to_vec(&c).unwrap()));
        if sel.is_empty() {
            meta["remainingItemCount"] = json!(remaining);
        }
    }
    let crd_version = t.rt.is_crd().then(|| t.rt.api_version(&t.version));
    let body = ListBody {
        kind: &t.rt.list_kind,
        api_version: t.rt.api_version(&t.version),
        metadata: meta,
        items: items.into_iter().map(|obj| Item { obj, api_version: crd_version.as_deref() }).collect(),
    };
    serde_json::to_string(&body).map_err(|e| ApiError::internal(format!("encoding the list: {e}")))
}

async fn mutate(shared: &Shared, req: Request<Incoming>, t: &Target, q: &Query, verb: &'static str) -> ApiResult<(u16, Value)> {
    let ua = req.headers().get("user-agent").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let method = req.method().clone();
    let (ct, body) = read_body(req).await?;
    match verb {
        "create" => {
            if t.name.is_some() {
                return Err(ApiError::method_not_allowed(&t.rt, "POST"));
            }
            create(shared, t, q, &ct, &body, &ua)
        }
        "update" => {
            check_sub(t, &["status", "scale", "finalize"])?;
            update(shared, t, q, &ct, &body, &ua)
        }
        "patch" => {
            check_sub(t, &["status", "scale"])?;
            patch_obj(shared, t, q, &ct, &body, &ua)
        }
        "delete" => {
            if t.sub.is_some() {
                return Err(ApiError::method_not_allowed(&t.rt, "DELETE"));
            }
            let opts = delete_opts(q, &body)?;
            let mut store = shared.store.lock().unwrap();
            let name = t.name.as_deref().unwrap();
            let out = store.delete(&t.rt, t.ns.as_deref().unwrap_or(""), name, &opts)?;
            Ok((200, if out["kind"] == "Status" { out } else { present(&t.rt, &t.version, &out) }))
        }
        "deletecollection" => {
            if t.rt.kind == "Namespace" {
                return Err(ApiError::method_not_allowed(&t.rt, "deletecollection"));
            }
            let opts = delete_opts(q, &body)?;
            let sel = Selector::parse(&t.rt, q.get("labelSelector"), q.get("fieldSelector"))?;
            let mut store = shared.store.lock().unwrap();
            let names: Vec<(String, String)> =
                store.list(&t.rt, t.ns.as_deref()).into_iter().filter(|o| sel.matches(o)).map(|o| (meta_str(o, "namespace").to_string(), meta_str(o, "name").to_string())).collect();
            let mut items = Vec::new();
            for (ns, name) in names {
                let obj = store.get(&t.rt, &ns, &name).cloned();
                store.delete(&t.rt, &ns, &name, &opts)?;
                if let Some(o) = obj {
                    items.push(present(&t.rt, &t.version, &o));
                }
            }
            Ok((200, json!({"kind": t.rt.list_kind, "apiVersion": t.rt.api_version(&t.version), "metadata": {"resourceVersion": store.rv.to_string()}, "items": items})))
        }
        _ => Err(ApiError::new(405, "MethodNotAllowed", format!("method {method} is not supported"))),
    }
}

fn delete_opts(q: &Query, body: &[u8]) -> ApiResult<DeleteOpts> {
    let b: Value = if body.iter().all(u8::is_ascii_whitespace) { json!({}) } else { serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("invalid DeleteOptions: {e}")))? };
    let mut dry = q.get("dryRun").map(|d| vec![d.to_string()]).unwrap_or_default();
    if let Some(a) = b.get("dryRun").and_then(Value::as_array) {
        dry.extend(a.iter().filter_map(|x| x.as_str().map(String::from)));
    }
    if let Some(bad) = dry.iter().find(|d| *d != "All") {
        return Err(ApiError::invalid("DeleteOptions", "meta.k8s.io", "", vec![crate::status::Cause::new("FieldValueNotSupported", "dryRun", format!("Unsupported value: \"{bad}\": supported values: \"All\""))]));
    }
    let mut propagation = q.get("propagationPolicy").map(String::from).or_else(|| b.get("propagationPolicy").and_then(Value::as_str).map(String::from));
    if propagation.is_none()
        && let Some(o) = b.get("orphanDependents").and_then(Value::as_bool).or_else(|| q.get("orphanDependents").map(|s| s == "true"))
    {
        propagation = Some(if o { "Orphan" } else { "Background" }.into());
    }
    Ok(DeleteOpts {
        propagation,
        dry_run: !dry.is_empty(),
        precondition_uid: b.pointer("/preconditions/uid").and_then(Value::as_str).map(String::from),
        precondition_rv: b.pointer("/preconditions/resourceVersion").and_then(Value::as_str).map(String::from),
    })
}

fn check_body_identity(t: &Target, obj: &Value, name: &str) -> ApiResult<()> {
    let bn = meta_str(obj, "name");
    if !bn.is_empty() && bn != name {
        return Err(ApiError::bad_request(format!("the name of the object ({bn}) does not match the name on the URL ({name})")));
    }
    if let Some(ns) = &t.ns {
        let bns = meta_str(obj, "namespace");
        if !bns.is_empty() && bns != ns {
            return Err(ApiError::bad_request("the namespace of the provided object does not match the namespace sent on the request"));
        }
    }
    Ok(())
}

fn create(shared: &Shared, t: &Target, q: &Query, ct: &str, body: &[u8], ua: &str) -> ApiResult<(u16, Value)> {
    let obj = parse_body(ct, body)?;
    let ctx = write_ctx(q, t, Op::Create, ua)?;
    let mut name = meta_str(&obj, "name").to_string();
    if name.is_empty() {
        let generate = meta_str(&obj, "generateName");
        if generate.is_empty() {
            return Err(ApiError::invalid_rt(&t.rt, "", vec![crate::status::Cause::new("FieldValueRequired", "metadata.name", "Required value: name or generateName is required")]));
        }
        let base: String = generate.chars().take(58).collect();
        name = format!("{base}{}", util::name_suffix());
    }
    check_body_identity(t, &obj, &name)?;
    let mut store = shared.store.lock().unwrap();
    let ns = t.ns.clone().unwrap_or_default();
    if store.get(&t.rt, &ns, &name).is_some() {
        return Err(ApiError::already_exists(&t.rt, &name));
    }
    let (out, _) = store.commit(&t.rt, &ns, &name, obj, &ctx)?;
    Ok((201, present(&t.rt, &t.version, &out)))
}

fn from_scale(obj: &Value, scale: &Value) -> Value {
    let mut o = obj.clone();
    if let Some(r) = scale.pointer("/spec/replicas") {
        o["spec"]["replicas"] = r.clone();
    }
    if let Some(rv) = scale.pointer("/metadata/resourceVersion") {
        o["metadata"]["resourceVersion"] = rv.clone();
    }
    o
}

fn update(shared: &Shared, t: &Target, q: &Query, ct: &str, body: &[u8], ua: &str) -> ApiResult<(u16, Value)> {
    let mut obj = parse_body(ct, body)?;
    let name = t.name.clone().unwrap();
    check_body_identity(t, &obj, &name)?;
    let mut ctx = write_ctx(q, t, Op::Update, ua)?;
    let ns = t.ns.clone().unwrap_or_default();
    let mut store = shared.store.lock().unwrap();
    let live = store.get(&t.rt, &ns, &name).cloned();
    let Some(live) = live else { return Err(ApiError::not_found(&t.rt, &name)) };
    match t.sub.as_deref() {
        Some("scale") => {
            obj = from_scale(&live, &obj);
            ctx.subresource = String::new();
        }
        Some("finalize") => {
            if t.rt.kind != "Namespace" {
                return Err(ApiError::no_resource());
            }
            let mut o = live.clone();
            o["spec"]["finalizers"] = obj.pointer("/spec/finalizers").cloned().unwrap_or(json!([]));
            if ctx.dry_run {
                return Ok((200, o));
            }
            return finalize_namespace(&mut store, &t.rt, &name, o).map(|v| (200, v));
        }
        _ => {}
    }
    let (out, _) = store.commit(&t.rt, &ns, &name, obj, &ctx)?;
    let out = if t.sub.as_deref() == Some("scale") { to_scale(&t.rt, &out) } else { present(&t.rt, &t.version, &out) };
    Ok((200, out))
}

/// Store a namespace's new spec.finalizers; with none left (and nothing inside) it goes away.
pub fn finalize_namespace(store: &mut Store, rt: &Arc<ResourceType>, name: &str, mut o: Value) -> ApiResult<Value> {
    let done = o.pointer("/spec/finalizers").and_then(Value::as_array).is_none_or(|a| a.is_empty())
        && o.pointer("/metadata/finalizers").and_then(Value::as_array).is_none_or(|a| a.is_empty());
    if done && o.pointer("/metadata/deletionTimestamp").is_some() {
        return Ok(store.remove_now(rt, "", name, Some(o.clone())).unwrap_or(o));
    }
    store.rv += 1;
    o["metadata"]["resourceVersion"] = json!(store.rv.to_string());
    store.put(&rt.key(), "", name, o.clone());
    Ok(o)
}

const PATCH_TYPES: &[&str] = &["application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json", "application/apply-patch+yaml"];

fn patch_obj(shared: &Shared, t: &Target, q: &Query, ct: &str, body: &[u8], ua: &str) -> ApiResult<(u16, Value)> {
    let media = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !PATCH_TYPES.contains(&media.as_str()) || (media == "application/strategic-merge-patch+json" && t.rt.is_crd()) {
        let accepted: Vec<&str> = PATCH_TYPES.iter().copied().filter(|p| !t.rt.is_crd() || !p.contains("strategic")).collect();
        return Err(ApiError::unsupported_media(&media, &accepted));
    }
    let apply = media == "application/apply-patch+yaml";
    if !apply && q.get("force").is_some() {
        return Err(ApiError::invalid("PatchOptions", "meta.k8s.io", "", vec![crate::status::Cause::new("FieldValueForbidden", "force", "Forbidden: may not be specified for non-apply patch")]));
    }
    let ctx = write_ctx(q, t, if apply { Op::Apply } else { Op::Update }, ua)?;
    let p = if apply {
        let text = std::str::from_utf8(body).map_err(|_| ApiError::bad_request("apply body is not UTF-8"))?;
        serde_saphyr::from_str::<Value>(text).map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")))?
    } else {
        serde_json::from_slice::<Value>(body).map_err(|e| ApiError::bad_request(format!("invalid patch body: {e}")))?
    };
    let name = t.name.clone().unwrap();
    let ns = t.ns.clone().unwrap_or_default();
    let mut store = shared.store.lock().unwrap();
    let live = store.get(&t.rt, &ns, &name).cloned();
    let scale = t.sub.as_deref() == Some("scale");
    let mut ctx = ctx;
    if scale {
        ctx.subresource = String::new();
    }
    if apply {
        if !p.is_object() {
            return Err(ApiError::bad_request("apply body must be an object"));
        }
        check_body_identity(t, &p, &name)?;
        if p.pointer("/metadata/managedFields").is_some() {
            return Err(ApiError::bad_request("metadata.managedFields must be nil"));
        }
        let want_av = t.rt.api_version(&t.version);
        let (av, kind) = (p.get("apiVersion").and_then(Value::as_str).unwrap_or(""), p.get("kind").and_then(Value::as_str).unwrap_or(""));
        if !scale && (av != want_av || kind != t.rt.kind) {
            return Err(ApiError::bad_request(format!("the API version in the data ({av}) does not match the expected API version ({want_av}) or kind ({kind}) does not match {}", t.rt.kind)));
        }
        if scale && live.is_none() {
            return Err(ApiError::not_found(&t.rt, &name));
        }
        let mut p = p;
        let warnings = crate::store::prune_checked(&t.rt, &ctx, &mut p)?;
        let config = if scale { from_scale(&json!({"apiVersion": want_av, "kind": t.rt.kind, "metadata": {"name": name}, "spec": {}}), &p) } else { p };
        let merged = fields::apply(fields::ApplyInput {
            rt: &t.rt,
            live: live.as_ref(),
            config: &config,
            manager: &ctx.manager,
            api_version: &ctx.api_version,
            subresource: &ctx.subresource,
            force: q.get("force") == Some("true"),
            now: &util::now(),
        })?;
        let (out, created) = store.commit(&t.rt, &ns, &name, merged, &ctx)?;
        store.warnings.extend(warnings);
        let out = if scale { to_scale(&t.rt, &out) } else { present(&t.rt, &t.version, &out) };
        return Ok((if created { 201 } else { 200 }, out));
    }
    let Some(live) = live else { return Err(ApiError::not_found(&t.rt, &name)) };
    let base = if scale { to_scale(&t.rt, &live) } else { present(&t.rt, &t.version, &live) };
    let patched = match media.as_str() {
        "application/merge-patch+json" => patch::merge_patch(&base, &p),
        "application/json-patch+json" => patch::json_patch(&base, &p)?,
        _ => patch::strategic_merge(&t.rt, &base, &p)?,
    };
    let patched = if scale { from_scale(&live, &patched) } else { patched };
    check_body_identity(t, &patched, &name)?;
    let (out, _) = store.commit(&t.rt, &ns, &name, patched, &ctx)?;
    Ok((200, if scale { to_scale(&t.rt, &out) } else { present(&t.rt, &t.version, &out) }))
}

// ---------------------------------------------------------------------------------------------
// watch

struct WatchSpec {
    rt: Arc<ResourceType>,
    version: String,
    ns: Option<String>,
    sel: Selector,
    bookmarks: bool,
}

impl WatchSpec {
    fn in_scope(&self, obj: &Value) -> bool {
        self.ns.as_deref().is_none_or(|ns| meta_str(obj, "namespace") == ns)
    }

    /// The event a watcher sees for a store event (None when filtered out).
    fn translate(&self, ev: &Event) -> Option<Value> {
        if ev.key != self.rt.key() || !self.in_scope(&ev.object) {
            return None;
        }
        let now = self.sel.matches(&ev.object);
        let etype = match ev.etype {
            "MODIFIED" => match (ev.old.as_ref().is_some_and(|o| self.sel.matches(o)), now) {
                (true, true) => "MODIFIED",
                (false, true) => "ADDED",
                (true, false) => "DELETED",
                (false, false) => return None,
            },
            other if now => other,
            _ => return None,
        };
        Some(json!({"type": etype, "object": present(&self.rt, &self.version, &ev.object)}))
    }

    fn bookmark(&self, rv: u64, initial_end: bool) -> Value {
        let mut meta = json!({"resourceVersion": rv.to_string()});
        if initial_end {
            meta["annotations"] = json!({"k8s.io/initial-events-end": "true"});
        }
        json!({"type": "BOOKMARK", "object": {"kind": self.rt.kind, "apiVersion": self.rt.api_version(&self.version), "metadata": meta}})
    }
}

fn line(v: &Value) -> Bytes {
    let mut s = v.to_string();
    s.push('\n');
    Bytes::from(s)
}

fn watch_response(shared: Arc<Shared>, t: &Target, q: &Query) -> Response<Body> {
    let sel = match Selector::parse(&t.rt, q.get("labelSelector"), q.get("fieldSelector")) {
        Ok(s) => s,
        Err(e) => return error_response(&e),
    };
    if t.sub.is_some() {
        return error_response(&ApiError::no_resource());
    }
    let send_initial = q.flag("sendInitialEvents");
    if send_initial && q.get("resourceVersionMatch") != Some("NotOlderThan") {
        return error_response(&ApiError::invalid("ListOptions", "meta.k8s.io", "", vec![crate::status::Cause::new("FieldValueForbidden", "resourceVersionMatch", "Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan")]));
    }
    let spec = WatchSpec { rt: t.rt.clone(), version: t.version.clone(), ns: t.ns.clone(), sel, bookmarks: q.flag("allowWatchBookmarks") };
    let timeout = q.get("timeoutSeconds").and_then(|s| s.parse::<u64>().ok()).unwrap_or(1800);
    let rv_param = q.get("resourceVersion").map(String::from);

    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(256);
    let mut initial: Vec<Bytes> = Vec::new();
    let (mut rx_events, start_rv) = {
        let store = shared.store.lock().unwrap();
        let sub = store.tx.subscribe();
        let replay_state = rv_param.as_deref().is_none_or(|r| r == "0") || send_initial;
        if replay_state {
            for o in store.list(&spec.rt, spec.ns.as_deref()) {
                if spec.sel.matches(o) {
                    initial.push(line(&json!({"type": "ADDED", "object": present(&spec.rt, &spec.version, o)})));
                }
            }
            if send_initial && spec.bookmarks {
                initial.push(line(&spec.bookmark(store.rv, true)));
            }
        } else {
            let rv: u64 = match rv_param.as_deref().unwrap().parse() {
                Ok(n) => n,
                Err(_) => return error_response(&ApiError::bad_request(format!("invalid resource version: {}", rv_param.unwrap()))),
            };
            match store.history_since(rv) {
                Some(evs) => initial.extend(evs.iter().filter_map(|e| spec.translate(e)).map(|v| line(&v))),
                None => {
                    let st = ApiError::gone(format!("too old resource version: {rv} ({})", store.compacted)).to_status();
                    initial.push(line(&json!({"type": "ERROR", "object": st})));
                    drop(sub);
                    let body = futures::stream::iter(initial.into_iter().map(|b| Ok::<_, std::convert::Infallible>(Frame::data(b))));
                    return stream_response(BodyExt::boxed(StreamBody::new(body)));
                }
            }
        }
        (sub, store.rv)
    };
    let mut stop = shared.stop_rx();
    let mut epoch = shared.epoch_rx();
    tokio::spawn(async move {
        for b in initial {
            if tx.send(b).await.is_err() {
                return;
            }
        }
        let mut last_rv = start_rv;
        let deadline = tokio::time::sleep(Duration::from_secs(timeout));
        tokio::pin!(deadline);
        let mut tick = tokio::time::interval(Duration::from_secs(if spec.bookmarks { 5 } else { 3600 }));
        tick.tick().await;
        loop {
            tokio::select! {
                ev = rx_events.recv() => match ev {
                    Ok(ev) => {
                        if epoch.has_changed().unwrap_or(true) {
                            return;
                        }
                        last_rv = ev.rv;
                        if let Some(v) = spec.translate(&ev)
                            && tx.send(line(&v)).await.is_err() {
                            return;
                        }
                    }
                    Err(RecvError::Lagged(_)) | Err(RecvError::Closed) => break,
                },
                _ = tick.tick() => {
                    if spec.bookmarks && tx.send(line(&spec.bookmark(last_rv, false))).await.is_err() {
                        return;
                    }
                }
                _ = &mut deadline => {
                    if spec.bookmarks {
                        let _ = tx.send(line(&spec.bookmark(last_rv, false))).await;
                    }
                    break;
                }
                _ = stop.changed() => break,
                _ = epoch.changed() => return,
                _ = tx.closed() => return,
            }
        }
    });
    stream_response(BodyExt::boxed(ChannelBody(rx)))
}

/// A response body fed line by line from a channel (one watch event per frame).
struct ChannelBody(tokio::sync::mpsc::Receiver<Bytes>);

impl hyper::body::Body for ChannelBody {
    type Data = Bytes;
    type Error = std::convert::Infallible;
    fn poll_frame(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        self.0.poll_recv(cx).map(|o| o.map(|b| Ok(Frame::data(b))))
    }
}

fn stream_response(body: Body) -> Response<Body> {
    Response::builder().status(200).header("content-type", "application/json").header("cache-control", "no-cache, private").body(body).unwrap()
}

// ---------------------------------------------------------------------------------------------
// discovery and misc endpoints

/// Discovery and non-resource paths; None when the path is a resource path.
pub fn non_resource(shared: &Shared, segs: &[&str], accept: &str) -> Option<Response<Body>> {
    let types = || shared.store.lock().unwrap().types();
    let aggregated = shared.aggregated_discovery() && discovery::wants_aggregated(accept);
    let agg = |v: Value| {
        let mut r = json_response(200, &v);
        r.headers_mut().insert("content-type", discovery::AGGREGATED_CT.parse().unwrap());
        r
    };
    Some(match segs {
        ["version"] => json_response(200, &discovery::version()),
        ["healthz"] | ["livez"] | ["readyz"] => Response::builder().status(200).header("content-type", "text/plain").body(full("ok")).unwrap(),
        ["api"] if aggregated => agg(discovery::aggregated(&types(), true)),
        ["api"] => json_response(200, &discovery::api_versions()),
        ["apis"] if aggregated => agg(discovery::aggregated(&types(), false)),
        ["apis"] => json_response(200, &discovery::group_list(&types())),
        ["api", v] => match discovery::resource_list(&types(), "", v) {
            Some(l) => json_response(200, &l),
            None => error_response(&ApiError::no_resource()),
        },
        ["apis", g] => match discovery::group(&types(), g) {
            Some(l) => json_response(200, &l),
            None => error_response(&ApiError::no_resource()),
        },
        ["apis", g, v] => match discovery::resource_list(&types(), g, v) {
            Some(l) => json_response(200, &l),
            None => error_response(&ApiError::no_resource()),
        },
        ["api", ..] | ["apis", ..] => return None,
        _ => error_response(&ApiError::no_resource()),
    })
}
