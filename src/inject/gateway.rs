//! Running the gateway-class templates (`waypoint`, `kube-gateway`, `agentgateway`) the way
//! istiod's Gateway deployment controller does: the Gateway's own fields plus the deployment
//! name, service account, ports, labels and images as template data, and the output split into
//! objects. Pure: no cluster, no printing.

use gotmpl::{Struct, Type, Value};
use serde_json::{Value as Json, json};

use super::data::{Kind, Schema, View};

static SERVICE_PORT: Schema = Schema {
    go: "v1.ServicePort",
    fields: &[
        ("Name", "name", Kind::Str),
        ("Protocol", "protocol", Kind::Str),
        ("AppProtocol", "appProtocol", Kind::Any),
        ("Port", "port", Kind::Int),
        ("TargetPort", "targetPort", Kind::Any),
        ("NodePort", "nodePort", Kind::Int),
    ],
};
static GATEWAY_ADDRESS: Schema = Schema {
    go: "v1.GatewaySpecAddress",
    fields: &[("Type", "type", Kind::Any), ("Value", "value", Kind::Str)],
};
static GATEWAY_SPEC: Schema = Schema {
    go: "v1.GatewaySpec",
    fields: &[
        ("GatewayClassName", "gatewayClassName", Kind::Str),
        ("Listeners", "listeners", Kind::Any),
        ("Addresses", "addresses", Kind::List(&GATEWAY_ADDRESS)),
        ("Infrastructure", "infrastructure", Kind::Any),
    ],
};

/// Everything about the control plane the gateway templates read.
pub struct GatewayContext<'a> {
    pub values: &'a Json,
    pub mesh: &'a Json,
    pub revision: &'a str,
    pub proxy_image: &'a str,
}

/// The controller's `TemplateInput` for one Gateway object.
pub fn gateway_data(gw: &Json, ctx: &GatewayContext) -> Value {
    let s = |p: &str| gw.pointer(p).and_then(Json::as_str).unwrap_or("").to_string();
    let name = s("/metadata/name");
    let class = s("/spec/gatewayClassName");
    let deployment = if class == "istio-waypoint" { name.clone() } else { format!("{name}-{class}") };
    let mut labels = gw.pointer("/metadata/labels").cloned().unwrap_or(json!({}));
    labels["gateway.networking.k8s.io/gateway-name"] = json!(name);
    let annotations = gw.pointer("/spec/infrastructure/annotations").cloned().unwrap_or(json!({}));
    let mut ports =
        vec![json!({"name": "status-port", "port": 15021, "protocol": "TCP", "appProtocol": "tcp"})];
    for l in gw.pointer("/spec/listeners").and_then(Json::as_array).into_iter().flatten() {
        let port = l.get("port").and_then(Json::as_i64).unwrap_or(0);
        if ports.iter().any(|p| p["port"] == port) {
            continue;
        }
        let proto = l.get("protocol").and_then(Json::as_str).unwrap_or("");
        let mut p =
            json!({"name": l.get("name").cloned().unwrap_or(json!("")), "port": port, "protocol": "TCP"});
        if proto == "HBONE" {
            p["appProtocol"] = json!("all");
        }
        ports.push(p);
    }
    let service_type = if class == "istio-waypoint" { "ClusterIP" } else { "LoadBalancer" };
    let meta = |k: &str, kind: Kind| super::data::convert(kind, gw.pointer(&format!("/metadata/{k}")));
    Value::from(
        Struct::new("deployment.TemplateInput")
            .field("Kind", s("/kind"))
            .field("APIVersion", s("/apiVersion"))
            .field("Name", name.as_str())
            .field("Namespace", s("/metadata/namespace"))
            .field("UID", s("/metadata/uid"))
            .field("Labels", meta("labels", Kind::StrMap))
            .field("Annotations", meta("annotations", Kind::StrMap))
            .field("Spec", View::value(&GATEWAY_SPEC, gw.get("spec").cloned().unwrap_or(json!({}))))
            .field("DeploymentName", deployment.as_str())
            .field("ServiceAccount", deployment.as_str())
            .field(
                "Ports",
                Value::typed_list(
                    Type::named("v1.ServicePort"),
                    ports.into_iter().map(|p| View::value(&SERVICE_PORT, p)),
                ),
            )
            .field("ServiceType", service_type)
            .field("ClusterID", "Kubernetes")
            .field("KubeVersion", Value::Int(33))
            .field("Revision", ctx.revision)
            .field("ProxyUID", Value::Int(1337))
            .field("ProxyGID", Value::Int(1337))
            .field("CompliancePolicy", "")
            .field("InfrastructureLabels", super::data::convert(Kind::StrMap, Some(&labels)))
            .field("InfrastructureAnnotations", super::data::convert(Kind::StrMap, Some(&annotations)))
            .field("GatewayNameLabel", "gateway.networking.k8s.io/gateway-name")
            .field("ControllerLabel", "gateway.istio.io/managed")
            .field("GatewayClass", class.as_str())
            .field(
                "ProxyConfig",
                View::pointer(
                    &super::data::PROXY_CONFIG,
                    Some(ctx.mesh.get("defaultConfig").cloned().unwrap_or(json!({}))),
                ),
            )
            .field("MeshConfig", View::pointer(&super::data::MESH_CONFIG, Some(ctx.mesh.clone())))
            .field("Values", Value::from(ctx.values))
            .field("ProxyImage", ctx.proxy_image)
            .field("AgentgatewayImage", ctx.proxy_image.replace("proxyv2", "agentgateway")),
    )
}

/// The objects a gateway template yields (YAML documents split on `---`).
pub fn objects(text: &str) -> Result<Vec<Json>, String> {
    let mut out = Vec::new();
    for (line, chunk) in crate::api::document::split_documents(text) {
        let chunk = chunk.map_err(|e| e.to_string())?;
        if let Some(doc) = crate::api::document::parse_document(chunk, line).map_err(|e| e.to_string())? {
            out.push(Json::Object(doc.object));
        }
    }
    Ok(out)
}
