//! The HTTP exchange itself, over one shared `ureq::Agent`.
//!
//! Everything ureq-specific lives here: its errors are translated into
//! [`TransportError`]s that say whether the request may have reached the
//! server, and replies of any status come back as plain [`Reply`] values.

use std::io::{self, Read as _};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use ureq::http::{self, HeaderName, HeaderValue, Uri};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

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
    /// The agent's own overall timeout: an attempt allowed exactly this
    /// needs no configuration of its own.
    timeout: Duration,
}

impl Transport {
    pub(crate) fn new(
        timeout: Duration,
        connect_timeout: Duration,
        max_response_bytes: u64,
        user_agent: &str,
    ) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .timeout_connect(Some(connect_timeout))
            .max_redirects(0)
            .user_agent(user_agent)
            .build();
        Transport {
            agent: ureq::Agent::with_parts(
                config,
                DefaultConnector::default(),
                LiteralFirst::default(),
            ),
            max_response_bytes,
            timeout,
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
        // An attempt allowed the agent's timeout (the usual case) runs on the
        // agent's configuration; any other gets a request-level copy.
        let limit = (timeout != self.timeout).then_some(Some(timeout));
        // A body method without parameters sends an empty body with
        // `content-length: 0`: without one, ureq would announce a chunked
        // body, which some servers then wait for.
        let body = if method.uses_query() {
            body
        } else {
            Some(body.unwrap_or_default())
        };
        let result = match body {
            Some(body) => builder.body(body).map(|r| self.run(r, limit)),
            None => builder.body(()).map(|r| self.run(r, limit)),
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
        let status = response.status().as_u16();
        let request_id = header("seam-request-id");
        // Only a failure's error and retry decision read these.
        let failed = !response.status().is_success();
        let content_type = failed.then(|| header("content-type")).flatten();
        let retry_after = failed.then(|| header("retry-after")).flatten();
        // Sized from Content-Length (within the limit), so that a large
        // body is read without regrowing and copying the buffer.
        let body = response.body_mut();
        let expected = body
            .content_length()
            .map_or(0, |n| n.min(self.max_response_bytes));
        let mut buffer = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
        body.with_config()
            .limit(self.max_response_bytes)
            .reader()
            .read_to_end(&mut buffer)
            .map_err(|e| translate(ureq::Error::from(e), true, timeout))?;
        let body = buffer;
        Ok(Reply {
            status,
            request_id,
            content_type,
            retry_after,
            body,
        })
    }
}

/// ureq's resolver, except for a host that is an IP address. ureq resolves
/// the host on every request, pooled connection or not, and when a timeout
/// applies (as every attempt's does) it spawns a thread per lookup to bound
/// it; an IP address needs no lookup, so it gets neither.
#[derive(Debug, Default)]
struct LiteralFirst(DefaultResolver);

impl Resolver for LiteralFirst {
    fn resolve(
        &self,
        uri: &Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        if let Some(addr) = literal_address(uri)
            && config
                .ip_family()
                .keep_wanted(std::iter::once(addr))
                .next()
                .is_some()
        {
            let mut addrs = self.empty();
            addrs.push(addr);
            return Ok(addrs);
        }
        self.0.resolve(uri, config, timeout)
    }
}

/// The socket address of an `http`/`https` URI whose host is an IP address.
fn literal_address(uri: &Uri) -> Option<SocketAddr> {
    let host = uri.host()?;
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    let ip: IpAddr = host.parse().ok()?;
    let port = match (uri.port_u16(), uri.scheme_str()?) {
        (Some(port), "http" | "https") => port,
        (None, "http") => 80,
        (None, "https") => 443,
        _ => return None,
    };
    Some(SocketAddr::new(ip, port))
}

impl Transport {
    /// Runs a request on the agent, with its own overall timeout if `limit`
    /// gives one.
    fn run(
        &self,
        request: http::Request<impl ureq::AsSendBody>,
        limit: Option<Option<Duration>>,
    ) -> Result<http::Response<ureq::Body>, ureq::Error> {
        match limit {
            None => self.agent.run(request),
            Some(limit) => self.agent.run(
                self.agent
                    .configure_request(request)
                    .timeout_global(limit)
                    .build(),
            ),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ip_hosts_skip_the_lookup() {
        let addr = |uri: &str| literal_address(&uri.parse().unwrap());
        assert_eq!(
            addr("http://127.0.0.1:4010/devices/list"),
            Some("127.0.0.1:4010".parse().unwrap())
        );
        assert_eq!(
            addr("https://127.0.0.2/x"),
            Some("127.0.0.2:443".parse().unwrap())
        );
        assert_eq!(addr("http://[::1]/x"), Some("[::1]:80".parse().unwrap()));
        assert_eq!(addr("https://connect.getseam.com/x"), None);
        assert_eq!(addr("http://localhost:80/x"), None);
        assert_eq!(addr("ftp://127.0.0.1/x"), None);
    }
}
