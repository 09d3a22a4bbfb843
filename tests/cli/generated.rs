//! Generated files stay in step with the command tree: completions/, docs/cli.md.

use crate::support::{check_generated, istioctl};

#[test]
fn command_tree_is_consistent() {
    istioctl::cli::command().debug_assert();
}

#[test]
fn completions_are_fresh() {
    for (shell, file) in [
        ("bash", "completions/istioctl.bash"),
        ("zsh", "completions/_istioctl"),
        ("fish", "completions/istioctl.fish"),
        ("powershell", "completions/istioctl.ps1"),
    ] {
        let out = istioctl().args(["completion", shell]).output().unwrap();
        assert!(out.status.success(), "completion {shell} failed");
        check_generated(file, &String::from_utf8(out.stdout).unwrap());
    }
}

#[test]
fn cli_reference_is_fresh() {
    check_generated("docs/cli.md", &istioctl::cli::docs::markdown(&istioctl::cli::command()));
}

#[test]
fn every_exit_path_in_the_reference_exits_as_documented() {
    for path in istioctl::cli::docs::EXIT_PATHS {
        let out = istioctl().args(path.args).write_stdin("").output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(path.code),
            "istioctl {:?} ({}): stderr {}",
            path.args,
            path.what,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
