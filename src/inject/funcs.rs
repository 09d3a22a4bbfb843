//! Istio's own template functions (upstream's `InjectionFuncmap`), registered on top of Sprig
//! through the engine's FuncMap, with the semantics of injection.md §7. Each is a pure function
//! of its arguments (plus the process environment for `env`); none prints.

use std::collections::BTreeMap;

use gotmpl::{FuncMap, Function, Type, Value};
use serde_json::Value as Json;

use super::data::{self, view_json};
use super::gojson::{self, GoType};

fn s(v: &Value) -> String {
    match v {
        Value::String(x) => x.to_string(),
        Value::Missing | Value::Nil => String::new(),
        other => gotmpl::sprint_value(other),
    }
}

fn str_map_type() -> Type {
    Type::named("map[string]string")
}

fn str_map_entries(v: &Value) -> BTreeMap<String, String> {
    v.as_map().map(|m| m.iter().map(|(k, v)| (k.clone(), s(v))).collect()).unwrap_or_default()
}

fn str_map_value(m: BTreeMap<String, String>) -> Value {
    Value::str_map(m)
}

/// A value as JSON the way Go's `encoding/json` would write it (views by their own JSON).
fn to_json(v: &Value) -> Result<Json, String> {
    if let Some((_, j)) = view_json(v) {
        return Ok(j);
    }
    v.to_json()
}

