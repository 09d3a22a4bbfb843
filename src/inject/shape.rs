//! The shape an object takes after upstream's round trip through the typed Kubernetes structs:
//! non-pointer structs present as `{}`, non-omitempty scalars present, omitempty zeros dropped,
//! string fields coerced from YAML numbers/bools, quantities canonical, no `creationTimestamp`.
//! Works on JSON values in place; it never injects, never prints.

use serde_json::{Map, Value, json};

/// Normalises a whole workload (or Pod) of `kind` in place.
pub fn normalize_workload(kind: &str, obj: &mut Value) {
    let Some(m) = obj.as_object_mut() else { return };
    object_meta(m.entry("metadata").or_insert_with(|| json!({})));
    let status = m.entry("status").or_insert_with(|| json!({}));
    if let Some(s) = status.as_object_mut() {
        let zeros: &[&str] = match kind {
            "StatefulSet" => &["availableReplicas", "replicas"],
            "DaemonSet" => {
                &["currentNumberScheduled", "desiredNumberScheduled", "numberMisscheduled", "numberReady"]
            }
            "ReplicaSet" | "ReplicationController" => &["replicas"],
            "DeploymentConfig" => &[
                "availableReplicas",
                "latestVersion",
                "observedGeneration",
                "replicas",
                "unavailableReplicas",
                "updatedReplicas",
            ],
            _ => &[],
        };
        for z in zeros {
            s.entry(*z).or_insert(json!(0));
        }
    }
    let spec = m.entry("spec").or_insert_with(|| json!({}));
    let Some(spec) = spec.as_object_mut() else { return };
    if kind == "Pod" {
        pod_spec(spec);
        return;
    }
    match kind {
        "Deployment" => {
            spec.entry("strategy").or_insert_with(|| json!({}));
            drop_zero(spec, &["paused", "minReadySeconds", "progressDeadlineSeconds"]);
        }
        "DaemonSet" | "StatefulSet" => {
            spec.entry("updateStrategy").or_insert_with(|| json!({}));
            drop_zero(spec, &["minReadySeconds"]);
        }
        "DeploymentConfig" => {
            let strategy = spec.entry("strategy").or_insert_with(|| json!({}));
            if let Some(s) = strategy.as_object_mut() {
                s.entry("resources").or_insert_with(|| json!({}));
            }
            spec.entry("test").or_insert(json!(false));
            drop_zero(spec, &["paused", "minReadySeconds"]);
        }
        _ => {}
    }
    if kind == "StatefulSet"
        && let Some(Value::Array(claims)) = spec.get_mut("volumeClaimTemplates")
    {
        for c in claims.iter_mut().filter_map(Value::as_object_mut) {
            object_meta(c.entry("metadata").or_insert_with(|| json!({})));
            c.entry("spec").or_insert_with(|| json!({}));
            c.entry("status").or_insert_with(|| json!({}));
        }
    }
    if kind == "CronJob" {
        let jt = spec.entry("jobTemplate").or_insert_with(|| json!({}));
        if let Some(jt) = jt.as_object_mut() {
            object_meta(jt.entry("metadata").or_insert_with(|| json!({})));
            let js = jt.entry("spec").or_insert_with(|| json!({}));
            if let Some(js) = js.as_object_mut() {
                pod_template(js);
            }
        }
        return;
    }
    pod_template(spec);
}

/// `spec.template` of a workload spec (RC and DeploymentConfig hold a pointer: absent stays absent).
fn pod_template(spec: &mut Map<String, Value>) {
    let t = spec.entry("template").or_insert_with(|| json!({}));
    if let Some(t) = t.as_object_mut() {
        object_meta(t.entry("metadata").or_insert_with(|| json!({})));
        let ps = t.entry("spec").or_insert_with(|| json!({}));
        if let Some(ps) = ps.as_object_mut() {
            pod_spec(ps);
        }
    }
}

fn drop_zero(m: &mut Map<String, Value>, keys: &[&str]) {
    for k in keys {
        if matches!(m.get(*k), Some(Value::Bool(false)) | Some(Value::Null))
            || m.get(*k).and_then(Value::as_f64) == Some(0.0)
        {
            m.remove(*k);
        }
    }
}

/// ObjectMeta: no `creationTimestamp`, string maps coerced.
pub fn object_meta(meta: &mut Value) {
    if meta.is_null() {
        *meta = json!({});
    }
    let Some(m) = meta.as_object_mut() else { return };
    m.remove("creationTimestamp");
    for k in ["labels", "annotations"] {
        match m.get_mut(k) {
            Some(Value::Object(map)) => {
                for v in map.values_mut() {
                    coerce_string(v);
                }
            }
            Some(Value::Null) => {
                m.remove(k);
            }
            _ => {}
        }
    }
}

