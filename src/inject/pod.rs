//! The injector's pipeline for one pod view (injection.md §4): skip rules, the proxy-config
//! annotation, annotation validation, the stripped pod the templates see, each template's output
//! strategic-merged into the pod, the user-container re-apply, then the post-processing steps.
//! Works on the pod as JSON (`{"metadata":…, "spec":…}`); templates run behind [`Render`].

use serde_json::{Map, Value, json};

use super::gojson::{self, GoType};
use super::post::{self, PROXY, find, list, list_mut, name_of};
use super::{annotations, mesh, shape, smp};

/// What one template execution sees besides the values (upstream's `SidecarTemplateData`).
pub struct RenderInput<'a> {
    pub kind: &'a str,
    pub api_version: &'a str,
    pub deploy_name: &'a str,
    pub deploy_namespace: &'a str,
    /// The stripped pod's metadata and spec.
    pub object_meta: &'a Value,
    pub spec: &'a Value,
    /// The proxy config after the pod's annotation, and the mesh config holding it.
    pub proxy_config: &'a Value,
    pub mesh: &'a Value,
    pub proxy_image: &'a str,
    pub inbound_policy_mode: &'a str,
}

/// The injector's templates: run one by name; `Ok(None)` when no template has that name.
pub trait Render {
    fn render(&self, name: &str, input: &RenderInput) -> Result<Option<String>, String>;
    /// The template names (for the "not found" message).
    fn names(&self) -> Vec<String>;
}

/// Configuration shared by every pod.
pub struct Settings {
    /// The injector values (JSON).
    pub values: Value,
    /// The mesh config (JSON, defaults applied).
    pub mesh: Value,
    /// `-r`, with `default` already turned into "".
    pub revision: String,
    /// `ENABLE_NATIVE_SIDECARS=true`.
    pub native: bool,
}

/// The workload that holds the pod, for messages and the template data.
pub struct Owner {
    pub kind: String,
    pub api_version: String,
    pub name: String,
    pub namespace: String,
}

/// The result for one pod: injected, or left as it was with a warning.
pub enum Outcome {
    Injected(Value),
    Skipped(String),
}

const IGNORED_NAMESPACES: [&str; 4] = ["kube-system", "kube-public", "kube-node-lease", "local-path-storage"];

fn str_at<'a>(v: &'a Value, ptr: &str) -> Option<&'a str> {
    v.pointer(ptr).and_then(Value::as_str)
}

fn full_name(owner: &Owner, pod: &Value) -> String {
    let name = str_at(pod, "/metadata/name").filter(|n| !n.is_empty()).unwrap_or(&owner.name);
    if owner.namespace.is_empty() { name.to_string() } else { format!("{}/{}", owner.namespace, name) }
}

fn skip_message(owner: &Owner, pod: &Value, why: &str) -> String {
    let kind = if owner.kind.is_empty() { String::new() } else { format!(" {}", owner.kind) };
    format!("===> Skipping injection because{kind} \"{}\" has {why}\n", full_name(owner, pod))
}

/// Go's `%v` of a YAML/JSON scalar (the image tag).
fn go_v(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => format_float(f),
            _ => n.to_string(),
        },
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Go's `%v` of a float64: shortest representation, exponent form below 1e-4 or from 1e21.
fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e21 {
        return format!("{}", f as i128);
    }
    format!("{f}")
}

/// `.ProxyImage` (injection.md §6).
pub fn proxy_image(values: &Value, proxy_config: &Value, pod: &Value) -> String {
    let hub = str_at(values, "/global/hub").unwrap_or("");
    let name = str_at(values, "/global/proxy/image").filter(|s| !s.is_empty()).unwrap_or("proxyv2");
    let tag = values.pointer("/global/tag").map(go_v).unwrap_or_default();
    let mut ty = str_at(values, "/global/variant").unwrap_or("").to_string();
    if let Some(img) = proxy_config.get("image") {
        ty = img.get("imageType").and_then(Value::as_str).unwrap_or("").to_string();
    }
    if let Some(t) = post::annotation(pod, "sidecar.istio.io/proxyImageType") {
        ty = t.to_string();
    }
    let tag = if ty.is_empty() {
        tag
    } else {
        let base = tag
            .strip_suffix("-distroless")
            .or_else(|| tag.strip_suffix("-debug"))
            .unwrap_or(&tag)
            .to_string();
        if ty == "default" { base } else { format!("{base}-{ty}") }
    };
    format!("{hub}/{name}:{tag}")
}

