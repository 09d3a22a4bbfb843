//! A Go `text/template` engine with Go's semantics, for executing Istio's injection
//! templates: lexer (`lex`), parser (`parse`), executor (`exec`), Go `fmt` printing (`fmt`),
//! Go's built-in functions (`builtin`) and the generic Sprig functions (`sprig`). It owns no
//! Istio-specific function or data: callers add those through [`FuncMap`] and [`Value`].
//!
//! # Use
//! ```
//! use gotmpl::{FuncMap, Function, Struct, Template, Type, Value};
//!
//! // A function is a Go signature plus a closure. Arguments arrive already checked against
//! // the signature (count, assignability, integer conversion); an `Err` becomes Go's
//! // `error calling shout: …`. `Function::variadic` is a `func(...interface{})`.
//! let mut funcs = FuncMap::sprig();
//! funcs.insert(
//!     "shout",
//!     Function::new(&[Type::String], None, |args| {
//!         Ok(Value::from(args[0].as_str().unwrap_or_default().to_uppercase()))
//!     }),
//! );
//! // Parse once (unknown functions fail here, as in Go), execute many times.
//! let tmpl = Template::new("inject").funcs(funcs).parse(r#"{{ shout .Meta.Name }}:{{ .Values.port }}"#).unwrap();
//!
//! // Data: structs by Go field name (methods looked up first), maps with string keys, JSON
//! // converted as Go's decoder does it (numbers become float64).
//! let meta = Struct::new("v1.ObjectMeta").field("Name", "web").field("Annotations", Value::nil_map(Type::String));
//! let values = Value::from(serde_json::json!({"port": 15020}));
//! let data = Value::from(Struct::new("Data").field("Meta", meta).field("Values", values));
//! assert_eq!(tmpl.execute(&data).unwrap(), "WEB:15020");
//! ```
//! Typed nil pointers are [`Struct::nil_pointer`] with their getters declared; proto enums and
//! durations are [`Value::enumeration`] and [`Value::duration`].
//!
//! # Fidelity
//! Checked against Go's text/template on the recorded cases in `src/testdata` (generic JSON
//! data and typed structs; tests replay them). Deliberate limits, none of which the injection
//! templates reach:
//! - `template` calls nest at most 100 deep (Go: 100,000) and parentheses/control structures
//!   200 deep (Go: 10,000), so deep input fails with Go's messages instead of overflowing the
//!   stack;
//! - map keys are strings; complex and hex-float literals are rejected as illegal numbers;
//!   `call` has no function values to call;
//! - a pointer to a struct inside a map or slice prints as `&{…}`, not as Go's address;
//! - integers carry no width: errors and `%T` name them `int`/`uint` where Go says `int64`,
//!   `int32` …;
//! - `range` over an integer iterates as Go 1.22+ does; the recorded cases are from Go 1.19,
//!   so they contain no `range` over an integer and no `else with`.

// `Error` keeps Go's context (template, line, column, node, message) in public fields, the
// API the injector builds on; errors are the cold path, so their size does not matter.
#![allow(clippy::result_large_err)]

mod builtin;
mod error;
mod exec;
mod fmt;
mod func;
mod lex;
mod parse;
mod sprig;
mod value;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Arc;

pub use error::{Error, ErrorKind};
pub use fmt::{duration_string, format_float_v, quote as go_quote, sprint, sprint_value, sprintf, sprintln};
pub use func::{Func, FuncMap, Function};
pub use value::{List, Map, Object, Stringer, Struct, Type, Value};

/// A parsed template and the templates it defines. Cheap to clone and shareable across
/// threads; parse once, execute many times.
#[derive(Clone)]
pub struct Template {
    name: String,
    funcs: Arc<FuncMap>,
    trees: Arc<HashMap<String, Arc<parse::Tree>>>,
}

impl Template {
    /// A new, empty template named `name` (the name errors carry).
    pub fn new(name: &str) -> Template {
        Template { name: name.into(), funcs: Arc::new(FuncMap::new()), trees: Arc::new(HashMap::new()) }
    }

    /// Adds functions; later additions replace earlier names. Call before `parse`.
    pub fn funcs(mut self, map: FuncMap) -> Template {
        Arc::make_mut(&mut self.funcs).extend(&map);
        self
    }

    /// Parses `text` as the body of this template. `define`/`block` add named templates;
    /// parsing again adds to (and may redefine) them, as Go does.
    pub fn parse(mut self, text: &str) -> Result<Template, Error> {
        let parsed = parse::parse(&self.name, text, &self.funcs)?;
        let trees = Arc::make_mut(&mut self.trees);
        for (name, tree) in parsed {
            // Go keeps an existing definition when the new one is empty.
            if trees.contains_key(&name) && tree.is_empty() {
                continue;
            }
            trees.insert(name, Arc::new(tree));
        }
        Ok(self)
    }

    /// The template's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether a template of that name is defined (the main one included, once non-empty).
    pub fn lookup(&self, name: &str) -> bool {
        self.trees.contains_key(name)
    }

    /// The names of all defined templates, sorted.
    pub fn defined_templates(&self) -> Vec<String> {
        let mut names: Vec<String> = self.trees.keys().cloned().collect();
        names.sort();
        names
    }

    /// Executes the main template with `data` as dot.
    pub fn execute(&self, data: &Value) -> Result<String, Error> {
        self.execute_template(&self.name, data)
    }

    /// Executes the named template with `data` as dot.
    pub fn execute_template(&self, name: &str, data: &Value) -> Result<String, Error> {
        let Some(tree) = self.trees.get(name) else {
            return Err(if name == self.name {
                Error::other(
                    &self.name,
                    format!("{}: {:?} is an incomplete or empty template", self.name, name),
                )
            } else {
                Error::other(
                    &self.name,
                    format!("no template {:?} associated with template {:?}", name, self.name),
                )
            });
        };
        exec::execute(self, tree, data)
    }
}
