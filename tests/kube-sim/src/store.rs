//! The in-memory object store: one global resourceVersion, objects per resource type, a bounded
//! event history with broadcast to watchers, CRD-registered types, and the write and delete
//! pipelines that enforce metadata, generation, namespace lifecycle, ownership and finalizers.
//! Must not parse HTTP; controllers and handlers both go through `commit` and `delete`.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::Arc;

use serde_json::{Value, json};
use tokio::sync::broadcast;

use crate::fields;
use crate::kinds::{self, GenRule, ResourceType};
use crate::status::{ApiError, ApiResult, Cause, success_status};
use crate::util;

pub type ObjKey = (String, String);

#[derive(Debug)]
pub struct Event {
    pub rv: u64,
    pub key: String,
    pub etype: &'static str,
    pub object: Value,
    /// The previous state for MODIFIED (selector transitions).
    pub old: Option<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    Create,
    Update,
    Apply,
}

/// Everything a write needs besides the object.
#[derive(Clone, Debug)]
pub struct WriteCtx {
    pub op: Op,
    pub dry_run: bool,
    pub subresource: String,
    pub manager: String,
    pub api_version: String,
    /// Strict, Warn or Ignore.
    pub field_validation: String,
}

impl WriteCtx {
    pub fn internal(manager: &str, api_version: &str, subresource: &str) -> Self {
        WriteCtx {
            op: Op::Update,
            dry_run: false,
            subresource: subresource.into(),
            manager: manager.into(),
            api_version: api_version.into(),
            field_validation: "Ignore".into(),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct DeleteOpts {
    pub propagation: Option<String>,
    pub dry_run: bool,
    pub precondition_uid: Option<String>,
    pub precondition_rv: Option<String>,
}

pub struct Store {
    pub rv: u64,
    types: HashMap<String, Arc<ResourceType>>,
    builtin_keys: Vec<String>,
    pub objects: HashMap<String, BTreeMap<ObjKey, Value>>,
    history: VecDeque<Arc<Event>>,
    history_cap: usize,
    /// Highest resourceVersion dropped from the history (watches from before it get 410).
    pub compacted: u64,
    pub tx: broadcast::Sender<Arc<Event>>,
    /// uids of objects removed since the garbage collector last ran.
    pub deleted_uids: Vec<String>,
    /// Warnings produced by the last write (field validation Warn).
    pub warnings: Vec<String>,
    /// Some owner waits for foreground deletion of its dependents.
    pub foreground_pending: bool,
    /// Owner uid → the objects whose ownerReferences name it (type key, namespace, name), kept
    /// in step with `objects` so garbage collection and the controllers never scan the store.
    owners: HashMap<String, BTreeSet<(String, String, String)>>,
}

/// The owner uids an object's ownerReferences name.
fn owner_uids(o: &Value) -> impl Iterator<Item = &str> {
    o.pointer("/metadata/ownerReferences").and_then(Value::as_array).into_iter().flatten().filter_map(|r| r.get("uid").and_then(Value::as_str))
}

pub fn meta_str<'a>(o: &'a Value, f: &str) -> &'a str {
    o.get("metadata").and_then(|m| m.get(f)).and_then(Value::as_str).unwrap_or("")
}

fn meta_mut(o: &mut Value) -> &mut serde_json::Map<String, Value> {
    if !o.get("metadata").is_some_and(Value::is_object) {
        o["metadata"] = json!({});
    }
    o["metadata"].as_object_mut().unwrap()
}

fn strip_for_compare(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        m.shift_remove("resourceVersion");
        if let Some(Value::Array(mf)) = m.get_mut("managedFields") {
            for e in mf.iter_mut() {
                if let Some(e) = e.as_object_mut() {
                    e.shift_remove("time");
                }
            }
        }
    }
    v
}

impl Store {
    pub fn new(history_cap: usize) -> Self {
        let (tx, _) = broadcast::channel(8192);
        let mut types = HashMap::new();
        let mut builtin_keys = Vec::new();
        for t in kinds::builtins() {
            builtin_keys.push(t.key());
            types.insert(t.key(), t);
        }
        Store {
            rv: 1,
            types,
            builtin_keys,
            objects: HashMap::new(),
            history: VecDeque::new(),
            history_cap,
            compacted: 0,
            tx,
            deleted_uids: Vec::new(),
            warnings: Vec::new(),
            foreground_pending: false,
            owners: HashMap::new(),
        }
    }

