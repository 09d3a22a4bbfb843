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
