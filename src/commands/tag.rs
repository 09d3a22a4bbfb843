//! `istioctl tag set|generate|list|remove`: check the cluster and build the tag with the one
//! generator in `render::tag`, then apply it (set), print it (generate), list tags, or remove
//! one after asking when namespaces still use it. A new webhook that would overlap another
//! injector or calls a missing istiod Service (IST0139) asks before applying; declining a
//! prompt exits 0, as upstream.

use crate::cli::tag::{TagArgs, TagCommand, TagSetArgs};
use crate::cluster::tag::{self, DEFAULT_TAG, SetOptions};
use crate::error::ExitStatus;
use crate::output::{Printer, tag as out};
use crate::render::tag as generator;
use crate::settings::ClusterSettings;

pub async fn run(
    global: &ClusterSettings,
    args: TagArgs,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    let cluster = crate::cluster::connect(&global.connect).await?;
    let istio_ns = global.istio_namespace.as_str();
    match args.command {
        TagCommand::Set(a) => {
            let objects = generate(&tag::plan(&cluster, &set_options(&a, istio_ns, false)).await?, &a)?;
            let conflicts = tag::conflicts(&cluster, &objects, a.tag == DEFAULT_TAG).await?;
            if !conflicts.is_empty() && !a.skip_confirmation {
                out::conflicts(printer, &conflicts)?;
                if !printer.confirm(out::APPLY_ANYWAY)? {
                    return Ok(ExitStatus::Success);
                }
            }
            if a.tag == DEFAULT_TAG
                && let Some(name) = tag::deactivate_default_injector(&cluster).await?
            {
                out::deactivated(printer, &name)?;
            }
            tag::apply(&cluster, &objects, istio_ns, tag::FIELD_MANAGER).await?;
            out::created(printer, &a.tag, &a.revision)?;
        }
        TagCommand::Generate(a) => {
            let objects = generate(&tag::plan(&cluster, &set_options(&a, istio_ns, true)).await?, &a)?;
            let conflicts = tag::conflicts(&cluster, &objects, false).await?;
            if !conflicts.is_empty() && !a.skip_confirmation {
                out::conflicts(printer, &conflicts)?;
            }
            printer.out(&generator::to_yaml(&objects))?;
        }
        TagCommand::List { output } => {
            let rows = tag::list(&cluster, istio_ns).await?;
            match output.document() {
                Some(format) => printer.document(format, &rows)?,
                None if rows.is_empty() => printer.line(out::NONE_FOUND)?,
                None => printer.out(&out::table(&rows))?,
            }
        }
        TagCommand::Remove { tag: name, skip_confirmation } => {
            let objects = tag::find(&cluster, Some(&name), istio_ns).await?;
            if objects.webhooks.is_empty() && objects.services.is_empty() {
                let existing: Vec<String> = tag::list(&cluster, istio_ns)
                    .await?
                    .into_iter()
                    .filter(|t| !t.tag.is_empty())
                    .map(|t| t.tag)
                    .collect();
                let what = if existing.is_empty() {
                    "no revision tags exist".to_string()
                } else {
                    format!("existing tags: {}", existing.join(", "))
                };
                anyhow::bail!(
                    "cannot remove tag {name:?}: cannot find MutatingWebhookConfiguration or Service for tag ({what})"
                );
            }
            let namespaces = tag::namespaces_with_tag(&cluster, &name).await?;
            if !namespaces.is_empty()
                && !skip_confirmation
                && !printer.confirm(&out::remove_question(&name, &namespaces))?
            {
                out::aborted(printer)?;
                return Ok(ExitStatus::Success);
            }
            tag::delete(&cluster, &objects, istio_ns).await?;
            out::removed(printer, &name, &objects.describe(istio_ns))?;
        }
    }
    Ok(ExitStatus::Success)
}

fn set_options(a: &TagSetArgs, istio_ns: &str, generate: bool) -> SetOptions {
    SetOptions {
        tag: a.tag.clone(),
        revision: a.revision.clone(),
        istio_namespace: istio_ns.to_string(),
        webhook_name: a.webhook_name.clone(),
        auto_inject_namespaces: a.auto_inject_namespaces,
        overwrite: a.overwrite,
        generate,
    }
}

/// The tag's objects, user-managed (no installer labels), from `-d` templates when given.
fn generate(spec: &tag::TagSpec, a: &TagSetArgs) -> anyhow::Result<Vec<serde_json::Value>> {
    generator::generate(spec, &generator::GenerateOptions { user_managed: true, manifests: crate::settings::manifests_dir(a.manifests.clone()) })
}
