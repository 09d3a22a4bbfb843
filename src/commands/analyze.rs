//! `istioctl analyze`: resolve the flags (namespace, thresholds, suppressions, mesh config),
//! gather and load the inputs, run the selected analyzers on the engine, filter and sort the
//! messages, hand them to `output::analyze`, and pick upstream's exit status (79 / 65 / 0 —
//! in every output format, a deliberate fix of istio/istio#35054).

use std::io::{IsTerminal, Read};

use crate::analyze::files::{self, LoadOptions};
use crate::analyze::live;
use crate::analyze::mesh::Mesh;
use crate::analyze::process;
use crate::cli::analyze::AnalyzeOutput;
use crate::cluster::snapshot::Outcome;
use crate::error::{ExitStatus, Failure};
use crate::output::Printer;
use crate::output::analyze as out;
use crate::settings::{AnalyzeSettings, ClusterSettings};

pub async fn run(
    global: &ClusterSettings,
    args: AnalyzeSettings,
    printer: &mut Printer,
) -> anyhow::Result<ExitStatus> {
    if args.recursive {
        out::recursive_notice(printer)?;
        return Ok(ExitStatus::Success);
    }
    if args.list_analyzers {
        out::list(printer, &crate::analyze::analyzers::registry())?;
        return Ok(ExitStatus::Success);
    }
    for code in &args.unknown_codes {
        out::unknown_code(printer, code)?;
    }
    if !args.remote_contexts.is_empty() {
        anyhow::bail!(
            "--remote-contexts: multi-cluster analysis is not available in this build yet; analyze each context on its own (--context)"
        );
    }
    let istio_ns = global.istio_namespace.clone();
    // With a cluster: connect first (an unreachable one fails here, fast), the namespace
    // defaults to the context's, and the mesh config comes from the revision's ConfigMap.
    let live = match args.use_kube {
        true => Some(crate::cluster::connect(&global.connect).await?),
        false => None,
    };
    let selected = match &live {
        Some(c) if !args.all_namespaces && global.namespace.is_none() => c.default_namespace.clone(),
        _ => args.namespace(global.namespace.as_deref()),
    };
    if let Some(cluster) = &live
        && !selected.is_empty()
        && !crate::cluster::namespace::exists(cluster, &selected).await?
    {
        out::namespace_not_found(printer, &selected)?;
        return Ok(ExitStatus::Success);
    }
    let mesh = match (&args.mesh_config_file, &live) {
        // Upstream ignores errors loading --meshConfigFile; so do we (defaults stay).
        (Some(path), _) => Mesh::from_yaml(&std::fs::read_to_string(path).unwrap_or_default(), &istio_ns),
        (None, Some(cluster)) => {
            let revision = (args.revision != "default").then_some(args.revision.as_str());
            let revision = crate::cluster::version::resolve_revision(cluster, &istio_ns, revision).await;
            match crate::cluster::snapshot::mesh_config(cluster, &istio_ns, &revision).await? {
                Some(text) => Mesh::from_yaml(&text, &istio_ns),
                None => Mesh::defaults(&istio_ns),
            }
        }
        (None, None) => Mesh::defaults(&istio_ns),
    };
    let structured = matches!(args.output, AnalyzeOutput::Json | AnalyzeOutput::Yaml | AnalyzeOutput::Sarif);
    if args.files.iter().any(|f| f == "-") && std::io::stdin().is_terminal() && !structured {
        out::stdin_hint(printer)?;
    }
    let mut read_stdin = || {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map(|_| s)
            .map_err(|e| format!("read stdin: {}", crate::go::go_os_error(&e)))
    };
    let gathered = files::gather(&args.files, &mut read_stdin).map_err(|e| anyhow::anyhow!(e))?;
    for n in &gathered.notes {
        printer.note(n)?;
    }
    let opts = LoadOptions { default_namespace: selected.clone(), istio_namespace: istio_ns };
    let analyzers = crate::analyze::select(&args.analyzers);
    let loaded = match &live {
        None => files::load(&gathered.inputs, &opts, &mesh),
        Some(cluster) => {
            let wanted = live::kinds_to_read(&analyzers);
            let requests: Vec<(String, String)> =
                wanted.iter().map(|(k, av)| (av.clone(), k.kind.to_string())).collect();
            let scope = (!selected.is_empty()).then_some(selected.as_str());
            let snapshot = crate::cluster::snapshot::read(cluster, &requests, scope).await?;
            let mut listed = Vec::new();
            for ((kind, _), (_, outcome)) in wanted.iter().zip(snapshot.kinds) {
                match outcome {
                    Outcome::Listed(objects) => listed.push((*kind, objects)),
                    Outcome::NotServed => {
                        out::kind_unavailable(printer, kind.kind, "not served by this cluster")?
                    }
                    Outcome::Forbidden(why) => out::kind_unavailable(printer, kind.kind, &why)?,
                }
            }
            let mut set = live::build(listed, &opts, &mesh);
            let added = files::add_files(&mut set, &gathered.inputs, &opts);
            files::Loaded { set, parse_errors: added.parse_errors }
        }
    };
    let files::Loaded { set, parse_errors } = loaded;
    if !parse_errors.is_empty() {
        out::parse_errors(printer, &parse_errors)?;
    }
    let outcome = crate::analyze::run(&set, &mesh, &analyzers);
    // The messages own their text: the set (every object of the inputs) is not needed any more,
    // and freeing it object by object would only delay the exit.
    std::mem::forget(set);
    let target =
        if selected.is_empty() { "all namespaces".to_string() } else { format!("namespace: {selected}") };
    if args.verbose {
        out::verbose(printer, &target, &outcome.skipped, &outcome.executed)?;
    }
    let messages = process::sort_dedup(process::filter(outcome.messages, &selected, &args.suppressions));
    let visible = process::visible(&messages, args.output_threshold);
    let color = args.color.unwrap_or_else(|| printer.stdout_color());
    out::messages(printer, &visible, args.output, color)?;
    if visible.is_empty() {
        let names: Vec<&str> = gathered.inputs.iter().map(|i| i.name.as_str()).collect();
        out::no_issues(printer, &target, &names, !parse_errors.is_empty())?;
    }
    if process::exceeds(&messages, args.failure_threshold) {
        return Err(Failure::new(
            ExitStatus::AnalyzeIssues,
            anyhow::anyhow!(
                "Analyzers found issues when analyzing {target}.\nSee {} for more information about causes and resolutions.",
                out::ANALYSIS_DOCS
            ),
        )
        .into());
    }
    if !parse_errors.is_empty() && !args.ignore_unknown {
        return Err(
            Failure::new(ExitStatus::DataErr, anyhow::anyhow!("Some files couldn't be parsed.")).into()
        );
    }
    Ok(ExitStatus::Success)
}