/// A PodSpec as the typed struct writes it back.
pub fn pod_spec(spec: &mut Map<String, Value>) {
    drop_zero(spec, &["hostNetwork", "hostPID", "hostIPC"]);
    // Every PodSpec list but `containers` is omitempty.
    spec.retain(|k, v| k == "containers" || !v.as_array().is_some_and(Vec::is_empty));
    spec.entry("containers").or_insert(Value::Null);
    for list in ["containers", "initContainers"] {
        if let Some(Value::Array(cs)) = spec.get_mut(list) {
            for c in cs.iter_mut() {
                container(c);
            }
        }
    }
    if let Some(Value::Array(vols)) = spec.get_mut("volumes") {
        for v in vols.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(Value::Object(ed)) = v.get_mut("emptyDir")
                && let Some(q) = ed.get_mut("sizeLimit")
            {
                quantity_value(q);
            }
        }
    }
    if let Some(Value::Object(ov)) = spec.get_mut("overhead") {
        for q in ov.values_mut() {
            quantity_value(q);
        }
    }
}

/// A Container: `resources: {}` always, required scalars present, quantities canonical.
pub fn container(c: &mut Value) {
    let Some(c) = c.as_object_mut() else { return };
    c.entry("name").or_insert(json!(""));
    drop_zero(c, &["stdin", "stdinOnce", "tty"]);
    for k in ["args", "command"] {
        if let Some(Value::Array(a)) = c.get_mut(k) {
            a.iter_mut().for_each(coerce_string);
        }
    }
    let res = c.entry("resources").or_insert_with(|| json!({}));
    if res.is_null() {
        *res = json!({});
    }
    if let Some(r) = res.as_object_mut() {
        for k in ["limits", "requests"] {
            match r.get_mut(k) {
                Some(Value::Object(q)) => {
                    for v in q.values_mut() {
                        quantity_value(v);
                    }
                }
                Some(Value::Null) => {
                    r.remove(k);
                }
                _ => {}
            }
        }
    }
    if let Some(Value::Array(ports)) = c.get_mut("ports") {
        for p in ports.iter_mut().filter_map(Value::as_object_mut) {
            p.entry("containerPort").or_insert(json!(0));
        }
    }
    if let Some(Value::Array(env)) = c.get_mut("env") {
        for e in env.iter_mut().filter_map(Value::as_object_mut) {
            e.entry("name").or_insert(json!(""));
            if let Some(v) = e.get_mut("value") {
                coerce_string(v);
            }
            if e.get("value").and_then(Value::as_str) == Some("")
                || e.get("value").is_some_and(Value::is_null)
            {
                e.remove("value");
            }
        }
    }
    if let Some(Value::Array(vm)) = c.get_mut("volumeMounts") {
        for m in vm.iter_mut().filter_map(Value::as_object_mut) {
            m.entry("name").or_insert(json!(""));
            m.entry("mountPath").or_insert(json!(""));
        }
    }
    for p in ["livenessProbe", "readinessProbe", "startupProbe"] {
        if let Some(Value::Object(probe)) = c.get_mut(p) {
            handler(probe);
        }
    }
    if let Some(Value::Object(lc)) = c.get_mut("lifecycle") {
        for h in ["postStart", "preStop"] {
            if let Some(Value::Object(hm)) = lc.get_mut(h) {
                handler(hm);
            }
        }
    }
}

fn handler(h: &mut Map<String, Value>) {
    drop_zero(
        h,
        &["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"],
    );
    if let Some(Value::Object(g)) = h.get_mut("httpGet") {
        g.entry("port").or_insert(json!(0));
    }
    if let Some(Value::Object(g)) = h.get_mut("tcpSocket") {
        g.entry("port").or_insert(json!(0));
    }
    if let Some(Value::Object(g)) = h.get_mut("grpc") {
        g.entry("port").or_insert(json!(0));
        g.entry("service").or_insert(Value::Null);
    }
}

/// A YAML number or bool in a string-typed field, as Go's decoder turns it into text.
pub fn coerce_string(v: &mut Value) {
    match v {
        Value::Bool(b) => *v = Value::String(b.to_string()),
        Value::Number(n) => {
            let s = if n.is_f64() {
                let f = n.as_f64().unwrap_or(0.0) as f32;
                format!("{f}")
            } else {
                n.to_string()
            };
            *v = Value::String(s);
        }
        _ => {}
    }
}

fn quantity_value(v: &mut Value) {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return,
    };
    if let Some(c) = canonical_quantity(&text) {
        *v = Value::String(c);
    }
}

