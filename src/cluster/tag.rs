//! Revision tags: the one generator of a tag's objects (MutatingWebhookConfiguration
//! `istio-revision-tag-<tag>`, for `default` also `istiod-default-validator`, and Service
//! `istiod-revision-tag-<tag>`), rendered from the istiod chart's own templates; plus reading,
//! applying and removing tags. `tag set|generate|list|remove` and install's default tag both use it.
//! It never prints and never prompts.

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};
use k8s_openapi::api::admissionregistration::v1::{MutatingWebhookConfiguration, ValidatingWebhookConfiguration};
use k8s_openapi::api::core::v1::{Namespace, Service};
use kube::Resource;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::Cluster;
use super::errors::{Op, describe};
use super::retry::with_retry;

/// Label naming the tag on its webhooks and Service.
pub const TAG_LABEL: &str = "istio.io/tag";
/// Label naming the revision (on webhooks, Services, namespaces).
pub const REV_LABEL: &str = super::namespace::REV;
/// The tag whose webhook also serves `istio-injection=enabled` and validation.
pub const DEFAULT_TAG: &str = "default";
/// Name of the validator that covers config without an `istio.io/rev` label.
pub const DEFAULT_VALIDATOR: &str = "istiod-default-validator";
/// Field manager of `tag set` (upstream's).
pub const FIELD_MANAGER: &str = "istio-ci";
const INJECTOR_SUFFIX: &str = "sidecar-injector.istio.io";
const OPERATOR_LABEL_PART: &str = "operator.istio.io";

/// What the target revision's canonical (untagged) injector webhook says; the tag copies it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Canonical {
    /// The `istio.io/rev` label (`default` for an unrevisioned control plane).
    pub revision: String,
    pub url: Option<String>,
    /// Base64 text, as the API carries it.
    pub ca_bundle: Option<String>,
    pub path: Option<String>,
    pub reinvocation_policy: Option<String>,
    /// Every label but `app`.
    pub labels: Map<String, Value>,
    pub annotations: Map<String, Value>,
}

impl Canonical {
    /// Reads the first webhook whose name ends in `sidecar-injector.istio.io`.
    pub fn from_webhook(mwc: &Value) -> anyhow::Result<Canonical> {
        let name = mwc["metadata"]["name"].as_str().unwrap_or_default();
        let labels = mwc["metadata"]["labels"].as_object().cloned().unwrap_or_default();
        let revision = labels.get(REV_LABEL).and_then(Value::as_str).filter(|r| !r.is_empty()).unwrap_or(DEFAULT_TAG);
        let webhook = mwc["webhooks"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|w| w["name"].as_str().is_some_and(|n| n.ends_with(INJECTOR_SUFFIX)))
            .with_context(|| format!("could not find sidecar-injector webhook in canonical webhook {name:?}"))?;
        let text = |v: &Value| v.as_str().filter(|s| !s.is_empty()).map(str::to_string);
        Ok(Canonical {
            revision: revision.to_string(),
            url: text(&webhook["clientConfig"]["url"]),
            ca_bundle: text(&webhook["clientConfig"]["caBundle"]),
            path: webhook["clientConfig"]["service"]["path"].as_str().map(str::to_string),
            reinvocation_policy: text(&webhook["reinvocationPolicy"]),
            labels: labels.into_iter().filter(|(k, _)| k != "app").collect(),
            annotations: mwc["metadata"]["annotations"].as_object().cloned().unwrap_or_default(),
        })
    }
}

/// What a tag is generated from (shared with install's default tag).
#[derive(Debug, Clone, Default)]
pub struct TagSpec {
    pub tag: String,
    /// The revision the tag points to (`default` for the default revision; empty means the
    /// canonical webhook's `istio.io/rev`).
    pub revision: String,
    /// The `-i` namespace: webhook service namespace, Service namespace, name suffix rule.
    pub istio_namespace: String,
    /// The revision's canonical injector MWC (labelled `istio.io/rev=<rev>`, without a tag).
    pub canonical: Value,
    /// failurePolicy of the live `istiod-default-validator`, if there is one.
    pub existing_validator_policy: Option<String>,
    /// `--auto-inject-namespaces` (install: `sidecarInjectorWebhook.enableNamespacesByDefault`).
    pub auto_inject_namespaces: bool,
    /// `--webhook-name`.
    pub webhook_name: Option<String>,
}

/// How the objects are finished.
#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    /// `tag set|generate`: strip every `*operator.istio.io*` label so installers never prune
    /// or uninstall the tag. Install's own default tag keeps them.
    pub user_managed: bool,
    /// `-d/--manifests`: profiles and templates from this directory instead of the built-in ones.
    pub manifests: Option<std::path::PathBuf>,
}

/// Install's default tag: the same generator, installer-managed, built-in templates. As
/// upstream, a tag that cannot be generated (e.g. no injector webhook) is skipped: no objects.
pub fn tag_objects(spec: &TagSpec) -> Vec<Value> {
    generate(spec, &GenerateOptions::default()).unwrap_or_default()
}

