//! Every way a call can fail, as one [`Error`] type.
//!
//! The error's face holds only plain data (status, Seam's error type, message,
//! request id, …): no type of the HTTP library leaks through it, and no secret
//! is ever part of it.

use std::fmt;

/// Any failure of a Seam call or of building a [`Client`](crate::Client).
///
/// Its `Display` is one line holding everything a person needs to act on it:
/// the kind, the HTTP status, Seam's error type and message and the
/// `seam-request-id`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Seam answered with an error of its own (a JSON body with
    /// `error.type` and `error.message`).
    #[error(transparent)]
    Api(Box<ApiError>),
    /// Seam rejected the credentials (any HTTP 401, whatever its body).
    #[error(transparent)]
    Unauthorized(Box<UnauthorizedError>),
    /// Seam rejected the parameters (`invalid_input`), with one message list
    /// per parameter.
    #[error(transparent)]
    InvalidInput(Box<InvalidInputError>),
    /// A failure status whose body is not a Seam error (an HTML page from a
    /// proxy, plain text, truncated JSON, …).
    #[error(transparent)]
    Http(Box<HttpError>),
    /// A successful reply whose body does not decode into the response type.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// The exchange itself failed: connection, TLS, timeout, I/O.
    #[error(transparent)]
    Transport(Box<TransportError>),
    /// A parameter of the request is invalid; nothing was sent.
    #[error(transparent)]
    InvalidParameter(Box<InvalidParameterError>),
    /// An action attempt (e.g. unlocking a door) failed; carries the attempt.
    #[error(transparent)]
    ActionAttemptFailed(Box<ActionAttemptFailedError>),
    /// An action attempt had not resolved when waiting for it timed out;
    /// carries the last state seen.
    #[error(transparent)]
    ActionAttemptTimedOut(Box<ActionAttemptTimedOutError>),
    /// The client's configuration is invalid; caught before any call.
    #[error("invalid options: {message}")]
    InvalidOptions {
        /// What is wrong with the configuration.
        message: String,
    },
}

impl Error {
    /// An [`Error::InvalidOptions`] with this message.
    pub fn invalid_options(message: impl Into<String>) -> Self {
        Error::InvalidOptions {
            message: message.into(),
        }
    }

    /// An [`Error::InvalidParameter`] for `parameter` (a dotted path such as
    /// `requested_access_methods.0.code`) with this message.
    pub fn invalid_parameter(parameter: impl Into<String>, message: impl Into<String>) -> Self {
        Error::InvalidParameter(Box::new(InvalidParameterError {
            parameter: parameter.into(),
            message: message.into(),
        }))
    }

    /// The HTTP status of the reply, where there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Unauthorized(e) => Some(e.status),
            Error::InvalidInput(e) => Some(e.status),
            Error::Http(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// Seam's error type (`"device_not_found"`, `"invalid_input"`,
    /// `"unauthorized"`, …), where Seam gave one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Api(e) => Some(&e.error_type),
            Error::Unauthorized(e) => Some(e.error_type.as_deref().unwrap_or("unauthorized")),
            Error::InvalidInput(e) => Some(&e.error_type),
            Error::ActionAttemptFailed(e) => Some(&e.error_type),
            _ => None,
        }
    }

    /// The `seam-request-id` of the reply, to quote when asking Seam for help.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Unauthorized(e) => e.request_id.as_deref(),
            Error::InvalidInput(e) => e.request_id.as_deref(),
            Error::Http(e) => e.request_id.as_deref(),
            Error::Decode(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// The human-readable message.
    pub fn message(&self) -> &str {
        match self {
            Error::Api(e) => &e.message,
            Error::Unauthorized(e) => &e.message,
            Error::InvalidInput(e) => &e.message,
            Error::Http(e) => &e.snippet,
            Error::Decode(e) => &e.message,
            Error::Transport(e) => &e.message,
            Error::InvalidParameter(e) => &e.message,
            Error::ActionAttemptFailed(e) => &e.message,
            Error::ActionAttemptTimedOut(_) => "the action attempt did not resolve in time",
            Error::InvalidOptions { message } => message,
        }
    }

    /// Whether the request may have reached the server, so that it may have
    /// taken effect. `false` only when it certainly did not (it was rejected
    /// before sending, or the connection was never made).
    pub fn may_have_been_sent(&self) -> bool {
        match self {
            Error::Transport(e) => e.may_have_been_sent,
            Error::InvalidParameter(_) | Error::InvalidOptions { .. } => false,
            _ => true,
        }
    }
}

