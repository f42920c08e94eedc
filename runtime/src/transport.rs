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
use ureq::unversioned::transport::time::Duration as Budget;
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, DefaultConnector, NextTimeout, Transport as Io,
};

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
        Self::with_lookup(
            timeout,
            connect_timeout,
            max_response_bytes,
            user_agent,
            DefaultResolver::default(),
        )
    }

    /// A transport that looks hosts up with `lookup` when it connects.
    fn with_lookup(
        timeout: Duration,
        connect_timeout: Duration,
        max_response_bytes: u64,
        user_agent: &str,
        lookup: impl Resolver,
    ) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .timeout_connect(Some(connect_timeout))
            .max_redirects(0)
            .user_agent(user_agent)
            .build();
        Transport {
            agent: agent(config, lookup),
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

/// An agent on `config` that looks hosts up with `lookup` only when it
/// opens a connection (see [`OnConnect`] and [`Connect`]).
fn agent(config: ureq::config::Config, lookup: impl Resolver) -> ureq::Agent {
    ureq::Agent::with_parts(
        config,
        Connect {
            inner: DefaultConnector::default(),
            lookup,
        },
        OnConnect::default(),
    )
}

/// The agent's resolver: no lookup per request. ureq asks its resolver for
/// the host's addresses before every request, even one that then goes out
/// on a pooled connection, and when a timeout applies (as every attempt's
/// does) it spawns a thread to bound each lookup. Without a proxy, this one
/// answers with no addresses and [`Connect`] looks the host up when it opens
/// a connection, so a request on a pooled connection costs no lookup at all.
/// Behind a proxy, ureq's own resolver answers as usual (the proxy
/// connectors read its result and look up the proxy's host through it).
#[derive(Debug, Default)]
struct OnConnect(DefaultResolver);

impl Resolver for OnConnect {
    fn resolve(
        &self,
        uri: &Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        if config.proxy().is_some() {
            self.0.resolve(uri, config, timeout)
        } else {
            Ok(self.empty())
        }
    }
}

/// ureq's connectors (TCP, TLS, proxies), which it calls only to open a new
/// connection, with two changes: the host is looked up here, when
/// [`OnConnect`] left that to the connection (an IP address needs no
/// lookup, nor the thread that would bound it); and every connection made
/// hands its socket budgets cut to [whole milliseconds](whole_milliseconds).
///
/// ureq gives each read and write of an attempt what is left of the
/// attempt's timeout, and sets it as the socket's send or receive timeout
/// whenever it differs from the one set before: to the nanosecond, it always
/// does, so a pooled connection paid three `setsockopt` calls per request.
/// Cut to whole milliseconds, back-to-back requests hand the socket the same
/// budget and skip them. An attempt may end up to a millisecond before its
/// timeout, below the precision of the kernel's own socket timeouts (it
/// keeps them in scheduler ticks); a budget under a millisecond is passed on
/// as is.
#[derive(Debug)]
struct Connect<R> {
    inner: DefaultConnector,
    lookup: R,
}

impl<R: Resolver> Connector for Connect<R> {
    type Out = Settled<<DefaultConnector as Connector>::Out>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<()>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let connection = if details.addrs.is_empty() && details.config.proxy().is_none() {
            let resolved = ConnectionDetails {
                addrs: self.addresses(details)?,
                uri: details.uri,
                config: details.config,
                request_level: details.request_level,
                resolver: details.resolver,
                now: details.now,
                timeout: details.timeout,
                current_time: details.current_time.clone(),
                run_connector: details.run_connector.clone(),
                register_shutdown: details.register_shutdown.clone(),
            };
            self.inner.connect(&resolved, chained)?
        } else {
            self.inner.connect(details, chained)?
        };
        Ok(connection.map(Settled))
    }
}

impl<R: Resolver> Connect<R> {
    /// The addresses to connect to: the host itself if it is an IP address,
    /// else a lookup within the connect timeout.
    fn addresses(&self, details: &ConnectionDetails) -> Result<ResolvedSocketAddrs, ureq::Error> {
        if let Some(addr) = literal_address(details.uri)
            && details
                .config
                .ip_family()
                .keep_wanted(std::iter::once(addr))
                .next()
                .is_some()
        {
            let mut addrs = self.lookup.empty();
            addrs.push(addr);
            return Ok(addrs);
        }
        self.lookup
            .resolve(details.uri, details.config, details.timeout)
    }
}

/// A connection whose socket budgets are cut to
/// [whole milliseconds](whole_milliseconds).
#[derive(Debug)]
struct Settled<T>(T);

impl<T: Io> Io for Settled<T> {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.0.buffers()
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.0.transmit_output(amount, settle(timeout))
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.0.await_input(settle(timeout))
    }

    fn is_open(&mut self) -> bool {
        self.0.is_open()
    }

    fn is_tls(&self) -> bool {
        self.0.is_tls()
    }
}

fn settle(mut timeout: NextTimeout) -> NextTimeout {
    if let Budget::Exact(after) = timeout.after {
        timeout.after = Budget::Exact(whole_milliseconds(after));
    }
    timeout
}

