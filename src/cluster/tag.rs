//! Revision tags in the cluster: the checks before a tag is written (and the generator's inputs
//! they yield, for `render::tag` to turn into objects), applying, listing, finding and removing
//! tags, and deactivating the untagged default injector. `tag set|generate|list|remove` and
//! install's default tag use it. It never renders, never prints and never prompts.

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};
use k8s_openapi::api::admissionregistration::v1::{MutatingWebhookConfiguration, ValidatingWebhookConfiguration};
use kube::Resource;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde::Serialize;
use serde_json::{Value, json};

use super::Cluster;
use super::errors::{Error, Op};
use super::objects::{Namespace, Service};
pub use crate::render::tag::{DEFAULT_TAG, DEFAULT_VALIDATOR, TagSpec};

/// Label naming the tag on its webhooks and Service.
pub const TAG_LABEL: &str = "istio.io/tag";
/// Label naming the revision (on webhooks, Services, namespaces).
pub const REV_LABEL: &str = super::namespace::REV;
/// Field manager of `tag set` (upstream's).
pub const FIELD_MANAGER: &str = "istio-ci";

/// Gives every webhook of an injector MWC the never-match selectors that switch it off while
/// keeping the object (`istio.io/deactivated: never-match`).
pub fn deactivate(mwc: &mut Value) {
    let never = json!({"matchLabels": {"istio.io/deactivated": "never-match"}});
    for wh in mwc["webhooks"].as_array_mut().into_iter().flatten() {
        wh["namespaceSelector"] = never.clone();
        wh["objectSelector"] = never.clone();
    }
}

/// Whether an injector MWC still injects: some webhook lacks the never-match selectors.
pub fn is_active(mwc: &Value) -> bool {
    let never = |sel: &Value| sel["matchLabels"]["istio.io/deactivated"] == "never-match";
    mwc["webhooks"]
        .as_array()
        .is_some_and(|whs| whs.iter().any(|wh| !never(&wh["namespaceSelector"]) && !never(&wh["objectSelector"])))
}

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
    let list = cluster.call(Op { verb: "list", resource, namespace: ns }, || api.list(&lp)).await?;
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

/// The tag names in the cluster (injector webhooks labelled `istio.io/tag`), sorted, for
/// completing `tag remove`.
pub async fn names(cluster: &Cluster) -> anyhow::Result<Vec<String>> {
    let webhooks =
        list_values(&mwc_api(cluster), TAG_LABEL, "mutatingwebhookconfigurations", None, cluster).await?;
    let mut tags: Vec<String> =
        webhooks.iter().map(|w| label_of(w, TAG_LABEL).to_string()).filter(|t| !t.is_empty()).collect();
    tags.sort();
    tags.dedup();
    Ok(tags)
}

/// Checks the cluster as upstream does and returns what the tag is generated from
/// (`render::tag::generate`).
pub async fn plan(cluster: &Cluster, opts: &SetOptions) -> anyhow::Result<TagSpec> {
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
    Ok(TagSpec {
        tag: tag.clone(),
        revision: revision.to_string(),
        istio_namespace: ns.clone(),
        canonical: mwcs[0].clone(),
        existing_validator_policy: existing_validator.and_then(|v| v["webhooks"][0]["failurePolicy"].as_str().map(str::to_string)),
        auto_inject_namespaces: opts.auto_inject_namespaces,
        webhook_name: opts.webhook_name.clone(),
    })
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
        let op = Op { verb: "get", resource: "services", namespace: Some(ns) };
        let found = cluster.call(op, || api.get_opt(name)).await?;
        services.insert(key, found.is_some());
    }
    let existing: Vec<(String, String)> = services.into_iter().filter(|(_, found)| *found).map(|(k, _)| k).collect();
    Ok(crate::analyze::webhook::check(&configs, &existing)
        .into_iter()
        .filter(|m| m.origin.as_ref().is_some_and(|o| new_names.contains(&o.name)))
        .map(|m| m.to_string())
        .collect())
}

async fn get_validator(cluster: &Cluster) -> anyhow::Result<Option<Value>> {
    let api = vwc_api(cluster);
    let op = Op { verb: "get", resource: "validatingwebhookconfigurations", namespace: None };
    let got = cluster.call(op, || api.get_opt(DEFAULT_VALIDATOR)).await?;
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
        let op = Op { verb: "apply", resource: kind, namespace: None };
        let result = match kind {
            "MutatingWebhookConfiguration" => cluster.call(op, || mwcs.patch(&name, &pp, &patch)).await.map(drop),
            "ValidatingWebhookConfiguration" => cluster.call(op, || vwcs.patch(&name, &pp, &patch)).await.map(drop),
            "Service" => cluster.call(op, || svcs.patch(&name, &pp, &patch)).await.map(drop),
            other => bail!("a revision tag has no object of kind {other}"),
        };
        result.with_context(|| {
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
    let op = Op { verb: "update", resource: "mutatingwebhookconfigurations", namespace: None };
    cluster.call(op, || api.replace(&name, &pp, &typed)).await?;
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
    let gone = |r: Result<(), Error>| -> anyhow::Result<()> {
        match r {
            Err(e) if e.is_not_found() => Ok(()),
            other => Ok(other?),
        }
    };
    let (mwcs, vwcs, svcs) = (mwc_api(cluster), vwc_api(cluster), svc_api(cluster, istio_ns));
    for n in &objects.webhooks {
        let op = Op { verb: "delete", resource: "mutatingwebhookconfigurations", namespace: None };
        gone(cluster.call(op, || mwcs.delete(n, &dp)).await.map(|_| ()))?;
    }
    for n in &objects.validators {
        let op = Op { verb: "delete", resource: "validatingwebhookconfigurations", namespace: None };
        gone(cluster.call(op, || vwcs.delete(n, &dp)).await.map(|_| ()))?;
    }
    for n in &objects.services {
        let op = Op { verb: "delete", resource: "services", namespace: Some(istio_ns) };
        gone(cluster.call(op, || svcs.delete(n, &dp)).await.map(|_| ()))?;
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

    #[test]
    fn deactivation_never_matches() {
        let mut m = json!({"webhooks": [{"name": "a", "namespaceSelector": {"x": 1}}]});
        deactivate(&mut m);
        assert_eq!(m["webhooks"][0]["objectSelector"]["matchLabels"]["istio.io/deactivated"], "never-match");
        assert_eq!(m["webhooks"][0]["namespaceSelector"]["matchLabels"]["istio.io/deactivated"], "never-match");
    }
}
