//! Upstream's `service.PortNameAnalyzer`: a Service port whose name (or appProtocol) gives
//! Istio no protocol is IST0118; on an ExternalName Service (where a port named `tcp` also
//! counts) it is IST0150. Istio's own control-plane and gateway Services are skipped.

use crate::analyze::node::Node;

use crate::analyze::{Analyzer, kinds};

use super::{Finding, Snapshot, adapt, items};

pub const PORT_NAME: Analyzer = Analyzer {
    name: "service.PortNameAnalyzer",
    description: "Checks the port names associated with each service",
    inputs: &[kinds::SERVICE],
    run: |cx, report| adapt(cx, report, PORT_NAME.inputs, port_name),
};

/// Whether Istio derives no protocol for the port (`ConvertProtocol(...).IsUnsupported()`).
fn unsupported(port: &Node) -> bool {
    if port["protocol"].as_str() == Some("UDP") {
        return false;
    }
    let name = match port.get("appProtocol").and_then(Node::as_str) {
        Some("kubernetes.io/h2c" | "kubernetes.io/ws" | "kubernetes.io/wss") => return false,
        Some(app) => app,
        None => port["name"].as_str().unwrap_or(""),
    };
    let lower = name.to_ascii_lowercase();
    if lower.starts_with("grpc-web") {
        return false;
    }
    let prefix = lower.split('-').next().unwrap_or("");
    const KNOWN: &[&str] = &[
        "tcp",
        "udp",
        "grpc",
        "grpc-web",
        "http",
        "http_proxy",
        "http2",
        "https",
        "tls",
        "mongo",
        "redis",
        "mysql",
    ];
    if KNOWN.contains(&prefix) {
        return false;
    }
    !matches!(port["port"].as_i64(), Some(25 | 53 | 3306 | 27017))
}

/// `IntOrString.String()` of a target port (`0` when unset).
fn target_port(port: &Node) -> String {
    match &port["targetPort"] {
        Node::String(s) => s.to_string(),
        Node::Number(n) => n.to_string(),
        _ => "0".to_string(),
    }
}

pub(super) fn port_name(s: &Snapshot) -> Vec<Finding> {
    let mut out = Vec::new();
    for svc in s.of("Service") {
        let managed = svc.label("gateway.istio.io/managed");
        if svc.labels().contains_key("istio")
            || svc.label("release") == Some("istio")
            || matches!(
                managed,
                Some(
                    "istio.io-gateway-controller"
                        | "istio.io-mesh-controller"
                        | "istio.io-eastwest-controller"
                )
            )
        {
            continue;
        }
        let external = svc.spec()["type"].as_str() == Some("ExternalName");
        for (i, port) in items(&svc.spec()["ports"]).iter().enumerate() {
            let name = port["name"].as_str().unwrap_or("");
            if !(unsupported(port) || (name == "tcp" && external)) {
                continue;
            }
            let f = if external {
                Finding::new("IST0150", svc, vec![])
            } else {
                let number = port["port"].as_i64().unwrap_or(0);
                Finding::new("IST0118", svc, vec![name.into(), number.into(), target_port(port).into()])
            };
            out.push(f.at(format!("{{.spec.ports[{i}].port}}")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    fn svc(name: &str, extra: &str, ports: &str) -> String {
        format!(
            "---\nkind: Service\nmetadata: {{name: {name}, namespace: default{extra}}}\nspec:\n  ports: {ports}\n"
        )
    }

    #[test]
    fn port_name() {
        let good = svc(
            "good",
            "",
            "[{name: http-web, port: 80}, {name: GRPC, port: 81}, {name: x, appProtocol: kubernetes.io/h2c, port: 82}, {name: grpc-web-x, port: 83}, {name: q, protocol: UDP, port: 84}, {name: smtp, port: 25}]",
        );
        let bad = svc("bad", "", "[{name: foo, port: 8080, targetPort: 9090}, {name: web-http, port: 80}]");
        let istio = svc("istiod", ", labels: {istio: pilot}", "[{name: foo, port: 8080}]");
        let external =
            "---\nkind: Service\nmetadata: {name: ext, namespace: default}\nspec:\n  type: ExternalName\n  ports: [{name: tcp, port: 3306}]\n";
        check(&[
            ("service.PortNameAnalyzer", "conventional names", &good, &[]),
            (
                "service.PortNameAnalyzer",
                "unknown names",
                &bad,
                &[("IST0118", "Service default/bad"), ("IST0118", "Service default/bad")],
            ),
            ("service.PortNameAnalyzer", "istio's own service", &istio, &[]),
            (
                "service.PortNameAnalyzer",
                "externalname tcp",
                external,
                &[("IST0150", "Service default/ext")],
            ),
        ]);
    }
}
