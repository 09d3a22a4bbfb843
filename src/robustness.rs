//! Bounded property tests over hostile input (issue 11.8): random and adversarial `--set` flags,
//! IstioOperator files and YAML documents must give a value or an error, never a panic or a
//! stack overflow. Deterministic (a fixed xorshift seed), so a failure reproduces; the counts
//! are small enough for every test run. Test-only; it checks, it never prints.

use serde_json::json;

use crate::api::{document, line_index::LineIndex, yaml_compat};
use crate::profile::{self, InputFile, Inputs, setpath};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SET_PIECES: &[&str] = &[
    "a",
    "values",
    "global",
    "spec",
    ".",
    ".",
    "[",
    "]",
    "[0]",
    "[-1]",
    "[name:x]",
    "[:]",
    "=",
    "==",
    "\\.",
    "\\",
    "/",
    "//",
    " ",
    "é",
    "1",
    "true",
    "components",
    "ingressGateways",
    "meshConfig",
    "profile",
    "k8s",
    "*",
    "{",
    "}",
    ":",
];

const YAML_PIECES: &[&str] = &[
    "a",
    "b: ",
    "spec:",
    "\n",
    "\n  ",
    "\n    ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ": ",
    ":",
    "&x ",
    "*x",
    "!!str ",
    "!!int ",
    "|",
    ">",
    "'",
    "\"",
    "#",
    "---\n",
    "...\n",
    "1",
    "0x1",
    "010",
    "~",
    "null",
    "on",
    "\t",
    "? ",
    "%YAML 1.1\n",
    "001:db8::",
    "\\",
    "é",
    "values:",
    "global:",
    "apiVersion: install.istio.io/v1alpha1\n",
    "kind: IstioOperator\n",
];

fn random_text(rng: &mut Rng, pieces: &[&str], max: usize) -> String {
    (0..rng.below(max) + 1).map(|_| rng.pick(pieces)).collect()
}

/// YAML decoding, line indexing and the Go flow rewrite: every input decodes or errors.
#[test]
fn yaml_decoding_survives_random_documents() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let text = random_text(&mut rng, YAML_PIECES, 40);
        let _ = yaml_compat::go_flow_scalars(&text);
        for d in document::documents(&text).flatten() {
            let _ = d.line_of("spec.a[0].b");
        }
        let _ = LineIndex::build(&text, 1).line_of("a.b[1]");
    }
}

/// The `--set` grammar: random flags parse or are refused; applying them never panics.
#[test]
fn set_flags_survive_random_paths() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for _ in 0..20_000 {
        let flag = random_text(&mut rng, SET_PIECES, 24);
        let mut tree = json!({"spec": {}});
        let _ = setpath::apply_flag(&mut tree, &flag);
    }
}

/// IstioOperator loading end to end (files and flags through `profile::resolve`).
#[test]
fn istio_operator_loading_survives_random_input() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for i in 0..400 {
        let text = format!(
            "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  {}",
            random_text(&mut rng, YAML_PIECES, 16)
        );
        let inputs = Inputs {
            files: vec![InputFile::Text { name: format!("fuzz{i}.yaml"), text }],
            sets: vec![random_text(&mut rng, SET_PIECES, 8)],
            ..Inputs::default()
        };
        let _ = profile::resolve(&inputs);
    }
}

/// The inputs that used to abort: thousands of `--set` segments, deep YAML, alias bombs.
#[test]
fn adversarial_inputs_are_errors_not_crashes() {
    let deep_set = format!("{}a=1", "a.".repeat(40_000));
    let mut tree = json!({});
    assert!(setpath::apply_flag(&mut tree, &deep_set).is_err());
    let inputs = Inputs { sets: vec![deep_set], ..Inputs::default() };
    assert!(profile::resolve(&inputs).is_err());

    // Block nesting deeper than the fast path follows: the full parser's budget refuses it.
    let deep_block: String = (0..400).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
    let err = document::documents(&deep_block).find_map(Result::err).expect("refused");
    assert_eq!(err.to_string(), "yaml: line 65: mappings and lists nest more than 64 levels deep");
    let deep_flow = format!("a: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert!(document::documents(&deep_flow).any(|d| d.is_err()));

    // An alias bomb (9^12 leaves if expanded): refused by the parser's budget or decoded
    // without expanding; either way it returns.
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for k in 1..12 {
        let p = format!("*a{}", k - 1);
        bomb.push_str(&format!("a{k}: &a{k} [{}]\n", vec![p; 9].join(", ")));
    }
    let _ = document::documents(&bomb).count();
}
