//! The install engine: takes the rendered objects (the `manifest generate` pipeline), labels
//! them as ours, creates the namespace, applies components in upstream's dependency order with
//! server-side apply, waits for readiness with reasons, prunes what is no longer rendered and
//! writes the default revision tag. Reports progress as [`Event`]s; never prints. A dry run
//! makes no write at all: every object is applied with `dryRun=All` and compared.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use futures::StreamExt;
use kube::api::{Api, PostParams};
use serde_json::{Value, json};
use tokio::sync::mpsc::UnboundedSender;

use super::Cluster;
use super::apply::{self, Inventory, Key, NOT_PRUNED, Outcome, Owner};
use super::discovery::Discovery;
use super::objects::Namespace;
use super::errors::{Error, Op};
use super::readiness;
use super::tag::{self, TagSpec};
use crate::render::tag::tag_objects;
use crate::profile::ComponentKind;

/// Objects of one component applied at once (within a wave).
const CONCURRENCY: usize = 8;

/// Upstream's progress name of a component.
pub fn display_name(c: ComponentKind) -> &'static str {
    match c {
        ComponentKind::Base => "Istio core",
        ComponentKind::Pilot => "Istiod",
        ComponentKind::IngressGateways => "Ingress gateways",
        ComponentKind::EgressGateways => "Egress gateways",
        ComponentKind::Cni => "CNI",
        ComponentKind::Ztunnel => "Ztunnel",
    }
}

/// Everything an install writes, decided before touching the cluster.
#[derive(Debug, Clone)]
pub struct Plan {
    pub owner: Owner,
    pub profile: String,
    /// The namespace created first (IOP `metadata.namespace`).
    pub namespace: String,
    /// `values.global.network`, labelled on the namespace when set.
    pub network: Option<String>,
    /// Enabled components in upstream order with their labelled objects.
    pub components: Vec<(ComponentKind, Vec<Value>)>,
    /// `values.global.operatorManageWebhooks` is false: install writes the default tag.
    pub manage_default_tag: bool,
}

impl Plan {
    /// Resolves and renders the inputs (the `manifest generate` pipeline) into a labelled plan,
    /// with the profile layer's validation warnings. Profile errors keep their exit status.
    pub fn render(inputs: &crate::profile::Inputs) -> anyhow::Result<(Plan, Vec<String>)> {
        use crate::error::{ExitStatus, Failure};
        let resolved = crate::profile::resolve(inputs).map_err(|e| match e {
            // Upstream's install words a refused meshConfig this way (spec meshconfig.md §1.1).
            crate::profile::ProfileError::MeshConfig(text) => {
                Failure::new(ExitStatus::Failure, anyhow::anyhow!("generate config: {text}"))
            }
            e => Failure::new(e.status(), e),
        })?;
        let objects = crate::render::render(&resolved)?;
        let name = resolved.iop["metadata"]["name"].as_str().filter(|s| !s.is_empty()).map(str::to_string);
        // meshConfig notices first (unknown keys), then its warnings, or the refusal --force let
        // through, then the other validation warnings.
        let mesh = &resolved.mesh;
        let mut warnings = mesh.unknown.clone();
        match mesh.error_text() {
            Some(text) => warnings.push(format!("spec invalid; continuing because of --force: {text}")),
            None => warnings.extend(mesh.warnings.iter().cloned()),
        }
        warnings.extend(resolved.warnings.iter().cloned());
        Ok((Plan::new(&resolved, objects, name)?, warnings))
    }

    /// Labels the rendered objects (grouped by component, render order kept) as this install's.
    /// Objects the renderer passed through as text (the CRDs) are parsed here: install applies
    /// whole objects.
    pub fn new(
        resolved: &crate::profile::Resolved,
        objects: Vec<crate::render::Object>,
        name: Option<String>,
    ) -> anyhow::Result<Plan> {
        let owner = Owner { revision: resolved.revision.clone(), namespace: resolved.namespace.clone(), name };
        let mut components: Vec<(ComponentKind, Vec<Value>)> = Vec::new();
        for kind in ComponentKind::ALL {
            let mut objs: Vec<Value> =
                objects.iter().filter(|o| o.component == kind).map(|o| o.full()).collect::<anyhow::Result<_>>()?;
            if objs.is_empty() {
                continue;
            }
            let labels = owner.labels(Some(kind.label()));
            for o in &mut objs {
                apply::set_labels(o, &labels);
            }
            components.push((kind, objs));
        }
        let values = &resolved.iop["spec"]["values"];
        Ok(Plan {
            owner,
            profile: resolved.profile.clone(),
            namespace: resolved.namespace.clone(),
            network: values["global"]["network"].as_str().filter(|s| !s.is_empty()).map(str::to_string),
            components,
            manage_default_tag: values["global"]["operatorManageWebhooks"] != json!(true),
        })
    }

