//! The [`Client`]: sends any [`Endpoint`] and returns its typed response.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use ureq::http::{HeaderName, HeaderValue, header};

use crate::action_attempt::{self, ActionAttempt, WaitOptions};
use crate::auth::Auth;
use crate::config::{self, ClientBuilder};
use crate::endpoint::{Endpoint, Method, ResponseShape};
use crate::error::{Error, TransportError};
use crate::pagination::{Paginated, Paginator};
use crate::query;
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::transport::{Reply, Transport};

/// The name this SDK reports in `seam-sdk-name`.
pub const SDK_NAME: &str = "seamapi/rust";

/// The version this SDK reports in `seam-sdk-version`.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A blocking client of the Seam API.
///
/// Cheap to clone: clones share one connection pool and configuration.
/// `Send + Sync`, so one client can serve many threads. Its `Debug` shows the
/// endpoint and the kind of credentials, never the credentials themselves.
///
/// ```no_run
/// let client = seamapi_runtime::Client::builder().api_key("seam_...").build()?;
/// # Ok::<(), seamapi_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    settings: Settings,
}

/// What is shared by every clone: connections, address, credentials.
struct Inner {
    transport: Transport,
    endpoint: String,
    auth: Auth,
    /// Every header a request carries, built once.
    headers: Vec<(HeaderName, HeaderValue)>,
}

/// What a clone may change for its own calls (see [`Client::with_retry`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Settings {
    pub retry: RetryPolicy,
    /// Per attempt.
    pub timeout: Duration,
    /// Across every attempt and wait of one call.
    pub deadline: Duration,
    /// For calls that start an action.
    pub wait: WaitOptions,
}

