//! Every way verifying a webhook can fail, as one [`WebhookError`].

use std::time::Duration;

/// Why a webhook was rejected (or could not be decoded).
///
/// Separate from [`crate::Error`], which covers calls to the Seam API. No
/// variant ever holds the signing secret or a computed signature; the
/// values it does hold (header names, a timestamp, serde's message) are safe
/// to log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A required header is absent. `name` is the `svix-` name; its
    /// `webhook-` twin (`alternative`) was looked for too.
    #[error("missing webhook header `{name}` (or `{alternative}`)")]
    MissingHeader {
        /// The header's `svix-` name: `svix-id`, `svix-timestamp` or
        /// `svix-signature`.
        name: &'static str,
        /// The same header's `webhook-` name, also accepted.
        alternative: &'static str,
    },
    /// The signing secret is unusable. `reason` says why; the secret itself
    /// is never echoed.
    #[error("invalid webhook signing secret: {reason}")]
    InvalidSecret {
        /// What is wrong with it, e.g. "not valid base64 after `whsec_`".
        reason: &'static str,
    },
    /// No `v1` signature in the signature header matches the body: it was
    /// tampered with, signed with another secret, or not sent by Seam.
    #[error(
        "no webhook signature matches ({checked} v1 signature(s) checked, \
         {ignored} of other versions ignored)"
    )]
    NoMatchingSignature {
        /// How many `v1,...` entries were compared.
        checked: usize,
        /// How many entries of other versions (`v1a,...`) or of no known
        /// shape were skipped.
        ignored: usize,
    },
    /// The timestamp header is not a whole number of seconds since the Unix
    /// epoch.
    #[error("webhook timestamp is not a number of seconds: {value:?}")]
    InvalidTimestamp {
        /// The header's value (cut to 64 characters).
        value: String,
    },
    /// The signature is valid but the timestamp is further in the past than
    /// the tolerance allows: a replay, or a badly skewed clock.
    #[error(
        "webhook timestamp is {}s old, beyond the {}s tolerance",
        age.as_secs(),
        tolerance.as_secs()
    )]
    TimestampTooOld {
        /// How far in the past the timestamp is.
        age: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The signature is valid but the timestamp is further in the future
    /// than the tolerance allows: a badly skewed clock.
    #[error(
        "webhook timestamp is {}s in the future, beyond the {}s tolerance",
        ahead.as_secs(),
        tolerance.as_secs()
    )]
    TimestampInFuture {
        /// How far in the future the timestamp is.
        ahead: Duration,
        /// The tolerance in force.
        tolerance: Duration,
    },
    /// The webhook is authentic but its body does not decode into the
    /// requested type.
    #[error("webhook body does not decode at `{path}`: {message}")]
    Decode {
        /// Where in the body decoding failed (`.` for the whole body,
        /// `created_at`, `data.items[0]`, …).
        path: String,
        /// serde's message, with line and column.
        message: String,
    },
}
