//! Verifying the webhooks Seam sends (feature `webhooks`, on by default).
//!
//! Seam signs each webhook the Svix way: three headers, `svix-id`,
//! `svix-timestamp` and `svix-signature` (or the same with a `webhook-`
//! prefix), the last holding one or more space-separated
//! `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` under the
//! endpoint's signing secret (`whsec_...`). A [`Webhook`] checks them in
//! constant time, rejects timestamps more than five minutes off, and decodes
//! the body:
//!
//! ```
//! use seamapi::webhooks::{Webhook, WebhookHeaders};
//!
//! let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")?;
//! // From your HTTP server: any (name, value) pairs, in any letter case.
//! let headers = [
//!     ("Svix-Id", "msg_p5jXN8AQM9LWM0D4loKWxJek"),
//!     ("Svix-Timestamp", "1614265330"),
//!     ("Svix-Signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
//! ];
//! let body = br#"{"test": 2432232314}"#;
//! let now = "2021-02-25T15:02:10Z".parse()?; // `verify` uses the clock
//! let value: serde_json::Value = webhook.verify_at(headers, body, now)?;
//! assert_eq!(value["test"], 2432232314_u64);
//!
//! // Or the three values directly:
//! let headers = WebhookHeaders::new(
//!     "msg_p5jXN8AQM9LWM0D4loKWxJek",
//!     "1614265330",
//!     "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
//! );
//! let value: serde_json::Value = webhook.verify_at(headers, body, now)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Seam events decode into [`Event`] with [`Webhook::verify_event`].

mod error;
mod event;

// The generated `webhooks` endpoints (create, list, …) live here too. The
// verifier's `Webhook` takes precedence over the resource of that name,
// which stays at `seamapi::resources::Webhook`.
#[cfg(feature = "api-webhooks")]
pub use crate::generated::webhooks::*;

use std::fmt;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::digest::zeroize::Zeroize as _;
use hmac::{Hmac, KeyInit as _, Mac as _};
use serde::de::DeserializeOwned;
use sha2::Sha256;

use crate::Timestamp;

pub use error::WebhookError;
pub use event::{Event, WebhookEvent};

type HmacSha256 = Hmac<Sha256>;

/// How far a webhook's timestamp may be from the current time, either way,
/// unless [`Webhook::with_tolerance`] says otherwise: five minutes.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// The prefix of Seam's (and Svix's) webhook signing secrets.
const SECRET_PREFIX: &str = "whsec_";

/// The longest header value an error repeats.
const MAX_ECHOED_CHARS: usize = 64;

/// A verifier for the webhooks of one Seam webhook endpoint, built from its
/// signing secret.
///
/// Cheap to clone, `Send + Sync`. Its `Debug` shows the tolerance, never the
/// secret.
#[derive(Clone)]
pub struct Webhook {
    /// HMAC-SHA256 keyed with the secret, nothing fed yet; cloned for each
    /// message. Only the key's derived state is kept, wiped on drop.
    keyed: HmacSha256,
    tolerance: Duration,
}

impl Webhook {
    /// A verifier for the endpoint whose signing secret is `secret`:
    /// `whsec_` then base64 (the prefix may be left out; surrounding
    /// whitespace is ignored).
    ///
    /// # Errors
    ///
    /// [`WebhookError::InvalidSecret`] when nothing follows the prefix or it
    /// is not valid base64. The error never repeats the secret.
    pub fn new(secret: impl AsRef<str>) -> Result<Self, WebhookError> {
        let secret = secret.as_ref().trim();
        let encoded = secret.strip_prefix(SECRET_PREFIX).unwrap_or(secret);
        if encoded.is_empty() {
            return Err(WebhookError::InvalidSecret {
                reason: "it is empty",
            });
        }
        let mut key = STANDARD
            .decode(encoded)
            .map_err(|_| WebhookError::InvalidSecret {
                reason: "it is not valid base64 after the `whsec_` prefix",
            })?;
        let keyed = HmacSha256::new_from_slice(&key);
        key.zeroize();
        let keyed = keyed.map_err(|_| WebhookError::InvalidSecret {
            reason: "HMAC-SHA256 refuses a key of its length",
        })?;
        Ok(Webhook {
            keyed,
            tolerance: DEFAULT_TOLERANCE,
        })
    }

    /// The same verifier, accepting timestamps up to `tolerance` away from
    /// the current time (either way) instead of [`DEFAULT_TOLERANCE`].
    #[must_use]
    pub fn with_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// How far a timestamp may be from the current time.
    pub fn tolerance(&self) -> Duration {
        self.tolerance
    }

