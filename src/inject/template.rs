//! The injector's templates on our Go text/template engine: the `--injectConfigFile` text read
//! as an injector Config (its `templates` map) or as one raw `sidecar` template, each parsed as
//! a template named `inject` with Sprig's functions and Istio's on top, executed per pod with
//! the `SidecarTemplateData` of `data`. Never reads files, never prints.

use gotmpl::{FuncMap, Template, Value};
use serde_json::Value as Json;

use super::data;
use super::funcs;
use super::pod::{Render, RenderInput};

/// Parsed templates plus the values every execution sees.
pub struct Templates {
    templates: Vec<(String, Template)>,
    values: Value,
    revision: String,
    native: bool,
}

/// Why the injector config could not be loaded.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn func_map() -> FuncMap {
    let mut m = FuncMap::sprig();
    m.extend(&funcs::istio_funcs());
    m
}

/// The template texts of an injector config file: its `templates` map, or the whole text as
/// `sidecar` when the text is not such a config or has no templates. `true` = a config file.
pub fn template_texts(text: &str) -> (Vec<(String, String)>, bool) {
    let parsed: Option<Json> = serde_saphyr::from_str(text).ok();
    let templates = parsed
        .as_ref()
        .and_then(|p| p.get("templates"))
        .and_then(Json::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().map(String::from).unwrap_or_default()))
                .collect::<Vec<_>>()
        })
        .filter(|t| !t.is_empty());
    match templates {
        Some(t) => (t, true),
        None => (vec![("sidecar".to_string(), text.to_string())], false),
    }
}

impl Templates {
    /// Parses every template of the config text; values are the injector values JSON.
    pub fn load(
        config_text: &str,
        values: &Json,
        revision: &str,
        native: bool,
    ) -> Result<Templates, ConfigError> {
        let (texts, is_config) = template_texts(config_text);
        let funcs = func_map();
        let mut templates = Vec::new();
        for (name, text) in texts {
            match Template::new("inject").funcs(funcs.clone()).parse(&text) {
                Ok(t) => templates.push((name, t)),
                Err(e) => {
                    return Err(ConfigError(if is_config {
                        crate::go::go_multierror(&[e.to_string(), "loading --injectConfigFile".into()])
                    } else {
                        e.to_string()
                    }));
                }
            }
        }
        Ok(Templates { templates, values: Value::from(values), revision: revision.to_string(), native })
    }
}

impl Templates {
    /// Executes the named template with arbitrary data (the gateway-class templates);
    /// `Ok(None)` when there is no such template.
    pub fn execute(&self, name: &str, data: &Value) -> Result<Option<String>, String> {
        let Some((_, t)) = self.templates.iter().find(|(n, _)| n == name) else { return Ok(None) };
        t.execute(data).map(Some).map_err(|e| e.to_string())
    }
}

impl Render for Templates {
    fn render(&self, name: &str, input: &RenderInput) -> Result<Option<String>, String> {
        let Some((_, t)) = self.templates.iter().find(|(n, _)| n == name) else { return Ok(None) };
        let data = data::template_data(input, &self.values, &self.revision, self.native);
        t.execute(&data).map(Some).map_err(|e| e.to_string())
    }

    fn names(&self) -> Vec<String> {
        self.templates.iter().map(|(n, _)| n.clone()).collect()
    }
}
