//! Template-level tests, one group per construct, with Go's corner cases and Go's exact error
//! texts. Each expectation is what Go's text/template (with Sprig) gives for the same input.

use crate::{Error, FuncMap, Function, Struct, Template, Type, Value};

fn tmpl(text: &str) -> Result<Template, Error> {
    Template::new("t").funcs(FuncMap::sprig()).parse(text)
}

fn run(text: &str, data: &Value) -> Result<String, String> {
    tmpl(text).map_err(|e| e.to_string())?.execute(data).map_err(|e| e.to_string())
}

fn ok(text: &str, data: &Value) -> String {
    match run(text, data) {
        Ok(s) => s,
        Err(e) => panic!("{text:?} failed: {e}"),
    }
}

fn err(text: &str, data: &Value) -> String {
    match run(text, data) {
        Ok(s) => panic!("{text:?} should fail, gave {s:?}"),
        Err(e) => e,
    }
}

fn json(j: serde_json::Value) -> Value {
    Value::from(j)
}

fn values(j: serde_json::Value) -> Value {
    Value::from(Struct::new("Data").field("Values", json(j)))
}

#[test]
fn text_and_trim_markers() {
    let d = Value::Missing;
    assert_eq!(ok("a {{- 1 -}} b", &d), "a1b");
    assert_eq!(ok("a\n  {{- \"x\" }}\n  b", &d), "ax\n  b");
    assert_eq!(ok("a {{-3}} b", &d), "a -3 b");
    assert_eq!(ok("a \n{{- /* comment */ -}}\n\t b", &d), "ab");
    assert_eq!(ok("x{{/* c */}}y", &d), "xy");
    assert_eq!(
        ok("{{ `raw\\n` }}|{{ \"in\\tterp\" }}|{{ 'a' }}|{{ 0x1F }}|{{ 1.5 }}|{{ 1e3 }}", &d),
        "raw\\n|in\tterp|97|31|1.5|1000"
    );
}

#[test]
fn missing_keys_and_nil_values() {
    let d = values(serde_json::json!({"a": {"n": null, "z": 0}, "s": "x"}));
    assert_eq!(ok("{{ .Values.nope }}", &d), "<no value>");
    assert_eq!(ok("{{ .Values.nope.deeper.still }}", &d), "<no value>");
    assert_eq!(ok("{{ .Values.a.n }}", &d), "<no value>");
    assert_eq!(
        err("{{ .Values.a.n.x }}", &d),
        "template: t:1:10: executing \"t\" at <.Values.a.n.x>: nil pointer evaluating interface {}.x"
    );
    assert_eq!(ok("{{ if .Values.nope }}y{{ else }}n{{ end }}", &d), "n");
    assert_eq!(ok("{{ $v := .Values.a.n }}{{ $v.x }}", &d), "<no value>");
    assert_eq!(ok("{{ .Values.nope | default \"d\" }}", &d), "d");
    assert_eq!(ok("{{ .Values.a.z | default 7 }}", &d), "7");
    assert_eq!(
        err("{{ .Values.s.x }}", &d),
        "template: t:1:10: executing \"t\" at <.Values.s.x>: can't evaluate field x in type interface {}"
    );
}

#[test]
fn truthiness() {
    let d = values(serde_json::json!({"e": {}, "l": [], "z": 0, "f": 0.0, "s": "", "t": [0], "m": {"a": 1}}));
    for (expr, want) in [
        (".Values.e", "n"),
        (".Values.l", "n"),
        (".Values.z", "n"),
        (".Values.f", "n"),
        (".Values.s", "n"),
        (".Values.nope", "n"),
        (".Values.t", "y"),
        (".Values.m", "y"),
        ("true", "y"),
        ("\"0\"", "y"),
        (".", "y"),
    ] {
        assert_eq!(ok(&format!("{{{{ if {expr} }}}}y{{{{ else }}}}n{{{{ end }}}}"), &d), want, "{expr}");
    }
    let nil_ptr = Value::from(Struct::nil_pointer("*T"));
    assert_eq!(ok("{{ if . }}y{{ else }}n{{ end }}", &nil_ptr), "n");
    assert_eq!(ok("{{ if . }}y{{ else }}n{{ end }}", &Value::nil_map(Type::String)), "n");
}