/// Gives every webhook of an injector MWC the never-match selectors that switch it off while
/// keeping the object (`istio.io/deactivated: never-match`).
pub fn deactivate(mwc: &mut Value) {
    let never = json!({"matchLabels": {"istio.io/deactivated": "never-match"}});
    for wh in mwc["webhooks"].as_array_mut().into_iter().flatten() {
        wh["namespaceSelector"] = never.clone();
        wh["objectSelector"] = never.clone();
    }
}

/// Renders the tag's objects: MWC, then (tag `default`) the VWC, then the Service, from the
/// istiod chart templates over the values upstream uses. Pure: no cluster access.
pub fn generate(spec: &TagSpec, opts: &GenerateOptions) -> anyhow::Result<Vec<Value>> {
    if spec.tag.is_empty() {
        bail!("a revision tag name must not be empty");
    }
    let mut canonical = Canonical::from_webhook(&spec.canonical)?;
    if !spec.revision.is_empty() {
        canonical.revision = spec.revision.clone();
    }
    let rev = if canonical.revision == DEFAULT_TAG { "" } else { canonical.revision.as_str() };
    let component = istiod_component(spec, &canonical, rev, opts)?;
    let assets = crate::profile::Assets::new(opts.manifests.as_deref());
    let renderer = crate::render::Renderer::new(crate::render::Templates::from_assets(&assets)?)?;
    let rendered = renderer.render_component(&component)?;
    let pick = |kind: &str, prefix: &str| {
        rendered
            .iter()
            .find(|o| o["kind"] == kind && o["metadata"]["name"].as_str().is_some_and(|n| n.starts_with(prefix)))
            .cloned()
            .with_context(|| format!("the istiod templates rendered no {kind} {prefix}{}", spec.tag))
    };
    let mut out = Vec::new();

    let mut mwc = pick("MutatingWebhookConfiguration", "istio-revision-tag-")?;
    for wh in mwc["webhooks"].as_array_mut().into_iter().flatten() {
        set_ca_bundle(wh, canonical.ca_bundle.as_deref());
        if wh["clientConfig"]["service"].is_object() {
            wh["clientConfig"]["service"]["path"] = json!(canonical.path.clone().unwrap_or_default());
        }
    }
    if let Some(name) = spec.webhook_name.as_deref().filter(|n| !n.is_empty()) {
        mwc["metadata"]["name"] = json!(name);
    }
    finish_metadata(&mut mwc, opts, &canonical.labels, &canonical.annotations);
    out.push(mwc);

    if spec.tag == DEFAULT_TAG {
        let mut vwc = validator(&renderer, &component, &canonical, rev, &spec.istio_namespace)?;
        for wh in vwc["webhooks"].as_array_mut().into_iter().flatten() {
            set_ca_bundle(wh, canonical.ca_bundle.as_deref());
            keep_failure_policy(wh, spec.existing_validator_policy.as_deref());
        }
        finish_metadata(&mut vwc, opts, &canonical.labels, &canonical.annotations);
        out.push(vwc);
    }

    let mut svc = pick("Service", "istiod-revision-tag-")?;
    finish_metadata(&mut svc, opts, &Map::new(), &Map::new());
    out.push(svc);
    Ok(out)
}

/// The istiod chart input upstream uses for a tag: profile `empty`, pilot on, the revision,
/// `revisionTags: [tag]`, the canonical webhook's URL and reinvocation policy.
fn istiod_component(spec: &TagSpec, canonical: &Canonical, rev: &str, opts: &GenerateOptions) -> anyhow::Result<crate::render::Component> {
    let mut values = json!({
        "revisionTags": [spec.tag],
        "sidecarInjectorWebhook": {"enableNamespacesByDefault": spec.auto_inject_namespaces},
        "istiodRemote": {"injectionURL": canonical.url.clone().unwrap_or_default()},
        "global": {"istioNamespace": spec.istio_namespace},
    });
    if let Some(p) = &canonical.reinvocation_policy {
        values["sidecarInjectorWebhook"]["reinvocationPolicy"] = json!(p);
    }
    let mut overlay = json!({
        "apiVersion": "install.istio.io/v1alpha1",
        "kind": "IstioOperator",
        "spec": {"profile": "empty", "components": {"pilot": {"enabled": true}}, "values": values},
    });
    if !rev.is_empty() {
        overlay["spec"]["revision"] = json!(rev);
    }
    let inputs = crate::profile::Inputs {
        files: vec![crate::profile::InputFile::Text { name: "revision tag".into(), text: overlay.to_string() }],
        manifests_dir: opts.manifests.clone(),
        ..Default::default()
    };
    let resolved = crate::profile::resolve(&inputs).context("resolving the istiod values for the tag")?;
    resolved
        .components
        .into_iter()
        .find(|c| c.kind == crate::profile::ComponentKind::Pilot)
        .context("the empty profile with pilot enabled resolved no istiod component")
}

