//! `istioctl dashboard` end to end: kube-sim holds a pod per addon labelled as Istio's sample
//! addons label theirs, each forwarding (annotation `kube-sim.dev/forward-to`) to an HTTP server
//! started here; the built binary runs as a long-lived child, and real clients (hyper, a
//! WebSocket client, headless Chromium) go through the URL it prints. Ctrl-C must exit 0.

use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

use crate::support::Cluster;

// ---------------------------------------------------------------------------------------------
// The application behind the forward: a small HTTP server that names itself and the path it was
// asked for, serves a page for the browser test, and echoes WebSocket messages on /ws.

const PAGE: &str = r#"<!doctype html>
<html><head><title>through the forward</title><script src="/app.js"></script></head>
<body><div id="sync">waiting</div><div id="async">waiting</div>
<script>start();</script></body></html>"#;

const APP_JS: &str = r#"function start() {
  var x = new XMLHttpRequest();
  x.open('GET', '/data.json', false);
  x.send();
  document.getElementById('sync').textContent = 'sync:' + JSON.parse(x.responseText).word;
  fetch('/more.json').then(function (r) { return r.json(); }).then(function (d) {
    document.getElementById('async').textContent = 'async:' + d.word;
  });
}"#;

struct App {
    port: u16,
    hits: Arc<Mutex<Vec<String>>>,
}

async fn app_response(
    name: String,
    hits: Arc<Mutex<Vec<String>>>,
    req: Request<Incoming>,
) -> Response<Full<Bytes>> {
    let path = req.uri().path().to_string();
    hits.lock().unwrap().push(path.clone());
    if path == "/ws" {
        let key = req.headers().get("sec-websocket-key").map(|k| k.as_bytes().to_vec()).unwrap_or_default();
        let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(&key);
        tokio::spawn(async move {
            let Ok(up) = hyper::upgrade::on(req).await else { return };
            let mut ws = tokio_tungstenite::WebSocketStream::from_raw_socket(
                TokioIo::new(up),
                tokio_tungstenite::tungstenite::protocol::Role::Server,
                None,
            )
            .await;
            while let Some(Ok(m)) = ws.next().await {
                if m.is_text() || m.is_binary() {
                    if ws.send(m).await.is_err() {
                        break;
                    }
                } else if m.is_close() {
                    break;
                }
            }
        });
        return Response::builder()
            .status(101)
            .header("upgrade", "websocket")
            .header("connection", "Upgrade")
            .header("sec-websocket-accept", accept)
            .body(Full::new(Bytes::new()))
            .unwrap();
    }
    let (ctype, body) = match path.as_str() {
        "/browser" => ("text/html", PAGE.to_string()),
        "/app.js" => ("application/javascript", APP_JS.to_string()),
        "/data.json" => ("application/json", json!({"word": format!("{name}-data")}).to_string()),
        "/more.json" => ("application/json", json!({"word": format!("{name}-more")}).to_string()),
        _ => ("text/plain", format!("{name} {path}")),
    };
    Response::builder().header("content-type", ctype).body(Full::new(Bytes::from(body))).unwrap()
}

/// Starts an app named `name` on 127.0.0.1 on the given runtime.
fn start_app(rt: &tokio::runtime::Runtime, name: &str) -> App {
    let listener = StdListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(Mutex::new(Vec::new()));
    let (name, h) = (name.to_string(), hits.clone());
    rt.spawn(async move {
        let listener = tokio::net::TcpListener::from_std(listener).unwrap();
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            let (name, h) = (name.clone(), h.clone());
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| {
                    let (name, h) = (name.clone(), h.clone());
                    async move { Ok::<_, std::convert::Infallible>(app_response(name, h, req).await) }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .with_upgrades()
                    .await;
            });
        }
    });
    App { port, hits }
}

// ---------------------------------------------------------------------------------------------
// Clients.

