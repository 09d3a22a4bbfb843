//! The Kubernetes checks `validate` runs outside the Istio namespace (validation-rules
//! §18.3.2–4): Service port naming / appProtocol (errors), Deployment telemetry labels (a
//! notice only), and the Services and Deployments inside `List` objects. Pure functions over
//! decoded documents; nothing here prints.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::api::path::Path;
use crate::api::rules::{Protocol, go_quote};
use crate::api::validation::{Ctx, Meta};

/// What the Kubernetes checks found in one object: errors (with paths) and notice lines.
#[derive(Debug, Default)]
pub struct KubeOutcome {
    pub errors: Vec<crate::api::validation::Finding>,
    pub notices: Vec<String>,
}

/// `https://istio.io/v1.30/docs/…` for this build's minor version.
fn docs_url(page: &str) -> String {
    let minor: Vec<&str> = crate::VERSION.split('.').take(2).collect();
    format!("https://istio.io/v{}/docs/{page}", minor.join("."))
}

fn protocol_selection_url() -> String {
    docs_url("ops/configuration/traffic-management/protocol-selection/")
}

fn deployment_requirements_url() -> String {
    docs_url("ops/deployment/requirements/")
}

fn str_at<'a>(obj: &'a Map<String, Value>, path: &[&str]) -> &'a str {
    let mut cur = obj;
    for (i, key) in path.iter().enumerate() {
        match cur.get(*key) {
            Some(Value::Object(m)) if i + 1 < path.len() => cur = m,
            Some(Value::String(s)) if i + 1 == path.len() => return s,
            _ => return "",
        }
    }
    ""
}

fn name_ns(obj: &Map<String, Value>) -> (&str, &str) {
    (
        str_at(obj, &["metadata", "name"]),
        str_at(obj, &["metadata", "namespace"]),
    )
}

