//! Parsed flags → the resolved inputs the domain modules take: the one place a flag meets its
//! meaning. Every `resolve` takes its args struct apart field by field (never `..`), so a flag
//! added in `cli/` without a meaning here fails to compile. Reads `-f -` from stdin and nothing
//! else; never prints, never touches a cluster.

mod analyze;
mod lifecycle;
mod profile;

use std::path::PathBuf;

use anyhow::Result;

pub use analyze::AnalyzeSettings;
pub use lifecycle::{GenerateSettings, InstallMode, InstallSettings, UninstallSettings, VerifySettings};
pub use profile::{ProfileDiffSettings, ProfileDumpSettings};

use crate::cli::{ClusterFlags, Global, ManifestsFlag, RenderFlags, RenderInputFlags};
use crate::cluster::ConnectOptions;
use crate::error::Failure;
use crate::profile::{InputFile, Inputs};

/// The global flags: how to reach the cluster, and the namespaces commands act in.
#[derive(Debug, Clone)]
pub struct ClusterSettings {
    pub connect: ConnectOptions,
    /// `-n`, when given.
    pub namespace: Option<String>,
    /// `-i/--istioNamespace` (or `ISTIOCTL_ISTIONAMESPACE`).
    pub istio_namespace: String,
}

impl ClusterSettings {
    pub fn resolve(global: Global) -> ClusterSettings {
        let Global {
            cluster,
            namespace,
            istio_namespace,
            // Accepted for compatibility with upstream's logging flags; they change nothing.
            vklog: _,
            log_output_level: _,
            log_as_json: _,
            log_caller: _,
            log_stacktrace_level: _,
            log_target: _,
        } = global;
        let ClusterFlags { kubeconfig, context, as_user, as_uid, as_group, kubeclient_timeout } = cluster;
        ClusterSettings {
            connect: ConnectOptions {
                kubeconfig,
                context,
                impersonate_user: as_user,
                impersonate_uid: as_uid,
                impersonate_groups: as_group,
                timeout: kubeclient_timeout,
            },
            namespace,
            istio_namespace,
        }
    }

    /// The namespace to act in: `-n`, else the kubeconfig context's namespace, else `default`.
    pub fn namespace_or_context(&self) -> String {
        self.namespace.clone().unwrap_or_else(|| crate::cluster::client::context_namespace(&self.connect))
    }
}

/// The render group resolved into the profile layer's inputs (release hub/tag pinned as upstream).
#[derive(Debug, Clone)]
pub struct RenderSettings {
    pub inputs: Inputs,
}

impl RenderSettings {
    pub fn resolve(flags: RenderFlags) -> Result<RenderSettings> {
        let RenderFlags { inputs, force } = flags;
        Self::resolve_inputs(inputs, force)
    }

    /// The render inputs without `--force` (`profile dump`, `verify-install`).
    pub fn resolve_inputs(flags: RenderInputFlags, force: bool) -> Result<RenderSettings> {
        let RenderInputFlags { filename, set, manifests, revision } = flags;
        let mut inputs = Inputs::release();
        inputs.files = input_files(&filename)?;
        for s in &set {
            if !s.contains('=') {
                anyhow::bail!(
                    "--set {s}: missing \"=\": the form is --set PATH=VALUE, e.g. --set profile=demo"
                );
            }
        }
        inputs.sets = set;
        inputs.revision = revision;
        inputs.manifests_dir = manifests_dir(manifests);
        inputs.force = force;
        Ok(RenderSettings { inputs })
    }
}

/// `-d/--manifests` as a directory.
pub fn manifests_dir(flag: ManifestsFlag) -> Option<PathBuf> {
    let ManifestsFlag { manifests } = flag;
    manifests
}

/// The `-f` arguments as profile-layer inputs; `-` (stdin) may only come last, as upstream.
fn input_files(names: &[String]) -> Result<Vec<InputFile>> {
    let mut files = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if name == "-" {
            if i + 1 != names.len() {
                return Err(Failure::usage("stdin (\"-\") must be the last --filename").into());
            }
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
            files.push(InputFile::Text { name: "stdin".into(), text });
        } else {
            files.push(InputFile::Path(PathBuf::from(name)));
        }
    }
    Ok(files)
}

/// True for a DNS-1123 label (lower-case letters, digits and `-`, at most 63).
pub fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(args: &[&str]) -> Result<RenderSettings> {
        use clap::Parser;
        #[derive(Parser)]
        struct T {
            #[command(flatten)]
            render: RenderFlags,
        }
        let t = T::try_parse_from(std::iter::once("t").chain(args.iter().copied()))?;
        RenderSettings::resolve(t.render)
    }

    #[test]
    fn render_group_resolves_every_flag() {
        let s =
            render(&["-f", "a.yaml,b.yaml", "--set", "profile=demo", "-d", "dir", "-r", "canary", "--force"])
                .unwrap()
                .inputs;
        assert_eq!(s.files.len(), 2);
        assert_eq!(s.sets, vec!["profile=demo".to_string()]);
        assert_eq!(s.manifests_dir, Some(PathBuf::from("dir")));
        assert_eq!(s.revision.as_deref(), Some("canary"));
        assert!(s.force);
    }

    #[test]
    fn set_without_equals_says_so() {
        let e = render(&["--set", "foo"]).unwrap_err().to_string();
        assert!(e.contains("--set foo: missing \"=\""), "{e}");
    }

    #[test]
    fn stdin_only_last() {
        let e = render(&["-f", "-", "-f", "a.yaml"]).unwrap_err();
        assert_eq!(crate::error::status_of(&e), crate::error::ExitStatus::Usage);
    }

    #[test]
    fn dns_labels() {
        assert!(is_dns_label("canary-1"));
        assert!(!is_dns_label("Canary"));
        assert!(!is_dns_label("-a"));
    }
}
