//! The parser: lexer items into Go's parse trees (actions, pipelines with declarations,
//! commands, operands and field chains, if/range/with/else chains, define/template/block,
//! break/continue), with Go's parse-time checks (unknown functions, undefined variables,
//! misplaced keywords) and messages. Owns the tree types and their Go `String()` forms;
//! it never evaluates anything.

use std::fmt;
use std::sync::Arc;

use crate::error::Error;
use crate::func::FuncMap;
use crate::lex::{Item, ItemType, lex};
use crate::value::Value;

/// Go's built-in function names (always defined at parse time).
pub(crate) const BUILTINS: &[&str] = &[
    "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println",
    "urlquery", "eq", "ge", "gt", "le", "lt", "ne",
];

/// Deepest nesting of parentheses and control structures the parser accepts (Go allows
/// 10,000; a recursive Rust parser must stop far earlier to stay within its stack).
const MAX_DEPTH: usize = 200;

/// One named template: its body and the text it was parsed from (for error positions).
pub(crate) struct Tree {
    pub name: String,
    pub parse_name: Arc<str>,
    pub text: Arc<str>,
    pub root: Vec<Node>,
}

impl Tree {
    /// Go's `IsEmptyTree`: only whitespace text.
    pub fn is_empty(&self) -> bool {
        self.root.iter().all(|n| matches!(n, Node::Text(t) if t.trim().is_empty()))
    }

    /// Go's `ErrorContext` location: `name:line:col` with a 0-based byte column.
    pub fn location(&self, pos: usize) -> (usize, usize) {
        let pos = pos.min(self.text.len());
        let before = &self.text[..pos];
        let line = 1 + before.matches('\n').count();
        let col = match before.rfind('\n') {
            Some(nl) => pos - nl - 1,
            None => pos,
        };
        (line, col)
    }
}

/// A node of a template body.
pub(crate) enum Node {
    Text(String),
    Action(Action),
    If(Branch),
    Range(Branch),
    With(Branch),
    Template(TemplateCall),
    Break(usize),
    Continue(usize),
}

pub(crate) struct Action {
    pub pos: usize,
    pub pipe: Pipe,
}

/// `if`, `range` or `with`: the pipeline, the body and the optional else body.
pub(crate) struct Branch {
    pub pos: usize,
    pub pipe: Pipe,
    pub list: Vec<Node>,
    pub else_list: Option<Vec<Node>>,
}

pub(crate) struct TemplateCall {
    pub pos: usize,
    pub name: String,
    pub pipe: Option<Pipe>,
}

/// A pipeline: optional declarations (`$x :=`, `$i, $v :=`, `$x =`) and commands.
pub(crate) struct Pipe {
    pub pos: usize,
    pub is_assign: bool,
    pub decl: Vec<(usize, String)>,
    pub cmds: Vec<Command>,
}