    /// Every served type: built-ins first in table order, then CRD types sorted by key.
    pub fn types(&self) -> Vec<Arc<ResourceType>> {
        let mut out: Vec<Arc<ResourceType>> = self.builtin_keys.iter().map(|k| self.types[k].clone()).collect();
        let mut crds: Vec<&Arc<ResourceType>> = self.types.values().filter(|t| t.is_crd()).collect();
        crds.sort_by_key(|t| t.key());
        out.extend(crds.into_iter().cloned());
        out
    }

    pub fn type_by_key(&self, key: &str) -> Option<Arc<ResourceType>> {
        self.types.get(key).cloned()
    }

    pub fn lookup(&self, group: &str, version: &str, plural: &str) -> Option<Arc<ResourceType>> {
        self.types.get(&format!("{group}/{plural}")).filter(|t| t.versions.iter().any(|v| v == version)).cloned()
    }

    pub fn type_of_kind(&self, group: &str, kind: &str) -> Option<Arc<ResourceType>> {
        self.types.values().find(|t| t.group == group && t.kind == kind).cloned()
    }

    pub fn get(&self, rt: &ResourceType, ns: &str, name: &str) -> Option<&Value> {
        self.objects.get(&rt.key())?.get(&(ns.to_string(), name.to_string()))
    }

    pub fn list(&self, rt: &ResourceType, ns: Option<&str>) -> Vec<&Value> {
        let Some(m) = self.objects.get(&rt.key()) else { return vec![] };
        match ns {
            Some(ns) => m.range((ns.to_string(), String::new())..).take_while(|((n, _), _)| n == ns).map(|(_, v)| v).collect(),
            None => m.values().collect(),
        }
    }

    pub fn history_since(&self, rv: u64) -> Option<Vec<Arc<Event>>> {
        if rv < self.compacted {
            return None;
        }
        // The history is in resourceVersion order: skip straight to the first newer event.
        let from = self.history.partition_point(|e| e.rv <= rv);
        Some(self.history.range(from..).cloned().collect())
    }

    /// Store (or replace) an object, keeping the owner index in step.
    pub fn put(&mut self, key: &str, ns: &str, name: &str, obj: Value) -> Option<Value> {
        let id = (key.to_string(), ns.to_string(), name.to_string());
        let uids: BTreeSet<String> = owner_uids(&obj).map(String::from).collect();
        for uid in &uids {
            self.owners.entry(uid.clone()).or_default().insert(id.clone());
        }
        let old = self.objects.entry(key.to_string()).or_default().insert((id.1.clone(), id.2.clone()), obj);
        if let Some(o) = &old {
            let stale: Vec<String> = owner_uids(o).filter(|u| !uids.contains(*u)).map(String::from).collect();
            for uid in stale {
                self.unindex(&uid, &id);
            }
        }
        old
    }

    /// Remove an object, keeping the owner index in step.
    fn take(&mut self, key: &str, ns: &str, name: &str) -> Option<Value> {
        let old = self.objects.get_mut(key)?.remove(&(ns.to_string(), name.to_string()))?;
        let id = (key.to_string(), ns.to_string(), name.to_string());
        for uid in owner_uids(&old) {
            self.unindex(uid, &id);
        }
        Some(old)
    }

    fn unindex(&mut self, uid: &str, id: &(String, String, String)) {
        if let Some(set) = self.owners.get_mut(uid) {
            set.remove(id);
            if set.is_empty() {
                self.owners.remove(uid);
            }
        }
    }

    /// Drop the whole event history (tests use it to provoke 410 Gone).
    pub fn compact(&mut self) {
        self.compacted = self.rv;
        self.history.clear();
    }

    fn emit(&mut self, key: String, etype: &'static str, object: Value, old: Option<Value>) {
        let ev = Arc::new(Event { rv: self.rv, key, etype, object, old });
        self.history.push_back(ev.clone());
        while self.history.len() > self.history_cap {
            if let Some(e) = self.history.pop_front() {
                self.compacted = e.rv;
            }
        }
        let _ = self.tx.send(ev);
    }

    fn namespace_state(&self, ns: &str) -> Option<bool> {
        let nst = self.types.get("/namespaces")?;
        let n = self.get(nst, "", ns)?;
        Some(n.pointer("/metadata/deletionTimestamp").is_some())
    }

