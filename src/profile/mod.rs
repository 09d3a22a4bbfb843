//! Install profiles and IstioOperator resolution: built-in profiles (data in `profiles/`), `-f`
//! overlays, the `--set` language, strict validation against 1.30.3's schema, and translation to
//! the helm values each component's chart sees. It renders nothing and touches no cluster.
//!
//! The contract the renderer builds on is [`resolve`] → [`Resolved`] (see docs/render.md).

mod assets;
mod merge;
pub mod mesh;
pub mod setpath;
pub mod validate;

use std::path::PathBuf;

use serde::Serialize;
use serde_json::{Map, Value, json};

pub use assets::Assets;
pub use merge::deep_merge;

use crate::api::line_index::LineIndex;
use crate::error::{ExitStatus, Failure};

/// Hub and tag a release build of upstream's istioctl layers over the profile (its ldflags).
pub const RELEASE_HUB: &str = "docker.io/istio";
pub const RELEASE_TAG: &str = crate::VERSION;

/// One `-f` input: a path on disk, or text already read (stdin, tests).
#[derive(Debug, Clone)]
pub enum InputFile {
    Path(PathBuf),
    Text { name: String, text: String },
}

/// Everything that decides a resolved IstioOperator.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `-f` overlays, merged in order.
    pub files: Vec<InputFile>,
    /// `--set path=value` flags, applied in order after the profile merge.
    pub sets: Vec<String>,
    /// `-r/--revision` (alias of `--set revision=`; empty and `default` are not forwarded).
    pub revision: Option<String>,
    /// `-d/--manifests` (alias of `--set installPackagePath=`): load `profiles/` from there.
    pub manifests_dir: Option<PathBuf>,
    /// Hub and tag layered over the profile and under the user's files (upstream's release
    /// pinning). `None` keeps the profile's; commands use [`Inputs::release`].
    pub pinned_hub_tag: Option<(String, String)>,
    /// Cluster-detected `--set`s layered over the profile (GKE detection), lowest user layer.
    pub cluster_sets: Vec<String>,
    /// `--force`: validation errors become warnings (`Resolved::warnings`) instead of failing.
    pub force: bool,
}

impl Inputs {
    /// Inputs with the release hub/tag pinning of an upstream 1.30.3 release binary.
    pub fn release() -> Self {
        Inputs { pinned_hub_tag: Some((RELEASE_HUB.into(), RELEASE_TAG.into())), ..Inputs::default() }
    }
}

/// The charts `manifest generate` renders, in upstream's component order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum ComponentKind {
    Base,
    Pilot,
    IngressGateways,
    EgressGateways,
    Cni,
    Ztunnel,
}

impl ComponentKind {
    pub const ALL: [ComponentKind; 6] = [
        ComponentKind::Base,
        ComponentKind::Pilot,
        ComponentKind::IngressGateways,
        ComponentKind::EgressGateways,
        ComponentKind::Cni,
        ComponentKind::Ztunnel,
    ];
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
    /// The key under `spec.components`.
    pub fn spec_key(self) -> &'static str {
        match self {
            ComponentKind::Base => "base",
            ComponentKind::Pilot => "pilot",
            ComponentKind::IngressGateways => "ingressGateways",
            ComponentKind::EgressGateways => "egressGateways",
            ComponentKind::Cni => "cni",
            ComponentKind::Ztunnel => "ztunnel",
        }
    }
    /// The chart name: `profiles/charts/<chart>.yaml` holds its defaults and the renderer's
    /// templates live under `templates/<chart>/`.
    pub fn chart(self) -> &'static str {
        match self {
            ComponentKind::Base => "base",
            ComponentKind::Pilot => "istiod",
            ComponentKind::IngressGateways => "ingress",
            ComponentKind::EgressGateways => "egress",
            ComponentKind::Cni => "cni",
            ComponentKind::Ztunnel => "ztunnel",
        }
    }
    /// Where the component's own values live inside `spec.values`.
    pub fn values_root(self) -> &'static [&'static str] {
        match self {
            ComponentKind::Base => &["global"],
            ComponentKind::Pilot => &["pilot"],
            ComponentKind::IngressGateways => &["gateways", "istio-ingressgateway"],
            ComponentKind::EgressGateways => &["gateways", "istio-egressgateway"],
            ComponentKind::Cni => &["cni"],
            ComponentKind::Ztunnel => &["ztunnel"],
        }
    }
    fn default_enabled(self) -> bool {
        matches!(self, ComponentKind::Base | ComponentKind::Pilot | ComponentKind::IngressGateways)
    }
    fn is_gateway(self) -> bool {
        matches!(self, ComponentKind::IngressGateways | ComponentKind::EgressGateways)
    }
}

