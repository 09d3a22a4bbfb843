//! The revision-tag generator: a tag's objects (MutatingWebhookConfiguration
//! `istio-revision-tag-<tag>`, for `default` also `istiod-default-validator`, and Service
//! `istiod-revision-tag-<tag>`) rendered from the istiod chart's own templates over the values
//! upstream uses, finished from the revision's canonical injector webhook. Pure: the caller
//! (`cluster::tag::plan`, install's default tag) reads the cluster and hands the inputs in.
//! Never touches a cluster, never prints.

use anyhow::{Context as _, bail};
use serde_json::{Map, Value, json};

/// The tag whose webhook also serves `istio-injection=enabled` and validation.
pub const DEFAULT_TAG: &str = "default";
/// Name of the validator that covers config without an `istio.io/rev` label.
pub const DEFAULT_VALIDATOR: &str = "istiod-default-validator";
/// The revision label the canonical webhook carries.
const REV_LABEL: &str = "istio.io/rev";
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
        let revision =
            labels.get(REV_LABEL).and_then(Value::as_str).filter(|r| !r.is_empty()).unwrap_or(DEFAULT_TAG);
        let webhook = mwc["webhooks"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|w| w["name"].as_str().is_some_and(|n| n.ends_with(INJECTOR_SUFFIX)))
            .with_context(|| {
                format!("could not find sidecar-injector webhook in canonical webhook {name:?}")
            })?;
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
    let renderer = super::Renderer::new(super::Templates::from_assets(&assets)?)?;
    let rendered = renderer.render_component(&component)?;
    let pick = |kind: &str, prefix: &str| {
        rendered
            .iter()
            .find(|o| {
                o["kind"] == kind && o["metadata"]["name"].as_str().is_some_and(|n| n.starts_with(prefix))
            })
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
fn istiod_component(
    spec: &TagSpec,
    canonical: &Canonical,
    rev: &str,
    opts: &GenerateOptions,
) -> anyhow::Result<super::Component> {
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
        files: vec![crate::profile::InputFile::Text {
            name: "revision tag".into(),
            text: overlay.to_string(),
        }],
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
    renderer: &super::Renderer,
    component: &super::Component,
    canonical: &Canonical,
    rev: &str,
    istio_ns: &str,
) -> anyhow::Result<Value> {
    let url = canonical.url.as_deref().map(validation_url).unwrap_or_default();
    let mut c = component.clone();
    c.values =
        json!({"revision": rev, "base": {"validationURL": url}, "global": {"istioNamespace": istio_ns}});
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
fn finish_metadata(
    obj: &mut Value,
    opts: &GenerateOptions,
    copied: &Map<String, Value>,
    annotations: &Map<String, Value>,
) {
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
    objects.iter().map(|o| super::yaml::to_yaml(&super::yaml::sorted(o))).collect::<Vec<_>>().join("\n---\n")
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
        TagSpec {
            tag: tag.into(),
            revision: rev.into(),
            istio_namespace: "istio-system".into(),
            canonical: canonical(rev),
            ..Default::default()
        }
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
        assert!(
            mwc["metadata"]["labels"].as_object().unwrap().keys().all(|k| !k.contains("operator.istio.io"))
        );
        let names: Vec<&str> =
            mwc["webhooks"].as_array().unwrap().iter().map(|w| w["name"].as_str().unwrap()).collect();
        assert_eq!(
            names,
            ["rev.namespace.sidecar-injector.istio.io", "rev.object.sidecar-injector.istio.io"]
        );
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
        let names: Vec<&str> =
            objs[0]["webhooks"].as_array().unwrap().iter().map(|w| w["name"].as_str().unwrap()).collect();
        assert_eq!(names.len(), 5, "{names:?}");
        assert!(names.contains(&"auto.sidecar-injector.istio.io"));
        let vwc = &objs[1];
        assert_eq!(vwc["metadata"]["name"], DEFAULT_VALIDATOR);
        assert_eq!(
            vwc["webhooks"][0]["clientConfig"]["service"],
            json!({"name": "istiod", "namespace": "other", "path": "/validate"})
        );
        assert!(vwc["webhooks"][0].get("failurePolicy").is_none(), "a live Fail is left to istiod");
        assert_eq!(objs[2]["spec"]["selector"], json!({"app": "istiod", "istio": "pilot"}));
        s.existing_validator_policy = Some("Ignore".into());
        assert_eq!(generate(&s, &USER).unwrap()[1]["webhooks"][0]["failurePolicy"], "Ignore");
    }

    #[test]
    fn install_keeps_operator_labels_and_url_becomes_validate() {
        let mut s = spec("default", "canary");
        s.canonical["webhooks"][0]["clientConfig"] =
            json!({"url": "https://10.0.0.1:15017/inject/cluster/c1"});
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
        let kinds: Vec<String> =
            tag_objects(&spec).iter().map(|o| o["kind"].as_str().unwrap().to_string()).collect();
        assert_eq!(kinds, ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "Service"]);
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
        let s = TagSpec {
            tag: "default".into(),
            istio_namespace: "istio-system".into(),
            canonical: mwc,
            ..Default::default()
        };
        let opts = GenerateOptions { user_managed: true, manifests: None };
        insta::assert_snapshot!("tag_default_for_1_30_3", to_yaml(&generate(&s, &opts).unwrap()));
    }
}