    /// Create or update an object through the full pipeline. `old` is the stored object (if any)
    /// the caller based `new` on. Returns the stored (or would-be) object and whether it was created.
    pub fn commit(&mut self, rt: &Arc<ResourceType>, ns: &str, name: &str, new: Value, ctx: &WriteCtx) -> ApiResult<(Value, bool)> {
        self.warnings.clear();
        let old = self.get(rt, ns, name).cloned();
        let mut new = new;
        if !new.is_object() {
            return Err(ApiError::bad_request("the request body must be a JSON object"));
        }
        let now = util::now();
        {
            let m = meta_mut(&mut new);
            m.insert("name".into(), json!(name));
            if rt.namespaced {
                m.insert("namespace".into(), json!(ns));
            } else {
                m.shift_remove("namespace");
            }
        }
        new["apiVersion"] = json!(rt.api_version(rt.preferred()));
        new["kind"] = json!(rt.kind);

        let warnings = prune_checked(rt, ctx, &mut new)?;
        self.warnings.extend(warnings);

        let part = fields::part_for(rt, &ctx.subresource);
        match &old {
            Some(o) => {
                let keep = ["uid", "creationTimestamp", "generation", "deletionTimestamp", "deletionGracePeriodSeconds"];
                let om = o["metadata"].as_object().cloned().unwrap_or_default();
                if part == fields::Part::Status {
                    let status = new.get("status").cloned();
                    let mf = new.pointer("/metadata/managedFields").cloned();
                    new = o.clone();
                    match status {
                        Some(s) => new["status"] = s,
                        None => {
                            new.as_object_mut().unwrap().shift_remove("status");
                        }
                    }
                    if let Some(mf) = mf {
                        meta_mut(&mut new).insert("managedFields".into(), mf);
                    }
                } else if part == fields::Part::Main {
                    match o.get("status") {
                        Some(s) => new["status"] = s.clone(),
                        None => {
                            new.as_object_mut().unwrap().shift_remove("status");
                        }
                    }
                }
                let m = meta_mut(&mut new);
                for k in keep {
                    match om.get(k) {
                        Some(v) => m.insert(k.into(), v.clone()),
                        None => m.shift_remove(k),
                    };
                }
                if om.contains_key("deletionTimestamp") {
                    let old_f = o.pointer("/metadata/finalizers").and_then(Value::as_array).cloned().unwrap_or_default();
                    let new_f = m.get("finalizers").and_then(Value::as_array).cloned().unwrap_or_default();
                    if new_f.iter().any(|f| !old_f.contains(f)) {
                        return Err(ApiError::invalid_rt(rt, name, vec![Cause::new("FieldValueForbidden", "metadata.finalizers", "Forbidden: no new finalizers can be added if the object is being deleted")]));
                    }
                }
            }
            None => {
                if part == fields::Part::Status {
                    return Err(ApiError::not_found(rt, name));
                }
                if rt.has_status {
                    new.as_object_mut().unwrap().shift_remove("status");
                }
                let m = meta_mut(&mut new);
                m.insert("uid".into(), json!(util::uid()));
                m.insert("creationTimestamp".into(), json!(now));
                for k in ["deletionTimestamp", "deletionGracePeriodSeconds", "generation", "resourceVersion", "selfLink"] {
                    m.shift_remove(k);
                }
                if rt.generation != GenRule::None {
                    m.insert("generation".into(), json!(1));
                }
            }
        }

        if ctx.op != Op::Apply {
            fields::record_update(rt, old.as_ref(), &mut new, &ctx.manager, &ctx.api_version, &ctx.subresource, &now);
        }
        crate::defaults::apply(rt, &mut new, old.as_ref());
        self.validate(rt, name, &new)?;

        if let Some(o) = &old {
            if let Some(g) = o.pointer("/metadata/generation").and_then(Value::as_i64)
                && generation_changes(rt, o, &new)
            {
                meta_mut(&mut new).insert("generation".into(), json!(g + 1));
            }
            if let Some(want) = new.pointer("/metadata/resourceVersion").and_then(Value::as_str)
                && !want.is_empty()
                && want != meta_str(o, "resourceVersion")
            {
                return Err(ApiError::stale(rt, name));
            }
            meta_mut(&mut new).insert("resourceVersion".into(), json!(meta_str(o, "resourceVersion")));
            if strip_for_compare(o) == strip_for_compare(&new) {
                return Ok((o.clone(), false));
            }
        } else if rt.namespaced {
            match self.namespace_state(ns) {
                None => return Err(ApiError::namespace_not_found(ns)),
                Some(true) => {
                    return Err(ApiError::forbidden(
                        rt,
                        name,
                        &format!("unable to create new content in namespace {ns} because it is being terminated"),
                        vec![Cause::new("NamespaceTerminating", "metadata.namespace", format!("namespace {ns} is being terminated"))],
                    ));
                }
                Some(false) => {}
            }
        }

        if ctx.dry_run {
            if old.is_none() {
                meta_mut(&mut new).shift_remove("resourceVersion");
            }
            return Ok((new, old.is_none()));
        }
        // Last finalizer gone on an object being deleted: it leaves now.
        if old.is_some() && new.pointer("/metadata/deletionTimestamp").is_some() && finalizers_done(&new) {
            self.remove_now(rt, ns, name, Some(new.clone()));
            return Ok((new, false));
        }
        self.rv += 1;
        meta_mut(&mut new).insert("resourceVersion".into(), json!(self.rv.to_string()));
        self.put(&rt.key(), ns, name, new.clone());
        let created = old.is_none();
        self.emit(rt.key(), if created { "ADDED" } else { "MODIFIED" }, new.clone(), old);
        if rt.kind == "CustomResourceDefinition" && rt.group == "apiextensions.k8s.io" {
            self.sync_crd(&new);
        }
        Ok((new, created))
    }