/// GET `url` on a fresh connection; returns (status, body).
async fn get(url: &str) -> Result<(u16, String), String> {
    let rest = url.strip_prefix("http://").ok_or("not an http URL")?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let stream =
        tokio::net::TcpStream::connect(authority).await.map_err(|e| format!("connect {authority}: {e}"))?;
    let (mut send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("handshake: {e}"))?;
    tokio::spawn(conn);
    let req = Request::get(path).header("host", authority).body(Full::new(Bytes::new())).unwrap();
    let res = send.send_request(req).await.map_err(|e| format!("request: {e}"))?;
    let status = res.status().as_u16();
    let body = res.into_body().collect().await.map_err(|e| format!("body: {e}"))?.to_bytes();
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

fn get_blocking(rt: &tokio::runtime::Runtime, url: &str) -> Result<(u16, String), String> {
    rt.block_on(async {
        tokio::time::timeout(Duration::from_secs(30), get(url)).await.map_err(|_| "timed out".to_string())?
    })
}

// ---------------------------------------------------------------------------------------------
// The command under test, as a long-lived child.

struct Dash {
    child: Child,
    url: String,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
}

fn reader(stream: impl Read + Send + 'static, into: Arc<Mutex<String>>) {
    std::thread::spawn(move || {
        let mut r = BufReader::new(stream);
        let mut line = String::new();
        while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
            into.lock().unwrap().push_str(&line);
            line.clear();
        }
    });
}

fn istioctl_path() -> PathBuf {
    assert_cmd::cargo::cargo_bin("istioctl")
}

