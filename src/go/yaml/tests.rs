//! The emitter against the facts of injection.md §10 (key order, layout, scalar styles, folding).

use serde_json::json;

use super::*;

fn one(v: Value) -> String {
    marshal(&json!({ "k": v }))
}

#[test]
fn keys_sort_as_go_yaml_v2() {
    // §10 "Key order": upper case before lower case, a non-letter before a letter, digit runs
    // numerically, a prefix first.
    let mut keys = vec!["b", "a10", "app.kubernetes.io/name", "a9", "B", "app", "a-b", "ab", "x09y", "x9y"];
    keys.sort_by(|a, b| key_order(a, b));
    assert_eq!(keys, ["B", "a-b", "a9", "a10", "ab", "app", "app.kubernetes.io/name", "b", "x9y", "x09y"]);
    assert_eq!(key_order("same", "same"), Ordering::Equal);
    let m = json!({"version": 1, "Kind": 2, "app": 3, "10": 4, "9": 5});
    assert_eq!(marshal(&m), "\"9\": 5\n\"10\": 4\nKind: 2\napp: 3\nversion: 1\n");
}

#[test]
fn layout_lists_not_indented_and_empty_collections() {
    let v = json!({
        "spec": {"containers": [{"name": "a", "args": ["-p", "x"], "resources": {}}], "volumes": []},
        "status": {}, "nil": null, "list": [[1, 2], {}],
    });
    let want = "list:\n- - 1\n  - 2\n- {}\nnil: null\nspec:\n  containers:\n  - args:\n    - -p\n    - x\n    \
                name: a\n    resources: {}\n  volumes: []\nstatus: {}\n";
    assert_eq!(marshal(&v), want);
}

#[test]
fn strings_that_resolve_to_other_types_are_double_quoted() {
    // §10 rule 2.
    for s in [
        "",
        "yes",
        "Yes",
        "YES",
        "on",
        "ON",
        "off",
        "y",
        "N",
        "true",
        "False",
        "~",
        "null",
        "1.0",
        "15001",
        "0x1F",
        "0o17",
        "017",
        "08",
        "1_000",
        "-5",
        "+5",
        "1e3",
        ".5",
        ".inf",
        "-.Inf",
        ".nan",
        "1:20",
        "2024-01-02",
        "2024-1-2T10:20:30Z",
        "2024-01-02 10:20:30.5",
        "1e-3",
    ] {
        assert_eq!(one(json!(s)), format!("k: \"{s}\"\n"), "{s:?}");
    }
    // Not numbers, bools or timestamps: plain.
    for s in [
        "-p",
        "15090,15021,15020",
        "1.2.3",
        "Nope",
        "yess",
        "0x",
        "+",
        ".",
        "1e400",
        "2024-13-01",
        "v1",
        "<<",
    ] {
        assert_eq!(one(json!(s)), format!("k: {s}\n"), "{s:?}");
    }
}

#[test]
fn indicators_and_edge_spaces_are_single_quoted() {
    // §10 rule 3, with `'` doubled.
    for (s, want) in [
        (":", "':'"),
        ("*", "'*'"),
        ("*/1 * * * *", "'*/1 * * * *'"),
        ("{\"a\":1}", "'{\"a\":1}'"),
        ("- x", "'- x'"),
        ("? x", "'? x'"),
        ("a: b", "'a: b'"),
        ("a #b", "'a #b'"),
        ("ends:", "'ends:'"),
        (" lead", "' lead'"),
        ("trail ", "'trail '"),
        ("---x", "'---x'"),
        ("...", "'...'"),
        ("it's", "it's"),
        ("'q", "'''q'"),
        ("@at", "'@at'"),
        ("`tick", "'`tick'"),
        ("a#b", "a#b"),
        ("a:b", "a:b"),
    ] {
        assert_eq!(one(json!(s)), format!("k: {want}\n"), "{s:?}");
    }
}

#[test]
fn non_printable_characters_force_double_quotes() {
    assert_eq!(one(json!("a\tb")), "k: \"a\\tb\"\n");
    assert_eq!(one(json!("a\u{1}b")), "k: \"a\\x01b\"\n");
    assert_eq!(one(json!("a\u{feff}")), "k: \"a\\uFEFF\"\n");
    assert_eq!(one(json!("a\u{1F600}")), "k: \"a\\U0001F600\"\n");
    assert_eq!(one(json!("a\\\"")), "k: a\\\"\n");
    assert_eq!(one(json!("é ü")), "k: é ü\n");
}

