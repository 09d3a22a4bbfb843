//! Upstream's processing of a message list between the analyzers and the printer: the
//! namespace filter, suppression (resource annotation and `-S CODE=glob`), sorting,
//! de-duplication, and the two thresholds. Pure list work: it never prints.

#[cfg(test)]
use std::cmp::Ordering;

use super::{Level, Message};

/// One `-S` value: a code and a glob over `<Kind> <ns>/<name>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub code: String,
    pub pattern: String,
}

impl Suppression {
    /// Parses `CODE=pattern`; exactly one `=` is required (upstream's error text otherwise).
    pub fn parse(s: &str) -> Result<Suppression, String> {
        let parts: Vec<&str> = s.split('=').collect();
        if parts.len() != 2 {
            return Err(format!("{s} is not a valid suppression value. See istioctl analyze --help"));
        }
        Ok(Suppression { code: parts[0].to_string(), pattern: parts[1].to_string() })
    }
}

/// Glob match where `*` matches any run of characters (`/` included).
pub fn glob(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// Keeps the messages the selected namespace and the suppressions allow. `namespace` empty
/// (`-A`) keeps every namespace.
pub fn filter(messages: Vec<Message>, namespace: &str, suppressions: &[Suppression]) -> Vec<Message> {
    messages
        .into_iter()
        .filter(|m| {
            let Some(o) = &m.origin else { return true };
            if !namespace.is_empty() {
                let ns = if o.kind == "Namespace" { o.name } else { o.namespace };
                if (o.namespaced || o.kind == "Namespace") && ns != namespace {
                    return false;
                }
            }
            if o.suppress.split(',').map(str::trim).any(|c| c == "*" || c == m.code) {
                return false;
            }
            let mut named = suppressions.iter().filter(|s| s.code == m.code).peekable();
            if named.peek().is_none() {
                return true;
            }
            let fname = o.friendly_name();
            !named.any(|s| glob(&s.pattern, &fname))
        })
        .collect()
}

/// Upstream's order: cluster, level, code, resource-less first, `Kind/name/namespace`, text
/// (what [`sort_dedup`] sorts by, kept as the reference its tests check it against).
#[cfg(test)]
fn compare(a: &Message, b: &Message) -> Ordering {
    fn cluster(m: &Message) -> &str {
        m.origin.as_ref().map_or("", |o| o.cluster.as_str())
    }
    cluster(a)
        .cmp(cluster(b))
        .then(a.level.cmp(&b.level))
        .then(a.code.cmp(b.code))
        .then_with(|| match (&a.origin, &b.origin) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => (x.kind, &x.name, &x.namespace).cmp(&(y.kind, &y.name, &y.namespace)),
        })
        // Ties (one resource, one code) are rare enough to render both lines for.
        .then_with(|| a.line(true).cmp(&b.line(true)))
}

/// Appends `s` so that byte order of the whole key is the order of its fields: bytes 0 and 1
/// are escaped (`1 1`, `1 2`) and the field ends with a 0.
fn push_field(key: &mut Vec<u8>, s: &str) {
    if s.bytes().all(|b| b > 1) {
        key.extend_from_slice(s.as_bytes());
    } else {
        for b in s.bytes() {
            match b {
                0 | 1 => key.extend_from_slice(&[1, b + 1]),
                _ => key.push(b),
            }
        }
    }
    key.push(0);
}

/// Upstream's order (see `compare`) up to the rendered line, as one byte string: cluster,
/// level, code, whether there is a resource, kind, name, namespace.
fn push_key(key: &mut Vec<u8>, m: &Message) {
    push_field(key, m.origin.as_ref().map_or("", |o| o.cluster.as_str()));
    key.push(m.level as u8);
    push_field(key, m.code);
    match &m.origin {
        None => key.push(0),
        Some(o) => {
            key.push(1);
            push_field(key, o.kind);
            push_field(key, o.name);
            push_field(key, o.namespace);
        }
    }
}