    /// Gives the default revision's own injector MWC never-match selectors, as upstream does
    /// once the default tag takes over injection.
    pub fn deactivate_own_injector(&mut self) {
        for (_, objs) in &mut self.components {
            for o in objs.iter_mut().filter(|o| is_canonical_injector(o, "default")) {
                tag::deactivate(o);
            }
        }
    }

    /// Every object the plan applies.
    pub fn objects(&self) -> impl Iterator<Item = &Value> {
        self.components.iter().flat_map(|(_, o)| o.iter())
    }
}

/// What a dry run found for one object.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Create,
    Update(Vec<(String, Option<Value>, Option<Value>)>),
    Unchanged,
    Prune,
}

/// Progress of an install, in the order things happen.
#[derive(Debug, Clone)]
pub enum Event {
    /// The namespace was created (`true`) or already there.
    Namespace { name: String, created: bool },
    /// One object applied (or, in a dry run, compared).
    Applied { component: ComponentKind, key: Key, outcome: Outcome },
    /// Dry run: what applying would do.
    Planned { component: Option<ComponentKind>, key: Key, change: Change },
    /// Readiness changed: ready/total workloads and why each other one is not ready yet.
    Waiting { component: ComponentKind, ready: usize, total: usize, unready: Vec<(Key, String)> },
    /// A component is applied and ready.
    ComponentDone { component: ComponentKind, counts: Counts },
    /// A component failed (apply error or readiness timeout).
    ComponentFailed { component: ComponentKind, error: String },
    Pruned { key: Key },
    /// The object exists and belongs to another revision's install (`istio.io/rev`); this
    /// install relabels it as its own. Sent before its `Applied`/`Planned`.
    OtherRevision { key: Key, revision: String },
    Tag { key: Key, outcome: Outcome },
    Deactivated { key: Key },
}

/// How many objects were created / updated / left unchanged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Counts {
    fn add(&mut self, o: Outcome) {
        match o {
            Outcome::Created => self.created += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
        }
    }
    pub fn changed(&self) -> usize {
        self.created + self.updated
    }
}

/// A step of the run that failed, with the error's text (causes joined).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepError {
    /// Applying a component (or waiting for its CRDs) failed.
    Component { component: ComponentKind, message: String },
    /// Pruning the objects the plan no longer has failed.
    Prune { message: String },
    /// Writing the default revision tag failed.
    DefaultTag { message: String },
}

/// How the run ended.
#[derive(Debug, Default)]
pub struct Report {
    pub counts: Counts,
    pub applied: Vec<Key>,
    /// Objects of the plan that were not applied (interrupted or failed before them).
    pub not_applied: Vec<Key>,
    /// Components not applied because a component they depend on failed: (skipped, failed).
    pub skipped: Vec<(ComponentKind, ComponentKind)>,
    pub pruned: Vec<Key>,
    pub interrupted: bool,
    /// Errors per component, or of prune/tag, in the order they happened.
    pub errors: Vec<StepError>,
    /// Objects still not ready when a component's readiness timeout expired, with reasons.
    pub unready: Vec<(ComponentKind, Key, String)>,
    pub readiness_timeout: Duration,
}

/// Run settings.
#[derive(Clone)]
pub struct Settings {
    pub dry_run: bool,
    pub readiness_timeout: Duration,
    /// Set by the caller on SIGINT: no new request is started after it.
    pub cancel: Arc<AtomicBool>,
}

struct Run<'a> {
    cluster: &'a Cluster,
    disc: Discovery,
    plan: &'a Plan,
    settings: Settings,
    events: UnboundedSender<Event>,
    live: Inventory,
    namespace_exists: bool,
    report: Mutex<Report>,
}

