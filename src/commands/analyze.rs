//! `istioctl analyze`: resolve the flags (namespace, thresholds, suppressions, mesh config),
//! gather and load the inputs, run the selected analyzers on the engine, filter and sort the
//! messages, hand them to `output::analyze`, and pick upstream's exit status (79 / 65 / 0 —
//! in every output format, a deliberate fix of istio/istio#35054).

use std::io::{IsTerminal, Read};

use crate::analyze::checks::multicluster;
use crate::analyze::files::{self, Input, LoadOptions};
use crate::analyze::live;
use crate::analyze::mesh::Mesh;
use crate::analyze::{Analyzer, process};
use crate::cli::analyze::AnalyzeOutput;
use crate::cluster::snapshot::Outcome;
use crate::cluster::{Cluster, remote};
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
        // Upstream ignores errors loading --meshConfigFile (the defaults stay); so do we, but
        // say so: a mistyped path or field must not pass unnoticed.
        (Some(path), _) => {
            let read =
                std::fs::read_to_string(path).map_err(|e| format!("open {path}: {}", crate::go::go_os_error(&e)));
            match read.and_then(|text| Mesh::try_from_yaml(&text, path, &istio_ns)) {
                Ok(mesh) => mesh,
                Err(why) => {
                    out::mesh_config_ignored(printer, "--meshConfigFile", &why)?;
                    Mesh::defaults(&istio_ns)
                }
            }
        }
        (None, Some(cluster)) => cluster_mesh(printer, cluster, None, &istio_ns, &args.revision)
            .await?
            .unwrap_or_else(|| Mesh::defaults(&istio_ns)),
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
    let opts = LoadOptions { default_namespace: selected.clone(), istio_namespace: istio_ns.clone() };
    let analyzers = crate::analyze::select(&args.analyzers);
    let (loaded, outcome) = match &live {
        None => {
            let loaded = files::load(&gathered.inputs, &opts, &mesh);
            let outcome = crate::analyze::run(&loaded.set, &mesh, &analyzers);
            (loaded, outcome)
        }
        Some(primary) => {
            let scope = (!selected.is_empty()).then_some(selected.as_str());
            let wanted = live::kinds_to_read(&analyzers);
            let requests: Vec<(String, String)> =
                wanted.iter().map(|(k, av)| (av.clone(), k.kind.to_string())).collect();
            let discover = async {
                if args.remote_contexts.is_empty() {
                    remote::from_secrets(primary, &istio_ns, global.connect.timeout).await
                } else {
                    remote::from_contexts(&global.connect, &args.remote_contexts)
                        .await
                        .map(remote::Found::Clusters)
                }
            };
            // The primary's state is read while its remote clusters are looked up.
            let read = crate::cluster::snapshot::read(primary, &requests, scope);
            let (primary_snapshot, found) = futures::future::try_join(read, discover).await?;
            let remotes = match found {
                remote::Found::Clusters(found) => found,
                remote::Found::Forbidden(why) => {
                    out::remote_secrets_unreadable(printer, &istio_ns, &why)?;
                    Vec::new()
                }
            };
            let primary_id = if primary.context.is_empty() { DEFAULT_CLUSTER_ID } else { &primary.context };
            let mut clusters: Vec<(String, &crate::cluster::Cluster)> =
                vec![(primary_id.to_string(), primary)];
            for r in &remotes {
                if clusters.iter().any(|(id, _)| *id == r.id) {
                    out::duplicate_cluster(printer, &r.id)?;
                } else {
                    clusters.push((r.id.clone(), &r.cluster));
                }
            }
            let reads =
                clusters[1..].iter().map(|(_, c)| crate::cluster::snapshot::read(c, &requests, scope));
            let mut snapshots = vec![primary_snapshot];
            snapshots.extend(futures::future::try_join_all(reads).await?);
            let read = LiveRead { clusters: &clusters, snapshots, wanted: &wanted };
            analyze_clusters(read, &gathered.inputs, &opts, &mesh, &args, &analyzers, printer).await?
        }
    };
    let files::Loaded { set, parse_errors } = loaded;
    if !parse_errors.is_empty() {
        out::parse_errors(printer, &parse_errors)?;
    }
    // The messages own their text: the set (every object of the inputs) is not needed any more,
    // and freeing it object by object would only delay the exit.
    std::mem::forget(set);
    let target =
        if selected.is_empty() { "all namespaces".to_string() } else { format!("namespace: {selected}") };
    if args.verbose {
        out::verbose(printer, &target, &outcome.skipped, &outcome.executed)?;
    }
    let messages = process::sort_dedup(process::filter(outcome.messages, &selected, &args.suppressions));
    let failed = process::exceeds(&messages, args.failure_threshold);
    let visible = process::visible(messages, args.output_threshold);
    let color = args.color.unwrap_or_else(|| printer.stdout_color());
    out::messages(printer, &visible, args.output, color)?;
    if visible.is_empty() {
        let names: Vec<&str> = gathered.inputs.iter().map(|i| i.name.as_str()).collect();
        out::no_issues(printer, &target, &names, !parse_errors.is_empty())?;
    }
    // Printed, the messages and the files' text are not needed either: freeing a 200 MB
    // input's 320,000 messages and its text cost the exit about 30 ms (measured).
    std::mem::forget(visible);
    std::mem::forget(gathered);
    if failed {
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

/// The cluster ID of a primary cluster whose kubeconfig names no context (in-cluster config):
/// Istio's default cluster ID.
const DEFAULT_CLUSTER_ID: &str = "Kubernetes";

/// The mesh config of the revision's ConfigMap on `cluster`, if it has one. One that does not
/// decode gives the defaults, as upstream, and a warning naming the ConfigMap (and the cluster
/// `shown_id` in a multi-cluster run) and the line or field at fault.
async fn cluster_mesh(
    printer: &mut Printer,
    cluster: &Cluster,
    shown_id: Option<&str>,
    istio_ns: &str,
    revision: &str,
) -> anyhow::Result<Option<Mesh>> {
    let revision = (revision != "default").then_some(revision);
    let revision = crate::cluster::version::resolve_revision(cluster, istio_ns, revision).await;
    let Some(text) = crate::cluster::snapshot::mesh_config(cluster, istio_ns, &revision).await? else {
        return Ok(None);
    };
    Ok(Some(match Mesh::try_from_yaml(&text, "mesh", istio_ns) {
        Ok(mesh) => mesh,
        Err(why) => {
            let name = crate::cluster::snapshot::mesh_config_map_name(&revision);
            let mut what = format!("the mesh config in ConfigMap {istio_ns}/{name}");
            if let Some(id) = shown_id {
                what.push_str(&format!(" of cluster {id}"));
            }
            out::mesh_config_ignored(printer, &what, &why)?;
            Mesh::defaults(istio_ns)
        }
    }))
}

/// What was read from the clusters (the first is the primary), kind by kind in `wanted` order.
struct LiveRead<'a> {
    clusters: &'a [(String, &'a Cluster)],
    snapshots: Vec<crate::cluster::snapshot::Snapshot>,
    wanted: &'a [(crate::analyze::Kind, String)],
}

