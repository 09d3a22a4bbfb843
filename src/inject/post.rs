//! What the injector's own code does to the merged pod after the templates: cluster/network
//! envs, the Prometheus annotation merge, the app-probe rewrite (`ISTIO_KUBE_APP_PROBERS`),
//! the status annotation, the user-UID fix-up and the container order. Pure JSON edits of one
//! pod (`{"metadata":…, "spec":…}`); it never renders templates and never prints.

use serde_json::{Map, Value, json};

use super::gojson::{self, GoType};

pub const PROXY: &str = "istio-proxy";
pub const INIT: &str = "istio-init";
pub const VALIDATION: &str = "istio-validation";
pub const CORE_DUMP: &str = "enable-core-dump";

/// The pod's `spec.<list>` as a mutable vector (created when absent).
pub fn list_mut<'a>(pod: &'a mut Value, list: &str) -> &'a mut Vec<Value> {
    let spec = pod.as_object_mut().expect("pod is an object").entry("spec").or_insert_with(|| json!({}));
    if !spec.is_object() {
        *spec = json!({});
    }
    let l = spec.as_object_mut().expect("object").entry(list).or_insert_with(|| json!([]));
    if !l.is_array() {
        *l = json!([]);
    }
    l.as_array_mut().expect("array")
}

/// The pod's `spec.<list>` (empty when absent).
pub fn list<'a>(pod: &'a Value, list: &str) -> &'a [Value] {
    pod.pointer(&format!("/spec/{list}")).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

pub fn name_of(c: &Value) -> &str {
    c.get("name").and_then(Value::as_str).unwrap_or("")
}

pub fn find<'a>(l: &'a [Value], name: &str) -> Option<&'a Value> {
    l.iter().find(|c| name_of(c) == name)
}

/// The pod's annotations map (created when absent).
pub fn annotations_mut(pod: &mut Value) -> &mut Map<String, Value> {
    meta_map_mut(pod, "annotations")
}

pub fn meta_map_mut<'a>(pod: &'a mut Value, key: &str) -> &'a mut Map<String, Value> {
    let meta = pod.as_object_mut().expect("pod").entry("metadata").or_insert_with(|| json!({}));
    if !meta.is_object() {
        *meta = json!({});
    }
    let m = meta.as_object_mut().expect("object").entry(key).or_insert_with(|| json!({}));
    if !m.is_object() {
        *m = json!({});
    }
    m.as_object_mut().expect("object")
}

pub fn annotation<'a>(pod: &'a Value, key: &str) -> Option<&'a str> {
    pod.pointer("/metadata/annotations").and_then(|a| a.get(key)).and_then(Value::as_str)
}

/// Mutable access to the first `istio-proxy`, containers first, then init containers.
fn sidecar_mut(pod: &mut Value) -> Option<&mut Map<String, Value>> {
    let in_containers = find(list(pod, "containers"), PROXY).is_some();
    let l = if in_containers {
        "containers"
    } else if find(list(pod, "initContainers"), PROXY).is_some() {
        "initContainers"
    } else {
        return None;
    };
    list_mut(pod, l).iter_mut().find(|c| name_of(c) == PROXY).and_then(Value::as_object_mut)
}

pub fn has_sidecar(pod: &Value) -> bool {
    find(list(pod, "containers"), PROXY).is_some() || find(list(pod, "initContainers"), PROXY).is_some()
}

fn env_mut(c: &mut Map<String, Value>) -> &mut Vec<Value> {
    let e = c.entry("env").or_insert_with(|| json!([]));
    if !e.is_array() {
        *e = json!([]);
    }
    e.as_array_mut().expect("array")
}

/// Step 11: the cluster/network proxy envs replace the sidecar's entries, appended in name order.
pub fn cluster_envs(pod: &mut Value, envs: &[(String, String)]) {
    if envs.is_empty() {
        return;
    }
    let Some(sc) = sidecar_mut(pod) else { return };
    let env = env_mut(sc);
    env.retain(|e| !envs.iter().any(|(n, _)| e.get("name").and_then(Value::as_str) == Some(n)));
    let mut sorted: Vec<&(String, String)> = envs.iter().collect();
    sorted.sort();
    for (n, v) in sorted {
        env.push(json!({"name": n, "value": v}));
    }
}

