//! Presentation of `istioctl analyze`: the message list as upstream's log lines (level word
//! coloured on request), `-o json` (tab-indented, Go's HTML escaping), `-o yaml`, and `-o sarif`
//! (SARIF 2.1.0: one rule per IST code, one result per message); the `--list-analyzers` list,
//! the success lines, parse-error and verbose notes. It decides nothing about what is reported.

use std::io;

use serde_json::{Value, json};

use super::Printer;
use crate::analyze::{Analyzer, Level, Message, catalogue};
use crate::cli::analyze::AnalyzeOutput;

/// The analysis docs upstream links to (`url.ConfigAnalysis` for 1.30).
pub const ANALYSIS_DOCS: &str = "https://istio.io/v1.30/docs/reference/config/analysis";

/// A message code's documentation page.
pub fn doc_url(code: &str) -> String {
    format!("{ANALYSIS_DOCS}/{}/?ref=istioctl-analyze", code.to_ascii_lowercase())
}

/// `--list-analyzers`: `* <name>:` then the description indented by four spaces, sorted by name.
pub fn list(p: &mut Printer, analyzers: &[Analyzer]) -> io::Result<()> {
    let mut sorted: Vec<&Analyzer> = analyzers.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(b.name));
    let mut s = String::new();
    for a in sorted {
        s.push_str(&format!("* {}:\n    {}\n", a.name, a.description));
    }
    p.out(&s)
}

/// `-R`: the flag is obsolete; directories are always walked.
pub fn recursive_notice(p: &mut Printer) -> io::Result<()> {
    p.line("The --recursive (-R) flag is obsolete: directories are always analyzed recursively. Run again without it.")
}

/// A mesh config (`what`: `--meshConfigFile`, or the revision's ConfigMap) could not be read or
/// decoded: the analysis goes on with the default mesh config, as upstream's does (which says
/// nothing), and the exit code is unchanged. `why` names the file or key, and the line or field.
pub fn mesh_config_ignored(p: &mut Printer, what: &str, why: &str) -> io::Result<()> {
    p.warn(&format!("ignoring {what}: {why}. The analysis uses the default mesh config."))
}

/// `-n` names a namespace the cluster does not have: upstream's note, and nothing analyzed.
pub fn namespace_not_found(p: &mut Printer, ns: &str) -> io::Result<()> {
    p.note(&format!("namespace {ns:?} not found"))
}

/// A kind the live analysis could not read (denied — the server's reason —, or not served):
/// said once per cluster (the cluster ID in a multi-cluster run); the analyzers that need it
/// are skipped (`-v` lists them).
pub fn kind_unavailable(
    p: &mut Printer,
    cluster: Option<&str>,
    kind: &str,
    denied: Option<&str>,
) -> io::Result<()> {
    let from = match cluster {
        Some(id) => format!("cluster {id}"),
        None => "the cluster".to_string(),
    };
    let why = denied.unwrap_or(match cluster {
        Some(_) => "not served by that cluster",
        None => "not served by this cluster",
    });
    p.note(&format!(
        "Warning: cannot read {kind} from {from} ({why}); the analyzers that need it are skipped"
    ))
}

/// The multi-cluster Secrets of the Istio namespace could not be listed: no remote clusters.
pub fn remote_secrets_unreadable(p: &mut Printer, namespace: &str, why: &str) -> io::Result<()> {
    p.note(&format!(
        "Warning: cannot list the remote-cluster Secrets (istio/multiCluster=true) in {namespace} ({why}); analyzing this cluster only"
    ))
}

/// Two clusters of a multi-cluster run with one ID: the later one is left out.
pub fn duplicate_cluster(p: &mut Printer, id: &str) -> io::Result<()> {
    p.note(&format!("Warning: cluster ID {id:?} is already analyzed; its second source is skipped"))
}

pub fn unknown_code(p: &mut Printer, code: &str) -> io::Result<()> {
    p.note(&format!(
        "Warning: Supplied message code '{code}' is an unknown message code and will not have any effect."
    ))
}

/// On a terminal, before reading stdin.
pub fn stdin_hint(p: &mut Printer) -> io::Result<()> {
    p.out("Reading from stdin:\n")
}