#[test]
fn and_or_not_short_circuit_and_return_the_deciding_value() {
    let d = Value::Missing;
    assert_eq!(ok("{{ or \"\" 0 \"x\" 5 }}", &d), "x");
    assert_eq!(ok("{{ or \"\" 0 }}", &d), "0");
    assert_eq!(ok("{{ and 1 0 2 }}", &d), "0");
    assert_eq!(ok("{{ and 1 \"a\" 2 }}", &d), "2");
    assert_eq!(ok("{{ or 1 (len 3) }}", &d), "1");
    assert_eq!(ok("{{ and 0 (len 3) }}", &d), "0");
    assert_eq!(ok("{{ not 0 }} {{ not \"a\" }}", &d), "true false");
    assert_eq!(ok("{{ \"x\" | and 1 }}", &d), "x");
    assert_eq!(
        err("{{ and }}", &d),
        "template: t:1:3: executing \"t\" at <and>: wrong number of args for and: want at least 1 got 0"
    );
}

#[test]
fn comparisons_follow_go_kinds() {
    let d = values(serde_json::json!({"x": 1, "s": "a"}));
    assert_eq!(
        ok("{{ eq 1 1 }} {{ eq 1 2 3 1 }} {{ ne \"a\" \"b\" }} {{ eq .Values.x 1.0 }}", &d),
        "true true true true"
    );
    assert_eq!(
        err("{{ eq .Values.x 1 }}", &d),
        "template: t:1:3: executing \"t\" at <eq .Values.x 1>: error calling eq: incompatible types for comparison"
    );
    assert_eq!(ok("{{ eq .Values.nope \"a\" }} {{ ne .Values.nope \"a\" }}", &d), "false true");
    assert_eq!(ok("{{ eq .Values.nope .Values.nope2 }}", &d), "true");
    assert_eq!(
        ok("{{ lt 1 2 }} {{ le 2 2 }} {{ gt \"b\" \"a\" }} {{ ge 1.5 2.5 }}", &d),
        "true true true false"
    );
    assert!(err("{{ lt true false }}", &d).ends_with("error calling lt: invalid type for comparison"));
    assert!(err("{{ lt .Values.nope 1 }}", &d).ends_with("error calling lt: invalid type for comparison"));
    assert!(err("{{ lt 1 1.5 }}", &d).ends_with("error calling lt: incompatible types for comparison"));
    let e = Value::from(Struct::new("PC").field("Mode", Value::enumeration("Mode", 1, "TPROXY")));
    assert_eq!(
        ok("{{ .Mode }} {{ .Mode.String }} {{ eq .Mode.String \"TPROXY\" }} {{ printf \"%d\" .Mode }}", &e),
        "TPROXY TPROXY true 1"
    );
}

#[test]
fn index_len_and_slice() {
    let d = Value::from(
        Struct::new("D")
            .field("Ann", Value::str_map([("a", "1")]))
            .field("Nil", Value::nil_map(Type::String))
            .field("Values", json(serde_json::json!({"l": ["x", "y"], "m": {"k": null}}))),
    );
    assert_eq!(
        ok("{{ index .Ann \"a\" }}|{{ index .Ann \"b\" }}|{{ index .Nil \"b\" }}|{{ len .Nil }}", &d),
        "1|||0"
    );
    assert_eq!(
        ok("{{ index .Values \"l\" 1 }}|{{ index .Values \"nope\" }}|{{ len .Values.l }}", &d),
        "y|<no value>|2"
    );
    assert_eq!(ok("{{ slice .Values.l 1 }}|{{ slice \"abcd\" 1 3 }}|{{ index \"ab\" 1 }}", &d), "[y]|bc|98");
    assert_eq!(
        err("{{ index .Values.nope \"a\" }}", &d),
        "template: t:1:3: executing \"t\" at <index .Values.nope \"a\">: error calling index: index of untyped nil"
    );
    assert!(err("{{ index .Values.l 5 }}", &d).ends_with("error calling index: index out of range: 5"));
    assert!(err("{{ len .Values.m.k }}", &d).ends_with("error calling len: len of nil pointer"));
    assert!(err("{{ len 3 }}", &d).ends_with("error calling len: len of type int"));
    assert!(err("{{ len .Values.nope }}", &d).contains("error calling len:"));
    assert_eq!(ok("{{ with .Ann }}{{ .a }}{{ end }}", &d), "1");
}

