//! `istioctl validate` black-box: exit codes and the exact stderr/stdout for the example files
//! under docs/examples/validate (run from the repository root so paths print relative).

use crate::cli_snapshot;
use crate::support::{repo_root, repo_run as run};

const DIR: &str = "docs/examples/validate";



fn example(name: &str) -> String {
    format!("{DIR}/{name}")
}

#[test]
fn valid_file() {
    cli_snapshot!(run(&["validate", "-f", &example("valid.yaml")], None));
}

#[test]
fn deployment_notice_keeps_the_file_valid() {
    cli_snapshot!(run(&["validate", "-f", &example("notice.yaml")], None));
}

#[test]
fn errors_exit_one_and_name_object_path_and_file() {
    cli_snapshot!(run(&["validate", "-f", &example("errors.yaml")], None));
}

#[test]
fn malformed_yaml_among_good_documents() {
    cli_snapshot!(run(&["validate", "-f", &example("malformed.yaml"), "-f", &example("valid.yaml")], None));
}

#[test]
fn unknown_kinds_are_accepted() {
    cli_snapshot!(run(&["validate", "-f", &example("unknown.yaml")], None));
}

#[test]
fn directory_walk_reads_only_yaml_and_json() {
    cli_snapshot!(run(&["validate", "-f", &example("tree")], None));
}

#[test]
fn comma_separated_and_repeated_files_and_missing_paths() {
    let list = format!("{},{}", example("valid.yaml"), example("no-such-file.yaml"));
    cli_snapshot!(run(&["v", "-f", &list, "-f", &example("valid.yaml")], None));
}

#[test]
fn stdin_valid_and_invalid() {
    let text = std::fs::read_to_string(repo_root().join(DIR).join("valid.yaml")).unwrap();
    cli_snapshot!("stdin_valid", run(&["validate", "-f", "-"], Some(&text)));
    let text = std::fs::read_to_string(repo_root().join(DIR).join("errors.yaml")).unwrap();
    cli_snapshot!("stdin_errors", run(&["validate", "-f", "-"], Some(&text)));
}

#[test]
fn istio_namespace_flag_skips_service_checks() {
    let svc = "apiVersion: v1\nkind: Service\nmetadata: {name: x, namespace: mesh}\nspec: {ports: [{port: 1}]}\n";
    cli_snapshot!("istio_namespace_skips", run(&["validate", "-i", "mesh", "-f", "-"], Some(svc)));
    cli_snapshot!("default_istio_namespace_checks", run(&["validate", "-f", "-"], Some(svc)));
}

#[test]
fn missing_filename_is_an_error() {
    cli_snapshot!(run(&["validate"], None));
}

#[test]
fn positional_argument_is_a_usage_error() {
    cli_snapshot!(run(&["validate", &example("valid.yaml")], None));
}

#[test]
fn istio_kinds_valid() {
    cli_snapshot!(run(&["validate", "-f", &example("istio-valid.yaml")], None));
}

#[test]
fn istio_kinds_warnings_only() {
    cli_snapshot!(run(&["validate", "-f", &example("istio-warnings.yaml")], None));
}

#[test]
fn istio_kinds_errors() {
    cli_snapshot!(run(&["validate", "-f", &example("istio-errors.yaml"), "-f", &example("istio-warnings.yaml")], None));
}

#[test]
fn envoy_filter_patch_values() {
    cli_snapshot!(run(&["validate", "-f", &example("envoy-filter.yaml")], None));
}

#[test]
fn istio_warnings_on_stdin() {
    let text = std::fs::read_to_string(repo_root().join(DIR).join("istio-warnings.yaml")).unwrap();
    cli_snapshot!(run(&["validate", "-f", "-"], Some(&text)));
}

/// A namespace-less object is checked in the kubeconfig context's namespace (`-n` is ignored).
#[test]
fn default_namespace_comes_from_the_kubeconfig_context() {
    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = dir.path().join("config");
    std::fs::write(
        &kubeconfig,
        "apiVersion: v1\nkind: Config\ncurrent-context: a\ncontexts:\n- name: a\n  context: {cluster: c, user: u, namespace: team-a}\n\
         - name: b\n  context: {cluster: c, user: u}\nclusters:\n- name: c\n  cluster: {server: https://127.0.0.1:1}\nusers:\n- name: u\n  user: {}\n",
    )
    .unwrap();
    let kc = kubeconfig.to_string_lossy().into_owned();
    let file = example("export-to.yaml");
    cli_snapshot!("context_namespace", run(&["validate", "--kubeconfig", &kc, "-f", &file], None));
    cli_snapshot!("other_context", run(&["validate", "--kubeconfig", &kc, "--context", "b", "-f", &file], None));
    cli_snapshot!("namespace_flag_ignored", run(&["validate", "-n", "team-a", "-f", &file], None));
}

/// Several members of one proto oneof: upstream's decoder keeps the last declared one (here
/// `consistentHash`), so the file is valid, and only that member's rules run.
#[test]
fn oneof_with_several_members_written_keeps_the_last_declared() {
    let dr = |ch: &str| {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {{name: r, namespace: default}}\n\
             spec:\n  host: reviews\n  trafficPolicy:\n    loadBalancer: {{simple: ROUND_ROBIN, consistentHash: {ch}}}\n"
        )
    };
    cli_snapshot!("oneof_last_valid", run(&["validate", "-f", "-"], Some(&dr("{httpHeaderName: x-user, useSourceIp: true}"))));
    cli_snapshot!("oneof_last_checked", run(&["validate", "-f", "-"], Some(&dr("{httpCookie: {ttl: 0s}}"))));
}

/// Both spellings of one field: no duplicate-field error; the camelCase value is the one used.
#[test]
fn both_spellings_of_a_field_are_accepted() {
    let ra = |camel: &str, snake: &str| {
        format!(
            "apiVersion: security.istio.io/v1\nkind: RequestAuthentication\nmetadata: {{name: jwt, namespace: default}}\n\
             spec:\n  jwtRules:\n  - issuer: https://issuer.example\n    jwks_uri: {snake}\n    jwksUri: {camel}\n"
        )
    };
    cli_snapshot!("camel_wins_valid", run(&["validate", "-f", "-"], Some(&ra("https://issuer.example/jwks", "https://other.example/jwks"))));
    cli_snapshot!("camel_wins_checked", run(&["validate", "-f", "-"], Some(&ra("ftp://issuer.example/jwks", "https://issuer.example/jwks"))));
}

/// Doubles accept upstream's quoted non-finite spellings; comparisons behave as Go's do.
#[test]
fn non_finite_doubles_are_accepted_and_compared_like_go() {
    let vs = |value: &str| {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {{name: v, namespace: default}}\n\
             spec:\n  hosts: [reviews]\n  http:\n  - route: [{{destination: {{host: reviews}}}}]\n    \
             fault: {{abort: {{httpStatus: 503, percentage: {{value: \"{value}\"}}}}}}\n"
        )
    };
    cli_snapshot!("nan_percentage", run(&["validate", "-f", "-"], Some(&vs("NaN"))));
    cli_snapshot!("infinite_percentage", run(&["validate", "-f", "-"], Some(&vs("Infinity"))));
}
