//! Strict validation of a merged IstioOperator against 1.30.3's schema (`schema.yaml`, a table
//! of every field upstream's types and values_types accept). Each finding names the full path
//! (`spec.values.global.proxy.resources.limitz`). It reads the tree only; it never fixes it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::setpath::kind_of;

#[derive(Debug)]
enum Ty {
    Bool,
    Str,
    Int,
    Float,
    Any,
    Struct,
    IntStr,
    Duration,
    Enum(Vec<String>),
    Ref(String),
    K8s(String),
    List(Box<Ty>),
    Map(Box<Ty>),
    Message(Message),
}

/// Field name → type; a field may have two accepted spellings.
#[derive(Debug, Default)]
struct Message(Vec<(Vec<String>, Ty)>);

struct Schema {
    root: Ty,
    types: BTreeMap<String, Message>,
}

fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let doc: Value = serde_saphyr::from_str(include_str!("schema.yaml")).expect("schema.yaml parses");
        let types = doc["types"]
            .as_object()
            .expect("schema types")
            .iter()
            .map(|(name, body)| (name.clone(), parse_message(body)))
            .collect();
        Schema { root: parse_ty(&doc["root"]), types }
    })
}

fn parse_message(body: &Value) -> Message {
    let fields = body.as_object().expect("message is a map");
    Message(
        fields
            .iter()
            .map(|(names, ty)| (names.split('|').map(str::to_string).collect(), parse_ty(ty)))
            .collect(),
    )
}

fn parse_ty(v: &Value) -> Ty {
    let s = match v {
        Value::Object(_) => return Ty::Message(parse_message(v)),
        Value::String(s) => s.as_str(),
        other => panic!("bad schema type {other}"),
    };
    if let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        return Ty::List(Box::new(parse_ty(&Value::String(inner.into()))));
    }
    if let Some(inner) = s.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
        return Ty::Map(Box::new(parse_ty(&Value::String(inner.into()))));
    }
    if let Some(name) = s.strip_prefix('@') {
        return Ty::Ref(name.into());
    }
    if let Some(name) = s.strip_prefix("k8s:") {
        return Ty::K8s(name.into());
    }
    if let Some(list) = s.strip_prefix("enum:") {
        return Ty::Enum(list.split('|').map(str::to_string).collect());
    }
    match s {
        "bool" => Ty::Bool,
        "string" => Ty::Str,
        "int" => Ty::Int,
        "float" => Ty::Float,
        "any" => Ty::Any,
        "struct" => Ty::Struct,
        "intstr" => Ty::IntStr,
        "duration" => Ty::Duration,
        other => panic!("unknown schema type {other}"),
    }
}

/// Validates a whole IstioOperator tree; returns one message per problem, in tree order.
pub fn validate(iop: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    let s = schema();
    check(s, &s.root, iop, "", &mut errs);
    errs
}

fn join(path: &str, key: &str) -> String {
    let key = key.replace('.', "\\.");
    if path.is_empty() { key } else { format!("{path}.{key}") }
}

fn show(v: &Value) -> String {
    let text = v.to_string();
    if text.len() > 40 { format!("{}…", &text[..text.char_indices().nth(37).map(|(i, _)| i).unwrap_or(text.len())]) } else { text }
}

fn mismatch(path: &str, want: &str, v: &Value, errs: &mut Vec<String>) {
    errs.push(format!("{path}: expected {want}, got {} {}", kind_of(v), show(v)));
}

fn is_int(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        Value::String(s) => s.parse::<i64>().is_ok(),
        _ => false,
    }
}