/// Parses a template's output (YAML 1.1) into a JSON object.
fn parse_output(text: &str) -> Result<Value, String> {
    // The common shape decodes directly (no line index: errors come from the full parser).
    if let Some(object) = crate::api::yaml_fast::parse(text) {
        return Ok(Value::Object(object));
    }
    match crate::api::document::parse_document(text, 1) {
        Ok(Some(doc)) => Ok(Value::Object(doc.object)),
        Ok(None) => Ok(json!({})),
        Err(e) => Err(e.to_string()),
    }
}

/// Only the fields a typed Pod keeps, in their typed shape.
fn typed_pod(mut pod: Value) -> Value {
    if let Some(m) = pod.as_object_mut() {
        m.retain(|k, _| matches!(k.as_str(), "apiVersion" | "kind" | "metadata" | "spec" | "status"));
        shape::object_meta(m.entry("metadata").or_insert_with(|| json!({})));
        if let Some(spec) = m.entry("spec").or_insert_with(|| json!({})).as_object_mut() {
            shape::pod_spec(spec);
        }
    }
    pod
}

fn status_names(status: Option<&str>) -> (Vec<String>, Vec<String>) {
    let parsed: Option<Map<String, Value>> = status.and_then(|s| serde_json::from_str(s).ok());
    let names = |k: &str| -> Vec<String> {
        parsed
            .as_ref()
            .and_then(|p| p.get(k))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
            .unwrap_or_default()
    };
    (names("containers"), names("initContainers"))
}

