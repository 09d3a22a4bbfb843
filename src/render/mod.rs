//! Offline rendering of install components into Kubernetes objects: runs each enabled
//! component's minijinja templates (embedded, or from `-d DIR/templates`) over its resolved
//! values, adds the base CRDs, applies `k8s` patches and overlays, and sorts the pooled objects
//! in upstream's `manifest generate` order. Never touches a cluster and never prints.

pub mod env;
pub mod patch;
pub mod tag;
pub mod yaml;

use std::collections::BTreeMap;

use anyhow::{Context, Result, anyhow};
use minijinja::value::{Serde, Value as MjValue};

use crate::lines::lines;
use crate::profile::Assets;
use serde_json::{Map, Value, json};

/// Chart version stamped into `helm.sh/chart` and `app.kubernetes.io/version` labels.
pub const CHART_VERSION: &str = crate::VERSION;

pub use crate::profile::{ComponentKind, ComponentValues as Component};

/// Template folder under `templates/` for a component.
fn dir_of(kind: ComponentKind) -> &'static str {
    match kind {
        ComponentKind::Base => "base",
        ComponentKind::Pilot => "istiod",
        ComponentKind::IngressGateways | ComponentKind::EgressGateways => "gateways",
        ComponentKind::Cni => "cni",
        ComponentKind::Ztunnel => "ztunnel",
    }
}

/// Chart name used in the `helm.sh/chart` label.
fn helm_chart(kind: ComponentKind) -> &'static str {
    match kind {
        ComponentKind::Base => "base",
        ComponentKind::Pilot => "istiod",
        ComponentKind::IngressGateways => "istio-ingress",
        ComponentKind::EgressGateways => "istio-egress",
        ComponentKind::Cni => "cni",
        ComponentKind::Ztunnel => "ztunnel",
    }
}

/// One rendered object and the component it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub component: ComponentKind,
    /// The object; for an object passed through as text (`text` is set) only its `apiVersion`,
    /// `kind` and `metadata` — use [`Object::full`] for the whole object.
    pub value: Value,
    /// The object's YAML when it is passed through from a generated file (the CRDs) rather than
    /// parsed and re-emitted: parsing ~1 MB of CRDs costs more than all the rest of a render.
    pub text: Option<String>,
}

impl Object {
    /// The whole object (parses the passed-through text when there is one).
    pub fn full(&self) -> Result<Value> {
        match &self.text {
            Some(t) => serde_saphyr::from_str(t).map_err(|e| anyhow!("{}: {e}", self.name())),
            None => Ok(self.value.clone()),
        }
    }
    pub fn kind(&self) -> &str {
        self.value["kind"].as_str().unwrap_or_default()
    }
    pub fn name(&self) -> &str {
        self.value["metadata"]["name"].as_str().unwrap_or_default()
    }
}

/// Template sources: every file under `templates/`, from the embedded assets or a `-d DIR`.
pub struct Templates {
    files: BTreeMap<String, String>,
}

const TEMPLATE_DIRS: &[&str] = &["base", "istiod", "istiod/injection", "gateways", "cni", "ztunnel", "default"];

impl Templates {
    /// The templates built into the binary.
    pub fn embedded() -> Self {
        Self::from_assets(&Assets::Embedded).expect("embedded assets are readable")
    }

    /// The templates of `assets` (embedded, or `DIR/templates/...` for `-d DIR`). A directory
    /// without templates falls back to the embedded ones, so `-d` may hold profiles only.
    pub fn from_assets(assets: &Assets) -> Result<Self> {
        let mut files = BTreeMap::new();
        for dir in TEMPLATE_DIRS {
            let listed = match assets.list(&format!("templates/{dir}")) {
                Ok(l) => l,
                Err(_) if matches!(assets, Assets::Dir(_)) => continue,
                Err(e) => return Err(e.into()),
            };
            for rel in listed {
                if let Some(text) = assets.get(&rel)? {
                    files.insert(rel.trim_start_matches("templates/").to_string(), text.into_owned());
                }
            }
        }
        if files.is_empty() && matches!(assets, Assets::Dir(_)) {
            return Self::from_assets(&Assets::Embedded);
        }
        Ok(Templates { files })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }
}

/// A compiled renderer: parse the templates once, render many times.
pub struct Renderer {
    env: minijinja::Environment<'static>,
    templates: Templates,
}

impl Renderer {
    /// Templates compile lazily, on first use, so a run pays only for the components it renders.
    pub fn new(templates: Templates) -> Result<Self> {
        let mut env = env::environment();
        let files = std::sync::Arc::new(templates.files.clone());
        env.set_loader(move |name| Ok(files.get(name).cloned()));
        Ok(Renderer { env, templates })
    }

