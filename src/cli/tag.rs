//! `istioctl tag set|generate|list|remove`: clap types only. Flags as upstream 1.30.3
//! (`-r` required on set/generate, `-y`, `--overwrite`, `--webhook-name`, `--auto-inject-namespaces`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::ListOutput;

/// `istioctl tag`
#[derive(Debug, Args)]
pub struct TagArgs {
    #[command(subcommand)]
    pub command: TagCommand,
}

#[derive(Debug, Subcommand)]
pub enum TagCommand {
    /// Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)
    Set(TagSetArgs),
    /// Print the objects of a revision tag to stdout, changing nothing
    Generate(TagSetArgs),
    /// List revision tags, their revisions and the namespaces that use them
    #[command(visible_alias = "show")]
    List {
        /// Output format
        #[arg(short = 'o', long, value_enum, default_value = "table")]
        output: ListOutput,
    },
    /// Remove a revision tag (its webhooks and Service)
    #[command(visible_alias = "delete")]
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
    /// Directory holding profiles/ and templates/ to render from instead of the built-in ones
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}
