//! `istioctl tag set|generate|list|remove`: clap types only. Flags as upstream 1.30.3
//! (`-r` required on set/generate, `-y`, `--overwrite`, `--webhook-name`, `--auto-inject-namespaces`).

use clap::{Args, Subcommand};

use super::{ManifestsFlag, values};
use crate::output::OutputFormat;

/// `istioctl tag`
#[derive(Debug, Args)]
pub struct TagArgs {
    #[command(subcommand)]
    pub command: TagCommand,
}

#[derive(Debug, Subcommand)]
pub enum TagCommand {
    /// Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)
    #[command(
        after_help = "Examples:\n  istioctl tag set prod --revision 1-30-3\n  istioctl tag set default --revision canary -y"
    )]
    Set(TagSetArgs),
    /// Print the objects of a revision tag to stdout, changing nothing
    #[command(
        after_help = "Examples:\n  istioctl tag generate prod --revision 1-30-3 | kubectl apply -f -\n  istioctl tag generate default -r canary --webhook-name my-injector"
    )]
    Generate(TagSetArgs),
    /// List revision tags, their revisions and the namespaces that use them
    #[command(visible_alias = "show")]
    #[command(after_help = "Examples:\n  istioctl tag list\n  istioctl tag list -o json")]
    List {
        /// Output format
        #[arg(short = 'o', long, value_parser = values::LIST_FORMATS, default_value = "table")]
        output: OutputFormat,
    },
    /// Remove a revision tag (its webhooks and Service)
    #[command(visible_alias = "delete")]
    #[command(after_help = "Examples:\n  istioctl tag remove prod\n  istioctl tag remove prod -y")]
    Remove {
        /// The tag to remove
        #[arg(value_name = "TAG")]
        tag: String,
        /// Do not ask before removing a tag that namespaces still use
        #[arg(short = 'y', long = "skip-confirmation")]
        skip_confirmation: bool,
    },
}

/// Flags of `tag set` and `tag generate`.
#[derive(Debug, Args)]
pub struct TagSetArgs {
    /// The revision tag
    #[arg(value_name = "TAG")]
    pub tag: String,
    /// Control-plane revision the tag points to
    #[arg(short = 'r', long, required = true)]
    pub revision: String,
    /// Replace an existing tag (and allow a tag named like an existing revision)
    #[arg(long)]
    pub overwrite: bool,
    /// Do not ask for confirmation
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
    /// Name for the tag's MutatingWebhookConfiguration (default istio-revision-tag-<tag>)
    #[arg(long = "webhook-name", value_name = "NAME")]
    pub webhook_name: Option<String>,
    /// Inject sidecars into every namespace that has no injection label (tag default only)
    #[arg(long = "auto-inject-namespaces")]
    pub auto_inject_namespaces: bool,
    #[command(flatten)]
    pub manifests: ManifestsFlag,
}