    fn validate(&self, rt: &ResourceType, name: &str, obj: &Value) -> ApiResult<()> {
        let mut causes = rt.validate_name(name, obj);
        if let Some(labels) = obj.pointer("/metadata/labels").and_then(Value::as_object) {
            for (k, v) in labels {
                if !kinds::is_label_key(k) {
                    causes.push(Cause::new("FieldValueInvalid", "metadata.labels", format!("Invalid value: \"{k}\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character")));
                }
                match v.as_str() {
                    Some(s) if kinds::is_label_value(s) => {}
                    _ => causes.push(Cause::new("FieldValueInvalid", "metadata.labels", format!("Invalid value: {v}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"))),
                }
            }
        }
        if let Some(ann) = obj.pointer("/metadata/annotations").and_then(Value::as_object) {
            for (k, v) in ann {
                if !kinds::is_label_key(k) || !v.is_string() {
                    causes.push(Cause::new("FieldValueInvalid", "metadata.annotations", format!("Invalid value: \"{k}\": annotation keys must be qualified names with string values")));
                }
            }
        }
        if rt.kind == "CustomResourceDefinition" {
            causes.extend(crate::defaults::validate_crd(obj));
        }
        if causes.is_empty() { Ok(()) } else { Err(ApiError::invalid_rt(rt, name, causes)) }
    }

    /// Remove an object for good: DELETED event with its last state at the new resourceVersion.
    pub fn remove_now(&mut self, rt: &Arc<ResourceType>, ns: &str, name: &str, last: Option<Value>) -> Option<Value> {
        let stored = self.take(&rt.key(), ns, name)?;
        let mut last = last.unwrap_or(stored);
        self.rv += 1;
        meta_mut(&mut last).insert("resourceVersion".into(), json!(self.rv.to_string()));
        self.deleted_uids.push(meta_str(&last, "uid").to_string());
        self.emit(rt.key(), "DELETED", last.clone(), None);
        if rt.kind == "CustomResourceDefinition" && rt.group == "apiextensions.k8s.io" {
            self.unregister_crd(&last);
        }
        Some(last)
    }

    /// Objects whose ownerReferences name this uid.
    pub fn dependents(&self, uid: &str) -> Vec<(Arc<ResourceType>, String, String, bool)> {
        let mut out = Vec::new();
        for (key, ns, name) in self.owners.get(uid).into_iter().flatten() {
            let (Some(rt), Some(o)) = (self.types.get(key), self.objects.get(key).and_then(|m| m.get(&(ns.clone(), name.clone())))) else { continue };
            let refs = o.pointer("/metadata/ownerReferences").and_then(Value::as_array).into_iter().flatten();
            if let Some(r) = refs.into_iter().find(|r| r.get("uid").and_then(Value::as_str) == Some(uid)) {
                let block = r.get("blockOwnerDeletion").and_then(Value::as_bool) == Some(true);
                out.push((rt.clone(), ns.clone(), name.clone(), block));
            }
        }
        out
    }