/// Prometheus annotation names compare with every non-word character as `_`.
pub fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect()
}

/// Step 12: Prometheus annotations point at the agent's merged-metrics endpoint.
pub fn prometheus_merge(pod: &mut Value, mesh: &Value) {
    let status_port = mesh.pointer("/defaultConfig/statusPort").and_then(Value::as_i64).unwrap_or(15020);
    let target = status_port.to_string();
    let annos: Vec<(String, String)> = pod
        .pointer("/metadata/annotations")
        .and_then(Value::as_object)
        .map(|m| {
            let mut v: Vec<(String, String)> =
                m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string())).collect();
            v.sort();
            v
        })
        .unwrap_or_default();
    let first = |s: &str| annos.iter().find(|(k, _)| sanitize(k) == s).map(|(_, v)| v.clone());
    let scrape = annos
        .iter()
        .filter(|(k, _)| sanitize(k) == "prometheus_io_scrape")
        .find_map(|(_, v)| crate::go::parse_go_bool(v))
        .unwrap_or(true);
    let merge = annos
        .iter()
        .find(|(k, _)| k == "prometheus.istio.io/merge-metrics")
        .and_then(|(_, v)| crate::go::parse_go_bool(v))
        .or_else(|| mesh.get("enablePrometheusMerge").and_then(Value::as_bool))
        .unwrap_or(true);
    let port_already = annos.iter().any(|(k, v)| sanitize(k) == "prometheus_io_port" && *v == target);
    if !scrape || !merge || port_already {
        return;
    }
    let (uscrape, upath, uport) =
        (first("prometheus_io_scrape"), first("prometheus_io_path"), first("prometheus_io_port"));
    let any = [&uscrape, &upath, &uport].iter().any(|v| v.as_deref().is_some_and(|s| !s.is_empty()));
    if any && let Some(sc) = sidecar_mut(pod) {
        let mut s = String::from("{\"scrape\":");
        gojson::string(&mut s, uscrape.as_deref().unwrap_or(""));
        s.push_str(",\"path\":");
        gojson::string(&mut s, upath.as_deref().unwrap_or(""));
        s.push_str(",\"port\":");
        gojson::string(&mut s, uport.as_deref().unwrap_or(""));
        s.push('}');
        env_mut(sc).push(json!({"name": "ISTIO_PROMETHEUS_ANNOTATIONS", "value": s}));
    }
    let a = annotations_mut(pod);
    a.retain(|k, _| {
        let s = sanitize(k);
        !(s == "prometheus_io_scrape" || s == "prometheus_io_path" || s == "prometheus_io_port")
    });
    a.insert("prometheus.io/port".into(), json!(target));
    a.insert("prometheus.io/path".into(), json!("/stats/prometheus"));
    a.insert("prometheus.io/scrape".into(), json!("true"));
}

const PROBES: [(&str, &str); 3] =
    [("readinessProbe", "readyz"), ("livenessProbe", "livez"), ("startupProbe", "startupz")];
const HOOKS: [(&str, &str); 2] = [("preStop", "prestopz"), ("postStart", "poststartz")];

/// The prober entry of one handler: `{"httpGet"|"tcpSocket"|"grpc": action, "timeoutSeconds"?}`,
/// or `None` when it does not count (unknown named port, already rewritten, other handler).
fn prober(
    h: &Map<String, Value>,
    ports: &Map<String, Value>,
    status_port: i64,
    lifecycle: bool,
) -> Option<String> {
    let kinds: &[(&str, GoType)] = if lifecycle {
        &[("httpGet", GoType::HttpGet), ("tcpSocket", GoType::TcpSocket)]
    } else {
        &[("httpGet", GoType::HttpGet), ("tcpSocket", GoType::TcpSocket), ("grpc", GoType::Grpc)]
    };
    let (kind, t, action) =
        kinds.iter().find_map(|(k, t)| h.get(*k).and_then(Value::as_object).map(|a| (*k, *t, a)))?;
    let mut action = action.clone();
    match action.get("port") {
        Some(Value::String(named)) => {
            let p = ports.get(named.as_str())?.clone();
            action.insert("port".into(), p);
        }
        Some(Value::Number(n)) if n.as_i64() == Some(status_port) => return None,
        _ => {}
    }
    let mut s = String::from("{");
    gojson::string(&mut s, kind);
    s.push(':');
    s.push_str(&gojson::to_string(&Value::Object(action), t));
    let timeout = h.get("timeoutSeconds").and_then(Value::as_i64).unwrap_or(0);
    if !lifecycle && timeout != 0 {
        s.push_str(&format!(",\"timeoutSeconds\":{timeout}"));
    }
    s.push('}');
    Some(s)
}