/// Sorts as upstream (stable) and drops adjacent messages whose one-line rendering is
/// identical. The order's fields are first copied into one buffer, a byte string a message,
/// and positions are sorted by those: comparing the resources' own strings, scattered over the
/// heap, made the sort wait on memory (at 200 MB it was the slowest step after the analyzers).
pub fn sort_dedup(messages: Vec<Message>) -> Vec<Message> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    sort_dedup_halves(messages, if threads >= 2 { PARALLEL_SORT_MIN } else { usize::MAX })
}

/// From how many messages [`sort_dedup`] works on two threads (below, a thread costs more
/// than it saves).
const PARALLEL_SORT_MIN: usize = 8192;

/// The sort keys of a run of messages, one buffer for all.
struct Keys {
    buf: Vec<u8>,
    ends: Vec<usize>,
}

impl Keys {
    fn of(messages: &[Message]) -> Keys {
        let mut keys = Keys { buf: Vec::with_capacity(messages.len() * 48), ends: vec![0] };
        for m in messages {
            push_key(&mut keys.buf, m);
            keys.ends.push(keys.buf.len());
        }
        keys
    }

    fn get(&self, i: usize) -> &[u8] {
        &self.buf[self.ends[i]..self.ends[i + 1]]
    }
}

/// [`sort_dedup`], from `parallel_min` messages on two threads: each half's keys are made and
/// its positions sorted on its own thread, and the two sorted halves merged (the left first
/// among equals, so the sort stays stable).
fn sort_dedup_halves(messages: Vec<Message>, parallel_min: usize) -> Vec<Message> {
    let mid = if messages.len() >= parallel_min { messages.len() / 2 } else { messages.len() };
    let (left, right) = messages.split_at(mid);
    let (lk, rk) = std::thread::scope(|s| {
        let worker = (!right.is_empty()).then(|| s.spawn(|| Keys::of(right)));
        let lk = Keys::of(left);
        let rk = worker.map_or_else(|| Keys::of(&[]), |w| w.join().unwrap_or_else(|_| Keys::of(right)));
        (lk, rk)
    });
    let key = |i: usize| if i < mid { lk.get(i) } else { rk.get(i - mid) };
    let cmp = |a: &usize, b: &usize| {
        key(*a).cmp(key(*b)).then_with(|| messages[*a].line(true).cmp(&messages[*b].line(true)))
    };
    let mut left_order: Vec<usize> = (0..mid).collect();
    let mut right_order: Vec<usize> = (mid..messages.len()).collect();
    std::thread::scope(|s| {
        let worker = (!right_order.is_empty()).then(|| s.spawn(|| right_order.sort_by(cmp)));
        left_order.sort_by(cmp);
        if let Some(w) = worker {
            let _ = w.join();
        }
    });
    let order = merge(&left_order, &right_order, cmp);
    // Equal lines compare equal, so repeats are adjacent: the first of each run is kept.
    let same = |a: usize, b: usize| key(a) == key(b) && messages[a].line(true) == messages[b].line(true);
    let mut kept: Vec<usize> = Vec::with_capacity(order.len());
    for i in order {
        if kept.last().is_none_or(|&last| !same(last, i)) {
            kept.push(i);
        }
    }
    let mut slots: Vec<Option<Message>> = messages.into_iter().map(Some).collect();
    let mut sorted = Vec::with_capacity(kept.len());
    sorted.extend(kept.into_iter().filter_map(|i| slots[i].take()));
    sorted
}

