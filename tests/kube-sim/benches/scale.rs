//! Benchmark (not a test): kube-sim as it fills up to mesh scale. Loads a mixed mesh (Deployments
//! whose ReplicaSets and Pods the simulated controllers create, Services, VirtualServices,
//! DestinationRules, Sidecars, AuthorizationPolicies across 50 namespaces) in steps, and at 0, 2k
//! and 20k stored objects measures server-side apply throughput over 8 connections, the latency
//! of one apply at a time, and a list of 5k objects. Run with `cargo bench -p istioctl -p kube-sim
//! --bench scale` (release). `KUBE_SIM_SCALE=N` changes the top size (default 20000).

use std::time::{Duration, Instant};

use futures::{StreamExt, stream};
use kube::api::{Api, ApiResource, DynamicObject, ListParams, Patch, PatchParams};
use kube::core::GroupVersionKind;
use serde_json::{Value, json};

#[path = "sim_process.rs"]
mod sim_process;

const NAMESPACES: usize = 50;

fn ar(group: &str, version: &str, kind: &str, plural: &str) -> ApiResource {
    ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural)
}

/// A minimal CRD for an Istio kind: a structural schema that keeps any spec.
fn crd(group: &str, kind: &str, plural: &str) -> Value {
    json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": format!("{plural}.{group}")},
        "spec": {"group": group, "scope": "Namespaced",
            "names": {"kind": kind, "plural": plural, "singular": kind.to_lowercase(), "listKind": format!("{kind}List")},
            "versions": [{"name": "v1", "served": true, "storage": true,
                "schema": {"openAPIV3Schema": {"type": "object", "properties": {"spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}}]}})
}

/// The i-th object of the load mix, as (resource, namespace, name, body). One unit of the mix is
/// a Deployment (which the controllers turn into a ReplicaSet and a Pod), its Service, and one
/// each of the Istio kinds — 8 stored objects.
fn mix(i: usize, kinds: &[ApiResource]) -> Vec<(ApiResource, String, String, Value)> {
    let ns = format!("ns-{}", i % NAMESPACES);
    let app = format!("app-{i}");
    let host = format!("{app}.{ns}.svc.cluster.local");
    let labels = json!({"app": app});
    let bodies = [
        json!({"spec": {"replicas": 1, "selector": {"matchLabels": labels}, "template": {"metadata": {"labels": labels},
            "spec": {"containers": [{"name": "app", "image": "registry.local/app:1.0", "ports": [{"containerPort": 8080}]}]}}}}),
        json!({"spec": {"selector": labels, "ports": [{"name": "http", "port": 80, "targetPort": 8080}]}}),
        json!({"spec": {"hosts": [host], "http": [{"route": [{"destination": {"host": host, "subset": "v1"}}]}]}}),
        json!({"spec": {"host": host, "subsets": [{"name": "v1", "labels": {"version": "v1"}}]}}),
        json!({"spec": {"workloadSelector": {"labels": labels}, "egress": [{"hosts": ["./*"]}]}}),
        json!({"spec": {"selector": {"matchLabels": labels}, "rules": [{"from": [{"source": {"namespaces": [ns.clone()]}}]}]}}),
    ];
    kinds
        .iter()
        .zip(bodies)
        .map(|(k, mut body)| {
            body["apiVersion"] = json!(k.api_version);
            body["kind"] = json!(k.kind);
            body["metadata"] = json!({"name": app, "namespace": ns});
            (k.clone(), ns.clone(), app.clone(), body)
        })
        .collect()
}

async fn apply_all(
    client: &kube::Client,
    items: Vec<(ApiResource, String, String, Value)>,
    concurrency: usize,
) -> (usize, f64) {
    let n = items.len();
    let start = Instant::now();
    let pp = PatchParams::apply("bench").force();
    stream::iter(items)
        .map(|(k, ns, name, body)| {
            let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, &k);
            let pp = pp.clone();
            async move {
                api.patch(&name, &pp, &Patch::Apply(&body)).await.expect("apply");
            }
        })
        .buffer_unordered(concurrency)
        .collect::<Vec<_>>()
        .await;
    (n, start.elapsed().as_secs_f64())
}

/// Stored objects (every served kind, all namespaces).
async fn count(client: &kube::Client, kinds: &[ApiResource]) -> usize {
    let mut n = 0;
    for k in kinds {
        let api: Api<DynamicObject> = Api::all_with(client.clone(), k);
        n += api.list(&ListParams::default()).await.map(|l| l.items.len()).unwrap_or(0);
    }
    n
}

/// Throughput over 8 connections and the latency of single applies, with `stored` objects loaded.
async fn measure(client: &kube::Client, label: &str, stored: usize) {
    let cm = ar("", "v1", "ConfigMap", "configmaps");
    let body = |name: &str| {
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "default", "labels": {"bench": label}},
            "data": {"payload": "x".repeat(64)}})
    };
    let items: Vec<_> = (0..1000)
        .map(|i| {
            (cm.clone(), "default".to_string(), format!("{label}-par-{i}"), body(&format!("{label}-par-{i}")))
        })
        .collect();
    let (n, secs) = apply_all(client, items, 8).await;
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), "default", &cm);
    let pp = PatchParams::apply("bench").force();
    let mut lat = Vec::new();
    for i in 0..200 {
        let name = format!("{label}-seq-{i}");
        let t = Instant::now();
        api.patch(&name, &pp, &Patch::Apply(&body(&name))).await.expect("apply");
        lat.push(t.elapsed());
    }
    lat.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{stored:>6} objects stored: {:>6.0} applies/s over 8 connections; one at a time: median {:.2} ms, p90 {:.2} ms",
        n as f64 / secs,
        ms(lat[lat.len() / 2]),
        ms(lat[lat.len() * 9 / 10])
    );
}

