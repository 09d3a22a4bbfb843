//! The resource types kube-sim serves: the built-in table and types derived from CRDs, with
//! their discovery facts, generation and naming rules and the list/map semantics that server-side
//! apply and strategic merge need. Must not hold objects or talk HTTP.

use std::cmp::Ordering;
use std::sync::Arc;

use serde_json::Value;

use crate::status::Cause;

/// When `metadata.generation` moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenRule {
    None,
    Spec,
    SpecOrAnnotations,
    /// Anything outside metadata (and outside status when a status subresource exists).
    NonMetadata,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameRule {
    Label,
    Dns1035,
    Subdomain,
    PathSegment,
    Crd,
}

/// How a JSON list is merged and owned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListType {
    Atomic,
    Set,
    Map(Vec<String>),
}

/// A subresource: name, verbs, and the (group, version, kind) it answers with when not the parent's.
pub type Subresource = (String, Vec<&'static str>, Option<(&'static str, &'static str, &'static str)>);

#[derive(Debug)]
pub struct ResourceType {
    pub group: String,
    /// Served versions in preference order.
    pub versions: Vec<String>,
    pub kind: String,
    pub list_kind: String,
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    pub short_names: Vec<String>,
    pub categories: Vec<String>,
    /// Extra subresources beyond status/scale: (name, verbs).
    pub extra_sub: Vec<(&'static str, Vec<&'static str>)>,
    pub has_status: bool,
    pub has_scale: bool,
    pub generation: GenRule,
    pub name_rule: NameRule,
    /// DELETE answers with the object rather than a Success Status.
    pub delete_returns_object: bool,
    /// CRD-defined: per-version openAPIV3Schema.
    pub crd_schemas: Option<Vec<(String, Value)>>,
}

impl ResourceType {
    pub fn key(&self) -> String {
        format!("{}/{}", self.group, self.plural)
    }
    /// `<plural>[.<group>]` as used in messages.
    pub fn qualified(&self) -> String {
        if self.group.is_empty() { self.plural.clone() } else { format!("{}.{}", self.plural, self.group) }
    }
    pub fn api_version(&self, version: &str) -> String {
        if self.group.is_empty() { version.to_string() } else { format!("{}/{}", self.group, version) }
    }
    pub fn preferred(&self) -> &str {
        &self.versions[0]
    }
    pub fn is_crd(&self) -> bool {
        self.crd_schemas.is_some()
    }
    pub fn verbs(&self) -> Vec<&'static str> {
        let mut v = vec!["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
        if self.kind == "Namespace" {
            v.retain(|x| *x != "deletecollection");
        }
        v
    }
    /// All subresources with their verbs and response kind (group, version, kind) overrides.
    pub fn subresources(&self) -> Vec<Subresource> {
        let mut out = Vec::new();
        if self.has_status {
            out.push(("status".to_string(), vec!["get", "patch", "update"], None));
        }
        if self.has_scale {
            out.push(("scale".to_string(), vec!["get", "patch", "update"], Some(("autoscaling", "v1", "Scale"))));
        }
        for (n, verbs) in &self.extra_sub {
            out.push((n.to_string(), verbs.clone(), None));
        }
        out
    }

    fn schema_for(&self, version: &str) -> Option<&Value> {
        let schemas = self.crd_schemas.as_ref()?;
        schemas.iter().find(|(v, _)| v == version).or(schemas.first()).map(|(_, s)| s)
    }

