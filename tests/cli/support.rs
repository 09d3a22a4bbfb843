//! Shared helpers: run the built binary with a clean environment.

use std::path::PathBuf;

use assert_cmd::Command;

/// The built `istioctl`, with no kubeconfig and no colour.
pub fn istioctl() -> Command {
    let mut cmd = Command::cargo_bin("istioctl").expect("istioctl binary");
    cmd.env_remove("KUBECONFIG")
        .env("HOME", std::env::temp_dir().join("istioctl-test-home"))
        .env("NO_COLOR", "1")
        .env_remove("ISTIOCTL_ISTIONAMESPACE");
    cmd
}

/// The repository root (where Cargo.toml is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `actual` with the committed file at `rel`; with `ISTIOCTL_BLESS=1` rewrites it
/// instead. Fails with a hint naming the command that regenerates it.
pub fn check_generated(rel: &str, actual: &str) {
    let path = repo_root().join(rel);
    if std::env::var_os("ISTIOCTL_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == actual,
        "{rel} is stale: regenerate it with `ISTIOCTL_BLESS=1 cargo test --test cli generated` and commit it"
    );
}