fn main() {
    let top: usize = std::env::var("KUBE_SIM_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let sim = sim_process::SimProcess::start(&["--nodes", "3"]);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let client = sim.client();
        let crds = Api::<DynamicObject>::all_with(client.clone(), &ar("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions"));
        let pp = PatchParams::apply("bench").force();
        for (g, k, p) in [
            ("networking.istio.io", "VirtualService", "virtualservices"),
            ("networking.istio.io", "DestinationRule", "destinationrules"),
            ("networking.istio.io", "Sidecar", "sidecars"),
            ("security.istio.io", "AuthorizationPolicy", "authorizationpolicies"),
        ] {
            let c = crd(g, k, p);
            crds.patch(c["metadata"]["name"].as_str().unwrap(), &pp, &Patch::Apply(&c)).await.expect("crd");
        }
        let nsapi = Api::<DynamicObject>::all_with(client.clone(), &ar("", "v1", "Namespace", "namespaces"));
        for i in 0..NAMESPACES {
            let name = format!("ns-{i}");
            nsapi.patch(&name, &pp, &Patch::Apply(&json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}}))).await.expect("ns");
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        let kinds = vec![
            ar("apps", "v1", "Deployment", "deployments"),
            ar("", "v1", "Service", "services"),
            ar("networking.istio.io", "v1", "VirtualService", "virtualservices"),
            ar("networking.istio.io", "v1", "DestinationRule", "destinationrules"),
            ar("networking.istio.io", "v1", "Sidecar", "sidecars"),
            ar("security.istio.io", "v1", "AuthorizationPolicy", "authorizationpolicies"),
        ];
        let mut counted = kinds.clone();
        counted.extend([ar("apps", "v1", "ReplicaSet", "replicasets"), ar("", "v1", "Pod", "pods"), ar("", "v1", "ConfigMap", "configmaps")]);
        let mut units = 0;
        for step in [0usize, 2_000, top] {
            // 8 stored objects per unit of the mix (6 applied + a ReplicaSet and a Pod).
            let want_units = step / 8;
            if want_units > units {
                let items: Vec<_> = (units..want_units).flat_map(|i| mix(i, &kinds)).collect();
                let (n, secs) = apply_all(&client, items, 8).await;
                println!("loaded {n} objects in {secs:.1} s ({:.0}/s)", n as f64 / secs);
                units = want_units;
                // Let the controllers catch up (ReplicaSets, Pods, status).
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
            let stored = count(&client, &counted).await;
            measure(&client, &format!("s{step}"), stored).await;
        }
        let cm = ar("", "v1", "ConfigMap", "configmaps");
        let vs = Api::<DynamicObject>::all_with(client.clone(), &cm);
        let have = vs.list(&ListParams::default()).await.unwrap().items.len();
        let top_up: Vec<_> = (have..5_000)
            .map(|i| {
                let name = format!("list-{i}");
                let body = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "default"}, "data": {"payload": "x".repeat(64)}});
                (cm.clone(), "default".to_string(), name, body)
            })
            .collect();
        apply_all(&client, top_up, 8).await;
        let mut times = Vec::new();
        let mut listed = 0;
        for _ in 0..5 {
            let t = Instant::now();
            listed = vs.list(&ListParams::default()).await.unwrap().items.len();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!("list of {listed} objects (all namespaces): median {:.1} ms", times[2]);
        let pods = Api::<DynamicObject>::all_with(client.clone(), &ar("", "v1", "Pod", "pods"));
        let t = Instant::now();
        let n = pods.list(&ListParams::default()).await.unwrap().items.len();
        println!("list of {n} pods (all namespaces): {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    });
    println!("kube-sim peak memory (VmHWM): {} KiB", sim.peak_kib());
}