/// Kinds the inventory lists: everything rendered, every prune kind, the tag kinds.
fn inventory_kinds(plan: &Plan) -> Vec<(String, String)> {
    let mut set: BTreeMap<String, String> = BTreeMap::new();
    for o in plan.objects() {
        set.insert(o["kind"].as_str().unwrap_or_default().to_string(), o["apiVersion"].as_str().unwrap_or_default().to_string());
    }
    for (av, k) in super::prune::kinds() {
        set.entry(k.to_string()).or_insert_with(|| av.to_string());
    }
    set.into_iter().map(|(k, av)| (av, k)).collect()
}

/// Installs (or, with `dry_run`, diffs) the plan. Errors that stop everything (unreachable
/// cluster, namespace creation) are returned; per-component failures land in the report.
pub async fn install(cluster: &Cluster, plan: &Plan, settings: Settings, events: UnboundedSender<Event>) -> anyhow::Result<Report> {
    let mut plan_owned;
    let mut plan = plan;
    let disc = Discovery::new();
    let namespace_exists = ensure_namespace(cluster, plan, settings.dry_run, &events).await?;
    let live = apply::inventory(cluster, &disc, &inventory_kinds(plan), &plan.owner.inventory_selector()).await?;
    let tag_objects = if plan.manage_default_tag { default_tag(cluster, &disc, plan).await? } else { None };
    if let Some((_, true)) = &tag_objects {
        // The chart's own injector is deactivated in the applied object itself, so a re-run
        // applies the same thing and changes nothing (upstream patches it after every apply).
        plan_owned = plan.clone();
        plan_owned.deactivate_own_injector();
        plan = &plan_owned;
    }
    let run = Run {
        cluster,
        disc,
        plan,
        settings: settings.clone(),
        events,
        live,
        namespace_exists,
        report: Mutex::new(Report { readiness_timeout: settings.readiness_timeout, ..Default::default() }),
    };
    run.components().await;
    let ok = {
        let r = run.report.lock().unwrap();
        r.errors.is_empty() && !r.interrupted && r.unready.is_empty()
    };
    if ok
        && let Err(e) = run.prune().await {
            run.report.lock().unwrap().errors.push(StepError::Prune { message: format!("{e:#}") });
        }
    let ok = ok && run.report.lock().unwrap().errors.is_empty();
    if let (true, Some((objs, _))) = (ok, tag_objects)
        && let Err(e) = run.apply_tag(objs).await {
            run.report.lock().unwrap().errors.push(StepError::DefaultTag { message: format!("{e:#}") });
        }
    let mut report = run.report.into_inner().unwrap();
    let applied: HashSet<&Key> = report.applied.iter().collect();
    report.not_applied = plan.objects().map(Key::of).filter(|k| !applied.contains(k)).collect();
    Ok(report)
}

/// What an apply did, counted as the dry run counts it: an object that was there without our
/// labels (so not in the inventory) but had another field manager was updated, not created.
fn real_outcome(before: Option<&Value>, after: &Value) -> Outcome {
    match before {
        None if apply::had_other_manager(after) => Outcome::Updated,
        _ => apply::outcome(before, after),
    }
}

/// The chart's untagged injector MWC of a revision.
pub(super) fn is_canonical_injector(o: &Value, rev: &str) -> bool {
    o["kind"] == "MutatingWebhookConfiguration"
        && apply::label(o, apply::REV) == Some(rev)
        && apply::label(o, tag::TAG_LABEL).is_none()
}

/// Creates the install namespace when absent (plain create, no owner labels, as upstream).
async fn ensure_namespace(cluster: &Cluster, plan: &Plan, dry_run: bool, events: &UnboundedSender<Event>) -> anyhow::Result<bool> {
    let api: Api<Namespace> = Api::all(cluster.client.clone());
    let name = plan.namespace.as_str();
    let op = |verb| Op { verb, resource: "namespaces", namespace: None };
    let found = cluster.call(op("get"), || api.get_opt(name)).await?;
    if found.is_some() {
        return Ok(true);
    }
    if dry_run {
        let _ = events.send(Event::Planned { component: None, key: Key { kind: "Namespace".into(), namespace: String::new(), name: name.into() }, change: Change::Create });
        return Ok(false);
    }
    let mut ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}});
    if let Some(net) = &plan.network {
        ns["metadata"]["labels"] = json!({"topology.istio.io/network": net});
    }
    let ns: Namespace = serde_json::from_value(ns)?;
    let pp = PostParams::default();
    match cluster.call(op("create"), || api.create(&pp, &ns)).await {
        // Created meanwhile by someone else: it exists, which is all install needs.
        Ok(_) | Err(Error::Conflict { .. }) => {}
        Err(e) => return Err(e.into()),
    }
    let _ = events.send(Event::Namespace { name: name.into(), created: true });
    Ok(true)
}