    /// Walk a CRD schema along field names (stepping into list items automatically).
    fn schema_node<'a>(&'a self, names: &[String]) -> Option<&'a Value> {
        let mut node = self.schema_for(self.preferred())?;
        for n in names {
            if node.get("type").and_then(Value::as_str) == Some("array") {
                node = node.get("items")?;
            }
            node = match node.get("properties").and_then(|p| p.get(n.as_str())) {
                Some(x) => x,
                None => match node.get("additionalProperties") {
                    Some(x) if x.is_object() => x,
                    _ => return None,
                },
            };
        }
        Some(node)
    }

    /// List semantics of the list at this field path (field names only).
    pub fn list_type(&self, names: &[String]) -> ListType {
        if self.is_crd() {
            if names.len() == 2 && names[0] == "metadata" {
                return builtin_list_type(&self.kind, names);
            }
            let Some(node) = self.schema_node(names) else { return ListType::Atomic };
            return match node.get("x-kubernetes-list-type").and_then(Value::as_str) {
                Some("set") => ListType::Set,
                Some("map") => ListType::Map(
                    node.get("x-kubernetes-list-map-keys")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(|k| k.as_str().map(String::from)).collect())
                        .unwrap_or_default(),
                ),
                _ => ListType::Atomic,
            };
        }
        builtin_list_type(&self.kind, names)
    }

    /// Whether the map/struct at this path is atomic (replaced and owned as one).
    pub fn atomic_map(&self, names: &[String]) -> bool {
        if self.is_crd() {
            return self
                .schema_node(names)
                .and_then(|n| n.get("x-kubernetes-map-type"))
                .and_then(Value::as_str)
                == Some("atomic");
        }
        let last = names.last().map(String::as_str).unwrap_or("");
        let parent = if names.len() >= 2 { names[names.len() - 2].as_str() } else { "" };
        (last == "selector" && parent == "spec") || last == "nodeSelector" || last == "namespaceSelector" || last == "objectSelector"
    }

    pub fn validate_name(&self, name: &str, obj: &Value) -> Vec<Cause> {
        let mut causes = Vec::new();
        let bad = |msg: String| Cause::new("FieldValueInvalid", "metadata.name", format!("Invalid value: \"{name}\": {msg}"));
        match self.name_rule {
            NameRule::Label => {
                if !is_dns_label(name) {
                    causes.push(bad("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')".into()));
                }
            }
            NameRule::Dns1035 => {
                if !is_dns_label(name) || !name.starts_with(|c: char| c.is_ascii_lowercase()) {
                    causes.push(bad("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')".into()));
                }
            }
            NameRule::Subdomain => {
                if !is_subdomain(name) {
                    causes.push(bad("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')".into()));
                }
            }
            NameRule::PathSegment => {
                if name == "." || name == ".." {
                    causes.push(bad(format!("may not be '{name}'")));
                } else if name.contains('/') || name.contains('%') {
                    causes.push(bad("may not contain '/' or '%'".into()));
                }
            }
            NameRule::Crd => {
                let plural = obj.pointer("/spec/names/plural").and_then(Value::as_str).unwrap_or("");
                let group = obj.pointer("/spec/group").and_then(Value::as_str).unwrap_or("");
                if name != format!("{plural}.{group}") {
                    causes.push(bad("must be spec.names.plural+\".\"+spec.group".into()));
                }
            }
        }
        causes
    }
}

fn builtin_list_type(kind: &str, names: &[String]) -> ListType {
    let last = names.last().map(String::as_str).unwrap_or("");
    let in_container = names.iter().any(|n| n == "containers" || n == "initContainers" || n == "ephemeralContainers");
    let map = |keys: &[&str]| ListType::Map(keys.iter().map(|s| s.to_string()).collect());
    match last {
        "containers" | "initContainers" | "ephemeralContainers" => map(&["name"]),
        "ports" if in_container => map(&["containerPort", "protocol"]),
        "ports" if kind == "Service" && names.len() == 2 => map(&["port", "protocol"]),
        "env" if in_container => map(&["name"]),
        "volumeMounts" if in_container => map(&["mountPath"]),
        "volumes" | "imagePullSecrets" => map(&["name"]),
        "hostAliases" => map(&["ip"]),
        "finalizers" if names.len() == 2 && names[0] == "metadata" => ListType::Set,
        "ownerReferences" => map(&["uid"]),
        "conditions" => map(&["type"]),
        "webhooks" if kind.ends_with("WebhookConfiguration") => map(&["name"]),
        _ => ListType::Atomic,
    }
}

pub fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

pub fn is_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_dns_label)
}

/// Label key: optional subdomain prefix + '/' + name.
pub fn is_label_key(k: &str) -> bool {
    let (prefix, name) = match k.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, k),
    };
    if let Some(p) = prefix
        && (p.is_empty() || !is_subdomain(p))
    {
        return false;
    }
    !name.is_empty() && is_label_value(name)
}

pub fn is_label_value(v: &str) -> bool {
    v.len() <= 63
        && (v.is_empty()
            || (v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
                && v.starts_with(|c: char| c.is_ascii_alphanumeric())
                && v.ends_with(|c: char| c.is_ascii_alphanumeric())))
}

