//! The executor: walks a parse tree with Go's semantics — variables on one stack with
//! block marks (`=` assigns the nearest declaration), interface unwrapping after each
//! pipeline command, field/method/map lookup, argument checking against function
//! signatures, short-circuit `and`/`or`, range/break/continue, template calls with a fresh
//! variable scope — and reports errors at the node Go reports them at. Owns no function
//! bodies (see `builtin`, `sprig`) and no printing rules (see `fmt`).

use crate::Template;
use crate::builtin;
use crate::error::{Error, ErrorKind};
use crate::func::Function;
use crate::parse::{Arg, Branch, Command, Node, Pipe, TemplateCall, Tree};
use crate::value::{Type, Value};

/// Deepest `template` call nesting (Go allows 100,000; a recursive walker must stop earlier).
const MAX_EXEC_DEPTH: usize = 100;

pub(crate) fn execute(tmpl: &Template, tree: &Tree, data: &Value) -> Result<String, Error> {
    let mut s = State {
        tmpl,
        tree,
        vars: vec![("$", data.clone(), false)],
        dot_iface: false,
        out: String::with_capacity(4096),
        node: Cur::None,
        depth: 0,
    };
    s.walk_list(data, &tree.root)?;
    Ok(s.out)
}

/// The node errors are reported at (Go's `state.at`).
#[derive(Clone, Copy)]
enum Cur<'a> {
    None,
    Node(&'a Node),
    Arg(&'a Arg),
    Cmd(&'a Command),
    Pipe(&'a Pipe),
}

impl Cur<'_> {
    fn pos(&self) -> usize {
        match self {
            Cur::None => 0,
            Cur::Node(n) => match n {
                Node::Text(_) => 0,
                Node::Action(a) => a.pos,
                Node::If(b) | Node::Range(b) | Node::With(b) => b.pos,
                Node::Template(t) => t.pos,
                Node::Break(p) | Node::Continue(p) => *p,
            },
            Cur::Arg(a) => a.pos(),
            Cur::Cmd(c) => c.pos,
            Cur::Pipe(p) => p.pos,
        }
    }

    fn text(&self) -> String {
        match self {
            Cur::None => String::new(),
            Cur::Node(n) => n.to_string(),
            Cur::Arg(a) => a.to_string(),
            Cur::Cmd(c) => c.to_string(),
            Cur::Pipe(p) => p.to_string(),
        }
    }
}

/// How a walk ended.
#[derive(PartialEq)]
enum Flow {
    Normal,
    Break,
    Continue,
}

type R<T> = Result<T, Error>;

struct State<'a> {
    tmpl: &'a Template,
    tree: &'a Tree,
    /// Variables, innermost last: name, value, and whether the value sits in an
    /// `interface {}` slot (Go then names that type in field errors).
    vars: Vec<(&'a str, Value, bool)>,
    /// Whether dot sits in an `interface {}` slot (a range element of a generic collection).
    dot_iface: bool,
    out: String,
    node: Cur<'a>,
    depth: usize,
}

/// Go's interface unwrapping of a pipeline result: a nil interface becomes no value.
fn unwrap_iface(v: Value) -> Value {
    if matches!(v, Value::Nil) { Value::Missing } else { v }
}

impl<'a> State<'a> {
    fn at(&mut self, c: Cur<'a>) {
        self.node = c;
    }

    fn errorf(&self, msg: impl Into<String>) -> Error {
        let message = msg.into();
        if let Cur::None = self.node {
            return Error {
                kind: ErrorKind::Other,
                template: self.tree.parse_name.to_string(),
                line: 0,
                col: None,
                executing: self.tree.name.clone(),
                node: String::new(),
                message: format!("{}: {}", self.tree.name, message),
            };
        }
        let (line, col) = self.tree.location(self.node.pos());
        let context = self.node.text();
        Error {
            kind: ErrorKind::Exec,
            template: self.tree.parse_name.to_string(),
            line,
            col: Some(col),
            executing: self.tree.name.clone(),
            node: context,
            message,
        }
    }

    fn walk_list(&mut self, dot: &Value, list: &'a [Node]) -> R<Flow> {
        for n in list {
            let f = self.walk(dot, n)?;
            if f != Flow::Normal {
                return Ok(f);
            }
        }
        Ok(Flow::Normal)
    }

    fn walk(&mut self, dot: &Value, node: &'a Node) -> R<Flow> {
        self.at(Cur::Node(node));
        match node {
            Node::Text(t) => self.out.push_str(t),
            Node::Action(a) => {
                let v = self.eval_pipeline(dot, &a.pipe)?;
                if a.pipe.decl.is_empty() {
                    self.at(Cur::Node(node));
                    self.print_value(&v);
                }
            }
            Node::If(b) => return self.walk_if_or_with(dot, b, false),
            Node::With(b) => return self.walk_if_or_with(dot, b, true),
            Node::Range(b) => return self.walk_range(dot, node, b),
            Node::Template(t) => self.walk_template(dot, node, t)?,
            Node::Break(_) => return Ok(Flow::Break),
            Node::Continue(_) => return Ok(Flow::Continue),
        }
        Ok(Flow::Normal)
    }

    fn print_value(&mut self, v: &Value) {
        crate::fmt::write_action(&mut self.out, v);
    }

    fn walk_if_or_with(&mut self, dot: &Value, b: &'a Branch, with: bool) -> R<Flow> {
        let mark = self.vars.len();
        let val = self.eval_pipeline(dot, &b.pipe)?;
        let flow = if val.truth() {
            if with {
                let saved_iface = std::mem::replace(&mut self.dot_iface, false);
                let f = self.walk_list(&val, &b.list);
                self.dot_iface = saved_iface;
                f?
            } else {
                self.walk_list(dot, &b.list)?
            }
        } else if let Some(e) = &b.else_list {
            self.walk_list(dot, e)?
        } else {
            Flow::Normal
        };
        self.vars.truncate(mark);
        Ok(flow)
    }

    fn walk_range(&mut self, dot: &Value, node: &'a Node, b: &'a Branch) -> R<Flow> {
        self.at(Cur::Node(node));
        let mark = self.vars.len();
        let val = self.eval_pipeline(dot, &b.pipe)?;
        let inner_mark = self.vars.len();
        let elem_iface = match &val {
            Value::List(l) => l.elem == Type::Interface,
            Value::Map(m) => m.elem == Type::Interface,
            _ => false,
        };
        // Iterations run lazily (a large integer range allocates nothing); each returns
        // whether to go on.
        let mut ran = false;
        let mut step = |s: &mut Self, index: Value, elem: Value| -> R<bool> {
            ran = true;
            s.one_iteration(b, index, elem, elem_iface, inner_mark)
        };
        let walked: R<()> = (|| {
            match &val {
                Value::List(l) => {
                    for (i, v) in l.items.iter().flatten().enumerate() {
                        if !step(self, Value::Int(i as i64), v.clone())? {
                            break;
                        }
                    }
                }
                Value::Map(m) => {
                    for (k, v) in m.entries.iter().flatten() {
                        if !step(self, Value::from(k.as_str()), v.clone())? {
                            break;
                        }
                    }
                }
                Value::Int(_) | Value::Uint(_) | Value::Stringer(_) if val.as_int().is_some() => {
                    if b.pipe.decl.len() > 1 {
                        return Err(self.errorf(format!(
                            "can't use {} to iterate over more than one variable",
                            crate::fmt::sprint_value(&val)
                        )));
                    }
                    for i in 0..val.as_int().unwrap_or(0).max(0) {
                        if !step(self, Value::Int(i), Value::Int(i))? {
                            break;
                        }
                    }
                }
                Value::Missing | Value::Nil => {}
                other => {
                    let shown =
                        if other.is_nil() { "<nil>".to_string() } else { crate::fmt::sprint_value(other) };
                    return Err(self.errorf(format!("range can't iterate over {shown}")));
                }
            }
            Ok(())
        })();
        let mut result = walked.map(|_| Flow::Normal);
        if result.is_ok()
            && !ran
            && let Some(e) = &b.else_list
        {
            result = self.walk_list(dot, e).map(|_| Flow::Normal);
        }
        self.vars.truncate(mark);
        result
    }

    /// One pass of a range body; false after `{{break}}`.
    fn one_iteration(
        &mut self,
        b: &'a Branch,
        index: Value,
        elem: Value,
        elem_iface: bool,
        inner_mark: usize,
    ) -> R<bool> {
        self.set_range_vars(b, index, elem.clone(), elem_iface)?;
        let saved_iface = std::mem::replace(&mut self.dot_iface, elem_iface);
        let f = self.walk_list(&elem, &b.list);
        self.dot_iface = saved_iface;
        self.vars.truncate(inner_mark);
        Ok(f? != Flow::Break)
    }

    fn set_range_vars(&mut self, b: &'a Branch, index: Value, elem: Value, iface: bool) -> R<()> {
        let decl = &b.pipe.decl;
        if decl.is_empty() {
            return Ok(());
        }
        if b.pipe.is_assign {
            if decl.len() > 1 {
                self.set_var(&decl[0].1, index, false)?;
                self.set_var(&decl[1].1, elem, iface)?;
            } else {
                self.set_var(&decl[0].1, elem, iface)?;
            }
        } else {
            // The pipeline pushed the declarations: the top one (lexically last) is the element.
            let n = self.vars.len();
            self.vars[n - 1].1 = elem;
            self.vars[n - 1].2 = iface;
            if decl.len() > 1 {
                self.vars[n - 2].1 = index;
                self.vars[n - 2].2 = false;
            }
        }
        Ok(())
    }

    fn walk_template(&mut self, dot: &Value, node: &'a Node, t: &'a TemplateCall) -> R<()> {
        self.at(Cur::Node(node));
        let Some(tree) = self.tmpl.trees.get(&t.name) else {
            return Err(self.errorf(format!("template {:?} not defined", t.name)));
        };
        if self.depth >= MAX_EXEC_DEPTH {
            return Err(self.errorf(format!("exceeded maximum template depth ({MAX_EXEC_DEPTH})")));
        }
        let new_dot = match &t.pipe {
            Some(p) => self.eval_pipeline(dot, p)?,
            None => Value::Missing,
        };
        let tree: &'a Tree = tree;
        let saved_tree = std::mem::replace(&mut self.tree, tree);
        let saved_vars = std::mem::replace(&mut self.vars, vec![("$", new_dot.clone(), false)]);
        let saved_iface = std::mem::replace(&mut self.dot_iface, false);
        self.depth += 1;
        let r = self.walk_list(&new_dot, &tree.root);
        self.depth -= 1;
        self.dot_iface = saved_iface;
        self.vars = saved_vars;
        self.tree = saved_tree;
        r.map(|_| ())
    }

    fn set_var(&mut self, name: &str, value: Value, iface: bool) -> R<()> {
        for v in self.vars.iter_mut().rev() {
            if v.0 == name {
                v.1 = value;
                v.2 = iface;
                return Ok(());
            }
        }
        Err(self.errorf(format!("undefined variable: {name}")))
    }

    /// A variable's value and whether it sits in an `interface {}` slot.
    fn var_value(&self, name: &str) -> R<(Value, bool)> {
        for v in self.vars.iter().rev() {
            if v.0 == name {
                return Ok((v.1.clone(), v.2));
            }
        }
        Err(self.errorf(format!("undefined variable: {name}")))
    }

    fn eval_pipeline(&mut self, dot: &Value, pipe: &'a Pipe) -> R<Value> {
        self.at(Cur::Pipe(pipe));
        let mut value = Value::Missing;
        let mut have_final = false;
        for cmd in &pipe.cmds {
            let final_ = if have_final { Some(value) } else { None };
            value = unwrap_iface(self.eval_command(dot, cmd, final_)?);
            have_final = true;
        }
        for (_, name) in &pipe.decl {
            if pipe.is_assign {
                self.set_var(name, value.clone(), false)?;
            } else {
                self.vars.push((name.as_str(), value.clone(), false));
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, args: &[Arg], final_: &Option<Value>) -> R<()> {
        if args.len() > 1 || final_.is_some() {
            return Err(self.errorf(format!("can't give argument to non-function {}", args[0])));
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &Value, cmd: &'a Command, final_: Option<Value>) -> R<Value> {
        let first = &cmd.args[0];
        match first {
            Arg::Field { idents, .. } => {
                self.at(Cur::Arg(first));
                let iface = self.dot_iface;
                return self.eval_field_chain(dot, (dot.clone(), iface), first, idents, &cmd.args, final_);
            }
            Arg::Chain { node, fields, .. } => {
                self.at(Cur::Arg(first));
                if let Arg::Nil(_) = node.as_ref() {
                    return Err(self.errorf(format!("indirection through explicit nil in {first}")));
                }
                let recv = self.eval_arg(dot, None, node)?;
                return self.eval_field_chain(dot, (recv, false), first, fields, &cmd.args, final_);
            }
            Arg::Identifier { name, .. } => return self.eval_function(dot, first, name, cmd, final_),
            Arg::Pipe(p) => {
                self.not_a_function(&cmd.args, &final_)?;
                return self.eval_pipeline(dot, p);
            }
            Arg::Variable { idents, .. } => {
                self.at(Cur::Arg(first));
                let (v, iface) = self.var_value(&idents[0])?;
                if idents.len() == 1 {
                    self.not_a_function(&cmd.args, &final_)?;
                    return Ok(v);
                }
                return self.eval_field_chain(dot, (v, iface), first, &idents[1..], &cmd.args, final_);
            }
            _ => {}
        }
        self.at(Cur::Arg(first));
        self.not_a_function(&cmd.args, &final_)?;
        match first {
            Arg::Bool(_, b) => Ok(Value::Bool(*b)),
            Arg::Dot(_) => Ok(dot.clone()),
            Arg::Nil(_) => Err(self.errorf("nil is not a command")),
            Arg::Number(_) => self.ideal_constant(first),
            Arg::String { text, .. } => Ok(text.clone()),
            _ => Err(self.errorf(format!("can't evaluate command {:?}", first.to_string()))),
        }
    }

    /// A numeric literal where any type is accepted: int unless written as a float.
    fn ideal_constant(&self, a: &Arg) -> R<Value> {
        let Arg::Number(n) = a else { return Ok(Value::Missing) };
        let t = &n.text;
        let hex_int =
            t.len() > 2 && t.starts_with('0') && matches!(&t[1..2], "x" | "X") && !t.contains(['p', 'P']);
        let rune = t.starts_with('\'');
        if n.float.is_some() && !hex_int && !rune && t.contains(['.', 'e', 'E', 'p', 'P']) {
            return Ok(Value::Float(n.float.unwrap_or(0.0)));
        }
        if let Some(i) = n.int {
            return Ok(Value::Int(i));
        }
        if n.uint.is_some() {
            return Err(self.errorf(format!("{t} overflows int")));
        }
        Ok(Value::Missing)
    }

    fn eval_field_chain(
        &mut self,
        dot: &Value,
        (mut recv, mut iface): (Value, bool),
        node: &'a Arg,
        idents: &'a [String],
        args: &'a [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        let n = idents.len();
        for ident in &idents[..n - 1] {
            let next_iface = matches!(&recv, Value::Map(m) if m.elem == Type::Interface);
            recv = self.eval_field(dot, ident, node, &[], None, (recv, iface))?;
            iface = next_iface;
        }
        self.eval_field(dot, &idents[n - 1], node, args, final_, (recv, iface))
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_field(
        &mut self,
        dot: &Value,
        name: &str,
        node: &'a Arg,
        args: &'a [Arg],
        final_: Option<Value>,
        (recv, iface): (Value, bool),
    ) -> R<Value> {
        let has_args = args.len() > 1 || final_.is_some();
        // Go names the receiver's static type: `interface {}` for a generic map's element.
        let typ = |t: String| if iface { "interface {}".to_string() } else { t };
        match &recv {
            Value::Missing => Ok(Value::Missing),
            Value::Nil => Err(self.errorf(format!("nil pointer evaluating interface {{}}.{name}"))),
            Value::Object(o) => {
                if let Some(m) = o.method(name) {
                    return self.eval_call(dot, &m, false, Cur::Arg(node), name, args, final_);
                }
                match o.field(name) {
                    Some(v) => {
                        if o.is_nil() {
                            return Err(self.errorf(format!(
                                "nil pointer evaluating {}.{name}",
                                typ(o.type_name().to_string())
                            )));
                        }
                        if has_args {
                            return Err(self
                                .errorf(format!("{name} has arguments but cannot be invoked as function")));
                        }
                        Ok(v)
                    }
                    None => Err(self.errorf(format!(
                        "can't evaluate field {name} in type {}",
                        typ(o.type_name().to_string())
                    ))),
                }
            }
            Value::Stringer(s) => {
                if name == "String" {
                    let text = s.text.clone();
                    let f = Function::new(&[], None, move |_| Ok(Value::from(text.as_str())));
                    return self.eval_call(dot, &f, false, Cur::Arg(node), name, args, final_);
                }
                Err(self
                    .errorf(format!("can't evaluate field {name} in type {}", typ(s.type_name.to_string()))))
            }
            Value::Map(m) => {
                if has_args {
                    return Err(self.errorf(format!("{name} is not a method but has arguments")));
                }
                Ok(m.entries.as_ref().and_then(|e| e.get(name)).cloned().unwrap_or(Value::Missing))
            }
            other => {
                Err(self.errorf(format!("can't evaluate field {name} in type {}", typ(other.type_name()))))
            }
        }
    }

    fn eval_function(
        &mut self,
        dot: &Value,
        ident: &'a Arg,
        name: &'a str,
        cmd: &'a Command,
        final_: Option<Value>,
    ) -> R<Value> {
        self.at(Cur::Arg(ident));
        if let Some(f) = self.tmpl.funcs.get(name) {
            let f = f.clone();
            return self.eval_call(dot, &f, false, Cur::Cmd(cmd), name, &cmd.args, final_);
        }
        match builtin::lookup(name) {
            Some(f) => self.eval_call(dot, &f, true, Cur::Cmd(cmd), name, &cmd.args, final_),
            None => Err(self.errorf(format!("{name:?} is not a defined function"))),
        }
    }

    /// Go's `evalCall`: count check, argument evaluation against the signature, then the call.
    #[allow(clippy::too_many_arguments)]
    fn eval_call(
        &mut self,
        dot: &Value,
        f: &Function,
        is_builtin: bool,
        node: Cur<'a>,
        name: &str,
        args: &'a [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        let args: &'a [Arg] = if args.is_empty() { args } else { &args[1..] };
        let num_in = args.len() + usize::from(final_.is_some());
        let fixed = f.params.len();
        match &f.variadic {
            Some(_) => {
                if num_in < fixed {
                    return Err(self.errorf(format!(
                        "wrong number of args for {name}: want at least {fixed} got {}",
                        args.len()
                    )));
                }
            }
            None => {
                if num_in != fixed {
                    return Err(
                        self.errorf(format!("wrong number of args for {name}: want {fixed} got {num_in}"))
                    );
                }
            }
        }
        // and/or short-circuit and return the deciding value.
        if is_builtin && (name == "and" || name == "or") {
            let want = name == "or";
            let mut v = Value::Missing;
            for a in args {
                v = self.eval_arg(dot, Some(&*builtin::REFLECT), a)?;
                if v.truth() == want {
                    return Ok(v);
                }
            }
            if let Some(fv) = final_ {
                v = fv;
            }
            return Ok(v);
        }
        let mut argv = Vec::with_capacity(num_in);
        for (i, a) in args.iter().enumerate() {
            let t = if i < fixed { Some(&f.params[i]) } else { f.variadic.as_ref() };
            let v = self.eval_arg(dot, t, a)?;
            argv.push(v);
        }
        if let Some(fv) = final_ {
            let t = if num_in - 1 < fixed { Some(&f.params[num_in - 1]) } else { f.variadic.as_ref() };
            let v = self.validate_type(fv, t)?;
            argv.push(v);
        }
        match f.call(&argv) {
            Ok(v) => Ok(v),
            Err(e) => {
                self.at(node);
                Err(self.errorf(format!("error calling {name}: {e}")))
            }
        }
    }

    /// Go's `validateType`: makes `value` fit a parameter type, or fails with Go's message.
    /// `None` is an untyped position (a chain's receiver); `builtin::REFLECT` passes anything.
    fn validate_type(&self, value: Value, typ: Option<&Type>) -> R<Value> {
        let Some(typ) = typ else { return Ok(value) };
        if builtin::is_reflect(typ) {
            return Ok(value);
        }
        if value.is_missing() {
            if typ.can_be_nil() {
                return Ok(typ.zero());
            }
            return Err(self.errorf(format!("invalid value; expected {}", typ.name())));
        }
        let ok = match (typ, &value) {
            (Type::Interface, _) => return Ok(value),
            (Type::String, Value::String(_)) => true,
            (Type::Bool, Value::Bool(_)) => true,
            (Type::Float64, Value::Float(_)) => true,
            (Type::Int, Value::Int(_)) => true,
            (Type::Int, Value::Uint(u)) => return Ok(Value::Int(*u as i64)),
            (Type::Uint, Value::Uint(_)) => true,
            (Type::Uint, Value::Int(i)) => return Ok(Value::Uint(*i as u64)),
            (Type::Int, Value::Stringer(s)) if s.base.as_int().is_some() => {
                return Ok(Value::Int(s.base.as_int().unwrap_or(0)));
            }
            (Type::Named(n), v) => *v.type_name() == **n,
            _ => false,
        };
        if ok {
            return Ok(value);
        }
        let got = if matches!(value, Value::Nil) { "interface {}".to_string() } else { value.type_name() };
        Err(self.errorf(format!("wrong type for value; expected {}; got {}", typ.name(), got)))
    }

    /// Go's `evalArg`: evaluates an argument for a parameter of type `typ`.
    fn eval_arg(&mut self, dot: &Value, typ: Option<&Type>, a: &'a Arg) -> R<Value> {
        self.at(Cur::Arg(a));
        match a {
            Arg::Dot(_) => return self.validate_type(dot.clone(), typ),
            Arg::Nil(_) => {
                return match typ {
                    None => Ok(Value::Nil),
                    Some(t) if builtin::is_reflect(t) => Ok(Value::Nil),
                    Some(t) if t.can_be_nil() => Ok(t.zero()),
                    Some(t) => Err(self.errorf(format!("cannot assign nil to {}", t.name()))),
                };
            }
            Arg::Field { idents, .. } => {
                let recv = (dot.clone(), self.dot_iface);
                let v = self.eval_field_chain(dot, recv, a, idents, std::slice::from_ref(a), None)?;
                return self.validate_type(v, typ);
            }
            Arg::Variable { idents, .. } => {
                let (v, iface) = self.var_value(&idents[0])?;
                let v = if idents.len() == 1 {
                    v
                } else {
                    self.eval_field_chain(dot, (v, iface), a, &idents[1..], std::slice::from_ref(a), None)?
                };
                return self.validate_type(v, typ);
            }
            Arg::Pipe(p) => {
                let v = self.eval_pipeline(dot, p)?;
                return self.validate_type(v, typ);
            }
            Arg::Identifier { name, .. } => {
                let v = self.eval_function_bare(dot, a, name)?;
                return self.validate_type(v, typ);
            }
            Arg::Chain { node, fields, .. } => {
                self.at(Cur::Arg(a));
                if let Arg::Nil(_) = node.as_ref() {
                    return Err(self.errorf(format!("indirection through explicit nil in {a}")));
                }
                let recv = self.eval_arg(dot, None, node)?;
                let v =
                    self.eval_field_chain(dot, (recv, false), a, fields, std::slice::from_ref(a), None)?;
                return self.validate_type(v, typ);
            }
            _ => {}
        }
        let typ = match typ {
            None => &Type::Interface,
            Some(t) if builtin::is_reflect(t) => &Type::Interface,
            Some(t) => t,
        };
        match typ {
            Type::Bool => match a {
                Arg::Bool(_, b) => Ok(Value::Bool(*b)),
                _ => Err(self.errorf(format!("expected bool; found {a}"))),
            },
            Type::Float64 => match a {
                Arg::Number(n) if n.float.is_some() => Ok(Value::Float(n.float.unwrap_or(0.0))),
                _ => Err(self.errorf(format!("expected float; found {a}"))),
            },
            Type::Int => match a {
                Arg::Number(n) if n.int.is_some() => Ok(Value::Int(n.int.unwrap_or(0))),
                _ => Err(self.errorf(format!("expected integer; found {a}"))),
            },
            Type::Uint => match a {
                Arg::Number(n) if n.uint.is_some() => Ok(Value::Uint(n.uint.unwrap_or(0))),
                _ => Err(self.errorf(format!("expected unsigned integer; found {a}"))),
            },
            Type::String => match a {
                Arg::String { text, .. } => Ok(text.clone()),
                _ => Err(self.errorf(format!("expected string; found {a}"))),
            },
            Type::Interface => match a {
                Arg::Bool(_, b) => Ok(Value::Bool(*b)),
                Arg::Number(_) => self.ideal_constant(a),
                Arg::String { text, .. } => Ok(text.clone()),
                _ => Err(self.errorf(format!("can't handle {a} for arg of type interface {{}}"))),
            },
            Type::Named(n) => Err(self.errorf(format!("can't handle {a} for arg of type {n}"))),
        }
    }

    /// A function named as an argument (`f g`): called with no arguments.
    fn eval_function_bare(&mut self, dot: &Value, ident: &'a Arg, name: &str) -> R<Value> {
        self.at(Cur::Arg(ident));
        let (f, is_builtin) = match self.tmpl.funcs.get(name) {
            Some(f) => (f.clone(), false),
            None => match builtin::lookup(name) {
                Some(f) => (f, true),
                None => return Err(self.errorf(format!("{name:?} is not a defined function"))),
            },
        };
        self.eval_call(dot, &f, is_builtin, Cur::Arg(ident), name, std::slice::from_ref(ident), None)
    }
}