const BINARY: [(&str, u32); 6] = [("Ki", 1), ("Mi", 2), ("Gi", 3), ("Ti", 4), ("Pi", 5), ("Ei", 6)];
const DECIMAL: [(&str, i32); 10] =
    [("n", -9), ("u", -6), ("m", -3), ("", 0), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18)];

/// A Kubernetes quantity in canonical form (`2000m`→`2`, `1024Mi`→`1Gi`), `None` if unparsable.
pub fn canonical_quantity(s: &str) -> Option<String> {
    let s = s.trim();
    let split =
        s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-')).unwrap_or(s.len());
    let (num, suffix) = s.split_at(split);
    let (neg, num) = match num.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, num.strip_prefix('+').unwrap_or(num)),
    };
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let digits = format!("{int}{frac}");
    let mut m: i128 = if digits.is_empty() { 0 } else { digits.parse().ok()? };
    let mut e: i32 = -(frac.len() as i32);
    let binary = BINARY.iter().find(|(b, _)| *b == suffix).map(|(_, p)| *p);
    let dec = DECIMAL.iter().find(|(d, _)| *d == suffix).map(|(_, p)| *p);
    let exp_suffix = suffix.strip_prefix(['e', 'E']).and_then(|x| x.parse::<i32>().ok());
    if m == 0 {
        return Some("0".into());
    }
    let sign = if neg { "-" } else { "" };
    if let Some(p) = binary {
        // Bytes = m × 10^e × 1024^p; binary form only for integral values of at least 1024.
        let mut bytes = m.checked_mul(1024i128.checked_pow(p)?)?;
        let mut ok = true;
        for _ in 0..(-e) {
            if bytes % 10 != 0 {
                ok = false;
                break;
            }
            bytes /= 10;
        }
        if ok && bytes >= 1024 {
            let mut k = 0;
            while k < 6 && bytes % 1024 == 0 {
                bytes /= 1024;
                k += 1;
            }
            let suf = if k == 0 { "" } else { BINARY[k - 1].0 };
            return Some(format!("{sign}{bytes}{suf}"));
        }
        if ok {
            return Some(format!("{sign}{bytes}"));
        }
        // Fractional bytes: decimal SI of the value.
        m = m.checked_mul(1024i128.checked_pow(p)?)?;
    } else if let Some(p) = dec {
        e += p;
    } else if let Some(x) = exp_suffix {
        e += x;
    } else {
        return None;
    }
    while m % 10 == 0 {
        m /= 10;
        e += 1;
    }
    if e < -9 {
        // Rounded up to nano units, as Kubernetes does.
        let div = 10i128.checked_pow((-9 - e) as u32)?;
        m = (m + div - 1) / div;
        e = -9;
    }
    let e3 = if e >= 0 { (e / 3) * 3 } else { -((-e + 2) / 3) * 3 };
    let e3 = e3.min(18);
    let mant = m.checked_mul(10i128.checked_pow((e - e3) as u32)?)?;
    if exp_suffix.is_some() {
        return Some(if e3 == 0 { format!("{sign}{mant}") } else { format!("{sign}{mant}e{e3}") });
    }
    let suf = DECIMAL.iter().find(|(_, p)| *p == e3).map(|(d, _)| *d)?;
    Some(format!("{sign}{mant}{suf}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_are_canonical() {
        for (i, o) in [
            ("2000m", "2"),
            ("100m", "100m"),
            ("1000", "1k"),
            ("0.5", "500m"),
            ("1024Mi", "1Gi"),
            ("1536Mi", "1536Mi"),
            ("128Mi", "128Mi"),
            ("2", "2"),
            ("0", "0"),
            ("1Gi", "1Gi"),
            ("512", "512"),
        ] {
            assert_eq!(canonical_quantity(i).as_deref(), Some(o), "{i}");
        }
        assert_eq!(canonical_quantity("abc"), None);
    }

    #[test]
    fn workloads_gain_their_typed_defaults() {
        let mut d = json!({"kind": "Deployment", "metadata": {"name": "x", "creationTimestamp": null},
            "spec": {"template": {"spec": {"containers": [{"name": "a", "env": [{"name": "N", "value": 8080}]}]}}}});
        normalize_workload("Deployment", &mut d);
        assert_eq!(d["status"], json!({}));
        assert_eq!(d["spec"]["strategy"], json!({}));
        assert_eq!(d["metadata"], json!({"name": "x"}));
        assert_eq!(d["spec"]["template"]["metadata"], json!({}));
        let c = &d["spec"]["template"]["spec"]["containers"][0];
        assert_eq!(c["resources"], json!({}));
        assert_eq!(c["env"][0]["value"], json!("8080"));
    }
}