/// Every Istio function, to be added after Sprig's.
pub fn istio_funcs() -> FuncMap {
    let any = Type::Interface;
    let mut m = FuncMap::new();
    m.insert(
        "annotation",
        Function::new(&[any.clone(), Type::String, any.clone()], None, |a| {
            let annos = match &a[0] {
                Value::Object(o) => o.field("Annotations").unwrap_or(Value::Nil),
                other => other.clone(),
            };
            if let Some(v) = annos.as_map().and_then(|m| m.get(a[1].as_str().unwrap_or(""))) {
                return Ok(Value::from(s(v)));
            }
            Ok(Value::from(match &a[2] {
                Value::Missing | Value::Nil => "<nil>".to_string(),
                other => gotmpl::sprint_value(other),
            }))
        }),
    );
    m.insert(
        "valueOrDefault",
        Function::new(&[any.clone(), any.clone()], None, |a| {
            let empty = match &a[0] {
                Value::Missing | Value::Nil => true,
                Value::String(x) => x.is_empty(),
                v => v.is_nil(),
            };
            Ok(if empty { a[1].clone() } else { a[0].clone() })
        }),
    );
    m.insert(
        "isset",
        Function::new(&[str_map_type(), Type::String], None, |a| {
            Ok(Value::Bool(a[0].as_map().is_some_and(|m| m.contains_key(a[1].as_str().unwrap_or("")))))
        }),
    );
    m.insert(
        "excludeInboundPort",
        Function::new(&[any.clone(), Type::String], None, |a| {
            let port = match &a[0] {
                Value::Missing | Value::Nil => "<nil>".to_string(),
                v => gotmpl::sprint_value(v),
            };
            let port = port.trim().to_string();
            let list = a[1].as_str().unwrap_or("").to_string();
            Ok(Value::from(exclude_inbound_port(&port, &list)))
        }),
    );
    let ports = |skip_proxy: bool| {
        Function::new(&[Type::Interface], None, move |a| {
            let mut out = Vec::new();
            for c in a[0].as_list().unwrap_or(&[]) {
                let Value::Object(o) = c else { continue };
                if skip_proxy
                    && o.field("Name").and_then(|n| n.as_str().map(String::from)).as_deref()
                        == Some("istio-proxy")
                {
                    continue;
                }
                for p in o.field("Ports").as_ref().and_then(Value::as_list).unwrap_or(&[]) {
                    let Value::Object(po) = p else { continue };
                    let proto = po.field("Protocol").map(|x| s(&x)).unwrap_or_default();
                    if proto == "UDP" || proto == "SCTP" {
                        continue;
                    }
                    out.push(po.field("ContainerPort").and_then(|x| x.as_int()).unwrap_or(0).to_string());
                }
            }
            Ok(Value::from(out.join(",")))
        })
    };
    m.insert("includeInboundPorts", ports(false));
    m.insert("applicationPorts", ports(true));
    let identity = Function::new(&[Type::String], None, |a| Ok(a[0].clone()));
    m.insert("kubevirtInterfaces", identity.clone());
    m.insert("excludeInterfaces", identity);
    m.insert(
        "toJSON",
        Function::new(&[str_map_type()], None, |a| {
            let entries = str_map_entries(&a[0]);
            let j = Json::Object(entries.into_iter().map(|(k, v)| (k, Json::String(v))).collect());
            Ok(Value::from(gojson::sorted(&j)))
        }),
    );
    m.insert(
        "fromJSON",
        Function::new(&[Type::String], None, |a| {
            Ok(match serde_json::from_str::<Json>(a[0].as_str().unwrap_or("")) {
                Ok(j) => Value::from(&j),
                Err(_) => Value::from("{}"),
            })
        }),
    );
    m.insert(
        "structToJSON",
        Function::new(std::slice::from_ref(&any), None, |a| {
            if a[0].is_nil() || a[0].is_missing() {
                return Ok(Value::from("{}"));
            }
            if let Some((ty, j)) = view_json(&a[0]) {
                let t = match ty.as_str() {
                    "v1.ContainerPort" => GoType::ContainerPort,
                    "v1.Container" => GoType::Container,
                    _ => GoType::Other,
                };
                return Ok(Value::from(gojson::to_string(&j, t)));
            }
            Ok(Value::from(gojson::sorted(&a[0].to_json()?)))
        }),
    );
    m.insert(
        "protoToJSON",
        Function::new(std::slice::from_ref(&any), None, |a| {
            let j = view_json(&a[0]).map(|(_, j)| j).unwrap_or(Json::Null);
            Ok(Value::from(proto_to_json(&j)))
        }),
    );
    m.insert(
        "toYaml",
        Function::new(std::slice::from_ref(&any), None, |a| {
            Ok(Value::from(match to_json(&a[0]) {
                Ok(j) => crate::go::yaml::marshal(&j),
                Err(_) => String::new(),
            }))
        }),
    );
    m.insert(
        "indent",
        Function::new(&[Type::Int, Type::String], None, |a| {
            let pad = " ".repeat(a[0].as_int().unwrap_or(0).max(0) as usize);
            let text = a[1].as_str().unwrap_or("");
            Ok(Value::from(text.replace('\n', &format!("\n{pad}"))))
        }),
    );
    m.insert(
        "directory",
        Function::new(&[Type::String], None, |a| {
            let p = a[0].as_str().unwrap_or("");
            Ok(Value::from(match p.rfind('/') {
                Some(i) => p[..=i].to_string(),
                None => String::new(),
            }))
        }),
    );
    m.insert(
        "contains",
        Function::new(&[Type::String, Type::String], None, |a| {
            Ok(Value::Bool(a[1].as_str().unwrap_or("").contains(a[0].as_str().unwrap_or(""))))
        }),
    );
    m.insert(
        "toLower",
        Function::new(&[Type::String], None, |a| Ok(Value::from(a[0].as_str().unwrap_or("").to_lowercase()))),
    );
    m.insert(
        "appendMultusNetwork",
        Function::new(&[Type::String, Type::String], None, |a| {
            Ok(Value::from(append_multus_network(a[0].as_str().unwrap_or(""), a[1].as_str().unwrap_or(""))))
        }),
    );
    m.insert(
        "env",
        Function::new(&[Type::String, Type::String], None, |a| {
            let v = std::env::var(a[0].as_str().unwrap_or("")).unwrap_or_default();
            Ok(Value::from(if v.is_empty() { a[1].as_str().unwrap_or("").to_string() } else { v }))
        }),
    );
    m.insert(
        "omit",
        Function::new(&[str_map_type()], Some(Type::String), |a| {
            let mut m = str_map_entries(&a[0]);
            for k in &a[1..] {
                m.remove(k.as_str().unwrap_or(""));
            }
            Ok(str_map_value(m))
        }),
    );
    m.insert(
        "strdict",
        Function::new(&[], Some(Type::String), |a| {
            let mut m = BTreeMap::new();
            for pair in a.chunks(2) {
                let k = pair[0].as_str().unwrap_or("").to_string();
                let v = pair.get(1).and_then(Value::as_str).unwrap_or("").to_string();
                m.insert(k, v);
            }
            Ok(str_map_value(m))
        }),
    );
    m.insert(
        "mergeMaps",
        Function::new(&[], Some(str_map_type()), |a| {
            if a.is_empty() {
                return Ok(Value::nil_map(Type::String));
            }
            let mut m = BTreeMap::new();
            for x in a {
                m.extend(str_map_entries(x));
            }
            Ok(str_map_value(m))
        }),
    );
    m.insert(
        "toJsonMap",
        Function::new(&[], Some(str_map_type()), |a| {
            if a.is_empty() {
                return Ok(Value::from("null"));
            }
            let mut m = BTreeMap::new();
            for x in a {
                m.extend(str_map_entries(x));
            }
            let j = Json::Object(m.into_iter().map(|(k, v)| (k, Json::String(v))).collect());
            Ok(Value::from(gojson::sorted(&j)))
        }),
    );
    m.insert(
        "omitNil",
        Function::new(std::slice::from_ref(&any), None, |a| Ok(omit_nil(&a[0]).unwrap_or(Value::Nil))),
    );
    m.insert(
        "formatDuration",
        Function::new(std::slice::from_ref(&any), None, |a| {
            Ok(Value::from(match &a[0] {
                Value::Stringer(st) => st.text.clone(),
                Value::String(x) => data::parse_duration_nanos(x)
                    .map(|n| gotmpl::sprint_value(&Value::duration(n)))
                    .unwrap_or_default(),
                _ => "0s".to_string(),
            }))
        }),
    );
    m.insert(
        "otelResourceAttributes",
        Function::new(&[any.clone(), str_map_type(), str_map_type(), Type::String, any], None, |a| {
            Ok(Value::from(otel_resource_attributes(a)))
        }),
    );
    m
}