#[test]
fn variables_scope_and_assignment() {
    let d = Value::Missing;
    assert_eq!(ok("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", &d), "2");
    assert_eq!(ok("{{ $x := 1 }}{{ if true }}{{ $x := 5 }}{{ $x }}{{ end }}{{ $x }}", &d), "51");
    assert_eq!(
        ok("{{ $c := list }}{{ range list 1 2 3 }}{{ $c = append $c . }}{{ end }}{{ $c }}", &d),
        "[1 2 3]"
    );
    assert_eq!(
        ok(
            "{{ $first := true }}{{ range list 1 2 }}{{ if not $first }},{{ end }}{{ $first = false }}{{ . }}{{ end }}",
            &d
        ),
        "1,2"
    );
    assert_eq!(
        err("{{ if true }}{{ $y := 1 }}{{ end }}{{ $y }}", &d),
        "template: t:1: undefined variable \"$y\""
    );
    assert_eq!(ok("{{ with $x := 3 }}{{ $x }}{{ . }}{{ end }}", &d), "33");
    assert_eq!(ok("{{ $ }}", &Value::from("dot")), "dot");
}

#[test]
fn range_forms() {
    let d = values(serde_json::json!({"m": {"b": 2, "a": 1, "c": 3}, "l": ["x", "y", "z"], "e": [], "n": 5}));
    assert_eq!(ok("{{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}", &d), "a=1;b=2;c=3;");
    assert_eq!(ok("{{ range $i, $v := .Values.l }}{{ $i }}:{{ $v }} {{ end }}", &d), "0:x 1:y 2:z ");
    assert_eq!(ok("{{ range .Values.l }}{{ . }}{{ end }}", &d), "xyz");
    assert_eq!(ok("{{ range $v := .Values.l }}{{ $v }}{{ end }}", &d), "xyz");
    assert_eq!(ok("{{ range .Values.e }}x{{ else }}empty{{ end }}", &d), "empty");
    assert_eq!(ok("{{ range .Values.nope }}x{{ else }}none{{ end }}", &d), "none");
    assert_eq!(
        ok(
            "{{ range .Values.l }}{{ if eq . \"y\" }}{{ continue }}{{ end }}{{ if eq . \"z\" }}{{ break }}{{ end }}{{ . }}{{ end }}",
            &d
        ),
        "x"
    );
    assert_eq!(ok("{{ range 3 }}{{ . }}{{ end }}", &d), "012");
    assert_eq!(
        err("{{ range .Values.n }}{{ end }}", &d),
        "template: t:1:16: executing \"t\" at <.Values.n>: range can't iterate over 5"
    );
    assert_eq!(err("{{ break }}", &d), "template: t:1: {{break}} outside {{range}}");
    assert_eq!(ok("{{ $x := 0 }}{{ range $i, $v := .Values.l }}{{ $x = $i }}{{ end }}{{ $x }}", &d), "2");
}

