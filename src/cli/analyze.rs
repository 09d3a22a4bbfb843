//! `istioctl analyze [FILE|DIR|-]...`: clap types only, the flags of upstream 1.30.3 (surface
//! §9.1). Levels, the output format and `--timeout` are parsed here, so a bad value is a usage
//! error (exit 64) with upstream's wording.

use clap::Args;

use crate::analyze::Level;

/// Output formats of `analyze` (`sarif` is ours: SARIF 2.1.0 for code-scanning tools).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnalyzeOutput {
    Log,
    Json,
    Yaml,
    Sarif,
}

/// `-o`: lower-cased, then one of log/json/yaml/sarif (upstream's error text otherwise).
fn parse_output(s: &str) -> Result<AnalyzeOutput, String> {
    match s.to_ascii_lowercase().as_str() {
        "log" => Ok(AnalyzeOutput::Log),
        "json" => Ok(AnalyzeOutput::Json),
        "yaml" => Ok(AnalyzeOutput::Yaml),
        "sarif" => Ok(AnalyzeOutput::Sarif),
        other => Err(format!("{other} not a valid option for format. See istioctl analyze --help")),
    }
}

fn parse_level(s: &str) -> Result<Level, String> {
    Level::parse(s).ok_or_else(|| "invalid level option".to_string())
}

/// `istioctl analyze`
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  istioctl analyze\n  istioctl analyze -A\n  istioctl analyze -n shop \
new-route.yaml\n  istioctl analyze --use-kube=false rendered/ -o json\n  istioctl analyze -S \"IST0102=Namespace *\" -o sarif\n\n\
Exit status: 0 when no message is at or above --failure-threshold, 79 when one is (in every output format), \
65 when an input could not be parsed (unless --ignore-unknown), 64 on a bad flag.")]
pub struct AnalyzeArgs {
    /// Files or directories to analyze (.yaml/.yml/.json, walked recursively; "-" reads stdin)
    #[arg(value_name = "FILE")]
    pub files: Vec<String>,
    /// Analyze all namespaces
    #[arg(short = 'A', long = "all-namespaces")]
    pub all_namespaces: bool,
    /// Use the live Kubernetes cluster for analysis; --use-kube=false analyzes files only
    #[arg(short = 'k', long = "use-kube", num_args = 0..=1, default_value = "true", default_missing_value = "true", require_equals = true)]
    pub use_kube: bool,
    /// Output format: one of [log json yaml sarif]
    #[arg(short = 'o', long, default_value = "log", value_parser = parse_output)]
    pub output: AnalyzeOutput,
    /// The severity level of analysis at which to display messages. Valid values: [Info Warning Error]
    #[arg(long = "output-threshold", default_value = "Info", value_name = "LEVEL", value_parser = parse_level)]
    pub output_threshold: Level,
    /// The severity level of analysis at which to set a non-zero exit code. Valid values: [Info Warning Error]
    #[arg(long = "failure-threshold", default_value = "Error", value_name = "LEVEL", value_parser = parse_level)]
    pub failure_threshold: Level,
    /// Suppress a message code on matching resources: "<code>=<Kind> <ns>/<name>", '*' wildcards (repeatable)
    #[arg(short = 'S', long, value_name = "CODE=RESOURCE")]
    pub suppress: Vec<String>,
    /// List the analyzers available to run. Suppresses normal execution.
    #[arg(short = 'L', long = "list-analyzers")]
    pub list_analyzers: bool,
    /// Run only this analyzer (repeatable; an unknown name runs all)
    #[arg(long, value_name = "NAME")]
    pub analyzer: Vec<String>,
    /// Overrides the mesh config values to use for analysis.
    #[arg(long = "meshConfigFile", value_name = "PATH")]
    pub mesh_config_file: Option<String>,
    /// Analyze a specific revision deployed.
    #[arg(short = 'r', long, default_value = "default")]
    pub revision: String,
    /// Kubeconfig contexts of remote clusters to analyze too (repeatable). Without it, the remote
    /// clusters are those of the istio/multiCluster=true Secrets in the Istio namespace
    #[arg(long = "remote-contexts", value_name = "CONTEXT")]
    pub remote_contexts: Vec<String>,
    /// Don't complain about un-parseable input documents (no exit 65)
    #[arg(long = "ignore-unknown")]
    pub ignore_unknown: bool,
    /// Colour the level words (default: on when stdout is a terminal and TERM is not dumb)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub color: Option<bool>,
    /// Enable verbose output (skipped and executed analyzers on stderr)
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Accepted for compatibility; unused (as upstream)
    #[arg(long, default_value = "30s", value_parser = super::values::go_duration)]
    pub timeout: std::time::Duration,
    /// Obsolete: directories are always walked recursively (prints a notice and exits)
    #[arg(short = 'R', long)]
    pub recursive: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_parse_as_upstream() {
        assert_eq!(parse_output("JSON"), Ok(AnalyzeOutput::Json));
        assert_eq!(
            parse_output("xml").unwrap_err(),
            "xml not a valid option for format. See istioctl analyze --help"
        );
        assert_eq!(parse_level("warning"), Ok(Level::Warning));
        assert_eq!(parse_level("fatal").unwrap_err(), "invalid level option");
    }
}
