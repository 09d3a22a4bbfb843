//! Offline rendering of install components into Kubernetes objects: runs each enabled
//! component's minijinja templates (embedded, or from `-d DIR/templates`) over its resolved
//! values, adds the base CRDs, applies `k8s` patches and overlays, and sorts the pooled objects
//! in upstream's `manifest generate` order. Never touches a cluster and never prints.

pub mod env;
pub mod patch;
pub mod yaml;

use std::collections::BTreeMap;

use anyhow::{Context, Result, anyhow};
use minijinja::value::{Serde, Value as MjValue};

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
    pub value: Value,
}

impl Object {
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
            apply_patches(c, &mut objs)?;
            all.extend(objs.into_iter().map(|value| Object { component: c.kind, value }));
        }
        sort_objects(&mut all);
        Ok(all)
    }

    /// Objects of one component in template order, before patches.
    pub fn render_component(&self, c: &Component) -> Result<Vec<Value>> {
        let values = yaml::sorted(&c.values);
        let mut objs = Vec::new();
        if c.kind == ComponentKind::Base {
            objs.extend(self.crds(&values)?);
        }
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
    /// `global.resourceScope` is all or cluster. Read from `base/crds.gen.json` (a JSON array,
    /// an order of magnitude faster to parse) when present, else `base/crds.gen.yaml`.
    fn crds(&self, values: &Value) -> Result<Vec<Value>> {
        let docs = if let Some(json) = self.templates.get("base/crds.gen.json") {
            serde_json::from_str::<Vec<Value>>(json).context("base/crds.gen.json")?
        } else if let Some(text) = self.templates.get("base/crds.gen.yaml") {
            parse_docs(text).context("base/crds.gen.yaml")?
        } else {
            return Ok(vec![]);
        };
        let scope = values["global"]["resourceScope"].as_str().unwrap_or("all");
        if scope != "all" && scope != "cluster" {
            return Ok(vec![]);
        }
        let excluded: Vec<&str> =
            values["base"]["excludedCRDs"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let keep_legacy = values["base"]["enableCRDTemplates"] == Value::Bool(false);
        let mut out = Vec::new();
        for mut crd in docs {
            if excluded.contains(&crd["metadata"]["name"].as_str().unwrap_or_default()) {
                continue;
            }
            if !keep_legacy {
                crd["metadata"]["labels"] = standard_labels("base");
            }
            out.push(crd);
        }
        Ok(out)
    }
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
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == "---" {
            docs.push(&text[start..pos]);
            start = pos + line.len();
        }
        pos += line.len();
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
        out.push_str(&yaml::to_yaml(&o.value));
        out.push_str("\n---\n");
    }
    out
}

#[cfg(test)]
mod tests;