/// Runs `istioctl --kubeconfig <sim> ARGS` with `env` changes (None removes) and waits for the
/// URL line. Panics with the output if the process ends first.
fn dash(cluster: &Cluster, args: &[&str], env: &[(&str, Option<&str>)]) -> Dash {
    let mut cmd = Command::new(istioctl_path());
    cmd.arg("--kubeconfig")
        .arg(cluster.kubeconfig())
        .args(args)
        .env_remove("KUBECONFIG")
        .env("HOME", std::env::temp_dir().join("istioctl-test-home"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let mut child = cmd.spawn().unwrap();
    let (stdout, stderr) = (Arc::new(Mutex::new(String::new())), Arc::new(Mutex::new(String::new())));
    reader(child.stdout.take().unwrap(), stdout.clone());
    reader(child.stderr.take().unwrap(), stderr.clone());
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let url = stdout.lock().unwrap().lines().find(|l| l.starts_with("http://")).map(str::to_string);
        if let Some(url) = url {
            return Dash { child, url, stdout, stderr };
        }
        if let Ok(Some(status)) = child.try_wait() {
            std::thread::sleep(Duration::from_millis(100));
            panic!(
                "istioctl {args:?} exited ({status}) before printing a URL\nstdout: {}\nstderr: {}",
                stdout.lock().unwrap(),
                stderr.lock().unwrap()
            );
        }
        assert!(Instant::now() < deadline, "no URL after 60 s; stderr: {}", stderr.lock().unwrap());
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Dash {
    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stderr contains `text`.
    fn await_stderr(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let s = self.stderr();
            if s.contains(text) {
                return s;
            }
            assert!(Instant::now() < deadline, "stderr never said {text:?}: {s}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Ctrl-C: the process must exit 0. Returns (stdout, stderr).
    fn interrupt(mut self) -> (String, String) {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            assert!(Instant::now() < deadline, "istioctl did not stop on SIGINT");
            std::thread::sleep(Duration::from_millis(20));
        };
        std::thread::sleep(Duration::from_millis(100));
        let (out, err) = (self.stdout.lock().unwrap().clone(), self.stderr());
        assert_eq!(status.code(), Some(0), "SIGINT should exit 0\nstdout: {out}\nstderr: {err}");
        (out, err)
    }
}

impl Drop for Dash {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// Cluster fixtures.

fn pod_yaml(
    ns: &str,
    name: &str,
    labels: serde_json::Value,
    target_port: u16,
    extra: serde_json::Value,
) -> String {
    let mut annotations = json!({"kube-sim.dev/forward-to": format!("127.0.0.1:{target_port}")});
    if let Some(m) = extra.as_object() {
        for (k, v) in m {
            annotations[k] = v.clone();
        }
    }
    json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": ns, "labels": labels, "annotations": annotations},
        "spec": {"containers": [{"name": "app", "image": "example/app:1"}]}})
    .to_string()
}

fn wait_running(cluster: &Cluster, ns: &str, name: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while cluster.get("", "pods", ns, name).and_then(|p| p.pointer("/status/phase").cloned())
        != Some(json!("Running"))
    {
        assert!(Instant::now() < deadline, "pod {ns}/{name} never ran");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn add_pod(cluster: &Cluster, ns: &str, name: &str, labels: serde_json::Value, port: u16) {
    cluster.apply(&pod_yaml(ns, name, labels, port, json!({})));
    wait_running(cluster, ns, name);
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn cluster_with_namespaces() -> Cluster {
    let c = Cluster::start();
    c.namespace("istio-system", json!({}));
    c
}

/// The label of each addon's pods in Istio's samples (selector `k=v`).
fn labels_of(selector: &str) -> serde_json::Value {
    let (k, v) = selector.split_once('=').unwrap();
    json!({k: v})
}

const UI_ADDONS: [(&str, &str, &str); 6] = [
    ("kiali", "app=kiali", "/kiali"),
    ("prometheus", "app.kubernetes.io/name=prometheus", "/"),
    ("grafana", "app.kubernetes.io/name=grafana", "/"),
    ("jaeger", "app=jaeger", "/"),
    ("zipkin", "app=zipkin", "/"),
    ("skywalking", "app=skywalking-ui", "/"),
];

// ---------------------------------------------------------------------------------------------
// Tests.

#[test]
fn every_addon_url_reaches_its_pod_at_the_right_path() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let mut apps = Vec::new();
    for (addon, selector, _) in UI_ADDONS {
        let app = start_app(&rt, addon);
        add_pod(&cluster, "istio-system", &format!("{addon}-0"), labels_of(selector), app.port);
        apps.push(app);
    }
    for (i, (addon, _, path)) in UI_ADDONS.iter().enumerate() {
        // upstream's aliases, in turn
        let verb = ["dashboard", "dash", "d"][i % 3];
        let d = dash(&cluster, &[verb, addon, "--browser=false"], &[]);
        assert!(d.url.starts_with("http://localhost:"), "{}", d.url);
        assert_eq!(d.url.ends_with("/kiali"), *addon == "kiali", "{}", d.url);
        let (status, body) = get_blocking(&rt, &d.url).unwrap();
        assert_eq!((status, body.as_str()), (200, format!("{addon} {path}").as_str()));
        let (out, _) = d.interrupt();
        assert!(out.ends_with("skipping opening a browser"), "{out:?}");
        assert!(apps[i].hits.lock().unwrap().contains(&path.to_string()));
    }
}

#[test]
fn port_address_and_port_in_use_fallback() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let app = start_app(&rt, "prom");
    add_pod(
        &cluster,
        "istio-system",
        "prometheus-0",
        labels_of("app.kubernetes.io/name=prometheus"),
        app.port,
    );

    // --port and --address 127.0.0.1, given before the addon (they are dashboard's flags)
    let free = StdListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let d = dash(
        &cluster,
        &["dashboard", "-p", &free.to_string(), "--address", "127.0.0.1", "--browser=false", "prometheus"],
        &[],
    );
    assert_eq!(d.url, format!("http://127.0.0.1:{free}"));
    assert_eq!(get_blocking(&rt, &format!("{}/graph", d.url)).unwrap(), (200, "prom /graph".into()));
    d.interrupt();

    // the remote port is preferred when free …
    let remote = StdListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let d = dash(
        &cluster,
        &["dashboard", "prometheus", "--ui-port", &remote.to_string(), "--browser=false"],
        &[],
    );
    assert_eq!(d.url, format!("http://localhost:{remote}"));
    assert_eq!(get_blocking(&rt, &d.url).unwrap().0, 200);
    d.interrupt();

    // … and when it is taken, another free port is used
    let taken = StdListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let d =
        dash(&cluster, &["dashboard", "prometheus", "--ui-port", &port.to_string(), "--browser=false"], &[]);
    assert!(d.url.starts_with("http://localhost:") && !d.url.ends_with(&format!(":{port}")), "{}", d.url);
    assert_eq!(get_blocking(&rt, &d.url).unwrap(), (200, "prom /".into()));
    d.interrupt();

    // an explicit --port that is taken fails like upstream
    let r = cluster.run(&[
        "dashboard",
        "prometheus",
        "-p",
        &port.to_string(),
        "--address",
        "127.0.0.1",
        "--browser=false",
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("failure running port forward process"), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "prometheus", "--address", "example.com", "--browser=false"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("example.com is not a valid IP address"), "{}", r.stderr);
}

#[test]
fn proxy_controlz_and_istiod_debug_forms() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let envoy = start_app(&rt, "envoy");
    let istiod = start_app(&rt, "istiod");
    add_pod(&cluster, "default", "productpage-1", json!({"app": "productpage"}), envoy.port);
    cluster.apply(&pod_yaml(
        "istio-system",
        "istiod-1",
        json!({"app": "istiod", "istio.io/rev": "default"}),
        istiod.port,
        json!({"prometheus.io/port": "15014"}),
    ));
    wait_running(&cluster, "istio-system", "istiod-1");

    for args in [
        vec!["dashboard", "proxy", "productpage-1.default"],
        vec!["dashboard", "proxy", "productpage-1", "-n", "default"],
        vec!["dashboard", "proxy", "-l", "app=productpage"],
        vec!["dashboard", "proxy", "pod/productpage-1.default"],
        vec!["dashboard", "envoy", "productpage-1.default"],
    ] {
        let d = dash(&cluster, &[args.as_slice(), &["--browser=false"]].concat(), &[]);
        assert_eq!(
            get_blocking(&rt, &format!("{}/stats", d.url)).unwrap(),
            (200, "envoy /stats".into()),
            "{args:?}"
        );
        d.interrupt();
    }
    for args in [
        vec!["dashboard", "controlz", "istiod-1"],
        vec!["dashboard", "controlz", "istiod-1.istio-system"],
        vec!["dashboard", "controlz", "-l", "app=istiod"],
        vec!["dashboard", "controlz", "-r", "default"],
    ] {
        let d = dash(&cluster, &[args.as_slice(), &["--browser=false"]].concat(), &[]);
        assert_eq!(get_blocking(&rt, &d.url).unwrap(), (200, "istiod /".into()), "{args:?}");
        d.interrupt();
    }
    for args in
        [vec!["dashboard", "istiod-debug", "istiod-1"], vec!["dashboard", "istiod-debug", "-r", "default"]]
    {
        let d = dash(&cluster, &[args.as_slice(), &["--browser=false"]].concat(), &[]);
        assert!(d.url.ends_with("/debug"), "{}", d.url);
        assert_eq!(get_blocking(&rt, &d.url).unwrap(), (200, "istiod /debug".into()), "{args:?}");
        d.interrupt();
    }

    // argument errors: usage, then upstream's message (both on stderr, as cobra's Println), exit 1
    let r = cluster.run(&["dashboard", "proxy"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("Usage: istioctl dashboard proxy"), "{}", r.stderr);
    assert!(r.stderr.contains("specify a pod or --selector"), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "controlz", "istiod-1", "-l", "app=istiod"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("name cannot be provided when a selector is specified"), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "istiod-debug"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("specify a pod or --selector"), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "proxy", "productpage-1.default", "--ui-port", "70000"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("port number 70000 must be in the range 1..65535"), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "proxy", "nosuchpod.default", "--browser=false"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("nosuchpod"), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "proxy", "-l", "app=nothing", "--browser=false"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no pods found with selector app=nothing"), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "nosuchaddon"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("unknown dashboard \"nosuchaddon\""), "{}", r.stderr);
    let r = cluster.run(&["dashboard", "kiali", "--no-such-flag"]);
    assert_eq!(r.code, 64);
}

#[test]
fn missing_addon_names_selector_namespaces_and_install_command() {
    let cluster = cluster_with_namespaces();
    let r = cluster.run(&["dashboard", "grafana", "--browser=false"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("no pods found with selector app.kubernetes.io/name=grafana (searched namespaces istio-system, default)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("kubectl apply -f https://raw.githubusercontent.com/istio/istio/release-1.30/samples/addons/grafana.yaml"),
        "{}",
        r.stderr
    );
    let r = cluster.run(&["dashboard", "zipkin", "-n", "observability", "-i", "mesh"]);
    assert!(r.stderr.contains("(searched namespaces mesh, observability)"), "{}", r.stderr);
    assert!(r.stderr.contains("samples/addons/extras/zipkin.yaml"), "{}", r.stderr);
}

#[test]
fn ready_pod_preferred_and_warning_when_none_ready() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let good = start_app(&rt, "ready");
    let bad = start_app(&rt, "unready");
    // Running but not Ready: a second container whose image cannot be pulled.
    let unready = |name: &str, port: u16| {
        let mut pod: serde_json::Value =
            serde_json::from_str(&pod_yaml("istio-system", name, json!({"app": "jaeger"}), port, json!({})))
                .unwrap();
        pod["spec"]["containers"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "side", "image": "example/does-not-exist:1"}));
        cluster.apply(&pod.to_string());
        wait_running(&cluster, "istio-system", name);
    };
    unready("jaeger-a", bad.port);
    let d = dash(&cluster, &["dashboard", "jaeger", "--browser=false"], &[]);
    assert!(
        d.stderr().contains("no Ready pod matches selector app=jaeger; using pod istio-system/jaeger-a"),
        "{}",
        d.stderr()
    );
    assert_eq!(get_blocking(&rt, &d.url).unwrap().1, "unready /");
    d.interrupt();
    // a Ready pod listed after it is preferred
    add_pod(&cluster, "istio-system", "jaeger-b", json!({"app": "jaeger"}), good.port);
    let d = dash(&cluster, &["dashboard", "jaeger", "--browser=false"], &[]);
    assert_eq!(get_blocking(&rt, &d.url).unwrap().1, "ready /");
    let (_, err) = d.interrupt();
    assert!(!err.contains("no Ready pod"), "{err}");
}

#[test]
fn overview_lists_addons_found_and_ready_then_help() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let app = start_app(&rt, "kiali");
    add_pod(&cluster, "istio-system", "kiali-0", json!({"app": "kiali"}), app.port);
    let r = cluster.run(&["dashboard"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0].split_whitespace().collect::<Vec<_>>(), ["ADDON", "NAMESPACE", "STATUS", "READY"]);
    assert_eq!(lines[1].split_whitespace().collect::<Vec<_>>(), ["kiali", "istio-system", "found", "1/1"]);
    assert_eq!(lines[2].split_whitespace().collect::<Vec<_>>(), ["prometheus", "-", "not", "found", "-"]);
    assert!(r.stdout.contains("Usage: istioctl dashboard"), "{}", r.stdout);
}

#[test]
fn concurrent_requests_and_a_websocket_share_one_forward() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let app = start_app(&rt, "grafana");
    add_pod(&cluster, "istio-system", "grafana-0", json!({"app.kubernetes.io/name": "grafana"}), app.port);
    let d = dash(&cluster, &["dashboard", "grafana", "--browser=false"], &[]);
    let url = d.url.clone();
    let (ok, failed, echoed) = rt.block_on(async move {
        // the long-lived connection first: a WebSocket upgrade through the tunnel
        let authority = url.trim_start_matches("http://").to_string();
        let stream = tokio::net::TcpStream::connect(&authority).await.unwrap();
        let (mut ws, _) =
            tokio_tungstenite::client_async(format!("ws://{authority}/ws"), stream).await.unwrap();
        ws.send(Message::text("hello")).await.unwrap();
        // 20 requests at once on their own connections while the WebSocket stays open
        let requests: Vec<_> = (0..20).map(|i| tokio::spawn(get_owned(format!("{url}/r{i}")))).collect();
        let mut ok = 0;
        let mut failed = Vec::new();
        for (i, r) in requests.into_iter().enumerate() {
            match r.await.unwrap() {
                Ok((200, body)) if body == format!("grafana /r{i}") => ok += 1,
                other => failed.push(format!("{i}: {other:?}")),
            }
        }
        let mut echoed = Vec::new();
        ws.send(Message::text("after the burst")).await.unwrap();
        while echoed.len() < 2 {
            match tokio::time::timeout(Duration::from_secs(10), ws.next()).await {
                Ok(Some(Ok(m))) if m.is_text() => echoed.push(m.into_text().unwrap().to_string()),
                other => panic!("websocket: {other:?}"),
            }
        }
        let _ = ws.close(None).await;
        (ok, failed, echoed)
    });
    eprintln!(
        "dashboard concurrency: {ok} of 20 concurrent requests succeeded, failures: {failed:?}; websocket echoes: {echoed:?}"
    );
    assert_eq!(ok, 20, "failures: {failed:?}\nistioctl stderr: {}", d.stderr());
    assert_eq!(echoed, ["hello", "after the burst"]);
    let (_, err) = d.interrupt();
    // 20 requests + the WebSocket, each on its own connection, none failed
    assert!(err.contains("stopped forwarding: 21 connections, 0 failed"), "{err}");
}

async fn get_owned(url: String) -> Result<(u16, String), String> {
    get(&url).await
}

#[test]
fn a_failed_connection_does_not_stop_the_forward() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    // nothing listens on the pod's port yet
    let closed = StdListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    add_pod(&cluster, "istio-system", "zipkin-0", json!({"app": "zipkin"}), closed);
    let d = dash(&cluster, &["dashboard", "zipkin", "--browser=false"], &[]);
    assert!(get_blocking(&rt, &d.url).is_err());
    d.await_stderr("error: a connection to pod istio-system/zipkin-0 failed");
    // the app comes up (the pod now points at it): the same forward serves it
    let app = start_app(&rt, "zipkin");
    cluster.apply(&pod_yaml("istio-system", "zipkin-0", json!({"app": "zipkin"}), app.port, json!({})));
    assert_eq!(get_blocking(&rt, &d.url).unwrap(), (200, "zipkin /".into()));
    d.interrupt();
}

