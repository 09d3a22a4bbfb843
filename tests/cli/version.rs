//! `istioctl version` and the usage-error exit code.

use crate::support::istioctl;

#[test]
fn client_only_json_has_upstream_keys() {
    let out = istioctl().args(["version", "--remote=false", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let client = &v["clientVersion"];
    for key in ["version", "revision", "golang_version", "status", "tag"] {
        assert!(client.get(key).is_some(), "missing {key}");
    }
    assert_eq!(client["version"], "1.30.3");
    assert!(out.stderr.is_empty(), "--remote=false must not note anything");
}

#[test]
fn short_line_and_yaml() {
    let out = istioctl().args(["version", "--remote=false"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "client version: 1.30.3\n");
    let out = istioctl().args(["version", "--remote=false", "-o", "yaml"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("clientVersion:\n"), "{text}");
}

#[test]
fn unknown_flag_is_usage_error_64() {
    let out = istioctl().args(["version", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    let out = istioctl().args(["no-such-command"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
}

#[test]
fn help_exits_zero() {
    let out = istioctl().args(["--help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout).unwrap().contains("validate"));
}

#[test]
fn bad_flag_values_name_the_flag() {
    let cases: &[(&[&str], i32, &str)] = &[
        (&["version", "--kubeclient-timeout", "soon"], 64, "invalid value 'soon' for '--kubeclient-timeout <DURATION>'"),
        (&["namespace", "list", "--kubeclient-timeout", "soon"], 64, "'--kubeclient-timeout <DURATION>'"),
        (&["install", "--readiness-timeout", "-5s"], 64, "'--readiness-timeout <DURATION>': a duration cannot be negative"),
        (&["waypoint", "status", "--waypoint-timeout", "1x"], 64, "'--waypoint-timeout <DURATION>'"),
        (&["manifest", "generate", "--set", "foo"], 1, "--set foo: missing \"=\""),
    ];
    for (args, code, message) in cases {
        let out = istioctl().args(*args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}