macro_rules! boxed_from {
    ($($variant:ident($ty:ty)),* $(,)?) => {
        $(
            impl From<$ty> for Error {
                fn from(error: $ty) -> Self {
                    Error::$variant(Box::new(error))
                }
            }
        )*
    };
}

boxed_from!(
    Api(ApiError),
    Unauthorized(UnauthorizedError),
    InvalidInput(InvalidInputError),
    Http(HttpError),
    Decode(DecodeError),
    Transport(TransportError),
    InvalidParameter(InvalidParameterError),
    ActionAttemptFailed(ActionAttemptFailedError),
    ActionAttemptTimedOut(ActionAttemptTimedOutError),
);

/// Writes ` (request id: …)` when there is one.
fn fmt_request_id(f: &mut fmt::Formatter<'_>, request_id: Option<&str>) -> fmt::Result {
    match request_id {
        Some(id) => write!(f, " (request id: {id})"),
        None => Ok(()),
    }
}

/// An error reported by Seam in its JSON error body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: u16,
    /// Seam's error type, e.g. `"device_not_found"`.
    pub error_type: String,
    /// Seam's message.
    pub message: String,
    /// Seam's `error.data`, where present.
    pub data: Option<serde_json::Value>,
    /// The `seam-request-id` response header.
    pub request_id: Option<String>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Seam API error {} {}: {}",
            self.status, self.error_type, self.message
        )?;
        fmt_request_id(f, self.request_id.as_deref())
    }
}

impl std::error::Error for ApiError {}

/// The credentials were rejected (HTTP 401).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnauthorizedError {
    /// The HTTP status (401).
    pub status: u16,
    /// Seam's error type, when the body carried one.
    pub error_type: Option<String>,
    /// Seam's message, or a generic one when the body had none.
    pub message: String,
    /// The `seam-request-id` response header.
    pub request_id: Option<String>,
}

impl fmt::Display for UnauthorizedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unauthorized ({}): {}", self.status, self.message)?;
        fmt_request_id(f, self.request_id.as_deref())
    }
}

impl std::error::Error for UnauthorizedError {}

/// The messages Seam gave for one parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParameterError {
    /// The parameter's dotted path, e.g. `device_id` or
    /// `requested_access_methods.0.code`; empty for messages about the
    /// request as a whole.
    pub parameter: String,
    /// What is wrong with it.
    pub messages: Vec<String>,
}

/// Seam rejected the request's parameters (`invalid_input`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InvalidInputError {
    /// The HTTP status (usually 400).
    pub status: u16,
    /// Seam's error type (`"invalid_input"`).
    pub error_type: String,
    /// Seam's message.
    pub message: String,
    /// One entry per parameter that has messages, sorted by parameter path.
    pub parameters: Vec<ParameterError>,
    /// Seam's `error.data`, where present.
    pub data: Option<serde_json::Value>,
    /// The `seam-request-id` response header.
    pub request_id: Option<String>,
}

impl InvalidInputError {
    /// The messages for one parameter (by dotted path), if Seam gave any.
    pub fn messages_for(&self, parameter: &str) -> Option<&[String]> {
        self.parameters
            .iter()
            .find(|p| p.parameter == parameter)
            .map(|p| p.messages.as_slice())
    }
}

impl fmt::Display for InvalidInputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Seam API error {} {}: {}",
            self.status, self.error_type, self.message
        )?;
        for p in &self.parameters {
            let name = if p.parameter.is_empty() {
                "(request)"
            } else {
                &p.parameter
            };
            write!(f, "; {name}: {}", p.messages.join(", "))?;
        }
        fmt_request_id(f, self.request_id.as_deref())
    }
}

impl std::error::Error for InvalidInputError {}

