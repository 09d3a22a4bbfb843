//! The Go values the injection templates see: Kubernetes and protobuf structs as lazy views over
//! their JSON (Go field names, zero values for absent fields, typed nil pointers whose `Get…`
//! getters give zero values, proto enums printing their names), and the `SidecarTemplateData`
//! struct. Builds values only; never executes a template.

use std::sync::Arc;

use gotmpl::{Function, Object, Struct, Type, Value};
use serde_json::Value as Json;

/// How a field's JSON becomes a Go value.
#[derive(Clone, Copy)]
pub enum Kind {
    Str,
    Int,
    Bool,
    /// `map[string]string`.
    StrMap,
    /// Any JSON, decoded as Go's `interface {}`.
    Any,
    /// `[]string`.
    StrList,
    Struct(&'static Schema),
    /// A pointer to a struct (nil when absent).
    Ptr(&'static Schema),
    /// A slice of structs.
    List(&'static Schema),
    /// A proto enum: its value names by number, and its Go type name.
    Enum(&'static [&'static str], &'static str),
    /// `*wrapperspb.BoolValue`.
    BoolWrapper,
    /// `*wrapperspb.Int32Value`/`UInt32Value`.
    IntWrapper,
    /// `*durationpb.Duration` (JSON text like `45s`).
    Duration,
}

/// A Go struct type: its name and fields (Go name, JSON name, kind) in declaration order.
pub struct Schema {
    pub go: &'static str,
    pub fields: &'static [(&'static str, &'static str, Kind)],
}

/// The hidden method through which Istio's functions reach a view's JSON.
pub const JSON_METHOD: &str = "__json";
/// The hidden method giving a view's Go type name without the pointer star.
pub const TYPE_METHOD: &str = "__type";

/// A struct (or pointer to struct) backed by JSON. `json: None` is a typed nil pointer.
pub struct View {
    schema: &'static Schema,
    json: Option<Arc<Json>>,
    pointer: bool,
}

impl View {
    pub fn value(schema: &'static Schema, json: Json) -> Value {
        Value::Object(Arc::new(View { schema, json: Some(Arc::new(json)), pointer: false }))
    }

    pub fn pointer(schema: &'static Schema, json: Option<Json>) -> Value {
        Value::Object(Arc::new(View { schema, json: json.map(Arc::new), pointer: true }))
    }

    fn get(&self, json_name: &str) -> Option<&Json> {
        self.json.as_deref().and_then(|j| j.get(json_name)).filter(|v| !v.is_null())
    }
}

/// The Go value of one field.
pub fn convert(kind: Kind, j: Option<&Json>) -> Value {
    match kind {
        Kind::Str => Value::from(match j {
            Some(Json::String(s)) => s.clone(),
            Some(Json::Number(n)) => n.to_string(),
            Some(Json::Bool(b)) => b.to_string(),
            _ => String::new(),
        }),
        Kind::Int => Value::Int(j.and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok())).unwrap_or(0)),
        Kind::Bool => Value::Bool(j.and_then(Json::as_bool).unwrap_or(false)),
        Kind::StrMap => match j.and_then(Json::as_object) {
            Some(m) => Value::str_map(
                m.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().map(String::from).unwrap_or_else(|| v.to_string()))),
            ),
            None => Value::nil_map(Type::String),
        },
        Kind::Any => j.map(Value::from).unwrap_or(Value::Nil),
        Kind::StrList => match j.and_then(Json::as_array) {
            Some(a) => {
                Value::typed_list(Type::String, a.iter().map(|v| Value::from(v.as_str().unwrap_or(""))))
            }
            None => Value::nil_list(Type::String),
        },
        Kind::Struct(s) => View::value(s, j.cloned().unwrap_or_else(|| Json::Object(Default::default()))),
        Kind::Ptr(s) => View::pointer(s, j.cloned()),
        Kind::List(s) => match j.and_then(Json::as_array) {
            Some(a) => Value::typed_list(Type::named(s.go), a.iter().map(|v| View::value(s, v.clone()))),
            None => Value::nil_list(Type::named(s.go)),
        },
        Kind::Enum(names, ty) => {
            let (n, name) = match j {
                Some(Json::String(s)) => (names.iter().position(|x| x == s).unwrap_or(0) as i64, s.clone()),
                Some(Json::Number(n)) => {
                    let i = n.as_i64().unwrap_or(0);
                    (i, names.get(i as usize).map(|s| s.to_string()).unwrap_or_else(|| i.to_string()))
                }
                _ => (0, names[0].to_string()),
            };
            Value::enumeration(ty, n, &name)
        }
        Kind::BoolWrapper => View::pointer(&BOOL_VALUE, j.map(|v| serde_json::json!({ "value": v }))),
        Kind::IntWrapper => View::pointer(&INT_VALUE, j.map(|v| serde_json::json!({ "value": v }))),
        Kind::Duration => match j.and_then(Json::as_str).and_then(parse_duration_nanos) {
            Some(n) => Value::duration(n),
            None => View::pointer(&DURATION, None),
        },
    }
}