    /// Verifies a webhook against the system clock and decodes its body
    /// into `T`.
    ///
    /// `headers` are the request's headers as `(name, value)` pairs, in any
    /// letter case, from any HTTP server crate (or a [`WebhookHeaders`]).
    /// `body` is the raw request body, byte for byte as received: parsing
    /// and re-serializing it breaks the signature.
    ///
    /// # Errors
    ///
    /// In this order: [`MissingHeader`](WebhookError::MissingHeader),
    /// [`InvalidTimestamp`](WebhookError::InvalidTimestamp),
    /// [`NoMatchingSignature`](WebhookError::NoMatchingSignature),
    /// [`TimestampTooOld`](WebhookError::TimestampTooOld) or
    /// [`TimestampInFuture`](WebhookError::TimestampInFuture) (so a
    /// timestamp error means the signature was valid), then
    /// [`Decode`](WebhookError::Decode).
    pub fn verify<T: DeserializeOwned>(
        &self,
        headers: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
        body: &[u8],
    ) -> Result<T, WebhookError> {
        self.verify_at(headers, body, Timestamp::now())
    }

    /// [`Webhook::verify`] with `now` as the current time: for tests, and
    /// for replaying stored webhooks.
    ///
    /// # Errors
    ///
    /// As [`Webhook::verify`].
    pub fn verify_at<T: DeserializeOwned>(
        &self,
        headers: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
        body: &[u8],
        now: Timestamp,
    ) -> Result<T, WebhookError> {
        let headers = Found::collect(headers)?;
        let sent_at = parse_timestamp(&headers.timestamp)?;
        self.check_signature(&headers, body)?;
        self.check_timestamp(sent_at, now)?;
        decode(body)
    }

    /// Verifies a webhook against the system clock and decodes it as a Seam
    /// [`Event`]: [`Webhook::verify`] with the SDK's event type.
    ///
    /// # Errors
    ///
    /// As [`Webhook::verify`].
    pub fn verify_event(
        &self,
        headers: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
        body: &[u8],
    ) -> Result<WebhookEvent, WebhookError> {
        self.verify(headers, body)
    }

    /// Whether any `v1` entry of the signature header is the HMAC of
    /// `{id}.{timestamp}.{body}`, compared in constant time. Every entry is
    /// compared, match or not.
    fn check_signature(&self, headers: &Found, body: &[u8]) -> Result<(), WebhookError> {
        let mut mac = self.keyed.clone();
        mac.update(headers.id.as_bytes());
        mac.update(b".");
        mac.update(headers.timestamp.as_bytes());
        mac.update(b".");
        mac.update(body);

        let (mut checked, mut ignored, mut matched) = (0, 0, false);
        for entry in headers.signatures.split_ascii_whitespace() {
            match entry.split_once(',') {
                Some(("v1", signature)) => {
                    checked += 1;
                    // A v1 entry that is not base64 simply does not match.
                    if let Ok(signature) = STANDARD.decode(signature) {
                        matched |= mac.clone().verify_slice(&signature).is_ok();
                    }
                }
                _ => ignored += 1,
            }
        }
        if matched {
            Ok(())
        } else {
            Err(WebhookError::NoMatchingSignature { checked, ignored })
        }
    }

    fn check_timestamp(&self, sent_at: i64, now: Timestamp) -> Result<(), WebhookError> {
        const NANOS_PER_SECOND: i128 = 1_000_000_000;
        let behind = now.as_nanosecond() - i128::from(sent_at) * NANOS_PER_SECOND;
        let distance = behind.unsigned_abs();
        if distance <= self.tolerance.as_nanos() {
            return Ok(());
        }
        // |behind| < 2^63 s + now, so the seconds always fit in a u64.
        let seconds = u64::try_from(distance / NANOS_PER_SECOND.unsigned_abs()).unwrap_or(u64::MAX);
        let nanos = u32::try_from(distance % NANOS_PER_SECOND.unsigned_abs()).unwrap_or(0);
        let difference = Duration::new(seconds, nanos);
        let tolerance = self.tolerance;
        Err(if behind > 0 {
            WebhookError::TimestampTooOld {
                age: difference,
                tolerance,
            }
        } else {
            WebhookError::TimestampInFuture {
                ahead: difference,
                tolerance,
            }
        })
    }
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook")
            .field("secret", &format_args!("[redacted]"))
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

/// The three signature headers, given directly rather than picked out of a
/// request's headers. Pass it wherever [`Webhook::verify`] takes headers.
///
/// ```
/// # use seamapi::webhooks::{Webhook, WebhookHeaders};
/// # fn handle(webhook: &Webhook, id: &str, timestamp: &str, signature: &str, body: &[u8])
/// # -> Result<(), seamapi::webhooks::WebhookError> {
/// let event = webhook.verify_event(WebhookHeaders::new(id, timestamp, signature), body)?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookHeaders<'a> {
    /// The `svix-id` (or `webhook-id`) header: the message id.
    pub id: &'a str,
    /// The `svix-timestamp` (or `webhook-timestamp`) header: seconds since
    /// the Unix epoch.
    pub timestamp: &'a str,
    /// The `svix-signature` (or `webhook-signature`) header: space-separated
    /// `v1,<base64>` entries.
    pub signature: &'a str,
}