/// The default tag objects when install must write them, and whether the default revision's
/// own injector is to be deactivated in the plan.
async fn default_tag(cluster: &Cluster, disc: &Discovery, plan: &Plan) -> anyhow::Result<Option<(Vec<Value>, bool)>> {
    let rev = plan.owner.rev().to_string();
    let Some(canonical) = plan.objects().find(|o| is_canonical_injector(o, &rev)).cloned() else { return Ok(None) };
    let mwc_av = "admissionregistration.k8s.io/v1";
    if !plan.owner.revision.is_empty() {
        let existing = apply::list(cluster, disc, mwc_av, "MutatingWebhookConfiguration", "app=sidecar-injector,istio.io/tag=default").await?;
        if !existing.is_empty() {
            return Ok(None);
        }
    }
    let validator_key = Key { kind: "ValidatingWebhookConfiguration".into(), namespace: String::new(), name: "istiod-default-validator".into() };
    let existing = apply::get(cluster, disc, mwc_av, &validator_key).await?;
    // Our own earlier Ignore is what we set, not a user's choice to keep.
    let policy = existing.as_ref().and_then(|v| v["webhooks"][0]["failurePolicy"].as_str().map(str::to_string));
    let spec = TagSpec {
        tag: "default".into(),
        revision: rev.clone(),
        istio_namespace: plan.namespace.clone(),
        canonical,
        existing_validator_policy: policy,
        auto_inject_namespaces: false,
        webhook_name: None,
    };
    let mut labels = plan.owner.labels(Some(ComponentKind::Pilot.label()));
    labels.insert(NOT_PRUNED.to_string(), "true".to_string());
    let objs = tag_objects(&spec)
        .into_iter()
        .map(|mut o| {
            apply::set_labels(&mut o, &labels);
            o
        })
        .collect();
    Ok(Some((objs, rev == "default")))
}