impl Object for View {
    fn type_name(&self) -> &str {
        self.schema.go
    }

    fn method(&self, name: &str) -> Option<Function> {
        if name == JSON_METHOD {
            let j = self.json.as_deref().cloned().unwrap_or(Json::Null);
            return Some(Function::new(&[], None, move |_| Ok(Value::from(j.to_string()))));
        }
        if name == TYPE_METHOD {
            let t = self.schema.go.to_string();
            return Some(Function::new(&[], None, move |_| Ok(Value::from(t.clone()))));
        }
        if !self.pointer {
            return None;
        }
        let field = name.strip_prefix("Get")?;
        let (_, json_name, kind) = *self.schema.fields.iter().find(|(g, _, _)| *g == field)?;
        let v = convert(kind, self.get(json_name));
        Some(Function::new(&[], None, move |_| Ok(v.clone())))
    }

    fn field(&self, name: &str) -> Option<Value> {
        let (_, json_name, kind) = *self.schema.fields.iter().find(|(g, _, _)| *g == name)?;
        Some(convert(kind, self.get(json_name)))
    }

    fn is_nil(&self) -> bool {
        self.json.is_none()
    }

    fn fields(&self) -> Vec<(String, Value)> {
        self.schema.fields.iter().map(|(g, j, k)| (g.to_string(), convert(*k, self.get(j)))).collect()
    }
}

/// The JSON behind a view (for structToJSON/protoToJSON), with its Go type name.
pub fn view_json(v: &Value) -> Option<(String, Json)> {
    let Value::Object(o) = v else { return None };
    let j = o.method(JSON_METHOD)?.call(&[]).ok()?;
    let t = o.method(TYPE_METHOD)?.call(&[]).ok()?;
    let j: Json = serde_json::from_str(j.as_str()?).ok()?;
    Some((t.as_str()?.to_string(), j))
}

/// Go duration text (`45s`, `1m30s`, `500ms`) in nanoseconds.
pub fn parse_duration_nanos(s: &str) -> Option<i64> {
    crate::go::parse_go_duration(s).and_then(|n| i64::try_from(n).ok())
}

macro_rules! schema {
    ($name:ident, $go:expr, [$(($g:expr, $j:expr, $k:expr)),* $(,)?]) => {
        pub static $name: Schema = Schema { go: $go, fields: &[$(($g, $j, $k)),*] };
    };
}

