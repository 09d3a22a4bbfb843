//! Unit tests of `resolve`: merge order, every built-in profile, errors.

use super::*;

fn inputs(files: &[&str], sets: &[&str]) -> Inputs {
    Inputs {
        files: files
            .iter()
            .enumerate()
            .map(|(i, t)| InputFile::Text { name: format!("f{i}.yaml"), text: t.to_string() })
            .collect(),
        sets: sets.iter().map(|s| s.to_string()).collect(),
        ..Inputs::default()
    }
}

fn enabled(r: &Resolved) -> Vec<String> {
    r.enabled().map(|c| format!("{}:{}@{}", c.kind.label(), c.name, c.namespace)).collect()
}

#[test]
fn every_profile_enables_what_the_table_says() {
    let table: &[(&str, &[&str])] = &[
        ("default", &["Base:base@istio-system", "Pilot:istiod@istio-system", "IngressGateways:istio-ingressgateway@istio-system"]),
        ("minimal", &["Base:base@istio-system", "Pilot:istiod@istio-system"]),
        (
            "demo",
            &[
                "Base:base@istio-system",
                "Pilot:istiod@istio-system",
                "IngressGateways:istio-ingressgateway@istio-system",
                "EgressGateways:istio-egressgateway@istio-system",
            ],
        ),
        ("ambient", &["Base:base@istio-system", "Pilot:istiod@istio-system", "Cni:istio-cni-node@istio-system", "Ztunnel:ztunnel@istio-system"]),
        ("empty", &[]),
        ("preview", &["Base:base@istio-system", "Pilot:istiod@istio-system", "IngressGateways:istio-ingressgateway@istio-system"]),
        ("remote", &["Base:base@istio-system", "Pilot:istiod@istio-system"]),
        ("stable", &["Base:base@istio-system", "Pilot:istiod@istio-system", "IngressGateways:istio-ingressgateway@istio-system"]),
        (
            "openshift",
            &["Base:base@istio-system", "Pilot:istiod@istio-system", "IngressGateways:istio-ingressgateway@istio-system", "Cni:istio-cni-node@kube-system"],
        ),
        ("openshift-ambient", &["Base:base@istio-system", "Pilot:istiod@istio-system", "Cni:istio-cni-node@kube-system", "Ztunnel:ztunnel@kube-system"]),
    ];
    for (name, want) in table {
        let r = resolve(&inputs(&[], &[&format!("profile={name}")])).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(r.profile, *name);
        assert_eq!(enabled(&r), *want, "profile {name}");
    }
    assert_eq!(Assets::Embedded.profile_names().unwrap().len(), table.len(), "a profile without a table row");
}

#[test]
fn profile_values_reach_the_components() {
    let get = |p: &str, kind: ComponentKind| {
        let r = resolve(&inputs(&[], &[&format!("profile={p}")])).unwrap();
        r.components.into_iter().find(|c| c.kind == kind).unwrap().values
    };
    let pilot = get("default", ComponentKind::Pilot);
    assert_eq!(pilot["autoscaleEnabled"], true);
    assert_eq!(pilot["global"]["hub"], "registry.istio.io/testing");
    assert_eq!(pilot["enabled"], true, "translation sets values.pilot.enabled, descoped");
    assert_eq!(get("default", ComponentKind::Base)["defaultRevision"], "");
    let demo = get("demo", ComponentKind::Pilot);
    assert_eq!(demo["autoscaleEnabled"], false);
    assert_eq!(demo["meshConfig"]["accessLogFile"], "/dev/stdout");
    assert_eq!(demo["meshConfig"]["extensionProviders"].as_array().unwrap().len(), 4);
    assert_eq!(get("demo", ComponentKind::IngressGateways)["gateways"]["istio-ingressgateway"]["ports"].as_array().unwrap().len(), 5);
    let amb = get("ambient", ComponentKind::Pilot);
    assert_eq!(amb["env"]["PILOT_ENABLE_AMBIENT"], "true");
    assert_eq!(amb["global"]["variant"], "distroless");
    assert_eq!(get("ambient", ComponentKind::Cni)["ambient"]["enabled"], true, "cni descoped");
    let zt = get("ambient", ComponentKind::Ztunnel);
    assert_eq!(zt["variant"], "distroless", "globals lifted for ztunnel");
    assert_eq!(zt["resourceName"], "ztunnel");
    assert_eq!(zt["meshConfig"]["defaultConfig"]["proxyMetadata"]["ISTIO_META_ENABLE_HBONE"], "true");
    assert_eq!(get("preview", ComponentKind::Pilot)["meshConfig"]["defaultConfig"]["proxyMetadata"]["ISTIO_META_DNS_CAPTURE"], "true");
    let remote = get("remote", ComponentKind::Pilot);
    assert_eq!(remote["istiodRemote"]["enabled"], true);
    assert_eq!(remote["configMap"], false);
    assert_eq!(get("stable", ComponentKind::Pilot)["experimental"]["stableValidationPolicy"], true);
    assert_eq!(get("openshift", ComponentKind::Cni)["provider"], "multus");
}

