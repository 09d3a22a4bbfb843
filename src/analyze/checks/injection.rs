//! Upstream's `injection` analyzers: namespace injection labels (IST0123, IST0102, IST0148)
//! and pods missing their proxy (IST0103); proxies whose image differs from the injector's
//! (IST0158); `image: auto` pods and deployments no injector webhook will rewrite
//! (IST0147/IST0146).

use std::collections::{BTreeMap, BTreeSet};

use crate::hash::HashMap;

use crate::analyze::node::{Node, Obj};

use super::index::{map_at, matches};
use crate::analyze::{Analyzer, kinds};

use super::{Finding, Param, Res, Snapshot, adapt, containers, items};
use crate::analyze::labels;

pub const ANALYZER: Analyzer = Analyzer {
    name: "injection.Analyzer",
    description: "Checks conditions related to Istio sidecar injection",
    inputs: &[kinds::NAMESPACE, kinds::POD, kinds::CONFIG_MAP],
    run: |cx, report| adapt(cx, report, ANALYZER.inputs, injection),
};

pub const IMAGE: Analyzer = Analyzer {
    name: "injection.ImageAnalyzer",
    description: "Checks the image of auto-injection configured with the running proxies on pods",
    inputs: &[kinds::NAMESPACE, kinds::POD, kinds::CONFIG_MAP, kinds::MESH_CONFIG, kinds::PROXY_CONFIG],
    run: |cx, report| adapt(cx, report, IMAGE.inputs, image),
};

pub const IMAGE_AUTO: Analyzer = Analyzer {
    name: "injection.ImageAutoAnalyzer",
    description: "Makes sure that Pods and Deployments with `image: auto` are going to be injected",
    inputs: &[kinds::NAMESPACE, kinds::POD, kinds::DEPLOYMENT, kinds::MUTATING_WEBHOOK],
    run: |cx, report| adapt(cx, report, IMAGE_AUTO.inputs, image_auto),
};

const INJECTION: &str = "istio-injection";
const REV: &str = "istio.io/rev";
const DATAPLANE_MODE: &str = "istio.io/dataplane-mode";
const PROXY: &str = "istio-proxy";

/// `GetInjectorConfigMapName`: the injector ConfigMap of a revision.
fn injector_config_map(revision: &str) -> String {
    if revision.is_empty() || revision == "default" {
        "istio-sidecar-injector".to_string()
    } else {
        format!("istio-sidecar-injector-{revision}")
    }
}

/// The JSON document in a ConfigMap's `values` key.
fn values(cm: &Res) -> Option<Node> {
    serde_json::from_str::<serde_json::Value>(cm.doc["data"]["values"].as_str()?).ok().map(Node::from)
}

pub(super) fn injection(s: &Snapshot) -> Vec<Finding> {
    let mut config_maps: HashMap<&str, &Res> = HashMap::default();
    for cm in s.of("ConfigMap") {
        config_maps.entry(cm.name).or_insert(cm);
    }
    let mut out = Vec::new();
    let mut injected = BTreeSet::new();
    // Upstream keeps the last value read from an injector ConfigMap across namespaces.
    let mut enabled_by_default = false;
    let mut namespaces: Vec<&Res> = s.of("Namespace").iter().collect();
    namespaces.sort_by_key(|n| n.name);
    for ns in namespaces {
        if ns.name == "istio-system" {
            continue;
        }
        let injection = ns.label(INJECTION);
        let mut found = Vec::new();
        if let Some(v) = injection {
            found.push(format!("{INJECTION}={v}"));
        }
        if injection.is_none_or(|v| v == "enabled") {
            for key in [REV, DATAPLANE_MODE] {
                if let Some(v) = ns.label(key) {
                    found.push(format!("{key}={v}"));
                }
            }
        }
        if found.len() > 1 {
            out.push(Finding::new("IST0123", ns, vec![Param::Strs(found)]));
        }
        if ns.label(DATAPLANE_MODE) == Some("ambient") {
            continue;
        }
        let revision = ns.label(REV);
        if let Some(cm) = config_maps.get(injector_config_map(revision.unwrap_or("")).as_str()) {
            enabled_by_default = values(cm)
                .and_then(|v| v["sidecarInjectorWebhook"]["enableNamespacesByDefault"].as_bool())
                .unwrap_or(false);
        }
        if injection.unwrap_or("").is_empty() && revision.is_none() {
            if enabled_by_default {
                out.push(Finding::new("IST0148", ns, vec![]));
            } else {
                out.push(
                    Finding::new("IST0102", ns, vec![ns.name.into(), ns.name.into()]).at("{.metadata.name}"),
                );
            }
            continue;
        }
        if injection == Some("enabled") {
            injected.insert(ns.name);
        }
    }
    for pod in s.of("Pod") {
        if !injected.contains(pod.namespace) {
            continue;
        }
        let inject =
            pod.label("sidecar.istio.io/inject").or(pod.annotation("sidecar.istio.io/inject")).unwrap_or("");
        if inject.eq_ignore_ascii_case("false") || pod.spec()["hostNetwork"].as_bool() == Some(true) {
            continue;
        }
        let image = containers(pod.spec())
            .find(|c| c["name"] == PROXY)
            .and_then(|c| c["image"].as_str())
            .unwrap_or("");
        if image.is_empty() {
            out.push(Finding::new("IST0103", pod, vec![pod.full_name().into()]));
        }
    }
    out
}

