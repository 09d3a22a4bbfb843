//! The `istioctl validate` driver: for each input (file, walked directory, stdin) and each of
//! its documents, pick the checks upstream runs (Istio kinds via the registry, IstioOperator,
//! Service/Deployment/List, everything else accepted) and collect a [`Report`] of errors,
//! warnings per input and notices, in processing order. Reading is `api::document`'s job,
//! presentation is `output::validate`'s; nothing here prints.

pub mod istio;
pub mod kube;

use serde_json::{Map, Value};

use crate::api::document::{self, DecodeError, Input, InputError};
use crate::api::registry;
use crate::api::validation::{Finding, Level, Meta};

/// What `validate` needs besides the inputs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `-i`: Services and Deployments in this namespace are skipped.
    pub istio_namespace: String,
    /// The namespace rules see for objects without one (kubeconfig context's, else `default`).
    pub default_namespace: String,
}

/// The object a finding belongs to, as written in the document (raw namespace and name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectRef {
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

/// One reported item: an error or a warning about an object, or a problem with an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A rule's verdict on a field of an object.
    Finding {
        object: ObjectRef,
        /// Field path, e.g. `spec.http[0].route[1].weight`.
        path: String,
        message: String,
        /// The input it came from (`-` for stdin) and the line of the field at `path` (of its
        /// nearest written ancestor; the document's first line when none is written).
        source: String,
        line: usize,
    },
    /// A document that is not valid YAML (the rest of its file is skipped).
    Decode { source: String, error: DecodeError },
    /// A `-f` value that could not be found or read.
    Input(InputError),
}

/// The results of one input, in the order inputs were processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputReport {
    pub input: Input,
    pub warnings: Vec<Entry>,
}

/// Everything `validate` found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Deployment telemetry-label notices, in processing order (upstream writes them at once).
    pub notices: Vec<String>,
    /// Every input that was read, with its warnings.
    pub inputs: Vec<InputReport>,
    /// Every error, flattened across inputs and documents in processing order.
    pub errors: Vec<Entry>,
    /// `-f` directories in which no `.yaml`, `.yml` or `.json` file was found.
    pub empty_dirs: Vec<String>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// Validates every `-f` value (in order) and returns the combined report.
pub fn validate_inputs(values: &[String], settings: &Settings) -> Report {
    let mut report = Report::default();
    for value in values {
        let inputs = document::expand_inputs(std::slice::from_ref(value));
        if inputs.is_empty() && value != "-" {
            report.empty_dirs.push(value.clone());
        }
        for input in inputs {
            match input.and_then(|i| document::read_input(&i).map(|text| (i, text))) {
                Err(e) => report.errors.push(Entry::Input(e)),
                Ok((input, text)) => validate_text(input, &text, settings, &mut report),
            }
        }
    }
    report
}

/// What became of one document chunk.
enum Chunk {
    Empty,
    Failed(DecodeError),
    Checked {
        /// The file line of each finding's field (same order as `outcome.findings`).
        lines: Vec<usize>,
        object: Option<ObjectRef>,
        outcome: DocOutcome,
    },
}

fn check_chunk(line: usize, chunk: &Result<&str, DecodeError>, settings: &Settings) -> Chunk {
    let parsed = match chunk {
        Ok(text) => document::parse_document(text, line),
        Err(e) => Err(e.clone()),
    };
    match parsed {
        Err(e) => Chunk::Failed(e),
        Ok(None) => Chunk::Empty,
        Ok(Some(doc)) => {
            let outcome = check_document(&doc.object, settings);
            let object = (!outcome.findings.is_empty()).then(|| object_ref(&doc.object));
            let lines = outcome.findings.iter().map(|f| doc.line_of(&f.path)).collect();
            Chunk::Checked { lines, object, outcome }
        }
    }
}

/// Below this many documents a file is checked on the calling thread.
const PARALLEL_MIN_DOCS: usize = 256;

/// Parses and checks every chunk, in order. Large files are cut into contiguous runs checked
/// on up to four threads; each parsed document is dropped as soon as it is checked.
fn check_chunks(chunks: &[(usize, Result<&str, DecodeError>)], settings: &Settings) -> Vec<Chunk> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(4);
    if threads < 2 || chunks.len() < PARALLEL_MIN_DOCS {
        return chunks
            .iter()
            .map(|(line, c)| check_chunk(*line, c, settings))
            .collect();
    }
    let per = chunks.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .chunks(per)
            .map(|run| {
                scope.spawn(move || {
                    run.iter()
                        .map(|(line, c)| check_chunk(*line, c, settings))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("validate worker panicked"))
            .collect()
    })
}