    /// Renders every enabled component, applies patches and overlays, and returns the objects
    /// in `manifest generate` order.
    pub fn render(&self, components: &[Component]) -> Result<Vec<Object>> {
        let mut all = Vec::new();
        for c in components.iter().filter(|c| c.enabled) {
            let mut objs = self.render_component(c).with_context(|| format!("rendering component {}", c.kind.label()))?;
            let mut passed = Vec::new();
            if c.kind == ComponentKind::Base {
                let values = &c.values;
                // CRDs pass through as text unless an overlay needs to edit them.
                let overlaid = |name: &str| {
                    c.k8s.as_ref().and_then(|k| k["overlays"].as_array()).is_some_and(|ovs| {
                        ovs.iter().any(|o| o["kind"] == "CustomResourceDefinition" && o["name"] == name)
                    })
                };
                for crd in self.crds(values)? {
                    match crd.text {
                        Some(t) if overlaid(crd.value["metadata"]["name"].as_str().unwrap_or_default()) => {
                            objs.push(serde_saphyr::from_str(&t).context("base/crds.gen.yaml")?)
                        }
                        _ => passed.push(Object { component: c.kind, ..crd }),
                    }
                }
            }
            apply_patches(c, &mut objs)?;
            all.extend(passed);
            all.extend(objs.into_iter().map(|value| Object { component: c.kind, value, text: None }));
        }
        sort_objects(&mut all);
        Ok(all)
    }

    /// Objects of one component in template order, before patches.
    pub fn render_component(&self, c: &Component) -> Result<Vec<Value>> {
        let values = yaml::sorted(&c.values);
        let mut objs = Vec::new();
        let ctx = self.context(c, &values);
        let prefix = format!("{}/", dir_of(c.kind));
        for (name, _) in self.templates.files.range(prefix.clone()..) {
            if !name.starts_with(&prefix) {
                break;
            }
            let file = &name[prefix.len()..];
            if file.contains('/') || file.starts_with('_') || !file.ends_with(".yaml") || file.contains(".gen.") {
                continue;
            }
            env::clear_verbatim();
            let text = self.env.get_template(name).and_then(|t| t.render(&ctx)).map_err(|e| anyhow!(describe(&e)))?;
            let mut docs = parse_docs(&text).with_context(|| format!("template {name} produced invalid YAML"))?;
            docs.iter_mut().for_each(env::restore_verbatim);
            objs.extend(docs);
        }
        Ok(objs)
    }

    /// Objects of one named template (e.g. `default/validatingwebhook.yaml`, which no component
    /// renders by itself) over a component's values, before patches.
    pub fn render_file(&self, name: &str, c: &Component) -> Result<Vec<Value>> {
        let values = yaml::sorted(&c.values);
        let ctx = self.context(c, &values);
        let text = self.env.get_template(name)?.render(&ctx).map_err(|e| anyhow!(describe(&e)))?;
        parse_docs(&text).with_context(|| format!("template {name} produced invalid YAML"))
    }

    fn context(&self, c: &Component, values: &Value) -> MjValue {
        let injection = self.injection_templates();
        let original = yaml::sorted(&c.chart_input);
        let ctx = json!({
            "values": values,
            "original_values": original,
            "release": {"name": "istio", "namespace": c.namespace},
            "component": {"label": c.kind.label(), "name": c.name, "chart": format!("{}-{}", helm_chart(c.kind), CHART_VERSION),
                          "kind": dir_of(c.kind)},
            "chart_version": CHART_VERSION,
            "std": {
                "app.kubernetes.io/instance": "istio",
                "app.kubernetes.io/managed-by": "Helm",
                "app.kubernetes.io/part-of": "istio",
                "app.kubernetes.io/version": CHART_VERSION,
                "helm.sh/chart": format!("{}-{}", helm_chart(c.kind), CHART_VERSION),
            },
            "gateway_kind": match c.kind { ComponentKind::EgressGateways => "egress", _ => "ingress" },
            "injection_templates": injection,
        });
        MjValue::from(Serde(&ctx))
    }

    /// The sidecar-injector's built-in Go templates, by name, in the order
    /// `istiod/injection/index.yaml` lists them (`templates: [{name, file}]`, or a plain
    /// `name: file` map). Files not present are skipped.
    fn injection_templates(&self) -> Value {
        let mut out = Map::new();
        let Some(index) = self.templates.get("istiod/injection/index.yaml") else { return Value::Object(out) };
        let Ok(idx) = serde_saphyr::from_str::<Value>(index) else { return Value::Object(out) };
        let pairs: Vec<(String, String)> = match &idx["templates"] {
            Value::Array(list) => list
                .iter()
                .filter_map(|e| Some((e["name"].as_str()?.to_string(), e["file"].as_str()?.to_string())))
                .collect(),
            _ => idx
                .as_object()
                .map(|m| m.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect())
                .unwrap_or_default(),
        };
        for (name, file) in pairs {
            if let Some(text) = self.templates.get(&format!("istiod/injection/{file}")) {
                out.insert(name, Value::String(text.to_string()));
            }
        }
        Value::Object(out)
    }