fn is_go_duration(s: &str) -> bool {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^[-+]?(0|([0-9]*(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+)$").unwrap());
    re.is_match(s)
}

fn check(s: &Schema, ty: &Ty, v: &Value, path: &str, errs: &mut Vec<String>) {
    if v.is_null() {
        return;
    }
    match ty {
        Ty::Any => {}
        Ty::Bool => {
            if !v.is_boolean() {
                mismatch(path, "a boolean", v, errs)
            }
        }
        Ty::Str => {
            if !v.is_string() {
                mismatch(path, "a string", v, errs)
            }
        }
        Ty::Int => {
            if !is_int(v) {
                mismatch(path, "an integer", v, errs)
            }
        }
        Ty::Float => {
            if !(v.is_number() || v.as_str().is_some_and(|t| t.parse::<f64>().is_ok())) {
                mismatch(path, "a number", v, errs)
            }
        }
        Ty::IntStr => {
            if !(is_int(v) || v.is_string()) {
                mismatch(path, "an integer or a string", v, errs)
            }
        }
        Ty::Duration => {
            if !v.as_str().is_some_and(is_go_duration) {
                mismatch(path, "a duration such as 30m or 1h", v, errs)
            }
        }
        Ty::Struct => {
            if !v.is_object() {
                mismatch(path, "a map", v, errs)
            }
        }
        Ty::Enum(names) => {
            let ok = match v {
                Value::String(t) => names.iter().any(|n| n == t),
                Value::Number(n) => n.as_u64().is_some_and(|i| (i as usize) < names.len()),
                _ => false,
            };
            if !ok {
                errs.push(format!("{path}: {} is not one of {}", show(v), names.join(", ")));
            }
        }
        Ty::List(inner) => match v.as_array() {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    check(s, inner, item, &format!("{path}[{i}]"), errs);
                }
            }
            None => mismatch(path, "a list", v, errs),
        },
        Ty::Map(inner) => match v.as_object() {
            Some(map) => {
                for (k, item) in map {
                    check(s, inner, item, &join(path, k), errs);
                }
            }
            None => mismatch(path, "a map", v, errs),
        },
        Ty::Ref(name) => check_message(s, &s.types[name], v, path, errs),
        Ty::Message(m) => check_message(s, m, v, path, errs),
        Ty::K8s(kind) => check_k8s(kind, v, path, errs),
    }
}

fn check_message(s: &Schema, m: &Message, v: &Value, path: &str, errs: &mut Vec<String>) {
    let Some(map) = v.as_object() else { return mismatch(path, "a map", v, errs) };
    for (k, item) in map {
        let here = join(path, k);
        match m.0.iter().find(|(names, _)| names.iter().any(|n| n == k)) {
            Some((_, ty)) => check(s, ty, item, &here, errs),
            None => errs.push(format!("{here}: unknown field {k:?}")),
        }
    }
}

fn check_k8s(kind: &str, v: &Value, path: &str, errs: &mut Vec<String>) {
    use k8s_openapi::api::{apps::v1 as apps, autoscaling::v2 as hpa, core::v1 as core, policy::v1 as policy};
    use k8s_openapi::apimachinery::pkg::apis::meta::v1 as meta;
    match kind {
        "ObjectMeta" => strict::<meta::ObjectMeta>(v, path, errs),
        "Affinity" => strict::<core::Affinity>(v, path, errs),
        "EnvVar" => strict::<core::EnvVar>(v, path, errs),
        "HorizontalPodAutoscalerSpec" => strict::<hpa::HorizontalPodAutoscalerSpec>(v, path, errs),
        "PodDisruptionBudgetSpec" => strict::<policy::PodDisruptionBudgetSpec>(v, path, errs),
        "Probe" => strict::<core::Probe>(v, path, errs),
        "ResourceRequirements" => strict::<core::ResourceRequirements>(v, path, errs),
        "ServiceSpec" => strict::<core::ServiceSpec>(v, path, errs),
        "DeploymentStrategy" => strict::<apps::DeploymentStrategy>(v, path, errs),
        "Toleration" => strict::<core::Toleration>(v, path, errs),
        "PodSecurityContext" => strict::<core::PodSecurityContext>(v, path, errs),
        "Volume" => strict::<core::Volume>(v, path, errs),
        "VolumeMount" => strict::<core::VolumeMount>(v, path, errs),
        other => panic!("schema names unknown Kubernetes type {other}"),
    }
}

