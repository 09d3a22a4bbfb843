//! Port-forward through kube-rs' own `Api::<Pod>::portforward` (v4.channel.k8s.io).

use k8s_openapi::api::core::v1::Pod;
use kube::api::Api;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::support::*;

/// An echo server that prefixes replies with a tag; returns its port.
async fn echo(tag: &'static str) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = l.accept().await else { return };
            tokio::spawn(async move {
                let mut buf = [0u8; 1024];
                loop {
                    let n = match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => n,
                    };
                    let mut out = tag.as_bytes().to_vec();
                    out.extend_from_slice(&buf[..n]);
                    if sock.write_all(&out).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    port
}

async fn roundtrip(stream: &mut (impl AsyncReadExt + AsyncWriteExt + Unpin), msg: &str, want: &str) {
    stream.write_all(msg.as_bytes()).await.unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 256];
    while got.len() < want.len() {
        let n = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut buf)).await.unwrap().unwrap();
        assert!(n > 0, "stream closed early");
        got.extend_from_slice(&buf[..n]);
    }
    assert_eq!(String::from_utf8(got).unwrap(), want);
}

#[tokio::test]
async fn kube_rs_portforward_to_annotated_targets() {
    let s = sim();
    let (a, b) = (echo("A:").await, echo("B:").await);
    let closed = {
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        l.local_addr().unwrap().port()
    };
    let ann = format!("15000=127.0.0.1:{a},15014=127.0.0.1:{b},9999=127.0.0.1:{closed}");
    let pod = json!({"metadata": {"name": "istiod-1", "annotations": {(kube_sim::FORWARD_ANNOTATION): ann}}, "spec": {"containers": [{"name": "discovery", "image": "pilot:1"}]}});
    assert_eq!(post(&s, "/api/v1/namespaces/default/pods", pod).await.code, 201);
    eventually(|| s.object("", "pods", "default", "istiod-1").filter(|p| p["status"]["phase"] == "Running")).await;
    let pods: Api<Pod> = Api::namespaced(kube_client(&s), "default");

    // Two ports on one connection.
    let mut pf = pods.portforward("istiod-1", &[15000, 15014]).await.expect("upgrade");
    let mut s1 = pf.take_stream(15000).unwrap();
    let mut s2 = pf.take_stream(15014).unwrap();
    roundtrip(&mut s1, "hello", "A:hello").await;
    roundtrip(&mut s2, "world", "B:world").await;
    roundtrip(&mut s1, "again", "A:again").await;
    // A second, concurrent connection to the same pod.
    let mut pf2 = pods.portforward("istiod-1", &[15000]).await.expect("second upgrade");
    let mut s3 = pf2.take_stream(15000).unwrap();
    roundtrip(&mut s3, "x", "A:x").await;
    roundtrip(&mut s2, "y", "B:y").await;
    drop((s1, s2, s3));
    pf.join().await.unwrap();
    pf2.join().await.unwrap();

    // A refused target reports on the error channel.
    let mut pf = pods.portforward("istiod-1", &[9999]).await.unwrap();
    let err = pf.take_error(9999).unwrap().await.expect("an error message");
    assert!(err.contains("connection refused") || err.contains("onnection refused"), "{err}");
    assert!(err.starts_with("error forwarding port 9999 to pod istiod-1"), "{err}");
    drop(pf.take_stream(9999));
    let _ = pf.join().await;
    // A port with no target also errors; a missing pod is a 404.
    let mut pf = pods.portforward("istiod-1", &[1234]).await.unwrap();
    assert!(pf.take_error(1234).unwrap().await.unwrap().contains("kube-sim.dev/forward-to"));
    drop(pf.take_stream(1234));
    let _ = pf.join().await;
    match pods.portforward("nope", &[80]).await {
        Err(kube::Error::Api(st)) => assert_eq!(st.code, 404),
        Err(e) => panic!("expected 404, got {e:?}"),
        Ok(_) => panic!("expected 404"),
    }
}