impl Run<'_> {
    fn cancelled(&self) -> bool {
        self.settings.cancel.load(Ordering::SeqCst)
    }

    fn send(&self, e: Event) {
        let _ = self.events.send(e);
    }

    fn objects_of(&self, c: ComponentKind) -> &[Value] {
        self.plan.components.iter().find(|(k, _)| *k == c).map(|(_, o)| o.as_slice()).unwrap_or(&[])
    }

    /// Upstream's DAG: Base → {Pilot → {Ingress, Egress}, Cni → Ztunnel}.
    async fn components(&self) {
        use ComponentKind::*;
        if !self.component(Base).await {
            self.skip(&[Pilot, IngressGateways, EgressGateways, Cni, Ztunnel], Base);
            return;
        }
        let pilot = async {
            if self.component(Pilot).await {
                futures::join!(self.component(IngressGateways), self.component(EgressGateways));
            } else {
                self.skip(&[IngressGateways, EgressGateways], Pilot);
            }
        };
        let cni = async {
            if self.component(Cni).await {
                self.component(Ztunnel).await;
            } else {
                self.skip(&[Ztunnel], Cni);
            }
        };
        futures::join!(pilot, cni);
    }

    /// Records the components (with objects in the plan) not applied because `failed` failed.
    /// An interrupt is not a failure: its report lists the objects instead.
    fn skip(&self, dependants: &[ComponentKind], failed: ComponentKind) {
        if self.cancelled() {
            return;
        }
        let mut r = self.report.lock().unwrap();
        for d in dependants.iter().filter(|d| !self.objects_of(**d).is_empty()) {
            r.skipped.push((*d, failed));
        }
    }

    /// Says when a live object belongs to another revision's install.
    fn note_other_revision(&self, key: &Key, before: Option<&Value>) {
        let theirs = before.and_then(|b| apply::label(b, apply::REV));
        if let Some(rev) = theirs.filter(|r| *r != self.plan.owner.rev()) {
            self.send(Event::OtherRevision { key: key.clone(), revision: rev.to_string() });
        }
    }

    /// Applies and waits for one component; false when its dependants must not start.
    async fn component(&self, c: ComponentKind) -> bool {
        let objs = self.objects_of(c);
        if objs.is_empty() {
            return true;
        }
        if self.cancelled() {
            self.report.lock().unwrap().interrupted = true;
            return false;
        }
        match self.apply_component(c, objs).await {
            Ok(Some(counts)) => {
                if !self.settings.dry_run {
                    self.send(Event::ComponentDone { component: c, counts });
                }
                true
            }
            Ok(None) => {
                if !self.cancelled() {
                    let error = format!("not ready within the readiness timeout ({:?})", self.settings.readiness_timeout);
                    self.send(Event::ComponentFailed { component: c, error });
                }
                false
            }
            Err(e) => {
                let msg = format!("{e:#}");
                self.send(Event::ComponentFailed { component: c, error: msg.clone() });
                self.report.lock().unwrap().errors.push(StepError::Component { component: c, message: msg });
                false
            }
        }
    }

    /// CRDs first (and Established), then the rest concurrently, then readiness. `Ok(None)`
    /// when interrupted or not ready in time.
    async fn apply_component(&self, c: ComponentKind, objs: &[Value]) -> anyhow::Result<Option<Counts>> {
        let (crds, rest): (Vec<&Value>, Vec<&Value>) = objs.iter().partition(|o| o["kind"] == "CustomResourceDefinition");
        let mut counts = Counts::default();
        let mut workloads = Vec::new();
        for (i, wave) in [crds, rest].into_iter().enumerate() {
            if wave.is_empty() {
                continue;
            }
            let results: Vec<anyhow::Result<Option<(Outcome, Value)>>> =
                futures::stream::iter(wave.into_iter().map(|o| self.apply_one(c, o))).buffer_unordered(CONCURRENCY).collect().await;
            for r in results {
                if let Some((o, live)) = r? {
                    counts.add(o);
                    if readiness::is_waited(live["kind"].as_str().unwrap_or_default()) {
                        workloads.push(live);
                    }
                }
            }
            if self.cancelled() {
                self.report.lock().unwrap().interrupted = true;
                return Ok(None);
            }
            if i == 0 && !self.settings.dry_run {
                // Later objects may need the CRDs' kinds.
                let crds: Vec<Value> = std::mem::take(&mut workloads);
                if !self.wait_ready(c, crds).await {
                    return Ok(None);
                }
                for av in ["networking.istio.io/v1alpha3", "networking.istio.io/v1", "security.istio.io/v1", "telemetry.istio.io/v1", "extensions.istio.io/v1alpha1"] {
                    self.disc.invalidate(av).await;
                }
            }
        }
        if self.settings.dry_run {
            return Ok(Some(counts));
        }
        if !self.wait_ready(c, workloads).await {
            return Ok(None);
        }
        Ok(Some(counts))
    }

    /// Applies one object (or dry-runs it); `None` when skipped because of an interrupt.
    async fn apply_one(&self, c: ComponentKind, obj: &Value) -> anyhow::Result<Option<(Outcome, Value)>> {
        if self.cancelled() {
            return Ok(None);
        }
        let key = Key::of(obj);
        let before = self.live.get(&key);
        self.note_other_revision(&key, before);
        if self.settings.dry_run {
            let change = self.dry_run_change(obj, before).await?;
            self.send(Event::Planned { component: Some(c), key, change });
            return Ok(None);
        }
        let after = apply::apply(self.cluster, &self.disc, obj, false).await?;
        let outcome = real_outcome(before, &after);
        {
            let mut r = self.report.lock().unwrap();
            r.counts.add(outcome);
            r.applied.push(key.clone());
        }
        self.send(Event::Applied { component: c, key, outcome });
        Ok(Some((outcome, after)))
    }

    async fn dry_run_change(&self, obj: &Value, before: Option<&Value>) -> anyhow::Result<Change> {
        let ns = obj["metadata"]["namespace"].as_str().unwrap_or_default();
        if !self.namespace_exists && ns == self.plan.namespace {
            return Ok(Change::Create);
        }
        let after = apply::apply(self.cluster, &self.disc, obj, true).await?;
        Ok(match before {
            Some(live) => {
                let diff = apply::field_diff(live, &after);
                if diff.is_empty() { Change::Unchanged } else { Change::Update(diff) }
            }
            None if apply::had_other_manager(&after) => Change::Update(Vec::new()),
            None => Change::Create,
        })
    }

    /// Polls the given objects until all are ready, the component's timeout passes, or an
    /// interrupt. Emits a `Waiting` event only when the picture changes.
    async fn wait_ready(&self, c: ComponentKind, mut objs: Vec<Value>) -> bool {
        let start = Instant::now();
        let deadline = start + self.settings.readiness_timeout;
        // Short first polls: on a fast cluster workloads are ready within tens of milliseconds.
        let mut delay = Duration::from_millis(10);
        let mut reasons: BTreeMap<Key, String> = BTreeMap::new();
        let mut last: Option<(usize, Vec<(Key, String)>)> = None;
        let mut polled = false;
        loop {
            let total = objs.len();
            let unready: Vec<&Value> = objs.iter().filter(|o| !readiness::is_ready(o)).collect();
            if unready.is_empty() {
                return true;
            }
            let now = Instant::now();
            let explain = now.duration_since(start) >= Duration::from_secs(1) || now >= deadline;
            if explain {
                for o in &unready {
                    if let Some(r) = readiness::workload_reason(self.cluster, o).await {
                        reasons.insert(Key::of(o), r);
                    }
                }
            }
            let listed: Vec<(Key, String)> = unready
                .iter()
                .map(|o| {
                    let k = Key::of(o);
                    let why = reasons.get(&k).cloned().unwrap_or_else(|| default_reason(o));
                    (k, why)
                })
                .collect();
            let picture = (total - unready.len(), listed.clone());
            // The first look is at the apply answers: say nothing unless a poll confirms it.
            if polled && last.as_ref() != Some(&picture) {
                self.send(Event::Waiting { component: c, ready: picture.0, total, unready: listed.clone() });
                last = Some(picture);
            }
            if Instant::now() >= deadline {
                let mut r = self.report.lock().unwrap();
                r.unready.extend(listed.into_iter().map(|(k, why)| (c, k, why)));
                return false;
            }
            if self.cancelled() {
                self.report.lock().unwrap().interrupted = true;
                return false;
            }
            let wake = Instant::now() + delay.min(deadline.saturating_duration_since(Instant::now()));
            while Instant::now() < wake && !self.cancelled() {
                tokio::time::sleep((wake - Instant::now()).min(Duration::from_millis(100))).await;
            }
            delay = (delay * 3 / 2).min(Duration::from_secs(2));
            polled = true;
            self.refresh(c, &mut objs, &mut reasons).await;
        }
    }

    /// Re-reads the unready objects: one list per kind when several of a kind wait (the CRDs),
    /// else one GET each.
    async fn refresh(&self, c: ComponentKind, objs: &mut [Value], reasons: &mut BTreeMap<Key, String>) {
        let mut by_kind: BTreeMap<(String, String), usize> = BTreeMap::new();
        for o in objs.iter().filter(|o| !readiness::is_ready(o)) {
            let av = o["apiVersion"].as_str().unwrap_or_default().to_string();
            *by_kind.entry((av, o["kind"].as_str().unwrap_or_default().to_string())).or_default() += 1;
        }
        let selector = format!("{}={},{}={}", apply::COMPONENT, c.label(), apply::REV, self.plan.owner.rev());
        for ((av, kind), n) in by_kind {
            let listed = if n > 1 { apply::list(self.cluster, &self.disc, &av, &kind, &selector).await.ok() } else { None };
            for o in objs.iter_mut().filter(|o| !readiness::is_ready(o) && o["kind"] == kind.as_str()) {
                let key = Key::of(o);
                let fresh = match &listed {
                    Some(items) => Ok(items.iter().find(|v| Key::of(v) == key).cloned()),
                    None => apply::get(self.cluster, &self.disc, &av, &key).await,
                };
                match fresh {
                    Ok(Some(v)) => *o = v,
                    Ok(None) => {
                        reasons.insert(key, "deleted while waiting".into());
                    }
                    Err(e) => {
                        reasons.insert(key, format!("cannot read it: {e}"));
                    }
                }
            }
        }
    }

    async fn prune(&self) -> anyhow::Result<()> {
        let rendered: HashSet<Key> = self.plan.objects().map(Key::of).collect();
        for (key, obj) in super::prune::candidates(&self.live, &rendered, &self.plan.owner) {
            if self.cancelled() {
                self.report.lock().unwrap().interrupted = true;
                return Ok(());
            }
            if self.settings.dry_run {
                self.send(Event::Planned { component: None, key, change: Change::Prune });
                continue;
            }
            let av = obj["apiVersion"].as_str().unwrap_or_default();
            apply::delete(self.cluster, &self.disc, av, &key).await?;
            self.report.lock().unwrap().pruned.push(key.clone());
            self.send(Event::Pruned { key });
        }
        Ok(())
    }

    async fn apply_tag(&self, objs: Vec<Value>) -> anyhow::Result<()> {
        for o in &objs {
            let key = Key::of(o);
            let before = self.live.get(&key);
            self.note_other_revision(&key, before);
            if self.settings.dry_run {
                let change = self.dry_run_change(o, before).await?;
                self.send(Event::Planned { component: Some(ComponentKind::Pilot), key, change });
                continue;
            }
            let after = apply::apply(self.cluster, &self.disc, o, false).await?;
            let outcome = real_outcome(before, &after);
            self.report.lock().unwrap().counts.add(outcome);
            self.send(Event::Tag { key, outcome });
        }
        if self.plan.owner.revision.is_empty() || self.settings.dry_run {
            return Ok(());
        }
        // A revisioned install took the default tag: the default revision's own injector,
        // if one is installed, stops injecting (upstream's deactivation).
        let av = "admissionregistration.k8s.io/v1";
        for mwc in apply::list(self.cluster, &self.disc, av, "MutatingWebhookConfiguration", "istio.io/rev=default,!istio.io/tag").await? {
            let mut patched = mwc.clone();
            tag::deactivate(&mut patched);
            if patched != mwc {
                let key = Key::of(&mwc);
                apply::merge_patch(self.cluster, &self.disc, av, &key, &json!({"webhooks": patched["webhooks"]})).await?;
                self.send(Event::Deactivated { key });
            }
        }
        Ok(())
    }
}

