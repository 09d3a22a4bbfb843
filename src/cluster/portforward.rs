//! Local port → pod port through the API server (kube-rs WebSocket port-forward): binding the
//! local address/port by upstream's rules, then one WebSocket session per accepted connection so
//! that many connections (and long-lived ones such as WebSocket upgrades) run side by side. A
//! failed connection is reported as an [`Event`] and the forward keeps serving; a pod that went
//! away is replaced by choosing again from the same [`Target`]. It never prints.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use kube::api::Api;
use tokio::io::{AsyncWriteExt, DuplexStream};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Mutex, mpsc};

use super::Cluster;
use super::errors::status_text;
use super::objects::Pod;
use super::pods::{self, Chosen, Target};
use super::retry::with_retry;

/// How long a connection whose client stopped sending still waits for the pod's answer: the
/// WebSocket protocol has no half-close, so closing our side early would cut the response.
const LINGER: Duration = Duration::from_secs(30);

/// Where to listen: the resolved addresses and the text used in URLs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindAddress {
    /// As given (`localhost`, `127.0.0.1`, `::1` …), used as the URL host.
    pub host: String,
    pub ips: Vec<IpAddr>,
}

impl BindAddress {
    /// `localhost` means both loopbacks; otherwise an IP address literal.
    pub fn parse(text: &str) -> Result<BindAddress, String> {
        if text.eq_ignore_ascii_case("localhost") {
            return Ok(BindAddress {
                host: "localhost".into(),
                ips: vec![IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V6(Ipv6Addr::LOCALHOST)],
            });
        }
        let trimmed = text.trim_start_matches('[').trim_end_matches(']');
        match trimmed.parse::<IpAddr>() {
            Ok(ip) => Ok(BindAddress { host: trimmed.to_string(), ips: vec![ip] }),
            Err(_) => {
                Err(format!("{text} is not a valid IP address (--address takes an IP address or localhost)"))
            }
        }
    }

    /// `host:port`, with brackets around an IPv6 literal.
    pub fn authority(&self, port: u16) -> String {
        if self.host.contains(':') {
            format!("[{}]:{port}", self.host)
        } else {
            format!("{}:{port}", self.host)
        }
    }
}

/// Listening sockets that all forward to the same pod port.
#[derive(Debug)]
pub struct Bound {
    pub listeners: Vec<TcpListener>,
    pub port: u16,
}

/// Binds `address` on the first usable port of `ports` (0 = any free port). With several
/// addresses (localhost) a port is usable when the first address binds, or, when the first
/// address does not exist on this machine, when any other does; the others are added when
/// they bind on the same port. Returns the last error when no port works.
pub async fn bind(address: &BindAddress, ports: &[u16]) -> std::io::Result<Bound> {
    let mut last = std::io::Error::new(std::io::ErrorKind::AddrNotAvailable, "no port to try");
    for &want in ports {
        match bind_port(&address.ips, want).await {
            Ok(b) => return Ok(b),
            Err(e) => last = e,
        }
    }
    Err(last)
}

