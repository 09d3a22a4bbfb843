//! `istioctl analyze`'s engine: analyzers (pure functions over a [`ResourceSet`]) and the IST
//! diagnostic messages they report (the catalogue, Go-style rendering, upstream's filtering,
//! sorting and de-duplication). Nothing here reads flags, talks to a cluster or prints.
//!
//! Adding an analyzer: write `src/analyze/analyzers/<family>.rs` holding a
//! `pub const <NAME>: Analyzer` (name as `--list-analyzers` shows it, description, input
//! kinds, function) and its table test, then add ONE line to [`registry`] in
//! `analyzers/mod.rs`. The function gets the set and a [`Report`]; it calls
//! `report.add(code, resource_id, args)` per finding, `.at("spec.x[0].y")` to anchor the
//! message on a field's line (else the document's first line is shown), and reads the mesh
//! config through [`mesh::Mesh`]. A table test builds a set from YAML with
//! `testing::set_from_yaml` and asserts `(code, origin)` pairs with `testing::run` — one case
//! that fires and one that stays silent, at least.

pub mod analyzers;
pub mod catalogue;
pub mod checks;
pub mod files;
pub mod labels;
pub mod live;
pub mod mesh;
pub mod node;
pub mod process;
pub mod resource;
pub mod webhook;

#[cfg(test)]
pub mod testing;

use std::fmt;

use crate::api::line_index::LineIndex;
use crate::hash::HashMap;

pub use catalogue::{Arg, MessageType};
pub use resource::{Id, Kind, Resource, ResourceSet, kinds};

/// How serious a message is (ordered: Error < Warning < Info, so "at or above" is `<=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "Error",
            Level::Warning => "Warning",
            Level::Info => "Info",
        }
    }
    /// Case-insensitive `Info`/`Warning`/`Error`.
    pub fn parse(s: &str) -> Option<Level> {
        match s.to_ascii_uppercase().as_str() {
            "ERROR" => Some(Level::Error),
            "WARNING" => Some(Level::Warning),
            "INFO" => Some(Level::Info),
            _ => None,
        }
    }
    /// Whether a message of this level counts at `threshold` (same or worse).
    pub fn at_least(self, threshold: Level) -> bool {
        self <= threshold
    }
}

/// An analyzer: metadata and a pure function over the resource set.
#[derive(Clone, Copy)]
pub struct Analyzer {
    /// The `--list-analyzers` / `--analyzer` name (`destinationrule.CaCertificateAnalyzer`).
    pub name: &'static str,
    pub description: &'static str,
    /// Declared input kinds: an analyzer whose kinds are not all available is skipped, and a
    /// live-cluster source lists exactly the kinds the selected analyzers declare.
    pub inputs: &'static [Kind],
    pub run: fn(&Context<'_>, &mut Report),
}

impl fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// What an analyzer may read: the resources and the mesh configuration.
pub struct Context<'a> {
    pub set: &'a ResourceSet,
    pub mesh: &'a mesh::Mesh,
    /// Indexes several analyzers need, built once per run by the first that asks.
    pub shared: &'a Shared<'a>,
}

/// Indexes shared by the analyzers of one run (read-only once built; threads share them).
#[derive(Debug, Default)]
pub struct Shared<'a> {
    pub(crate) pods: std::sync::OnceLock<checks::index::PodMaps>,
    /// Each input kind's resources as snapshots list them, made by the first analyzer that
    /// reads the kind. Every snapshot built its own list before: at 200 MB those passes over
    /// the resources waited on memory where one list read in order does not.
    listed: HashMap<Kind, std::sync::OnceLock<Vec<checks::Res<'a>>>>,
}

impl<'a> Shared<'a> {
    /// Room for the lists of `kinds`.
    pub fn new(kinds: impl Iterator<Item = Kind>) -> Self {
        Shared { listed: kinds.map(|k| (k, std::sync::OnceLock::new())).collect(), ..Shared::default() }
    }

    /// The list of `kind`, made by `make` the first time (`None` for a kind without room).
    pub(crate) fn listed(
        &self,
        kind: Kind,
        make: impl FnOnce() -> Vec<checks::Res<'a>>,
    ) -> Option<&[checks::Res<'a>]> {
        self.listed.get(&kind).map(|cell| cell.get_or_init(make).as_slice())
    }
}

/// One finding as an analyzer reports it (resolved into a [`Message`] by the engine).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub args: Vec<Arg>,
    pub resource: Option<Id>,
    /// Field path whose line replaces the document line (`spec.http[0].route[1].destination.host`).
    pub anchor: Option<String>,
}

/// Where analyzers put their findings.
#[derive(Debug, Default)]
pub struct Report {
    findings: Vec<Finding>,
}

impl Report {
    /// Reports message `code` about resource `on` (or about nothing, with `None`).
    pub fn add(&mut self, code: &'static str, on: impl Into<Option<Id>>, args: Vec<Arg>) -> &mut Finding {
        self.findings.push(Finding { code, args, resource: on.into(), anchor: None });
        self.findings.last_mut().expect("just pushed")
    }
    pub fn into_findings(self) -> Vec<Finding> {
        self.findings
    }
}

