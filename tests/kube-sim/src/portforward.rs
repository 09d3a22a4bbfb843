//! Pod port-forward over WebSocket with the `v4.channel.k8s.io` protocol as kube-rs speaks it:
//! per-port data/error channel pairs, a port prefix on every channel, text errors on the error
//! channel. Targets come from the pod annotation `kube-sim.dev/forward-to` and must be loopback.
//! Deleting the pod ends its open sessions, as the kubelet does.
//! kubectl's SPDY/3.1 port-forward is not implemented.

use std::net::SocketAddr;
use std::sync::Arc;

use futures::{SinkExt, StreamExt};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::Role;

use crate::api::{Query, Target};
use crate::server::{Body, Shared, error_response, full};
use crate::status::ApiError;
use crate::store::meta_str;

pub const FORWARD_ANNOTATION: &str = "kube-sim.dev/forward-to";
const PROTOCOL: &str = "v4.channel.k8s.io";

/// Where each requested port goes: `addr` for all ports, or `port=addr,port=addr`.
fn target_for(annotation: &str, port: u16) -> Option<SocketAddr> {
    let mut default = None;
    for part in annotation.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some((p, addr)) if p.trim().parse::<u16>().ok() == Some(port) => return addr.trim().parse().ok(),
            Some(_) => {}
            None => default = part.parse().ok(),
        }
    }
    default
}

pub async fn handle(shared: Arc<Shared>, req: Request<Incoming>, t: &Target, q: &Query) -> Response<Body> {
    let ns = t.ns.clone().unwrap_or_default();
    let name = t.name.clone().unwrap_or_default();
    let pod = shared.store.lock().unwrap().get(&t.rt, &ns, &name).cloned();
    let Some(pod) = pod else { return error_response(&ApiError::not_found(&t.rt, &name)) };
    let offered = req.headers().get_all("sec-websocket-protocol").iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',').map(|s| s.trim().to_string())).collect::<Vec<_>>();
    let is_ws = req.headers().get("upgrade").and_then(|v| v.to_str().ok()).is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if !is_ws || !offered.iter().any(|p| p == PROTOCOL) {
        return error_response(&ApiError::bad_request("kube-sim supports port-forward only over WebSocket with the v4.channel.k8s.io protocol"));
    }
    let mut ports: Vec<u16> = Vec::new();
    for v in q.all("ports") {
        for p in v.split(',').filter(|p| !p.is_empty()) {
            match p.trim().parse::<u16>() {
                Ok(n) if n > 0 => ports.push(n),
                _ => return error_response(&ApiError::bad_request(format!("invalid port {p:?}"))),
            }
        }
    }
    if ports.is_empty() {
        return error_response(&ApiError::bad_request("query parameter \"ports\" is required"));
    }
    if pod.pointer("/spec/nodeName").and_then(|v| v.as_str()).is_none_or(str::is_empty) {
        return error_response(&ApiError::bad_request(format!("pod {name} does not have a host assigned")));
    }
    let Some(key) = req.headers().get("sec-websocket-key").map(|k| k.as_bytes().to_vec()) else {
        return error_response(&ApiError::bad_request("missing Sec-WebSocket-Key"));
    };
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(&key);
    let annotation = pod.pointer("/metadata/annotations").and_then(|a| a.get(FORWARD_ANNOTATION)).and_then(|v| v.as_str()).unwrap_or("").to_string();
    let uid = meta_str(&pod, "uid").to_string();
    let stop = shared.stop_rx();
    let events = shared.store.lock().unwrap().tx.subscribe();
    tokio::spawn(async move {
        let Ok(upgraded) = hyper::upgrade::on(req).await else { return };
        let ws = WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, None).await;
        let gone = pod_deleted(events, uid.clone());
        session(ws, ports, annotation, name, uid, stop, gone).await;
    });
    Response::builder()
        .status(101)
        .header("upgrade", "websocket")
        .header("connection", "Upgrade")
        .header("sec-websocket-accept", accept)
        .header("sec-websocket-protocol", PROTOCOL)
        .body(full(""))
        .unwrap()
}