/// `excludeInboundPort`: the status port appended to the exclusion list unless present.
pub fn exclude_inbound_port(port: &str, list: &str) -> String {
    if port.is_empty() || port == "0" {
        return list.to_string();
    }
    if list.split(',').any(|p| p == port) {
        return list.to_string();
    }
    let mut parts: Vec<&str> = list.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    parts.push(port);
    parts.join(",")
}

/// `appendMultusNetwork`: adds the CNI network to a Multus networks annotation.
pub fn append_multus_network(existing: &str, net: &str) -> String {
    if existing.is_empty() {
        return net.to_string();
    }
    let (ns, name) = match net.split_once('/') {
        Some((ns, n)) => (ns, n),
        None => ("", net),
    };
    if existing.contains(']') {
        let Ok(Json::Array(items)) = serde_json::from_str::<Json>(existing) else {
            return existing.to_string();
        };
        let present = items.iter().any(|i| {
            i.get("name").and_then(Json::as_str) == Some(name)
                && i.get("namespace").and_then(Json::as_str).unwrap_or("") == ns
        });
        if present {
            return existing.to_string();
        }
        let i = existing.rfind(']').expect("checked above");
        let entry = if ns.is_empty() {
            format!(", {{\"name\": \"{name}\"}}")
        } else {
            format!(", {{\"name\": \"{name}\", \"namespace\": \"{ns}\"}}")
        };
        return format!("{}{}{}", &existing[..i], entry, &existing[i..]);
    }
    if existing.split(',').any(|p| p.trim() == net) {
        return existing.to_string();
    }
    format!("{existing}, {net}")
}

fn omit_nil(v: &Value) -> Option<Value> {
    match v {
        Value::Missing | Value::Nil => None,
        Value::Map(m) => {
            let entries = m.entries.as_ref()?;
            let kept: Vec<(String, Value)> =
                entries.iter().filter_map(|(k, v)| omit_nil(v).map(|x| (k.clone(), x))).collect();
            if kept.is_empty() { None } else { Some(Value::typed_map(m.elem.clone(), kept)) }
        }
        Value::List(l) => {
            let items = l.items.as_ref()?;
            let kept: Vec<Value> = items.iter().filter_map(omit_nil).collect();
            if kept.is_empty() { None } else { Some(Value::typed_list(l.elem.clone(), kept)) }
        }
        other => Some(other.clone()),
    }
}