/// `istiod-default-validator` from the `default` chart template, pointed at the revision's
/// istiod (or the canonical webhook's URL with path `/validate`).
fn validator(
    renderer: &crate::render::Renderer,
    component: &crate::render::Component,
    canonical: &Canonical,
    rev: &str,
    istio_ns: &str,
) -> anyhow::Result<Value> {
    let url = canonical.url.as_deref().map(validation_url).unwrap_or_default();
    let mut c = component.clone();
    c.values = json!({"revision": rev, "base": {"validationURL": url}, "global": {"istioNamespace": istio_ns}});
    renderer
        .render_file("default/validatingwebhook.yaml", &c)?
        .into_iter()
        .find(|o| o["kind"] == "ValidatingWebhookConfiguration")
        .context("the default chart rendered no ValidatingWebhookConfiguration")
}

/// The injection URL with its path replaced by `/validate` (unparseable URLs are kept).
fn validation_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let after = &rest[authority_end..];
    let suffix = after.find(['?', '#']).map(|i| &after[i..]).unwrap_or("");
    format!("{scheme}://{}/validate{suffix}", &rest[..authority_end])
}

fn set_ca_bundle(webhook: &mut Value, ca: Option<&str>) {
    let Some(cc) = webhook["clientConfig"].as_object_mut() else { return };
    match ca.filter(|c| !c.is_empty()) {
        Some(ca) => {
            cc.insert("caBundle".into(), json!(ca));
        }
        None => {
            cc.shift_remove("caBundle");
        }
    }
}

/// istiod manages the validator's failure policy: a live `Fail` is left for istiod to set again
/// (the field is dropped), any other live value is kept, and without one the chart's value stands.
fn keep_failure_policy(webhook: &mut Value, live: Option<&str>) {
    let Some(obj) = webhook.as_object_mut() else { return };
    match live {
        Some("Fail") => {
            obj.shift_remove("failurePolicy");
        }
        Some(p) => {
            obj.insert("failurePolicy".into(), json!(p));
        }
        None => {}
    }
}

/// Labels: rendered ∪ copied (later wins), operator labels stripped when user-managed;
/// annotations merged; `creationTimestamp: null` as Kubernetes' typed encoder writes it.
fn finish_metadata(obj: &mut Value, opts: &GenerateOptions, copied: &Map<String, Value>, annotations: &Map<String, Value>) {
    let meta = &mut obj["metadata"];
    let mut labels = meta["labels"].as_object().cloned().unwrap_or_default();
    labels.extend(copied.clone());
    if opts.user_managed {
        labels.retain(|k, _| !k.contains(OPERATOR_LABEL_PART));
    }
    meta["labels"] = Value::Object(labels);
    if !annotations.is_empty() {
        let mut merged = meta["annotations"].as_object().cloned().unwrap_or_default();
        merged.extend(annotations.clone());
        meta["annotations"] = Value::Object(merged);
    }
    if obj["kind"] != "Service" {
        obj["metadata"]["creationTimestamp"] = Value::Null;
    }
}

/// The YAML `tag generate` prints: each object with sorted keys, joined by `\n---\n`.
pub fn to_yaml(objects: &[Value]) -> String {
    objects
        .iter()
        .map(|o| crate::render::yaml::to_yaml(&crate::render::yaml::sorted(o)))
        .collect::<Vec<_>>()
        .join("\n---\n")
}

// ---- cluster side ----------------------------------------------------------------------------

/// Options of `tag set|generate`.
#[derive(Debug, Clone, Default)]
pub struct SetOptions {
    pub tag: String,
    /// `--revision` as given (`default` for the unrevisioned control plane).
    pub revision: String,
    pub istio_namespace: String,
    pub webhook_name: Option<String>,
    pub auto_inject_namespaces: bool,
    /// `--overwrite`: replace an existing tag, skip the tag-vs-revision name check.
    pub overwrite: bool,
    /// `tag generate`: looser checks, nothing is changed.
    pub generate: bool,
    pub manifests: Option<std::path::PathBuf>,
}

/// What `plan` found and made.
#[derive(Debug, Clone)]
pub struct Plan {
    pub objects: Vec<Value>,
}

fn mwc_api(cluster: &Cluster) -> Api<MutatingWebhookConfiguration> {
    Api::all(cluster.client.clone())
}

fn vwc_api(cluster: &Cluster) -> Api<ValidatingWebhookConfiguration> {
    Api::all(cluster.client.clone())
}

fn svc_api(cluster: &Cluster, ns: &str) -> Api<Service> {
    Api::namespaced(cluster.client.clone(), ns)
}

