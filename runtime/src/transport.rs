//! The HTTP exchange itself, over one shared `ureq::Agent`.
//!
//! Everything ureq-specific lives here: its errors are translated into
//! [`TransportError`]s that say whether the request may have reached the
//! server, and replies of any status come back as plain [`Reply`] values.

use std::io;
use std::time::Duration;

use ureq::http::{self, HeaderName, HeaderValue};

use crate::endpoint::Method;
use crate::error::{TransportError, TransportErrorKind};

/// A reply of any status, fully read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reply {
    pub status: u16,
    pub request_id: Option<String>,
    pub content_type: Option<String>,
    pub retry_after: Option<String>,
    pub body: Vec<u8>,
}

/// Sends requests through one connection pool.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    agent: ureq::Agent,
    max_response_bytes: u64,
}

impl Transport {
    pub(crate) fn new(
        connect_timeout: Duration,
        max_response_bytes: u64,
        user_agent: &str,
    ) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(connect_timeout))
            .max_redirects(0)
            .user_agent(user_agent)
            .build();
        Transport {
            agent: config.into(),
            max_response_bytes,
        }
    }

    /// Sends one request and reads the whole reply, all within `timeout`
    /// (connecting, sending, and receiving the head and the body: a server
    /// that trickles its reply cannot hold the call longer).
    pub(crate) fn send(
        &self,
        method: Method,
        url: &str,
        headers: &[(HeaderName, HeaderValue)],
        body: Option<&[u8]>,
        timeout: Duration,
    ) -> Result<Reply, TransportError> {
        let mut builder = http::Request::builder().method(to_http(method)).uri(url);
        for (name, value) in headers {
            builder = builder.header(name, value);
        }
        let limit = Some(timeout);
        let result = match body {
            Some(body) => builder.body(body).map(|r| {
                let r = self
                    .agent
                    .configure_request(r)
                    .timeout_global(limit)
                    .build();
                self.agent.run(r)
            }),
            None => builder.body(()).map(|r| {
                let r = self
                    .agent
                    .configure_request(r)
                    .timeout_global(limit)
                    .build();
                self.agent.run(r)
            }),
        };
        let mut response = result
            .map_err(|e| TransportError {
                kind: TransportErrorKind::Other,
                may_have_been_sent: false,
                message: format!("could not build the request: {e}"),
                source: Some(Box::new(e)),
            })?
            .map_err(|e| translate(e, false, timeout))?;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let request_id = header("seam-request-id");
        let content_type = header("content-type");
        let retry_after = header("retry-after");
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(self.max_response_bytes)
            .read_to_vec()
            .map_err(|e| translate(e, true, timeout))?;
        Ok(Reply {
            status,
            request_id,
            content_type,
            retry_after,
            body,
        })
    }
}

fn to_http(method: Method) -> http::Method {
    match method {
        Method::Get => http::Method::GET,
        Method::Post => http::Method::POST,
        Method::Put => http::Method::PUT,
        Method::Patch => http::Method::PATCH,
        Method::Delete => http::Method::DELETE,
    }
}

/// Translates a ureq error. `reading_body` is true once the reply's head was
/// received, when the request has certainly been sent.
fn translate(error: ureq::Error, reading_body: bool, timeout: Duration) -> TransportError {
    use TransportErrorKind as K;
    let (kind, sent) = match &error {
        ureq::Error::HostNotFound => (K::Dns, false),
        ureq::Error::ConnectionFailed => (K::Connect, false),
        ureq::Error::Timeout(t) => (
            K::Timeout,
            !matches!(t, ureq::Timeout::Resolve | ureq::Timeout::Connect),
        ),
        ureq::Error::Io(io) => match io.kind() {
            io::ErrorKind::ConnectionRefused
            | io::ErrorKind::AddrNotAvailable
            | io::ErrorKind::NetworkUnreachable
            | io::ErrorKind::HostUnreachable => (K::Connect, false),
            io::ErrorKind::TimedOut => (K::Timeout, true),
            _ => (K::Io, true),
        },
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => (K::Tls, false),
        ureq::Error::Protocol(_) | ureq::Error::LargeResponseHeader(..) => (K::Protocol, true),
        ureq::Error::BodyExceedsLimit(_) => (K::BodyTooLarge, true),
        _ => (K::Other, true),
    };
    let message = match &error {
        ureq::Error::BodyExceedsLimit(limit) => {
            format!("the response body is larger than the limit of {limit} bytes")
        }
        ureq::Error::Timeout(ureq::Timeout::Connect) => {
            "no connection within the connect timeout".to_owned()
        }
        ureq::Error::Timeout(_) => format!("no complete reply within {timeout:?}"),
        other => other.to_string(),
    };
    TransportError {
        kind,
        may_have_been_sent: sent || reading_body,
        message,
        source: Some(Box::new(error)),
    }
}
