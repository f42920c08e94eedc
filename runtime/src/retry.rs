//! When a failed attempt is tried again, and after how long.
//!
//! The rule that matters most: a request whose bytes may have reached the
//! server is replayed only if its method is idempotent. A `POST` that may
//! have been applied is never sent twice; one that certainly was not sent
//! (connection refused, DNS failure, TLS handshake failure) is.

use std::hash::{BuildHasher, RandomState};
use std::time::{Duration, SystemTime};

use crate::endpoint::Method;
use crate::error::TransportError;
use crate::transport::Reply;

/// How many times, and how far apart, a failed attempt is retried.
///
/// The default: 2 retries, exponential backoff from 200 ms (about 200 ms,
/// then about 400 ms, each ±20 % jitter), waits capped at 30 s; a longer
/// `Retry-After` from the server is honoured up to that cap. Whatever the
/// policy, retries stop at the client's overall deadline.
///
/// ```
/// use std::time::Duration;
/// use seamapi_runtime::RetryPolicy;
/// let patient = RetryPolicy::new(5).base_delay(Duration::from_millis(500));
/// let never = RetryPolicy::none();
/// assert_eq!(never.max_retries(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy::default().with_max_retries(0)
    }

    /// Up to `max_retries` retries, with the default delays.
    pub fn new(max_retries: u32) -> Self {
        RetryPolicy::default().with_max_retries(max_retries)
    }

    fn with_max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// The first wait; each next one doubles.
    #[must_use]
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest wait, for backoff and for `Retry-After` alike.
    #[must_use]
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// How many retries at most.
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// The backoff before retry number `retry` (1 for the first), with
    /// `jitter` a factor near 1.
    fn backoff(&self, retry: u32, jitter: f64) -> Duration {
        let exponent = retry.saturating_sub(1).min(20);
        let delay = self.base_delay.saturating_mul(1 << exponent);
        delay.mul_f64(jitter).min(self.max_delay)
    }

    /// Whether the attempt that ended in `outcome` is retried (as retry
    /// number `retry`), and after how long.
    pub(crate) fn decide(
        &self,
        method: Method,
        outcome: &Result<Reply, TransportError>,
        retry: u32,
    ) -> Option<Duration> {
        if retry > self.max_retries {
            return None;
        }
        let backoff = self.backoff(retry, jitter());
        match outcome {
            Err(error) => (!error.may_have_been_sent || method.is_idempotent()).then_some(backoff),
            Ok(reply) => {
                let retryable = reply.status == 429 || (500..600).contains(&reply.status);
                if !retryable || !method.is_idempotent() {
                    return None;
                }
                let asked = reply
                    .retry_after
                    .as_deref()
                    .and_then(|v| parse_retry_after(v, SystemTime::now()));
                Some(
                    asked
                        .map_or(backoff, |asked| asked.max(backoff))
                        .min(self.max_delay),
                )
            }
        }
    }
}

/// A jitter factor in [0.8, 1.2), from std's per-process random keys.
fn jitter() -> f64 {
    let random = RandomState::new().hash_one(SystemTime::now());
    0.8 + 0.4 * ((random >> 11) as f64 / (1u64 << 53) as f64)
}

/// A `Retry-After` value: whole seconds, or an HTTP date.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = jiff::fmt::rfc2822::DateTimeParser::new()
        .parse_timestamp(value)
        .ok()?;
    let now = now.duration_since(SystemTime::UNIX_EPOCH).ok()?;
    let at = u64::try_from(at.as_second()).unwrap_or(0);
    Some(Duration::from_secs(at).saturating_sub(now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::TransportErrorKind;

    fn reply(status: u16, retry_after: Option<&str>) -> Result<Reply, TransportError> {
        Ok(Reply {
            status,
            request_id: None,
            content_type: None,
            retry_after: retry_after.map(str::to_owned),
            body: Vec::new(),
        })
    }

    fn transport(may_have_been_sent: bool) -> Result<Reply, TransportError> {
        Err(TransportError {
            kind: TransportErrorKind::Io,
            may_have_been_sent,
            message: String::new(),
            source: None,
        })
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.backoff(1, 1.0), Duration::from_millis(200));
        assert_eq!(policy.backoff(2, 1.0), Duration::from_millis(400));
        assert_eq!(policy.backoff(2, 1.2), Duration::from_millis(480));
        assert_eq!(policy.backoff(40, 1.0), Duration::from_secs(30));
        for _ in 0..1000 {
            let j = jitter();
            assert!((0.8..1.2).contains(&j), "{j}");
        }
    }

    #[test]
    fn only_idempotent_methods_are_retried_after_the_server_may_have_seen_them() {
        let policy = RetryPolicy::default();
        for status in [429, 500, 502, 503, 599] {
            assert!(
                policy
                    .decide(Method::Get, &reply(status, None), 1)
                    .is_some(),
                "{status}"
            );
            assert!(
                policy
                    .decide(Method::Delete, &reply(status, None), 1)
                    .is_some(),
                "{status}"
            );
            assert!(
                policy
                    .decide(Method::Put, &reply(status, None), 1)
                    .is_some(),
                "{status}"
            );
            assert!(
                policy
                    .decide(Method::Post, &reply(status, None), 1)
                    .is_none(),
                "{status}"
            );
            assert!(
                policy
                    .decide(Method::Patch, &reply(status, None), 1)
                    .is_none(),
                "{status}"
            );
        }
        for status in [200, 400, 401, 404, 409] {
            assert!(
                policy
                    .decide(Method::Get, &reply(status, None), 1)
                    .is_none(),
                "{status}"
            );
        }
        assert!(policy.decide(Method::Get, &transport(true), 1).is_some());
        assert!(policy.decide(Method::Post, &transport(true), 1).is_none());
        assert!(
            policy.decide(Method::Post, &transport(false), 1).is_some(),
            "never sent: safe"
        );
    }

    #[test]
    fn retries_stop_at_the_maximum() {
        let policy = RetryPolicy::new(2);
        assert!(policy.decide(Method::Get, &reply(503, None), 2).is_some());
        assert!(policy.decide(Method::Get, &reply(503, None), 3).is_none());
        assert!(
            RetryPolicy::none()
                .decide(Method::Post, &transport(false), 1)
                .is_none()
        );
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let wait = policy
            .decide(Method::Get, &reply(429, Some("3")), 1)
            .unwrap();
        assert_eq!(wait, Duration::from_secs(3));
        let wait = policy
            .decide(Method::Get, &reply(429, Some("3600")), 1)
            .unwrap();
        assert_eq!(wait, Duration::from_secs(30));
        // A shorter Retry-After than the backoff does not shorten it.
        let wait = policy
            .decide(Method::Get, &reply(503, Some("0")), 2)
            .unwrap();
        assert!(wait >= Duration::from_millis(320), "{wait:?}");
    }

    #[test]
    fn retry_after_parses_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:27 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }
}