/// Decodes `v` as the Kubernetes type `T` (type errors name the inner path), then re-encodes it:
/// any input key the type dropped was unknown to it. A number where `T` wants a string (a
/// Quantity such as `cpu: 1`) is accepted as Go's decoder does.
fn strict<T: DeserializeOwned + Serialize>(v: &Value, path: &str, errs: &mut Vec<String>) {
    let mut input = v.clone();
    for _ in 0..64 {
        match crate::api::value_de::decode::<T>(&input) {
            // Go's decoder has no required fields: a missing one is not an error upstream.
            Err(e) if e.inner().to_string().starts_with("missing field") => return,
            Err(e) => {
                if let Some(slot) = number_at(&mut input, e.path()) {
                    *slot = Value::String(slot.to_string());
                    continue;
                }
                let inner = e.path().to_string();
                let at = if inner == "." { path.to_string() } else { format!("{path}.{inner}") };
                errs.push(format!("{at}: {}", e.inner()));
                return;
            }
            Ok(typed) => {
                let back = serde_json::to_value(&typed).unwrap_or(Value::Null);
                unknown_keys(v, &back, path, errs);
                return;
            }
        }
    }
}

/// The number at a decoder error's path, if the path is a Quantity (`limits.*`, `requests.*`,
/// `sizeLimit`) and the failing value is a number.
fn number_at<'a>(v: &'a mut Value, path: crate::api::value_de::Path<'_>) -> Option<&'a mut Value> {
    use crate::api::value_de::Segment;
    let keys: Vec<&str> = path.iter().filter_map(|s| if let Segment::Map { key } = s { Some(key.as_str()) } else { None }).collect();
    if !matches!(keys.as_slice(), [.., "limits" | "requests", _] | [.., "sizeLimit"]) {
        return None;
    }
    let mut node = v;
    for seg in path.iter() {
        node = match seg {
            Segment::Seq { index } => node.get_mut(*index)?,
            Segment::Map { key } => node.get_mut(key.as_str())?,
            _ => return None,
        };
    }
    node.is_number().then_some(node)
}

fn unknown_keys(input: &Value, known: &Value, path: &str, errs: &mut Vec<String>) {
    match (input, known) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, item) in a {
                if item.is_null() {
                    continue;
                }
                match b.get(k) {
                    Some(kb) => unknown_keys(item, kb, &join(path, k), errs),
                    None => errs.push(format!("{}: unknown field {k:?}", join(path, k))),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                unknown_keys(x, y, &format!("{path}[{i}]"), errs);
            }
        }
        _ => {}
    }
}