/// Validates the documents of one input's text and adds the results to `report`. Documents
/// after the first one that does not decode are not reported (upstream stops reading the file).
pub fn validate_text(input: Input, text: &str, settings: &Settings, report: &mut Report) {
    let source = match &input {
        Input::Stdin => "-".to_string(),
        Input::File(p) => p.clone(),
    };
    let mut warnings = Vec::new();
    let chunks = document::split_documents(text);
    for chunk in check_chunks(&chunks, settings) {
        let (lines, object, outcome) = match chunk {
            Chunk::Empty => continue,
            Chunk::Failed(error) => {
                report.errors.push(Entry::Decode {
                    source: source.clone(),
                    error,
                });
                break;
            }
            Chunk::Checked { lines, object, outcome } => (lines, object, outcome),
        };
        report.notices.extend(outcome.notices);
        let Some(object) = object else { continue };
        for (f, line) in outcome.findings.into_iter().zip(lines) {
            let entry = Entry::Finding {
                object: object.clone(),
                path: f.path,
                message: f.message,
                source: source.clone(),
                line,
            };
            match f.level {
                Level::Error => report.errors.push(entry),
                Level::Warning => warnings.push(entry),
            }
        }
    }
    report.inputs.push(InputReport { input, warnings });
}

/// What one document produced.
#[derive(Debug, Default)]
pub struct DocOutcome {
    pub findings: Vec<Finding>,
    pub notices: Vec<String>,
}

fn str_field<'a>(obj: &'a Map<String, Value>, key: &str) -> &'a str {
    obj.get(key).and_then(Value::as_str).unwrap_or("")
}

fn string_map(v: Option<&Value>) -> std::collections::BTreeMap<String, String> {
    match v {
        Some(Value::Object(m)) => m
            .iter()
            .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
            .collect(),
        _ => Default::default(),
    }
}

/// Kind, raw namespace and name of a document (empty strings when absent).
pub fn object_ref(doc: &Map<String, Value>) -> ObjectRef {
    let meta = doc.get("metadata").and_then(Value::as_object);
    let get = |k: &str| meta.map(|m| str_field(m, k)).unwrap_or("").to_string();
    ObjectRef {
        kind: str_field(doc, "kind").to_string(),
        namespace: get("namespace"),
        name: get("name"),
    }
}

/// The metadata the rules see: name, labels, annotations and the defaulted namespace (§1.3).
pub fn rule_meta(doc: &Map<String, Value>, default_namespace: &str) -> Meta {
    let meta = doc.get("metadata").and_then(Value::as_object);
    let obj = object_ref(doc);
    Meta {
        name: obj.name,
        namespace: if obj.namespace.is_empty() {
            default_namespace.to_string()
        } else {
            obj.namespace
        },
        labels: string_map(meta.and_then(|m| m.get("labels"))),
        annotations: string_map(meta.and_then(|m| m.get("annotations"))),
    }
}