/// Runs the injector on one pod view.
pub fn inject(
    settings: &Settings,
    templates: &dyn Render,
    owner: &Owner,
    pod: &Value,
) -> Result<Outcome, String> {
    // 1. Host network.
    if pod.pointer("/spec/hostNetwork") == Some(&Value::Bool(true)) {
        return Ok(Outcome::Skipped(skip_message(owner, pod, "host networking enabled")));
    }
    // 2. The pod's proxy config.
    let mut mesh = settings.mesh.clone();
    if let Some(pc) = post::annotation(pod, "proxy.istio.io/config") {
        let merged = mesh::apply_proxy_config(pc, &mesh["defaultConfig"])
            .map_err(|e| format!("could not parse proxy config: {e}"))?;
        mesh["defaultConfig"] = merged;
    }
    let proxy_config = mesh["defaultConfig"].clone();
    // 3. Required?
    let ns = str_at(pod, "/metadata/namespace").unwrap_or("");
    if IGNORED_NAMESPACES.contains(&ns) {
        return Ok(Outcome::Skipped(skip_message(owner, pod, "sidecar injection disabled")));
    }
    let selector = str_at(pod, "/metadata/labels/sidecar.istio.io~1inject")
        .or_else(|| post::annotation(pod, "sidecar.istio.io/inject"));
    if selector == Some("false") {
        return Ok(Outcome::Skipped(skip_message(owner, pod, "sidecar injection disabled")));
    }
    // 5. Annotation validation.
    if let Some(a) = pod.pointer("/metadata/annotations").and_then(Value::as_object) {
        annotations::validate(a).map_err(|e| format!("failed to run injection template: {e}"))?;
    }
    // 6. Cluster and network.
    let mut proxy_envs: Vec<(String, String)> = Vec::new();
    let cluster = str_at(&settings.values, "/global/multiCluster/clusterName").unwrap_or("");
    let mut network = str_at(&settings.values, "/global/network").unwrap_or("").to_string();
    if let Some(n) = str_at(pod, "/metadata/labels/topology.istio.io~1network") {
        network = n.to_string();
    }
    if !cluster.is_empty() {
        proxy_envs.push(("ISTIO_META_CLUSTER_ID".into(), cluster.into()));
    }
    if !network.is_empty() {
        proxy_envs.push(("ISTIO_META_NETWORK".into(), network.clone()));
    }
    // 7. The stripped pod.
    let old_status = post::annotation(pod, "sidecar.istio.io/status").map(String::from);
    let mut stripped = pod.clone();
    if let Some(st) = old_status.as_deref()
        && let Ok(Value::Object(parsed)) = serde_json::from_str::<Value>(st)
    {
        let names = |k: &str| -> Vec<String> {
            parsed
                .get(k)
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
                .unwrap_or_default()
        };
        let (cs, ics) = (names("containers"), names("initContainers"));
        list_mut(&mut stripped, "containers").retain(|c| !cs.iter().any(|n| n == name_of(c)));
        if stripped.pointer("/spec/initContainers").is_some() {
            list_mut(&mut stripped, "initContainers").retain(|c| !ics.iter().any(|n| n == name_of(c)));
        }
        let status_port = mesh.pointer("/defaultConfig/statusPort").and_then(Value::as_i64).unwrap_or(15020);
        let a = post::annotations_mut(&mut stripped);
        let port_matches = a.iter().any(|(k, v)| {
            post::sanitize(k) == "prometheus_io_port" && v.as_str() == Some(status_port.to_string().as_str())
        });
        if port_matches {
            a.retain(|k, _| {
                let s = post::sanitize(k);
                !(s == "prometheus_io_scrape" || s == "prometheus_io_port" || s == "prometheus_io_path")
            });
        }
        a.remove("sidecar.istio.io/status");
    }
    if let Some(ov) = post::annotation(pod, "proxy.istio.io/overrides") {
        let parsed: Value =
            serde_json::from_str(ov).map_err(|e| format!("failed to run injection template: {e}"))?;
        for l in ["containers", "initContainers"] {
            for c in parsed.get(l).and_then(Value::as_array).into_iter().flatten() {
                if find(list(&stripped, l), name_of(c)).is_none() {
                    let mut c = c.clone();
                    shape::container(&mut c);
                    list_mut(&mut stripped, l).push(c);
                }
            }
        }
    }
    // 8. Templates.
    let names: Vec<String> = match post::annotation(pod, "inject.istio.io/templates") {
        Some(a) => a.split(',').map(|s| s.trim().to_string()).collect(),
        None => vec!["sidecar".into()],
    };
    let image = proxy_image(&settings.values, &proxy_config, pod);
    let inbound = if str_at(&mesh, "/inboundTrafficPolicy/mode") == Some("LOCALHOST") {
        "localhost"
    } else {
        "passthrough"
    };
    let empty = json!({});
    let input = RenderInput {
        kind: &owner.kind,
        api_version: &owner.api_version,
        deploy_name: &owner.name,
        deploy_namespace: &owner.namespace,
        object_meta: stripped.get("metadata").unwrap_or(&empty),
        spec: stripped.get("spec").unwrap_or(&empty),
        proxy_config: &proxy_config,
        mesh: &mesh,
        proxy_image: &image,
        inbound_policy_mode: inbound,
    };
    // 9. Each template.
    let mut template_pod = json!({});
    let mut merged = pod.clone();
    for name in &names {
        let text = match templates.render(name, &input) {
            Ok(Some(t)) => t,
            Ok(None) => {
                return Err(format!(
                    "failed to run injection template: requested template {:?} not found; have {}",
                    name,
                    templates.names().join(", ")
                ));
            }
            Err(e) => return Err(format!("failed to run injection template: {e}")),
        };
        let output = parse_output(&text).map_err(|e| {
            format!("failed to run injection template: failed applying injection overlay: {e}")
        })?;
        template_pod = smp::merge(&template_pod, &output).map(typed_pod).map_err(|e| {
            format!("failed to run injection template: failed applying injection overlay: {e}")
        })?;
        let native = match post::annotation(&merged, "sidecar.istio.io/nativeSidecar") {
            Some("true") => true,
            Some("false") => false,
            _ => settings.native,
        };
        if native
            && find(list(&template_pod, "initContainers"), PROXY).is_some()
            && find(list(&merged, "containers"), PROXY).is_some()
        {
            let cs = list_mut(&mut merged, "containers");
            let i = cs.iter().position(|c| name_of(c) == PROXY).expect("found above");
            let c = cs.remove(i);
            list_mut(&mut merged, "initContainers").push(c);
        }
        merged = smp::merge(&merged, &output).map(typed_pod).map_err(|e| {
            format!("failed to run injection template: failed parsing generated injected YAML (check Istio sidecar injector configuration): {e}")
        })?;
    }
    // 10. User containers re-applied.
    merged = reapply(merged, pod, &template_pod, old_status.as_deref())
        .map_err(|e| format!("failed to re apply container: {e}"))?;
    let tproxy_config = proxy_config.get("interceptionMode").and_then(Value::as_str) == Some("TPROXY");
    post::adjust_user(&mut merged, pod, tproxy_config);
    // 11–15. Post-processing.
    post::annotations_mut(&mut merged);
    post::meta_map_mut(&mut merged, "labels");
    post::cluster_envs(&mut merged, &proxy_envs);
    post::prometheus_merge(&mut merged, &mesh);
    let rewrite =
        settings.values.pointer("/sidecarInjectorWebhook/rewriteAppHTTPProbe").and_then(Value::as_bool);
    post::rewrite_probes(&mut merged, &mesh, rewrite.unwrap_or(false), old_status.is_some());
    if let Some((_, nw)) = proxy_envs.iter().find(|(k, _)| k == "ISTIO_META_NETWORK") {
        post::meta_map_mut(&mut merged, "labels").insert("topology.istio.io/network".into(), json!(nw));
    }
    let status = post::status_annotation(&template_pod, &settings.revision);
    post::annotations_mut(&mut merged).insert("sidecar.istio.io/status".into(), json!(status));
    let mut hold_config = settings.mesh.pointer("/defaultConfig/holdApplicationUntilProxyStarts").cloned();
    if let Some(pc) = post::annotation(pod, "proxy.istio.io/config")
        && let Ok(p) = mesh::apply_proxy_config(pc, &settings.mesh["defaultConfig"])
    {
        hold_config = p.get("holdApplicationUntilProxyStarts").cloned();
    }
    let hold = hold_config.and_then(|v| v.as_bool()).unwrap_or(false)
        || settings.values.pointer("/global/proxy/holdApplicationUntilProxyStarts").and_then(Value::as_bool)
            == Some(true);
    post::reorder(&mut merged, hold);
    Ok(Outcome::Injected(typed_pod(merged)))
}