/// §18.3.3: every non-UDP port needs a known `appProtocol`, or a `name` whose part before the
/// first `-` is a known protocol. `at` is the object's own path (root, or `items[i]`).
pub fn check_service(
    obj: &Map<String, Value>,
    istio_namespace: &str,
    at: Option<&Path<'_>>,
    cx: &mut Ctx<'_>,
) {
    let (name, ns) = name_ns(obj);
    if ns == istio_namespace {
        return;
    }
    let who = go_quote(&format!("{name}/{ns}/:"));
    let spec_root = Path::root("spec");
    let spec_path = match at {
        Some(p) => p.field("spec"),
        None => spec_root,
    };
    let ports = match obj.get("spec") {
        Some(Value::Object(spec)) => spec.get("ports"),
        // Upstream crashes on a Service without a spec; report it instead.
        _ => {
            cx.error(&spec_path, format!("service {who} has no spec"));
            return;
        }
    };
    let Some(Value::Array(ports)) = ports else {
        return;
    };
    let ports_path = spec_path.field("ports");
    for (i, port) in ports.iter().enumerate() {
        let p = ports_path.index(i);
        let Value::Object(port) = port else { continue };
        if port
            .get("protocol")
            .and_then(Value::as_str)
            .is_some_and(|s| s.eq_ignore_ascii_case("UDP"))
        {
            continue;
        }
        match port.get("appProtocol") {
            Some(ap) if !ap.is_null() => {
                if Protocol::parse(ap.as_str().unwrap_or("")).is_none() {
                    cx.error(
                        &p.field("appProtocol"),
                        format!(
                            "service {who} doesn't follow Istio protocol selection. This is not recommended, See {}",
                            protocol_selection_url()
                        ),
                    );
                }
            }
            _ => match port.get("name") {
                None | Some(Value::Null) => cx.error(
                    &p,
                    format!(
                        "service {who} has an unnamed port. This is not recommended, See {}",
                        deployment_requirements_url()
                    ),
                ),
                Some(n) => {
                    let port_name = match n {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    let prefix = port_name.split('-').next().unwrap_or("");
                    if Protocol::parse(prefix).is_none() {
                        cx.error(
                            &p.field("name"),
                            format!(
                                "service {who} port {} does not follow the Istio naming convention. See {}",
                                go_quote(&port_name),
                                deployment_requirements_url()
                            ),
                        );
                    }
                }
            },
        }
    }
}

/// Go's type name for a decoded JSON value (for accessor errors).
fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_i64() || n.is_u64() => "int64",
        Value::Number(_) => "float64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

/// A Go map printed with `%q`: `map["k":"v" "k2":"v2"]`, keys sorted.
fn go_quoted_map(m: &BTreeMap<String, String>) -> String {
    let entries: Vec<String> = m
        .iter()
        .map(|(k, v)| format!("{}:{}", go_quote(k), go_quote(v)))
        .collect();
    format!("map[{}]", entries.join(" "))
}

const NAME_LABELS: [&str; 3] = [
    "service.istio.io/canonical-name",
    "app.kubernetes.io/name",
    "app",
];
const REVISION_LABELS: [&str; 3] = [
    "service.istio.io/canonical-revision",
    "app.kubernetes.io/version",
    "version",
];

/// §18.3.4: a pod template without a canonical name label or revision label gets a notice
/// (not an error); non-string label values are an error.
pub fn check_deployment(
    obj: &Map<String, Value>,
    istio_namespace: &str,
    at: Option<&Path<'_>>,
    cx: &mut Ctx<'_>,
    notices: &mut Vec<String>,
) {
    let (name, ns) = name_ns(obj);
    if ns == istio_namespace {
        return;
    }
    let spec_root = Path::root("spec");
    let spec_path = match at {
        Some(p) => p.field("spec"),
        None => spec_root,
    };
    let template = spec_path.field("template");
    let metadata = template.field("metadata");
    let labels_path = metadata.field("labels");
    let raw = obj
        .get("spec")
        .and_then(|s| s.get("template"))
        .and_then(|t| t.get("metadata"))
        .and_then(|m| m.get("labels"));
    let mut labels = BTreeMap::new();
    match raw {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => {
            for (k, v) in m {
                match v {
                    Value::String(s) => {
                        labels.insert(k.clone(), s.clone());
                    }
                    other => {
                        cx.error(
                            &labels_path.key(k),
                            format!(
                                ".metadata.labels accessor error: contains non-string value in the map under key {}: {other} is of the type {}, expected string",
                                go_quote(k),
                                go_type(other)
                            ),
                        );
                        return;
                    }
                }
            }
        }
        Some(other) => {
            cx.error(
                &labels_path,
                format!(
                    ".metadata.labels accessor error: {other} is of the type {}, expected map[string]interface {{}}",
                    go_type(other)
                ),
            );
            return;
        }
    }
    let has_name = NAME_LABELS.iter().any(|k| labels.contains_key(*k));
    let has_revision = REVISION_LABELS.iter().any(|k| labels.contains_key(*k));
    if !has_name || !has_revision {
        notices.push(format!(
            "deployment {} may not provide Istio metrics and telemetry labels: {}. See {}",
            go_quote(&format!("{name}/{ns}:")),
            go_quoted_map(&labels),
            deployment_requirements_url()
        ));
    }
}

/// §18.3.2–4 for a non-Istio document: List items (Services and Deployments only), then the
/// object itself if it is a Service or Deployment. Returns `None` when nothing applies.
pub fn check_kubernetes(doc: &Map<String, Value>, istio_namespace: &str) -> KubeOutcome {
    let meta = Meta::default();
    let mut cx = Ctx::new(&meta);
    let mut notices = Vec::new();
    if let Some(Value::Array(items)) = doc.get("items") {
        let items_path = Path::root("items");
        for (i, item) in items.iter().enumerate() {
            let Value::Object(item) = item else { continue };
            let at = items_path.index(i);
            match item.get("kind").and_then(Value::as_str) {
                Some("Service") => check_service(item, istio_namespace, Some(&at), &mut cx),
                Some("Deployment") => {
                    check_deployment(item, istio_namespace, Some(&at), &mut cx, &mut notices)
                }
                _ => {}
            }
        }
        if cx.has_errors() {
            return KubeOutcome {
                errors: cx.into_findings(),
                notices,
            };
        }
    }
    match doc.get("kind").and_then(Value::as_str) {
        Some("Service") => check_service(doc, istio_namespace, None, &mut cx),
        Some("Deployment") => check_deployment(doc, istio_namespace, None, &mut cx, &mut notices),
        _ => {}
    }
    KubeOutcome {
        errors: cx.into_findings(),
        notices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(v: Value) -> KubeOutcome {
        check_kubernetes(v.as_object().unwrap(), "istio-system")
    }

    #[test]
    fn service_port_rules() {
        let svc = json!({"kind": "Service", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"ports": [
            {"name": "web", "port": 80},
            {"name": "http-web", "port": 81},
            {"name": "UDP-x", "port": 82},
            {"port": 83},
            {"port": 84, "protocol": "udp"},
            {"port": 85, "appProtocol": "http3"},
            {"port": 86, "appProtocol": "GRPC"},
            {"name": "", "port": 87},
            {"name": "grpc-web", "port": 88},
        ]}});
        let out = run(svc);
        let got: Vec<(&str, &str)> = out
            .errors
            .iter()
            .map(|f| (f.path.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(got.len(), 4, "{got:#?}");
        assert_eq!(got[0].0, "spec.ports[0].name");
        assert!(got[0].1.starts_with("service \"web/shop/:\" port \"web\" does not follow the Istio naming convention. See https://istio.io/v1.30/docs/ops/deployment/requirements/"));
        assert_eq!(got[1].0, "spec.ports[3]");
        assert!(got[1].1.contains("has an unnamed port"));
        assert_eq!(got[2].0, "spec.ports[5].appProtocol");
        assert!(got[2].1.contains("protocol-selection"));
        assert_eq!(got[3].0, "spec.ports[7].name");
    }

    #[test]
    fn services_in_the_istio_namespace_are_skipped() {
        let svc = json!({"kind": "Service", "metadata": {"name": "x", "namespace": "istio-system"}, "spec": {"ports": [{"port": 1}]}});
        assert!(run(svc).errors.is_empty());
        let svc = json!({"kind": "Service", "metadata": {"name": "x"}});
        assert_eq!(run(svc).errors.len(), 1);
    }

    #[test]
    fn deployment_labels_give_notices_not_errors() {
        let dep = json!({"kind": "Deployment", "metadata": {"name": "d", "namespace": "n"},
            "spec": {"template": {"metadata": {"labels": {"app": "x"}}}}});
        let out = run(dep);
        assert!(out.errors.is_empty());
        assert_eq!(
            out.notices,
            [
                "deployment \"d/n:\" may not provide Istio metrics and telemetry labels: map[\"app\":\"x\"]. See https://istio.io/v1.30/docs/ops/deployment/requirements/"
            ]
        );
        let ok = json!({"kind": "Deployment", "metadata": {"name": "d"},
            "spec": {"template": {"metadata": {"labels": {"app.kubernetes.io/name": "x", "version": "v1"}}}}});
        assert!(run(ok).notices.is_empty());
        let bad = json!({"kind": "Deployment", "metadata": {"name": "d"},
            "spec": {"template": {"metadata": {"labels": {"app": 1}}}}});
        let out = run(bad);
        assert_eq!(out.errors[0].path, "spec.template.metadata.labels[app]");
        assert!(
            out.errors[0]
                .message
                .contains("is of the type int64, expected string")
        );
        let none = json!({"kind": "Deployment", "metadata": {"name": "d"}});
        assert!(run(none).notices[0].contains("labels: map[]."));
    }

    #[test]
    fn lists_check_services_and_deployments_only() {
        let list = json!({"kind": "List", "items": [
            {"kind": "VirtualService", "apiVersion": "networking.istio.io/v1", "spec": {"hosts": ["*"]}},
            {"kind": "Service", "metadata": {"name": "s"}, "spec": {"ports": [{"name": "web"}]}},
            {"kind": "Deployment", "metadata": {"name": "d"}},
            "not an object",
        ]});
        let out = run(list);
        assert_eq!(out.errors.len(), 1);
        assert_eq!(out.errors[0].path, "items[1].spec.ports[0].name");
        assert_eq!(out.notices.len(), 1);
    }
}