/// §18.3: the checks for one decoded document.
pub fn check_document(doc: &Map<String, Value>, settings: &Settings) -> DocOutcome {
    let api_version = str_field(doc, "apiVersion");
    let kind = str_field(doc, "kind");
    // The registry only holds `*.istio.io` groups; skip the lookup for everything else.
    let istio_group = api_version
        .split_once('/')
        .is_some_and(|(g, _)| g.ends_with("istio.io"));
    if let Some(def) = istio_group
        .then(|| registry::lookup(api_version, kind))
        .flatten()
    {
        let meta = rule_meta(doc, &settings.default_namespace);
        return DocOutcome {
            findings: istio::check_kind(def, doc, &meta),
            notices: Vec::new(),
        };
    }
    let k = kube::check_kubernetes(doc, &settings.istio_namespace);
    if !k.errors.is_empty()
        || matches!(kind, "Service" | "Deployment")
        || doc.get("items").is_some_and(Value::is_array)
    {
        return DocOutcome {
            findings: k.errors,
            notices: k.notices,
        };
    }
    if istio::is_istio_operator(api_version, kind) {
        return DocOutcome {
            findings: istio::check_istio_operator(doc),
            notices: k.notices,
        };
    }
    // Anything else (other kinds, unserved versions of Istio kinds, Gateway API, documents
    // without a kind) is accepted silently, as upstream does.
    DocOutcome {
        findings: Vec::new(),
        notices: k.notices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            istio_namespace: "istio-system".into(),
            default_namespace: "default".into(),
        }
    }

    fn report_for(text: &str) -> Report {
        let mut r = Report::default();
        validate_text(Input::File("f.yaml".into()), text, &settings(), &mut r);
        r
    }

    #[test]
    fn unknown_kinds_and_empty_documents_are_accepted() {
        let r = report_for(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n# nothing\n---\n\
             apiVersion: networking.istio.io/v2\nkind: VirtualService\nspec: {nonsense: true}\n---\n\
             apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\n",
        );
        assert!(!r.has_errors());
        assert_eq!(r.inputs.len(), 1);
        assert!(r.inputs[0].warnings.is_empty());
    }

    #[test]
    fn findings_carry_object_path_source_and_line() {
        let r = report_for(
            "apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\n\
             spec:\n  ports:\n  - {name: web, port: 80}\n",
        );
        assert_eq!(r.errors.len(), 1);
        match &r.errors[0] {
            Entry::Finding {
                object,
                path,
                source,
                line,
                message,
            } => {
                assert_eq!(
                    object,
                    &ObjectRef {
                        kind: "Service".into(),
                        namespace: "shop".into(),
                        name: "web".into()
                    }
                );
                assert_eq!(path, "spec.ports[0].name");
                assert_eq!(source, "f.yaml");
                assert_eq!(*line, 9, "the line of the offending field, not of the document");
                assert!(message.contains("naming convention"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn decode_failure_stops_the_file_but_keeps_earlier_results() {
        let r = report_for(
            "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 1}]}\n---\nkind: [\n---\n\
             apiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {ports: [{port: 1}]}\n",
        );
        assert_eq!(r.errors.len(), 2, "{:#?}", r.errors);
        assert!(matches!(&r.errors[0], Entry::Finding { object, .. } if object.name == "a"));
        assert!(matches!(&r.errors[1], Entry::Decode { error, .. } if error.line >= 6));
    }

    #[test]
    fn large_files_keep_document_order_and_stop_at_the_first_bad_document() {
        let mut text = String::new();
        for i in 0..(PARALLEL_MIN_DOCS * 3) {
            if i == PARALLEL_MIN_DOCS * 2 {
                text.push_str("kind: [\n---\n");
            }
            text.push_str(&format!(
                "apiVersion: v1\nkind: Service\nmetadata: {{name: s{i}}}\nspec: {{ports: [{{name: bad{i}, port: 1}}]}}\n---\n"
            ));
        }
        let r = report_for(&text);
        assert_eq!(r.errors.len(), PARALLEL_MIN_DOCS * 2 + 1);
        for (i, e) in r.errors.iter().take(PARALLEL_MIN_DOCS * 2).enumerate() {
            assert!(
                matches!(e, Entry::Finding { object, .. } if object.name == format!("s{i}")),
                "{i}: {e:?}"
            );
        }
        assert!(matches!(r.errors.last(), Some(Entry::Decode { .. })));
    }

    #[test]
    fn istio_operator_top_level_and_deployment_notice() {
        let r = report_for(
            "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata: {name: x}\nextra: 1\n---\n\
             apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {template: {metadata: {labels: {app: d}}}}\n",
        );
        assert_eq!(r.errors.len(), 1);
        assert!(matches!(&r.errors[0], Entry::Finding { path, .. } if path == "extra"));
        assert_eq!(r.notices.len(), 1);
    }

    #[test]
    fn rule_meta_defaults_the_namespace_only_for_rules() {
        let doc = serde_json::json!({"metadata": {"name": "n", "labels": {"a": "b", "n": 1}, "annotations": {"x": "y"}}});
        let doc = doc.as_object().unwrap();
        let m = rule_meta(doc, "ctx-ns");
        assert_eq!(m.namespace, "ctx-ns");
        assert_eq!(m.labels.len(), 1);
        assert_eq!(m.annotations["x"], "y");
        assert_eq!(object_ref(doc).namespace, "");
    }

    #[test]
    fn missing_files_are_errors_and_other_inputs_continue() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.yaml");
        std::fs::write(&good, "apiVersion: v1\nkind: ConfigMap\n").unwrap();
        let missing = dir.path().join("missing.yaml");
        let r = validate_inputs(
            &[
                missing.to_string_lossy().into_owned(),
                good.to_string_lossy().into_owned(),
            ],
            &settings(),
        );
        assert_eq!(r.errors.len(), 1);
        assert!(matches!(
            &r.errors[0],
            Entry::Input(InputError::Stat { .. })
        ));
        assert_eq!(r.inputs.len(), 1);
    }

    #[test]
    fn a_directory_without_yaml_files_is_reported_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "kind: [\n").unwrap();
        let d = dir.path().to_string_lossy().into_owned();
        let settings = Settings { istio_namespace: "istio-system".into(), default_namespace: "default".into() };
        let r = validate_inputs(std::slice::from_ref(&d), &settings);
        assert_eq!(r.empty_dirs, vec![d]);
        assert!(!r.has_errors() && r.inputs.is_empty());
    }
}
