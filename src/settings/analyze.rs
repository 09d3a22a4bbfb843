//! `istioctl analyze` flags resolved: suppressions parsed (a malformed one is upstream's exit-1
//! error), the analyzed namespace chosen (`-A`, `-n`, else `default` without a cluster), and
//! the obsolete or unused flags named. Never prints: unknown suppression codes are returned
//! for the command to warn about.

use anyhow::Result;

use crate::analyze::Level;
use crate::analyze::process::Suppression;
use crate::cli::analyze::{AnalyzeArgs, AnalyzeOutput};

/// Everything `analyze` needs besides the global settings.
#[derive(Debug, Clone)]
pub struct AnalyzeSettings {
    pub files: Vec<String>,
    pub all_namespaces: bool,
    pub use_kube: bool,
    pub output: AnalyzeOutput,
    pub output_threshold: Level,
    pub failure_threshold: Level,
    pub suppressions: Vec<Suppression>,
    /// Codes of `-S` values that name no known message (upstream warns and applies them).
    pub unknown_codes: Vec<String>,
    pub list_analyzers: bool,
    pub analyzers: Vec<String>,
    pub mesh_config_file: Option<String>,
    /// `-r`: the control-plane revision a live analysis reads (issue 13).
    pub revision: String,
    pub remote_contexts: Vec<String>,
    pub ignore_unknown: bool,
    /// `--color`; `None` means: on when stdout is a terminal and colour is allowed.
    pub color: Option<bool>,
    pub verbose: bool,
    /// `-R`: obsolete; the command prints a notice and analyzes nothing.
    pub recursive: bool,
}

impl AnalyzeSettings {
    pub fn resolve(args: AnalyzeArgs) -> Result<AnalyzeSettings> {
        let AnalyzeArgs {
            files,
            all_namespaces,
            use_kube,
            output,
            output_threshold,
            failure_threshold,
            suppress,
            list_analyzers,
            analyzer,
            mesh_config_file,
            revision,
            remote_contexts,
            ignore_unknown,
            color,
            verbose,
            // Accepted and unused, as upstream.
            timeout: _,
            recursive,
        } = args;
        let mut suppressions = Vec::new();
        let mut unknown_codes = Vec::new();
        for s in &suppress {
            let s = Suppression::parse(s).map_err(|e| anyhow::anyhow!(e))?;
            if !crate::analyze::catalogue::exists(&s.code) {
                unknown_codes.push(s.code.clone());
            }
            suppressions.push(s);
        }
        Ok(AnalyzeSettings {
            files,
            all_namespaces,
            use_kube,
            output,
            output_threshold,
            failure_threshold,
            suppressions,
            unknown_codes,
            list_analyzers,
            analyzers: analyzer,
            mesh_config_file,
            revision,
            remote_contexts,
            ignore_unknown,
            color,
            verbose,
            recursive,
        })
    }

    /// The namespace analyzed and stamped on file resources without one: none with `-A`, else
    /// `-n`, else `default` (a live analysis would use the kubeconfig's namespace, issue 13).
    pub fn namespace(&self, flag: Option<&str>) -> String {
        if self.all_namespaces {
            String::new()
        } else {
            flag.filter(|n| !n.is_empty()).unwrap_or("default").to_string()
        }
    }
}
