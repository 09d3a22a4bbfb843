//! Revision-tag objects (surface.md §6.2): the tag's MutatingWebhookConfiguration, for the
//! `default` tag the `istiod-default-validator` ValidatingWebhookConfiguration, and the tag
//! Service; plus the never-match selectors that deactivate an untagged injector. One generator
//! for install's default tag and, later, `tag set/generate`. Builds objects only; no I/O.

use serde_json::{Value, json};

/// Label carrying a tag name.
pub const TAG_LABEL: &str = "istio.io/tag";

/// What a tag is generated from.
#[derive(Debug, Clone)]
pub struct TagSpec {
    pub tag: String,
    /// The revision the tag points to (`default` for the default revision).
    pub revision: String,
    /// The control-plane namespace (root `-i`).
    pub istio_namespace: String,
    /// The revision's canonical injector MWC (labelled `istio.io/rev=<rev>`, without a tag).
    pub canonical: Value,
    /// failurePolicy of an existing `istiod-default-validator`, if there is one.
    pub existing_validator_policy: Option<String>,
    /// Add the catch-all `auto.` webhook (default tag only).
    pub auto_inject_namespaces: bool,
    /// Override of the MWC name (`--webhook-name`).
    pub webhook_name: Option<String>,
}

fn expr(key: &str, op: &str, values: &[&str]) -> Value {
    if values.is_empty() {
        json!({"key": key, "operator": op})
    } else {
        json!({"key": key, "operator": op, "values": values})
    }
}

/// The injector webhook of the canonical MWC that tags copy their client config from.
fn injector_webhook(canonical: &Value) -> Value {
    canonical["webhooks"]
        .as_array()
        .and_then(|w| w.iter().find(|h| h["name"].as_str().is_some_and(|n| n.ends_with("sidecar-injector.istio.io"))))
        .cloned()
        .unwrap_or(Value::Null)
}

/// The service name of the revision's istiod.
fn istiod_service(revision: &str) -> String {
    if revision == "default" { "istiod".to_string() } else { format!("istiod-{revision}") }
}

/// The tag's MWC name.
pub fn webhook_name(spec: &TagSpec) -> String {
    if let Some(n) = &spec.webhook_name {
        return n.clone();
    }
    if spec.istio_namespace == "istio-system" {
        format!("istio-revision-tag-{}", spec.tag)
    } else {
        format!("istio-revision-tag-{}-{}", spec.tag, spec.istio_namespace)
    }
}

/// MWC, VWC (default tag only) and Service of a tag, in that order.
pub fn tag_objects(spec: &TagSpec) -> Vec<Value> {
    let src = injector_webhook(&spec.canonical);
    let mut client = src["clientConfig"].clone();
    if client.is_null() {
        client = json!({"service": {"name": istiod_service(&spec.revision), "namespace": spec.istio_namespace, "path": "/inject", "port": 443}});
    }
    let tag = spec.tag.as_str();
    let mut labels = serde_json::Map::new();
    if let Some(src_labels) = spec.canonical["metadata"]["labels"].as_object() {
        for (k, v) in src_labels {
            if k != "app" {
                labels.insert(k.clone(), v.clone());
            }
        }
    }
    for (k, v) in [
        (TAG_LABEL, tag),
        ("istio.io/rev", spec.revision.as_str()),
        ("app", "sidecar-injector"),
        ("app.kubernetes.io/name", "istiod"),
        ("release", "istio"),
    ] {
        labels.insert(k.to_string(), json!(v));
    }
    let hook = |name: &str, ns: Vec<Value>, obj: Vec<Value>| {
        let mut h = json!({
            "name": name,
            "clientConfig": client,
            "sideEffects": "None",
            "rules": [{"operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"]}],
            "failurePolicy": "Fail",
            "admissionReviewVersions": ["v1"],
            "namespaceSelector": {"matchExpressions": ns},
            "objectSelector": {"matchExpressions": obj},
        });
        if let Some(r) = src["reinvocationPolicy"].as_str() {
            h["reinvocationPolicy"] = json!(r);
        }
        h
    };
    let not_false = expr("sidecar.istio.io/inject", "NotIn", &["false"]);
    let mut hooks = vec![
        hook(
            "rev.namespace.sidecar-injector.istio.io",
            vec![expr("istio.io/rev", "In", &[tag]), expr("istio-injection", "DoesNotExist", &[])],
            vec![not_false.clone()],
        ),
        hook(
            "rev.object.sidecar-injector.istio.io",
            vec![expr("istio.io/rev", "DoesNotExist", &[]), expr("istio-injection", "DoesNotExist", &[])],
            vec![not_false.clone(), expr("istio.io/rev", "In", &[tag])],
        ),
    ];
    if tag == "default" {
        hooks.push(hook("namespace.sidecar-injector.istio.io", vec![expr("istio-injection", "In", &["enabled"])], vec![not_false.clone()]));
        hooks.push(hook(
            "object.sidecar-injector.istio.io",
            vec![expr("istio-injection", "DoesNotExist", &[]), expr("istio.io/rev", "DoesNotExist", &[])],
            vec![expr("sidecar.istio.io/inject", "In", &["true"]), expr("istio.io/rev", "DoesNotExist", &[])],
        ));
        if spec.auto_inject_namespaces {
            hooks.push(hook(
                "auto.sidecar-injector.istio.io",
                vec![
                    expr("istio-injection", "DoesNotExist", &[]),
                    expr("istio.io/rev", "DoesNotExist", &[]),
                    expr("kubernetes.io/metadata.name", "NotIn", &["kube-system", "kube-public", "kube-node-lease", "local-path-storage"]),
                ],
                vec![expr("sidecar.istio.io/inject", "DoesNotExist", &[]), expr("istio.io/rev", "DoesNotExist", &[])],
            ));
        }
    }
    let mut mwc = json!({
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "MutatingWebhookConfiguration",
        "metadata": {"name": webhook_name(spec), "labels": labels},
        "webhooks": hooks,
    });
    if let Some(a) = spec.canonical["metadata"]["annotations"].as_object().filter(|a| !a.is_empty()) {
        mwc["metadata"]["annotations"] = json!(a);
    }
    let mut out = vec![mwc];
    if tag == "default" {
        out.push(default_validator(spec, &client));
    }
    let selector = if spec.revision == "default" {
        json!({"app": "istiod", "istio": "pilot"})
    } else {
        json!({"app": "istiod", "istio.io/rev": spec.revision})
    };
    out.push(json!({
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {
            "name": format!("istiod-revision-tag-{tag}"),
            "namespace": spec.istio_namespace,
            "labels": {"istio.io/rev": spec.revision, TAG_LABEL: tag, "app": "istiod", "istio": "pilot", "operator.istio.io/component": "Pilot"},
        },
        "spec": {
            "ports": [
                {"name": "grpc-xds", "port": 15010, "protocol": "TCP"},
                {"name": "https-dns", "port": 15012, "protocol": "TCP"},
                {"name": "https-webhook", "port": 443, "targetPort": 15017, "protocol": "TCP"},
                {"name": "http-monitoring", "port": 15014, "protocol": "TCP"},
            ],
            "selector": selector,
        },
    }));
    out
}

