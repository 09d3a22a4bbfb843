//! Install lifecycle output: live progress (a spinner line per component with ready/total and
//! each unready object's reason on a terminal; one plain line per change otherwise, never a
//! repeated "waiting" line) and the `--dry-run` diff. Decides nothing: it renders what
//! `commands/` hands it.

use std::collections::HashMap;
use std::io::{self, Write};
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use super::Printer;
use crate::cluster::apply::{Key, Outcome};
use crate::cluster::lifecycle::{Change, Event, display_name};
use crate::profile::ComponentKind;

fn icon(c: ComponentKind) -> &'static str {
    match c {
        ComponentKind::Base => "⛵️",
        ComponentKind::Pilot => "🧠",
        ComponentKind::IngressGateways => "🛬",
        ComponentKind::EgressGateways => "🛫",
        ComponentKind::Cni => "🪢",
        ComponentKind::Ztunnel => "🔒",
    }
}

/// Renders install events as they arrive.
pub struct InstallProgress {
    multi: Option<MultiProgress>,
    bars: HashMap<ComponentKind, ProgressBar>,
    dry: Vec<(Option<ComponentKind>, Key, Change)>,
}

impl InstallProgress {
    /// Live spinners when stderr is a terminal, plain lines otherwise.
    pub fn new(printer: &Printer) -> Self {
        let multi = printer.stderr_is_tty().then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));
        InstallProgress { multi, bars: HashMap::new(), dry: Vec::new() }
    }

    fn bar(&mut self, c: ComponentKind) -> &ProgressBar {
        let multi = self.multi.as_ref().expect("terminal mode");
        self.bars.entry(c).or_insert_with(|| {
            let b = multi.add(ProgressBar::new_spinner());
            b.set_style(ProgressStyle::with_template("{spinner} {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()));
            b.enable_steady_tick(Duration::from_millis(100));
            b.set_message(format!("{}: applying", display_name(c)));
            b
        })
    }

    /// One event. Errors writing to stderr are ignored (progress is best effort).
    pub fn event(&mut self, printer: &mut Printer, ev: &Event) {
        if let Event::Planned { component, key, change } = ev {
            self.dry.push((*component, key.clone(), change.clone()));
            return;
        }
        if self.multi.is_some() {
            self.tty_event(printer, ev);
        } else {
            self.plain_event(printer, ev);
        }
    }

    fn tty_event(&mut self, printer: &mut Printer, ev: &Event) {
        match ev {
            Event::Applied { component, .. } => {
                self.bar(*component);
            }
            Event::Waiting { component, ready, total, unready } => {
                let mut msg = format!("{}: {ready}/{total} ready", display_name(*component));
                for (k, why) in unready {
                    msg.push_str(&format!("\n    {k}: {why}"));
                }
                self.bar(*component).set_message(msg);
            }
            Event::ComponentDone { component, counts } => {
                let line = format!("✔ {} installed {} ({})", display_name(*component), icon(*component), counts_text(counts.created, counts.updated, counts.unchanged));
                self.bar(*component).finish_with_message(line);
            }
            Event::ComponentFailed { component, error } => {
                let line = format!("✘ {} encountered an error: {error}", display_name(*component));
                self.bar(*component).abandon_with_message(line);
            }
            other => {
                let multi = self.multi.clone();
                if let Some(m) = multi {
                    m.suspend(|| self.plain_event(printer, other));
                }
            }
        }
    }

    fn plain_event(&mut self, printer: &mut Printer, ev: &Event) {
        let _ = match ev {
            Event::Namespace { name, created: true } => printer.note(&format!("✔ Namespace {name} created")),
            Event::Namespace { .. } => Ok(()),
            Event::Applied { key, outcome: Outcome::Created, .. } => printer.note(&format!("  created {key}")),
            Event::Applied { key, outcome: Outcome::Updated, .. } => printer.note(&format!("  updated {key}")),
            Event::Applied { .. } => Ok(()),
            Event::Waiting { component, ready, total, unready } => {
                let mut list: Vec<String> = unready.iter().take(4).map(|(k, why)| format!("{k} ({why})")).collect();
                if unready.len() > 4 {
                    list.push(format!("and {} more", unready.len() - 4));
                }
                printer.note(&format!("- {}: {ready}/{total} ready; waiting for {}", display_name(*component), list.join(", ")))
            }
            Event::ComponentDone { component, counts } => printer.note(&format!(
                "✔ {} installed {} ({})",
                display_name(*component),
                icon(*component),
                counts_text(counts.created, counts.updated, counts.unchanged)
            )),
            Event::ComponentFailed { component, error } => printer.note(&format!("✘ {} encountered an error: {error}", display_name(*component))),
            Event::Pruned { key } => printer.line(&format!("  Removed {key}.")),
            Event::Tag { key, outcome: Outcome::Unchanged } => printer.note(&format!("  unchanged {key} (default revision tag)")),
            Event::Tag { key, outcome } => printer.note(&format!("  {} {key} (default revision tag)", outcome_word(*outcome))),
            Event::Deactivated { key } => printer.note(&format!("  deactivated {key} (the default tag now injects)")),
            Event::Planned { .. } => Ok(()),
        };
    }

    /// Stops the spinners (leaving their last line).
    pub fn finish(&mut self) {
        for b in self.bars.values() {
            if !b.is_finished() {
                b.abandon();
            }
        }
    }

    /// The `--dry-run` result on stdout: one line per create/update/prune (updates with their
    /// changed fields), then counts including the unchanged objects.
    pub fn dry_run_report(&self, printer: &mut Printer, context: &str) -> io::Result<()> {
        let (mut create, mut update, mut same, mut prune) = (0, 0, 0, 0);
        printer.line(&format!("Dry run against context {context:?}: nothing was changed."))?;
        let mut dry: Vec<&(Option<ComponentKind>, Key, Change)> = self.dry.iter().collect();
        dry.sort_by_key(|(c, k, ch)| (*ch == Change::Prune, *c, k.clone()));
        for (_, key, change) in dry {
            match change {
                Change::Create => {
                    create += 1;
                    printer.line(&format!("+ create     {key}"))?;
                }
                Change::Update(fields) => {
                    update += 1;
                    printer.line(&format!("~ update     {key}"))?;
                    if fields.is_empty() {
                        printer.line("      (exists without the installer's labels; will be taken over)")?;
                    }
                    for (path, before, after) in fields.iter().take(20) {
                        match (before.as_ref().and_then(Value::as_str), after.as_ref().and_then(Value::as_str)) {
                            (Some(a), Some(b)) if a.contains('\n') || b.contains('\n') => {
                                printer.line(&format!("      {path}:"))?;
                                for l in text_diff(a, b) {
                                    printer.line(&format!("        {l}"))?;
                                }
                            }
                            _ => printer.line(&format!("      {path}: {} → {}", short(before), short(after)))?,
                        }
                    }
                    if fields.len() > 20 {
                        printer.line(&format!("      … and {} more fields", fields.len() - 20))?;
                    }
                }
                Change::Unchanged => same += 1,
                Change::Prune => {
                    prune += 1;
                    printer.line(&format!("- prune      {key}"))?;
                }
            }
        }
        printer.line(&format!("{create} to create, {update} to update, {same} unchanged, {prune} to prune."))
    }
}

/// Changed lines of a multi-line value (`-` old, `+` new), at most 12.
fn text_diff(a: &str, b: &str) -> Vec<String> {
    let diff = similar::TextDiff::from_lines(a, b);
    let mut out: Vec<String> = diff
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .map(|c| {
            let sign = if c.tag() == similar::ChangeTag::Delete { '-' } else { '+' };
            format!("{sign} {}", c.value().trim_end_matches('\n'))
        })
        .collect();
    if out.len() > 12 {
        let more = out.len() - 12;
        out.truncate(12);
        out.push(format!("… and {more} more changed lines"));
    }
    out
}

fn short(v: &Option<Value>) -> String {
    match v {
        None => "(absent)".to_string(),
        Some(v) => {
            let s = v.to_string();
            if s.chars().count() > 60 { format!("{}…", s.chars().take(60).collect::<String>()) } else { s }
        }
    }
}

fn outcome_word(o: Outcome) -> &'static str {
    match o {
        Outcome::Created => "created",
        Outcome::Updated => "updated",
        Outcome::Unchanged => "unchanged",
    }
}

fn counts_text(created: usize, updated: usize, unchanged: usize) -> String {
    if created + updated == 0 {
        format!("no changes, {unchanged} objects up to date")
    } else {
        format!("{created} created, {updated} updated, {unchanged} unchanged")
    }
}

/// Flushes stdout so prompt/answers interleave properly with progress on stderr.
pub fn flush(printer: &mut Printer) {
    let _ = printer.flush();
    let _ = io::stderr().flush();
}