    /// DELETE semantics: finalizers, propagation, namespace lifecycle; returns the response body.
    pub fn delete(&mut self, rt: &Arc<ResourceType>, ns: &str, name: &str, opts: &DeleteOpts) -> ApiResult<Value> {
        let Some(obj) = self.get(rt, ns, name).cloned() else { return Err(ApiError::not_found(rt, name)) };
        let uid = meta_str(&obj, "uid").to_string();
        if let Some(u) = &opts.precondition_uid
            && *u != uid
        {
            return Err(ApiError::conflict(rt, name, &format!("Precondition failed: UID in precondition: {u}, UID in object meta: {uid}")));
        }
        if let Some(v) = &opts.precondition_rv
            && v != meta_str(&obj, "resourceVersion")
        {
            return Err(ApiError::conflict(rt, name, &format!("Precondition failed: ResourceVersion in precondition: {v}, ResourceVersion in object meta: {}", meta_str(&obj, "resourceVersion"))));
        }
        let deleting = obj.pointer("/metadata/deletionTimestamp").is_some();
        let is_ns = rt.kind == "Namespace" && rt.group.is_empty();
        if is_ns {
            if ["default", "kube-system", "kube-public"].contains(&name) {
                return Err(ApiError::forbidden(rt, name, "this namespace may not be deleted", vec![]));
            }
            if deleting {
                return Err(ApiError::conflict(rt, name, "The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system."));
            }
        }
        if deleting {
            return Ok(obj);
        }
        let policy = opts.propagation.clone().unwrap_or_else(|| "Background".into());
        if !["Background", "Foreground", "Orphan"].contains(&policy.as_str()) {
            return Err(ApiError::invalid("DeleteOptions", "meta.k8s.io", "", vec![Cause::new("FieldValueNotSupported", "propagationPolicy", format!("Unsupported value: \"{policy}\": supported values: \"Foreground\", \"Background\", \"Orphan\""))]));
        }
        let deps = if policy == "Background" { vec![] } else { self.dependents(&uid) };
        let mut extra_finalizer = None;
        if is_ns {
            extra_finalizer = Some(None);
        } else if rt.kind == "CustomResourceDefinition" && rt.group == "apiextensions.k8s.io" {
            extra_finalizer = Some(Some("customresourcecleanup.apiextensions.k8s.io"));
        } else if policy == "Foreground" && !deps.is_empty() {
            extra_finalizer = Some(Some("foregroundDeletion"));
            self.foreground_pending |= !opts.dry_run;
        } else if policy == "Orphan" && !opts.dry_run {
            for (drt, dns, dname, _) in deps {
                self.drop_owner_ref(&drt, &dns, &dname, &uid);
            }
        }
        let has_finalizers = obj.pointer("/metadata/finalizers").and_then(Value::as_array).is_some_and(|a| !a.is_empty());
        if extra_finalizer.is_some() || has_finalizers {
            let mut upd = obj.clone();
            let m = meta_mut(&mut upd);
            m.insert("deletionTimestamp".into(), json!(util::now()));
            m.insert("deletionGracePeriodSeconds".into(), json!(0));
            if let Some(Some(f)) = extra_finalizer {
                let list = m.entry("finalizers").or_insert(json!([]));
                if let Some(a) = list.as_array_mut()
                    && !a.iter().any(|x| x == f)
                {
                    a.push(json!(f));
                }
            }
            if is_ns {
                upd["status"] = json!({"phase": "Terminating"});
            }
            if opts.dry_run {
                return Ok(upd);
            }
            self.rv += 1;
            meta_mut(&mut upd).insert("resourceVersion".into(), json!(self.rv.to_string()));
            self.put(&rt.key(), ns, name, upd.clone());
            self.emit(rt.key(), "MODIFIED", upd.clone(), Some(obj));
            return Ok(upd);
        }
        let last = if opts.dry_run { obj } else { self.remove_now(rt, ns, name, None).unwrap_or(obj) };
        Ok(if rt.delete_returns_object { last } else { success_status(rt, name, &uid) })
    }