/// Upstream's checks beyond the schema: image hub and tag, revision, gateway names, IP ranges
/// and port lists, privileged gateway ports. Returns (errors, warnings).
pub fn semantic(iop: &Value) -> (Vec<String>, Vec<String>) {
    let mut errs = Vec::new();
    let mut warns = Vec::new();
    let spec = &iop["spec"];
    let re = |pat: &str| regex::Regex::new(pat).unwrap();
    let hub_re = re(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$");
    let tag_re = re(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");
    let check_image = |hub: &Value, tag: &Value, at: &str, errs: &mut Vec<String>| {
        if let Some(h) = hub.as_str().filter(|h| !h.is_empty() && !hub_re.is_match(h)) {
            errs.push(format!("{at}hub: {h:?} is not a valid image registry/repository"));
        }
        let tag_text = match tag {
            Value::String(t) => Some(t.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        if let Some(t) = tag_text.filter(|t| !t.is_empty() && !tag_re.is_match(t)) {
            errs.push(format!("{at}tag: {t:?} is not a valid image tag"));
        }
    };
    check_image(&spec["hub"], &spec["tag"], "spec.", &mut errs);
    if let Some(rev) = spec["revision"].as_str().filter(|r| !r.is_empty()) {
        let ok = rev.len() <= 63 && re(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$").is_match(rev);
        if !ok {
            errs.push(format!(
                "spec.revision: {rev:?} is not a valid revision: it must be a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)"
            ));
        }
    }
    let name_re = re(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$");
    for (list, root) in [("ingressGateways", "istio-ingressgateway"), ("egressGateways", "istio-egressgateway")] {
        let run_as_root = spec["values"]["gateways"][root]["runAsRoot"] == Value::Bool(true);
        for (i, gw) in spec["components"][list].as_array().into_iter().flatten().enumerate() {
            let at = format!("spec.components.{list}[{i}]");
            match gw["name"].as_str() {
                Some(n) if n.len() <= 253 && name_re.is_match(n) => {}
                Some(n) => errs.push(format!("{at}.name: {n:?} is not a valid gateway name (lower-case letters, digits, '-' and '.')")),
                None => errs.push(format!("{at}.name: a gateway needs a name")),
            }
            check_image(&gw["hub"], &gw["tag"], &format!("{at}."), &mut errs);
            for (j, port) in gw["k8s"]["service"]["ports"].as_array().into_iter().flatten().enumerate() {
                let target = port["targetPort"].as_i64().or_else(|| port["port"].as_i64()).unwrap_or(0);
                if (1..1024).contains(&target) && !run_as_root {
                    errs.push(format!(
                        "{at}.k8s.service.ports[{j}].targetPort: port {target} is privileged; gateways run without root, set values.gateways.{root}.runAsRoot=true or use a port >= 1024"
                    ));
                }
            }
            if gw["k8s"]["replicaCount"].is_number() && spec["values"]["gateways"][root]["autoscaleEnabled"] != Value::Bool(false) {
                warns.push(format!("{at}.k8s.replicaCount is ignored while autoscaling is enabled (set values.gateways.{root}.autoscaleEnabled=false)"));
            }
        }
    }
    if spec["components"]["pilot"]["k8s"]["replicaCount"].is_number() && spec["values"]["pilot"]["autoscaleEnabled"] != Value::Bool(false) {
        warns.push("spec.components.pilot.k8s.replicaCount is ignored while autoscaling is enabled (set values.pilot.autoscaleEnabled=false)".into());
    }
    let proxy = &spec["values"]["global"]["proxy"];
    for key in ["includeIPRanges", "excludeIPRanges"] {
        if let Some(list) = proxy[key].as_str() {
            for item in list.split(',').map(str::trim).filter(|t| !t.is_empty() && *t != "*") {
                if !is_cidr(item) {
                    errs.push(format!("spec.values.global.proxy.{key}: {item:?} is not an IP range (CIDR)"));
                }
            }
        }
    }
    for key in ["includeInboundPorts", "excludeInboundPorts", "includeOutboundPorts", "excludeOutboundPorts"] {
        if let Some(list) = proxy[key].as_str() {
            for item in list.split(',').map(str::trim).filter(|t| !t.is_empty() && *t != "*") {
                if !item.parse::<u16>().is_ok_and(|p| p > 0) {
                    errs.push(format!("spec.values.global.proxy.{key}: {item:?} is not a port number"));
                }
            }
        }
    }
    (errs, warns)
}

fn is_cidr(s: &str) -> bool {
    let Some((ip, bits)) = s.split_once('/') else { return false };
    let Ok(bits) = bits.parse::<u8>() else { return false };
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(_)) => bits <= 32,
        Ok(std::net::IpAddr::V6(_)) => bits <= 128,
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errs(spec: Value) -> Vec<String> {
        validate(&json!({"apiVersion": "install.istio.io/v1alpha1", "kind": "IstioOperator", "spec": spec}))
    }

    #[test]
    fn schema_loads_and_every_reference_resolves() {
        let s = schema();
        fn walk(s: &Schema, t: &Ty) {
            match t {
                Ty::Ref(n) => assert!(s.types.contains_key(n), "missing type {n}"),
                Ty::List(i) | Ty::Map(i) => walk(s, i),
                Ty::Message(m) => m.0.iter().for_each(|(_, t)| walk(s, t)),
                _ => {}
            }
        }
        walk(s, &s.root);
        s.types.values().for_each(|m| m.0.iter().for_each(|(_, t)| walk(s, t)));
    }

    #[test]
    fn unknown_fields_name_the_full_path() {
        assert_eq!(
            errs(json!({"values": {"global": {"proxy": {"resources": {"limitz": {}}}}}})),
            vec![r#"spec.values.global.proxy.resources.limitz: unknown field "limitz""#]
        );
        assert_eq!(errs(json!({"profil": "demo"})), vec![r#"spec.profil: unknown field "profil""#]);
        // A master-only field is rejected at 1.30.3.
        assert_eq!(errs(json!({"values": {"cni": {"ambient": {"enablementSelectors": []}}}})).len(), 1);
    }

    #[test]
    fn types_are_checked() {
        let e = errs(json!({"values": {"pilot": {"autoscaleEnabled": "yes", "autoscaleMin": "2", "traceSampling": 1}}}));
        assert_eq!(e, vec![r#"spec.values.pilot.autoscaleEnabled: expected a boolean, got a string "yes""#]);
        let e = errs(json!({"components": {"ingressGateways": {"name": "x"}}}));
        assert!(e[0].starts_with("spec.components.ingressGateways: expected a list"), "{e:?}");
        let e = errs(json!({"values": {"global": {"resourceScope": "everything"}}}));
        assert!(e[0].contains("is not one of"), "{e:?}");
        let e = errs(json!({"values": {"pilot": {"keepaliveMaxServerConnectionAge": "30 minutes"}}}));
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn semantic_checks() {
        let run = |spec: Value| semantic(&json!({ "spec": spec }));
        assert_eq!(run(json!({"hub": "docker.io/istio", "tag": "1.30.3", "revision": "canary"})), (vec![], vec![]));
        assert_eq!(run(json!({"tag": 1})).0.len(), 0, "tag: 1 is accepted");
        let (e, _) = run(json!({"hub": "bad hub", "tag": "a:b", "revision": "Canary"}));
        assert_eq!(e.len(), 3, "{e:?}");
        let (e, _) = run(json!({"components": {"ingressGateways": [{"name": "Bad_Name", "k8s": {"service": {"ports": [{"port": 80, "targetPort": 80}]}}}]}}));
        assert!(e[0].starts_with("spec.components.ingressGateways[0].name:") && e[1].contains("ports[0].targetPort: port 80"), "{e:?}");
        let (e, _) = run(json!({"values": {"gateways": {"istio-ingressgateway": {"runAsRoot": true}}}, "components": {"ingressGateways": [{"name": "gw", "k8s": {"service": {"ports": [{"port": 80, "targetPort": 80}]}}}]}}));
        assert!(e.is_empty(), "{e:?}");
        let (e, _) = run(json!({"values": {"global": {"proxy": {"includeIPRanges": "10.0.0.0/8,bogus", "excludeInboundPorts": "15020,x"}}}}));
        assert_eq!(e.len(), 2, "{e:?}");
        let (_, w) = run(json!({"components": {"pilot": {"k8s": {"replicaCount": 2}}}}));
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn aliases_free_form_and_kube_types() {
        assert!(errs(json!({"values": {"gateways": {"istio-ingressgateway": {"name": "a"}, "istio_egressgateway": {}}}})).is_empty());
        assert!(errs(json!({"values": {"meshConfig": {"anything": {"goes": 1}}, "ztunnel": {"x": 1}}, "unvalidatedValues": {"y": 2}})).is_empty());
        let e = errs(json!({"components": {"pilot": {"k8s": {"resources": {"requests": {"cpu": "1"}, "limitz": {}}}}}}));
        assert_eq!(e, vec![r#"spec.components.pilot.k8s.resources.limitz: unknown field "limitz""#]);
        let e = errs(json!({"components": {"pilot": {"k8s": {"tolerations": [{"key": "a", "effect": 3}]}}}}));
        assert!(e[0].starts_with("spec.components.pilot.k8s.tolerations[0].effect:"), "{e:?}");
        assert!(errs(json!({"components": {"pilot": {"k8s": {"hpaSpec": {"minReplicas": 2}, "resources": {"limits": {"cpu": 1}}}}}})).is_empty());
    }
}
