//! `istioctl kube-inject` flags (upstream's names and defaults, spec istioctl-surface.md §11.1).

use clap::Args;

/// `istioctl kube-inject`
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  istioctl kube-inject -f deployment.yaml -o deployment-injected.yaml\n  \
istioctl kube-inject -f deployment.yaml --injectConfigFile inject-config.yaml --meshConfigFile mesh.yaml \
--valuesFile values.json\n  istioctl kube-inject -f - -r canary\n\nWithout --injectConfigFile the templates and \
values come from the ConfigMap istio-sidecar-injector[-<rev>] in the Istio namespace (this build does not call \
the injection webhook)."
)]
pub struct KubeInjectArgs {
    /// Input Kubernetes resource filename ("-" reads stdin)
    #[arg(short = 'f', long = "filename", default_value = "", hide_default_value = true)]
    pub filename: String,
    /// Modified output Kubernetes resource filename
    #[arg(short = 'o', long = "output", default_value = "", hide_default_value = true)]
    pub output: String,
    /// Mesh configuration filename. Takes precedence over --meshConfigMapName if set
    #[arg(long = "meshConfigFile", default_value = "", hide_default_value = true)]
    pub mesh_config_file: String,
    /// ConfigMap name for Istio mesh configuration, key should be "mesh"
    #[arg(long = "meshConfigMapName", default_value = "istio")]
    pub mesh_config_map_name: String,
    /// Injection configuration filename. Cannot be used with --injectConfigMapName
    #[arg(long = "injectConfigFile", default_value = "", hide_default_value = true)]
    pub inject_config_file: String,
    /// ConfigMap name for Istio sidecar injection, key should be "config"
    #[arg(long = "injectConfigMapName", default_value = "istio-sidecar-injector", hide = true)]
    pub inject_config_map_name: String,
    /// Injection values configuration filename
    #[arg(long = "valuesFile", default_value = "", hide_default_value = true)]
    pub values_file: String,
    /// Path to file containing IstioOperator custom resource; its values and meshConfig win
    #[arg(long = "operatorFileName", default_value = "", hide_default_value = true)]
    pub operator_file_name: String,
    /// MutatingWebhookConfiguration name of the injector (used only in messages)
    #[arg(long = "webhookConfig", default_value = "istio-sidecar-injector")]
    pub webhook_config: String,
    /// Control plane revision
    #[arg(short = 'r', long = "revision", default_value = "", hide_default_value = true)]
    pub revision: String,
    /// Istiod address (accepted for compatibility; no remote injection in this build)
    #[arg(long = "xds-address", default_value = "", hide_default_value = true)]
    pub xds_address: String,
    /// XDS client certificate directory (accepted for compatibility)
    #[arg(long = "cert-dir", default_value = "", hide_default_value = true)]
    pub cert_dir: String,
    /// Istiod pod label selector (accepted for compatibility)
    #[arg(long = "xds-label", default_value = "", hide_default_value = true)]
    pub xds_label: String,
    /// Istiod pod port (accepted for compatibility)
    #[arg(long = "xds-port", default_value_t = 15012)]
    pub xds_port: u16,
    /// The duration to wait before failing (accepted for compatibility)
    #[arg(long = "timeout", default_value = "30s")]
    pub timeout: String,
    /// XDS Subject Alternative Name (accepted for compatibility)
    #[arg(long = "authority", default_value = "", hide_default_value = true)]
    pub authority: String,
    /// Allow insecure XDS TLS (accepted for compatibility)
    #[arg(long = "insecure", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub insecure: Option<bool>,
    /// Plaintext XDS (accepted for compatibility)
    #[arg(long = "plaintext", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub plaintext: Option<bool>,
}
