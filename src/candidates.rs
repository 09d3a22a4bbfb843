//! Dynamic completion candidates for the shell's completion request (`istioctl -n <TAB>` …):
//! namespaces, kubeconfig contexts, installed revisions, tags, waypoints and profiles. The words
//! typed so far say which kubeconfig, context, namespace and `-d` directory to use. A cluster
//! look-up is bounded to [`CLUSTER_BUDGET`] and any failure yields no candidates: nothing here
//! prints or returns an error. `cli::completion` attaches these to the flags.

use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use crate::cluster::{self, Cluster, ConnectOptions};
use crate::profile::Assets;

/// The most one completion request waits for the cluster (connecting and every request).
pub const CLUSTER_BUDGET: Duration = Duration::from_secs(1);

/// The `--set` path whose values are completed.
const SET_PROFILE: &str = "profile=";

/// What the words typed before the one being completed say about the target.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Typed {
    pub kubeconfig: Option<PathBuf>,
    pub context: Option<String>,
    pub namespace: Option<String>,
    pub istio_namespace: Option<String>,
    pub manifests: Option<PathBuf>,
}

impl Typed {
    /// From this process's completion request: the words after the first `--` (as every shell's
    /// registration script passes them), the last one being the word under completion.
    pub fn from_request() -> Typed {
        let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
        let words = args.iter().position(|a| a == "--").map_or(&[][..], |i| &args[i + 1..]);
        Typed::from_words(words)
    }

    /// Reads `--kubeconfig/-c`, `--context`, `-n/--namespace`, `-i/--istioNamespace` and
    /// `-d/--manifests/--charts` as `--flag value`, `--flag=value`, `-xvalue` or bash's split
    /// `--flag = value`; the last word (under completion) is never a value. Later wins.
    pub fn from_words(words: &[String]) -> Typed {
        let done = &words[..words.len().saturating_sub(1)];
        let mut typed = Typed::default();
        let mut i = 0;
        while i < done.len() {
            let word = done[i].as_str();
            i += 1;
            if word == "--" {
                break;
            }
            let (flag, inline) = match word.strip_prefix("--") {
                Some(long) => match long.split_once('=') {
                    Some((name, value)) => (long_flag(name), Some(value.to_string())),
                    None => (long_flag(long), None),
                },
                None => match word
                    .strip_prefix('-')
                    .and_then(|w| w.chars().next().map(|c| (c, &w[c.len_utf8()..])))
                {
                    Some((c, rest)) => {
                        let rest = rest.strip_prefix('=').unwrap_or(rest);
                        (short_flag(c), (!rest.is_empty()).then(|| rest.to_string()))
                    }
                    None => (None, None),
                },
            };
            let Some(flag) = flag else { continue };
            let value = match inline {
                Some(v) => Some(v),
                None => {
                    if done.get(i).is_some_and(|w| w == "=") {
                        i += 1;
                    }
                    let v = done.get(i).cloned();
                    i += 1;
                    v
                }
            };
            let Some(value) = value else { break };
            match flag {
                Flag::Kubeconfig => typed.kubeconfig = Some(PathBuf::from(value)),
                Flag::Context => typed.context = Some(value),
                Flag::Namespace => typed.namespace = Some(value),
                Flag::IstioNamespace => typed.istio_namespace = Some(value),
                Flag::Manifests => typed.manifests = Some(PathBuf::from(value)),
            }
        }
        typed
    }

    fn connect_options(&self) -> ConnectOptions {
        ConnectOptions {
            kubeconfig: self.kubeconfig.clone(),
            context: self.context.clone(),
            timeout: CLUSTER_BUDGET,
            ..ConnectOptions::default()
        }
    }

    fn istio_namespace(&self) -> String {
        self.istio_namespace
            .clone()
            .or_else(|| std::env::var("ISTIOCTL_ISTIONAMESPACE").ok().filter(|v| !v.is_empty()))
            .unwrap_or_else(|| "istio-system".into())
    }
}

#[derive(Debug, Clone, Copy)]
enum Flag {
    Kubeconfig,
    Context,
    Namespace,
    IstioNamespace,
    Manifests,
}

fn long_flag(name: &str) -> Option<Flag> {
    Some(match name {
        "kubeconfig" => Flag::Kubeconfig,
        "context" => Flag::Context,
        "namespace" => Flag::Namespace,
        "istioNamespace" => Flag::IstioNamespace,
        "manifests" | "charts" => Flag::Manifests,
        _ => return None,
    })
}

fn short_flag(c: char) -> Option<Flag> {
    Some(match c {
        'c' => Flag::Kubeconfig,
        'n' => Flag::Namespace,
        'i' => Flag::IstioNamespace,
        'd' => Flag::Manifests,
        _ => return None,
    })
}

/// Runs one cluster look-up within [`CLUSTER_BUDGET`]; a failure or timeout is no candidates.
fn from_cluster<F, Fut>(typed: &Typed, lookup: F) -> Vec<String>
where
    F: FnOnce(Cluster) -> Fut,
    Fut: Future<Output = anyhow::Result<Vec<String>>>,
{
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
        return Vec::new();
    };
    let opts = typed.connect_options();
    let found = runtime.block_on(async {
        tokio::time::timeout(CLUSTER_BUDGET, async { lookup(cluster::connect(&opts).await?).await }).await
    });
    // Nothing may outlive the budget (a stuck credential plugin, a half-open connection).
    runtime.shutdown_background();
    match found {
        Ok(Ok(names)) => names,
        _ => Vec::new(),
    }
}