/// The documents that could not be parsed, after upstream's `Error(s) adding files:` prefix.
pub fn parse_errors(p: &mut Printer, errors: &[String]) -> io::Result<()> {
    let mut s = format!(
        "Error(s) adding files: {} error{} occurred:",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for e in errors {
        s.push_str(&format!("\n\t* {e}"));
    }
    p.note(&s)
}

/// `-v`: the namespace analyzed, then skipped and executed analyzers.
pub fn verbose(p: &mut Printer, target: &str, skipped: &[&str], executed: &[&str]) -> io::Result<()> {
    let mut s = format!("Analyzed resources in {target}\n");
    for (title, names) in [("Skipped analyzers:", skipped), ("Executed analyzers:", executed)] {
        if !names.is_empty() {
            s.push_str(title);
            s.push('\n');
            for n in names {
                s.push_str(&format!("\t {n}\n"));
            }
        }
    }
    p.note(&s)
}

/// The success line(s) on stderr when no message is shown.
pub fn no_issues(p: &mut Printer, target: &str, files: &[&str], parse_error: bool) -> io::Result<()> {
    let text = if parse_error {
        format!("No validation issues found when analyzing {target} (but 1 file could not be parsed).")
    } else {
        match files {
            [] => format!("\u{2714} No validation issues found when analyzing {target}."),
            [one] => format!("\u{2714} No validation issues found when analyzing {one}."),
            many => {
                let mut s = String::from("\u{2714} No validation issues found when analyzing:");
                for f in many {
                    s.push_str(&format!("\n  - {f}"));
                }
                s
            }
        }
    };
    p.note(&text)
}

fn colored_level(level: Level, color: bool) -> String {
    if !color {
        return level.name().to_string();
    }
    match level {
        Level::Error => format!("\x1b[1;31m{}\x1b[0m", level.name()),
        Level::Warning => format!("\x1b[33m{}\x1b[0m", level.name()),
        Level::Info => format!("{}\x1b[0m", level.name()),
    }
}

/// One message as an object with upstream's keys (alphabetical, as Go's map encoding),
/// serialized straight from the message (a large run builds no intermediate JSON tree).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Row<'a> {
    /// Only in multi-cluster runs (the only ones whose objects carry a cluster ID).
    #[serde(skip_serializing_if = "Option::is_none")]
    cluster: Option<&'a str>,
    code: &'static str,
    documentation_url: String,
    level: &'static str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
}

fn row(m: &Message) -> Row<'_> {
    Row {
        cluster: m.origin.as_ref().map(|o| o.cluster.as_str()).filter(|c| !c.is_empty()),
        code: m.code,
        documentation_url: doc_url(m.code),
        level: m.level.name(),
        message: &m.text,
        origin: m.origin.as_ref().map(|o| o.friendly_name()),
        reference: m.origin.as_ref().and_then(|o| o.reference()),
    }
}

/// Go's `json.MarshalIndent(v, "", "\t")`: tab indent, `<`, `>`, `&` escaped.
pub fn go_json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    let mut buf = Vec::new();
    write_go_json(&mut buf, v).expect("plain data always serializes to JSON");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}

/// [`go_json`], written to `w` as it is produced.
pub fn write_go_json<T: serde::Serialize + ?Sized>(w: &mut dyn io::Write, v: &T) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(
        GoEscape(w),
        serde_json::ser::PrettyFormatter::with_indent(b"\t"),
    );
    serde::Serialize::serialize(v, &mut ser).map_err(io::Error::other)
}

/// Escapes `<`, `>` and `&` as Go's encoder does. Outside strings JSON has none of these
/// characters, so replacing every one is exact.
struct GoEscape<W>(W);

impl<W: io::Write> io::Write for GoEscape<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }
    /// Written whole (serde_json writes through `write_all`, mostly a few bytes at a time).
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let mut start = 0;
        while let Some(i) = next_to_escape(&buf[start..]).map(|i| start + i) {
            let escaped: &[u8] = match buf[i] {
                b'<' => b"\\u003c",
                b'>' => b"\\u003e",
                _ => b"\\u0026",
            };
            self.0.write_all(&buf[start..i])?;
            self.0.write_all(escaped)?;
            start = i + 1;
        }
        self.0.write_all(&buf[start..])
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The first `<`, `>` or `&` in `buf`: short pieces (punctuation, keys) scanned byte by byte,
/// longer ones (message texts) by vector search.
fn next_to_escape(buf: &[u8]) -> Option<usize> {
    if buf.len() < 32 {
        buf.iter().position(|b| matches!(b, b'<' | b'>' | b'&'))
    } else {
        memchr::memchr3(b'<', b'>', b'&', buf)
    }
}