impl Finding {
    /// Anchors the message on a field path's line.
    pub fn at(&mut self, path: impl Into<String>) -> &mut Self {
        self.anchor = Some(path.into());
        self
    }
}

/// A rendered diagnostic: what the outputs print and the filters look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub code: &'static str,
    pub level: Level,
    /// The template filled with its arguments.
    pub text: String,
    pub origin: Option<Origin>,
}

/// The resource a message is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// Bare kind (`Gateway` for both Istio and Gateway-API Gateways).
    pub kind: &'static str,
    pub namespace: &'static str,
    pub name: &'static str,
    /// The file (as given; `-` for stdin) and the resolved line: the printed reference and
    /// SARIF locations. `None` for cluster objects.
    pub file: Option<std::sync::Arc<str>>,
    pub line: usize,
    /// Cluster ID, printed only in multi-cluster runs.
    pub cluster: String,
    /// `galley.istio.io/analyze-suppress` of the resource (codes, or `*`).
    pub suppress: String,
    /// Whether the kind is namespaced (the namespace filter keeps cluster-scoped ones).
    pub namespaced: bool,
}

impl Origin {
    /// `file:line` (`file` alone for `.json` files); `None` for cluster objects.
    pub fn reference(&self) -> Option<String> {
        let file = self.file.as_deref()?;
        Some(if file.ends_with(".json") { file.to_string() } else { format!("{file}:{}", self.line) })
    }

    /// `<Kind> <ns>/<name>` or `<Kind> <name>`.
    pub fn friendly_name(&self) -> String {
        if self.namespace.is_empty() {
            [self.kind, " ", self.name].concat()
        } else {
            [self.kind, " ", self.namespace, "/", self.name].concat()
        }
    }
}

impl Message {
    /// Upstream's `diag.Message.String()`: `<Level> [<Code>] (<origin> <reference>) <text>`.
    pub fn line(&self, cluster: bool) -> String {
        let mut s = format!("{} [{}]", self.level.name(), self.code);
        if let Some(o) = &self.origin {
            if cluster && !o.cluster.is_empty() {
                s.push_str(&format!(" [cluster-{}]", o.cluster));
            }
            s.push_str(" (");
            s.push_str(&o.friendly_name());
            if let Some(r) = o.reference() {
                s.push(' ');
                s.push_str(&r);
            }
            s.push(')');
        }
        s.push(' ');
        s.push_str(&self.text);
        s
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(false))
    }
}

/// The line a field path (`spec.ports[0].port`) points at in a resource's document: the
/// field's own line when it is written with a scalar value, else (a mapping, a list, an absent
/// field, a cluster object) the document's first line, as upstream's scalar-only field map does.
pub fn anchor_line(r: &Resource, path: &str) -> usize {
    anchor_line_in(r, path, &mut None)
}

/// [`anchor_line`] reusing the line index of the previous call when it was for the same
/// document (an analyzer's findings on one resource come together).
fn anchor_line_in(r: &Resource, path: &str, last: &mut Option<(DocKey, LineIndex)>) -> usize {
    let Some(doc) = &r.source.doc else { return r.source.line };
    let Some(text) = doc.text.get(doc.range.clone()) else { return r.source.line };
    let key = (text.as_ptr() as usize, text.len());
    let lines = match last {
        Some((k, ix)) if *k == key => ix,
        _ => &last.insert((key, LineIndex::build(text, doc.first_line))).1,
    };
    let line = if doc.prefix.is_empty() {
        lines.line_scalar(path)
    } else {
        lines.line_scalar(&format!("{}.{path}", doc.prefix))
    };
    line.unwrap_or(r.source.line)
}

/// Identifies a document's text (its address and length) for [`anchor_line_in`]'s reuse.
type DocKey = (usize, usize);

/// Turns a finding into a message: fills the template, names the origin, resolves the line.
pub fn resolve(set: &ResourceSet, f: &Finding) -> Message {
    resolve_in(set, f, &mut None)
}

fn resolve_in(set: &ResourceSet, f: &Finding, last: &mut Option<(DocKey, LineIndex)>) -> Message {
    let ty = catalogue::get(f.code);
    let origin = f.resource.map(|id| {
        let r = set.get(id);
        let line = f.anchor.as_deref().map_or(r.source.line, |p| anchor_line_in(r, p, last));
        Origin {
            kind: r.kind.kind,
            namespace: r.namespace,
            name: r.name,
            file: r.source.file.clone(),
            line,
            cluster: r.source.cluster.clone(),
            suppress: r.annotations().get(SUPPRESS_ANNOTATION).unwrap_or_default().to_string(),
            namespaced: !kinds::cluster_scoped(r.kind),
        }
    });
    Message { code: ty.code, level: ty.level, text: catalogue::sprintf(ty.template, &f.args), origin }
}

/// The annotation that suppresses codes on one resource.
pub const SUPPRESS_ANNOTATION: &str = "galley.istio.io/analyze-suppress";