/// `budget` cut down to whole milliseconds; one under a millisecond as is
/// (never cut to zero, which would end the attempt at once).
fn whole_milliseconds(budget: Duration) -> Duration {
    if budget < Duration::from_millis(1) {
        budget
    } else {
        budget - Duration::from_nanos(u64::from(budget.subsec_nanos() % 1_000_000))
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
    use std::io::{BufRead as _, BufReader, Write as _};
    use std::net::{TcpListener, TcpStream};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

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

    /// Counts its lookups and finds every host at `addr`.
    #[derive(Debug)]
    struct Counting {
        addr: SocketAddr,
        lookups: Arc<AtomicUsize>,
    }

    impl Resolver for Counting {
        fn resolve(
            &self,
            _: &Uri,
            _: &ureq::config::Config,
            _: NextTimeout,
        ) -> Result<ResolvedSocketAddrs, ureq::Error> {
            self.lookups.fetch_add(1, Ordering::SeqCst);
            let mut addrs = self.empty();
            addrs.push(self.addr);
            Ok(addrs)
        }
    }

    /// A keep-alive HTTP/1.1 server answering every GET with `{}`; counts
    /// the connections it accepts.
    fn server() -> (SocketAddr, Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let connections = Arc::new(AtomicUsize::new(0));
        let counted = connections.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                counted.fetch_add(1, Ordering::SeqCst);
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(&stream);
                    let mut line = String::new();
                    loop {
                        line.clear();
                        match reader.read_line(&mut line) {
                            Ok(0) | Err(_) => return,
                            Ok(_) if line == "\r\n" => {
                                let reply = "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}";
                                if (&stream).write_all(reply.as_bytes()).is_err() {
                                    return;
                                }
                            }
                            Ok(_) => {}
                        }
                    }
                });
            }
        });
        (addr, connections)
    }

    fn counting_transport(addr: SocketAddr) -> (Transport, Arc<AtomicUsize>) {
        let lookups = Arc::new(AtomicUsize::new(0));
        let transport = Transport::with_lookup(
            Duration::from_secs(5),
            Duration::from_secs(5),
            1024,
            "test",
            Counting {
                addr,
                lookups: lookups.clone(),
            },
        );
        (transport, lookups)
    }

    /// Sends `count` GETs to `url`, each answered `{}`.
    fn get(transport: &Transport, url: &str, count: usize) {
        for _ in 0..count {
            let reply = transport
                .send(Method::Get, url, &[], None, Duration::from_secs(5))
                .unwrap();
            assert_eq!((reply.status, &reply.body[..]), (200, &b"{}"[..]));
        }
    }

    #[test]
    fn a_host_is_looked_up_once_per_connection_not_per_request() {
        let (addr, connections) = server();
        let (transport, lookups) = counting_transport(addr);
        get(&transport, "http://seam.test/devices/list", 5);
        assert_eq!(connections.load(Ordering::SeqCst), 1);
        assert_eq!(lookups.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn an_ip_host_is_never_looked_up() {
        let (addr, connections) = server();
        let (transport, lookups) = counting_transport(addr);
        get(&transport, &format!("http://{addr}/devices/list"), 3);
        assert_eq!(connections.load(Ordering::SeqCst), 1);
        assert_eq!(lookups.load(Ordering::SeqCst), 0);
    }

    /// An HTTP proxy that tunnels every `CONNECT` to `target`; records the
    /// request lines it receives.
    fn connect_proxy(target: SocketAddr) -> (SocketAddr, Arc<Mutex<Vec<String>>>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recorded = seen.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let mut head = BufReader::new(client.try_clone().unwrap());
                let mut line = String::new();
                head.read_line(&mut line).unwrap();
                recorded.lock().unwrap().push(line.trim_end().to_owned());
                while line != "\r\n" {
                    line.clear();
                    head.read_line(&mut line).unwrap();
                }
                let upstream = TcpStream::connect(target).unwrap();
                (&client)
                    .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    .unwrap();
                let (mut up_in, mut up_out) = (upstream.try_clone().unwrap(), upstream);
                let mut client_out = client;
                std::thread::spawn(move || io::copy(&mut head, &mut up_out));
                std::thread::spawn(move || io::copy(&mut up_in, &mut client_out));
            }
        });
        (addr, seen)
    }

    /// The proxy's host is looked up by ureq's resolver (here `localhost`);
    /// the host behind it is the proxy's to find.
    #[test]
    fn behind_a_proxy_only_the_proxy_is_looked_up() {
        let (addr, connections) = server();
        let (proxy, seen) = connect_proxy(addr);
        let lookups = Arc::new(AtomicUsize::new(0));
        let config = ureq::Agent::config_builder()
            .proxy(Some(
                ureq::Proxy::new(&format!("http://localhost:{}", proxy.port())).unwrap(),
            ))
            .build();
        let agent = agent(
            config,
            Counting {
                addr,
                lookups: lookups.clone(),
            },
        );
        for _ in 0..3 {
            let body = agent
                .get("http://seam.test/devices/list")
                .call()
                .unwrap()
                .body_mut()
                .read_to_string()
                .unwrap();
            assert_eq!(body, "{}");
        }
        assert_eq!(*seen.lock().unwrap(), ["CONNECT seam.test:80 HTTP/1.1"]);
        assert_eq!(connections.load(Ordering::SeqCst), 1);
        assert_eq!(lookups.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn budgets_are_cut_to_whole_milliseconds() {
        let cut = |ns: u64| whole_milliseconds(Duration::from_nanos(ns)).as_nanos();
        // Calls a few microseconds apart hand the socket the same budget.
        assert_eq!(cut(29_999_987_654), 29_999_000_000);
        assert_eq!(cut(29_999_912_345), 29_999_000_000);
        assert_eq!(cut(30_000_000_000), 30_000_000_000);
        assert_eq!(cut(1_000_000), 1_000_000);
        assert_eq!(cut(1_999_999), 1_000_000);
        // Never cut to zero.
        assert_eq!(cut(999_999), 999_999);
        assert_eq!(cut(1), 1);
        assert_eq!(
            whole_milliseconds(Duration::MAX),
            Duration::new(u64::MAX, 999_000_000)
        );
        let never = settle(NextTimeout {
            after: Budget::NotHappening,
            ..NextTimeout::default()
        });
        assert!(never.after.is_not_happening());
    }
}