/// The rows of `-o json`/`-o yaml`, made one at a time as they are written.
struct Rows<'a>(&'a [Message]);

impl serde::Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(read_ahead(self.0).map(row))
    }
}

/// How many messages ahead [`read_ahead`] asks for.
const READ_AHEAD: usize = 8;

/// The messages in order, each yielded after asking the CPU to fetch the strings of the one
/// [`READ_AHEAD`] places further on. The texts and names lie where the analyzers made them,
/// not in the sorted order, so a large run's rows read them from all over memory: at 200 MB
/// (242k messages) writing took 13 times the 20 MB time, waiting on memory; fetched ahead, 11
/// times (235 -> 195 ms), with 20 MB unchanged (alternating runs of a phase-timed build).
fn read_ahead(msgs: &[Message]) -> impl Iterator<Item = &Message> {
    msgs.iter().enumerate().map(|(i, m)| {
        if let Some(next) = msgs.get(i + READ_AHEAD) {
            prefetch(next.text.as_ptr());
            if let Some(o) = &next.origin {
                prefetch(o.name.as_ptr());
                prefetch(o.namespace.as_ptr());
            }
        }
        m
    })
}

/// A hint to load the cache line at `p` (no effect on other architectures).
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch reads nothing the program sees and never faults, whatever `p` is.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// The message list in the chosen format, on stdout.
pub fn messages(p: &mut Printer, msgs: &[Message], format: AnalyzeOutput, color: bool) -> io::Result<()> {
    match format {
        AnalyzeOutput::Log => {
            let lines: Vec<String> = read_ahead(msgs)
                .map(|m| {
                    let line = m.line(true);
                    let rest = &line[m.level.name().len()..];
                    format!("{}{rest}", colored_level(m.level, color))
                })
                .collect();
            p.line(&lines.join("\n"))
        }
        AnalyzeOutput::Json => p.stream(|w| write_go_json(w, &Rows(msgs))),
        AnalyzeOutput::Yaml => {
            let arr: Vec<Row> = read_ahead(msgs).map(row).collect();
            let text = if msgs.is_empty() {
                "[]\n".to_string()
            } else {
                super::to_yaml(&arr).map_err(io::Error::other)?
            };
            p.out(&text)
        }
        AnalyzeOutput::Sarif => {
            p.line(&serde_json::to_string_pretty(&sarif(msgs)).map_err(io::Error::other)?)
        }
    }
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "note",
    }
}