#[test]
fn merge_order_profile_file_set_translation_user_values() {
    let f1 = "spec:\n  hub: file-hub\n  values:\n    global:\n      tag: from-values\n";
    let f2 = "spec:\n  hub: second-file-hub\n  tag: spec-tag\n";
    let mut i = inputs(&[f1, f2], &["meshConfig.accessLogFile=/dev/null", "profile=demo"]);
    i.pinned_hub_tag = Some(("docker.io/istio".into(), "1.30.3".into()));
    let r = resolve(&i).unwrap();
    let spec = &r.iop["spec"];
    assert_eq!(spec["hub"], "second-file-hub", "later file wins over earlier file and the pin");
    assert_eq!(spec["values"]["global"]["hub"], "second-file-hub", "spec.hub translated");
    assert_eq!(spec["values"]["global"]["tag"], "from-values", "user values beat the translation");
    assert_eq!(spec["values"]["meshConfig"]["accessLogFile"], "/dev/null");
    assert_eq!(spec["values"]["profile"], "demo");
    // The pin lands when the user says nothing.
    let r = resolve(&Inputs::release()).unwrap();
    assert_eq!(r.iop["spec"]["values"]["global"]["hub"], "docker.io/istio");
    assert_eq!(r.iop["spec"]["values"]["global"]["tag"], "1.30.3");
}

#[test]
fn set_applies_after_the_profile_merge() {
    let r = resolve(&inputs(&[], &["components.ingressGateways[name:istio-ingressgateway].enabled=false"])).unwrap();
    assert!(r.enabled().all(|c| c.kind != ComponentKind::IngressGateways));
    let r = resolve(&inputs(&[], &["components.ingressGateways[0].k8s.resources.requests.memory=999Mi"])).unwrap();
    let gw = r.components.iter().find(|c| c.kind == ComponentKind::IngressGateways).unwrap();
    assert_eq!(gw.name, "istio-ingressgateway");
    assert_eq!(gw.k8s.as_ref().unwrap()["resources"]["requests"]["memory"], "999Mi");
}

#[test]
fn revision_alias_and_translation() {
    let mut i = inputs(&[], &[]);
    i.revision = Some("canary".into());
    let r = resolve(&i).unwrap();
    assert_eq!(r.revision, "canary");
    i.revision = Some("default".into());
    assert_eq!(resolve(&i).unwrap().revision, "");
    i.revision = Some("Not_Valid".into());
    assert!(matches!(resolve(&i), Err(ProfileError::Invalid(e)) if e[0].starts_with("spec.revision:")));
}

#[test]
fn namespace_follows_istio_namespace() {
    let r = resolve(&inputs(&[], &["values.global.istioNamespace=mesh", "components.cni.enabled=true"])).unwrap();
    assert_eq!(r.namespace, "mesh");
    assert!(r.enabled().all(|c| c.namespace == "mesh"));
}