/// Two sorted lists as one, `a`'s item first among equals.
fn merge(a: &[usize], b: &[usize], cmp: impl Fn(&usize, &usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if cmp(&b[j], &a[i]).is_lt() {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// Whether some message is at or above the failure threshold.
pub fn exceeds(messages: &[Message], threshold: Level) -> bool {
    messages.iter().any(|m| m.level.at_least(threshold))
}

/// The messages at or above the output threshold.
pub fn visible(mut messages: Vec<Message>, threshold: Level) -> Vec<Message> {
    messages.retain(|m| m.level.at_least(threshold));
    messages
}

#[cfg(test)]
mod tests {
    use super::super::Origin;
    use super::*;

    fn msg(
        code: &'static str,
        level: Level,
        kind: &'static str,
        ns: &'static str,
        name: &'static str,
        text: &str,
    ) -> Message {
        Message {
            code,
            level,
            text: text.into(),
            origin: Some(Origin {
                kind,
                namespace: ns,
                name,
                file: None,
                line: 0,
                cluster: String::new(),
                suppress: String::new(),
                namespaced: kind != "Namespace",
            }),
        }
    }

    #[test]
    fn globs() {
        assert!(glob("Pod *", "Pod default/x"));
        assert!(glob("Pod default/*", "Pod default/x"));
        assert!(!glob("Pod other/*", "Pod default/x"));
        assert!(glob("*", ""));
        assert!(glob("a*b*c", "aXXbYc"));
        assert!(!glob("a*b*c", "aXXbY"));
    }

    #[test]
    fn suppressions_parse_and_apply() {
        assert!(Suppression::parse("IST0101").is_err());
        assert!(Suppression::parse("a=b=c").is_err());
        let s = Suppression::parse("IST0101=Pod default/*").unwrap();
        let ms = vec![
            msg("IST0101", Level::Error, "Pod", "default", "a", "t"),
            msg("IST0101", Level::Error, "Pod", "other", "a", "t"),
            msg("IST0102", Level::Info, "Pod", "default", "a", "t"),
        ];
        let kept = filter(ms.clone(), "", std::slice::from_ref(&s));
        assert_eq!(kept.len(), 2);
        let kept = filter(ms, "default", &[]);
        assert_eq!(kept.len(), 2);
        let mut annotated = msg("IST0102", Level::Info, "Pod", "default", "a", "t");
        annotated.origin.as_mut().unwrap().suppress = "IST0101, IST0102".into();
        assert!(filter(vec![annotated], "", &[]).is_empty());
        let ns_msg = msg("IST0102", Level::Info, "Namespace", "", "other", "t");
        assert!(filter(vec![ns_msg], "default", &[]).is_empty());
    }

    #[test]
    fn sorted_by_level_code_origin_then_deduplicated() {
        let ms = vec![
            msg("IST0102", Level::Info, "Pod", "default", "a", "t"),
            msg("IST0101", Level::Error, "Pod", "z", "a", "t"),
            msg("IST0101", Level::Error, "Pod", "a", "b", "t"),
            msg("IST0101", Level::Error, "Pod", "z", "a", "t"),
            Message { code: "IST0101", level: Level::Error, text: "x".into(), origin: None },
        ];
        let out: Vec<String> = sort_dedup(ms).iter().map(|m| m.line(false)).collect();
        assert_eq!(
            out,
            [
                "Error [IST0101] x",
                "Error [IST0101] (Pod z/a) t",
                "Error [IST0101] (Pod a/b) t",
                "Info [IST0102] (Pod default/a) t",
            ]
        );
    }

    #[test]
    fn keyed_sort_is_the_reference_order_with_repeats_dropped() {
        let names = ["a", "a\u{0}b", "a\u{1}", "ab", "", "b"];
        let mut all = Vec::new();
        for (i, name) in names.iter().enumerate() {
            for ns in ["x", "x\u{0}"] {
                for (code, level) in [("IST0101", Level::Error), ("IST0102", Level::Warning), ("IST0101", Level::Info)] {
                    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
                    let ns: &'static str = Box::leak(ns.to_string().into_boxed_str());
                    let mut m = msg(code, level, if i % 2 == 0 { "Pod" } else { "Gateway" }, ns, name, "t");
                    if i == 3 {
                        m.origin.as_mut().unwrap().cluster = "c2".into();
                    }
                    all.push(m.clone());
                    all.push(Message { text: "u".into(), ..m.clone() });
                    all.push(m);
                }
            }
        }
        all.push(Message { code: "IST0101", level: Level::Error, text: "z".into(), origin: None });
        all.push(Message { code: "IST0101", level: Level::Error, text: "y".into(), origin: None });
        all.reverse();
        let mut want = all.clone();
        want.sort_by(compare);
        want.dedup_by(|a, b| compare(a, b) == Ordering::Equal);
        for parallel_min in [usize::MAX, 0, 7] {
            let got = sort_dedup_halves(all.clone(), parallel_min);
            assert_eq!(got.len(), want.len());
            assert!(got.iter().zip(&want).all(|(g, w)| g == w), "from {parallel_min} on two threads");
        }
    }
}
