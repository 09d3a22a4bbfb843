//! `istioctl validate` on the networking kinds VirtualService, ServiceEntry, WorkloadEntry and
//! WorkloadGroup: valid objects pass, broken ones report each rule at its field.

use insta::assert_snapshot;

use crate::support::{istioctl, repo_root};

#[test]
fn networking_examples() {
    let out = istioctl()
        .current_dir(repo_root())
        .env_remove("PILOT_ENABLE_IP_AUTOALLOCATE")
        .args(["validate", "-f", "docs/examples/validate/networking.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_snapshot!(String::from_utf8_lossy(&out.stderr));
}