impl Client {
    /// A builder with nothing set.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from the environment: `SEAM_API_KEY`, or
    /// `SEAM_PERSONAL_ACCESS_TOKEN` with `SEAM_WORKSPACE_ID`; `SEAM_ENDPOINT`
    /// (or the deprecated `SEAM_API_URL`). See [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env().build()
    }

    pub(crate) fn from_builder(builder: ClientBuilder) -> Result<Client, Error> {
        let auth = builder.resolve_auth()?;
        auth.validate()?;
        let endpoint = builder.resolve_endpoint()?;
        let settings = builder.resolve_settings()?;
        let connect_timeout = builder
            .connect_timeout
            .unwrap_or(config::DEFAULT_CONNECT_TIMEOUT);
        if connect_timeout.is_zero() {
            return Err(Error::invalid_options(
                "the connect timeout must be greater than zero",
            ));
        }
        let max_response_bytes = builder
            .max_response_bytes
            .unwrap_or(config::DEFAULT_MAX_RESPONSE_BYTES);
        let user_agent = format!("{SDK_NAME}/{SDK_VERSION}");
        let client = Client::with_auth(
            Transport::new(
                settings.timeout,
                connect_timeout,
                max_response_bytes,
                &user_agent,
            ),
            endpoint,
            auth,
            settings,
        )?;
        let Auth::PublishableKey {
            user_identifier_key,
            ..
        } = &client.inner.auth
        else {
            return Ok(client);
        };
        // Exchange the publishable key for a client session token, then
        // authenticate with that, over the same connections.
        let session = client.call(&GetOrCreateClientSession {
            user_identifier_key,
        })?;
        let auth = Auth::ClientSessionToken(session.token);
        auth.validate().map_err(|_| {
            Error::invalid_options(
                "client_sessions/get_or_create did not return a client session token (`seam_cst…`)",
            )
        })?;
        let inner = &client.inner;
        Client::with_auth(
            inner.transport.clone(),
            inner.endpoint.clone(),
            auth,
            settings,
        )
    }

    fn with_auth(
        transport: Transport,
        endpoint: String,
        auth: Auth,
        settings: Settings,
    ) -> Result<Client, Error> {
        let mut headers = auth.headers()?;
        headers.extend([
            (
                HeaderName::from_static("seam-sdk-name"),
                HeaderValue::from_static(SDK_NAME),
            ),
            (
                HeaderName::from_static("seam-sdk-version"),
                HeaderValue::from_static(SDK_VERSION),
            ),
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
        ]);
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                endpoint,
                auth,
                headers,
            }),
            settings,
        })
    }

    /// The credentials this client authenticates with (a publishable key
    /// has been exchanged for a client session token by then).
    pub fn auth(&self) -> &Auth {
        &self.inner.auth
    }

    /// The API's base URL this client talks to.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// The retry policy of this client's calls.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.settings.retry
    }

    /// A clone whose calls use this retry policy (the connection pool and
    /// credentials stay shared). For one call:
    /// `client.with_retry(RetryPolicy::none()).call(&request)`.
    #[must_use]
    pub fn with_retry(&self, retry: RetryPolicy) -> Client {
        let mut client = self.clone();
        client.settings.retry = retry;
        client
    }

    /// A clone whose calls allow each attempt `timeout` (zero is ignored).
    #[must_use]
    pub fn with_timeout(&self, timeout: Duration) -> Client {
        let mut client = self.clone();
        if !timeout.is_zero() {
            client.settings.timeout = timeout;
        }
        client
    }

    /// A clone whose calls, retries and waits included, end within
    /// `deadline` (zero is ignored).
    #[must_use]
    pub fn with_deadline(&self, deadline: Duration) -> Client {
        let mut client = self.clone();
        if !deadline.is_zero() {
            client.settings.deadline = deadline;
        }
        client
    }

    /// Sends `request` and returns its typed response.
    ///
    /// The request is checked first ([`Endpoint::validate`]) and encoded once
    /// (a query string for `GET` and `DELETE`, a JSON body otherwise); a
    /// failure there is an [`Error::InvalidParameter`] and nothing is sent.
    /// Failed attempts are retried as the [`RetryPolicy`] says, never past
    /// the deadline, and a request that may have reached the server is
    /// replayed only if its method is idempotent.
    ///
    /// For an endpoint that starts an action, the call then waits for the
    /// action attempt to resolve, as [`WaitOptions`] say (by default up to
    /// 10 s): a failed attempt is an [`Error::ActionAttemptFailed`], one
    /// still pending at the timeout an [`Error::ActionAttemptTimedOut`].
    pub fn call<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error> {
        request.validate()?;
        let wait = self.settings.wait;
        if E::ACTION_ATTEMPT.is_some() {
            wait.validate()?;
        }
        let (url, body) = self.encode(request)?;
        let reply = self.send(E::METHOD, E::PATH, &url, body.as_deref())?;
        let mut response = reply.into_result(E::RESPONSE)?;
        if let Some(attempt_of) = E::ACTION_ATTEMPT
            && wait.is_enabled()
        {
            // An attempt resolved already is not polled; a failed one is
            // still a failure.
            let attempt = attempt_of(&mut response);
            *attempt = action_attempt::wait(self, attempt.clone(), wait)?;
        }
        Ok(response)
    }

    /// Waits for `attempt` to resolve, polling `action_attempts/get` as this
    /// client's [`WaitOptions`] say (even if they turn waiting in calls
    /// off). An attempt already resolved is not polled.
    pub fn wait_for_action_attempt(&self, attempt: &ActionAttempt) -> Result<ActionAttempt, Error> {
        action_attempt::wait(self, attempt.clone(), self.settings.wait)
    }

    /// A clone whose calls wait for action attempts as `wait` says, e.g.
    /// `client.with_wait(WaitOptions::no_wait()).call(&unlock)`.
    #[must_use]
    pub fn with_wait(&self, wait: WaitOptions) -> Client {
        let mut client = self.clone();
        client.settings.wait = wait;
        client
    }

    /// A lazy walk over the pages of a list endpoint (see [`Paginator`]);
    /// `.items()` walks its items. No request is made until it is iterated.
    pub fn paginate<E: Paginated>(&self, request: E) -> Paginator<E> {
        Paginator::new(self.clone(), request)
    }

    /// Sends one encoded request, with retries, within the deadline.
    fn send(
        &self,
        method: Method,
        path: &str,
        url: &str,
        body: Option<&[u8]>,
    ) -> Result<Reply, Error> {
        let Settings {
            retry,
            timeout,
            deadline,
            ..
        } = self.settings;
        let started = Instant::now();
        let mut attempt: u32 = 1;
        loop {
            let remaining = deadline.saturating_sub(started.elapsed());
            let attempt_started = Instant::now();
            let outcome = self.inner.transport.send(
                method,
                url,
                &self.inner.headers,
                body,
                timeout.min(remaining),
            );
            log_attempt(method, path, &outcome, attempt, attempt_started);
            let wait = retry.decide(method, &outcome, attempt);
            match wait {
                Some(wait) if started.elapsed() + wait < deadline => {
                    std::thread::sleep(wait);
                    attempt += 1;
                }
                _ => return outcome.map_err(Error::from),
            }
        }
    }

    /// The URL and, unless the method uses a query string, the JSON body.
    fn encode<E: Endpoint>(&self, request: &E) -> Result<(String, Option<Vec<u8>>), Error> {
        let mut url = String::with_capacity(self.inner.endpoint.len() + E::PATH.len() + 1);
        url.push_str(&self.inner.endpoint);
        url.push_str(E::PATH);
        if !E::TAKES_PARAMETERS {
            return Ok((url, None));
        }
        if E::METHOD.uses_query() {
            let mut query = String::new();
            query::append_query(request, &mut query)
                .map_err(|e| Error::invalid_parameter(e.parameter, e.message))?;
            if !query.is_empty() {
                url.push('?');
                url.push_str(&query);
            }
            return Ok((url, None));
        }
        match serde_json::to_vec(request) {
            Ok(body) => Ok((url, Some(body))),
            Err(first) => {
                // Encode again, tracking the path, to name the parameter.
                let mut sink = Vec::new();
                let mut ser = serde_json::Serializer::new(&mut sink);
                let parameter = match serde_path_to_error::serialize(request, &mut ser) {
                    Err(e) => e.path().to_string(),
                    Ok(()) => ".".to_owned(),
                };
                Err(Error::invalid_parameter(parameter, first.to_string()))
            }
        }
    }
}

