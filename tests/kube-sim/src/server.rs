//! The HTTP(S) server: accepts connections (plain or TLS), authenticates bearer tokens, injects
//! seeded faults, counts requests, serves the /kube-sim/ endpoints, and dispatches to discovery
//! and the resource API. Holds the shared state; must not implement resource semantics itself.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

use crate::api::{self, Query};
use crate::status::ApiError;
use crate::store::Store;
use crate::util::splitmix;

pub type Body = BoxBody<Bytes, Infallible>;

pub fn full(b: impl Into<Bytes>) -> Body {
    Full::new(b.into()).boxed()
}

/// A response whose JSON text is already written.
pub fn raw_json_response(code: u16, body: String) -> Response<Body> {
    Response::builder().status(code).header("content-type", "application/json").body(full(body)).unwrap()
}

pub fn json_response(code: u16, v: &Value) -> Response<Body> {
    Response::builder().status(code).header("content-type", "application/json").body(full(v.to_string())).unwrap()
}

pub fn error_response(e: &ApiError) -> Response<Body> {
    let mut r = json_response(e.code, &e.to_status());
    if let Some(s) = e.retry_after {
        r.headers_mut().insert("retry-after", s.to_string().parse().unwrap());
    }
    r
}

/// Request counters the tests and benchmarks read.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct RequestStats {
    pub total: u64,
    /// Requests that could change stored state (create/update/patch/delete without `dryRun`).
    pub mutating: u64,
    /// Mutating verbs sent with `dryRun=All`: they change nothing and are not in `mutating`.
    #[serde(default, rename = "dryRun")]
    pub dry_run: u64,
    #[serde(rename = "byVerb")]
    pub by_verb: BTreeMap<String, u64>,
    pub faults: u64,
    /// Most recent requests, oldest first (bounded).
    pub log: Vec<RequestRecord>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct RequestRecord {
    pub method: String,
    pub path: String,
    pub verb: String,
    pub code: u16,
    /// The request carried `dryRun=All`.
    #[serde(default, rename = "dryRun")]
    pub dry_run: bool,
}

const LOG_CAP: usize = 20_000;

impl RequestStats {
    fn record(&mut self, method: &str, path: &str, verb: &str, code: u16) {
        self.record_dry(method, path, verb, code, false);
    }

    fn record_dry(&mut self, method: &str, path: &str, verb: &str, code: u16, dry_run: bool) {
        self.total += 1;
        if matches!(verb, "create" | "update" | "patch" | "delete" | "deletecollection") {
            if dry_run {
                self.dry_run += 1;
            } else {
                self.mutating += 1;
            }
        }
        *self.by_verb.entry(verb.to_string()).or_default() += 1;
        if self.log.len() >= LOG_CAP {
            self.log.drain(..LOG_CAP / 2);
        }
        self.log.push(RequestRecord { method: method.into(), path: path.into(), verb: verb.into(), code, dry_run });
    }
}

/// Seeded fault injection: request n is faulted when splitmix(seed, n) falls under the rate.
pub struct Faults {
    pub rate: f64,
    pub seed: u64,
    pub counter: AtomicU64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Internal,
    TooMany,
    Unavailable,
    Drop,
    Delay,
}

impl Faults {
    pub fn decide(&self) -> Option<Fault> {
        if self.rate <= 0.0 {
            return None;
        }
        let n = self.counter.fetch_add(1, Ordering::SeqCst);
        let h = splitmix(self.seed.wrapping_mul(0x100_0000_01B3) ^ n);
        if ((h & 0xFFFF_FFFF) as f64) / (u32::MAX as f64 + 1.0) >= self.rate {
            return None;
        }
        Some(match (h >> 32) % 5 {
            0 => Fault::Internal,
            1 => Fault::TooMany,
            2 => Fault::Unavailable,
            3 => Fault::Drop,
            _ => Fault::Delay,
        })
    }
}

pub struct Shared {
    pub store: Mutex<Store>,
    pub stats: Mutex<RequestStats>,
    pub faults: Mutex<Faults>,
    pub token: Option<String>,
    pub aggregated: AtomicBool,
    pub ready_after: Duration,
    /// Whether the simulated Istio gateway controller programs waypoint Gateways (tests turn it
    /// off to see a waypoint that never becomes Programmed).
    pub gateway_controller: AtomicBool,
    /// Resources denied to the client (`plural` or `plural.group`), see `Options::deny`.
    pub denied: Mutex<Vec<String>>,
    notify: Notify,
    stop_tx: watch::Sender<bool>,
    epoch_tx: watch::Sender<u64>,
}