/// Kubernetes version priority: GA > beta > alpha, higher numbers first, others last.
pub fn version_cmp(a: &str, b: &str) -> Ordering {
    fn parse(v: &str) -> Option<(u8, u64, u64)> {
        let rest = v.strip_prefix('v')?;
        let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        let major: u64 = digits.parse().ok()?;
        let tail = &rest[digits.len()..];
        if tail.is_empty() {
            return Some((3, major, 0));
        }
        for (tag, rank) in [("beta", 2u8), ("alpha", 1u8)] {
            if let Some(n) = tail.strip_prefix(tag) {
                return n.parse().ok().map(|minor| (rank, major, minor));
            }
        }
        None
    }
    match (parse(a), parse(b)) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// group, version, kind, plural, short names, namespaced, in "all", status, scale, generation,
/// name rule, DELETE returns the object.
type Row = (&'static str, &'static str, &'static str, &'static str, &'static [&'static str], bool, bool, bool, bool, GenRule, NameRule, bool);

use GenRule as G;
use NameRule as N;

const BUILTINS: &[Row] = &[
    ("", "v1", "Namespace", "namespaces", &["ns"], false, false, true, false, G::None, N::Label, true),
    ("", "v1", "Node", "nodes", &["no"], false, false, true, false, G::None, N::Subdomain, false),
    ("", "v1", "ServiceAccount", "serviceaccounts", &["sa"], true, false, false, false, G::None, N::Subdomain, true),
    ("", "v1", "ConfigMap", "configmaps", &["cm"], true, false, false, false, G::None, N::Subdomain, false),
    ("", "v1", "Secret", "secrets", &[], true, false, false, false, G::None, N::Subdomain, false),
    ("", "v1", "Service", "services", &["svc"], true, true, true, false, G::None, N::Dns1035, true),
    ("", "v1", "Endpoints", "endpoints", &["ep"], true, false, false, false, G::None, N::Subdomain, false),
    ("", "v1", "Pod", "pods", &["po"], true, true, true, false, G::None, N::Subdomain, true),
    ("", "v1", "Event", "events", &["ev"], true, false, false, false, G::None, N::Subdomain, false),
    ("", "v1", "ResourceQuota", "resourcequotas", &["quota"], true, false, true, false, G::None, N::Subdomain, false),
    ("apps", "v1", "Deployment", "deployments", &["deploy"], true, true, true, true, G::SpecOrAnnotations, N::Subdomain, false),
    ("apps", "v1", "ReplicaSet", "replicasets", &["rs"], true, true, true, true, G::Spec, N::Subdomain, false),
    ("apps", "v1", "DaemonSet", "daemonsets", &["ds"], true, true, true, false, G::Spec, N::Subdomain, false),
    ("apps", "v1", "StatefulSet", "statefulsets", &["sts"], true, true, true, true, G::Spec, N::Subdomain, false),
    ("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", &["hpa"], true, true, true, false, G::None, N::Subdomain, false),
    ("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", &["pdb"], true, false, true, false, G::Spec, N::Subdomain, false),
    ("rbac.authorization.k8s.io", "v1", "Role", "roles", &[], true, false, false, false, G::None, N::PathSegment, false),
    ("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", &[], true, false, false, false, G::None, N::PathSegment, false),
    ("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", &[], false, false, false, false, G::None, N::PathSegment, false),
    ("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", &[], false, false, false, false, G::None, N::PathSegment, false),
    ("admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", &[], false, false, false, false, G::NonMetadata, N::Subdomain, false),
    ("admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration", "validatingwebhookconfigurations", &[], false, false, false, false, G::NonMetadata, N::Subdomain, false),
    ("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", &[], false, false, true, false, G::Spec, N::Subdomain, false),
    ("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicyBinding", "validatingadmissionpolicybindings", &[], false, false, false, false, G::Spec, N::Subdomain, false),
    ("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", &["netpol"], true, false, false, false, G::Spec, N::Subdomain, false),
    ("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", &["crd", "crds"], false, false, true, false, G::Spec, N::Crd, false),
];

