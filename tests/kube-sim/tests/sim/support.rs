//! Test helpers: start a simulator, raw HTTP requests, reading watch lines, kube-rs clients.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use kube_sim::{KubeSim, Options};
use serde_json::{Value, json};

pub fn sim() -> KubeSim {
    KubeSim::start(Options::default()).expect("start kube-sim")
}

pub fn sim_with(opts: Options) -> KubeSim {
    KubeSim::start(opts).expect("start kube-sim")
}

pub struct Resp {
    pub code: u16,
    pub headers: hyper::HeaderMap,
    pub body: Value,
}

fn http() -> Client<HttpConnector, Full<Bytes>> {
    Client::builder(TokioExecutor::new()).build_http()
}

pub async fn send(sim: &KubeSim, method: &str, path: &str, ct: Option<&str>, accept: Option<&str>, body: Option<String>) -> Resp {
    let mut b = hyper::Request::builder().method(method).uri(format!("{}{}", sim.url(), path));
    if let Some(ct) = ct {
        b = b.header("content-type", ct);
    }
    if let Some(a) = accept {
        b = b.header("accept", a);
    }
    let req = b.body(Full::new(Bytes::from(body.unwrap_or_default()))).unwrap();
    let resp = http().request(req).await.expect("request");
    let code = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or_else(|_| json!(String::from_utf8_lossy(&bytes)));
    Resp { code, headers, body }
}

pub async fn get(sim: &KubeSim, path: &str) -> Resp {
    send(sim, "GET", path, None, None, None).await
}

pub async fn post(sim: &KubeSim, path: &str, body: Value) -> Resp {
    send(sim, "POST", path, Some("application/json"), None, Some(body.to_string())).await
}

pub async fn put(sim: &KubeSim, path: &str, body: Value) -> Resp {
    send(sim, "PUT", path, Some("application/json"), None, Some(body.to_string())).await
}

pub async fn patch(sim: &KubeSim, path: &str, ct: &str, body: &str) -> Resp {
    send(sim, "PATCH", path, Some(ct), None, Some(body.to_string())).await
}

pub async fn delete(sim: &KubeSim, path: &str, body: Option<Value>) -> Resp {
    send(sim, "DELETE", path, Some("application/json"), None, body.map(|b| b.to_string())).await
}

/// An open watch: yields parsed lines.
pub struct Watch {
    body: Incoming,
    buf: Vec<u8>,
    pub headers: hyper::HeaderMap,
    pub code: u16,
}

impl Watch {
    pub async fn open(sim: &KubeSim, path: &str) -> Watch {
        let req = hyper::Request::get(format!("{}{}", sim.url(), path)).body(Full::new(Bytes::new())).unwrap();
        // Headers must arrive before any event does.
        let resp = tokio::time::timeout(Duration::from_secs(5), http().request(req)).await.expect("watch headers in time").unwrap();
        Watch { code: resp.status().as_u16(), headers: resp.headers().clone(), body: resp.into_body(), buf: Vec::new() }
    }

    /// The next event line, or None when the stream ends or `wait` passes without one.
    pub async fn next(&mut self, wait: Duration) -> Option<Value> {
        loop {
            if let Some(i) = self.buf.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = self.buf.drain(..=i).collect();
                let text = std::str::from_utf8(&line[..line.len() - 1]).unwrap();
                assert!(!text.contains('\n'));
                return Some(serde_json::from_str(text).expect("one JSON event per line"));
            }
            match tokio::time::timeout(wait, self.body.frame()).await {
                Ok(Some(Ok(f))) => {
                    if let Ok(d) = f.into_data() {
                        self.buf.extend_from_slice(&d);
                    }
                }
                _ => return None,
            }
        }
    }

    /// Events until `n` arrived (panics when they do not arrive within 5 s each).
    pub async fn take(&mut self, n: usize) -> Vec<Value> {
        let mut out = Vec::new();
        while out.len() < n {
            out.push(self.next(Duration::from_secs(5)).await.unwrap_or_else(|| panic!("expected {n} events, got {out:?}")));
        }
        out
    }
}

pub fn kube_client(sim: &KubeSim) -> kube::Client {
    let cfg = kube::Config::new(sim.url().parse().unwrap());
    kube::Client::try_from(cfg).unwrap()
}

pub async fn kube_client_from_kubeconfig(path: &std::path::Path) -> kube::Result<kube::Client> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let kc = kube::config::Kubeconfig::read_from(path).unwrap();
    let cfg = kube::Config::from_custom_kubeconfig(kc, &kube::config::KubeConfigOptions::default()).await.unwrap();
    kube::Client::try_from(cfg)
}

/// Poll until `f` returns Some (at most ~10 s), for controller-driven state.
pub async fn eventually<T>(mut f: impl FnMut() -> Option<T>) -> T {
    for _ in 0..1000 {
        if let Some(v) = f() {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("condition not reached in time")
}

pub fn crd(group: &str, kind: &str, plural: &str, status: bool) -> Value {
    let mut v = json!({"name": "v1", "served": true, "storage": true, "schema": {"openAPIV3Schema": {"type": "object", "properties": {
        "spec": {"type": "object", "properties": {
            "size": {"type": "integer"},
            "tags": {"type": "array", "items": {"type": "string"}, "x-kubernetes-list-type": "set"},
            "ports": {"type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["port"],
                      "items": {"type": "object", "properties": {"port": {"type": "integer"}, "name": {"type": "string"}}}},
            "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
            "gatewayClassName": {"type": "string"}}},
        "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}});
    if status {
        v["subresources"] = json!({"status": {}});
    }
    json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": format!("{plural}.{group}")},
        "spec": {"group": group, "scope": "Namespaced", "names": {"plural": plural, "singular": kind.to_lowercase(), "kind": kind, "shortNames": ["wd"]},
                 "versions": [v]}})
}

pub async fn create_ns(sim: &KubeSim, name: &str) {
    let r = post(sim, "/api/v1/namespaces", json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})).await;
    assert_eq!(r.code, 201, "{}", r.body);
}

pub fn rv(v: &Value) -> u64 {
    v["metadata"]["resourceVersion"].as_str().unwrap().parse().unwrap()
}
