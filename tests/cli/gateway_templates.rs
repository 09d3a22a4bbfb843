//! The gateway-class injection templates (`waypoint`, `kube-gateway`, `agentgateway`) of every
//! profile that ships the injector ConfigMap execute on a sample Gateway without error, and the
//! Deployment and Service they yield are accepted by the API simulator.

use serde_json::{Value, json};

use istioctl::api::meshconfig;
use istioctl::inject::{gateway, pod, template};

use crate::support::Cluster;
use crate::support::istioctl;

const PROFILES: [&str; 8] = ["default", "demo", "minimal", "ambient", "empty", "preview", "remote", "stable"];

fn config_maps(profile: &str) -> Option<(String, Value, String)> {
    let out =
        istioctl().args(["manifest", "generate", "--set", &format!("profile={profile}")]).output().unwrap();
    assert!(out.status.success(), "{profile}: {}", String::from_utf8_lossy(&out.stderr));
    let docs: Vec<Value> = serde_saphyr::from_multiple(&String::from_utf8(out.stdout).unwrap()).unwrap();
    let injector = docs
        .iter()
        .find(|d| d["kind"] == "ConfigMap" && d["metadata"]["name"] == "istio-sidecar-injector")?;
    let mesh_text = docs
        .iter()
        .find(|d| d["kind"] == "ConfigMap" && d["metadata"]["name"] == "istio")
        .and_then(|d| d["data"]["mesh"].as_str())
        .unwrap_or("")
        .to_string();
    let values: Value = serde_json::from_str(injector["data"]["values"].as_str()?).ok()?;
    Some((injector["data"]["config"].as_str()?.to_string(), values, mesh_text))
}

fn sample(name: &str, class: &str) -> Value {
    json!({
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "Gateway",
        "metadata": {"name": name, "namespace": "default", "uid": "0b5e3b4e-1111-2222-3333-444455556666",
                     "labels": {"istio.io/waypoint-for": "service"}},
        "spec": {"gatewayClassName": class, "listeners": [
            {"name": "mesh", "port": 15008, "protocol": "HBONE"},
            {"name": "http", "port": 80, "protocol": "HTTP"}]}
    })
}

#[test]
fn gateway_class_templates_render_objects_the_api_server_accepts() {
    let mut checked = 0;
    for profile in PROFILES {
        let Some((config, values, mesh_text)) = config_maps(profile) else { continue };
        let mesh = meshconfig::decode(&mesh_text, "mesh").unwrap().config.to_json();
        let templates = template::Templates::load(&config, &values, "", false).unwrap();
        let image = pod::proxy_image(&values, &mesh["defaultConfig"], &json!({}));
        let ctx = gateway::GatewayContext { values: &values, mesh: &mesh, revision: "", proxy_image: &image };
        let cluster = Cluster::start();
        for (template, class) in
            [("waypoint", "istio-waypoint"), ("kube-gateway", "istio"), ("agentgateway", "agentgateway")]
        {
            let gw = sample(&format!("gw-{template}"), class);
            let text = templates
                .execute(template, &gateway::gateway_data(&gw, &ctx))
                .unwrap_or_else(|e| panic!("{profile}/{template}: {e}"))
                .unwrap_or_else(|| panic!("{profile}: no template {template}"));
            let objects =
                gateway::objects(&text).unwrap_or_else(|e| panic!("{profile}/{template}: {e}\n{text}"));
            let kinds: Vec<&str> = objects.iter().filter_map(|o| o["kind"].as_str()).collect();
            assert!(
                kinds.contains(&"Deployment") && kinds.contains(&"Service"),
                "{profile}/{template}: {kinds:?}"
            );
            let keep: Vec<&Value> = objects
                .iter()
                .filter(|o| matches!(o["kind"].as_str(), Some("Deployment" | "Service")))
                .collect();
            let yaml: String =
                keep.iter().map(|o| format!("{}\n---\n", serde_json::to_string(o).unwrap())).collect();
            cluster.apply(&yaml);
            for o in keep {
                let plural = if o["kind"] == "Deployment" { "deployments" } else { "services" };
                let group = if o["kind"] == "Deployment" { "apps" } else { "" };
                let name = o["metadata"]["name"].as_str().unwrap();
                assert!(
                    cluster.sim.object(group, plural, "default", name).is_some(),
                    "{profile}/{template}: {name} not stored"
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} profiles ship the injector ConfigMap");
}