/// The built-in resource types.
pub fn builtins() -> Vec<Arc<ResourceType>> {
    BUILTINS
        .iter()
        .map(|&(group, version, kind, plural, short, namespaced, all, status, scale, generation, name_rule, returns_object)| {
            let mut extra_sub = Vec::new();
            match kind {
                "Pod" => {
                    extra_sub.push(("portforward", vec!["create", "get"]));
                    extra_sub.push(("exec", vec!["create", "get"]));
                    extra_sub.push(("log", vec!["get"]));
                    extra_sub.push(("eviction", vec!["create"]));
                    extra_sub.push(("binding", vec!["create"]));
                }
                "Namespace" => extra_sub.push(("finalize", vec!["update"])),
                "ServiceAccount" => extra_sub.push(("token", vec!["create"])),
                _ => {}
            }
            let categories = if all { vec!["all".to_string()] } else if group == "apiextensions.k8s.io" { vec!["api-extensions".to_string()] } else { vec![] };
            Arc::new(ResourceType {
                group: group.into(),
                versions: vec![version.into()],
                kind: kind.into(),
                list_kind: format!("{kind}List"),
                plural: plural.into(),
                singular: kind.to_lowercase(),
                namespaced,
                short_names: short.iter().map(|s| s.to_string()).collect(),
                categories,
                extra_sub,
                has_status: status,
                has_scale: scale,
                generation,
                name_rule,
                delete_returns_object: returns_object,
                crd_schemas: None,
            })
        })
        .collect()
}

/// Build the resource type a CRD object defines (None when it serves no version).
pub fn from_crd(crd: &Value) -> Option<ResourceType> {
    let spec = crd.get("spec")?;
    let group = spec.get("group")?.as_str()?.to_string();
    let names = spec.get("names")?;
    let kind = names.get("kind")?.as_str()?.to_string();
    let plural = names.get("plural")?.as_str()?.to_string();
    let strs = |v: Option<&Value>| -> Vec<String> {
        v.and_then(Value::as_array).map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default()
    };
    let mut versions = Vec::new();
    let mut schemas = Vec::new();
    let (mut has_status, mut has_scale) = (false, false);
    for v in spec.get("versions")?.as_array()? {
        if v.get("served").and_then(Value::as_bool) != Some(true) {
            continue;
        }
        let name = v.get("name")?.as_str()?.to_string();
        has_status |= v.pointer("/subresources/status").is_some();
        has_scale |= v.pointer("/subresources/scale").is_some();
        schemas.push((name.clone(), v.pointer("/schema/openAPIV3Schema").cloned().unwrap_or(Value::Null)));
        versions.push(name);
    }
    if versions.is_empty() {
        return None;
    }
    versions.sort_by(|a, b| version_cmp(a, b));
    Some(ResourceType {
        group,
        versions,
        list_kind: names.get("listKind").and_then(Value::as_str).map(String::from).unwrap_or_else(|| format!("{kind}List")),
        singular: names.get("singular").and_then(Value::as_str).map(String::from).unwrap_or_else(|| kind.to_lowercase()),
        kind,
        plural,
        namespaced: spec.get("scope").and_then(Value::as_str) != Some("Cluster"),
        short_names: strs(names.get("shortNames")),
        categories: strs(names.get("categories")),
        extra_sub: vec![],
        has_status,
        has_scale,
        generation: GenRule::NonMetadata,
        name_rule: NameRule::Subdomain,
        delete_returns_object: false,
        crd_schemas: Some(schemas),
    })
}

/// Drop fields a structural schema does not declare; returns the dotted paths dropped.
pub fn prune(value: &mut Value, schema: &Value, path: &str, dropped: &mut Vec<String>) {
    if schema.get("x-kubernetes-preserve-unknown-fields").and_then(Value::as_bool) == Some(true) && schema.get("properties").is_none() {
        return;
    }
    match value {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object);
            let additional = schema.get("additionalProperties");
            let preserve = schema.get("x-kubernetes-preserve-unknown-fields").and_then(Value::as_bool) == Some(true);
            let embedded = schema.get("x-kubernetes-embedded-resource").and_then(Value::as_bool) == Some(true);
            let keys: Vec<String> = map.keys().cloned().collect();
            for k in keys {
                let child_path = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                let root_meta = (path.is_empty() || embedded) && matches!(k.as_str(), "apiVersion" | "kind" | "metadata");
                if root_meta {
                    continue;
                }
                if let Some(s) = props.and_then(|p| p.get(&k)) {
                    prune(map.get_mut(&k).unwrap(), s, &child_path, dropped);
                } else if let Some(s) = additional.filter(|a| a.is_object()) {
                    prune(map.get_mut(&k).unwrap(), s, &child_path, dropped);
                } else if additional == Some(&Value::Bool(true)) || preserve {
                } else {
                    map.remove(&k);
                    dropped.push(child_path);
                }
            }
        }
        Value::Array(items) => {
            if let Some(s) = schema.get("items") {
                for it in items.iter_mut() {
                    prune(it, s, path, dropped);
                }
            }
        }
        _ => {}
    }
}