    pub fn drop_owner_ref(&mut self, rt: &Arc<ResourceType>, ns: &str, name: &str, uid: &str) {
        let Some(mut o) = self.get(rt, ns, name).cloned() else { return };
        if let Some(refs) = o.pointer_mut("/metadata/ownerReferences").and_then(Value::as_array_mut) {
            refs.retain(|r| r.get("uid").and_then(Value::as_str) != Some(uid));
            if refs.is_empty() {
                meta_mut(&mut o).shift_remove("ownerReferences");
            }
        }
        let av = rt.api_version(rt.preferred());
        let _ = self.commit(rt, ns, name, o, &WriteCtx::internal("kube-controller-manager", &av, ""));
    }

    /// Register (or refresh) the type a CRD defines and record its status conditions.
    fn sync_crd(&mut self, crd: &Value) {
        if crd.pointer("/metadata/deletionTimestamp").is_some() {
            return;
        }
        let Some(t) = kinds::from_crd(crd) else { return };
        let key = t.key();
        let name = meta_str(crd, "name").to_string();
        let conflict = self.types.get(&key).is_some_and(|e| !e.is_crd())
            || self.types.values().any(|e| e.key() != key && e.group == t.group && e.kind == t.kind);
        let now = util::now();
        let old_status = crd.get("status").cloned().unwrap_or(json!({}));
        let keep_time = |ty: &str, st: &str| -> String {
            old_status
                .get("conditions")
                .and_then(Value::as_array)
                .and_then(|cs| cs.iter().find(|c| c["type"] == ty && c["status"] == st))
                .and_then(|c| c.get("lastTransitionTime").and_then(Value::as_str))
                .map(String::from)
                .unwrap_or_else(|| now.clone())
        };
        let storage: Vec<Value> = crd
            .pointer("/spec/versions")
            .and_then(Value::as_array)
            .map(|vs| vs.iter().filter(|v| v["storage"] == true).map(|v| v["name"].clone()).collect())
            .unwrap_or_default();
        let mut stored = old_status.get("storedVersions").and_then(Value::as_array).cloned().unwrap_or_default();
        for s in storage {
            if !stored.contains(&s) {
                stored.push(s);
            }
        }
        let names = crd.pointer("/spec/names").cloned().unwrap_or(json!({}));
        let mut accepted = json!({"plural": t.plural, "singular": t.singular, "kind": t.kind, "listKind": t.list_kind});
        if let Some(s) = names.get("shortNames") {
            accepted["shortNames"] = s.clone();
        }
        if let Some(c) = names.get("categories") {
            accepted["categories"] = c.clone();
        }
        let (st, reason, msg, est_reason, est_msg) = if conflict {
            ("False", "NotAccepted", "kind or plural is already in use", "NotAccepted", "not all names are accepted")
        } else {
            ("True", "NoConflicts", "no conflicts found", "InitialNamesAccepted", "the initial names have been accepted")
        };
        let status = json!({
            "conditions": [
                {"type": "NamesAccepted", "status": st, "lastTransitionTime": keep_time("NamesAccepted", st), "reason": reason, "message": msg},
                {"type": "Established", "status": st, "lastTransitionTime": keep_time("Established", st), "reason": est_reason, "message": est_msg},
            ],
            "acceptedNames": if conflict { json!({"plural": "", "kind": ""}) } else { accepted },
            "storedVersions": stored,
        });
        if !conflict {
            self.types.insert(key, Arc::new(t));
        }
        let crd_rt = self.types["apiextensions.k8s.io/customresourcedefinitions"].clone();
        let mut upd = crd.clone();
        upd["status"] = status;
        let _ = self.commit(&crd_rt, "", &name, upd, &WriteCtx::internal("kube-apiserver", "apiextensions.k8s.io/v1", "status"));
    }

    fn unregister_crd(&mut self, crd: &Value) {
        let Some(t) = kinds::from_crd(crd) else { return };
        let key = t.key();
        if self.types.get(&key).is_some_and(|e| e.is_crd()) {
            self.types.remove(&key);
            let ids: Vec<ObjKey> = self.objects.get(&key).map(|m| m.keys().cloned().collect()).unwrap_or_default();
            for (ns, name) in ids {
                self.take(&key, &ns, &name);
            }
            self.objects.remove(&key);
        }
    }