#[test]
fn if_else_chains_and_with() {
    let d = values(serde_json::json!({"a": "", "b": "B"}));
    assert_eq!(
        ok("{{ if .Values.a }}A{{ else if .Values.b }}{{ .Values.b }}{{ else }}none{{ end }}", &d),
        "B"
    );
    assert_eq!(ok("{{ with .Values.a }}A{{ else with .Values.b }}{{ . }}{{ end }}", &d), "B");
    assert_eq!(ok("{{ with .Values.nope }}x{{ else }}{{ .Values.b }}{{ end }}", &d), "B");
    assert_eq!(
        err("{{ if 1 }}{{ else }}{{ else }}{{ end }}", &d),
        "template: t:1: expected end; found {{else}}"
    );
    assert_eq!(err("{{ end }}", &d), "template: t:1: unexpected {{end}}");
    assert_eq!(err("{{ if 1 }}x", &d), "template: t:1: unexpected EOF");
}

#[test]
fn define_template_block() {
    let d = values(serde_json::json!({"n": "N"}));
    assert_eq!(
        ok("{{ define \"x\" }}[{{ .n }}]{{ end }}{{ template \"x\" .Values }}{{ template \"x\" }}", &d),
        "[N][<no value>]"
    );
    assert_eq!(ok("{{ block \"b\" .Values }}<{{ .n }}>{{ end }}", &d), "<N>");
    assert_eq!(
        err("{{ define \"x\" }}{{ $v }}{{ end }}{{ $v := 1 }}", &d),
        "template: t:1: undefined variable \"$v\""
    );
    assert_eq!(
        err("{{ template \"nope\" }}", &d),
        "template: t:1:12: executing \"t\" at <{{template \"nope\"}}>: template \"nope\" not defined"
    );
    let t = tmpl("{{ define \"x\" }}in {{ .Values.n.q }}{{ end }}body").unwrap();
    assert_eq!(
        t.execute_template("x", &d).unwrap_err().to_string(),
        "template: t:1:29: executing \"x\" at <.Values.n.q>: can't evaluate field q in type interface {}"
    );
    assert_eq!(t.execute(&d).unwrap(), "body");
    assert!(t.execute_template("zz", &d).unwrap_err().to_string().contains("no template \"zz\""));
}

#[test]
fn pipelines_and_parentheses() {
    let d = Value::from(
        Struct::new("D").field("M", Value::map([("k", Value::from(Struct::new("C").field("Name", "c1")))])),
    );
    assert_eq!(ok("{{ \"a\" | printf \"%s-%s\" \"b\" }}", &d), "b-a");
    assert_eq!(ok("{{ (index .M \"k\").Name }}", &d), "c1");
    assert_eq!(ok("{{ \"abc\" | trunc 2 | quote }}", &d), "\"ab\"");
    assert_eq!(err("{{ \"a\" | \"b\" }}", &d), "template: t:1: non executable command in pipeline stage 2");
    assert_eq!(
        err("{{ 1 2 }}", &d),
        "template: t:1:3: executing \"t\" at <1>: can't give argument to non-function 1"
    );
}

#[test]
fn printing_values() {
    let d = values(
        serde_json::json!({"p": 15020, "big": 1000000, "f": 0.5, "l": [1, "a"], "m": {"b": 1, "a": [true]}, "t": 1.30}),
    );
    assert_eq!(
        ok("{{ .Values.p }} {{ .Values.big }} {{ .Values.f }} {{ .Values.t }}", &d),
        "15020 1e+06 0.5 1.3"
    );
    assert_eq!(ok("{{ .Values.l }} {{ .Values.m }}", &d), "[1 a] map[a:[true] b:1]");
    assert_eq!(
        ok("{{ printf \"%v|%s|%d|%t|%q|%5.2f|%x\" 1.5 \"s\" 42 true \"q\" 3.14159 255 }}", &d),
        "1.5|s|42|true|\"q\"| 3.14|ff"
    );
    assert_eq!(ok("{{ print 1 2 \"a\" 3 }}|{{ println \"x\" 1 }}", &d), "1 2a3|x 1\n");
    assert_eq!(ok("{{ printf \"%s\" .Values.nope }}", &d), "%!s(<nil>)");
    assert_eq!(ok("{{ html \"<a>\" }} {{ js \"it's\" }} {{ urlquery \"a b\" }}", &d), "&lt;a&gt; it\\'s a+b");
    assert_eq!(
        err("{{ nil | print }}", &d),
        "template: t:1:3: executing \"t\" at <nil>: nil is not a command"
    );
}