/// One chart to render (one per gateway entry), with the values its templates see.
#[derive(Debug, Clone, Serialize)]
pub struct ComponentValues {
    pub kind: ComponentKind,
    /// The gateway name; for the others the chart's main object name (`istiod`, `istio-cni-node`,
    /// `ztunnel`) without revision suffix, `base` for base.
    pub name: String,
    /// `.Release.Namespace`: `components.X.namespace`, else `metadata.namespace`, else istio-system.
    pub namespace: String,
    pub enabled: bool,
    /// The values handed to the chart after upstream's per-component reshaping (the istiod
    /// `values` ConfigMap's `original-values`).
    pub chart_input: Value,
    /// What the templates see: chart defaults ← helm profile ← compatibility version ← platform
    /// (← globals lifted for ztunnel) ← `chart_input`, then `pilot.*`/`cni.*` lifted to the top
    /// for istiod/cni (`merged-values`).
    pub values: Value,
    /// The component's `k8s` block (patches the renderer applies after templating), if any.
    pub k8s: Option<Value>,
}

/// A fully resolved install.
#[derive(Debug, Clone, Serialize)]
pub struct Resolved {
    /// The merged, translated and validated IstioOperator.
    pub iop: Value,
    /// `spec.profile` (`default` when unset).
    pub profile: String,
    /// `values.revision` (empty for the default revision).
    pub revision: String,
    /// `metadata.namespace` after translation.
    pub namespace: String,
    /// Every component in upstream's order; disabled ones are listed with `enabled: false`.
    pub components: Vec<ComponentValues>,
    /// Validation warnings (and, with `force`, the errors that were let through).
    pub warnings: Vec<String>,
    /// The meshConfig check: unknown-field notices every rendering command shows, validation
    /// warnings, and (with `force`) the refusal that was let through (see `mesh.rs`).
    #[serde(skip)]
    pub mesh: mesh::MeshCheck,
    #[serde(skip)]
    pub assets: Assets,
}

impl Resolved {
    /// The enabled components, in order.
    pub fn enabled(&self) -> impl Iterator<Item = &ComponentValues> {
        self.components.iter().filter(|c| c.enabled)
    }
}

/// Why an install could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("could not read {what}: {message}")]
    Read { what: String, message: String },
    #[error("could not parse {what}: {message}")]
    Parse { what: String, message: String },
    #[error("{what} contains multiple IstioOperator CRs, only one per file is supported")]
    MultipleDocs { what: String },
    #[error("{what}: kind {kind:?} is not an IstioOperator (a -f file holds apiVersion install.istio.io/v1alpha1, kind IstioOperator)")]
    NotIstioOperator { what: String, kind: String },
    #[error("profile {0:?} not found: use one of {known}", known = .1.join(", "))]
    UnknownProfile(String, Vec<String>),
    #[error("--set {flag}: {message}")]
    Set { flag: String, message: String },
    #[error("invalid IstioOperator:\n  {}", .0.join("\n  "))]
    Invalid(Vec<String>),
    #[error("chart {component}: {message}")]
    Chart { component: String, message: String },
    /// meshConfig refused (decode or validation), upstream's texts with paths, sources joined.
    #[error("{0}")]
    MeshConfig(String),
}

impl ProfileError {
    /// Exit status: 1 for every profile-layer failure, as upstream (an unreadable `-f`, an
    /// unknown profile or an invalid IstioOperator is a runtime error there, not a usage error;
    /// 64 is only for what the flag parser rejects, 65 only for analyze).
    pub fn status(&self) -> ExitStatus {
        ExitStatus::Failure
    }
}

impl From<ProfileError> for Failure {
    fn from(e: ProfileError) -> Self {
        Failure::new(e.status(), e)
    }
}

type Result<T> = std::result::Result<T, ProfileError>;