fn named_ports(c: &Value) -> Map<String, Value> {
    c.get("ports")
        .and_then(Value::as_array)
        .map(|ps| {
            ps.iter()
                .filter_map(|p| Some((p.get("name")?.as_str()?.to_string(), p.get("containerPort")?.clone())))
                .collect()
        })
        .unwrap_or_default()
}

/// Step 13: app probes go through the agent; `ISTIO_KUBE_APP_PROBERS` tells it where they were.
pub fn rewrite_probes(pod: &mut Value, mesh: &Value, values_rewrite: bool, previously_injected: bool) {
    if !has_sidecar(pod) {
        return;
    }
    let rewrite = annotation(pod, "sidecar.istio.io/rewriteAppHTTPProbers")
        .and_then(crate::go::parse_go_bool)
        .unwrap_or(values_rewrite);
    if !rewrite {
        return;
    }
    let status_port = mesh.pointer("/defaultConfig/statusPort").and_then(Value::as_i64).unwrap_or(15020);
    let mut probers: std::collections::BTreeMap<String, String> = Default::default();
    for l in ["initContainers", "containers"] {
        for c in list(pod, l) {
            let name = name_of(c);
            if name == PROXY {
                continue;
            }
            let ports = named_ports(c);
            for (field, suffix) in PROBES {
                if let Some(h) = c.get(field).and_then(Value::as_object)
                    && let Some(p) = prober(h, &ports, status_port, false)
                {
                    probers.insert(format!("/app-health/{name}/{suffix}"), p);
                }
            }
            for (field, suffix) in HOOKS {
                if let Some(h) = c.pointer(&format!("/lifecycle/{field}")).and_then(Value::as_object)
                    && let Some(p) = prober(h, &ports, status_port, true)
                {
                    probers.insert(format!("/app-lifecycle/{name}/{suffix}"), p);
                }
            }
        }
    }
    if !probers.is_empty() {
        let mut json = String::from("{");
        for (i, (k, v)) in probers.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            gojson::string(&mut json, k);
            json.push(':');
            json.push_str(v);
        }
        json.push('}');
        if let Some(sc) = sidecar_mut(pod) {
            let env = env_mut(sc);
            let existing = env
                .iter_mut()
                .find(|e| e.get("name").and_then(Value::as_str) == Some("ISTIO_KUBE_APP_PROBERS"));
            match (previously_injected, existing) {
                (true, Some(e)) => {
                    let old: Map<String, Value> = e
                        .get("value")
                        .and_then(Value::as_str)
                        .and_then(|s| serde_json::from_str(s).ok())
                        .unwrap_or_default();
                    let mut new: Map<String, Value> = serde_json::from_str(&json).unwrap_or_default();
                    for (k, v) in old {
                        new.insert(k, v);
                    }
                    let merged = gojson::sorted(&Value::Object(new));
                    *e = json!({"name": "ISTIO_KUBE_APP_PROBERS", "value": merged});
                }
                (true, None) => {}
                (false, _) => env.push(json!({"name": "ISTIO_KUBE_APP_PROBERS", "value": json})),
            }
        }
    }
    let port = match annotation(pod, "status.sidecar.istio.io/port") {
        Some(v) => v.parse::<i64>().unwrap_or(0),
        None => status_port,
    };
    for l in ["containers", "initContainers"] {
        for c in list_mut(pod, l).iter_mut() {
            if name_of(c) == PROXY {
                continue;
            }
            let name = name_of(c).to_string();
            let Some(cm) = c.as_object_mut() else { continue };
            for (field, suffix) in PROBES {
                if let Some(Value::Object(h)) = cm.get_mut(field) {
                    convert(h, &format!("/app-health/{name}/{suffix}"), port, false);
                }
            }
            if let Some(Value::Object(lc)) = cm.get_mut("lifecycle") {
                for (field, suffix) in HOOKS {
                    if let Some(Value::Object(h)) = lc.get_mut(field) {
                        convert(h, &format!("/app-lifecycle/{name}/{suffix}"), port, true);
                    }
                }
            }
        }
    }
}