async fn list_values<K>(api: &Api<K>, selector: &str, resource: &str, ns: Option<&str>, cluster: &Cluster) -> anyhow::Result<Vec<Value>>
where
    K: Resource + Clone + serde::de::DeserializeOwned + Serialize + std::fmt::Debug,
{
    let lp = ListParams::default().labels(selector);
    let list = with_retry(|| api.list(&lp))
        .await
        .map_err(|e| describe(e, Op { verb: "list", resource, namespace: ns }, &cluster.server))?;
    let mut out: Vec<Value> = list.items.iter().map(|o| serde_json::to_value(o).unwrap_or(Value::Null)).collect();
    out.sort_by(|a, b| name_of(a).cmp(name_of(b)));
    Ok(out)
}

fn name_of(v: &Value) -> &str {
    v["metadata"]["name"].as_str().unwrap_or_default()
}

fn label_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v["metadata"]["labels"][key].as_str().unwrap_or_default()
}

/// Revisions that have a canonical injector webhook or an istiod Service (what is installed).
pub async fn installed_revisions(cluster: &Cluster, istio_ns: &str) -> anyhow::Result<Vec<String>> {
    let mut revs: Vec<String> = list_values(&mwc_api(cluster), &format!("{REV_LABEL},!{TAG_LABEL}"), "mutatingwebhookconfigurations", None, cluster)
        .await?
        .iter()
        .map(|w| label_of(w, REV_LABEL).to_string())
        .collect();
    let svcs = list_values(&svc_api(cluster, istio_ns), &format!("{REV_LABEL},!{TAG_LABEL},app=istiod"), "services", Some(istio_ns), cluster).await?;
    revs.extend(svcs.iter().map(|s| label_of(s, REV_LABEL).to_string()));
    for r in &mut revs {
        if r.is_empty() {
            *r = DEFAULT_TAG.into();
        }
    }
    revs.sort();
    revs.dedup();
    Ok(revs)
}

/// Checks the cluster as upstream does, then generates the tag's objects.
pub async fn plan(cluster: &Cluster, opts: &SetOptions) -> anyhow::Result<Plan> {
    let tag = &opts.tag;
    let ns = &opts.istio_namespace;
    let revision = if opts.revision.is_empty() { DEFAULT_TAG } else { opts.revision.as_str() };
    let canonical_sel = |rev: &str| format!("{REV_LABEL}={rev},!{TAG_LABEL}");
    let svc_sel = |rev: &str| format!("{REV_LABEL}={rev},!{TAG_LABEL},app=istiod");

    if !opts.generate && !opts.overwrite && tag != DEFAULT_TAG {
        let mwcs = list_values(&mwc_api(cluster), &canonical_sel(tag), "mutatingwebhookconfigurations", None, cluster).await?;
        let svcs = list_values(&svc_api(cluster, ns), &svc_sel(tag), "services", Some(ns), cluster).await?;
        if !mwcs.is_empty() || !svcs.is_empty() {
            bail!(
                "cannot create revision tag {tag:?}: found existing control plane revision with same name (a tag and a revision cannot share a name; pass --overwrite to turn the revision's name into a tag anyway)"
            );
        }
    }

    let mwcs = list_values(&mwc_api(cluster), &canonical_sel(revision), "mutatingwebhookconfigurations", None, cluster).await?;
    let svcs = list_values(&svc_api(cluster, ns), &svc_sel(revision), "services", Some(ns), cluster).await?;
    if mwcs.is_empty() {
        let installed = installed_revisions(cluster, ns).await?;
        let what = if installed.is_empty() {
            "no Istio control plane revision is installed".to_string()
        } else {
            format!("installed revisions: {}", installed.join(", "))
        };
        if svcs.is_empty() {
            bail!("cannot modify tag: cannot find MutatingWebhookConfiguration or Service with revision {revision:?} ({what})");
        }
        bail!(
            "cannot modify tag: found the istiod Service {ns}/{} of revision {revision:?} but no injector MutatingWebhookConfiguration for it ({what})",
            name_of(&svcs[0])
        );
    }
    if mwcs.len() > 1 {
        let names: Vec<&str> = mwcs.iter().map(name_of).collect();
        bail!("cannot modify tag: found multiple canonical webhooks with revision {revision:?}: {}", names.join(", "));
    }

    if !opts.overwrite {
        let sel = format!("{TAG_LABEL}={tag}");
        let tagged = list_values(&mwc_api(cluster), &sel, "mutatingwebhookconfigurations", None, cluster).await?;
        let tagged_svcs = list_values(&svc_api(cluster, ns), &sel, "services", Some(ns), cluster).await?;
        if let Some(existing) = tagged.first().or(tagged_svcs.first()) {
            let kind = if tagged.is_empty() { format!("Service {ns}/") } else { "MutatingWebhookConfiguration ".to_string() };
            bail!(
                "revision tag {tag:?} already exists, and --overwrite is false ({kind}{} points it at revision {:?}); pass --overwrite to repoint it",
                name_of(existing),
                label_of(existing, REV_LABEL)
            );
        }
    }

    let existing_validator = if tag == DEFAULT_TAG { get_validator(cluster).await? } else { None };
    let spec = TagSpec {
        tag: tag.clone(),
        revision: revision.to_string(),
        istio_namespace: ns.clone(),
        canonical: mwcs[0].clone(),
        existing_validator_policy: existing_validator.and_then(|v| v["webhooks"][0]["failurePolicy"].as_str().map(str::to_string)),
        auto_inject_namespaces: opts.auto_inject_namespaces,
        webhook_name: opts.webhook_name.clone(),
    };
    let objects = generate(&spec, &GenerateOptions { user_managed: true, manifests: opts.manifests.clone() })?;
    Ok(Plan { objects })
}