fn parse_yaml(what: &str, text: &str) -> Result<Value> {
    let text = crate::api::yaml_compat::go_flow_scalars(text);
    let docs: Vec<Value> = serde_saphyr::from_str_multiple(&text)
        .map_err(|e| ProfileError::Parse {
            what: what.into(),
            message: crate::api::document::budget_in_words(&e.to_string()),
        })?;
    let mut docs: Vec<Value> = docs.into_iter().filter(|d| !d.is_null()).collect();
    match docs.len() {
        0 => Ok(Value::Object(Map::new())),
        1 => {
            let doc = docs.pop().unwrap();
            if !doc.is_object() {
                return Err(ProfileError::Parse { what: what.into(), message: "the document is not a map".into() });
            }
            Ok(doc)
        }
        _ => Err(ProfileError::MultipleDocs { what: what.into() }),
    }
}

fn read_input(f: &InputFile) -> Result<(String, String)> {
    match f {
        InputFile::Text { name, text } => Ok((name.clone(), text.clone())),
        InputFile::Path(p) => std::fs::File::open(p)
            .and_then(|f| crate::api::document::read_limited(f, crate::api::document::max_input_bytes()))
            .map(|t| (p.display().to_string(), t))
            .map_err(|e| ProfileError::Read { what: p.display().to_string(), message: e.to_string() }),
    }
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(v, |n, k| n.get(k))?.as_str().filter(|s| !s.is_empty())
}

fn apply_sets(tree: &mut Value, sets: &[String]) -> Result<()> {
    for flag in sets {
        setpath::apply_flag(tree, flag).map_err(|message| ProfileError::Set { flag: shorten(flag), message })?;
    }
    Ok(())
}

/// A flag as quoted in an error: at most 120 characters, then `…`.
fn shorten(flag: &str) -> String {
    match flag.char_indices().nth(120) {
        Some((i, _)) => format!("{}…", &flag[..i]),
        None => flag.to_string(),
    }
}

/// Merges a named profile over `default`, both from `assets`.
pub fn load_profile(assets: &Assets, name: &str) -> Result<Value> {
    let unknown = |n: &str| ProfileError::UnknownProfile(n.into(), assets.profile_names().unwrap_or_default());
    let load = |n: &str| -> Result<Value> {
        if n.is_empty() || n.contains(['/', '\\']) || n.starts_with('.') {
            return Err(unknown(n));
        }
        let rel = format!("profiles/{n}.yaml");
        let text = assets.get(&rel)?.ok_or_else(|| unknown(n))?;
        parse_yaml(&rel, &text)
    };
    let mut tree = load("default")?;
    if name != "default" {
        deep_merge(&mut tree, load(name)?);
    }
    Ok(tree)
}