/// Step 10: containers the user wrote under an injected name win over the template's.
fn reapply(
    mut merged: Value,
    original: &Value,
    template_pod: &Value,
    old_status: Option<&str>,
) -> Result<Value, String> {
    let existing: Value = match post::annotation(original, "proxy.istio.io/overrides") {
        Some(s) => serde_json::from_str(s).map_err(|e| e.to_string())?,
        None => json!({}),
    };
    let (status_cs, status_ics) = status_names(old_status);
    let mut overrides: Map<String, Value> = Map::new();
    let mut recorded: (Vec<Value>, Vec<Value>) = (Vec::new(), Vec::new());
    for c in list(template_pod, "containers") {
        let n = name_of(c);
        if status_cs.iter().any(|s| s == n) {
            continue;
        }
        let found = existing
            .get("containers")
            .and_then(Value::as_array)
            .and_then(|l| find(l, n))
            .or_else(|| find(list(original, "containers"), n));
        let Some(found) = found else { continue };
        let overlay = overlay_of(found);
        recorded.0.push(overlay.clone());
        merged = smp::merge(&merged, &json!({"spec": {"containers": [overlay]}}))
            .map(typed_pod)
            .map_err(|e| format!("failed to apply sidecar container: {e}"))?;
    }
    for c in list(template_pod, "initContainers") {
        let n = name_of(c);
        if status_ics.iter().any(|s| s == n) {
            continue;
        }
        let found = existing
            .get("initContainers")
            .and_then(Value::as_array)
            .and_then(|l| find(l, n))
            .or_else(|| find(list(original, "containers"), n))
            .or_else(|| find(list(original, "initContainers"), n));
        let Some(found) = found else { continue };
        let overlay = overlay_of(found);
        recorded.1.push(overlay.clone());
        merged = smp::merge(&merged, &json!({"spec": {"initContainers": [overlay]}}))
            .map(typed_pod)
            .map_err(|e| format!("failed to apply sidecar init container: {e}"))?;
    }
    if old_status.is_none() && (!recorded.0.is_empty() || !recorded.1.is_empty()) {
        let mut s = String::from("{");
        if !recorded.0.is_empty() {
            s.push_str("\"containers\":");
            s.push_str(&gojson::to_string(&Value::Array(recorded.0), GoType::Container));
        }
        if !recorded.1.is_empty() {
            if s.len() > 1 {
                s.push(',');
            }
            s.push_str("\"initContainers\":");
            s.push_str(&gojson::to_string(&Value::Array(recorded.1), GoType::Container));
        }
        s.push('}');
        overrides.insert("proxy.istio.io/overrides".into(), json!(s));
        post::annotations_mut(&mut merged).extend(overrides);
    }
    Ok(merged)
}

/// A user container as an overlay: typed shape, and `image: auto` left to the template.
fn overlay_of(c: &Value) -> Value {
    let mut o = c.clone();
    shape::container(&mut o);
    if let Some(m) = o.as_object_mut()
        && m.get("image").and_then(Value::as_str).is_some_and(|i| i == "auto" || i.is_empty())
    {
        m.remove("image");
    }
    o
}