/// Upstream's check before writing a tag: the webhook analyzer (IST0139) over the cluster's
/// MutatingWebhookConfigurations with the new ones in place of any of the same name. Returns
/// the messages about the new configurations (overlapping injectors, a missing istiod
/// Service), in upstream's log format. With `default_takes_over` (`tag set default`), the
/// untagged default-revision injector is analysed as the deactivated webhook it is about to
/// become — upstream deactivates it before asking; we ask first and deactivate only on yes.
pub async fn conflicts(cluster: &Cluster, objects: &[Value], default_takes_over: bool) -> anyhow::Result<Vec<String>> {
    let new: Vec<&Value> = objects.iter().filter(|o| o["kind"] == "MutatingWebhookConfiguration").collect();
    let new_names: Vec<&str> = new.iter().map(|o| name_of(o)).collect();
    let mut configs = list_values(&mwc_api(cluster), "", "mutatingwebhookconfigurations", None, cluster).await?;
    configs.retain(|c| !new_names.contains(&name_of(c)));
    if default_takes_over {
        for c in configs.iter_mut().filter(|c| label_of(c, REV_LABEL) == DEFAULT_TAG && label_of(c, TAG_LABEL).is_empty()) {
            deactivate(c);
        }
    }
    configs.extend(new.iter().map(|o| (*o).clone()));
    // Only messages about the new configurations are kept, so only their Services are looked up.
    let mut services = BTreeMap::new();
    for wh in new.iter().flat_map(|c| c["webhooks"].as_array().into_iter().flatten()) {
        let svc = &wh["clientConfig"]["service"];
        let (Some(ns), Some(name)) = (svc["namespace"].as_str(), svc["name"].as_str()) else { continue };
        let key = (ns.to_string(), name.to_string());
        if services.contains_key(&key) {
            continue;
        }
        let api = svc_api(cluster, ns);
        let found = with_retry(|| api.get_opt(name))
            .await
            .map_err(|e| describe(e, Op { verb: "get", resource: "services", namespace: Some(ns) }, &cluster.server))?;
        services.insert(key, found.is_some());
    }
    let existing: Vec<(String, String)> = services.into_iter().filter(|(_, found)| *found).map(|(k, _)| k).collect();
    Ok(crate::analyze::webhook::check(&configs, &existing)
        .into_iter()
        .filter(|m| m.origin.as_ref().is_some_and(|o| new_names.contains(&o.name.as_str())))
        .map(|m| m.to_string())
        .collect())
}

async fn get_validator(cluster: &Cluster) -> anyhow::Result<Option<Value>> {
    let api = vwc_api(cluster);
    let got = with_retry(|| api.get_opt(DEFAULT_VALIDATOR))
        .await
        .map_err(|e| describe(e, Op { verb: "get", resource: "validatingwebhookconfigurations", namespace: None }, &cluster.server))?;
    Ok(got.map(|v| serde_json::to_value(v).unwrap_or(Value::Null)))
}

/// Server-side applies each object (field manager `field_manager`, forced), Services into
/// `istio_ns` unless they name their namespace.
pub async fn apply(cluster: &Cluster, objects: &[Value], istio_ns: &str, field_manager: &str) -> anyhow::Result<()> {
    let pp = PatchParams::apply(field_manager).force();
    for obj in objects {
        let name = name_of(obj).to_string();
        let kind = obj["kind"].as_str().unwrap_or_default();
        let mut body = obj.clone();
        if let Some(m) = body["metadata"].as_object_mut() {
            m.shift_remove("creationTimestamp");
        }
        let patch = Patch::Apply(&body);
        let (mwcs, vwcs) = (mwc_api(cluster), vwc_api(cluster));
        let svcs = svc_api(cluster, obj["metadata"]["namespace"].as_str().unwrap_or(istio_ns));
        let result = match kind {
            "MutatingWebhookConfiguration" => with_retry(|| mwcs.patch(&name, &pp, &patch)).await.map(|_| ()),
            "ValidatingWebhookConfiguration" => with_retry(|| vwcs.patch(&name, &pp, &patch)).await.map(|_| ()),
            "Service" => with_retry(|| svcs.patch(&name, &pp, &patch)).await.map(|_| ()),
            other => bail!("a revision tag has no object of kind {other}"),
        };
        result.map_err(|e| describe(e, Op { verb: "apply", resource: kind, namespace: None }, &cluster.server)).with_context(|| {
            format!("failed to apply tag webhook {kind} {name} to cluster")
        })?;
    }
    Ok(())
}

