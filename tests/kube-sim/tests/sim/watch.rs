//! Watch: stream framing, resourceVersion semantics, 410 Gone, bookmarks, timeouts, selector
//! transitions, and kube-rs' watcher resuming through a compaction.

use std::time::Duration;

use futures::StreamExt;
use kube::api::Api;
use kube::runtime::watcher;
use serde_json::json;

use crate::support::*;

fn cm(name: &str, app: &str) -> serde_json::Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "labels": {"app": app}}, "data": {"v": "1"}})
}

#[tokio::test]
async fn stream_shape_and_resource_version_semantics() {
    let s = sim();
    create_ns(&s, "w").await;
    eventually(|| s.object("", "configmaps", "w", "kube-root-ca.crt")).await;
    let a = post(&s, "/api/v1/namespaces/w/configmaps", cm("a", "x")).await.body;
    // Headers arrive at once even though no event is due.
    let mut w = Watch::open(&s, &format!("/api/v1/namespaces/w/configmaps?watch=true&resourceVersion={}", s.resource_version())).await;
    assert_eq!((w.code, w.headers["content-type"].to_str().unwrap()), (200, "application/json"));
    post(&s, "/api/v1/namespaces/w/configmaps", cm("b", "x")).await;
    patch(&s, "/api/v1/namespaces/w/configmaps/b", "application/merge-patch+json", r#"{"data":{"v":"2"}}"#).await;
    let del = delete(&s, "/api/v1/namespaces/w/configmaps/b", None).await;
    assert_eq!((del.body["kind"].as_str(), del.body["status"].as_str()), (Some("Status"), Some("Success")), "configmaps answer a Success Status");
    let evs = w.take(3).await;
    let types: Vec<&str> = evs.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["ADDED", "MODIFIED", "DELETED"]);
    for e in &evs {
        assert_eq!((e["object"]["kind"].as_str(), e["object"]["apiVersion"].as_str()), (Some("ConfigMap"), Some("v1")));
    }
    assert!(rv(&evs[2]["object"]) > rv(&evs[1]["object"]), "DELETED carries the deletion RV");
    assert_eq!(evs[2]["object"]["data"]["v"], "2", "DELETED carries the last state");
    // Unset RV replays the current state as ADDED.
    let mut w0 = Watch::open(&s, "/api/v1/namespaces/w/configmaps?watch=1").await;
    let names: Vec<String> = w0.take(2).await.iter().map(|e| {
        assert_eq!(e["type"], "ADDED");
        e["object"]["metadata"]["name"].as_str().unwrap().to_string()
    }).collect();
    assert!(names.contains(&"a".to_string()));
    // "N" sends only later changes: resume from a's RV sees b's history.
    let mut wr = Watch::open(&s, &format!("/api/v1/namespaces/w/configmaps?watch=true&resourceVersion={}", rv(&a))).await;
    let t: Vec<String> = wr.take(3).await.iter().map(|e| format!("{}:{}", e["type"].as_str().unwrap(), e["object"]["metadata"]["name"].as_str().unwrap())).collect();
    assert!(t.ends_with(&["ADDED:b".to_string(), "MODIFIED:b".into(), "DELETED:b".into()]), "{t:?}");
    // A no-op write emits nothing.
    let mut quiet = Watch::open(&s, &format!("/api/v1/namespaces/w/configmaps?watch=true&resourceVersion={}", s.resource_version())).await;
    patch(&s, "/api/v1/namespaces/w/configmaps/a", "application/merge-patch+json", r#"{"data":{"v":"1"}}"#).await;
    assert!(quiet.next(Duration::from_millis(300)).await.is_none());
    // Too old → a single ERROR event with 410 Expired, then the stream ends.
    s.compact();
    let mut old = Watch::open(&s, &format!("/api/v1/namespaces/w/configmaps?watch=true&resourceVersion={}", rv(&a))).await;
    let e = old.take(1).await.remove(0);
    assert_eq!(e["type"], "ERROR");
    assert_eq!((e["object"]["code"].as_i64(), e["object"]["reason"].as_str()), (Some(410), Some("Expired")));
    assert!(e["object"]["message"].as_str().unwrap().starts_with("too old resource version:"));
    assert!(old.next(Duration::from_secs(2)).await.is_none());
}

#[tokio::test]
async fn bookmarks_timeouts_and_initial_events() {
    let s = sim();
    post(&s, "/api/v1/namespaces/default/configmaps", cm("a", "x")).await;
    eventually(|| s.object("", "configmaps", "default", "kube-root-ca.crt")).await;
    let mut w = Watch::open(&s, &format!("/api/v1/namespaces/default/configmaps?watch=true&allowWatchBookmarks=true&timeoutSeconds=1&resourceVersion={}", s.resource_version())).await;
    let e = w.next(Duration::from_secs(5)).await.expect("a bookmark before the timeout closes the stream");
    assert_eq!(e["type"], "BOOKMARK");
    assert_eq!((e["object"]["kind"].as_str(), e["object"]["apiVersion"].as_str()), (Some("ConfigMap"), Some("v1")));
    assert!(e["object"]["metadata"]["resourceVersion"].as_str().is_some());
    assert!(w.next(Duration::from_secs(5)).await.is_none(), "timeoutSeconds ends the stream");
    let mut w = Watch::open(&s, "/api/v1/namespaces/default/configmaps?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true").await;
    let mut seen = Vec::new();
    loop {
        let e = w.next(Duration::from_secs(5)).await.unwrap();
        if e["type"] == "BOOKMARK" {
            assert_eq!(e["object"]["metadata"]["annotations"]["k8s.io/initial-events-end"], "true");
            break;
        }
        seen.push(e["object"]["metadata"]["name"].as_str().unwrap().to_string());
    }
    assert!(seen.contains(&"a".to_string()));
    let r = get(&s, "/api/v1/namespaces/default/configmaps?watch=true&sendInitialEvents=true").await;
    assert_eq!(r.code, 422);
}

#[tokio::test]
async fn selector_transitions_in_a_watch() {
    let s = sim();
    let mut w = Watch::open(&s, &format!("/api/v1/namespaces/default/configmaps?watch=true&labelSelector=app%3Dx&resourceVersion={}", s.resource_version())).await;
    post(&s, "/api/v1/namespaces/default/configmaps", cm("a", "y")).await; // never matches: nothing
    patch(&s, "/api/v1/namespaces/default/configmaps/a", "application/merge-patch+json", r#"{"metadata":{"labels":{"app":"x"}}}"#).await;
    patch(&s, "/api/v1/namespaces/default/configmaps/a", "application/merge-patch+json", r#"{"data":{"v":"2"}}"#).await;
    patch(&s, "/api/v1/namespaces/default/configmaps/a", "application/merge-patch+json", r#"{"metadata":{"labels":{"app":"z"}}}"#).await;
    let evs = w.take(3).await;
    let types: Vec<&str> = evs.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["ADDED", "MODIFIED", "DELETED"]);
    assert_eq!(evs[2]["object"]["metadata"]["labels"]["app"], "z", "DELETED carries the new state");
    assert!(w.next(Duration::from_millis(200)).await.is_none());
}

#[tokio::test]
async fn kube_rs_watcher_resumes_and_relists_after_410() {
    let s = sim();
    let api: Api<k8s_openapi::api::core::v1::ConfigMap> = Api::namespaced(kube_client(&s), "default");
    let mut stream = watcher(api, watcher::Config::default()).boxed();
    loop {
        if let watcher::Event::InitDone = stream.next().await.unwrap().unwrap() {
            break;
        }
    }
    let name = |e: &watcher::Event<k8s_openapi::api::core::v1::ConfigMap>| match e {
        watcher::Event::Apply(o) | watcher::Event::InitApply(o) => o.metadata.name.clone(),
        _ => None,
    };
    post(&s, "/api/v1/namespaces/default/configmaps", cm("first", "x")).await;
    loop {
        let e = tokio::time::timeout(Duration::from_secs(10), stream.next()).await.unwrap().unwrap().unwrap();
        if name(&e).as_deref() == Some("first") {
            break;
        }
    }
    let lists_before = s.requests().by_verb["list"];
    // A write the watcher never sees, then a reset: its resume point is now too old.
    post(&s, "/api/v1/namespaces/default/secrets", json!({"metadata": {"name": "unseen"}})).await;
    s.compact();
    post(&s, "/api/v1/namespaces/default/configmaps", cm("second", "x")).await;
    loop {
        let e = tokio::time::timeout(Duration::from_secs(10), stream.next()).await.unwrap();
        if let Some(Ok(e)) = e
            && name(&e).as_deref() == Some("second")
        {
            break;
        }
    }
    let st = s.requests();
    assert!(st.by_verb["watch"] >= 2, "watch resumed: {:?}", st.log.iter().map(|r| format!("{} {} {}", r.verb, r.path, r.code)).collect::<Vec<_>>());
    assert!(st.by_verb["list"] > lists_before, "re-listed after 410");
    assert!(st.log.iter().any(|r| r.verb == "watch" && r.path.ends_with("/configmaps")), "{:?}", st.log);
}
