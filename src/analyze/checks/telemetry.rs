//! Upstream's `telemetry` analyzers: access logging with no provider while the mesh has no
//! default (IST0157), selectors that match no pod or overlap on one (IST0101, IST0159), more
//! than one selector-less Telemetry per namespace (IST0160), and the retired Lightstep
//! tracing provider (IST0002).

use std::collections::BTreeMap;

use crate::hash::HashSet;

use super::index::{first_label, map_at, selector_string};
use crate::analyze::{Analyzer, kinds};

use super::{Finding, Param, Res, Snapshot, adapt, items, sorted_names};

pub const PROVIDER: Analyzer = Analyzer {
    name: "telemetry.ProviderAnalyzer",
    description: "Validates that providers in telemery resource is valid",
    inputs: &[kinds::TELEMETRY, kinds::MESH_CONFIG],
    run: |cx, report| adapt(cx, report, PROVIDER.inputs, provider),
};

pub const SELECTOR: Analyzer = Analyzer {
    name: "telemetry.SelectorAnalyzer",
    description: "Validates that telemetries that define a selector match at least one pod, and that there aren't \
                  multiple telemetry resources that select overlapping pods",
    inputs: &[kinds::TELEMETRY, kinds::POD],
    run: |cx, report| adapt(cx, report, SELECTOR.inputs, selector),
};

pub const DEFAULT_SELECTOR: Analyzer = Analyzer {
    name: "telemetry.DefaultSelectorAnalyzer",
    description: "Validates that there aren't multiple telemetry resources that have no selector",
    inputs: &[kinds::TELEMETRY],
    run: |cx, report| adapt(cx, report, DEFAULT_SELECTOR.inputs, default_selector),
};

pub const LIGHTSTEP: Analyzer = Analyzer {
    name: "telemetry.LightstepAnalyzer",
    description: "Validates that lightstep provider is still used",
    inputs: &[kinds::TELEMETRY, kinds::MESH_CONFIG],
    run: |cx, report| adapt(cx, report, LIGHTSTEP.inputs, lightstep),
};

pub(super) fn provider(s: &Snapshot) -> Vec<Finding> {
    if !items(&s.mesh()["defaultProviders"]["accessLogging"]).is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in s.of("Telemetry") {
        for log in items(&t.spec()["accessLogging"]) {
            if log["disabled"].as_bool() != Some(true) && items(&log["providers"]).is_empty() {
                out.push(Finding::new("IST0157", t, vec![t.name.into(), t.namespace.into()]));
            }
        }
    }
    out
}

pub(super) fn selector(s: &Snapshot) -> Vec<Finding> {
    let pods = s.pod_index();
    let mut pod_telemetries: BTreeMap<usize, Vec<&Res>> = BTreeMap::new();
    let mut out = Vec::new();
    for t in s.of("Telemetry") {
        let sel = map_at(&t.spec()["selector"]["matchLabels"]);
        if sel.is_empty() {
            continue;
        }
        let matched = pods.matching(sel, Some(t.namespace));
        if matched.is_empty() {
            let sel = selector_string(sel);
            let path = format!("{{.spec.selector.matchLabels.{}}}", first_label(&sel));
            out.push(Finding::new("IST0101", t, vec!["selector".into(), sel.into()]).at(path));
        }
        for p in matched {
            pod_telemetries.entry(p).or_default().push(t);
        }
    }
    for (p, list) in &pod_telemetries {
        if list.len() < 2 {
            continue;
        }
        let pod = &pods.pods[*p];
        for t in list {
            out.push(
                Finding::new(
                    "IST0159",
                    t,
                    vec![Param::Strs(sorted_names(list)), pod.namespace.into(), pod.name.into()],
                )
                .at("{.metadata.name}"),
            );
        }
    }
    out
}

pub(super) fn default_selector(s: &Snapshot) -> Vec<Finding> {
    let mut by_ns: BTreeMap<&str, Vec<&Res>> = BTreeMap::new();
    for t in s.of("Telemetry").iter().filter(|t| t.spec().get("selector").is_none_or(|v| v.is_null())) {
        by_ns.entry(t.namespace).or_default().push(t);
    }
    let mut out = Vec::new();
    for (ns, list) in by_ns.iter().filter(|(_, l)| l.len() > 1) {
        for t in list {
            out.push(Finding::new("IST0160", t, vec![Param::Strs(sorted_names(list)), (*ns).into()]));
        }
    }
    out
}