impl Shared {
    pub fn new(store: Store, opts: &crate::Options) -> Arc<Shared> {
        let (stop_tx, _) = watch::channel(false);
        let (epoch_tx, _) = watch::channel(0);
        Arc::new(Shared {
            store: Mutex::new(store),
            stats: Mutex::new(RequestStats::default()),
            faults: Mutex::new(Faults { rate: opts.fault_rate, seed: opts.seed, counter: AtomicU64::new(0) }),
            token: opts.token.clone(),
            denied: Mutex::new(opts.deny.clone()),
            aggregated: AtomicBool::new(opts.aggregated_discovery),
            ready_after: opts.ready_after,
            gateway_controller: AtomicBool::new(true),
            notify: Notify::new(),
            stop_tx,
            epoch_tx,
        })
    }
    /// Wake the control loop after a write.
    pub fn wake(&self) {
        self.notify.notify_one();
    }
    pub async fn woken(&self) {
        self.notify.notified().await
    }
    pub fn aggregated_discovery(&self) -> bool {
        self.aggregated.load(Ordering::Relaxed)
    }
    pub fn stop_rx(&self) -> watch::Receiver<bool> {
        self.stop_tx.subscribe()
    }
    /// Watches end when this changes (a simulated watch-cache reset).
    pub fn epoch_rx(&self) -> watch::Receiver<u64> {
        self.epoch_tx.subscribe()
    }
    pub fn close_watches(&self) {
        self.epoch_tx.send_modify(|e| *e += 1);
    }
    pub fn stop(&self) {
        let _ = self.stop_tx.send(true);
    }
}

/// Marker error: drop the connection without an answer.
#[derive(Debug)]
pub struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("fault injection: connection dropped")
    }
}
impl std::error::Error for DropConnection {}

async fn route(shared: Arc<Shared>, req: Request<Incoming>) -> Result<Response<Body>, DropConnection> {
    let path = req.uri().path().to_string();
    let method = req.method().as_str().to_string();
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let q = Query::parse(req.uri().query());

    if segs.first() == Some(&"kube-sim") {
        return Ok(control(&shared, &method, &segs));
    }
    let health = matches!(segs.as_slice(), ["healthz"] | ["livez"] | ["readyz"]);
    if !health && let Some(tok) = &shared.token {
        let got = req.headers().get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("");
        if got.strip_prefix("Bearer ").map(str::trim) != Some(tok.as_str()) {
            let r = error_response(&ApiError::unauthorized());
            shared.stats.lock().unwrap().record(&method, &path, "unauthorized", 401);
            return Ok(r);
        }
    }
    if !health {
        let fault = shared.faults.lock().unwrap().decide();
        if let Some(f) = fault {
            shared.stats.lock().unwrap().faults += 1;
            let resp = match f {
                Fault::Internal => Some(error_response(&ApiError::internal("kube-sim injected fault"))),
                Fault::TooMany => Some(error_response(&ApiError::new(429, "TooManyRequests", "Too many requests, please try again later.").with_retry_after(1))),
                Fault::Unavailable => Some(error_response(&ApiError::new(503, "ServiceUnavailable", "kube-sim injected fault: service unavailable").with_retry_after(1))),
                Fault::Drop => {
                    shared.stats.lock().unwrap().record(&method, &path, "fault-drop", 0);
                    return Err(DropConnection);
                }
                Fault::Delay => {
                    tokio::time::sleep(Duration::from_millis(150)).await;
                    None
                }
            };
            if let Some(r) = resp {
                shared.stats.lock().unwrap().record(&method, &path, "fault", r.status().as_u16());
                return Ok(r);
            }
        }
    }

    let accept = req.headers().get("accept").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    if let Some(r) = api::non_resource(&shared, &segs, &accept) {
        let verb = if segs.first().is_some_and(|s| *s == "api" || *s == "apis") || segs == ["version"] { "discovery" } else { "other" };
        if !health {
            shared.stats.lock().unwrap().record(&method, &path, verb, r.status().as_u16());
        }
        return Ok(r);
    }
    let dry_run = q.get("dryRun").is_some();
    let target = {
        let store = shared.store.lock().unwrap();
        api::resolve(&store, &segs)
    };
    let (resp, verb) = match target {
        Ok(Some(t)) if let Some(e) = denial(&shared, req.method(), &t, &q) => (error_response(&e), "forbidden"),
        Ok(Some(t)) => api::handle(shared.clone(), req, t, q).await,
        Ok(None) => (error_response(&ApiError::no_resource()), "other"),
        Err(e) => (error_response(&e), "other"),
    };
    shared.stats.lock().unwrap().record_dry(&method, &path, verb, resp.status().as_u16(), dry_run);
    Ok(resp)
}

