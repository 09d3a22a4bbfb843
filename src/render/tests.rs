//! Render tests over small hand-written values fixtures (`testdata/`), one insta snapshot per
//! component with and without a revision, plus patches and overlays.

use super::*;

fn fixture(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/src/render/testdata/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

fn component(kind: ComponentKind, name: &str, values: Value, k8s: Value) -> Component {
    let k8s = if k8s.is_null() { None } else { Some(k8s) };
    Component { kind, name: name.into(), namespace: "istio-system".into(), enabled: true, chart_input: values.clone(), values, k8s }
}

fn with_revision(mut v: Value, rev: &str) -> Value {
    v["revision"] = Value::String(rev.into());
    v
}

fn render_one(c: Component) -> String {
    let r = Renderer::new(Templates::embedded()).unwrap();
    manifest_text(&r.render(&[c]).unwrap())
}

#[test]
fn istiod_default() {
    insta::assert_snapshot!(render_one(component(ComponentKind::Pilot, "istiod", fixture("istiod.yaml"), Value::Null)));
}

#[test]
fn istiod_revision() {
    let v = with_revision(fixture("istiod.yaml"), "canary");
    insta::assert_snapshot!(render_one(component(ComponentKind::Pilot, "istiod", v, Value::Null)));
}

#[test]
fn base_default() {
    insta::assert_snapshot!(render_one(component(ComponentKind::Base, "base", fixture("base.yaml"), Value::Null)));
}

#[test]
fn base_with_default_revision_renders_validator() {
    let mut v = fixture("base.yaml");
    v["defaultRevision"] = json!("default");
    let out = render_one(component(ComponentKind::Base, "base", v, Value::Null));
    assert!(out.contains("name: istiod-default-validator"), "{out}");
}

#[test]
fn ingress_default() {
    insta::assert_snapshot!(render_one(component(ComponentKind::IngressGateways, "istio-ingressgateway", fixture("gateways.yaml"), Value::Null)));
}

#[test]
fn egress_revision() {
    let v = with_revision(fixture("gateways.yaml"), "canary");
    insta::assert_snapshot!(render_one(component(ComponentKind::EgressGateways, "istio-egressgateway", v, Value::Null)));
}

#[test]
fn cni_default_and_ambient() {
    let v = json!({"revision": "", "ownerName": "", "global": {"hub": "example.test/istio", "tag": "1.30.3", "variant": "", "imagePullPolicy": "",
        "logging": {"level": "info"}, "logAsJson": false, "imagePullSecrets": [], "defaultResources": {"requests": {"cpu": "100m"}},
        "resourceScope": "all", "networkPolicy": {"enabled": false}},
        "hub": "", "tag": "", "variant": "", "image": "install-cni", "pullPolicy": "", "cniBinDir": "", "cniConfDir": "/etc/cni/net.d",
        "cniConfFileName": "", "cniNetnsDir": "/var/run/netns", "excludeNamespaces": ["kube-system"], "affinity": {}, "podAnnotations": {},
        "daemonSetLabels": {}, "podLabels": {}, "env": {}, "chained": true, "provider": "default", "istioOwnedCNIConfig": false,
        "useAppArmorAnnotation": true, "seccompProfile": {}, "seLinuxOptions": {}, "rollingMaxUnavailable": 1,
        "ambient": {"enabled": false, "enablementSelectors": [{"podSelector": {"matchLabels": {"istio.io/dataplane-mode": "ambient"}}}],
            "dnsCapture": true, "ipv6": true, "reconcileIptablesOnStartup": true, "shareHostNetworkNamespace": false},
        "repair": {"enabled": true, "labelPods": false, "deletePods": false, "repairPods": true, "initContainerName": "istio-validation",
            "brokenPodLabelKey": "cni.istio.io/uninitialized", "brokenPodLabelValue": "true"},
        "resources": {"requests": {"cpu": "100m", "memory": "100Mi"}}, "resourceQuotas": {"enabled": false, "pods": 5000}});
    insta::assert_snapshot!("cni_default", render_one(component(ComponentKind::Cni, "istio-cni-node", v.clone(), Value::Null)));
    let mut amb = with_revision(v, "canary");
    amb["ambient"]["enabled"] = json!(true);
    amb["global"]["networkPolicy"]["enabled"] = json!(true);
    insta::assert_snapshot!("cni_ambient_revision", render_one(component(ComponentKind::Cni, "istio-cni-node", amb, Value::Null)));
}

fn ztunnel_values() -> Value {
    json!({"revision": "", "ownerName": "", "global": {"hub": "example.test/istio", "tag": "1.30.3", "variant": "distroless", "platform": ""},
        "hub": "example.test/istio", "tag": "1.30.3", "variant": "distroless", "image": "ztunnel", "resourceName": "ztunnel", "labels": {},
        "annotations": {}, "podLabels": {}, "podAnnotations": {"prometheus.io/port": "15020", "prometheus.io/scrape": "true"}, "env": {},
        "resources": {"requests": {"cpu": "200m", "memory": "512Mi"}}, "resourceScope": "all", "imagePullSecrets": [], "nodeSelector": {},
        "tolerations": [], "affinity": {}, "volumes": [], "volumeMounts": [], "terminationGracePeriodSeconds": 30, "caAddress": "",
        "xdsAddress": "", "istioNamespace": "istio-system", "logLevel": "info", "logAsJson": false, "multiCluster": {"clusterName": ""},
        "network": "", "meshConfig": {"defaultConfig": {"proxyMetadata": {"ISTIO_META_ENABLE_HBONE": "true"}}}, "seLinuxOptions": {},
        "resourceQuotas": {"enabled": false, "pods": 5000}, "updateStrategy": {"rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
        "dnsPolicy": "", "dnsConfig": {}})
}

#[test]
fn ztunnel_default_and_revision() {
    insta::assert_snapshot!("ztunnel_default", render_one(component(ComponentKind::Ztunnel, "ztunnel", ztunnel_values(), Value::Null)));
    let v = with_revision(ztunnel_values(), "canary");
    insta::assert_snapshot!("ztunnel_revision", render_one(component(ComponentKind::Ztunnel, "ztunnel", v, Value::Null)));
}

#[test]
fn ztunnel_renamed_gets_no_patches() {
    let mut v = ztunnel_values();
    v["resourceName"] = json!("zt");
    let out = render_one(component(ComponentKind::Ztunnel, "ztunnel", v, json!({"nodeSelector": {"pool": "a"}})));
    assert!(out.contains("name: zt\n") && !out.contains("pool: a"), "{out}");
}

#[test]
fn istiod_k8s_patches() {
    let k8s = json!({
        "env": [{"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "new.path"}}}, {"name": "NEW_VAR", "value": "x"}],
        "hpaSpec": {"maxReplicas": 9, "metrics": [{"type": "Resource", "resource": {"name": "memory", "target": {"type": "Utilization", "averageUtilization": 60}}}]},
        "resources": {"requests": {"memory": "1Gi"}},
        "readinessProbe": {"initialDelaySeconds": 9},
        "nodeSelector": {"pool": "control"},
        "tolerations": [{"key": "dedicated", "operator": "Exists"}],
        "podAnnotations": {"example.test/a": "b"},
        "serviceAnnotations": {"example.test/svc": "1"},
        "service": {"type": "NodePort", "ports": [{"port": 1}]},
        "replicaCount": 3,
        "podDisruptionBudget": {"minAvailable": 2}
    });
    let out = render_one(component(ComponentKind::Pilot, "istiod", fixture("istiod.yaml"), k8s));
    assert!(!out.contains("kind: PodDisruptionBudget"), "PDB patch without a rendered PDB must be dropped");
    insta::assert_snapshot!(out);
}

#[test]
fn gateway_overlays() {
    let k8s = json!({"overlays": [
        {"kind": "Deployment", "name": "istio-ingressgateway", "patches": [
            {"path": "spec.template.spec.containers.[name:istio-proxy].env.[name:ISTIO_META_UNPRIVILEGED_POD]"},
            {"path": "spec.template.spec.containers.[name:istio-proxy].args.[--proxyLogLevel=.*]", "value": "--proxyLogLevel=debug"},
            {"path": "metadata.labels.example\\.test/x", "value": "y"}]},
        {"kind": "Service", "name": "istio-ingressgateway", "patches": [
            {"path": "spec.ports.[name:status-port]"},
            {"path": "spec.externalTrafficPolicy", "value": "Local"}]}]});
    let out = render_one(component(ComponentKind::IngressGateways, "istio-ingressgateway", fixture("gateways.yaml"), k8s));
    insta::assert_snapshot!(out);
}

#[test]
fn crd_labels_are_swapped_and_exclusions_apply() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("templates/base")).unwrap();
    std::fs::write(
        dir.path().join("templates/base/crds.gen.yaml"),
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  annotations:\n    helm.sh/resource-policy: keep\n  labels:\n    app: istio-pilot\n    heritage: Tiller\n  name: a.example.istio.io\nspec: {}\n---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: b.example.istio.io\nspec: {}\n",
    )
    .unwrap();
    let r = Renderer::new(Templates::from_assets(&Assets::Dir(dir.path().to_path_buf())).unwrap()).unwrap();
    let mut v = fixture("base.yaml");
    v["base"]["excludedCRDs"] = json!(["b.example.istio.io"]);
    let objs = r.render(&[component(ComponentKind::Base, "base", v.clone(), Value::Null)]).unwrap();
    let crds: Vec<&Object> = objs.iter().filter(|o| o.kind() == "CustomResourceDefinition").collect();
    assert_eq!(crds.len(), 1);
    assert_eq!(crds[0].value["metadata"]["labels"], standard_labels("base"));
    assert_eq!(crds[0].value["metadata"]["annotations"]["helm.sh/resource-policy"], "keep");
    v["global"]["resourceScope"] = json!("namespace");
    let objs = r.render(&[component(ComponentKind::Base, "base", v, Value::Null)]).unwrap();
    assert!(objs.iter().all(|o| o.kind() != "CustomResourceDefinition"));
}

#[test]
fn objects_sort_by_kind_rank_then_group_kind_name() {
    let mk = |kind: &str, api: &str, name: &str| Object {
        component: ComponentKind::Pilot,
        value: json!({"apiVersion": api, "kind": kind, "metadata": {"name": name}}),
    };
    let mut objs = vec![
        mk("Service", "v1", "a"),
        mk("HorizontalPodAutoscaler", "autoscaling/v2", "a"),
        mk("Role", "rbac.authorization.k8s.io/v1", "a"),
        mk("Deployment", "apps/v1", "b"),
        mk("ConfigMap", "v1", "z"),
        mk("ConfigMap", "v1", "a"),
        mk("ClusterRoleBinding", "rbac.authorization.k8s.io/v1", "a"),
        mk("ServiceAccount", "v1", "a"),
        mk("CustomResourceDefinition", "apiextensions.k8s.io/v1", "x"),
    ];
    sort_objects(&mut objs);
    let order: Vec<String> = objs.iter().map(|o| format!("{}/{}", o.kind(), o.name())).collect();
    assert_eq!(
        order,
        [
            "CustomResourceDefinition/x",
            "ServiceAccount/a",
            "ClusterRoleBinding/a",
            "ConfigMap/a",
            "ConfigMap/z",
            "Deployment/b",
            "Role/a",
            "HorizontalPodAutoscaler/a",
            "Service/a"
        ]
    );
}

/// One snapshot per built-in profile, through the real `profile::resolve` (hub/tag pinned as a
/// release build does).
#[test]
fn profiles_render() {
    for p in ["default", "demo", "minimal", "ambient", "empty", "preview", "remote", "stable"] {
        let mut inputs = crate::profile::Inputs::release();
        inputs.sets = vec![format!("profile={p}")];
        let resolved = crate::profile::resolve(&inputs).unwrap();
        let objs = render(&resolved).unwrap();
        let text = manifest_text(&objs);
        // Snapshots hold the object list and the full text minus the embedded injector
        // templates (they belong to the injection work and are large).
        // CRDs come from the generated file and are left out so these snapshots do not depend on it.
        let index: Vec<String> =
            objs.iter().filter(|o| o.kind() != "CustomResourceDefinition").map(|o| format!("{} {}", o.kind(), o.name())).collect();
        insta::assert_snapshot!(format!("profile_{p}_objects"), index.join("\n"));
        if p != "empty" {
            let without_crds: Vec<Object> = objs.into_iter().filter(|o| o.kind() != "CustomResourceDefinition").collect();
            insta::assert_snapshot!(format!("profile_{p}"), strip_injection(&manifest_text(&without_crds)));
        } else {
            assert!(text.is_empty());
        }
    }
}

fn strip_injection(text: &str) -> String {
    let mut docs: Vec<Value> = parse_docs(text).unwrap();
    for d in &mut docs {
        let injector = d["kind"] == "ConfigMap"
            && d["metadata"]["name"].as_str().is_some_and(|n| n.starts_with("istio-sidecar-injector"));
        if injector && let Some(cfg) = d["data"]["config"].as_str() {
            let mut c: Value = serde_saphyr::from_str(cfg).unwrap();
            if let Some(m) = c["templates"].as_object_mut() {
                for v in m.values_mut() {
                    *v = json!("<template>");
                }
            }
            d["data"]["config"] = Value::String(yaml::to_yaml(&c));
        }
    }
    docs.iter().map(|d| yaml::to_yaml(&yaml::sorted(d)) + "\n---\n").collect()
}

#[test]
fn gateway_injection_template_renders_the_injected_deployment() {
    let mut v = fixture("gateways.yaml");
    v["gateways"]["istio-ingressgateway"]["injectionTemplate"] = json!("gateway");
    let r = Renderer::new(Templates::embedded()).unwrap();
    let objs = r.render(&[component(ComponentKind::IngressGateways, "istio-ingressgateway", v, Value::Null)]).unwrap();
    let deployments: Vec<&Object> = objs.iter().filter(|o| o.kind() == "Deployment").collect();
    assert_eq!(deployments.len(), 1);
    let pod = &deployments[0].value["spec"]["template"];
    assert_eq!(pod["metadata"]["annotations"]["inject.istio.io/templates"], "gateway");
    assert_eq!(pod["metadata"]["labels"]["sidecar.istio.io/inject"], "true");
    assert_eq!(pod["spec"]["containers"][0]["image"], "auto");
}

#[test]
fn crds_are_read_from_the_json_form_when_present() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("templates/base")).unwrap();
    std::fs::write(
        dir.path().join("templates/base/crds.gen.json"),
        r#"[{"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "metadata": {"name": "c.example.istio.io", "labels": {"app": "istio-pilot"}}, "spec": {}}]"#,
    )
    .unwrap();
    let r = Renderer::new(Templates::from_assets(&Assets::Dir(dir.path().to_path_buf())).unwrap()).unwrap();
    let objs = r.render(&[component(ComponentKind::Base, "base", fixture("base.yaml"), Value::Null)]).unwrap();
    assert_eq!(objs[0].name(), "c.example.istio.io");
    assert_eq!(objs[0].value["metadata"]["labels"], standard_labels("base"));
}