/// `istiod-default-validator`: validates Istio config without an `istio.io/rev` label.
fn default_validator(spec: &TagSpec, injector_client: &Value) -> Value {
    let mut client = injector_client.clone();
    if client["service"].is_object() {
        client["service"]["path"] = json!("/validate");
    } else if let Some(url) = client["url"].as_str() {
        let base = url.rsplit_once('/').map(|(b, _)| b).unwrap_or(url);
        client["url"] = json!(format!("{base}/validate"));
    }
    let mut hook = json!({
        "name": "validation.istio.io",
        "clientConfig": client,
        "rules": [{"operations": ["CREATE", "UPDATE"],
            "apiGroups": ["security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"],
            "apiVersions": ["*"], "resources": ["*"]}],
        "sideEffects": "None",
        "admissionReviewVersions": ["v1"],
        "objectSelector": {"matchExpressions": [expr("istio.io/rev", "DoesNotExist", &[])]},
    });
    match spec.existing_validator_policy.as_deref() {
        Some("Fail") => {}
        Some(p) => hook["failurePolicy"] = json!(p),
        None => hook["failurePolicy"] = json!("Ignore"),
    }
    json!({
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "ValidatingWebhookConfiguration",
        "metadata": {
            "name": "istiod-default-validator",
            "labels": {"app": "istiod", "istio": "istiod", TAG_LABEL: "default", "istio.io/rev": spec.revision, "operator.istio.io/component": "Pilot"},
        },
        "webhooks": [hook],
    })
}

/// Gives every webhook of an injector MWC never-match selectors (the object is kept).
pub fn deactivate(mwc: &mut Value) {
    let never = json!({"matchLabels": {"istio.io/deactivated": "never-match"}});
    if let Some(hooks) = mwc["webhooks"].as_array_mut() {
        for h in hooks {
            h["namespaceSelector"] = never.clone();
            h["objectSelector"] = never.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(tag: &str, rev: &str) -> TagSpec {
        TagSpec {
            tag: tag.into(),
            revision: rev.into(),
            istio_namespace: "istio-system".into(),
            canonical: json!({"metadata": {"labels": {"app": "sidecar-injector", "istio.io/rev": rev}},
                "webhooks": [{"name": "rev.namespace.sidecar-injector.istio.io", "reinvocationPolicy": "Never",
                    "clientConfig": {"service": {"name": "istiod", "namespace": "istio-system", "path": "/inject", "port": 443}}}]}),
            existing_validator_policy: None,
            auto_inject_namespaces: false,
            webhook_name: None,
        }
    }

    #[test]
    fn default_tag_has_four_hooks_a_validator_and_a_service() {
        let objs = tag_objects(&spec("default", "default"));
        let kinds: Vec<&str> = objs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "Service"]);
        assert_eq!(objs[0]["metadata"]["name"], "istio-revision-tag-default");
        assert_eq!(objs[0]["webhooks"].as_array().unwrap().len(), 4);
        assert_eq!(objs[0]["webhooks"][0]["reinvocationPolicy"], "Never");
        assert_eq!(objs[1]["webhooks"][0]["clientConfig"]["service"]["path"], "/validate");
        assert_eq!(objs[1]["webhooks"][0]["failurePolicy"], "Ignore");
        assert_eq!(objs[2]["spec"]["selector"]["istio"], "pilot");
    }

    #[test]
    fn other_tags_point_at_their_revision() {
        let objs = tag_objects(&spec("prod", "canary"));
        assert_eq!(objs.len(), 2);
        assert_eq!(objs[0]["webhooks"].as_array().unwrap().len(), 2);
        assert_eq!(objs[1]["spec"]["selector"]["istio.io/rev"], "canary");
        let mut s = spec("default", "default");
        s.existing_validator_policy = Some("Fail".into());
        assert!(tag_objects(&s)[1]["webhooks"][0].get("failurePolicy").is_none());
    }

    #[test]
    fn deactivation_never_matches() {
        let mut m = json!({"webhooks": [{"name": "a", "namespaceSelector": {"x": 1}}]});
        deactivate(&mut m);
        assert_eq!(m["webhooks"][0]["objectSelector"]["matchLabels"]["istio.io/deactivated"], "never-match");
    }
}