/// One command: the operands; the first is the function, field or value.
pub(crate) struct Command {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// An operand.
pub(crate) enum Arg {
    /// `.A.B`: the identifiers without dots.
    Field {
        pos: usize,
        idents: Vec<String>,
    },
    /// `$x.A`: `$x` first.
    Variable {
        pos: usize,
        idents: Vec<String>,
    },
    /// `(pipe).A` or another term followed by fields.
    Chain {
        pos: usize,
        node: Box<Arg>,
        fields: Vec<String>,
    },
    Identifier {
        pos: usize,
        name: String,
    },
    Dot(usize),
    Nil(usize),
    Bool(usize, bool),
    Number(Box<Number>),
    /// The literal as written and its value (built once).
    String {
        pos: usize,
        quoted: String,
        text: Value,
    },
    Pipe(Box<Pipe>),
}

/// A numeric literal with every reading Go's parser found valid.
pub(crate) struct Number {
    pub pos: usize,
    pub text: String,
    pub int: Option<i64>,
    pub uint: Option<u64>,
    pub float: Option<f64>,
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Variable { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Identifier { pos, .. }
            | Arg::Dot(pos)
            | Arg::Nil(pos)
            | Arg::Bool(pos, _)
            | Arg::String { pos, .. } => *pos,
            Arg::Number(n) => n.pos,
            Arg::Pipe(p) => p.pos,
        }
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Field { idents, .. } => {
                for i in idents {
                    write!(f, ".{i}")?;
                }
                Ok(())
            }
            Arg::Variable { idents, .. } => write!(f, "{}", idents.join(".")),
            Arg::Chain { node, fields, .. } => {
                if let Arg::Pipe(p) = node.as_ref() {
                    write!(f, "({p})")?;
                } else {
                    write!(f, "{node}")?;
                }
                for field in fields {
                    write!(f, ".{field}")?;
                }
                Ok(())
            }
            Arg::Identifier { name, .. } => f.write_str(name),
            Arg::Dot(_) => f.write_str("."),
            Arg::Nil(_) => f.write_str("nil"),
            Arg::Bool(_, b) => write!(f, "{b}"),
            Arg::Number(n) => f.write_str(&n.text),
            Arg::String { quoted, .. } => f.write_str(quoted),
            Arg::Pipe(p) => write!(f, "{p}"),
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            if let Arg::Pipe(p) = a {
                write!(f, "({p})")?;
            } else {
                write!(f, "{a}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for Pipe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.decl.is_empty() {
            for (i, (_, v)) in self.decl.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                f.write_str(v)?;
            }
            f.write_str(if self.is_assign { " = " } else { " := " })?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

/// Writes a list of nodes as Go's `ListNode.String()`.
pub(crate) fn write_list(f: &mut fmt::Formatter<'_>, list: &[Node]) -> fmt::Result {
    for n in list {
        write!(f, "{n}")?;
    }
    Ok(())
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let branch = |f: &mut fmt::Formatter<'_>, kw: &str, b: &Branch| -> fmt::Result {
            write!(f, "{{{{{kw} {}}}}}", b.pipe)?;
            write_list(f, &b.list)?;
            if let Some(e) = &b.else_list {
                f.write_str("{{else}}")?;
                write_list(f, e)?;
            }
            f.write_str("{{end}}")
        };
        match self {
            Node::Text(t) => f.write_str(t),
            Node::Action(a) => write!(f, "{{{{{}}}}}", a.pipe),
            Node::If(b) => branch(f, "if", b),
            Node::Range(b) => branch(f, "range", b),
            Node::With(b) => branch(f, "with", b),
            Node::Template(t) => match &t.pipe {
                None => write!(f, "{{{{template {}}}}}", crate::fmt::quote(&t.name)),
                Some(p) => write!(f, "{{{{template {} {p}}}}}", crate::fmt::quote(&t.name)),
            },
            Node::Break(_) => f.write_str("{{break}}"),
            Node::Continue(_) => f.write_str("{{continue}}"),
        }
    }
}

/// Parses `text` as template `name`; returns every tree it defines (the main one included).
pub(crate) fn parse(name: &str, text: &str, funcs: &FuncMap) -> Result<Vec<(String, Tree)>, Error> {
    let items = lex(text, "", "");
    let mut p = Parser {
        items,
        i: 0,
        furthest: 0,
        vars: vec!["$".into()],
        range_depth: 0,
        depth: 0,
        action_line: 0,
        funcs,
        parse_name: Arc::from(name),
        text: Arc::from(text),
        trees: Vec::new(),
    };
    let root = p.parse_top()?;
    let main = Tree { name: name.into(), parse_name: p.parse_name.clone(), text: p.text.clone(), root };
    p.add(main)?;
    Ok(p.trees)
}

struct Parser<'a> {
    items: Vec<Item<'a>>,
    i: usize,
    furthest: usize,
    vars: Vec<String>,
    range_depth: usize,
    depth: usize,
    action_line: usize,
    funcs: &'a FuncMap,
    parse_name: Arc<str>,
    text: Arc<str>,
    trees: Vec<(String, Tree)>,
}

type PResult<T> = Result<T, Error>;

/// What ended an item list.
enum End {
    End,
    Else,
}