/// A failure status whose body is not a Seam error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HttpError {
    /// The HTTP status.
    pub status: u16,
    /// The `content-type` of the body, where given.
    pub content_type: Option<String>,
    /// The start of the body as text, on one line (at most 200 characters).
    pub snippet: String,
    /// The `seam-request-id` response header.
    pub request_id: Option<String>,
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unexpected HTTP {} response", self.status)?;
        if let Some(ct) = &self.content_type {
            write!(f, " ({ct})")?;
        }
        if !self.snippet.is_empty() {
            write!(f, ": {}", self.snippet)?;
        }
        fmt_request_id(f, self.request_id.as_deref())
    }
}

impl std::error::Error for HttpError {}

/// A successful reply whose body did not decode into the response type.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status of the reply.
    pub status: u16,
    /// Where decoding failed, as a dotted path into the body (e.g.
    /// `access_grant.created_at`); `.` for the body as a whole.
    pub path: String,
    /// What failed.
    pub message: String,
    /// The `seam-request-id` response header.
    pub request_id: Option<String>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode the HTTP {} response at `{}`: {}",
            self.status, self.path, self.message
        )?;
        fmt_request_id(f, self.request_id.as_deref())
    }
}

impl std::error::Error for DecodeError {}

/// What kind of transport failure happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The host name did not resolve.
    Dns,
    /// No connection could be made (refused, unreachable).
    Connect,
    /// The TLS handshake failed.
    Tls,
    /// A deadline passed.
    Timeout,
    /// The connection broke while the request or the reply was under way.
    Io,
    /// The reply broke the HTTP protocol.
    Protocol,
    /// The reply body was larger than the configured limit.
    BodyTooLarge,
    /// Anything else.
    Other,
}

impl TransportErrorKind {
    fn describe(self) -> &'static str {
        match self {
            TransportErrorKind::Dns => "DNS lookup failed",
            TransportErrorKind::Connect => "connection failed",
            TransportErrorKind::Tls => "TLS failed",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::Io => "connection broke",
            TransportErrorKind::Protocol => "HTTP protocol error",
            TransportErrorKind::BodyTooLarge => "response body too large",
            TransportErrorKind::Other => "transport error",
        }
    }
}

/// The HTTP exchange failed before a complete reply was read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub struct TransportError {
    /// What kind of failure.
    pub kind: TransportErrorKind,
    /// Whether the request's bytes may have reached the server. When `true`,
    /// a non-idempotent request may have been applied.
    pub may_have_been_sent: bool,
    /// A description of the failure.
    pub message: String,
    /// The underlying error, where there is one.
    #[source]
    pub source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.describe(), self.message)?;
        if self.may_have_been_sent {
            f.write_str(" (the request may have been sent and applied)")
        } else {
            f.write_str(" (the request was not sent)")
        }
    }
}

/// A request parameter failed a check made before sending; nothing was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct InvalidParameterError {
    /// The parameter's dotted path, e.g. `requested_access_methods.0.code`.
    pub parameter: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for InvalidParameterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid parameter `{}`: {} (nothing was sent)",
            self.parameter, self.message
        )
    }
}

impl std::error::Error for InvalidParameterError {}

/// An action attempt failed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActionAttemptFailedError {
    /// Seam's error type for the failure, e.g. `"lock_jammed"`.
    pub error_type: String,
    /// Seam's message.
    pub message: String,
    /// The failed attempt.
    pub attempt: crate::ActionAttempt,
}

impl fmt::Display for ActionAttemptFailedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "action attempt {} ({}) failed: {}: {}",
            self.attempt.action_attempt_id, self.attempt.action_type, self.error_type, self.message
        )
    }
}

impl std::error::Error for ActionAttemptFailedError {}

/// Waiting for an action attempt timed out.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActionAttemptTimedOutError {
    /// How long the client waited.
    pub timeout: std::time::Duration,
    /// The attempt as last seen (still unresolved).
    pub attempt: crate::ActionAttempt,
}

impl fmt::Display for ActionAttemptTimedOutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "action attempt {} ({}) was still {} after waiting {:?}",
            self.attempt.action_attempt_id,
            self.attempt.action_type,
            self.attempt.status_name(),
            self.timeout
        )
    }
}

impl std::error::Error for ActionAttemptTimedOutError {}
