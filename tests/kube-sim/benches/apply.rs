//! Benchmark (not a test): 2,000 server-side applies of small ConfigMaps with the kube-rs client
//! against a kube-sim process, then one list. Prints requests/second and kube-sim's peak memory
//! (VmHWM). Run with `cargo bench -p kube-sim` (release profile).

use std::time::Instant;

use futures::{StreamExt, stream};
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, ListParams, Patch, PatchParams};
use serde_json::json;

#[path = "sim_process.rs"]
mod sim_process;

const N: usize = 2000;

async fn run(api: &Api<ConfigMap>, concurrency: usize, prefix: &str) -> f64 {
    let start = Instant::now();
    let pp = PatchParams::apply("bench").force();
    stream::iter(0..N)
        .map(|i| {
            let api = api.clone();
            let pp = pp.clone();
            let name = format!("{prefix}-{i}");
            async move {
                let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "labels": {"bench": prefix}},
                    "data": {"index": i.to_string(), "payload": "x".repeat(64)}});
                api.patch(&name, &pp, &Patch::Apply(&cm)).await.expect("apply");
            }
        })
        .buffer_unordered(concurrency)
        .collect::<Vec<_>>()
        .await;
    start.elapsed().as_secs_f64()
}

fn main() {
    let sim = sim_process::SimProcess::start(&[]);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    rt.block_on(async {
        let client = sim.client();
        let api: Api<ConfigMap> = Api::namespaced(client, "default");
        for (concurrency, prefix) in [(1, "seq"), (8, "par")] {
            let secs = run(&api, concurrency, prefix).await;
            println!("{N} server-side applies, concurrency {concurrency}: {secs:.2} s = {:.0} requests/s", N as f64 / secs);
        }
        let start = Instant::now();
        let list = api.list(&ListParams::default()).await.unwrap();
        println!("list of {} ConfigMaps: {:.1} ms", list.items.len(), start.elapsed().as_secs_f64() * 1000.0);
    });
    println!("kube-sim peak memory (VmHWM): {} KiB", sim.peak_kib());
}