/// `GetIstioProxyImage`: `global.proxy.image` when it names a registry, else
/// `<hub>/<image>:<tag>`.
fn proxy_image(cm: &Res) -> String {
    let Some(v) = values(cm) else { return String::new() };
    let g = &v["global"];
    let image = g["proxy"]["image"].as_str().unwrap_or("");
    if image.contains('/') {
        image.to_string()
    } else {
        format!("{}/{image}:{}", g["hub"].as_str().unwrap_or(""), g["tag"].as_str().unwrap_or(""))
    }
}

/// Upstream's effective-ProxyConfig resolver, reduced to the image type.
struct ImageTypes<'s, 'a> {
    mesh: &'a str,
    root: &'a str,
    namespace: HashMap<&'a str, &'a str>,
    /// ProxyConfigs with a selector, by `namespace/name`.
    workload: BTreeMap<String, &'s Res<'a>>,
}

impl<'s, 'a> ImageTypes<'s, 'a> {
    fn new(s: &'s Snapshot<'a>) -> Self {
        let image_type = |v: &'a Node| v["image"]["imageType"].as_str().unwrap_or("");
        let root_ns = s.root_namespace();
        let mut out = ImageTypes {
            mesh: image_type(&s.mesh()["defaultConfig"]),
            root: "",
            namespace: HashMap::default(),
            workload: BTreeMap::new(),
        };
        for pc in s.of("ProxyConfig") {
            if pc.namespace == root_ns {
                out.root = image_type(pc.spec());
            } else if pc.spec()["selector"].is_null() {
                out.namespace.insert(pc.namespace, image_type(pc.spec()));
            } else {
                out.workload.insert(pc.full_name(), pc);
            }
        }
        out
    }

    /// The pod's image type, later levels winning: mesh default, root-namespace ProxyConfig,
    /// namespace ProxyConfig, workload ProxyConfig, pod annotation; `default` means none.
    fn of(&self, pod: &Res) -> String {
        let mut variant = self.mesh;
        for v in [self.root, self.namespace.get(pod.namespace).copied().unwrap_or("")] {
            if !v.is_empty() {
                variant = v;
            }
        }
        let mut variant = variant.to_string();
        // Upstream matches workload ProxyConfigs by a `namespace/name` prefix and keeps those
        // whose matchLabels contain every label of the pod (its `maps.Contains` argument order).
        for (key, pc) in self.workload.range(pod.namespace.to_string()..) {
            if !key.starts_with(pod.namespace) {
                break;
            }
            if matches(pod.labels(), map_at(&pc.spec()["selector"]["matchLabels"])) {
                let v = pc.spec()["image"]["imageType"].as_str().unwrap_or("");
                if !v.is_empty() {
                    variant = v.to_string();
                }
            }
        }
        if let Some(anno) = pod.annotation("proxy.istio.io/config")
            && let Ok(pc) = serde_saphyr::from_str::<serde_json::Value>(anno).map(Node::from)
            && let Some(v) = pc["image"]["imageType"].as_str().filter(|v| !v.is_empty())
        {
            variant = v.to_string();
        }
        if variant == "default" { String::new() } else { variant }
    }
}