    /// Seed a fresh cluster: system namespaces, nodes, the kubernetes Service.
    pub fn seed(&mut self, nodes: usize) {
        let ns_rt = self.types["/namespaces"].clone();
        for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            let _ = self.commit(&ns_rt, "", ns, json!({"metadata": {}}), &WriteCtx::internal("kube-apiserver", "v1", ""));
        }
        let node_rt = self.types["/nodes"].clone();
        for i in 0..nodes {
            let name = node_name(i);
            let node = json!({"metadata": {"labels": {"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"}},
                "spec": {"podCIDR": format!("10.244.{i}.0/24")}});
            let _ = self.commit(&node_rt, "", &name, node, &WriteCtx::internal("kubelet", "v1", ""));
            let status = json!({"status": {"conditions": [{"type": "Ready", "status": "True", "reason": "KubeletReady", "message": "kubelet is posting ready status",
                "lastHeartbeatTime": util::now(), "lastTransitionTime": util::now()}],
                "addresses": [{"type": "InternalIP", "address": node_ip(i)}, {"type": "Hostname", "address": name}],
                "nodeInfo": {"kubeletVersion": "v1.33.2", "containerRuntimeVersion": "containerd://2.0.0", "operatingSystem": "linux", "architecture": "amd64",
                  "osImage": "kube-sim", "kernelVersion": "6.0.0", "kubeProxyVersion": "", "machineID": "", "systemUUID": "", "bootID": ""}}});
            let _ = self.commit(&node_rt, "", &name, status, &WriteCtx::internal("kubelet", "v1", "status"));
        }
        let svc_rt = self.types["/services"].clone();
        let svc = json!({"metadata": {"labels": {"component": "apiserver", "provider": "kubernetes"}},
            "spec": {"clusterIP": "10.96.0.1", "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443}]}});
        let _ = self.commit(&svc_rt, "default", "kubernetes", svc, &WriteCtx::internal("kube-apiserver", "v1", ""));
    }
}

/// Drop fields a CRD schema does not declare. Strict validation makes that a 400; Warn returns
/// warning texts; Ignore drops silently.
pub fn prune_checked(rt: &ResourceType, ctx: &WriteCtx, obj: &mut Value) -> ApiResult<Vec<String>> {
    let Some(schemas) = &rt.crd_schemas else { return Ok(vec![]) };
    let version = ctx.api_version.rsplit('/').next().unwrap_or("");
    let Some((_, schema)) = schemas.iter().find(|(v, _)| v == version).or(schemas.first()) else { return Ok(vec![]) };
    if !schema.is_object() {
        return Ok(vec![]);
    }
    let mut dropped = Vec::new();
    kinds::prune(obj, schema, "", &mut dropped);
    if dropped.is_empty() {
        return Ok(vec![]);
    }
    match ctx.field_validation.as_str() {
        "Strict" => Err(ApiError::bad_request(format!(
            "strict decoding error: {}",
            dropped.iter().map(|d| format!("unknown field \"{d}\"")).collect::<Vec<_>>().join(", ")
        ))),
        "Ignore" => Ok(vec![]),
        _ => Ok(dropped.iter().map(|d| format!("unknown field \"{d}\"")).collect()),
    }
}

pub fn node_name(i: usize) -> String {
    format!("kube-sim-node-{}", i + 1)
}

pub fn node_ip(i: usize) -> String {
    format!("10.89.0.{}", i + 2)
}

fn finalizers_done(o: &Value) -> bool {
    let empty = |p: &str| o.pointer(p).and_then(Value::as_array).is_none_or(|a| a.is_empty());
    empty("/metadata/finalizers") && empty("/spec/finalizers")
}

fn generation_changes(rt: &ResourceType, old: &Value, new: &Value) -> bool {
    match rt.generation {
        GenRule::None => false,
        GenRule::Spec => old.get("spec") != new.get("spec"),
        GenRule::SpecOrAnnotations => old.get("spec") != new.get("spec") || old.pointer("/metadata/annotations") != new.pointer("/metadata/annotations"),
        GenRule::NonMetadata => {
            let strip = |v: &Value| {
                let mut m = v.as_object().cloned().unwrap_or_default();
                for k in ["metadata", "apiVersion", "kind"] {
                    m.shift_remove(k);
                }
                if rt.has_status {
                    m.shift_remove("status");
                }
                m
            };
            strip(old) != strip(new)
        }
    }
}