    /// The Istio CRDs, standard labels swapped in, `base.excludedCRDs` dropped; none unless
    /// `global.resourceScope` is all or cluster. From `base/crds.gen.json` (parsed) when present,
    /// else `base/crds.gen.yaml`, whose documents pass through as text with only the labels
    /// block replaced (see [`Object::text`]).
    fn crds(&self, values: &Value) -> Result<Vec<Object>> {
        let scope = values["global"]["resourceScope"].as_str().unwrap_or("all");
        if scope != "all" && scope != "cluster" {
            return Ok(vec![]);
        }
        let excluded: Vec<&str> =
            values["base"]["excludedCRDs"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let labels = (values["base"]["enableCRDTemplates"] != Value::Bool(false)).then(|| standard_labels("base"));
        let mut out = Vec::new();
        let mut push = |value: Value, text: Option<String>| {
            if !excluded.contains(&value["metadata"]["name"].as_str().unwrap_or_default()) {
                out.push(Object { component: ComponentKind::Base, value, text });
            }
        };
        if let Some(json) = self.templates.get("base/crds.gen.json") {
            for mut crd in serde_json::from_str::<Vec<Value>>(json).context("base/crds.gen.json")? {
                if let Some(l) = &labels {
                    crd["metadata"]["labels"] = l.clone();
                }
                push(crd, None);
            }
        } else if let Some(text) = self.templates.get("base/crds.gen.yaml") {
            for doc in split_docs(text) {
                if lines(doc).all(|l| l.trim().is_empty() || l.starts_with('#')) {
                    continue;
                }
                match passthrough(doc, labels.as_ref()) {
                    Some((stub, text)) => push(stub, Some(text)),
                    None => {
                        let mut crd: Value = serde_saphyr::from_str(doc).context("base/crds.gen.yaml")?;
                        if let Some(l) = &labels {
                            crd["metadata"]["labels"] = l.clone();
                        }
                        push(crd, None);
                    }
                }
            }
        }
        Ok(out)
    }
}

/// For a block-style, sorted-key YAML document: its `apiVersion`/`kind`/`metadata.name` stub and
/// its text with the `metadata.labels` block replaced by `labels` (when given). None when the
/// document does not have that simple shape (the caller parses it instead).
fn passthrough(doc: &str, labels: Option<&Value>) -> Option<(Value, String)> {
    let lines: Vec<&str> = lines(doc).filter(|l| !l.starts_with('#')).collect();
    let top = |key: &str| lines.iter().find_map(|l| l.strip_prefix(key)).map(|v| v.trim().to_string());
    let api_version = top("apiVersion: ")?;
    let kind = top("kind: ")?;
    let meta = lines.iter().position(|l| *l == "metadata:")?;
    let meta_end = lines[meta + 1..].iter().position(|l| !l.starts_with(' ')).map_or(lines.len(), |i| meta + 1 + i);
    let name = lines[meta + 1..meta_end].iter().find_map(|l| l.strip_prefix("  name: "))?.trim().to_string();
    if name.starts_with(['"', '\'']) || api_version.starts_with(['"', '\'']) {
        return None;
    }
    let mut out = String::with_capacity(doc.len() + 256);
    let mut i = 0;
    let mut wrote_labels = labels.is_none();
    let labels_text = labels.map(|l| {
        let mut t = String::from("  labels:\n");
        for line in yaml::to_yaml(l).lines() {
            t.push_str("    ");
            t.push_str(line);
            t.push('\n');
        }
        t
    });
    while i < lines.len() {
        let l = lines[i];
        if i == meta_end && !wrote_labels {
            out.push_str(labels_text.as_deref().unwrap_or_default());
            wrote_labels = true;
        }
        if i > meta && i < meta_end && !wrote_labels {
            if l == "  labels:" {
                out.push_str(labels_text.as_deref().unwrap_or_default());
                wrote_labels = true;
                i += 1;
                while i < meta_end && lines[i].starts_with("    ") {
                    i += 1;
                }
                continue;
            }
            // No labels block: insert it where sorted order puts it (before the first key after it).
            if !l.starts_with("   ") && l.trim_start().split(':').next().is_some_and(|k| k > "labels") {
                out.push_str(labels_text.as_deref().unwrap_or_default());
                wrote_labels = true;
            }
        }
        out.push_str(l);
        out.push('\n');
        i += 1;
    }
    if !wrote_labels {
        out.push_str(labels_text.as_deref().unwrap_or_default());
    }
    let mut metadata = Map::new();
    metadata.insert("name".into(), Value::String(name));
    if let Some(l) = labels {
        metadata.insert("labels".into(), l.clone());
    }
    Some((json!({"apiVersion": api_version, "kind": kind, "metadata": metadata}), out))
}

/// The labels every chart puts on its objects (`istio.labels`).
pub fn standard_labels(chart: &str) -> Value {
    json!({
        "app.kubernetes.io/instance": "istio",
        "app.kubernetes.io/managed-by": "Helm",
        "app.kubernetes.io/part-of": "istio",
        "app.kubernetes.io/version": CHART_VERSION,
        "helm.sh/chart": format!("{chart}-{CHART_VERSION}"),
    })
}

fn describe(e: &minijinja::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        s.push_str(&format!(": {inner}"));
        src = inner.source();
    }
    s
}