#[test]
fn structs_methods_and_nil_pointers() {
    let hold = Struct::nil_pointer("*wrappers.BoolValue").getter("GetValue", false).field("Value", false);
    let tracing = Struct::nil_pointer("*v1alpha1.Tracing").getter(
        "GetTlsSettings",
        Struct::nil_pointer("*v1alpha1.ClientTLSSettings").getter("GetCaCertificates", ""),
    );
    let pc = Struct::new("*v1alpha1.ProxyConfig")
        .field("Hold", hold)
        .getter("GetTracing", tracing)
        .field("Concurrency", Value::Missing)
        .field("Name", "pc")
        .method(
            "Greet",
            Function::new(&[Type::String], None, |a| {
                Ok(Value::from(format!("hi {}", a[0].as_str().unwrap_or_default())))
            }),
        );
    let d = Value::from(Struct::new("D").field("PC", pc).field("Duration", Value::duration(60_000_000_000)));
    assert_eq!(
        ok(
            "{{ .PC.Hold.GetValue }}|{{ .PC.GetTracing.GetTlsSettings.GetCaCertificates }}|{{ .PC.Name }}",
            &d
        ),
        "false||pc"
    );
    assert_eq!(
        ok("{{ .PC.Greet \"bob\" }}|{{ \"amy\" | .PC.Greet }}|{{ .Duration }}", &d),
        "hi bob|hi amy|1m0s"
    );
    assert_eq!(
        err("{{ .PC.Hold.Value }}", &d),
        "template: t:1:6: executing \"t\" at <.PC.Hold.Value>: nil pointer evaluating *wrappers.BoolValue.Value"
    );
    assert_eq!(
        err("{{ .PC.Nope }}", &d),
        "template: t:1:6: executing \"t\" at <.PC.Nope>: can't evaluate field Nope in type *v1alpha1.ProxyConfig"
    );
    assert_eq!(
        err("{{ .PC.Greet 1 }}", &d),
        "template: t:1:13: executing \"t\" at <1>: expected string; found 1"
    );
    assert_eq!(
        err("{{ .PC.Greet }}", &d),
        "template: t:1:6: executing \"t\" at <.PC.Greet>: wrong number of args for Greet: want 1 got 0"
    );
    assert_eq!(
        err("{{ .PC.Name 1 }}", &d),
        "template: t:1:6: executing \"t\" at <.PC.Name>: Name has arguments but cannot be invoked as function"
    );
    if let Value::Object(_) = &d {
    } else {
        panic!("data is a struct");
    }
}

#[test]
fn argument_types_are_checked_as_go_does() {
    let d = values(serde_json::json!({"n": 3, "s": "abcdef"}));
    assert_eq!(
        err("{{ trunc .Values.n .Values.s }}", &d),
        "template: t:1:16: executing \"t\" at <.Values.n>: wrong type for value; expected int; got float64"
    );
    assert_eq!(
        err("{{ lower .Values.nope }}", &d),
        "template: t:1:16: executing \"t\" at <.Values.nope>: invalid value; expected string"
    );
    assert_eq!(
        err("{{ trunc \"2\" .Values.s }}", &d),
        "template: t:1:9: executing \"t\" at <\"2\">: expected integer; found \"2\""
    );
    assert_eq!(
        err("{{ append \"x\" 1 }}", &d),
        "template: t:1:3: executing \"t\" at <append \"x\" 1>: error calling append: Cannot push on type string"
    );
    assert_eq!(
        err("{{ quote }}{{ trimSuffix \"a\" }}", &d),
        "template: t:1:14: executing \"t\" at <trimSuffix>: wrong number of args for trimSuffix: want 2 got 1"
    );
}