/// Turns off the untagged default-revision injector (`istio-sidecar-injector`): every webhook's
/// selectors become `istio.io/deactivated: never-match`; the object stays. Returns its name.
pub async fn deactivate_default_injector(cluster: &Cluster) -> anyhow::Result<Option<String>> {
    let sel = format!("{REV_LABEL}={DEFAULT_TAG},!{TAG_LABEL}");
    let found = list_values(&mwc_api(cluster), &sel, "mutatingwebhookconfigurations", None, cluster).await?;
    if found.len() > 1 {
        let names: Vec<&str> = found.iter().map(name_of).collect();
        bail!("expected a single default-revision injector webhook, found {}", names.join(", "));
    }
    let Some(mut mwc) = found.into_iter().next() else { return Ok(None) };
    deactivate(&mut mwc);
    let name = name_of(&mwc).to_string();
    let typed: MutatingWebhookConfiguration = serde_json::from_value(mwc)?;
    let api = mwc_api(cluster);
    let pp = PostParams::default();
    with_retry(|| api.replace(&name, &pp, &typed))
        .await
        .map_err(|e| describe(e, Op { verb: "update", resource: "mutatingwebhookconfigurations", namespace: None }, &cluster.server))?;
    Ok(Some(name))
}

/// One row of `tag list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagInfo {
    pub tag: String,
    pub revision: String,
    pub namespaces: Vec<String>,
}

/// Names of namespaces labelled `istio.io/rev=<tag>`, sorted.
pub async fn namespaces_with_tag(cluster: &Cluster, tag: &str) -> anyhow::Result<Vec<String>> {
    let api: Api<Namespace> = Api::all(cluster.client.clone());
    let mut names: Vec<String> =
        list_values(&api, &format!("{REV_LABEL}={tag}"), "namespaces", None, cluster).await?.iter().map(|n| name_of(n).to_string()).collect();
    names.sort();
    Ok(names)
}

/// Tags and untagged revisions (webhooks with `istio.io/rev`, Services in `istio_ns` with it),
/// an untagged row dropped when its revision has a tagged one; sorted by revision, then tag.
pub async fn list(cluster: &Cluster, istio_ns: &str) -> anyhow::Result<Vec<TagInfo>> {
    let mut found = list_values(&mwc_api(cluster), REV_LABEL, "mutatingwebhookconfigurations", None, cluster).await?;
    found.extend(list_values(&svc_api(cluster, istio_ns), REV_LABEL, "services", Some(istio_ns), cluster).await?);
    let mut rows: BTreeMap<(String, String), TagInfo> = BTreeMap::new();
    for obj in &found {
        let (tag, rev) = (label_of(obj, TAG_LABEL).to_string(), label_of(obj, REV_LABEL).to_string());
        if rows.contains_key(&(rev.clone(), tag.clone())) {
            continue;
        }
        let namespaces = namespaces_with_tag(cluster, &tag).await?;
        rows.insert((rev.clone(), tag.clone()), TagInfo { tag, revision: rev, namespaces });
    }
    let tagged_revs: Vec<String> = rows.keys().filter(|(_, t)| !t.is_empty()).map(|(r, _)| r.clone()).collect();
    rows.retain(|(r, t), _| !t.is_empty() || !tagged_revs.contains(r));
    Ok(rows.into_values().collect())
}

/// What a tag consists of in the cluster (for `remove`).
#[derive(Debug, Clone, Default)]
pub struct TagObjects {
    pub webhooks: Vec<String>,
    pub validators: Vec<String>,
    pub services: Vec<String>,
}

impl TagObjects {
    pub fn is_empty(&self) -> bool {
        self.webhooks.is_empty() && self.validators.is_empty() && self.services.is_empty()
    }
    /// `Kind/name` of every object, in deletion order.
    pub fn describe(&self, istio_ns: &str) -> Vec<String> {
        let mut out: Vec<String> = self.webhooks.iter().map(|n| format!("MutatingWebhookConfiguration/{n}")).collect();
        out.extend(self.validators.iter().map(|n| format!("ValidatingWebhookConfiguration/{n}")));
        out.extend(self.services.iter().map(|n| format!("Service/{istio_ns}/{n}")));
        out
    }
}

/// The objects labelled `istio.io/tag=<tag>` (`None` selects every tag).
pub async fn find(cluster: &Cluster, tag: Option<&str>, istio_ns: &str) -> anyhow::Result<TagObjects> {
    let sel = match tag {
        Some(t) => format!("{TAG_LABEL}={t}"),
        None => TAG_LABEL.to_string(),
    };
    let names = |v: Vec<Value>| v.iter().map(|o| name_of(o).to_string()).collect::<Vec<_>>();
    Ok(TagObjects {
        webhooks: names(list_values(&mwc_api(cluster), &sel, "mutatingwebhookconfigurations", None, cluster).await?),
        validators: names(list_values(&vwc_api(cluster), &sel, "validatingwebhookconfigurations", None, cluster).await?),
        services: names(list_values(&svc_api(cluster, istio_ns), &sel, "services", Some(istio_ns), cluster).await?),
    })
}