async fn bind_port(ips: &[IpAddr], want: u16) -> std::io::Result<Bound> {
    let mut listeners = Vec::new();
    let mut port = want;
    let mut first_err: Option<std::io::Error> = None;
    for (i, ip) in ips.iter().enumerate() {
        match TcpListener::bind(SocketAddr::new(*ip, port)).await {
            Ok(l) => {
                port = l.local_addr()?.port();
                listeners.push(l);
            }
            // A port taken on the first address would let `localhost` reach someone else's server.
            Err(e) if i == 0 && e.kind() == std::io::ErrorKind::AddrInUse => return Err(e),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    match listeners.is_empty() {
        false => Ok(Bound { listeners, port }),
        true => Err(first_err.unwrap_or_else(|| std::io::Error::other("no address to bind"))),
    }
}

/// What happens while forwarding, for the command to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// One connection could not be forwarded (the forward keeps serving).
    ConnectionFailed { pod: String, error: String },
    /// The pod went away; later connections go to `to`.
    Reselected { from: String, to: Chosen },
    /// The pod went away and no other could be chosen.
    NoPod { from: String, error: String },
}

/// Counters of one forward.
#[derive(Debug, Default)]
pub struct Stats {
    pub accepted: AtomicU64,
    pub failed: AtomicU64,
}

struct Current {
    pod: Chosen,
    generation: u64,
    /// When choosing again last failed: later connections look once instead of waiting again.
    gave_up: Option<tokio::time::Instant>,
}

struct Shared {
    cluster: Cluster,
    target: Target,
    remote_port: u16,
    current: Mutex<Current>,
    events: mpsc::UnboundedSender<Event>,
    stats: Arc<Stats>,
    /// How long re-selection waits for a Running replacement pod.
    wait: Duration,
}

/// A forward ready to serve: the bound sockets and the pod they lead to.
pub struct Forward {
    shared: Arc<Shared>,
    bound: Bound,
}

impl Forward {
    /// `cluster` should come from [`super::client::connect_streaming`] (no read timeout).
    pub fn new(
        cluster: Cluster,
        target: Target,
        pod: Chosen,
        remote_port: u16,
        bound: Bound,
        wait: Duration,
        events: mpsc::UnboundedSender<Event>,
    ) -> Forward {
        let shared = Arc::new(Shared {
            cluster,
            target,
            remote_port,
            current: Mutex::new(Current { pod, generation: 0, gave_up: None }),
            events,
            stats: Arc::new(Stats::default()),
            wait,
        });
        Forward { shared, bound }
    }

    pub fn port(&self) -> u16 {
        self.bound.port
    }

    pub fn stats(&self) -> Arc<Stats> {
        self.shared.stats.clone()
    }

    /// Accepts connections on every listener until `stop` resolves, then closes the listeners.
    /// Connections already open are dropped with the runtime.
    pub async fn serve(self, stop: impl std::future::Future<Output = ()>) {
        let mut tasks = tokio::task::JoinSet::new();
        for listener in self.bound.listeners {
            let shared = self.shared.clone();
            tasks.spawn(async move {
                loop {
                    match listener.accept().await {
                        Ok((conn, _)) => {
                            shared.stats.accepted.fetch_add(1, Ordering::Relaxed);
                            let _ = conn.set_nodelay(true);
                            tokio::spawn(handle(shared.clone(), conn));
                        }
                        // Out of file descriptors and the like: back off instead of spinning.
                        Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                    }
                }
            });
        }
        stop.await;
        tasks.abort_all();
    }
}

/// Opens one port-forward session to the pod's port (used to check access before listening).
pub async fn open(
    cluster: &Cluster,
    pod: &Chosen,
    port: u16,
) -> Result<kube::api::Portforwarder, kube::Error> {
    let api: Api<Pod> = Api::namespaced(cluster.client.clone(), &pod.namespace);
    let ports = [port];
    with_retry(|| api.portforward(&pod.name, &ports)).await
}

/// Checks that the pod's port can be opened through the API server: fails on RBAC, a pod that
/// cannot be forwarded to, or an unreachable server. A refused target port is not checked.
pub async fn probe(cluster: &Cluster, pod: &Chosen, port: u16) -> Result<(), kube::Error> {
    let mut pf = open(cluster, pod, port).await?;
    drop(pf.take_stream(port));
    let _ = tokio::time::timeout(Duration::from_secs(2), pf.join()).await;
    Ok(())
}

async fn handle(shared: Arc<Shared>, conn: TcpStream) {
    let mut reselected = false;
    loop {
        let (pod, generation) = {
            let c = shared.current.lock().await;
            (c.pod.clone(), c.generation)
        };
        match open(&shared.cluster, &pod, shared.remote_port).await {
            Ok(pf) => {
                if let Some(error) = pipe(conn, pf, shared.remote_port).await {
                    shared.stats.failed.fetch_add(1, Ordering::Relaxed);
                    let _ = shared.events.send(Event::ConnectionFailed { pod: label(&pod), error });
                    // The pod may be on its way out: make the next connection choose again.
                    if !pods::usable(&shared.cluster, &pod.namespace, &pod.name).await {
                        reselect(&shared, generation).await;
                    }
                }
                return;
            }
            Err(e) => {
                if !reselected && !pods::usable(&shared.cluster, &pod.namespace, &pod.name).await {
                    reselected = true;
                    if reselect(&shared, generation).await {
                        continue;
                    }
                    shared.stats.failed.fetch_add(1, Ordering::Relaxed);
                    return;
                }
                shared.stats.failed.fetch_add(1, Ordering::Relaxed);
                let _ = shared
                    .events
                    .send(Event::ConnectionFailed { pod: label(&pod), error: status_text(&e) });
                return;
            }
        }
    }
}

fn label(pod: &Chosen) -> String {
    format!("{}/{}", pod.namespace, pod.name)
}

/// Replaces the pod of `generation` (unless another connection already did) by choosing again,
/// waiting up to `wait` for a Running one. Returns whether a usable pod is current.
async fn reselect(shared: &Shared, generation: u64) -> bool {
    let mut current = shared.current.lock().await;
    if current.generation != generation {
        return true;
    }
    let from = label(&current.pod);
    let patient = current.gave_up.is_none_or(|t| t.elapsed() >= shared.wait);
    let deadline = tokio::time::Instant::now() + if patient { shared.wait } else { Duration::ZERO };
    loop {
        match pods::choose(&shared.cluster, &shared.target, Duration::ZERO).await {
            Ok(p) if p.phase == "Running" => {
                current.pod = p.clone();
                current.generation += 1;
                current.gave_up = None;
                let _ = shared.events.send(Event::Reselected { from, to: p });
                return true;
            }
            Ok(_) | Err(_) if tokio::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            other => {
                current.gave_up = Some(tokio::time::Instant::now());
                let error = match other {
                    Ok(p) => format!("pod {} is {} (not Running)", label(&p), p.phase),
                    Err(e) => e.to_string(),
                };
                if patient {
                    let _ = shared.events.send(Event::NoPod { from, error });
                }
                return false;
            }
        }
    }
}

/// Copies bytes both ways until the pod side ends (or the client side ends and the pod has
/// answered, within [`LINGER`]). Returns the pod's error message when there was one.
async fn pipe(conn: TcpStream, mut pf: kube::api::Portforwarder, port: u16) -> Option<String> {
    let (Some(remote), Some(error)) = (pf.take_stream(port), pf.take_error(port)) else {
        return Some("the port-forward session has no stream for the port".into());
    };
    // Boxed so that dropping it below closes both sockets before the session is aborted.
    let mut copy = Box::pin(copy_both(conn, remote));
    tokio::pin!(error);
    let result = tokio::select! {
        biased;
        e = &mut error => match e {
            Some(msg) => Some(msg),
            // The session ended without an error: finish the copy.
            None => (&mut copy).await.err().map(|e| e.to_string()),
        },
        r = &mut copy => {
            // The pod's error message is delivered before its end of stream: look once more.
            match futures::FutureExt::now_or_never(&mut error) {
                Some(Some(msg)) => Some(msg),
                _ => r.err().map(|e| e.to_string()),
            }
        }
    };
    drop(copy);
    pf.abort();
    result
}

async fn copy_both(conn: TcpStream, remote: DuplexStream) -> std::io::Result<()> {
    let (mut local_r, mut local_w) = conn.into_split();
    let (mut remote_r, mut remote_w) = tokio::io::split(remote);
    let up = tokio::io::copy(&mut local_r, &mut remote_w);
    let down = async {
        let r = tokio::io::copy(&mut remote_r, &mut local_w).await;
        let _ = local_w.shutdown().await;
        r
    };
    tokio::pin!(up);
    tokio::pin!(down);
    tokio::select! {
        d = &mut down => d.map(|_| ()),
        u = &mut up => match u {
            // The client stopped sending: let the answer finish.
            Ok(_) => match tokio::time::timeout(LINGER, &mut down).await {
                Ok(d) => d.map(|_| ()),
                Err(_) => Ok(()),
            },
            // The client went away: nothing more to deliver.
            Err(e) if matches!(e.kind(), std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe) => Ok(()),
            Err(e) => Err(e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_parse_like_upstream() {
        let l = BindAddress::parse("localhost").unwrap();
        assert_eq!(l.ips.len(), 2);
        assert_eq!(l.authority(20001), "localhost:20001");
        let v6 = BindAddress::parse("::1").unwrap();
        assert_eq!(v6.authority(9090), "[::1]:9090");
        assert_eq!(BindAddress::parse("127.0.0.1").unwrap().authority(1), "127.0.0.1:1");
        assert!(BindAddress::parse("example.com").unwrap_err().contains("not a valid IP address"));
    }

    #[tokio::test]
    async fn a_taken_port_falls_back_to_a_free_one() {
        let taken = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = taken.local_addr().unwrap().port();
        let addr = BindAddress::parse("127.0.0.1").unwrap();
        assert!(bind(&addr, &[port]).await.is_err());
        let b = bind(&addr, &[port, 0]).await.unwrap();
        assert_ne!(b.port, port);
        assert_ne!(b.port, 0);
    }

    #[tokio::test]
    async fn localhost_refuses_a_port_taken_on_ipv4() {
        let taken = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = taken.local_addr().unwrap().port();
        let addr = BindAddress::parse("localhost").unwrap();
        assert!(bind(&addr, &[port]).await.is_err());
        let b = bind(&addr, &[0]).await.unwrap();
        assert!(!b.listeners.is_empty());
        assert!(b.listeners.iter().all(|l| l.local_addr().unwrap().port() == b.port));
    }
}