/// Resolves when the pod with `uid` is deleted: like a kubelet, which ends the pod's streams.
async fn pod_deleted(mut events: tokio::sync::broadcast::Receiver<Arc<crate::store::Event>>, uid: String) {
    loop {
        match events.recv().await {
            Ok(e) if e.etype == "DELETED" && meta_str(&e.object, "uid") == uid => return,
            Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
            Err(tokio::sync::broadcast::error::RecvError::Closed) => std::future::pending::<()>().await,
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn session<S>(ws: WebSocketStream<S>, ports: Vec<u16>, annotation: String, pod: String, uid: String, mut stop: tokio::sync::watch::Receiver<bool>, gone: impl std::future::Future<Output = ()>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut sink, mut source) = ws.split();
    let (out_tx, mut out_rx) = mpsc::channel::<Message>(64);
    let writer = tokio::spawn(async move {
        while let Some(m) = out_rx.recv().await {
            let close = matches!(m, Message::Close(_));
            if sink.send(m).await.is_err() || close {
                break;
            }
        }
        let _ = sink.close().await;
    });
    // Port prefixes first, on every channel.
    for (i, p) in ports.iter().enumerate() {
        for ch in [2 * i as u8, 2 * i as u8 + 1] {
            let _ = out_tx.send(Message::binary(vec![ch, (*p & 0xff) as u8, (*p >> 8) as u8])).await;
        }
    }
    let (done_tx, mut done_rx) = mpsc::channel::<usize>(ports.len().max(1));
    let mut writers: Vec<Option<tokio::net::tcp::OwnedWriteHalf>> = Vec::new();
    let mut open = 0usize;
    for (i, p) in ports.iter().enumerate() {
        let err_ch = 2 * i as u8 + 1;
        let fail = |msg: String| {
            let mut b = vec![err_ch];
            b.extend_from_slice(msg.as_bytes());
            Message::binary(b)
        };
        let addr = match target_for(&annotation, *p) {
            Some(a) if a.ip().is_loopback() => a,
            Some(a) => {
                let _ = out_tx.send(fail(format!("error forwarding port {p} to pod {pod}, uid {uid}: kube-sim only forwards to loopback addresses, not {a}"))).await;
                writers.push(None);
                continue;
            }
            None => {
                let _ = out_tx.send(fail(format!("error forwarding port {p} to pod {pod}, uid {uid}: pod has no {FORWARD_ANNOTATION} annotation for this port"))).await;
                writers.push(None);
                continue;
            }
        };
        match TcpStream::connect(addr).await {
            Ok(s) => {
                let (mut r, w) = s.into_split();
                writers.push(Some(w));
                open += 1;
                let tx = out_tx.clone();
                let done = done_tx.clone();
                let data_ch = 2 * i as u8;
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 32 * 1024 + 1];
                    loop {
                        buf[0] = data_ch;
                        match r.read(&mut buf[1..]).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => {
                                if tx.send(Message::binary(buf[..n + 1].to_vec())).await.is_err() {
                                    break;
                                }
                            }
                        }
                    }
                    let _ = done.send(i).await;
                });
            }
            Err(e) => {
                let _ = out_tx.send(fail(format!("error forwarding port {p} to pod {pod}, uid {uid}: dial tcp {addr}: connect: {e}"))).await;
                writers.push(None);
            }
        }
    }
    drop(done_tx);
    tokio::pin!(gone);
    if open == 0 {
        let _ = out_tx.send(Message::Close(None)).await;
    }
    loop {
        tokio::select! {
            m = source.next() => match m {
                Some(Ok(Message::Binary(b))) if b.len() > 1 => {
                    let ch = b[0] as usize;
                    if ch.is_multiple_of(2)
                        && let Some(Some(w)) = writers.get_mut(ch / 2)
                        && w.write_all(&b[1..]).await.is_err()
                    {
                        writers[ch / 2] = None;
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(Message::Ping(p))) => { let _ = out_tx.send(Message::Pong(p)).await; }
                _ => {}
            },
            d = done_rx.recv() => match d {
                Some(i) => {
                    if let Some(w) = writers.get_mut(i) {
                        *w = None;
                    }
                    open -= 1;
                    if open == 0 {
                        let _ = out_tx.send(Message::Close(None)).await;
                    }
                }
                None => {
                    if open == 0 {
                        // all targets finished (or none connected): wait for the client's close
                        match source.next().await {
                            Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                            _ => continue,
                        }
                    }
                }
            },
            _ = stop.changed() => break,
            _ = &mut gone => break,
        }
    }
    for w in writers.iter_mut().flatten() {
        let _ = w.shutdown().await;
    }
    drop(out_tx);
    let _ = writer.await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_targets() {
        assert_eq!(target_for("127.0.0.1:9000", 80), Some("127.0.0.1:9000".parse().unwrap()));
        let a = "80=127.0.0.1:1,443=127.0.0.1:2";
        assert_eq!(target_for(a, 443), Some("127.0.0.1:2".parse().unwrap()));
        assert_eq!(target_for(a, 8080), None);
    }
}