/// ProxyConfig fields in `proxy.proto` declaration order.
const PROXY_FIELDS: &[&str] = &[
    "configPath",
    "binaryPath",
    "serviceCluster",
    "tracingServiceName",
    "drainDuration",
    "discoveryAddress",
    "discoveryRefreshDelay",
    "zipkinAddress",
    "statsdUdpAddress",
    "envoyMetricsServiceAddress",
    "proxyAdminPort",
    "availabilityZone",
    "controlPlaneAuthPolicy",
    "customConfigFile",
    "statNameLength",
    "concurrency",
    "proxyBootstrapTemplatePath",
    "interceptionMode",
    "tracing",
    "sds",
    "envoyAccessLogService",
    "envoyMetricsService",
    "proxyMetadata",
    "runtimeValues",
    "statusPort",
    "extraStatTags",
    "gatewayTopology",
    "terminationDrainDuration",
    "meshId",
    "readinessProbe",
    "proxyStatsMatcher",
    "holdApplicationUntilProxyStarts",
    "caCertificatesPem",
    "image",
    "privateKeyProvider",
    "proxyHeaders",
    "fileFlushInterval",
    "fileFlushMinSizeKb",
    "statsCompression",
];
const DURATIONS: &[&str] =
    &["drainDuration", "discoveryRefreshDelay", "terminationDrainDuration", "fileFlushInterval"];
const CLEARED_WHEN_DEFAULT: &[&str] = &[
    "configPath",
    "binaryPath",
    "controlPlaneAuthPolicy",
    "serviceCluster",
    "drainDuration",
    "terminationDrainDuration",
    "discoveryAddress",
    "envoyMetricsService",
    "envoyAccessLogService",
    "tracing",
    "proxyAdminPort",
    "statNameLength",
    "statusPort",
    "concurrency",
];

/// A protobuf Duration as legacy jsonpb writes it: seconds with 0, 3, 6 or 9 fraction digits.
fn proto_duration(nanos: i64) -> String {
    let neg = nanos < 0;
    let n = nanos.unsigned_abs();
    let (secs, frac) = (n / 1_000_000_000, n % 1_000_000_000);
    let f = if frac == 0 {
        String::new()
    } else if frac % 1_000_000 == 0 {
        format!(".{:03}", frac / 1_000_000)
    } else if frac % 1_000 == 0 {
        format!(".{:06}", frac / 1_000)
    } else {
        format!(".{frac:09}")
    };
    format!("{}{secs}{f}s", if neg { "-" } else { "" })
}

fn normal_field(k: &str, v: &Json) -> Json {
    if DURATIONS.contains(&k)
        && let Some(n) = v.as_str().and_then(data::parse_duration_nanos)
    {
        return Json::String(proto_duration(n));
    }
    match (k, v) {
        ("controlPlaneAuthPolicy", Json::Number(n)) => Json::String(
            ["NONE", "MUTUAL_TLS", "INHERIT"]
                .get(n.as_u64().unwrap_or(9) as usize)
                .unwrap_or(&"NONE")
                .to_string(),
        ),
        ("interceptionMode", Json::Number(n)) => Json::String(
            ["REDIRECT", "TPROXY", "NONE"]
                .get(n.as_u64().unwrap_or(9) as usize)
                .unwrap_or(&"REDIRECT")
                .to_string(),
        ),
        _ => v.clone(),
    }
}

/// `protoToJSON` of a ProxyConfig: fields equal to `DefaultProxyConfig()` cleared, then compact
/// legacy jsonpb in declaration order.
pub fn proto_to_json(pc: &Json) -> String {
    let Some(m) = pc.as_object() else { return "{}".into() };
    let defaults = super::mesh::default_proxy_config();
    let mut out = String::from("{");
    let mut first = true;
    let mut emit = |out: &mut String, k: &str, v: &Json| {
        if !first {
            out.push(',');
        }
        first = false;
        gojson::string(out, k);
        out.push(':');
        out.push_str(&gojson::sorted(v));
    };
    for k in PROXY_FIELDS {
        let Some(v) = m.get(*k).filter(|v| !v.is_null()) else { continue };
        let v = normal_field(k, v);
        if CLEARED_WHEN_DEFAULT.contains(k)
            && defaults.get(*k).map(|d| normal_field(k, d)).as_ref() == Some(&v)
        {
            continue;
        }
        if *k == "proxyMetadata" && v.as_object().is_some_and(|o| o.is_empty()) {
            continue;
        }
        emit(&mut out, k, &v);
    }
    for (k, v) in m {
        if !PROXY_FIELDS.contains(&k.as_str()) && !v.is_null() {
            emit(&mut out, k, v);
        }
    }
    out.push('}');
    out
}