#[test]
fn gateway_alt_enablement_and_extra_gateways() {
    let r = resolve(&inputs(&[], &["values.gateways.istio-egressgateway.enabled=true"])).unwrap();
    assert!(r.enabled().any(|c| c.kind == ComponentKind::EgressGateways));
    let f = "spec:\n  components:\n    ingressGateways:\n    - name: a\n      label: {x: z}\n    - name: b\n      enabled: false\n";
    let r = resolve(&inputs(&[f], &[])).unwrap();
    let gws: Vec<_> = r.components.iter().filter(|c| c.kind == ComponentKind::IngressGateways).collect();
    assert_eq!(gws.len(), 2);
    assert!(gws[0].enabled && !gws[1].enabled);
    let v = &gws[0].values["gateways"]["istio-ingressgateway"];
    assert_eq!(v["name"], "a");
    assert_eq!(v["labels"], serde_json::json!({"app": "istio-ingressgateway", "istio": "ingressgateway", "x": "z"}));
}

#[test]
fn errors() {
    assert!(matches!(resolve(&inputs(&[], &["profile=nope"])), Err(ProfileError::UnknownProfile(p, _)) if p == "nope"));
    assert!(matches!(resolve(&inputs(&[], &["profile=../etc"])), Err(ProfileError::UnknownProfile(..))));
    match resolve(&inputs(&[], &["values.global.proxy.resources.limitz.cpu=1"])) {
        Err(ProfileError::Invalid(e)) => assert_eq!(e, vec![r#"spec.values.global.proxy.resources.limitz: unknown field "limitz""#]),
        other => panic!("{other:?}"),
    }
    assert!(matches!(resolve(&inputs(&[], &["components.egressGateways[name:x].enabled=true"])), Err(ProfileError::Set { .. })));
    assert!(matches!(resolve(&inputs(&["a: 1\n---\nb: 2\n"], &[])), Err(ProfileError::MultipleDocs { .. })));
    assert!(matches!(resolve(&inputs(&["a: [\n"], &[])), Err(ProfileError::Parse { .. })));
    let vs = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nspec: {hosts: [a]}\n";
    match resolve(&inputs(&[vs], &[])) {
        Err(e @ ProfileError::NotIstioOperator { .. }) => assert!(e.to_string().contains("kind \"VirtualService\"")),
        other => panic!("{other:?}"),
    }
    let missing = Inputs { files: vec![InputFile::Path("/nonexistent/iop.yaml".into())], ..Inputs::default() };
    assert!(matches!(resolve(&missing), Err(ProfileError::Read { .. })));
    assert!(matches!(resolve(&inputs(&[], &["compatibilityVersion=1.30"])), Err(ProfileError::Chart { message, .. }) if message == "unknown compatibility version 1.30"));
    assert!(resolve(&inputs(&[], &["compatibilityVersion=1.25"])).is_ok());
}

#[test]
fn force_turns_errors_into_warnings() {
    let mut i = inputs(&[], &["values.global.proxy.resources.limitz.cpu=1"]);
    i.force = true;
    let r = resolve(&i).unwrap();
    assert_eq!(r.warnings.len(), 1);
    assert!(r.warnings[0].starts_with("spec invalid; continuing because of --force: spec.values.global.proxy"), "{:?}", r.warnings);
}

#[test]
fn install_package_path_set_is_the_manifests_alias() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("profiles")).unwrap();
    std::fs::write(dir.path().join("profiles/default.yaml"), "spec: {}\n").unwrap();
    let r = resolve(&inputs(&[], &[&format!("installPackagePath={}", dir.path().display()), "profile=demo"]));
    assert!(matches!(r, Err(ProfileError::UnknownProfile(p, _)) if p == "demo"), "demo is not in that directory");
}