/// Builds each cluster's set from what it listed (files on top of the primary), runs the
/// analyzers on each, and — with more than one cluster — the multi-cluster analyzers on all of
/// them together, every object stamped with its cluster ID.
async fn analyze_clusters(
    read: LiveRead<'_>,
    inputs: &[Input],
    opts: &LoadOptions,
    mesh: &Mesh,
    args: &AnalyzeSettings,
    analyzers: &[Analyzer],
    printer: &mut Printer,
) -> anyhow::Result<(files::Loaded, crate::analyze::Outcome)> {
    let LiveRead { clusters, snapshots, wanted } = read;
    let multi = clusters.len() > 1;
    let mut sets = Vec::with_capacity(clusters.len());
    let mut parse_errors = Vec::new();
    for (i, ((id, cluster), snapshot)) in clusters.iter().zip(snapshots).enumerate() {
        let shown_id = multi.then_some(id.as_str());
        let mut listed = Vec::new();
        for ((kind, _), (_, outcome)) in wanted.iter().zip(snapshot.kinds) {
            match outcome {
                Outcome::Listed(objects) => listed.push((*kind, objects)),
                Outcome::NotServed => out::kind_unavailable(printer, shown_id, kind.kind, None)?,
                Outcome::Forbidden(why) => out::kind_unavailable(printer, shown_id, kind.kind, Some(&why))?,
            }
        }
        // A remote cluster's own mesh config when it has one; else the primary's.
        let own_mesh = match (i, &args.mesh_config_file) {
            (0, _) | (_, Some(_)) => None,
            _ => cluster_mesh(printer, cluster, shown_id, &opts.istio_namespace, &args.revision).await?,
        };
        let mut set = live::build(listed, opts, own_mesh.as_ref().unwrap_or(mesh), shown_id.unwrap_or(""));
        if i == 0 {
            parse_errors = files::add_files(&mut set, inputs, opts).parse_errors;
        }
        if multi {
            set.stamp_cluster(id);
        }
        sets.push((set, own_mesh));
    }
    let is_multi_cluster = |a: &&Analyzer| multi && a.name == multicluster::SERVICE.name;
    let per_cluster: Vec<Analyzer> = analyzers.iter().filter(|a| !is_multi_cluster(a)).copied().collect();
    let across: Vec<Analyzer> = analyzers.iter().filter(is_multi_cluster).copied().collect();
    let mut outcome = crate::analyze::Outcome::default();
    let mut skipped = Vec::new();
    for (set, own_mesh) in &sets {
        let one = crate::analyze::run(set, own_mesh.as_ref().unwrap_or(mesh), &per_cluster);
        skipped.extend(one.skipped);
        outcome.messages.extend(one.messages);
    }
    if !across.is_empty() {
        let all: Vec<&crate::analyze::ResourceSet> = sets.iter().map(|(s, _)| s).collect();
        let inputs: Vec<crate::analyze::Kind> =
            across.iter().flat_map(|a| a.inputs.iter().copied()).collect();
        let union = live::across_clusters(&all, &inputs, mesh);
        let one = crate::analyze::run(&union, mesh, &across);
        skipped.extend(one.skipped);
        outcome.messages.extend(one.messages);
    }
    // Upstream lists every selected analyzer as executed, and skipped ones under both.
    outcome.executed = analyzers.iter().map(|a| a.name).collect();
    outcome.skipped = analyzers.iter().map(|a| a.name).filter(|n| skipped.contains(n)).collect();
    let set = sets.into_iter().next().map(|(s, _)| s).unwrap_or_default();
    Ok((files::Loaded { set, parse_errors }, outcome))
}