impl<'a> WebhookHeaders<'a> {
    /// The three header values.
    pub const fn new(id: &'a str, timestamp: &'a str, signature: &'a str) -> Self {
        WebhookHeaders {
            id,
            timestamp,
            signature,
        }
    }
}

impl<'a> IntoIterator for WebhookHeaders<'a> {
    type Item = (&'static str, &'a str);
    type IntoIter = std::array::IntoIter<(&'static str, &'a str), 3>;

    /// The three headers under their `svix-` names.
    fn into_iter(self) -> Self::IntoIter {
        [
            (ID.svix, self.id),
            (TIMESTAMP.svix, self.timestamp),
            (SIGNATURE.svix, self.signature),
        ]
        .into_iter()
    }
}

/// One header Seam signs with, under both its names.
struct HeaderName {
    svix: &'static str,
    webhook: &'static str,
}

const ID: HeaderName = HeaderName {
    svix: "svix-id",
    webhook: "webhook-id",
};
const TIMESTAMP: HeaderName = HeaderName {
    svix: "svix-timestamp",
    webhook: "webhook-timestamp",
};
const SIGNATURE: HeaderName = HeaderName {
    svix: "svix-signature",
    webhook: "webhook-signature",
};

/// The signature headers found in a request.
struct Found {
    id: String,
    timestamp: String,
    /// Every signature header's entries, joined by spaces.
    signatures: String,
}

impl Found {
    /// Picks the three headers out of `headers`, ignoring letter case. A
    /// `svix-` header wins over its `webhook-` twin; of repeated headers the
    /// first counts, except signatures, which all count (each must be valid
    /// for the same id, timestamp and body anyway).
    fn collect(
        headers: impl IntoIterator<Item = (impl AsRef<str>, impl AsRef<str>)>,
    ) -> Result<Self, WebhookError> {
        let mut id = [None, None];
        let mut timestamp = [None, None];
        let mut signatures: Option<String> = None;
        for (name, value) in headers {
            let (name, value) = (name.as_ref(), value.as_ref().trim());
            if let Some(slot) = ID.slot(name) {
                id[slot].get_or_insert_with(|| value.to_owned());
            } else if let Some(slot) = TIMESTAMP.slot(name) {
                timestamp[slot].get_or_insert_with(|| value.to_owned());
            } else if SIGNATURE.slot(name).is_some() {
                let all = signatures.get_or_insert_with(String::new);
                all.push(' ');
                all.push_str(value);
            }
        }
        let [svix_id, webhook_id] = id;
        let [svix_timestamp, webhook_timestamp] = timestamp;
        Ok(Found {
            id: svix_id.or(webhook_id).ok_or(ID.missing())?,
            timestamp: svix_timestamp
                .or(webhook_timestamp)
                .ok_or(TIMESTAMP.missing())?,
            signatures: signatures.ok_or(SIGNATURE.missing())?,
        })
    }
}

impl HeaderName {
    /// 0 if `name` is this header's `svix-` name, 1 if its `webhook-` name.
    fn slot(&self, name: &str) -> Option<usize> {
        if name.eq_ignore_ascii_case(self.svix) {
            Some(0)
        } else if name.eq_ignore_ascii_case(self.webhook) {
            Some(1)
        } else {
            None
        }
    }

    fn missing(&self) -> WebhookError {
        WebhookError::MissingHeader {
            name: self.svix,
            alternative: self.webhook,
        }
    }
}

/// Whole seconds since the Unix epoch: ASCII digits only.
fn parse_timestamp(value: &str) -> Result<i64, WebhookError> {
    let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    digits
        .then(|| value.parse().ok())
        .flatten()
        .ok_or_else(|| WebhookError::InvalidTimestamp {
            value: value.chars().take(MAX_ECHOED_CHARS).collect(),
        })
}

fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, WebhookError> {
    let decode_error = |path: String, error: serde_json::Error| WebhookError::Decode {
        path,
        message: error.to_string(),
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| decode_error(e.path().to_string(), e.into_inner()))?;
    deserializer
        .end()
        .map_err(|e| decode_error(".".to_owned(), e))?;
    Ok(value)
}