/// Resolves the inputs into a validated IstioOperator and per-component chart values.
///
/// Order (lowest first): `default` profile → named profile → cluster-detected sets → pinned
/// hub/tag → `-f` files in order → `--set` in order → translation of top-level fields into
/// values → the user's own `spec.values` again. Then strict validation, then
/// `unvalidatedValues`, then each component's values.
pub fn resolve(inputs: &Inputs) -> Result<Resolved> {
    // The user's overlay: the files, merged in order.
    let mut user = json!({"apiVersion": "install.istio.io/v1alpha1", "kind": "IstioOperator", "metadata": {}, "spec": {}});
    let mut texts = Vec::with_capacity(inputs.files.len());
    for f in &inputs.files {
        let (what, text) = read_input(f)?;
        let mut doc = parse_yaml(&what, &text)?;
        if let Some(kind) = doc.get("kind").and_then(Value::as_str).filter(|k| *k != "IstioOperator") {
            return Err(ProfileError::NotIstioOperator { what, kind: kind.to_string() });
        }
        if doc.get("spec").is_some_and(Value::is_null) {
            doc.as_object_mut().unwrap().remove("spec");
        }
        deep_merge(&mut user, doc);
        texts.push((what, text));
    }
    let mut sets = inputs.sets.clone();
    if let Some(dir) = &inputs.manifests_dir {
        sets.push(format!("installPackagePath={}", dir.display()));
    }
    if let Some(rev) = inputs.revision.as_deref().filter(|r| !r.is_empty() && *r != "default") {
        sets.push(format!("revision={rev}"));
    }
    // Upstream applies --set to the user overlay before the profile merge; we apply them after
    // (docs/render.md), but still read profile, package path and values from the user's view.
    let mut user_view = user.clone();
    for flag in &sets {
        let _ = setpath::apply_flag(&mut user_view, flag);
    }
    let profile = str_at(&user_view, &["spec", "profile"]).unwrap_or("default").to_string();
    let assets = Assets::new(str_at(&user_view, &["spec", "installPackagePath"]).map(std::path::Path::new));
    let user_values = user_view["spec"].get("values").cloned();

    let mut iop = load_profile(&assets, &profile)?;
    apply_sets(&mut iop, &inputs.cluster_sets)?;
    if let Some((hub, tag)) = &inputs.pinned_hub_tag {
        apply_sets(&mut iop, &[format!("hub={hub}"), format!("tag={tag}")])?;
    }
    deep_merge(&mut iop, user);
    apply_sets(&mut iop, &sets)?;
    translate(&mut iop)?;
    if let Some(v) = user_values {
        deep_merge(&mut iop["spec"], json!({ "values": v }));
    }

    let mut errs = validate::validate(&iop);
    let (semantic, mut warnings) = validate::semantic(&iop);
    errs.extend(semantic);
    let errs = locate_in_files(errs, &texts);
    if !errs.is_empty() {
        if !inputs.force {
            return Err(ProfileError::Invalid(errs));
        }
        warnings.extend(errs.into_iter().map(|e| format!("spec invalid; continuing because of --force: {e}")));
    }
    // meshConfig after the schema: upstream reports it with the other operator checks; we
    // report it once the tree is known to be well-formed (see mesh.rs).
    let mesh = mesh::check(&iop);
    if let Some(text) = mesh.error_text()
        && !inputs.force
    {
        return Err(ProfileError::MeshConfig(text));
    }
    if let Some(extra) = iop["spec"].get("unvalidatedValues").cloned().filter(|v| !v.is_null()) {
        deep_merge(&mut iop["spec"], json!({ "values": extra }));
    }

    let namespace = str_at(&iop, &["metadata", "namespace"]).unwrap_or("istio-system").to_string();
    let revision = str_at(&iop, &["spec", "values", "revision"]).unwrap_or_default().to_string();
    let components = merge::components(&assets, &iop, &namespace)?;
    Ok(Resolved { iop, profile, revision, namespace, components, warnings, mesh, assets })
}

/// Adds ` (FILE:LINE)` to each `path: message` error whose field the last `-f` file writing
/// that exact path holds (later files override earlier ones); errors from `--set`, the
/// profile or translation stay as they are.
fn locate_in_files(errs: Vec<String>, files: &[(String, String)]) -> Vec<String> {
    if errs.is_empty() || files.is_empty() {
        return errs;
    }
    let indexes: Vec<(&str, LineIndex)> =
        files.iter().map(|(what, text)| (what.as_str(), LineIndex::build(text, 1))).collect();
    errs.into_iter()
        .map(|e| {
            let Some((path, _)) = e.split_once(": ") else { return e };
            match indexes.iter().rev().find_map(|(what, ix)| ix.line_exact(path).map(|l| (what, l))) {
                Some((what, line)) => format!("{e} ({what}:{line})"),
                None => e,
            }
        })
        .collect()
}

/// Upstream's translation of top-level fields into values (they pass through the `--set`
/// typing, so `hub: "1"` becomes the integer 1 in values, as upstream).
fn translate(iop: &mut Value) -> Result<()> {
    let spec = iop["spec"].clone();
    let mut sets = Vec::new();
    for (from, to) in [("hub", "values.global.hub"), ("tag", "values.global.tag"), ("revision", "values.revision"), ("compatibilityVersion", "values.compatibilityVersion")] {
        match spec.get(from) {
            Some(Value::String(s)) if !s.is_empty() => sets.push(format!("{to}={s}")),
            Some(v @ (Value::Number(_) | Value::Bool(_))) => sets.push(format!("{to}={v}")),
            _ => {}
        }
    }
    apply_sets(iop, &sets)?;
    if let Some(mesh) = spec.get("meshConfig").filter(|m| !m.is_null()) {
        deep_merge(&mut iop["spec"], json!({"values": {"meshConfig": mesh}}));
    }
    let enabled = |key: &str| spec["components"][key]["enabled"].as_bool().unwrap_or(false);
    deep_merge(
        &mut iop["spec"],
        json!({"values": {"pilot": {"enabled": enabled("pilot"), "cni": {"enabled": enabled("cni")}}}}),
    );
    if let Some(ns) = str_at(iop, &["spec", "values", "global", "istioNamespace"]).map(str::to_string) {
        deep_merge(iop, json!({"metadata": {"namespace": ns}}));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