#[test]
fn pod_deleted_and_recreated_mid_session_is_followed() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let first = start_app(&rt, "first");
    let second = start_app(&rt, "second");
    add_pod(&cluster, "istio-system", "kiali-old", json!({"app": "kiali"}), first.port);
    let d = dash(&cluster, &["dashboard", "kiali", "--browser=false"], &[]);
    assert_eq!(get_blocking(&rt, &d.url).unwrap().1, "first /kiali");
    cluster.delete_core("pods", "istio-system", "kiali-old");
    add_pod(&cluster, "istio-system", "kiali-new", json!({"app": "kiali"}), second.port);
    let mut results = Vec::new();
    for _ in 0..5 {
        results.push(get_blocking(&rt, &d.url));
    }
    eprintln!(
        "dashboard reconnect: after the pod was replaced, {} of 5 requests succeeded",
        results.iter().filter(|r| r.is_ok()).count()
    );
    assert!(
        results.iter().all(|r| r.as_ref().is_ok_and(|(s, b)| *s == 200 && b == "second /kiali")),
        "{results:?}"
    );
    let err =
        d.await_stderr("pod istio-system/kiali-old went away; now forwarding to pod istio-system/kiali-new");
    assert_eq!(err.matches("went away").count(), 1, "{err}");
    let (_, err) = d.interrupt();
    assert!(err.contains("stopped forwarding: 6 connections, 0 failed"), "{err}");
}