#[test]
fn multi_line_strings_are_literal_blocks() {
    // §10 rule 1: chomping, indentation digit, line ending in a space.
    assert_eq!(one(json!("a\nb")), "k: |-\n  a\n  b\n");
    assert_eq!(one(json!("a\nb\n")), "k: |\n  a\n  b\n");
    assert_eq!(one(json!("a\n\nb\n\n")), "k: |+\n  a\n\n  b\n\n");
    assert_eq!(one(json!(" a\nb")), "k: |2-\n   a\n  b\n");
    assert_eq!(one(json!("\na")), "k: |2-\n\n  a\n");
    assert_eq!(one(json!("a \nb")), "k: \"a \\nb\"\n");
    assert_eq!(one(json!("a\tx\nb")), "k: \"a\\tx\\nb\"\n");
    // In a list, content goes at the item text's column + 2 (2 deeper than the parent).
    let v = json!({"args": ["x\ny"], "m": {"s": "p\nq\n"}});
    assert_eq!(marshal(&v), "args:\n- |-\n  x\n  y\nm:\n  s: |\n    p\n    q\n");
    // A literal ending in a newline is followed directly by the next key.
    assert_eq!(marshal(&json!({"a": "x\n", "b": 1})), "a: |\n  x\nb: 1\n");
}

fn words(n: usize) -> String {
    (0..n).map(|i| format!("word{i:02}")).collect::<Vec<_>>().join(" ")
}

#[test]
fn long_plain_scalars_fold_after_column_80() {
    // §10 rule 4: "k: " puts word i's following space at column 9 + 7i; the first one past
    // column 80 is after word11 (column 86). Continuation lines sit at the key's column + 2.
    let want = format!(
        "k: {}\n  {}\n",
        words(12),
        (12..15).map(|i| format!("word{i}")).collect::<Vec<_>>().join(" ")
    );
    assert_eq!(one(json!(words(15))), want);
    // Double spaces are never split.
    let s = format!("{} x", "a".repeat(85));
    assert_eq!(one(json!(s)), format!("k: {}\n  x\n", "a".repeat(85)));
    let s = format!("{}  x", "a".repeat(85));
    assert_eq!(one(json!(s.clone())), format!("k: {s}\n"));
    // Keys never fold.
    let long_key = words(15);
    assert_eq!(marshal(&json!({ long_key.clone(): 1 })), format!("{long_key}: 1\n"));
    // In a list, continuation goes at the item text's column.
    assert_eq!(
        marshal(&json!({"l": [words(15)]})),
        format!("l:\n- {}\n  {}\n", words(12), "word12 word13 word14")
    );
}

#[test]
fn quoted_scalars_fold_like_the_cncf_networks_golden() {
    // The shape of hello-existing-cncf-networks-json: a single-quoted JSON annotation value of
    // a Deployment's pod template (key at column 8) folds at the first space past column 80
    // (here column 83, after `"default"},`) onto the key's column + 2 = 10 spaces.
    let value =
        r#"[{"name": "alt_cni", "namespace": "default"}, {"name": "istio-cni", "namespace": "default"}]"#;
    let v =
        json!({"spec": {"template": {"metadata": {"annotations": {"k8s.v1.cni.cncf.io/networks": value}}}}});
    let out = marshal(&v);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[4], r#"        k8s.v1.cni.cncf.io/networks: '[{"name": "alt_cni", "namespace": "default"},"#,
        "{out}"
    );
    assert_eq!(lines[4].len(), 83);
    assert_eq!(lines[5], r#"          {"name": "istio-cni", "namespace": "default"}]'"#);
    // Double-quoted: the space may be followed by another; a `\` then keeps it.
    let s = format!("\t{}  b", "a".repeat(85));
    assert_eq!(one(json!(s)), format!("k: \"\\t{}\n  \\ b\"\n", "a".repeat(85)));
}

#[test]
fn long_and_multi_line_keys_use_the_explicit_form() {
    let key = "a".repeat(129);
    assert_eq!(marshal(&json!({ key.clone(): "v" })), format!("? {key}\n: v\n"));
    assert_eq!(marshal(&json!({ key.clone(): {"x": 1} })), format!("? {key}\n: x: 1\n"));
    assert_eq!(marshal(&json!({ "a".repeat(128): 1 })), format!("{}: 1\n", "a".repeat(128)));
    assert_eq!(marshal(&json!({"a\nb": 1})), "? |-\n  a\n  b\n: 1\n");
}

#[test]
fn numbers_as_go_yaml_writes_them() {
    // §10 "Numbers": integral numbers as ints, other floats in the shortest %g form.
    let v = json!({"a": 1, "b": 2.0, "c": 0.5, "d": 1234567.5, "e": 0.00001, "f": -3, "g": 1e20, "h": true});
    assert_eq!(marshal(&v), "a: 1\nb: 2\nc: 0.5\nd: 1.2345675e+06\ne: 1e-05\nf: -3\ng: 1e+20\nh: true\n");
}