/// Deletes the given tag objects: webhooks, validators, then Services. Missing ones are skipped.
pub async fn delete(cluster: &Cluster, objects: &TagObjects, istio_ns: &str) -> anyhow::Result<()> {
    let dp = DeleteParams::default();
    let gone = |r: Result<(), kube::Error>| match r {
        Err(kube::Error::Api(s)) if s.code == 404 => Ok(()),
        other => other,
    };
    let (mwcs, vwcs, svcs) = (mwc_api(cluster), vwc_api(cluster), svc_api(cluster, istio_ns));
    for n in &objects.webhooks {
        gone(with_retry(|| mwcs.delete(n, &dp)).await.map(|_| ()))
            .map_err(|e| describe(e, Op { verb: "delete", resource: "mutatingwebhookconfigurations", namespace: None }, &cluster.server))?;
    }
    for n in &objects.validators {
        gone(with_retry(|| vwcs.delete(n, &dp)).await.map(|_| ()))
            .map_err(|e| describe(e, Op { verb: "delete", resource: "validatingwebhookconfigurations", namespace: None }, &cluster.server))?;
    }
    for n in &objects.services {
        gone(with_retry(|| svcs.delete(n, &dp)).await.map(|_| ()))
            .map_err(|e| describe(e, Op { verb: "delete", resource: "services", namespace: Some(istio_ns) }, &cluster.server))?;
    }
    Ok(())
}

