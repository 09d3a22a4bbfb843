//! Retries with exponential backoff for transient failures only (429, 5xx, dropped or refused
//! connections): kube by itself retries just 429/503/504. A 4xx that means "your input is
//! wrong" is returned at once.

use std::future::Future;
use std::time::Duration;

use super::errors::is_transient;

/// Attempts made before giving up (the first try included).
pub const ATTEMPTS: u32 = 6;

/// Runs `op` until it succeeds, fails with a non-transient error, or [`ATTEMPTS`] are used.
/// Delays grow 50 ms, 100 ms, 200 ms … capped at 2 s.
pub async fn with_retry<T, F, Fut>(mut op: F) -> Result<T, kube::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, kube::Error>>,
{
    let mut delay = Duration::from_millis(50);
    let mut attempt = 1;
    loop {
        match op().await {
            Err(e) if attempt < ATTEMPTS && is_transient(&e) => {
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(2));
                attempt += 1;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    fn api_error(code: u16) -> kube::Error {
        kube::Error::Api(Box::new(kube::core::Status { code, ..Default::default() }))
    }

    #[tokio::test(start_paused = true)]
    async fn retries_transient_then_succeeds() {
        let calls = AtomicU32::new(0);
        let r = with_retry(|| async {
            let n = calls.fetch_add(1, Ordering::SeqCst);
            if n < 2 { Err(api_error(500)) } else { Ok(n) }
        })
        .await;
        assert_eq!(r.unwrap(), 2);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn never_retries_client_errors() {
        let calls = AtomicU32::new(0);
        let r: Result<(), _> = with_retry(|| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(api_error(422))
        })
        .await;
        assert!(r.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn gives_up_after_the_budget() {
        let calls = AtomicU32::new(0);
        let r: Result<(), _> = with_retry(|| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(api_error(429))
        })
        .await;
        assert!(r.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), ATTEMPTS);
    }
}
