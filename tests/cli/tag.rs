//! `istioctl tag set|generate|list|remove` against kube-sim: round trips, refusals (overwrite,
//! missing revision, tag named like a revision), the default tag after a default install, and
//! `-o json` that always parses.

use serde_json::{Value, json};

use crate::cli_snapshot;
use crate::support::{Cluster, yaml_docs};

const ADM: &str = "admissionregistration.k8s.io";

fn labels(v: &Value) -> &serde_json::Map<String, Value> {
    v["metadata"]["labels"].as_object().unwrap()
}

#[test]
fn set_list_remove_round_trip() {
    let c = Cluster::start();
    c.install_revision("1-30-3");
    c.namespace("apps", json!({"istio.io/rev": "prod"}));

    let out = c.ok(&["tag", "set", "prod", "--revision", "1-30-3"]);
    cli_snapshot!("set_list_remove_round_trip_0", out);
    let mwc = c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-prod").expect("tag webhook applied");
    assert_eq!(labels(&mwc)["istio.io/tag"], "prod");
    assert_eq!(labels(&mwc)["istio.io/rev"], "1-30-3");
    assert!(labels(&mwc).keys().all(|k| !k.contains("operator.istio.io")), "user-managed tags carry no operator labels");
    assert_eq!(mwc["webhooks"][0]["clientConfig"]["service"]["name"], "istiod-1-30-3");
    let svc = c.get("", "services", "istio-system", "istiod-revision-tag-prod").expect("tag Service applied");
    assert_eq!(svc["spec"]["selector"], json!({"app": "istiod", "istio.io/rev": "1-30-3"}));
    assert!(c.get(ADM, "validatingwebhookconfigurations", "", "istiod-default-validator").is_none(), "only the default tag validates");

    let list: Value = serde_json::from_str(&c.ok(&["tag", "list", "-o", "json"])).unwrap();
    assert_eq!(list, json!([{"tag": "prod", "revision": "1-30-3", "namespaces": ["apps"]}]));
    let table = c.ok(&["tag", "list"]);
    assert_eq!(table, "TAG  REVISION NAMESPACES\nprod 1-30-3   apps\n");
    let yaml = c.ok(&["tag", "show", "-o", "yaml"]);
    cli_snapshot!("set_list_remove_round_trip_1", yaml);

    // Namespaces still use the tag: without -y the prompt gets no answer, so nothing is removed.
    let r = c.run(&["tag", "remove", "prod"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("apps") && r.stdout.contains("Aborting operation."), "{}", r.stdout);
    assert!(c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-prod").is_some());

    let out = c.ok(&["tag", "remove", "prod", "-y"]);
    cli_snapshot!("set_list_remove_round_trip_2", out);
    assert!(c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-prod").is_none());
    assert!(c.get("", "services", "istio-system", "istiod-revision-tag-prod").is_none());
    // The revision itself is untouched and still listed, untagged.
    let list: Value = serde_json::from_str(&c.ok(&["tag", "list", "-o", "json"])).unwrap();
    assert_eq!(list, json!([{"tag": "", "revision": "1-30-3", "namespaces": []}]));

    let r = c.run(&["tag", "remove", "prod"]);
    cli_snapshot!("set_list_remove_round_trip_3", r);
}

#[test]
fn empty_cluster_lists_nothing_in_every_format() {
    let c = Cluster::start();
    assert_eq!(c.ok(&["tag", "list", "-o", "json"]).trim(), "[]");
    assert_eq!(c.ok(&["tag", "list"]), "No Istio revision tags found.\n");
    let r = c.run(&["tag", "set", "prod", "--revision", "1-30-3"]);
    cli_snapshot!("empty_cluster_lists_nothing_in_every_format_0", r);
}

#[test]
fn refusals_say_what_exists() {
    let c = Cluster::start();
    c.install_revision("1-30-3");
    c.install_revision("canary");

    let r = c.run(&["tag", "set", "prod", "--revision", "1-29-0"]);
    cli_snapshot!("refusals_say_what_exists_0", r);

    let r = c.run(&["tag", "set", "canary", "--revision", "1-30-3"]);
    cli_snapshot!("refusals_say_what_exists_1", r);

    c.ok(&["tag", "set", "prod", "--revision", "1-30-3"]);
    let r = c.run(&["tag", "set", "prod", "--revision", "canary"]);
    cli_snapshot!("refusals_say_what_exists_2", r);
    let mwc = c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-prod").unwrap();
    assert_eq!(labels(&mwc)["istio.io/rev"], "1-30-3", "a refused set changes nothing");

    c.ok(&["tag", "set", "prod", "--revision", "canary", "--overwrite"]);
    let mwc = c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-prod").unwrap();
    assert_eq!(labels(&mwc)["istio.io/rev"], "canary");
    assert_eq!(mwc["webhooks"][0]["clientConfig"]["service"]["name"], "istiod-canary");
    let list: Value = serde_json::from_str(&c.ok(&["tag", "list", "-o", "json"])).unwrap();
    let tags: Vec<(&str, &str)> = list.as_array().unwrap().iter().map(|t| (t["tag"].as_str().unwrap(), t["revision"].as_str().unwrap())).collect();
    assert_eq!(tags, [("", "1-30-3"), ("prod", "canary")]);
}

#[test]
fn a_webhook_calling_a_missing_istiod_asks_first() {
    let c = Cluster::start();
    c.install_revision_parts("1-30-3", false);
    let r = c.run(&["tag", "set", "prod", "--revision", "1-30-3"]);
    cli_snapshot!("a_webhook_calling_a_missing_istiod_asks_first_0", r);
    assert!(c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-prod").is_none(), "nothing applied");
    let r = c.run(&["tag", "generate", "prod", "--revision", "1-30-3"]);
    cli_snapshot!("a_webhook_calling_a_missing_istiod_asks_first_1", r);
    c.ok(&["tag", "set", "prod", "--revision", "1-30-3", "-y"]);
    assert!(c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-prod").is_some());
}

#[test]
fn generate_prints_and_writes_nothing() {
    let c = Cluster::start();
    c.install_revision("1-30-3");
    let before = c.sim.resource_version();
    let out = c.ok(&["tag", "generate", "prod", "--revision", "1-30-3", "--webhook-name", "my-tag-webhook"]);
    assert_eq!(c.sim.resource_version(), before, "generate must not write");
    let docs = yaml_docs(&out);
    let kinds: Vec<&str> = docs.iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["MutatingWebhookConfiguration", "Service"]);
    assert_eq!(docs[0]["metadata"]["name"], "my-tag-webhook");
    insta::assert_snapshot!("tag_generate_prod", out);

    // -i elsewhere: the webhook name gets the namespace suffix, the Service lives there.
    let docs = yaml_docs(&c.ok(&["tag", "generate", "prod", "--revision", "1-30-3", "-i", "other-ns"]));
    assert_eq!(docs[0]["metadata"]["name"], "istio-revision-tag-prod-other-ns");
    assert_eq!(docs[1]["metadata"]["namespace"], "other-ns");
}

#[test]
fn default_tag_after_a_default_install() {
    let c = Cluster::start();
    c.install_revision("");
    // What install does after applying the control plane (install is a separate command).
    c.ok(&["tag", "set", "default", "--revision", "default", "--auto-inject-namespaces"]);
    let mwc = c.get(ADM, "mutatingwebhookconfigurations", "", "istio-revision-tag-default").unwrap();
    let names: Vec<&str> = mwc["webhooks"].as_array().unwrap().iter().map(|w| w["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "rev.namespace.sidecar-injector.istio.io",
            "rev.object.sidecar-injector.istio.io",
            "namespace.sidecar-injector.istio.io",
            "object.sidecar-injector.istio.io",
            "auto.sidecar-injector.istio.io"
        ]
    );
    let vwc = c.get(ADM, "validatingwebhookconfigurations", "", "istiod-default-validator").expect("default tag validator");
    assert_eq!(labels(&vwc)["istio.io/tag"], "default");
    assert_eq!(vwc["webhooks"][0]["clientConfig"]["service"]["name"], "istiod");
    // The untagged injector is kept but matches nothing any more.
    let old = c.get(ADM, "mutatingwebhookconfigurations", "", "istio-sidecar-injector").unwrap();
    for wh in old["webhooks"].as_array().unwrap() {
        assert_eq!(wh["namespaceSelector"], json!({"matchLabels": {"istio.io/deactivated": "never-match"}}));
        assert_eq!(wh["objectSelector"], json!({"matchLabels": {"istio.io/deactivated": "never-match"}}));
    }

    let r = c.run(&["tag", "set", "default", "--revision", "default"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("revision tag \"default\" already exists, and --overwrite is false"), "{}", r.stderr);

    // istiod turned the validator to Fail: regenerating leaves the policy for istiod to set.
    let mut live = vwc.clone();
    live["webhooks"][0]["failurePolicy"] = json!("Fail");
    c.apply(&json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
        "metadata": {"name": "istiod-default-validator"}, "webhooks": live["webhooks"]}).to_string());
    let out = c.ok(&["tag", "generate", "default", "--revision", "default", "--overwrite"]);
    let docs = yaml_docs(&out);
    assert_eq!(docs.len(), 3);
    assert!(docs[1]["webhooks"][0].get("failurePolicy").is_none(), "{out}");

    // The default tag is also what `version` resolves an empty --revision to.
    c.ok(&["tag", "set", "default", "--revision", "default", "--overwrite"]);
    let list: Value = serde_json::from_str(&c.ok(&["tag", "list", "-o", "json"])).unwrap();
    assert_eq!(list, json!([{"tag": "default", "revision": "default", "namespaces": []}]));

    c.ok(&["tag", "remove", "default"]);
    assert!(c.get(ADM, "validatingwebhookconfigurations", "", "istiod-default-validator").is_none());
}

#[test]
fn a_webhook_overlapping_another_injector_asks_first() {
    let c = Cluster::start();
    c.install_revision("1-30-3");
    c.ok(&["tag", "set", "prod", "--revision", "1-30-3"]);
    // A second configuration for the same tag under another name would inject prod pods twice.
    let r = c.run(&["tag", "set", "prod", "--revision", "1-30-3", "--overwrite", "--webhook-name", "second-prod"]);
    assert_eq!(r.code, 0, "declining exits 0: {}", r.stderr);
    assert!(r.stderr.contains("creating tag would conflict, pass --skip-confirmation to proceed:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("Error [IST0139] (MutatingWebhookConfiguration second-prod) Webhook overlaps with others: [istio-revision-tag-prod/rev.namespace.sidecar-injector.istio.io"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("(MutatingWebhookConfiguration istio-revision-tag-prod)"), "only the new webhook's messages: {}", r.stderr);
    assert!(c.get(ADM, "mutatingwebhookconfigurations", "", "second-prod").is_none(), "nothing applied");
    // Re-pointing the tag under its own name replaces the old configuration: no overlap.
    let r = c.run(&["tag", "set", "prod", "--revision", "1-30-3", "--overwrite"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("IST0139"), "{}", r.stderr);
    // The default tag takes over from the untagged injector, which is deactivated, not an overlap;
    // `generate` leaves the injector active, so the overlap is reported there.
    let c2 = Cluster::start();
    c2.install_revision("");
    let r = c2.run(&["tag", "generate", "default", "--revision", "default"]);
    assert!(r.stderr.contains("Webhook overlaps with others: [istio-sidecar-injector/"), "{}", r.stderr);
    let r = c2.run(&["tag", "set", "default", "--revision", "default"]);
    assert!(!r.stderr.contains("IST0139"), "{}", r.stderr);
}

#[test]
fn tag_names_are_checked_before_the_cluster_is_asked() {
    let c = Cluster::start();
    c.install_revision("canary");
    c.sim.reset_requests();
    let too_long = "a".repeat(44);
    for bad in ["Prod", "pr_od", "prod-", too_long.as_str()] {
        for cmd in ["set", "generate"] {
            let r = c.run(&["tag", cmd, bad, "--revision", "canary"]);
            assert_eq!(r.code, 1, "{cmd} {bad}: {}", r.stderr);
            assert!(r.stderr.contains(&format!("invalid revision tag name {bad:?}")) && r.stderr.contains("DNS-1123"), "{}", r.stderr);
        }
    }
    assert_eq!(c.sim.requests().mutating, 0);
    c.ok(&["tag", "set", &"a".repeat(43), "--revision", "canary"]);
}
