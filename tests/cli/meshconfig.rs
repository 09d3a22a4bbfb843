//! meshConfig refused or accepted as upstream: `manifest generate`, `install` (against kube-sim:
//! nothing written on refusal), `--force`, `validate -f` of an IstioOperator, and the notice a
//! misspelt key gets.

use kube_sim::{KubeSim, Options};

use crate::support::{Run, istioctl};

fn run(args: &[&str], stdin: Option<&str>) -> Run {
    Run::of(istioctl().args(args).write_stdin(stdin.unwrap_or("")))
}

#[test]
fn generate_refuses_type_errors_and_unknown_enum_names() {
    let Run { code, stdout: out, stderr: err } = run(&["manifest", "generate", "--set", "meshConfig.enableTracing=maybe"], None);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty(), "nothing rendered");
    let want = "spec.meshConfig.enableTracing: failed to convert to proto. json: cannot unmarshal string into Go value of type bool";
    assert!(err.contains(want), "{err}");
    assert!(
        err.contains("spec.values.meshConfig.enableTracing: failed"),
        "reported for both sources, as upstream: {err}"
    );

    let Run { code, stdout: out, stderr: err } =
        run(&["manifest", "generate", "--set", "meshConfig.outboundTrafficPolicy.mode=SOMETIMES"], None);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains(r#"spec.meshConfig.outboundTrafficPolicy.mode: failed to convert to proto. unknown value "\"SOMETIMES\"" for enum istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy.Mode"#),
        "{err}"
    );
    assert!(!err.contains("generate config:"), "generate has no prefix: {err}");
}

#[test]
fn generate_force_lets_a_refusal_through_silently() {
    let Run { code, stdout: out, stderr: err } =
        run(&["manifest", "generate", "--set", "meshConfig.proxyListenPort=0", "--force"], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("proxyListenPort: 0"), "the value reaches the mesh ConfigMap");
    assert!(!err.contains("proxy listen port"), "upstream's generate --force says nothing: {err}");
}

#[test]
fn a_misspelt_key_is_named_with_the_nearest_field_and_changes_nothing() {
    let Run { code, stdout: out, stderr: err } = run(
        &[
            "manifest",
            "generate",
            "--set",
            "profile=minimal",
            "--set",
            "meshConfig.defaultConfig.proxyMetdata.A=b",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let notice: Vec<&str> = err.lines().filter(|l| l.contains("unknown field")).collect();
    assert_eq!(
        notice,
        [
            r#"Warning: spec.meshConfig.defaultConfig.proxyMetdata: unknown field, ignored (did you mean "proxyMetadata"?)"#
        ],
        "one line, once"
    );
    // Accepted as upstream: the key is carried into the rendered mesh text like any other.
    assert!(out.contains("proxyMetdata:"), "rendered as written");
}

#[test]
fn install_writes_nothing_on_a_refused_mesh_config_and_force_goes_on() {
    let sim = KubeSim::start(Options::default()).expect("kube-sim starts");
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("config");
    sim.write_kubeconfig(&kc).unwrap();
    let kc = kc.to_str().unwrap();

    let install = |extra: &[&str]| {
        let mut args = vec!["--kubeconfig", kc, "install", "--set", "profile=minimal", "-y"];
        args.extend_from_slice(extra);
        run(&args, None)
    };
    let Run { code, stderr: err, .. } = install(&["--set", "meshConfig.defaultConfig.drainDuration=1500ms"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("Error: generate config: 1 error occurred:\n\t* spec.values.meshConfig.defaultConfig.drainDuration: drain time only supports durations to seconds precision"),
        "{err}"
    );
    assert!(sim.names("", "namespaces").iter().all(|n| n != "istio-system"), "nothing written");
    assert!(sim.names("", "configmaps").iter().all(|n| !n.starts_with("istio-system/")), "nothing written");

    let Run { code, stderr: err, .. } = install(&["--set", "meshConfig.proxyListenPort=0", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("spec invalid; continuing because of --force: spec.values.meshConfig.proxyListenPort: invalid proxy listen port"), "{err}");
    let cm = sim.object("", "configmaps", "istio-system", "istio").expect("ConfigMap istio written");
    assert!(cm["data"]["mesh"].as_str().unwrap().contains("proxyListenPort: 0"));
}

#[test]
fn validate_checks_an_istio_operator_mesh_config() {
    let iop = "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata: {name: x}\nspec:\n  meshConfig:\n    trustDomain: bad_domain\n";
    let Run { code, stderr: err, .. } = run(&["validate", "-f", "-"], Some(iop));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(r#"trustDomain: trust domain name \"bad_domain\" invalid"#)
            || err.contains(r#"trust domain name "bad_domain" invalid"#),
        "{err}"
    );
    let ok = iop.replace("trustDomain: bad_domain", "tlsDefaults: {ecdhCurves: [P-256, P-256]}");
    let Run { code, stderr: err, .. } = run(&["validate", "-f", "-"], Some(&ok));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("detected duplicate ECDH curves: [P-256]"), "a warning: {err}");
}

/// The mesh text every profile writes into ConfigMap `istio` (what istiod decodes) passes the
/// same decoder cleanly: no type error, no rule, no key the model does not know.
#[test]
fn every_profile_renders_a_mesh_text_the_model_accepts() {
    for profile in [
        "default",
        "demo",
        "minimal",
        "ambient",
        "preview",
        "remote",
        "stable",
        "openshift",
        "openshift-ambient",
    ] {
        let Run { code, stdout: out, stderr: err } = run(&["manifest", "generate", "--set", &format!("profile={profile}")], None);
        assert_eq!(code, 0, "{profile}: {err}");
        let mut found = 0;
        for doc in out.split("\n---\n") {
            let Ok(v) = serde_saphyr::from_str::<serde_json::Value>(doc) else { continue };
            if v["kind"] != "ConfigMap"
                || !v["metadata"]["name"].as_str().is_some_and(|n| n.starts_with("istio"))
            {
                continue;
            }
            let Some(mesh) = v["data"]["mesh"].as_str() else { continue };
            found += 1;
            let d = istioctl::api::meshconfig::decode(mesh, "mesh")
                .unwrap_or_else(|e| panic!("{profile}: the rendered mesh text is refused: {e}"));
            assert!(d.unknown_fields.is_empty(), "{profile}: unknown keys {:?}", d.unknown_fields);
            assert!(d.warnings.is_empty(), "{profile}: {:?}", d.warnings);
        }
        // The remote profile renders no istiod, hence no mesh ConfigMap.
        assert!(found > 0 || profile == "remote", "{profile}: no mesh ConfigMap rendered");
    }
}