/// What to say about an unready object before its pods have been looked at.
fn default_reason(o: &Value) -> String {
    match readiness::counts(o) {
        Some((ready, total)) => format!("{ready}/{total} pods ready"),
        None => "not established yet".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(sets: &[&str]) -> Plan {
        let mut inputs = crate::profile::Inputs::release();
        inputs.sets = sets.iter().map(|s| s.to_string()).collect();
        let resolved = crate::profile::resolve(&inputs).unwrap();
        let objects = crate::render::render(&resolved).unwrap();
        Plan::new(&resolved, objects, None).unwrap()
    }

    #[test]
    fn plan_labels_every_object_with_its_component() {
        let p = plan(&["profile=demo"]);
        let comps: Vec<ComponentKind> = p.components.iter().map(|(c, _)| *c).collect();
        assert_eq!(comps, [ComponentKind::Base, ComponentKind::Pilot, ComponentKind::IngressGateways, ComponentKind::EgressGateways]);
        for (c, objs) in &p.components {
            for o in objs {
                assert_eq!(apply::label(o, apply::COMPONENT), Some(c.label()), "{}", Key::of(o));
                assert_eq!(apply::label(o, apply::REV), Some("default"));
            }
        }
        assert!(p.manage_default_tag);
        assert_eq!(p.namespace, "istio-system");
    }

    #[test]
    fn only_the_default_revisions_own_injector_is_deactivated() {
        let mut p = plan(&[]);
        p.deactivate_own_injector();
        let injector = p.objects().find(|o| o["kind"] == "MutatingWebhookConfiguration").unwrap();
        assert_eq!(injector["webhooks"][0]["objectSelector"]["matchLabels"]["istio.io/deactivated"], "never-match");
        let mut canary = plan(&["revision=canary"]);
        canary.deactivate_own_injector();
        let injector = canary.objects().find(|o| o["kind"] == "MutatingWebhookConfiguration").unwrap();
        assert!(injector["webhooks"][0]["objectSelector"]["matchLabels"]["istio.io/deactivated"].is_null());
    }
}