/// RBAC as a denial list: the 403 the API server gives a user without the permission.
fn denial(shared: &Shared, method: &hyper::Method, t: &api::Target, q: &Query) -> Option<ApiError> {
    let rt = &t.rt;
    let full = if rt.group.is_empty() { rt.plural.clone() } else { format!("{}.{}", rt.plural, rt.group) };
    if !shared.denied.lock().unwrap().iter().any(|d| *d == full || *d == rt.plural && rt.group.is_empty()) {
        return None;
    }
    let watch = q.get("watch").is_some_and(|w| w == "true" || w == "1");
    let verb = api::verb_of(method, t, watch);
    let scope = match &t.ns {
        Some(ns) => format!("in the namespace \"{ns}\""),
        None => "at the cluster scope".to_string(),
    };
    let what = match &t.name {
        Some(n) => format!("{full} \"{n}\""),
        None => full.clone(),
    };
    let msg = format!("{what} is forbidden: User \"kube-sim-user\" cannot {verb} resource \"{}\" in API group \"{}\" {scope}", rt.plural, rt.group);
    Some(ApiError { details: Some(json!({"group": rt.group, "kind": rt.plural, "name": t.name.clone().unwrap_or_default()})), ..ApiError::new(403, "Forbidden", msg) })
}

fn control(shared: &Shared, method: &str, segs: &[&str]) -> Response<Body> {
    match (method, segs) {
        ("GET", ["kube-sim", "requests"]) => json_response(200, &serde_json::to_value(&*shared.stats.lock().unwrap()).unwrap()),
        ("DELETE", ["kube-sim", "requests"]) => {
            *shared.stats.lock().unwrap() = RequestStats::default();
            json_response(200, &json!({}))
        }
        _ => error_response(&ApiError::no_resource()),
    }
}

/// Accept connections until stopped.
pub async fn serve(shared: Arc<Shared>, listener: TcpListener, tls: Option<tokio_rustls::TlsAcceptor>) {
    let mut stop = shared.stop_rx();
    loop {
        let (sock, _peer): (tokio::net::TcpStream, SocketAddr) = tokio::select! {
            r = listener.accept() => match r { Ok(x) => x, Err(_) => continue },
            _ = stop.changed() => return,
        };
        let _ = sock.set_nodelay(true);
        let shared = shared.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            let mut stop = shared.stop_rx();
            let svc_shared = shared.clone();
            let svc = service_fn(move |req| route(svc_shared.clone(), req));
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            match tls {
                Some(acc) => {
                    let Ok(stream) = acc.accept(sock).await else { return };
                    let conn = builder.serve_connection_with_upgrades(TokioIo::new(stream), svc);
                    tokio::select! { _ = conn => {}, _ = stop.changed() => {} }
                }
                None => {
                    let conn = builder.serve_connection_with_upgrades(TokioIo::new(sock), svc);
                    tokio::select! { _ = conn => {}, _ = stop.changed() => {} }
                }
            }
        });
    }
}

/// A CA and a leaf certificate for 127.0.0.1/localhost; returns (acceptor, CA PEM).
pub fn tls_setup() -> Result<(tokio_rustls::TlsAcceptor, String), String> {
    use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose};
    let e = |x: rcgen::Error| x.to_string();
    let ca_key = KeyPair::generate().map_err(e)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(e)?;
    ca_params.distinguished_name.push(DnType::CommonName, "kube-sim-ca");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
    let ca_cert = ca_params.self_signed(&ca_key).map_err(e)?;
    let issuer = Issuer::new(ca_params, ca_key);
    let leaf_key = KeyPair::generate().map_err(e)?;
    let mut leaf = CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).map_err(e)?;
    leaf.distinguished_name.push(DnType::CommonName, "kube-sim");
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf.key_usages = vec![KeyUsagePurpose::DigitalSignature, KeyUsagePurpose::KeyEncipherment];
    let leaf_cert = leaf.signed_by(&leaf_key, &issuer).map_err(e)?;
    let key = rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der()).map_err(|x| x.to_string())?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|x| x.to_string())?
        .with_no_client_auth()
        .with_single_cert(vec![leaf_cert.der().clone(), ca_cert.der().clone()], key)
        .map_err(|x| x.to_string())?;
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok((tokio_rustls::TlsAcceptor::from(Arc::new(cfg)), ca_cert.pem()))
}
