//! `istioctl kube-inject` end to end: this tool's own injector ConfigMap (from `manifest
//! generate`) drives the injection of a sample workload; bad inputs fail with exit 1, one error
//! naming the template or file and line, and nothing written to `-o`.

use std::path::Path;

use serde_json::Value;

use crate::support::istioctl;

const DEPLOYMENT: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  selector:
    matchLabels:
      app: hello
  template:
    metadata:
      labels:
        app: hello
    spec:
      containers:
      - name: hello
        image: fake.example/hello:1.0
        ports:
        - containerPort: 80
          name: http
        readinessProbe:
          httpGet:
            port: http
---
apiVersion: v1
kind: Service
metadata:
  name: hello
spec:
  ports:
  - port: 80
";

fn run(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = istioctl();
    cmd.arg("kube-inject").args(args).env_remove("ENABLE_NATIVE_SIDECARS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Writes this tool's injector config, values and mesh (profile `default`) into `dir`.
fn our_injector(dir: &Path) {
    let out = istioctl().args(["manifest", "generate"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for doc in text.split("\n---\n") {
        let Ok(v) = serde_saphyr::from_str::<Value>(doc) else { continue };
        if v["kind"] != "ConfigMap" {
            continue;
        }
        match v["metadata"]["name"].as_str() {
            Some("istio-sidecar-injector") => {
                std::fs::write(dir.join("config.yaml"), v["data"]["config"].as_str().unwrap()).unwrap();
                std::fs::write(dir.join("values.json"), v["data"]["values"].as_str().unwrap()).unwrap();
            }
            Some("istio") => {
                std::fs::write(dir.join("mesh.yaml"), v["data"]["mesh"].as_str().unwrap()).unwrap()
            }
            _ => {}
        }
    }
    assert!(dir.join("config.yaml").exists() && dir.join("mesh.yaml").exists());
}

/// A temp dir holding this tool's injector files and `in.yaml`, the test Deployment.
fn injector_with_deployment() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    our_injector(dir.path());
    let input = dir.path().join("in.yaml");
    std::fs::write(&input, DEPLOYMENT).unwrap();
    (dir, input)
}

fn files(dir: &Path) -> Vec<String> {
    ["--injectConfigFile", "config.yaml", "--valuesFile", "values.json", "--meshConfigFile", "mesh.yaml"]
        .iter()
        .map(|a| if a.starts_with("--") { a.to_string() } else { dir.join(a).display().to_string() })
        .collect()
}

fn docs(text: &str) -> Vec<Value> {
    text.split("---\n").filter(|d| !d.trim().is_empty()).map(|d| serde_saphyr::from_str(d).unwrap()).collect()
}

#[test]
fn our_templates_inject_a_deployment_and_pass_other_kinds_through() {
    let (dir, input) = injector_with_deployment();
    let mut args = vec!["-f".to_string(), input.display().to_string()];
    args.extend(files(dir.path()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = run(&args, &[], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.ends_with("---\n"));
    let d = docs(&out);
    assert_eq!(d.len(), 2);
    let pod = &d[0]["spec"]["template"];
    let names: Vec<&str> =
        pod["spec"]["containers"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["hello", "istio-proxy"], "proxy last without native sidecars");
    assert_eq!(pod["spec"]["initContainers"][0]["name"], "istio-init");
    let status = pod["metadata"]["annotations"]["sidecar.istio.io/status"].as_str().unwrap();
    assert!(
        status.starts_with(r#"{"initContainers":["istio-init"],"containers":["istio-proxy"],"#),
        "{status}"
    );
    assert_eq!(pod["metadata"]["annotations"]["prometheus.io/port"], "15020");
    // The app's readiness probe now goes through the agent.
    assert_eq!(pod["spec"]["containers"][0]["readinessProbe"]["httpGet"]["path"], "/app-health/hello/readyz");
    assert_eq!(d[0]["status"], serde_json::json!({}));
    // The Service is passed through byte for byte.
    assert!(out.contains("kind: Service\nmetadata:\n  name: hello\nspec:\n  ports:\n  - port: 80\n---\n"));

    // Native sidecars put the proxy among the init containers, right after istio-init.
    let (code, out, err) = run(&args, &[("ENABLE_NATIVE_SIDECARS", "true")], None);
    assert_eq!(code, 0, "{err}");
    let d = docs(&out);
    let inits: Vec<&str> = d[0]["spec"]["template"]["spec"]["initContainers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(inits, ["istio-init", "istio-proxy"]);
}

#[test]
fn stdin_and_skip_warnings() {
    let dir = tempfile::tempdir().unwrap();
    our_injector(dir.path());
    let host = DEPLOYMENT
        .replace("    spec:\n      containers:", "    spec:\n      hostNetwork: true\n      containers:");
    let mut args = vec!["-f".to_string(), "-".to_string()];
    args.extend(files(dir.path()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = run(&args, &[], Some(&host));
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("istio-proxy"));
    assert!(out.contains("strategy: {}"));
    assert_eq!(err, "\n===> Skipping injection because Deployment \"hello\" has host networking enabled\n\n");
}

#[test]
fn missing_filename_and_missing_file_fail_as_upstream() {
    let (code, _, err) = run(&[], &[], None);
    assert_eq!(code, 1);
    assert!(err.contains("filename not specified (see --filename or -f)"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.yaml");
    let (code, _, err) = run(&["-f", missing.to_str().unwrap(), "--injectConfigFile", "x"], &[], None);
    assert_eq!(code, 1);
    assert!(err.contains(&format!("open {}: no such file or directory", missing.display())), "{err}");
}

#[test]
fn bad_template_or_workload_names_the_line_and_writes_nothing() {
    let (dir, input) = injector_with_deployment();
    let out_file = dir.path().join("out.yaml");

    // A template calling a function that does not exist: a parse error with its line.
    let bad = dir.path().join("bad-template.yaml");
    std::fs::write(&bad, "spec:\n  containers:\n  - name: {{ nosuchfunc .Spec }}\n").unwrap();
    let (code, out, err) = run(
        &[
            "-f",
            input.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
            "--injectConfigFile",
            bad.to_str().unwrap(),
            "--valuesFile",
            dir.path().join("values.json").to_str().unwrap(),
            "--meshConfigFile",
            dir.path().join("mesh.yaml").to_str().unwrap(),
        ],
        &[],
        None,
    );
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(err.contains("template: inject:3: function \"nosuchfunc\" not defined"), "{err}");
    assert!(!out_file.exists());

    // A workload that is not valid YAML: the error names the line.
    std::fs::write(&input, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: [x\n").unwrap();
    let mut args =
        vec!["-f".to_string(), input.display().to_string(), "-o".into(), out_file.display().to_string()];
    args.extend(files(dir.path()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, err) = run(&args, &[], None);
    assert_eq!(code, 1);
    assert!(err.contains("line"), "{err}");
    assert!(!out_file.exists());

    // A bad annotation stops the run with upstream's message.
    let annotated = DEPLOYMENT.replace(
        "      labels:\n        app: hello\n",
        "      labels:\n        app: hello\n      annotations:\n        traffic.sidecar.istio.io/includeOutboundIPRanges: bad\n",
    );
    std::fs::write(&input, annotated).unwrap();
    let (code, _, err) = run(&args, &[], None);
    assert_eq!(code, 1);
    assert!(err.contains("includeIPRanges invalid: failed parsing cidr 'bad'"), "{err}");
    assert!(!out_file.exists());
}

#[test]
fn bad_mesh_or_values_files_are_named_with_the_line_or_field() {
    let (dir, input) = injector_with_deployment();
    let bad = dir.path().join("bad.yaml");
    let cases = [
        ("--meshConfigFile", "a: 1\nb: [\n", "bad.yaml:2: unclosed bracket '['"),
        ("--meshConfigFile", "proxyListenPort: -1\n", "bad.yaml: proxyListenPort: invalid proxy listen port"),
        ("--valuesFile", "a: 1\nb: [\n", "could not parse configuration values: "),
        ("--valuesFile", "[1, 2]\n", "bad.yaml: values must be a map"),
    ];
    for (flag, text, want) in cases {
        std::fs::write(&bad, text).unwrap();
        let mut args = vec!["-f".to_string(), input.display().to_string()];
        for pair in files(dir.path()).chunks(2) {
            let value = if pair[0] == flag { bad.display().to_string() } else { pair[1].clone() };
            args.extend([pair[0].clone(), value]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = run(&args, &[], None);
        assert_eq!((code, out.as_str()), (1, ""), "{flag} {text:?}: {err}");
        assert!(err.contains(want) && err.contains(&bad.display().to_string()), "{flag} {text:?}: {err}");
    }
}

#[test]
fn output_is_written_as_sigs_k8s_io_yaml_writes_it() {
    // injection.md §10: go-yaml's key order (a9 before a10), YAML 1.1 look-alikes quoted,
    // literal blocks, and folding past column 80 at the key's column + 2.
    let dir = tempfile::tempdir().unwrap();
    our_injector(dir.path());
    let words: Vec<String> = (0..15).map(|i| format!("word{i:02}")).collect();
    let annotated = DEPLOYMENT.replace(
        "    metadata:\n      labels:\n        app: hello\n",
        &format!(
            "    metadata:\n      annotations:\n        note: \"yes\"\n        a10: x\n        a9: z\n        long: {}\n        script: |\n          line one\n          line two\n      labels:\n        app: hello\n",
            words.join(" ")
        ),
    );
    let mut args = vec!["-f".to_string(), "-".to_string()];
    args.extend(files(dir.path()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = run(&args, &[], Some(&annotated));
    assert_eq!(code, 0, "{err}");
    let folded = format!("        long: {}\n          {}\n", words[..10].join(" "), words[10..].join(" "));
    for want in [
        "      annotations:\n        a9: z\n        a10: x\n",
        folded.as_str(),
        "        note: \"yes\"\n",
        "        script: |\n          line one\n          line two\n",
        "      labels:\n        app: hello\n        security.istio.io/tlsMode: istio\n",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
}