/// Splits rendered text into documents and parses each; empty documents are dropped.
pub fn parse_docs(text: &str) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for doc in split_docs(text) {
        if doc.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
            continue;
        }
        let v: Value = serde_saphyr::from_str(doc).map_err(|e| anyhow!("{e}\n--- document ---\n{doc}"))?;
        if v.is_object() && v.as_object().is_some_and(|m| !m.is_empty()) {
            out.push(v);
        }
    }
    Ok(out)
}

fn split_docs(text: &str) -> Vec<&str> {
    let mut docs = Vec::new();
    let mut start = 0;
    let mut lines = lines(text);
    loop {
        let pos = lines.offset();
        let Some(line) = lines.next() else { break };
        if line.trim_end() == "---" {
            docs.push(&text[start..pos]);
            start = lines.offset();
        }
    }
    docs.push(&text[start..]);
    docs
}

fn apply_patches(c: &Component, objs: &mut [Value]) -> Result<()> {
    let Some(k8s) = &c.k8s else { return Ok(()) };
    let revision = c.values["revision"].as_str().filter(|r| !r.is_empty());
    let istiod = match revision {
        Some(r) => format!("istiod-{r}"),
        None => "istiod".to_string(),
    };
    let ztunnel_name = c.values["resourceName"].as_str().unwrap_or("ztunnel");
    let (workload, name): (Option<(&str, &str, &str)>, &str) = match c.kind {
        ComponentKind::Base => (None, ""),
        ComponentKind::Pilot => (Some(("Deployment", &istiod, "discovery")), &istiod),
        ComponentKind::IngressGateways | ComponentKind::EgressGateways => (Some(("Deployment", &c.name, "istio-proxy")), &c.name),
        ComponentKind::Cni => (Some(("DaemonSet", "istio-cni-node", "install-cni")), "istio-cni-node"),
        ComponentKind::Ztunnel if ztunnel_name == "ztunnel" => (Some(("DaemonSet", "ztunnel", "istio-proxy")), "ztunnel"),
        ComponentKind::Ztunnel => (None, ""),
    };
    if !name.is_empty() {
        patch::apply_k8s(objs, k8s, &patch::Targets { workload, name });
    }
    patch::apply_overlays(objs, &k8s["overlays"]).map_err(|e| anyhow!(e))
}

/// Renders a resolved install with the templates of its assets (embedded, or `-d DIR`).
pub fn render(resolved: &crate::profile::Resolved) -> Result<Vec<Object>> {
    Renderer::new(Templates::from_assets(&resolved.assets)?)?.render(&resolved.components)
}

/// Upstream's kind ranking for `manifest generate`.
fn kind_rank(kind: &str) -> i32 {
    match kind {
        "CustomResourceDefinition" => -1000,
        "ServiceAccount" | "ClusterRole" => 1,
        "ClusterRoleBinding" => 2,
        "ValidatingWebhookConfiguration" => 3,
        "ConfigMap" => 100,
        "HorizontalPodAutoscaler" => 1001,
        "Service" => 10000,
        _ => 1000,
    }
}

fn api_group(v: &Value) -> &str {
    let av = v["apiVersion"].as_str().unwrap_or_default();
    av.rsplit_once('/').map(|(g, _)| g).unwrap_or("")
}

/// Stable sort by kind rank, API group, kind, name (namespace is not a key).
pub fn sort_objects(objs: &mut [Object]) {
    objs.sort_by(|a, b| {
        (kind_rank(a.kind()), api_group(&a.value), a.kind(), a.name()).cmp(&(kind_rank(b.kind()), api_group(&b.value), b.kind(), b.name()))
    });
}

/// The `manifest generate` text: each object as sorted-key YAML followed by `---`.
pub fn manifest_text(objs: &[Object]) -> String {
    let mut out = String::new();
    for o in objs {
        match &o.text {
            Some(t) => out.push_str(t),
            None => out.push_str(&yaml::to_yaml(&o.value)),
        }
        out.push_str("\n---\n");
    }
    out
}

#[cfg(test)]
mod tests;