impl<'a> Parser<'a> {
    fn next(&mut self) -> Item<'a> {
        let it = self.items[self.i.min(self.items.len() - 1)].clone();
        self.i = (self.i + 1).min(self.items.len());
        self.furthest = self.furthest.max(self.i - 1);
        it
    }

    fn backup(&mut self) {
        self.i = self.i.saturating_sub(1);
    }

    fn peek(&mut self) -> Item<'a> {
        self.items[self.i.min(self.items.len() - 1)].clone()
    }

    fn peek_type(&self) -> ItemType {
        self.items[self.i.min(self.items.len() - 1)].typ
    }

    fn next_non_space(&mut self) -> Item<'a> {
        loop {
            let t = self.next();
            if t.typ != ItemType::Space {
                return t;
            }
        }
    }

    fn peek_non_space(&mut self) -> Item<'a> {
        let t = self.next_non_space();
        self.backup();
        t
    }

    fn errorf(&self, msg: String) -> Error {
        let line = self.items[self.furthest.min(self.items.len() - 1)].line;
        Error::parse(&self.parse_name, line, msg)
    }

    /// Go's `unexpected`: a lexer error reads as itself.
    fn unexpected(&self, token: &Item, context: &str) -> Error {
        if token.typ == ItemType::Error {
            let mut extra = String::new();
            if self.action_line != 0 && self.action_line != token.line {
                extra = format!(" in action started at {}:{}", self.parse_name, self.action_line);
                if token.val.ends_with(" action") {
                    extra = extra[" in action".len()..].to_string();
                }
            }
            return Error::parse(&self.parse_name, token.line, format!("{}{}", token.val, extra));
        }
        self.errorf(format!("unexpected {} in {}", token.describe(), context))
    }

    fn expect(&mut self, typ: ItemType, context: &str) -> PResult<Item<'a>> {
        let t = self.next_non_space();
        if t.typ != typ {
            return Err(self.unexpected(&t, context));
        }
        Ok(t)
    }

    fn deeper(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.errorf("max expression depth exceeded".into()));
        }
        Ok(())
    }

    /// Adds a finished tree: Go's `add`, refusing two non-empty definitions.
    fn add(&mut self, tree: Tree) -> PResult<()> {
        if let Some(slot) = self.trees.iter_mut().find(|(n, _)| *n == tree.name) {
            if slot.1.is_empty() {
                slot.1 = tree;
                return Ok(());
            }
            if !tree.is_empty() {
                return Err(self.errorf(format!("template: multiple definition of template {:?}", tree.name)));
            }
            return Ok(());
        }
        self.trees.push((tree.name.clone(), tree));
        Ok(())
    }

    fn parse_top(&mut self) -> PResult<Vec<Node>> {
        let mut root = Vec::new();
        while self.peek_type() != ItemType::Eof {
            if self.peek_type() == ItemType::LeftDelim {
                let save = self.i;
                let delim = self.next();
                if self.next_non_space().typ == ItemType::Define {
                    self.action_line = delim.line;
                    self.parse_definition()?;
                    self.action_line = 0;
                    continue;
                }
                self.i = save;
            }
            match self.text_or_action()? {
                Parsed::Node(n) => root.push(n),
                Parsed::End => return Err(self.errorf("unexpected {{end}}".into())),
                Parsed::Else(_) => return Err(self.errorf("unexpected {{else}}".into())),
            }
        }
        Ok(root)
    }

    fn parse_definition(&mut self) -> PResult<()> {
        let context = "define clause";
        let t = self.next_non_space();
        let name = match t.typ {
            ItemType::String | ItemType::RawString => self.unquote(&t)?,
            _ => return Err(self.unexpected(&t, context)),
        };
        self.expect(ItemType::RightDelim, context)?;
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$".into()]);
        let saved_range = std::mem::replace(&mut self.range_depth, 0);
        let (root, end) = self.item_list()?;
        self.vars = saved_vars;
        self.range_depth = saved_range;
        if let End::Else = end {
            return Err(self.errorf(format!("unexpected {{{{else}}}} in {context}")));
        }
        let tree = Tree { name, parse_name: self.parse_name.clone(), text: self.text.clone(), root };
        self.add(tree)
    }

    /// Nodes up to `{{end}}` or `{{else}}`.
    fn item_list(&mut self) -> PResult<(Vec<Node>, End)> {
        let mut list = Vec::new();
        while self.peek_non_space().typ != ItemType::Eof {
            match self.text_or_action()? {
                Parsed::Node(n) => list.push(n),
                Parsed::End => return Ok((list, End::End)),
                Parsed::Else(_) => return Ok((list, End::Else)),
            }
        }
        // An error item may stand where EOF was expected.
        let t = self.peek();
        if t.typ == ItemType::Error {
            return Err(self.unexpected(&t, "input"));
        }
        Err(self.errorf("unexpected EOF".into()))
    }

    fn text_or_action(&mut self) -> PResult<Parsed> {
        let t = self.next_non_space();
        match t.typ {
            ItemType::Text => Ok(Parsed::Node(Node::Text(t.val.into_owned()))),
            ItemType::LeftDelim => {
                self.action_line = t.line;
                let r = self.action();
                self.action_line = 0;
                r
            }
            _ => Err(self.unexpected(&t, "input")),
        }
    }

    fn action(&mut self) -> PResult<Parsed> {
        let t = self.next_non_space();
        match t.typ {
            ItemType::Block => return self.block_control().map(Parsed::Node),
            ItemType::Break => return self.break_control(t.pos, "break").map(Parsed::Node),
            ItemType::Continue => return self.break_control(t.pos, "continue").map(Parsed::Node),
            ItemType::Else => return self.else_control(),
            ItemType::End => {
                self.expect(ItemType::RightDelim, "end")?;
                return Ok(Parsed::End);
            }
            ItemType::If => return self.control("if").map(|b| Parsed::Node(Node::If(b))),
            ItemType::Range => return self.control("range").map(|b| Parsed::Node(Node::Range(b))),
            ItemType::Template => return self.template_control().map(Parsed::Node),
            ItemType::With => return self.control("with").map(|b| Parsed::Node(Node::With(b))),
            _ => {}
        }
        self.backup();
        let pos = self.peek().pos;
        let pipe = self.pipeline("command", ItemType::RightDelim)?;
        Ok(Parsed::Node(Node::Action(Action { pos, pipe })))
    }

    fn break_control(&mut self, pos: usize, word: &str) -> PResult<Node> {
        let t = self.next_non_space();
        if t.typ != ItemType::RightDelim {
            return Err(self.unexpected(&t, &format!("{{{{{word}}}}}")));
        }
        if self.range_depth == 0 {
            return Err(self.errorf(format!("{{{{{word}}}}} outside {{{{range}}}}")));
        }
        Ok(if word == "break" { Node::Break(pos) } else { Node::Continue(pos) })
    }

    fn else_control(&mut self) -> PResult<Parsed> {
        let peek = self.peek_non_space();
        if matches!(peek.typ, ItemType::If | ItemType::With) {
            return Ok(Parsed::Else(peek.pos));
        }
        let t = self.expect(ItemType::RightDelim, "else")?;
        Ok(Parsed::Else(t.pos))
    }

    /// `if`/`range`/`with`: variables declared in the pipeline live until `{{end}}`.
    fn control(&mut self, context: &str) -> PResult<Branch> {
        self.deeper()?;
        let mark = self.vars.len();
        let pipe = self.pipeline(context, ItemType::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let (list, end) = self.item_list()?;
        if context == "range" {
            self.range_depth -= 1;
        }
        let mut else_list = None;
        if let End::Else = end {
            let chained = match (context, self.peek_type()) {
                ("if", ItemType::If) => Some("if"),
                ("with", ItemType::With) => Some("with"),
                _ => None,
            };
            if let Some(kw) = chained {
                // `{{else if x}}` is `{{else}}{{if x}}…{{end}}{{end}}` sharing the final end.
                self.next();
                let inner = self.control(kw)?;
                let node = if kw == "if" { Node::If(inner) } else { Node::With(inner) };
                else_list = Some(vec![node]);
            } else {
                let (l, end) = self.item_list()?;
                if let End::Else = end {
                    return Err(self.errorf("expected end; found {{else}}".into()));
                }
                else_list = Some(l);
            }
        }
        self.vars.truncate(mark);
        self.depth -= 1;
        Ok(Branch { pos: pipe.pos, pipe, list, else_list })
    }

    fn template_name(&mut self, t: &Item, context: &str) -> PResult<String> {
        match t.typ {
            ItemType::String | ItemType::RawString => self.unquote(t),
            _ => Err(self.unexpected(t, context)),
        }
    }

    fn template_control(&mut self) -> PResult<Node> {
        let context = "template clause";
        let t = self.next_non_space();
        let name = self.template_name(&t, context)?;
        let pipe = if self.next_non_space().typ != ItemType::RightDelim {
            self.backup();
            Some(self.pipeline(context, ItemType::RightDelim)?)
        } else {
            None
        };
        Ok(Node::Template(TemplateCall { pos: t.pos, name, pipe }))
    }

    fn block_control(&mut self) -> PResult<Node> {
        let context = "block clause";
        let t = self.next_non_space();
        let name = self.template_name(&t, context)?;
        let pipe = self.pipeline(context, ItemType::RightDelim)?;
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$".into()]);
        let saved_range = std::mem::replace(&mut self.range_depth, 0);
        let (root, end) = self.item_list()?;
        self.vars = saved_vars;
        self.range_depth = saved_range;
        if let End::Else = end {
            return Err(self.errorf(format!("unexpected {{{{else}}}} in {context}")));
        }
        let tree =
            Tree { name: name.clone(), parse_name: self.parse_name.clone(), text: self.text.clone(), root };
        self.add(tree)?;
        Ok(Node::Template(TemplateCall { pos: t.pos, name, pipe: Some(pipe) }))
    }

    fn pipeline(&mut self, context: &str, end: ItemType) -> PResult<Pipe> {
        self.deeper()?;
        let first = self.peek_non_space();
        let mut pipe = Pipe { pos: first.pos, is_assign: false, decl: Vec::new(), cmds: Vec::new() };
        // Declarations.
        loop {
            let v = self.peek_non_space();
            if v.typ != ItemType::Variable {
                break;
            }
            let v_index = self.i;
            self.next();
            let next = self.peek_non_space();
            match next.typ {
                ItemType::Assign | ItemType::Declare => {
                    pipe.is_assign = next.typ == ItemType::Assign;
                    self.next_non_space();
                    pipe.decl.push((v.pos, v.val.to_string()));
                    self.vars.push(v.val.to_string());
                    break;
                }
                ItemType::Char if next.val == "," => {
                    self.next_non_space();
                    pipe.decl.push((v.pos, v.val.to_string()));
                    self.vars.push(v.val.to_string());
                    if context == "range" && pipe.decl.len() < 2 {
                        match self.peek_non_space().typ {
                            ItemType::Variable | ItemType::RightDelim | ItemType::RightParen => continue,
                            _ => return Err(self.errorf("range can only initialize variables".into())),
                        }
                    }
                    return Err(self.errorf(format!("too many declarations in {context}")));
                }
                _ => {
                    self.i = v_index;
                    break;
                }
            }
        }
        loop {
            let t = self.next_non_space();
            if t.typ == end {
                self.check_pipeline(&pipe, context)?;
                self.depth -= 1;
                return Ok(pipe);
            }
            match t.typ {
                ItemType::Bool
                | ItemType::CharConstant
                | ItemType::Dot
                | ItemType::Field
                | ItemType::Identifier
                | ItemType::Number
                | ItemType::Nil
                | ItemType::RawString
                | ItemType::String
                | ItemType::Variable
                | ItemType::LeftParen => {
                    self.backup();
                    let c = self.command()?;
                    pipe.cmds.push(c);
                }
                _ => return Err(self.unexpected(&t, context)),
            }
        }
    }

    fn check_pipeline(&self, pipe: &Pipe, context: &str) -> PResult<()> {
        if pipe.cmds.is_empty() {
            return Err(self.errorf(format!("missing value for {context}")));
        }
        for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
            if matches!(
                c.args[0],
                Arg::Bool(..) | Arg::Dot(_) | Arg::Nil(_) | Arg::Number(_) | Arg::String { .. }
            ) {
                return Err(self.errorf(format!("non executable command in pipeline stage {}", i + 1)));
            }
        }
        Ok(())
    }

    fn command(&mut self) -> PResult<Command> {
        let pos = self.peek_non_space().pos;
        let mut cmd = Command { pos, args: Vec::new() };
        loop {
            self.peek_non_space();
            if let Some(op) = self.operand()? {
                cmd.args.push(op);
            }
            let t = self.next();
            match t.typ {
                ItemType::Space => continue,
                ItemType::RightDelim | ItemType::RightParen => self.backup(),
                ItemType::Pipe => {}
                _ => return Err(self.unexpected(&t, "operand")),
            }
            break;
        }
        if cmd.args.is_empty() {
            return Err(self.errorf("empty command".into()));
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(node) = self.term()? else { return Ok(None) };
        if self.peek_type() != ItemType::Field {
            return Ok(Some(node));
        }
        let chain_pos = self.peek().pos;
        let mut fields = Vec::new();
        while self.peek_type() == ItemType::Field {
            fields.push(self.next().val[1..].to_string());
        }
        Ok(Some(match node {
            Arg::Field { mut idents, .. } => {
                idents.extend(fields);
                Arg::Field { pos: chain_pos, idents }
            }
            Arg::Variable { mut idents, .. } => {
                idents.extend(fields);
                Arg::Variable { pos: chain_pos, idents }
            }
            Arg::Bool(..) | Arg::String { .. } | Arg::Number(_) | Arg::Nil(_) | Arg::Dot(_) => {
                return Err(
                    self.errorf(format!("unexpected . after term {}", crate::fmt::quote(&node.to_string())))
                );
            }
            other => Arg::Chain { pos: chain_pos, node: Box::new(other), fields },
        }))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.next_non_space();
        Ok(Some(match t.typ {
            ItemType::Identifier => {
                if !self.funcs.contains(&t.val) && !BUILTINS.contains(&&*t.val) {
                    return Err(self.errorf(format!("function {:?} not defined", t.val)));
                }
                Arg::Identifier { pos: t.pos, name: t.val.into_owned() }
            }
            ItemType::Dot => Arg::Dot(t.pos),
            ItemType::Nil => Arg::Nil(t.pos),
            ItemType::Variable => {
                if !self.vars.iter().any(|v| *v == *t.val) {
                    return Err(self.errorf(format!("undefined variable {:?}", t.val)));
                }
                Arg::Variable { pos: t.pos, idents: vec![t.val.into_owned()] }
            }
            ItemType::Field => Arg::Field { pos: t.pos, idents: vec![t.val[1..].to_string()] },
            ItemType::Bool => Arg::Bool(t.pos, t.val == "true"),
            ItemType::CharConstant | ItemType::Number => Arg::Number(Box::new(self.number(&t)?)),
            ItemType::LeftParen => {
                Arg::Pipe(Box::new(self.pipeline("parenthesized pipeline", ItemType::RightParen)?))
            }
            ItemType::String | ItemType::RawString => {
                let text = self.unquote(&t)?;
                Arg::String { pos: t.pos, quoted: t.val.into_owned(), text: Value::from(text) }
            }
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }

    fn unquote(&self, t: &Item) -> PResult<String> {
        unquote(&t.val).ok_or_else(|| self.errorf("invalid syntax".into()))
    }

    fn number(&self, t: &Item) -> PResult<Number> {
        let text = t.val.to_string();
        let mut n = Number { pos: t.pos, text: text.clone(), int: None, uint: None, float: None };
        if t.typ == ItemType::CharConstant {
            let c = unquote_char(&text)
                .ok_or_else(|| self.errorf(format!("malformed character constant: {text}")))?;
            let v = c as i64;
            n.int = Some(v);
            n.uint = Some(v as u64);
            n.float = Some(v as f64);
            return Ok(n);
        }
        if text.ends_with('i') {
            return Err(self.errorf(format!("illegal number syntax: {:?}", text)));
        }
        n.uint = parse_uint(&text);
        n.int = parse_int(&text);
        if n.int == Some(0) {
            n.uint = Some(0);
        }
        if let Some(i) = n.int {
            n.float = Some(i as f64);
        } else if let Some(u) = n.uint {
            n.float = Some(u as f64);
        } else if let Some(f) = parse_float(&text) {
            if !text.contains(['.', 'e', 'E', 'p', 'P'])
                || text.starts_with("0x") && !text.contains(['p', 'P'])
            {
                return Err(self.errorf(format!("integer overflow: {:?}", text)));
            }
            n.float = Some(f);
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                n.int = Some(f as i64);
                if f >= 0.0 {
                    n.uint = Some(f as u64);
                }
            }
        }
        if n.int.is_none() && n.uint.is_none() && n.float.is_none() {
            return Err(self.errorf(format!("illegal number syntax: {:?}", text)));
        }
        Ok(n)
    }
}

enum Parsed {
    Node(Node),
    End,
    Else(#[allow(dead_code)] usize),
}

/// Digits of an integer literal in Go's base-0 syntax: sign, then base and digits
/// (underscores allowed only with a base prefix... and between digits).
fn split_int(text: &str) -> Option<(bool, u32, String)> {
    let (neg, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = rest.to_ascii_lowercase();
    let (base, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string())
    } else {
        (10, lower)
    };
    if digits.starts_with('_') && base == 10 || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let digits: String = digits.chars().filter(|c| *c != '_').collect();
    if digits.is_empty() {
        return None;
    }
    Some((neg, base, digits))
}

fn parse_uint(text: &str) -> Option<u64> {
    let (neg, base, digits) = split_int(text)?;
    if neg {
        return None;
    }
    u64::from_str_radix(&digits, base).ok()
}

fn parse_int(text: &str) -> Option<i64> {
    let (neg, base, digits) = split_int(text)?;
    let mag = u64::from_str_radix(&digits, base).ok()?;
    if neg {
        if mag <= i64::MAX as u64 + 1 { Some((mag as i64).wrapping_neg()) } else { None }
    } else {
        i64::try_from(mag).ok()
    }
}

fn parse_float(text: &str) -> Option<f64> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    if t.to_ascii_lowercase().starts_with("0x") || t.to_ascii_lowercase().starts_with("-0x") {
        return None; // hex floats: not supported
    }
    if t.chars().any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E') {
        return None;
    }
    // Out of range is an error for Go's ParseFloat, not an infinity.
    t.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Go's `strconv.Unquote` for `"…"` and `` `…` ``.
pub(crate) fn unquote(s: &str) -> Option<String> {
    if s.len() >= 2 && s.starts_with('`') && s.ends_with('`') {
        return Some(s[1..s.len() - 1].replace('\r', ""));
    }
    if s.len() < 2 || !s.starts_with('"') || !s.ends_with('"') {
        return None;
    }
    unescape(&s[1..s.len() - 1], '"')
}

fn unquote_char(s: &str) -> Option<char> {
    if s.len() < 3 || !s.starts_with('\'') || !s.ends_with('\'') {
        return None;
    }
    let inner = unescape(&s[1..s.len() - 1], '\'')?;
    let mut chars = inner.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    Some(c)
}

/// Go escape sequences inside a quoted literal.
fn unescape(body: &str, quote: char) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == quote || c == '\n' {
            return None;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = chars.next()?;
        match e {
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\u{b}'),
            '\\' => out.push('\\'),
            '"' | '\'' if e == quote => out.push(e),
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..n).filter_map(|_| chars.next()).collect();
                if hex.len() != n {
                    return None;
                }
                let v = u32::from_str_radix(&hex, 16).ok()?;
                if e == 'x' {
                    // A byte; only ASCII keeps the result valid UTF-8.
                    if v > 0x7f {
                        return None;
                    }
                }
                out.push(char::from_u32(v)?);
            }
            '0'..='7' => {
                let mut oct = e.to_string();
                for _ in 0..2 {
                    oct.push(chars.next()?);
                }
                let v = u32::from_str_radix(&oct, 8).ok()?;
                if v > 0x7f {
                    return None;
                }
                out.push(char::from_u32(v)?);
            }
            _ => return None,
        }
    }
    Some(out)
}
