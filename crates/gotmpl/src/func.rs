//! Template functions: a Rust closure with a Go signature (parameter types, optional
//! variadic type) so the executor can apply Go's argument-count and assignability rules
//! before the call, and the `FuncMap` a caller fills. Owns no function bodies (those are in
//! `builtin` and `sprig`).

use std::collections::HashMap;
use std::sync::Arc;

use crate::value::{Type, Value};

/// A function body: the arguments, already checked against the signature and converted
/// (integer kinds to the parameter's, missing values to nil for `interface {}` parameters).
/// An `Err` becomes Go's `error calling <name>: <err>`.
pub type Func = Arc<dyn Fn(&[Value]) -> Result<Value, String> + Send + Sync>;

/// A callable with its Go signature.
#[derive(Clone)]
pub struct Function {
    pub(crate) params: Arc<[Type]>,
    pub(crate) variadic: Option<Type>,
    pub(crate) body: Func,
}

impl Function {
    /// A function taking `params`, then any number of `variadic` arguments if given.
    pub fn new(
        params: &[Type],
        variadic: Option<Type>,
        body: impl Fn(&[Value]) -> Result<Value, String> + Send + Sync + 'static,
    ) -> Function {
        Function { params: params.into(), variadic, body: Arc::new(body) }
    }

    /// A `func(...interface{})`: any arguments, unchecked.
    pub fn variadic(body: impl Fn(&[Value]) -> Result<Value, String> + Send + Sync + 'static) -> Function {
        Function::new(&[], Some(Type::Interface), body)
    }

    /// Calls the body directly (no signature checks).
    pub fn call(&self, args: &[Value]) -> Result<Value, String> {
        (self.body)(args)
    }

    /// The fixed parameters.
    pub fn params(&self) -> &[Type] {
        &self.params
    }

    /// The variadic parameter type, if any.
    pub fn variadic_type(&self) -> Option<&Type> {
        self.variadic.as_ref()
    }
}

/// Functions by name, as Go's `template.FuncMap`. Names added later replace earlier ones,
/// and every name here overrides a built-in of the same name.
#[derive(Clone, Default)]
pub struct FuncMap {
    map: HashMap<String, Function>,
}

impl FuncMap {
    /// An empty map (the template still has Go's built-ins).
    pub fn new() -> FuncMap {
        FuncMap::default()
    }

    /// The generic Sprig functions the injection templates call (see the `sprig` module).
    pub fn sprig() -> FuncMap {
        crate::sprig::funcs()
    }

    /// Adds or replaces a function.
    pub fn insert(&mut self, name: &str, function: Function) {
        self.map.insert(name.to_string(), function);
    }

    /// Adds or replaces a function, builder style.
    pub fn with(mut self, name: &str, function: Function) -> FuncMap {
        self.insert(name, function);
        self
    }

    /// Adds every function of `other`, replacing same-named ones.
    pub fn extend(&mut self, other: &FuncMap) {
        for (k, v) in &other.map {
            self.map.insert(k.clone(), v.clone());
        }
    }

    /// A function by name.
    pub fn get(&self, name: &str) -> Option<&Function> {
        self.map.get(name)
    }

    /// Whether the name is defined here.
    pub fn contains(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    /// The names, unordered.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }
}
