//! Offline rendering of install components into Kubernetes objects: runs each enabled
//! component's minijinja templates (embedded, or from `-d DIR/templates`) over its resolved
//! values, adds the base CRDs, applies `k8s` patches and overlays, and sorts the pooled objects
//! in upstream's `manifest generate` order. Never touches a cluster and never prints.

pub mod env;
pub mod patch;
pub mod yaml;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, anyhow};
use minijinja::value::{Serde, Value as MjValue};
use serde_json::{Map, Value, json};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/templates.rs"));
}

/// Chart version stamped into `helm.sh/chart` and `app.kubernetes.io/version` labels.
pub const CHART_VERSION: &str = crate::VERSION;

/// The install components, in upstream's fixed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ComponentKind {
    Base,
    Pilot,
    IngressGateways,
    EgressGateways,
    Cni,
    Ztunnel,
}

impl ComponentKind {
    /// The `operator.istio.io/component` label value.
    pub fn label(self) -> &'static str {
        match self {
            ComponentKind::Base => "Base",
            ComponentKind::Pilot => "Pilot",
            ComponentKind::IngressGateways => "IngressGateways",
            ComponentKind::EgressGateways => "EgressGateways",
            ComponentKind::Cni => "Cni",
            ComponentKind::Ztunnel => "Ztunnel",
        }
    }
    /// Template folder under `templates/`.
    fn dir(self) -> &'static str {
        match self {
            ComponentKind::Base => "base",
            ComponentKind::Pilot => "istiod",
            ComponentKind::IngressGateways | ComponentKind::EgressGateways => "gateways",
            ComponentKind::Cni => "cni",
            ComponentKind::Ztunnel => "ztunnel",
        }
    }
    /// Chart name used in `helm.sh/chart`.
    fn chart(self) -> &'static str {
        match self {
            ComponentKind::Base => "base",
            ComponentKind::Pilot => "istiod",
            ComponentKind::IngressGateways => "istio-ingress",
            ComponentKind::EgressGateways => "istio-egress",
            ComponentKind::Cni => "cni",
            ComponentKind::Ztunnel => "ztunnel",
        }
    }
}

/// One component as the profile layer resolved it.
#[derive(Debug, Clone)]
pub struct Component {
    pub kind: ComponentKind,
    /// Gateway name for gateways; otherwise the component's own name.
    pub name: String,
    pub namespace: String,
    pub enabled: bool,
    /// The values the chart templates see: chart defaults, helm profile layers and user values
    /// merged, `pilot.*`/`cni.*` descoped, per-component reshaping done.
    pub values: Value,
    /// The values as handed to the chart before its defaults were merged (`values` ConfigMap's
    /// `original-values`); the merged values stand in when absent.
    pub original_values: Option<Value>,
    /// The component's `k8s` block (patches and overlays).
    pub k8s: Value,
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

/// Template sources: the embedded set, or a directory laid out like `templates/`.
pub struct Templates {
    files: BTreeMap<String, String>,
}

impl Templates {
    pub fn embedded() -> Self {
        Templates { files: embedded::FILES.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
    }

    /// Loads `DIR/templates/**` (or `DIR/**` when it has no `templates` folder).
    pub fn from_dir(dir: &Path) -> Result<Self> {
        let root = if dir.join("templates").is_dir() { dir.join("templates") } else { dir.to_path_buf() };
        let mut files = BTreeMap::new();
        fn walk(d: &Path, root: &Path, files: &mut BTreeMap<String, String>) -> Result<()> {
            for e in std::fs::read_dir(d).with_context(|| format!("reading {}", d.display()))? {
                let p = e?.path();
                if p.is_dir() {
                    walk(&p, root, files)?;
                } else if let Ok(rel) = p.strip_prefix(root) {
                    let text = std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
                    files.insert(rel.to_string_lossy().replace('\\', "/"), text);
                }
            }
            Ok(())
        }
        walk(&root, &root, &mut files)?;
        if files.is_empty() {
            return Err(anyhow!("no templates found under {}", root.display()));
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
    pub fn new(templates: Templates) -> Result<Self> {
        let mut env = env::environment();
        for (name, text) in &templates.files {
            if name.ends_with(".yaml") && !name.ends_with(".gen.yaml") && !name.contains("/injection/") || name.ends_with(".j2") {
                env.add_template_owned(name.clone(), text.clone()).with_context(|| format!("template {name}"))?;
            }
        }
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
        let prefix = format!("{}/", c.kind.dir());
        for (name, _) in self.templates.files.range(prefix.clone()..) {
            if !name.starts_with(&prefix) {
                break;
            }
            let file = &name[prefix.len()..];
            if file.contains('/') || file.starts_with('_') || !file.ends_with(".yaml") || file.ends_with(".gen.yaml") {
                continue;
            }
            let text = self.env.get_template(name)?.render(&ctx).map_err(|e| anyhow!(describe(&e)))?;
            objs.extend(parse_docs(&text).with_context(|| format!("template {name} produced invalid YAML"))?);
        }
        Ok(objs)
    }

    fn context(&self, c: &Component, values: &Value) -> MjValue {
        let injection = self.injection_templates();
        let original = c.original_values.as_ref().map(yaml::sorted).unwrap_or_else(|| values.clone());
        let ctx = json!({
            "values": values,
            "original_values": original,
            "release": {"name": "istio", "namespace": c.namespace},
            "component": {"label": c.kind.label(), "name": c.name, "chart": format!("{}-{}", c.kind.chart(), CHART_VERSION),
                          "kind": c.kind.dir()},
            "chart_version": CHART_VERSION,
            "std": {
                "app.kubernetes.io/instance": "istio",
                "app.kubernetes.io/managed-by": "Helm",
                "app.kubernetes.io/part-of": "istio",
                "app.kubernetes.io/version": CHART_VERSION,
                "helm.sh/chart": format!("{}-{}", c.kind.chart(), CHART_VERSION),
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

    /// The Istio CRDs from `base/crds.gen.yaml` (when present), standard labels swapped in,
    /// `base.excludedCRDs` dropped; none unless `global.resourceScope` is all or cluster.
    fn crds(&self, values: &Value) -> Result<Vec<Value>> {
        let Some(text) = self.templates.get("base/crds.gen.yaml") else { return Ok(vec![]) };
        let scope = values["global"]["resourceScope"].as_str().unwrap_or("all");
        if scope != "all" && scope != "cluster" {
            return Ok(vec![]);
        }
        let excluded: Vec<&str> =
            values["base"]["excludedCRDs"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let keep_legacy = values["base"]["enableCRDTemplates"] == Value::Bool(false);
        let mut out = Vec::new();
        for mut crd in parse_docs(text).context("base/crds.gen.yaml")? {
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
        patch::apply_k8s(objs, &c.k8s, &patch::Targets { workload, name });
    }
    patch::apply_overlays(objs, &c.k8s["overlays"]).map_err(|e| anyhow!(e))
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
        out.push_str(&yaml::to_yaml(&yaml::sorted(&o.value)));
        out.push_str("\n---\n");
    }
    out
}

#[cfg(test)]
mod tests;