pub(super) fn lightstep(s: &Snapshot) -> Vec<Finding> {
    let names: HashSet<&str> = items(&s.mesh()["extensionProviders"])
        .iter()
        .filter(|p| !p["lightstep"].is_null())
        .filter_map(|p| p["name"].as_str())
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for t in s.of("Telemetry") {
        for tracing in items(&t.spec()["tracing"]) {
            for p in items(&tracing["providers"]).iter().filter_map(|p| p["name"].as_str()) {
                if names.contains(p) {
                    let detail = format!(
                        "The Lightstep provider {p} is deprecated, please migrate to OpenTelemetry provider."
                    );
                    out.push(Finding::new("IST0002", t, vec![detail.into()]));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    fn telemetry(name: &str, spec: &str) -> String {
        format!("---\nkind: Telemetry\nmetadata: {{name: {name}, namespace: ns}}\nspec: {spec}\n")
    }

    #[test]
    fn provider() {
        let empty = telemetry("t", "{accessLogging: [{}]}");
        let disabled = telemetry("t", "{accessLogging: [{disabled: true}]}");
        let named = telemetry("t", "{accessLogging: [{providers: [{name: envoy}]}]}");
        let with_default =
            format!("---\nkind: MeshConfig\nspec: {{defaultProviders: {{accessLogging: [envoy]}}}}\n{empty}");
        check(&[
            ("telemetry.ProviderAnalyzer", "no provider", &empty, &[("IST0157", "Telemetry ns/t")]),
            ("telemetry.ProviderAnalyzer", "disabled", &disabled, &[]),
            ("telemetry.ProviderAnalyzer", "named provider", &named, &[]),
            ("telemetry.ProviderAnalyzer", "mesh default", &with_default, &[]),
        ]);
    }

    #[test]
    fn selector() {
        let pod = "---\nkind: Pod\nmetadata: {name: p, namespace: ns, labels: {app: a}}\n";
        let one = format!("{pod}{}", telemetry("t1", "{selector: {matchLabels: {app: a}}}"));
        let two = format!("{one}{}", telemetry("t2", "{selector: {matchLabels: {app: a}}}"));
        let none = format!("{pod}{}", telemetry("t1", "{selector: {matchLabels: {app: b}}}"));
        check(&[
            ("telemetry.SelectorAnalyzer", "one per pod", &one, &[]),
            (
                "telemetry.SelectorAnalyzer",
                "overlap",
                &two,
                &[("IST0159", "Telemetry ns/t1"), ("IST0159", "Telemetry ns/t2")],
            ),
            ("telemetry.SelectorAnalyzer", "no pod", &none, &[("IST0101", "Telemetry ns/t1")]),
        ]);
    }

    #[test]
    fn default_selector() {
        let two = format!("{}{}", telemetry("a", "{}"), telemetry("b", "{tracing: [{}]}"));
        let one =
            format!("{}{}", telemetry("a", "{}"), telemetry("b", "{selector: {matchLabels: {app: x}}}"));
        check(&[
            (
                "telemetry.DefaultSelectorAnalyzer",
                "two without selector",
                &two,
                &[("IST0160", "Telemetry ns/a"), ("IST0160", "Telemetry ns/b")],
            ),
            ("telemetry.DefaultSelectorAnalyzer", "one without selector", &one, &[]),
        ]);
    }

    #[test]
    fn lightstep() {
        let mesh = "---\nkind: MeshConfig\nspec: {extensionProviders: [{name: ls, lightstep: {address: x:1}}, {name: otel, opentelemetry: {service: y}}]}\n";
        let uses = format!("{mesh}{}", telemetry("t", "{tracing: [{providers: [{name: ls}]}]}"));
        let other = format!("{mesh}{}", telemetry("t", "{tracing: [{providers: [{name: otel}]}]}"));
        check(&[
            ("telemetry.LightstepAnalyzer", "lightstep provider", &uses, &[("IST0002", "Telemetry ns/t")]),
            ("telemetry.LightstepAnalyzer", "other provider", &other, &[]),
        ]);
    }
}