#[test]
fn manifests_dir_replaces_the_embedded_profiles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("profiles")).unwrap();
    std::fs::write(dir.path().join("profiles/default.yaml"), "spec:\n  components:\n    base:\n      enabled: false\n").unwrap();
    let mut i = inputs(&[], &[]);
    i.manifests_dir = Some(dir.path().to_path_buf());
    match resolve(&i) {
        // Base is off, pilot (absent) is on by default and needs chart defaults the dir lacks.
        Err(ProfileError::Chart { message, .. }) => assert!(message.contains("charts/istiod.yaml"), "{message}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unvalidated_values_skip_validation_and_reach_the_charts() {
    let f = "spec:\n  unvalidatedValues:\n    pilot:\n      myCustomKey: 7\n";
    let r = resolve(&inputs(&[f], &[])).unwrap();
    assert_eq!(r.iop["spec"]["values"]["pilot"]["myCustomKey"], 7);
    let pilot = r.components.iter().find(|c| c.kind == ComponentKind::Pilot).unwrap();
    assert_eq!(pilot.values["myCustomKey"], 7, "descoped into istiod's values");
}

#[test]
fn cluster_sets_sit_between_profile_and_user() {
    let mut i = inputs(&[], &[]);
    i.cluster_sets = vec!["components.cni.namespace=kube-system".into(), "values.global.platform=gke".into()];
    let r = resolve(&i).unwrap();
    assert_eq!(r.iop["spec"]["values"]["global"]["platform"], "gke");
    i.sets = vec!["values.global.platform=k3s".into()];
    assert_eq!(resolve(&i).unwrap().iop["spec"]["values"]["global"]["platform"], "k3s", "the user wins");
}

#[test]
fn component_hub_and_tag_land_in_the_component_root() {
    let f = "spec:\n  components:\n    pilot:\n      hub: ph\n      tag: pt\n    base:\n      enabled: true\n";
    let r = resolve(&inputs(&[f], &["components.ingressGateways[0].tag=gt"])).unwrap();
    let get = |k: ComponentKind| r.components.iter().find(|c| c.kind == k).unwrap();
    assert_eq!(get(ComponentKind::Pilot).chart_input["pilot"]["hub"], "ph");
    assert_eq!(get(ComponentKind::Pilot).values["hub"], "ph", "descoped");
    assert_eq!(get(ComponentKind::IngressGateways).chart_input["gateways"]["istio-ingressgateway"]["tag"], "gt");
}

#[test]
fn values_that_1_30_3_accepts_are_not_rejected() {
    // Both are in 1.30.3's values schema (the charts read them); only master-only keys are errors.
    let r = resolve(&inputs(&[], &["values.base.validationFailurePolicy=Fail", "values.pilot.trustedZtunnelName=zt"]))
        .expect("accepted");
    let pilot = r.components.iter().find(|c| c.kind == ComponentKind::Pilot).unwrap();
    assert_eq!(pilot.values["trustedZtunnelName"], "zt");
    assert!(resolve(&inputs(&[], &["values.global.readerServiceAccount.name=x"])).is_err());
}

#[test]
fn invalid_fields_name_the_file_and_line_that_wrote_them() {
    let a = "spec:\n  values:\n    global:\n      proxy:\n        resources:\n          limitz: {cpu: 1}\n";
    let b = "spec:\n  meshConfig: {}\n";
    match resolve(&inputs(&[a, b], &[])) {
        Err(ProfileError::Invalid(e)) => assert_eq!(
            e,
            vec![r#"spec.values.global.proxy.resources.limitz: unknown field "limitz" (f0.yaml:6)"#]
        ),
        other => panic!("{other:?}"),
    }
    // From --set: no file to name.
    match resolve(&inputs(&[b], &["values.global.proxy.resources.limitz.cpu=1"])) {
        Err(ProfileError::Invalid(e)) => assert!(!e[0].contains("f0.yaml"), "{e:?}"),
        other => panic!("{other:?}"),
    }
}
