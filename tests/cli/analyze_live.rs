//! `istioctl analyze` against a live cluster (kube-sim): the same findings as from files, files
//! over live state, namespace scoping, a kind the user may not list, a missing namespace, and an
//! unreachable server.

use kube_sim::Options;

use crate::support::Cluster;
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

fn run_with(kubeconfig: &std::path::Path, args: &[&str]) -> crate::cluster::Run {
    let out = istioctl().arg("--kubeconfig").arg(kubeconfig).args(args).write_stdin("").output().unwrap();
    crate::cluster::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
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
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "took {:?}", started.elapsed());
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