/// Namespaces in the cluster.
pub fn namespaces(typed: &Typed) -> Vec<String> {
    from_cluster(typed, |c| async move { cluster::namespace::names(&c).await })
}

/// Contexts of the kubeconfig (no cluster involved).
pub fn contexts(typed: &Typed) -> Vec<String> {
    cluster::client::context_names(&typed.connect_options())
}

/// Installed control-plane revisions (`default` for the unrevisioned one).
pub fn revisions(typed: &Typed) -> Vec<String> {
    let istio_ns = typed.istio_namespace();
    from_cluster(typed, |c| async move { cluster::tag::installed_revisions(&c, &istio_ns).await })
}

/// Revision tags in the cluster.
pub fn tags(typed: &Typed) -> Vec<String> {
    from_cluster(typed, |c| async move { cluster::tag::names(&c).await })
}

/// Waypoints in `-n`'s namespace, else the context's.
pub fn waypoints(typed: &Typed) -> Vec<String> {
    let ns = typed
        .namespace
        .clone()
        .unwrap_or_else(|| cluster::client::context_namespace(&typed.connect_options()));
    from_cluster(typed, |c| async move {
        let (_, found) = cluster::waypoint::list(&c, Some(&ns)).await?;
        Ok(found.into_iter().map(|w| w.name).collect())
    })
}

/// Profile names: the built-in ones, or those under `-d`.
pub fn profiles(typed: &Typed) -> Vec<String> {
    Assets::new(typed.manifests.as_deref()).profile_names().unwrap_or_default()
}

/// `--set` values: `profile=` while the word could still become it, then `profile=<name>`.
pub fn set_values(current: &str, typed: &Typed) -> Vec<String> {
    if current.starts_with(SET_PROFILE) {
        return profiles(typed)
            .into_iter()
            .map(|p| format!("{SET_PROFILE}{p}"))
            .filter(|c| c.starts_with(current))
            .collect();
    }
    if SET_PROFILE.starts_with(current) { vec![SET_PROFILE.to_string()] } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn reads_every_spelling_of_the_target_flags() {
        let t = Typed::from_words(&words("istioctl --context=kind -c /k -n apps -i=mesh -d dir tag remove "));
        assert_eq!(t.context.as_deref(), Some("kind"));
        assert_eq!(t.kubeconfig, Some(PathBuf::from("/k")));
        assert_eq!(t.namespace.as_deref(), Some("apps"));
        assert_eq!(t.istio_namespace.as_deref(), Some("mesh"));
        assert_eq!(t.manifests, Some(PathBuf::from("dir")));
        // bash splits `--context=kind` at the `=`; short flags take glued values.
        let t =
            Typed::from_words(&words("istioctl --context = kind -nbookinfo --namespace=x waypoint delete "));
        assert_eq!(t.context.as_deref(), Some("kind"));
        assert_eq!(t.namespace.as_deref(), Some("x"), "the later flag wins");
    }

    #[test]
    fn the_word_under_completion_is_never_a_value() {
        let t = Typed::from_words(&words("istioctl --context kind -n"));
        assert_eq!(t.context.as_deref(), Some("kind"));
        assert_eq!(t.namespace, None);
        assert_eq!(Typed::from_words(&words("istioctl -n")), Typed::default());
        assert_eq!(Typed::from_words(&[]), Typed::default());
        // After `--` nothing is a flag.
        assert_eq!(Typed::from_words(&words("istioctl -- -n apps x")).namespace, None);
    }

    #[test]
    fn set_offers_the_profile_path_then_profiles() {
        let t = Typed::default();
        assert_eq!(set_values("", &t), ["profile="]);
        assert_eq!(set_values("prof", &t), ["profile="]);
        assert!(set_values("values.", &t).is_empty());
        let demo = set_values("profile=de", &t);
        assert!(
            demo.contains(&"profile=demo".to_string()) && demo.contains(&"profile=default".to_string()),
            "{demo:?}"
        );
        assert!(demo.iter().all(|c| c.starts_with("profile=de")), "{demo:?}");
        assert!(set_values("profile=", &t).contains(&"profile=ambient".to_string()));
    }

    #[test]
    fn an_unreachable_cluster_completes_nothing_within_the_budget() {
        let dir = std::env::temp_dir().join(format!("istioctl-candidates-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // A server that accepts connections and never answers.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let kubeconfig = dir.join("config");
        std::fs::write(
            &kubeconfig,
            format!(
                "apiVersion: v1\nkind: Config\ncurrent-context: silent\nclusters:\n- name: silent\n  cluster:\n    server: http://127.0.0.1:{port}\ncontexts:\n- name: silent\n  context:\n    cluster: silent\n    user: u\n- name: other\n  context:\n    cluster: silent\n    user: u\nusers:\n- name: u\n  user:\n    token: t\n"
            ),
        )
        .unwrap();
        let t = Typed { kubeconfig: Some(kubeconfig), ..Typed::default() };
        let start = std::time::Instant::now();
        assert!(namespaces(&t).is_empty());
        // A hang guard, not a speed figure: unbounded, the look-up would wait for the client's
        // read timeout (minutes).
        assert!(start.elapsed() < Duration::from_secs(30), "the look-up hung: {:?}", start.elapsed());
        assert_eq!(contexts(&t), ["silent", "other"]);
        drop(listener);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