/// `POST /client_sessions/get_or_create`, as the publishable key flow needs
/// it.
#[derive(Serialize)]
struct GetOrCreateClientSession<'a> {
    user_identifier_key: &'a str,
}

#[derive(Deserialize)]
struct ClientSession {
    token: Secret,
}

impl Endpoint for GetOrCreateClientSession<'_> {
    type Response = ClientSession;
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/client_sessions/get_or_create";
    const RESPONSE: ResponseShape = ResponseShape::Key("client_session");
}

/// One log event per attempt: what was asked, what came of it, how long it
/// took. No header, query or body is logged, so no secret can be.
fn log_attempt(
    method: Method,
    path: &str,
    outcome: &Result<Reply, TransportError>,
    attempt: u32,
    started: Instant,
) {
    let elapsed = started.elapsed();
    match outcome {
        Ok(reply) => log::debug!(
            target: "seamapi",
            "{method} {path} -> {} (attempt {attempt}, {elapsed:?}, request id {})",
            reply.status,
            reply.request_id.as_deref().unwrap_or("none"),
        ),
        Err(error) => log::debug!(
            target: "seamapi",
            "{method} {path} -> {error} (attempt {attempt}, {elapsed:?})",
        ),
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.endpoint)
            .field("auth", &self.inner.auth)
            .field("retry", &self.settings.retry)
            .field("timeout", &self.settings.timeout)
            .field("deadline", &self.settings.deadline)
            .field("wait", &self.settings.wait)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync_clone<T: Send + Sync + Clone + 'static>() {}

    #[test]
    fn client_is_send_sync_clone() {
        assert_send_sync_clone::<Client>();
    }

    #[test]
    fn debug_never_shows_the_key() {
        let client = Client::builder()
            .api_key("seam_supersecret_123")
            .build()
            .unwrap();
        let debug = format!("{client:?}");
        assert!(!debug.contains("supersecret"), "{debug}");
        assert!(debug.contains("connect.getseam.com"), "{debug}");
    }

    #[test]
    fn building_without_credentials_or_with_bad_options_fails() {
        let err = Client::builder().build().unwrap_err();
        assert!(err.to_string().contains("no credentials"), "{err}");
        let err = Client::builder().api_key("  ").build().unwrap_err();
        assert!(matches!(err, Error::InvalidOptions { .. }));
        let err = Client::builder()
            .api_key("seam_x")
            .timeout(Duration::ZERO)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("timeout"), "{err}");
        let err = Client::builder()
            .api_key("seam_\nkey_secret")
            .build()
            .unwrap_err();
        assert!(!err.to_string().contains("key_secret"), "{err}");
    }
}
