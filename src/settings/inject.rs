//! `kube-inject` flags → [`KubeInjectSettings`]: the input and output paths, where each injector
//! input comes from (file or the revision's ConfigMap), the revision (`default` means none).

use crate::cli::inject::KubeInjectArgs;

/// What `kube-inject` was asked to do.
#[derive(Debug, Clone)]
pub struct KubeInjectSettings {
    /// `-f` ("-" = stdin); empty when not given (upstream's error is raised by the command).
    pub filename: String,
    /// `-o`; `None` = stdout.
    pub output: Option<String>,
    pub mesh_config_file: Option<String>,
    /// The mesh ConfigMap, `-<rev>` appended to the default name for a revision.
    pub mesh_config_map: String,
    pub inject_config_file: Option<String>,
    /// The injector ConfigMap (keys `config`, `values`), `-<rev>` appended to the default name.
    pub inject_config_map: String,
    pub values_file: Option<String>,
    pub operator_file: Option<String>,
    /// "" for the default revision.
    pub revision: String,
}

fn some(s: String) -> Option<String> {
    if s.is_empty() { None } else { Some(s) }
}

impl KubeInjectSettings {
    pub fn resolve(args: KubeInjectArgs) -> KubeInjectSettings {
        let KubeInjectArgs {
            filename,
            output,
            mesh_config_file,
            mesh_config_map_name,
            inject_config_file,
            inject_config_map_name,
            values_file,
            operator_file_name,
            // Used by upstream only in log messages.
            webhook_config: _,
            revision,
            // Remote injection through the webhook is not built: these are accepted and unused.
            xds_address: _,
            cert_dir: _,
            xds_label: _,
            xds_port: _,
            timeout: _,
            authority: _,
            insecure: _,
            plaintext: _,
        } = args;
        let revision = if revision == "default" { String::new() } else { revision };
        let suffix = if revision.is_empty() { String::new() } else { format!("-{revision}") };
        let with_rev =
            |name: String, default: &str| if name == default { format!("{default}{suffix}") } else { name };
        KubeInjectSettings {
            filename,
            output: some(output),
            mesh_config_file: some(mesh_config_file),
            mesh_config_map: with_rev(mesh_config_map_name, "istio"),
            inject_config_file: some(inject_config_file),
            inject_config_map: with_rev(inject_config_map_name, "istio-sidecar-injector"),
            values_file: some(values_file),
            operator_file: some(operator_file_name),
            revision,
        }
    }
}