#[test]
fn parse_errors_read_as_go() {
    assert_eq!(
        tmpl("a\n{{ nope 1 }}").err().unwrap().to_string(),
        "template: t:2: function \"nope\" not defined"
    );
    assert_eq!(tmpl("{{ .x ").err().unwrap().to_string(), "template: t:1: unclosed action");
    assert_eq!(tmpl("{{ .x\n\n").err().unwrap().to_string(), "template: t:3: unclosed action started at t:1");
    assert_eq!(tmpl("{{ \"x }}").err().unwrap().to_string(), "template: t:1: unterminated quoted string");
    assert_eq!(tmpl("{{ if }}{{ end }}").err().unwrap().to_string(), "template: t:1: missing value for if");
    assert_eq!(tmpl("{{ (1 }}").err().unwrap().to_string(), "template: t:1: unclosed left paren");
    assert_eq!(tmpl("{{ | 1 }}").err().unwrap().to_string(), "template: t:1: unexpected \"|\" in command");
    assert_eq!(tmpl("{{ .a ; }}").err().unwrap().to_string(), "template: t:1: unexpected \";\" in operand");
    assert_eq!(
        tmpl("{{ define \"a\" }}1{{ end }}{{ define \"a\" }}2{{ end }}").err().unwrap().to_string(),
        "template: t:1: template: multiple definition of template \"a\""
    );
    assert_eq!(
        tmpl("{{ \"a\".x }}").err().unwrap().to_string(),
        "template: t:1: unexpected . after term \"\\\"a\\\"\""
    );
    let deep = format!("{}1{}", "(".repeat(500), ")".repeat(500));
    assert!(tmpl(&format!("{{{{ {deep} }}}}")).is_err());
}

#[test]
fn errors_carry_line_and_column() {
    let d = values(serde_json::json!({"n": null}));
    let e = Template::new("inject")
        .funcs(FuncMap::sprig())
        .parse("line1\n  {{ .Values.n.x }}")
        .unwrap()
        .execute(&d)
        .unwrap_err();
    // A chain of fields is positioned at its second field, as Go's parser places it.
    assert_eq!((e.line, e.col), (2, Some(12)));
    assert_eq!(
        e.to_string(),
        "template: inject:2:12: executing \"inject\" at <.Values.n.x>: nil pointer evaluating interface {}.x"
    );
    let long = tmpl("{{ index .Values \"aaaaaaaaaaaaaaaaaaaaaa\" 1 }}").unwrap().execute(&d).unwrap_err();
    assert_eq!(long.node, "index .Values \"aaaaaaaaaaaaaaaaaaaaaa\" 1");
}

#[test]
fn funcmap_overrides_builtins_and_sprig() {
    let mut f = FuncMap::sprig();
    f.insert("len", Function::variadic(|_| Ok(Value::from("mine"))));
    f.insert(
        "indent",
        Function::new(&[Type::Int, Type::String], None, |a| {
            Ok(Value::from(format!("I{}", a[1].as_str().unwrap_or_default())))
        }),
    );
    let t = Template::new("t").funcs(f).parse("{{ len 1 2 }} {{ indent 2 \"x\" }}").unwrap();
    assert_eq!(t.execute(&Value::Missing).unwrap(), "mine Ix");
}

#[test]
fn templates_are_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Template>();
    assert_send_sync::<Value>();
}

/// Every template this project installs parses with the Sprig set plus stubs for Istio's
/// own function names (as istiod registers them).
#[test]
fn every_injection_template_parses() {
    const ISTIO: &[&str] = &[
        "annotation",
        "valueOrDefault",
        "isset",
        "excludeInboundPort",
        "includeInboundPorts",
        "kubevirtInterfaces",
        "excludeInterfaces",
        "applicationPorts",
        "toJSON",
        "fromJSON",
        "structToJSON",
        "protoToJSON",
        "toYaml",
        "indent",
        "directory",
        "contains",
        "toLower",
        "appendMultusNetwork",
        "env",
        "omit",
        "strdict",
        "mergeMaps",
        "toJsonMap",
        "omitNil",
        "formatDuration",
        "otelResourceAttributes",
    ];
    let mut funcs = FuncMap::sprig();
    for name in ISTIO {
        funcs.insert(name, Function::variadic(|_| Ok(Value::Nil)));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/istiod/injection");
    let mut parsed = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".yaml") || name == "functions.yaml" || name == "index.yaml" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let t = Template::new("inject").funcs(funcs.clone()).parse(&text);
        assert!(t.is_ok(), "{name}: {}", t.err().unwrap());
        parsed += 1;
    }
    assert!(parsed >= 7, "found only {parsed} templates in {}", dir.display());
}