fn convert(h: &mut Map<String, Value>, path: &str, port: i64, lifecycle: bool) {
    if let Some(Value::Object(g)) = h.get_mut("httpGet") {
        g.insert("port".into(), json!(port));
        g.insert("path".into(), json!(path));
        if g.get("scheme").and_then(Value::as_str) == Some("HTTPS") {
            g.insert("scheme".into(), json!("HTTP"));
        }
        return;
    }
    let other = if lifecycle { &["tcpSocket"][..] } else { &["tcpSocket", "grpc"][..] };
    for k in other {
        if h.contains_key(*k) {
            h.remove(*k);
            h.insert("httpGet".into(), json!({"path": path, "port": port}));
            return;
        }
    }
}

/// The `sidecar.istio.io/status` value from what the templates injected.
pub fn status_annotation(template_pod: &Value, revision: &str) -> String {
    let names = |l: &str| -> String {
        let v: Vec<&str> = list(template_pod, l).iter().map(name_of).collect();
        if v.is_empty() {
            "null".into()
        } else {
            let mut s = String::from("[");
            for (i, n) in v.iter().enumerate() {
                if i > 0 {
                    s.push(',');
                }
                gojson::string(&mut s, n);
            }
            s.push(']');
            s
        }
    };
    let mut rev = String::new();
    gojson::string(&mut rev, if revision.is_empty() { "default" } else { revision });
    format!(
        "{{\"initContainers\":{},\"containers\":{},\"volumes\":{},\"imagePullSecrets\":{},\"revision\":{}}}",
        names("initContainers"),
        names("containers"),
        names("volumes"),
        names("imagePullSecrets"),
        rev
    )
}

/// Step 14: a user `istio-proxy` that sets runAsUser/runAsGroup moves the init container's uid.
pub fn adjust_user(pod: &mut Value, original: &Value, tproxy_config: bool) {
    let user =
        find(list(original, "containers"), PROXY).or_else(|| find(list(original, "initContainers"), PROXY));
    let Some(sc) = user.and_then(|u| u.get("securityContext")) else { return };
    let run_as_user = sc.get("runAsUser").and_then(Value::as_i64);
    let run_as_group = sc.get("runAsGroup").and_then(Value::as_i64);
    if run_as_user.is_none() && run_as_group.is_none() {
        return;
    }
    let inits = list(pod, "initContainers");
    let Some(init_name) = [INIT, VALIDATION].into_iter().find(|n| find(inits, n).is_some()) else { return };
    let tproxy = tproxy_config || annotation(pod, "sidecar.istio.io/interceptionMode") == Some("TPROXY");
    if tproxy
        && run_as_user.is_some()
        && let Some(p) = sidecar_mut(pod)
        && let Some(Value::Object(ps)) = p.get_mut("securityContext")
        && ps.contains_key("runAsUser")
    {
        ps.insert("runAsUser".into(), json!(0));
    }
    let init = list_mut(pod, "initContainers").iter_mut().find(|c| name_of(c) == init_name);
    let Some(init) = init.and_then(Value::as_object_mut) else { return };
    if !tproxy && init_name == VALIDATION {
        let sc = init.entry("securityContext").or_insert_with(|| json!({}));
        if let Some(sc) = sc.as_object_mut() {
            if let Some(u) = run_as_user {
                sc.insert("runAsUser".into(), json!(u));
            }
            if let Some(g) = run_as_group {
                sc.insert("runAsGroup".into(), json!(g));
            }
        }
    }
    let Some(uid) = run_as_user.filter(|u| *u != 0) else { return };
    if let Some(Value::Array(args)) = init.get_mut("args")
        && let Some(i) = args.iter().position(|a| a.as_str() == Some("-u"))
        && i + 1 < args.len()
    {
        args[i + 1] = json!(uid.to_string());
    }
}