pub(super) fn image(s: &Snapshot) -> Vec<Finding> {
    let images: HashMap<&str, String> = s
        .of("ConfigMap")
        .iter()
        .filter(|cm| cm.name.starts_with("istio-sidecar-injector"))
        .map(|cm| (cm.name, proxy_image(cm)))
        .collect();
    if images.is_empty() {
        return Vec::new();
    }
    let mut injected: HashMap<&str, (&Res, &str)> = HashMap::default();
    for ns in s.of("Namespace") {
        match ns.label(REV) {
            Some(rev) => injected.insert(ns.name, (ns, rev)),
            None if ns.label(INJECTION) == Some("enabled") => injected.insert(ns.name, (ns, "default")),
            None => None,
        };
    }
    let types = ImageTypes::new(s);
    let mut mismatched: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for pod in s.of("Pod") {
        let Some((_, rev)) = injected.get(pod.namespace) else { continue };
        if pod.annotation("sidecar.istio.io/proxyImage").is_some_and(|a| !a.is_empty()) {
            continue;
        }
        let Some(expected) = images.get(injector_config_map(rev).as_str()) else { continue };
        let variant = types.of(pod);
        let with_variant = format!("{expected}-{variant}");
        for c in containers(pod.spec()).filter(|c| c["name"] == PROXY) {
            let image = c["image"].as_str().unwrap_or("");
            if image != expected && image != with_variant {
                mismatched.entry(pod.namespace).or_default().insert(pod.name);
            }
        }
    }
    mismatched
        .into_iter()
        .map(|(ns, pods)| {
            let names = pods.into_iter().map(str::to_string).collect();
            Finding::new("IST0158", injected[ns].0, vec![Param::Strs(names)])
        })
        .collect()
}

fn has_auto_image(pod_spec: &Node) -> bool {
    items(&pod_spec["containers"]).iter().any(|c| c["name"] == PROXY && c["image"] == "auto")
}

pub(super) fn image_auto(s: &Snapshot) -> Vec<Finding> {
    let webhooks: Vec<&Node> = s
        .of("MutatingWebhookConfiguration")
        .iter()
        .flat_map(|c| items(&c.doc["webhooks"]))
        .filter(|w| w["name"].as_str().is_some_and(|n| n.ends_with("istio.io")))
        .collect();
    let namespaces: HashMap<&str, &Res> = s.of("Namespace").iter().map(|n| (n.name, n)).collect();
    let mut out = Vec::new();
    for pod in s.of("Pod") {
        if has_auto_image(pod.spec()) {
            out.push(Finding::new("IST0147", pod, vec!["Pod".into(), pod.name.into()]));
        }
    }
    for d in s.of("Deployment") {
        let template = &d.spec()["template"];
        if !has_auto_image(&template["spec"]) {
            continue;
        }
        let ns = if d.namespace.is_empty() { "default" } else { d.namespace };
        let ns_labels = to_labels(namespaces.get(ns).map(|n| n.labels()));
        let pod_labels = to_labels(template["metadata"]["labels"].as_object());
        let injected = webhooks.iter().any(|w| {
            labels::matches(&w["namespaceSelector"], &ns_labels)
                && labels::matches(&w["objectSelector"], &pod_labels)
        });
        if !injected {
            out.push(Finding::new("IST0146", d, vec!["Deployment".into(), d.name.into()]));
        }
    }
    out
}