schema!(BOOL_VALUE, "wrapperspb.BoolValue", [("Value", "value", Kind::Bool)]);
schema!(INT_VALUE, "wrapperspb.Int32Value", [("Value", "value", Kind::Int)]);
schema!(DURATION, "durationpb.Duration", [("Seconds", "seconds", Kind::Int), ("Nanos", "nanos", Kind::Int)]);
schema!(
    OWNER_REF,
    "v1.OwnerReference",
    [
        ("APIVersion", "apiVersion", Kind::Str),
        ("Kind", "kind", Kind::Str),
        ("Name", "name", Kind::Str),
        ("UID", "uid", Kind::Str),
    ]
);
schema!(
    OBJECT_META,
    "v1.ObjectMeta",
    [
        ("Name", "name", Kind::Str),
        ("GenerateName", "generateName", Kind::Str),
        ("Namespace", "namespace", Kind::Str),
        ("UID", "uid", Kind::Str),
        ("ResourceVersion", "resourceVersion", Kind::Str),
        ("Generation", "generation", Kind::Int),
        ("Labels", "labels", Kind::StrMap),
        ("Annotations", "annotations", Kind::StrMap),
        ("OwnerReferences", "ownerReferences", Kind::List(&OWNER_REF)),
        ("Finalizers", "finalizers", Kind::StrList),
    ]
);
schema!(
    CONTAINER_PORT,
    "v1.ContainerPort",
    [
        ("Name", "name", Kind::Str),
        ("HostPort", "hostPort", Kind::Int),
        ("ContainerPort", "containerPort", Kind::Int),
        ("Protocol", "protocol", Kind::Str),
        ("HostIP", "hostIP", Kind::Str),
    ]
);
schema!(
    CONTAINER,
    "v1.Container",
    [
        ("Name", "name", Kind::Str),
        ("Image", "image", Kind::Str),
        ("Command", "command", Kind::StrList),
        ("Args", "args", Kind::StrList),
        ("WorkingDir", "workingDir", Kind::Str),
        ("Ports", "ports", Kind::List(&CONTAINER_PORT)),
        ("Env", "env", Kind::Any),
        ("Resources", "resources", Kind::Any),
        ("VolumeMounts", "volumeMounts", Kind::Any),
        ("ImagePullPolicy", "imagePullPolicy", Kind::Str),
        ("SecurityContext", "securityContext", Kind::Any),
    ]
);
schema!(
    POD_SPEC,
    "v1.PodSpec",
    [
        ("Volumes", "volumes", Kind::Any),
        ("InitContainers", "initContainers", Kind::List(&CONTAINER)),
        ("Containers", "containers", Kind::List(&CONTAINER)),
        ("RestartPolicy", "restartPolicy", Kind::Str),
        ("DNSPolicy", "dnsPolicy", Kind::Str),
        ("NodeSelector", "nodeSelector", Kind::StrMap),
        ("ServiceAccountName", "serviceAccountName", Kind::Str),
        ("NodeName", "nodeName", Kind::Str),
        ("HostNetwork", "hostNetwork", Kind::Bool),
        ("ImagePullSecrets", "imagePullSecrets", Kind::Any),
        ("Hostname", "hostname", Kind::Str),
        ("Subdomain", "subdomain", Kind::Str),
        ("PriorityClassName", "priorityClassName", Kind::Str),
    ]
);
schema!(
    CLIENT_TLS,
    "v1alpha3.ClientTLSSettings",
    [
        ("ClientCertificate", "clientCertificate", Kind::Str),
        ("PrivateKey", "privateKey", Kind::Str),
        ("CaCertificates", "caCertificates", Kind::Str),
        ("CredentialName", "credentialName", Kind::Str),
        ("SubjectAltNames", "subjectAltNames", Kind::StrList),
        ("Sni", "sni", Kind::Str),
        ("CaCrl", "caCrl", Kind::Str),
    ]
);
schema!(
    TRACING,
    "v1alpha1.Tracing",
    [
        ("MaxPathTagLength", "maxPathTagLength", Kind::Int),
        ("TlsSettings", "tlsSettings", Kind::Ptr(&CLIENT_TLS)),
    ]
);
schema!(PROXY_IMAGE, "v1beta1.ProxyImage", [("ImageType", "imageType", Kind::Str)]);

const INTERCEPTION: &[&str] = &["REDIRECT", "TPROXY", "NONE"];
const AUTH_POLICY: &[&str] = &["NONE", "MUTUAL_TLS", "INHERIT"];

