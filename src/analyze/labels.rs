//! Kubernetes label selectors (`matchLabels` + `matchExpressions`) evaluated against a label
//! set, as the API server does for webhooks: an absent selector and an empty one match
//! everything; a malformed one (unknown operator, `In` without values, values on `Exists`)
//! matches nothing. Works on JSON values, so callers need no typed objects.

use std::collections::BTreeMap;

use crate::analyze::node::Node;

pub type Labels = BTreeMap<String, String>;

/// Whether `selector` (a `LabelSelector` as JSON, or null) selects `labels`.
pub fn matches(selector: &Node, labels: &Labels) -> bool {
    let Node::Object(sel) = selector else { return selector.is_null() };
    if let Some(ml) = sel.get("matchLabels") {
        let Node::Object(ml) = ml else {
            return ml.is_null() && expressions_match(sel.get("matchExpressions"), labels);
        };
        for (k, v) in ml {
            if labels.get(k).map(String::as_str) != v.as_str() {
                return false;
            }
        }
    }
    expressions_match(sel.get("matchExpressions"), labels)
}

fn expressions_match(exprs: Option<&Node>, labels: &Labels) -> bool {
    let exprs = match exprs {
        None | Some(Node::Null) => return true,
        Some(Node::Array(a)) => a,
        Some(_) => return false,
    };
    exprs.iter().all(|e| {
        let key = e["key"].as_str().unwrap_or("");
        let values: Option<Vec<&str>> = match &e["values"] {
            Node::Null => Some(Vec::new()),
            Node::Array(a) => a.iter().map(Node::as_str).collect(),
            _ => None,
        };
        let Some(values) = values else { return false };
        let have = labels.get(key).map(String::as_str);
        match e["operator"].as_str() {
            Some("In") if !values.is_empty() => have.is_some_and(|h| values.contains(&h)),
            Some("NotIn") if !values.is_empty() => have.is_none_or(|h| !values.contains(&h)),
            Some("Exists") if values.is_empty() => have.is_some(),
            Some("DoesNotExist") if values.is_empty() => have.is_none(),
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::node;

    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> Labels {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn selectors_follow_the_api_server() {
        let l = labels(&[("app", "web"), ("tier", "1")]);
        assert!(matches(&Node::Null, &l));
        assert!(matches(&node!({}), &l));
        assert!(matches(&node!({"matchLabels": {"app": "web"}}), &l));
        assert!(!matches(&node!({"matchLabels": {"app": "db"}}), &l));
        let expr = |op: &str, values: Node| node!({"matchExpressions": [{"key": "app", "operator": op, "values": values}]});
        assert!(matches(&expr("In", node!(["web", "db"])), &l));
        assert!(!matches(&expr("In", node!(["db"])), &l));
        assert!(matches(&expr("NotIn", node!(["db"])), &l));
        assert!(!matches(&expr("NotIn", node!(["web"])), &l));
        assert!(matches(&expr("NotIn", node!(["x"])), &labels(&[])));
        assert!(matches(&node!({"matchExpressions": [{"key": "app", "operator": "Exists"}]}), &l));
        assert!(!matches(&node!({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}), &l));
        assert!(matches(&node!({"matchExpressions": [{"key": "zone", "operator": "DoesNotExist"}]}), &l));
        // Malformed selectors match nothing.
        assert!(!matches(&expr("In", node!([])), &l));
        assert!(!matches(&expr("Exists", node!(["web"])), &l));
        assert!(!matches(&expr("Near", node!(["web"])), &l));
        assert!(!matches(&node!("nonsense"), &l));
    }
}