fn to_labels(m: Option<&Obj>) -> labels::Labels {
    m.into_iter().flatten().filter_map(|(k, v)| Some((k.to_string(), v.as_str()?.to_string()))).collect()
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    fn ns(name: &str, labels: &str) -> String {
        format!("---\nkind: Namespace\nmetadata: {{name: {name}, labels: {labels}}}\n")
    }

    fn pod(ns: &str, name: &str, image: &str) -> String {
        format!(
            "---\nkind: Pod\nmetadata: {{name: {name}, namespace: {ns}}}\nspec:\n  containers: [{{name: app, image: x}}, {{name: istio-proxy, image: '{image}'}}]\n"
        )
    }

    fn bare_pod(ns: &str, name: &str, extra: &str) -> String {
        format!(
            "---\nkind: Pod\nmetadata: {{name: {name}, namespace: {ns}{extra}}}\nspec:\n  containers: [{{name: app, image: x}}]\n"
        )
    }

    fn injector_cm(name: &str, values: &str) -> String {
        format!(
            "---\nkind: ConfigMap\nmetadata: {{name: {name}, namespace: istio-system}}\ndata:\n  values: '{values}'\n"
        )
    }

    #[test]
    fn injection() {
        let labelled = format!(
            "{}{}{}{}",
            ns("inj", "{istio-injection: enabled}"),
            pod("inj", "good", "docker.io/istio/proxyv2:1.30.3"),
            bare_pod("inj", "missing", ""),
            bare_pod("inj", "optout", ", labels: {sidecar.istio.io/inject: 'False'}")
        );
        let unlabelled = ns("plain", "{}");
        let by_default = format!(
            "{}{}",
            injector_cm(
                "istio-sidecar-injector",
                r#"{"sidecarInjectorWebhook": {"enableNamespacesByDefault": true}}"#
            ),
            ns("plain", "{}")
        );
        let both = ns("both", "{istio-injection: enabled, istio.io/rev: canary}");
        let ambient = ns("amb", "{istio.io/dataplane-mode: ambient}");
        let disabled = format!("{}{}", ns("off", "{istio-injection: disabled}"), bare_pod("off", "p", ""));
        check(&[
            ("injection.Analyzer", "injected namespace", &labelled, &[("IST0103", "Pod inj/missing")]),
            ("injection.Analyzer", "unlabelled namespace", &unlabelled, &[("IST0102", "Namespace plain")]),
            ("injection.Analyzer", "enabled by default", &by_default, &[("IST0148", "Namespace plain")]),
            ("injection.Analyzer", "two labels", &both, &[("IST0123", "Namespace both")]),
            ("injection.Analyzer", "ambient", &ambient, &[]),
            ("injection.Analyzer", "disabled", &disabled, &[]),
        ]);
    }

    #[test]
    fn image() {
        let cm = injector_cm(
            "istio-sidecar-injector",
            r#"{"global": {"hub": "docker.io/istio", "tag": "1.30.3", "proxy": {"image": "proxyv2"}}}"#,
        );
        let stale = format!(
            "{cm}{}{}{}{}",
            ns("inj", "{istio-injection: enabled}"),
            pod("inj", "new", "docker.io/istio/proxyv2:1.30.3"),
            pod("inj", "old-b", "docker.io/istio/proxyv2:1.29.0"),
            pod("inj", "old-a", "docker.io/istio/proxyv2:1.28.0"),
        );
        let variant = format!(
            "{cm}{}{}",
            ns("inj", "{istio-injection: enabled}"),
            "---\nkind: Pod\nmetadata: {name: d, namespace: inj, annotations: {proxy.istio.io/config: 'image: {imageType: distroless}'}}\nspec:\n  containers: [{name: istio-proxy, image: 'docker.io/istio/proxyv2:1.30.3-distroless'}]\n"
        );
        let other_revision =
            format!("{cm}{}{}", ns("rev", "{istio.io/rev: canary}"), pod("rev", "p", "anything"));
        check(&[
            ("injection.ImageAnalyzer", "stale proxies", &stale, &[("IST0158", "Namespace inj")]),
            ("injection.ImageAnalyzer", "variant image", &variant, &[]),
            ("injection.ImageAnalyzer", "no injector for the revision", &other_revision, &[]),
        ]);
    }

    #[test]
    fn image_auto() {
        let hook = "---\nkind: MutatingWebhookConfiguration\nmetadata: {name: istio-sidecar-injector}\nwebhooks:\n- name: namespace.sidecar-injector.istio.io\n  namespaceSelector: {matchLabels: {istio-injection: enabled}}\n";
        let deployment = |ns: &str| {
            format!(
                "---\nkind: Deployment\nmetadata: {{name: d, namespace: {ns}}}\nspec:\n  template:\n    metadata: {{labels: {{app: d}}}}\n    spec:\n      containers: [{{name: istio-proxy, image: auto}}]\n"
            )
        };
        let not_injected = format!("{hook}{}{}", ns("plain", "{}"), deployment("plain"));
        let injected = format!("{hook}{}{}", ns("inj", "{istio-injection: enabled}"), deployment("inj"));
        let auto_pod = pod("inj", "p", "auto");
        check(&[
            (
                "injection.ImageAutoAnalyzer",
                "deployment not injected",
                &not_injected,
                &[("IST0146", "Deployment plain/d")],
            ),
            ("injection.ImageAutoAnalyzer", "deployment injected", &injected, &[]),
            ("injection.ImageAutoAnalyzer", "pod never injected", &auto_pod, &[("IST0147", "Pod inj/p")]),
        ]);
    }
}