schema!(
    PROXY_CONFIG,
    "v1alpha1.ProxyConfig",
    [
        ("ConfigPath", "configPath", Kind::Str),
        ("BinaryPath", "binaryPath", Kind::Str),
        ("DrainDuration", "drainDuration", Kind::Duration),
        ("DiscoveryAddress", "discoveryAddress", Kind::Str),
        ("ProxyAdminPort", "proxyAdminPort", Kind::Int),
        (
            "ControlPlaneAuthPolicy",
            "controlPlaneAuthPolicy",
            Kind::Enum(AUTH_POLICY, "v1alpha1.AuthenticationPolicy")
        ),
        ("CustomConfigFile", "customConfigFile", Kind::Str),
        ("StatNameLength", "statNameLength", Kind::Int),
        ("Concurrency", "concurrency", Kind::IntWrapper),
        (
            "InterceptionMode",
            "interceptionMode",
            Kind::Enum(INTERCEPTION, "v1alpha1.ProxyConfig_InboundInterceptionMode")
        ),
        ("Tracing", "tracing", Kind::Ptr(&TRACING)),
        ("ProxyMetadata", "proxyMetadata", Kind::StrMap),
        ("StatusPort", "statusPort", Kind::Int),
        ("TerminationDrainDuration", "terminationDrainDuration", Kind::Duration),
        ("MeshId", "meshId", Kind::Str),
        ("HoldApplicationUntilProxyStarts", "holdApplicationUntilProxyStarts", Kind::BoolWrapper),
        ("Image", "image", Kind::Ptr(&PROXY_IMAGE)),
    ]
);
schema!(
    MESH_CONFIG,
    "v1alpha1.MeshConfig",
    [
        ("ProxyListenPort", "proxyListenPort", Kind::Int),
        ("ProxyInboundListenPort", "proxyInboundListenPort", Kind::Int),
        ("ProxyHttpPort", "proxyHttpPort", Kind::Int),
        ("EnableTracing", "enableTracing", Kind::Bool),
        ("AccessLogFile", "accessLogFile", Kind::Str),
        ("DefaultConfig", "defaultConfig", Kind::Ptr(&PROXY_CONFIG)),
        ("TrustDomain", "trustDomain", Kind::Str),
        ("TrustDomainAliases", "trustDomainAliases", Kind::StrList),
        ("EnablePrometheusMerge", "enablePrometheusMerge", Kind::BoolWrapper),
        ("RootNamespace", "rootNamespace", Kind::Str),
        ("ExtensionProviders", "extensionProviders", Kind::Any),
    ]
);

/// The per-pod template data (upstream's `SidecarTemplateData`).
pub fn template_data(input: &super::pod::RenderInput, values: &Value, revision: &str, native: bool) -> Value {
    let type_meta =
        Struct::new("v1.TypeMeta").field("Kind", input.kind).field("APIVersion", input.api_version);
    let deploy_meta = View::value(
        &OBJECT_META,
        serde_json::json!({"name": input.deploy_name, "namespace": input.deploy_namespace}),
    );
    let compliance = std::env::var("COMPLIANCE_POLICY").unwrap_or_default();
    Value::from(
        Struct::new("inject.SidecarTemplateData")
            .field("TypeMeta", type_meta)
            .field("DeploymentMeta", deploy_meta)
            .field("ObjectMeta", View::value(&OBJECT_META, input.object_meta.clone()))
            .field("Spec", View::value(&POD_SPEC, input.spec.clone()))
            .field("ProxyConfig", View::pointer(&PROXY_CONFIG, Some(input.proxy_config.clone())))
            .field("MeshConfig", View::pointer(&MESH_CONFIG, Some(input.mesh.clone())))
            .field("Values", values.clone())
            .field("Revision", revision)
            .field("NativeSidecars", native)
            .field("ProxyImage", input.proxy_image)
            .field("ProxyUID", Value::Int(1337))
            .field("ProxyGID", Value::Int(1337))
            .field("InboundTrafficPolicyMode", input.inbound_policy_mode)
            .field("CompliancePolicy", compliance),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_as_go() {
        assert_eq!(parse_duration_nanos("45s"), Some(45_000_000_000));
        assert_eq!(parse_duration_nanos("1m30s"), Some(90_000_000_000));
        assert_eq!(parse_duration_nanos("1.5s"), Some(1_500_000_000));
        assert_eq!(parse_duration_nanos("x"), None);
    }
}