fn move_to(l: &mut Vec<Value>, name: &str, first: bool) {
    if let Some(i) = l.iter().position(|c| name_of(c) == name) {
        let c = l.remove(i);
        if first {
            l.insert(0, c);
        } else {
            l.push(c);
        }
    }
}

/// Step 15: `istio-proxy` first (hold) or last; init containers in the injector's order.
pub fn reorder(pod: &mut Value, hold: bool) {
    if pod.pointer("/spec/containers").is_some_and(Value::is_array) {
        move_to(list_mut(pod, "containers"), PROXY, hold);
    }
    if pod.pointer("/spec/initContainers").and_then(Value::as_array).is_none() {
        return;
    }
    let inits = list_mut(pod, "initContainers");
    if inits.iter().any(|c| name_of(c) == PROXY) {
        for n in [CORE_DUMP, PROXY, VALIDATION, INIT] {
            move_to(inits, n, true);
        }
    } else {
        move_to(inits, VALIDATION, true);
        move_to(inits, INIT, false);
        move_to(inits, CORE_DUMP, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_move_to_the_agent() {
        let mut pod = json!({"spec": {"containers": [
            {"name": "hello", "ports": [{"name": "http", "containerPort": 80}],
             "livenessProbe": {"httpGet": {"port": "http"}},
             "readinessProbe": {"httpGet": {"port": 3333, "scheme": "HTTPS"}, "timeoutSeconds": 2},
             "lifecycle": {"postStart": {"tcpSocket": {"port": 93}}}},
            {"name": "istio-proxy", "env": []}]}});
        rewrite_probes(&mut pod, &json!({"defaultConfig": {"statusPort": 15020}}), true, false);
        let env = &pod["spec"]["containers"][1]["env"][0];
        assert_eq!(env["name"], "ISTIO_KUBE_APP_PROBERS");
        assert_eq!(
            env["value"],
            r#"{"/app-health/hello/livez":{"httpGet":{"port":80}},"/app-health/hello/readyz":{"httpGet":{"port":3333,"scheme":"HTTPS"},"timeoutSeconds":2},"/app-lifecycle/hello/poststartz":{"tcpSocket":{"port":93}}}"#
        );
        let c = &pod["spec"]["containers"][0];
        assert_eq!(
            c["readinessProbe"]["httpGet"],
            json!({"port": 15020, "path": "/app-health/hello/readyz", "scheme": "HTTP"})
        );
        assert_eq!(
            c["lifecycle"]["postStart"],
            json!({"httpGet": {"path": "/app-lifecycle/hello/poststartz", "port": 15020}})
        );
    }

    #[test]
    fn native_init_order() {
        let mut pod = json!({"spec": {"containers": [{"name": "a"}], "initContainers": [
            {"name": "x"}, {"name": "istio-proxy"}, {"name": "istio-init"}, {"name": "enable-core-dump"}]}});
        reorder(&mut pod, false);
        let names: Vec<&str> = list(&pod, "initContainers").iter().map(name_of).collect();
        assert_eq!(names, ["istio-init", "istio-proxy", "enable-core-dump", "x"]);
    }

    #[test]
    fn prometheus_annotations_point_at_the_agent() {
        let mut pod = json!({"metadata": {"annotations": {"prometheus.io/port": "8080"}},
            "spec": {"containers": [{"name": "istio-proxy"}]}});
        prometheus_merge(&mut pod, &json!({"defaultConfig": {"statusPort": 15020}}));
        assert_eq!(pod["metadata"]["annotations"]["prometheus.io/port"], "15020");
        assert_eq!(
            pod["spec"]["containers"][0]["env"][0]["value"],
            r#"{"scrape":"","path":"","port":"8080"}"#
        );
    }
}