#[test]
fn recursion_and_nesting_are_bounded_without_overflowing_the_stack() {
    let d = Value::Missing;
    let e = err("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}", &d);
    assert!(e.ends_with("exceeded maximum template depth (100)"), "{e}");
    let nested = format!("{}x{}", "{{ if true }}".repeat(150), "{{ end }}".repeat(150));
    assert_eq!(ok(&nested, &d), "x");
    let too_deep = format!("{}x{}", "{{ if true }}".repeat(300), "{{ end }}".repeat(300));
    assert_eq!(err(&too_deep, &d), "template: t:1: max expression depth exceeded");
}

#[test]
fn structs_print_as_go_prints_them() {
    let st =
        Value::from(Struct::new("*v1.ContainerPort").field("Name", "http").field("Port", Value::Int(80)));
    let value =
        Value::from(Struct::new("v1.ContainerPort").field("Name", "http").field("Port", Value::Int(80)));
    let d = Value::from(Struct::new("D").field("P", st).field("L", Value::list([value])));
    assert_eq!(
        ok("{{ .P }}|{{ print .P }}|{{ printf \"%v\" .P }}|{{ .L }}|{{ print .L }}", &d),
        "{http 80}|&{http 80}|&{http 80}|[{http 80}]|[{http 80}]"
    );
    let named = Value::from(Struct::new("M").stringer("NAME"));
    assert_eq!(ok("{{ . }}|{{ .String }}|{{ quote . }}", &named), "NAME|NAME|\"NAME\"");
}

/// Cases run through Go 1.19's text/template (built-ins only, no Sprig) with this data as
/// `.Values`; each line of the file is `<case as %q> => <output as %q>` or `=> PARSE`/`=> ERR`
/// with the error text (a `\n` written in a case was a newline when Go ran it). The engine
/// must give the same line for every case.
#[test]
fn matches_go_text_template_on_recorded_cases() {
    const VALUES: &str = r#"{"a": {"n": null, "z": 0}, "s": "abc", "n": 5, "m": {"b": 2, "a": 1, "c": 3},
        "l": ["x", "y", "z"], "x": 1, "p": 15020, "big": 1000000, "f": 0.5, "t": 1.30,
        "small": 0.00001, "bool": true}"#;
    let data = Value::from(
        Struct::new("main.Data")
            .field("Values", Value::from(serde_json::from_str::<serde_json::Value>(VALUES).unwrap())),
    );
    // The recording program turned a literal `\n` of the case file into a newline.
    let checked = replay(include_str!("testdata/go_text_template.txt"), &data, true);
    assert!(checked > 200);
}

