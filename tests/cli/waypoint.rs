//! `istioctl waypoint generate|apply|list|status|delete` against kube-sim: the Gateway shape
//! (snapshot), enrolment, waiting for Programmed and its timeout, listing, deleting only
//! waypoints, and the missing Gateway API message.

use serde_json::{Value, json};

use crate::cli_snapshot;
use crate::support::{Cluster, yaml_docs};
use crate::support::istioctl;

const GW: &str = "gateway.networking.k8s.io";

fn gateway(name: &str, ns: &str, class: &str) -> String {
    json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": name, "namespace": ns},
        "spec": {"gatewayClassName": class, "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]}})
    .to_string()
}

#[test]
fn generate_needs_no_cluster() {
    let out = istioctl().args(["waypoint", "generate"]).output().unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!("waypoint_generate_default", String::from_utf8(out.stdout).unwrap());
    let out = istioctl()
        .args(["waypoint", "generate", "-n", "apps", "--name", "wp", "--for", "service", "-r", "canary"])
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!("waypoint_generate_labels", String::from_utf8(out.stdout).unwrap());
    let out = istioctl().args(["waypoint", "generate", "--name", "none"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = istioctl().args(["waypoint", "generate", "--for", "everything"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
}

#[test]
fn apply_enrolls_and_reports_programmed_only_when_known() {
    let c = Cluster::start();
    c.gateway_api();
    c.namespace("apps", json!({"istio.io/dataplane-mode": "ambient"}));

    let r = c.run(&["waypoint", "apply", "-n", "apps", "--enroll-namespace", "--for", "service"]);
    cli_snapshot!("apply_enrolls_and_reports_programmed_only_when_known_0", r);
    let gw = c.get(GW, "gateways", "apps", "waypoint").unwrap();
    assert_eq!(gw["spec"]["gatewayClassName"], "istio-waypoint");
    assert_eq!(gw["spec"]["listeners"], json!([{"name": "mesh", "port": 15008, "protocol": "HBONE"}]));
    assert_eq!(gw["metadata"]["labels"], json!({"istio.io/waypoint-for": "service"}));
    let ns = c.get("", "namespaces", "", "apps").unwrap();
    assert_eq!(ns["metadata"]["labels"]["istio.io/use-waypoint"], "waypoint");

    // Already enrolled elsewhere: warn, apply nothing.
    let r = c.run(&["waypoint", "apply", "-n", "apps", "--enroll-namespace", "--name", "other"]);
    cli_snapshot!("apply_enrolls_and_reports_programmed_only_when_known_1", r);
    assert!(c.get(GW, "gateways", "apps", "other").is_none());
    c.ok(&["waypoint", "apply", "-n", "apps", "--enroll-namespace", "--name", "other", "--overwrite"]);
    let ns = c.get("", "namespaces", "", "apps").unwrap();
    assert_eq!(ns["metadata"]["labels"]["istio.io/use-waypoint"], "other");

    // Not ambient: a warning with the fix, and the waypoint is still applied.
    c.namespace("plain", json!({}));
    let r = c.run(&["waypoint", "apply", "-n", "plain", "--enroll-namespace"]);
    cli_snapshot!("apply_enrolls_and_reports_programmed_only_when_known_2", r);

    let r = c.run(&["waypoint", "apply", "-n", "missing"]);
    cli_snapshot!("apply_enrolls_and_reports_programmed_only_when_known_3", r);
}

#[test]
fn wait_succeeds_only_when_programmed() {
    let c = Cluster::start();
    c.gateway_api();
    c.namespace("apps", json!({}));
    let out = c.ok(&["waypoint", "apply", "-n", "apps", "--wait"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains("waypoint apps/waypoint applied (not yet known to be programmed"), "{out}");
    assert!(lines[1].contains("waypoint apps/waypoint is ready!"), "{out}");

    c.sim.set_gateway_controller(false);
    let r = c.run(&["waypoint", "apply", "-n", "apps", "--name", "stuck", "-w", "--waypoint-timeout", "2s", "--enroll-namespace"]);
    cli_snapshot!("wait_succeeds_only_when_programmed_0", r);
    let ns = c.get("", "namespaces", "", "apps").unwrap();
    assert!(ns["metadata"]["labels"].get("istio.io/use-waypoint").is_none(), "no enrolment after a failed wait");

    // status: a snapshot without waiting shows the pending condition; waiting times out naming it.
    let out = c.ok(&["waypoint", "status", "-n", "apps", "--wait=false"]);
    let stuck = out.lines().find(|l| l.starts_with("stuck")).unwrap_or_default().to_string();
    assert!(stuck.contains("Unknown") && stuck.contains("Pending") && stuck.contains("Waiting for controller"), "{out}");
    let r = c.run(&["waypoint", "status", "-n", "apps", "--waypoint-timeout", "1s"]);
    cli_snapshot!("wait_succeeds_only_when_programmed_1", r);

    c.sim.set_gateway_controller(true);
    let out = c.ok(&["waypoint", "status", "-n", "apps"]);
    assert!(out.starts_with("NAME         STATUS     TYPE           REASON"), "{out}");
    cli_snapshot!("wait_succeeds_only_when_programmed_2", out);
}

#[test]
fn list_formats() {
    let c = Cluster::start();
    c.gateway_api();
    c.namespace("apps", json!({}));
    c.namespace("other", json!({}));
    assert_eq!(c.ok(&["waypoint", "list", "-n", "apps"]), "No waypoints found.\n");
    assert_eq!(c.ok(&["waypoint", "list", "-n", "apps", "-o", "json"]).trim(), "[]");
    c.apply(&gateway("ingress", "apps", "istio"));
    assert_eq!(c.ok(&["waypoint", "list", "-n", "apps"]), "NAME     REVISION     TRAFFIC TYPE     PROGRAMMED\n");

    c.ok(&["waypoint", "apply", "-n", "apps", "--wait", "--for", "workload"]);
    c.ok(&["waypoint", "apply", "-n", "other", "--name", "wp2", "-r", "canary", "--wait"]);
    let out = c.ok(&["waypoint", "list", "-n", "apps"]);
    assert_eq!(out, "NAME         REVISION     TRAFFIC TYPE     PROGRAMMED\nwaypoint     default      workload         True\n");
    let all: Value = serde_json::from_str(&c.ok(&["waypoint", "list", "-A", "-o", "json"])).unwrap();
    let rows: Vec<(&str, &str, &str)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["namespace"].as_str().unwrap(), w["name"].as_str().unwrap(), w["revision"].as_str().unwrap()))
        .collect();
    assert_eq!(rows, [("apps", "waypoint", "default"), ("other", "wp2", "canary")]);
    let table = c.ok(&["waypoint", "list", "-A"]);
    assert!(table.starts_with("NAMESPACE     NAME"), "{table}");
    let yaml = c.ok(&["waypoint", "list", "-A", "-o", "yaml"]);
    cli_snapshot!("list_formats_0", yaml);
}

#[test]
fn delete_only_touches_waypoints_and_their_labels() {
    let c = Cluster::start();
    c.gateway_api();
    c.namespace("apps", json!({"istio.io/dataplane-mode": "ambient"}));
    c.namespace("elsewhere", json!({"istio.io/use-waypoint": "waypoint", "istio.io/use-waypoint-namespace": "apps"}));
    c.ok(&["waypoint", "apply", "-n", "apps", "--enroll-namespace"]);
    c.ok(&["waypoint", "apply", "-n", "apps", "--name", "keep"]);
    c.apply(&gateway("ingress", "apps", "istio"));
    c.apply(&json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "reviews", "namespace": "apps",
        "labels": {"istio.io/use-waypoint": "waypoint"}}, "spec": {"ports": [{"port": 9080}]}}).to_string());

    let r = c.run(&["waypoint", "delete", "ingress", "-n", "apps"]);
    cli_snapshot!("delete_only_touches_waypoints_and_their_labels_0", r);
    assert!(c.get(GW, "gateways", "apps", "ingress").is_some());

    let r = c.run(&["waypoint", "delete", "waypoint", "nothere", "-n", "apps"]);
    cli_snapshot!("delete_only_touches_waypoints_and_their_labels_1", r);
    let labels = |ns: &str| c.get("", "namespaces", "", ns).unwrap()["metadata"]["labels"].clone();
    assert!(labels("apps").get("istio.io/use-waypoint").is_none());
    assert_eq!(labels("apps")["istio.io/dataplane-mode"], "ambient", "other labels stay");
    assert!(labels("elsewhere").get("istio.io/use-waypoint-namespace").is_none());
    let svc = c.get("", "services", "apps", "reviews").unwrap();
    assert!(svc["metadata"]["labels"].get("istio.io/use-waypoint").is_none());

    let out = c.ok(&["waypoint", "delete", "--all", "-n", "apps"]);
    assert_eq!(out, "waypoint apps/keep deleted\n");
    assert!(c.get(GW, "gateways", "apps", "ingress").is_some(), "delete --all keeps non-waypoint Gateways");
    assert!(c.get(GW, "gateways", "apps", "keep").is_none());

    let r = c.run(&["waypoint", "delete", "-n", "apps"]);
    cli_snapshot!("delete_only_touches_waypoints_and_their_labels_2", r);
}

#[test]
fn missing_gateway_api_is_named_and_nothing_is_half_applied() {
    let c = Cluster::start();
    c.namespace("apps", json!({"istio.io/dataplane-mode": "ambient"}));
    let r = c.run(&["waypoint", "apply", "-n", "apps", "--enroll-namespace"]);
    cli_snapshot!("missing_gateway_api_is_named_and_nothing_is_half_applied_0", r);
    let ns = c.get("", "namespaces", "", "apps").unwrap();
    assert!(ns["metadata"]["labels"].get("istio.io/use-waypoint").is_none(), "namespace untouched");
    assert_eq!(c.ok(&["waypoint", "list", "-o", "json", "-n", "apps"]).trim(), "[]");
    let docs = yaml_docs(&c.ok(&["waypoint", "generate", "-n", "apps"]));
    assert_eq!(docs[0]["metadata"]["namespace"], "apps");
}

#[test]
fn status_honours_name_and_names_are_checked() {
    let c = Cluster::start();
    c.gateway_api();
    c.sim.set_gateway_controller(true);
    c.namespace("apps", json!({}));
    c.ok(&["waypoint", "apply", "-n", "apps", "--wait"]);
    c.ok(&["waypoint", "apply", "-n", "apps", "--name", "second", "--wait"]);
    let out = c.ok(&["waypoint", "status", "-n", "apps", "--name", "second"]);
    let names: Vec<&str> = out.lines().skip(1).filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(names, ["second"], "{out}");
    let out = c.ok(&["waypoint", "status", "-n", "apps"]);
    assert_eq!(out.lines().count(), 3, "without --name every waypoint shows:\n{out}");
    let r = c.run(&["waypoint", "status", "-n", "apps", "--name", "absent"]);
    cli_snapshot!("status_honours_name_and_names_are_checked_0", r);
    c.sim.reset_requests();
    let r = c.run(&["waypoint", "apply", "-n", "apps", "--name", "Bad_Name"]);
    cli_snapshot!("status_honours_name_and_names_are_checked_1", r);
    assert_eq!(c.sim.requests().mutating, 0);
}