/// For `uninstall --purge`: deletes every tag object (label `istio.io/tag` present) and returns
/// what it deleted as `Kind/name`.
pub async fn purge(cluster: &Cluster, istio_ns: &str) -> anyhow::Result<Vec<String>> {
    let objects = find(cluster, None, istio_ns).await?;
    delete(cluster, &objects, istio_ns).await?;
    Ok(objects.describe(istio_ns))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(rev: &str) -> Value {
        json!({
            "apiVersion": "admissionregistration.k8s.io/v1",
            "kind": "MutatingWebhookConfiguration",
            "metadata": {"name": "istio-sidecar-injector", "labels": {"app": "sidecar-injector", "istio.io/rev": rev,
                "operator.istio.io/component": "Pilot", "release": "istio"}},
            "webhooks": [{"name": "rev.namespace.sidecar-injector.istio.io",
                "clientConfig": {"service": {"name": "istiod", "namespace": "istio-system", "path": "/inject", "port": 443}, "caBundle": "Q0E="},
                "reinvocationPolicy": "IfNeeded"}]
        })
    }

    fn spec(tag: &str, rev: &str) -> TagSpec {
        TagSpec { tag: tag.into(), revision: rev.into(), istio_namespace: "istio-system".into(), canonical: canonical(rev), ..Default::default() }
    }

    const USER: GenerateOptions = GenerateOptions { user_managed: true, manifests: None };

    #[test]
    fn canonical_reads_the_injector_webhook() {
        let c = Canonical::from_webhook(&canonical("1-30-3")).unwrap();
        assert_eq!(c.revision, "1-30-3");
        assert_eq!(c.ca_bundle.as_deref(), Some("Q0E="));
        assert_eq!(c.path.as_deref(), Some("/inject"));
        assert_eq!(c.reinvocation_policy.as_deref(), Some("IfNeeded"));
        assert!(!c.labels.contains_key("app"));
        let mut none = canonical("x");
        none["webhooks"][0]["name"] = json!("other.example.com");
        assert!(Canonical::from_webhook(&none).is_err());
        let mut s = spec("default", "x");
        s.canonical = none;
        assert!(tag_objects(&s).is_empty(), "install skips a tag it cannot generate");
    }

    #[test]
    fn prod_tag_objects() {
        let objs = generate(&spec("prod", "1-30-3"), &USER).unwrap();
        let kinds: Vec<&str> = objs.iter().map(|o| o["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["MutatingWebhookConfiguration", "Service"]);
        let mwc = &objs[0];
        assert_eq!(mwc["metadata"]["name"], "istio-revision-tag-prod");
        assert_eq!(mwc["metadata"]["labels"]["istio.io/tag"], "prod");
        assert_eq!(mwc["metadata"]["labels"]["istio.io/rev"], "1-30-3");
        assert_eq!(mwc["metadata"]["labels"]["app"], "sidecar-injector");
        assert!(mwc["metadata"]["labels"].as_object().unwrap().keys().all(|k| !k.contains("operator.istio.io")));
        let names: Vec<&str> = mwc["webhooks"].as_array().unwrap().iter().map(|w| w["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["rev.namespace.sidecar-injector.istio.io", "rev.object.sidecar-injector.istio.io"]);
        let wh = &mwc["webhooks"][0];
        assert_eq!(wh["clientConfig"]["service"]["name"], "istiod-1-30-3");
        assert_eq!(wh["clientConfig"]["caBundle"], "Q0E=");
        assert_eq!(wh["reinvocationPolicy"], "IfNeeded");
        assert_eq!(wh["namespaceSelector"]["matchExpressions"][0]["values"], json!(["prod"]));
        let svc = &objs[1];
        assert_eq!(svc["metadata"]["name"], "istiod-revision-tag-prod");
        assert_eq!(svc["spec"]["selector"], json!({"app": "istiod", "istio.io/rev": "1-30-3"}));
    }

    #[test]
    fn default_tag_adds_validator_and_legacy_webhooks() {
        let mut s = spec("default", "default");
        s.auto_inject_namespaces = true;
        s.istio_namespace = "other".into();
        s.existing_validator_policy = Some("Fail".into());
        let objs = generate(&s, &USER).unwrap();
        assert_eq!(objs.len(), 3);
        assert_eq!(objs[0]["metadata"]["name"], "istio-revision-tag-default-other");
        let names: Vec<&str> = objs[0]["webhooks"].as_array().unwrap().iter().map(|w| w["name"].as_str().unwrap()).collect();
        assert_eq!(names.len(), 5, "{names:?}");
        assert!(names.contains(&"auto.sidecar-injector.istio.io"));
        let vwc = &objs[1];
        assert_eq!(vwc["metadata"]["name"], DEFAULT_VALIDATOR);
        assert_eq!(vwc["webhooks"][0]["clientConfig"]["service"], json!({"name": "istiod", "namespace": "other", "path": "/validate"}));
        assert!(vwc["webhooks"][0].get("failurePolicy").is_none(), "a live Fail is left to istiod");
        assert_eq!(objs[2]["spec"]["selector"], json!({"app": "istiod", "istio": "pilot"}));
        s.existing_validator_policy = Some("Ignore".into());
        assert_eq!(generate(&s, &USER).unwrap()[1]["webhooks"][0]["failurePolicy"], "Ignore");
    }

    #[test]
    fn install_keeps_operator_labels_and_url_becomes_validate() {
        let mut s = spec("default", "canary");
        s.canonical["webhooks"][0]["clientConfig"] = json!({"url": "https://10.0.0.1:15017/inject/cluster/c1"});
        let objs = tag_objects(&s);
        assert_eq!(objs[0]["metadata"]["labels"]["operator.istio.io/component"], "Pilot");
        assert_eq!(objs[0]["webhooks"][0]["clientConfig"]["url"], "https://10.0.0.1:15017/inject/cluster/c1");
        assert_eq!(objs[1]["webhooks"][0]["clientConfig"]["url"], "https://10.0.0.1:15017/validate");
        assert_eq!(objs[1]["webhooks"][0]["failurePolicy"], "Ignore");
    }

    #[test]
    fn install_default_tag_call_shape() {
        // install's default tag builds the spec field by field and applies its own owner labels.
        let spec = TagSpec {
            tag: "default".into(),
            revision: "default".into(),
            istio_namespace: "istio-system".into(),
            canonical: canonical("default"),
            existing_validator_policy: None,
            auto_inject_namespaces: false,
            webhook_name: None,
        };
        let kinds: Vec<String> = tag_objects(&spec).iter().map(|o| o["kind"].as_str().unwrap().to_string()).collect();
        assert_eq!(kinds, ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "Service"]);
    }

    #[test]
    fn deactivation_never_matches() {
        let mut m = json!({"webhooks": [{"name": "a", "namespaceSelector": {"x": 1}}]});
        deactivate(&mut m);
        assert_eq!(m["webhooks"][0]["objectSelector"]["matchLabels"]["istio.io/deactivated"], "never-match");
        assert_eq!(m["webhooks"][0]["namespaceSelector"]["matchLabels"]["istio.io/deactivated"], "never-match");
    }

    #[test]
    fn yaml_join() {
        let text = to_yaml(&[json!({"b": 1, "a": 2}), json!({"c": 3})]);
        assert_eq!(text, "a: 2\nb: 1\n\n---\nc: 3\n");
    }
}

#[cfg(test)]
mod snapshots {
    use super::*;

    #[test]
    fn generated_yaml() {
        let mwc = json!({
            "metadata": {"name": "istio-sidecar-injector-1-30-3", "labels": {"app": "sidecar-injector", "istio.io/rev": "1-30-3"}},
            "webhooks": [{"name": "rev.namespace.sidecar-injector.istio.io",
                "clientConfig": {"service": {"name": "istiod-1-30-3", "namespace": "istio-system", "path": "/inject", "port": 443}}}]
        });
        let s = TagSpec { tag: "default".into(), istio_namespace: "istio-system".into(), canonical: mwc, ..Default::default() };
        let opts = GenerateOptions { user_managed: true, manifests: None };
        insta::assert_snapshot!("tag_default_for_1_30_3", to_yaml(&generate(&s, &opts).unwrap()));
    }
}