/// What one analysis run produced.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Messages, rendered but unfiltered and unsorted (see [`process`]).
    pub messages: Vec<Message>,
    /// Names of the analyzers that were selected (upstream lists skipped ones here too).
    pub executed: Vec<&'static str>,
    /// Names of the analyzers skipped for want of an input kind.
    pub skipped: Vec<&'static str>,
}

/// Runs `analyzers` over the set: each whose input kinds are all available runs once. They
/// are pure functions of the set, so they run on a few threads; the messages keep the
/// analyzers' order.
pub fn run(set: &ResourceSet, mesh: &mesh::Mesh, analyzers: &[Analyzer]) -> Outcome {
    let mut out = Outcome::default();
    let mut runnable = Vec::new();
    for a in analyzers {
        out.executed.push(a.name);
        if a.inputs.iter().all(|k| set.is_available(*k)) {
            runnable.push(a);
        } else {
            out.skipped.push(a.name);
        }
    }
    let shared = Shared::new(runnable.iter().flat_map(|a| a.inputs.iter().copied()));
    let run_one = |a: &Analyzer| {
        let mut report = Report::default();
        (a.run)(&Context { set, mesh, shared: &shared }, &mut report);
        let mut last = None;
        report.findings.iter().map(|f| resolve_in(set, f, &mut last)).collect::<Vec<Message>>()
    };
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(4);
    if threads < 2 || set.len() < PARALLEL_MIN_RESOURCES {
        out.messages = runnable.iter().flat_map(|a| run_one(a)).collect();
        return out;
    }
    // Largest first: an analyzer's work grows with the objects of its input kinds, and starting
    // the big ones first keeps a thread from running one alone at the end while the others
    // wait (at 200 MB that tail was about half a second). Messages go back in registry order.
    let mut order: Vec<usize> = (0..runnable.len()).collect();
    let size = |a: &Analyzer| a.inputs.iter().map(|k| set.count(*k)).sum::<usize>();
    order.sort_unstable_by_key(|&i| std::cmp::Reverse(size(runnable[i])));
    let mut done: Vec<(usize, Vec<Message>)> = in_turn(&order, threads, |&i| (i, run_one(runnable[i])));
    done.sort_unstable_by_key(|(i, _)| *i);
    // Sized once: grown by doubling, a 200 MB run's list (57 MB) was copied and its pages
    // faulted afresh about twice over.
    out.messages = Vec::with_capacity(done.iter().map(|(_, m)| m.len()).sum());
    for (_, m) in done {
        out.messages.extend(m);
    }
    out
}

/// `work` applied to every item on `threads` threads, each taking the next item whenever it is
/// free (so none idles while another finishes a slow share); the results in the items' order.
pub(crate) fn in_turn<T: Sync, R: Send>(items: &[T], threads: usize, work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let mut done = Vec::with_capacity(items.len());
    in_turn_streamed(items, threads, work, &mut |r| done.push(r));
    done
}

/// [`in_turn`], handing each result to `each` on the calling thread as soon as it and all
/// before it are done, in the items' order: the caller consumes results while the threads work
/// on the next items. A thread that panics re-raises its panic here once the others are done.
pub(crate) fn in_turn_streamed<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    each: &mut dyn FnMut(R),
) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (done, results) = std::sync::mpsc::channel::<(usize, R)>();
    std::thread::scope(|s| {
        for _ in 0..threads {
            let done = done.clone();
            let (next, work) = (&next, &work);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if done.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        // Results that came early wait for those before them.
        let mut early = std::collections::BTreeMap::new();
        let mut due = 0;
        for (i, r) in results {
            early.insert(i, r);
            while let Some(r) = early.remove(&due) {
                each(r);
                due += 1;
            }
        }
    });
}

/// Below this many resources the analyzers run on the calling thread.
const PARALLEL_MIN_RESOURCES: usize = 2000;

/// The analyzers `--analyzer` selects: those named, or all when none of the names matches.
pub fn select(names: &[String]) -> Vec<Analyzer> {
    let all = analyzers::registry();
    let chosen: Vec<Analyzer> = all.iter().filter(|a| names.iter().any(|n| n == a.name)).copied().collect();
    if chosen.is_empty() { all } else { chosen }
}

#[cfg(test)]
mod tests {
    #[test]
    fn work_in_turn_comes_back_in_the_items_order() {
        let items: Vec<u64> = (0..1000).collect();
        // Uneven work, so threads finish items out of order.
        let got = super::in_turn(&items, 3, |&i| {
            std::hint::black_box((0..(i % 7) * 1000).sum::<u64>());
            i * 2
        });
        assert_eq!(got, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert!(super::in_turn(&Vec::<u64>::new(), 2, |&i| i).is_empty());
    }

    #[test]
    fn streamed_work_reaches_the_caller_in_the_items_order() {
        let items: Vec<u64> = (0..1000).collect();
        let mut got = Vec::new();
        super::in_turn_streamed(
            &items,
            3,
            |&i| {
                std::hint::black_box((0..(i % 7) * 1000).sum::<u64>());
                i * 2
            },
            &mut |r| got.push(r),
        );
        assert_eq!(got, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        super::in_turn_streamed(&Vec::<u64>::new(), 2, |&i| i, &mut |_| panic!("no items"));
    }
}
