//! Field paths for findings (`spec.http[0].route[1].weight`), built by borrowing a parent so a
//! walk allocates nothing until a finding is actually recorded.

use std::fmt;

#[derive(Clone, Copy, Debug)]
enum Seg<'a> {
    Root(&'a str),
    Field(&'a str),
    Index(usize),
    Key(&'a str),
}

/// A position in a document: root, then fields, list indices and map keys.
#[derive(Clone, Copy, Debug)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: Seg<'a>,
}

impl<'a> Path<'a> {
    /// A path rooted at a top-level field such as `spec`.
    pub const fn root(name: &'a str) -> Path<'a> {
        Path { parent: None, seg: Seg::Root(name) }
    }
    /// `self.name`
    pub fn field(&'a self, name: &'a str) -> Path<'a> {
        Path { parent: Some(self), seg: Seg::Field(name) }
    }
    /// `self[i]`
    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path { parent: Some(self), seg: Seg::Index(i) }
    }
    /// `self[key]` for a map entry.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path { parent: Some(self), seg: Seg::Key(key) }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.parent {
            p.fmt(f)?;
        }
        match self.seg {
            Seg::Root(n) => f.write_str(n),
            Seg::Field(n) => write!(f, ".{n}"),
            Seg::Index(i) => write!(f, "[{i}]"),
            Seg::Key(k) => write!(f, "[{k}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Path;

    #[test]
    fn renders_like_a_yaml_path() {
        let spec = Path::root("spec");
        let http = spec.field("http");
        let h0 = http.index(0);
        let route = h0.field("route");
        let r1 = route.index(1);
        assert_eq!(r1.field("weight").to_string(), "spec.http[0].route[1].weight");
        let labels = spec.field("selector");
        assert_eq!(labels.key("app").to_string(), "spec.selector[app]");
    }
}