/// `otelResourceAttributes MESH ANNOS LABELS NS CONTAINERS`.
fn otel_resource_attributes(a: &[Value]) -> String {
    let mesh = view_json(&a[0]).map(|(_, j)| j).unwrap_or(Json::Null);
    let enabled = mesh.get("extensionProviders").and_then(Json::as_array).into_iter().flatten().any(|p| {
        p.pointer("/opentelemetry/serviceAttributeEnrichment").and_then(Json::as_str)
            == Some("OTEL_SEMANTIC_CONVENTIONS")
    });
    if !enabled {
        return String::new();
    }
    let annos = str_map_entries(&a[1]);
    let labels = str_map_entries(&a[2]);
    let ns = a[3].as_str().unwrap_or("");
    let containers: Vec<(String, String)> = a[4]
        .as_list()
        .unwrap_or(&[])
        .iter()
        .filter_map(|c| match c {
            Value::Object(o) => Some((
                o.field("Name").map(|v| s(&v)).unwrap_or_default(),
                o.field("Image").map(|v| s(&v)).unwrap_or_default(),
            )),
            _ => None,
        })
        .collect();
    let get =
        |k: &str| annos.get(&format!("resource.opentelemetry.io/{k}")).filter(|v| !v.is_empty()).cloned();
    let mut parts = Vec::new();
    if let Some(v) = get("service.namespace").or_else(|| (!ns.is_empty()).then(|| ns.to_string())) {
        parts.push(format!("service.namespace={v}"));
    }
    let version = get("service.version")
        .or_else(|| labels.get("app.kubernetes.io/version").filter(|v| !v.is_empty()).cloned())
        .or_else(|| if containers.len() == 1 { image_version(&containers[0].1) } else { None });
    if let Some(v) = version {
        parts.push(format!("service.version={v}"));
    }
    let instance = get("service.instance.id")
        .or_else(|| containers.first().map(|(n, _)| format!("{ns}.$(POD_NAME).{n}")));
    if let Some(v) = instance {
        parts.push(format!("service.instance.id={v}"));
    }
    parts.join(",")
}

fn image_version(image: &str) -> Option<String> {
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d)),
        None => (image, None),
    };
    let last = rest.rfind('/').map_or(0, |i| i + 1);
    let tag = rest[last..].rsplit_once(':').map(|(_, t)| t).filter(|t| !t.is_empty());
    match (tag, digest) {
        (Some(t), Some(d)) => Some(format!("{t}@{d}")),
        (None, Some(d)) => Some(d.to_string()),
        (Some(t), None) => Some(t.to_string()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn exclude_inbound_port_appends_once() {
        assert_eq!(exclude_inbound_port("15020", ""), "15020");
        assert_eq!(exclude_inbound_port("15020", "4,5,6"), "4,5,6,15020");
        assert_eq!(exclude_inbound_port("15020", "15020"), "15020");
        assert_eq!(exclude_inbound_port("0", "4"), "4");
    }

    #[test]
    fn multus_networks() {
        assert_eq!(append_multus_network("", "default/istio-cni"), "default/istio-cni");
        assert_eq!(append_multus_network("alt_cni", "default/istio-cni"), "alt_cni, default/istio-cni");
        assert_eq!(
            append_multus_network(r#"[{"name": "alt_cni"}]"#, "default/istio-cni"),
            r#"[{"name": "alt_cni"}, {"name": "istio-cni", "namespace": "default"}]"#
        );
    }

    #[test]
    fn proto_json_drops_defaults() {
        let mut pc = crate::inject::mesh::default_proxy_config();
        assert_eq!(proto_to_json(&pc), "{}");
        pc["drainDuration"] = json!("23s");
        pc["concurrency"] = json!(0);
        pc["discoveryAddress"] = json!("foo:123");
        pc["proxyMetadata"] = json!({"FOO": "bar"});
        assert_eq!(
            proto_to_json(&pc),
            r#"{"drainDuration":"23s","discoveryAddress":"foo:123","concurrency":0,"proxyMetadata":{"FOO":"bar"}}"#
        );
        assert_eq!(proto_duration(1_500_000_000), "1.500s");
    }
}