fn recording_browser(dir: &Path) -> (PathBuf, PathBuf) {
    let record = dir.join("opened");
    let script = dir.join("browser.sh");
    std::fs::write(&script, format!("#!/bin/sh\necho \"$@\" >> {}\n", record.display())).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script, record)
}

#[test]
fn browser_variable_receives_the_url_and_no_display_means_no_launch() {
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let app = start_app(&rt, "kiali");
    add_pod(&cluster, "istio-system", "kiali-0", json!({"app": "kiali"}), app.port);
    let dir = tempfile::tempdir().unwrap();
    let (script, record) = recording_browser(dir.path());
    let script = script.to_str().unwrap();
    let no_ssh = [("SSH_CONNECTION", None), ("SSH_CLIENT", None), ("SSH_TTY", None)];

    let env =
        [&no_ssh[..], &[("BROWSER", Some(script)), ("DISPLAY", Some(":99")), ("WAYLAND_DISPLAY", None)]]
            .concat();
    let d = dash(&cluster, &["dashboard", "kiali"], &env);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !record.exists() {
        assert!(Instant::now() < deadline, "the browser script was never run; stderr: {}", d.stderr());
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(std::fs::read_to_string(&record).unwrap().trim(), d.url);
    let (out, _) = d.interrupt();
    assert!(!out.contains("skipping"), "{out}");

    std::fs::remove_file(&record).unwrap();
    let env =
        [&no_ssh[..], &[("BROWSER", Some(script)), ("DISPLAY", None), ("WAYLAND_DISPLAY", None)]].concat();
    let d = dash(&cluster, &["dashboard", "kiali"], &env);
    d.await_stderr("Not opening a browser: neither DISPLAY nor WAYLAND_DISPLAY is set");
    std::thread::sleep(Duration::from_millis(500));
    assert!(!record.exists(), "a browser was launched without a display");
    let (out, _) = d.interrupt();
    assert_eq!(out.lines().filter(|l| l.starts_with("http://")).count(), 1, "{out}");
}

/// Headless Chromium loads a page through the forward; its script pulls more resources from the
/// same origin (a script file, a synchronous XHR, a fetch), and the rendered DOM must show them.
#[test]
fn a_real_browser_renders_a_page_through_the_forward() {
    let chromium =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].into_iter().map(Path::new).find(|p| p.exists());
    let Some(chromium) = chromium else {
        assert!(
            std::env::var("CI").map(|v| v != "true").unwrap_or(true),
            "CI=true but Chromium is missing: .ci/run installs it (apt-get install chromium)"
        );
        eprintln!(
            "SKIPPED a_real_browser_renders_a_page_through_the_forward: no /usr/bin/chromium (install it to run this test)"
        );
        return;
    };
    let rt = runtime();
    let cluster = cluster_with_namespaces();
    let app = start_app(&rt, "grafana");
    add_pod(&cluster, "istio-system", "grafana-0", json!({"app.kubernetes.io/name": "grafana"}), app.port);
    let d = dash(&cluster, &["dashboard", "grafana", "--browser=false"], &[]);
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=10000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("{}/browser", d.url))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        dom.contains("<div id=\"sync\">sync:grafana-data</div>"),
        "DOM: {dom}\nchromium stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dom.contains("<div id=\"async\">async:grafana-more</div>"), "DOM: {dom}");
    let hits = app.hits.lock().unwrap().clone();
    for path in ["/browser", "/app.js", "/data.json", "/more.json"] {
        assert!(hits.iter().any(|h| h == path), "{path} never reached the app: {hits:?}");
    }
    d.interrupt();
}
