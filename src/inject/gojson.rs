//! Compact JSON as Go's `encoding/json` writes the Kubernetes structs the injector serialises
//! into annotations and env values: struct fields in Go declaration order, map keys sorted,
//! `<`/`>`/`&`/U+2028/U+2029 escaped. Pure text building; no I/O.

use serde_json::Value;

/// The Go type a JSON object is written as, for field order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GoType {
    Map,
    Container,
    ContainerPort,
    EnvVar,
    EnvVarSource,
    Resources,
    VolumeMount,
    Probe,
    HttpGet,
    TcpSocket,
    Grpc,
    Lifecycle,
    Handler,
    SecurityContext,
    Capabilities,
    /// A struct whose fields we do not list: input order kept.
    Other,
}

fn fields(t: GoType) -> &'static [(&'static str, GoType)] {
    use GoType::*;
    match t {
        Container => &[
            ("name", Other),
            ("image", Other),
            ("command", Other),
            ("args", Other),
            ("workingDir", Other),
            ("ports", ContainerPort),
            ("envFrom", Other),
            ("env", EnvVar),
            ("resources", Resources),
            ("resizePolicy", Other),
            ("restartPolicy", Other),
            ("restartPolicyRules", Other),
            ("volumeMounts", VolumeMount),
            ("volumeDevices", Other),
            ("livenessProbe", Probe),
            ("readinessProbe", Probe),
            ("startupProbe", Probe),
            ("lifecycle", Lifecycle),
            ("terminationMessagePath", Other),
            ("terminationMessagePolicy", Other),
            ("imagePullPolicy", Other),
            ("securityContext", SecurityContext),
            ("stdin", Other),
            ("stdinOnce", Other),
            ("tty", Other),
        ],
        ContainerPort => &[
            ("name", Other),
            ("hostPort", Other),
            ("containerPort", Other),
            ("protocol", Other),
            ("hostIP", Other),
        ],
        EnvVar => &[("name", Other), ("value", Other), ("valueFrom", EnvVarSource)],
        EnvVarSource => &[
            ("fieldRef", Other),
            ("resourceFieldRef", Other),
            ("configMapKeyRef", Other),
            ("secretKeyRef", Other),
        ],
        Resources => &[("limits", Map), ("requests", Map), ("claims", Other)],
        VolumeMount => &[
            ("name", Other),
            ("readOnly", Other),
            ("recursiveReadOnly", Other),
            ("mountPath", Other),
            ("subPath", Other),
            ("mountPropagation", Other),
            ("subPathExpr", Other),
        ],
        Probe => &[
            ("exec", Other),
            ("httpGet", HttpGet),
            ("tcpSocket", TcpSocket),
            ("grpc", Grpc),
            ("initialDelaySeconds", Other),
            ("timeoutSeconds", Other),
            ("periodSeconds", Other),
            ("successThreshold", Other),
            ("failureThreshold", Other),
            ("terminationGracePeriodSeconds", Other),
        ],
        HttpGet => {
            &[("path", Other), ("port", Other), ("host", Other), ("scheme", Other), ("httpHeaders", Other)]
        }
        TcpSocket => &[("port", Other), ("host", Other)],
        Grpc => &[("port", Other), ("service", Other)],
        Lifecycle => &[("postStart", Handler), ("preStop", Handler), ("stopSignal", Other)],
        Handler => &[("exec", Other), ("httpGet", HttpGet), ("tcpSocket", TcpSocket), ("sleep", Other)],
        SecurityContext => &[
            ("capabilities", Capabilities),
            ("privileged", Other),
            ("seLinuxOptions", Other),
            ("windowsOptions", Other),
            ("runAsUser", Other),
            ("runAsGroup", Other),
            ("runAsNonRoot", Other),
            ("readOnlyRootFilesystem", Other),
            ("allowPrivilegeEscalation", Other),
            ("procMount", Other),
            ("seccompProfile", Other),
            ("appArmorProfile", Other),
        ],
        Capabilities => &[("add", Other), ("drop", Other)],
        Map | Other => &[],
    }
}

/// Writes `v` as Go would marshal a value of type `t`.
pub fn to_string(v: &Value, t: GoType) -> String {
    let mut out = String::new();
    write(&mut out, v, t);
    out
}

fn write(out: &mut String, v: &Value, t: GoType) {
    match v {
        Value::Object(m) => {
            out.push('{');
            let order = fields(t);
            let mut first = true;
            let mut emit = |out: &mut String, k: &str, v: &Value, t: GoType| {
                if !first {
                    out.push(',');
                }
                first = false;
                string(out, k);
                out.push(':');
                write(out, v, t);
            };
            if t == GoType::Map {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                for k in keys {
                    emit(out, k, &m[k.as_str()], GoType::Other);
                }
            } else if order.is_empty() {
                // Unlisted structs: Go writes declaration order, which for the k8s types we
                // pass through here is the alphabetical order the input was normalised to.
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                for k in keys {
                    emit(out, k, &m[k.as_str()], GoType::Other);
                }
            } else {
                for (k, ft) in order {
                    if let Some(fv) = m.get(*k) {
                        emit(out, k, fv, *ft);
                    }
                }
                for (k, fv) in m {
                    if !order.iter().any(|(n, _)| n == k) {
                        emit(out, k, fv, GoType::Other);
                    }
                }
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, x, t);
            }
            out.push(']');
        }
        Value::String(s) => string(out, s),
        Value::Number(n) => out.push_str(&crate::render::yaml::number(n)),
        other => out.push_str(&other.to_string()),
    }
}

/// A JSON string literal with Go's HTML-safe escaping.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Compact JSON of a generic value with sorted keys (Go's `map[string]any`).
pub fn sorted(v: &Value) -> String {
    to_string(v, GoType::Map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn container_fields_follow_go_order() {
        let c = json!({"resources": {}, "image": "x", "name": "istio-proxy", "args": ["a<b"]});
        assert_eq!(
            to_string(&c, GoType::Container),
            r#"{"name":"istio-proxy","image":"x","args":["a\u003cb"],"resources":{}}"#
        );
    }
}