/// The SARIF 2.1.0 log: one run of `istioctl`, a rule per IST code of the catalogue (with its
/// documentation URL), a result per message (level, text, and the file and line it came from
/// when it came from a file, plus the resource as a logical location).
pub fn sarif(msgs: &[Message]) -> Value {
    let codes = catalogue::all();
    let rules: Vec<Value> = codes
        .iter()
        .map(|t| {
            json!({
                "id": t.code,
                "name": t.name,
                "shortDescription": {"text": t.name},
                "helpUri": doc_url(t.code),
                "defaultConfiguration": {"level": sarif_level(t.level)},
            })
        })
        .collect();
    let results: Vec<Value> = msgs
        .iter()
        .map(|m| {
            let mut r = json!({
                "ruleId": m.code,
                "level": sarif_level(m.level),
                "message": {"text": m.text},
            });
            if let Some(i) = codes.iter().position(|t| t.code == m.code) {
                r["ruleIndex"] = json!(i);
            }
            if let Some(o) = &m.origin {
                if !o.cluster.is_empty() {
                    r["properties"] = json!({"cluster": o.cluster});
                }
                let mut loc = json!({
                    "logicalLocations": [{"fullyQualifiedName": o.friendly_name(), "kind": "resource"}],
                });
                if let Some(file) = o.file.as_deref().filter(|f| *f != "-") {
                    loc["physicalLocation"] = json!({
                        "artifactLocation": {"uri": file},
                        "region": {"startLine": o.line.max(1)},
                    });
                }
                r["locations"] = json!([loc]);
            }
            r
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "istioctl",
                "version": crate::VERSION,
                "informationUri": "https://istio.io/latest/docs/reference/commands/istioctl/#istioctl-analyze",
                "rules": rules,
            }},
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::Origin;

    fn msg() -> Message {
        Message {
            code: "IST0101",
            level: Level::Error,
            text: "Referenced host not found: \"a<b>&c\"".into(),
            origin: Some(Origin {
                kind: "VirtualService",
                namespace: "default",
                name: "reviews",
                file: Some("vs.yaml".into()),
                line: 12,
                cluster: String::new(),
                suppress: String::new(),
                namespaced: true,
            }),
        }
    }

    #[test]
    fn read_ahead_yields_every_message_once_in_order() {
        for n in [0, 1, READ_AHEAD, READ_AHEAD + 1, 3 * READ_AHEAD + 2] {
            let msgs: Vec<Message> = (0..n)
                .map(|i| {
                    let mut m = msg();
                    m.text = format!("m{i}");
                    if i % 3 == 0 {
                        m.origin = None;
                    }
                    m
                })
                .collect();
            let got: Vec<&str> = read_ahead(&msgs).map(|m| m.text.as_str()).collect();
            let want: Vec<&str> = msgs.iter().map(|m| m.text.as_str()).collect();
            assert_eq!(got, want, "{n} messages");
        }
    }

    #[test]
    fn json_is_tab_indented_with_go_escaping_and_sorted_keys() {
        let m = msg();
        let s = go_json(&[row(&m)]);
        assert!(s.starts_with("[\n\t{\n\t\t\"code\": \"IST0101\",\n\t\t\"documentationUrl\": \"https://istio.io/v1.30/docs/reference/config/analysis/ist0101/?ref=istioctl-analyze\","), "{s}");
        assert!(s.contains("a\\u003cb\\u003e\\u0026c"), "{s}");
        assert!(s.contains("\"reference\": \"vs.yaml:12\""));
        assert_eq!(go_json(&Value::Array(vec![])), "[]");
    }

    #[test]
    fn the_cluster_shows_only_in_multi_cluster_runs() {
        let single = msg();
        assert!(!single.line(true).contains("[cluster-"));
        assert!(!go_json(&row(&single)).contains("\"cluster\""));
        assert!(sarif(&[single])["runs"][0]["results"][0].get("properties").is_none());
        let mut multi = msg();
        multi.origin.as_mut().unwrap().cluster = "east".into();
        assert!(
            multi
                .line(true)
                .starts_with("Error [IST0101] [cluster-east] (VirtualService default/reviews vs.yaml:12) ")
        );
        let json = go_json(&row(&multi));
        assert!(
            json.starts_with("{\n\t\"cluster\": \"east\",\n\t\"code\": "),
            "alphabetical, as Go's map encoding: {json}"
        );
        assert_eq!(sarif(&[multi])["runs"][0]["results"][0]["properties"]["cluster"], "east");
    }

    /// The properties SARIF 2.1.0 requires (sarifLog: version, runs; run: tool.driver.name;
    /// result: message.text; reportingDescriptor: id; physicalLocation region startLine ≥ 1).
    #[test]
    fn sarif_has_the_required_properties() {
        let v = sarif(&[msg()]);
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["name"], "istioctl");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), 67);
        assert!(
            rules
                .iter()
                .all(|r| r["id"].is_string() && r["helpUri"].as_str().unwrap().starts_with("https://"))
        );
        let r = &run["results"][0];
        assert_eq!(r["ruleId"], "IST0101");
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"], "IST0101");
        assert!(["error", "warning", "note", "none"].contains(&r["level"].as_str().unwrap()));
        assert!(r["message"]["text"].is_string());
        let pl = &r["locations"][0]["physicalLocation"];
        assert_eq!(pl["artifactLocation"]["uri"], "vs.yaml");
        assert_eq!(pl["region"]["startLine"], 12);
    }

    #[test]
    fn log_lines_colour_only_the_level() {
        assert_eq!(colored_level(Level::Error, true), "\x1b[1;31mError\x1b[0m");
        assert_eq!(colored_level(Level::Info, true), "Info\x1b[0m");
        assert_eq!(colored_level(Level::Warning, false), "Warning");
    }
}
