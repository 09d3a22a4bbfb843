//! `istioctl analyze` against a live cluster (kube-sim): the same findings as from files, files
//! over live state, namespace scoping, a kind the user may not list, a missing namespace, an
//! unreachable server, several clusters, status written by controllers, revisions, and every
//! output format with its exit code.

use kube_sim::Options;

use crate::support::{Cluster, Run};
use crate::support::{istioctl, repo_root};

const DIR: &str = "docs/examples/analyze";

/// The Istio CRDs as install applies them (from the rendered base component).
fn crds() -> String {
    let out = istioctl().args(["manifest", "generate", "--set", "profile=minimal"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.split("\n---\n")
        .filter(|d| d.contains("kind: CustomResourceDefinition"))
        .collect::<Vec<_>>()
        .join("\n---\n")
}

/// `Level [CODE] (Kind ns/name` of each finding: the line without its file reference.
fn findings(stdout: &str) -> Vec<String> {
    let mut v: Vec<String> = stdout
        .lines()
        .filter(|l| l.contains(" [IST"))
        .map(|l| match l.find(" (") {
            Some(i) => {
                let rest = &l[i + 2..];
                let origin = rest.split(')').next().unwrap_or("");
                let origin: Vec<&str> = origin.split(' ').take(2).collect();
                format!(
                    "{} ({}) {}",
                    &l[..i],
                    origin.join(" "),
                    rest.split_once(") ").map(|x| x.1).unwrap_or("")
                )
            }
            None => l.to_string(),
        })
        .collect();
    v.sort();
    v
}

fn example(name: &str) -> String {
    std::fs::read_to_string(repo_root().join(DIR).join(name)).unwrap()
}

#[test]
fn the_cluster_gives_the_same_findings_as_the_files() {
    let c = Cluster::start();
    c.apply(&crds());
    c.ok(&["namespace", "list"]); // the simulator answers
    for f in ["workloads.yaml", "mixed.yaml"] {
        c.apply(&example(f).replace("namespace: shop", "namespace: default"));
    }
    let files: Vec<String> = ["workloads.yaml", "mixed.yaml"]
        .iter()
        .map(|f| repo_root().join(DIR).join(f).display().to_string())
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    // Every cluster has the namespace the objects live in; the files say so too.
    let ns = tmp.path().join("ns.yaml");
    std::fs::write(&ns, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: default\n").unwrap();
    let mut local = vec![ns.display().to_string()];
    for (i, f) in files.iter().enumerate() {
        let p = tmp.path().join(format!("{i}.yaml"));
        std::fs::write(
            &p,
            std::fs::read_to_string(f).unwrap().replace("namespace: shop", "namespace: default"),
        )
        .unwrap();
        local.push(p.display().to_string());
    }
    let mut offline = vec!["analyze", "--use-kube=false", "-n", "default"];
    offline.extend(local.iter().map(String::as_str));
    let from_files = c.run(&offline);
    let live = c.run(&["analyze", "-n", "default"]);
    assert_eq!(
        live.code, from_files.code,
        "live:\n{}\n{}\nfiles:\n{}\n{}",
        live.stdout, live.stderr, from_files.stdout, from_files.stderr
    );
    // Live mode has no built-in dummy ingress (upstream adds it only to file sources).
    let without_dummy = |v: Vec<String>| -> Vec<String> {
        v.into_iter().filter(|l| !l.contains("istio-ingressgateway")).collect()
    };
    assert_eq!(
        without_dummy(findings(&live.stdout)),
        without_dummy(findings(&from_files.stdout)),
        "live stderr: {}",
        live.stderr
    );
    assert!(!findings(&live.stdout).is_empty(), "the examples have findings: {}", live.stdout);
    assert!(!live.stdout.contains(".yaml:"), "live resources carry no file reference: {}", live.stdout);
}

#[test]
fn files_go_on_top_of_the_live_state() {
    let c = Cluster::start();
    c.apply(&crds());
    let dr = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: reviews\n  namespace: default\nspec:\n  host: reviews\n  trafficPolicy:\n    tls:\n      mode: SIMPLE\n";
    c.apply(dr);
    let live = c.run(&["analyze", "-n", "default", "-o", "json"]);
    let tmp = tempfile::tempdir().unwrap();
    let fixed = tmp.path().join("dr.yaml");
    std::fs::write(&fixed, dr.replace("SIMPLE", "ISTIO_MUTUAL")).unwrap();
    let over = c.run(&["analyze", "-n", "default", "-o", "json", fixed.to_str().unwrap()]);
    // SIMPLE TLS without caCertificates is IST0128 on the live object; the file's version of the
    // same object replaces it (a simulated apply), so the finding goes, and what remains points
    // at the file.
    assert!(live.stdout.contains("\"IST0128\""), "{}\n{}", live.stdout, live.stderr);
    assert!(!over.stdout.contains("\"IST0128\""), "the file replaces the live object: {}", over.stdout);
    assert!(over.stdout.contains("dr.yaml:1"), "{}", over.stdout);
}

#[test]
fn a_kind_the_user_may_not_list_is_named_and_the_rest_runs() {
    let c = Cluster::start_with(Options { deny: vec!["pods".into()], ..Options::default() });
    c.apply(&crds());
    let r = c.run(&["analyze", "-A", "-v"]);
    assert!(r.code == 0 || r.code == 79, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.matches("cannot read Pod").count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("Skipped"), "-v lists the skipped analyzers: {}", r.stderr);
}

#[test]
fn a_missing_namespace_is_a_note_and_exit_zero() {
    let c = Cluster::start();
    let r = c.run(&["analyze", "-n", "nosuch"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("namespace \"nosuch\" not found"), "{}", r.stderr);
}

#[test]
fn an_unreachable_cluster_fails_fast() {
    let tmp = tempfile::tempdir().unwrap();
    let kc = tmp.path().join("kc");
    std::fs::write(&kc, kube_sim::kubeconfig("http://127.0.0.1:9", None, None)).unwrap();
    let out = istioctl().arg("--kubeconfig").arg(&kc).args(["analyze", "-A"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot reach the Kubernetes API server"), "{stderr}");
}

/// A kubeconfig with one context per `(context, cluster, server, token)`, the first current.
fn kubeconfig(entries: &[(&str, &str, &str, Option<&str>)]) -> String {
    let mut clusters = String::new();
    let mut contexts = String::new();
    let mut users = String::new();
    for (ctx, cluster, server, token) in entries {
        clusters.push_str(&format!("- name: {cluster}\n  cluster:\n    server: {server}\n"));
        contexts.push_str(&format!("- name: {ctx}\n  context:\n    cluster: {cluster}\n    user: {ctx}\n"));
        match token {
            Some(t) => users.push_str(&format!("- name: {ctx}\n  user:\n    token: {t}\n")),
            None => users.push_str(&format!("- name: {ctx}\n  user: {{}}\n")),
        }
    }
    format!(
        "apiVersion: v1\nkind: Config\nclusters:\n{clusters}contexts:\n{contexts}current-context: {}\nusers:\n{users}",
        entries[0].0
    )
}

fn run_with(kubeconfig: &std::path::Path, args: &[&str]) -> Run {
    Run::of(istioctl().arg("--kubeconfig").arg(kubeconfig).args(args).write_stdin(""))
}

fn service(ports: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: reviews\n  namespace: default\nspec:\n  ports: {ports}\n"
    )
}

/// A DestinationRule with SIMPLE TLS and no CA: IST0128 wherever it lives.
fn tls_rule(name: &str) -> String {
    format!(
        "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: {name}\n  namespace: default\nspec:\n  host: {name}\n  trafficPolicy:\n    tls:\n      mode: SIMPLE\n"
    )
}

/// Two simulators with the Istio CRDs.
fn two_clusters() -> (Cluster, Cluster) {
    let crds = crds();
    let (east, west) = (Cluster::start(), Cluster::start());
    east.apply(&crds);
    west.apply(&crds);
    (east, west)
}

#[test]
fn remote_contexts_analyze_every_cluster_and_compare_services() {
    let (east, west) = two_clusters();
    east.apply(&tls_rule("east-only"));
    west.apply(&tls_rule("west-only"));
    east.apply(&service("[{name: http, port: 80}]"));
    west.apply(&service("[{name: http, port: 8080}]"));
    let tmp = tempfile::tempdir().unwrap();
    let kc = tmp.path().join("kc");
    std::fs::write(
        &kc,
        kubeconfig(&[("east", "east-api", east.sim.url(), None), ("west", "west-api", west.sim.url(), None)]),
    )
    .unwrap();
    let r = run_with(&kc, &["analyze", "-A", "--remote-contexts", "west"]);
    assert_eq!(r.code, 0, "warnings only: {}\n{}", r.stdout, r.stderr);
    // Each cluster's own findings, prefixed with its ID (the context name), sorted by cluster.
    let east_line =
        r.stdout.lines().position(|l| l.contains("[cluster-east] (DestinationRule default/east-only)"));
    let west_line =
        r.stdout.lines().position(|l| l.contains("[cluster-west] (DestinationRule default/west-only)"));
    assert!(east_line.is_some() && west_line.is_some(), "{}", r.stdout);
    assert!(east_line < west_line, "sorted by cluster first: {}", r.stdout);
    assert!(!r.stdout.contains("[cluster-west] (DestinationRule default/east-only)"), "{}", r.stdout);
    // The cross-cluster comparison: one IST0170 for the Service whose ports differ.
    let mc: Vec<&str> = r.stdout.lines().filter(|l| l.contains("[IST0170]")).collect();
    assert_eq!(mc.len(), 1, "{}", r.stdout);
    assert!(mc[0].contains("(Service default/reviews)"), "{}", mc[0]);
    assert!(
        mc[0].contains(r#"["east" "west"]"#) && mc[0].contains("service ports are inconsistent"),
        "{}",
        mc[0]
    );
    // JSON carries the cluster ID under `cluster`.
    let j = run_with(&kc, &["analyze", "-A", "--remote-contexts", "west", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&j.stdout).unwrap();
    let clusters: Vec<&str> = v.as_array().unwrap().iter().map(|m| m["cluster"].as_str().unwrap()).collect();
    assert!(clusters.contains(&"east") && clusters.contains(&"west"), "{}", j.stdout);

    // The same Service in both clusters: the comparison stays silent.
    west.apply(&service("[{name: http, port: 80}]"));
    let same = run_with(&kc, &["analyze", "-A", "--remote-contexts", "west"]);
    assert!(!same.stdout.contains("IST0170"), "{}", same.stdout);
    assert!(same.stdout.contains("[cluster-west]"), "still two clusters: {}", same.stdout);
}

#[test]
fn one_cluster_prints_no_cluster_ids() {
    let c = Cluster::start();
    c.apply(&crds());
    c.apply(&tls_rule("one"));
    let r = c.run(&["analyze", "-A"]);
    assert!(r.stdout.contains("(DestinationRule default/one)"), "{}", r.stdout);
    assert!(!r.stdout.contains("[cluster-"), "{}", r.stdout);
    let j = c.run(&["analyze", "-A", "-o", "json"]);
    assert!(!j.stdout.contains("\"cluster\""), "{}", j.stdout);
}

#[test]
fn remote_clusters_come_from_the_multi_cluster_secrets() {
    use base64::Engine;
    let (primary, remote) = two_clusters();
    primary.apply(&service("[{name: http, port: 80}]"));
    remote.apply(&service("[{name: grpc, port: 80}]"));
    remote.apply(&tls_rule("remote-rule"));
    // The remote's kubeconfig, as `create-remote-secret` writes it: its cluster is the ID.
    let remote_kc =
        kubeconfig(&[("remote-ctx", "cluster-two", remote.sim.url(), Some("remote-token-value"))]);
    let data = base64::engine::general_purpose::STANDARD.encode(&remote_kc);
    primary.namespace("istio-system", serde_json::json!({}));
    primary.apply(&format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: istio-remote-secret-two\n  namespace: istio-system\n  labels:\n    istio/multiCluster: \"true\"\ndata:\n  cluster-two: {data}\n"
    ));
    let r = primary.run(&["analyze", "-A"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    // The primary's ID is its context (kube-sim's kubeconfig names it `kube-sim`).
    assert!(r.stdout.contains("[cluster-cluster-two] (DestinationRule default/remote-rule)"), "{}", r.stdout);
    let mc: Vec<&str> = r.stdout.lines().filter(|l| l.contains("[IST0170]")).collect();
    assert_eq!(mc.len(), 1, "{}", r.stdout);
    assert!(mc[0].contains(r#"["cluster-two" "kube-sim"]"#), "{}", mc[0]);
    assert!(!r.stdout.contains("remote-token-value") && !r.stderr.contains("remote-token-value"));

    // An unlabelled Secret is not a remote cluster.
    primary.apply(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: istio-remote-secret-two\n  namespace: istio-system\n  labels:\n    istio/multiCluster: \"false\"\n",
    );
    let single = primary.run(&["analyze", "-A"]);
    assert!(!single.stdout.contains("[cluster-"), "{}", single.stdout);
    assert!(!single.stdout.contains("remote-rule"), "{}", single.stdout);

    // A malformed kubeconfig in a labelled Secret: named by Secret, key and line, never quoted.
    let broken = "apiVersion: v1\nusers:\n- name: u\n  user:\n    token: topsecret-value\n   oops: [\n";
    let data = base64::engine::general_purpose::STANDARD.encode(broken);
    primary.apply(&format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: istio-remote-secret-bad\n  namespace: istio-system\n  labels:\n    istio/multiCluster: \"true\"\ndata:\n  bad: {data}\n"
    ));
    let bad = primary.run(&["analyze", "-A"]);
    assert_eq!(bad.code, 1, "{}", bad.transcript());
    assert!(
        bad.stderr.contains("Secret istio-system/istio-remote-secret-bad") && bad.stderr.contains("line"),
        "{}",
        bad.stderr
    );
    assert!(!bad.stderr.contains("topsecret-value"), "{}", bad.stderr);
}

#[test]
fn an_unreachable_remote_fails_fast_without_its_credentials() {
    let c = Cluster::start();
    let tmp = tempfile::tempdir().unwrap();
    let kc = tmp.path().join("kc");
    std::fs::write(
        &kc,
        kubeconfig(&[
            ("main", "main", c.sim.url(), None),
            ("gone", "gone", "http://127.0.0.1:9", Some("s3cr3t-token")),
        ]),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let r = run_with(&kc, &["analyze", "-A", "--remote-contexts", "gone"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("cannot reach the Kubernetes API server"), "{}", r.stderr);
    assert!(!r.stderr.contains("s3cr3t-token") && !r.stdout.contains("s3cr3t-token"), "{}", r.stderr);
    // A hang guard, not a speed figure: "fails fast" means no wait for informers or retries.
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "hung: {:?}", started.elapsed());
    // A context the kubeconfig does not have is an error too.
    let missing = run_with(&kc, &["analyze", "-A", "--remote-contexts", "nosuch"]);
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    assert!(missing.stderr.contains("nosuch"), "{}", missing.stderr);
}

/// A kube client for a simulator, as a controller would have.
async fn client_for(c: &Cluster) -> kube::Client {
    let kc = kube::config::Kubeconfig::read_from(c.kubeconfig()).unwrap();
    let config = kube::Config::from_custom_kubeconfig(kc, &Default::default()).await.unwrap();
    kube::Client::try_from(config).unwrap()
}

/// Registers Gateway-API kinds with minimal CRDs (v1, namespaced, status subresource) and
/// waits until discovery serves them.
fn gateway_api_kinds(c: &Cluster, kinds: &[(&str, &str)]) {
    for (kind, plural) in kinds {
        let crd = serde_json::json!({
            "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
            "metadata": {"name": format!("{plural}.gateway.networking.k8s.io")},
            "spec": {"group": "gateway.networking.k8s.io", "scope": "Namespaced",
                "names": {"plural": plural, "singular": kind.to_lowercase(), "kind": kind, "listKind": format!("{kind}List")},
                "versions": [{"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
                    "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]}
        });
        c.apply(&crd.to_string());
    }
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let client = client_for(c).await;
        for (kind, _) in kinds {
            let gvk = kube::api::GroupVersionKind::gvk("gateway.networking.k8s.io", "v1", kind);
            let mut served = false;
            for _ in 0..200 {
                if kube::discovery::pinned_kind(&client, &gvk).await.is_ok() {
                    served = true;
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(25)).await;
            }
            assert!(served, "{kind} is never served");
        }
    });
}

/// Writes `status` through the `/status` subresource, the way a controller reports.
fn write_status(
    c: &Cluster,
    api_version: &str,
    kind: &str,
    plural: &str,
    name: &str,
    status: serde_json::Value,
) {
    use kube::api::{Api, ApiResource, DynamicObject, GroupVersionKind, Patch, PatchParams};
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    let ar = ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let api: Api<DynamicObject> = Api::namespaced_with(client_for(c).await, "default", &ar);
        let patch = serde_json::json!({"status": status});
        api.patch_status(name, &PatchParams::default(), &Patch::Merge(&patch)).await.unwrap();
    });
}

#[test]
fn status_written_by_a_controller_is_analyzed_as_from_files() {
    let c = Cluster::start();
    c.apply(&crds());
    gateway_api_kinds(
        &c,
        &[("Gateway", "gateways"), ("HTTPRoute", "httproutes"), ("GRPCRoute", "grpcroutes")],
    );
    let bound = |reason: &str| serde_json::json!({"conditions": [{"type": "istio.io/WaypointBound", "status": "False", "reason": reason, "message": "no waypoint"}]});
    // (apiVersion, kind, plural, name, spec, status)
    let objects = [
        (
            "v1",
            "Service",
            "services",
            "web",
            serde_json::json!({"ports": [{"name": "http", "port": 80}]}),
            bound("SvcGone"),
        ),
        (
            "networking.istio.io/v1",
            "ServiceEntry",
            "serviceentries",
            "ext",
            serde_json::json!({"hosts": ["ext.example.com"], "ports": [{"number": 80, "name": "http", "protocol": "HTTP"}], "resolution": "DNS"}),
            bound("SeGone"),
        ),
        (
            "networking.istio.io/v1",
            "WorkloadEntry",
            "workloadentries",
            "vm",
            serde_json::json!({"address": "10.0.0.1"}),
            bound("WeGone"),
        ),
        (
            "security.istio.io/v1",
            "AuthorizationPolicy",
            "authorizationpolicies",
            "deny",
            serde_json::json!({}),
            serde_json::json!({"conditions": [{"type": "ZtunnelAccepted", "status": "False", "reason": "UnsupportedValue", "message": "ztunnel cannot enforce"}]}),
        ),
        (
            "gateway.networking.k8s.io/v1",
            "Gateway",
            "gateways",
            "gw",
            serde_json::json!({"gatewayClassName": "istio", "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]}),
            serde_json::json!({"conditions": [{"type": "Programmed", "status": "False", "reason": "Invalid", "message": "no address"}]}),
        ),
        (
            "gateway.networking.k8s.io/v1",
            "HTTPRoute",
            "httproutes",
            "route",
            serde_json::json!({"parentRefs": [{"name": "gw"}]}),
            serde_json::json!({"parents": [{"parentRef": {"name": "gw"}, "controllerName": "istio.io/gateway-controller",
                "conditions": [{"type": "Accepted", "status": "False", "reason": "NotAllowedByListeners", "message": "no listener"}]}]}),
        ),
    ];
    let doc = |(av, kind, _, name, spec, status): &(
        &str,
        &str,
        &str,
        &str,
        serde_json::Value,
        serde_json::Value,
    )| {
        serde_json::json!({"apiVersion": av, "kind": kind, "metadata": {"name": name, "namespace": "default"}, "spec": spec, "status": status})
    };
    // Created with a status in the manifest: the API server drops it (status subresource).
    for o in &objects {
        c.apply(&doc(o).to_string());
    }
    let args = ["analyze", "-n", "default", "--analyzer", "conditions.ConditionAnalyzer"];
    let before = c.run(&args);
    assert!(!before.stdout.contains("IST0171"), "no status yet: {}\n{}", before.stdout, before.stderr);
    // Each controller reports through /status.
    for (av, kind, plural, name, _, status) in &objects {
        write_status(&c, av, kind, plural, name, status.clone());
    }
    let live = c.run(&args);
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("objects.yaml");
    let text: Vec<String> = objects.iter().map(|o| serde_json::to_string(&doc(o)).unwrap()).collect();
    std::fs::write(&file, text.join("\n---\n")).unwrap();
    let offline = c.run(&[
        "analyze",
        "--use-kube=false",
        "-n",
        "default",
        "--analyzer",
        "conditions.ConditionAnalyzer",
        file.to_str().unwrap(),
    ]);
    let live_findings = findings(&live.stdout);
    assert_eq!(live_findings.len(), objects.len(), "one per object: {}\n{}", live.stdout, live.stderr);
    for (_, kind, _, name, _, _) in &objects {
        assert!(
            live_findings.iter().any(|f| f.contains(&format!("({kind} default/{name})"))),
            "{kind} {name}: {live_findings:?}"
        );
    }
    assert_eq!(live_findings, findings(&offline.stdout), "files:\n{}\n{}", offline.stdout, offline.stderr);
    assert_eq!(live.code, offline.code);
}

/// The mesh ConfigMap of a revision (`istio` for "", else `istio-<rev>`) with `mesh` text.
fn mesh_configmap(c: &Cluster, revision: &str, mesh: &str) {
    let name = if revision.is_empty() { "istio".to_string() } else { format!("istio-{revision}") };
    let cm = serde_json::json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": "istio-system"}, "data": {"mesh": mesh}});
    c.apply(&cm.to_string());
}

#[test]
fn the_revision_picks_its_mesh_config() {
    let c = Cluster::start();
    c.apply(&crds());
    c.namespace("policies", serde_json::json!({}));
    // A selector-less policy outside the root namespace, with no pods to apply to: IST0127,
    // unless the mesh config makes `policies` the root namespace.
    c.apply("apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: allow-nothing\n  namespace: policies\nspec: {}\n");
    c.install_revision("canary");
    mesh_configmap(&c, "", "rootNamespace: istio-system\n");
    mesh_configmap(&c, "canary", "rootNamespace: policies\n");
    let args = ["analyze", "-n", "policies", "--analyzer", "auth.AuthorizationPoliciesAnalyzer"];
    let fires = |r: &Run| r.stdout.contains("[IST0127] (AuthorizationPolicy policies/allow-nothing)");
    let default = c.run(&args);
    assert!(fires(&default), "ConfigMap istio: {}\n{}", default.stdout, default.stderr);
    let mut canary_args = args.to_vec();
    canary_args.extend(["-r", "canary"]);
    let canary = c.run(&canary_args);
    assert!(!fires(&canary), "ConfigMap istio-canary: {}\n{}", canary.stdout, canary.stderr);
    // --meshConfigFile wins over the revision's ConfigMap.
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("mesh.yaml");
    std::fs::write(&file, "rootNamespace: istio-system\n").unwrap();
    canary_args.extend(["--meshConfigFile", file.to_str().unwrap()]);
    let overridden = c.run(&canary_args);
    assert!(fires(&overridden), "{}\n{}", overridden.stdout, overridden.stderr);
    // Without -r, the revision the default tag points at.
    c.ok(&["tag", "set", "default", "--revision", "canary", "--overwrite"]);
    let tagged = c.run(&args);
    assert!(!fires(&tagged), "the default tag points at canary: {}\n{}", tagged.stdout, tagged.stderr);
    // A revision without its own ConfigMap analyzes with the mesh defaults (root istio-system).
    let missing = c.run(&[&args[..], &["-r", "nosuch"]].concat());
    assert!(fires(&missing), "{}\n{}", missing.stdout, missing.stderr);
    // One whose mesh text does not decode: the defaults too, and a warning naming it.
    mesh_configmap(&c, "canary", "rootNamespace: policies\nproxyListenPort: -1\n");
    let bad = c.run(&args);
    assert!(fires(&bad), "{}\n{}", bad.stdout, bad.stderr);
    let want = "Warning: ignoring the mesh config in ConfigMap istio-system/istio-canary: mesh: proxyListenPort: \
                invalid proxy listen port";
    assert!(bad.stderr.contains(want), "{}", bad.stderr);
    assert!(!tagged.stderr.contains("Warning: ignoring"), "{}", tagged.stderr);
}

/// A VirtualService routing to a host no Service has (IST0101, Error) and a DestinationRule
/// with SIMPLE TLS and no CA (IST0128, Warning), both in `default`.
fn error_and_warning(c: &Cluster) {
    c.apply(&crds());
    c.apply("apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews\n  namespace: default\nspec:\n  hosts: [reviews]\n  http:\n  - route:\n    - destination:\n        host: nosuch\n");
    c.apply(&tls_rule("ratings"));
}

#[test]
fn every_output_format_and_exit_code_against_the_cluster() {
    let c = Cluster::start();
    error_and_warning(&c);
    let base = ["analyze", "-n", "default"];
    let with = |extra: &[&str]| c.run(&[&base[..], extra].concat());
    // log: both findings, exit 79 and upstream's two-line error.
    let log = with(&[]);
    assert_eq!(log.code, 79, "{}", log.transcript());
    assert!(
        log.stdout.contains(
            "Error [IST0101] (VirtualService default/reviews) Referenced host not found: \"nosuch\""
        ),
        "{}",
        log.stdout
    );
    assert!(log.stdout.contains("Warning [IST0128] (DestinationRule default/ratings)"), "{}", log.stdout);
    assert!(
        log.stderr.contains("Analyzers found issues when analyzing namespace: default."),
        "{}",
        log.stderr
    );
    // json / yaml / sarif: one document on stdout with the same findings; exit 79 in every
    // format (the deliberate fix of istio/istio#35054).
    let json = with(&["-o", "json"]);
    assert_eq!(json.code, 79, "{}", json.transcript());
    let arr: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let codes: Vec<&str> = arr.as_array().unwrap().iter().map(|m| m["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"IST0101") && codes.contains(&"IST0128"), "{}", json.stdout);
    assert!(
        arr.as_array().unwrap().iter().all(|m| m.get("reference").is_none() && m.get("cluster").is_none())
    );
    let yaml = with(&["-o", "yaml"]);
    assert_eq!(yaml.code, 79, "{}", yaml.transcript());
    let docs: serde_json::Value = serde_saphyr::from_str(&yaml.stdout).unwrap();
    assert_eq!(docs, arr, "yaml carries what json does");
    let sarif = with(&["-o", "sarif"]);
    assert_eq!(sarif.code, 79, "{}", sarif.transcript());
    let log_doc: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    assert_eq!(log_doc["runs"][0]["results"].as_array().unwrap().len(), arr.as_array().unwrap().len());
    // Thresholds: only the Warning left (the Error suppressed) exits 0, and 79 with
    // --failure-threshold Warning; --output-threshold Error then hides it and says so.
    let warn_only = with(&["-S", "IST0101=VirtualService default/reviews"]);
    assert_eq!(warn_only.code, 0, "{}", warn_only.transcript());
    let strict = with(&["-S", "IST0101=*", "--failure-threshold", "Warning"]);
    assert_eq!(strict.code, 79, "{}", strict.transcript());
    let quiet = with(&["-S", "IST0101=*", "--output-threshold", "Error"]);
    assert_eq!(quiet.code, 0, "{}", quiet.transcript());
    assert_eq!(quiet.stdout, "\n", "nothing shown: {}", quiet.transcript());
    assert!(
        quiet.stderr.contains("\u{2714} No validation issues found when analyzing namespace: default."),
        "{}",
        quiet.stderr
    );
    // A file that does not parse, on top of the live state: 65 unless --ignore-unknown (the
    // findings below the failure threshold).
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.yaml");
    std::fs::write(
        &bad,
        "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: x}\nspec: {hosts: 5}\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let parse = with(&["-S", "IST0101=*", "--failure-threshold", "Error", bad]);
    assert_eq!(parse.code, 65, "{}", parse.transcript());
    let ignored = with(&["-S", "IST0101=*", "--ignore-unknown", bad]);
    assert_eq!(ignored.code, 0, "{}", ignored.transcript());
    // Usage errors stay 64 with a cluster.
    assert_eq!(with(&["-o", "table"]).code, 64);
    assert_eq!(with(&["--failure-threshold", "fatal"]).code, 64);
    // -A: findings of every namespace; a namespace without warnings: the ✔ line and exit 0.
    c.namespace("clean", serde_json::json!({}));
    let all = c.run(&["analyze", "-A"]);
    assert_eq!(all.code, 79);
    assert!(all.stderr.contains("when analyzing all namespaces."), "{}", all.stderr);
    // (Its only message is IST0102, Info: the namespace is not injected.)
    let clean = c.run(&["analyze", "-n", "clean", "--output-threshold", "Warning"]);
    assert_eq!(clean.code, 0, "{}", clean.transcript());
    assert!(
        clean.stderr.contains("No validation issues found when analyzing namespace: clean."),
        "{}",
        clean.stderr
    );
}

#[test]
fn secrets_that_may_not_be_listed_leave_one_cluster() {
    let c = Cluster::start_with(Options { deny: vec!["secrets".into()], ..Options::default() });
    c.apply(&crds());
    c.apply(&tls_rule("one"));
    let r = c.run(&["analyze", "-A"]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert_eq!(r.stderr.matches("cannot list the remote-cluster Secrets").count(), 1, "{}", r.stderr);
    assert!(
        r.stdout.contains("(DestinationRule default/one)") && !r.stdout.contains("[cluster-"),
        "{}",
        r.stdout
    );
}