/// Typed data as Go's reflection sees it, mirroring the Go program that recorded
/// `testdata/go_text_template_typed.txt`: a struct `main.Data` with a struct field
/// (`main.Meta`, with a `map[string]string` and a nil one), a slice of structs, a pointer to a
/// struct with methods (`GetHold`, `Greet(string)`), a typed nil pointer whose getter
/// works, an enum Stringer, an int64, a `time.Duration` and a bool.
fn typed_data() -> Value {
    let hold_nil = || -> Value {
        Struct::nil_pointer("*main.BoolValue").getter("GetValue", false).field("Value", false).into()
    };
    let port = |n: &str, p: i64, pr: &str| -> Value {
        Struct::new("main.Port")
            .field("Name", n)
            .field("ContainerPort", Value::Int(p))
            .field("Protocol", pr)
            .into()
    };
    let c1 = Struct::new("main.Container")
        .field("Name", "hello")
        .field("Image", "img:1")
        .field("Ports", Value::typed_list(Type::named("main.Port"), [port("http", 80, "TCP")]));
    let c2 = Struct::new("main.Container")
        .field("Name", "side")
        .field("Image", "s")
        .field("Ports", Value::nil_list(Type::named("main.Port")));
    let meta = Struct::new("main.Meta")
        .field("Name", "hello")
        .field("Annotations", Value::str_map([("b", "2"), ("a", "1"), ("e", "")]))
        .field("Labels", Value::nil_map(Type::String));
    let greet = Function::new(&[Type::String], None, |a| {
        Ok(Value::from(format!("hi {}", a[0].as_str().unwrap_or_default())))
    });
    let pc = |nil: bool| {
        let base = if nil { Struct::nil_pointer("*main.PC") } else { Struct::new("*main.PC") };
        base.field(
            "ProxyMetadata",
            if nil { Value::nil_map(Type::String) } else { Value::str_map([("FOO", "bar")]) },
        )
        .field(
            "InterceptionMode",
            Value::enumeration("main.Mode", i64::from(!nil), if nil { "REDIRECT" } else { "TPROXY" }),
        )
        .field("Hold", hold_nil())
        .field("Name", if nil { "" } else { "pc" })
        .getter("GetHold", hold_nil())
        .method("Greet", greet.clone())
    };
    Struct::new("main.Data")
        .field("ObjectMeta", meta)
        .field("Containers", Value::typed_list(Type::named("main.Container"), [c1.into(), c2.into()]))
        .field("PC", pc(false))
        .field("NilPC", pc(true))
        .field("UID", Value::Int(1337))
        .field("Dur", Value::duration(90_000_000_000))
        .field("Flag", false)
        .into()
}

#[test]
fn matches_go_text_template_on_typed_data() {
    let checked = replay(include_str!("testdata/go_text_template_typed.txt"), &typed_data(), false);
    assert!(checked > 50);
}

/// Runs every recorded case of `golden` on `data` and compares whole lines; returns how
/// many cases ran.
fn replay(golden: &str, data: &Value, newline_escapes: bool) -> usize {
    let mut checked = 0;
    for line in golden.lines() {
        let end = quoted_end(line);
        let mut case = crate::parse::unquote(&line[..end]).expect("a Go-quoted case");
        if newline_escapes {
            case = case.replace("\\n", "\n");
        }
        let got = match Template::new("t").parse(&case) {
            Err(e) => format!("PARSE {}", crate::go_quote(&e.to_string())),
            Ok(t) => match t.execute(data) {
                Err(e) => format!("ERR {}", crate::go_quote(&e.to_string())),
                Ok(o) => crate::go_quote(&o),
            },
        };
        assert_eq!(format!("{} => {got}", &line[..end]), line);
        checked += 1;
    }
    checked
}

/// The byte just past the Go-quoted string that starts `line`.
fn quoted_end(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

#[test]
fn missing_and_nil_arguments_become_typed_zero_values() {
    let mut f = FuncMap::sprig();
    f.insert(
        "kind",
        Function::new(&[Type::named("map[string]string"), Type::named("[]string")], None, |a| {
            Ok(Value::from(format!(
                "{} {} {} {}",
                a[0].type_name(),
                a[0].is_nil(),
                a[1].type_name(),
                a[1].is_nil()
            )))
        }),
    );
    let t = Template::new("t").funcs(f).parse("{{ kind .Nope nil }}").unwrap();
    let d = Value::from(Struct::new("D").field("X", 1));
    assert_eq!(
        t.execute(&Value::map([("a", Value::Int(1))])).unwrap(),
        "map[string]string true []string true"
    );
    assert!(t.execute(&d).unwrap_err().to_string().ends_with("can't evaluate field Nope in type D"));
}
